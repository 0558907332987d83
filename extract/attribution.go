package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// unit is a sentence, or several when one quotation runs across them.
type unit struct {
	span   claims.Span
	kind   blockKind
	para   int     // index of the block it stands in
	quotes []quote // quotations inside it
	marked bool    // its paragraph holds a double quote mark, matched or not
}

// attribution is a claim as the attribution step reads it, before time and stance.
type attribution struct {
	unit     int
	source   claims.Span
	cue      claims.Span
	content  claims.Span
	speaker  claims.Speaker
	quoted   bool
	nested   bool        // a statement reported inside another's sentence
	relWords claims.Span // "one day after": the words that date it against its host
	host     int         // index of the host attribution when nested, else -1
	class    cueClass
	words    []word // the tagged words of the content
	// antecedent is the noun a relative clause hangs on: "terms" in "terms that Moscow
	// deemed unrealistic". It, not the content, is what the claim is about.
	antecedent *word
	// referent is the noun phrase a relative pronoun source stands for: "Ted Cruz" in
	// "Ted Cruz, who says". The report shows the source from it to the pronoun.
	referent claims.Span
	headline bool // read from a headline, where capitals say nothing
	negated  bool // the cue is negated: "did not deny", "never said"
}

// cueHit is a reporting cue found in a unit's words.
type cueHit struct {
	start, end int // word indices, end exclusive
	entry      cueEntry
	lexClass   cueClass // the lexicon's class of a cue the model took over
	tookOver   bool     // the model read a lexicon cue whose construction failed
}

// saying reports whether c is a verb of saying the model took over from the lexicon.
func (c cueHit) saying() bool {
	return c.tookOver && (c.lexClass <= cueDeny || c.lexClass == cueEvaluate)
}

// analyser holds what one document's attribution pass has met so far.
type analyser struct {
	lx     *lexicon
	text   string
	people *people
	out    []attribution

	lastGroup, lastOrg *claims.Speaker
	persons            []claims.Speaker // people met as subjects, in order
	sex                map[string]byte  // by name: 'm' or 'f', where the text tells
	next               claims.Span      // the unit after the one being read; empty at the end
	ledeOK             []bool           // per attribution: its own time can date the report's main event
	remarks            []remark         // sentences that date someone's remarks
	lowered, namedMid  map[string]bool  // words written in lower case, and capitalised mid-sentence
}

var (
	// issuing verbs put out a message as their subject's: "issued a statement saying …",
	// not "received a call saying …".
	issuing = map[string]bool{"issue": true, "release": true, "publish": true, "send": true, "post": true, "put": true, "make": true, "give": true, "deliver": true, "write": true, "file": true, "sign": true, "tweet": true, "broadcast": true, "air": true, "run": true, "submit": true, "circulate": true, "distribute": true, "present": true}
	// gerundPreps open an adverbial phrase whose gerund the subject of the clause does:
	// "after saying", "despite admitting", "In announcing …,". Not "for" or "from", whose
	// gerund may be the object's ("criticised Oz for saying"), nor "without", which denies
	// it. "in" only opens a sentence: "seen as key in assessing" is no statement.
	gerundPreps     = map[string]bool{"after": true, "before": true, "despite": true, "while": true, "when": true, "since": true, "upon": true, "in": true}
	beForms         = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true}
	auxWords        = withClitics(map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true, "will": true, "would": true, "also": true, "previously": true, "later": true, "repeatedly": true, "again": true, "then": true, "reportedly": true, "once": true, "recently": true, "initially": true, "earlier": true, "already": true, "publicly": true, "privately": true, "now": true, "further": true, "separately": true, "had also": true, "has also": true, "did": true, "does": true, "do": true, "not": true, "never": true, "always": true, "often": true, "even": true, "still": true, "yet": true, "flatly": true, "strongly": true, "firmly": true, "openly": true, "angrily": true, "bluntly": true, "quickly": true, "immediately": true, "first": true, "may": true, "might": true, "could": true, "can": true, "should": true, "must": true, "been": true, "be": true})
	partitives      = map[string]bool{"one": true, "two": true, "three": true, "some": true, "many": true, "most": true, "several": true, "few": true, "all": true, "each": true, "none": true, "both": true, "majority": true, "minority": true, "half": true, "number": true, "handful": true, "group": true, "groups": true, "dozen": true, "scores": true, "couple": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "rest": true}
	subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true}
	dateWords       = map[string]bool{"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "since": true, "until": true, "by": true, "from": true, "through": true}
	vacuous         = map[string]bool{"nothing": true, "little": true, "anything": true, "nothing more": true, "no more": true, "enough": true} // "saying nothing", "has said enough"
	readyAdjectives = map[string]bool{"quick": true, "keen": true, "eager": true, "careful": true, "swift": true, "happy": true, "ready": true, "willing": true, "prepared": true, "determined": true, "anxious": true, "right": true, "first": true}
	raisingVerbs    = map[string]bool{"continuing": true, "continue": true, "continues": true, "continued": true, "began": true, "begins": true, "begin": true, "started": true, "starts": true, "appeared": true, "appears": true, "seemed": true, "seems": true}
	subordinators   = map[string]bool{"after": true, "before": true, "as": true, "while": true, "when": true, "since": true, "until": true, "whereas": true, "although": true, "though": true, "because": true}
	concessive      = map[string]bool{"while": true, "although": true, "though": true, "whereas": true} // "while Trump has railed against …" holds a stance
	relatives       = map[string]bool{"which": true, "that": true, "what": true, "who": true, "whom": true, "whose": true}
	positionNouns   = map[string]bool{"position": true, "view": true, "stance": true, "line": true, "argument": true, "assessment": true, "belief": true, "message": true, "contention": true, "claim": true, "opinion": true, "conclusion": true, "bet": true, "hope": true, "fear": true, "worry": true, "concern": true, "point": true, "case": true, "theory": true, "answer": true, "response": true, "reply": true, "complaint": true, "warning": true, "explanation": true, "expectation": true, "prediction": true, "premise": true, "thesis": true, "suggestion": true, "insistence": true, "defence": true, "defense": true, "excuse": true, "calculation": true, "reasoning": true, "thinking": true, "instinct": true}
	opinionNouns    = map[string]bool{"opinion": true, "view": true, "words": true, "assessment": true, "estimation": true, "judgment": true, "judgement": true, "mind": true}
	timeNouns       = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "earlier": true, "later": true, "week": true, "month": true, "year": true, "morning": true, "evening": true, "night": true, "afternoon": true, "day": true, "weekend": true}
)

// withClitics adds the clitic verbs ("who’s called", "they've said") to a set of
// auxiliaries; not "’m": "I’m not disputing …" outside quotes is most often a reader's aside.
func withClitics(aux map[string]bool) map[string]bool {
	for c := range contractions {
		if c != "'m" && c != "’m" {
			aux[c] = true
		}
	}
	return aux
}

// quoteTest returns a test of whether ws[i] stands inside one of u's quotations.
func quoteTest(u unit, ws []word) func(int) bool {
	return func(i int) bool {
		for _, q := range u.quotes {
			if q.inner.Contains(ws[i].span) {
				return true
			}
		}
		return false
	}
}

// findCues returns the reporting cues among ws, longest first where they overlap: the
// lexicon's, then the verbs the cue model reads as cues.
func (a *analyser) findCues(ws []word, inQuote func(int) bool) []cueHit {
	var out []cueHit
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.punc {
			continue
		}
		if w.low == "according" && i+1 < len(ws) && ws[i+1].low == "to" {
			out = append(out, cueHit{start: i, end: i + 2, entry: cueEntry{lemma: "according to", class: cueSpeech}})
			i++
			continue
		}
		for _, e := range a.lx.cues[w.low] {
			n := len(e.words)
			if i+n > len(ws) || !wordsMatch(ws[i:i+n], e.words) {
				continue
			}
			if e.state {
				if !stateOfMind(ws, i, n) {
					continue
				}
			} else if !isVerb(ws, i) && !nounCue(ws, i) || i > 0 && (ws[i-1].low == "an" || ws[i-1].low == "a" || ws[i-1].low == "the") {
				break // "an estimated £1.3bn", "the alleged fraud": an adjective
			}
			out = append(out, cueHit{start: i, end: i + n, entry: e})
			i += n - 1
			break
		}
		if (len(out) == 0 || out[len(out)-1].end <= i) && a.lx.model.isCue(ws, i, inQuote) {
			h := cueHit{start: i, end: i + 1, entry: cueEntry{lemma: w.low, class: cueBroad, words: []string{w.low}}}
			if i+1 < len(ws) && ws[i+1].tag == "RP" {
				h.end++ // "threw out the bill": the particle belongs to the verb
				h.entry.words = append(h.entry.words, ws[i+1].low)
			}
			out = append(out, h)
		}
	}
	return out
}

