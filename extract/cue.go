// This file finds reporting cues in a unit's words: the lexicon's verbs, nouns read as
// verbs and states of mind ("was adamant that"), the cue model's verbs, a verb of manner
// between a quotation and its speaker ("“…,” scoffed Gil"), and the words
// around a cue that make it none ("Having said that", "called off", "a website called …").

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// findCues returns the reporting cues among ws, longest first where they overlap: the
// lexicon's, then the verbs the cue model reads as cues.
func (a *analyser) findCues(ws []word, inQuote func(int) bool) []cueHit {
	var out []cueHit
	title := 0 // whether the unit is in title case: 0 not asked yet, 1 yes, -1 no
	inTitle := func() bool {
		if title == 0 {
			title = -1
			if titleCase(ws) {
				title = 1
			}
		}
		return title > 0
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.punc {
			continue
		}
		if w.cap && i > 0 && ws[i-1].cap && !ws[i-1].punc && i+1 < len(ws) && ws[i+1].cap && !ws[i+1].punc && !inTitle() {
			continue // "spokesman for North East Says No, said …": a word of a name
		}
		if w.low == "according" && i+1 < len(ws) && ws[i+1].low == "to" {
			out = append(out, cueHit{start: i, end: i + 2, entry: cueEntry{lemma: "according to", class: cueSpeech}})
			i++
			continue
		}
		if e, ok := reckoningCue(ws, i); ok {
			out = append(out, cueHit{start: i, end: e, entry: cueEntry{lemma: "by reckoning", class: cueSpeech}})
			i = e - 1
			continue
		}
		if h, ok := quotedCue(ws, i, a.lx.responses.remark); ok {
			out = append(out, h) // "was quoted by X as saying"
			continue
		}
		if figureCue(ws, i) {
			// "Police put the crowd at 5,000": a figure given is a thing said.
			out = append(out, cueHit{start: i, end: i + 1, entry: cueEntry{lemma: "put", class: cueSpeech, words: []string{w.low}}})
			continue
		}
		for _, e := range a.lx.cues[w.low] {
			n := cuePhraseAt(ws, i, e.words)
			if n == 0 || e.state && n != len(e.words) {
				continue
			}
			if e.state {
				if !stateOfMind(ws, i, n, e.phrase) {
					continue
				}
				if e.phrase && e.words[len(e.words)-1] == "to" && i+n < len(ws) && len(a.lx.cues[ws[i+n].low]) > 0 {
					break // "was keen to stress that …": the verb of saying after "to" is the cue
				}
			} else if !isVerb(ws, i) && !nounCue(ws, i) && !((e.class == cueDeny || e.class == cueSpeech || e.class == cueAccuse) && verbBetweenNames(ws, i) && len(wordnet.Lemmas(w.low, wordnet.Noun)) == 0) || i > 0 && (ws[i-1].low == "an" || ws[i-1].low == "a" || ws[i-1].low == "the") || quantifiedNoun(ws, i) {
				break // "an estimated £1.3bn", "the alleged fraud", "leads in both pledged delegates": an adjective
			} else if premodifier(ws, i, n) || attributive(ws, i, n) {
				break // "a widely reported study", "the much-quoted remark", "Britain's defending champion"
			} else if reducedRelative(ws, i) || raisedAfterNoun(ws, i) {
				break // "A Tuam man accused of dangerous driving has told the court …", "a pledge estimated to cost £1bn"
			}
			out = append(out, cueHit{start: i, end: i + n, entry: e})
			i += n - 1
			break
		}
		if (len(out) == 0 || out[len(out)-1].end <= i) && mannerAfterQuote(a.text, ws, i, inQuote) {
			// "“…,” scoffed Arianna Gil.", "“…,” reads an editorial in the Register.": the
			// verb between a closed quotation and its speaker says how it was said.
			out = append(out, cueHit{start: i, end: i + 1, entry: cueEntry{lemma: w.low, class: cueSpeech, words: []string{w.low}}})
			continue
		}
		if (len(out) == 0 || out[len(out)-1].end <= i) && !premodifier(ws, i, 1) && !reducedRelative(ws, i) && !raisedAfterNoun(ws, i) && !a.takesBackNothing(ws, i) {
			if a.lx.model.isCue(ws, i, inQuote) {
				h := cueHit{start: i, end: i + 1, entry: cueEntry{lemma: w.low, class: cueBroad, words: []string{w.low}}}
				if i+1 < len(ws) && ws[i+1].tag == "RP" {
					h.end++ // "threw out the bill": the particle belongs to the verb
					h.entry.words = append(h.entry.words, ws[i+1].low)
				}
				out = append(out, h)
			} else if n, back := a.answeringVerb(ws, i); n > 0 && (inQuote == nil || !inQuote(i)) {
				// A verb by which one answers another's words is itself a thing said, where the
				// cue model, learned on a corpus that has few of them, passes it by: "walked back
				// her forecast", "poured cold water on the plan", "rubbished the figures".
				h := cueHit{start: i, end: i + n, entry: cueEntry{lemma: w.low, class: cueBroad, words: lowOf(ws[i : i+n]), takesBack: back, answering: true}}
				out = append(out, h)
				i += n - 1
			}
		}
	}
	return out
}

