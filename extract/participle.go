// This file reads participles of saying: in a "with" phrase (an absolute clause: "…,
// with Governor Andrew Bailey warning that …"), opening the sentence or after a
// preposition ("After saying …, Lagarde warned"), after a comma ("…, saying …"), and
// after a message ("issued a statement saying"), a noun ("a super PAC backing Rubio") or
// a record ("footage of Trump saying").

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// participle reads a cue in -ing: after "with" ("…, with Governor Andrew Bailey warning
// that …"), opening the sentence, after a preposition ("after saying"), after a message or
// a noun ("a statement saying", "a super PAC backing Rubio"), or after a comma ("…,
// saying …"). read is false when the participle is a progressive ("is saying"): the cue
// is then read as a finite verb.
func (a *analyser) participle(ui int, at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool, bool) {
	read := func(at attribution, ok bool) (attribution, bool, bool) { return at, ok, true }
	part := c.start
	if aux < c.start && aux > 0 && ws[aux].tag == "VBG" && ws[aux-1].text == "," {
		part = aux // "…, going on to say that …": the participle governs the cue
	}
	if ws[part].tag == "VBG" {
		if s := npStart(ws, part); s > 0 && s < part {
			p := ws[s-1].low
			// "…, with Governor Andrew Bailey warning that …", "…, despite the union saying
			// that …": the phrase after the preposition speaks. "The website, which posted
			// a transcript, had Fortier saying: “…”": the phrase after "had" speaks, and the
			// subject of "had" reports it, as "quoted Fortier as saying" does.
			with := p == "with" || p == "despite" || p == "notwithstanding"
			had := s > 1 && (p == "had" || p == "has" || p == "have") && ws[part].low == "saying"
			if with || had {
				sp, src, ok := a.cueSpeakerAt(c, ws, s, part)
				rest := a.restStart(u, ws, c)
				if !ok || sp.Kind == claims.UnknownSpeaker || rest < 0 {
					return read(at, false)
				}
				at.speaker, at.source = sp, src
				if had {
					e := s - 1
					if e > 1 && ws[e-1].text == "," {
						for k := e - 2; k > 0; k-- {
							if ws[k].text == "," && (ws[k+1].low == "which" || ws[k+1].low == "who" || ws[k+1].low == "whose") {
								e = k // "The website, which posted a transcript, had …"
								break
							}
						}
					}
					if b := extendPP(ws, npStart(ws, e)); b < e {
						at.via, at.viaSource, _ = a.speakerOf(ws, b, e, true)
					}
				}
				return read(a.clauseContent(at, u, ws, rest))
			}
		}
		// "…, saying it had lost trust", "responded by saying …": a participle speaks with
		// the subject of its clause. Elsewhere a gerund ("worth noting") is no cue.
		gerund := part > 0 && gerundPreps[ws[part-1].low] && (part == 1 || ws[part-1].low != "in") && c.entry.class != cueBroad
		opening := part > 1 && gerund && durationLead(ws[:part-1]) && (ws[part-1].low == "after" || ws[part-1].low == "before")
		if c.start == part && (part == 0 || part == 1 && gerund || opening) {
			// "Claiming the criticism is unfair, Trump accused …", "After saying …, Lagarde
			// warned": the subject of the main clause after the comma speaks.
			k := nextComma(ws, c.end)
			rest := a.restStart(u, ws, c)
			if k+1 >= len(ws) || ws[k].text != "," || rest < 0 || rest >= ws[k].span.Start || gerund && !a.clausal(u, ws, rest) {
				return read(at, false)
			}
			e := npEnd(ws, k+1)
			v := e
			for v < len(ws) && ws[v].tag == "RB" && !ws[v].cap {
				v++ // "Lamenting their luck, Mexicans often say"
			}
			if v >= len(ws) || !isVerb(ws, v) || ws[v].tag == "VBG" {
				return read(at, false)
			}
			sp, src, ok := a.speakerAt(ws, k+1, e)
			if !ok || sp.Kind == claims.UnknownSpeaker {
				return read(at, false)
			}
			at.speaker, at.source = sp, src
			if opening {
				at.nested, at.relWords = true, claims.Span{Start: ws[0].span.Start, End: ws[part-1].span.End} // dated against the main clause's statement
			}
			at.content = contentSpan(a.text, rest, ws[k].span.Start)
			at.quoted = a.isQuoted(u, at.content)
			return read(at, at.content.Len() > 0)
		}
		if gerund {
			// "The governor, despite admitting that growth had slowed, said …": the subject
			// of the clause speaks; "…, he will argue, while suggesting": the nearest one.
			b, e := subjectStart(ws), 0
			for k := part - 2; k > 0; k-- {
				if finiteVerb(ws[k:k+1]) && !a.inContentOf(ui, ws[k].span) && !a.remarkRelative(ws, k) {
					// not a verb of what another claim of the sentence reports: "X confirmed
					// that two hospitals would close, a month after promising …" is X's
					v := skipBack(ws, k)
					if n := extendPP(ws, npStart(ws, v)); n > 0 && n < v && subordinators[ws[n-1].low] && !ws[n-1].cap {
						continue // "…, when his contract expires, weeks after telling …": the main clause's subject
					} else if n < v {
						b, e = n, v
					}
					break
				}
			}
			if e == 0 {
				e = npEnd(ws, b)
			}
			rest := a.restStart(u, ws, c)
			if b >= part-1 || e <= b || e > part-1 || rest < 0 || ws[e-1].tag == "RB" || ws[c.start].cap || !a.clausal(u, ws, rest) {
				return read(at, false) // "after conceding a goal": no statement
			}
			sp, src, ok := a.cueSpeakerAt(c, ws, b, e)
			if !ok || sp.Kind == claims.UnknownSpeaker {
				return read(at, false)
			}
			at.speaker, at.source = sp, src
			if p := part - 1; ws[p].low == "after" || ws[p].low == "before" || ws[p].low == "since" {
				// "…, a month after promising …": dated against the sentence's own statement
				k := p
				for k > 0 && !ws[k-1].punc && (ws[k-1].tag == "CD" || ws[k-1].tag == "DT" || timeNouns[ws[k-1].low] || strings.HasPrefix(ws[k-1].tag, "NN") && k > p-3) {
					k--
				}
				at.nested, at.relWords = true, claims.Span{Start: ws[k].span.Start, End: ws[p].span.End}
			}
			return read(a.clauseContent(at, u, ws, rest))
		}
		if part > 0 && c.start == part && !ws[part-1].punc && c.entry.class != cueBroad && !progressive(ws, c.start) {
			if at, ok := a.participleOf(at, u, ws, c); ok {
				return read(at, true)
			}
			if at, ok := a.postNominal(at, u, ws, c); ok {
				return read(at, true)
			}
			if at, ok := a.depicted(at, u, ws, c); ok {
				return read(at, true)
			}
			if at, ok := a.nounSaying(at, u, ws, c); ok {
				return read(at, true)
			}
		}
		lead := part
		if part == c.start && aux > 0 && aux < part && ws[aux-1].text == "," && !slices.ContainsFunc(ws[aux:part], func(w word) bool { return w.tag != "RB" }) {
			lead = aux // "…, even suggesting he may have been sabotaged"
		}
		if at, ok := a.coordinatedParticiple(ui, at, u, ws, c, lead); ok {
			return read(at, true)
		}
		if lead == 0 || ws[lead-1].text != "," && ws[lead-1].low != "by" {
			if !progressive(ws, c.start) {
				return read(at, false)
			}
		} else {
			prev, inUnit := a.prevInUnit(ui)
			if inUnit && prev.referent.Len() > 0 && c.entry.lemma != "add" {
				// "… defensive about an architect who said he was stiffed, saying, “…”":
				// the speaker of a relative clause goes on only by "adding".
				inUnit = false
			}
			if k, sp, src, ok := a.clauseSubject(ui, c, ws, lead-1, true); ok && !(inUnit && (prev.cue.Start == ws[k].span.Start || prev.cue.Start > ws[k].span.Start && finiteAt(ws, prev.cue.Start))) {
				// "While his rivals called for cuts, Holt held firm, noting …": the
				// participle hangs on the clause before its comma, whose subject speaks.
				prev, inUnit = attribution{speaker: sp, source: src}, true
			}
			rest := a.restStart(u, ws, c)
			if rest < 0 {
				// "…, adding later, “…”": a quotation after the adjuncts, if any.
				q, ok := a.quoteAfterCue(u, ws, c)
				if !ok {
					return read(at, false)
				}
				at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
				if !inUnit {
					// "The chief lobbied to suspend the rights, saying, “…”": the subject speaks.
					b := subjectStart(ws)
					if b >= c.start {
						b = 0 // "Husted ended by saying, “We will appeal”": not the quotation's "We"
					}
					sb, se := subjectNP(ws, b)
					sp, src, ok := a.cueSpeakerAt(c, ws, sb, se)
					if !ok || sp.Kind == claims.UnknownSpeaker {
						return read(at, false)
					}
					at.speaker, at.source, at.referent = sp, src, claims.Span{}
				}
				at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
				at.quoted = true
				return read(at, at.content.Len() > 0)
			}
			if inUnit {
				at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
			} else if b := subjectStart(ws); b < c.start {
				sb, se := subjectNP(ws, b)
				sp, src, ok := a.cueSpeakerAt(c, ws, sb, se)
				if !ok || sp.Kind == claims.UnknownSpeaker {
					return read(at, false)
				}
				at.speaker, at.source = sp, src // "The regulator fined the bank, saying …"
			} else {
				return read(at, false)
			}
			return read(a.clauseContent(at, u, ws, rest))
		}
	}
	return at, false, false
}

