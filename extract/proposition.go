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
	"could": claims.Possible, "can": claims.Possible, "cannot": claims.Possible, "ca": claims.Possible, "may": claims.Possible, "might": claims.Possible,
	"must": claims.Necessary, "should": claims.Necessary, "ought": claims.Necessary,
}

// modal reports whether w is a modal: "could be", "would be", "may be".
func modal(w string) bool {
	_, ok := modalities[w]
	return ok
}

// lightVerbs say little of their own: "is", "has", "did", "said". They are no content terms.
var lightTerms = map[string]bool{"be": true, "have": true, "do": true, "say": true, "get": true, "go": true, "make": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true, "tell": true, "think": true, "add": true}

// negators negate the predicate of their clause.
func (st *stanceLex) negator(w lemmaWord) bool {
	// "hardly" takes a side for the stance, but says "seldom", not "not": "I hardly play
	// doubles" denies no one's "he played the right way".
	return st.negation[w.low] && w.low != "hardly" || strings.HasSuffix(w.low, "n't") || strings.HasSuffix(w.low, "n’t")
}

// negatorAt reports whether ws[i] negates its clause: a negator, but not "not" of "not
// only" or "not merely", which adds to what it says ("money not only going into teachers
// but into equipment"), nor of "or not", which denies nothing ("will close whether or not
// the council agrees"), nor of "no fewer than", a floor the figure holds (which a denial
// would make a ceiling).
func (st *stanceLex) negatorAt(ws []lemmaWord, i int) bool {
	if ws[i].low == "not" && (i+1 < len(ws) && (ws[i+1].low == "only" || ws[i+1].low == "merely") || i > 0 && ws[i-1].low == "or") {
		return false
	}
	if (ws[i].low == "no" || ws[i].low == "not") && i+2 < len(ws) && (ws[i+1].low == "fewer" || ws[i+1].low == "less") && ws[i+2].low == "than" {
		return false // "no fewer than 20 people were hurt"
	}
	return st.negator(ws[i])
}

// maxClauses bounds the clauses read from one content: a long quotation says many things,
// and the first of them are what a report leads with.
const maxClauses = 8

// proposition reads the proposition of a claim's content words: every clause with a verb
// that is no condition and no relative clause, the first of them the main one.
func (st *stanceLex) proposition(ws []lemmaWord) (claims.Proposition, []claims.Span) {
	var at []int
	p := claims.Proposition{}
	var more []claims.Span // the text of each clause of p.More that has words of its own: a prefix of it
	textOf := func(a, b int) claims.Span { return claims.Span{Start: ws[a].span.Start, End: ws[b-1].span.End} }
	p.Amounts, at = amountsAt(ws)
	p.Terms, p.Names = st.terms(ws)
	var prev claims.Clause
	n := 0
	apposed := "" // the subject a run of verbless noun phrases offers: "the mayor, Tom Brand,"
	// ownFigures gives the figures of ws[a:b] to clause n.
	ownFigures := func(a, b, n int) {
		for k, i := range at {
			if i >= a && i < b {
				p.Amounts[k].Clause = n
			}
		}
	}
	var leading struct { // a clause of reason or time before the main one, at ws[a:b]
		c    claims.Clause
		a, b int
		held bool
	}
	spans := st.clauseSpans(ws)
	for k, sp := range spans {
		a, b := sp[0], sp[1]
		if ws[a].low == "which" || ws[a].low == "who" || ws[a].low == "whose" {
			continue // "the plant, which employs 650 people, is not losing a job": the subject waits
		}
		if a > 0 && (ws[a-1].low == "if" || ws[a-1].low == "unless") || ws[a].low == "if" || ws[a].low == "unless" {
			apposed = ""
			continue
		}
		c, ok := st.clause(ws, a, b, prev)
		if !ok {
			apposed = nounPhraseHead(ws[a:b], apposed)
			if m := len(more) - 1; m >= 0 && k > 0 && more[m].End == ws[spans[k-1][1]-1].span.End {
				more[m].End = ws[b-1].span.End // "can start only after that, most likely in May": its time
			}
			continue
		}
		if c.Tense == claims.Present && c.Modality == claims.Asserted && k+1 < len(spans) && (whenLeads(ws[a].low) || a > 0 && whenLeads(ws[a-1].low)) {
			// "once the ministry releases it, the athletes will be paid": the release
			// too is to come.
			if next, ok := st.clause(ws, spans[k+1][0], spans[k+1][1], c); ok && next.Tense == claims.Future {
				c.Tense, c.Modality = claims.Future, claims.Predicted
			}
		}
		if n == 0 && !leading.held && (leadsClause(ws[a].low) || a > 0 && leadsClause(ws[a-1].low)) {
			// "because records were still being moved, payments would not arrive before
			// the 20th": the reason leads, the main clause follows it.
			leading.c, leading.held, leading.a, leading.b, prev = c, true, a, b, c
			continue
		}
		if c.Subject == "" && apposed != "" && a > 0 && ws[a-1].text == "," {
			c.Subject = apposed
		}
		apposed = ""
		if n == 0 {
			p.Clause = c
		} else {
			p.More = append(p.More, c)
			more = append(more, textOf(a, b))
			ownFigures(a, b, n)
		}
		prev = c
		if n++; n == maxClauses {
			break
		}
	}
	if leading.held {
		switch {
		case n == 0:
			p.Clause, n = leading.c, 1
		case n < maxClauses:
			p.More = append(p.More, leading.c)
			more = append(more, textOf(leading.a, leading.b))
			ownFigures(leading.a, leading.b, len(p.More)) // its figures are its own, not the main clause's
			n++
		}
	}
	if n > 0 && n < maxClauses {
		p.More = append(p.More, st.withoutClauses(ws, p.Clause, maxClauses-n)...)
	}
	if len(p.Amounts) > 0 {
		p.Amount = p.Amounts[0]
	}
	return p, more // the "without" clauses last have no words of their own, nor time
}

// leadsClause reports whether w opens a clause of reason, concession or time that may
// come before the main clause of a content: a subordinator, less "before" and
// "whereas", which set the main clause first, and with "once".
func leadsClause(w string) bool {
	return subordinators[w] && w != "before" && w != "whereas" || w == "once"
}

// whenLeads reports whether w opens a clause of time whose present may speak of what is
// to come: "once", "when", "after", "until".
func whenLeads(w string) bool { return w == "once" || w == "when" || w == "after" || w == "until" }

// withoutClauses reads "without" and a gerund as a clause that denies its act, of the
// main clause's subject unless it names its own: "we can pay every benefit without
// liquidating a single position" says the fund will not liquidate. At most max.
func (st *stanceLex) withoutClauses(ws []lemmaWord, main claims.Clause, max int) []claims.Clause {
	var out []claims.Clause
	if main.Negated {
		return nil // "could not pay … without selling": the act is then a necessity
	}
	for i := 0; i+1 < len(ws) && len(out) < max; i++ {
		if ws[i].low != "without" || ws[i+1].tag != "VBG" {
			continue
		}
		e := i + 1
		for e < len(ws) && !ws[e].punc {
			e++
		}
		c, ok := st.clause(ws, i+1, e, main)
		if !ok {
			continue
		}
		c.Negated = !c.Negated
		if c.Subject == "" {
			c.Subject = main.Subject
		}
		c.Modality, c.Tense = main.Modality, main.Tense
		out = append(out, c)
	}
	return out
}