func wordsMatch(ws []word, want []string) bool {
	for i, s := range want {
		if ws[i].low != s {
			return false
		}
	}
	return true
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

// nounCue reports whether a lexicon cue the tagger reads as a singular noun is a verb:
// "The IMF forecast that the economy would shrink", a name, the cue, then a clause with
// its own subject.
func nounCue(ws []word, i int) bool {
	if ws[i].tag != "NN" || i == 0 || i+2 >= len(ws) || ws[i+1].low != "that" || !ws[i-1].cap || ws[i-1].poss || ws[i-1].punc {
		return false
	}
	n := ws[i+2]
	return n.tag == "DT" || n.tag == "PRP" || n.tag == "EX" || n.cap && !n.punc
}

// copulas link a subject to its state of mind: "was adamant", "remains confident".
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true, "am": true, "'s": true, "’s": true, "'re": true, "’re": true, "remain": true, "remains": true, "remained": true, "seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true, "feel": true, "feels": true, "felt": true, "sounded": true, "become": true, "becomes": true, "became": true, "grown": true, "grew": true}

// stateOfMind reports whether the adjective ws[i:i+n] follows a copula, over adverbs and
// "not", and comes before a that-clause: "Klopp was adamant that", "officials are not
// convinced that". "It is clear that" has no one in that state.
func stateOfMind(ws []word, i, n int) bool {
	if i+n >= len(ws) || ws[i+n].low != "that" {
		return false
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

// isVerb trusts the tagger, except that "said" and "says" are verbs whatever it says, and
// so is a cue the tagger calls a plural noun between a subject and a that-clause or colon:
// "The New York Post reports that", "Video shows that".
func isVerb(ws []word, i int) bool {
	w := ws[i]
	if w.tag == "" || strings.HasPrefix(w.tag, "VB") {
		return true
	}
	if w.low == "said" || w.low == "says" {
		return true
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
	if w.tag == "NNS" && i > 0 && i+1 < len(ws) && (ws[i+1].low == "that" || ws[i+1].text == ":" || (ws[i+1].tag == "PRP" || ws[i+1].tag == "EX") && (ws[i-1].cap || ws[i-1].text == ",")) {
		p := ws[i-1]
		return p.cap || isPronoun(p) || strings.HasPrefix(p.tag, "NN") || isDash(p.text) && ws[i+1].low == "that"
	}
	return false
}

// npStart returns the first word of the noun phrase that ends at ws[end-1], or end when
// there is none.
func npStart(ws []word, end int) int {
	if end > 0 && ws[end-1].tag == "PRP" {
		return end - 1 // a pronoun is a phrase of its own: "On Monday she said"
	}
	i := end
	for i > 0 {
		w := ws[i-1]
		switch {
		case timeNouns[w.low] || months[w.low] && !surnameMonth(ws, i-1):
			return i // "On Monday the minister said": the date is no part of the speaker
		case w.cap && functionWords[w.low]:
			return i // "In a Bloomberg interview Trump said"
		case w.punc:
			if w.text == "-" && i-2 >= 0 && !ws[i-2].punc || w.text == "." && i-2 >= 0 && isInitial(ws[i-2]) {
				i-- // "Urban-Brookings", "Leonard E. Burman"
				continue
			}
			if w.text == "," && i-2 >= 0 && i < end && ws[i].cap && ws[i-2].cap && isNPWord(ws[i-2]) && !functionWords[ws[i-2].low] && listEnds(ws, i, end) {
				// "Tzekos, Thanou and Kenteris", but not "In London, Smith and Jones".
				if p := npStart(ws, i-1); p == 0 || ws[p-1].punc && ws[p-1].text != "," {
					i--
					continue
				}
			}
			return i
		case isNPWord(w):
			i--
		case i == end && i >= 2 && ws[i-2].low == "those" && (w.tag == "VBN" || w.tag == "VBD"):
			i-- // "those surveyed say"
		case w.tag == "VBG" && i < end && strings.HasPrefix(ws[i].tag, "NN") && i >= 2 && (ws[i-2].poss || ws[i-2].tag == "DT" || ws[i-2].tag == "PRP$"):
			i-- // "the IMF's managing director", "the ruling party"
		case (w.low == "and" || w.low == "&") && i < end && i-2 >= 0 && isNPWord(ws[i-2]) && !isPronoun(ws[i-2]) && coordinated(ws, i-2, i):
			i--
		case (w.low == "and" || w.low == "or") && i < end && i >= 2 && ws[i-2].tag == "JJ" && ws[i].tag == "JJ" && !ws[i-2].cap:
			i-- // "current and former officials"
		case connectors[w.low] && capRight(ws, i, end) && capLeft(ws, i-1):
			i--
		default:
			return i
		}
	}
	return i
}

// listEnds reports whether ws[i:end] closes a list of names: "Thanou and Kenteris".
func listEnds(ws []word, i, end int) bool {
	for k := i; k < end; k++ {
		if !ws[k].cap && ws[k].low != "and" || ws[k].punc {
			return false
		}
		if ws[k].low == "and" {
			return k > i && k+1 < end
		}
	}
	return false
}

// surnameMonth reports whether the month name ws[i] is a surname after a first name:
// "Theresa May", "Brian May", not "In May" or "Last May".
func surnameMonth(ws []word, i int) bool {
	if i < 1 || !ws[i].cap {
		return false
	}
	p := ws[i-1]
	return p.cap && !p.punc && !functionWords[p.low] && !timeNouns[p.low] && !months[p.low] && !dateWords[p.low] && p.tag != "CD"
}

// capRight reports whether the next word after a run of connectors, from ws[i], is capitalised.
func capRight(ws []word, i, end int) bool {
	for ; i < end; i++ {
		if !connectors[ws[i].low] {
			return ws[i].cap
		}
	}
	return false
}

// capLeft reports whether the nearest word before a run of connectors, ending at ws[i], is capitalised.
func capLeft(ws []word, i int) bool {
	for ; i >= 0; i-- {
		if !connectors[ws[i].low] {
			return ws[i].cap && !ws[i].punc
		}
	}
	return false
}

var clauseWords = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "or": true, "however": true, "meanwhile": true, "still": true, "also": true, "then": true, "while": true, "instead": true, "nor": true}

func isNPWord(w word) bool {
	if w.punc || auxWords[w.low] && !w.cap || clauseWords[w.low] {
		return false
	}
	if relatives[w.low] || subordinators[w.low] && !w.cap {
		return false
	}
	switch {
	case strings.HasPrefix(w.tag, "NN"), w.tag == "JJ", w.tag == "JJR", w.tag == "JJS", w.tag == "DT", w.tag == "PRP", w.tag == "PRP$", w.tag == "CD", w.tag == "POS", w.tag == "PDT":
		return w.low != "that"
	}
	return w.cap
}

func isPronoun(w word) bool { _, ok := pronouns[w.low]; return ok }

// npEnd returns the end of the noun phrase that starts at ws[start].
func npEnd(ws []word, start int) int {
	i := start
	for i < len(ws) {
		w := ws[i]
		switch {
		case i > start && w.tag == "DT" && !ws[i-1].poss:
			return i // a determiner opens the next phrase: "the minister the day before"
		case i > start && w.tag == "PRP" && subjectPronouns[w.low]:
			return i // "told Mr Jones he would resign": the pronoun opens a clause
		case i > start && w.tag == "PRP$" && ws[i-1].cap && !ws[i-1].poss && !functionWords[ws[i-1].low]:
			return i // "told Sky Sports his client wanted to stay"
		case isNPWord(w) && !(i > start && timeNouns[w.low]):
			i++
			if w.poss {
				continue
			}
		case connectors[w.low] && i > start && i+1 < len(ws) && ws[i+1].cap && ws[i-1].cap && !timeNouns[ws[i+1].low]:
			i++
		default:
			return i
		}
		if i > start && isPronoun(ws[i-1]) && ws[i-1].tag == "PRP" {
			return i
		}
	}
	return i
}

// skipBack returns the index just after the subject: it steps left over auxiliaries and
// adverbs between a subject and its verb ("has also warned").
func skipBack(ws []word, i int) int {
	for i > 0 && !ws[i-1].punc {
		w := ws[i-1]
		switch {
		case auxWords[w.low] && !w.cap, w.tag == "RB" && !w.cap:
			i--
		case (w.low == "there" || w.low == "here") && i >= 2 && strings.HasPrefix(ws[i-2].tag, "NN"):
			i-- // "Polls there show"

		case (w.low == "all" || w.low == "both" || w.low == "each") && i >= 2 && (auxWords[ws[i-2].low] || relatives[ws[i-2].low] || ws[i-2].tag == "PRP" || ws[i-2].tag == "NNS" || ws[i-2].tag == "NNP" || ws[i-2].tag == "NNPS" || ws[i-2].text == ")"):
			i-- // "who have all denied", "they both said": the quantifier floats off its subject
		case i >= 2 && timeNouns[w.low] && !w.cap && (ws[i-2].low == "this" || ws[i-2].low == "last" || ws[i-2].low == "next"):
			i -= 2 // "Wells Fargo just this month announced"
		case i >= 2 && w.low == "to" && raisingVerbs[ws[i-2].low]:
			i -= 2 // "continues to insist", "appeared to blame"
		case i >= 3 && w.low == "to" && readyAdjectives[ws[i-2].low] && beForms[ws[i-3].low]:
			i -= 2 // "was quick to dismiss", "is keen to stress"
		case i >= 3 && w.low == "to" && ws[i-2].low == "on" && (ws[i-3].low == "went" || ws[i-3].low == "goes" || ws[i-3].low == "go" || ws[i-3].low == "going"):
			i -= 3 // "went on to say"
		default:
			// "An ad in 2008 questioned", "The court on Monday ruled"
			if j := timePP(ws, i); j > 0 {
				i = j
				continue
			}
			return i
		}
	}
	return i
}

// timePP returns the start of a dated phrase ending at ws[i-1] ("in 2008", "on Monday",
// "in March 2015") or of the occasion of a statement ("in a statement") after a noun, or 0
// when there is none.
func timePP(ws []word, i int) int {
	j := i
	for j > 0 && (ws[j-1].tag == "CD" || months[ws[j-1].low] || timeNouns[ws[j-1].low] && ws[j-1].cap) {
		j--
	}
	if j == i {
		// "The bank in a statement said", "Stumpf in a televised interview appeared to":
		// a lower-case phrase with its determiner.
		for j > 0 && !ws[j-1].cap && !ws[j-1].punc && (strings.HasPrefix(ws[j-1].tag, "NN") || ws[j-1].tag == "JJ" || ws[j-1].tag == "VBN") {
			j--
		}
		if j == i || j < 1 || !(ws[j-1].low == "a" || ws[j-1].low == "an" || ws[j-1].low == "his" || ws[j-1].low == "her" || ws[j-1].low == "its" || ws[j-1].low == "their") {
			return 0
		}
		j--
	}
	if j < 2 || !(ws[j-1].low == "in" || ws[j-1].low == "on" || ws[j-1].low == "during") {
		return 0
	}
	if ws[j-2].low == "who" || ws[j-2].low == "which" {
		return j - 1 // "McConnell, who in 2010 said"
	}
	if !strings.HasPrefix(ws[j-2].tag, "NN") {
		return 0
	}
	// The noun phrase before it must open the clause: not "Data coming out of Germany on
	// Thursday", whose subject is the data.
	if s := extendPP(ws, npStart(ws, j-1)); s > 0 && !ws[s-1].punc && !clauseWords[ws[s-1].low] {
		return 0
	}
	return j - 1
}

// skipRelative steps left over a parenthetical relative clause ", which ... ," that
// separates a subject from its verb.
func skipRelative(ws []word, i int) int {
	if i == 0 || ws[i-1].text != "," && ws[i-1].text != "-" && !isDash(ws[i-1].text) {
		return i
	}
	for j := i - 2; j > 0; j-- {
		if ws[j].text == ws[i-1].text { // "Smith, who …, said", "Smith - who … - said"
			if j+1 < len(ws) && (ws[j+1].low == "which" || ws[j+1].low == "who") {
				if j >= 3 && ws[j-1].tag == "CD" && ws[j-2].text == "," {
					return j - 2 // "Mr Bailey, 64, who took office in 2020, said"
				}
				return j
			}
			return i
		}
	}
	return i
}

// skipReduced steps left over a participle phrase that ends a subject: "A poll released
// Friday shows", "A report published by the committee last year found", "Protesters
// marching through the streets chanted". The participle must follow a noun and open a
// dated phrase or a phrase with a preposition.
func skipReduced(ws []word, i int) int {
	for p := i - 1; p > 0 && p >= i-8; p-- {
		w := ws[p]
		if w.punc || auxWords[w.low] || strings.HasPrefix(w.tag, "VB") && w.tag != "VBN" && w.tag != "VBD" && w.tag != "VBG" || w.tag == "MD" || relatives[w.low] || clauseWords[w.low] || subordinators[w.low] || w.low == "whether" || w.low == "if" || strings.HasPrefix(w.tag, "W") {
			return i // "Beck said if Trump wins, …": a clause, not a participle's adjunct
		}
		if w.tag != "VBN" && w.tag != "VBD" && w.tag != "VBG" {
			if w.tag == "PRP" && (subjectPronouns[w.low] || w.low == "it") {
				return i // "Acme said on Monday it would close …": a subject of its own follows
			}
			continue // the tagger reads many such participles as past tenses
		}
		if h := ws[p-1]; !strings.HasPrefix(h.tag, "NN") || h.punc || timeNouns[h.low] {
			return i
		}
		if p+1 == i && !(i+1 < len(ws) && (ws[i].low == "last" || ws[i].low == "this") && timeNouns[ws[i+1].low]) {
			return i // "the poll released": no adjunct, the participle may be the verb
		}
		n := ws[p+1]
		// "Investors buying the shares said": a present participle may take an object
		// after a common noun; "Acme managing director Jane Doe" and "the ruling body"
		// are one phrase.
		h := ws[p-1]
		object := w.tag == "VBG" && !h.poss && (h.tag == "NN" || h.tag == "NNS" || h.tag == "NNPS") && (n.tag == "DT" || n.tag == "PRP$" || n.tag == "CD" || n.tag == "NNS")
		if !(prepositions[n.low] || n.tag == "IN" || timeNouns[n.low] || months[n.low] || n.low == "last" || n.low == "this" || n.low == "earlier" || object) {
			return i
		}
		return p
	}
	return i
}

// inSubject reports whether ws[i] is a participle inside the subject of a later verb:
// "called" in "Police called to the scene on Friday said".
func inSubject(ws []word, i int) bool {
	if ws[i].tag != "VBN" && ws[i].tag != "VBD" {
		return false
	}
	for k := i + 2; k < len(ws) && k <= i+9; k++ {
		if ws[k].punc {
			return false
		}
		if ws[k].tag == "VBD" || ws[k].tag == "VBZ" || ws[k].tag == "VBP" || ws[k].tag == "MD" {
			v := skipBack(ws, k)
			for j := i + 2; j < v; j++ {
				if ws[j].tag == "DT" && (strings.HasPrefix(ws[j-1].tag, "NN") || timeNouns[ws[j-1].low]) && npEnd(ws, j) == v {
					return false // "said on Monday the deal was off": the verb has a subject of its own
				}
			}
			return skipReduced(ws, v) == i
		}
	}
	return false
}

// resolve turns a mention into a speaker, reading pronouns against the speakers met.
func (a *analyser) resolve(m mention, ws []word, at int) (claims.Speaker, bool) {
	if m.pronoun != "" {
		var sp *claims.Speaker
		switch m.pronoun {
		case "i", "we":
			// Outside a quotation the first person is whoever wrote the document.
			return claims.Speaker{Name: "the author", Kind: claims.Author}, true
		case "he", "she", "his", "her":
			want := byte('m')
			if m.pronoun == "she" || m.pronoun == "her" {
				want = 'f'
			}
			// A person named earlier in the same sentence, as its subject: "James Ford
			// pleaded guilty … had he denied the charge".
			if n, pos, ok := a.people.before(ws[at].span.Start); ok && pos >= ws[0].span.Start && subjectAt(ws, wordAt(ws, pos)) {
				if g := a.sex[n.name]; g == 0 || g == want {
					s := claims.Speaker{Name: n.name, Kind: claims.Person, Role: n.role, Affiliation: n.country}
					sp = &s
				}
			}
			// An unnamed speaker of this sentence's last claim: "The health minister said …,
			// though she admitted …".
			if n := len(a.out); sp == nil && n > 0 {
				if last := a.out[n-1]; last.speaker.Kind == claims.Anonymous && last.speaker.Role != "" && last.source.Start >= ws[0].span.Start && last.source.End <= ws[at].span.Start {
					if g := sexOf(last.source.In(a.text), last.speaker.Role); g == 0 || g == want {
						s := last.speaker
						sp = &s
					}
				}
			}
			// The last person met whom the text does not give the other sex: "Ms Smith
			// said …. Mr Brown said …. She said …" is Ms Smith.
			for k := len(a.persons) - 1; k >= 0 && sp == nil; k-- {
				if g := a.sex[a.persons[k].Name]; g == 0 || g == want {
					sp = &a.persons[k]
					if k < len(a.persons)-1 && g == 0 {
						a.learnSex(sp.Name, want) // chosen over someone of the other sex
					}
				}
			}
			if sp == nil && len(a.persons) == 0 {
				// No speaker yet: the person last named before the pronoun.
				if n, _, ok := a.people.before(ws[at].span.Start); ok {
					s := claims.Speaker{Name: n.name, Kind: claims.Person, Role: n.role, Affiliation: n.country}
					sp = &s
				}
			}
		case "described":
			// "said the 46-year-old", "the Spaniard told": the last person met, of either sex.
			if len(a.persons) > 0 {
				sp = &a.persons[len(a.persons)-1]
			} else if w := m.text[strings.IndexByte(m.text, ' ')+1:]; unicode.IsUpper(rune(w[0])) {
				return claims.Speaker{Name: w, Kind: claims.Person}, true // "The Scot said", naming no one before
			}
		case "they", "their":
			sp = a.lastGroup
			if sp == nil {
				sp = a.lastOrg
			}
		case "it":
			if org, ok := a.orgBefore(ws, at); ok {
				return org, true
			}
			sp = a.lastOrg
		}
		if sp == nil {
			return claims.Speaker{}, false
		}
		return *sp, true
	}
	sp := a.people.speaker(m)
	return sp, sp.Name != ""
}

// subjectAt reports whether the name ending at ws[k] is followed by its verb or by the
// comma of an apposition: a subject, not an object ("told Jones he would").
func subjectAt(ws []word, k int) bool {
	for k+1 < len(ws) && ws[k+1].cap && !ws[k+1].punc {
		k++ // to the name's last word
	}
	k = skipParenAfter(ws, k+1) - 1 // "Sen. Claire McCaskill (D-Mo.) scolded"
	if k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	return n.text == "," || strings.HasPrefix(n.tag, "VB") || n.tag == "MD" || auxWords[n.low]
}

// orgBefore finds the first organisation or place of the sentence before at, for "it":
// the subject, more often than the nearest place.
func (a *analyser) orgBefore(ws []word, at int) (claims.Speaker, bool) {
	for i := 0; i < at; i++ {
		if n, country, ok := a.lx.matchPlace(ws[i:]); ok && i+n <= at {
			name := joinText(ws[i : i+n])
			return claims.Speaker{Name: name, Kind: claims.Organisation, Affiliation: country}, true
		}
	}
	return claims.Speaker{}, false
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// learnSex records that the person called name is a man ('m') or a woman ('f').
func (a *analyser) learnSex(name string, g byte) {
	if a.sex == nil {
		a.sex = map[string]byte{}
	}
	if _, ok := a.sex[name]; !ok {
		a.sex[name] = g
	}
}

// sexOf reads a person's sex from the words that name them: a title ("Mrs", "Sir") or
// a role ("spokeswoman", "chairman"). It returns 0 when they do not tell.
func sexOf(mention, role string) byte {
	first, _, _ := strings.Cut(strings.TrimSpace(mention), " ")
	switch strings.TrimSuffix(strings.ToLower(first), ".") {
	case "mr", "sir", "lord", "king", "prince", "duke", "baron", "earl":
		return 'm'
	case "mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "duchess", "countess":
		return 'f'
	}
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch {
		case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
			return 'f'
		case w == "spokesman" || w == "chairman" || w == "congressman" || w == "businessman":
			return 'm'
		}
	}
	return 0
}

func (a *analyser) remember(sp claims.Speaker) {
	s := sp
	switch sp.Kind {
	case claims.Person:
		a.persons = append(a.persons, s)
	case claims.Group:
		a.lastGroup = &s
	case claims.Organisation:
		a.lastOrg = &s
	}
}

// speakerAt reads the noun phrase ws[i:j] as a speaker.
func (a *analyser) speakerAt(ws []word, i, j int) (claims.Speaker, claims.Span, bool) {
	return a.speakerOf(ws, i, j, false)
}

// cueSpeakerAt reads ws[i:j] as the speaker of cue c. After a plain verb of saying or a
// cue of evidence any noun can be the source ("…, one slide says", "video of the incident
// shows"); after any other cue, only a speaker the lexicon can read: a name, a role, a
// speaker noun or a pronoun.
func (a *analyser) cueSpeakerAt(c cueHit, ws []word, i, j int) (claims.Speaker, claims.Span, bool) {
	that := c.end < len(ws) && ws[c.end].low == "that" && (c.entry.class == cueSpeech || c.entry.class == cueWeak)
	return a.speakerOf(ws, i, j, that || c.entry.lemma == "say" || c.entry.lemma == "tell" || c.entry.class == cueEvidence || c.lexClass == cueEvidence)
}

// objectOpeners open a noun phrase that, straight after a sentence's first word, is its
// object: "Get those jokes off". Not "this" or "that": "Airbus this week announced".
var objectOpeners = map[string]bool{"the": true, "a": true, "an": true, "those": true, "these": true, "his": true, "her": true, "their": true, "our": true, "your": true, "my": true, "its": true}

// commonInText reports whether the text writes w in lower case and never capitalises it
// inside a sentence: "get", but not "Orange", which is also a colour.
func (a *analyser) commonInText(w word) bool {
	if a.lowered == nil {
		a.lowered, a.namedMid = map[string]bool{}, map[string]bool{}
		isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '-' }
		lowerEnd := -1 // where the last word in lower case ended
		for i := 0; i < len(a.text); {
			r, n := utf8.DecodeRuneInString(a.text[i:])
			if !isWord(r) {
				i += n
				continue
			}
			e := i + n
			for e < len(a.text) {
				r2, n2 := utf8.DecodeRuneInString(a.text[e:])
				if !isWord(r2) {
					break
				}
				e += n2
			}
			f := a.text[i:e]
			if unicode.IsLower(r) {
				a.lowered[f] = true
				lowerEnd = e
			} else if lowerEnd >= 0 && strings.Trim(a.text[lowerEnd:i], " ,") == "" {
				a.namedMid[strings.ToLower(f)] = true // "sue Orange", "against Orange,"
			}
			i = e
		}
	}
	return a.lowered[w.low] && !a.namedMid[w.low]
}

// noName reports whether ws[:j], opening a sentence and read as the person sp, is one
// word that names no one: a word the article writes in lower case and capitalises only to
// open a sentence ("Preys on our fears, and calls …", "The Latest: …"), or a verb before
// its object ("Get those jokes off, adding …").
func (a *analyser) noName(ws []word, j int, sp claims.Speaker) bool {
	k := j - 1
	if k != 0 && (k != 1 || ws[0].low != "the") || !ws[k].cap || sp.Kind != claims.Person || sp.Name != ws[k].text {
		return false
	}
	return a.commonInText(ws[k]) || k == 0 && j < len(ws) && objectOpeners[ws[j].low]
}

func (a *analyser) speakerOf(ws []word, i, j int, anyNoun bool) (claims.Speaker, claims.Span, bool) {
	if i >= j {
		return claims.Speaker{}, claims.Span{}, false
	}
	m, ok := a.lx.readMention(ws[i:j])
	if h := ws[j-1]; !ok && anyNoun && strings.HasPrefix(h.tag, "NN") && !timeNouns[h.low] {
		k := i
		for k < j-1 && determiners[ws[k].low] {
			k++
		}
		m = mention{span: claims.Span{Start: ws[i].span.Start, End: h.span.End}, text: joinText(ws[i:j]), name: joinText(ws[k:j]), kind: claims.Organisation}
		if h.tag == "NNS" {
			m.kind = claims.Group // "fewer publications" are a "they", not an "it"
		}
		ok = true
	}
	if !ok {
		return claims.Speaker{}, claims.Span{}, false
	}
	sp, ok := a.resolve(m, ws, i)
	if ok && i == 0 && a.noName(ws, j, sp) {
		return claims.Speaker{}, claims.Span{}, false
	}
	if ok && (ws[i].low == "its" || ws[i].low == "their") && sp.Kind == claims.Anonymous && sp.Affiliation == "" && m.roleKey != "" {
		// "The Federal Reserve held rates. Its chairman said …": the body met before.
		if org := a.lastOrg; org != nil && org.Kind == claims.Organisation {
			sp.Affiliation = org.Name
			sp.Name = sp.Name + " of " + org.Name
		}
	}
	if m.kind == claims.Person && m.role == "" && m.pronoun == "" {
		// "a Bloomberg interview Trump": a common noun before a name with no title is no
		// part of the mention.
		for k := j - 1; k > i && ws[k].cap; k-- {
			if p := ws[k-1]; !p.cap && !p.poss && (p.tag == "NN" || p.tag == "NNS") {
				i = k
				break
			}
		}
	}
	return sp, claims.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, ok
}

// analyse reads the attributions of one unit and returns its tagged words. Its stages, in
// order: the unit's words; the claims around its reporting cues; what no cue reads; the
// reporting nouns; the words of each claim's content; the hosts of nested statements.
func (a *analyser) analyse(ui int, u unit) []word {
	ws := a.unitWords(u)
	if len(ws) == 0 {
		return ws
	}
	first := len(a.out)
	inQuote := quoteTest(u, ws)
	a.cueClaims(ui, u, ws, first, inQuote)
	a.uncued(ui, u, ws, first)
	a.nominalClaims(ui, u, ws, first, inQuote)
	a.contentWords(u, ws, first)
	a.nestedHosts(first)
	return ws
}

// unitWords tags the words of u, without a dateline or a run-in heading that opens its
// paragraph, and tags a title's verb.
func (a *analyser) unitWords(u unit) []word {
	ws := taggedWords(a.text, u.span)
	if m := datelineRE.FindStringIndex(u.span.In(a.text)); m != nil && opensParagraph(a.text, u.span) {
		// "BRUSSELS — …": a dateline is no part of any construction.
		for len(ws) > 0 && ws[0].span.Start < u.span.Start+m[1] {
			ws = ws[1:]
		}
	}
	if opensParagraph(a.text, u.span) {
		ws = ws[runInHeading(ws):] // "THE BORROWING Back when he wrote …"
	}
	if len(ws) == 0 {
		return ws
	}
	if u.kind == headline || u.span.Start == 0 {
		a.titleVerb(ws)
	}
	return ws
}

// cueClaims reads the construction around each reporting cue of the unit, the lexicon's
// cues before the model's. first is the index of the unit's first claim in a.out.
func (a *analyser) cueClaims(ui int, u unit, ws []word, first int, inQuote func(int) bool) {
	cues := a.findCues(ws, inQuote)
	// The lexicon's cues first, then the model's, which must not cut into their claims.
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].entry.class != cueBroad && cues[j].entry.class == cueBroad })
	skip := make([]bool, len(cues))
	for ci, c := range cues {
		if skip[ci] || inQuote(c.start) {
			continue
		}
		if c.entry.class == cueBroad && a.covered(first, ws[c.start].span) {
			continue
		}
		at, ok := a.attribute(ui, u, ws, c)
		if !ok && c.entry.class != cueBroad && c.end-c.start == 1 && !noCue(ws, c) && a.lx.model.isCue(ws, c.start, inQuote) {
			// The lexicon's construction failed, but the model reads the verb as a cue
			// here: "Polling averages show Clinton with a lead".
			c.lexClass, c.entry.class = c.entry.class, cueBroad
			c.tookOver = true
			cues[ci] = c
			at, ok = a.attribute(ui, u, ws, c)
		}
		if ok && at.speaker.Kind == claims.Author && u.marked {
			ok = false // "I" near a quote mark is likelier a speaker whose quotation is unclosed
		}
		if !ok {
			continue
		}
		for _, w := range ws[skipBack(ws, c.start):c.start] {
			if w.low == "not" || w.low == "n't" || w.low == "never" {
				at.negated = true
			}
		}
		a.laterCues(&at, ws, cues, ci, skip, inQuote)
		if at.class == cueBroad {
			a.cutBefore(first, &at) // "attacked Clinton for her record, saying, “…”": the participle's own
		}
		if a.mannerOnly(ws, at) {
			// "“… How are you today?” Miller, a retired worker, said pleasantly into the
			// phone": the quotation before the subject is what was said, if there is one.
			q, ok := a.quoteEnding(u, at.source.Start)
			if !ok {
				continue
			}
			at.content, at.quoted = contentSpan(a.text, q.inner.Start, q.inner.End), true
		}
		if a.repeats(first, at) || at.class == cueBroad && a.overlapsClaims(first, at) || vacuous[strings.ToLower(at.content.In(a.text))] || joinsVerbs(a.text, at) || agentFirst(ws, at) {
			continue
		}
		a.out = append(a.out, at)
		a.noteSex(at.speaker, at.source)
		a.remember(at.speaker)
	}
}

// laterCues reads the later cues inside the content of at, read from cues[ci]. One that
// opens a statement of its own (a temporal clause, a closing speaker, a relative aside)
// ends this content; one that is part of what was said is marked in skip.
func (a *analyser) laterCues(at *attribution, ws []word, cues []cueHit, ci int, skip []bool, inQuote func(int) bool) {
	for cj := ci + 1; cj < len(cues); cj++ {
		d := cues[cj]
		if !at.content.Contains(ws[d.start].span) || inQuote(d.start) {
			continue // a quotation is what was said, whatever verbs it holds
		}
		if d.entry.class == cueBroad {
			skip[cj] = true // what a statement reports someone did is part of it
			continue
		}
		if _, ok := depiction(ws, d); ok {
			continue // "The ad shows Trump saying …": the ad's, and Trump's
		}
		if invertedTail(ws, d) && ws[d.start-1].span.Start > at.content.Start {
			// "Officials felt comfortable with this because …, said Mr. Barrett, the
			// state's lawyer.": the speaker after the cue reports all before it.
			at.content.End = trimEnd(a.text, at.content.Start, ws[d.start-1].span.Start)
			continue
		}
		if p := skipBack(ws, d.start); (ws[d.start].tag == "VBG" || ws[p].tag == "VBG") && p > 0 && ws[p-1].text == "," && ws[p-1].span.Start > at.content.Start {
			// "…, saying …", "…, continuing to insist …": the participle's own statement
			at.content.End = trimEnd(a.text, at.content.Start, ws[p-1].span.Start)
			continue
		}
		if p := skipBack(ws, d.start); p >= 2 && (ws[p-1].low == "who" || ws[p-1].low == "which") && ws[p-2].text == "," && ws[p-2].span.Start > at.content.Start && !slices.ContainsFunc(ws[d.end:], func(w word) bool { return w.text == "," && w.span.End <= at.content.End }) {
			// "Cruz endorses Trump, who says he is honored": a relative clause closing the
			// content is the writer's aside, with a statement of its own. Not "the
			// pipeline, which is widely supported, would …", which the content goes on past.
			at.content.End = trimEnd(a.text, at.content.Start, ws[p-2].span.Start)
			continue
		}
		subj := npStart(ws, skipBack(ws, d.start))
		if q, ok := quantitySubject(ws, skipBack(ws, d.start)); ok && q < subj {
			subj = q // "…, and more than 4 in 10 said …"
		}
		if p := skipBack(ws, d.start); subj == d.start && p > 0 && ws[p-1].low == "as" && (ws[d.start].tag == "VBN" || ws[d.start].tag == "VBD") {
			skip[cj] = true // "cost twice as much as planned": a comparison, no statement
			continue
		}
		if subj == d.start {
			if b := boundaryBefore(ws, skipBack(ws, d.start)); b >= 0 && ws[b].span.Start > at.content.Start {
				at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
				continue
			}
			skip[cj] = true
			continue
		}
		if b := boundaryBefore(ws, subj); b >= 0 && ws[b].span.Start > at.content.Start {
			at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
			continue
		}
		if b := adverbialOpening(ws, subj); b >= 0 && ws[b].span.Start > at.content.Start {
			// "She said fathers would not be eligible, and when pressed, the mother of
			// three replied, …": a new clause after its adverbial.
			at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
			continue
		}
		if trailing(ws, subj, d) && ws[subj-1].span.Start > at.content.Start {
			// "Clinton told police that she did not want the escort, the source
			// added": the last speaker reports the whole of what came before.
			at.content.End = trimEnd(a.text, at.content.Start, ws[subj-1].span.Start)
			continue
		}
		skip[cj] = true
	}
}

// uncued reads what no cue of the unit read: a unit with no claim goes to the
// constructions without a reporting verb; a transcript line's speaker takes its "I"; a
// title's speaker before its colon outranks the cue model.
func (a *analyser) uncued(ui int, u unit, ws []word, first int) {
	if len(a.out) == first {
		a.special(ui, u, ws)
	} else if transcriptLine(ws) && a.speakerLine(ui, u, ws) {
		// "TAPPER: And obviously, … I think there are …": the line is the speaker's, and so
		// is its "I", not the author's.
		sp := a.out[len(a.out)-1].speaker
		for i := first; i < len(a.out)-1; i++ {
			if a.out[i].speaker.Kind == claims.Author {
				a.out[i].speaker = sp
			}
		}
	} else if ui == 0 && u.span.Start == 0 && !a.lexiconClaims(first) {
		// "Pat Caddell: Democrat Voters Worried About …": a title's speaker before its
		// colon outranks what the cue model reads after it.
		model := slices.Clone(a.out[first:])
		a.out = a.out[:first]
		if a.special(ui, u, ws); len(a.out) == first {
			a.out = append(a.out, model...)
		}
	}
}

