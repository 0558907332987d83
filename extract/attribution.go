// This file holds the analyser, which reads the attributions of a document unit by unit:
// the stages of a unit (analyse), the construction a cue is read by (attribute), the
// constructions of a unit that no cue reads (special), and the checks that keep a unit's
// claims apart.

package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

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
	// answering: the cue is a verb of answering words ("walked back", "contradicted"),
	// whose response is its own and no other claim's.
	answering bool
	words     []word // the tagged words of the content
	// antecedent is the noun a relative clause hangs on: "terms" in "terms that Moscow
	// deemed unrealistic". It, not the content, is what the claim is about.
	antecedent *word
	// referent is the noun phrase a relative pronoun source stands for: "Ted Cruz" in
	// "Ted Cruz, who says". The report shows the source from it to the pronoun.
	referent claims.Span
	headline bool // read from a headline, where capitals say nothing
	// via is the medium the statement came through, named at viaSource: "the Daily Post"
	// in "the minister was quoted by the Daily Post as saying …". Zero when none.
	via       claims.Speaker
	viaSource claims.Span
	negated   bool // the cue is negated: "did not deny", "never said"
	// namedFor is the phrase of the response whose object names this remark without
	// giving it: "took issue with remarks credited to the minister".
	namedFor claims.Span
	// opening is the body the sentence opens with when an officer's tag closes it: "Acme
	// Corp will cut 300 jobs, chief executive John Smith said" (see openingBodies).
	opening string
	// revisedBy is, for a figure the speaker gave before, the index plus one of the
	// statement that revises it ("compared to the previously reported $732m"); else 0.
	revisedBy int
}

// subjectNote is a person read as the subject of a unit that holds no claim: "Ruddock,
// though, is keen to rest his players."
type subjectNote struct {
	sp         claims.Speaker
	src        claims.Span
	unit, para int
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
	named  []attribution // remarks answered by their maker's name only; see namedRemarks

	lastGroup, lastOrg *claims.Speaker
	bodies             []focusBody // bodies met as subjects or speakers, in order
	// passing are bodies named after their kind in passing ("to buy security software maker
	// Sybari Software"): "the company" stands for one only when no body in focus fits.
	passing           []focusBody
	descs             map[string]string // by name: the common noun the text gave a body ("carmaker")
	para              int               // the paragraph of the unit being read
	units             []unit            // the document's units, in order
	interviewee       *claims.Speaker   // who answers a question-and-answer interview's "Q:" lines
	answer            claims.Span       // the "A:" of the answer paragraph being read, if any
	answerPara        int               // that paragraph's index, plus one
	questions         []claims.Span     // an interview's question lines, "Q: …"
	bareAnswerAt      int               // where the answer to an unlabelled question starts; 0 if none
	qaLayout          int8              // whether the text is laid out as an interview: 0 not yet read, 1 yes, -1 no
	blogLayout        int8              // whether the text is a live blog of timed entries, as qaLayout
	lede              *claims.Speaker   // the first person met below the title, where news names its subject
	ledePara          int               // the paragraph that named lede
	ledeTitle         string            // the title ledePerson gave lede, which then takes no other
	inTitle           bool              // the unit being read is the document's title
	subjects          []subjectNote     // people read as the subjects of units with no claim, in order
	persons           []claims.Speaker  // people met as subjects, in order
	sex               map[string]byte   // by name: 'm' or 'f', where the text tells
	next              claims.Span       // the unit after the one being read; empty at the end
	prev              claims.Span       // the unit before the one being read; empty at the start
	remarks           []remark          // sentences that date someone's remarks
	lowered, namedMid map[string]bool   // words written in lower case, and capitalised mid-sentence

	initials, acronyms map[string]string // see namesByInitials; nil until asked for

	scans        map[claims.Span][]word // see scanned
	scannedBytes int
}

// analyse reads the attributions of one unit and returns its tagged words. Its stages, in
// order: the unit's words; the claims around its reporting cues; what no cue reads; the
// reporting nouns; the words of each claim's content; the hosts of nested statements.
func (a *analyser) analyse(ui int, u unit) []word {
	ws := a.unitWords(u)
	if len(ws) == 0 {
		return ws
	}
	if questionLine(ws) {
		// "Q: Will you stand again?": the interviewer asks, and whoever answers next is
		// the one the article interviews: the person it says it spoke to, else the person
		// it named last.
		if a.interviewee == nil {
			if p, ok := a.spokeTo(u.span.Start); ok {
				a.interviewee = &p
			} else if len(a.persons) > 0 {
				p := a.persons[len(a.persons)-1]
				a.interviewee = &p
			}
		}
		a.answerPara = 0
		a.questions = append(a.questions, u.span)
		return ws
	}
	if a.bareQuestion(u, ws) {
		// "Health Minister X said … . Is that what you see?": an unlabelled question,
		// whose paragraph may hold claims of its own; the next paragraph answers it.
		if a.interviewee == nil {
			if p, ok := a.spokeTo(u.span.Start); ok {
				a.interviewee = &p
			} else if a.lede != nil && a.qaFormat() {
				p := *a.lede // a run of questions and answers: the one the lede introduces
				a.interviewee = &p
			}
		}
		if a.interviewee != nil {
			a.questions = append(a.questions, u.span)
			a.bareAnswerAt = a.next.Start
		}
	}
	if answerLine(ws) {
		a.answer, a.answerPara = claims.Span{Start: ws[0].span.Start, End: ws[1].span.End}, u.para+1
		ws = ws[2:]
	}
	first := len(a.out)
	inQuote := quoteTest(u, ws)
	a.mentionedBodies(ws, inQuote)
	a.narratedBody(ws)
	a.cueClaims(ui, u, ws, first, inQuote)
	a.uncued(ui, u, ws, first)
	if len(a.out) == first && a.interviewee != nil && a.answerPara == u.para+1 && u.span.Contains(a.answer) && len(ws) > 2 {
		// "A: That is simply not true.": the answer's sentence is the interviewee's, the
		// "A:" its cue.
		content := contentSpan(a.text, ws[0].span.Start, ws[len(ws)-1].span.End)
		a.emit(attribution{unit: ui, host: -1, class: cueSpeech, speaker: *a.interviewee, source: claims.Span{Start: a.answer.Start, End: a.answer.Start + 1}, cue: a.answer, content: content, quoted: true}, u)
	}
	if len(a.out) == first && a.interviewee != nil && a.bareAnswerAt > 0 && u.span.Start == a.bareAnswerAt && len(ws) > 2 {
		// The unlabelled answer's first sentence is the interviewee's; the question it
		// answers stands for its cue.
		last := a.questions[len(a.questions)-1] // the question just before
		content := contentSpan(a.text, ws[0].span.Start, ws[len(ws)-1].span.End)
		a.emit(attribution{unit: ui, host: -1, class: cueSpeech, speaker: *a.interviewee, source: claims.Span{Start: ws[0].span.Start, End: ws[0].span.Start}, cue: claims.Span{Start: last.End - 1, End: last.End}, content: content, quoted: true}, u)
	}
	a.nominalClaims(ui, u, ws, first, inQuote)
	a.namedRemarks(ui, u, ws, inQuote)
	a.contentWords(u, ws, first)
	a.nestedHosts(first)
	return ws
}