// remarkRelative reports whether the verb ws[k] is that of a relative clause on a
// remark noun before its pronoun subject: "comments she made", "the pledge that he
// gave", "reports they plan to launch an airline".
func (a *analyser) remarkRelative(ws []word, k int) bool {
	j := k - 1
	for j > 0 && ws[j].tag == "RB" {
		j--
	}
	if j < 1 || !subjectPronouns[ws[j].low] {
		return false
	}
	if (ws[j-1].low == "that" || ws[j-1].low == "which") && j >= 2 {
		j--
	}
	return a.lx.responses.remark[ws[j-1].low]
}

// finiteAt reports whether the word of ws at byte offset pos is a finite verb: "India has
// also rejected aid, saying …" goes on from the nearer statement, "a motion opposing the
// bill, saying …" from the clause.
func finiteAt(ws []word, pos int) bool {
	k := wordAt(ws, pos)
	return k < len(ws) && (finiteVerb(ws[k:k+1]) || ws[k].tag == "VBN" && k > 0 && auxWords[ws[k-1].low])
}

// coordinatedParticiple reads a participle joined by "and" or "but" to the participle of
// the unit's last statement: "…, saying it was costly and suggesting that the mayor should
// resign" is said by whoever said the first. lead is where the participle's phrase opens.
func (a *analyser) coordinatedParticiple(ui int, at attribution, u unit, ws []word, c cueHit, lead int) (attribution, bool) {
	if lead < 2 || ws[lead-1].low != "and" && ws[lead-1].low != "but" {
		return at, false
	}
	prev, ok := a.prevInUnit(ui)
	if !ok || prev.cue.Len() == 0 || prev.cue.End > ws[lead-1].span.Start || prev.content.End > ws[lead-1].span.Start {
		return at, false
	}
	if k := wordAt(ws, prev.cue.Start); k >= len(ws) || ws[k].tag != "VBG" {
		return at, false
	}
	rest := a.restStart(u, ws, c)
	if rest < 0 {
		return at, false
	}
	at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
	return a.clauseContent(at, u, ws, rest)
}