// mannerAfterQuote reports whether ws[i] is a verb in the past or present standing between
// a quotation closed on its comma, question or exclamation mark and a speaker that ends
// the sentence or runs to a comma: "“…,” beamed Donald Hartley of Madison", "“…?” reacted
// Trump.". Whatever the tagger reads it as (it takes "scoffed" for a foreign word), the
// word says how the quotation was said. The quotation opens the sentence: a title inside
// it names a work ("One ad, “Balanced Rebellion,” stars an actor"). Not a participle in
// -ing: "“Jaws,” starring Roy Scheider".
func mannerAfterQuote(text string, ws []word, i int, inQuote func(int) bool) bool {
	if i == 0 || i+1 >= len(ws) || inQuote == nil || inQuote(i) || inQuote(i+1) {
		return false
	}
	if p := ws[i-1].text; p != "," && p != "?" && p != "!" {
		return false
	}
	if t := text[ws[i-1].span.End:ws[i].span.Start]; !strings.HasPrefix(t, "”") && !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "''") && !strings.HasPrefix(t, "’") {
		return false // the mark closes a quotation
	}
	k := i - 2
	for k >= 0 && inQuote(k) {
		k--
	}
	if k == i-2 || k >= 0 && ws[k].text != ":" {
		return false // a title inside the sentence: "One ad, “Balanced Rebellion,” stars …"
	}
	w := ws[i]
	if w.punc || w.cap || w.tag == "VBG" || w.tag == "MD" || w.tag == "IN" || w.tag == "DT" || w.tag == "RB" || w.tag == "CC" || w.tag == "TO" || strings.HasPrefix(w.tag, "PRP") || strings.HasPrefix(w.tag, "W") {
		return false
	}
	if !(strings.HasPrefix(w.tag, "VB") || strings.HasSuffix(w.low, "ed") || strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss")) {
		return false
	}
	n := ws[i+1]
	if !(n.cap && !n.punc || n.tag == "DT" || n.tag == "PRP$" || n.tag == "CD") || n.tag == "DT" && n.cap && functionWords[n.low] && n.low != "the" {
		return false
	}
	e := npEnd(ws, i+1)
	return e > i+1 && (e == len(ws) || ws[e].punc || ws[e].low == "of" || ws[e].low == "in" || ws[e].low == "at" || ws[e].low == "who" || ws[e].low == "from")
}

// premodifier reports whether the participle ws[i:i+n] stands, with an adverb of degree
// before it, between a determiner and the noun it describes: "a widely reported study",
// "his much-quoted remark".
func premodifier(ws []word, i, n int) bool {
	if i < 2 || i+n >= len(ws) || ws[i].tag != "VBN" && ws[i].tag != "VBD" {
		return false
	}
	adv := ws[i-1]
	if adv.cap || !(adv.tag == "RB" || strings.HasSuffix(adv.low, "ly") && !strings.HasPrefix(adv.tag, "NN")) { // not "the family said police …"
		return false
	}
	d := ws[i-2]
	return (d.low == "a" || d.low == "an" || d.low == "the" || d.tag == "PRP$" || d.poss) && strings.HasPrefix(ws[i+n].tag, "NN")
}

// takesBackNothing reports whether ws[i] is a verb of taking back one's words with
// neither words nor their speaker after it: "who withdrew on day two of the competition",
// "withdrew from the race". It takes back nothing said.
func (a *analyser) takesBackNothing(ws []word, i int) bool {
	for _, e := range a.lx.responses.byFirst[ws[i].low] {
		if len(e.words) == 1 && e.rel == claims.Retracts && !e.framed {
			return !a.answersWords(ws, i+1, false)
		}
	}
	return false
}