// contentWords gives each claim of the unit the words of its content, and says whether it
// was read from a headline.
func (a *analyser) contentWords(u unit, ws []word, first int) {
	for i := first; i < len(a.out); i++ {
		for _, w := range ws {
			// "Acts of protest, Mr. Obama said, are …": the attribution inside the
			// content is no part of what was said.
			if at := a.out[i]; at.content.Contains(w.span) && !at.source.Contains(w.span) && !at.cue.Contains(w.span) {
				a.out[i].words = append(a.out[i].words, w)
			}
		}
		a.out[i].headline = u.kind == headline
	}
}

// nestedHosts gives each nested statement of the unit its host.
func (a *analyser) nestedHosts(first int) {
	// Nested statements take their host: the first statement of the unit that is not nested.
	for i := first; i < len(a.out); i++ {
		if a.out[i].nested {
			for j := first; j < len(a.out); j++ {
				if !a.out[j].nested {
					a.out[i].host = j
					break
				}
			}
		}
	}
}

// bareWord reports whether the content s is one word tagged with one of tags: "According
// to MSNBC, basically." (an adverb), "It was first declared by Nixon" (a pronoun).
func bareWord(ws []word, s claims.Span, tags ...string) bool {
	k := wordAt(ws, s.Start)
	return k < len(ws) && ws[k].span == s && slices.Contains(tags, ws[k].tag)
}

// mannerOnly reports whether the content of a verb of saying is only a phrase of place,
// time or manner, with no clause in it: "said in Tel Aviv", "said pleasantly into the
// phone" (where a quotation before the cue was not found).
func (a *analyser) mannerOnly(ws []word, at attribution) bool {
	if c := wordAt(ws, at.cue.Start); at.quoted || c >= len(ws) || at.class != cueSpeech && at.class != cueWeak && !(at.class == cueBroad && a.speechWord(ws[c])) {
		return false
	}
	k := wordAt(ws, at.content.Start)
	if k >= len(ws) || !occasionPreps[ws[k].low] && (ws[k].tag != "RB" || answers[ws[k].low]) {
		return false // "warned of lower margins", "pointed to the polls": what was said is about that
	}
	e := k
	for e < len(ws) && ws[e].span.End <= at.content.End {
		e++
	}
	return e-k <= 8 && !slices.ContainsFunc(ws[k:e], func(w word) bool {
		return strings.HasPrefix(w.tag, "VB") || w.tag == "MD" || w.low == "against" || w.low == "that"
	})
}

// answers open a content that says something however short: "said so", "said not to".
var answers = map[string]bool{"so": true, "not": true, "yes": true, "no": true, "otherwise": true}

// occasionPreps open a phrase of where, when or how something was said: "said in a
// statement", "said at a press conference".
var occasionPreps = map[string]bool{"in": true, "at": true, "during": true, "into": true, "after": true, "before": true, "as": true, "via": true, "onstage": true}

// agentFirst reports whether at, read by the cue model, is a passive participle whose
// content opens with its agent: "super PACs supported by the billionaire brothers …" is
// no stance of the PACs.
func agentFirst(ws []word, at attribution) bool {
	c, k := wordAt(ws, at.cue.Start), wordAt(ws, at.content.Start)
	if at.class != cueBroad || c >= len(ws) || ws[c].tag != "VBN" || k >= len(ws) || ws[k].low != "by" {
		return false
	}
	for k++; k < len(ws) && (ws[k].tag == "RB" || ws[k].low == "first"); k++ {
	}
	return k >= len(ws) || ws[k].tag != "VBG" // not "responded by blocking …": a means
}

// transcriptLine reports whether ws opens with a transcript's speaker in capitals and a
// colon: "TAPPER:", "JAKE TAPPER:".
func transcriptLine(ws []word) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		if ws[i].text == ":" {
			return i > 0
		}
		if ws[i].punc || len(ws[i].text) < 2 || strings.ToUpper(ws[i].text) != ws[i].text || headings[ws[i].low] {
			return false
		}
	}
	return false
}

// joinsVerbs reports whether at's content opens with a conjunction right after its cue:
// "who said and did the same things" joins two verbs and reports nothing.
func joinsVerbs(text string, at attribution) bool {
	if at.content.Start < at.cue.End || strings.TrimSpace(text[at.cue.End:at.content.Start]) != "" {
		return false
	}
	c := at.content.In(text)
	return strings.HasPrefix(c, "and ") || strings.HasPrefix(c, "or ")
}

// lexiconClaims reports whether a claim from out[first:] was read from a lexicon cue.
func (a *analyser) lexiconClaims(first int) bool {
	for _, o := range a.out[first:] {
		if o.class != cueBroad {
			return true
		}
	}
	return false
}

// covered reports whether s lies in the source, cue or content of a claim read from the
// unit whose first claim is out[first].
func (a *analyser) covered(first int, s claims.Span) bool {
	for _, o := range a.out[first:] {
		if o.content.Contains(s) || o.source.Contains(s) || o.cue.Contains(s) {
			return true
		}
	}
	return false
}

// overlapsClaims reports whether at's content or source runs into a claim read before it
// from the same unit.
func (a *analyser) overlapsClaims(first int, at attribution) bool {
	for _, o := range a.out[first:] {
		if at.content.Contains(o.cue) && at.content.Contains(o.source) && at.content.Contains(o.content) && o.source.Len() > 0 && !o.source.Overlaps(at.source) {
			continue // "encourage Americans to check out what he called …": a statement at reports
		}
		for _, s := range []claims.Span{o.cue, o.source, o.content} {
			if s.Overlaps(at.content) || s.Overlaps(at.source) && (s != o.source || at.cue.Start < o.source.End) {
				// A subject may share two verbs after it: "Trump doubled down on … and
				// said …". Not a participle before it: "Echoing Lavrov, Putin accused …".
				return true
			}
		}
	}
	return false
}

// cutBefore ends at's content before a claim of the unit whose cue stands inside it after
// a comma or a conjunction: "doubled down on his comments and said …", "blocked the bill
// because they said …". The lexicon read that cue as a statement of its own.
func (a *analyser) cutBefore(first int, at *attribution) {
	for _, o := range a.out[first:] {
		if o.cue.Len() == 0 || o.cue.Start <= at.content.Start || o.cue.Start >= at.content.End {
			continue
		}
		stop := o.cue.Start
		if o.source.Start > at.content.Start && o.source.Start < stop {
			stop = o.source.Start // "…, because they said": before the other claim's subject
		}
		between := a.text[at.content.Start:stop]
		cut := -1
		for _, b := range []string{",", " and ", " but ", " because ", " after ", " while "} {
			if k := strings.LastIndex(between, b); k > cut {
				cut = k
			}
		}
		if cut <= 0 {
			continue
		}
		if end := trimEnd(a.text, at.content.Start, at.content.Start+cut); end > at.content.Start {
			at.content.End = end
		}
	}
}

// trailing reports whether the cue d and its subject, starting at ws[subj] after a comma,
// close the sentence: "…, the source added.", "…, his spokesman told reporters."
func trailing(ws []word, subj int, d cueHit) bool {
	if subj < 1 || ws[subj-1].text != "," || !(invertible[d.entry.class] || d.entry.class == cueTell) {
		return false
	}
	if len(ws)-d.end > 8 || finiteVerb(ws[d.end:]) {
		return false
	}
	for _, w := range ws[d.end:] {
		if w.low == "that" || w.text == ":" || w.text == "," {
			return false
		}
	}
	return true
}

// adverbialOpening returns the comma before ", and when …," or ", but asked …," that
// opens the clause whose subject starts at ws[subj], or -1.
func adverbialOpening(ws []word, subj int) int {
	if subj < 1 || ws[subj-1].text != "," {
		return -1
	}
	for k := subj - 2; k > 0; k-- {
		if ws[k].text == "," || ws[k].text == ";" {
			if k+2 < subj-1 && (ws[k+1].low == "and" || ws[k+1].low == "but") && (subordinators[ws[k+2].low] || ws[k+2].tag == "VBN") {
				return k
			}
			return -1
		}
	}
	return -1
}

// invertedTail reports whether cue d, after a comma, and the speaker after it close the
// sentence: "…, said Mr. Barrett, the lawyer for the agency."
func invertedTail(ws []word, d cueHit) bool {
	if d.start < 1 || ws[d.start-1].text != "," || !invertible[d.entry.class] || d.end >= len(ws) || len(ws)-d.end > 20 || !ws[d.end].cap && !determiners[ws[d.end].low] {
		return false
	}
	return !finiteVerb(ws[d.end:]) && !slices.ContainsFunc(ws[d.end:], func(w word) bool { return w.low == "that" || w.text == ":" || w.text == "“" || w.text == "\"" })
}

// boundaryBefore returns the index of the word that opens the clause starting at ws[i]: a
// subordinator ("one day after"), a conjunction after a comma, or a semicolon; -1 if the
// clause is a complement of what came before.
func boundaryBefore(ws []word, i int) int {
	j := i - 1
	if j < 0 {
		return -1
	}
	switch {
	case subordinators[ws[j].low]:
		k := j
		// "one day after", "two weeks before", "days after"
		for k > 0 && (timeNouns[strings.TrimSuffix(ws[k-1].low, "s")] || ws[k-1].tag == "CD" || ws[k-1].low == "a" || ws[k-1].low == "an" || ws[k-1].low == "one" || ws[k-1].low == "just" || ws[k-1].low == "only" || ws[k-1].low == "shortly" || ws[k-1].low == "hours" || ws[k-1].low == "days") {
			k--
		}
		return k
	case ws[j].low == "and" || ws[j].low == "but":
		if j > 0 && ws[j-1].text == "," {
			return j - 1
		}
		return j
	case ws[j].text == "," && i < len(ws) && ws[i].low == "yet":
		return j // "criticised the referee, yet refused to blame him"
	case ws[j].text == ";":
		return j
	}
	return -1
}

// trimEnd moves end left over spaces, commas and quote marks.
func trimEnd(text string, start, end int) int {
	if end < start {
		return start // a cut before the content starts leaves it empty, never inverted
	}
	for end > start {
		c := text[end-1]
		if c == '"' && strings.Count(text[start:end], `"`)%2 == 0 && text[start] != '"' {
			break // `the result was "a hammer blow"`: the mark closes a quotation inside
		}
		if end-3 >= start && text[end-3:end] == "”" && strings.Contains(text[start:end-3], "“") && !strings.HasPrefix(text[start:end], "“") {
			break
		}
		if c == ' ' || c == ',' || c == ';' || c == '\n' || c == '\t' || c == '"' {
			end--
			continue
		}
		if end-3 >= start && (text[end-3:end] == "“" || text[end-3:end] == "”" || text[end-3:end] == "‘" || text[end-3:end] == "’") {
			end -= 3
			continue
		}
		break
	}
	return end
}

// datelineRE matches a dateline that opens an article's first sentence:
// "WASHINGTON ― ", "MOSCOW, July 21 (Reuters) - ".
var datelineRE = regexp.MustCompile(`^[A-Z][A-Z .'-]{2,30}(?:,[^―—–\n]{0,40})?(?:\([A-Za-z .]+\))?\s*[―—–-]{1,2}\s+`)

// contentSpan trims a raw content range of spaces, sentence-final punctuation, a dateline
// and the quote marks around it.
func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// singleCloses reports whether t, the rest of a content after an opening ', holds a closing
// ': one after a word or stop that no letter follows, or one that ends t.
func singleCloses(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] == '\'' && t[i-1] != ' ' && (i+1 == len(t) || !isASCIILetter(t[i+1])) {
			return true
		}
	}
	return false
}

func contentSpan(text string, start, end int) claims.Span {
	if end <= start {
		return claims.Span{Start: start, End: start}
	}
	if m := datelineRE.FindStringIndex(text[start:end]); m != nil {
		start += m[1]
	}
	for {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == ',' || text[s] == ':' || text[s] == '"' && !closedWithin(text[s+1:e], `"`)) {
			s++
		}
		if s+3 <= e && (text[s:s+3] == "“" && !closedWithin(text[s+3:e], "”") || text[s:s+3] == "‘") {
			s += 3
		}
		if s+2 <= e && (text[s:s+2] == "''" && !closedWithin(text[s+2:e], "''") || text[s:s+2] == "``") {
			s += 2
		}
		if s+1 < e && text[s] == '\'' && isASCIILetter(text[s+1]) && !singleCloses(text[s+1:e]) && singleCloses(text[s+1:min(len(text), e+3)]) {
			s++ // 'We will not close it,' she said; not "'nothing' about it"
		}
		if e-2 >= s && text[e-1] == '\'' && strings.IndexByte(".,!?", text[e-2]) >= 0 && !strings.Contains(text[s:e], " '") {
			e-- // a mark after a stop is no apostrophe, and opened before the content: 'It was fantastic.'
		}
		// A closing mark goes unless it closes a quotation opened inside the content:
		// 'demand was "incredible"' keeps both of its marks.
		if e-2 >= s && text[e-2:e] == "''" && strings.Count(text[s:e-2], "''")%2 == 0 {
			e -= 2
		}
		if e-2 >= s && text[e-2:e] == "\u00a0" {
			e -= 2
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '.' || text[e-1] == ',' || text[e-1] == '\n' || text[e-1] == ';' || text[e-1] == '"' && strings.Count(text[s:e-1], `"`)%2 == 0) {
			e--
		}
		if e-3 >= s && (text[e-3:e] == "”" && strings.Count(text[s:e-3], "“") <= strings.Count(text[s:e-3], "”") || text[e-3:e] == "’" && strings.Count(text[s:e-3], "‘") <= strings.Count(text[s:e-3], "’")) {
			e -= 3
		}
		if s == start && e == end {
			return claims.Span{Start: s, End: e}
		}
		start, end = s, e
	}
}

// phoneParticles make "call" a verb of phoning, summoning or cancelling: "called in",
// "called into", "called off"; not "called into question".
var phoneParticles = map[string]bool{"in": true, "into": true, "off": true, "back": true, "up": true}

// topicPreps take what a cue is about: "insist on being", "talked about raising".
var topicPreps = map[string]bool{"on": true, "about": true, "of": true, "against": true, "for": true}

// noCue reports whether the words around a lexicon cue make it no verb of saying at all,
// so that neither its construction nor the cue model may read it as one.
func noCue(ws []word, c cueHit) bool {
	switch {
	case c.start > 0 && ws[c.start-1].low == "having" && c.end+1 < len(ws) && ws[c.end].low == "that" && ws[c.end+1].text == ",":
		return true // "Having said that, …" only links two sentences
	case (c.entry.lemma == "call" || stem(ws[c.start].low) == "call") && c.end < len(ws) && phoneParticles[ws[c.end].low] && !(c.end+1 < len(ws) && (ws[c.end+1].low == "question" || ws[c.end+1].low == "doubt")):
		return true // "called in to a radio show", "called off the strike"
	case c.start > 0 && (ws[c.start-1].low == "let" || ws[c.start-1].low == "us" && c.start > 1 && ws[c.start-2].low == "let"):
		return true // "Let's say you think …": a supposition
	case (c.entry.class == cueEvidence || stem(ws[c.start].low) == "show" || ws[c.start].low == "shown") && c.end < len(ws) && ws[c.end].low == "up":
		return true // "failed to show up": to appear, not to show that
	case c.start >= 2 && ws[c.start-1].low == "to" && (stem(ws[c.start-2].low) == "declin" || stem(ws[c.start-2].low) == "refus"):
		return true // "refused to confirm the fee": the refusal is the claim
	case prepositional[ws[c.start].low] && !slices.ContainsFunc(ws[c.end:], func(w word) bool { return w.low == "as" }):
		return true // "fears regarding Muslims": a preposition; not "regarding him as a threat"
	case noFinding(ws, c):
		return true // "found himself embroiled", "found a way to …": no finding that
	case naming(ws, c):
		return true // "a website called Real News Right Now": a name given, not a statement
	case forNoun(ws, c):
		return true // "UK plans for a finance facility have not been agreed": a noun
	case inSubject(ws, c.start):
		return true // "Police called to the scene said …": the participle is part of a subject
	}
	return false
}

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

// attribute reads the construction around one cue.
func (a *analyser) attribute(ui int, u unit, ws []word, c cueHit) (attribution, bool) {
	at := attribution{unit: ui, host: -1, class: c.entry.class, cue: claims.Span{Start: ws[c.start].span.Start, End: ws[c.end-1].span.End}}
	if c.entry.lemma == "according to" {
		return a.accordingTo(at, u, ws, c)
	}
	if noCue(ws, c) {
		return at, false
	}
	if as, ok := asClause(ws, c); ok {
		return a.asReported(at, u, ws, c, as)
	}
	aux := skipBack(ws, c.start) // the subject ends here, before auxiliaries and adverbs
	if c.entry.state {
		aux = skipBack(ws, copulaBefore(ws, c.start)) // "Analysts remain sceptical that"
	}
	if (ws[c.start].tag == "VBN" || ws[c.start].tag == "VBD" && c.start > 0 && beForms[ws[c.start-1].low]) && !c.entry.state && passiveAux(ws[aux:c.start]) {
		return a.passive(at, u, ws, c, aux)
	}
	if at, ok, read := a.participle(ui, at, u, ws, c, aux); read {
		return at, ok
	}
	if at, ok, read := a.saidFirst(at, u, ws, c); read {
		return at, ok
	}
	if at, ok, read := a.inverted(at, u, ws, c); read {
		return at, ok
	}
	return a.subjectFirst(ui, at, u, ws, c, aux)
}

// passive reads a passive cue, its auxiliary ending at ws[aux]: the agent after "by"
// speaks, about the subject or in the clause after the agent.
func (a *analyser) passive(at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool) {
	// The tagger reads "was said" as a past tense too.
	if c.end+1 >= len(ws) || ws[c.end].low != "by" {
		return at, false // "were denied a visa", "was widely criticised": the subject is no speaker
	}
	// "The minister was criticised by his own party": the agent speaks, about the subject.
	g := c.end + 1
	for g < len(ws) && ws[g].tag == "RB" && !ws[g].cap {
		g++ // "by far fewer papers"
	}
	h := g
	for h < len(ws) && (ws[h].tag == "JJR" || ws[h].low == "more") {
		h++ // "by fewer papers"
	}
	e := npEnd(ws, h)
	if e+1 < len(ws) && e > h && ws[e].low == "of" {
		e = npEnd(ws, e+1) // "by dozens of papers"
	}
	// Whoever the agent is, it did the reporting: any noun will do.
	sp, src, ok := a.speakerOf(ws, g, e, true)
	b := subjectStart(ws)
	if !ok || sp.Kind == claims.UnknownSpeaker || aux <= b || finiteVerb(ws[b:aux]) {
		return at, false
	}
	at.speaker, at.source = sp, src
	if k := e; k+1 < len(ws) && (ws[k].low == "whether" || ws[k].low == "if") && c.entry.lemma == "ask" {
		// "Sanders was asked by host John Dickerson whether his aim was …": the agent
		// asked the question.
		at.content = contentSpan(a.text, ws[k].span.Start, clauseFrom(ws, ws[k].span.Start, u.span.End))
		at.quoted = a.isQuoted(u, at.content)
		return at, at.content.Len() > 0
	}
	if e+1 < len(ws) && ws[e].low == "that" {
		// "Ministers were warned by officials that the scheme would fail": the agent
		// said the that-clause, to the subject.
		at.content = contentSpan(a.text, ws[e+1].span.Start, clauseFrom(ws, ws[e+1].span.Start, u.span.End))
		at.quoted = a.isQuoted(u, at.content)
		return at, at.content.Len() > 0
	}
	at.content = contentSpan(a.text, ws[b].span.Start, ws[aux-1].span.End)
	return at, at.content.Len() > 0 && !bareWord(ws, at.content, "PRP") // not "It was first declared by Nixon"
}

