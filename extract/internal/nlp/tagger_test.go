package nlp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestTaggerAgreesWithProse checks that the deterministic tagger gives prose's tags. It
// reads prose's weights and fixes the order of summing; it also tags each position on its
// own, where prose's tokenizer shares one token value between repeats of a word in a text,
// so that every repeat reports the tag of the last one ("the longer … the longer": both
// RBR). The two may differ only there and at near ties.
func TestTaggerAgreesWithProse(t *testing.T) {
	proseModel()
	if tagsErr != nil {
		t.Fatal(tagsErr)
	}
	m := prose.ModelFromData("en")
	files, _ := filepath.Glob("../../../testdata/seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed files")
	}
	same, all := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := prose.NewDocument(string(b), prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		toks := doc.Tokens()
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = tk.Text
		}
		for i, tag := range tags.tag(words) {
			all++
			if tag == toks[i].Tag {
				same++
			}
		}
	}
	if rate := float64(same) / float64(all); rate < 0.98 {
		t.Errorf("tags agree with prose on %d of %d tokens (%.4f), want at least 98%%", same, all, rate)
	} else {
		t.Logf("tags agree with prose on %d of %d tokens", same, all)
	}
}

// TestTaggerDeterministic tags one text many times: the tags never change.
func TestTaggerDeterministic(t *testing.T) {
	proseModel()
	words := []string{"n0", "an", "Y", "sAid", "0", "Lavrov", "said", "talks", "make", "no", "sense", "."}
	first := tags.tag(words)
	for range 50 {
		got := tags.tag(words)
		for i := range got {
			if got[i] != first[i] {
				t.Fatalf("tag of %q changed from %q to %q", words[i], first[i], got[i])
			}
		}
	}
}