// attributive reports whether the participle in -ing at ws[i] describes the noun after
// it, after a determiner or a possessive: "Britain's defending champion", "the
// complaining party".
func attributive(ws []word, i, n int) bool {
	if i < 1 || n != 1 || i+1 >= len(ws) || !strings.HasSuffix(ws[i].low, "ing") || !strings.HasPrefix(ws[i+1].tag, "NN") || ws[i+1].cap {
		return false
	}
	d := ws[i-1]
	return d.low == "a" || d.low == "an" || d.low == "the" || d.tag == "PRP$" || d.poss
}

// quantifiedNoun reports whether ws[i] stands between "both" or "all" after a preposition
// and a noun, as an adjective does: "in both pledged delegates and the popular vote". Not
// "Both denied charges" nor "after both denied wrongdoing", where "both" is the subject.
func quantifiedNoun(ws []word, i int) bool {
	return i > 1 && i+1 < len(ws) && (ws[i-1].low == "both" || ws[i-1].low == "all") && ws[i-2].tag == "IN" && !subordinators[ws[i-2].low] && strings.HasPrefix(ws[i+1].tag, "NN") && !ws[i+1].cap
}

// reducedRelative reports whether the participle ws[i] opens a clause that describes
// the noun before it, and the sentence's own verb comes later: "A man accused of
// dangerous driving has told the court", "the minister accused of lying said".
func reducedRelative(ws []word, i int) bool {
	if i < 1 || i+2 >= len(ws) || ws[i].tag != "VBN" && !chargedWith[ws[i].low] || ws[i+1].low != "of" && ws[i+1].low != "with" {
		return false
	}
	if p := ws[i-1]; !strings.HasPrefix(p.tag, "NN") || p.punc {
		return false
	}
	for k := i + 2; k < len(ws); k++ {
		if ws[k].punc && ws[k].text != "," {
			return false
		}
		if (ws[k].tag == "VBZ" || ws[k].tag == "VBD" || ws[k].tag == "VBP" || ws[k].tag == "MD") && !ws[k].cap {
			return true
		}
	}
	return false
}

// raisedAfterNoun reports whether the participle ws[i] and an infinitive after it describe
// the noun an indefinite article opens just before: "a pledge estimated to cost £1bn", "a
// scheme expected to create 500 jobs"; or a plural after "with". Nobody's estimate is
// told there.
func raisedAfterNoun(ws []word, i int) bool {
	if i < 2 || i+2 >= len(ws) || !raisingParticiples[ws[i].low] || ws[i+1].low != "to" || ws[i+2].tag != "VB" {
		return false
	}
	k := i - 1
	if !strings.HasPrefix(ws[k].tag, "NN") || ws[k].cap || ws[k].punc {
		return false
	}
	for k--; k >= 0 && (ws[k].tag == "JJ" || ws[k].tag == "CD" || approximators[ws[k].low]); k-- {
	}
	// "with about 1.6 million passengers expected to have come ashore": a noun a
	// preposition's absolute clause opens, nobody's estimate either
	return k >= 0 && (ws[k].low == "a" || ws[k].low == "an" || ws[k].low == "with" && ws[i-1].tag == "NNS")
}

// raisingParticiples, after a noun and before "to", are passives that describe it ("a
// scheme expected to create"); others there are the noun's own act ("A spokesman
// promised to review the rules").
var raisingParticiples = map[string]bool{
	"estimated": true, "expected": true, "believed": true, "reported": true, "alleged": true, "feared": true,
	"forecasted": true, "predicted": true, "considered": true, "deemed": true, "suspected": true,
}

// chargedWith are the participles that, after a person, say what they are held to have
// done, whatever the tagger reads: "a man accused of", "the driver charged with".
var chargedWith = map[string]bool{"accused": true, "charged": true, "suspected": true, "convicted": true, "credited": true}

// cuePhraseAt returns how many words from ws[i] the cue phrase want takes, or 0 when it does
// not stand there. A day may stand inside a phrase of several words: "pushed back Tuesday
// against", "took issue on Monday with".
func cuePhraseAt(ws []word, i int, want []string) int {
	k := i
	for j, s := range want {
		if j > 0 && k < len(ws) && ws[k].low != s {
			switch {
			case k+1 < len(ws) && dayWord(ws[k].low) && ws[k+1].low == s:
				k++
			case k+2 < len(ws) && ws[k].low == "on" && dayWord(ws[k+1].low) && ws[k+2].low == s:
				k += 2
			}
		}
		if k >= len(ws) || ws[k].low != s {
			return 0
		}
		k++
	}
	return k - i
}

// dayWord reports whether w names the day a thing was said.
func dayWord(w string) bool { return weekdays[w] || w == "today" || w == "yesterday" }

