// This file reads inverted and closing speakers: a speaker after the cue ("…, said the
// Russian foreign minister", "Said Ellis: …"), with a role after it, and a content before
// its subject and cue ("“…,” Lavrov said", "Talks go on, the Kremlin said Thursday", "…,
// a USA TODAY analysis shows.").

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// inverted reads a speaker after the cue, which follows a comma or a quotation: "…, said
// the Russian foreign minister". read is false when the construction is not this one.
func (a *analyser) inverted(at attribution, u unit, ws []word, c cueHit) (attribution, bool, bool) {
	afterQuote := c.start > 0 && a.quoteEndsAt(u, ws[c.start-1].span.End)
	// Not "Jose Vargas, an immigration activist, asked the former secretary …": what came
	// before the comma is the subject and its apposition, not a statement.
	_, comma, appos := apposition(ws, c.start)
	subj := subjectStart(ws)
	if subj == 0 && len(ws) > 1 && ws[0].cap && clauseWords[ws[0].low] {
		subj = 1 // "But Jane Doe, chief executive of the alliance, said a survey of …"
	}
	appos = appos && extendPP(ws, npStart(ws, comma)) <= subj // "An economist at the Policy Centre, Jane Doe, said"
	appos = appos || !afterQuote && relativeBefore(ws, c.start)
	if (c.start > 0 && ws[c.start-1].text == "," && !appos || afterQuote) && c.end < len(ws) && (!quantifiers[ws[c.end].low] || quantifiedPlural(ws, c.end)) {
		e := npEnd(ws, c.end)
		if e == c.end && e+1 < len(ws) && (ws[e].tag == "VBN" || ws[e].tag == "VBD") && !ws[e].cap && strings.HasPrefix(ws[e+1].tag, "NN") {
			e = npEnd(ws, e+1) // "said retired neurosurgeon Ben Carson": a participle as an adjective
		}
		if e > c.end && e+1 < len(ws) && (ws[e].tag == "VBG" || ws[e].tag == "VBN" || ws[e].tag == "VBD") && !ws[e].cap && (strings.HasPrefix(ws[e+1].tag, "NN") || ws[e+1].tag == "JJ") && !ws[e-1].cap && (ws[e-1].tag == "DT" || ws[e-1].tag == "PRP$" || ws[e-1].tag == "JJ") {
			e = npEnd(ws, e+1) // "said another leading advocate", "said the printed flier": a participle inside the phrase
		}
		if e+1 < len(ws) && e > c.end && ws[e].low == "close" && ws[e+1].low == "to" {
			e++ // "said a source close to the campaign": the tagger reads "close" as an adverb
		}
		if e > c.end && e+1 < len(ws) && !ws[e-1].cap && (ws[e].low == "for" || ws[e].low == "of" || ws[e].low == "at" || (ws[e].low == "with" || ws[e].low == "to") && (ws[e-1].tag == "JJ" || ws[e-1].low == "close")) {
			if e2 := npEnd(ws, e+1); e2 > e+1 {
				// "said a spokesman for the club": whom the unnamed speaker speaks for;
				// "said a person familiar with the matter", "people close to the talks"
				e = e2
			}
		}
		if afterQuote && e > c.end && e+2 < len(ws) && ws[e].tag == "VBN" && !ws[e].cap && (ws[e+1].tag == "IN" || ws[e+1].tag == "TO") {
			if e2 := npEnd(ws, e+2); e2 > e+2 {
				// "“…,” said the base chief known as Bob", "said one Republican involved in
				// the planning": a participle's phrase describes the speaker.
				e = e2
			}
		}
		if sp, src, ok := a.cueSpeakerAt(c, ws, c.end, e); ok && invertible[c.entry.class] && clauseEndsAt(ws, skipParenAfter(ws, e), afterQuote, afterQuote || mainVerb(ws[:c.start])) {
			if named, nsrc, ok := a.appositiveName(ws, c.end, e); ok {
				// "…, said the committee chairman, MP Jane Roe.": the description is her role.
				sp, src = named, claims.Span{Start: src.Start, End: nsrc.End}
			} else if sp.Kind == claims.Person && e+1 < len(ws) && ws[e].text == "," {
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

// relativeBefore reports whether the words before the cue at ws[i] end in a relative
// clause after a name, set off by commas: "…, Chidi Eze, who heads investigations at the
// agency, said names …" has its subject before the cue, not "names" after it.
func relativeBefore(ws []word, i int) bool {
	if i < 3 || ws[i-1].text != "," {
		return false
	}
	k := i - 2
	for k > 0 && ws[k].text != "," {
		k--
	}
	if k <= 0 || k+1 >= i || !relativePronouns[ws[k+1].low] || !ws[k-1].cap || ws[k-1].punc {
		return false
	}
	n := k - 1
	for n > 0 && ws[n-1].cap && !ws[n-1].punc {
		n--
	}
	return !finiteVerb(ws[:n]) // not "The cuts will hit Ford, which employs 5,000 people, said …"
}

var relativePronouns = map[string]bool{"who": true, "whose": true, "which": true}

// quantifiedPlural reports whether a quantifier at ws[i] opens a noun phrase that ends in a
// plural noun: "“…,” said several observers", "…, say some Democrats". A bare quantifier
// after a cue is no speaker: "…, he said, some …".
func quantifiedPlural(ws []word, i int) bool {
	e := npEnd(ws, i)
	return e > i+1 && (ws[e-1].tag == "NNS" || ws[e-1].tag == "NNPS")
}

// mainVerb reports whether ws has a finite verb outside a relative clause set off by
// commas: "An official, who did not wish to be named," is no clause of its own.
func mainVerb(ws []word) bool {
	for i := 0; i < len(ws); i++ {
		if ws[i].text == "," && i+1 < len(ws) && relativePronouns[ws[i+1].low] {
			if k := nextComma(ws, i+1); k < len(ws) {
				i = k - 1
				continue
			}
		}
		if finiteVerb(ws[i : i+1]) {
			return true
		}
	}
	return false
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

// appositiveName reads the name in apposition after an inverted speaker's description
// ws[s:e], when it ends the sentence: "…, said the committee chairman, MP Jane Roe.", "…,
// said the firm's chief executive, John Smith, on Monday." The description becomes the
// named person's role, unless the document gives them one.
func (a *analyser) appositiveName(ws []word, s, e int) (claims.Speaker, claims.Span, bool) {
	if e+1 >= len(ws) || ws[e].text != "," || ws[s].cap && !determiners[ws[s].low] || !ws[e+1].cap {
		return claims.Speaker{}, claims.Span{}, false
	}
	k := nextComma(ws, e+1)
	n := k
	for n > e+1 && ws[n-1].punc && ws[n-1].text != "." {
		n--
	}
	for n > e+1 && ws[n-1].text == "." && !isInitial(ws[n-2]) {
		n-- // the sentence's stop, not an initial's
	}
	if n-e-1 < 2 || n-e-1 > 6 || !allCapitalised(ws[e+1:n]) || !clauseEndsAt(ws, k, true, false) {
		return claims.Speaker{}, claims.Span{}, false
	}
	m, ok := a.lx.readMention(ws[e+1 : n])
	if last := strings.ToLower(lastField(m.name)); !ok || m.kind != claims.Person || !strings.Contains(m.name, " ") || knownPlural(last) || a.lx.orgWord(ws, n-1) {
		// "Acme Legal Services", "Acme Holdings": a plural noun or a body's noun ends no name
		return claims.Speaker{}, claims.Span{}, false
	}
	sp := a.people.speaker(m)
	if sp.Role == "" {
		d := s
		for d < e && determiners[ws[d].low] {
			d++
		}
		sp.Role = joinText(ws[d:e])
	}
	return sp, claims.Span{Start: ws[e+1].span.Start, End: ws[n-1].span.End}, true
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
	a.lx.describe(sp, ws)
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

// contentFirst reads what was said before the subject, which starts at ws[s] after a
// comma or a quotation, and the cue: "“…,” Lavrov said", "Talks go on, the Kremlin said
// Thursday", or around them: "Acts of protest, Mr. Obama said, are acts of patriotism".
// second is where a quotation after the hearer starts, or -1.
func (a *analyser) contentFirst(at attribution, u unit, ws []word, c cueHit, s, second int) (attribution, bool) {
	at.content = contentSpan(a.text, u.span.Start, ws[s-1].span.End)
	if k := framingLead(ws, s-1); k > 0 {
		// "Contrary to what the mayor said, only 340 homes were built, his deputy said":
		// the lead sets the statement against another; it is no part of what was said.
		at.content = contentSpan(a.text, ws[k].span.Start, ws[s-1].span.End)
	}
	if q, ok := a.quoteEnding(u, ws[s].span.Start); ok && q.outer.Start > u.span.Start && strings.HasSuffix(strings.TrimSpace(a.text[u.span.Start:q.outer.Start]), ":") {
		// "McCaskill scolded him: “…,” she said": the words before the colon lead in.
		at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
	}
	// In the middle: "Acts of protest, Mr. Obama said, are acts of patriotism", "Most of
	// the increase, he told the board, would be absorbed".
	if c.entry.class == cueTell && !a.isQuoted(u, ws[min(c.end, len(ws)-1)].span) {
		c.end = hearerEnd(ws, c.end, true)
	}
	if c.end+1 < len(ws) && ws[c.end].text == "," && ws[s-1].text == "," && !a.isQuoted(u, at.content) {
		switch {
		case strings.HasPrefix(ws[c.end+1].tag, "VB") && !(ws[c.end+1].tag == "VBG" && a.isCueWord(ws[c.end+1])) || ws[c.end+1].tag == "MD":
			// Not "…, analysts said, adding that …": a participle of saying opens a new statement.
			at.content = contentSpan(a.text, u.span.Start, u.span.End)
		case adverbialsOnly(wordsBetween(ws, wordAt(ws, at.content.Start), s-1)) && (finiteVerb(ws[c.end+1:]) || hasVerb(ws[c.end+1:])):
			// "During his years in office, Mr. Obama said, a majority of Americans have
			// come to believe …", "If the law is never tested, Giuliani said, there is a
			// simple explanation": what came before was only an adverbial.
			at.content = contentSpan(a.text, ws[c.end+1].span.Start, u.span.End)
		case a.conjoinedClause(ws[c.end+1:]):
			// "Drought had cut the crop, he said, and exports would fall": the clause
			// joined after the aside is said too.
			at.content = contentSpan(a.text, at.content.Start, u.span.End)
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
	if at.content.End <= ws[s-1].span.End && !at.quoted && !((u.kind == headline || u.span.Start == 0) && titleCase(ws[:s-1])) && adverbialsOnly(wordsBetween(ws, wordAt(ws, at.content.Start), s-1)) {
		// "In the end, Mr. Clarke agreed …", "After the court refused to hear the case,
		// the governor asked …": adverbials are no content. A title's verbs are tagged as
		// names: "… Could Address Clean Energy, Lindsey Graham Says".
		return at, false
	}
	return at, at.content.Len() > 0
}

// adverbialsOnly reports whether ws, the words before a subject, are adverbials only:
// each stretch between commas holds no finite verb ("In the end"), or opens with a
// subordinating conjunction ("after the court refused to hear the case", "as the parade
// rolled through town"). A main clause among them is what was said: "If elected, I will
// cut taxes".
func adverbialsOnly(ws []word) bool {
	for len(ws) > 0 {
		k := 0
		for k < len(ws) && ws[k].text != "," {
			k++
		}
		part := ws[:k]
		for len(part) > 1 && (part[0].tag == "RB" || part[0].tag == "CC") && !subordinators[part[0].low] && !clauseOpeners[part[0].low] {
			part = part[1:] // "Back when the wall fell", "even as shares were tumbling", "And as …"
		}
		if len(part) > 0 && finiteVerb(part) && !subordinators[part[0].low] && !clauseOpeners[part[0].low] {
			return false
		}
		if k == len(ws) {
			break
		}
		ws = ws[k+1:]
	}
	return true
}

// clauseOpeners open an adverbial clause besides the subordinators of time and cause.
var clauseOpeners = map[string]bool{"if": true, "unless": true, "once": true, "whether": true}

// framingLead returns the index after the comma that closes a lead setting a sentence
// against something else ("Contrary to …,", "In contrast to …,", "Unlike …,", "Despite
// …,"), when one opens ws and closes before end; else 0.
func framingLead(ws []word, end int) int {
	if len(ws) < 3 {
		return 0
	}
	lead := ws[0].low == "contrary" || ws[0].low == "unlike" || ws[0].low == "despite" || ws[0].low == "in" && ws[1].low == "contrast"
	if !lead {
		return 0
	}
	for k := 2; k < end; k++ {
		if ws[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// topicPreps take what a cue is about: "insist on being", "talked about raising".
var topicPreps = map[string]bool{"on": true, "about": true, "of": true, "against": true, "for": true}

// invertedTail reports whether cue d, after a comma, and the speaker after it close the
// sentence: "…, said Mr. Barrett, the lawyer for the agency."
func invertedTail(ws []word, d cueHit) bool {
	if d.start < 1 || ws[d.start-1].text != "," || !invertible[d.entry.class] || d.end >= len(ws) || len(ws)-d.end > 20 || !ws[d.end].cap && !determiners[ws[d.end].low] {
		return false
	}
	return !finiteVerb(ws[d.end:]) && !slices.ContainsFunc(ws[d.end:], func(w word) bool { return w.low == "that" || w.text == ":" || w.text == "“" || w.text == "\"" })
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

// wordsBetween returns ws[i:j], or nothing when the bounds cross: a content that starts after
// the word before its speaker holds no adverbial of its own.
func wordsBetween(ws []word, i, j int) []word {
	if i < 0 || j > len(ws) || i >= j {
		return nil
	}
	return ws[i:j]
}

// conjoinedClause reports whether ws open a clause joined by "and" or "but" with a subject
// of its own and no verb of saying: "…, he said, and exports would fall", not "…, he said,
// and officials have since said …", nor the writer's "…, he said, and he left for Paris".
func (a *analyser) conjoinedClause(ws []word) bool {
	if len(ws) < 3 || ws[0].low != "and" && ws[0].low != "but" || strings.HasPrefix(ws[1].tag, "VB") || ws[1].tag == "MD" || ws[1].tag == "RB" {
		return false
	}
	if l := ws[1].low; l == "he" || l == "she" || l == "they" {
		return false
	}
	e := 1
	for ; e < len(ws) && e <= 11 && ws[e].text != "," && ws[e].text != "“" && ws[e].text != "\""; e++ {
		if a.isCueWord(ws[e]) {
			return false
		}
	}
	return finiteVerb(ws[1:e])
}
