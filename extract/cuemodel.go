package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// cueModel decides, in context, whether a verb reports what someone said, thought or
// stood for: "railed against", "is bearish on", "backed". It is a linear model over the
// verb, its tag and its neighbours, learned from the train split of the PolNeAR
// attribution corpus (see cuemodel_test.go and its -retrain flag). The lexicon finds the
// cues with their constructions; the model finds the cues the lexicon lacks.
type cueModel struct {
	vocab map[string]bool    // stems of verbs seen as the head of an attribution cue
	w     map[string]float64 // feature weights
	bias  float64
}

// broadThreshold is the score above which a verb is read as a cue. Raising it trades
// recall for precision.
const broadThreshold = 0.0

// parseCueModel reads data/cuemodel.txt: "vocab word", "bias w" and "feature w" lines.
func parseCueModel(lx *lexicon) error {
	m := &cueModel{vocab: map[string]bool{}, w: map[string]float64{}}
	err := eachLine("data/cuemodel.txt", func(line string, n int) error {
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "vocab":
			m.vocab[rest] = true
			return nil
		case "bias", "f":
			name, val := "", rest
			if kind == "f" {
				i := strings.LastIndexByte(rest, ' ')
				if i < 0 {
					return fmt.Errorf("want f name weight")
				}
				name, val = rest[:i], rest[i+1:]
			}
			x, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return err
			}
			if kind == "bias" {
				m.bias = x
			} else {
				m.w[name] = x
			}
			return nil
		}
		return fmt.Errorf("unknown line kind %q", kind)
	})
	if err != nil {
		return err
	}
	lx.model = m
	return nil
}

// candidate reports whether ws[i] may be a cue the model scores: a verb it has seen
// heading one, or a word the tagger misreads as a noun before a that-clause.
func (m *cueModel) candidate(ws []word, i int) bool {
	w := ws[i]
	// "The law appears to have hit restaurants", "It seemed like …": a raising verb is
	// the writer's judgement, never its subject's statement.
	if strings.HasPrefix(w.low, "'") || strings.HasPrefix(w.low, "’") {
		return false // "It's been reported": a clitic auxiliary
	}
	return m.vocab[stem(w.low)] && !judgements[w.low] && !prepositional[w.low] && (strings.HasPrefix(w.tag, "VB") || isVerb(ws, i))
}

// prepositional participles serve as prepositions and say nothing of their own: "fears
// regarding Muslims", "several firms, including Acme".
var prepositional = map[string]bool{"regarding": true, "concerning": true, "including": true, "excluding": true, "considering": true, "barring": true, "pending": true}

// stem strips a verb's inflection roughly, so that the forms of one verb share a vocabulary
// entry: "denies", "denied" and "deny" are "deny"; "closes", "closed" and "close" are "clos".
func stem(w string) string {
	for _, suf := range []string{"ies", "ied"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return w[:len(w)-len(suf)] + "y"
		}
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 3 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

// judgements are the raising verbs of appearance.
var judgements = map[string]bool{"seem": true, "seems": true, "seemed": true, "seeming": true, "appear": true, "appears": true, "appeared": true, "appearing": true}

// isCue reports whether the model reads ws[i], outside any quotation, as a cue.
func (m *cueModel) isCue(ws []word, i int, inQuote func(int) bool) bool {
	return m.candidate(ws, i) && (inQuote == nil || !inQuote(i)) && m.score(ws, i, inQuote) > broadThreshold
}

// score returns the model's score for ws[i] as a cue: weigh(cueFeatures(ws, i, inQuote)),
// without making the features' strings.
func (m *cueModel) score(ws []word, i int, inQuote func(int) bool) float64 {
	f := featureSet{model: m, score: m.bias, name: make([]byte, 0, 64)}
	f.describe(ws, i, inQuote)
	return f.score
}

// weigh returns the score of a candidate with features feats.
func (m *cueModel) weigh(feats []string) float64 {
	s := m.bias
	for _, f := range feats {
		s += m.w[f]
	}
	return s
}

// shape stands for a word in a feature: itself when a function word, a verb or a mark,
// else its form, so that the model learns constructions and not the topics and names of
// the corpus it learned from.
func shape(w word) string {
	switch {
	case w.punc:
		return w.text
	case w.cap:
		return "Xx"
	case w.low != "" && w.low[0] >= '0' && w.low[0] <= '9':
		return "0"
	case strings.HasPrefix(w.tag, "NN"):
		return "n"
	case strings.HasPrefix(w.tag, "JJ"):
		return "j"
	}
	return w.low
}

// cueFeatures returns the names of the features of ws[i] (see describe).
func cueFeatures(ws []word, i int, inQuote func(int) bool) []string {
	var f featureSet
	f.describe(ws, i, inQuote)
	return f.names
}

// featureSet gathers the features of a candidate cue: with a model, their total weight,
// else their names.
type featureSet struct {
	model *cueModel
	score float64  // with a model: its bias plus the weights so far, in order
	name  []byte   // with a model: the feature being looked up
	names []string // without
}

// add adds the feature whose name is the concatenation of parts.
func (f *featureSet) add(parts ...string) {
	if f.model == nil {
		f.names = append(f.names, strings.Join(parts, ""))
		return
	}
	f.name = f.name[:0]
	for _, p := range parts {
		f.name = append(f.name, p...)
	}
	f.score += f.model.w[string(f.name)]
}

// describe adds the features of ws[i]: the word and its tag, its neighbours, what stands
// where a subject would, and the that-clauses, colons and quotations around it.
func (f *featureSet) describe(ws []word, i int, inQuote func(int) bool) {
	at := func(k int) word {
		if k < 0 {
			return word{text: "<s>", low: "<s>", punc: true, tag: "<s>"}
		}
		if k >= len(ws) {
			return word{text: "</s>", low: "</s>", punc: true, tag: "</s>"}
		}
		return ws[k]
	}
	w, p1, p2, n1, n2 := ws[i], at(i-1), at(i-2), at(i+1), at(i+2)
	f.add("w=", w.low)
	f.add("st=", stem(w.low))
	f.add("t=", w.tag)
	f.add("wt=", w.low, "|", w.tag)
	f.add("p1=", shape(p1))
	f.add("p1t=", p1.tag)
	f.add("p2t=", p2.tag)
	f.add("n1=", shape(n1))
	f.add("n1t=", n1.tag)
	f.add("n2t=", n2.tag)
	f.add("w,n1=", w.low, "|", shape(n1))
	f.add("p1,w=", shape(p1), "|", w.low)
	f.add("w,n1t=", w.low, "|", n1.tag)
	f.add("p1t,w=", p1.tag, "|", w.low)
	s := skipBack(ws, i)
	subj := "none"
	if s > 0 {
		h := ws[s-1]
		switch {
		case isPronoun(h):
			subj = "prp"
		case h.cap && !h.punc:
			subj = "name"
		case strings.HasPrefix(h.tag, "NN"):
			subj = "noun"
		default:
			subj = h.tag
		}
	}
	f.add("subj=", subj)
	f.add("subj,w=", subj, "|", w.low)
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		if ws[k].low == "that" {
			f.add("that>")
			f.add("w,that>=", w.low)
			break
		}
	}
	if n1.text == ":" || n1.text == "," {
		f.add("n1punc,w=", n1.text, "|", w.low)
	}
	q := inQuote != nil
	if q && inQuote(i) {
		f.add("inquote")
	}
	if q {
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if inQuote(k) {
				f.add("quote>")
				break
			}
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if inQuote(k) {
				f.add("<quote")
				break
			}
		}
	}
}
