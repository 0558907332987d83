// This file reads reports of reports: "X reported that Y said …", "according to X, Y
// told Z …", "Y was quoted by X as saying …", "newspapers quoted him as saying …", "in an
// interview with X, Y said …". The statement is Y's; X, the medium it came through, is
// kept as the claim's channel.

package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// relayed returns the statement that at, read from cue c, relays when at reports
// another's report: "The Daily Post reported that the minister said …" holds the
// minister's claim, heard through the Daily Post, as well as the paper's report of it
// (a statement embedded in another counts as one of its own). The inner cue is marked
// in skip.
func (a *analyser) relayed(ui int, u unit, ws []word, at attribution, c cueHit, cues []cueHit, skip []bool, inQuote func(int) bool) (attribution, bool) {
	if at.quoted && !quoteInside(at.content.In(a.text)) || !a.relays(ws, at, c) {
		return at, false
	}
	k := wordAt(ws, at.content.Start)
	if k < len(ws) && ws[k].low == "that" {
		k++
	}
	as, ae := participleAside(ws, k)
	for dj, d := range cues {
		if d.start <= k || !at.content.Contains(ws[d.start].span) || inQuote(d.start) || d.start > as && d.start < ae {
			continue
		}
		// The inner speaker and its verb open the content: "that the minister said".
		gap := 0
		if d.start > ae {
			gap = ae - as + 1
		}
		if d.start-k-gap > 8 || !speechCue(d) || hasPunc(ws[k:min(d.start, as)]) || d.start > ae && hasPunc(ws[ae+1:d.start]) || d.entry.class == cueBroad {
			break
		}
		e := skipBack(ws, d.start)
		if d.start > ae && e == ae+1 {
			e = as // "that Mahto, speaking to reporters outside the institute, had said"
		}
		sp, src, ok := a.cueSpeakerAt(d, ws, k, e)

		if !ok || sp.Kind == claims.Author || npStart(ws, e) != k || sp.Kind == claims.Organisation && sp.Name == strings.ToLower(sp.Name) {
			// "According to X, research suggests …": a record is no speaker X relays.
			break
		}
		inner := attribution{unit: ui, host: -1, class: d.entry.class, cue: claims.Span{Start: ws[d.start].span.Start, End: ws[d.end-1].span.End}}
		// Read as a clause of its own, not as a relative one on the word before "that".
		sub := d
		sub.start, sub.end = d.start-k, d.end-k
		if inner, ok = a.finishSubject(inner, u, ws[k:], sub, sp, src, 0); !ok || inner.content.End > at.content.End {
			break
		}
		inner.via, inner.viaSource = at.speaker, at.source
		inner.nested, inner.relWords = true, claims.Span{}
		skip[dj] = true
		return inner, true
	}
	return at, false
}

// participleAside returns the commas around an aside after the subject at ws[k], one a
// participle opens or an appositive before the verb: "Mahto, speaking to reporters
// outside the institute, had said", "Ouellette, the state's health director, told"; else
// two positions past the end of ws.
func participleAside(ws []word, k int) (int, int) {
	for p := k + 1; p < len(ws) && p <= k+5 && !ws[p-1].punc; p++ {
		if ws[p].text != "," || p+1 >= len(ws) {
			continue
		}
		appositive := ws[p+1].low == "the" || ws[p+1].low == "a" || ws[p+1].low == "an" || ws[p+1].tag == "PRP$"
		if ws[p+1].tag != "VBG" && !appositive {
			continue
		}
		for q := p + 2; q < len(ws) && q <= p+16; q++ {
			if ws[q].text == "," {
				if appositive && (q+1 >= len(ws) || !finiteVerb(ws[q+1:q+2]) && !auxWords[ws[q+1].low] && ws[q+1].tag != "MD") {
					break // "that Smith, the mayor, and the governor said": a list
				}
				return p, q
			}
			if ws[q].punc {
				break
			}
		}
		break
	}
	return len(ws) + 1, len(ws) + 2
}

// quoteInside reports whether a content opens in plain words and quotes only later: "Pryce
// had said “the garages should go”" relays his words; "“The garages should go”" is its own.
func quoteInside(content string) bool {
	i := strings.IndexAny(content, "\"“")
	return i > 0
}

// speechCue reports whether d is a verb of saying, whose subject is a speaker of its own.
func speechCue(d cueHit) bool {
	switch d.entry.class {
	case cueSpeech, cueTell, cueDeny, cueAccuse:
		return true
	}
	return false
}

