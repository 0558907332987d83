// This file reads sources named in a phrase rather than as a subject: "according to X",
// "as reported by X", "as X observed", "X's position is that …", "In his opinion, …", and
// a poll or study the findings come from ("In a CBS News poll last month, …").

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

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
		} else if named, nsrc, k2, ok := a.namedSource(ws, e, k); ok {
			// "According to figures gathered by the industry watchdog, Ofcom, …": the
			// name after the comma is who the source's noun is.
			at.speaker, at.source, k = named, claims.Span{Start: src.Start, End: nsrc.End}, k2
		}
		if k+1 < len(ws) && ws[k].text == "," {
			// "According to a complaint filed by the S.E.C. and …, the developers …": the
			// source's phrase may run on past its noun.
			at.content = contentSpan(a.text, ws[k+1].span.Start, u.span.End)
		}
	} else {
		if e+2 < len(ws) && ws[e].text == "," && e > c.end && a.lx.roleWord(ws[e-1].low) {
			// "…, according to the district's chief medical officer, Dr. Meena Chaurasia.":
			// the name in apposition closing the sentence is who the office is.
			k2 := e + 1
			for k2 < len(ws) && !ws[k2].punc {
				k2++
			}
			if (k2 == len(ws) || ws[k2].punc && ws[k2].text != ",") && k2-e-1 <= 5 && allCapitalised(ws[e+1:k2]) {
				if named, nsrc, ok := a.speakerAt(ws, e+1, k2); ok && named.Kind == claims.Person {
					at.speaker, at.source = named, claims.Span{Start: src.Start, End: nsrc.End}
				}
			}
		}
		end := ws[c.start].span.Start
		at.content = contentSpan(a.text, u.span.Start, end)
		for k := c.start - 1; k > 0; k-- {
			if ws[k].punc && ws[k].text != "," {
				break
			}
			if (ws[k].low == "who" || ws[k].low == "which") && ws[k-1].text == "," {
				// "Julio Rojas, who finished second by 4,900 votes according to the
				// official count, told …": the source backs the relative clause only.
				at.content = contentSpan(a.text, ws[k+1].span.Start, end)
				break
			}
		}
		if midAside(ws, c.start-1, e) {
			// "The plan, according to officials, will cost £2bn": in the middle of what
			// they said.
			at.content = contentSpan(a.text, u.span.Start, u.span.End)
		} else if c.start > 1 && ws[c.start-1].text == "," && e+1 < len(ws) && ws[e].text == "," && finiteVerb(ws[e+1:]) && adverbialsOnly(ws[:c.start-1]) {
			// "While most were rated confidential, according to an official, two were
			// upgraded": a subordinate clause before, the main clause after.
			at.content = contentSpan(a.text, u.span.Start, u.span.End)
		}
	}
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0 && !bareWord(ws, at.content, "RB")
}

// reckoningCue reports whether ws[i] opens a sentence's "By the union's count," or
// "But by his own estimate,": a count or estimate of someone's before the main clause.
// It returns the end of the noun.
func reckoningCue(ws []word, i int) (int, bool) {
	if ws[i].low != "by" || i > 1 || i == 1 && ws[0].tag != "CC" && ws[0].tag != "RB" {
		return 0, false
	}
	for j := i + 1; j < min(len(ws)-2, i+7); j++ {
		if ws[j].punc || strings.HasPrefix(ws[j].tag, "VB") {
			return 0, false // "By checking the union's records, reporters found …": a means
		}
		if !ws[j].poss && !possessives[ws[j].low] {
			continue
		}
		k := j + 1
		if ws[k].low == "own" {
			k++
		}
		if k+1 < len(ws) && reckonings[ws[k].low] && ws[k+1].text == "," {
			return k + 1, true
		}
		return 0, false
	}
	return 0, false
}

// reckonings are what one counts or works out by: "by the union's count".
var reckonings = map[string]bool{"count": true, "tally": true, "estimate": true, "estimates": true, "reckoning": true, "calculation": true, "calculations": true, "figures": true, "records": true}

