package store

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

// Doc is a document with the claims extracted from it. Its text is not stored, only its
// SHA-256, to tell a document already stored from one whose text changed.
type Doc struct {
	claims.Document
	Claims []claims.Claim // every claim's Doc is the document's ID and its ID "<doc>#…"
}

// Report is a set of conflicts with the claims they cite and the documents of those claims.
type Report struct {
	Documents []claims.Document // metadata only: Text is empty; by ID
	Claims    []claims.Claim    // speakers resolved across the store; by document and offset
	Conflicts []claims.Conflict // by score, highest first
}

// Result is what Add did.
type Result struct {
	// Report holds the conflicts that involve at least one added or replaced document,
	// the claims of those documents and the stored claims the conflicts cite.
	Report
	Added     []string // documents new to the store
	Replaced  []string // documents whose text changed: their claims and conflicts replaced
	Unchanged []string // documents stored with the same text: nothing done
}

// errMoved says another process committed to the store since the plan was made.
var errMoved = errors.New("store changed")

// Add stores docs, each in its own transaction with its claims and its conflicts, in the
// order given. The new claims are compared with each other and with the stored claims that
// may conflict with them; the conflicts that involve at least one of docs are stored and
// returned. A document stored with the same ID and text is left as it is; one with the
// same ID and another text replaces the stored one.
//
// When ctx is cancelled or an error occurs, the documents committed so far stay committed:
// calling Add again with the same documents completes the work.
func (s *Store) Add(ctx context.Context, docs []Doc) (Result, error) {
	if err := validate(docs); err != nil {
		return Result{}, err
	}
	var res Result
	rowOf := map[string]int64{} // claim ID → row, for the claims this call stored
	var out []claims.Conflict
	resolved := map[string]claims.Claim{}
	pending := docs
	touched := map[string]bool{} // the documents added or replaced
	for {
		p, err := s.plan(ctx, pending)
		if err != nil {
			return res, fmt.Errorf("store: %w", inUse(err))
		}
		res.Unchanged = append(res.Unchanged, p.unchanged...)
		maps(resolved, p.resolved)
		n, err := s.commit(ctx, p, rowOf)
		for _, st := range p.steps[:n] {
			if st.replace != 0 {
				res.Replaced = append(res.Replaced, st.doc.ID)
			} else {
				res.Added = append(res.Added, st.doc.ID)
			}
			out = append(out, st.conflicts...)
		}
		for _, st := range p.steps {
			touched[st.doc.ID] = true
		}
		if errors.Is(err, errMoved) {
			pending = nil
			for _, st := range p.steps[n:] {
				pending = append(pending, st.doc)
			}
			continue
		}
		if err != nil {
			return res, fmt.Errorf("store: %w", inUse(err))
		}
		break
	}
	// Conflicts among stored documents that the new ones changed are stored, not reported.
	out = slices.DeleteFunc(out, func(k claims.Conflict) bool {
		for _, id := range slices.Concat(k.A, k.B) {
			if touched[resolved[id].Doc] {
				return false
			}
		}
		return true
	})
	r, err := s.report(ctx, out, resolved, docs, append(res.Added, res.Replaced...))
	if err != nil {
		return res, fmt.Errorf("store: %w", err)
	}
	res.Report = r
	return res, nil
}

func maps(dst, src map[string]claims.Claim) {
	for k, v := range src {
		dst[k] = v
	}
}

func validate(docs []Doc) error {
	seen := map[string]bool{}
	for _, d := range docs {
		if d.ID == "" {
			return errors.New("store: a document has no ID")
		}
		if seen[d.ID] {
			return fmt.Errorf("store: document %s given twice", d.ID)
		}
		seen[d.ID] = true
		ids := map[string]bool{}
		for _, c := range d.Claims {
			if c.Doc != d.ID || !strings.HasPrefix(c.ID, d.ID+"#") {
				return fmt.Errorf("store: document %s: claim %q of document %q: want claims of the document, with IDs \"<doc>#…\"", d.ID, c.ID, c.Doc)
			}
			if ids[c.ID] {
				return fmt.Errorf("store: document %s: claim %s given twice", d.ID, c.ID)
			}
			ids[c.ID] = true
		}
	}
	return nil
}

// step is one document's transaction.
type step struct {
	doc       Doc
	sum       [sha256.Size]byte
	replace   int64     // the row of the stored document it replaces, or 0
	keys      [][]int64 // of each claim
	conflicts []claims.Conflict
	drop      []string // stored conflicts that a conflict of this step contains
}

