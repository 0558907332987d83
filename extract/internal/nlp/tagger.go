package nlp

//go:generate go run gen.go

import (
	"math"
	"regexp"
	"slices"
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
	classes []string       // sorted
	tagMap  map[string]int // frequent unambiguous words and the ids of their tags
	weights weightTable
	// The offsets of the pairs of the features that name no word, found at load (see
	// known), or -1: the bias, the first byte's, and those of the previous two tags, by
	// tag id (see tagID).
	bias       int
	pref1      [256]int
	tag1, tag2 []int // "i-1 tag ", "i-2 tag "
	tagPair    []int // "i tag+i-2 tag ", by the ids of the tag before and the one before it
}

// The tag ids of the two tags before the first word; a class's id is its index.
func (t *tagger) startID() int  { return len(t.classes) }
func (t *tagger) start2ID() int { return len(t.classes) + 1 }

// tagID returns the id of tag, or -1 for a tag that is no class (a -XYZ- token's own).
func (t *tagger) tagID(tag string) int {
	if i, ok := slices.BinarySearch(t.classes, tag); ok {
		return i
	}
	return -1
}

// known finds the pairs of the features that name no word, for each of their values.
func (t *tagger) known() {
	names := append(slices.Clone(t.classes), "-START-", "-START2-")
	look := func(parts ...string) int { return t.weights.lookup(strings.Join(parts, "")) }
	t.bias = look("bias")
	for b := range t.pref1 {
		t.pref1[b] = look("i pref1 ", string(rune(b)))
	}
	t.tag1, t.tag2 = make([]int, len(names)), make([]int, len(names))
	t.tagPair = make([]int, len(names)*len(names))
	for i, p1 := range names {
		t.tag1[i], t.tag2[i] = look("i-1 tag ", p1), look("i-2 tag ", p1)
		for j, p2 := range names {
			t.tagPair[i*len(names)+j] = look("i tag+i-2 tag ", p1, " ", p2)
		}
	}
}

var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tag tags words as prose's tagger does, but the same way every time.
func (t *tagger) tag(words []string) []string {
	s := scorers.Get().(*scorer)
	s.t = t
	ctx := slices.Grow(s.ctx[:0], len(words)+4)[:len(words)+4]
	s.ctx = ctx
	defer func() {
		clear(ctx) // keep no text alive in the pool
		if len(ctx) <= maxPooled {
			scorers.Put(s)
		}
	}()
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	out := make([]string, len(words))
	// Each context word's five features are found with one look-up, before tagging.
	s.blocks = slices.Grow(s.blocks[:0], len(ctx))[:len(ctx)]
	for j, x := range ctx {
		s.blocks[j] = t.weights.wordBlocks(x)
	}
	p1, p2 := "-START-", "-START2-"
	id1, id2 := t.startID(), t.start2ID()
	for i, w := range words {
		var tag string
		id := -2 // not yet known
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
			if id, ok = t.tagMap[w]; ok {
				tag = t.classes[id]
			} else {
				id = s.predict(i, ctx, w, p1, p2, id1, id2)
				if id >= 0 {
					tag = t.classes[id]
				}
			}
		}
		if id == -2 {
			id = t.tagID(tag)
		}
		out[i] = tag
		p2, p1 = p1, tag
		id2, id1 = id1, id
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
	ctx    []string     // the words normalised, between two made-up ones at each end
	scores [256]float64 // by class; a class is a byte
	seen   [256]bool
	blocks [][numWordTemplates]int // the pairs of each context word's features
	names  []byte                  // the names of the features to look up, one after the other
	starts [numFeatures]int        // where feature k's name starts in names
	ends   [numFeatures]int        // and ends
	offs   [numFeatures]int        // where feature k's pairs are; -1 none, -2 not yet looked up
	n      int                     // features so far
}

// scorers hands scorers from text to text, with their buffers, unless a text of more
// than maxPooled words grew them.
var scorers = sync.Pool{New: func() any { return &scorer{names: make([]byte, 0, 512)} }}

const maxPooled = 1 << 12

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
// order, and returns the id of the best tag among those any feature votes for, the first
// in sorted order on a tie; -1 when none votes. The tags before w are p1 and p2, of ids id1
// and id2.
func (s *scorer) predict(i int, ctx []string, w, p1, p2 string, id1, id2 int) int {
	t := s.t
	n := len(t.classes)
	clear(s.scores[:n])
	clear(s.seen[:n])
	s.names, s.n = s.names[:0], 0
	i = min(len(ctx)-2, i+2)
	s.block(t.bias)
	s.feature("i suffix ", suffix(w))
	s.block(t.pref1[w[0]]) // "i pref1 " and the byte read as a rune, as prose does
	if id1 >= 0 && id2 >= 0 {
		s.block(t.tag1[id1])
		s.block(t.tag2[id2])
		s.block(t.tagPair[id1*len(t.tag1)+id2])
	} else {
		s.feature("i-1 tag ", p1)
		s.feature("i-2 tag ", p2)
		s.feature("i tag+i-2 tag ", p1, " ", p2)
	}
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
	return best
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