// byReckoning reads "By the union's count, 43 shifts went unfilled": the owner of the
// count says what the clause after the comma says.
func (a *analyser) byReckoning(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	j := c.end - 2
	if ws[j].low == "own" {
		j--
	}
	sp, src, ok := a.possessor(ws, j)
	if !ok || c.end+1 >= len(ws) || possessives[ws[j].low] && ws[c.end+1].cap {
		// "By his own estimate, Roe lost …": the pronoun may be the name's, after it.
		return at, false
	}
	at.speaker, at.source = sp, src
	at.content = contentSpan(a.text, ws[c.end+1].span.Start, u.span.End)
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// namedSource reads a name in apposition after the source of "according to", which ends
// at ws[e-1] with a singular noun that can speak, before the comma ws[k]: "…by the
// industry watchdog, Ofcom, the growth …", "…to the club's lawyer, Jane Roe, the deal …".
// It returns the name as a speaker, its span, and the comma that closes it.
func (a *analyser) namedSource(ws []word, e, k int) (claims.Speaker, claims.Span, int, bool) {
	if e != k || k+2 >= len(ws) || ws[k].text != "," || e < 1 {
		return claims.Speaker{}, claims.Span{}, 0, false
	}
	h := ws[e-1]
	if h.cap || !strings.HasPrefix(h.tag, "NN") || knownPlural(h.low) {
		return claims.Speaker{}, claims.Span{}, 0, false // "according to police, John Roe, 45, was …"
	}
	if _, ok := speakerNoun(h.low); !ok && !a.lx.roleWord(h.low) {
		return claims.Speaker{}, claims.Span{}, 0, false
	}
	k2 := nextComma(ws, k+1)
	if k2+1 >= len(ws) || ws[k2].text != "," || k2-k-1 > 5 || !allCapitalised(ws[k+1:k2]) || ws[k2+1].tag == "CD" {
		return claims.Speaker{}, claims.Span{}, 0, false
	}
	sp, src, ok := a.speakerAt(ws, k+1, k2)
	if !ok || sp.Kind != claims.Person && sp.Kind != claims.Organisation {
		return claims.Speaker{}, claims.Span{}, 0, false
	}
	return sp, src, k2, true
}

// midAside reports whether the commas ws[open] and ws[close] set off an aside between a
// subject and its verb: "The plan, according to officials, will cost £2bn".
func midAside(ws []word, open, close int) bool {
	return open > 0 && ws[open].text == "," && close+1 < len(ws) && ws[close].text == "," && !finiteVerb(ws[:open]) && finiteVerb(ws[close+1:])
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

var positionNouns = map[string]bool{"position": true, "view": true, "stance": true, "line": true, "argument": true, "assessment": true, "belief": true, "message": true, "contention": true, "claim": true, "opinion": true, "conclusion": true, "bet": true, "hope": true, "fear": true, "worry": true, "concern": true, "point": true, "case": true, "theory": true, "answer": true, "response": true, "reply": true, "complaint": true, "warning": true, "explanation": true, "expectation": true, "prediction": true, "premise": true, "thesis": true, "suggestion": true, "insistence": true, "defence": true, "defense": true, "excuse": true, "calculation": true, "reasoning": true, "thinking": true, "instinct": true}

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

var opinionNouns = map[string]bool{"opinion": true, "view": true, "words": true, "assessment": true, "estimation": true, "judgment": true, "judgement": true, "mind": true}

// inSurvey reads a poll or study that the findings of a sentence come from: "In a CBS
// News poll last month, she led by 24 points", "Labour leads by five points in the latest
// YouGov survey." Claims of the unit from out[first] on may report the findings too ("In
// a CBS News poll, 79 percent said …"); the poll is their source unless one of them already
// names it.
func (a *analyser) inSurvey(ui int, u unit, ws []word, first int) bool {
	emit := func(i, j int, content claims.Span) bool {
		sp, src, ok := a.speakerOf(ws, i, j, true)
		if !ok || content.Len() == 0 {
			return false
		}
		for _, o := range a.out[first:] {
			if o.source.Overlaps(src) || o.cue.Overlaps(src) || o.content.Contains(src) {
				return false
			}
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
	claimed := len(a.out) > first
	if len(ws) > 4 && ws[0].low == "in" {
		if e := surveyAt(1); e > 0 && (!claimed || e > 3 || slices.ContainsFunc(ws[1:e], func(w word) bool { return w.cap })) {
			// With claims of its own the sentence names the enquiry in full: not "In the
			// poll, 62 percent said …", whose poll a claim before may have named.
			if k := nextComma(ws, e); k+1 < len(ws) && k-e <= 6 && ws[k].text == "," && finiteVerb(ws[k+1:]) && (!claimed || mainClause(ws[k+1:])) {
				return emit(1, e, contentSpan(a.text, ws[k+1].span.Start, u.span.End))
			}
		}
	}
	if claimed {
		return false // "…, McCarthy wrote in National Review": the medium of a statement
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

// surveyNouns head the phrase of an enquiry whose findings a sentence reports with "in".
var surveyNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true, "census": true, "analysis": true, "report": true, "audit": true, "review": true}