// clauseSpans splits ws into clauses: at the breaks of [segments], and where "and", "or"
// or "but" join a second verb phrase to the first ("should stick to his guns and not
// apologise"). Leading "that", conjunctions and punctuation are left out of each span.
func (st *stanceLex) clauseSpans(ws []lemmaWord) [][2]int {
	var out [][2]int
	segs := segments(ws, true) // a colon opens a clause too: "our message is simple: these products are not safe"
	for k, a := range segs {
		b := len(ws)
		if k+1 < len(segs) {
			b = segs[k+1]
		}
		start := a
		verb := false
		for i := a; i < b; i++ {
			w := ws[i]
			if (w.low == "and" || w.low == "or" || w.low == "but") && verb && i+1 < b && joinsVerbPhrase(ws[i+1:b]) && ws[a].low != "which" && ws[a].low != "who" && ws[a].low != "whose" {
				out = append(out, [2]int{start, i})
				start, verb = i+1, false
				continue
			}
			if w.low == "that" && i > start && i+1 < b && (st.findingThat(ws[start:i], ws[i+1]) || verb && tellingThat(ws[start:i], ws[i+1])) {
				// "the review has shown us | that we need to cut roles", "the airline had sent
				// notice last month | that it would end the service"
				out = append(out, [2]int{start, i})
				start, verb = i, false
				continue
			}
			if isVerbTag(w.tag) || w.tag == "MD" {
				verb = true
			}
		}
		out = append(out, [2]int{start, b})
	}
	// Trim what opens a clause but says nothing of it.
	kept := out[:0]
	for _, sp := range out {
		for sp[0] < sp[1] && (ws[sp[0]].low == "that" || ws[sp[0]].tag == "CC" || ws[sp[0]].punc) {
			sp[0]++
		}
		if sp[0] < sp[1] {
			kept = append(kept, sp)
		}
	}
	return kept
}

// findingThat reports whether ws, before a "that", end in a verb of showing or finding,
// with perhaps a pronoun for whom: "the review has shown us", "the audit found", "the
// figures suggest". What follows is what was found, a clause of its own; not after a
// negation, a modal or "to" ("did not show that", "no study has shown that", "may
// suggest that", "failed to prove that"), which hold it back. next is the word after
// "that".
func (st *stanceLex) findingThat(ws []lemmaWord, next lemmaWord) bool {
	for _, w := range ws {
		if w.tag == "MD" || st.negator(w) {
			return false
		}
	}
	i := len(ws) - 1
	if i > 0 && ws[i].tag == "PRP" {
		i--
	}
	for k := i; k > 0 && k >= i-4; k-- {
		if (ws[k].low == "with" || ws[k].low == "to") && isVerbTag(ws[k-1].tag) {
			if isVerbTag(next.tag) || next.tag == "MD" {
				return false // "agreed to the deal that was struck": a relative clause of the noun
			}
			i = k - 1 // "have agreed with the millers", "confirmed to reporters"
			break
		}
		if ws[k].punc || isVerbTag(ws[k].tag) {
			break
		}
	}
	if !isVerbTag(ws[i].tag) || i > 0 && ws[i-1].low == "to" || ws[i].tag == "VBG" && i > 0 && !auxWords[ws[i-1].low] {
		return false
	}
	for _, l := range ws[i].lemmas {
		if findings[l] {
			return true
		}
	}
	return false
}

// tellingThat reports whether ws, before a "that", hold a noun that tells (notice, a
// warning, an assurance) among their last few words, and next opens a clause with a
// subject of its own: the "that" clause says what was told. Not "the notice that was
// sent", a relative clause.
func tellingThat(ws []lemmaWord, next lemmaWord) bool {
	if isVerbTag(next.tag) || next.tag == "MD" || next.tag == "IN" {
		return false
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if ws[k].punc || isVerbTag(ws[k].tag) {
			return false
		}
		if tellingNouns[ws[k].low] {
			return true
		}
	}
	return false
}

// tellingNouns name what a body gives word of: "sent notice that it would end the route".
var tellingNouns = map[string]bool{"notice": true, "notification": true, "warning": true, "assurance": true, "assurances": true, "guarantee": true,
	"guarantees": true, "word": true, "indication": true, "confirmation": true, "signal": true}

// findings are the verbs whose "that" clause is what a record or an inquiry found, or
// what the speaker grants or has settled with others: "admitted that", "agreed with the
// millers that".
var findings = map[string]bool{"show": true, "find": true, "suggest": true, "indicate": true, "reveal": true, "prove": true, "demonstrate": true, "confirm": true,
	"agree": true, "admit": true, "acknowledge": true, "concede": true, "accept": true}

// joinsVerbPhrase reports whether ws, after a conjunction, opens a verb phrase with no
// subject of its own: an optional negation or adverb, then a verb.
func joinsVerbPhrase(ws []lemmaWord) bool {
	for i, w := range ws {
		if i > 2 {
			return false
		}
		switch {
		case w.low == "not" || w.low == "never" || w.tag == "RB":
			continue
		case w.tag == "VB" || w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD":
			return true
		}
		return false
	}
	return false
}