func wordsMatch(ws []word, want []string) bool {
	for i, s := range want {
		if ws[i].low != s {
			return false
		}
	}
	return true
}

// isVerb trusts the tagger, except that "said", "says" and "told" are verbs whatever it says, and
// so is a cue the tagger calls a plural noun between a subject and a that-clause or colon:
// "The New York Post reports that", "Video shows that".
func isVerb(ws []word, i int) bool {
	w := ws[i]
	if w.tag == "" || strings.HasPrefix(w.tag, "VB") {
		return true
	}
	if w.low == "said" || w.low == "says" || w.low == "told" && !(i > 0 && ws[i-1].low == "all") {
		return true // "told" is no adjective, though after "chief" the tagger reads it as one; "all told" is no cue
	}
	if (w.low == "read" || w.low == "reads") && i > 0 && i+1 < len(ws) && (ws[i+1].text == ":" || ws[i+1].low == "that") && strings.HasPrefix(ws[i-1].tag, "NN") {
		return true // "a statement from the club read:", which the tagger reads as a noun
	}
	if i > 0 && (w.tag == "NN" || w.tag == "NNS") && ws[i-1].tag == "PRP" && subjectPronouns[ws[i-1].low] {
		return true // "They state their goal is …": a verb after its pronoun
	}
	if i > 1 && (w.tag == "NNS" || w.tag == "NN" && ws[i-1].tag == "NNS") && !ws[i-1].poss && (i+1 == len(ws) || ws[i+1].text == "." || ws[i+1].text == "!") {
		// "…, the bank predicts.", "…, campaign records show.": a cue that closes its
		// sentence after its subject.
		if s := npStart(ws, i); s > 0 && s < i && ws[s-1].text == "," {
			return true
		}
		// "…, a USA TODAY analysis of newly filed campaign-finance reports shows.": the
		// subject holds a phrase after "of".
		if closingSubject(ws, i) < i {
			return true
		}
		// "…, new fundraising reports show.": modifiers the tagger reads as a participle
		for k := i - 1; k > 0 && k >= i-6; k-- {
			if t := ws[k].tag; ws[k].punc || !(strings.HasPrefix(t, "NN") || t == "JJ" || t == "VBG" || t == "DT" || t == "CD") {
				if ws[k].text == "," && k < i-1 {
					return true
				}
				break
			}
		}
	}
	if i > 0 && i+1 < len(ws) && !ws[i-1].poss && !ws[i-1].cap {
		// "The new poll shows Trump ahead", "FEC records show he backed …": the tagger
		// reads the verb as a noun, but it agrees with the noun before it and a clause
		// follows.
		p, n := ws[i-1], ws[i+1]
		agrees := w.tag == "NNS" && p.tag == "NN" || w.tag == "NN" && p.tag == "NNS"
		// "The Clinton campaign plans to employ Mr. Obama": a noun-noun compound the
		// tagger made of subject and verb, before an infinitive.
		infinitive := w.tag == "NNS" && p.tag == "NN" && n.low == "to" && i+2 < len(ws) && ws[i+2].tag == "VB"
		if infinitive || agrees && (n.tag == "PRP" || n.tag == "EX" || n.tag == "DT" || n.tag == "CD" || n.tag == "WRB" || n.cap && !n.punc || n.tag == "RB" && i+2 < len(ws) && ws[i+2].tag == "WRB" || strings.HasPrefix(n.tag, "NN") && i+2 < len(ws) && finiteVerb(ws[i+2:i+3])) {
			return true
		}
	}
	if w.tag == "NNS" && i > 0 && i+1 < len(ws) && ws[i-1].cap && !ws[i-1].poss && !ws[i-1].punc && (ws[i+1].tag == "VBG" || ws[i+1].tag == "PRP$") && (npStart(ws, i) == 0 || ws[npStart(ws, i)-1].punc) {
		return true // "Sanders supports raising the wage", "Ryan backs his nominee": after a name
	}
	if w.tag == "NNS" && i > 0 && i+1 < len(ws) && (ws[i+1].low == "that" || ws[i+1].text == ":" || (ws[i+1].tag == "PRP" || ws[i+1].tag == "EX") && (ws[i-1].cap || ws[i-1].text == ",")) {
		p := ws[i-1]
		return p.cap || isPronoun(p) || strings.HasPrefix(p.tag, "NN") || isDash(p.text) && ws[i+1].low == "that"
	}
	return false
}

