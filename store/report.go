package store

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

// report builds the Report of conflicts ks: the claims of the documents named in added,
// the claims the conflicts cite, and the documents of both.
func (s *Store) report(ctx context.Context, ks []claims.Conflict, resolved map[string]claims.Claim, docs []Doc, added []string) (Report, error) {
	var r Report
	seen := map[string]bool{}
	isAdded := map[string]bool{}
	for _, id := range added {
		isAdded[id] = true
	}
	meta := map[string]claims.Document{}
	for _, d := range docs {
		if !isAdded[d.ID] {
			continue
		}
		d.Document.Text = ""
		meta[d.ID] = d.Document
		for _, c := range d.Claims {
			if rc, ok := resolved[c.ID]; ok {
				c = rc
			}
			seen[c.ID] = true
			r.Claims = append(r.Claims, c)
		}
	}
	for _, k := range ks {
		for _, id := range slices.Concat(k.A, k.B) {
			if !seen[id] {
				seen[id] = true
				r.Claims = append(r.Claims, resolved[id])
			}
		}
	}
	r.Conflicts = slices.Clone(ks)
	return finish(ctx, s.db, r, meta)
}

// finish sorts r and fills in its documents: those in meta, the others from the store.
func finish(ctx context.Context, q querier, r Report, meta map[string]claims.Document) (Report, error) {
	slices.SortFunc(r.Claims, claimOrder)
	byID := make(map[string]claims.Claim, len(r.Claims))
	for _, c := range r.Claims {
		byID[c.ID] = c
	}
	first := func(ids []string) claims.Claim {
		if len(ids) == 0 {
			return claims.Claim{}
		}
		return byID[ids[0]]
	}
	slices.SortFunc(r.Conflicts, func(a, b claims.Conflict) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), claimOrder(first(a.A), first(b.A)), cmp.Compare(a.ID, b.ID))
	})
	for _, c := range r.Claims {
		if _, ok := meta[c.Doc]; ok {
			continue
		}
		var d claims.Document
		var published string
		err := q.QueryRowContext(ctx, `SELECT name, source, published, title, url FROM documents WHERE name = ?`, c.Doc).
			Scan(&d.ID, &d.Source, &published, &d.Title, &d.URL)
		if err != nil {
			return r, fmt.Errorf("document %s: %w", c.Doc, err)
		}
		if published != "" {
			if d.Published, err = claims.ParseDate(published); err != nil {
				return r, fmt.Errorf("document %s: %w", c.Doc, err)
			}
		}
		meta[c.Doc] = d
	}
	for _, id := range sortedKeys(meta) {
		r.Documents = append(r.Documents, meta[id])
	}
	return r, nil
}

func claimOrder(a, b claims.Claim) int {
	return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Content.Start, b.Content.Start),
		cmp.Compare(a.Content.End, b.Content.End), cmp.Compare(a.ID, b.ID))
}

// Conflicts returns every conflict in the store with the claims they cite, speakers
// resolved across the store, and the documents of those claims.
func (s *Store) Conflicts(ctx context.Context) (Report, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Report{}, fmt.Errorf("store: %w", inUse(err))
	}
	defer tx.Rollback()
	r, err := s.conflicts(ctx, tx)
	if err != nil {
		return r, fmt.Errorf("store: %w", inUse(err))
	}
	return r, nil
}

func (s *Store) conflicts(ctx context.Context, tx *sql.Tx) (Report, error) {
	var r Report
	rows, err := tx.QueryContext(ctx, `SELECT id, data FROM conflicts ORDER BY id`)
	if err != nil {
		return r, err
	}
	for rows.Next() {
		var id string
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			rows.Close()
			return r, err
		}
		k, err := decodeConflict(data)
		if err != nil {
			rows.Close()
			return r, fmt.Errorf("conflict %s: %w", id, err)
		}
		r.Conflicts = append(r.Conflicts, k)
	}
	if err := rows.Close(); err != nil {
		return r, err
	}
	cited, err := ints(ctx, tx, `SELECT DISTINCT claim FROM conflict_claims ORDER BY claim`)
	if err != nil {
		return r, err
	}
	ls, err := fetch(ctx, tx, cited)
	if err != nil {
		return r, err
	}
	res, err := resolveStored(ctx, tx, ls)
	if err != nil {
		return r, err
	}
	for _, l := range ls {
		r.Claims = append(r.Claims, res[l.c.ID])
	}
	return finish(ctx, tx, r, map[string]claims.Document{})
}