// participle reads a cue in -ing: after "with" ("…, with Governor Andrew Bailey warning
// that …"), opening the sentence, after a preposition ("after saying"), after a message or
// a noun ("a statement saying", "a super PAC backing Rubio"), or after a comma ("…,
// saying …"). read is false when the participle is a progressive ("is saying"): the cue
// is then read as a finite verb.
func (a *analyser) participle(ui int, at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool, bool) {
	read := func(at attribution, ok bool) (attribution, bool, bool) { return at, ok, true }
	part := c.start
	if aux < c.start && aux > 0 && ws[aux].tag == "VBG" && ws[aux-1].text == "," {
		part = aux // "…, going on to say that …": the participle governs the cue
	}
	if ws[part].tag == "VBG" {
		if s := npStart(ws, part); s > 0 && s < part && ws[s-1].low == "with" {
			// "…, with Governor Andrew Bailey warning that …": the phrase after "with" speaks.
			sp, src, ok := a.cueSpeakerAt(c, ws, s, part)
			rest := a.restStart(u, ws, c)
			if !ok || sp.Kind == claims.UnknownSpeaker || rest < 0 {
				return read(at, false)
			}
			at.speaker, at.source = sp, src
			return read(a.clauseContent(at, u, ws, rest))
		}
		// "…, saying it had lost trust", "responded by saying …": a participle speaks with
		// the subject of its clause. Elsewhere a gerund ("worth noting") is no cue.
		gerund := part > 0 && gerundPreps[ws[part-1].low] && (part == 1 || ws[part-1].low != "in") && c.entry.class != cueBroad
		if c.start == part && (part == 0 || part == 1 && gerund) {
			// "Claiming the criticism is unfair, Trump accused …", "After saying …, Lagarde
			// warned": the subject of the main clause after the comma speaks.
			k := nextComma(ws, c.end)
			rest := a.restStart(u, ws, c)
			if k+1 >= len(ws) || ws[k].text != "," || rest < 0 || rest >= ws[k].span.Start || gerund && !a.clausal(u, ws, rest) {
				return read(at, false)
			}
			e := npEnd(ws, k+1)
			v := e
			for v < len(ws) && ws[v].tag == "RB" && !ws[v].cap {
				v++ // "Lamenting their luck, Mexicans often say"
			}
			if v >= len(ws) || !isVerb(ws, v) || ws[v].tag == "VBG" {
				return read(at, false)
			}
			sp, src, ok := a.speakerAt(ws, k+1, e)
			if !ok || sp.Kind == claims.UnknownSpeaker {
				return read(at, false)
			}
			at.speaker, at.source = sp, src
			at.content = contentSpan(a.text, rest, ws[k].span.Start)
			at.quoted = a.isQuoted(u, at.content)
			return read(at, at.content.Len() > 0)
		}
		if gerund {
			// "The governor, despite admitting that growth had slowed, said …": the subject
			// of the clause speaks; "…, he will argue, while suggesting": the nearest one.
			b, e := subjectStart(ws), 0
			for k := part - 2; k > 0; k-- {
				if finiteVerb(ws[k:k+1]) && !a.inContentOf(ui, ws[k].span) {
					// not a verb of what another claim of the sentence reports: "X confirmed
					// that two hospitals would close, a month after promising …" is X's
					if v := skipBack(ws, k); npStart(ws, v) < v {
						b, e = npStart(ws, v), v
					}
					break
				}
			}
			if e == 0 {
				e = npEnd(ws, b)
			}
			rest := a.restStart(u, ws, c)
			if b >= part-1 || e <= b || e > part-1 || rest < 0 || ws[e-1].tag == "RB" || ws[c.start].cap || !a.clausal(u, ws, rest) {
				return read(at, false) // "after conceding a goal": no statement
			}
			sp, src, ok := a.cueSpeakerAt(c, ws, b, e)
			if !ok || sp.Kind == claims.UnknownSpeaker {
				return read(at, false)
			}
			at.speaker, at.source = sp, src
			if p := part - 1; ws[p].low == "after" || ws[p].low == "before" || ws[p].low == "since" {
				// "…, a month after promising …": dated against the sentence's own statement
				k := p
				for k > 0 && !ws[k-1].punc && (ws[k-1].tag == "CD" || ws[k-1].tag == "DT" || timeNouns[ws[k-1].low] || strings.HasPrefix(ws[k-1].tag, "NN") && k > p-3) {
					k--
				}
				at.nested, at.relWords = true, claims.Span{Start: ws[k].span.Start, End: ws[p].span.End}
			}
			return read(a.clauseContent(at, u, ws, rest))
		}
		if part > 0 && c.start == part && !ws[part-1].punc && c.entry.class != cueBroad && !progressive(ws, c.start) {
			if at, ok := a.participleOf(at, u, ws, c); ok {
				return read(at, true)
			}
			if at, ok := a.postNominal(at, u, ws, c); ok {
				return read(at, true)
			}
			if at, ok := a.depicted(at, u, ws, c); ok {
				return read(at, true)
			}
			if at, ok := a.nounSaying(at, u, ws, c); ok {
				return read(at, true)
			}
		}
		lead := part
		if part == c.start && aux > 0 && aux < part && ws[aux-1].text == "," && !slices.ContainsFunc(ws[aux:part], func(w word) bool { return w.tag != "RB" }) {
			lead = aux // "…, even suggesting he may have been sabotaged"
		}
		if lead == 0 || ws[lead-1].text != "," && ws[lead-1].low != "by" {
			if !progressive(ws, c.start) {
				return read(at, false)
			}
		} else {
			prev, inUnit := a.prevInUnit(ui)
			if inUnit && prev.referent.Len() > 0 && c.entry.lemma != "add" {
				// "… defensive about an architect who said he was stiffed, saying, “…”":
				// the speaker of a relative clause goes on only by "adding".
				inUnit = false
			}
			rest := a.restStart(u, ws, c)
			if rest < 0 {
				// "…, adding later, “…”": a quotation after the adjuncts, if any.
				q, ok := a.quoteAfterCue(u, ws, c)
				if !ok {
					return read(at, false)
				}
				at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
				if !inUnit {
					// "The chief lobbied to suspend the rights, saying, “…”": the subject speaks.
					b := subjectStart(ws)
					sp, src, ok := a.cueSpeakerAt(c, ws, b, npEnd(ws, b))
					if b >= c.start || !ok || sp.Kind == claims.UnknownSpeaker {
						return read(at, false)
					}
					at.speaker, at.source, at.referent = sp, src, claims.Span{}
				}
				at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
				at.quoted = true
				return read(at, at.content.Len() > 0)
			}
			if inUnit {
				at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
			} else if b := subjectStart(ws); b < c.start {
				sp, src, ok := a.cueSpeakerAt(c, ws, b, npEnd(ws, b))
				if !ok || sp.Kind == claims.UnknownSpeaker {
					return read(at, false)
				}
				at.speaker, at.source = sp, src // "The regulator fined the bank, saying …"
			} else {
				return read(at, false)
			}
			return read(a.clauseContent(at, u, ws, rest))
		}
	}
	return at, false, false
}

// saidFirst reads a cue of speech that opens the sentence before its speaker: "Said
// Ellis: “…”". read is false when the construction is not this one.
func (a *analyser) saidFirst(at attribution, u unit, ws []word, c cueHit) (attribution, bool, bool) {
	if c.start == 0 && c.entry.class == cueSpeech {
		e := npEnd(ws, c.end)
		if e < len(ws) && (ws[e].text == ":" || ws[e].text == ",") && e+1 < len(ws) {
			if sp, src, ok := a.cueSpeakerAt(c, ws, c.end, e); ok {
				at.speaker, at.source = sp, src
				at.content = contentSpan(a.text, ws[e+1].span.Start, u.span.End)
				at.quoted = a.isQuoted(u, at.content)
				return at, at.content.Len() > 0, true
			}
		}
	}
	return at, false, false
}

// inverted reads a speaker after the cue, which follows a comma or a quotation: "…, said
// the Russian foreign minister". read is false when the construction is not this one.
func (a *analyser) inverted(at attribution, u unit, ws []word, c cueHit) (attribution, bool, bool) {
	afterQuote := c.start > 0 && a.quoteEndsAt(u, ws[c.start-1].span.End)
	// Not "Jose Vargas, an immigration activist, asked the former secretary …": what came
	// before the comma is the subject and its apposition, not a statement.
	_, comma, appos := apposition(ws, c.start)
	appos = appos && npStart(ws, comma) <= subjectStart(ws)
	if (c.start > 0 && ws[c.start-1].text == "," && !appos || afterQuote) && c.end < len(ws) && !quantifiers[ws[c.end].low] {
		e := npEnd(ws, c.end)
		if e > c.end && e+1 < len(ws) && !ws[e-1].cap && (ws[e].low == "for" || ws[e].low == "of" || ws[e].low == "at" || (ws[e].low == "with" || ws[e].low == "to") && ws[e-1].tag == "JJ") {
			if e2 := npEnd(ws, e+1); e2 > e+1 {
				// "said a spokesman for the club": whom the unnamed speaker speaks for;
				// "said a person familiar with the matter", "people close to the talks"
				e = e2
			}
		}
		if sp, src, ok := a.cueSpeakerAt(c, ws, c.end, e); ok && invertible[c.entry.class] && clauseEndsAt(ws, skipParenAfter(ws, e), afterQuote, afterQuote || finiteVerb(ws[:c.start])) {
			if sp.Kind == claims.Person && e+1 < len(ws) && ws[e].text == "," {
				a.trailingRole(&sp, ws[e+1:nextComma(ws, e+1)])
			}
			at.speaker, at.source = sp, src
			comma := c.start - 1
			at.content = contentSpan(a.text, u.span.Start, ws[comma].span.End)
			if k := nextComma(ws, e); !afterQuote && k+1 < len(ws) && ws[k].text == "," && !finiteVerb(ws[:comma]) && finiteVerb(ws[k+1:nextComma(ws, k+1)]) {
				// "For instance, said Mr Hogan, filtering out links can stop spam": the
				// attribution stands inside what was said.
				at.content = contentSpan(a.text, u.span.Start, u.span.End)
			}
			at.quoted = a.isQuoted(u, at.content)
			return at, at.content.Len() > 0, true
		}
	}
	return at, false, false
}

// subjectFirst reads the subject before cue c, its auxiliaries starting at ws[aux]: a
// noun phrase, a relative pronoun, a subject before an apposition, a count of people, or
// none of its own after "and".
func (a *analyser) subjectFirst(ui int, at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool) {
	v := skipParen(ws, aux)
	if o, ok := dashAside(ws, v); ok {
		// "Jane Doe, the chief executive of Acme -- the firm's owner -- told": the aside
		// within dashes belongs to the subject, and may close an apposition.
		if _, _, ok := apposition(ws, o+1); ok {
			v = o + 1
		} else {
			v = skipBack(ws, o)
		}
	}
	if v > 1 && (ws[v-1].low == "who" || ws[v-1].low == "which" || ws[v-1].low == "that" && strings.HasPrefix(ws[v-2].tag, "NN")) {
		return a.relativeSubject(at, u, ws, c, v-1, v)
	}
	if v > 3 && (ws[v-1].low == "whom" || ws[v-1].low == "which") && ws[v-2].low == "of" && !ws[v-3].punc {
		return a.relativeSubject(at, u, ws, c, v-3, v) // "the families, many of whom say …"
	}
	subjEnd := skipReduced(ws, skipRelative(ws, v))
	if e := subjEnd; e >= 3 && (ws[e-1].tag == "VBD" || ws[e-1].tag == "VBP") && ws[e-2].tag == "PRP" && subjectPronouns[ws[e-2].low] && (ws[e-3].tag == "NNS" || ws[e-3].tag == "NN") {
		subjEnd -= 2 // "the experts I interviewed said": a relative clause without "who"
	}
	s := npStart(ws, subjEnd)
	if s == subjEnd {
		// "Richard Revesz, director of the institute, said": the subject stands before an
		// apposition between commas.
		if as, comma, ok := apposition(ws, v); ok {
			return a.appositionSubject(at, u, ws, c, v, as, comma)
		}
	}
	s = extendPP(ws, s)
	if s > 1 && s < subjEnd && ws[s-1].low == "and" {
		// "“…,” the Florida senator and Republican presidential candidate said": two titles
		// of one speaker after the quotation.
		if p := npStart(ws, s-1); p < s-1 && p > 0 && (ws[p-1].text == "," || a.quoteEndsAt(u, ws[p-1].span.End)) && !ws[subjEnd-1].cap && !ws[s-2].cap {
			s = p
		}
	}
	// Coordinated verb with no subject of its own: "… and has called the allegations …".
	if s == subjEnd && s > 0 && (ws[s-1].low == "and" || ws[s-1].low == "but") {
		return a.coordinatedVerb(ui, at, u, ws, c, s)
	}
	if k := closingSubject(ws, s); k < s && closesUnit(ws, c.end) && c.entry.class != cueBroad {
		s = k // "…, a USA TODAY analysis of newly filed reports shows."
	}
	if d := a.subjectAfterNoun(ws, s, subjEnd); d > s {
		if e, ok := relativeVerbPhrase(ws, c); !ok {
			s = d // "In a statement the ministry said": the noun before the subject is no part of it
		} else if sp, src, ok := a.cueSpeakerAt(c, ws, d, subjEnd); ok && sp.Kind != claims.UnknownSpeaker {
			// "The pipeline the minister said would cut costs was scrapped": the noun before
			// the subject is what the clause after the cue is said of.
			at.speaker, at.source = sp, src
			at.content = contentSpan(a.text, ws[s].span.Start, ws[e-1].span.End)
			at.quoted = a.isQuoted(u, at.content)
			return at, at.content.Len() > 0
		}
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, s, subjEnd)
	if !ok && s > 0 && ws[s-1].text == "," && c.entry.class != cueBroad && closesUnit(ws, c.end) {
		// "…, disclosures filed on Sunday night revealed.": a phrase that closes the
		// sentence with its cue is the source, whatever its noun.
		sp, src, ok = a.speakerOf(ws, s, subjEnd, true)
	}
	if !ok {
		q, ok := quantitySubject(ws, subjEnd)
		if !ok {
			return at, false
		}
		// "Nearly nine out of 10 say …", "At least 21,000 said …": a share of the people
		// the text counts.
		s, src = q, claims.Span{Start: ws[q].span.Start, End: ws[subjEnd-1].span.End}
		sp = claims.Speaker{Name: strings.ToLower(joinText(ws[q:subjEnd])), Kind: claims.Group}
	}
	return a.finishSubject(at, u, ws, c, sp, src, s)
}

// appositionSubject reads the subject of cue c before an apposition between commas, from
// ws[as] to the comma ws[v-1]: "Richard Revesz, director of the institute, said". comma
// is the index of the comma that opens the apposition.
func (a *analyser) appositionSubject(at attribution, u unit, ws []word, c cueHit, v, as, comma int) (attribution, bool) {
	if sp, src, ok := a.cueSpeakerAt(c, ws, as, v-1); ok && sp.Kind == claims.Person && ws[as].cap && !isPronoun(ws[as]) && !namesBody(ws, as) {
		// "“…,” the club's manager, Bob Smith, said": the role before the name is
		// part of the subject, not of what was said.
		if r := npStart(ws, comma); r < comma && !ws[comma-1].cap && strings.HasPrefix(ws[comma-1].tag, "NN") {
			as = r
		}
		return a.finishSubject(at, u, ws, c, sp, src, as)
	}
	e := skipParen(ws, comma) // "Rep. Gregory Meeks (D-N.Y.), chairman of …, said"
	s := extendPP(ws, npStart(ws, e))
	if sp, _, ok := a.cueSpeakerAt(c, ws, s, e); !ok || !named(sp) || sp.Kind != claims.Person || namesBody(ws, s) {
		// "Sen. Marco Rubio, R-Fla., appearing on Fox News, said", "Mike Shields,
		// president of the fund, a super PAC allied with …, said": a second aside
		// before the first; the person named before both speaks.
		e2 := -1
		if s == e {
			if _, comma2, ok := apposition(ws, comma+1); ok {
				e2 = skipParen(ws, comma2)
			}
		} else {
			// the comma that opens the aside holding ws[s]: "Jane Doe, a spokeswoman
			// for the company, Acme, said"
			k := s - 1
			for k > 0 && k > s-12 && !ws[k].punc && !finiteVerb(ws[k:k+1]) {
				k--
			}
			if k > 0 && ws[k].text == "," {
				e2 = skipParen(ws, k)
			}
		}
		if e2 > 0 {
			if s2 := extendPP(ws, npStart(ws, e2)); s2 < e2 && s2 <= subjectStart(ws) && (s2 == 0 || ws[s2-1].punc) {
				if sp, _, ok := a.cueSpeakerAt(c, ws, s2, e2); ok && sp.Kind == claims.Person && named(sp) {
					e, s = e2, s2
				}
			}
		}
	}
	if sp, src, ok := a.cueSpeakerAt(c, ws, s, e); ok {
		// Not "Klopp, speaking after the win, said": a participle's aside is no role.
		// "Jane Doe, managing director of Acme, said" has one.
		modifier := as+1 < v-1 && a.lx.roleWord(ws[as+1].low)
		participle := strings.HasSuffix(ws[as].low, "ing") && !modifier
		if (sp.Role == "" || academicTitles[strings.ToLower(sp.Role)]) && !ws[as].punc && !participle && (strings.HasPrefix(ws[as].tag, "NN") || ws[as].tag == "DT" || ws[as].tag == "JJ" || ws[as].tag == "PRP$" || ws[as].poss || ws[as].tag == "VBG" && modifier) {
			sp.Role = joinText(ws[as : v-1]) // a noun phrase, not "asked whether …"
			if sp.Affiliation == "" {
				sp.Affiliation = a.lx.phraseOrg(ws[as : v-1])
			}
		}
		return a.finishSubject(at, u, ws, c, sp, src, s)
	}
	return at, false
}