// durationLead reports whether ws is a span of time that opens a sentence before "after"
// or "before": "Three months after telling parents …, the chair …", "Days before
// saying …".
func durationLead(ws []word) bool {
	span := false
	for _, w := range ws {
		switch {
		case durationNouns[strings.TrimSuffix(w.low, "s")]:
			span = true
		case w.tag == "CD" || w.tag == "DT" || w.low == "just" || w.low == "only" || w.low == "barely" || w.low == "mere":
		default:
			return false
		}
	}
	return span
}

// gerundPreps open an adverbial phrase whose gerund the subject of the clause does:
// "after saying", "despite admitting", "In announcing …,". Not "for" or "from", whose
// gerund may be the object's ("criticised Oz for saying"), nor "without", which denies
// it. "in" only opens a sentence: "seen as key in assessing" is no statement.
var gerundPreps = map[string]bool{"after": true, "before": true, "despite": true, "while": true, "when": true, "since": true, "upon": true, "in": true}

// participleOf reads a participle cue right after a message as the statement of whoever
// put the message out: "The club issued a statement saying …" is the club's.
func (a *analyser) participleOf(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	if head := ws[c.start-1]; head.cap || !wordnet.IsA(head.low, "communication", wordnet.Noun) {
		return at, false
	}
	s := npStart(ws, c.start)
	rest := a.restStart(u, ws, c)
	if s == 0 || s >= c.start || rest < 0 {
		return at, false
	}
	v := s - 1
	if !strings.HasPrefix(ws[v].tag, "VB") || ws[v].tag == "VBG" || ws[v].tag == "VBN" || !issues(ws[v].low) {
		return at, false
	}
	e := skipBack(ws, v)
	b := npStart(ws, e)
	if b >= e {
		return at, false
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, b, e)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	return a.clauseContent(at, u, ws, rest)
}

