package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/ingest"
)

// open returns a new store in a temporary folder, closed at the end of the test.
func open(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// extracted returns doc with its claims, in text order as the command gives them.
func extracted(ex *extract.Extractor, d claims.Document) Doc {
	cs := ex.Extract(d)
	slices.SortStableFunc(cs, func(a, b claims.Claim) int {
		return cmp.Or(cmp.Compare(a.Content.Start, b.Content.Start), cmp.Compare(a.Content.End, b.Content.End))
	})
	return Doc{Document: d, Claims: cs}
}

// readDocs reads and extracts the documents at paths, in input order.
func readDocs(t testing.TB, paths ...string) []Doc {
	t.Helper()
	var ex extract.Extractor
	var out []Doc
	for it := range (&ingest.Reader{}).Read(context.Background(), paths, nil) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		out = append(out, extracted(&ex, it.Doc))
	}
	return out
}

// seeds returns the five seed articles of testdata, by ID.
func seeds(t testing.TB) []Doc {
	return readDocs(t, "../testdata/seeds/seeds.jsonl")
}

func add(t testing.TB, s *Store, docs ...Doc) Result {
	t.Helper()
	r, err := s.Add(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// oneShot returns what one Compare over all of docs finds, with the store's IDs, keeping
// the conflicts that involve one of the documents in only (all when only is nil).
func oneShot(docs []Doc, only map[string]bool) []claims.Conflict {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b Doc) int { return cmp.Compare(a.ID, b.ID) })
	var cs []claims.Claim
	for _, d := range docs {
		cs = append(cs, d.Claims...)
	}
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	var out []claims.Conflict
	for _, k := range new(compare.Comparer).Compare(cs) {
		keep := only == nil
		for _, id := range slices.Concat(k.A, k.B) {
			keep = keep || only[byID[id].Doc]
		}
		if keep {
			k.ID = conflictID(k, byID)
			out = append(out, k)
		}
	}
	return sortConflicts(out)
}

func sortConflicts(ks []claims.Conflict) []claims.Conflict {
	ks = slices.Clone(ks)
	slices.SortFunc(ks, func(a, b claims.Conflict) int { return cmp.Compare(a.ID, b.ID) })
	return ks
}

func docSet(docs []Doc) map[string]bool {
	m := map[string]bool{}
	for _, d := range docs {
		m[d.ID] = true
	}
	return m
}

func storedConflicts(t testing.TB, s *Store) []claims.Conflict {
	t.Helper()
	r, err := s.Conflicts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return sortConflicts(r.Conflicts)
}

// TestIncrementalSeeds adds the seed articles in two parts, every way they split, and
// checks that the second part brings exactly the conflicts one Compare over all five finds
// that involve it, and that the store then holds exactly what that Compare finds.
func TestIncrementalSeeds(t *testing.T) {
	docs := seeds(t)
	all := oneShot(docs, nil)
	if len(all) == 0 {
		t.Fatal("the seeds give no conflicts: the test checks nothing")
	}
	for mask := range 1 << len(docs) {
		var first, second []Doc
		for i, d := range docs {
			if mask&(1<<i) != 0 {
				first = append(first, d)
			} else {
				second = append(second, d)
			}
		}
		s := open(t)
		add(t, s, first...)
		got := add(t, s, second...)
		if d := gocmp.Diff(oneShot(docs, docSet(second)), sortConflicts(got.Conflicts)); d != "" {
			t.Errorf("first %v, then %v: conflicts (-one run +incremental):\n%s", docSet(first), docSet(second), d)
		}
		if d := gocmp.Diff(all, storedConflicts(t, s)); d != "" {
			t.Errorf("first %v, then %v: stored conflicts (-one run +store):\n%s", docSet(first), docSet(second), d)
		}
	}
}

// TestIncrementalSynthetic adds synthetic documents in batches of several sizes, in an
// order that is not their IDs', and checks each batch against one Compare over everything
// added so far, and the store at the end against one Compare over all.
func TestIncrementalSynthetic(t *testing.T) {
	for _, tc := range []struct {
		name                         string
		seed                         uint64
		docs, speakers, bodies, days int
		why                          string
	}{
		{"crowded", 1, 120, 20, 4, 20, "few speakers and bodies: most claims share blocks, statements and merges"},
		{"spread", 2, 300, 150, 30, 200, "more speakers over months: surnames, bodies learnt late, framing across documents"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := synthetic(tc.seed, tc.docs, tc.speakers, tc.bodies, tc.days)
			rand := docs
			r := mathrand(tc.seed)
			r.Shuffle(len(rand), func(i, j int) { rand[i], rand[j] = rand[j], rand[i] })
			s := open(t)
			var done []Doc
			for len(rand) > 0 {
				n := min(len(rand), 1+r.IntN(12))
				batch := rand[:n]
				rand = rand[n:]
				done = append(done, batch...)
				got := add(t, s, batch...)
				if d := gocmp.Diff(oneShot(done, docSet(batch)), sortConflicts(got.Conflicts), cmpopts.EquateEmpty()); d != "" {
					t.Fatalf("%s: after %d documents, adding %v (-one run +incremental):\n%s", tc.why, len(done), docSet(batch), d)
				}
			}
			all := oneShot(done, nil)
			if len(all) < 10 {
				t.Fatalf("only %d conflicts: the corpus tests too little", len(all))
			}
			if d := gocmp.Diff(all, storedConflicts(t, s)); d != "" {
				t.Errorf("%s: stored conflicts (-one run +store):\n%s", tc.why, d)
			}
		})
	}
}

