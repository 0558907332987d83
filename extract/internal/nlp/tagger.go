package nlp

//go:generate go run gen.go

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"

	"github.com/mingrammer/commonregex"
)

// tagger is prose's averaged perceptron, run deterministically. prose sums a token's
// feature weights in map order, so near ties between two tags fall either way from one run
// to the next; here the features are summed in a fixed order and ties go to the first tag
// in sorted order. prose also reports, for a word repeated in one text, the tag of its last
// occurrence (its tokenizer shares one token value between repeats); here each position
// keeps its own. The weights are prose's own, generated into perceptron.bin by gen.go.
type tagger struct {
	classes []string          // sorted
	tagMap  map[string]string // frequent unambiguous words and their tags
	weights map[string][]classWeight
}

type classWeight struct {
	class int
	w     float64
}

//go:embed perceptron.bin
var perceptronFile string

var (
	taggerOnce sync.Once
	theTagger  *tagger
	taggerErr  error
)

// Load reads the tagger's embedded weights if that has not yet been done and reports
// whether they could be read. Tag calls it; calling it first moves the cost (a few
// milliseconds) to a time of the caller's choosing and surfaces the error that Tag hides.
func Load() error {
	_, err := loadTagger()
	return err
}

func loadTagger() (*tagger, error) {
	taggerOnce.Do(func() { theTagger, taggerErr = parseTagger(perceptronFile) })
	return theTagger, taggerErr
}