// clause reads the clause ws[a:b]. A clause with no subject of its own takes prev's, and
// its modality when it opens with a bare verb ("should stick … and not apologise").
func (st *stanceLex) clause(ws []lemmaWord, a, b int, prev claims.Clause) (claims.Clause, bool) {
	var c claims.Clause
	v := -1
	for i := a; i < b; i++ {
		if isVerbTag(ws[i].tag) && !(i > a && ws[i-1].low == "to") && !modifier(ws, a, i) && !determined(ws, a, i) && !gerund(ws, a, i, b) && !countedParticiple(ws, a, i, b) && !pluralAfterComma(ws, a, i, b) || ws[i].tag == "MD" {
			v = i
			break
		}
	}
	if v < 0 {
		return c, false
	}
	subjEnd := v
	if r := v - 1; r > a && (ws[r].low == "that" || ws[r].low == "which" || ws[r].low == "who") && strings.HasPrefix(ws[r-1].tag, "NN") {
		// "Rain that swept the region last week damaged crops": the relative clause on
		// the subject is no predicate; the main verb comes after it.
		if i := verbAfterModifier(ws, v+1, b); i >= 0 {
			v, subjEnd = i, r
		}
	}
	if h := v - 1; v > a+1 && (ws[v].tag == "VBN" || ws[v].tag == "VBD") && v+1 < b && (ws[v+1].tag == "IN" || ws[v+1].tag == "TO" || !notTimeWord(ws[v+1])) {
		// "250 officers now assigned to desk jobs would be moved to patrol": a participle
		// with its phrase after the subject's noun is no predicate either. The tagger may
		// call it a past tense, which a modal after it shows it is not: "the fee on fish
		// sold through the market would rise", "the offer made Monday would freeze pay".
		if ws[h].tag == "RB" && h > a {
			h--
		}
		if strings.HasPrefix(ws[h].tag, "NN") || ws[h].tag == "JJ" && h > a && ws[h-1].tag == "IN" { // "on fish/JJ sold"
			timed := ws[v+1].tag != "IN" && ws[v+1].tag != "TO" // "the offer made Monday"
			if i := verbAfterModifier(ws, v+2, b); i >= 0 && (ws[v].tag == "VBN" || ws[i].tag == "MD" && !joined(ws, v+2, i)) && !(timed && slices.ContainsFunc(ws[v+1:i], notTimeWord)) {
				// After a bare time the verb comes right on: not "the board decided last
				// week the plant would close", whose modal is a clause's of its own.
				v, subjEnd = i, h+1
			}
		}
	}
	if v > a+2 && (ws[a].low == "every" || ws[a].low == "each") && strings.HasPrefix(ws[a+1].tag, "NN") && (ws[a+2].tag == "DT" || ws[a+2].tag == "PRP" || ws[a+2].tag == "PRP$") {
		// "Every minute a station stays shut is a minute of doubt": a relative clause
		// without "that" on a quantified subject; the main verb comes after it.
		for i := v + 1; i < b && !ws[i].punc; i++ {
			if t := ws[i].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				v, subjEnd = i, a+2
				break
			}
		}
	}
	s0 := leadingPhrase(ws, a, subjEnd)
	c.Subject = subjectHead(ws[s0:subjEnd])
	if demonstratives[ws[a].low] && subjEnd-a >= 2 && subjEnd-a <= 3 && strings.HasPrefix(ws[subjEnd-1].tag, "NN") {
		c.Refers = true // "these products are not safe"
	}
	c.Modality, c.Tense = claims.Asserted, claims.Present
	if c.Subject == "" && v <= a+2 && prev.Predicate != "" {
		c.Subject = prev.Subject
		if ws[v].tag == "VB" {
			c.Modality, c.Tense = prev.Modality, prev.Tense
		}
	}
	negs, subjNegs := 0, 0
	patient := "" // the subject when it undergoes the predicate: a passive, an event noun of "there is"
	adv := v      // the adverbs just before the verb ("never", "no longer") are the verb's
	for adv > a && (strings.HasPrefix(ws[adv-1].tag, "RB") || st.negator(ws[adv-1])) {
		adv--
	}
	for i := a; i < v; i++ {
		if st.negatorAt(ws, i) && (!(i+1 < v && strings.HasPrefix(ws[i+1].tag, "NN")) || i == s0 && (ws[i].low == "no" || ws[i].low == "nobody")) {
			negs++ // "no longer needs", "never said", "No pilot has exceeded", "no one has", "nobody's pay"
			if i < adv {
				subjNegs++ // "no patient", "not a single intern", "none of them"
			}
		}
	}
	if c.Subject == "one" && subjEnd-a >= 2 && ws[a].low == "no" && ws[a+1].low == "one" && (subjEnd-a == 2 || ws[a+2].tag == "IN") || c.Subject == "none" {
		c.Subject = "nobody" // "no one has been paid", "none of them": of whom it is said, nobody
		if ws[a].low == "none" && subjEnd-a >= 3 && ws[a+1].low == "of" && strings.HasPrefix(ws[subjEnd-1].tag, "NN") {
			c.Subject = subjectHead(ws[a+2 : subjEnd]) // "none of the 250 officers could be moved": the officers could not
		}
	}
	main, stop := -1, false
	passiveAux := false // a "be" or "get" before the main verb
	for i := v; i < b && main < 0 && !stop; i++ {
		w := ws[i]
		switch {
		case w.tag == "MD":
			if st.negator(w) {
				negs++ // "cannot"
			}
			if m, ok := modalities[w.low]; ok {
				c.Modality = m
				if m == claims.Predicted {
					c.Tense = claims.Future
				}
			}
		case st.negatorAt(ws, i):
			negs++
		case w.tag == "RB" || w.tag == "RBR" || w.tag == "RBS" || w.tag == "TO":
		case isVerbTag(w.tag) || i == v && pluralVerb(ws, i, b):
			if w.tag == "VBD" || w.tag == "VBN" && i > v && ws[v].low == "had" {
				c.Tense = claims.Past
			}
			l := lemmaAs(w, wordnet.Verb)
			if (l == "have" || l == "need") && i+2 < b && ws[i+1].low == "to" && isVerbTag(ws[i+2].tag) {
				c.Modality = claims.Necessary // "has to go", "needs to change"
				i++
				continue
			}
			if (l == "have" || l == "be") && i+3 < b && ws[i+1].low == "yet" && ws[i+2].low == "to" && isVerbTag(ws[i+3].tag) {
				negs++ // "had yet to be paid", "is yet to decide": not done so far
				i += 2
				continue
			}
			if l == "be" && i+3 < b && ws[i+1].low == "going" && ws[i+2].low == "to" && verbFollows(ws[i+3:b]) {
				c.Modality, c.Tense = claims.Predicted, claims.Future // "is going to cut"; not "is going to Paris"
				i += 2
				continue
			}
			if l == "be" && i+4 < b && st.negatorAt(ws, i+1) && ws[i+2].low == "going" && ws[i+3].low == "to" && verbFollows(ws[i+4:b]) {
				c.Modality, c.Tense = claims.Predicted, claims.Future // "are not going to add"
				negs++
				i += 3
				continue
			}
			if auxLemma[l] && verbFollows(ws[i+1:b]) {
				passiveAux = passiveAux || l == "be" || l == "get"
				continue
			}
			main = i
		case i > v && ws[i-1].tag == "MD" && w.tag == "NN" && slices.Equal(wordnet.Lemmas(w.low, wordnet.Verb), []string{w.low}):
			main = i // "cannot continue": the tagger reads the verb after a modal as a noun
		default:
			stop = true // the verb group ended with no main verb
		}
	}
	if main < 0 {
		return c, false
	}
	c.Predicate = lemmaAs(ws[main], wordnet.Verb)
	if ws[main].tag == "VBN" && passiveAux {
		patient = c.Subject // "650 positions would be eliminated": what is eliminated
	}
	end := main + 1
	if main+1 < b && (ws[main+1].tag == "RP" || ws[main+1].low == "up" || ws[main+1].low == "down" || ws[main+1].low == "out" || ws[main+1].low == "back" || ws[main+1].low == "off") {
		// A particle: "give up", "step down", "rule out", "back down".
		if ls := wordnet.Lemmas(c.Predicate+" "+ws[main+1].low, wordnet.Verb); len(ls) > 0 {
			c.Predicate, end = ls[0], main+2
		}
	}
	if cv, ok := complementVerbs[c.Predicate]; ok && end < b {
		// "I do not think the Fed will raise rates", "the data meant the Fed would
		// hold off": what is said is the clause the verb of belief or evidence takes,
		// which its negation (or "doubt") denies.
		s := end
		if ws[s].low == "that" {
			s++
		}
		// Not "he meant he would be in his seat", a clarification; nor "did not show
		// that …", which says nothing of the clause, as "did not think" does.
		if finiteClause(ws, s, b) && !(c.Predicate == "mean" && pronounTerm(c.Subject) && c.Subject != "it") && (negs%2 == 0 || cv.raises) {
			if inner, ok := st.clause(ws, s, b, claims.Clause{}); ok && inner.Subject != "" {
				if negs%2 == 1 != cv.negates {
					inner.Negated = !inner.Negated
				}
				if cv.modality != claims.UnknownModality && inner.Modality != claims.Necessary {
					inner.Modality = cv.modality
				}
				return inner, true
			}
		}
	}
	if (c.Predicate == "stay" || c.Predicate == "keep") && main+1 < b && !st.negator(ws[main+1]) && ws[main+1].tag != "VBG" &&
		(strings.HasPrefix(ws[main+1].tag, "JJ") || ws[main+1].tag != "IN" && ws[main+1].tag != "TO" && ws[main+1].tag != "DT" && len(wordnet.Lemmas(ws[main+1].low, wordnet.Adj)) > 0) {
		// "will stay open", "keep quiet": a state, as after "remain", though the tagger
		// may call "open" an adverb
		c.Predicate, end = lemmaAs(ws[main+1], wordnet.Adj), main+2
	}
	if c.Predicate == "go" && main+1 < b && strings.HasPrefix(ws[main+1].tag, "JJ") && !st.negator(ws[main+1]) {
		c.Predicate, end = lemmaAs(ws[main+1], wordnet.Adj), main+2 // "shifts went unfilled", "bills went unpaid": a state
	}
	switch c.Predicate {
	case "be", "become", "remain", "seem", "appear":
		// A copula: the predicate is the word after it, "possible", "a mistake", "no
		// foundation"; "there is no …" negates what follows.
	loop:
		for j := main + 1; j < b; j++ {
			w := ws[j]
			switch {
			case st.negatorAt(ws, j):
				negs++
				end = j + 1 // "it was not.": the negation read here is not read again
			case w.tag == "RB" || w.tag == "DT" || w.tag == "PRP$" || w.tag == "CD" || w.tag == "PDT":
			case w.low == "under" && j == main+1 && j+1 < b && (ws[j+1].tag == "DT" || strings.HasPrefix(ws[j+1].tag, "NN") || strings.HasPrefix(ws[j+1].tag, "JJ")):
				// "we are under a registration embargo": subject to it, as "not subject to
				// any embargo" says the opposite
				c.Predicate, end = "subject", j+1
				break loop
			case w.low == "in" && j+2 < b && ws[j+2].low == "hurry":
				// "in no hurry to cut": "no" negates the hurry, and the hurry the cut
				if st.negator(ws[j+1]) {
					negs++
				}
				c.Predicate, end = "hurry", j+3
				break loop
			case j+1 < b && ws[j+1].tag == "CD" && approximators[w.low]:
				// "there were about 1,100 vacancies": the word bounds the figure; the noun
				// counted is the predicate, as with no word
			case j+2 < b && ws[j+1].low == "than" && ws[j+2].tag == "CD" && (w.low == "more" || w.low == "less" || w.low == "fewer"):
				j++ // "there were more than 4,000 vacancies", likewise
			case (strings.HasPrefix(w.tag, "JJ") || w.tag == "VBG") && c.Subject == "there" && j+1 < b && (strings.HasPrefix(ws[j+1].tag, "NN") || strings.HasPrefix(ws[j+1].tag, "JJ")):
				// "there were 1,100 nurse vacancies", "there are many new jobs", "3,000
				// teaching vacancies": what there is is the noun; the word before it only
				// qualifies it
			case strings.HasPrefix(w.tag, "JJ"):
				c.Predicate, end = lemmaAs(w, wordnet.Adj), j+1
				break loop
			case w.tag == "VBN" || w.tag == "VBG":
				c.Predicate, end = lemmaAs(w, wordnet.Verb), j+1
				if w.tag == "VBN" {
					patient = c.Subject // "650 positions would be eliminated": what is eliminated
				}
				break loop
			case strings.HasPrefix(w.tag, "NN") && c.Predicate == "remain" && c.Subject != "there":
				// "the site will remain part of the network": to remain is the predicate,
				// what it remains an object, as after "stay"
				end = j
				break loop
			case strings.HasPrefix(w.tag, "NN"):
				k := j
				for k+1 < b && (strings.HasPrefix(ws[k+1].tag, "NN") || ws[k+1].tag == "VBZ" && c.Subject == "there") {
					k++ // "no fare increases", the plural read as a verb
				}
				c.Predicate, end = lemmaAs(ws[k], wordnet.Noun), k+1
				if c.Subject == "there" && intentionNouns[c.Predicate] == claims.UnknownModality {
					// "there will be no fare increases", "no increase in fares": the event
					// noun is the predicate, of what it modifies or what it is in, which
					// may be what undergoes it ("no job cuts").
					c.Subject, c.Predicate = existential(ws, j, k, b, c.Predicate)
					patient = c.Subject
				}
				break loop
			default:
				end = j // "is not for sale"
				break loop
			}
		}
	}
	if c.Subject == "there" && chanceNouns[c.Predicate] && negs%2 == 1 && end < b {
		// "there is no scenario in which the plant stays open", "no chance that rates will
		// rise": what may happen is what is said, put as a forecast the "no" denies.
		s := end
		for s < b && s < end+2 && (ws[s].low == "in" || ws[s].low == "under" || ws[s].low == "which" || ws[s].low == "that" || ws[s].low == "where") {
			s++
		}
		if s < b && finiteClause(ws, s, b) {
			if inner, ok := st.clause(ws, s, b, claims.Clause{}); ok && inner.Subject != "" && inner.Subject != "there" {
				inner.Negated = !inner.Negated
				if inner.Modality == claims.Asserted {
					inner.Modality = claims.Predicted
				}
				return inner, true
			}
		}
	}
	// "has no plans to cut jobs", "there are no plans for job cuts", "had no intention of
	// selling": the event intended is what is said, put as a forecast; a "no" before the
	// plan denies it.
	if k, sub, ok := timeFor(c, ws, end, b); ok {
		// "it is time for Mr Livingstone to say sorry": he should.
		c.Subject, c.Predicate, c.Modality, end = sub, lemmaAs(ws[k], wordnet.Verb), claims.Necessary, k+1
	}
	if c.Predicate == "say" && end < b && ws[end].low == "sorry" {
		c.Predicate, end = "apologize", end+1 // "say sorry"
	}
	if k, pred, sub, no, m := st.intended(c, ws, end, b); k >= 0 {
		c.Predicate, c.Modality, end = pred, m, k+1
		if c.Subject == "there" {
			c.Subject = ""
		}
		if sub != "" {
			c.Objects = append(c.Objects, sub)
		}
		if no {
			negs++
		}
	} else if k := infinitiveAfter(ws, end, b); k >= 0 {
		if m, neg, ok := raising(c.Predicate, ws[main:end]); ok {
			c.Predicate, end = lemmaAs(ws[k], wordnet.Verb), k+1
			if m != claims.UnknownModality {
				c.Modality = m
			}
			if neg {
				negs++
			}
		}
	} else if k, o := objectInfinitive(c.Predicate, ws, end, b); k >= 0 {
		// "I expect us to lower the rate", "wants the bank to cut rates": the object does
		// the infinitive's act, as expected or wished.
		c.Subject, c.Modality = o, likelihood[c.Predicate].modality
		c.Predicate, end = lemmaAs(ws[k], wordnet.Verb), k+1
	} else if k, o := seenEvent(c.Predicate, ws, end, b); k >= 0 {
		// "will see their salaries reduced", "see sales rise": what is said is the event
		// seen, of the noun it happens to.
		c.Subject, c.Predicate, end = o, lemmaAs(ws[k], wordnet.Verb), k+1
		if ws[k].tag == "VBN" {
			patient = o
		}
	} else if k, o := keptGoing(c.Predicate, ws, end, b); k >= 0 {
		// "would keep the service going through 2014": the service goes on.
		c.Subject, c.Predicate, end = o, "continue", k+1
	} else if c.Subject != "" && likelihood[c.Predicate].ok && copulas[lemmaAs(ws[main], wordnet.Verb)] {
		// "a cut at the November meeting was very likely": the event noun is the verb.
		if l := likelihood[c.Predicate]; true {
			if v := wordnet.Lemmas(c.Subject, wordnet.Verb); len(v) > 0 && v[0] == c.Subject {
				c.Predicate, c.Subject, c.Modality = c.Subject, "", l.modality
				if l.negated {
					negs++
				}
			}
		}
	}
	if k := heldBack(c.Predicate, ws, end, b); k >= 0 {
		// "stopped short of conceding", "refrained from naming him": the gerund is what
		// is said, and it is not done.
		c.Predicate, end = lemmaAs(ws[k], wordnet.Verb), k+1
		negs++
	} else if end < b && ws[end].tag == "VBG" && (phaseVerbs[c.Predicate] != 0) {
		// "must stop portraying", "started attacking": the gerund is what is said, ended
		// or begun; the phase verbs alone set stop against start whatever the acts.
		if phaseVerbs[c.Predicate] < 0 {
			negs++
			if c.Tense == claims.Past && slices.ContainsFunc(ws[v:end], func(w lemmaWord) bool { return w.low == "had" || w.low == "has" || w.low == "have" }) {
				// "had stopped hiring pilots for the rest of the year": the act ended
				// and is not done now, as "has stopped" tells before the reporting verb's
				// past.
				c.Tense = claims.Present
			}
		}
		c.Predicate, end = lemmaAs(ws[end], wordnet.Verb), end+1
	}
	// Objects: the heads of the noun phrases after the predicate in its clause; a "no"
	// before the first of them negates the clause ("has no intention", "received no
	// statement").
	for j := end; j < b; j++ {
		w := ws[j]
		if st.negatorAt(ws, j) && len(c.Objects) == 0 && w.tag != "IN" { // not "dropped without a call"
			negs++
			continue
		}
		if strings.HasPrefix(w.tag, "NN") && !(j+1 < b && strings.HasPrefix(ws[j+1].tag, "NN")) {
			if t := termOf(w); t != "" && !slices.Contains(c.Objects, t) {
				c.Objects = append(c.Objects, t)
			}
		}
	}
	if patient != "" && patient != "there" && patient != "nobody" && !pronounTerm(patient) && !slices.Contains(c.Objects, patient) {
		c.Objects = append([]string{patient}, c.Objects...) // first, as a direct object is
	}
	for k := a; k+1 < subjEnd; k++ {
		if ws[k].low == "whether" && ws[k+1].low != "to" {
			// "sparred over whether prosecutors had offered a deal": neither said nor denied;
			// not "the decision on whether to close it will be taken in May", whose verb
			// is the decision's
			c.Modality = claims.Asked
			break
		}
	}
	c.Negated = negs%2 == 1
	if c.Negated && comparison(ws[end:b]) && subjNegs%2 == 0 {
		// "sales haven't grown as much as expected", "not as fast": a degree, not a denial;
		// but a negated subject denies: "no patient waited more than a day".
		c.Negated = false
	}
	return c, true
}

