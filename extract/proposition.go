package extract

// This file reads a claim's content as a proposition: the subject it speaks of, the
// predicate it says of it with negation, modality and tense, the objects, every content
// word and the first figure. The reading is shallow, from part-of-speech tags: the first
// clause with a verb that is no condition is the main one.

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// modalities maps a modal or semi-modal to the modality it gives its clause.
var modalities = map[string]claims.Modality{
	"will": claims.Predicted, "would": claims.Predicted, "shall": claims.Predicted, "'ll": claims.Predicted, "’ll": claims.Predicted, "wo": claims.Predicted,
	"could": claims.Possible, "can": claims.Possible, "ca": claims.Possible, "may": claims.Possible, "might": claims.Possible,
	"must": claims.Necessary, "should": claims.Necessary, "ought": claims.Necessary,
}

// lightVerbs say little of their own: "is", "has", "did", "said". They are no content terms.
var lightTerms = map[string]bool{"be": true, "have": true, "do": true, "say": true, "get": true, "go": true, "make": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true, "tell": true, "think": true, "add": true}

// negators negate the predicate of their clause.
func (st *stanceLex) negator(w lemmaWord) bool {
	return st.negation[w.low] || strings.HasSuffix(w.low, "n't") || strings.HasSuffix(w.low, "n’t")
}

// proposition reads the proposition of a claim's content words.
func (st *stanceLex) proposition(ws []lemmaWord) claims.Proposition {
	p := claims.Proposition{Terms: st.terms(ws), Amount: amountOf(ws)}
	a, b := mainClause(ws)
	if a >= b {
		return p
	}
	v := -1
	for i := a; i < b; i++ {
		if isVerbTag(ws[i].tag) && !(i > a && ws[i-1].low == "to") && !modifier(ws, a, i) || ws[i].tag == "MD" {
			v = i
			break
		}
	}
	if v < 0 {
		return p
	}
	p.Subject = subjectHead(ws[a:v])
	// The verb group: modals, auxiliaries, negations and adverbs up to the main verb.
	p.Modality, p.Tense = claims.Asserted, claims.Present
	negs := 0
	for i := a; i < v; i++ {
		if st.negator(ws[i]) && !(i+1 < v && ws[i+1].tag == "NN") {
			negs++ // "no longer needs", "never said": not "no one"
		}
	}
	main := -1
	for i := v; i < b; i++ {
		w := ws[i]
		switch {
		case w.tag == "MD":
			if m, ok := modalities[w.low]; ok {
				p.Modality = m
				if m == claims.Predicted {
					p.Tense = claims.Future
				}
			}
			continue
		case st.negator(w):
			negs++
			continue
		case w.tag == "RB" || w.tag == "RBR" || w.tag == "RBS" || w.tag == "TO":
			continue
		case isVerbTag(w.tag):
			if w.tag == "VBD" || w.tag == "VBN" && main < 0 && i > v && ws[v].low == "had" {
				p.Tense = claims.Past
			}
			l := lemmaAs(w, wordnet.Verb)
			if (l == "have" || l == "need") && i+2 < b && ws[i+1].low == "to" && isVerbTag(ws[i+2].tag) {
				p.Modality = claims.Necessary // "has to go", "needs to change"
				i++
				continue
			}
			if l == "be" && i+3 < b && ws[i+1].low == "going" && ws[i+2].low == "to" {
				p.Modality, p.Tense = claims.Predicted, claims.Future // "is going to cut"
				i += 2
				continue
			}
			if auxLemma[l] && i+1 < b && continuesGroup(ws[i+1]) {
				continue
			}
			main = i
		}
		break
	}
	if main < 0 {
		return p
	}
	p.Predicate = lemmaAs(ws[main], wordnet.Verb)
	end := main + 1
	if p.Predicate == "be" || p.Predicate == "become" || p.Predicate == "remain" || p.Predicate == "seem" {
		// A copula: the predicate is the word after it, "possible", "a mistake", "no
		// foundation"; "there is no …" negates what follows.
		for j := main + 1; j < b; j++ {
			w := ws[j]
			if st.negator(w) {
				negs++
				continue
			}
			if w.tag == "RB" || w.tag == "DT" || w.tag == "PRP$" || w.tag == "CD" {
				continue
			}
			switch {
			case strings.HasPrefix(w.tag, "JJ"):
				p.Predicate = lemmaAs(w, wordnet.Adj)
				end = j + 1
			case w.tag == "VBN" || w.tag == "VBG":
				p.Predicate = lemmaAs(w, wordnet.Verb)
				end = j + 1
			case strings.HasPrefix(w.tag, "NN"):
				k := j
				for k+1 < b && strings.HasPrefix(ws[k+1].tag, "NN") {
					k++
				}
				p.Predicate = lemmaAs(ws[k], wordnet.Noun)
				end = k + 1
			}
			break
		}
	}
	// Objects: the heads of the noun phrases after the predicate in its clause; a "no"
	// before the first of them negates the clause ("has no intention", "received no
	// statement").
	for j := end; j < b; j++ {
		w := ws[j]
		if st.negator(w) && len(p.Objects) == 0 {
			negs++
			continue
		}
		if strings.HasPrefix(w.tag, "NN") && !(j+1 < b && strings.HasPrefix(ws[j+1].tag, "NN")) {
			if t := termOf(w); t != "" && !slices.Contains(p.Objects, t) {
				p.Objects = append(p.Objects, t)
			}
		}
	}
	p.Negated = negs%2 == 1
	return p
}