// resolveStored returns stored claims with their speakers resolved across the store.
func resolveStored(ctx context.Context, q querier, ls []loaded) (map[string]claims.Claim, error) {
	var es []entry
	for i := range ls {
		es = append(es, entry{doc: ls[i].doc, seq: ls[i].seq, c: ls[i].c, l: &ls[i]})
	}
	ctxs, err := stubs(ctx, q, es, nil)
	if err != nil {
		return nil, err
	}
	return resolve(append(es, ctxs...)), nil
}

// ints runs a query of one integer column.
func ints(ctx context.Context, q querier, query string, a ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, a...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Stats counts what a store holds.
type Stats struct {
	Documents, Claims, Conflicts int
}

// Stats returns the counts of documents, claims and conflicts in the store.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims),
		(SELECT count(*) FROM conflicts)`).Scan(&st.Documents, &st.Claims, &st.Conflicts)
	if err != nil {
		return st, fmt.Errorf("store: %w", inUse(err))
	}
	return st, nil
}

// Has reports whether the store holds doc with the same ID and text, so that adding it
// would change nothing: a caller can skip extracting it.
func (s *Store) Has(ctx context.Context, doc claims.Document) (bool, error) {
	var sum []byte
	err := s.db.QueryRowContext(ctx, `SELECT sha256 FROM documents WHERE name = ?`, doc.ID).Scan(&sum)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: %w", inUse(err))
	}
	h := sha256.Sum256([]byte(doc.Text))
	return bytes.Equal(sum, h[:]), nil
}

// keysProbe is a set of claims whose block keys stand for compare's blocking: when
// compare.BlockKeys gives them other keys, the stored keys are recomputed.
var keysProbe = []claims.Claim{
	{ID: "p#1", Doc: "p", Speaker: claims.Speaker{Name: "Dmitry Peskov", Kind: claims.Person, Affiliation: "Russia"},
		When: claims.When{Date: claims.NewDate(2022, 7, 21), Precision: claims.Day}, Target: "talks", Polarity: claims.For},
	{ID: "p#2", Doc: "p", Speaker: claims.Speaker{Name: "Lavrov", Kind: claims.Person}, Target: "negotiation",
		Polarity: claims.Against, Responses: []claims.Response{{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "contradicting"}, Other: "Dmitry Peskov"}}},
	{ID: "p#3", Doc: "p", Speaker: claims.Speaker{Name: "a senior official", Kind: claims.Anonymous}, Target: "war crime",
		Proposition: claims.Proposition{Clause: claims.Clause{Predicate: "commit", Negated: true}}},
	{ID: "p#4", Doc: "p", Speaker: claims.Speaker{Name: "the company", Kind: claims.Organisation, Affiliation: "Acme"},
		When: claims.When{Date: claims.NewDate(2005, 3, 1), Precision: claims.Month}, Target: "job", Proposition: claims.Proposition{Amount: claims.Amount{Value: 500, Unit: "jobs"}}},
	{ID: "p#5", Doc: "p", Speaker: claims.Speaker{Name: "Kremlin", Kind: claims.Organisation}, Target: "weather"},
}

func keysFingerprint() string {
	h := sha256.New()
	for _, c := range keysProbe {
		for _, k := range compare.BlockKeys(c) {
			fmt.Fprintf(h, "%q\n", k)
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// reindexIfKeysChanged recomputes every stored claim's keys when compare's blocking has
// changed since they were computed.
func (s *Store) reindexIfKeysChanged(ctx context.Context) error {
	want := keysFingerprint()
	var have string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'block_keys'`).Scan(&have); err != nil {
		return err
	}
	if have == want {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := reindex(ctx, tx); err != nil {
		return fmt.Errorf("recomputing block keys: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'block_keys'`, want); err != nil {
		return err
	}
	return tx.Commit()
}

// reindex recomputes the block keys of every stored claim, one speaker's claims at a time.
func reindex(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM claim_keys`); err != nil {
		return err
	}
	var idents []string
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT ident FROM claims ORDER BY ident`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		idents = append(idents, id)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	ins, err := prepare(ctx, tx, qInsertKey)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	for _, ident := range idents {
		ids, err := ints(ctx, tx, `SELECT id FROM claims WHERE ident = ?`, ident)
		if err != nil {
			return err
		}
		ls, err := fetch(ctx, tx, ids)
		if err != nil {
			return err
		}
		res, err := resolveStored(ctx, tx, ls)
		if err != nil {
			return err
		}
		for _, l := range ls {
			ks := keysOf(l.c, res[l.c.ID])
			if _, err := tx.ExecContext(ctx, `UPDATE claims SET keys = ? WHERE id = ?`, packKeys(ks), l.row); err != nil {
				return err
			}
			if err := insertKeys(ctx, ins[0], l.row, identOf(l.c.Speaker), ks); err != nil {
				return err
			}
		}
	}
	return nil
}