// plan is the work of one Add, computed from one snapshot of the store.
type plan struct {
	gen       int64
	steps     []step
	unchanged []string
	grow      map[int64]grown         // stored claim row → its keys, grown by new identities
	rows      map[string]int64        // claim ID → row, for the stored claims compared
	resolved  map[string]claims.Claim // claim ID → claim with its speaker resolved
}

// grown is a stored claim's keys, grown.
type grown struct {
	ident string
	keys  []int64
}

// entry is a claim in the order compare sees it: by document, then position.
type entry struct {
	doc string
	seq int
	c   claims.Claim
	l   *loaded // nil for new claims and identity stubs
}

func byPosition(a, b entry) int {
	return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.seq, b.seq), cmp.Compare(boolInt(isStub(a.c)), boolInt(isStub(b.c))))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// plan reads what docs bring against one snapshot of the store and compares.
func (s *Store) plan(ctx context.Context, docs []Doc) (*plan, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p := &plan{grow: map[int64]grown{}, rows: map[string]int64{}, resolved: map[string]claims.Claim{}}
	if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&p.gen); err != nil {
		return nil, err
	}
	added := map[string]int{} // document → step
	for _, d := range docs {
		st := step{doc: d, sum: sha256.Sum256([]byte(d.Text))}
		var old []byte
		switch err := tx.QueryRowContext(ctx, qDocByName, d.ID).Scan(&st.replace, &old); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return nil, err
		case bytes.Equal(old, st.sum[:]):
			p.unchanged = append(p.unchanged, d.ID)
			continue
		}
		added[d.ID] = len(p.steps)
		p.steps = append(p.steps, st)
	}
	if len(p.steps) == 0 {
		return p, nil
	}

	var news []entry
	for _, st := range p.steps {
		for i, c := range st.doc.Claims {
			news = append(news, entry{doc: st.doc.ID, seq: i, c: c})
		}
	}
	skip := map[string]bool{}
	for d := range added {
		skip[d] = true // a replaced document's old claims are not compared
	}
	l := &loader{tx: tx, skip: skip, have: map[int64]*loaded{}, sameDoc: map[[2]any]bool{}}
	// Stored claims whose speaker the new claims resolve otherwise (a surname now standing
	// for a full name, or no longer; a body learnt) are compared again, as if new.
	dirty, err := changedIdentities(ctx, tx, news, skip)
	if err != nil {
		return nil, err
	}
	if err := l.add(ctx, dirty); err != nil {
		return nil, err
	}
	fresh := slices.Clone(news)
	for _, x := range l.all() {
		fresh = append(fresh, entry{doc: x.doc, seq: x.seq, c: x.c, l: x})
	}
	around, err := stubs(ctx, tx, fresh, skip)
	if err != nil {
		return nil, err
	}
	first := resolve(append(slices.Clone(fresh), around...))
	var keys []int64
	for _, e := range fresh {
		keys = append(keys, keysOf(e.c, first[e.c.ID])...)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	rows, err := claimsByKeys(ctx, tx, keys)
	if err != nil {
		return nil, err
	}
	if err := l.add(ctx, sortedKeys(rows)); err != nil {
		return nil, err
	}
	done := make(map[int64]bool, len(keys))
	for _, k := range keys {
		done[k] = true
	}
	if err := l.siblings(ctx, l.all(), done); err != nil {
		return nil, err
	}
	all, cs, found, err := compareLoaded(ctx, tx, &s.Comparer, news, l, skip)
	if err != nil {
		return nil, err
	}
	// The stored conflicts of the stored claims that the new conflicts cite, of the claims
	// compared again, and of the documents replaced: their other claims are loaded too, so
	// that conflicts merge as in one run, and those no longer found are known.
	isFresh := map[string]bool{}
	for _, e := range news {
		isFresh[e.c.ID] = true
	}
	seed := slices.Clone(dirty)
	for _, r := range dirty {
		if x, ok := l.have[r]; ok {
			isFresh[x.c.ID] = true
		}
	}
	rowByID := map[string]int64{}
	for _, x := range l.have {
		rowByID[x.c.ID] = x.row
	}
	for _, k := range found {
		if anyIn(k, isFresh) {
			for _, id := range slices.Concat(k.A, k.B) {
				if r, ok := rowByID[id]; ok {
					seed = append(seed, r)
				}
			}
		}
	}
	for _, st := range p.steps {
		if st.replace != 0 {
			r, err := ints(ctx, tx, `SELECT id FROM claims WHERE doc = ?`, st.replace)
			if err != nil {
				return nil, err
			}
			seed = append(seed, r...)
		}
	}
	olds, err := conflictsCiting(ctx, tx, seed)
	if err != nil {
		return nil, err
	}
	had := len(l.have)
	for _, k := range olds {
		if err := l.add(ctx, append(slices.Clone(k.rows[0]), k.rows[1]...)); err != nil {
			return nil, err
		}
	}
	if len(l.have) > had {
		if err := l.siblings(ctx, l.all(), done); err != nil {
			return nil, err
		}
		if all, cs, found, err = compareLoaded(ctx, tx, &s.Comparer, news, l, skip); err != nil {
			return nil, err
		}
	}
	for _, x := range l.all() {
		p.rows[x.c.ID] = x.row
	}
	res := resolve(all)
	for _, e := range all {
		if !isStub(e.c) {
			p.resolved[e.c.ID] = res[e.c.ID]
		}
	}

	for i := range p.steps {
		st := &p.steps[i]
		for _, c := range st.doc.Claims {
			st.keys = append(st.keys, keysOf(c, res[c.ID]))
		}
	}
	for _, x := range l.all() {
		if ks := union(x.keys, keysOf(x.c, res[x.c.ID])); len(ks) > len(x.keys) {
			p.grow[x.row] = grown{identOf(x.c.Speaker), ks}
		}
	}
	p.assign(found, cs, added, olds, l, dirty)
	return p, nil
}