// modifier reports whether the participle ws[i] qualifies the noun after it, opening a
// noun phrase of the clause that starts at a: "waiting lists are falling", "rising prices
// hurt".
func modifier(ws []lemmaWord, a, i int) bool {
	if ws[i].tag != "VBG" && ws[i].tag != "VBN" || i+1 >= len(ws) || !strings.HasPrefix(ws[i+1].tag, "NN") {
		return false
	}
	if i == a {
		return true
	}
	t := ws[i-1].tag
	return t == "DT" || t == "PRP$" || t == "JJ" || t == "CD" || ws[i-1].poss
}

// auxLemma are the verbs that may stand before a main verb as auxiliaries.
var auxLemma = map[string]bool{"be": true, "have": true, "do": true, "get": true}

// continuesGroup reports whether w can follow an auxiliary inside one verb group.
func continuesGroup(w lemmaWord) bool {
	return isVerbTag(w.tag) || w.tag == "RB" || w.tag == "MD" || w.low == "not" || w.low == "n't" || w.low == "n’t"
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") }

// mainClause returns the bounds of the first clause of ws with a verb that is not a
// condition ("if", "unless") and opens with no relative pronoun.
func mainClause(ws []lemmaWord) (int, int) {
	segs := segments(ws)
	for k, a := range segs {
		b := len(ws)
		if k+1 < len(segs) {
			b = segs[k+1]
		}
		if a > 0 && (ws[a-1].low == "if" || ws[a-1].low == "unless") || a < len(ws) && (ws[a].low == "if" || ws[a].low == "unless" || ws[a].low == "which" || ws[a].low == "who") {
			continue
		}
		for a < b && (ws[a].low == "that" || ws[a].tag == "CC" || ws[a].punc) {
			a++
		}
		for i := a; i < b; i++ {
			if isVerbTag(ws[i].tag) || ws[i].tag == "MD" {
				return a, b
			}
		}
	}
	return 0, 0
}

// subjectHead returns the head of the subject before a clause's verb: the last noun or
// name of its first noun phrase, or a pronoun.
func subjectHead(ws []lemmaWord) string {
	head := ""
	for i, w := range ws {
		switch {
		case w.punc || w.tag == "IN" && head != "" || w.tag == "WDT" || w.tag == "WP":
			return head
		case strings.HasPrefix(w.tag, "NN"):
			head = termOf(w)
			if i+1 < len(ws) && ws[i+1].tag == "IN" {
				return head // "the price of oil": the price
			}
		case w.tag == "PRP" || w.tag == "EX":
			if head == "" {
				head = w.low
			}
		}
	}
	return head
}

// terms returns the content words of ws as base forms, sorted and unique: nouns, names,
// full verbs, adjectives and numbers; not function words, light verbs or generic nouns.
func (st *stanceLex) terms(ws []lemmaWord) []string {
	var out []string
	for _, w := range ws {
		if w.punc || isPronoun(w.word) || determiners[w.low] || functionWords[w.low] || st.negation[w.low] || st.generic[w.low] {
			continue
		}
		if t := termOf(w); t != "" && !lightTerms[t] && !st.generic[t] {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// termOf returns the base form of w by its tag: a noun, verb or adjective lemma, a name in
// lower case, a number as written; "" for other words.
func termOf(w lemmaWord) string {
	switch {
	case w.tag == "NNP" || w.tag == "NNPS":
		return w.low
	case strings.HasPrefix(w.tag, "NN"):
		return lemmaAs(w, wordnet.Noun)
	case isVerbTag(w.tag):
		return lemmaAs(w, wordnet.Verb)
	case strings.HasPrefix(w.tag, "JJ"):
		return lemmaAs(w, wordnet.Adj)
	case w.tag == "CD":
		return w.low
	}
	return ""
}

// lemmaAs returns the WordNet base form of w as part of speech pos, or w in lower case.
func lemmaAs(w lemmaWord, pos wordnet.POS) string {
	if ls := wordnet.Lemmas(w.low, pos); len(ls) > 0 {
		return ls[len(ls)-1]
	}
	return w.low
}
