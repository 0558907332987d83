// This file reads what was said: the content after a cue and its adjuncts (that-clauses,
// hearers, dates, occasions: "told reporters in Ohio that …"), with its subject first,
// and the span of a content, trimmed of marks and a dateline and ended at the clause's
// boundary.

package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// finishSubject reads the content of a cue whose subject, starting at ws[s], is sp.
func (a *analyser) finishSubject(at attribution, u unit, ws []word, c cueHit, sp claims.Speaker, src claims.Span, s int) (attribution, bool) {
	if s > 0 && ws[s-1].low == "not" {
		return at, false // "Not everyone agrees": whoever does is unknown
	}
	if slices.ContainsFunc(a.lx.responses.hits(ws[s:c.start]), func(h respHit) bool { return h.end-h.start > 1 && h.end == c.start-s }) {
		return at, false // "School board chair walks back promise that …": the verb is the response's, not the cue's
	}
	if s > 2 && ws[s-1].low == "what" && (ws[s-2].low == "to" || ws[s-2].low == "with") && referringHeads[ws[s-3].low] && c.entry.class != cueCall {
		return at, false // "contrary to what the mayor told residents": a remark referred to, not made here; "in what it called" names one
	}
	if s > 1 && ws[s-1].low == "what" && len(a.lx.responses.hits(ws[s-2:s-1])) > 0 && c.entry.class != cueCall {
		a.remember(sp)   // "… what Trump and Lewandowski said. They had asserted …"
		return at, false // "contradicted what the tech chief told lawmakers hours earlier": a remark referred to
	}
	if s+1 < c.start && objectRelatives[ws[s].low] {
		return at, false // "Everything Trump says is a lie": the cue is in a clause on "everything"
	}
	if s > 0 && (ws[s-1].low == "had" || ws[s-1].low == "were" || ws[s-1].low == "should") && !ws[s-1].cap && (s == 1 || !strings.HasPrefix(ws[s-2].tag, "NN")) {
		return at, false // "it would have been longer had he denied the charge": a supposition
	}
	if needsName(c) && !named(sp) && !a.lx.roleWord(roleNoun(src.In(a.text))) && !counted(ws, s) && sp.Kind != claims.Group {
		// "the warring sides had refused to compromise": no one speaks. An unnamed person
		// does: "A spokesman for the club declined to comment", and so does a count of
		// people: "About 4 in 10 voters want …".
		return at, false
	}
	if c.entry.answering && (!unnamedBody(sp) && (!named(sp) || sp.Kind == claims.Anonymous) || s > 0 && (ws[s-1].tag == "IN" || ws[s-1].low == "of")) {
		// "A deputy governor … cast doubt on": whom the narration names later answers. A
		// body the text leaves unnamed answers as itself: "The union rubbished the claim".
		// Nor is a name inside the subject's phrase the subject: "The promoter of the
		// contest between X and Y has backpedalled".
		return at, false
	}
	asPutIt := s > 0 && ws[s-1].low == "as" && c.end+1 < len(ws) && ws[c.end].low == "it" && (ws[c.end+1].punc || ws[c.end+1].tag == "IN")
	// "Shares fell after the company warned of lower profits": a verb of saying is a
	// statement wherever it stands.
	if c.entry.class == cueBroad && s > 0 && (ws[s-1].low == "which" || ws[s-1].low == "that" || ws[s-1].low == "whom" || sequential[ws[s-1].low] && !(c.saying() && c.end < len(ws) && ws[c.end].low != "to")) {
		return at, false // "after he withdrew his proposals": narration around a statement
	}
	e := c.end
	if asPutIt {
		e = nextComma(ws, e) // "as Ms. Simonyan put it in a statement, …", not "as Indonesia said it expected"
	} else if s > 0 && ws[s-1].low == "as" && e+1 < len(ws) && (ws[e].low == "in" || ws[e].low == "on" || ws[e].low == "last") && (timeNouns[ws[e+1].low] || months[ws[e+1].low]) && e+2 < len(ws) && ws[e+2].text == "," {
		e += 2 // "As Byler pointed out in December, …"
	}
	if s > 0 && ws[s-1].low == "as" && (e == len(ws) || ws[e].text == "," || ws[e].text == "." || ws[e].text == ";") {
		for k := s - 2; k >= 0 && ws[k].text != ","; k-- {
			if ws[k].low == "not" {
				// "…, not three killed as the union had said": the union said the figure
				// denied, not the sentence that denies it.
				return at, false
			}
		}
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
		if _, ok := a.quoteStartsAt(u, rest); ok && (c.entry.class == cueTell || rest > ws[c.end].span.Start) {
			// "“…,” Trump said during a rally in Kenansville, “…”": the second goes on
			second, rest = rest, -1
		} else if a.adjunctOnly(u, ws, rest) || hearerOnly(ws, wordAt(ws, rest)) || relativeThat(ws, wordAt(ws, rest)) || a.leadQuotation(u, ws, s, rest) {
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
	if c.entry.takesBack {
		// "On Thursday she climbed down", "He performed a U-turn on the deficit": taking
		// back one's words is what is said, up to the clause's end.
		end := c.end
		for end < len(ws) && !ws[end].punc {
			end++
		}
		at.content = contentSpan(a.text, ws[c.start].span.Start, ws[end-1].span.End)
		return at, at.content.Len() > 0
	}
	// Content first: "“…,” Lavrov said", "Talks go on, the Kremlin said Thursday".
	if s > 0 && (ws[s-1].text == "," || a.quoteEndsAt(u, ws[s-1].span.End)) {
		return a.contentFirst(at, u, ws, c, s, second)
	}
	return at, false
}

// referringHeads open a phrase that refers to a remark made elsewhere: "contrary to what
// …", "in contrast to what …", "at odds with what …", "in line with what …".
var referringHeads = map[string]bool{"contrary": true, "contrast": true, "odds": true, "line": true, "opposed": true}

// endInfinitive ends a content that is an infinitive ("planned to visit the plant")
// before a clause joined after a comma with a subject and verb of its own: in "Smith
// planned to visit the plant, but the trip was cancelled" the writer tells the cancelling.
// An infinitive has no subject to share with such a clause.
func endInfinitive(text string, ws []word, at *attribution) {
	k := wordAt(ws, at.content.Start)
	if at.quoted || k+1 >= len(ws) || ws[k].tag != "TO" || !strings.HasPrefix(ws[k+1].tag, "VB") {
		return
	}
	endBeforeClause(text, ws, at, k+2, infinitiveJoins, func(w word) bool { return w.text == "," }, func(cl []word) bool {
		r := cl[0] // "…, and then to cut taxes", "…, but failed": the same subject goes on
		return strings.HasPrefix(r.tag, "VB") || r.tag == "MD" || r.tag == "TO" || r.tag == "RB" || !finiteVerb(cl)
	})
}

var (
	infinitiveJoins = map[string]bool{"but": true, "and": true, "yet": true, "while": true}
	perfectJoins    = map[string]bool{"but": true, "yet": true}
)

// endBeforeClause ends at's content before the first clause from ws[from] that a comma
// and one of joins open and that goesOn does not keep: the clause runs to the first word
// stop holds for, or the content's end.
func endBeforeClause(text string, ws []word, at *attribution, from int, joins map[string]bool, stop func(word) bool, goesOn func([]word) bool) {
	for j := from; j+2 < len(ws) && ws[j+2].span.End <= at.content.End; j++ {
		if ws[j].text != "," || !joins[ws[j+1].low] {
			continue
		}
		e := j + 2
		for e < len(ws) && ws[e].span.End <= at.content.End && !stop(ws[e]) {
			e++
		}
		if !goesOn(ws[j+2 : e]) {
			at.content.End = trimEnd(text, at.content.Start, ws[j].span.Start)
			return
		}
	}
}

// endPerfect ends a reported content whose cue is in the perfect ("had said that she would
// quit") before a clause joined by ", but" with a verb of its own: "had said that she would
// quit at the end of last year, but after a good season she has had a change of heart" is
// the writer setting later news against the earlier words. Not "…, but not for cases of
// rape", "…, but that he would not support …", which go on with the remark.
func endPerfect(text string, ws []word, c cueHit, at *attribution) {
	if at.quoted || !slices.ContainsFunc(ws[skipBack(ws, c.start):c.start], func(w word) bool { return w.low == "had" || w.low == "has" || w.low == "have" }) {
		return
	}
	endBeforeClause(text, ws, at, wordAt(ws, at.content.Start), perfectJoins, func(w word) bool { return w.punc }, func(cl []word) bool {
		r := cl[0]
		return r.low == "that" || r.tag == "RB" && r.low != "there" || r.tag == "IN" && len(cl) == 1 || !finiteVerb(cl)
	})
}

// unnamedBody reports whether sp is a body or group called by its kind alone: "the union",
// "the family of the dead man".
func unnamedBody(sp claims.Speaker) bool {
	return sp.Kind == claims.Anonymous && groupNoun(roleNoun(sp.Role))
}

// groupNoun reports whether the common noun h stands for a body or a group: "union",
// "company", "family".
func groupNoun(h string) bool {
	return bodyNoun(h) || wordnet.IsA(h, "social group", wordnet.Noun)
}

// roleNoun returns the head noun of a mention by role: "spokesman" in "a spokesman for
// the club", "aide" in "his senior aide".
func roleNoun(role string) string {
	f := strings.Fields(strings.ToLower(role))
	for i, w := range f {
		if w == "for" || w == "of" || w == "to" || w == "at" || w == "with" {
			f = f[:i]
			break
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sequential subordinators order events: "after he withdrew his proposals" narrates what
// came before a statement. A clause of time, reason or manner ("when she assured the crowd
// that …", "because he sees Cruz as a uniter", "as the senator echoed …") holds one.
var sequential = map[string]bool{"after": true, "before": true, "until": true}

// verbBeforeStop reports whether ws hold a finite verb or modal before a comma or the
// clause's end.
func verbBeforeStop(ws []word) bool {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i > 0 {
			if n := timeAdverbial(ws, i); n > 0 {
				i += n - 1 // "that claim hours later": no verb of a clause
				continue
			}
		}
		if w.punc || w.low == "but" || i > 0 && subordinators[w.low] && w.low != "that" {
			return false // "that account when the matter was called": the verb is the adverbial clause's
		}
		if finiteVerb(ws[i:i+1]) || w.tag == "MD" || auxWords[w.low] {
			return true
		}
	}
	return false
}

// dateEnd returns where a date that opens at ws[i] ends, or i: "Dec. 6", with "12
// January" too when dayFirst, then a year ("Dec. 6, 2012", "12 January 2023") and the
// comma that closes the date before "that".
func dateEnd(ws []word, i int, dayFirst bool) int {
	if i+1 >= len(ws) || !(months[ws[i].low] && ws[i+1].tag == "CD" || dayFirst && ws[i].tag == "CD" && months[ws[i+1].low]) {
		return i
	}
	i += 2
	if i < len(ws) && isYear(ws[i]) {
		i++
	} else if i+1 < len(ws) && ws[i].text == "," && isYear(ws[i+1]) {
		i += 2
	}
	if i+1 < len(ws) && ws[i].text == "," && ws[i+1].low == "that" {
		i++
	}
	return i
}

// restStart returns where the content starts after the cue, or -1 when what follows the
// cue is no content: nothing, or adjuncts only ("on Thursday, contradicting …").
func (a *analyser) restStart(u unit, ws []word, c cueHit) int {
	if a.introducesNext(ws, c.end) {
		return a.next.Start // "He told his audience, to loud applause:" and the quotation below
	}
	i := c.end
	// Time words and adjuncts right after the cue: "said on Monday that", "said Thursday".
	skipTime := func() {
		for i < len(ws) {
			w := ws[i]
			if timeNouns[w.low] && !w.poss && (w.cap || w.low == "today" || w.low == "yesterday" || (w.low == "earlier" || w.low == "later") && !(i+1 < len(ws) && strings.HasPrefix(ws[i+1].tag, "NN") && !ws[i+1].cap && !timeNouns[ws[i+1].low]) || i > c.end && timeNouns[ws[i-1].low]) {
				i++
				continue
			}
			if (w.low == "on" || w.low == "this" || w.low == "last" || w.low == "late" || w.low == "early") && i+1 < len(ws) && timeNouns[ws[i+1].low] {
				i += 2
				continue
			}
			if i+2 < len(ws) && (w.low == "the" || w.low == "that" && ws[i+1].low == "same") && sequelWords[ws[i+1].low] && timeNouns[ws[i+2].low] && !ws[i+2].poss && !finiteVerb(ws[i+3:min(i+4, len(ws))]) {
				// "reported the same day that", "said the next morning"; not the content's
				// subject, "said the next year would be hard", nor "said that next week …"
				i += 3
				continue
			}
			if w.tag == "RB" && !w.cap && i+2 < len(ws) && ws[i+1].low == "that" && !finiteVerb(ws[i+2:i+3]) {
				i++ // "has said repeatedly that"
				continue
			}
			if w.low == "that" && i+1 < len(ws) && timeNouns[ws[i+1].low] && !ws[i+1].cap && (i+2 == len(ws) || ws[i+2].punc) && !(i == c.end && (c.entry.answering || c.entry.class == cueDeny)) {
				i += 2 // "told reporters that evening.", not "rejected that yesterday, saying …"
				continue
			}
			if e := dateEnd(ws, i+1, true); w.text == "," && i > c.end && weekdays[ws[i-1].low] && e > i+1 {
				i = e // "said on Thursday, January 12, a day after …": the weekday's date
				continue
			}
			if w.low == "on" && i+2 < len(ws) && months[ws[i+1].low] && ws[i+2].tag == "CD" {
				i++ // "said on Dec. 6"
				continue
			}
			if e := dateEnd(ws, i, false); e > i {
				i = e // "said Dec. 6 on CNN", "said Dec. 6, 2012, that"
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
	if k := a.shiftedAs(u, ws, i); k > i && (c.entry.class == cueDeny || c.entry.class == cueCall || c.entry.answering) {
		return ws[k].span.Start // "dismissed as “baseless” a rights group's claim that …"
	}
	if c.entry.answering && !c.entry.takesBack {
		// What a verb of answering answers is its object: "took issue on Monday with
		// the minister's claim that …", whose that-clause is the claim's own.
		if ws[i].tag == "IN" && answeredAfter[ws[i].low] && i+1 < len(ws) {
			i++
		}
		return ws[i].span.Start
	}
	if q, ok := a.quoteStartsAt(u, ws[i].span.Start); ok {
		return q.outer.Start
	}
	if q, ok := a.quoteAfterAdjunct(u, ws, i); ok {
		return q.outer.Start // "wrote to his 20,000 followers, “…”", "told his audience, to applause: “…”"
	}
	if isDash(ws[i].text) {
		// "said — on Twitter, as it happens — that …": an aside between dashes
		for k := i + 1; k+1 < len(ws) && k <= i+12; k++ {
			if isDash(ws[k].text) {
				if ws[k+1].low == "that" && k+2 < len(ws) {
					return ws[k+2].span.Start
				}
				if q, ok := a.quoteStartsAt(u, ws[k+1].span.Start); ok {
					return q.outer.Start
				}
				break
			}
		}
	}
	if c.entry.class == cueTell {
		// "told a conference of accountants in Manchester on Thursday that …": the hearer,
		// with its place and time, up to the that-clause.
		for k := i + 1; k+1 < len(ws) && k < i+16; k++ {
			if ws[k].text == "(" {
				for k+1 < len(ws) && ws[k].text != ")" {
					k++ // "the Federal Committee on Agriculture (FCA)"
				}
				continue
			}
			if ws[k].punc && ws[k].text != "," || !ws[k].cap && finiteVerb(ws[k:k+1]) || ws[k].tag == "MD" {
				break // a capital mid-sentence is a name's, whatever its tag ("Committee on Transport")
			}
			if ws[k].text == "," && ws[k+1].tag == "VBG" {
				break // "told the hosts, adding that …": the participle's clause is its own
			}
			// Not a relative "that" with its verb ("a meeting that took place"); a plural
			// read as a verb before one is a subject ("that fares would rise").
			verb := finiteVerb(ws[k+1:k+2]) && !(k+2 < len(ws) && (ws[k+2].tag == "MD" || auxWords[ws[k+2].low] || finiteVerb(ws[k+2:k+3])))
			if ws[k].low == "that" && !verb && !auxWords[ws[k+1].low] && ws[k+1].tag != "MD" && !timeNouns[ws[k+1].low] {
				return ws[k+1].span.Start
			}
		}
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
			if p > e+1 && p < len(ws) && (ws[p].low == "that" || c.entry.class == cueTell && bareClause(ws, p)) {
				e = p // "told business leaders in Kagoshima the bank could …"
			}
		}
		// "told voters here Sunday that …", "told reporters on Monday that …": the place
		// and time of the telling are no content.
		p := e
		for p < len(ws) && p < e+4 && (tellingWhen[ws[p].low] || timeNouns[ws[p].low]) {
			p++
		}
		if e > i && p > e && p < len(ws) && ws[p].low == "that" {
			e = p
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
		if j+1 < len(ws) && ws[j].low == "that" && strings.HasPrefix(ws[j+1].tag, "NN") {
			j++ // "said in that interview": a determiner
		}
		for j < len(ws) && j < i+10 && !ws[j].punc && ws[j].low != "that" && !(ws[j].tag == "VBG" && !timeNouns[ws[j].low] && ws[j-1].tag != "DT" && ws[j-1].tag != "PRP$" && !ws[j-1].poss) {
			j++ // not "at a news conference announcing that …": the participle's clause; after "a" or "its", "briefing" is a noun
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
		if k := nextComma(ws, i+1); k > i+1 && k+1 < len(ws) && k-i <= 12 && ws[k].text == "," && framingAside(ws[i+1:k]) && mainClause(ws[k+1:]) && !a.quoteAround(u, ws[i].span.End, ws[k+1].span.Start) {
			return ws[i+1].span.Start // "says, win or lose in Florida, he is staying in the race"
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
	case (w.low == "that" || w.low == "this") && (c.entry.class == cueDeny || c.entry.answering) && bareDemonstrative(ws, i):
		// "disputed that on Tuesday", "rejected this, saying …", "poured cold water on that
		// yesterday, telling …": the object is what was just said
		return w.span.Start
	case w.low == "that" && i+2 < len(ws) && ws[i+1].low == "by" && ws[i+2].tag == "VBG":
		if k := nextComma(ws, i+3); k+1 < len(ws) && k-i <= 15 && ws[k].text == "," && mainClause(ws[k+1:]) {
			return ws[i+1].span.Start // "say that by imposing strict rules, the city is …"
		}
		return -1 // "reject that by claiming …": "that" is the object
	case w.low == "that" && i+1 < len(ws) && (finiteVerb(ws[i+1:i+2]) && !nounBeforePhrase(ws, i+1) && !participleBefore(ws[i+1:]) || ws[i+1].low == "’s" || ws[i+1].low == "'s"):
		// "Christie said that was a natural part of it": "that" is the subject. Not of a
		// plural's verb: "said on Tuesday that dust from farms was …", "dust" no verb.
		return w.span.Start
	case w.low == "that" && i+1 < len(ws) && (a.lx.responses.remark[ws[i+1].low] || loneNoun(ws, i+1)) && !verbBeforeStop(ws[i+1:]):
		return w.span.Start // "challenged that account in a letter": "that" is a determiner
	case w.low == "that" || w.text == ":":
		if k := nextComma(ws, i+2); w.low == "that" && i+2 < len(ws) && ws[i+1].text == "," && !ws[i+2].cap && (ws[i+2].tag == "VBN" || ws[i+2].tag == "VBD" || ws[i+2].tag == "VBG") && k+1 < len(ws) && k-i <= 16 && ws[k].text == "," && mainClause(ws[k+1:]) && slices.ContainsFunc(ws[k+1:nextComma(ws, k+1)], a.speechWord) {
			// "reported that, asked about a defeat, he said …": the participle's aside on a
			// report is no content; not "said that, left unchecked, the virus would spread"
			return ws[k+1].span.Start
		}
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

// mainClause reports whether ws open with a clause of their own: a subject, not a verb,
// conjunction or relative, and a finite verb before the next comma.
func mainClause(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	if w := ws[0]; w.punc || !unicode.IsLetter([]rune(w.text)[0]) && !unicode.IsDigit([]rune(w.text)[0]) || strings.HasPrefix(w.tag, "VB") || w.tag == "MD" || w.tag == "CC" || w.tag == "TO" || w.tag == "IN" || relatives[w.low] || strings.HasPrefix(w.tag, "W") {
		return false
	}
	e := nextComma(ws, 0)
	for k := 1; k < e && k < len(ws); k++ {
		if finiteVerb(ws[k : k+1]) {
			// Not "…, the Chicago Sun-Times reported.": a verb that closes the sentence
			// after its subject is a closing cue, not a clause of what was said.
			return k+1 < e && (!ws[k+1].punc || ws[k+1].text == ":") // "he said: “…”"
		}
	}
	return false
}

// quoteAround reports whether a quotation of u opens between byte offsets from and to.
func (a *analyser) quoteAround(u unit, from, to int) bool {
	for _, q := range u.quotes {
		if q.outer.Start >= from && q.outer.Start <= to {
			return true
		}
	}
	return false
}

// framingAside reports whether ws, between commas after a cue, frame the clause that
// follows: a subordinate clause ("if the vote fails") or a phrase with no verb ("in his
// view", "win or lose in Florida" aside). Not a participle: "said, adding, “…”".
func framingAside(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	if subordinators[ws[0].low] || clauseOpeners[ws[0].low] {
		return true
	}
	if ws[0].tag == "CC" {
		return false // "said, but despite the tone, …": a new clause of the writer's
	}
	return len(ws) <= 8 && !slices.ContainsFunc(ws, func(w word) bool {
		return strings.HasPrefix(w.tag, "VB") || w.tag == "MD" || !unicode.IsLetter([]rune(w.text)[0]) && !unicode.IsDigit([]rune(w.text)[0])
	})
}

// quoteAfterAdjunct returns the quotation after a phrase that opens at ws[i], right after
// the cue, and ends at a comma or colon: the medium, the hearer or the manner of what was
// said ("wrote on Instagram, “…”", "told his audience, to loud applause: “…”"). The phrase
// holds no verb, no "that" and no quotation of its own.
func (a *analyser) quoteAfterAdjunct(u unit, ws []word, i int) (quote, bool) {
	if w := ws[i]; w.low == "that" || w.punc || strings.HasPrefix(w.tag, "VB") || w.tag == "MD" {
		return quote{}, false // "saying that in his career, “…”": the that-clause is what was said
	}
	for k := i + 1; k < len(ws) && k <= i+12; k++ {
		w := ws[k]
		if w.text == "," || w.text == ":" {
			if q, ok := a.quoteAfter(u, w.span.End); ok && (w.text == ":" || strings.Trim(a.text[w.span.End:q.outer.Start], " ") == "") {
				return q, true
			}
			if w.text == ":" {
				return quote{}, false
			}
			continue // "told his audience, to loud applause: …"
		}
		if w.punc && w.text != "." || strings.HasPrefix(w.tag, "VB") || w.tag == "MD" || w.low == "that" || isQuoteRune([]rune(w.text)[0]) {
			return quote{}, false
		}
	}
	return quote{}, false
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
	duration := ws[k].tag == "CD" && k+1 < len(ws) && durations[ws[k+1].low] // "said 30 minutes into the debate"
	if t := ws[k].tag; t != "RB" && t != "IN" && t != "JJ" && !timeNouns[ws[k].low] && !duration && !(t == "VBN" && k+1 < len(ws) && hearerPreps[ws[k+1].low]) {
		return false // not a hearer's participle either: "told 2,267 people gathered at Purdue"
	}
	e := k
	for e < len(ws) && ws[e].text != "," {
		e++
	}
	return !finiteVerb(ws[k:e])
}

// introducesNext reports whether the words from ws[i] to a colon closing the paragraph
// only say to whom, where or how ("told his audience, to loud applause:", "describes
// itself in the following way:", "reported after the hearing:"), and the next paragraph
// opens with a quotation: that quotation is what was said.
func (a *analyser) introducesNext(ws []word, i int) bool {
	k := len(ws) - 1
	if i > k || ws[k].text != ":" || a.next.Len() == 0 || a.text[ws[k].span.End:a.next.Start] != strings.Repeat("\n", a.next.Start-ws[k].span.End) && strings.TrimSpace(a.text[ws[k].span.End:a.next.Start]) != "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(a.text[a.next.Start:]); !isQuoteRune(r) || !strings.Contains(a.text[ws[k].span.End:a.next.Start], "\n") {
		return false
	}
	return !finiteVerb(ws[i:k]) && !slices.ContainsFunc(ws[i:k], func(w word) bool { return w.low == "that" || w.text == "." || isQuoteRune([]rune(w.text)[0]) })
}

// leadQuotation reports whether the quotation that ends just before the subject at ws[s]
// opens the unit and closes on the comma, question or exclamation mark that hands a
// quotation to its speaker: "“…,” Romney tweeted the day after the shooting", "“…?” Trump
// asked reporters during a news conference late last month". What follows the cue is
// then where, when or to whom, whatever clause it holds, unless a that-clause or a colon
// opens there.
func (a *analyser) leadQuotation(u unit, ws []word, s, rest int) bool {
	if _, ok := a.quoteStartsAt(u, rest); ok {
		return false // "“…," she said "…”": a quotation after the cue is what was said
	}
	q, ok := a.quoteEnding(u, ws[s].span.Start)
	if !ok || q.open || strings.TrimFunc(a.text[u.span.Start:q.outer.Start], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) != "" {
		return false
	}
	if inner := strings.TrimSpace(a.text[q.inner.Start:q.inner.End]); !strings.HasSuffix(inner, ",") && !strings.HasSuffix(inner, "?") && !strings.HasSuffix(inner, "!") {
		return false
	}
	k := wordAt(ws, rest)
	return k < len(ws) && k > 0 && ws[k].low != "that" && ws[k-1].low != "that" && ws[k-1].text != ":" && ws[k-1].text != ","
}

// durations are the units of a stretch of time that may open an adjunct: "30 minutes into
// the debate", "two days after the vote".
var durations = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true}

// hearerOnly reports whether the words from ws[k] are a noun phrase, and any phrases of
// place or time after it, that close the sentence: the hearer of a quotation already given.
func hearerOnly(ws []word, k int) bool {
	return hearerEnd(ws, k, false) > k
}

// hearerEnd returns the end of the hearer at ws[k] when nothing but its place and
// occasion follow it up to a stop or comma; else k. A bare plural may be one
// ("reporters") when the caller knows a tag ends there.
func hearerEnd(ws []word, k int, bare bool) int {
	if k >= len(ws) || !(ws[k].tag == "DT" || ws[k].tag == "PRP" || ws[k].tag == "PRP$" || ws[k].tag == "CD" || ws[k].cap || ws[k].poss || bare && ws[k].tag == "NNS") {
		return k
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
	if e > k && (e == len(ws) || ws[e].punc && ws[e].text != ":") {
		return e
	}
	return k
}

// tellingWhen are the words of place and time that may stand between a hearer and
// "that": "told voters here Sunday that".
var tellingWhen = map[string]bool{"here": true, "there": true, "again": true, "on": true, "last": true, "this": true}

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

// approxFigure reports whether ws opens with an approximate figure that is the subject of
// a clause: "about 40 people had died", "at least 300 homes were lost" after "said".
func approxFigure(ws []word) bool {
	k := 1
	switch {
	case len(ws) > 2 && ws[0].low == "at" && (ws[1].low == "least" || ws[1].low == "most"):
		k = 2
	case !approximators[ws[0].low]:
		return false
	}
	return k < len(ws) && ws[k].tag == "CD" && !isYear(ws[k]) && hasVerb(ws[k:])
}

// approximators come before a figure: "about 40", "around 2,000".
var approximators = map[string]bool{"about": true, "around": true, "over": true, "under": true, "nearly": true, "almost": true, "roughly": true, "approximately": true, "some": true}

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

// timeBefore returns where a time phrase that ends just before ws[subj] opens ("on
// Monday", "a day later,", "yesterday"), or subj when there is none.
func timeBefore(ws []word, subj int) int {
	e := subj
	if e > 0 && ws[e-1].text == "," {
		e--
	}
	for k := e - 1; k >= 0 && k >= e-4; k-- {
		if ws[k].punc {
			break
		}
		if n := timeAdverbial(ws, k); n > 0 && k+n == e {
			if k > 0 && (ws[k-1].low == "on" || ws[k-1].low == "by") {
				k-- // "on Monday"
			}
			return k
		}
	}
	return subj
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

// capsColon is a word or two in capitals closed by a colon: "CHENNAI: ", "WALLACE: ".
const capsColon = `\p{Lu}[\p{Lu}' -]{2,30}:\s+`

// capsColonDatelineRE is a dateline in capitals closed by a colon: "CHENNAI: ".
var capsColonDatelineRE = regexp.MustCompile(`^` + capsColon)

func contentSpan(text string, start, end int) claims.Span {
	if end <= start {
		return claims.Span{Start: start, End: start}
	}
	if m := datelineRE.FindStringIndex(text[start:end]); m != nil {
		start += m[1]
	} else if m := capsColonDatelineRE.FindStringIndex(text[start:end]); m != nil && opensParagraph(text, claims.Span{Start: start, End: end}) {
		start += m[1] // "CHENNAI: Free medicines …"
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

// bareDemonstrative reports whether "that" or "this" at ws[i] stands alone as an object:
// the clause ends after it, or a time phrase does ("disputed that on Tuesday").
func bareDemonstrative(ws []word, i int) bool {
	k := i + 1
	if k < len(ws) && (ws[k].low == "on" || ws[k].low == "in") && k+1 < len(ws) && timeNouns[ws[k+1].low] {
		k += 2
	} else if k < len(ws) && timeNouns[ws[k].low] {
		k++
	} else if k+1 < len(ws) && (ws[k].low == "last" || ws[k].low == "this") && timeNouns[ws[k+1].low] {
		k += 2
	}
	for k < len(ws) && ws[k].tag == "RB" && !ws[k].cap {
		k++ // "I reject that entirely", "denied this outright"
	}
	return k == len(ws) || ws[k].punc && ws[k].text != "“" && ws[k].text != "\"" && ws[k].text != "‘"
}

// remarkOnly ends the content of a verb of answering at the remark it names, where a
// that-clause says what the remark said: in "walked back her pledge that the levy would
// go" the pledge is answered, and what it said is a claim of its own; and before a
// participle after a comma, which says its own.
func (a *analyser) remarkOnly(ws []word, content claims.Span) claims.Span {
	for k := wordAt(ws, content.Start); k+1 < len(ws) && ws[k+1].span.End <= content.End; k++ {
		if ws[k].text == "," && k > 0 && ws[k+1].tag == "VBG" {
			// "corrected Mena, saying the board would decide": the participle says its own
			return claims.Span{Start: content.Start, End: ws[k-1].span.End}
		}
		if ws[k].punc {
			break
		}
		_, nominal := a.lx.nominals[ws[k].low]
		if (a.lx.responses.remark[ws[k].low] || nominal) && (ws[k+1].low == "that" || ws[k+1].low == "to") {
			return claims.Span{Start: content.Start, End: ws[k].span.End}
		}
	}
	return content
}

// shiftedAs returns where the object starts after a judgement put before it, "as" and a
// quotation or up to three words ("dismissed as “baseless” a rights group's claim",
// "rejected as false the union's figures"), or i when ws[i] opens no such phrase.
func (a *analyser) shiftedAs(u unit, ws []word, i int) int {
	if i+2 >= len(ws) || ws[i].low != "as" {
		return i
	}
	k := i + 1
	if q, ok := a.quoteStartsAt(u, ws[k].span.Start); ok {
		for k < len(ws) && ws[k].span.Start < q.outer.End {
			k++
		}
	} else {
		for n := 0; n < 3 && k < len(ws) && !ws[k].punc && !determiners[ws[k].low] && !ws[k].poss && !possessives[ws[k].low] && (strings.HasPrefix(ws[k].tag, "JJ") || strings.HasPrefix(ws[k].tag, "NN") || ws[k].tag == "RB"); n++ {
			k++
		}
	}
	if k >= len(ws) || k == i+1 {
		return i
	}
	if w := ws[k]; determiners[w.low] || possessives[w.low] || w.poss || w.cap && k+1 < len(ws) && ws[k+1].poss {
		return k
	}
	return i
}

// participleBefore reports whether ws opens with a participle that qualifies the noun
// after it, as the subject of a verb soon after: "recorded burglaries had fallen", "raised
// taxes would hurt"; not "helped families" or "showed the plan worked".
func participleBefore(ws []word) bool {
	if len(ws) < 3 || !strings.HasSuffix(ws[0].low, "ed") || ws[1].tag != "NN" && ws[1].tag != "NNS" {
		return false
	}
	return finiteVerb(ws[2:min(len(ws), 5)])
}

// nounBeforePhrase reports whether ws[k], tagged as a plural's present verb, is rather a
// noun that a prepositional phrase follows: "dust" in "that dust from farms was …".
func nounBeforePhrase(ws []word, k int) bool {
	return ws[k].tag == "VBP" && k+1 < len(ws) && ws[k+1].tag == "IN" && len(wordnet.Senses(ws[k].low, wordnet.Noun)) > 0
}