// nounCue reports whether a lexicon cue the tagger reads as a singular noun is a verb:
// "The IMF forecast that the economy would shrink", a name, the cue, then a clause with
// its own subject.
// verbBetweenNames reports whether the cue at ws[i], tagged a noun, stands between a name
// and a clause that opens with another: "Harbour City deny Okonjo has agreed …".
func verbBetweenNames(ws []word, i int) bool {
	return ws[i].tag == "NN" && i > 0 && i+2 < len(ws) && ws[i-1].cap && !ws[i-1].punc && !ws[i-1].poss && !ws[i].cap && ws[i+1].cap && !ws[i+1].punc && (auxWords[ws[i+2].low] || ws[i+2].tag == "VBZ" || ws[i+2].tag == "VBD")
}

func nounCue(ws []word, i int) bool {
	if ws[i].tag != "NN" || i == 0 || i+2 >= len(ws) || ws[i+1].low != "that" || ws[i-1].poss {
		return false
	}
	// After a name, a plural subject, or an aside closed by a dash: "Some economists -
	// including two Fed members - warn that …"
	if p := ws[i-1]; !(p.cap && !p.punc || p.tag == "NNS" || isDash(p.text) || p.text == "-") {
		return false
	}
	n := ws[i+2]
	return n.tag == "DT" || n.tag == "PRP" || n.tag == "EX" || n.tag == "NNS" || n.cap && !n.punc
}

// forNoun reports whether a cue in -s before "for" is the plural noun heading a subject,
// as a verb of its own follows the phrase: "plans for a new stadium have been shelved",
// "calls for an inquiry have grown", but not "Labour calls for an inquiry".
func forNoun(ws []word, c cueHit) bool {
	f := c.end
	if c.end-c.start == 2 {
		f = c.end - 1 // "calls for" is one cue
	}
	if !strings.HasSuffix(ws[c.start].low, "s") || f >= len(ws) || ws[f].low != "for" {
		return false
	}
	for k, w := range ws[f+1:] {
		if w.text == "(" || w.text == ")" {
			continue
		}
		if w.punc || relatives[w.low] || w.low == "that" || w.low == "and" || w.low == "but" {
			return false
		}
		if k > 0 && (beForms[w.low] && w.low != "be" && w.low != "been" && w.low != "being" || w.low == "have" || w.low == "has" || w.low == "had" || w.tag == "MD") {
			return true // "… have been shelved", "… are growing", "… will be heard"
		}
	}
	return false
}

// copulas link a subject to its state of mind: "was adamant", "remains confident".
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true, "am": true, "'s": true, "’s": true, "'re": true, "’re": true, "remain": true, "remains": true, "remained": true, "seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true, "feel": true, "feels": true, "felt": true, "sounded": true, "become": true, "becomes": true, "became": true, "grown": true, "grew": true}

// stateOfMind reports whether the adjective ws[i:i+n] follows a copula, over adverbs and
// "not", and comes before a that-clause: "Klopp was adamant that", "officials are not
// convinced that"; or, when phrase is set, before the phrase its last word takes: "the
// union is critical of the plan", "she was eager to run". "It is clear that" has no one
// in that state.
func stateOfMind(ws []word, i, n int, phrase bool) bool {
	if i+n >= len(ws) || !phrase && ws[i+n].low != "that" && !bareClause(ws, i+n) {
		return false
	}
	if next := ws[i+n]; phrase && (next.punc || next.low == "that" || ws[i+n-1].low == "to" && next.tag != "VB") {
		return false // "is eager to run", "was critical of the plan": a phrase follows
	}
	k := copulaBefore(ws, i)
	if k < 1 || !copulas[ws[k].low] || ws[k].low == "be" && modals[ws[k-1].low] {
		return false // "if he can be convinced that": to be won over, no state yet
	}
	e := skipBack(ws, k)
	if e == 0 {
		return false
	}
	subj := ws[e-1]
	if s := npStart(ws, e); s > 0 && (ws[s-1].low == "if" || ws[s-1].low == "unless") {
		return false // a condition, not a state
	}
	return subj.low != "it" && subj.low != "this" && subj.low != "there" && subj.low != "that"
}

