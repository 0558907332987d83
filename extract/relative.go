// This file reads relative clauses: a relative pronoun as the subject of a cue ("Smith,
// who said …", "the families, many of whom say …"), a cue inside a clause on a noun
// ("terms that Moscow deemed unrealistic"), one without "that" ("the bonds the central
// bank said were safe"), and a relative aside between a subject and its verb.

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// relativeSubject reads a cue whose subject is the relative phrase ws[r:re]: "the police
// department, which reported …", "Smith, who said …", "the families, many of whom say …".
// The phrase is the source; the speaker is the phrase it refers to.
func (a *analyser) relativeSubject(at attribution, u unit, ws []word, c cueHit, r, re int) (attribution, bool) {
	end := r
	dash := ws[end-1].text // "The mayor — who said … — left": an aside between dashes
	if !isDash(dash) && dash != "-" || slices.ContainsFunc(ws[:end-1], func(w word) bool { return w.text == dash }) {
		dash = "" // not "candidates — like Trump — who say": that dash closes an aside
	}
	aside := ws[end-1].text == "," || dash != ""
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
	if ok && near > s && ws[r].low == "which" && (sp.Kind == claims.Person || sp.Kind == claims.Anonymous) {
		// "an adviser for Labour, which denies": "which" is said of no person
		if o, oref, ook := a.cueSpeakerAt(c, ws, near, end); ook && o.Kind == claims.Organisation {
			sp, ref = o, oref
		}
	}
	if ok && aside && (sp.Kind == claims.Anonymous || sp.Name == "" || !ws[s].cap && determiners[ws[s].low]) {
		// "McConnell, now the Senate majority leader, who said": the name before the
		// apposition speaks, whomever its office alone would stand for ("Matthias Körber,
		// the chief executive, who told").
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
	if rest < 0 && c.end < len(ws) && ws[c.end].text == "," {
		if q, ok := a.quoteAfter(u, ws[c.end].span.End); ok {
			// "Jane Roe, who wrote, “…”": a quotation after the cue's comma is what was said.
			at.speaker, at.source, at.referent = sp, claims.Span{Start: ws[r].span.Start, End: ws[re-1].span.End}, ref
			at.content, at.quoted = contentSpan(a.text, q.inner.Start, q.inner.End), true
			return at, at.content.Len() > 0
		}
	}
	if rest < 0 || rest >= u.span.End {
		return at, false
	}
	stop := u.span.End
	switch {
	case aside:
		stop = clauseEnd(ws, c.end, u.span.End) // "Smith, who said X, left early."
		if dash != "" {
			stop = u.span.End
			for k := c.end; k < len(ws); k++ {
				if ws[k].text == dash {
					stop = ws[k].span.Start
					break
				}
			}
		}
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

// objectRelatives head a clause that drops its "that": "everything Trump says".
var objectRelatives = map[string]bool{"everything": true, "anything": true, "nothing": true, "something": true, "whatever": true}

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

// relativeThat reports whether ws[k] is a "that" opening a relative clause on the noun
// before it, its verb right after it: "after the meeting that was held on a boat".
func relativeThat(ws []word, k int) bool {
	return k > 0 && k+1 < len(ws) && ws[k].low == "that" && strings.HasPrefix(ws[k-1].tag, "NN") && finiteVerb(ws[k+1:k+2])
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

// restrictiveWho returns where a relative clause opens inside the subject that ends at
// ws[end-1], with no comma before it: "Officials who attended the meeting said", "Those
// who attended said", "The officials whose laws were struck down say", "the union that
// represents the pilots said". The subject is the noun before the relative, not the last
// noun of the clause.
func restrictiveWho(ws []word, end int) (int, bool) {
	if end < 3 || ws[end-1].punc {
		return 0, false // "Erin Murphy, a former aide who …, said": an apposition
	}
	for k := end - 2; k >= 1 && k >= end-14; k-- {
		w := ws[k]
		if w.low == "what" || w.low == "whether" || w.low == "how" || w.low == "why" {
			return 0, false // "remarks that contradicted what the tech chief told lawmakers"
		}
		if (w.low == "that" || w.low == "which") && k+1 < end && (ws[k+1].tag == "VBZ" || ws[k+1].tag == "VBP" || ws[k+1].tag == "VBD" && ws[k+1].low != "said") && !ws[k-1].cap && (ws[k-1].tag == "NN" || ws[k-1].tag == "NNS") && !finiteVerb(ws[clauseStartBefore(ws, k):k]) {
			// "the union that represents the pilots said"; not an object's: "He denied the
			// report that appeared in the paper and officials said"
			return k, true
		}
		if w.punc || w.low == "that" || w.low == "which" {
			return 0, false
		}
		if w.low != "who" && w.low != "whose" {
			continue
		}
		h := ws[k-1]
		if !(h.tag == "NNS" || h.tag == "NNPS" || h.tag == "NN" && !h.cap || h.low == "those") || !finiteVerb(ws[k+1:end]) {
			return 0, false
		}
		return k, true
	}
	return 0, false
}
