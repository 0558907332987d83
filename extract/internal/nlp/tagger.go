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
	s := scorer{t: t, names: make([]byte, 0, 512)}
	// Each context word's five features are found with one look-up, before tagging.
	s.blocks = make([][numWordTemplates]int, len(ctx))
	for j, x := range ctx {
		s.blocks[j] = t.weights.wordBlocks(x)
	}
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
	scores [256]float64 // by class; a class is a byte
	seen   [256]bool
	blocks [][numWordTemplates]int // the pairs of each context word's features
	names  []byte                  // the names of the features to look up, one after the other
	starts [numFeatures]int        // where feature k's name starts in names
	ends   [numFeatures]int        // and ends
	offs   [numFeatures]int        // where feature k's pairs are; -1 none, -2 not yet looked up
	n      int                     // features so far
}

// numFeatures is the number of features of a word.
const numFeatures = 14

// wordTemplates are the features of a context word, in the order of their blocks in a
// context-word record (see gen.go).
var wordTemplates = [numWordTemplates]string{"i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "}

// The indexes of wordTemplates.
const (
	iWord = iota
	iMinus1Word
	iMinus2Word
	iPlus1Word
	iPlus2Word
)

// predict sums the weights of the features of the word w at i, prose's features in a fixed
// order, and returns the best tag among those any feature votes for, the first in sorted
// order on a tie; "" when none votes.
func (s *scorer) predict(i int, ctx []string, w, p1, p2 string) string {
	n := len(s.t.classes)
	clear(s.scores[:n])
	clear(s.seen[:n])
	s.names, s.n = s.names[:0], 0
	i = min(len(ctx)-2, i+2)
	s.feature("bias")
	s.feature("i suffix ", suffix(w))
	s.feature("i pref1 ", string(rune(w[0]))) // a byte read as a rune, as prose does
	s.feature("i-1 tag ", p1)
	s.feature("i-2 tag ", p2)
	s.feature("i tag+i-2 tag ", p1, " ", p2)
	s.block(s.blocks[i][iWord])
	s.feature("i-1 tag+i word ", p1, " ", ctx[i])
	s.block(s.blocks[i-1][iMinus1Word])
	s.feature("i-1 suffix ", suffix(ctx[i-1]))
	s.block(s.blocks[i-2][iMinus2Word])
	s.block(s.blocks[i+1][iPlus1Word])
	s.feature("i+1 suffix ", suffix(ctx[i+1]))
	s.block(s.blocks[i+2][iPlus2Word])
	s.t.weights.add(s.names, &s.starts, &s.ends, &s.offs, &s.scores, &s.seen)
	best, bestScore := -1, math.Inf(-1)
	for c, sc := range s.scores[:n] {
		if s.seen[c] && sc > bestScore {
			best, bestScore = c, sc
		}
	}
	if best < 0 {
		return ""
	}
	return s.t.classes[best]
}

// feature adds the feature whose name is the concatenation of parts, to be looked up.
func (s *scorer) feature(parts ...string) {
	s.starts[s.n] = len(s.names)
	for _, p := range parts {
		s.names = append(s.names, p...)
	}
	s.ends[s.n], s.offs[s.n] = len(s.names), -2
	s.n++
}

// block adds a context word's feature, found already: its pairs are at off.
func (s *scorer) block(off int) {
	s.offs[s.n] = off
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
