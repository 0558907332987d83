// This file reads passives: a passive cue whose agent speaks ("was criticised by his own
// party", "were warned by officials that …"), and a passive participle the cue model
// reads whose content opens with its agent, which is no claim.

package extract

import (
	"strings"

	"github.com/contradict/contradict/claims"
)

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
	if g < len(ws) && meansOfSaying[ws[g].low] && !ws[g].cap {
		return at, false // "Fadi Haddad said by phone": a means, no agent
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
	for b < aux && (ws[b].tag == "CC" || ws[b].low == "however" || ws[b].text == ",") {
		b++ // "But the claim was denied by …": the subject is the claim
	}
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

// meansOfSaying are the bare nouns of how one speaks after "by": "said by phone", "told
// by email", "announced by video link".
var meansOfSaying = map[string]bool{"phone": true, "telephone": true, "email": true, "e-mail": true, "text": true, "letter": true, "video": true, "videolink": true, "fax": true, "satellite": true, "mail": true, "post": true, "radio": true, "messenger": true}

// reducedPassive reads a passive participle that modifies the noun phrase before it, with
// its agent after "by": "the country described by the president", "The bill, opposed by
// House Republicans, never passed", "a call echoed by Japan". The agent speaks, about the
// noun phrase. read is false when the construction is not this one.
func (a *analyser) reducedPassive(at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool, bool) {
	if at, ok, read := a.askedBy(at, u, ws, c); read {
		return at, ok, read
	}
	if ws[c.start].tag != "VBN" && ws[c.start].tag != "VBD" || c.end+1 >= len(ws) || ws[c.end].low != "by" || c.start == 0 {
		return at, false, false
	}
	for _, w := range ws[aux:c.start] {
		if w.tag != "RB" || w.cap || c.entry.class != cueDeny && !c.entry.answering {
			// "was denied by": a passive of its own; "remarks first reported by the
			// Herald" tell where they were read, where "a figure flatly rejected by" answers
			return at, false, false
		}
	}
	e := aux // the noun phrase ends here, before adverbs ("a claim sharply contradicted by"), or before the comma or dash that opens the participle
	if e < 1 {
		return at, false, false // "Not denied by the company, …": no noun before it
	}
	if p := ws[e-1]; (p.text == "," || isDash(p.text)) && e >= 2 {
		e--
	}
	if h := ws[e-1]; !strings.HasPrefix(h.tag, "NN") || timeNouns[h.low] || h.cap && e < aux {
		// "Clinton, backed by …" is a participle of the sentence's subject, no noun it
		// describes; the noun must be common: "the bill, opposed by …"
		return at, false, false
	}
	s := npStart(ws, e)
	if s == e || ws[s].tag == "PRP" {
		return at, false, false
	}
	g := c.end + 1
	ae := npEnd(ws, g)
	if ae+1 < len(ws) && ae > g && ws[ae].low == "of" {
		ae = npEnd(ws, ae+1) // "by dozens of papers"
	}
	if ae == g || ws[g].tag == "VBG" || meansOfSaying[ws[g].low] && !ws[g].cap {
		return at, false, false // "responded by blocking …", "said by phone": a means, no agent
	}
	if e == aux && s <= subjectStart(ws) && !finiteVerb(ws[ae:]) {
		return at, false, false // "The party responded by letter": the sentence's own verb
	}
	sp, src, ok := a.speakerOf(ws, g, ae, true)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false, false
	}
	at.speaker, at.source = sp, src
	at.content = contentSpan(a.text, ws[s].span.Start, ws[e-1].span.End)
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0, true
}

// askedBy reads a participle that opens the sentence, or a clause after "when", with its
// agent: "Asked by reporters whether the deal was dead, Smith said …", "When pressed by
// the host on the cost, …". The agent asked; what follows it up to the comma is what.
func (a *analyser) askedBy(at attribution, u unit, ws []word, c cueHit) (attribution, bool, bool) {
	if c.entry.lemma != "ask" && c.entry.lemma != "press" || c.end+1 >= len(ws) || ws[c.end].low != "by" {
		return at, false, false
	}
	if c.start > 1 || c.start == 1 && ws[0].low != "when" && ws[0].low != "after" && ws[0].low != "once" {
		return at, false, false
	}
	g := c.end + 1
	e := npEnd(ws, g)
	k := nextComma(ws, e)
	if e == g || e >= k || k >= len(ws) || ws[k].text != "," {
		return at, false, false
	}
	sp, src, ok := a.speakerOf(ws, g, e, true)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false, false
	}
	at.speaker, at.source = sp, src
	at.content = contentSpan(a.text, ws[e].span.Start, ws[k-1].span.End)
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0, true
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