func sortedPairs(m map[[2]string]bool) [][2]string {
	out := make([][2]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}

// compareLoaded runs the comparer over the new claims, the stored claims loaded, and the
// identities of their speakers, in the order of their documents and positions.
func compareLoaded(ctx context.Context, q querier, c *compare.Comparer, news []entry, l *loader, skip map[string]bool) ([]entry, []claims.Claim, []claims.Conflict, error) {
	all := slices.Clone(news)
	for _, x := range l.all() {
		all = append(all, entry{doc: x.doc, seq: x.seq, c: x.c, l: x})
	}
	known, err := stubs(ctx, q, all, skip)
	if err != nil {
		return nil, nil, nil, err
	}
	all = append(all, known...)
	slices.SortStableFunc(all, byPosition)
	cs := make([]claims.Claim, len(all))
	for i, e := range all {
		cs[i] = e.c
	}
	return all, cs, c.Compare(cs), nil
}

// resolve returns the claims of es with their speakers resolved as compare resolves them,
// by claim ID.
func resolve(es []entry) map[string]claims.Claim {
	es = slices.Clone(es)
	slices.SortStableFunc(es, byPosition)
	cs := make([]claims.Claim, len(es))
	for i, e := range es {
		cs[i] = e.c
	}
	compare.Resolve(cs)
	out := make(map[string]claims.Claim, len(cs))
	for _, c := range cs {
		out[c.ID] = c
	}
	return out
}

// stubs returns the identities the store holds for the speakers of es, as stub claims:
// every speaker compare may merge with theirs, at its first mention, and every mention in
// the stored documents of es.
func stubs(ctx context.Context, q querier, es []entry, skip map[string]bool) ([]entry, error) {
	idents := map[string]bool{}
	mentions := map[[2]string]bool{} // document and ident of the stored claims
	for _, e := range es {
		id := identOf(e.c.Speaker)
		if id == "" {
			continue // a claim with no speaker names no one
		}
		idents[id] = true
		if e.l != nil {
			mentions[[2]string{e.doc, id}] = true
		}
	}
	var ids []identity
	for _, ident := range sortedKeys(idents) {
		f, err := firstMentions(ctx, q, ident, skip)
		if err != nil {
			return nil, err
		}
		ids = append(ids, f...)
	}
	in, err := docMentions(ctx, q, sortedPairs(mentions))
	if err != nil {
		return nil, err
	}
	ids = append(ids, in...)
	slices.SortFunc(ids, func(a, b identity) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.seq, b.seq), cmp.Compare(a.sp.Name, b.sp.Name),
			cmp.Compare(a.sp.Kind, b.sp.Kind), cmp.Compare(a.sp.Affiliation, b.sp.Affiliation))
	})
	ids = slices.CompactFunc(ids, func(a, b identity) bool {
		return a.doc == b.doc && a.sp.Name == b.sp.Name && a.sp.Kind == b.sp.Kind && a.sp.Affiliation == b.sp.Affiliation
	})
	out := make([]entry, len(ids))
	for i, id := range ids {
		out[i] = entry{doc: id.doc, seq: id.seq, c: stub(i, id.doc, id.sp)}
	}
	return out, nil
}

