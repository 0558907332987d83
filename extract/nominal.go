package extract

import (
	"strings"

	"github.com/contradict/contradict/claims"
)

// possessives are the pronouns that own a reporting noun as a name's possessive does.
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// nominalClaims reads the reporting nouns of a unit after their possessor: "Trump's claim
// that the election was rigged", "the bank's warning that rates would rise". A noun inside
// another claim's content is a claim of its own, as a nested statement is; one that is
// another claim's cue or source is not.
func (a *analyser) nominalClaims(ui int, u unit, ws []word, first int, inQuote func(int) bool) {
	for i := 1; i+1 < len(ws); i++ {
		e, ok := a.lx.nominals[ws[i].low]
		if !ok || inQuote(i) || ws[i].cap || ws[i].poss {
			continue
		}
		j := i - 1
		for j > 0 && (ws[j].tag == "JJ" || ws[j].tag == "VBN" || ws[j].low == "own") && !ws[j].poss && !possessives[ws[j].low] {
			j-- // "his repeated attacks on", "her long-held view that"
		}
		k := i + 1
		by := -1 // where the owner after "by" or "from" ends: "a claim by Hearts that …"
		if !ws[j].poss && !possessives[ws[j].low] {
			if by = ownerAfter(ws, i); by < 0 {
				continue
			}
			k = by
			j = i
		}
		if by < 0 && k+1 < len(ws) && copulas[ws[k].low] && ws[k+1].low == "that" {
			k++ // "her view is that …"
		}
		if ws[k].low != "that" || k+1 >= len(ws) {
			continue
		}
		end := clauseFrom(ws, ws[k+1].span.Start, u.span.End)
		if s := npStart(ws, j); s <= subjectStart(ws) || s > 0 && ws[s-1].low == "despite" {
			// "Rubio's claim that Cruz is in favor of it is not true": the phrase is a
			// subject, and the clause ends before the sentence's own verb.
			var last int
			n := 0
			for m := k + 1; m < len(ws) && ws[m].span.End <= end; m++ {
				if finiteVerb(ws[m:m+1]) && (m == k+1 || !finiteVerb(ws[m-1:m])) {
					n, last = n+1, m
				}
			}
			if n >= 2 {
				end = ws[skipBack(ws, last)-1].span.End
			}
		}
		var sp claims.Speaker
		var src claims.Span
		if by >= 0 {
			// Only a name: "claims by campaigners" leaves the response to find whom it
			// means ("the Westmere Cycling Campaign said …").
			sp, src, ok = a.speakerAt(ws, i+2, by)
			ok = ok && sp.Kind != claims.UnknownSpeaker && sp.Kind != claims.Author && src.Len() > 0 && opensUpper(strings.TrimPrefix(strings.TrimPrefix(src.In(a.text), "the "), "The "))
		} else {
			sp, src, ok = a.possessor(ws, j)
		}
		if !ok || by < 0 && possessives[ws[j].low] && a.restates(first, ws[j].span.Start, sp) {
			continue
		}
		at := attribution{unit: ui, host: -1, class: e.class, speaker: sp, source: src,
			cue:     claims.Span{Start: ws[i].span.Start, End: ws[k].span.End},
			content: contentSpan(a.text, ws[k+1].span.Start, end)}
		if at.content.Len() == 0 || a.claimed(first, at) {
			continue
		}
		if npStart(ws, j) > subjectStart(ws) && len(a.out) > first {
			// "Sikhakhane rubbished the minister's suggestion that …. “…,” she said": a
			// remark's owner in another's object is not whom the next pronoun means.
			a.keep(at, u)
			continue
		}
		a.emit(at, u)
	}
}

// ownerAfter reads the owner a reporting noun ws[i] names after "by" or "from" before
// its that-clause: "a claim by Hearts that …", "allegations from the union that …". It
// returns the index of "that", where the owner ends, or -1.
func ownerAfter(ws []word, i int) int {
	if i+3 >= len(ws) || ws[i+1].low != "by" && ws[i+1].low != "from" {
		return -1
	}
	for k := i + 3; k < len(ws) && k <= i+8; k++ {
		switch {
		case ws[k].low == "that":
			return k
		case ws[k].punc || finiteVerb(ws[k:k+1]):
			return -1
		}
	}
	return -1
}

// restates reports whether a claim of the unit already read, by speaker sp, reports the
// phrase that opens at start as the object of its cue: "Trump repeated his claim that …",
// "Woods shared her belief that …" say once what the noun's own claim would say again;
// "walked back her pledge that …" does not: the pledge is the earlier word it answers.
func (a *analyser) restates(first, start int, sp claims.Speaker) bool {
	for _, o := range a.out[first:] {
		if o.content.Start == start && o.speaker.Name != "" && o.speaker.Name == sp.Name && !o.answering {
			return true
		}
	}
	return false
}

// possessor reads the owner of a reporting noun whose possessive ends at ws[j]: "his",
// "the Kremlin's", "Donald Trump's".
func (a *analyser) possessor(ws []word, j int) (claims.Speaker, claims.Span, bool) {
	if possessives[ws[j].low] {
		if ws[j].low == "its" {
			return claims.Speaker{}, claims.Span{}, false // "its decision": which body is unclear
		}
		m := mention{span: ws[j].span, text: ws[j].text, pronoun: ws[j].low, kind: pronouns[ws[j].low]}
		sp, ok := a.resolve(m, ws, j)
		return sp, ws[j].span, ok && sp.Kind != claims.UnknownSpeaker
	}
	s := npStart(ws, j)
	if s > j {
		return claims.Speaker{}, claims.Span{}, false
	}
	for k := s; k < j; k++ {
		if strings.ContainsAny(a.text[ws[k].span.End:ws[k+1].span.Start], "\"“”«»") {
			s = k + 1 // "dismissed as “baseless” a rights group's claim": the quotation is no part of the owner
		}
	}
	owner := append([]word(nil), ws[s:j+1]...)
	owner[len(owner)-1].poss = false // the chancellor, not "chancellor’s"
	sp, src, ok := a.speakerAt(owner, 0, len(owner))
	return sp, src, ok && sp.Kind != claims.UnknownSpeaker && sp.Kind != claims.Author
}

// claimed reports whether a claim of the unit whose first claim is out[first] already
// holds at's cue as its own cue or source, or has at's content.
func (a *analyser) claimed(first int, at attribution) bool {
	for _, o := range a.out[first:] {
		if o.cue.Overlaps(at.cue) || o.source.Overlaps(at.cue) || strings.EqualFold(o.content.In(a.text), at.content.In(a.text)) {
			return true
		}
	}
	return false
}