// coordinatedVerb reads a cue coordinated with an earlier verb, with no subject of its
// own before ws[s]: the subject of the earlier claim or of the sentence speaks.
func (a *analyser) coordinatedVerb(ui int, at attribution, u unit, ws []word, c cueHit, s int) (attribution, bool) {
	if elided := !slices.ContainsFunc(ws[s:c.start], func(w word) bool { return w.tag != "RB" }); elided {
		for k := s - 2; k > 0 && !ws[k].punc; k-- {
			if ws[k].tag == "VBN" && ws[k-1].low == "been" {
				return at, false // "having been charged … and repeatedly denied bail": passive too
			}
		}
	}
	if prev, ok := a.prevInUnit(ui); ok {
		at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
	} else if sp, src, ok := a.sentenceSubject(c, ws, s); ok {
		at.speaker, at.source = sp, src // "Cruz urged Republicans to vote and said …"
	} else {
		return at, false
	}
	rest := a.restStart(u, ws, c)
	if rest < 0 {
		return at, false
	}
	at.content = contentSpan(a.text, rest, u.span.End)
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// subjectAfterNoun returns where a subject opens inside the noun phrase ws[s:e], after a
// common noun and at a determiner ("In a statement the ministry said", "the bonds the
// central bank said …"), or s. A time or a role before it is part of it ("spokesman the
// Rev. Federico Lombardi").
func (a *analyser) subjectAfterNoun(ws []word, s, e int) int {
	for d := s + 1; d < e; d++ {
		h := ws[d-1]
		if determiners[ws[d].low] && !h.cap && !h.poss && (h.tag == "NN" || h.tag == "NNS") && !timeNouns[strings.TrimSuffix(h.low, "s")] && !a.lx.roleWord(h.low) {
			return d
		}
	}
	return s
}

// relativeVerbPhrase reports whether a finite verb right after cue c opens the verb
// phrase of a relative clause without "that" ("the bonds the central bank said were
// safe"), and returns where it ends, before the host clause's verb.
func relativeVerbPhrase(ws []word, c cueHit) (int, bool) {
	if c.entry.class == cueBroad || c.end >= len(ws) || !(ws[c.end].tag == "MD" || ws[c.end].tag == "VBZ" || ws[c.end].tag == "VBP" || ws[c.end].tag == "VBD" && beForms[ws[c.end].low]) {
		return 0, false
	}
	end := c.end + 1
	for end < len(ws) && !finiteVerb(ws[end:end+1]) && ws[end].text != ";" && ws[end].text != ":" {
		end++
	}
	return end, true
}

// closingSubject returns the start of a subject that runs from the last comma, or the
// mark closing a quoted question, before ws[s] to the cue, over phrases after "of" and
// participles ("a USA TODAY analysis of newly filed reports"), or s when there is none.
func closingSubject(ws []word, s int) int {
	if s > 0 && ws[s-1].text == "," {
		return s
	}
	for k := s - 1; k > 0 && k > s-14; k-- {
		if ws[k].text == "," || ws[k].text == "?" || ws[k].text == "!" {
			if k+1 < s && (determiners[ws[k+1].low] || ws[k+1].cap) && !slices.ContainsFunc(ws[k+1:s], func(w word) bool { return w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD" }) {
				return k + 1
			}
			return s
		}
		if ws[k].punc {
			return s
		}
	}
	return s
}

// closesUnit reports whether only a full stop, or nothing, follows ws[i-1].
func closesUnit(ws []word, i int) bool {
	return i == len(ws) || i+1 == len(ws) && (ws[i].text == "." || ws[i].text == "!")
}

// quantityWords may stand in a count of people with its number: "nearly nine out of 10",
// "at least 21,000", "62 percent".
var quantityWords = map[string]bool{"out": true, "of": true, "at": true, "least": true, "most": true, "nearly": true, "almost": true, "about": true, "only": true, "just": true, "some": true, "more": true, "than": true, "over": true, "under": true, "roughly": true, "percent": true, "%": true, "in": true}

// quantitySubject returns the start of a count that ends at ws[end-1] and opens its
// clause, after the sentence's start or a comma.
func quantitySubject(ws []word, end int) (int, bool) {
	i, num := end, false
	for i > 0 && (ws[i-1].tag == "CD" || quantityWords[ws[i-1].low]) {
		num = num || ws[i-1].tag == "CD"
		i--
	}
	if !num || i == end || ws[end-1].low == "of" || ws[i].low == "of" || ws[i].low == "in" {
		return 0, false
	}
	// "…, and more than 4 in 10 said", "…, while 23 percent said"; not "aged between
	// 18 and 34 said".
	joined := i >= 2 && (ws[i-1].low == "and" || ws[i-1].low == "but") && ws[i-2].text == "," || i >= 1 && ws[i-1].low == "while"
	return i, i == 0 || ws[i-1].text == "," || joined
}

// inContentOf reports whether s lies in the content of a claim read from unit ui.
func (a *analyser) inContentOf(ui int, s claims.Span) bool {
	for i := len(a.out) - 1; i >= 0 && a.out[i].unit == ui; i-- {
		if a.out[i].content.Contains(s) {
			return true
		}
	}
	return false
}

// clauseContent gives at the clause that starts at rest as its content.
func (a *analyser) clauseContent(at attribution, u unit, ws []word, rest int) (attribution, bool) {
	if a.adjunctPP(ws, wordAt(ws, rest)) {
		return at, false // "Nate Cohn, writing in The New York Times, noticed …"
	}
	at.content = contentSpan(a.text, rest, clauseFrom(ws, rest, u.span.End))
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// runInHeading returns the number of words in a heading in capitals that opens a
// paragraph and runs into its first sentence: two or more words, one of four letters or
// more, then a capitalised word in lower case. Acronyms ("US FDA Commissioner") are too
// short to count.
func runInHeading(ws []word) int {
	long := false
	i := 0
	for ; i < len(ws) && !ws[i].punc && ws[i].text == strings.ToUpper(ws[i].text) && ws[i].cap; i++ {
		long = long || len(ws[i].text) >= 4
	}
	n := i
	if i+1 < len(ws) && (isDash(ws[i].text) || ws[i].text == "-" || ws[i].text == ":") {
		n = i + 1 // "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He's been …"
	}
	if i < 2 || !long || n >= len(ws) || !ws[n].cap || ws[n].text == strings.ToUpper(ws[n].text) {
		return 0
	}
	return n
}

// passiveAux reports whether a form of "be" stands among the auxiliaries and adverbs
// before a participle: "was criticised", "was first reported".
func passiveAux(aux []word) bool {
	for _, w := range aux {
		if beForms[w.low] {
			return true
		}
	}
	return false
}

// opensParagraph reports whether s starts a line.
func opensParagraph(text string, s claims.Span) bool {
	return s.Start == 0 || text[s.Start-1] == '\n'
}

// prevInUnit returns the claim read last, when it was read from unit ui.
func (a *analyser) prevInUnit(ui int) (attribution, bool) {
	if len(a.out) == 0 || a.out[len(a.out)-1].unit != ui {
		return attribution{}, false
	}
	return a.out[len(a.out)-1], true
}

// wordAt returns the index of the first word starting at or after byte pos.
func wordAt(ws []word, pos int) int {
	k := 0
	for k < len(ws) && ws[k].span.Start < pos {
		k++
	}
	return k
}

// clausal reports whether the content starting at byte rest is a statement: a quotation,
// a clause with a finite verb, or one opened by "that", "whether" or a wh-word. Not a
// noun phrase: "claiming their first title", "defending champion".
func (a *analyser) clausal(u unit, ws []word, rest int) bool {
	if _, ok := a.quoteStartsAt(u, rest); ok {
		return true
	}
	k := wordAt(ws, rest)
	if k >= len(ws) {
		return false
	}
	if w := ws[k]; w.low == "that" || w.low == "whether" || w.low == "if" || strings.HasPrefix(w.tag, "W") || k > 0 && ws[k-1].low == "that" {
		return true
	}
	if ws[k].tag == "NN" && !ws[k].cap {
		return false // "defending champion Roger Federer faces …"
	}
	e := k
	for e < len(ws) && ws[e].text != "," && ws[e].text != ";" && !isDash(ws[e].text) && !relatives[ws[e].low] {
		e++
	}
	return finiteVerb(ws[k:e])
}

// issues reports whether the verb form w puts out a message: "issued", "sent".
func issues(w string) bool {
	if issuing[w] {
		return true
	}
	for _, l := range wordnet.Lemmas(w, wordnet.Verb) {
		if issuing[l] {
			return true
		}
	}
	return false
}

// participleOf reads a participle cue right after a message as the statement of whoever
// put the message out: "The club issued a statement saying …" is the club's.
func (a *analyser) participleOf(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	if head := ws[c.start-1]; head.cap || !wordnet.IsA(head.low, "communication", wordnet.Noun) {
		return at, false
	}
	s := npStart(ws, c.start)
	rest := a.restStart(u, ws, c)
	if s == 0 || s >= c.start || rest < 0 {
		return at, false
	}
	v := s - 1
	if !strings.HasPrefix(ws[v].tag, "VB") || ws[v].tag == "VBG" || ws[v].tag == "VBN" || !issues(ws[v].low) {
		return at, false
	}
	e := skipBack(ws, v)
	b := npStart(ws, e)
	if b >= e {
		return at, false
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, b, e)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	return a.clauseContent(at, u, ws, rest)
}

// postNominal reads a participle that follows the noun it describes as that noun's
// stance: "a super PAC backing Rubio", "ads attacking his rivals", "donors supporting
// her campaign".
func (a *analyser) postNominal(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	h := ws[c.start-1]
	if c.entry.class != cueEvaluate || !strings.HasPrefix(h.tag, "NN") || timeNouns[h.low] {
		return at, false
	}
	s := npStart(ws, c.start)
	rest := a.restStart(u, ws, c)
	if s >= c.start || rest < 0 || s > 0 && (ws[s-1].low == "by" || ws[s-1].low == "of") {
		return at, false // "criticised by voters backing him": the phrase is another's
	}
	sp, src, ok := a.speakerOf(ws, s, c.start, true)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	at, ok = a.clauseContent(at, u, ws, rest)
	for k := wordAt(ws, rest); ok && k < len(ws) && ws[k].span.End <= at.content.End; k++ {
		if finiteVerb(ws[k : k+1]) {
			// "Democrats supporting Mrs. Clinton have pointed to …": the phrase ends where
			// the sentence's own verb starts.
			at.content.End = trimEnd(a.text, at.content.Start, ws[skipBack(ws, k)-1].span.End)
			break
		}
	}
	return at, ok && at.content.Len() > 0
}

// nounSaying reads a participle of saying straight after the people who say it, where
// they open a clause of their own: "with three in 10 saying …", "— Ryan saying he was
// “very encouraged”", "62 percent of voters saying race relations are worse".
func (a *analyser) nounSaying(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	if c.entry.class != cueSpeech && c.entry.class != cueWeak || ws[c.start].tag != "VBG" {
		return at, false
	}
	s := extendPP(ws, npStart(ws, c.start))
	for k := c.start - 1; k > s; k-- {
		if ws[k].low == "with" || ws[k].punc {
			s = k + 1 // "The party split, with 30 percent of voters saying"
			break
		}
	}
	q, qok := quantitySubject(ws, c.start)
	share := (qok || q > 0) && q < s // "three in 10", "62 percent of voters"
	if share {
		s = q
	}
	if s >= c.start || s == 0 || !(ws[s-1].low == "with" || ws[s-1].text == "," || ws[s-1].text == ";" || isDash(ws[s-1].text)) {
		return at, false // not "critics accused him of ignoring voters saying …", nor a subject: "Businesses complaining about it might …"
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, s, c.start)
	if share {
		src = claims.Span{Start: ws[s].span.Start, End: ws[c.start-1].span.End}
		sp, ok = claims.Speaker{Name: strings.ToLower(joinText(ws[s:c.start])), Kind: claims.Group}, true
	}
	if !ok || sp.Kind == claims.UnknownSpeaker || sp.Kind == claims.Organisation && wordnet.IsA(ws[c.start-1].low, "communication", wordnet.Noun) {
		return at, false // "a statement saying …" is whoever issued it
	}
	at.speaker, at.source = sp, src
	if rest := a.restStart(u, ws, c); rest >= 0 {
		if qt, ok := a.quoteStartsAt(u, rest); ok {
			at.content, at.quoted = contentSpan(a.text, qt.inner.Start, qt.inner.End), true
			return at, at.content.Len() > 0 // "the share of Republicans saying “…” increased"
		}
		if !a.clausal(u, ws, rest) {
			return at, false // "a statement from Chelsea explaining the decision"
		}
		return a.clauseContent(at, u, ws, rest)
	}
	qt, ok := a.quoteAfterCue(u, ws, c)
	if !ok {
		return at, false
	}
	at.content, at.quoted = contentSpan(a.text, qt.inner.Start, qt.inner.End), true
	return at, at.content.Len() > 0
}

// recordings are the nouns of a record that shows someone speaking: "footage of Trump
// saying …".
var recordings = map[string]bool{"footage": true, "video": true, "videos": true, "clip": true, "clips": true, "tape": true, "tapes": true, "recording": true, "recordings": true, "audio": true, "film": true}

// witnessing are the verbs that show or hear someone speak: "The ad shows Trump saying …",
// "caught him telling …".
var witnessing = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true, "showing": true, "depict": true, "depicts": true, "depicted": true, "feature": true, "features": true, "featured": true, "featuring": true, "hear": true, "hears": true, "heard": true, "caught": true, "captured": true, "captures": true, "recorded": true}

// depicted reads a participle of saying after the person a record shows as that person's
// statement: "footage of Hillary Clinton asking, “…”", "The ad shows Trump saying that …".
func (a *analyser) depicted(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	if c.entry.class != cueSpeech && c.entry.class != cueWeak && c.entry.class != cueTell {
		return at, false
	}
	s, ok := depiction(ws, c)
	if !ok {
		return at, false
	}
	sp, src, ok := a.speakerAt(ws, s, c.start)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	if rest := a.restStart(u, ws, c); rest >= 0 {
		if k := wordAt(ws, rest); c.entry.class == cueTell && (k < 1 || ws[k-1].low != "that") {
			return at, false // "featuring Hispanics telling their family stories"
		}
		return a.clauseContent(at, u, ws, rest)
	}
	q, ok := a.quoteAfterCue(u, ws, c)
	if !ok {
		return at, false
	}
	at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
	at.quoted = true
	return at, at.content.Len() > 0
}

// depiction returns the start of the person a record shows speaking in cue c, a
// participle: "footage of Trump saying", "shows Trump saying".
func depiction(ws []word, c cueHit) (int, bool) {
	s := npStart(ws, c.start)
	if s < 1 || s >= c.start || ws[c.start].tag != "VBG" {
		return 0, false
	}
	p := ws[s-1]
	return s, p.low == "of" && s > 1 && recordings[ws[s-2].low] || witnessing[p.low] && isVerb(ws, s-1)
}

// progressive reports whether the participle ws[i] follows an auxiliary: "is saying",
// "isn't saying", "has been quietly saying".
func progressive(ws []word, i int) bool {
	for j := skipBack(ws, i); j < i; j++ {
		if !ws[j].cap && (beForms[ws[j].low] || ws[j].low == "has" || ws[j].low == "have" || ws[j].low == "had") {
			return true
		}
	}
	return i > 0 && auxWords[ws[i-1].low]
}

// sentenceSubject reads the subject of the sentence, after any opening adverbial, as the
// speaker of c, when its verb comes before ws[before].
func (a *analyser) sentenceSubject(c cueHit, ws []word, before int) (claims.Speaker, claims.Span, bool) {
	b := subjectStart(ws)
	e := npEnd(ws, b)
	v := e
	for v < before && ws[v].tag == "RB" && !ws[v].cap {
		v++ // "She then urges … and says"
	}
	if e < before && ws[e].text == "," {
		if k := nextComma(ws, e+1); k < before && ws[k].text == "," {
			v = k + 1 // "Donald Trump, her Republican opponent, bemoaned … and said"
		}
	}
	if e == b || v >= before || !isVerb(ws, v) || ws[v].tag == "VBG" || ws[v].tag == "VBN" {
		return claims.Speaker{}, claims.Span{}, false
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, b, e)
	return sp, src, ok && sp.Kind != claims.UnknownSpeaker
}

// needsName reports whether cue c takes only a named speaker: an intention ("the warring
// sides had refused to compromise") is no statement unless someone in particular holds it.
func needsName(c cueHit) bool {
	return c.entry.class == cueIntent || c.lexClass == cueIntent
}

// relativeSubject reads a cue whose subject is the relative phrase ws[r:re]: "the police
// department, which reported …", "Smith, who said …", "the families, many of whom say …".
// The phrase is the source; the speaker is the phrase it refers to.
func (a *analyser) relativeSubject(at attribution, u unit, ws []word, c cueHit, r, re int) (attribution, bool) {
	end := r
	aside := ws[end-1].text == ","
	if aside {
		end--
	}
	near := npStart(ws, end)
	s := extendPP(ws, near)
	if s == end || !strings.HasPrefix(ws[end-1].tag, "NN") || s > 0 && a.isCueWord(ws[s-1]) && !aside {
		return at, false // "Asked who said that", "said who …": a question, not a relative
	}
	sp, ref, ok := a.cueSpeakerAt(c, ws, s, end)
	if (!ok || sp.Kind == claims.Organisation) && near > s && ws[r].low == "who" {
		// "the rise of Donald Trump, who", "a memo from the campaign manager, who": a person
		if p, pref, pok := a.cueSpeakerAt(c, ws, near, end); pok && p.Kind != claims.Organisation || !ok {
			sp, ref, ok = p, pref, pok
		}
	}
	if ok && aside && (sp.Kind == claims.Anonymous || sp.Name == "") {
		// "McConnell, now the Senate majority leader, who said": the name before the
		// apposition speaks.
		b := s
		for b > 0 && ws[b-1].tag == "RB" {
			b--
		}
		if b >= 2 && ws[b-1].text == "," {
			if p := npStart(ws, b-1); p < b-1 {
				if name, nref, ok := a.cueSpeakerAt(c, ws, p, b-1); ok && name.Kind == claims.Person && name.Name != "" {
					if name.Role == "" {
						name.Role = joinText(ws[s:end])
					}
					sp, ref = name, nref
				}
			}
		}
	}
	if !ok || sp.Kind == claims.UnknownSpeaker || needsName(c) && !named(sp) {
		return at, false
	}
	rest := a.restStart(u, ws, c)
	if rest < 0 || rest >= u.span.End {
		return at, false
	}
	stop := u.span.End
	switch {
	case aside:
		stop = clauseEnd(ws, c.end, u.span.End) // "Smith, who said X, left early."
		if stop <= rest {
			stop = u.span.End // "Wonder, who joked of the museum, ‘…’"
		}
	case s <= subjectStart(ws):
		// "Anybody who says he doesn't deserve it is jealous": the clause sits in the
		// subject, and where the sentence resumes is unknown.
		return at, false
	}
	at.speaker, at.source, at.referent = sp, claims.Span{Start: ws[r].span.Start, End: ws[re-1].span.End}, ref
	at.content = contentSpan(a.text, rest, stop)
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// objectRelatives head a clause that drops its "that": "everything Trump says".
var objectRelatives = map[string]bool{"everything": true, "anything": true, "nothing": true, "something": true, "whatever": true}

// finishSubject reads the content of a cue whose subject, starting at ws[s], is sp.
func (a *analyser) finishSubject(at attribution, u unit, ws []word, c cueHit, sp claims.Speaker, src claims.Span, s int) (attribution, bool) {
	if s > 0 && ws[s-1].low == "not" {
		return at, false // "Not everyone agrees": whoever does is unknown
	}
	if s+1 < c.start && objectRelatives[ws[s].low] {
		return at, false // "Everything Trump says is a lie": the cue is in a clause on "everything"
	}
	if s > 0 && (ws[s-1].low == "had" || ws[s-1].low == "were" || ws[s-1].low == "should") && !ws[s-1].cap && (s == 1 || !strings.HasPrefix(ws[s-2].tag, "NN")) {
		return at, false // "it would have been longer had he denied the charge": a supposition
	}
	if needsName(c) && !named(sp) {
		return at, false // "the warring sides had refused to compromise": no one speaks
	}
	asPutIt := s > 0 && ws[s-1].low == "as" && c.end+1 < len(ws) && ws[c.end].low == "it" && (ws[c.end+1].punc || ws[c.end+1].tag == "IN")
	// "Shares fell after the company warned of lower profits": a verb of saying is a
	// statement wherever it stands.
	if c.entry.class == cueBroad && s > 0 && (ws[s-1].low == "which" || ws[s-1].low == "that" || ws[s-1].low == "whom" || subordinators[ws[s-1].low] && !concessive[ws[s-1].low] && !asPutIt && !(c.saying() && c.end < len(ws) && ws[c.end].low != "to")) {
		return at, false // "after he withdrew his proposals": narration around a statement
	}
	e := c.end
	if asPutIt {
		e = nextComma(ws, e) // "as Ms. Simonyan put it in a statement, …", not "as Indonesia said it expected"
	} else if s > 0 && ws[s-1].low == "as" && e+1 < len(ws) && (ws[e].low == "in" || ws[e].low == "on" || ws[e].low == "last") && (timeNouns[ws[e+1].low] || months[ws[e+1].low]) && e+2 < len(ws) && ws[e+2].text == "," {
		e += 2 // "As Byler pointed out in December, …"
	}
	if s > 0 && ws[s-1].low == "as" && (e == len(ws) || ws[e].text == "," || ws[e].text == "." || ws[e].text == ";") {
		return a.asObserved(at, u, ws, sp, src, s, e)
	}
	// "To which she said, “…”" is a main clause, and "now that Cruz has endorsed" no relative.
	if s > 0 && relatives[ws[s-1].low] && !(s == 2 && ws[0].low == "to") && !(s > 1 && ws[s-1].low == "that" && (ws[s-2].low == "now" || ws[s-2].low == "so" || ws[s-2].low == "given")) {
		return a.relativeClause(at, u, ws, c, sp, src, s)
	}
	at.speaker, at.source = sp, src
	rest := a.restStart(u, ws, c)
	second := -1 // "“…,” he told the host, “…”": a quotation after the hearer goes on
	if rest >= 0 && s > 0 && a.quoteEndsAt(u, ws[s-1].span.End) {
		if _, ok := a.quoteStartsAt(u, rest); ok && c.entry.class == cueTell {
			second, rest = rest, -1
		} else if a.adjunctOnly(u, ws, rest) || hearerOnly(ws, wordAt(ws, rest)) || relativeThat(ws, wordAt(ws, rest)) {
			rest = -1 // "“…,” Trump said late last week", "“…,” LeVell assured the crowd": the content came first
		}
	}
	if rest >= 0 && rest < u.span.End && a.adjunctPP(ws, wordAt(ws, rest)) {
		rest = -1 // "Fallon responded on Twitter, calling …": where, not what
	}
	if rest >= u.span.End {
		at.content = contentSpan(a.text, rest, a.next.End)
		at.quoted = a.isQuoted(u, at.content)
		return at, at.content.Len() > 0
	}
	if rest >= 0 {
		at.content = contentSpan(a.text, rest, u.span.End)
		if q, ok := a.quoteStartsAt(u, rest); ok && q.outer.End < u.span.End {
			if tail := strings.TrimSpace(a.text[q.outer.End:u.span.End]); len(tail) <= 1 || len(tail) < 40 && a.echoesCue(tail) || closesSentence(a.text, q) && !resumesClause(ws, q.outer.End) {
				at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
			}
		}
		at.quoted = a.isQuoted(u, at.content)
		if b := boundaryBefore(ws, s); s > 0 && subordinators[ws[s-1].low] && b >= 0 && !finiteVerb(ws[:b]) {
			// "While X has railed against the closures, the hospitals shut": a clause that
			// opens the sentence ends at its comma.
			at.content = contentSpan(a.text, rest, clauseFrom(ws, rest, u.span.End))
			at.quoted = a.isQuoted(u, at.content)
		}
		if s > 0 && boundaryBefore(ws, s) >= 0 && subordinators[ws[boundaryBefore(ws, s)].low] || s > 0 && subordinators[ws[s-1].low] {
			at.nested = true
			at.relWords = claims.Span{Start: ws[boundaryBefore(ws, s)].span.Start, End: ws[s-1].span.End}
		}
		return at, at.content.Len() > 0
	}
	// "He said, “We have some big plans.”": a quotation after a comma, with the subject
	// first.
	after := c.end
	if after+1 < len(ws) && ws[after].low == "of" {
		after = npEnd(ws, after+1) // "says of Clinton, “…”"
	}
	if (s == 0 || !a.quoteEndsAt(u, ws[s-1].span.End)) && after < len(ws) && ws[after].text == "," {
		// Also "Asked about the bomb, Clinton said, “I think …”": after a comma, a
		// quotation that opens a sentence of its own. Not "It was, the president said,
		// ‘a stone where …’", which goes on with the sentence.
		if q, ok := a.quoteAfter(u, ws[after].span.End); ok && (s == 0 || ws[s-1].text != "," || opensUpper(a.text[q.inner.Start:q.inner.End])) {
			at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
			at.quoted = true
			return at, at.content.Len() > 0
		}
	}
	// Content first: "“…,” Lavrov said", "Talks go on, the Kremlin said Thursday".
	if s > 0 && (ws[s-1].text == "," || a.quoteEndsAt(u, ws[s-1].span.End)) {
		return a.contentFirst(at, u, ws, c, s, second)
	}
	return at, false
}

// asObserved reads an "as" clause whose cue, ending at ws[e], closes it before a comma or
// the end of the sentence: "as Mr. Bown observed, …". The subject, starting at ws[s], is sp.
func (a *analyser) asObserved(at attribution, u unit, ws []word, sp claims.Speaker, src claims.Span, s, e int) (attribution, bool) {
	// "as Mr. Bown observed, …": the rest of the sentence, or what came before "as".
	at.speaker, at.source = sp, src
	if e+1 < len(ws) {
		at.content = contentSpan(a.text, ws[e+1].span.Start, u.span.End)
	}
	if at.content.Len() == 0 && s > 1 {
		at.content = contentSpan(a.text, u.span.Start, ws[s-1].span.Start)
	}
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// relativeClause reads a cue in a relative clause whose subject, starting at ws[s] after
// the relative pronoun, is sp: "terms that Moscow deemed unrealistic". The noun the clause
// hangs on is the claim's antecedent.
func (a *analyser) relativeClause(at attribution, u unit, ws []word, c cueHit, sp claims.Speaker, src claims.Span, s int) (attribution, bool) {
	rest := a.restStart(u, ws, c)
	if rest < 0 || s > 1 && (a.isCueWord(ws[s-2]) || ws[s-1].low == "that" && ws[s-2].tag != "NN" && ws[s-2].tag != "NNS") {
		return at, false
	}
	at.speaker, at.source = sp, src
	at.content = contentSpan(a.text, rest, clauseFrom(ws, rest, u.span.End))
	if s > 1 && strings.HasPrefix(ws[s-2].tag, "NN") {
		w := ws[s-2]
		at.antecedent = &w
	}
	return at, at.content.Len() > 0
}

// contentFirst reads what was said before the subject, which starts at ws[s] after a
// comma or a quotation, and the cue: "“…,” Lavrov said", "Talks go on, the Kremlin said
// Thursday", or around them: "Acts of protest, Mr. Obama said, are acts of patriotism".
// second is where a quotation after the hearer starts, or -1.
func (a *analyser) contentFirst(at attribution, u unit, ws []word, c cueHit, s, second int) (attribution, bool) {
	at.content = contentSpan(a.text, u.span.Start, ws[s-1].span.End)
	if q, ok := a.quoteEnding(u, ws[s].span.Start); ok && q.outer.Start > u.span.Start && strings.HasSuffix(strings.TrimSpace(a.text[u.span.Start:q.outer.Start]), ":") {
		// "McCaskill scolded him: “…,” she said": the words before the colon lead in.
		at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
	}
	// In the middle: "Acts of protest, Mr. Obama said, are acts of patriotism".
	if c.end+1 < len(ws) && ws[c.end].text == "," && ws[s-1].text == "," && !a.isQuoted(u, at.content) {
		switch {
		case strings.HasPrefix(ws[c.end+1].tag, "VB") && !(ws[c.end+1].tag == "VBG" && a.isCueWord(ws[c.end+1])) || ws[c.end+1].tag == "MD":
			// Not "…, analysts said, adding that …": a participle of saying opens a new statement.
			at.content = contentSpan(a.text, u.span.Start, u.span.End)
		case !finiteVerb(ws[:s]) && (finiteVerb(ws[c.end+1:]) || hasVerb(ws[c.end+1:])):
			// "During his years in office, Mr. Obama said, a majority of Americans have
			// come to believe …": what came before was only an adverbial.
			at.content = contentSpan(a.text, ws[c.end+1].span.Start, u.span.End)
		}
	}
	// A second quotation after the cue continues the first: "‘…,’ he said, ‘…’".
	if q, ok := a.quoteAfter(u, ws[c.end-1].span.End); ok {
		at.content = contentSpan(a.text, at.content.Start, q.inner.End)
	} else if q, ok := a.quoteStartsAt(u, second); ok {
		at.content = contentSpan(a.text, at.content.Start, q.inner.End)
	}
	at.quoted = a.isQuoted(u, at.content)
	if !at.quoted && c.end+1 < len(ws) && topicPreps[ws[c.end].low] && ws[c.end+1].tag == "VBG" {
		return at, false // "…, Donald Trump will insist on being Donald Trump": the cue has its own object
	}
	if at.content.End <= ws[s-1].span.End && !at.quoted && !finiteVerb(ws[:s-1]) && !((u.kind == headline || u.span.Start == 0) && titleCase(ws[:s-1])) {
		// "In the end, Mr. Clarke agreed …": an adverbial is no content. A title's
		// verbs are tagged as names: "… Could Address Clean Energy, Lindsey Graham Says".
		return at, false
	}
	return at, at.content.Len() > 0
}

// closesSentence reports whether a quotation ends as a sentence or a clause does, with a
// mark inside it: "“He is the best,” before leaving", not "“political tensions” in …".
func closesSentence(text string, q quote) bool {
	t := strings.TrimRight(q.inner.In(text), " ")
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// closedWithin reports whether a quotation opened just before t closes inside it, short
// of its end: then the mark opens a quoted phrase, not the content.
func closedWithin(t, mark string) bool {
	t = strings.TrimRight(t, " .,;\n")
	i := strings.Index(t, mark)
	return i >= 0 && i+len(mark) < len(t)
}

// resumesClause reports whether the words after a quotation ending at pos carry on the
// clause it opened: "He said “the economy” is weak" does, "He said “we will win” before
// leaving" does not.
func resumesClause(ws []word, pos int) bool {
	for k, w := range ws {
		if w.span.Start < pos {
			continue
		}
		if w.punc && k+1 < len(ws) {
			k++ // "“…,” is what he said"
		}
		return isVerb(ws, k) || ws[k].tag == "MD" || auxWords[ws[k].low] || ws[k].tag == "POS"
	}
	return false
}

// echoesCue reports whether a short tail after a quotation repeats its attribution:
// ", he said." after "X told The Times: ”…”".
func (a *analyser) echoesCue(tail string) bool {
	ws := scanWords(tail, claims.Span{End: len(tail)})
	if len(ws) == 0 || !ws[0].punc && !ws[0].cap && !isPronoun(ws[0]) {
		return false // "“budget reforms” and new levies would pay for it" goes on
	}
	for _, w := range ws {
		if a.isCueWord(w) {
			return true
		}
	}
	return false
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

// nextComma returns the index of the first comma or semicolon from ws[i], or len(ws).
func nextComma(ws []word, i int) int {
	for ; i < len(ws) && ws[i].text != "," && ws[i].text != ";"; i++ {
	}
	return i
}

// clauseEnd returns the end of the clause that starts at ws[i]: the next comma, semicolon
// or dash, or the unit end.
func clauseEnd(ws []word, i, end int) int {
	for k := i; k < len(ws); k++ {
		if t := ws[k].text; t == "," || t == ";" || isDash(t) {
			return ws[k].span.Start
		}
	}
	return end
}

// clauseFrom returns the end of the clause that starts at byte rest: the next comma, past
// an aside that opens it ("that, in his view, the team was fit"), or end.
func clauseFrom(ws []word, rest, end int) int {
	k := wordAt(ws, rest)
	if k < len(ws) && ws[k].text == "," {
		k = nextComma(ws, k+1) + 1
	}
	if k >= len(ws) {
		return end
	}
	return clauseEnd(ws, k, end)
}

// isYear reports whether w is a year of four digits: "2012".
func isYear(w word) bool {
	if len(w.low) != 4 || w.tag != "CD" {
		return false
	}
	for _, r := range w.low {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// restStart returns where the content starts after the cue, or -1 when what follows the
// cue is no content: nothing, or adjuncts only ("on Thursday, contradicting …").
func (a *analyser) restStart(u unit, ws []word, c cueHit) int {
	i := c.end
	// Time words and adjuncts right after the cue: "said on Monday that", "said Thursday".
	skipTime := func() {
		for i < len(ws) {
			w := ws[i]
			if timeNouns[w.low] && (w.cap || w.low == "today" || w.low == "yesterday" || w.low == "earlier" || w.low == "later" || i > c.end && timeNouns[ws[i-1].low]) {
				i++
				continue
			}
			if (w.low == "on" || w.low == "this" || w.low == "last" || w.low == "late" || w.low == "early") && i+1 < len(ws) && timeNouns[ws[i+1].low] {
				i += 2
				continue
			}
			if w.tag == "RB" && !w.cap && i+2 < len(ws) && ws[i+1].low == "that" && !finiteVerb(ws[i+2:i+3]) {
				i++ // "has said repeatedly that"
				continue
			}
			if w.low == "that" && i+1 < len(ws) && timeNouns[ws[i+1].low] && !ws[i+1].cap && (i+2 == len(ws) || ws[i+2].punc) {
				i += 2 // "told reporters that evening."
				continue
			}
			if w.low == "on" && i+2 < len(ws) && months[ws[i+1].low] && ws[i+2].tag == "CD" {
				i++ // "said on Dec. 6"
				continue
			}
			if months[w.low] && i+1 < len(ws) && ws[i+1].tag == "CD" {
				i += 2 // "said Dec. 6 on CNN"
				if i+1 < len(ws) && ws[i].text == "," && isYear(ws[i+1]) {
					i += 2 // "said Dec. 6, 2012"
					if i+1 < len(ws) && ws[i].text == "," && ws[i+1].low == "that" {
						i++ // the comma closes the date: "said Dec. 6, 2012, that"
					}
				}
				continue
			}
			if (w.low == "last" || w.low == "this" || w.low == "next" || w.low == "in") && i+1 < len(ws) && months[ws[i+1].low] {
				i += 2 // "wrote last October"
				if i < len(ws) && isYear(ws[i]) {
					i++ // "said in June 2012"
				}
				continue
			}
			break
		}
	}
	skipTime()
	if i >= len(ws) {
		return -1
	}
	if q, ok := a.quoteStartsAt(u, ws[i].span.Start); ok {
		return q.outer.Start
	}
	if c.entry.class == cueTell || c.entry.lemma == "ask" || c.entry.lemma == "urge" {
		// "told reporters (that)": the hearer is no content.
		e := npEnd(ws, i)
		if e > i && e+1 < len(ws) && (ws[e].low == "in" || ws[e].low == "at" || ws[e].low == "from") {
			// "told supporters in Columbus, Ohio, that …": the hearer's place is no content.
			p := npEnd(ws, e+1)
			if k := nextComma(ws, p+1); p < len(ws) && ws[p].text == "," && k+1 < len(ws) && k > p+1 && ws[k].text == "," && allCapitalised(ws[p+1:k]) {
				p = k + 1
			}
			if p > e+1 && p < len(ws) && ws[p].low == "that" {
				e = p
			}
		}
		if k := nextComma(ws, e+1); e > i && e < len(ws) && ws[e].text == "," && k+1 < len(ws) && ws[k].text == "," && ws[k+1].tag == "TO" && c.entry.class != cueTell {
			i = k + 1 // "asked Lester Holt, the moderator, to fact-check …"
		} else if e > i && e < len(ws) && (ws[e].low == "that" || ws[e].text == ":" || ws[e].text == ",") {
			if q, ok := a.quoteAfter(u, ws[e].span.End); ok && ws[e].text == "," {
				return q.outer.Start // "told reporters, “…”"
			}
			i = e
		} else if e > i && e < len(ws) {
			if _, ok := a.quoteStartsAt(u, ws[e].span.Start); ok {
				i = e
			} else if c.entry.class == cueTell {
				i = e
			}
		} else if e >= len(ws) {
			return -1
		}
	}
	// "said in a statement that …", "said in an interview on Sunday that …", "wrote on
	// Instagram: …"
	if ws[i].tag == "IN" && ws[i].low != "that" && ws[i].low != "of" {
		j := i + 1
		for j < len(ws) && j < i+10 && !ws[j].punc && ws[j].low != "that" && !(ws[j].tag == "VBG" && !timeNouns[ws[j].low]) {
			j++ // not "at a news conference announcing that …": the participle's clause
		}
		switch {
		case j < len(ws) && j < i+10 && (ws[j].low == "that" || ws[j].text == ":"):
			i = j
		case (ws[i].low == "in" || ws[i].low == "on" || ws[i].low == "at" || ws[i].low == "during" || ws[i].low == "after" || ws[i].low == "before") && i+1 < len(ws) && (ws[i+1].tag == "DT" || ws[i+1].tag == "PRP$"):
			for k := i + 1; k+1 < len(ws) && k < i+8 && !ws[k].punc && !strings.HasPrefix(ws[k].tag, "W") && !strings.HasPrefix(ws[k].tag, "VB"); k++ {
				if ws[k].tag == "PRP" && (subjectPronouns[ws[k].low] || ws[k].low == "it") && (finiteVerb(ws[k+1:k+2]) || auxWords[ws[k+1].low]) {
					i = k // "said in a referendum they wanted to remain British"
					break
				}
				if k > i+1 && ws[k].tag == "DT" && strings.HasPrefix(ws[k-1].tag, "NN") {
					if e := npEnd(ws, k); e > k+1 && e < len(ws) && (finiteVerb(ws[e:e+1]) || ws[e].tag == "MD") {
						i = k // "said after the meeting the deal was off"
						break
					}
				}
			}
		}
	}
	skipTime()
	if i >= len(ws) {
		return -1
	}
	if ws[i].text == "," {
		if q, ok := a.quoteAfter(u, ws[i].span.End); ok && i > c.end {
			return q.outer.Start // "said on Monday, “…”"
		}
		// "insisted, most recently in an interview, that …", "cautioned, as did the
		// bank, that …": an aside between commas before the that-clause.
		if k := nextComma(ws, i+1); k+1 < len(ws) && k-i <= 12 && ws[k].text == "," && ws[k+1].low == "that" {
			i = k + 1
		} else if k+1 < len(ws) && k-i <= 4 && ws[k].text == "," && !slices.ContainsFunc(ws[i+1:k], func(w word) bool { return strings.HasPrefix(w.tag, "VB") }) {
			if q, ok := a.quoteAfter(u, ws[k].span.End); ok {
				return q.outer.Start // "acknowledged, however, “…”"
			}
		}
	}
	w := ws[i]
	if w.low == "of" || w.low == "about" {
		// "joked of the museum, ‘…’": the quotation is what was said of it.
		if e := npEnd(ws, i+1); e < len(ws) && ws[e].text == "," {
			if q, ok := a.quoteAfter(u, ws[e].span.End); ok {
				return q.outer.Start
			}
		}
	}
	switch {
	case w.low == "that" && i+2 < len(ws) && ws[i+1].low == "by" && ws[i+2].tag == "VBG":
		return -1 // "reject that by claiming …": "that" is the object
	case w.low == "that" && i+1 < len(ws) && (finiteVerb(ws[i+1:i+2]) || ws[i+1].low == "’s" || ws[i+1].low == "'s"):
		return w.span.Start // "Christie said that was a natural part of it": "that" is the subject
	case w.low == "that" || w.text == ":":
		if i+1 < len(ws) {
			return ws[i+1].span.Start
		}
		if w.text == ":" && a.next.Len() > 0 {
			return a.next.Start // "He said:" closing a paragraph: the next one is what he said
		}
		return -1
	case w.punc:
		if q, ok := a.quoteStartsAt(u, w.span.End); ok && w.text == ":" {
			return q.outer.Start
		}
		return -1
	case w.tag == "IN" && !(c.entry.class == cueAccuse || c.entry.class == cueCall || c.entry.class == cueDeny || c.entry.class == cueEvaluate || c.entry.class == cueBroad) && w.low != "if" && w.low != "whether":
		return -1
	case subordinators[w.low] && w.low != "as":
		return -1
	case w.low == "by" && i+1 < len(ws) && ws[i+1].tag == "VBG":
		return -1 // "responded by saying …": the participle is the cue
	case w.tag == "VBG" && c.entry.class != cueCall && c.entry.class != cueEvaluate && c.entry.class != cueBroad && c.entry.class != cueIntent:
		return -1 // "said speaking …": a participle adjunct
	case w.tag == "TO" && c.entry.class != cueCall && c.entry.class != cueIntent && c.entry.class != cueBroad:
		return -1
	}
	if (c.entry.class == cueWeak || c.entry.class == cueEvidence) && !(w.low == "that" || w.text == ":") {
		// A weak cue needs a clause of its own: subject and verb. An expectation may
		// instead name a figure: "expects growth of 1.5% this year".
		if !hasVerb(ws[i:]) && !(c.entry.lemma == "expect" && figureAhead(ws[i:])) && !(c.entry.class == cueEvidence && (w.cap && !w.punc || w.tag == "DT" || w.tag == "CD") && !timeNouns[w.low]) {
			return -1 // but "Polling averages show Clinton with a lead": a record shows a name
		}
	}
	return w.span.Start
}

// quoteAfterCue returns the quotation after cue c and any adjuncts up to its comma:
// "…, adding later, “…”", "footage of Clinton asking, “…”".
func (a *analyser) quoteAfterCue(u unit, ws []word, c cueHit) (quote, bool) {
	return a.quoteAfter(u, ws[max(c.end, nextComma(ws, c.end))-1].span.End)
}

// adjunctPP reports whether the words from ws[k] are only a phrase of place, medium or
// occasion before a participle of saying: "responded on Twitter, calling …". Not "said
// in Madison, Wisconsin, that …", nor "fired back at the comments, including …".
func (a *analyser) adjunctPP(ws []word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	p := ws[k].low
	if p != "in" && p != "at" && p != "during" && p != "via" && p != "through" && p != "on" {
		return false
	}
	e := npEnd(ws, k+1)
	if e == k+1 {
		return false
	}
	for e+1 < len(ws) && (ws[e].low == "of" || ws[e].low == "in" || ws[e].low == "at" || ws[e].low == "to" && ws[e+1].tag != "VB") && npEnd(ws, e+1) > e+1 {
		e = npEnd(ws, e+1)
	}
	return e+1 < len(ws) && ws[e].text == "," && ws[e+1].tag == "VBG" && a.isCueWord(ws[e+1])
}

// adjunctOnly reports whether what follows a cue from byte rest, up to the next comma, is
// an adjunct and no clause: "late last week", "carefully", "in the White House briefing".
func (a *analyser) adjunctOnly(u unit, ws []word, rest int) bool {
	if _, ok := a.quoteStartsAt(u, rest); ok {
		return false
	}
	k := wordAt(ws, rest)
	if k == len(ws) || k > 0 && (ws[k-1].low == "that" || ws[k-1].text == ":") {
		return false
	}
	if subordinators[ws[k].low] && ws[k].low != "as" {
		return true // "“…,” he wrote after the Times published a story": when, not what
	}
	if t := ws[k].tag; t != "RB" && t != "IN" && t != "JJ" && !timeNouns[ws[k].low] && !(t == "VBN" && k+1 < len(ws) && hearerPreps[ws[k+1].low]) {
		return false // not a hearer's participle either: "told 2,267 people gathered at Purdue"
	}
	e := k
	for e < len(ws) && ws[e].text != "," {
		e++
	}
	return !finiteVerb(ws[k:e])
}

// relativeThat reports whether ws[k] is a "that" opening a relative clause on the noun
// before it, its verb right after it: "after the meeting that was held on a boat".
func relativeThat(ws []word, k int) bool {
	return k > 0 && k+1 < len(ws) && ws[k].low == "that" && strings.HasPrefix(ws[k-1].tag, "NN") && finiteVerb(ws[k+1:k+2])
}

// hearerOnly reports whether the words from ws[k] are a noun phrase, and any phrases of
// place or time after it, that close the sentence: the hearer of a quotation already given.
func hearerOnly(ws []word, k int) bool {
	if k >= len(ws) || !(ws[k].tag == "DT" || ws[k].tag == "PRP" || ws[k].tag == "PRP$" || ws[k].tag == "CD" || ws[k].cap || ws[k].poss) {
		return false
	}
	e := k
	for e < len(ws) && (isNPWord(ws[e]) || ws[e].tag == "RB" && e > k) {
		e++ // "the mostly white crowd"
	}
	if e+2 < len(ws) && e > k && ws[e].tag == "VBN" && hearerPreps[ws[e+1].low] {
		e++ // "told 2,267 people gathered at Purdue University"
	}
	for e+1 < len(ws) && hearerPreps[ws[e].low] {
		n := npEnd(ws, e+1)
		if n == e+1 {
			break
		}
		e = n
		for e < len(ws) && (ws[e].tag == "VBN" || ws[e].tag == "VBD") && !finiteVerb(ws[e+1:min(len(ws), e+2)]) {
			e++ // "in an interview aired on Monday"
		}
	}
	return e > k && (e == len(ws) || ws[e].punc && ws[e].text != ":")
}

// hearerPreps open a phrase of place or occasion after a hearer: "told reporters in
// Ohio", "told POLITICO before Ryan's interview".
var hearerPreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "outside": true}

// figureAhead reports whether a number stands among the first words of ws, before any
// punctuation: "growth of 1.5%", "a rise of 0.3 points".
func figureAhead(ws []word) bool {
	for k := 0; k < len(ws) && k < 6 && !ws[k].punc; k++ {
		if w := ws[k].low; ws[k].tag == "CD" || w != "" && w[0] >= '0' && w[0] <= '9' {
			return true // the tagger reads "1.5%" as a noun
		}
	}
	return false
}

func hasVerb(ws []word) bool {
	for i, w := range ws {
		if i > 12 || w.text == "," {
			break
		}
		if strings.HasPrefix(w.tag, "VB") || w.tag == "MD" {
			return i > 0
		}
	}
	return false
}

func (a *analyser) quoteStartsAt(u unit, pos int) (quote, bool) {
	for _, q := range u.quotes {
		if q.outer.Start <= pos && pos <= q.inner.Start {
			return q, true
		}
	}
	return quote{}, false
}

func (a *analyser) quoteEndsAt(u unit, pos int) bool {
	for _, q := range u.quotes {
		if q.inner.End <= pos && pos <= q.outer.End && q.outer.End-pos <= 3 || q.outer.End == pos {
			return true
		}
	}
	return false
}

// opensUpper reports whether s starts with a capital letter.
func opensUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " ‘'\"“"))
	return unicode.IsUpper(r)
}

// quoteEnding returns the quotation that closes just before pos, across spaces and a
// full stop.
func (a *analyser) quoteEnding(u unit, pos int) (quote, bool) {
	for _, q := range u.quotes {
		if q.outer.End <= pos && strings.Trim(a.text[q.outer.End:pos], " .\u00a0") == "" {
			return q, true
		}
	}
	return quote{}, false
}

// quoteAfter returns a quotation that opens right after pos (across a comma or a full
// stop: "“…?” Clinton said. “…”").
func (a *analyser) quoteAfter(u unit, pos int) (quote, bool) {
	for _, q := range u.quotes {
		if q.outer.Start >= pos && strings.Trim(a.text[pos:q.outer.Start], " ,.") == "" {
			return q, true
		}
	}
	return quote{}, false
}

// isQuoted reports whether most of s lies inside quotations.
func (a *analyser) isQuoted(u unit, s claims.Span) bool {
	in := 0
	for _, q := range u.quotes {
		lo, hi := max(q.inner.Start, s.Start), min(q.inner.End, s.End)
		if hi > lo {
			in += hi - lo
		}
	}
	return s.Len() > 0 && in*2 > s.Len()
}

func (a *analyser) accordingTo(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	// The source runs to the comma or the end: "according to two people familiar with
	// the talks".
	e := c.end
	for e < len(ws) && !ws[e].punc {
		e++
	}
	if e-c.end > 12 {
		e = npEnd(ws, c.end)
	}
	// Whatever follows "according to" is the source: a person, a poll, a database.
	sp, src, ok := a.speakerOf(ws, c.end, e, true)
	if !ok {
		// "according to a poll released on Monday": the noun phrase alone.
		if sp, src, ok = a.speakerOf(ws, c.end, npEnd(ws, c.end), true); !ok {
			return at, false
		}
	}
	at.speaker, at.source = sp, src
	// "But according to reports in the media, …": only a conjunction or adverb before.
	lead := c.start > 0 && !slices.ContainsFunc(ws[:c.start], func(w word) bool { return w.tag != "CC" && w.tag != "RB" && w.text != "," })
	if c.start == 0 || lead {
		k := nextComma(ws, e)
		if e < len(ws) && finiteVerb(ws[e:k]) {
			return at, false // "According to Ofcom there were …": where the source ends is unclear
		}
		if k+1 < len(ws) && (ws[k+1].low == "which" || ws[k+1].low == "who") {
			k = nextComma(ws, k+1) // "According to the WSJ, which cites …, the directors …"
		}
		if k+1 < len(ws) && ws[k].text == "," {
			// "According to a complaint filed by the S.E.C. and …, the developers …": the
			// source's phrase may run on past its noun.
			at.content = contentSpan(a.text, ws[k+1].span.Start, u.span.End)
		}
	} else {
		end := ws[c.start].span.Start
		at.content = contentSpan(a.text, u.span.Start, end)
		if midAside(ws, c.start-1, e) {
			// "The plan, according to officials, will cost £2bn": in the middle of what
			// they said.
			at.content = contentSpan(a.text, u.span.Start, u.span.End)
		}
	}
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0 && !bareWord(ws, at.content, "RB")
}

// asClause reports whether cue c is a participle in an "as" clause that opens the
// sentence or closes it after a comma: "As reported by Reuters, …", "…, as first stated
// in the report." It returns the index of "as".
func asClause(ws []word, c cueHit) (int, bool) {
	if ws[c.start].tag != "VBN" && ws[c.start].tag != "VBD" || c.end >= len(ws) || !agentPreps[ws[c.end].low] {
		return 0, false
	}
	i := c.start - 1
	for i > 0 && (ws[i].tag == "RB" || ws[i].low == "first") && !ws[i].cap {
		i--
	}
	return i, i >= 0 && ws[i].low == "as" && (i == 0 || ws[i-1].text == ",")
}

// agentPreps introduce the source of a passive "as" clause: "as reported by", "as
// stated in".
var agentPreps = map[string]bool{"by": true, "in": true}

// asReported reads the passive "as" clause at ws[as:] as a claim of its agent: "As stated
// in Davis' commentary, there are conflicting stories".
func (a *analyser) asReported(at attribution, u unit, ws []word, c cueHit, as int) (attribution, bool) {
	g := c.end + 1
	e := g
	for e < len(ws) && !ws[e].punc {
		e++
	}
	if e-g > 12 {
		e = npEnd(ws, g)
	}
	sp, src, ok := a.speakerOf(ws, g, e, true)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	switch {
	case as == 0 && e+1 < len(ws) && ws[e].text == ",":
		at.content = contentSpan(a.text, ws[e+1].span.Start, u.span.End)
	case as > 0 && (e == len(ws) || e+1 == len(ws) && ws[e].punc) && !slices.ContainsFunc(ws[:as], a.speechWord):
		// Not "“…,” said the union leader, as reported by Reuters": the statement is the
		// leader's, and the agency only passed it on.
		at.content = contentSpan(a.text, u.span.Start, ws[as-1].span.Start)
	case midAside(ws, as-1, e):
		at.content = contentSpan(a.text, u.span.Start, u.span.End) // "The striker, as reported by the club, will miss …"
	default:
		return at, false
	}
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// midAside reports whether the commas ws[open] and ws[close] set off an aside between a
// subject and its verb: "The plan, according to officials, will cost £2bn".
func midAside(ws []word, open, close int) bool {
	return open > 0 && ws[open].text == "," && close+1 < len(ws) && ws[close].text == "," && !finiteVerb(ws[:open]) && finiteVerb(ws[close+1:])
}

// special reads the constructions that have no reporting verb: "X's position has been
// that …", "In his opinion, …", a poll or study the findings come from, a headline ending
// "– Kremlin", a title, a speaker line, a signed quotation, and a quotation that
// continues the previous speaker.
func (a *analyser) special(ui int, u unit, ws []word) {
	if a.position(ui, u, ws) || a.inOpinion(ui, u, ws) {
		return
	}
	if a.inSurvey(ui, u, ws) {
		return
	}
	if u.kind == headline {
		a.headlineAttribution(ui, u, ws)
		return
	}
	if a.title(ui, u, ws) {
		return
	}
	if a.speakerLine(ui, u, ws) || a.signedQuote(ui, u, ws) {
		return
	}
	a.continuation(ui, u, ws)
}

// position reads a stance noun after its possessor and before a that-clause: "X's
// position has been that …".
func (a *analyser) position(ui int, u unit, ws []word) bool {
	for i := 1; i+2 < len(ws); i++ {
		if !positionNouns[ws[i].low] || !ws[i-1].poss {
			continue
		}
		j := i + 1
		for j < len(ws) && (auxWords[ws[j].low] || ws[j].low == "remains" || ws[j].low == "since") {
			j++
		}
		if j >= len(ws) || ws[j].low != "that" || j == i+1 || j+1 >= len(ws) {
			continue
		}
		s := npStart(ws, i-1)
		owner := append([]word(nil), ws[s:i]...)
		owner[len(owner)-1].poss = false // the chancellor, not "chancellor’s"
		if sp, src, ok := a.speakerAt(owner, 0, len(owner)); ok {
			a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src,
				cue:     claims.Span{Start: ws[i].span.Start, End: ws[j].span.End},
				content: contentSpan(a.text, ws[j+1].span.Start, u.span.End)}, u)
			return true
		}
	}
	return false
}

// inOpinion reads "In his opinion, …", "In the minister's view, …".
func (a *analyser) inOpinion(ui int, u unit, ws []word) bool {
	if len(ws) > 4 && ws[0].low == "in" {
		for i := 1; i < 6 && i+1 < len(ws); i++ {
			if opinionNouns[ws[i].low] && ws[i+1].text == "," {
				var sp claims.Speaker
				var src claims.Span
				ok := false
				if ws[i-1].low == "his" || ws[i-1].low == "her" || ws[i-1].low == "their" {
					sp, src, ok = a.speakerAt(ws, i-1, i)
				} else if ws[i-1].poss {
					sp, src, ok = a.speakerAt(ws, 1, i)
				}
				if ok {
					a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src,
						cue:     claims.Span{Start: ws[0].span.Start, End: ws[i].span.End},
						content: contentSpan(a.text, ws[i+2].span.Start, u.span.End)}, u)
					return true
				}
			}
		}
	}
	return false
}

// title reads the first line of a document as a title: set in title case, or with a colon
// among its first words. It reports whether the unit was such a title, with a claim or not.
func (a *analyser) title(ui int, u unit, ws []word) bool {
	if n := len(a.out); ui == 0 && u.span.Start == 0 && (titleCase(ws) || len(ws) > 3 && slices.ContainsFunc(ws[1:min(7, len(ws))], func(w word) bool { return w.text == ":" }) || a.hasColonQuote(u, ws)) {
		// A title that closes like prose: "Obama on Climate Change: The Trends Are
		// 'Terrifying.'", "Poll: Clinton and Trump in dead heat". Its speaker must be a
		// person or body the article names: "Stealth Over Health: …" is none.
		if a.headlineAttribution(ui, u, ws); len(a.out) > n {
			if sp := a.out[n].speaker; (sp.Kind == claims.Person || sp.Kind == claims.Organisation) && a.namedAfter(u, sp) {
				return true
			}
			a.out = a.out[:n]
		}
		return true // nor is a title a speaker line
	}
	return false
}

// continuation reads a paragraph that is one quotation as the last speaker's, when that
// speaker was read from the paragraphs just before.
func (a *analyser) continuation(ui int, u unit, ws []word) {
	// A paragraph that is one quotation continues the last speaker of the paragraph before.
	if len(u.quotes) > 0 && len(a.out) > 0 {
		q := u.quotes[0]
		k := len(a.out) - 1
		for k > 0 && a.out[k].class == cueBroad && a.out[k-1].unit == a.out[k].unit {
			k-- // "“…,” Mr. Hedge said, referring to the resorts.": the quotation's speaker
		}
		prev := a.out[k]
		if q.outer.Start <= u.span.Start+1 && q.outer.Len()*10 >= u.span.Len()*8 && prev.unit >= ui-2 && (prev.quoted || prev.class != cueBroad && prev.speaker.Kind == claims.Person) && !heading(ws) {
			// No mention of its own: the source is the mention that named the speaker.
			a.emit(attribution{unit: ui, host: -1, speaker: prev.speaker, source: prev.source, referent: prev.referent, quoted: true,
				content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
		}
	}
}

// surveyNouns head the phrase of an enquiry whose findings a sentence reports with "in".
var surveyNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true, "census": true, "analysis": true, "report": true, "audit": true, "review": true}

// inSurvey reads a poll or study that the findings of a sentence come from: "In a CBS
// News poll last month, she led by 24 points", "Labour leads by five points in the latest
// YouGov survey."
func (a *analyser) inSurvey(ui int, u unit, ws []word) bool {
	emit := func(i, j int, content claims.Span) bool {
		sp, src, ok := a.speakerOf(ws, i, j, true)
		if !ok || content.Len() == 0 {
			return false
		}
		a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: ws[i-1].span, content: content}, u)
		return true
	}
	// surveyAt returns the end of the phrase from ws[i] when an enquiry heads it.
	surveyAt := func(i int) int {
		e := npEnd(ws, i)
		for e > i && !surveyNouns[ws[e-1].low] && !strings.HasPrefix(ws[e-1].tag, "NN") {
			e-- // "a YouGov poll last month": npEnd stopped at "month"
		}
		if e == i || !surveyNouns[ws[e-1].low] {
			return -1
		}
		if pluralNoun(ws[e-1].low) && !slices.ContainsFunc(ws[i:e-1], func(w word) bool { return w.cap }) {
			return -1 // "leading in the polls": an idiom, no poll in particular
		}
		return e
	}
	if len(ws) > 4 && ws[0].low == "in" {
		if e := surveyAt(1); e > 0 {
			if k := nextComma(ws, e); k+1 < len(ws) && k-e <= 6 && ws[k].text == "," && finiteVerb(ws[k+1:]) {
				return emit(1, e, contentSpan(a.text, ws[k+1].span.Start, u.span.End))
			}
		}
	}
	for j := len(ws) - 2; j > 2 && j >= len(ws)-12; j-- {
		if ws[j].low != "in" || ws[j-1].punc {
			continue
		}
		e := surveyAt(j + 1)
		if e < 0 {
			continue
		}
		if rest := ws[e:]; len(rest) <= 4 && !finiteVerb(rest) && finiteVerb(ws[:j]) && (len(rest) == 0 || rest[len(rest)-1].punc) {
			return emit(j+1, e, contentSpan(a.text, u.span.Start, ws[j].span.Start))
		}
		break
	}
	return false
}