// changedIdentities returns the rows of the stored claims whose speakers news resolve
// otherwise than the store alone does: a surname that now stands for a full name, or no
// longer for one; a body learnt for a speaker who had none.
func changedIdentities(ctx context.Context, q querier, news []entry, skip map[string]bool) ([]int64, error) {
	before, err := stubs(ctx, q, news, skip)
	if err != nil {
		return nil, err
	}
	was := resolve(before)
	now := resolve(append(slices.Clone(before), news...))
	type combo struct {
		ident, name, aff string
		kind             claims.SpeakerKind
	}
	changed := map[combo]bool{}
	idents := map[string]bool{}
	for _, b := range before {
		w, n := was[b.c.ID].Speaker, now[b.c.ID].Speaker
		if w.Name != n.Name || w.Affiliation != n.Affiliation {
			sp := b.c.Speaker
			changed[combo{identOf(sp), sp.Name, sp.Affiliation, sp.Kind}] = true
			idents[identOf(sp)] = true
		}
	}
	var out []int64
	for _, ident := range sortedKeys(idents) {
		rows, err := q.QueryContext(ctx, qIdentClaims, ident)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var row int64
			var doc string
			var data []byte
			if err := rows.Scan(&row, &doc, &data); err != nil {
				rows.Close()
				return nil, err
			}
			c, err := decodeClaim(data)
			if err != nil {
				rows.Close()
				return nil, err
			}
			sp := c.Speaker
			if !skip[doc] && changed[combo{ident, sp.Name, sp.Affiliation, sp.Kind}] {
				out = append(out, row)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// union returns the sorted union of two sorted key lists.
func union(a, b []int64) []int64 {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// assign gives each conflict that involves a new document a stable ID and the step of the
// last of its new documents, where all its claims are stored.
//
// A conflict among stored claims only is kept when it cites a claim in dirty (one whose
// speaker the new documents resolve otherwise), or survives from a conflict that a replaced
// document took with it; it goes with the first step, which also drops the stored
// conflicts that cite a claim in dirty.
func (p *plan) assign(found []claims.Conflict, cs []claims.Claim, added map[string]int, olds []stored, l *loader, dirty []int64) {
	byID := make(map[string]claims.Claim, len(cs))
	for _, c := range cs {
		byID[c.ID] = c
	}
	dirtyIDs := map[string]bool{}
	for _, r := range dirty {
		if x, ok := l.have[r]; ok {
			dirtyIDs[x.c.ID] = true
		}
	}
	// Conflicts indexed by their first claim, to find those that contain another quickly.
	foundBy := map[string][]int{}
	for i, f := range found {
		for _, id := range slices.Concat(f.A, f.B) {
			foundBy[id] = append(foundBy[id], i)
		}
	}
	oldsBy := map[string][]int{}
	for i, o := range olds {
		id := firstID(o.k)
		oldsBy[id] = append(oldsBy[id], i)
	}
	storedIDs := map[string]bool{}
	replacedClaims := map[string]bool{} // claims of stored conflicts that cite a replaced document
	for _, k := range olds {
		storedIDs[k.k.ID] = true
		switch {
		case citesReplaced(k, l):
			for _, id := range slices.Concat(k.k.A, k.k.B) {
				replacedClaims[id] = true
			}
		case anyIn(k.k, dirtyIDs):
			p.steps[0].drop = append(p.steps[0].drop, k.k.ID)
		case !slices.ContainsFunc(foundBy[firstID(k.k)], func(i int) bool { return found[i].Holds(k.k) }):
			// Compare, given more of a speaker's statements, pairs each with its nearest
			// only; a pair the new ones come between is no longer found. (Given fewer
			// statements it finds every pair it finds given all, so this drops nothing
			// that one run over everything would keep.)
			last := &p.steps[len(p.steps)-1]
			last.drop = append(last.drop, k.k.ID)
		}
	}
	for _, k := range found {
		last := -1
		for _, id := range slices.Concat(k.A, k.B) {
			if i, ok := added[byID[id].Doc]; ok {
				last = max(last, i)
			}
		}
		k.ID = conflictID(k, byID)
		switch {
		case last >= 0:
		case anyIn(k, dirtyIDs):
			last = 0
		case !storedIDs[k.ID] && len(replacedClaims) > 0 && allIn(k, replacedClaims):
			last = firstReplaced(p.steps)
		default:
			continue
		}
		st := &p.steps[last]
		st.conflicts = append(st.conflicts, k)
		for _, id := range slices.Concat(k.A, k.B) {
			for _, i := range oldsBy[id] {
				if o := olds[i]; o.k.ID != k.ID && k.Holds(o.k) {
					st.drop = append(st.drop, o.k.ID)
				}
			}
		}
	}
}

func citesReplaced(k stored, l *loader) bool {
	for _, side := range k.rows {
		for _, r := range side {
			if _, ok := l.have[r]; !ok {
				return true // not loaded: its document is being replaced
			}
		}
	}
	return false
}

func firstReplaced(steps []step) int {
	for i, st := range steps {
		if st.replace != 0 {
			return i
		}
	}
	return 0
}

func anyIn(k claims.Conflict, set map[string]bool) bool {
	for _, id := range slices.Concat(k.A, k.B) {
		if set[id] {
			return true
		}
	}
	return false
}

func allIn(k claims.Conflict, set map[string]bool) bool {
	for _, id := range slices.Concat(k.A, k.B) {
		if !set[id] {
			return false
		}
	}
	return true
}

// firstID returns a claim of k: a conflict that contains k contains it.
func firstID(k claims.Conflict) string {
	if len(k.A) > 0 {
		return k.A[0]
	}
	if len(k.B) > 0 {
		return k.B[0]
	}
	return ""
}

// loader gathers stored claims, once each.
type loader struct {
	tx      querier
	skip    map[string]bool // documents whose stored claims are left out
	have    map[int64]*loaded
	sameDoc map[[2]any]bool // document row and ident whose claims were read
}

func (l *loader) add(ctx context.Context, rows []int64) error {
	var want []int64
	for _, r := range rows {
		if _, ok := l.have[r]; !ok {
			want = append(want, r)
		}
	}
	got, err := fetch(ctx, l.tx, want)
	if err != nil {
		return err
	}
	for i := range got {
		if !l.skip[got[i].doc] {
			l.have[got[i].row] = &got[i]
		}
	}
	return nil
}

// all returns the claims loaded, by document and position.
func (l *loader) all() []*loaded {
	out := make([]*loaded, 0, len(l.have))
	for _, x := range l.have {
		out = append(out, x)
	}
	slices.SortFunc(out, func(a, b *loaded) int { return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.seq, b.seq)) })
	return out
}

func (l *loader) rows() []int64 { return sortedKeys(l.have) }

// siblings loads the claims of the documents of xs, and of the same speakers as xs in the
// same blocks: compare reads a document whole, and may gather a speaker's claims of one
// day in other documents with xs. Those in other documents share the keys of xs that do
// not depend on the document; the blocks of done were read whole already.
func (l *loader) siblings(ctx context.Context, xs []*loaded, done map[int64]bool) error {
	byIdent := map[string][]int64{}
	var rows []int64
	for _, x := range xs {
		id := identOf(x.c.Speaker)
		if !l.sameDoc[[2]any{x.docRow, ""}] {
			// The whole document: compare reads a document's claims together (its pairs,
			// the responses that answer one another, what each party says of a dispute).
			l.sameDoc[[2]any{x.docRow, ""}] = true
			r, err := ints(ctx, l.tx, qDocClaims, x.docRow)
			if err != nil {
				return err
			}
			rows = append(rows, r...)
		}
		local := docKeys(x.c)
		for _, k := range x.keys {
			if !done[k] && !local[k] {
				byIdent[id] = append(byIdent[id], k)
			}
		}
	}
	for _, id := range sortedKeys(byIdent) {
		ks := byIdent[id]
		slices.Sort(ks)
		r, err := sameSpeakerBlocks(ctx, l.tx, id, slices.Compact(ks))
		if err != nil {
			return err
		}
		rows = append(rows, r...)
	}
	return l.add(ctx, rows)
}