// bareClause reports whether a clause without "that" opens at ws[k]: a subject, a
// pronoun, a name or a noun phrase, and its finite verb within a few words: "is confident
// Trump will lose", "was sure the vote would pass".
func bareClause(ws []word, k int) bool {
	w := ws[k]
	if !(w.tag == "PRP" && subjectPronouns[w.low] || w.tag == "DT" && w.low != "that" || w.tag == "NNP" || w.tag == "NNS") || w.punc {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+5; j++ {
		if ws[j].punc || ws[j].low == "to" {
			return false
		}
		if finiteVerb(ws[j : j+1]) {
			return true
		}
	}
	return false
}

var modals = map[string]bool{"can": true, "could": true, "may": true, "might": true, "must": true, "would": true, "should": true, "will": true, "cannot": true}

// copulaBefore returns the index of the word before the adjective ws[i] and any adverbs
// before it: where the copula should stand.
func copulaBefore(ws []word, i int) int {
	k := i - 1
	for k >= 0 && (strings.HasPrefix(ws[k].tag, "RB") || ws[k].low == "not" || ws[k].low == "n't" || ws[k].low == "more" || ws[k].low == "less") {
		k--
	}
	return k
}

// noCue reports whether the words around a lexicon cue make it no verb of saying at all,
// so that neither its construction nor the cue model may read it as one.
func noCue(ws []word, c cueHit) bool {
	switch {
	case c.start > 0 && ws[c.start-1].low == "having" && c.end+1 < len(ws) && ws[c.end].low == "that" && ws[c.end+1].text == ",":
		return true // "Having said that, …" only links two sentences
	case (c.entry.lemma == "call" || stem(ws[c.start].low) == "call") && c.end < len(ws) && phoneParticles[ws[c.end].low] && !(c.end+1 < len(ws) && (ws[c.end+1].low == "question" || ws[c.end+1].low == "doubt")):
		return true // "called in to a radio show", "called off the strike"
	case (c.entry.lemma == "call" || stem(ws[c.start].low) == "call") && c.end < len(ws) && ws[c.end].tag == "MD":
		return true // "residents who were out when enumerators called could register": a visit
	case c.end-c.start == 1 && c.start > 0 && c.end < len(ws) && ws[c.start-1].tag == "IN" && ws[c.start-1].low != "that" && (ws[c.start].tag == "VBN" || ws[c.start].tag == "JJ") && strings.HasPrefix(ws[c.end].tag, "NN") && !ws[c.end].cap:
		return true // "people waiting for planned treatment": a participle before its noun
	case c.start > 0 && (ws[c.start-1].low == "let" || ws[c.start-1].low == "us" && c.start > 1 && ws[c.start-2].low == "let"):
		return true // "Let's say you think …": a supposition
	case (c.entry.class == cueEvidence || stem(ws[c.start].low) == "show" || ws[c.start].low == "shown") && c.end < len(ws) && ws[c.end].low == "up":
		return true // "failed to show up": to appear, not to show that
	case c.start >= 2 && ws[c.start-1].low == "to" && (stem(ws[c.start-2].low) == "declin" || stem(ws[c.start-2].low) == "refus"):
		return true // "refused to confirm the fee": the refusal is the claim
	case prepositional[ws[c.start].low] && !slices.ContainsFunc(ws[c.end:], func(w word) bool { return w.low == "as" }):
		return true // "fears regarding Muslims": a preposition; not "regarding him as a threat"
	case stem(ws[c.start].low) == "declin" && c.end < len(ws) && (ws[c.end].tag == "CD" || ws[c.end].low == "by" || (ws[c.end].low == "to" || ws[c.end].low == "from") && c.end+1 < len(ws) && (ws[c.end+1].tag == "CD" || ws[c.end+1].text == "$" || ws[c.end+1].text == "£" || ws[c.end+1].text == "€")):
		return true // "sales declined 40 percent", "declined to $281 million": a fall, not a refusal
	case (c.entry.lemma == "concede" || c.entry.lemma == "claim" || c.entry.lemma == "welcome" && countsPeople(ws, c.end)) && countAfter(ws, c.end):
		return true // "have conceded only nine goals", "claimed three lives", "welcomed 2.9 million tourists": counted things taken, given up or received
	case c.entry.lemma == "read" && !writtenRead(ws, c):
		return true // "read the report", "I read that …": reading, not what a text says
	case noFinding(ws, c):
		return true // "found himself embroiled", "found a way to …": no finding that
	case naming(ws, c):
		return true // "a website called Real News Right Now": a name given, not a statement
	case ws[c.start].low == "known" && c.end < len(ws) && (ws[c.end].low == "as" || ws[c.end].low == "for"):
		return true // "the course known as the Honda Classic", "known for taking mulligans": a name or a repute
	case forNoun(ws, c):
		return true // "UK plans for a finance facility have not been agreed": a noun
	case inSubject(ws, c.start):
		return true // "Police called to the scene said …": the participle is part of a subject
	case interrogated(ws, c):
		return true // "police questioned Haddad", "he was questioned by police": a person asked, no doubt cast
	}
	return false
}

// writtenRead reports whether "read" at c tells what a text says: a written thing its
// subject ("a statement from the club read:", "the sign reads"), then a colon, a
// quotation or "that".
func writtenRead(ws []word, c cueHit) bool {
	written := func(w word) bool { return documentNouns[w.low] || writtenNouns[w.low] }
	if c.end < len(ws) && (ws[c.end].text == ":" || ws[c.end].low == "that" || quoteToken(ws[c.end].text)) {
		for k := c.start - 1; k >= 0 && k >= c.start-6 && !ws[k].punc; k-- {
			if written(ws[k]) {
				return true
			}
		}
	}
	// After its quotation: "“…,” the letter reads.", "“…,” read a statement from Valve."
	if c.start > 0 && ws[c.start-1].punc || c.start > 1 && ws[c.start-2].punc && ws[c.start-1].tag == "DT" {
		for k := c.end; k < len(ws) && k < c.end+3; k++ {
			if written(ws[k]) {
				return true
			}
		}
	}
	for k := c.start - 1; k >= 0 && k >= c.start-3; k-- {
		if written(ws[k]) && (c.end == len(ws) || ws[c.end].punc) && k > 0 && (ws[k-1].punc || k > 1 && ws[k-1].tag == "DT" && ws[k-2].punc) {
			return true
		}
	}
	return false
}

// writtenNouns are texts that "read" something, besides a body's documents.
var writtenNouns = map[string]bool{"message": true, "note": true, "post": true, "tweet": true, "notice": true, "sign": true, "email": true, "text": true, "banner": true, "placard": true, "caption": true, "headline": true}

// countAfter reports whether a counted object follows i, not a clause: "nine goals",
// "only nine goals", "just 12%".
func countAfter(ws []word, i int) bool {
	for i < len(ws) && (ws[i].low == "only" || ws[i].low == "just" || ws[i].low == "another" || ws[i].low == "a" && i+1 < len(ws) && ws[i+1].low == "further") {
		i++
	}
	if i >= len(ws) || ws[i].tag != "CD" || ws[i].punc {
		return false
	}
	for i++; i < len(ws) && (strings.HasPrefix(ws[i].tag, "NN") || ws[i].tag == "JJ" || ws[i].tag == "CD" || ws[i].low == "%"); i++ {
	}
	// "claimed 40 seats were safe": the count opens a clause, said.
	return i == len(ws) || !strings.HasPrefix(ws[i].tag, "VB") && ws[i].tag != "MD"
}

// countsPeople reports whether the count from ws[i] on is of people, as those welcomed
// are: "2.9 million tourists", not "12 of the 15 recommendations" (a stance).
func countsPeople(ws []word, i int) bool {
	for i < len(ws) && (ws[i].tag == "CD" || ws[i].tag == "JJ" || ws[i].tag == "RB" || ws[i].tag == "DT") {
		i++
	}
	head := ""
	for ; i < len(ws) && strings.HasPrefix(ws[i].tag, "NN") && !ws[i].punc; i++ {
		head = ws[i].low
	}
	return head != "" && wordnet.IsA(head, "person", wordnet.Noun)
}

// interrogated reports whether c, a form of "question", has a person as what is
// questioned: its object ("questioned Haddad", "questioned him", "questioned two
// suspects") or, in the passive, its subject ("Haddad was questioned by detectives").
func interrogated(ws []word, c cueHit) bool {
	if stem(ws[c.start].low) != "question" {
		return false
	}
	person := func(w word) bool {
		return w.cap && !w.punc && !functionWords[w.low] || w.low == "him" || w.low == "her" || w.low == "them"
	}
	if c.end < len(ws) && ws[c.end].low != "by" {
		k := c.end
		for k < len(ws) && (ws[k].tag == "CD" || determiners[ws[k].low]) {
			k++
		}
		e := npEnd(ws, k)
		if e <= k || slices.ContainsFunc(ws[k:e], func(w word) bool { return w.poss }) {
			return false // "questioned Ms Kite's credibility", "a United Nations campaign"
		}
		if person(ws[e-1]) {
			return true
		}
		k2, ok := claims.SpeakerKind(0), false
		if lx, err := loadLexicon(); err == nil {
			k2, ok = lx.speakers[ws[e-1].low] // "the figures" are no people, whatever WordNet's senses
		}
		if !ok {
			k2, ok = speakerNoun(ws[e-1].low)
		}
		return ok && (k2 == claims.Person || k2 == claims.Group)
	}
	if c.start >= 2 && beForms[ws[c.start-1].low] {
		return person(ws[c.start-2]) || ws[c.start-2].tag == "PRP" && ws[c.start-2].low != "it"
	}
	return false
}

// phoneParticles make "call" a verb of phoning, summoning or cancelling: "called in",
// "called into", "called off"; not "called into question".
var phoneParticles = map[string]bool{"in": true, "into": true, "off": true, "back": true, "up": true}

// noFinding reports whether the cue c, a form of "find", takes a reflexive or a way:
// "found himself embroiled", "found a way to cut costs", "find ways to".
func noFinding(ws []word, c cueHit) bool {
	if w := ws[c.start].low; w != "found" && w != "finds" && w != "find" || c.end >= len(ws) {
		return false
	}
	n := ws[c.end].low
	return reflexives[n] || n == "ways" || (n == "a" || n == "the") && c.end+1 < len(ws) && ws[c.end+1].low == "way"
}

// reflexives are the pronouns of "found himself", "found themselves".
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "myself": true, "ourselves": true, "yourself": true, "yourselves": true}