// gerund reports whether ws[i] is an "-ing" word after a common noun, or in a phrase
// after one, with a finite verb after it in the clause ws[a:b], not in a relative
// clause: "a review of neighbourhood policing will report", "the surgery waiting list
// was cut"; not "accused management of breaking a deal that
// guaranteed jobs".
func gerund(ws []lemmaWord, a, i, b int) bool {
	if ws[i].tag != "VBG" {
		return false
	}
	if i == a {
		// "staffing on the ward had been reviewed": a noun in -ing its subject. Not
		// "closing the station was the right thing", whose act is the matter.
		return i+1 < b && ws[i+1].tag == "IN" && verbAfterModifier(ws, i+1, b) >= 0
	}
	if n := ws[i-1].tag; n == "NN" || n == "NNS" {
		return verbAfterModifier(ws, i+1, b) >= 0 // "the surgery waiting list was cut", "trucks carrying milk were held"
	}
	in := i - 1
	if ws[in].tag == "NN" {
		in-- // "of neighbourhood policing"
	}
	if in <= a || ws[in].tag != "IN" || ws[in-1].tag != "NN" && ws[in-1].tag != "NNS" && !(in-1 == a && strings.HasPrefix(ws[a].tag, "NNP") && lemmaAs(ws[a], wordnet.Noun) != ws[a].low) {
		// "accused Kiev of presenting a proposal that differed": what is said. A plural
		// the tagger calls a name, opening the clause, is its subject: "Pupils/NNP in
		// completing classes will return" after a dateline; not "Ukraine of lacking will".
		return false
	}
	return verbAfterModifier(ws, i+1, b) >= 0 // the verb whose subject the phrase is in
}