func hasPunc(ws []word) bool {
	for _, w := range ws {
		if w.punc {
			return true
		}
	}
	return false
}

// relays reports whether at, read from c, passes on another's statement: "according to
// X", "X reported", or a medium's plain "said" ("The Daily Post said the minister had
// warned …"). A person who says what someone else said is quoting, not relaying.
func (a *analyser) relays(ws []word, at attribution, c cueHit) bool {
	switch c.entry.lemma {
	case "according to", "report", "write":
		return true // "Corriere dello Sport wrote that Benvenuti told the gathering …": whoever writes it down
	case "say":
		return a.medium(at.speaker, at.source.In(a.text))
	}
	return false
}

// mediaWords name a medium, as a common noun or the last word of a name: "the
// newspaper", "state television", "The Daily Post".
var mediaWords = map[string]bool{"newspaper": true, "newspapers": true, "paper": true, "papers": true, "magazine": true, "television": true, "tv": true, "radio": true, "broadcaster": true, "channel": true, "station": true, "website": true, "agency": true, "newswire": true, "wire": true, "press": true, "media": true, "reports": true, "report": true, "outlet": true, "outlets": true, "tabloid": true, "daily": true, "weekly": true,
	"times": true, "post": true, "journal": true, "news": true, "herald": true, "tribune": true, "gazette": true, "chronicle": true, "telegraph": true, "mail": true, "mirror": true, "express": true, "observer": true, "standard": true, "bulletin": true, "ledger": true, "courier": true, "examiner": true, "inquirer": true, "enquirer": true, "dispatch": true, "argus": true, "sentinel": true, "record": true}

// medium reports whether sp, mentioned as src, is a newspaper, broadcaster or agency.
func (a *analyser) medium(sp claims.Speaker, src string) bool {
	if sp.Kind == claims.Person || sp.Kind == claims.Author {
		return false
	}
	f := strings.Fields(strings.ToLower(strings.TrimSpace(src)))
	return len(f) > 0 && mediaWords[strings.Trim(f[len(f)-1], ".,’'")]
}

// quotedCue reads "quoted", "reported" or "cited" at ws[i] as a cue when "as saying"
// follows it: "Y was quoted by X as saying", "X quoted Y as saying", "X reported him as
// saying".
func quotedCue(ws []word, i int, remark map[string]bool) (cueHit, bool) {
	switch ws[i].low {
	case "quoted", "quotes", "quote", "reported", "reports", "cited", "cites":
		// "X reported him as saying …", "cited officials as saying"
	default:
		return cueHit{}, false
	}
	for k := i + 1; k+1 < len(ws) && k < i+10; k++ {
		if ws[k].low == "as" && (saidForms[ws[k+1].low] || quotedRemark(ws[i+1:k], ws[k+1], remark)) {
			return cueHit{start: i, end: i + 1, entry: cueEntry{lemma: "quote", class: cueSpeech, words: []string{ws[i].low}}}, true
		}
		if ws[k].punc {
			break
		}
	}
	return cueHit{}, false
}

// quotedRemark reports whether obj, between "quoted" and "as", is someone's answer or
// words (a remark of the lexicon, or a position noun), with the words themselves after
// "as" (next): "quoted his answer to the same question as: “…”".
func quotedRemark(obj []word, next word, remark map[string]bool) bool {
	if r, _ := utf8.DecodeRuneInString(next.text); next.text != ":" && !isQuoteRune(r) || len(obj) < 2 {
		return false
	}
	said := func(w word) bool { return remark[w.low] || positionNouns[w.low] } // "his words", "her answer"
	_, pronoun := possessivePronouns[obj[0].low]
	return (obj[0].poss || pronoun) && said(obj[1]) || len(obj) > 2 && obj[1].poss && said(obj[2])
}

// remarkOwner returns the words that own the remark obj names: "he" for "his answer",
// "the minister" for "the minister's words".
func remarkOwner(obj []word) []word {
	if owner, ok := possessivePronouns[obj[0].low]; ok {
		w := obj[0]
		w.low = owner
		return []word{w}
	}
	for j, w := range obj {
		if w.poss {
			return possessor(obj[:j+1])
		}
	}
	return obj
}

// possessor returns the words ws of a possessor, its last word without the possessive
// ending: "the minister" of "the minister's".
func possessor(ws []word) []word {
	owner := slices.Clone(ws)
	last := &owner[len(owner)-1]
	last.poss = false
	for _, m := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(last.text, m); ok {
			last.text, last.low = t, strings.ToLower(t)
			break
		}
	}
	return owner
}