// headlineAttribution reads "Door Not Shut to Peace Talks – Kremlin" and "Kremlin: …".
func (a *analyser) headlineAttribution(ui int, u unit, ws []word) {
	for i := len(ws) - 2; i > 0 && i >= len(ws)-6; i-- {
		if t := ws[i].text; t == "–" || t == "—" || t == "-" || t == "|" {
			if sp, src, ok := a.speakerAt(ws, i+1, len(ws)); ok && sp.Kind != claims.Group {
				a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: ws[i].span,
					content: contentSpan(a.text, u.span.Start, ws[i].span.Start)}, u)
			}
			return
		}
	}
	for i := 1; i < 9 && i < len(ws)-2; i++ {
		if ws[i].text != ":" {
			continue
		}
		// "Obama on Climate Change: …", "Clinton to Planned Parenthood: …": the speaker,
		// then the topic or the audience.
		end := 1
		for end < i && ws[end].low != "on" && ws[end].low != "to" {
			end++
		}
		q, quoted := a.colonQuote(u, ws)
		sp, src, ok := a.speakerAt(ws, 0, end)
		if label := end == 1 || end == 2 && ws[0].low == "the"; label && headings[ws[end-1].low] {
			ok = false // "The Latest: …", "Analysis: …": a label, no speaker; not "Judicial Watch: …"
		}
		if ok && sp.Kind != claims.Group && nameLike(ws[:end]) && (end < i || i < 5) && (!quoted || a.namedAfter(u, sp)) {
			a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: claims.Span{Start: ws[end].span.Start, End: ws[i].span.End},
				content: contentSpan(a.text, ws[i+1].span.Start, u.span.End)}, u)
			return
		}
		if quoted {
			// "A Lesson From Loretta Lynch: ‘…’", "Warren Hammers Wells Fargo CEO: ‘…’": the
			// person the title names before a quotation, if the article names her too.
			if sp, src, ok := a.titleSpeaker(u, ws[:i]); ok {
				a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: ws[i].span, quoted: true,
					content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
			}
		}
		return
	}
}