// pluralAfterComma reports whether ws[i], tagged a verb in -s, is a plural noun opening
// the subject after a fronted phrase, with the clause's verb after it: "In February,
// nurses on the ward were taking …". Not an auxiliary ("That has not moved since the
// board met": no plural of "ha"), a verb after "and" ("it works and costs less than we
// thought"), nor one after a relative clause ("The company, which employs 400 people,
// says it will close the plant").
func pluralAfterComma(ws []lemmaWord, a, i, b int) bool {
	if !taggedPlural(ws[i]) || i > a && ws[i-1].text != "," {
		return false
	}
	if i > 0 && (ws[i-1].low == "and" || ws[i-1].low == "or") {
		return false
	}
	if i > 0 && ws[i-1].text == "," {
		for k := i - 2; k >= 0 && !sentenceStops[ws[k].text]; k-- {
			if ws[k].tag == "WDT" || ws[k].tag == "WP" {
				return false
			}
		}
	}
	return verbAfterModifier(ws, i+1, b) >= 0
}

// verbAfterModifier returns the index of the finite verb or modal in ws[i:b] that follows
// a modifier of the subject (a relative clause, a participle's phrase), not one joined by
// "and" or "or" inside it; -1 when a relative pronoun or a mark comes first.
func verbAfterModifier(ws []lemmaWord, i, b int) int {
	for ; i < b; i++ {
		if ws[i].low == "that" || ws[i].low == "which" || ws[i].low == "who" || ws[i].punc {
			return -1
		}
		if t := ws[i].tag; (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || pluralVerb(ws, i, b)) && ws[i-1].low != "and" && ws[i-1].low != "or" {
			return i
		}
	}
	return -1
}

// pluralVerb reports whether ws[i], tagged a plural noun right after another, is the
// verb of the clause, with its object after it: "the draft put to ministers raises VAT".
// Two plural nouns in a row make no compound, whose first noun is singular.
func pluralVerb(ws []lemmaWord, i, b int) bool {
	if ws[i].tag != "NNS" || ws[i-1].tag != "NNS" || i+1 >= b {
		return false
	}
	switch ws[i+1].tag {
	case "DT", "NNP", "PRP$", "CD":
	default:
		return false
	}
	return len(wordnet.Lemmas(ws[i].low, wordnet.Verb)) > 0
}

// intentionNouns name what someone means to do, or must: "plans to", "no intention
// of", "no need to revise", with the modality they give the act.
var intentionNouns = map[string]claims.Modality{"plan": claims.Predicted, "intention": claims.Predicted, "proposal": claims.Predicted, "need": claims.Necessary}

// intended reads a plan and the event it is for after the predicate of clause c, whose
// phrase goes on at ws[end]: "have (no) plans to cut", "there are no plans for job
// cuts", "no intention of selling". It returns the index of the event's word and its
// verb, the noun before an event noun ("job" in "job cuts"), and whether a "no" stands
// before the plan still to be counted (a copula's is counted already); k < 0 when there
// is none.
func (st *stanceLex) intended(c claims.Clause, ws []lemmaWord, end, b int) (k int, pred, sub string, no bool, m claims.Modality) {
	j := end
	switch {
	case intentionNouns[c.Predicate] != claims.UnknownModality && c.Subject == "there":
		// the copula loop ended on the plan
		m = intentionNouns[c.Predicate]
	case c.Predicate == "have":
		for j < b && (st.negator(ws[j]) || ws[j].tag == "DT" || ws[j].tag == "PRP$" || strings.HasPrefix(ws[j].tag, "JJ")) {
			no = no || st.negator(ws[j])
			j++
		}
		if j >= b {
			return -1, "", "", false, m
		}
		n := lemmaAs(ws[j], wordnet.Noun)
		if j+3 < b && no && n == "choice" && ws[j+1].low == "but" && ws[j+2].low == "to" && ws[j+3].tag == "VB" {
			// "we have no choice but to lower it": it must be done
			return j + 3, lemmaAs(ws[j+3], wordnet.Verb), "", false, claims.Necessary
		}
		if m = intentionNouns[n]; m == claims.UnknownModality {
			return -1, "", "", false, m
		}
		j++
	default:
		return -1, "", "", false, m
	}
	for j < b && (ws[j].low == "whatsoever" || ws[j].punc && quoteToken(ws[j].text)) {
		j++ // "no plans whatsoever" to close it
	}
	switch {
	case j+1 < b && ws[j].low == "to" && ws[j+1].tag == "VB":
		return j + 1, lemmaAs(ws[j+1], wordnet.Verb), "", no, m
	case j+1 < b && ws[j].low == "of" && ws[j+1].tag == "VBG":
		return j + 1, lemmaAs(ws[j+1], wordnet.Verb), "", no, m
	case j+1 < b && ws[j].low == "for":
		f := j + 1
		for f < b && (ws[f].tag == "DT" || strings.HasPrefix(ws[f].tag, "JJ")) {
			f++
		}
		h := f
		for h+1 < b && strings.HasPrefix(ws[h+1].tag, "NN") {
			h++
		}
		if h >= b || !strings.HasPrefix(ws[h].tag, "NN") {
			return -1, "", "", false, m
		}
		v := wordnet.Lemmas(strings.TrimSuffix(ws[h].low, "s"), wordnet.Verb)
		n := lemmaAs(ws[h], wordnet.Noun)
		if len(v) == 0 || v[0] != strings.TrimSuffix(ws[h].low, "s") && v[0] != n || !wordnet.IsA(n, "act", wordnet.Noun) && !wordnet.IsA(n, "event", wordnet.Noun) {
			return -1, "", "", false, m // a plan for a thing, not for an act: "plans for the site"
		}
		if h > f {
			sub = lemmaAs(ws[h-1], wordnet.Noun)
		}
		return h, v[0], sub, no, m
	}
	return -1, "", "", false, m
}