// issuing verbs put out a message as their subject's: "issued a statement saying …",
// not "received a call saying …".
var issuing = map[string]bool{"issue": true, "release": true, "publish": true, "send": true, "post": true, "put": true, "make": true, "give": true, "deliver": true, "write": true, "file": true, "sign": true, "tweet": true, "broadcast": true, "air": true, "run": true, "submit": true, "circulate": true, "distribute": true, "present": true}

// issues reports whether the verb form w puts out a message: "issued", "sent".
func issues(w string) bool {
	if issuing[w] {
		return true
	}
	for _, l := range wordnet.Lemmas(w, wordnet.Verb) {
		if issuing[l] {
			return true
		}
	}
	return false
}

// postNominal reads a participle that follows the noun it describes as that noun's
// stance: "a super PAC backing Rubio", "ads attacking his rivals", "donors supporting
// her campaign".
func (a *analyser) postNominal(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	h := ws[c.start-1]
	if c.entry.class != cueEvaluate || !strings.HasPrefix(h.tag, "NN") || timeNouns[h.low] {
		return at, false
	}
	s := npStart(ws, c.start)
	rest := a.restStart(u, ws, c)
	if s >= c.start || rest < 0 || s > 0 && (ws[s-1].low == "by" || ws[s-1].low == "of") {
		return at, false // "criticised by voters backing him": the phrase is another's
	}
	sp, src, ok := a.speakerOf(ws, s, c.start, true)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	at, ok = a.clauseContent(at, u, ws, rest)
	for k := wordAt(ws, rest); ok && k < len(ws) && ws[k].span.End <= at.content.End; k++ {
		if finiteVerb(ws[k : k+1]) {
			// "Democrats supporting Mrs. Clinton have pointed to …": the phrase ends where
			// the sentence's own verb starts.
			at.content.End = trimEnd(a.text, at.content.Start, ws[skipBack(ws, k)-1].span.End)
			break
		}
	}
	return at, ok && at.content.Len() > 0
}