// TestReplace changes the text of a stored document: its claims and conflicts are replaced,
// and the store holds what one Compare over the documents as they now are finds.
func TestReplace(t *testing.T) {
	docs := seeds(t)
	s := open(t)
	add(t, s, docs...)
	var ex extract.Extractor
	d := docs[1].Document
	d.Text = d.Text[:len(d.Text)/3] // the later part, with Lavrov's 20 July remarks, is gone
	changed := extracted(&ex, d)
	r := add(t, s, changed)
	if d := gocmp.Diff([]string{changed.ID}, r.Replaced); d != "" || len(r.Added) > 0 {
		t.Errorf("replaced (-want +got):\n%s; added %v", d, r.Added)
	}
	now := slices.Clone(docs)
	now[1] = changed
	if d := gocmp.Diff(oneShot(now, nil), storedConflicts(t, s)); d != "" {
		t.Errorf("stored conflicts after the change (-one run +store):\n%s", d)
	}
	if d := gocmp.Diff(oneShot(now, docSet([]Doc{changed})), sortConflicts(r.Conflicts)); d != "" {
		t.Errorf("conflicts reported (-one run +store):\n%s", d)
	}
	n, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, d := range now {
		want += len(d.Claims)
	}
	if n.Documents != len(docs) || n.Claims != want {
		t.Errorf("store holds %+v, want %d documents and %d claims", n, len(docs), want)
	}
}

// TestUnchanged adds documents already stored: nothing changes, nothing is reported.
func TestUnchanged(t *testing.T) {
	docs := seeds(t)
	s := open(t)
	add(t, s, docs...)
	before := storedConflicts(t, s)
	r := add(t, s, docs...)
	if len(r.Added)+len(r.Replaced) > 0 || len(r.Unchanged) != len(docs) || len(r.Conflicts)+len(r.Claims) > 0 {
		t.Errorf("adding the same documents again: %d added, %d replaced, %d unchanged, %d conflicts, %d claims",
			len(r.Added), len(r.Replaced), len(r.Unchanged), len(r.Conflicts), len(r.Claims))
	}
	if d := gocmp.Diff(before, storedConflicts(t, s)); d != "" {
		t.Errorf("conflicts changed (-before +after):\n%s", d)
	}
	for _, d := range docs {
		if has, err := s.Has(context.Background(), d.Document); err != nil || !has {
			t.Errorf("Has(%s) = %v, %v", d.ID, has, err)
		}
	}
}

func TestDecodeTolerant(t *testing.T) {
	tests := []struct {
		name, json string
		want       claims.Claim
		why        string
	}{
		{"unknown field", `{"ID":"a#1","Doc":"a","Mood":{"Name":"sombre"},"Target":"talks","Polarity":"for"}`,
			claims.Claim{ID: "a#1", Doc: "a", Target: "talks", Polarity: claims.For},
			"a field a newer program added is ignored by this one"},
		{"missing fields", `{"ID":"a#1","Doc":"a"}`, claims.Claim{ID: "a#1", Doc: "a"},
			"a field this program added is zero in a claim an older one stored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeClaim([]byte(tt.json))
			if err != nil {
				t.Fatalf("%s: %v", tt.why, err)
			}
			if d := gocmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
	c := seeds(t)[1].Claims[0]
	b, err := encodeClaim(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decodeClaim(b)
	if err != nil {
		t.Fatal(err)
	}
	if d := gocmp.Diff(c, back); d != "" {
		t.Errorf("a claim does not survive the store (-want +got):\n%s", d)
	}
}

// TestNewerSchema opens a store written by a later version: refused, not misread.
func TestNewerSchema(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(p); err == nil || !strings.Contains(err.Error(), "newer than this program's") {
		t.Errorf("Open of a newer store: %v", err)
	}
}

// TestInUse holds the store's write lock from another connection for longer than the busy
// timeout: Add fails with ErrInUse, and succeeds once the lock is released.
func TestInUse(t *testing.T) {
	defer func(ms int) { busyTimeout = ms }(busyTimeout)
	busyTimeout = 100
	p := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.db.Begin() // BEGIN IMMEDIATE: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	docs := seeds(t)[:1]
	if _, err := s.Add(context.Background(), docs); !errors.Is(err, ErrInUse) {
		t.Errorf("Add while another holds the store: %v, want ErrInUse", err)
	}
	tx.Rollback()
	if r := add(t, s, docs...); len(r.Added) != 1 {
		t.Errorf("Add once the store is free: added %v", r.Added)
	}
}
