package extract

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/corpora"
)

// vocabMin is how many annotated cues a verb stem must head to be a candidate.
const vocabMin = 2

var retrain = flag.Bool("retrain", false, "learn data/cuemodel.txt again from PolNeAR's train split")

// cueExample is one candidate verb of the training data.
type cueExample struct {
	feats []string
	cue   bool
}

// TestCueModel learns the cue model from PolNeAR's train split when run with -retrain,
// and checks it on the dev split whenever the corpus is present.
func TestCueModel(t *testing.T) {
	dir := corpora.Dir(t, "polnear")
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	model := lx.model
	if *retrain {
		train, vocab := cueExamples(t, filepath.Join(dir, "train"), nil)
		m := learnCues(train, vocab)
		if err := writeCueModel("data/cuemodel.txt", m); err != nil {
			t.Fatal(err)
		}
		t.Logf("learned %d features from %d candidates, %d verbs", len(m.w), len(train), len(vocab))
		model = m // the embedded model is the one the test binary was built with
	}
	dev, _ := cueExamples(t, filepath.Join(dir, "dev"), model.vocab)
	var tp, fp, fn int
	for _, e := range dev {
		switch got := model.weigh(e.feats) > broadThreshold; {
		case got && e.cue:
			tp++
		case got:
			fp++
		case e.cue:
			fn++
		}
	}
	p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
	t.Logf("dev candidates %d: cue precision %.3f recall %.3f", len(dev), p, r)
	// The model must tell cues from other verbs far better than calling every one a cue.
	if base := float64(tp+fn) / float64(max(1, len(dev))); p < base+0.3 || r < 0.5 {
		t.Errorf("cue model on dev: precision %.3f (all-cue baseline %.3f), recall %.3f", p, base, r)
	}
}

// TestCueModelScores checks the shipped model on sentences from other fields: the verbs
// it must read as cues and those it must not.
func TestCueModelScores(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, verb string
		cue        bool
		why        string
	}{
		{"Analysts expect the bank to cut rates in June.", "expect", true, "a belief about what will happen"},
		{"The health secretary railed against the proposal on Monday.", "railed", true, "a stance, with no verb of saying"},
		{"The chief executive believes the market will recover.", "believes", true, "a belief with its clause"},
		{"The minister insisted the hospital would stay open.", "insisted", true, "a lexicon verb the model reads as a cue too"},
		{"The team went to Madrid on Tuesday.", "went", false, "a verb that heads cues (went on to say) used for travel"},
		{"The minister made a visit to Paris.", "made", false, "made heads cues (made clear) but not here"},
		{"The striker scored twice in the second half.", "scored", false, "an event: not a verb the model knows as a cue"},
	}
	for _, tc := range tests {
		ws := taggedWords(tc.text, claims.Span{End: len(tc.text)})
		i := -1
		for k, w := range ws {
			if w.low == tc.verb {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q: no word %q", tc.text, tc.verb)
		}
		inQuote := func(k int) bool { return k == i+2 } // so that the quotation features are scored too
		if s, w := lx.model.score(ws, i, inQuote), lx.model.weigh(cueFeatures(ws, i, inQuote)); s != w {
			t.Errorf("%q: %q scores %v, its features weigh %v", tc.text, tc.verb, s, w)
		}
		got := lx.model.isCue(ws, i, nil)
		if got != tc.cue {
			t.Errorf("%q: %q read as cue = %v (score %.2f), want %v (%s)", tc.text, tc.verb, got, lx.model.score(ws, i, nil), tc.cue, tc.why)
		}
	}
}

