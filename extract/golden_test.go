package extract

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedDocs reads the seed articles with their metadata from testdata/seeds/seeds.jsonl.
func seedDocs(t testing.TB) []claims.Document {
	t.Helper()
	f, err := os.Open("../testdata/seeds/seeds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []claims.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var j struct {
			ID, Text, Source, URL string
			Published             string
		}
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			t.Fatal(err)
		}
		d := claims.Document{ID: j.ID, Text: j.Text, Source: j.Source, URL: j.URL}
		if j.Published != "" {
			if d.Published, err = claims.ParseDate(j.Published); err != nil {
				t.Fatal(err)
			}
		}
		docs = append(docs, d)
	}
	return docs
}

// line renders a claim for a golden file: speaker | date | polarity | target | content.
func line(c claims.Claim) string {
	return fmt.Sprintf("%s | %s | %s | %s | %s", c.Speaker.Name, c.When, c.Polarity, c.Target, c.Content.Text)
}

// TestSeedsGolden pins the claims of the five seed articles, one a line. Rewrite with
// go test ./extract -update after a deliberate change, and read the diff.
func TestSeedsGolden(t *testing.T) {
	var e Extractor
	var b strings.Builder
	for _, d := range seedDocs(t) {
		fmt.Fprintf(&b, "# %s\n", d.ID)
		for _, c := range e.Extract(d) {
			fmt.Fprintln(&b, line(c))
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -update to create it)", err)
	}
	if d := cmp.Diff(string(want), b.String()); d != "" {
		t.Errorf("seed claims differ from %s (-want +got):\n%s", golden, d)
	}
}
