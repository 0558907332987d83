package nlp

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// tagger is prose's averaged perceptron, run deterministically. prose sums a token's
// feature weights in map order, so near ties between two tags fall either way from one run
// to the next; here the features are summed in a fixed order and ties go to the first tag
// in sorted order. prose also reports, for a word repeated in one text, the tag of its last
// occurrence (its tokenizer shares one token value between repeats); here each position
// keeps its own. The weights are prose's own, read once from its model.
type tagger struct {
	classes []string
	tagMap  map[string]string // frequent unambiguous words and their tags
	weights map[string][]classWeight
}

type classWeight struct {
	class int
	w     float64
}

var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// newTagger reads the perceptron's classes, tag dictionary and weights out of a prose
// model. prose keeps them unexported; reflection reads them without changing them.
func newTagger(m *prose.Model) (*tagger, error) {
	v := reflect.ValueOf(m).Elem().FieldByName("tagger")
	if !v.IsValid() || v.IsNil() {
		return nil, fmt.Errorf("nlp: prose model has no tagger")
	}
	ap := v.Elem().FieldByName("model")
	if !ap.IsValid() || ap.IsNil() {
		return nil, fmt.Errorf("nlp: prose tagger has no model")
	}
	ap = ap.Elem()
	cls, tags, wts := ap.FieldByName("classes"), ap.FieldByName("tagMap"), ap.FieldByName("weights")
	if cls.Kind() != reflect.Slice || tags.Kind() != reflect.Map || wts.Kind() != reflect.Map {
		return nil, fmt.Errorf("nlp: prose's perceptron has an unexpected shape")
	}
	t := &tagger{tagMap: map[string]string{}, weights: map[string][]classWeight{}}
	for i := range cls.Len() {
		t.classes = append(t.classes, cls.Index(i).String())
	}
	slices.Sort(t.classes)
	t.classes = slices.Compact(t.classes)
	index := map[string]int{}
	for i, c := range t.classes {
		index[c] = i
	}
	for it := tags.MapRange(); it.Next(); {
		t.tagMap[it.Key().String()] = it.Value().String()
	}
	for it := wts.MapRange(); it.Next(); {
		var ws []classWeight
		for in := it.Value().MapRange(); in.Next(); {
			c, ok := index[in.Key().String()]
			if !ok {
				c = len(t.classes)
				t.classes = append(t.classes, in.Key().String())
				index[in.Key().String()] = c
			}
			ws = append(ws, classWeight{c, in.Value().Float()})
		}
		slices.SortFunc(ws, func(a, b classWeight) int { return a.class - b.class })
		t.weights[it.Key().String()] = ws
	}
	return t, nil
}

// tag tags words as prose's tagger does, but the same way every time.
func (t *tagger) tag(words []string) []string {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	out := make([]string, len(words))
	scores := make([]float64, len(t.classes))
	seen := make([]bool, len(t.classes))
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w) || strings.HasPrefix(w, "@"):
			tag = "NN"
		case noneRE.MatchString(w):
			tag = "-NONE-"
		case keepRE.MatchString(w):
			tag = w
		default:
			var ok bool
			if tag, ok = t.tagMap[w]; !ok {
				tag = t.predict(features(i, ctx, w, p1, p2), scores, seen)
			}
		}
		out[i] = tag
		p2, p1 = p1, tag
	}
	return out
}

// predict sums the weights of feats in their order and returns the best tag among those
// any feature votes for, the first in sorted order on a tie; "" when none votes.
func (t *tagger) predict(feats []string, scores []float64, seen []bool) string {
	clear(scores)
	clear(seen)
	for _, f := range feats {
		for _, cw := range t.weights[f] {
			scores[cw.class] += cw.w
			seen[cw.class] = true
		}
	}
	best, bestScore := -1, math.Inf(-1)
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = c, s
		}
	}
	if best < 0 {
		return ""
	}
	return t.classes[best]
}

// features are prose's perceptron features of the word at i, in a fixed order.
func features(i int, ctx []string, w, p1, p2 string) []string {
	suf := min(len(w), 3)
	i = min(len(ctx)-2, i+2)
	iminus := min(len(ctx[i-1]), 3)
	iplus := min(len(ctx[i+1]), 3)
	return []string{
		"bias",
		"i suffix " + w[len(w)-suf:],
		"i pref1 " + string(w[0]),
		"i-1 tag " + p1,
		"i-2 tag " + p2,
		"i tag+i-2 tag " + p1 + " " + p2,
		"i word " + ctx[i],
		"i-1 tag+i word " + p1 + " " + ctx[i],
		"i-1 word " + ctx[i-1],
		"i-1 suffix " + ctx[i-1][len(ctx[i-1])-iminus:],
		"i-2 word " + ctx[i-2],
		"i+1 word " + ctx[i+1],
		"i+1 suffix " + ctx[i+1][len(ctx[i+1])-iplus:],
		"i+2 word " + ctx[i+2],
	}
}

// normalize is prose's normalisation of context words.
func normalize(word string) string {
	if word == "" {
		return word
	}
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