// quotedAs reads "Y was quoted by X as saying …" and "X quoted Y as saying …": the
// statement is Y's, and X, when named, its channel. What was said follows ("as saying
// the plan would go") or comes first ("“…,” Reuters quoted a trader as saying", "…, he
// was quoted as saying by the Daily Post"). read is false when c is no "quoted" before
// "as saying".
func (a *analyser) quotedAs(at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool, bool) {
	if c.entry.lemma != "quote" {
		return at, false, false
	}
	as := c.end
	for as < len(ws) && ws[as].low != "as" {
		as++
	}
	if as+1 >= len(ws) {
		return at, false, false
	}
	v := as + 1
	if ws[v].low == "having" && v+1 < len(ws) {
		v++ // "as having said"
	}
	say := cueHit{start: as + 1, end: v + 1, entry: cueEntry{lemma: "say", class: cueSpeech}}
	if ws[as+1].low == "telling" {
		say.entry = cueEntry{lemma: "tell", class: cueTell}
	}
	at.cue = claims.Span{Start: ws[as+1].span.Start, End: ws[v].span.End}
	remark := !saidForms[ws[as+1].low] && quotedRemark(ws[c.end:as], ws[as+1], a.lx.responses.remark) // "quoted his answer as: “…”", the remark before this "as"
	if remark {
		say.start, say.end = as, as+1
		at.cue = ws[c.start].span
	}
	passive := c.start > 0 && passiveAux(ws[aux:c.start])
	var ok bool
	e := aux // where the sentence's subject ends: before a relative aside
	if e > 1 && ws[e-1].text == "," {
		for k := e - 2; k > 0; k-- {
			if ws[k].text == "," && (ws[k+1].low == "which" || ws[k+1].low == "who" || ws[k+1].low == "whose" || ws[k+1].tag == "VBG" || ws[k+1].tag == "RB" && k+2 < len(ws) && ws[k+2].text == "," || ws[k+1].tag == "IN" && !ws[k+1].cap || ws[k+1].low == "a" || ws[k+1].low == "an") {
				e = k // "The Sunday Sentinel, which was at the session, quoted …", "The Echo, a weekly, quoted …", "dpa, whose correspondent attended, quoted …", "The Daily, reporting on the speech, quoted …", "The Yomiuri, however, quoted …", "AFP, in its dispatch from the ceremony, quoted …"
				break
			}
		}
	}
	s := npStart(ws, e) // where the sentence's subject starts
	if passive {
		// "The minister was quoted by the Daily Post as saying …"
		if at.speaker, at.source, ok = a.speakerAt(ws, s, aux); !ok {
			return at, false, true
		}
		if c.end < as && ws[c.end].low == "by" {
			at.via, at.viaSource, _ = a.speakerOf(ws, c.end+1, as, true)
		}
	} else {
		// "Newspapers quoted him as saying …"
		if hasPunc(ws[c.end:as]) {
			return at, false, true
		}
		e = skipParen(ws, e) // "Agence France-Presse (AFP), …"
		s = extendPP(ws, npStart(ws, e))
		at.via, at.viaSource, _ = a.speakerOf(ws, s, e, true)
		if f := strings.Fields(at.via.Name); len(f) > 1 && storyNouns[f[len(f)-1]] {
			at.via.Name = strings.Join(f[:len(f)-1], " ") // "The Herald story … quoted her": the Herald
		}
		for k := s; k < e; k++ {
			if storyNouns[ws[k].low] && k+2 < e && (ws[k+1].low == "in" || ws[k+1].low == "by" || ws[k+1].low == "on") {
				// "A report in the Telegraph quoted …": the paper
				at.via, at.viaSource, _ = a.speakerOf(ws, k+2, e, true)
				break
			}
			if ws[k].poss && ws[k].cap && k+1 < e && storyNouns[ws[k+1].low] {
				// "The Manila Bulletin's report from the same interview quoted him": the paper
				at.via, at.viaSource, _ = a.speakerOf(ws, s, k+1, true)
				at.via.Name = strings.TrimSuffix(strings.TrimSuffix(at.via.Name, "'s"), "’s")
				break
			}
		}
		if s == e && e > 0 && ws[e-1].low == "and" {
			// "KTLV reported that he had conceded and quoted him as saying …": the first
			// verb's subject.
			if sb, se := subjectNP(ws, subjectStart(ws)); se < e {
				at.via, at.viaSource, _ = a.speakerOf(ws, sb, se, true)
			}
		}
		obj := ws[c.end:as]
		for k := 1; k < len(obj); k++ {
			if obj[k].tag == "IN" && !obj[k].cap && k+1 < len(obj) && (!obj[k+1].cap || timeNouns[obj[k+1].low] || months[obj[k+1].low]) {
				obj = obj[:k] // "quoted Arakawa at the same appearance as saying", "quoted him on Monday as saying"; not "an executive at Euronext"
				break
			}
		}
		if remark {
			obj = remarkOwner(obj)
		}
		sent, i, j := obj, 0, len(obj)
		if len(obj) == 1 {
			if form := subjectForms[obj[0].low]; form == "he" || form == "she" || form == "they" {
				// "him" is who "he" is; "me" and "us" are no one the narration names. Read after
				// the clause before the channel, which may name him: "After Koehler spoke, the
				// Report quoted him"; the channel itself is no one quoted.
				sent = append(slices.Clone(ws[:s]), obj[0])
				i, j = len(sent)-1, len(sent)
				sent[i].low = form
			}
		}
		if at.speaker, at.source, ok = a.speakerAt(sent, i, j); !ok {
			return at, false, true
		}
	}
	rest := a.restStart(u, ws, say)
	if e := v + 1; e < len(ws) && ws[e].low == "by" && passive && at.via.Name == "" {
		// "…, he was quoted as saying by the Daily Post."
		k := e + 1
		for k < len(ws) && !ws[k].punc {
			k++
		}
		at.via, at.viaSource, _ = a.speakerOf(ws, e+1, k, true)
		rest = -1
		if k < len(ws) && ws[k].text != "." {
			rest = ws[k].span.End
		}
	}
	if rest < 0 && !passive {
		if q, ok := a.quoteAfterCue(u, ws, say); ok {
			// "… and quoted him as saying, “The voters have made their choice.”"
			at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
			at.quoted = true
			return at, at.content.Len() > 0, true
		}
	}
	if rest < 0 || rest >= u.span.End {
		if s == 0 || ws[s-1].text != "," && !a.quoteEndsAt(u, ws[s-1].span.End) {
			return at, false, true
		}
		at.content = contentSpan(a.text, u.span.Start, ws[s-1].span.End)
		if q, ok := a.quoteEnding(u, ws[s].span.Start); ok {
			at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
		}
	} else {
		at.content = contentSpan(a.text, rest, u.span.End)
	}
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0, true
}

