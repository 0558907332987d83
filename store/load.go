package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
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
	qClaimsByRow        = `SELECT c.id, c.doc, d.name, c.seq, c.keys, c.data FROM claims c JOIN documents d ON d.id = c.doc WHERE c.id IN (%s)`
	qSameSpeaker        = `SELECT claim FROM claim_keys WHERE ident = ? AND key IN (%s)`
	qNextIdentity       = `SELECT name, kind, affiliation, doc, seq FROM identities WHERE ident = ? AND (name, kind, affiliation, doc) > (?, ?, ?, ?) ORDER BY name, kind, affiliation, doc LIMIT 1`
	qDocIdentities      = `SELECT ident, name, kind, affiliation, doc, seq FROM identities INDEXED BY identities_doc WHERE doc = ? AND ident = ?`
	qDocClaims          = `SELECT id FROM claims WHERE doc = ?`
	qConflictsCiting    = `SELECT DISTINCT conflict FROM conflict_claims WHERE claim IN (%s)`
	qConflictsWithSides = `SELECT cc.conflict, cc.claim, cc.side, k.data FROM conflict_claims cc JOIN conflicts k ON k.id = cc.conflict WHERE cc.conflict IN (%s)`
	qDocByName          = `SELECT id, sha256 FROM documents WHERE name = ?`
	qIdentClaims        = `SELECT c.id, d.name, c.data FROM claims c JOIN documents d ON d.id = c.doc WHERE c.ident = ?`

	qDeleteDocConflicts = `DELETE FROM conflicts WHERE id IN (
		SELECT cc.conflict FROM conflict_claims cc JOIN claims c ON c.id = cc.claim WHERE c.doc = ?)`
	qDocClaimKeys = `SELECT id, ident, keys FROM claims WHERE doc = ?`
	qDeleteKey    = `DELETE FROM claim_keys WHERE key = ? AND ident = ? AND claim = ?`
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
			if err := rows.Scan(&l.row, &l.docRow, &l.doc, &l.seq, &keys, &data); err != nil {
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

// sameSpeakerBlocks returns the rows of the claims of ident that share one of keys: the
// other claims Compare may gather into one statement with a claim already loaded.
func sameSpeakerBlocks(ctx context.Context, q querier, ident string, keys []int64) ([]int64, error) {
	var out []int64
	err := chunks(keys, func(ks []int64) error {
		rows, err := ints(ctx, q, fmt.Sprintf(qSameSpeaker, placeholders(len(ks))), append([]any{hashKey(ident)}, args(ks)...)...)
		out = append(out, rows...)
		return err
	})
	return out, err
}

// identity is a speaker as the store remembers it: where it was met.
type identity struct {
	ident string
	sp    claims.Speaker
	doc   string
	seq   int
}

// firstMentions returns, for ident, each distinct speaker's first mention in the store
// outside the documents of skip, one index lookup a speaker.
func firstMentions(ctx context.Context, q querier, ident string, skip map[string]bool) ([]identity, error) {
	var out []identity
	at := identity{sp: claims.Speaker{Kind: 0}}
	kind := -1 // below every kind: the first lookup starts before every speaker
	for {
		id := identity{ident: ident}
		err := q.QueryRowContext(ctx, qNextIdentity, ident, at.sp.Name, kind, at.sp.Affiliation, at.doc).
			Scan(&id.sp.Name, &id.sp.Kind, &id.sp.Affiliation, &id.doc, &id.seq)
		if errors.Is(err, sql.ErrNoRows) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if skip[id.doc] {
			at, kind = id, int(id.sp.Kind) // the same speaker's next document
			continue
		}
		out = append(out, id)
		at, kind = id, int(id.sp.Kind)
		at.doc = "\U0010FFFF" // past every document of this speaker
	}
}

// docMentions returns every mention of a speaker of ident in doc, for each pair of
// mentions: within a document, compare merges speakers that have no name of their own.
func docMentions(ctx context.Context, q querier, mentions [][2]string) ([]identity, error) {
	var out []identity
	for _, m := range mentions {
		rows, err := q.QueryContext(ctx, qDocIdentities, m[0], m[1])
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id identity
			if err := rows.Scan(&id.ident, &id.sp.Name, &id.sp.Kind, &id.sp.Affiliation, &id.doc, &id.seq); err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, id)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
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