// taggedPlural reports whether w, tagged a verb in -s, may be a plural noun: "nurses",
// not the auxiliaries "has" and "does".
func taggedPlural(w lemmaWord) bool {
	return (w.tag == "VBZ" || w.tag == "VBP") && strings.HasSuffix(w.low, "s") && lemmaAs(w, wordnet.Noun) != w.low && !auxLemma[lemmaAs(w, wordnet.Verb)]
}

// chanceNouns, after "no", deny what a clause after them says: "no scenario in which …",
// "no chance that …", "no way the plant will close".
var chanceNouns = map[string]bool{"scenario": true, "chance": true, "way": true, "prospect": true, "possibility": true}

// existential reads "there is (no) N" with the noun phrase ws[j:k+1] whose head is the
// noun pred: an event noun that is also a verb ("increase", "cut", "delay") is the
// predicate, and its subject the noun before it ("fare increases") or after "in", "of"
// or "to" ("an increase in fares"). Else the subject stays "there".
func existential(ws []lemmaWord, j, k, b int, pred string) (string, string) {
	v := wordnet.Lemmas(strings.TrimSuffix(ws[k].low, "s"), wordnet.Verb)
	if len(v) == 0 {
		v = wordnet.Lemmas(pred, wordnet.Verb)
	}
	if len(v) == 0 || v[0] != pred && v[0] != strings.TrimSuffix(ws[k].low, "s") {
		return "there", pred
	}
	if k > j {
		return lemmaAs(ws[k-1], wordnet.Noun), v[0]
	}
	if k+1 < b && (ws[k+1].low == "in" || ws[k+1].low == "of" || ws[k+1].low == "to") {
		for m := k + 2; m < b; m++ {
			if strings.HasPrefix(ws[m].tag, "NN") && (m+1 >= b || !strings.HasPrefix(ws[m+1].tag, "NN")) {
				return lemmaAs(ws[m], wordnet.Noun), v[0]
			}
		}
	}
	return "there", pred
}

// determined reports whether ws[i], tagged a present-tense verb, is a noun after its
// determiner: "the talks would continue", "its cuts will bite".
func determined(ws []lemmaWord, a, i int) bool {
	if i == a || ws[i].tag != "VBZ" && ws[i].tag != "VBP" || !ws[i].noun {
		return false
	}
	p := ws[i-1]
	return p.tag == "DT" && p.low != "that" || p.tag == "PRP$" || p.poss
}

// countedParticiple reports whether ws[i], a past tense after the figure that opens the
// clause at a, qualifies the noun after it, as a finite verb later in the clause, not in
// one joined to it, shows: "43 registered nurse shifts went unfilled". Not after a year:
// "2020 saw sales fall".
func countedParticiple(ws []lemmaWord, a, i, b int) bool {
	if ws[i].tag != "VBD" || i != a+1 || ws[a].tag != "CD" || isYear(ws[a].word) || i+1 >= b || ws[i+1].tag != "JJ" && !strings.HasPrefix(ws[i+1].tag, "NN") {
		return false
	}
	j := verbAfterModifier(ws, i+2, b)
	return j >= 0 && !joined(ws, i+2, j)
}

// joined reports whether a word of ws[i:j] opens another clause, to which the verb at j
// belongs: "the plan failed in parliament and officials will try", "43 failed checks
// while 12 passed".
func joined(ws []lemmaWord, i, j int) bool {
	return slices.ContainsFunc(ws[i:j], func(w lemmaWord) bool { return w.tag == "CC" || clauseJoiners[w.low] })
}

// notTimeWord reports whether w is neither a time word nor "last", as in "last month".
func notTimeWord(w lemmaWord) bool { return !timeNouns[w.low] && w.low != "last" }

// clauseJoiners open a clause and are no prepositions: "before March" may still qualify
// the noun of a participle's phrase.
var clauseJoiners = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "because": true, "when": true, "where": true, "if": true, "unless": true}

// modifier reports whether the participle ws[i] qualifies the noun after it, opening a
// noun phrase of the clause that starts at a: "waiting lists are falling", "rising prices
// hurt".
func modifier(ws []lemmaWord, a, i int) bool {
	if i+1 >= len(ws) || !strings.HasPrefix(ws[i+1].tag, "NN") {
		return false
	}
	common := ws[i+1].tag == "NN" || ws[i+1].tag == "NNS" // "processed beef", not "presenting Moscow"
	if ws[i].tag == "VBD" && i > a && ws[i-1].tag == "IN" && common {
		return true // "samples of processed beef": a participle the tagger reads as a past tense
	}
	if ws[i].tag != "VBG" && ws[i].tag != "VBN" {
		return false
	}
	if i == a {
		return true
	}
	t := ws[i-1].tag
	return t == "DT" || t == "PRP$" || t == "JJ" || t == "CD" || t == "IN" && ws[i].tag == "VBN" && common || ws[i-1].poss
}

// likelihoodWord is how an adjective or verb of likelihood, ability or will puts the verb
// it governs: "likely" as a possibility, "unable" and "refuse" as its denial.
type likelihoodWord struct {
	modality claims.Modality
	negated  bool
	ok       bool
}

var likelihood = map[string]likelihoodWord{
	"likely": {claims.Possible, false, true}, "unlikely": {claims.Possible, true, true},
	"certain": {claims.Predicted, false, true}, "sure": {claims.Predicted, false, true},
	"bound": {claims.Predicted, false, true}, "set": {claims.Predicted, false, true}, "due": {claims.Predicted, false, true},
	"able": {claims.Possible, false, true}, "unable": {claims.Possible, true, true},
	"ready": {claims.Wished, false, true}, "willing": {claims.Wished, false, true}, "unwilling": {claims.Wished, true, true},
	"eager": {claims.Wished, false, true}, "keen": {claims.Wished, false, true}, "reluctant": {claims.Wished, true, true},
	"determined": {claims.Wished, false, true}, "prepared": {claims.Wished, false, true},
	"refuse": {claims.Wished, true, true}, "decline": {claims.Wished, true, true}, "fail": {claims.Asserted, true, true},
	"want": {claims.Wished, false, true}, "plan": {claims.Predicted, false, true}, "intend": {claims.Predicted, false, true},
	"hope": {claims.Wished, false, true}, "expect": {claims.Predicted, false, true}, "aim": {claims.Predicted, false, true},
	"promise": {claims.Predicted, false, true}, "threaten": {claims.Predicted, false, true}, "agree": {claims.Wished, false, true},
	"continue": {claims.Asserted, false, true}, "stop": {claims.Asserted, true, true}, "cease": {claims.Asserted, true, true},
	// "it would be appropriate to raise", "premature to cut": what should be done, or not
	"appropriate": {claims.Necessary, false, true}, "necessary": {claims.Necessary, false, true}, "wise": {claims.Necessary, false, true},
	"premature": {claims.Necessary, true, true}, "inappropriate": {claims.Necessary, true, true}, "unwise": {claims.Necessary, true, true},
}