// storyNouns are what a medium publishes, after its name: "the Herald story".
var storyNouns = map[string]bool{"story": true, "report": true, "article": true, "piece": true, "editorial": true, "broadcast": true, "bulletin": true, "dispatch": true, "interview": true}

// subjectForms are the subject pronouns of object pronouns.
var subjectForms = map[string]string{"me": "i", "us": "we", "him": "he", "her": "she", "them": "they", "it": "it", "you": "you"}

// saidForms follow "quoted … as": "as saying", "as telling", "as having said".
var saidForms = map[string]bool{"saying": true, "telling": true, "having": true, "stating": true, "warning": true, "claiming": true, "insisting": true, "describing": true}

// interviewChannel gives at the medium named by a phrase that opens its sentence before
// the speaker: "In an interview with the Daily Post, the minister said …".
func (a *analyser) interviewChannel(ws []word, at *attribution) {
	if at.via.Name != "" || len(ws) < 5 || ws[0].low != "in" {
		return
	}
	k := 1
	for k < len(ws) && (determiners[ws[k].low] || ws[k].tag == "JJ" || ws[k].low == "exclusive") {
		k++
	}
	if k+2 >= len(ws) || ws[k].low != "interview" || ws[k+1].low != "with" && ws[k+1].low != "on" && ws[k+1].low != "to" {
		return
	}
	e := nextComma(ws, k+2)
	if e >= len(ws) || ws[e].span.End > at.source.Start {
		return
	}
	if ch, src, ok := a.speakerOf(ws, k+2, e, true); ok && ch.Kind != claims.Author {
		if src.End != ws[e-1].span.End || slices.ContainsFunc(ws[k+2:e], func(w word) bool { return w.poss || prepHeads[w.low] }) {
			// "BBC One's Breakfast with Frost": the whole phrase names the programme.
			f := k + 2
			if determiners[ws[f].low] {
				f++
			}
			ch = claims.Speaker{Name: joinText(ws[f:e]), Kind: claims.Organisation}
			src = claims.Span{Start: ws[f].span.Start, End: ws[e-1].span.End}
		}
		at.via, at.viaSource = ch, src
	}
}