// mentionedBodies puts in focus the bodies a sentence names after its first word, outside
// a quotation, by a name whose last word says what kind of body it is: "has rejected the Indonesian
// Maritime Security Agency's account …", so that "The agency said" next is that agency.
func (a *analyser) mentionedBodies(ws []word, inQuote func(int) bool) {
	for i := 1; i < len(ws); i++ {
		if ws[i].cap && !ws[i].punc && !ws[i].poss && !ws[i-1].cap && !ws[i-1].poss && strings.HasPrefix(ws[i-1].tag, "NN") && bodyKind(ws[i-1].low) && !inQuote(i) {
			// "fined mid-sized lender Banco Austral": a body named after its kind, so that
			// "the bank" further on is that body.
			e := nameEnd(ws, i)
			name := joinText(ws[i:e])
			if !slices.ContainsFunc(a.bodies, func(b focusBody) bool { return b.sp.Name == name }) && !shortName(ws[i:e]) {
				n := len(a.bodies)
				a.noteBody(claims.Speaker{Name: name, Kind: claims.Organisation}, ws[i-1].low)
				if len(a.bodies) > n {
					a.passing = append(a.passing, a.bodies[n])
					a.bodies = a.bodies[:n]
				}
			}
			i = e
			continue
		}
		if !ws[i].cap || ws[i].punc || !determiners[ws[i-1].low] && ws[i-1].low != "of" || inQuote(i) {
			continue
		}
		e := i
		for e < len(ws) && ws[e].cap && !ws[e].punc && !ws[e].poss {
			e++
		}
		if e < len(ws) && ws[e].cap && ws[e].poss {
			e++ // "the Maritime Security Agency's account"
		}
		if e-i >= 2 {
			last := strings.TrimSuffix(strings.TrimSuffix(ws[e-1].low, "'s"), "’s")
			if _, body := bodyClass(last); body && !knownPlural(last) {
				name := joinText(ws[i:e])
				name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
				if slices.ContainsFunc(a.bodies, func(b focusBody) bool { return b.sp.Name == name }) {
					i = e
					continue // in focus already, maybe as a speaker: it keeps its place
				}
				n := len(a.bodies)
				a.noteBody(claims.Speaker{Name: name, Kind: claims.Organisation}, "")
				if len(a.bodies) > n {
					a.bodies[len(a.bodies)-1].ownNoun = true
				}
			}
		}
		i = e
	}
}

// bodyKind reports whether a noun names a kind of body that is no government: "lender",
// "carmaker", "club".
func bodyKind(n string) bool {
	c, ok := bodyClass(n)
	return ok && c != "" && c != "government"
}

// shortName reports whether ws is one word of three letters or fewer:
// "TV", "DVD", "Ad" read after "company" or "maker" name no body.
func shortName(ws []word) bool {
	return len(ws) == 1 && len(ws[0].text) <= 3
}

// narratedBody puts in focus a body that the narration names as its sentence's subject,
// though it says nothing itself: "The National Athletics Federation has reversed its
// decision …", so that "the federation said" further on is that body.
func (a *analyser) narratedBody(ws []word) {
	s := 0
	if len(ws) > 0 && ws[0].low == "the" {
		s = 1
	}
	e := nameEnd(ws, s)
	v := e
	if v+1 < len(ws) && (ws[v].low == "on" || ws[v].low == "last" || ws[v].low == "this") && timeNouns[ws[v+1].low] {
		v += 2 // "The National Athletics Federation on Monday reversed …"
	}
	if e-s < 2 || v >= len(ws) || !strings.HasPrefix(ws[v].tag, "VB") && ws[v].tag != "MD" {
		return
	}
	if _, body := bodyClass(ws[e-1].low); !body {
		return
	}
	a.noteBody(claims.Speaker{Name: joinText(ws[s:e]), Kind: claims.Organisation}, "")
}