// complementVerbs take a clause whose proposition is what their sentence says: verbs of
// belief, said of the speaker's own view, and of evidence. A "doubt" denies it; a hope
// wishes it. Verbs of saying are left out: a report inside a claim is another's claim.
var complementVerbs = map[string]struct {
	negates  bool
	modality claims.Modality
	raises   bool // "I don't think it will" says it won't
}{
	"think": {raises: true}, "believe": {raises: true}, "expect": {raises: true}, "reckon": {raises: true},
	"suppose": {raises: true}, "anticipate": {raises: true},
	"guess": {}, "assume": {}, "feel": {}, "fear": {}, "know": {}, "doubt": {negates: true},
	"hope": {modality: claims.Wished},
	"mean": {}, "show": {}, "suggest": {}, "indicate": {}, "prove": {}, "confirm": {}, "find": {},
}

// cueDenies reports whether the cue at span, negated or not, denies what it reports: a
// verb of belief negated ("did not think", "don't expect"), or "doubted".
func cueDenies(text string, span claims.Span, negated bool) bool {
	ws := scanWords(text, span)
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].punc || ws[i].low == "that" {
			continue
		}
		ls := wordnet.Lemmas(ws[i].low, wordnet.Verb)
		if len(ls) == 0 {
			return false
		}
		cv := complementVerbs[ls[0]]
		return negated && cv.raises || !negated && cv.negates
	}
	return false
}

// finiteClause reports whether ws[s:b] opens a clause of its own: a noun phrase or
// pronoun, then a finite verb or a modal ("the Fed would", "it will", "prices are").
func finiteClause(ws []lemmaWord, s, b int) bool {
	for i := s; i < b && i < s+6; i++ {
		switch t := ws[i].tag; {
		case t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP":
			return i > s
		case t == "DT" || t == "PRP" || t == "PRP$" || t == "CD" || t == "POS" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ"):
		default:
			return false
		}
	}
	return false
}

// infinitiveAfter returns the index of the verb of a "to"-infinitive opening ws[i:b], over
// an adverb ("to quickly cut"), or -1.
func infinitiveAfter(ws []lemmaWord, i, b int) int {
	if i >= b || ws[i].low != "to" {
		return -1
	}
	for k := i + 1; k < b && k <= i+2; k++ {
		if ws[k].tag == "VB" {
			return k
		}
		if ws[k].tag != "RB" {
			break
		}
	}
	return -1
}

// objectInfinitive returns, after "expect" or "want" (pred), the verb of a "to"-infinitive
// after an object opening ws[i:b],
// a pronoun or a short noun phrase ("us to lower", "the bank to cut"), and the object's
// head; -1 if there is none.
func objectInfinitive(pred string, ws []lemmaWord, i, b int) (int, string) {
	if pred != "expect" && pred != "want" {
		return -1, ""
	}
	e := i
	for e < b && e < i+4 && (ws[e].tag == "DT" || ws[e].tag == "JJ" || ws[e].tag == "PRP$" || strings.HasPrefix(ws[e].tag, "NN") || e == i && ws[e].tag == "PRP") {
		e++
	}
	if e == i {
		return -1, ""
	}
	k := infinitiveAfter(ws, e, b)
	if k < 0 {
		return -1, ""
	}
	if ws[i].tag == "PRP" {
		return k, subjectForms[ws[i].low]
	}
	return k, subjectHead(ws[i:e])
}

// seenEvent returns the verb of a noun phrase's event after "see", and the phrase's head:
// "see their salaries reduced", "see sales rise"; not "see the point", "saw the
// minister's letter".
func seenEvent(pred string, ws []lemmaWord, i, b int) (int, string) {
	if pred != "see" {
		return -1, ""
	}
	e := nounPhraseEnd(ws, i, b, nil)
	if e < 0 {
		return -1, ""
	}
	if t := ws[e].tag; t != "VBN" && t != "VB" && !(t == "VBP" && ws[e-1].tag == "NNS") {
		return -1, ""
	}
	return e, subjectHead(ws[i:e])
}

// keptGoing returns the "-ing" word after "keep" and a noun phrase that says the phrase's
// thing goes on, and the phrase's head: "keep the service going", "kept the plant
// running".
func keptGoing(pred string, ws []lemmaWord, i, b int) (int, string) {
	if pred != "keep" {
		return -1, ""
	}
	// Not past "running" or "open", which the tagger may read as noun or adjective.
	e := nounPhraseEnd(ws, i, b, keptWords)
	if e < 0 || !keptWords[ws[e].low] {
		return -1, ""
	}
	return e, subjectHead(ws[i:e])
}

// keptWords say, after "keep" and a noun phrase, that its thing goes on.
var keptWords = map[string]bool{"going": true, "running": true, "operating": true, "working": true, "flying": true, "open": true}

// nounPhraseEnd returns where a noun phrase of up to five words at ws[i], ending in a
// noun and short of b, ends, stopping before a word of stop; -1 if there is none.
func nounPhraseEnd(ws []lemmaWord, i, b int, stop map[string]bool) int {
	e := i
	for e < b && e < i+5 && !stop[ws[e].low] && (ws[e].tag == "DT" || ws[e].tag == "JJ" || ws[e].tag == "PRP$" || ws[e].tag == "CD" || strings.HasPrefix(ws[e].tag, "NN")) {
		e++
	}
	if e == i || e >= b || !strings.HasPrefix(ws[e-1].tag, "NN") {
		return -1
	}
	return e
}

// raising reports how the predicate p, read from the words before its "to"-infinitive,
// puts that infinitive: "likely to", "refused to", "in no hurry to".
func raising(p string, before []lemmaWord) (claims.Modality, bool, bool) {
	if l, ok := likelihood[p]; ok {
		return l.modality, l.negated, true
	}
	if p == "hurry" {
		return claims.Predicted, false, true // "in no hurry to cut": its own "no" negates
	}
	if p == "free" {
		return claims.Possible, false, true // "free to appeal"; only before "to", for "travel will be free" is no possibility
	}
	return claims.UnknownModality, false, false
}

// phaseVerbs take a gerund whose act they end (-1) or begin or keep up (+1).
var phaseVerbs = map[string]int{"stop": -1, "quit": -1, "cease": -1, "start": 1, "begin": 1, "keep": 1, "resume": 1}

// heldBack returns the index of the gerund after a verb of holding back, pred, whose
// phrase goes on at ws[i]: "stop short of", "refrain from", "abstain from", "hold off
// on"; else -1. After "hold off on" an event noun that is its verb will do ("any
// increase").
func heldBack(pred string, ws []lemmaWord, i, b int) int {
	switch {
	case pred == "stop" && i+2 < b && ws[i].low == "short" && ws[i+1].low == "of":
		i += 2
	case (pred == "refrain" || pred == "abstain") && i+1 < b && ws[i].low == "from":
		i++
	case pred == "hold off" && i+1 < b && ws[i].low == "on":
		i++
		for i+1 < b && (ws[i].tag == "DT" || strings.HasPrefix(ws[i].tag, "JJ")) {
			i++
		}
		if strings.HasPrefix(ws[i].tag, "NN") && !(i+1 < b && strings.HasPrefix(ws[i+1].tag, "NN")) {
			if n := lemmaAs(ws[i], wordnet.Noun); slices.Contains(wordnet.Lemmas(n, wordnet.Verb), n) {
				return i
			}
		}
	default:
		return -1
	}
	if ws[i].tag != "VBG" {
		return -1
	}
	return i
}

