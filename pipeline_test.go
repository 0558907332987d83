package contradict_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/ingest"
	"github.com/google/go-cmp/cmp"
)

// conflictOf is a conflict as a reader names it: its kind and who is on each side.
type conflictOf struct {
	Kind claims.ConflictKind
	A, B []string // speaker names, sorted
}

// TestFields runs the whole pipeline on short articles from other fields than the seeds
// (testdata/fields, written for these tests) and checks the conflicts it reports.
func TestFields(t *testing.T) {
	tests := []struct {
		file string
		want []conflictOf
		why  string
	}{
		{"central-bank.txt", []conflictOf{{claims.BetweenOfficials, []string{"Maria Keller"}, []string{"Tomas Brandt"}}},
			"a governor and her deputy: 'fall' and 'rise' are WordNet antonyms, the deputy's body is the governor's, and the text says 'contradicting'"},
		{"company.txt", []conflictOf{{claims.SameSpeaker, []string{"Laura Pike"}, []string{"Laura Pike"}}},
			"a chief executive's U-turn: keep the factory open in March, close it in June"},
		{"health.txt", []conflictOf{{claims.BetweenSources, []string{"Anna Lindqvist"}, []string{"Karl Dahl"}}},
			"a minister denies what the opposition leader says the government will do"},
		{"christmas-rules.txt", []conflictOf{{claims.SameSpeaker, []string{"James Holt"}, []string{"James Holt"}}},
			"a minister's U-turn within the hour: 'an hour later' is counted from his morning statement, and 'a U-turn' says so"},
		{"manager-exit.txt", []conflictOf{{claims.SameSpeaker, []string{"Sam Cole"}, []string{"Sam Cole"}}},
			"a football manager who will stay on Saturday and leave on Sunday"},
		{"football.txt", nil,
			"a hard negative: 'slow but continuing' is no crisis, the captain echoes the manager, and a coach contrasting two halves contradicts no one"},
	}
	var e extract.Extractor
	var c compare.Comparer
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "fields", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ingest.ParseText(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			cs := e.Extract(doc)
			got := named(cs, c.Compare(cs))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// named turns conflicts into the names of their sides' speakers, A and B in sorted order.
func named(cs []claims.Claim, ks []claims.Conflict) []conflictOf {
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	names := func(ids []string) []string {
		var out []string
		for _, id := range ids {
			if n := byID[id].Speaker.Name; !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
		slices.Sort(out)
		return out
	}
	var out []conflictOf
	for _, k := range ks {
		a, b := names(k.A), names(k.B)
		if slices.Compare(b, a) < 0 {
			a, b = b, a
		}
		out = append(out, conflictOf{k.Kind, a, b})
	}
	return out
}

// TestSavedPage runs the whole pipeline on a saved web page of seed 001, made by hand with a
// news site's furniture around the article (menus, cookie banner, newsletter and donation
// boxes, related links with claims of their own, captions, footer). The page's metadata
// alone dates it: its text has no date header.
func TestSavedPage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "html", "001_door-not-shut.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.ParseHTML("001.html", data)
	if err != nil {
		t.Fatal(err)
	}
	var e extract.Extractor
	var c compare.Comparer
	cs := e.Extract(doc)

	// Every claim comes from the article: its sentence is in one of the seed's paragraphs.
	seed, err := os.ReadFile(filepath.Join("testdata", "seeds", "001_1f3c99dd285c46df.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(seed), "\n")
	article := append([]string{lines[2]}, lines[6:21]...) // the headline, then the article
	for _, cl := range cs {
		if cl.Evidence.In(doc.Text) != cl.Evidence.Text || cl.Content.In(doc.Text) != cl.Content.Text {
			t.Errorf("claim %s: spans do not index into the page's text", cl.ID)
		}
		if !slices.ContainsFunc(article, func(p string) bool { return strings.Contains(p, strings.TrimSpace(cl.Evidence.Text)) }) {
			t.Errorf("claim %s of %s comes from outside the article: %q", cl.ID, cl.Speaker.Name, cl.Evidence.Text)
		}
	}

	// Peskov on 21 July against Lavrov on 20 July, dated from the page's metadata.
	dated := func(ids []string, name string, day claims.Date) bool {
		for _, id := range ids {
			i := slices.IndexFunc(cs, func(c claims.Claim) bool { return c.ID == id })
			if i >= 0 && cs[i].Speaker.Name == name && cs[i].When.Precision == claims.Day && cs[i].When.Date == day {
				return true
			}
		}
		return false
	}
	peskov, lavrov := claims.NewDate(2022, 7, 21), claims.NewDate(2022, 7, 20)
	found := slices.ContainsFunc(c.Compare(cs), func(k claims.Conflict) bool {
		return dated(k.A, "Dmitry Peskov", peskov) && dated(k.B, "Sergei Lavrov", lavrov) ||
			dated(k.B, "Dmitry Peskov", peskov) && dated(k.A, "Sergei Lavrov", lavrov)
	})
	if !found {
		t.Errorf("no conflict of Dmitry Peskov on %s against Sergei Lavrov on %s", peskov, lavrov)
	}

	// Without the page's date, nothing else in the text gives those days.
	doc.Published = claims.Date{}
	for _, cl := range e.Extract(doc) {
		if cl.When.Date == peskov || cl.When.Date == lavrov {
			t.Errorf("claim %s is dated %s without the page's date", cl.ID, cl.When.Date)
		}
	}
}