// naming reports whether cue c is "called" or "named" giving a name to an indefinite
// noun before it: "a super PAC called Future45", "a group called “Citizens for Trump”".
func naming(ws []word, c cueHit) bool {
	if c.start < 2 || c.end >= len(ws) || ws[c.start].low != "called" && ws[c.start].low != "named" && ws[c.start].low != "dubbed" {
		return false
	}
	h := ws[c.start-1]
	if h.cap || h.tag != "NN" && h.tag != "NNS" {
		return false
	}
	s := npStart(ws, c.start)
	n := ws[c.end]
	if s >= c.start || ws[s].low != "a" && ws[s].low != "an" || !n.cap && !isQuoteRune([]rune(n.text)[0]) && n.low != "the" {
		return false
	}
	// Inside a clause ("hired a company called …"), or a subject whose verb comes later
	// ("A new group called Black Votes Matter is trying …"); not "A senator called Obama
	// a liar".
	return s > 0 && !ws[s-1].punc || finiteVerb(ws[c.end:])
}

// needsName reports whether cue c takes only a named speaker: an intention ("the warring
// sides had refused to compromise") is no statement unless someone in particular holds it.
func needsName(c cueHit) bool {
	return c.entry.class == cueIntent || c.lexClass == cueIntent
}

func (a *analyser) isCueWord(w word) bool {
	_, ok := a.lx.cues[w.low]
	return ok
}