// comparison reports whether ws open a comparison of degree: "as much as", "as fast",
// "so much", "enough", "more than".
func comparison(ws []lemmaWord) bool {
	for i, w := range ws {
		if i > 3 {
			return false
		}
		switch w.low {
		case "as", "so", "enough", "quite":
			return true
		case "more", "less", "fewer":
			return i+1 < len(ws) && ws[i+1].low == "than"
		}
	}
	return false
}

// auxLemma are the verbs that may stand before a main verb as auxiliaries.
var auxLemma = map[string]bool{"be": true, "have": true, "do": true, "get": true}

// verbFollows reports whether a verb comes next in ws, past negations and adverbs: then
// the verb before ws is an auxiliary ("has not yet said"), else the main verb ("was not
// racist").
func verbFollows(ws []lemmaWord) bool {
	for _, w := range ws {
		switch {
		case isVerbTag(w.tag) || w.tag == "MD":
			return true
		case w.tag == "RB" || w.low == "not" || w.low == "n't" || w.low == "n’t":
			continue
		}
		return false
	}
	return false
}

// nounPhraseHead returns the head of ws when ws is a noun phrase alone, between commas
// ("the mayor", "Tom Brand"), preferring a name to the head held before it; else "".
func nounPhraseHead(ws []lemmaWord, held string) string {
	if len(ws) == 0 || !(ws[0].tag == "DT" || ws[0].tag == "PRP$" || strings.HasPrefix(ws[0].tag, "NN") || ws[0].tag == "JJ") {
		return ""
	}
	for len(ws) > 0 && ws[len(ws)-1].punc {
		ws = ws[:len(ws)-1]
	}
	for _, w := range ws {
		if !(w.tag == "DT" || w.tag == "PRP$" || w.tag == "JJ" || w.tag == "POS" || strings.HasPrefix(w.tag, "NN")) {
			return ""
		}
	}
	head := subjectHead(ws)
	if held != "" && (len(ws) == 0 || ws[len(ws)-1].tag != "NNP") {
		return held
	}
	return head
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") }

// leadingPhrase returns where the subject starts in ws[a:end], past a phrase a
// preposition opens: "by the end of the year no patient will wait", "After the vote, the
// minister"; a when there is none, or no mark of where it ends.
func leadingPhrase(ws []lemmaWord, a, end int) int {
	if ws[a].tag != "IN" || ws[a].low == "that" {
		return a
	}
	for p := a + 2; p < end; p++ {
		if ws[p-1].text == "," {
			return p
		}
		if n := ws[p-1].tag; (strings.HasPrefix(n, "NN") || n == "CD") && (ws[p].tag == "DT" || ws[p].tag == "PRP$" || ws[p].tag == "PRP" || ws[p].tag == "EX" || ws[p].low == "no") {
			return p
		}
	}
	return a
}

// subjectHead returns the head of the subject before a clause's verb: the last noun or
// name of its first noun phrase, or a pronoun.
func subjectHead(ws []lemmaWord) string {
	head := ""
	for i, w := range ws {
		switch {
		case i+1 < len(ws) && ws[i+1].low == "of" && loneFigure(ws, i):
			// "€1bn of the receipts": the receipts
		case w.punc || w.tag == "IN" && head != "" || w.tag == "WDT" || w.tag == "WP":
			return head
		case w.tag == "VBG" && i == 0 && i+1 < len(ws) && ws[i+1].tag == "IN":
			return w.low // "staffing on the ward"
		case i == 0 && taggedPlural(w):
			head = lemmaAs(w, wordnet.Noun) // "nurses/VBZ on the ward", whose verb comes later
			if i+1 < len(ws) && ws[i+1].tag == "IN" {
				return head
			}
		case w.tag == "VBG" && head != "" && (ws[i-1].tag == "NNS" || i+1 == len(ws) || !strings.HasPrefix(ws[i+1].tag, "NN")):
			return head // "trucks carrying milk"; not "the surgery waiting list"
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

// loneFigure reports whether ws[i] is a figure alone: "€1bn", "$40m", "2,000".
func loneFigure(ws []lemmaWord, i int) bool {
	_, end, ok := amountAt(ws, i)
	return ok && end == i+1
}

// terms returns the common content words of ws as base forms, sorted and unique: nouns,
// full verbs, adjectives and numbers; not function words, light verbs or generic nouns.
// It returns apart the names, runs of proper nouns in lower case.
func (st *stanceLex) terms(ws []lemmaWord) (terms, names []string) {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.tag == "NNP" || w.tag == "NNPS" {
			j := i
			for j+1 < len(ws) && (ws[j+1].tag == "NNP" || ws[j+1].tag == "NNPS") && !ws[j].poss {
				j++
			}
			var parts []string
			for _, n := range ws[i : j+1] {
				parts = append(parts, n.low)
			}
			if n := strings.Join(parts, " "); !titleWords[parts[0]] || j > i {
				names = append(names, n)
			}
			i = j
			continue
		}
		if w.punc || isPronoun(w.word) || determiners[w.low] || functionWords[w.low] || st.negation[w.low] || st.generic[w.low] {
			continue
		}
		if t := termOf(w); t != "" && !lightTerms[t] && !st.generic[t] {
			terms = append(terms, t)
		}
	}
	slices.Sort(terms)
	slices.Sort(names)
	return slices.Compact(terms), slices.Compact(names)
}

// titleWords name no one by themselves: "Mr", "Mrs", "Dr".
var titleWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "lord": true, "lady": true}

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

// contractedBe are the clitic forms of "be": "I'm", "they're", "it's".
var contractedBe = map[string]bool{"'m": true, "’m": true, "'re": true, "’re": true, "'s": true, "’s": true}

// lemmaAs returns the WordNet base form of w as part of speech pos, or w in lower case.
func lemmaAs(w lemmaWord, pos wordnet.POS) string {
	if pos == wordnet.Verb && contractedBe[w.low] {
		return "be"
	}
	if w.entry != nil && pos != wordnet.AnyPOS {
		if l := w.entry.last[pos]; l != "" {
			return l
		}
		return w.low
	}
	if ls := wordnet.Lemmas(w.low, pos); len(ls) > 0 {
		return baseForm(w.low, ls)
	}
	return w.low
}

// baseForm picks the base form of word w from its WordNet lemmas ls: the last when w is
// itself one ("talks" → "talk", "data" → "datum", "saw" → "see"), else the first: the
// exception list's, or the first detachment rule's ("taxes" → "tax", not "taxis";
// "bases" → "base"; "uses" → "use", not "us").
func baseForm(w string, ls []string) string {
	if ls[0] == w {
		return ls[len(ls)-1]
	}
	return ls[0]
}

// pronounTerm reports whether a clause's subject term is a pronoun, which names no
// thing two claims could share.
func pronounTerm(t string) bool {
	_, third := pronouns[t]
	return third || t == "i" || t == "we" || t == "you"
}

// timeFor reads "it is time for X to do": it returns the index of the verb and X's head,
// of clause c whose copula's noun "time" ends at ws[end].
func timeFor(c claims.Clause, ws []lemmaWord, end, b int) (int, string, bool) {
	if c.Predicate != "time" || c.Subject != "it" || end+3 >= b || ws[end].low != "for" {
		return 0, "", false
	}
	for k := end + 1; k+1 < b && k <= end+5; k++ {
		if ws[k].low == "to" && isVerbTag(ws[k+1].tag) && k > end+1 {
			if sub := termOf(ws[k-1]); sub != "" {
				return k + 1, sub, true
			}
			return 0, "", false
		}
	}
	return 0, "", false
}
