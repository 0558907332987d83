package store

import (
	"cmp"
	"context"
	"path/filepath"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

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
				if d := gocmp.Diff(oneShot(done, docSet(batch)), sortConflicts(got.Conflicts)); d != "" {
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