// speechWord reports whether w is a lexicon verb of saying or telling: "said", "told".
func (a *analyser) speechWord(w word) bool {
	for _, e := range a.lx.cues[w.low] {
		if e.class == cueSpeech || e.class == cueTell {
			return true
		}
	}
	return false
}

func lowOf(ws []word) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = w.low
	}
	return out
}

// figureVerbs set a quantity at a figure: "put the death toll at 40", "pegged the cost at
// $2bn", "placed the number of missing at 300".
var figureVerbs = map[string]bool{"put": true, "puts": true, "putting": true, "pegged": true, "pegs": true, "pegging": true, "placed": true, "places": true, "placing": true}

// figureCue reports whether ws[i] is a verb that sets a quantity, named by a noun phrase
// of up to six words, at a figure: "put the crowd at 5,000", "put the number of vacant
// posts at about 12,400". Not "put pressure on", "put the plan at risk".
func figureCue(ws []word, i int) bool {
	if !figureVerbs[ws[i].low] || !strings.HasPrefix(ws[i].tag, "VB") {
		return false
	}
	k := i + 1
	noun := false
	for ; k < len(ws) && k <= i+7 && ws[k].low != "at"; k++ {
		w := ws[k]
		np := w.tag == "DT" || w.tag == "PRP$" || w.tag == "POS" || w.tag == "CD" || w.tag == "VBN" || strings.HasPrefix(w.tag, "JJ") || strings.HasPrefix(w.tag, "NN") || w.low == "of" || w.low == "in" || w.low == "for"
		if w.punc && w.text != "'" && w.text != "’" || !np {
			return false // "put his team through their paces at 10:30"
		}
		noun = noun || strings.HasPrefix(w.tag, "NN")
	}
	if !noun || k+1 >= len(ws) || ws[k].low != "at" {
		return false
	}
	for k++; k < len(ws) && (leadWords[ws[k].low] || ws[k].low == "fewer" || ws[k].low == "least"); k++ {
	}
	return k < len(ws) && (ws[k].tag == "CD" || currencySign(ws[k].text) && ws[k].text != "%")
}