// nounSaying reads a participle of saying straight after the people who say it, where
// they open a clause of their own: "with three in 10 saying …", "— Ryan saying he was
// “very encouraged”", "62 percent of voters saying race relations are worse".
func (a *analyser) nounSaying(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	if c.entry.class != cueSpeech && c.entry.class != cueWeak || ws[c.start].tag != "VBG" {
		return at, false
	}
	s := extendPP(ws, npStart(ws, c.start))
	for k := c.start - 1; k > s; k-- {
		if ws[k].low == "with" || ws[k].punc {
			s = k + 1 // "The party split, with 30 percent of voters saying"
			break
		}
	}
	q, qok := quantitySubject(ws, c.start)
	share := (qok || q > 0) && q < s // "three in 10", "62 percent of voters"
	if share {
		s = q
	}
	if s >= c.start || s == 0 || !(ws[s-1].low == "with" || ws[s-1].text == "," || ws[s-1].text == ";" || isDash(ws[s-1].text)) {
		return at, false // not "critics accused him of ignoring voters saying …", nor a subject: "Businesses complaining about it might …"
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, s, c.start)
	if share {
		src = claims.Span{Start: ws[s].span.Start, End: ws[c.start-1].span.End}
		sp, ok = claims.Speaker{Name: strings.ToLower(joinText(ws[s:c.start])), Kind: claims.Group}, true
	}
	if !ok || sp.Kind == claims.UnknownSpeaker || sp.Kind == claims.Organisation && wordnet.IsA(ws[c.start-1].low, "communication", wordnet.Noun) {
		return at, false // "a statement saying …" is whoever issued it
	}
	at.speaker, at.source = sp, src
	if rest := a.restStart(u, ws, c); rest >= 0 {
		if qt, ok := a.quoteStartsAt(u, rest); ok {
			at.content, at.quoted = contentSpan(a.text, qt.inner.Start, qt.inner.End), true
			return at, at.content.Len() > 0 // "the share of Republicans saying “…” increased"
		}
		if !a.clausal(u, ws, rest) {
			return at, false // "a statement from Chelsea explaining the decision"
		}
		return a.clauseContent(at, u, ws, rest)
	}
	qt, ok := a.quoteAfterCue(u, ws, c)
	if !ok {
		return at, false
	}
	at.content, at.quoted = contentSpan(a.text, qt.inner.Start, qt.inner.End), true
	return at, at.content.Len() > 0
}

// depicted reads a participle of saying after the person a record shows as that person's
// statement: "footage of Hillary Clinton asking, “…”", "The ad shows Trump saying that …".
func (a *analyser) depicted(at attribution, u unit, ws []word, c cueHit) (attribution, bool) {
	if c.entry.class != cueSpeech && c.entry.class != cueWeak && c.entry.class != cueTell {
		return at, false
	}
	s, ok := depiction(ws, c)
	if !ok {
		return at, false
	}
	sp, src, ok := a.speakerAt(ws, s, c.start)
	if !ok || sp.Kind == claims.UnknownSpeaker {
		return at, false
	}
	at.speaker, at.source = sp, src
	if rest := a.restStart(u, ws, c); rest >= 0 {
		if k := wordAt(ws, rest); c.entry.class == cueTell && (k < 1 || ws[k-1].low != "that") {
			return at, false // "featuring Hispanics telling their family stories"
		}
		return a.clauseContent(at, u, ws, rest)
	}
	q, ok := a.quoteAfterCue(u, ws, c)
	if !ok {
		return at, false
	}
	at.content = contentSpan(a.text, q.inner.Start, q.inner.End)
	at.quoted = true
	return at, at.content.Len() > 0
}

// recordings are the nouns of a record that shows someone speaking: "footage of Trump
// saying …".
var recordings = map[string]bool{"footage": true, "video": true, "videos": true, "clip": true, "clips": true, "tape": true, "tapes": true, "recording": true, "recordings": true, "audio": true, "film": true}

// witnessing are the verbs that show or hear someone speak: "The ad shows Trump saying …",
// "caught him telling …".
var witnessing = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true, "showing": true, "depict": true, "depicts": true, "depicted": true, "feature": true, "features": true, "featured": true, "featuring": true, "hear": true, "hears": true, "heard": true, "caught": true, "captured": true, "captures": true, "recorded": true}

// depiction returns the start of the person a record shows speaking in cue c, a
// participle: "footage of Trump saying", "shows Trump saying".
func depiction(ws []word, c cueHit) (int, bool) {
	s := npStart(ws, c.start)
	if s < 1 || s >= c.start || ws[c.start].tag != "VBG" {
		return 0, false
	}
	p := ws[s-1]
	return s, p.low == "of" && s > 1 && recordings[ws[s-2].low] || witnessing[p.low] && isVerb(ws, s-1)
}

// progressive reports whether the participle ws[i] follows an auxiliary: "is saying",
// "isn't saying", "has been quietly saying".
func progressive(ws []word, i int) bool {
	for j := skipBack(ws, i); j < i; j++ {
		if !ws[j].cap && (beForms[ws[j].low] || ws[j].low == "has" || ws[j].low == "have" || ws[j].low == "had") {
			return true
		}
	}
	return i > 0 && auxWords[ws[i-1].low]
}
