package nlp

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"
)

func mustLoad(t *testing.T) *tagger { return mustLoadB(t) }

func mustLoadB(tb testing.TB) *tagger {
	tb.Helper()
	tg, err := loadTagger()
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// TestTableIsProseModel checks that perceptron.bin holds prose's classes, tag dictionary and
// weights exactly, bit for bit: run `go generate` after upgrading prose if it fails.
func TestTableIsProseModel(t *testing.T) {
	tg := mustLoad(t)
	var (
		classes []string
		tagMap  map[string]string
		weights map[string]map[string]float64
	)
	for name, v := range map[string]any{"classes": &classes, "tags": &tagMap, "weights": &weights} {
		data, err := prose.Asset("model/AveragedPerceptron/" + name + ".gob")
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	slices.Sort(classes)
	if d := cmp.Diff(slices.Compact(classes), tg.classes); d != "" {
		t.Errorf("classes (-prose +table):\n%s", d)
	}
	tags := map[string]string{}
	for w, c := range tg.tagMap {
		tags[w] = tg.classes[c]
	}
	if d := cmp.Diff(tagMap, tags); d != "" {
		t.Errorf("tag dictionary (-prose +table):\n%s", d)
	}
	got := map[string]map[string]float64{}
	tg.weights.each(func(name string, classes []int, weights []float64) {
		got[name] = map[string]float64{}
		for i, c := range classes {
			got[name][tg.classes[c]] = weights[i]
		}
	})
	if d := cmp.Diff(weights, got); d != "" {
		t.Errorf("weights (-prose +table):\n%s", d)
	}
}

// TestParseTaggerCorrupt checks that a damaged table gives an error, not a panic or a
// tagger with holes.
func TestParseTaggerCorrupt(t *testing.T) {
	body := strings.Index(perceptronFile, "\n\nPT03") + 1
	tests := []struct {
		name, file, why string
	}{
		{"empty", "", "no header, no tables"},
		{"header only", perceptronFile[:body], "the tables are missing"},
		{"bad magic", perceptronFile[:body] + "PT01" + perceptronFile[body+4:], "another format version"},
		{"truncated", perceptronFile[:len(perceptronFile)/2], "a file cut short"},
		{"trailing", perceptronFile + "x", "bytes after the tables"},
		{"huge count", perceptronFile[:body] + "PT03\xff\xff\xff\xff\x0f", "a class count larger than the file"},
		{"long string", perceptronFile[:body] + "PT03\x01\xff\x7f", "a class name longer than the file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tg, err := parseTagger(tt.file); err == nil {
				t.Errorf("%s: parsed into %d classes, want an error", tt.why, len(tg.classes))
			}
		})
	}
}

// TestTaggerAgreesWithProse checks that the deterministic tagger gives prose's tags. It
// reads prose's weights and fixes the order of summing; it also tags each position on its
// own, where prose's tokenizer shares one token value between repeats of a word in a text,
// so that every repeat reports the tag of the last one ("the longer … the longer": both
// RBR). The two may differ only there and at near ties.
func TestTaggerAgreesWithProse(t *testing.T) {
	tg := mustLoad(t)
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
		for i, tag := range tg.tag(words) {
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
	tg := mustLoad(t)
	words := []string{"n0", "an", "Y", "sAid", "0", "Lavrov", "said", "talks", "make", "no", "sense", "."}
	first := tg.tag(words)
	for range 50 {
		got := tg.tag(words)
		for i := range got {
			if got[i] != first[i] {
				t.Fatalf("tag of %q changed from %q to %q", words[i], first[i], got[i])
			}
		}
	}
}

// TestTagSpecialWords checks the words tagged by their shape rather than by the weights.
func TestTagSpecialWords(t *testing.T) {
	tests := []struct {
		name, word, want, why string
	}{
		{"link", "example.com/news", "NN", "a web address is a noun"},
		{"email", "press@example.org", "NN", "an e-mail address is a noun"},
		{"handle", "@minister", "NN", "a handle is a noun"},
		{"dash", "-", "-", "a lone hyphen tags itself"},
		{"trace", "*-1", "-NONE-", "a treebank trace is no word"},
		{"bracket", "-LRB-", "-LRB-", "a treebank bracket keeps its name"},
	}
	tg := mustLoad(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tg.tag([]string{"He", "wrote", tt.word})[2]; got != tt.want {
				t.Errorf("%s: tag of %q = %q, want %q", tt.why, tt.word, got, tt.want)
			}
		})
	}
}

func BenchmarkLoadTagger(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseTagger(perceptronFile); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzNormalize checks the context words' classes against prose's own definition, which
// calls strconv.Atoi.
func FuzzNormalize(f *testing.F) {
	prose := func(word string) string {
		first := string(word[0])
		if strings.Contains(word, "-") && first != "-" {
			return "!HYPHEN"
		} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
			return "!YEAR"
		} else if _, err := strconv.Atoi(first); err == nil {
			return "!DIGITS"
		}
		return strings.ToLower(word)
	}
	for _, w := range []string{"2024", "+202", "-202", "-", "--", "+", "1", "12", "12345", "1-2", "-12a", "2o24", "Ünïted", "Word", "-LRB-", "0x12", "1_00", "٣٤٥٦"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" {
			return // prose's tokens are never empty
		}
		if got, want := normalize(w), prose(w); got != want {
			t.Errorf("normalize(%q) = %q, want %q", w, got, want)
		}
	})
}

// BenchmarkTagger tags the seed articles' words, prose's tokenizer left out.
func BenchmarkTagger(b *testing.B) {
	tg := mustLoadB(b)
	files, _ := filepath.Glob("../../../testdata/seeds/*.txt")
	var sents [][]string
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if ws := strings.Fields(line); len(ws) > 0 {
				sents = append(sents, ws)
				words += len(ws)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, ws := range sents {
			tg.tag(ws)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}