// cueExamples reads one PolNeAR split into candidate verbs with their features. With a nil
// vocab it also finds the vocabulary: the verb stems heading at least vocabMin gold cues.
func cueExamples(t *testing.T, split string, vocab map[string]bool) ([]cueExample, map[string]bool) {
	t.Helper()
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts, err := filepath.Glob(filepath.Join(split, "text", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(texts)
	type docWords struct {
		ws      [][]word
		inQuote []func(int) bool
		heads   map[int]bool // byte offsets of cue heads
		inCue   []claims.Span
	}
	var docs []docWords
	counts := map[string]int{}
	for _, path := range texts {
		base := strings.TrimSuffix(filepath.Base(path), ".txt")
		anns, _ := filepath.Glob(filepath.Join(split, "attributions", base+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		cues, err := annCues(anns[0], text)
		if err != nil {
			t.Fatal(err)
		}
		d := docWords{heads: map[int]bool{}, inCue: cues}
		for _, u := range makeUnits(text, layout(text, lx)) {
			ws := taggedWords(text, u.span)
			d.ws = append(d.ws, ws)
			d.inQuote = append(d.inQuote, quoteTest(u, ws))
			for _, c := range cues {
				for _, w := range ws {
					if c.Contains(w.span) && strings.HasPrefix(w.tag, "VB") && !auxWords[w.low] {
						d.heads[w.span.Start] = true
						counts[stem(w.low)]++
						break
					}
				}
			}
		}
		docs = append(docs, d)
	}
	if vocab == nil {
		vocab = map[string]bool{}
		for w, n := range counts {
			if n >= vocabMin {
				vocab[w] = true
			}
		}
	}
	m := &cueModel{vocab: vocab}
	var out []cueExample
	for _, d := range docs {
		for k, ws := range d.ws {
			for i, w := range ws {
				if !m.candidate(ws, i) || d.inQuote[k](i) {
					continue
				}
				head := d.heads[w.span.Start]
				if !head && inAny(d.inCue, w.span) {
					continue // part of a longer cue: neither a head nor a non-cue
				}
				out = append(out, cueExample{feats: cueFeatures(ws, i, d.inQuote[k]), cue: head})
			}
		}
	}
	return out, vocab
}

func inAny(spans []claims.Span, s claims.Span) bool {
	for _, c := range spans {
		if c.Contains(s) {
			return true
		}
	}
	return false
}

// annCues reads the cue spans of a brat file, converting its character offsets to byte
// offsets in text. Lines it cannot read are skipped, as the scorer skips them.
func annCues(path, text string) ([]claims.Span, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	conv := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n >= len(byteAt) {
			return 0, false
		}
		return byteAt[n], true
	}
	var out []claims.Span
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 || !strings.HasPrefix(parts[0], "T") {
			continue
		}
		kind, rest, ok := strings.Cut(parts[1], " ")
		if !ok || kind != "Cue" {
			continue
		}
		for _, piece := range strings.Split(rest, ";") {
			se := strings.Fields(piece)
			if len(se) != 2 {
				continue
			}
			s, ok1 := conv(se[0])
			e, ok2 := conv(se[1])
			if ok1 && ok2 && s < e {
				out = append(out, claims.Span{Start: s, End: e})
			}
		}
	}
	return out, sc.Err()
}

// learnCues fits an L2-regularised logistic regression to the examples by full-batch
// gradient descent with AdaGrad steps: no randomness, so the same data give the same
// model. Features seen fewer than three times are dropped.
func learnCues(ex []cueExample, vocab map[string]bool) *cueModel {
	seen := map[string]int{}
	for _, e := range ex {
		for _, f := range e.feats {
			seen[f]++
		}
	}
	var names []string
	for f, n := range seen {
		if n >= 3 {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	id := make(map[string]int, len(names))
	for i, f := range names {
		id[f] = i
	}
	xs := make([][]int, len(ex))
	for k, e := range ex {
		for _, f := range e.feats {
			if i, ok := id[f]; ok {
				xs[k] = append(xs[k], i)
			}
		}
	}
	n := len(names)
	w, g2 := make([]float64, n+1), make([]float64, n+1) // w[n] is the bias
	grad := make([]float64, n+1)
	const (
		iterations = 300
		rate       = 0.5
		lambda     = 1.0 // L2 penalty, in units of one example
	)
	for range iterations {
		clear(grad)
		for k, e := range ex {
			z := w[n]
			for _, i := range xs[k] {
				z += w[i]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if e.cue {
				y = 1
			}
			d := p - y
			for _, i := range xs[k] {
				grad[i] += d
			}
			grad[n] += d
		}
		for i := range w {
			if i < n {
				grad[i] += lambda * w[i]
			}
			g2[i] += grad[i] * grad[i]
			if g2[i] > 0 {
				w[i] -= rate * grad[i] / math.Sqrt(g2[i])
			}
		}
	}
	m := &cueModel{vocab: vocab, w: map[string]float64{}}
	for i, f := range names {
		if math.Abs(w[i]) >= 0.005 {
			m.w[f] = math.Round(w[i]*1000) / 1000
		}
	}
	m.bias = math.Round(w[n]*1000) / 1000
	return m
}

func writeCueModel(path string, m *cueModel) error {
	var b strings.Builder
	b.WriteString(`# Cue model: a logistic regression that reads a verb in context as a reporting cue.
# Provenance: learned by contradict's TestCueModel (go test ./extract -run TestCueModel
# -retrain) from the train split of PolNeAR (Newell, Margolin and Ruths, LREC 2018): the
# stems of its verbs that head two or more annotated cues, and weights for features of
# the verb, its tags and neighbours. Capitalised words and numbers appear only as their shape, so no
# name or text of the corpus is kept. Lines: "vocab verb", "bias weight", "f feature weight".
`)
	words := make([]string, 0, len(m.vocab))
	for w := range m.vocab {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Fprintf(&b, "vocab %s\n", w)
	}
	fmt.Fprintf(&b, "bias %g\n", m.bias)
	feats := make([]string, 0, len(m.w))
	for f := range m.w {
		feats = append(feats, f)
	}
	sort.Strings(feats)
	for _, f := range feats {
		if strings.ContainsAny(f, "\n\r") || !utf8.ValidString(f) {
			continue
		}
		fmt.Fprintf(&b, "f %s %g\n", f, m.w[f])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
