package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// maxVars bounds the parameters of one IN (…) list, well under SQLite's limit.
const maxVars = 500

// chunks calls f with successive pieces of xs of at most maxVars elements.
func chunks[T any](xs []T, f func([]T) error) error {
	for len(xs) > 0 {
		n := min(len(xs), maxVars)
		if err := f(xs[:n]); err != nil {
			return err
		}
		xs = xs[n:]
	}
	return nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func args[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// querier is a transaction or the database.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Queries that loads use, kept apart so that a test can check their plans.
const (
	qClaimsByKey        = `SELECT claim FROM claim_keys WHERE key IN (%s)`
	qClaimsByRow        = `SELECT c.id, d.name, c.seq, c.keys, c.data FROM claims c JOIN documents d ON d.id = c.doc WHERE c.id IN (%s)`
	qClaimKeysByID      = `SELECT id, keys FROM claims WHERE ident = ?`
	qIdentities         = `SELECT i.name, i.kind, i.affiliation, d.name, i.seq FROM identities i JOIN documents d ON d.id = i.doc WHERE i.ident = ?`
	qConflictsCiting    = `SELECT DISTINCT conflict FROM conflict_claims WHERE claim IN (%s)`
	qConflictsWithSides = `SELECT cc.conflict, cc.claim, cc.side, k.data FROM conflict_claims cc JOIN conflicts k ON k.id = cc.conflict WHERE cc.conflict IN (%s)`
	qDocByName          = `SELECT id, sha256 FROM documents WHERE name = ?`
	qIdentClaims        = `SELECT c.id, d.name, c.data FROM claims c JOIN documents d ON d.id = c.doc WHERE c.ident = ?`

	qDeleteDocConflicts = `DELETE FROM conflicts WHERE id IN (
		SELECT cc.conflict FROM conflict_claims cc JOIN claims c ON c.id = cc.claim WHERE c.doc = ?)`
	qDocClaimKeys = `SELECT id, keys FROM claims WHERE doc = ?`
	qDeleteKey    = `DELETE FROM claim_keys WHERE key = ? AND claim = ?`
	qDeleteDoc    = `DELETE FROM documents WHERE id = ?`
)

// claimsByKeys returns the rows of the claims indexed under any of keys.
func claimsByKeys(ctx context.Context, q querier, keys []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	err := chunks(keys, func(ks []int64) error {
		rows, err := q.QueryContext(ctx, fmt.Sprintf(qClaimsByKey, placeholders(len(ks))), args(ks)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			out[id] = true
		}
		return rows.Err()
	})
	return out, err
}

// fetch reads the claims of the given rows.
func fetch(ctx context.Context, q querier, ids []int64) ([]loaded, error) {
	var out []loaded
	err := chunks(ids, func(ids []int64) error {
		rows, err := q.QueryContext(ctx, fmt.Sprintf(qClaimsByRow, placeholders(len(ids))), args(ids)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var l loaded
			var keys, data []byte
			if err := rows.Scan(&l.row, &l.doc, &l.seq, &keys, &data); err != nil {
				return err
			}
			l.keys = unpackKeys(keys)
			c, err := decodeClaim(data)
			if err != nil {
				return fmt.Errorf("document %s, claim %d: %w", l.doc, l.seq, err)
			}
			l.c = c
			out = append(out, l)
		}
		return rows.Err()
	})
	slices.SortFunc(out, func(a, b loaded) int { return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.seq, b.seq)) })
	return out, err
}

// sameSpeakerBlocks returns the rows of the claims of ident that share a stored key with
// one of keys: the other claims Compare may gather into one statement with a claim
// already loaded.
func sameSpeakerBlocks(ctx context.Context, q querier, ident string, keys []int64) ([]int64, error) {
	rows, err := q.QueryContext(ctx, qClaimKeysByID, ident)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			return nil, err
		}
		for _, k := range unpackKeys(b) {
			if _, ok := slices.BinarySearch(keys, k); ok {
				out = append(out, id)
				break
			}
		}
	}
	return out, rows.Err()
}

// identity is a speaker as the store remembers it: where it was first met.
type identity struct {
	sp  claims.Speaker
	doc string
	seq int
}

// identities returns, for ident, each distinct speaker's first mention in the store,
// and every mention in docs (the documents whose claims are compared: within a document,
// compare merges speakers that have no name of their own). Mentions in the documents of
// skip are left out.
func identities(ctx context.Context, q querier, ident string, docs, skip map[string]bool) ([]identity, error) {
	rows, err := q.QueryContext(ctx, qIdentities, ident)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type combo struct {
		name, aff string
		kind      claims.SpeakerKind
	}
	first := map[combo]identity{}
	var out []identity
	for rows.Next() {
		var id identity
		if err := rows.Scan(&id.sp.Name, &id.sp.Kind, &id.sp.Affiliation, &id.doc, &id.seq); err != nil {
			return nil, err
		}
		if skip[id.doc] {
			continue
		}
		if docs[id.doc] {
			out = append(out, id)
		}
		k := combo{id.sp.Name, id.sp.Affiliation, id.sp.Kind}
		if f, ok := first[k]; !ok || id.doc < f.doc || id.doc == f.doc && id.seq < f.seq {
			first[k] = id
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range first {
		if !docs[id.doc] {
			out = append(out, id)
		}
	}
	slices.SortFunc(out, func(a, b identity) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.seq, b.seq), cmp.Compare(a.sp.Name, b.sp.Name),
			cmp.Compare(a.sp.Kind, b.sp.Kind), cmp.Compare(a.sp.Affiliation, b.sp.Affiliation))
	})
	return out, nil
}

// stored is a conflict in the store, with the rows of the claims of each side.
type stored struct {
	k    claims.Conflict
	rows [2][]int64
}

// conflictsCiting returns the stored conflicts that cite any of the claim rows.
func conflictsCiting(ctx context.Context, q querier, rows []int64) ([]stored, error) {
	ids := map[string]bool{}
	err := chunks(rows, func(rs []int64) error {
		r, err := q.QueryContext(ctx, fmt.Sprintf(qConflictsCiting, placeholders(len(rs))), args(rs)...)
		if err != nil {
			return err
		}
		defer r.Close()
		for r.Next() {
			var id string
			if err := r.Scan(&id); err != nil {
				return err
			}
			ids[id] = true
		}
		return r.Err()
	})
	if err != nil {
		return nil, err
	}
	byID := map[string]*stored{}
	err = chunks(sortedKeys(ids), func(ids []string) error {
		rows, err := q.QueryContext(ctx, fmt.Sprintf(qConflictsWithSides, placeholders(len(ids))), args(ids)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var row int64
			var side int
			var data []byte
			if err := rows.Scan(&id, &row, &side, &data); err != nil {
				return err
			}
			s, ok := byID[id]
			if !ok {
				k, err := decodeConflict(data)
				if err != nil {
					return fmt.Errorf("conflict %s: %w", id, err)
				}
				s = &stored{k: k}
				byID[id] = s
			}
			s.rows[side] = append(s.rows[side], row)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	out := make([]stored, 0, len(byID))
	for _, id := range sortedKeys(byID) {
		out = append(out, *byID[id])
	}
	return out, nil
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
