package nlp

//go:generate go run gen.go

import (
	"math"
	"regexp"
	"strings"

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
	weights weightTable
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
	s := scorer{t: t, scores: make([]float64, len(t.classes)), seen: make([]bool, len(t.classes)), names: make([]byte, 0, 512)}
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
	names  []byte           // the features' names, one after the other
	ends   [numFeatures]int // where each name ends in names
	n      int              // names so far
}

// numFeatures is the number of features of a word.
const numFeatures = 14

// predict sums the weights of the features of the word w at i, prose's features in a fixed
// order, and returns the best tag among those any feature votes for, the first in sorted
// order on a tie; "" when none votes.
func (s *scorer) predict(i int, ctx []string, w, p1, p2 string) string {
	clear(s.scores)
	clear(s.seen)
	s.names, s.n = s.names[:0], 0
	i = min(len(ctx)-2, i+2)
	s.feature("bias")
	s.feature("i suffix ", suffix(w))
	s.feature("i pref1 ", string(rune(w[0]))) // a byte read as a rune, as prose does
	s.feature("i-1 tag ", p1)
	s.feature("i-2 tag ", p2)
	s.feature("i tag+i-2 tag ", p1, " ", p2)
	s.feature("i word ", ctx[i])
	s.feature("i-1 tag+i word ", p1, " ", ctx[i])
	s.feature("i-1 word ", ctx[i-1])
	s.feature("i-1 suffix ", suffix(ctx[i-1]))
	s.feature("i-2 word ", ctx[i-2])
	s.feature("i+1 word ", ctx[i+1])
	s.feature("i+1 suffix ", suffix(ctx[i+1]))
	s.feature("i+2 word ", ctx[i+2])
	s.t.weights.add(s.names, s.ends[:s.n], s.scores, s.seen)
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

// feature appends the name made of parts to the word's features.
func (s *scorer) feature(parts ...string) {
	for _, p := range parts {
		s.names = append(s.names, p...)
	}
	s.ends[s.n] = len(s.names)
	s.n++
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