// namedAfter reports whether the text after u names sp, a person perhaps with a middle
// name ("Loretta Lynch" in the title, "Loretta E. Lynch" below it).
func (a *analyser) namedAfter(u unit, sp claims.Speaker) bool {
	rest := a.text[u.span.End:]
	if strings.Contains(strings.ToLower(rest), strings.ToLower(sp.Name)) {
		return true
	}
	name := strings.Fields(sp.Name)
	if sp.Kind != claims.Person || len(name) != 2 {
		return false
	}
	ws := strings.Fields(rest)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == name[0] && strings.TrimRight(ws[i+2], ".,;:’'\"”") == name[1] {
			return true
		}
	}
	return false
}

// hasColonQuote reports whether ws opens with a title and a colon before a quotation.
func (a *analyser) hasColonQuote(u unit, ws []word) bool {
	_, ok := a.colonQuote(u, ws)
	return ok
}

// colonQuote returns the quotation that a colon among the first words of ws opens, when
// it runs to the end: "A lesson from Loretta Lynch: ‘Be the voice that people hear.’"
func (a *analyser) colonQuote(u unit, ws []word) (quote, bool) {
	for i := 1; i < 9 && i < len(ws)-2; i++ {
		if ws[i].text == ":" {
			q, ok := a.quoteStartsAt(u, ws[i+1].span.Start)
			return q, ok && q.outer.End >= ws[len(ws)-1].span.Start
		}
	}
	return quote{}, false
}

// titleSpeaker reads the person a title names before its colon, and the article after it
// names too: after "from" ("A Lesson From Loretta Lynch"), else the name that opens it
// ("Elizabeth Warren Hammers …").
func (a *analyser) titleSpeaker(u unit, ws []word) (claims.Speaker, claims.Span, bool) {
	for k := len(ws) - 2; k > 0; k-- {
		if ws[k].low == "from" {
			if sp, src, ok := a.speakerAt(ws, k+1, len(ws)); ok && sp.Kind == claims.Person && nameLike(ws[k+1:]) && a.namedAfter(u, sp) {
				return sp, src, true
			}
			break
		}
	}
	for e := 1; e < len(ws) && ws[e-1].cap && !isPronoun(ws[0]); e++ {
		if sp, src, ok := a.speakerAt(ws, 0, e); ok && sp.Kind == claims.Person && nameLike(ws[:e]) && a.namedAfter(u, sp) {
			// the longest run that reads as the same person: "Elizabeth Warren", not "Elizabeth"
			for ; e < len(ws) && ws[e].cap; e++ {
				sp2, src2, ok := a.speakerAt(ws, 0, e+1)
				if !ok || sp2.Name != sp.Name {
					break
				}
				src = src2
			}
			return sp, src, true
		}
	}
	return claims.Speaker{}, claims.Span{}, false
}

// titleVerb tags as a verb the first cue in -s after a capitalised subject of a title set
// in title case, where the tagger reads every word as a name: "Chris Christie Calls
// Hillary Clinton ‘A Disgrace’", "Sanders Vows To Eliminate Tax Breaks".
func (a *analyser) titleVerb(ws []word) {
	if !titleCase(ws) {
		return
	}
	for i := 1; i < len(ws)-1 && i <= 6; i++ {
		w := ws[i]
		if w.text == "," {
			continue // "Railing Against Trump, Sanders Vows …"
		}
		if w.punc || !w.cap {
			return // the subject of a title is a run of capitals
		}
		if strings.HasPrefix(w.tag, "VB") {
			return
		}
		if a.lx.titleCue(w.low) && !ws[i-1].punc && !ws[i-1].poss {
			ws[i].tag = "VBZ"
			return
		}
	}
}

// titleCue reports whether low is the -s form of a reporting verb, which a title set in
// title case writes capitalised: "Says", "Calls", "Vows".
func (lx *lexicon) titleCue(low string) bool {
	if !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") {
		return false
	}
	for _, e := range lx.cues[low] {
		if !e.state {
			return true
		}
	}
	return false
}

// titleCase reports whether most longer words of ws are capitalised, as in a title.
func titleCase(ws []word) bool {
	n, caps := 0, 0
	for _, w := range ws {
		if !w.punc && len(w.text) > 3 {
			n++
			if w.cap {
				caps++
			}
		}
	}
	return n > 0 && caps*4 >= n*3
}

// heading reports whether ws reads as a section title in quotation marks, every word
// capitalised but the short function words: "'Legend in the Coal Fields.'"
func heading(ws []word) bool {
	n := 0
	for _, w := range ws {
		if w.punc || len(w.text) < 3 || titleSmall[w.low] {
			continue
		}
		if !w.cap {
			return false
		}
		n++
	}
	return n >= 2 && len(ws) < 12
}

var titleSmall = map[string]bool{"the": true, "and": true, "but": true, "for": true, "nor": true, "with": true, "from": true, "into": true, "over": true, "n't": true}

// nameLike reports whether a headline's words before a colon can be a name: "Poll",
// "Bank of England", but not a section title such as "Little Relief for Refugees".
func nameLike(ws []word) bool {
	for _, w := range ws {
		if !w.cap && !w.punc && w.low != "of" && w.low != "the" && w.low != "and" {
			return false
		}
	}
	return true
}

// hasPreposition reports whether ws holds a lowercase preposition other than "of", which
// names and roles do not: "Success on Signature Issue".
func hasPreposition(ws []word) bool {
	for i, w := range ws {
		if (!w.cap || i > 0) && (w.tag == "IN" || w.tag == "TO") && w.low != "of" {
			return true
		}
	}
	return false
}

func (a *analyser) emit(at attribution, u unit) {
	if t := strings.TrimRight(at.content.In(a.text), ".”\"’'"); at.content.Len() == 0 || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		return // "(CROSSTALK.)", "(APPLAUSE)": a stage direction, not what was said
	}
	if !at.quoted {
		at.quoted = a.isQuoted(u, at.content)
	}
	a.out = append(a.out, at)
	a.noteSex(at.speaker, at.source)
	a.remember(at.speaker)
}

// noteSex learns a person's sex from the mention at src that names them. An unnamed
// person ("A BBC spokeswoman said …. She said") joins the people a pronoun may stand for.
func (a *analyser) noteSex(sp claims.Speaker, src claims.Span) {
	first, _, _ := strings.Cut(strings.ToLower(src.In(a.text)), " ")
	if sp.Kind == claims.Anonymous && (first == "a" || first == "an") && sp.Role != "" && !knownPlural(strings.ToLower(lastField(sp.Role))) {
		a.persons = append(a.persons, sp)
	} else if sp.Kind != claims.Person {
		return
	}
	if g := sexOf(src.In(a.text), sp.Role); g != 0 {
		a.learnSex(sp.Name, g)
	}
}