// parseTagger reads a file written by gen.go: "#" header lines, an empty line, and the
// tables.
func parseTagger(file string) (*tagger, error) {
	i := 0
	for i < len(file) && file[i] == '#' {
		nl := strings.IndexByte(file[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
	}
	data, ok := strings.CutPrefix(file[i:], "\nPT01")
	if !ok {
		return nil, errors.New("nlp: perceptron.bin: bad header")
	}
	d := &tableReader{s: data}
	t := &tagger{}
	t.classes = make([]string, d.count(len(d.s), "class count"))
	for i := range t.classes {
		t.classes[i] = d.string()
		if i > 0 && t.classes[i] <= t.classes[i-1] {
			d.fail("classes out of order")
		}
	}
	if len(t.classes) == 0 {
		d.fail("no classes")
	}
	class := func() int { return d.count(len(t.classes)-1, "class") }

	nWords := d.count(len(d.s), "word count")
	t.tagMap = make(map[string]string, nWords)
	for range nWords {
		w := d.string()
		t.tagMap[w] = t.classes[class()]
	}

	values := make([]float64, d.count(len(d.s)/8, "weight count"))
	for i := range values {
		if len(d.s)-d.pos < 8 {
			d.fail("short weight")
			break
		}
		values[i] = math.Float64frombits(binary.LittleEndian.Uint64([]byte(d.s[d.pos : d.pos+8])))
		d.pos += 8
	}
	if len(values) == 0 {
		d.fail("no weights")
	}

	// Feature names are front-coded; they are rebuilt into one string.
	nFeatures := d.count(len(d.s), "feature count")
	names := make([]byte, 0, d.count(1<<26, "name bytes"))
	pairs := make([]classWeight, 0, d.count(len(d.s), "pair count"))
	type end struct{ name, pair int }
	ends := make([]end, 0, nFeatures)
	prevStart := 0
	for range nFeatures {
		start := len(names)
		shared := d.count(start-prevStart, "shared prefix")
		suffix := d.string()
		if len(names)+shared+len(suffix) > cap(names) {
			d.fail("names longer than said")
		}
		if d.err != nil {
			return nil, d.err
		}
		names = append(names, names[prevStart:prevStart+shared]...)
		names = append(names, suffix...)
		if start > 0 && string(names[start:]) <= string(names[prevStart:start]) {
			d.fail("features out of order")
		}
		prevStart = start
		n := d.count(len(t.classes), "pair count")
		if len(pairs)+n > cap(pairs) {
			d.fail("more pairs than said")
		}
		last := -1
		for range n {
			c, w := class(), d.count(len(values)-1, "weight")
			if c <= last {
				d.fail("pairs out of order")
			}
			last = c
			pairs = append(pairs, classWeight{c, values[w]})
		}
		ends = append(ends, end{len(names), len(pairs)})
	}
	if d.err == nil && d.pos != len(d.s) {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
	all := string(names)
	t.weights = make(map[string][]classWeight, nFeatures)
	var from end
	for _, to := range ends {
		t.weights[all[from.name:to.name]] = pairs[from.pair:to.pair:to.pair]
		from = to
	}
	return t, nil
}

var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tag tags words as prose's tagger does, but the same way every time.
func (t *tagger) tag(words []string) []string {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	out := make([]string, len(words))
	s := scorer{t: t, scores: make([]float64, len(t.classes)), seen: make([]bool, len(t.classes))}
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case isLink(w) || strings.HasPrefix(w, "@"):
			tag = "NN"
		case (w == "0" || strings.HasPrefix(w, "*")) && noneRE.MatchString(w):
			tag = "-NONE-"
		case strings.HasPrefix(w, "-") && keepRE.MatchString(w):
			tag = w
		default:
			var ok bool
			if tag, ok = t.tagMap[w]; !ok {
				tag = s.predict(i, ctx, w, p1, p2)
			}
		}
		out[i] = tag
		p2, p1 = p1, tag
	}
	return out
}

// isLink reports whether w holds a web address or an e-mail address. Neither pattern
// matches without its '.' or '@', which most words lack.
func isLink(w string) bool {
	return strings.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.MatchString(w) ||
		strings.IndexByte(w, '@') >= 0 && commonregex.EmailRegex.MatchString(w)
}

// scorer sums feature weights for one text, reusing its buffers from word to word.
type scorer struct {
	t      *tagger
	scores []float64
	seen   []bool
	name   []byte
}

// predict sums the weights of the features of the word w at i, prose's features in a fixed
// order, and returns the best tag among those any feature votes for, the first in sorted
// order on a tie; "" when none votes.
func (s *scorer) predict(i int, ctx []string, w, p1, p2 string) string {
	clear(s.scores)
	clear(s.seen)
	i = min(len(ctx)-2, i+2)
	s.add("bias")
	s.add("i suffix ", suffix(w))
	s.add("i pref1 ", string(rune(w[0]))) // a byte read as a rune, as prose does
	s.add("i-1 tag ", p1)
	s.add("i-2 tag ", p2)
	s.add("i tag+i-2 tag ", p1, " ", p2)
	s.add("i word ", ctx[i])
	s.add("i-1 tag+i word ", p1, " ", ctx[i])
	s.add("i-1 word ", ctx[i-1])
	s.add("i-1 suffix ", suffix(ctx[i-1]))
	s.add("i-2 word ", ctx[i-2])
	s.add("i+1 word ", ctx[i+1])
	s.add("i+1 suffix ", suffix(ctx[i+1]))
	s.add("i+2 word ", ctx[i+2])
	best, bestScore := -1, math.Inf(-1)
	for c, sc := range s.scores {
		if s.seen[c] && sc > bestScore {
			best, bestScore = c, sc
		}
	}
	if best < 0 {
		return ""
	}
	return s.t.classes[best]
}

// add adds the weights of the feature named by the concatenation of parts.
func (s *scorer) add(parts ...string) {
	s.name = s.name[:0]
	for _, p := range parts {
		s.name = append(s.name, p...)
	}
	for _, cw := range s.t.weights[string(s.name)] {
		s.scores[cw.class] += cw.w
		s.seen[cw.class] = true
	}
}

// suffix is a word's last three bytes.
func suffix(w string) string { return w[len(w)-min(len(w), 3):] }

// normalize is prose's normalisation of context words.
func normalize(word string) string {
	if word == "" {
		return word
	}
	switch c := word[0]; {
	case c != '-' && strings.IndexByte(word, '-') >= 0:
		return "!HYPHEN"
	case len(word) == 4 && isNumber(word):
		return "!YEAR"
	case '0' <= c && c <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isNumber reports whether strconv.Atoi reads the short word w, a sign and digits, without
// the cost of its error when it does not.
func isNumber(w string) bool {
	if w[0] == '+' || w[0] == '-' {
		w = w[1:]
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// tableReader reads varints and strings from perceptron.bin, remembering the first error;
// after one, every read returns zero.
type tableReader struct {
	s   string
	pos int
	err error
}

func (d *tableReader) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("nlp: perceptron.bin: offset %d: %s", d.pos, msg)
	}
}

// count reads a number that must not exceed limit.
func (d *tableReader) count(limit int, what string) int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint([]byte(d.s[d.pos:min(len(d.s), d.pos+binary.MaxVarintLen64)]))
	if n <= 0 {
		d.fail("bad " + what)
		return 0
	}
	d.pos += n
	if v > uint64(max(limit, 0)) {
		d.fail(what + " out of range")
		return 0
	}
	return int(v)
}

func (d *tableReader) string() string {
	n := d.count(len(d.s), "string length")
	if n > len(d.s)-d.pos {
		d.fail("string length out of range")
		return ""
	}
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}