// unitWords tags the words of u, without a dateline or a run-in heading that opens its
// paragraph, and tags a title's verb.
func (a *analyser) unitWords(u unit) []word {
	ws := taggedWords(a.text, u.span)
	m := datelineRE.FindStringIndex(u.span.In(a.text))
	if m == nil && opensParagraph(a.text, u.span) {
		m = a.colonDateline(u)
	}
	if m != nil && opensParagraph(a.text, u.span) {
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
	a.roleNouns(ws)
	return ws
}

// colonDatelineRE is a dateline closed by a colon, as some papers write it: "SURYANAGAR: The
// State's top public health official …", "Dubai: The chairman of …".
var colonDatelineRE = regexp.MustCompile(`^(\p{Lu}[\p{L}' -]{2,30}):\s+\p{Lu}`)

// opensLede reports whether u opens the paragraph after a headline: a first line with
// no stop of its own.
func (a *analyser) opensLede(u unit) bool {
	first, _, ok := strings.Cut(a.text, "\n\n")
	first = strings.TrimSpace(first)
	if !ok || first == "" || strings.ContainsAny(first[len(first)-1:], ".?!:\"”") {
		return false
	}
	rest := a.text[len(first):]
	return u.span.Start == len(a.text)-len(strings.TrimLeft(rest, " \n"))
}

// capsLineRE is a paragraph opened by a word in capitals and a colon: a dateline, or a
// transcript's speaker.
var capsLineRE = regexp.MustCompile(`(?m)^` + capsColon)

// dashDatelineRE is a dateline in title case closed by a dash, with no agency, its
// country after a comma or not: "Jakarta – Fisheries Minister …", "Lagos, Nigeria – …".
// datelineRE takes those in capitals or with an agency.
var dashDatelineRE = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?\s+[―—–]\s+\p{Lu}`)

// colonDateline returns where a colon or dash dateline opening unit u ends, as datelineRE's match
// would. A transcript's speaker line looks the same: a dateline's word is a place the
// gazetteer knows, standing once in the document before a sentence of some length.
func (a *analyser) colonDateline(u unit) []int {
	t := u.span.In(a.text)
	m := colonDatelineRE.FindStringSubmatchIndex(t)
	if m == nil {
		m = dashDatelineRE.FindStringSubmatchIndex(t)
	}
	if m == nil || strings.Count(a.text, t[m[2]:m[1]-1]) != 1 || len(strings.Fields(t[m[1]-1:])) < 8 {
		return nil
	}
	raw := strings.TrimSpace(t[m[2]:m[3]])
	w := strings.ToLower(raw)
	if _, place := a.lx.places[w]; !place && !wordnet.IsA(strings.ReplaceAll(w, " ", "_"), "location", wordnet.Noun) && !wordnet.IsA(w, "location", wordnet.Noun) &&
		!(raw == strings.ToUpper(raw) && a.opensLede(u) && len(capsLineRE.FindAllStringIndex(a.text, 2)) == 1) {
		// "WALLACE: Governor Pence, you have to answer the question" is a speaker's line;
		// a town the gazetteer lacks, in capitals, opens the lede under a headline once:
		// "THIRUVANANTHAPURAM: The Indian Medical Association …".
		return nil
	}
	if _, place := a.lx.places[w]; raw != strings.ToUpper(raw) && !place && !wordnet.IsA(w, "city", wordnet.Noun) && !wordnet.IsA(w, "port", wordnet.Noun) {
		return nil // in title case only a town or a country: "Dubai: …", not "Poll: Labour ahead"
	}
	return []int{0, m[1] - 1}
}

// roleNouns tags as a noun a role the tagger reads as a verb, an adverb or a preposition
// before a person's name, after a body's name or a noun or adjective that qualifies the
// role: "Ashgate Rovers boss Neil Vantongeren", "Acme head Jo Lin", "the mayor's top
// policy aide Jo Lin".
func (a *analyser) roleNouns(ws []word) {
	for i := 1; i+1 < len(ws); i++ {
		w, n := ws[i], ws[i+1]
		if strings.HasPrefix(w.tag, "NN") || w.cap || a.lx.roles[w.low] == "" {
			continue
		}
		if (ws[i-1].cap && !ws[i-1].punc || ws[i-1].tag == "NN" || ws[i-1].tag == "JJ") && n.cap && !n.punc ||
			(ws[i-1].tag == "NN" || ws[i-1].tag == "NNS") && !ws[i-1].cap && (n.low == "said" || n.low == "says" || n.low == "told" || n.low == "tells") {
			// Or before a cue, after a noun: "the operations official told senators".
			ws[i].tag = "NN"
		}
	}
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
		if c.entry.class == cueIntent && a.remarkRelative(ws, c.start) {
			// "refused to confirm reports they plan to launch an airline": the reports' plan
			continue
		}
		if u.kind == headline && headlinePassive(ws, c) && a.lineAlone(u) {
			continue // "Minister questioned over delays": a headline drops the passive's "was"
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
		if ok && at.speaker.Kind == claims.Author && u.marked && !a.narrator(u, at) {
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
		inner, relayed := a.relayed(ui, u, ws, at, c, cues, skip, inQuote)
		a.interviewChannel(ws, &at)
		endInfinitive(a.text, ws, &at)
		endPerfect(a.text, ws, c, &at)
		a.laterCues(&at, ws, cues, ci, skip, inQuote)
		if relayed && inner.content.End > at.content.End && inner.content.Start < at.content.End {
			// "The agency reported that she said …, while a radio station quoted her as
			// saying …": what ends the report ends the remark it reports.
			inner.content.End = at.content.End
		}
		a.trimAside(&at, ws)
		if at.class == cueBroad {
			a.cutBefore(first, &at) // "attacked Clinton for her record, saying, “…”": the participle's own
		}
		if at.answering {
			at.content = a.remarkOnly(ws, at.content)
		}
		if !at.quoted {
			at.content = a.trailingOccasion(ws, at.content)
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
		if a.repeats(first, at) || at.class == cueBroad && a.overlapsClaims(first, at) || vacuous[strings.ToLower(at.content.In(a.text))] || joinsVerbs(a.text, at) || agentFirst(ws, at) || toldWhom(ws, at) {
			continue
		}
		if c.entry.lemma == "know" && !at.quoted && !verbIn(ws, at.content) {
			continue // "who knew Manson", "knew the minister well": acquaintance, no statement
		}
		if c.start == 0 && ws[0].text == "Asked" {
			continue // "Asked by reporters whether …, Bhardwaj said: …": the question framed, no one's claim
		}
		a.relaysEarlier(first, at)
		a.channelBody(&at)
		a.accountOf(ws, &at)
		a.openingBody(ws, &at)
		a.out = append(a.out, at)
		a.noteSex(at.speaker, at.source)
		a.remember(at.speaker)
		if relayed {
			a.out = append(a.out, inner)
			a.noteSex(inner.speaker, inner.source)
			a.remember(inner.speaker)
		}
	}
}

// lineAlone reports whether u is a short line of its own: a title or subheading, not a
// sentence of a paragraph whose line lost its end.
func (a *analyser) lineAlone(u unit) bool {
	before := strings.TrimRight(a.text[:u.span.Start], " \t\r")
	after := strings.TrimLeft(a.text[u.span.End:], " \t\r.!?")
	return u.span.Len() < 120 && (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n"))
}

// headlinePassive reports whether cue c of a headline is a participle that headlines use
// for the passive, its auxiliary dropped: "Minister questioned over delays", "as new ward
// date questioned". Headlines tell the active in the present ("Minister denies …").
func headlinePassive(ws []word, c cueHit) bool {
	w := ws[c.start]
	if c.start == 0 || w.tag != "VBD" && w.tag != "VBN" || !strings.HasSuffix(w.low, "ed") {
		return false
	}
	p := ws[c.start-1]
	if auxWords[p.low] || p.punc || !strings.HasPrefix(p.tag, "NN") && !p.cap {
		return false
	}
	// Nothing after it, or a preposition: "… as new ward date questioned", "Labour
	// accused of broken pledge"; not an object, "Parry revealed Real Madrid".
	return c.end == len(ws) || ws[c.end].tag == "IN" || ws[c.end].tag == "TO"
}

// relaysEarlier marks at's speaker as the channel of an earlier statement of the unit
// whose speaker and cue at's content, before at's cue, holds: "“…,” Clinton said, according to a transcript
// of the interview", "The minister said the plant would close, two people who attended
// told the Herald". Both remain statements: the transcript's report holds Clinton's.
func (a *analyser) relaysEarlier(first int, at attribution) {
	for k := first; k < len(a.out); k++ {
		p := &a.out[k]
		if p.unit == at.unit && p.via.Name == "" && p.speaker.Kind != claims.Author && p.source.Len() > 0 && at.cue.Start >= at.content.End &&
			at.content.Contains(p.source) && at.content.Contains(p.cue) && !at.source.Contains(p.source) {
			p.via, p.viaSource = at.speaker, at.source
		}
	}
}

// narrator reports whether at, whose speaker is the author, quotes the author with its
// quotation closed in a unit whose quotation marks all pair up: "“Your Honor,” I said,
// “…”" in a memoir. Its "I" stands outside every quotation.
func (a *analyser) narrator(u unit, at attribution) bool {
	if !at.quoted || a.isQuoted(u, at.cue) || a.isQuoted(u, at.source) {
		return false
	}
	t := u.span.In(a.text)
	return strings.Count(t, "“") == strings.Count(t, "”") && strings.Count(t, "\"")%2 == 0
}

var vacuous = map[string]bool{"nothing": true, "little": true, "anything": true, "nothing more": true, "no more": true, "enough": true} // "saying nothing", "has said enough"

// laterCues reads the later cues inside the content of at, read from cues[ci]. One that
// opens a statement of its own (a temporal clause, a closing speaker, a relative aside)
// ends this content; one that is part of what was said is marked in skip.
func (a *analyser) laterCues(at *attribution, ws []word, cues []cueHit, ci int, skip []bool, inQuote func(int) bool) {
	first := wordAt(ws, at.content.Start) // the content's first word; only its end moves below
	for cj := ci + 1; cj < len(cues); cj++ {
		d := cues[cj]
		if !at.content.Contains(ws[d.start].span) || inQuote(d.start) {
			continue // a quotation is what was said, whatever verbs it holds
		}
		if noCue(ws, d) {
			skip[cj] = true // "residents who were out when enumerators called could register"
			continue
		}
		sb := skipBack(ws, d.start)
		if b, ok := despiteSaying(ws, d); ok && ws[b].span.Start > at.content.Start {
			// "insisted collections were normal, despite the union saying that …": the
			// writer sets another's statement against this one; it is no part of it.
			at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
			continue
		}
		rb, _, raside := a.remarkAside(ws, d.start)
		if raside && d.entry.answering && ws[rb].span.Start > at.content.Start {
			// "…, a claim the developer rubbished as a misreading": the writer's aside,
			// with another's answer to this statement.
			at.content.End = trimEnd(a.text, at.content.Start, ws[rb].span.Start)
			continue
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
		if sb >= 2 && subjectPronouns[ws[sb-1].low] && ws[sb-2].text == "," && ws[sb-2].span.Start > at.content.Start && d.entry.class == cueSpeech && tagEnds(ws, d.end) {
			// "The governor believes such decisions belong to parents, she said in a
			// written statement, and …": a tag after a comma reports what comes before it.
			at.content.End = trimEnd(a.text, at.content.Start, ws[sb-2].span.Start)
			continue
		}
		if (ws[d.start].tag == "VBG" || ws[sb].tag == "VBG") && sb > 0 && ws[sb-1].text == "," && ws[sb-1].span.Start > at.content.Start {
			// "…, saying …", "…, continuing to insist …": the participle's own statement
			at.content.End = trimEnd(a.text, at.content.Start, ws[sb-1].span.Start)
			continue
		}
		// closes: no comma follows the cue within the content, so a clause it opens ends it
		closes := !slices.ContainsFunc(ws[d.end:], func(w word) bool { return w.text == "," && w.span.End <= at.content.End })
		if sb >= 2 && (ws[sb-1].low == "who" || ws[sb-1].low == "which") && ws[sb-2].text == "," && ws[sb-2].span.Start > at.content.Start && closes {
			// "Cruz endorses Trump, who says he is honored": a relative clause closing the
			// content is the writer's aside, with a statement of its own. Not "the
			// pipeline, which is widely supported, would …", which the content goes on past.
			at.content.End = trimEnd(a.text, at.content.Start, ws[sb-2].span.Start)
			continue
		}
		subj := npStart(ws, sb)
		if q, ok := quantitySubject(ws, sb); ok && q < subj {
			subj = q // "…, and more than 4 in 10 said …"
		}
		if closes && subj >= 3 && (ws[subj-1].low == "which" || ws[subj-1].low == "whom") && ws[subj-2].tag == "IN" && ws[subj-3].text == "," && ws[subj-3].span.Start > at.content.Start {
			// "took issue with a statement issued late on Sunday, in which she said that …":
			// the relative clause tells what the statement held, a statement of its own.
			at.content.End = trimEnd(a.text, at.content.Start, ws[subj-3].span.Start)
			continue
		}
		if w := whoseBefore(ws, subj); closes && w >= 1 && ws[w-1].text == "," && ws[w-1].span.Start > at.content.Start {
			// "…, at odds with the central bank, whose deputy chair told lawmakers …":
			// the relative clause closing the content is the writer's aside, with a
			// statement of its own; not "the plan, whose critics say …, would go ahead".
			at.content.End = trimEnd(a.text, at.content.Start, ws[w-1].span.Start)
			continue
		}
		if raside && ws[rb].span.Start > at.content.Start {
			// "…, a claim the company denied on Tuesday", "…, a figure his office later
			// said he had misspoken": the writer's aside on this statement, with another's
			// answer to it.
			at.content.End = trimEnd(a.text, at.content.Start, ws[rb].span.Start)
			continue
		}
		if b, ok := a.passiveAside(ws, d.start); ok && ws[b].span.Start > at.content.Start {
			// "…, a figure disputed by the union": the agent's answer, no part of this.
			at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
			continue
		}
		if b, ok := afterClause(ws, sb); ok && ws[b].span.Start > at.content.Start {
			// "…denied the plant would close, hours after the union's president said it
			// would": the writer dates this statement by another, no part of it.
			at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
			continue
		}
		if subj == d.start && sb > 0 && ws[sb-1].low == "as" && (ws[d.start].tag == "VBN" || ws[d.start].tag == "VBD") {
			skip[cj] = true // "cost twice as much as planned": a comparison, no statement
			continue
		}
		if subj == d.start {
			if b := boundaryBefore(ws, sb); b >= 0 && ws[b].span.Start > at.content.Start {
				at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
				continue
			}
			skip[cj] = true
			continue
		}
		if s := timeBefore(ws, subj); s < subj {
			// "said about 300 litres had spilled; on Monday he said …": a time of its own
			// stands between the boundary and the next speaker.
			if b := boundaryBefore(ws, s); b >= 0 && ws[b].span.Start > at.content.Start {
				at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
				continue
			}
		}
		if subj >= 2 && subj < sb && sb-subj <= 5 && ws[subj-1].text == "," && ws[subj-1].span.Start > at.content.Start && splicedAfter(ws, first, subj-1, d) {
			// "Minister says strike is over, union says it goes on": a second speaker's
			// statement spliced on with a comma, as headlines join them.
			at.content.End = trimEnd(a.text, at.content.Start, ws[subj-1].span.Start)
			continue
		}
		if b := boundaryBefore(ws, subj); b >= 0 && ws[b].span.Start > at.content.Start {
			if ws[b].low == "and" {
				if first < b && first+2 >= b && ws[first].tag == "PRP" && passiveAux(ws[sb:d.start]) {
					// "said she and the family were shown the footage": "and" joins the
					// content's subjects, whom the passive tells nothing.
					skip[cj] = true
					continue
				}
				if subj < sb && !ws[b+1].cap && !determiners[ws[b+1].low] && !isPronoun(ws[b+1]) && !ws[b+1].poss && first > 0 && first <= len(ws) && ws[first-1].low == "that" && !finiteVerb(ws[first:b]) {
					// "that the sale of the north and south bands would be concluded": "and" joins
					// two modifiers of the content's subject, before any verb of its own; not "HDTV
					// services in 2006 and the BBC intends …", a clause with its own subject.
					skip[cj] = true
					continue
				}
			}
			at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
			continue
		}
		if s := withPPs(ws, subj); s < subj {
			// ", while a deputy minister in the same government told …": the subject's
			// own prepositional phrase stands between it and the boundary.
			if b := boundaryBefore(ws, s); b >= 0 && ws[b].span.Start > at.content.Start {
				at.content.End = trimEnd(a.text, at.content.Start, ws[b].span.Start)
				continue
			}
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

// withPPs returns where the noun phrase ending just before ws[subj] starts when the
// phrase at subj is its prepositional phrase: "a deputy minister | in the same
// government", at most two deep.
func withPPs(ws []word, subj int) int {
	s := subj
	for d := 0; d < 2; d++ {
		if s < 2 || ws[s-1].low != "in" && ws[s-1].low != "of" && ws[s-1].low != "at" && ws[s-1].low != "from" && ws[s-1].low != "for" {
			break
		}
		p := npStart(ws, s-1)
		if p >= s-1 || !strings.HasPrefix(ws[s-2].tag, "NN") {
			break
		}
		s = p
	}
	return s
}

// afterClause reports whether the cue at ws[v] is the verb of a temporal clause after a
// comma: ", hours after the president of the union said …", ", a day before X told …",
// ", a day after telling …".
// It returns the index of the comma.
func afterClause(ws []word, v int) (int, bool) {
	p := v - 1
	commas := 0 // an apposition in the subject: "after an opposition MP, Ousmane Kabore, claimed"
	for p > 0 && v-p < 14 && ws[p].low != "after" && ws[p].low != "before" {
		if ws[p].text == "," && commas < 2 && (commas == 0 || ws[p+1].cap) {
			commas++
			p--
			continue
		}
		if ws[p].punc || finiteVerb(ws[p:p+1]) || ws[p].tag == "MD" {
			return 0, false // "representing its workers" may run in the subject, no verb of its own
		}
		p--
	}
	if commas == 1 {
		return 0, false
	}
	if p < 1 || p == v-1 && !strings.HasSuffix(ws[v].low, "ing") || ws[p].low != "after" && ws[p].low != "before" {
		return 0, false
	}
	k := p
	for k > 0 && p-k < 4 && (ws[k-1].tag == "CD" || lapseWord(ws[k-1].low)) {
		k--
	}
	if k == 0 || ws[k-1].text != "," {
		return 0, false
	}
	return k - 1, true
}

// despiteSaying reports whether cue d is the participle of a statement set against
// another after a comma: "…, despite the union saying that …". It returns the index of
// the comma.
func despiteSaying(ws []word, d cueHit) (int, bool) {
	if ws[d.start].tag != "VBG" {
		return 0, false
	}
	subj := npStart(ws, skipBack(ws, d.start))
	if subj < 2 || subj == d.start || ws[subj-1].low != "despite" && ws[subj-1].low != "notwithstanding" || ws[subj-2].text != "," {
		return 0, false
	}
	return subj - 2, true
}

// attribute reads the construction around one cue.
func (a *analyser) attribute(ui int, u unit, ws []word, c cueHit) (attribution, bool) {
	at := attribution{unit: ui, host: -1, class: c.entry.class, answering: c.entry.answering, cue: claims.Span{Start: ws[c.start].span.Start, End: ws[c.end-1].span.End}}
	if c.entry.lemma == "according to" {
		return a.accordingTo(at, u, ws, c)
	}
	if c.entry.lemma == "by reckoning" {
		return a.byReckoning(at, u, ws, c)
	}
	if c.entry.class == cueDeny || c.entry.answering || c.entry.lemma == "dispute" || c.entry.lemma == "reject" {
		if comma, subj, ok := a.remarkAside(ws, c.start); ok {
			// "…, a claim the company denied on Tuesday": the company's denial, of the
			// remark the aside names, which is the statement before the comma.
			if sp, src, ok := a.speakerAt(ws, subj, skipBack(ws, c.start)); ok {
				at.speaker, at.source = sp, src
				at.content = claims.Span{Start: ws[comma+1].span.Start, End: ws[subj-1].span.End}
				if l := ws[subj-1].low; l == "that" || l == "which" {
					at.content.End = ws[subj-2].span.End
				}
				return at, true
			}
		}
	}
	if s := npStart(ws, skipBack(ws, c.start)); s > 0 && s < c.start && ws[s-1].low == "whether" {
		return at, false // "is looking into whether the executives knew …": a question, no one's claim
	}
	if noCue(ws, c) {
		if inSubject(ws, c.start) {
			// "The country described by the president is …": a participle in the subject
			// says nothing of the subject's, but its agent speaks.
			if at, ok, read := a.reducedPassive(at, u, ws, c, skipBack(ws, c.start)); read {
				return at, ok
			}
		}
		return at, false
	}
	if as, ok := asClause(ws, c); ok {
		return a.asReported(at, u, ws, c, as)
	}
	aux := skipBack(ws, c.start) // the subject ends here, before auxiliaries and adverbs
	if c.entry.state {
		aux = skipBack(ws, copulaBefore(ws, c.start)) // "Analysts remain sceptical that"
	}
	if at, ok, read := a.quotedAs(at, u, ws, c, aux); read {
		return at, ok
	}
	if (ws[c.start].tag == "VBN" || ws[c.start].tag == "VBD" && c.start > 0 && beForms[ws[c.start-1].low]) && !c.entry.state && passiveAux(ws[aux:c.start]) {
		return a.passive(at, u, ws, c, aux)
	}
	if at, ok, read := a.reducedPassive(at, u, ws, c, aux); read {
		return at, ok
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

// splicedAfter reports whether ws[k:comma] is a clause of its own, not one of condition
// or time ("strike is over", not "if she won"), and cue d after the comma a verb of
// saying with a content of its own: "union says it goes on", "Smith told the BBC:", not
// "Trump told NBC's Today show when asked".
func splicedAfter(ws []word, k, comma int, d cueHit) bool {
	if k >= comma || subordinators[ws[k].low] || clauseOpeners[ws[k].low] || !finiteVerb(ws[k:comma]) || d.entry.lemma != "say" && d.entry.lemma != "tell" {
		return false
	}
	after := d.end
	if d.entry.lemma == "tell" {
		after = npEnd(ws, d.end) // the hearer
	}
	return after < len(ws) && (ws[after].text == ":" || ws[after].low == "that" || subjectPronouns[ws[after].low] || ws[after].low == "it" || mainClause(ws[after:]))
}

// uncued reads what no cue of the unit read: a unit with no claim goes to the
// constructions without a reporting verb; a transcript line's speaker takes its "I"; a
// title's speaker before its colon outranks the cue model, and joins the lexicon's cues after it.
func (a *analyser) uncued(ui int, u unit, ws []word, first int) {
	if len(a.out) == first {
		a.special(ui, u, ws)
	} else if ui > 0 && a.inSurvey(ui, u, ws, first) {
		// "In a CBS News poll released Monday, 79 percent of Democrats said …": the poll
		// reports what its respondents said.
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
	} else if ui == 0 && u.span.Start == 0 && a.claimsAfterColon(first, ws) {
		// "Gingrich: Trump Must Decide If He Wants …": the cues after a title's colon are
		// part of what its speaker said, and the speaker before the colon still speaks.
		if u.kind == headline {
			a.headlineAttribution(ui, u, ws)
		} else {
			a.title(ui, u, ws)
		}
	}
}

// claimsAfterColon reports whether the unit has claims, all of them after a colon among
// its first words: a title "X: …" whose content holds cues of its own.
func (a *analyser) claimsAfterColon(first int, ws []word) bool {
	if len(a.out) == first {
		return false
	}
	for i := 1; i < min(7, len(ws)); i++ {
		if ws[i].text == ":" {
			for _, o := range a.out[first:] {
				if o.cue.Start < ws[i].span.End || o.source.Len() > 0 && o.source.Start < ws[i].span.End {
					return false
				}
			}
			return true
		}
	}
	return false
}

// special reads the constructions that have no reporting verb: "X's position has been
// that …", "In his opinion, …", a poll or study the findings come from, a headline ending
// "– Kremlin", a title, a speaker line, a signed quotation, a quotation after a lead-in
// and its colon, and a quotation that continues the previous speaker.
func (a *analyser) special(ui int, u unit, ws []word) {
	if a.position(ui, u, ws) || a.inOpinion(ui, u, ws) {
		return
	}
	if a.inSurvey(ui, u, ws, len(a.out)) {
		return
	}
	if u.kind == headline {
		a.headlineAttribution(ui, u, ws)
		return
	}
	if a.title(ui, u, ws) {
		return
	}
	if a.speakerLine(ui, u, ws) || a.signedQuote(ui, u, ws) || a.colonLead(ui, u) || a.leadInQuote(ui, u, ws) {
		return
	}
	a.continuation(ui, u, ws)
}

// contentWords gives each claim of the unit the words of its content, and says whether it
// was read from a headline.
func (a *analyser) contentWords(u unit, ws []word, first int) {
	for i := first; i < len(a.out); i++ {
		at := &a.out[i]
		// "Acts of protest, Mr. Obama said, are …": the attribution inside the content is
		// no part of what was said.
		said := func(w word) bool {
			return at.content.Contains(w.span) && !at.source.Contains(w.span) && !at.cue.Contains(w.span)
		}
		if at.words == nil {
			n := 0
			for _, w := range ws {
				if said(w) {
					n++
				}
			}
			if n > 0 {
				at.words = make([]word, 0, n)
			}
		}
		for _, w := range ws {
			if said(w) {
				at.words = append(at.words, w)
			}
		}
		at.headline = u.kind == headline
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

func (a *analyser) emit(at attribution, u unit) {
	if a.keep(at, u) {
		a.remember(at.speaker)
	}
}

// keep adds at to the claims, as emit does, but leaves its speaker out of those a later
// pronoun may stand for; it reports whether at was kept.
func (a *analyser) keep(at attribution, u unit) bool {
	if t := strings.TrimRight(at.content.In(a.text), ".”\"’'"); at.content.Len() == 0 || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		return false // "(CROSSTALK.)", "(APPLAUSE)": a stage direction, not what was said
	}
	if !at.quoted {
		at.quoted = a.isQuoted(u, at.content)
	}
	a.out = append(a.out, at)
	a.noteSex(at.speaker, at.source)
	return true
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

// joinsVerbs reports whether at's content opens with a conjunction right after its cue:
// "who said and did the same things" joins two verbs and reports nothing.
// toldWhom reports whether at's content is only whom the speaker told, the thing told
// being the clause's antecedent: "not the 95 per cent he told MPs".
func toldWhom(ws []word, at attribution) bool {
	if at.quoted {
		return false
	}
	k := wordAt(ws, at.cue.Start)
	if k >= len(ws) || ws[k].low != "told" && ws[k].low != "tells" && ws[k].low != "tell" {
		return false
	}
	n := 0
	for _, w := range ws {
		if at.content.Contains(w.span) {
			if n++; n > 3 || strings.HasPrefix(w.tag, "VB") || w.tag == "MD" {
				return false
			}
		}
	}
	return n > 0
}

func joinsVerbs(text string, at attribution) bool {
	if at.content.Start < at.cue.End || strings.TrimSpace(text[at.cue.End:at.content.Start]) != "" {
		return false
	}
	c := at.content.In(text)
	return strings.HasPrefix(c, "and ") || strings.HasPrefix(c, "or ")
}

// tagEnds reports whether a speech tag's cue ending at ws[k-1] closes its clause, with no
// verb of its own before the sentence's end or a comma and a conjunction: "she said.",
// "she said in a written statement, and …"; not "she said the plan was dead", nor "the
// prices, he says, went down", where the tag stands inside what it reports.
func tagEnds(ws []word, k int) bool {
	for ; k < len(ws); k++ {
		switch {
		case ws[k].text == ",":
			return k+1 < len(ws) && (ws[k+1].low == "and" || ws[k+1].low == "but")
		case ws[k].punc && ws[k].text != "." || finiteVerb(ws[k:k+1]) || ws[k].low == "that":
			return false
		}
	}
	return true
}

// repeats reports whether at's content is mostly the content of a claim already read from
// the same unit: "X told The Times: ”…” he said" is one claim, not two.
func (a *analyser) repeats(first int, at attribution) bool {
	for _, b := range a.out[first:] {
		if at.content.Contains(b.cue) && (at.speaker.Name != b.speaker.Name || b.source.Start == at.content.Start && possessives[strings.ToLower(b.source.In(a.text))]) {
			continue // at reports b's statement: "X said Y, the source added"; or acts on it: "clarified his comments that …"
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
		if c := strings.LastIndex(between[:cut], ","); c > 0 && strings.HasPrefix(between[cut:], " after ") && lapse(between[c+1:cut]) {
			cut = c // "…, a day after he told …": the lapse goes with what follows
		}
		if end := trimEnd(a.text, at.content.Start, at.content.Start+cut); end > at.content.Start {
			at.content.End = end
		}
	}
}

// lapse reports whether s is only a span of time: "a day", "two weeks", "just hours".
func lapse(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for _, w := range f {
		if !lapseWord(w) && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return len(f) > 0
}

// lapseWord reports whether w may be a word of a span of time before "after": "a",
// "two", "days", "shortly".
func lapseWord(w string) bool {
	_, n := numberWords[w]
	return n || durationNouns[strings.TrimSuffix(w, "s")] || w == "a" || w == "an" || w == "just" || w == "only" || w == "shortly" || w == "soon"
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

// prevInUnit returns the claim read last, when it was read from unit ui.
func (a *analyser) prevInUnit(ui int) (attribution, bool) {
	if len(a.out) == 0 || a.out[len(a.out)-1].unit != ui {
		return attribution{}, false
	}
	return a.out[len(a.out)-1], true
}

// channelBody makes a body of a one-word name that no person of the document bears and
// that reports what others said: "according to Reuters", "Bernama reported". Read as a
// person it would take the "she" of the next sentence: "AFP reported that she said …".
func (a *analyser) channelBody(at *attribution) {
	sp := at.speaker
	if sp.Kind != claims.Person || sp.Role != "" || strings.Contains(sp.Name, " ") || at.source.In(a.text) != sp.Name {
		return
	}
	if _, known := a.people.bySurname[strings.ToLower(sp.Name)]; known {
		return
	}
	switch strings.ToLower(at.cue.In(a.text)) {
	case "according to", "reported", "reports", "quoted", "quotes", "cited":
		at.speaker.Kind = claims.Organisation
	}
}

// accountNouns are an outlet's telling of what was said.
var accountNouns = map[string]bool{"account": true, "report": true, "version": true, "story": true, "transcript": true, "coverage": true}

// accountOf gives a claim the channel its sentence opens with: "But in the Herald's
// account of the same speech, Banda said …" is Banda as the Herald reports her.
func (a *analyser) accountOf(ws []word, at *attribution) {
	if at.via.Name != "" || len(ws) < 5 {
		return
	}
	k := 0
	if ws[k].low == "but" || ws[k].low == "and" || ws[k].low == "yet" {
		k++
	}
	if ws[k].low != "in" {
		return
	}
	k++
	if ws[k].low == "the" {
		k++
	}
	e := k
	for e < len(ws) && ws[e].cap && !ws[e].poss && !ws[e].punc {
		e++
	}
	if e >= len(ws)-1 || !ws[e].cap || !ws[e].poss || !accountNouns[ws[e+1].low] {
		return
	}
	src := claims.Span{Start: ws[k].span.Start, End: ws[e].span.End}
	if at.source.Start < src.End || !slices.ContainsFunc(ws[e+1:], func(w word) bool { return w.text == "," && w.span.End <= at.source.Start }) {
		return // the account's own words, or no comma before the speaker
	}
	name := strings.TrimSuffix(strings.TrimSuffix(src.In(a.text), "'s"), "’s")
	at.via, at.viaSource = claims.Speaker{Name: name, Kind: claims.Organisation}, claims.Span{Start: src.Start, End: src.Start + len(name)}
}

// verbIn reports whether a verb stands among the words of ws within s.
func verbIn(ws []word, s claims.Span) bool {
	for _, w := range ws {
		if s.Contains(w.span) && (isVerbTag(w.tag) || w.tag == "MD") {
			return true
		}
	}
	return false
}

// nameEnd returns the index after the capitalised name that opens at ws[s], its
// connectors included ("Bank of England") and a possessive left out.
func nameEnd(ws []word, s int) int {
	e := s
	for e < len(ws) && (ws[e].cap && !ws[e].punc || e > s && connectors[ws[e].low] && e+1 < len(ws) && ws[e+1].cap) && !ws[e].poss {
		e++
	}
	return e
}