// noteSubject remembers the subject of a sentence that holds no claim, so a pronoun in a
// later claim can refer to it: "A few days ago, the Russian Foreign Minister drew attention
// to … In his opinion, …". tagged holds the unit's words when analyse read it.
func (a *analyser) noteSubject(u unit, tagged []word, analysed bool) {
	sp := u.span
	if m := datelineRE.FindStringIndex(sp.In(a.text)); m != nil {
		sp.Start += m[1] // "WASHINGTON ― ": a dateline names no subject
	}
	ws := scanWords(a.text, sp)
	if analysed && a.notePlural(tagged, true) || !analysed && a.notePlural(ws, false) {
		return
	}
	i := 0
	if len(ws) > 0 && !ws[0].cap || len(ws) > 0 && subordinators[ws[0].low] || len(ws) > 0 && (ws[0].low == "in" || ws[0].low == "on" || ws[0].low == "a" || ws[0].low == "after" || ws[0].low == "during" || ws[0].low == "earlier" || ws[0].low == "last" || ws[0].low == "despite" || ws[0].low == "for") {
		for j := 0; j < len(ws) && j < 15; j++ {
			if ws[j].text == "," {
				i = j + 1
				break
			}
		}
	}
	j := i
	for j < len(ws) && (!ws[j].punc || ws[j].text == "." && j > i && honorifics[ws[j-1].low+"."]) && (ws[j].cap || ws[j].punc || determiners[ws[j].low] || a.lx.roleWord(ws[j].low) ||
		j+1 < len(ws) && (a.lx.roleWord(ws[j+1].low) || ws[j+1].cap && !ws[j+1].punc)) {
		// "Mr. Smith": the scanner parts a title from its stop
		j++
		if ws[j-1].poss && j < len(ws) && !ws[j].cap && !a.lx.roleWord(ws[j].low) {
			break
		}
	}
	if j == i {
		return
	}
	if j == i {
		return
	}
	m, ok := a.lx.readMention(ws[i:j])
	if !ok || m.pronoun != "" {
		return
	}
	who := a.people.speaker(m)
	if who.Kind == claims.Person && who.Role == "" && !strings.Contains(who.Name, " ") && commonWord(who.Name) && !honorifics[ws[i].low] {
		return // "Currently, …", "Telephone polls …": a word, not someone a pronoun may stand for; "Mr. Smith" is someone
	}
	if who.Name != "" && (who.Kind == claims.Person || who.Kind == claims.Organisation) {
		a.noteSex(who, m.span)
		a.remember(who)
	}
	if _, known := a.people.bySurname[strings.ToLower(who.Name)]; who.Kind == claims.Person && who.Role == "" && !strings.Contains(who.Name, " ") && !known && !honorifics[ws[i].low] && m.text == m.name {
		// "Barclays cut 500 jobs. It said …": a one-word name no one bears in full may be
		// a body, and "it" can stand for nothing else.
		org := who
		org.Kind = claims.Organisation
		a.lastOrg = &org
	}
}

// notePlural remembers a plural noun that can speak and is the subject of a sentence,
// for a later "they": "Twenty-seven states are suing the agency. They argue that …".
// Untagged, it takes a phrase of at most four words whose last ends in "s", before an
// auxiliary: "The unions have".
func (a *analyser) notePlural(ws []word, tagged bool) bool {
	i := subjectStart(ws)
	var e int
	if tagged {
		e = npEnd(ws, i)
		if e == i || e >= len(ws) || ws[e-1].tag != "NNS" || !(isVerb(ws, e) || auxWords[ws[e].low] || ws[e].tag == "MD") {
			return false
		}
	} else {
		e = i
		for e < len(ws) && e < i+4 && !ws[e].punc && !pluralAux[ws[e].low] {
			e++
		}
		if e == i || e >= len(ws) || !pluralAux[ws[e].low] || !pluralNoun(ws[e-1].low) {
			return false
		}
	}
	if _, ok := a.lx.speakers[ws[e-1].low]; !ok {
		if _, ok := speakerNoun(ws[e-1].low); !ok {
			return false // "The talks ended": nothing that can speak
		}
	}
	k := i
	for k < e-1 && determiners[ws[k].low] {
		k++
	}
	a.remember(claims.Speaker{Name: joinText(ws[k:e]), Kind: claims.Group})
	return true
}

var pluralAux = map[string]bool{"are": true, "were": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true}

// pluralNoun reports whether a lower-case word looks like a plural noun.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w == strings.ToLower(w) && !auxWords[w]
}

// subjectStart returns where the subject of a sentence starts: after an opening adverbial
// or participle and its comma ("In August, …", "Chastened, …"), else 0.
func subjectStart(ws []word) int {
	if len(ws) == 0 || isNPWord(ws[0]) && !(ws[0].cap && functionWords[ws[0].low]) && ws[0].tag != "VBN" && ws[0].tag != "VBG" {
		return 0
	}
	for i := 1; i < len(ws) && i < 25; i++ {
		if ws[i].text != "," {
			continue
		}
		// The subject is a phrase followed by its verb: "Chastened by the analyses, as
		// well as complaints over its costs, Trump revised his plan".
		if e := npEnd(ws, i+1); e > i+1 && e < len(ws) && (finiteVerb(ws[e:e+1]) || auxWords[ws[e].low]) {
			return i + 1
		}
	}
	return 0
}

// skipParen steps left over a parenthesis just before the verb: "Sen. Lindsey Graham
// (R-S.C.) told".
func skipParen(ws []word, i int) int {
	if i == 0 || ws[i-1].text != ")" {
		return i
	}
	for j := i - 2; j >= 0 && j > i-12; j-- {
		if ws[j].text == "(" {
			return skipBack(ws, j)
		}
	}
	return i
}

// trailingRole reads the apposition after an inverted speaker, "…, said Jane Doe, chief
// economist at Barclays.", as the speaker's role and employer, unless the speaker has a
// role already or the apposition is no noun phrase.
func (a *analyser) trailingRole(sp *claims.Speaker, ws []word) {
	for i := 1; i+1 < len(ws); i++ {
		if (ws[i].low == "in" || ws[i].low == "on") && (ws[i+1].low == "a" || ws[i+1].low == "an") {
			ws = ws[:i] // "…, chief secretary to the Treasury, in a statement"
			break
		}
	}
	for len(ws) > 0 && (ws[len(ws)-1].punc || timeNouns[ws[len(ws)-1].low]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || len(ws) > 16 || sp.Role != "" && !academicTitles[strings.ToLower(sp.Role)] || finiteVerb(ws) {
		return
	}
	if f := ws[0]; !(f.tag == "DT" || f.tag == "JJ" || f.tag == "PRP$" || f.poss || strings.HasPrefix(f.tag, "NN")) || !strings.HasPrefix(ws[len(ws)-1].tag, "NN") && !ws[len(ws)-1].cap {
		return
	}
	if _, n := a.lx.findRole(ws); ws[len(ws)-1].cap && n == 0 {
		return // "…, said Jane Doe, Reuters": a second name, not a role
	}
	sp.Role = joinText(ws)
	if sp.Affiliation == "" {
		sp.Affiliation = a.lx.phraseOrg(ws)
	}
}

// dashAside finds an aside between dashes that ends just before ws[i] and returns the
// index of its opening dash.
func dashAside(ws []word, i int) (int, bool) {
	if i < 3 || !isDash(ws[i-1].text) {
		return 0, false
	}
	for j := i - 2; j > 0 && j > i-32; j-- {
		if ws[j].text == ws[i-1].text {
			return j, !ws[j-1].punc
		}
		if ws[j].text == "." || ws[j].text == ";" || ws[j].text == ":" || isDash(ws[j].text) {
			return 0, false
		}
	}
	return 0, false
}

// skipParenAfter steps right over a parenthesis at ws[i]: "said Rep. G.K. Butterfield
// (D-N.C.), head of …".
func skipParenAfter(ws []word, i int) int {
	if i >= len(ws) || ws[i].text != "(" {
		return i
	}
	for j := i + 1; j < len(ws) && j < i+12; j++ {
		if ws[j].text == ")" {
			return j + 1
		}
	}
	return i
}

// namesBody reports whether the name at ws[s] follows a comma after a common noun for a
// body, and so names that body: "the Vatican's official newspaper, L'Osservatore Romano".
func namesBody(ws []word, s int) bool {
	if s < 2 || ws[s-1].text != "," {
		return false
	}
	h := ws[s-2]
	if h.cap || !strings.HasPrefix(h.tag, "NN") {
		return false
	}
	if k, ok := speakerNoun(h.low); !ok || k != claims.Organisation {
		return false
	}
	// The noun stands in an aside after a name: "Vian, the editor of the Vatican's
	// newspaper, …", not "On the Democratic side, Mrs. Clinton …".
	for k := s - 3; k > 0 && k > s-16; k-- {
		if ws[k].text == "," {
			return ws[k-1].cap && !ws[k-1].punc
		}
		if ws[k].punc || finiteVerb(ws[k:k+1]) {
			return false
		}
	}
	return false
}

// apposition finds ", X ," ending just before ws[i], with no finite verb inside, and
// returns where X starts and the index of the first comma.
func apposition(ws []word, i int) (int, int, bool) {
	if i < 3 || ws[i-1].text != "," && !isDash(ws[i-1].text) {
		return 0, 0, false
	}
	for j := i - 2; j > 0 && j > i-32; j-- {
		if ws[j].text != "," {
			continue
		}
		if j == i-2 && !ws[j+1].cap && ws[j+1].tag != "CD" {
			return 0, 0, false
		}
		// "a former aide who accompanied her to Burma": a relative clause may hold verbs,
		// and so may a participle's aside ("Powell, asked whether a recession was coming,").
		// So may an adverbial clause with a gerund ("The governor, despite admitting that …,").
		relative := ws[j+1].tag == "VBN" || ws[j+1].tag == "VBG" || ws[j+1].tag == "VBD" && j+2 < i && (ws[j+2].tag == "IN" || ws[j+2].tag == "TO" || strings.HasPrefix(ws[j+2].tag, "W")) ||
			ws[j+1].tag == "IN" && j+2 < i && ws[j+2].tag == "VBG"
		for k, w := range ws[j+1 : i-1] {
			if w.low == "who" || w.low == "which" || w.low == "whose" || w.low == "that" && k > 0 && strings.HasPrefix(ws[j+k].tag, "NN") {
				relative = true
			}
			// "a former United States ambassador to Russia": the tagger reads a noun after a
			// name, in a phrase with a determiner, as a verb.
			misread := (w.tag == "VBZ" || w.tag == "VBP") && k > 0 && ws[j+k].cap && (ws[j+1].tag == "DT" || ws[j+1].tag == "PRP$") && j+k+2 < i && (ws[j+k+2].tag == "TO" || ws[j+k+2].tag == "IN")
			// "a super PAC allied with House leadership": a participle after the noun it
			// describes, read as a past tense.
			reduced := w.tag == "VBD" && k > 0 && strings.HasPrefix(ws[j+k].tag, "NN") && (ws[j+1].tag == "DT" || ws[j+1].tag == "PRP$") && j+k+2 < i && (ws[j+k+2].tag == "IN" || ws[j+k+2].low == "by")
			misread = misread || reduced
			if !relative && !misread && (w.punc && !strings.Contains(".-()/&", w.text) && !isDash(w.text) || w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD" || relatives[w.low]) {
				return 0, 0, false
			}
		}
		if j >= 3 && ws[j-1].tag == "CD" && ws[j-2].text == "," {
			return j + 1, j - 2, true // "Jane Doe, 45, a former minister, said": an age first
		}
		return j + 1, j, true
	}
	return 0, 0, false
}

// extendPP takes in a prepositional tail of a subject: "Officials at Homeland Security",
// "Republicans on the House Financial Services Committee".
func extendPP(ws []word, s int) int {
	// "People familiar with the talks", "sources close to the club": an adjective or
	// participle and its preposition after the head.
	if s >= 3 && (ws[s-1].low == "with" || ws[s-1].low == "to" || ws[s-1].low == "on" || ws[s-1].low == "in" || ws[s-1].low == "at" || ws[s-1].low == "about" || ws[s-1].low == "of") && (ws[s-2].tag == "JJ" || strings.HasPrefix(ws[s-2].tag, "VB") || ws[s-2].low == "close") && !ws[s-2].cap {
		if h := ws[s-3]; h.low == "those" {
			return s - 3 // "Those close to him"
		} else if h.tag == "NNS" || h.tag == "NN" {
			return npStart(ws, s-2)
		}
	}
	if s >= 2 && ws[s-1].low == "of" && partitives[ws[s-2].low] {
		return npStart(ws, s-1) // "one of his advisers", "many of the growers"
	}
	if s < 2 || !(ws[s-1].low == "at" || ws[s-1].low == "of" || ws[s-1].low == "for" || ws[s-1].low == "from" || ws[s-1].low == "on" || ws[s-1].low == "with" || ws[s-1].low == "in") {
		return s
	}
	head := ws[s-2]
	if head.tag != "NNS" && head.tag != "NN" && head.tag != "NNP" && head.tag != "NNPS" {
		return s
	}
	// The object of the preposition is a name ("at Homeland Security", "in the Clinton
	// ad"), or the head is a plural of people ("Protesters in the streets").
	if !ws[s].cap && !(determiners[ws[s].low] && s+1 < len(ws) && ws[s+1].cap) && head.tag != "NNS" && ws[s-1].low != "of" {
		return s // "an auction of debt" is one phrase whatever the case of its object
	}
	return npStart(ws, s-1)
}

// invertible are the classes of cue that may follow their quotation and come before their
// speaker: "“…,” said Jane Doe", "“…,” added the minister", but not "told" or "called".
var invertible = map[cueClass]bool{cueSpeech: true, cueWeak: true, cueBelief: true}

// clauseEndsAt reports whether nothing but punctuation, time words or an adjunct after a
// comma follows ws[i]: the end of "…, said the minister on Monday." After a quotation any
// preposition opens an adjunct ("…,” said Jane Doe to reporters); after a bare comma only
// those of time and place do, for "Jane Doe, head of X, said changes to …" is no inversion.
// described says whether a relative clause about the speaker may follow: after a
// quotation or a clause of its own ("“…,” said a banker who asked not to be named").
func clauseEndsAt(ws []word, i int, afterQuote, described bool) bool {
	for ; i < len(ws); i++ {
		w := ws[i]
		switch {
		case w.text == "," || w.text == "." || w.text == "!" || w.text == "?" || w.text == ")":
			// After a comma, a capitalised word may open an apposition ("…, said David
			// Wasserman, House editor for the report") but not a clause of its own.
			return w.text != "," || i+1 >= len(ws) || !ws[i+1].cap || timeNouns[ws[i+1].low] || !finiteVerb(ws[i+1:nextComma(ws, i+1)])
		case w.text == ":" || w.low == "that":
			return false
		case w.low == "who":
			// Not "X, Y, said the staff member who succeeded him … should go", a clause.
			return described
		case timeNouns[w.low] || w.low == "on" || w.low == "in" || w.low == "at" || w.low == "for" || w.low == "of" || w.low == "from" || w.low == "during" || w.low == "late" || w.low == "early" || w.low == "last" || w.low == "this" || w.low == "when" || w.low == "after" || w.low == "before" || w.low == "while":
			return true
		case afterQuote && (w.tag == "IN" || w.tag == "TO"):
			return true
		default:
			return false
		}
	}
	return true
}

// named reports whether sp is someone in particular: a person, or an organisation or group
// with a capitalised name.
func named(sp claims.Speaker) bool {
	if sp.Kind == claims.Person {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sp.Name)
	return unicode.IsUpper(r)
}

// repeats reports whether at's content is mostly the content of a claim already read from
// the same unit: "X told The Times: ”…” he said" is one claim, not two.
func (a *analyser) repeats(first int, at attribution) bool {
	for _, b := range a.out[first:] {
		if at.content.Contains(b.cue) && at.speaker.Name != b.speaker.Name {
			continue // at reports b's statement: "X said Y, the source added"
		}
		if b.content.Contains(at.cue) && at.speaker.Name != b.speaker.Name {
			continue // b reports at's: "The ad shows Trump saying …"
		}
		lo, hi := max(b.content.Start, at.content.Start), min(b.content.End, at.content.End)
		if hi > lo && (hi-lo)*2 > min(at.content.Len(), b.content.Len()) {
			return true
		}
	}
	return false
}

// coordinated reports whether the words around "and" (ws[l] before it, ws[r] after it) join
// two speakers: names ("Kyiv and the West") or plural nouns ("authorities and analysts"),
// not a clause's object and the next clause's subject ("the investigation and Democrats").
func coordinated(ws []word, l, r int) bool {
	right := ws[r]
	if determiners[right.low] && r+1 < len(ws) {
		right = ws[r+1]
	}
	if ws[l].cap && right.cap {
		return true
	}
	if p := npStart(ws, l+1); p <= l && (ws[p].low == "both" || p > 0 && ws[p-1].low == "both") {
		return true // "Both the chancellor and the governor"
	}
	return ws[l].tag == "NNS" && (right.tag == "NNS" || right.tag == "JJ")
}

// isInitial reports whether w is a single capital letter, the initial of a name.
func isInitial(w word) bool { return len(w.text) == 1 && w.cap }

// speakerLine reads a paragraph that opens with a name and a dash or colon: a vox pop
// ("Sonya Herridge ― “Mr. Trump is …”") or a transcript ("WALLACE: Do you really …").
func (a *analyser) speakerLine(ui int, u unit, ws []word) bool {
	if !opensParagraph(a.text, u.span) {
		return false
	}
	for i := 1; i <= 6 && i < len(ws)-1; i++ {
		t := ws[i].text
		if !isDash(t) && t != ":" {
			if ws[i].punc && t != "." {
				return false
			}
			continue
		}
		m, ok := a.lx.readMention(ws[:i])
		if !ok || m.pronoun != "" || headings[ws[0].low] {
			return false // "Correction: …", "Source: NATO"
		}
		// A transcript speaker ("WALLACE:") must be someone the document names; a heading
		// in capitals ("CLARIFICATION:", "QUESTIONABLE CLAIMS —") is no speaker.
		transcript := t == ":" && i == 1 && len(ws[0].text) > 2 && transcriptLine(ws)
		if m.kind != claims.Person && !transcript || !transcript && allCaps(ws[:i]) {
			return false
		}
		if m.role == "" && len(strings.Fields(m.name)) > 4 || hasPreposition(ws[:i]) {
			return false // a section title: "Veto Power Impedes Peace Efforts:", "Success on …:"
		}
		if transcript {
			m.kind, m.name = claims.Person, ws[0].text
		} else if !slices.ContainsFunc(ws[i+1:], func(w word) bool { return strings.HasPrefix(w.tag, "VB") || w.tag == "MD" }) && !a.isQuoted(u, claims.Span{Start: ws[i].span.End, End: u.span.End}) {
			return false // "Contributing: Nicole Gaudiano", "Hillary Clinton: 1,769": no statement
		}
		sp := a.people.speaker(m)
		a.emit(attribution{unit: ui, host: -1, speaker: sp, source: claims.Span{Start: ws[0].span.Start, End: ws[i-1].span.End},
			cue: ws[i].span, content: contentSpan(a.text, ws[i].span.End, u.span.End)}, u)
		return true
	}
	return false
}

// signedQuote reads a quotation signed after a dash: "“Donald Trump scares me.” ― Krystal
// Correa", a letter or a vox pop.
func (a *analyser) signedQuote(ui int, u unit, ws []word) bool {
	for i := len(ws) - 2; i > 0 && i >= len(ws)-8; i-- {
		t := ws[i].text
		if !isDash(t) {
			continue
		}
		q, ok := a.quoteEnding(u, ws[i].span.Start)
		if !ok || q.outer.Start > u.span.Start+3 {
			return false
		}
		end := len(ws)
		for k := i + 1; k < len(ws); k++ {
			if ws[k].text == "," || ws[k].text == "." {
				end = k
				break
			}
		}
		m, ok := a.lx.readMention(ws[i+1 : end])
		if !ok || m.pronoun != "" || m.kind != claims.Person && m.kind != claims.Organisation || allCaps(ws[i+1:end]) {
			return false
		}
		a.emit(attribution{unit: ui, host: -1, speaker: a.people.speaker(m), source: claims.Span{Start: ws[i+1].span.Start, End: ws[end-1].span.End},
			cue: ws[i].span, quoted: true, content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
		return true
	}
	return false
}

// isDash reports whether t is a dash that sets off a speaker or an aside: ― — – --.
func isDash(t string) bool { return t == "―" || t == "—" || t == "–" || t == "--" }

// finiteVerb reports whether ws holds a finite verb or a modal.
func finiteVerb(ws []word) bool {
	for _, w := range ws {
		if w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD" {
			return true
		}
	}
	return false
}

// allCaps reports whether every word of ws is written in capitals: a heading.
func allCaps(ws []word) bool {
	for _, w := range ws {
		if !w.punc && (strings.ToUpper(w.text) != w.text || len(w.text) < 2) {
			return false
		}
	}
	return true
}

// headings are words a page writes in capitals before a colon that name no speaker.
var headings = map[string]bool{"clarification": true, "correction": true, "corrections": true, "update": true, "updated": true, "note": true, "related": true, "advertisement": true, "disclaimer": true, "disclosure": true, "source": true, "sources": true, "photo": true, "video": true, "watch": true, "read": true, "more": true, "editor": true, "breaking": true, "exclusive": true, "analysis": true, "opinion": true, "latest": true, "live": true}
