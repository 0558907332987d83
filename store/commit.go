package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// commit runs the steps of p in order, each in its own transaction, and returns how many
// it committed. It stops with errMoved when another process committed since p was planned.
func (s *Store) commit(ctx context.Context, p *plan, rowOf map[string]int64) (int, error) {
	for id, r := range p.rows {
		rowOf[id] = r
	}
	for i := range p.steps {
		if err := s.commitStep(ctx, p, i, rowOf); err != nil {
			return i, err
		}
	}
	return len(p.steps), nil
}

func (s *Store) commitStep(ctx context.Context, p *plan, i int, rowOf map[string]int64) error {
	st := &p.steps[i]
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock, or wait for it
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&gen); err != nil {
		return err
	}
	if gen != p.gen+int64(i) {
		return errMoved
	}
	if st.replace != 0 {
		if err := deleteDoc(ctx, tx, st.replace); err != nil {
			return err
		}
	}
	d := st.doc
	r, err := tx.ExecContext(ctx, `INSERT INTO documents (name, sha256, source, published, title, url) VALUES (?, ?, ?, ?, ?, ?)`,
		d.ID, st.sum[:], d.Source, d.Published.String(), d.Title, d.URL)
	if err != nil {
		return err
	}
	doc, err := r.LastInsertId()
	if err != nil {
		return err
	}
	ins, err := prepare(ctx, tx, qInsertClaim, qInsertKey, qInsertIdentity)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	for j, c := range d.Claims {
		data, err := encodeClaim(c)
		if err != nil {
			return err
		}
		r, err := ins[0].ExecContext(ctx, doc, j, identOf(c.Speaker), packKeys(st.keys[j]), data)
		if err != nil {
			return err
		}
		row, err := r.LastInsertId()
		if err != nil {
			return err
		}
		rowOf[c.ID] = row
		if err := insertKeys(ctx, ins[1], row, identOf(c.Speaker), st.keys[j]); err != nil {
			return err
		}
		sp := c.Speaker
		if _, err := ins[2].ExecContext(ctx, identOf(sp), sp.Name, sp.Kind, sp.Affiliation, d.ID, j); err != nil {
			return err
		}
	}
	if i == 0 {
		// New identities grow stored claims' keys: early, since more keys only ever
		// fetch more claims.
		for _, row := range sortedKeys(p.grow) {
			g := p.grow[row]
			r, err := tx.ExecContext(ctx, `UPDATE claims SET keys = ? WHERE id = ?`, packKeys(g.keys), row)
			if err != nil {
				return err
			}
			if n, err := r.RowsAffected(); err != nil || n == 0 {
				continue // its document was replaced meanwhile
			}
			if err := insertKeys(ctx, ins[1], row, g.ident, g.keys); err != nil {
				return err
			}
		}
	}
	// Drops first: a stored conflict dropped because it cites a claim compared again may
	// be found again, with the same ID.
	for _, id := range st.drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM conflicts WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for _, k := range st.conflicts {
		if err := putConflict(ctx, tx, k, rowOf); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = value + 1 WHERE key = 'generation'`); err != nil {
		return err
	}
	return tx.Commit()
}

const (
	qInsertClaim    = `INSERT INTO claims (doc, seq, ident, keys, data) VALUES (?, ?, ?, ?, ?)`
	qInsertKey      = `INSERT OR IGNORE INTO claim_keys VALUES (?, ?, ?)`
	qInsertIdentity = `INSERT OR IGNORE INTO identities VALUES (?, ?, ?, ?, ?, ?)`
)

// prepare prepares the queries in tx, once for the many rows of a document.
func prepare(ctx context.Context, tx *sql.Tx, queries ...string) ([]*sql.Stmt, error) {
	var out []*sql.Stmt
	for _, q := range queries {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			closeAll(out)
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func closeAll(sts []*sql.Stmt) {
	for _, st := range sts {
		st.Close()
	}
}

// insertKeys indexes claim row, of a speaker of ident, under the keys ks, with a prepared
// qInsertKey.
func insertKeys(ctx context.Context, ins *sql.Stmt, row int64, ident string, ks []int64) error {
	h := hashKey(ident)
	for _, k := range ks {
		if _, err := ins.ExecContext(ctx, k, h, row); err != nil {
			return err
		}
	}
	return nil
}

// deleteDoc removes a stored document with its claims, their keys and identities, and
// every conflict that cites one of its claims.
func deleteDoc(ctx context.Context, tx *sql.Tx, doc int64) error {
	if _, err := tx.ExecContext(ctx, qDeleteDocConflicts, doc); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, qDocClaimKeys, doc)
	if err != nil {
		return err
	}
	type claimKeys struct {
		row   int64
		ident string
		keys  []int64
	}
	var cks []claimKeys
	for rows.Next() {
		var ck claimKeys
		var b []byte
		if err := rows.Scan(&ck.row, &ck.ident, &b); err != nil {
			rows.Close()
			return err
		}
		ck.keys = unpackKeys(b)
		cks = append(cks, ck)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, ck := range cks {
		for _, k := range ck.keys {
			if _, err := tx.ExecContext(ctx, qDeleteKey, k, hashKey(ck.ident), ck.row); err != nil {
				return err
			}
		}
	}
	_, err = tx.ExecContext(ctx, qDeleteDoc, doc)
	return err
}

func putConflict(ctx context.Context, tx *sql.Tx, k claims.Conflict, rowOf map[string]int64) error {
	data, err := json.Marshal(k)
	if err != nil {
		return fmt.Errorf("conflict %s: %w", k.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM conflicts WHERE id = ?`, k.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO conflicts (id, kind, score, data) VALUES (?, ?, ?, ?)`,
		k.ID, k.Kind.String(), k.Score, data); err != nil {
		return err
	}
	for side, ids := range [2][]string{k.A, k.B} {
		for _, id := range ids {
			row, ok := rowOf[id]
			if !ok {
				return fmt.Errorf("conflict %s cites claim %s, which is not stored", k.ID, id)
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO conflict_claims VALUES (?, ?, ?)`, k.ID, row, side); err != nil {
				return err
			}
		}
	}
	return nil
}

func decodeConflict(b []byte) (claims.Conflict, error) {
	var k claims.Conflict
	err := json.Unmarshal(b, &k)
	return k, err
}

// conflictID derives a conflict's ID from what it says, not from the run that found it:
// its kind and, for each side, the document and content span of each claim.
func conflictID(k claims.Conflict, byID map[string]claims.Claim) string {
	side := func(ids []string) string {
		parts := make([]string, len(ids))
		for i, id := range ids {
			c := byID[id]
			parts[i] = fmt.Sprintf("%s\x00%d\x00%d", c.Doc, c.Content.Start, c.Content.End)
		}
		slices.Sort(parts)
		return strings.Join(parts, "\x01")
	}
	a, b := side(k.A), side(k.B)
	if b < a {
		a, b = b, a
	}
	h := sha256.Sum256([]byte(k.Kind.String() + "\x02" + a + "\x02" + b))
	return "c" + hex.EncodeToString(h[:8])
}
