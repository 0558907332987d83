package extract

import (
	"slices"
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
		from, by := -1, -1 // where the owner after "by" or "from" opens and ends: "a claim by Hearts that …"
		named := -1        // where an outlet's name before the noun opens: "a Hong Kong Economic Journal report that …"
		if !ws[j].poss && !possessives[ws[j].low] {
			if storyNouns[ws[i].low] && j == i-1 && ws[j].cap {
				m := j
				for m > 0 && ws[m-1].cap && !ws[m-1].punc && i-m < 6 {
					m--
				}
				if m > 0 && (ws[m-1].low == "a" || ws[m-1].low == "an" || ws[m-1].low == "the") {
					named, by = m, i
				}
			}
			if named < 0 {
				var that int
				if from, by, that = ownerAfter(ws, i); by < 0 {
					continue
				}
				k = that
			}
			j = i
		}
		if by < 0 && k+1 < len(ws) && copulas[ws[k].low] && ws[k+1].low == "that" {
			k++ // "her view is that …"
		}
		if ws[k].low != "that" || k+1 >= len(ws) {
			continue
		}
		end := clauseFrom(ws, ws[k+1].span.Start, u.span.End)
		if s := a.ownerStart(ws, j); s <= subjectStart(ws) || s > 0 && ws[s-1].low == "despite" {
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
		if named >= 0 {
			sp, src, ok = a.speakerAt(ws, named, i)
			ok = ok && sp.Kind == claims.Organisation && namedIn(sp, src.In(a.text))
		} else if by >= 0 {
			// Only a name: "claims by campaigners" leaves the response to find whom it
			// means ("the Westmere Cycling Campaign said …").
			sp, src, ok = a.speakerAt(ws, from, by)
			ok = ok && sp.Kind != claims.UnknownSpeaker && sp.Kind != claims.Author && namedIn(sp, src.In(a.text))
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

// ownerAfter reads the owner a reporting noun ws[i] names after "by" or "from" (or
// "made by", "attributed to"), or the outlet after "in" for a story noun ("a report in the
// Journal"), before its that-clause, past a day ("… on Tuesday that …"). It returns where
// the owner opens, where it ends and the index of "that"; -1s when there is none.
func ownerAfter(ws []word, i int) (int, int, int) {
	k := makerAfter(ws, i)
	if k < 0 && i+2 < len(ws) && storyNouns[ws[i].low] && ws[i+1].low == "in" {
		k = i + 1 // "a report in the Journal that …": the outlet that ran it
	}
	if k < 0 || k+2 >= len(ws) {
		return -1, -1, -1
	}
	for m := k + 2; m < len(ws) && m <= k+11; m++ {
		switch {
		case ws[m].low == "that":
			return k + 1, m, m
		case m+1 < len(ws) && ws[m].low == "on":
			if n := timeAdverbial(ws, m+1); n > 0 {
				if t := m + 1 + n; t < len(ws) && ws[t].low == "that" {
					return k + 1, m, t // "a report in the Journal on Tuesday that …"
				}
				return -1, -1, -1
			}
		case ws[m].punc || finiteVerb(ws[m:m+1]):
			return -1, -1, -1
		}
	}
	return -1, -1, -1
}

// makerAfter returns the index of the preposition that names the maker of the remark noun
// ws[i]: "by" or "from", after "made" too, or "to" after "credited" or "attributed" (not
// "comments made to Reuters", whose maker is not the hearer); or -1.
func makerAfter(ws []word, i int) int {
	k := i + 1
	if k < len(ws) && remarkMakers[ws[k].low] {
		k++
	}
	if k+1 >= len(ws) || ws[k].low != "by" && ws[k].low != "from" && !(ws[k].low == "to" && (ws[k-1].low == "credited" || ws[k-1].low == "attributed")) {
		return -1
	}
	return k
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
	s := a.ownerStart(ws, j)
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

// ownerStart returns where the possessor ending at ws[j] opens, over an office's "for"
// or "of": "the Minister for Health's", "the head of the agency's".
func (a *analyser) ownerStart(ws []word, j int) int {
	s := npStart(ws, j)
	for s >= 2 && (ws[s-1].low == "for" || ws[s-1].low == "of") && a.lx.roleWord(ws[s-2].low) {
		s = npStart(ws, s-2)
	}
	return s
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

// remarkMakers are the words between a remark noun and its maker: "remarks credited to
// the minister", "comments made by the governor", "a claim attributed to the club".
var remarkMakers = map[string]bool{"made": true, "credited": true, "attributed": true}

// namedRemarks reads, in the object of a response that opposes it, a remark the text
// names by its maker but does not give: "took issue with remarks credited to the health
// minister, Ade Ogun, on doctors' pay", "dismissed the mayor's comments". The remark is
// a claim of its maker's, as a statement embedded in another is. It is held back in
// a.named until the whole document is read: a maker whom the text quotes anywhere has
// their words there, and the response finds them.
func (a *analyser) namedRemarks(ui int, u unit, ws []word, inQuote func(int) bool) {
	if u.kind == headline {
		return // where capitals say nothing of names
	}
	for _, h := range a.lx.responses.hits(ws) {
		if !h.rel.Opposes() || h.self || h.of || h.remark || inQuote(h.start) || negatedBefore(ws, h.start) || h.start > 0 && determiners[ws[h.start-1].low] {
			continue // not "a disputed comment by the chairman", which calls it disputed
		}
		i := objectStart(ws, h.end)
		if i < len(ws) && ws[i].low == "against" {
			i++ // "pushed back against"
		}
		n := i // the remark noun
		for n < len(ws) && n-i < 6 && !ws[n].punc && (n == i || !objectStop[ws[n].low]) && !finiteVerb(ws[n:n+1]) {
			if e, ok := a.lx.nominals[ws[n].low]; ok && (e.class == cueSpeech || e.class == cueAccuse) {
				break
			}
			n++
		}
		if n >= len(ws) || ws[n].punc || inQuote(n) {
			continue
		}
		if e, ok := a.lx.nominals[ws[n].low]; !ok || e.class != cueSpeech && e.class != cueAccuse {
			continue
		}
		var sp claims.Speaker
		var src claims.Span
		ok := false
		end := n + 1 // where the phrase naming the remark and its maker ends
		switch {
		case n > i && ws[n-1].poss:
			sp, src, ok = a.possessor(ws, n-1)
		default:
			k := makerAfter(ws, n)
			if k < 0 {
				continue
			}
			from := k + 1
			to := from
			for to < len(ws) && to-from < 10 && !finiteVerb(ws[to:to+1]) && ws[to].low != "that" && (ws[to].cap || ws[to].poss || ws[to].low == "of" || determiners[ws[to].low] || a.lx.roleWord(ws[to].low) ||
				ws[to].text == "," && to+1 < len(ws) && ws[to+1].cap || ws[to].punc && ws[to].text == "." || strings.HasPrefix(ws[to].tag, "NN") && to+1 < len(ws) && a.lx.roleWord(ws[to+1].low) ||
				makerJoin(ws, from, to)) {
				to++
			}
			for to > from && (ws[to-1].punc || ws[to-1].low == "of") {
				to--
			}
			if c := slices.IndexFunc(ws[from:to], func(w word) bool { return w.text == "," }); c > 0 {
				// "the Minister of Health, Prof. Ade Ogun": the name in apposition says who.
				sp, src, ok = a.speakerAt(ws, from+c+1, to)
				ok = ok && sp.Kind == claims.Person
				if from+c+2 == to && acronymOf(ws[from+c+1].text, joinText(ws[from:from+c])) {
					to = from + c // "the Federal Road Safety Corps, FRSC": the initials are the name again
				}
			}
			if !ok && !slices.ContainsFunc(ws[from:to], func(w word) bool { return w.poss }) {
				// Not "comments from the First Minister's office": a part of a body, whose
				// voice the response finds among those who speak for it.
				sp, src, ok = a.speakerAt(ws, from, to)
			}
			end = to
		}
		// Only a name: "claims by student organisers" or "the minister's comments" leave
		// the response to find whom they mean ("the Confederation of Secondary Students
		// said …").
		ok = ok && namedIn(sp, src.In(a.text))
		if !ok || sp.Kind == claims.UnknownSpeaker || sp.Kind == claims.Author || sp.Name == "" {
			continue
		}
		if end < len(ws) && ws[end].low == "that" {
			continue // "claims by the club that …": nominalClaims reads it whole
		}
		last := end
		for k := end; k < len(ws) && k-end < 20; k++ {
			// A finite verb ends the phrase unless its subject opens a clause the noun
			// takes without "that": "Campbell's claims he had torn a hamstring".
			bare := k > end && (ws[k-1].tag == "PRP" || ws[k-1].cap && k-1 == end)
			if ws[k].punc && ws[k].text != "," && ws[k].text != "'" && ws[k].text != "’" || ws[k].low == "as" || ws[k].low == "saying" || ws[k].low == "because" || ws[k].low == "which" || ws[k].low == "who" || ws[k].low == "and" || ws[k].low == "but" || finiteVerb(ws[k:k+1]) && !bare || ws[k].text == "," && k+1 < len(ws) && !ws[k+1].cap && ws[k+1].tag != "IN" {
				break
			}
			last = k + 1
		}
		at := attribution{unit: ui, host: -1, class: cueSpeech, speaker: sp, source: src,
			namedFor: claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End},
			cue:      ws[n].span,
			content:  contentSpan(a.text, ws[i].span.Start, ws[last-1].span.End)}
		a.named = append(a.named, at)
	}
}

// makerJoin reports whether ws[to] carries on a maker's phrase ws[from:to] that a
// capitalised word has opened: the "and" of "Transport and Public Works Minister …", or
// the common noun a name qualifies, "a Cairo studio", which is a description, not Cairo.
func makerJoin(ws []word, from, to int) bool {
	if to == from || to+1 >= len(ws) || !ws[to-1].cap || ws[to-1].punc {
		return false
	}
	w := ws[to]
	if w.low == "and" || w.text == "&" {
		return ws[to+1].cap && !ws[to+1].punc
	}
	return !w.cap && !w.punc && strings.HasPrefix(w.tag, "NN") && !objectStop[w.low]
}

// keepNamed adds the remarks namedRemarks held back whose makers say nothing else in the
// document.
func (a *analyser) keepNamed() {
	for _, at := range a.named {
		if slices.ContainsFunc(a.out, func(o attribution) bool {
			return o.cue.Overlaps(at.cue) || sameSpeakerName(o.speaker, at.speaker.Name) || o.speaker.Name != "" && sameSpeakerName(at.speaker, o.speaker.Name)
		}) {
			continue
		}
		a.out = append(a.out, at)
	}
}

// namedIn reports whether the source text names the speaker sp: a name, not a common
// noun ("claims by campaigners", "the minister's comments"), though a title in lower case
// may come first ("comments by striker Joel Mensah").
func namedIn(sp claims.Speaker, src string) bool {
	return opensUpper(sp.Name) && strings.Contains(src, surname(sp.Name))
}
