// This file reads the clashes a text narrates rather than quotes: "His comments
// contradicted those of the chief medical officer", "The minister's assurance that … was
// contradicted by …", "Two outlets gave conflicting versions", "Police gave sharply
// different figures", and whose words a narrated response answers.

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// differentVersions reads a sentence saying that reports differ ("Two news organisations
// gave conflicting versions of what the governor told exporters") as setting against each
// other the claims of one speaker that the document reports through different channels:
// "Anatolia quoted him as saying …", "Ekonomi reported that he said …".
func (a *analyser) differentVersions(rs []responder, units []unit, unitWords map[int][]word, add func(int, claims.Response)) {
	var phrase claims.Span
	byFigures := false
	group := "" // "conflicting statements from two ministers": the two speak against each other
	for ui := range units {
		ws, ok := unitWords[ui]
		if !ok {
			ws = a.scanned(units[ui].span)
		}
		for i := 0; i+1 < len(ws) && phrase.Len() == 0 && group == ""; i++ {
			if versionNouns[ws[i].low] && ws[i].low != "ways" {
				// "The two versions differ on …", "as reports differ on the shipyard's fate",
				// "the two accounts of what she said differ sharply"
				k := i + 1
				if ws[k].low == "of" {
					for k++; k < len(ws) && k <= i+8 && !ws[k].punc && !differVerbs[ws[k].low]; k++ {
					}
				}
				if k < len(ws) && differVerbs[ws[k].low] {
					phrase = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}
					break
				}
			}
			if reportVerbs[ws[i].low] {
				// "were reported in starkly different terms by two agencies", "was quoted
				// differently by the two papers"
				for k := i + 1; k < len(ws) && k <= i+5 && !ws[k].punc; k++ {
					if ws[k].low == "differently" || differing[ws[k].low] && k+1 < len(ws) && (versionNouns[ws[k+1].low] || ws[k+1].low == "terms") {
						phrase = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}
						break
					}
				}
				continue
			}
			if !differing[ws[i].low] && ws[i].low != "mixed" {
				continue
			}
			for k := i + 1; k < len(ws) && k <= i+2; k++ {
				if versionNouns[ws[k].low] || figureNouns[ws[k].low] {
					phrase = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}
					byFigures = figureNouns[ws[k].low]
					break
				}
				if saidNouns[ws[k].low] {
					if g := groupAfter(ws, k+1); g != "" {
						phrase, group = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}, g
					}
					break
				}
			}
		}
	}
	if phrase.Len() == 0 {
		return
	}
	if group != "" {
		// The first claim of each of the two speakers the group holds answers the other's.
		var firsts []int
		for j := range rs {
			if a.madeBy(rs[j], []string{group}) && !slices.ContainsFunc(firsts, func(i int) bool { return rs[i].key == rs[j].key }) {
				firsts = append(firsts, j)
			}
		}
		if len(firsts) == 2 {
			x, y := firsts[0], firsts[1]
			add(y, claims.Response{Relation: claims.Contradicts, Phrase: claims.ExcerptOf(a.text, phrase), Other: rs[x].at.speaker.Name, Answers: []string{rs[x].id}, Found: claims.ByName})
		}
		return
	}
	if byFigures {
		// "Police gave sharply different figures for the number arrested": the claims that
		// count one thing differently answer each other.
		for j := range rs {
			for i := range j {
				if fx, ux, ok := figureOf(rs[i].at.content.In(a.text)); ok {
					if fy, uy, ok := figureOf(rs[j].at.content.In(a.text)); ok && ux == uy && fx != fy {
						add(j, claims.Response{Relation: claims.Contradicts, Phrase: claims.ExcerptOf(a.text, phrase), Other: rs[i].at.speaker.Name, Answers: []string{rs[i].id}, Found: claims.ByWords})
					}
				}
			}
		}
		return
	}
	// A channel: the outlet a claim was reported through, or an outlet that speaks for
	// itself in reporting ("the Daily Pennant reported the same answer as …").
	channel := func(r responder) string {
		if r.at.via.Name != "" {
			if strings.ToLower(r.at.via.Name) == r.at.via.Name {
				return "" // "according to both papers": no one outlet's version
			}
			return r.at.via.Name
		}
		if f := strings.Fields(r.at.speaker.Name); len(f) > 1 && r.at.speaker.Kind != claims.Author && properName(f[0]) {
			for k := 1; k < len(f); k++ {
				if w := strings.ToLower(f[k]); w == "report" || w == "account" || w == "story" || w == "version" {
					return strings.Join(f[:k], " ") // "The Oban Times' report of the same meeting said …"
				}
			}
		}
		if c := strings.ToLower(r.at.cue.In(a.text)); (c == "reported" || c == "quoted") && r.at.speaker.Kind != claims.Author && properName(r.at.speaker.Name) &&
			(c == "quoted" || r.at.quoted || a.medium(r.at.speaker, r.at.source.In(a.text)) || reportsSpeech(r.at.content.In(a.text))) && // not "Tsukimura reported a net loss"
			!slices.ContainsFunc(rs, func(o responder) bool { return strings.EqualFold(o.at.via.Name, r.at.speaker.Name) }) {
			return r.at.speaker.Name // its version was read as no one's words but its own
		}
		return ""
	}
	for j := range rs {
		for i := range j {
			x, y := rs[i].at, rs[j].at
			cx, cy := channel(rs[i]), channel(rs[j])
			same := rs[i].key == rs[j].key && x.via.Name != "" && y.via.Name != ""
			outlet := (x.via.Name != "") != (y.via.Name != "") && !sameSpeakerName(y.speaker, x.speaker.Name)
			if cx != "" && cy != "" && !strings.EqualFold(cx, cy) && (same || outlet) {
				add(j, claims.Response{Relation: claims.Contradicts, Phrase: claims.ExcerptOf(a.text, phrase), Other: x.speaker.Name, Answers: []string{rs[i].id}, Found: claims.ByName})
			}
		}
	}
}

// differing and versionNouns make the phrases that say reports of one thing differ:
// "conflicting versions", "different accounts", "contradictory reports".
var (
	differing    = map[string]bool{"conflicting": true, "different": true, "differing": true, "contradictory": true, "contrasting": true, "divergent": true, "competing": true, "inconsistent": true, "opposite": true, "opposing": true}
	versionNouns = map[string]bool{"versions": true, "accounts": true, "answers": true, "reports": true, "readings": true, "quotes": true, "descriptions": true, "renditions": true, "interpretations": true, "ways": true}
	figureNouns  = map[string]bool{"figures": true, "numbers": true, "estimates": true, "tallies": true, "totals": true, "counts": true, "tolls": true}
)

// reportsSpeech reports whether a report's content tells what someone said: "Chairman
// Sorimachi said at a dinner that …", not "a net loss of 18.6 billion yen".
func reportsSpeech(content string) bool {
	for _, w := range strings.Fields(strings.ToLower(content)) {
		if w = strings.Trim(w, ".,;:\"“”'’"); trailingSay[w] || saidForms[w] || saidVerbs[w] {
			return true
		}
	}
	return strings.ContainsAny(content, "\"“”")
}

// reportVerbs tell that an outlet reported or quoted what someone said.
var reportVerbs = map[string]bool{"reported": true, "quoted": true, "reports": true, "quotes": true, "relayed": true}

// differVerbs say that reports of one thing differ: "the two versions differ", "accounts
// conflict".
var differVerbs = map[string]bool{"differ": true, "differed": true, "contradict": true, "diverge": true, "diverged": true, "conflict": true, "conflicted": true, "clash": true, "clashed": true}

// saidNouns are what people say, when a text calls them conflicting: "conflicting
// statements from two ministers", "mixed messages from officials".
var saidNouns = map[string]bool{"statements": true, "messages": true, "signals": true, "remarks": true, "comments": true, "positions": true, "claims": true, "signs": true}

// groupAfter returns the singular of the people a phrase names after ws[i]: "from two
// ministers", "by senior officials", "between the coach and the chairman" gives "" (two
// roles, not one group).
func groupAfter(ws []word, i int) string {
	if i >= len(ws) || ws[i].low != "from" && ws[i].low != "by" {
		return ""
	}
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		w := ws[k]
		if w.punc {
			return ""
		}
		if one, plural := strings.CutSuffix(w.low, "s"); plural && !w.cap && len(one) > 3 {
			if k, ok := speakerNoun(one); ok && k == claims.Person {
				return one
			}
			return ""
		}
	}
	return ""
}

// figureOf returns the first number a content gives and the noun it counts: "212
// people", "60 new officers" (a plural within three words, else the word after it).
func figureOf(content string) (string, string, bool) {
	f := strings.Fields(strings.ToLower(content))
	for i := 0; i+1 < len(f); i++ {
		n := strings.Trim(f[i], ",.")
		if n != "" && strings.Trim(n, "0123456789,.") == "" && (n[0] >= '0' && n[0] <= '9') {
			unit := strings.Trim(f[i+1], ",.;:\"'")
			for _, w := range f[i+1 : min(i+4, len(f))] {
				if w = strings.Trim(w, ",.;:\"'"); len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || pluralPeople[w] {
					unit = w
					break
				}
			}
			return n, unit, true
		}
	}
	return "", "", false
}

// pluralPeople are plurals without an s that figures count.
var pluralPeople = map[string]bool{"people": true, "men": true, "women": true, "children": true, "staff": true, "personnel": true}

// narrationResponses reads the responses that stand in a sentence of their own, not in a
// claim's: "His comments contradicted those of the chief medical officer, who …", "Her
// assessment is at odds with that of the board", "His account was contradicted by the
// accountant, who said …". The responder is the subject (or, in the passive, the agent
// after "by"), or the speaker of the remark the subject names; the response goes on the
// responder's claim nearest to it.
func (a *analyser) narrationResponses(rs []responder, units []unit, unitWords map[int][]word, hitsIn func(int, []word) []respHit, owned map[claims.Span]bool, add func(int, claims.Response)) {
	rl := &a.lx.responses
	for ui := range units {
		ws, ok := unitWords[ui]
		if !ok {
			ws = a.scanned(units[ui].span)
		}
		for _, h := range hitsIn(ui, ws) {
			span := claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End}
			quotedBy := ""
			if inAnyContent(rs, ui, span) {
				// A third party's quotation may tell a clash of two others: "“The prime
				// minister's own spokesman contradicted him within a day,” the opposition
				// leader said". Only a quotation, and a subject that is someone else.
				c := slices.IndexFunc(rs, func(r responder) bool { return r.at.unit == ui && r.at.content.Contains(span) })
				if rs[c].at.quoted && h.self && (h.rel == claims.Reverses || h.rel == claims.Retracts) && demonstrativeIs(ws, h.start) {
					// "“This is a screeching U-turn in the space of three days,” the shadow
					// minister said": the reversal of the one the story is about.
					if j := a.reversedBy(rs, ui, rs[c].at.speaker); j >= 0 {
						resp := claims.Response{Relation: h.rel, Self: true, Phrase: claims.ExcerptOf(a.text, span)}
						ask := asker{i: j, key: rs[j].key, body: bodyOf(rs[j].at.speaker), unit: rs[j].at.unit, pos: rs[j].at.content.Start, own: rs[j].at.content}
						if resp, ok := a.complete(rs, ask, resp, objectNP{self: true}, false); ok && len(resp.Answers) > 0 && !slices.Contains(resp.Answers, rs[j].id) {
							resp.Found = claims.Told
							add(j, resp)
						}
					}
					continue
				}
				if !rs[c].at.quoted || h.self || h.rel != claims.Contradicts && h.rel != claims.Corrects {
					continue
				}
				quotedBy = rs[c].at.speaker.Name
			}
			if owned[span] || h.false || h.rel == claims.Agrees && !h.self || putTo(ws, h.start) {
				continue
			}
			if h.self && h.rel == claims.Corrects && !sufferedBy(ws, h.start) && !(h.end < len(ws) && reflexives[ws[h.end].low]) {
				continue // "he has misunderstood the term": his reading, not his words read wrong
			}
			if k, ok := sequenceAnaphor(ws, h); ok {
				// "The denial followed remarks by the player's agent, who told …": the
				// response told before, set after what it answers.
				if c := priorResponder(rs, ui, h, hitsIn); c >= 0 {
					resp := claims.Response{Relation: h.rel, Self: h.self, Phrase: claims.ExcerptOf(a.text, span)}
					ask := asker{i: c, key: rs[c].key, body: bodyOf(rs[c].at.speaker), unit: ui, pos: span.Start, own: rs[c].at.content}
					if resp, ok := a.complete(rs, ask, resp, a.readObject(ws, k, rl), false); ok && !slices.Contains(resp.Answers, rs[c].id) {
						add(c, resp)
					}
				}
				continue
			}
			aux := h.start - 1
			if aux > 0 && strings.HasSuffix(ws[aux].low, "ly") && !ws[aux].cap {
				aux-- // "That account was flatly denied by …"
			}
			passive := aux >= 0 && beForms[ws[aux].low] && strings.HasSuffix(ws[h.start].low, "ed")
			subj, sp, ok := a.subjectBefore(rs, ws, h.start, span.Start)
			if ok && sp == "" && subj.definite && !passive && !h.self {
				// "That position was at odds with the EPA's findings": the position just told
				// is set against another's.
				if last := a.lastSpeaker(rs, span.Start); last != "" {
					sp, subj.other = last, last
				}
			}
			if quotedBy != "" && (!ok || sp == "" || sameSpeakerName(claims.Speaker{Name: quotedBy}, sp)) {
				continue // the quotation's own speaker answering, or no one the text knows
			}
			if !passive && (!ok || !speaksIn(rs, sp)) {
				// "The State's top public health official on Thursday corrected …", the
				// official named in a later paragraph.
				if p, found := roleSubject(ws, h.start); found {
					if name := a.namedNext(rs, p, ws, ""); name != "" {
						subj, sp, ok = objectNP{span: p}, name, true
					}
				}
			}
			if n := a.nominalSubject(rs, ui, ws, h.start); passive && n >= 0 {
				// "The minister's assurance that … was contradicted by …": the subject is a
				// claim the text states as a noun.
				subj, sp, ok = objectNP{span: rs[n].at.content, other: rs[n].at.speaker.Name, anaphor: true}, rs[n].at.speaker.Name, true
			} else if n >= 0 && !h.self && (h.rel == claims.Contradicts || h.rel == claims.Contrasts) {
				// "The minister's claim that … is at odds with figures published by the
				// operator": the claim stated as a noun is set against the other.
				subj, sp, ok = objectNP{}, rs[n].at.speaker.Name, true
			}
			aside := false
			if h.self && asideAt(ws, h.start) {
				// "Ashdown has hired advisers to sell the unit, a U-turn by chief executive
				// Julian Brereton, who …": the reversal is the one the by-phrase names
				// ("a U-turn from" its maker too, when a speaker of the text follows).
				if name, found := a.asideName(ws, h); found {
					subj, sp, ok, aside = objectNP{}, name, true, true
				}
			}
			if h.self && !aside && predicated(ws, h.start) && h.end+1 < len(ws) && ws[h.end].low == "for" {
				// "The announcement was a reversal for Pike, who told …": the for-phrase names
				// whose reversal it is.
				if name, found := a.nameAfter(ws, h.end); found {
					subj, sp, ok, aside = objectNP{}, name, true, true
				}
			}
			if !passive && (!ok || !speaksIn(rs, sp)) {
				// "The government performed a U-turn …, with Prime Minister Helena Strand
				// announcing …": the body acts through the one the with-phrase names.
				if j := withVoice(rs, ui, ws, h.end); j >= 0 {
					subj, sp, ok = objectNP{}, rs[j].at.speaker.Name, true
				}
			}
			if !ok {
				continue
			}
			at := h.end
			if passive && at < len(ws) && ws[at].low != "by" {
				// "The minister's date was contradicted a day later by the railway chief"
				if k := at + timeLead(ws[at:]); k < len(ws) && ws[k].low == "by" {
					at = k
				} else if at+2 < len(ws) && ws[at].low == "on" && timeNouns[ws[at+1].low] && ws[at+2].low == "by" {
					at += 2
				}
			}
			obj := a.readObject(ws, at, rl)
			if !passive && !h.self && obj.span.Len() == 0 && obj.other == "" && obj.pronoun == "" && !obj.anaphor && timeOnly(ws[h.end:]) {
				// "The athletic director pushed back on Thursday.": a rejoinder with
				// nothing after it but its time answers a remark of another party before
				// it, on what the responder goes on to say.
				obj = objectNP{anaphor: true, back: true}
			}
			if aside {
				obj = objectNP{self: true} // his own earlier words
			}

			if passive {
				// "His account was contradicted by the accountant": the agent responds.
				agent := obj
				if agent.other == "" && agent.span.Len() > 0 {
					// "… was contradicted by the government's own chief medical officer.
					// Dr Anders Holmgren told …": a role the next paragraph names.
					agent.other = a.namedNext(rs, agent.span, ws, sp) // not the one whose words it contradicts
				}
				if agent.other == "" {
					continue
				}
				obj, subj = subj, agent
				sp = agent.other
			}
			if (obj.pronoun == "him" || obj.pronoun == "her") && obj.other == "" && subj.span.Len() > 0 {
				// "The prime minister's own spokesman contradicted him": the one the subject
				// belongs to.
				sws := within(ws, subj.span)
				for k, w := range sws {
					if w.poss && k > 0 {
						if name, ok := a.knownSpeaker(sws[:k+1]); ok && name != sp {
							obj.other, obj.pronoun = name, ""
						}
						break
					}
				}
			}
			carrier := a.carrier(rs, sp, ui, obj.span, h.self && !passive)

			if carrier < 0 || !h.fits(obj) {
				continue
			}
			resp := claims.Response{Relation: h.rel, Self: h.self, Phrase: claims.ExcerptOf(a.text, span)}
			resp.Negated = negatedBefore(ws, h.start)
			ask := asker{i: carrier, key: rs[carrier].key, body: bodyOf(rs[carrier].at.speaker), unit: ui, pos: span.Start, own: rs[carrier].at.content}
			if aside {
				// "…, a U-turn by Rhys Madoc, who in March told investors …": the words the
				// aside's own relative clause tells are those reversed
				if j := slices.IndexFunc(rs, func(r responder) bool {
					return r.id != rs[carrier].id && r.at.unit == ui && r.at.cue.Start > span.End && sameSpeakerName(r.at.speaker, sp)
				}); j >= 0 {
					resp.Answers, resp.Found = []string{rs[j].id}, claims.BySelf
					add(carrier, resp)
					continue
				}
			}
			if resp, ok := a.complete(rs, ask, resp, obj, false); ok && !slices.Contains(resp.Answers, rs[carrier].id) {
				if quotedBy != "" {
					// The third party who tells the clash is no side of it.
					resp.Answers = dropAnswers(rs, resp.Answers, func(r *responder) bool {
						return sameSpeakerName(r.at.speaker, quotedBy)
					})
				}
				if quotedBy == "" || len(resp.Answers) > 0 {
					add(carrier, resp)
				}
			}
			_ = subj
		}
	}
}

// predicated reports whether the noun at ws[i] is what a copula or "mark" says its
// subject is: "was a reversal", "marks a sharp U-turn".
func predicated(ws []word, i int) bool {
	k := i - 1
	for k > 0 && !ws[k].cap && strings.HasPrefix(ws[k].tag, "JJ") {
		k-- // "a sharp reversal"
	}
	if k < 1 || ws[k].low != "a" && ws[k].low != "an" {
		return false
	}
	v := ws[k-1].low
	return beForms[v] || v == "marks" || v == "marked" || v == "represents" || v == "represented"
}

// timeOnly reports whether ws holds nothing but a time and the sentence's end: "on
// Thursday.", "late on Tuesday night.", ".".
func timeOnly(ws []word) bool {
	for k, w := range ws {
		if w.punc {
			return k == len(ws)-1 && w.text != ","
		}
		if !timeNouns[w.low] && w.low != "on" && w.low != "late" && w.low != "early" {
			return false
		}
	}
	return true
}

// sequenceAnaphor returns where what a response answers begins when a sentence opens with
// the response as a definite noun set after it: "The denial followed remarks by …", "His
// U-turn came a day after …", "The rebuttal comes in response to …".
func sequenceAnaphor(ws []word, h respHit) (int, bool) {
	if !sequenced(ws, h) {
		return 0, false
	}
	k := h.end + 1
	if ws[h.end].low == "came" || ws[h.end].low == "comes" {
		for k < len(ws) && k <= h.end+4 && ws[k].low != "after" && ws[k].low != "response" {
			k++ // "came a day after", "came hours after", "came in response to"
		}
		if k >= len(ws) || k > h.end+4 {
			return 0, false
		}
		k++
		if ws[k-1].low == "response" && k < len(ws) && ws[k].low == "to" {
			k++
		}
	}
	return k, k < len(ws)
}

// sequenced reports whether the response h is a definite noun opening its sentence before
// a verb of sequence: "The denial followed", "Her climbdown came".
func sequenced(ws []word, h respHit) bool {
	if h.start == 0 || h.end >= len(ws) {
		return false
	}
	d := h.start - 1
	if l := ws[d].low; l != "the" && l != "this" && l != "that" && !possessives[l] || d > 1 || d == 1 && ws[0].low != "but" && ws[0].low != "and" {
		return false
	}
	switch ws[h.end].low {
	case "followed", "follows", "came", "comes":
		return true
	}
	return false
}

// priorResponder returns the last claim before unit ui whose own phrase (its cue, or words
// outside its content) gives a response of h's relation: the one a definite "the denial"
// refers back to; -1 if none within a few paragraphs.
func priorResponder(rs []responder, ui int, h respHit, hitsIn func(int, []word) []respHit) int {
	before := -1 // a claim the phrase stands before, when no cue of its unit is the phrase
	for j := len(rs) - 1; j >= 0; j-- {
		at := rs[j].at
		if at.unit >= ui {
			continue
		}
		if ui-at.unit > 4 || before >= 0 && at.unit < rs[before].at.unit {
			break
		}
		for _, o := range hitsIn(at.unit, rs[j].words) {
			ps := claims.Span{Start: rs[j].words[o.start].span.Start, End: rs[j].words[o.end-1].span.End}
			if o.rel != h.rel || o.self != h.self {
				continue
			}
			if at.cue.Contains(ps) {
				return j
			}
			if before < 0 && !at.content.Contains(ps) && ps.End <= at.content.Start {
				before = j
			}
		}
	}
	return before
}

// demonstrativeIs reports whether the phrase at ws[i] is the predicate of "This is a …",
// "It was a …", "That is an …", with adjectives between: what was just told, named.
func demonstrativeIs(ws []word, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 && ws[k].low != "a" && ws[k].low != "an" && !ws[k].punc && !ws[k].cap && !beForms[ws[k].low] {
		k-- // "a screeching", "a complete and utter"
	}
	if k < 2 || ws[k].low != "a" && ws[k].low != "an" {
		return false
	}
	return beForms[ws[k-1].low] && (ws[k-2].low == "this" || ws[k-2].low == "it" || ws[k-2].low == "that") || ws[k-1].low == "'s" || ws[k-1].low == "’s"
}

// reversedBy returns the claim of the person a third party's "This is a U-turn" is
// about: the latest said of the last person, other than the teller, whose words the
// text gave before; -1 if none.
func (a *analyser) reversedBy(rs []responder, ui int, teller claims.Speaker) int {
	who := ""
	for j := len(rs) - 1; j >= 0; j-- {
		if sp := rs[j].at.speaker; rs[j].at.unit < ui && sp.Kind == claims.Person && !sameSpeakerName(sp, teller.Name) {
			who = rs[j].key
			break
		}
	}
	best := -1
	for j := range rs {
		if rs[j].key == who && rs[j].at.unit < ui && (best < 0 || laterSaid(a, &rs[j], &rs[best])) {
			best = j
		}
	}
	return best
}

// withVoice returns the claim of unit ui, after word i, whose speaker a "with" phrase
// introduces ("…, with the prime minister announcing that …"); -1 if none.
func withVoice(rs []responder, ui int, ws []word, i int) int {
	for j := range rs {
		at := rs[j].at
		if at.unit != ui || at.source.Len() == 0 {
			continue
		}
		if k := wordAt(ws, at.source.Start); k > i && k < len(ws) && k > 0 && ws[k-1].low == "with" {
			return j
		}
	}
	return -1
}

// sharesWord reports whether two phrases share a word of more than three letters: "the
// Director of Public Health" and "the State's top public health official".
func sharesWord(a, b string) bool {
	fb := strings.Fields(strings.ToLower(b))
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if len(w) > 3 && slices.Contains(fb, w) {
			return true
		}
	}
	return false
}

// namedNext returns the name of the person a role phrase at s stands for when the text
// names them next: the first claim after it, within about a paragraph, by a named person
// who comes with no role of their own. The phrase must end in a role word.
func (a *analyser) namedNext(rs []responder, s claims.Span, ws []word, not string) string {
	k := wordAt(ws, s.End) - 1
	if k < 0 || k >= len(ws) {
		return ""
	}
	for o := wordAt(ws, s.Start) + 1; o < k; o++ { // from the second word: the role ends inside the phrase
		if ws[o].low == "of" && !a.lx.responses.remark[ws[o-1].low] || ws[o].low == "responsible" && o+1 < len(ws) && ws[o+1].low == "for" {
			k = o - 1 // "a deputy governor of the Bank of Esterland", "the minister responsible for …": the role before its body
			break
		}
	}
	role := a.lx.roleWord(ws[k].low) || !ws[k].cap && wordnet.IsA(ws[k].low, "person", wordnet.Noun)
	for n := 2; n <= 3 && k-n+1 >= 0 && !role; n++ {
		_, role = a.lx.roles[strings.ToLower(joinText(ws[k-n+1:k+1]))] // "chief medical officer"
	}
	if !role {
		return ""
	}
	sentence := strings.ToLower(a.text[ws[0].span.Start:ws[len(ws)-1].span.End])
	for j := range rs {
		at := rs[j].at
		if at.source.Start <= s.End {
			continue
		}
		if f := strings.Fields(strings.ToLower(at.speaker.Name)); len(f) > 0 && strings.Contains(sentence, f[len(f)-1]) || not != "" && sameSpeakerName(at.speaker, not) {
			continue // named in the sentence itself, as someone else: "corrected Ms Reddiar's statement"
		}
		if r := strings.ToLower(at.speaker.Role); r != "" && !noRole(r) && strings.Contains(strings.ToLower(a.text[s.End:ws[len(ws)-1].span.End]), r) {
			continue // given by role after the subject, as someone else: "cast doubt on the governor's signal"
		}
		if sp := at.speaker; at.source.Start-s.End < 2*ledeReach && sp.Kind == claims.Person && (noRole(sp.Role) || sharesWord(sp.Role, s.In(a.text))) && strings.Contains(sp.Name, " ") {
			return sp.Name
		}
		break
	}
	return ""
}

// beforeVerbGroup steps back from ws[i] over auxiliaries, adverbs and a day ("on
// Thursday") to where the subject before a verb ends.
func beforeVerbGroup(ws []word, i int) int {
	if strings.HasSuffix(ws[i].low, "ing") {
		// "spent part of Tuesday walking back …": the time spent is the verb group's
		for j := i - 1; j > 0 && j >= i-5 && !ws[j].punc; j-- {
			if ws[j].low == "spent" || ws[j].low == "spends" {
				if slices.ContainsFunc(ws[j+1:i], func(w word) bool { return timeNouns[w.low] }) {
					i = j
				}
				break
			}
		}
	}
	for i > 0 && (auxWords[ws[i-1].low] || strings.HasSuffix(ws[i-1].low, "ly") && !ws[i-1].cap || timeAdverbs[ws[i-1].low]) {
		i--
	}
	if i >= 2 && timeNouns[ws[i-1].low] && (ws[i-2].low == "on" || ws[i-2].low == "last" || ws[i-2].low == "this") {
		i -= 2
	}
	return i
}

// roleSubject returns the span of the noun phrase that opens ws and stands before the
// response at ws[i], over a time phrase ("on Thursday") and auxiliaries: "The State's top
// public health official on Thursday corrected …".
func roleSubject(ws []word, i int) (claims.Span, bool) {
	e := beforeVerbGroup(ws, i)
	start := 0
	for j := e - 1; j >= 0; j-- {
		if ws[j].punc && !ws[j].poss {
			start = j + 1 // after a dateline: "SURYANAGAR: The State's …"
			break
		}
	}
	if start > 10 || e-start < 2 || e-start > 10 {
		return claims.Span{}, false
	}
	return claims.Span{Start: ws[start].span.Start, End: ws[e-1].span.End}, true
}

// nominalSubject returns the claim of unit ui stated as a noun ("the minister's assurance
// that …") whose content ends right before the auxiliary of the passive response at
// ws[i]; -1 if none.
func (a *analyser) nominalSubject(rs []responder, ui int, ws []word, i int) int {
	k := i - 1
	for k > 0 && (ws[k-1].low == "has" || ws[k-1].low == "have" || ws[k-1].low == "had" || beForms[ws[k-1].low]) {
		k-- // "has been disowned"
	}
	if k < 0 {
		return -1
	}
	aux := ws[k].span.Start
	for j := range rs {
		at := rs[j].at
		if at.unit == ui && at.cue.Len() > 0 && at.cue.End <= at.content.Start && at.content.End <= aux && aux-at.content.End <= 2 && strings.HasSuffix(strings.ToLower(at.cue.In(a.text)), " that") {
			return j
		}
	}
	return -1
}

// inAnyContent reports whether s lies in the content of a claim of unit ui.
func inAnyContent(rs []responder, ui int, s claims.Span) bool {
	for _, r := range rs {
		if r.at.unit == ui && r.at.content.Contains(s) {
			return true
		}
	}
	return false
}

// subjectBefore reads the subject of the response verb at ws[i]: the words back to the
// sentence's start or a comma, over auxiliaries and adverbs. It returns the subject as an
// object phrase and the name of the speaker it stands for: a name or role the document
// knows, a pronoun (the speaker of the nearest claim before), or a remark with its
// possessor ("His comments", "the minister's remarks").
func (a *analyser) subjectBefore(rs []responder, ws []word, i, pos int) (objectNP, string, bool) {
	end := i
	// A noun of response after its light verb or "in", as headlines have it: "Reilly makes
	// U-turn on penalty", "Minister in climbdown over fees", "she has had a change of heart".
	k := end
	for k > 0 && (ws[k-1].low == "a" || ws[k-1].low == "an") {
		k--
	}
	have := k > 0 && k < end && (ws[k-1].low == "had" || ws[k-1].low == "has" || ws[k-1].low == "have") // "she has had a change of heart"
	if k > 1 && (lightVerbs[ws[k-1].low] || ws[k-1].low == "make" || ws[k-1].low == "in" || have) {
		end = k - 1
	}
	end = beforeVerbGroup(ws, end) // "A deputy governor of the bank on Thursday cast doubt on …"
	if end > 0 && ws[end-1].text == "," {
		end-- // "The head of the authority, Alice Tennant, has rowed back": the apposition
		if c := remarkAside(ws, end, a.lx.responses.remark); c > 0 {
			end = c
		}
	}
	lim := 12
	for j := end - 1; j > 0 && j >= end-24; j-- {
		if madeByAt(ws, j) && a.lx.responses.remark[ws[j-1].low] {
			lim = end - j + 1 // "Figures given by the head of … on the number of …"
			break
		}
	}
	start := end
	for start > 0 && !ws[start-1].punc && end-start < lim && !subordinators[ws[start-1].low] && ws[start-1].low != "and" && ws[start-1].low != "but" && ws[start-1].low != "that" && !trailingSay[ws[start-1].low] {
		start--
	}
	if start == end {
		return objectNP{}, "", false
	}
	phrase := ws[start:end]
	o := objectNP{span: claims.Span{Start: phrase[0].span.Start, End: phrase[len(phrase)-1].span.End}}
	// A remark and its possessor: the possessor responds.
	for k, w := range phrase {
		if a.lx.responses.remark[w.low] || w.low == "position" {
			o.anaphor, o.remark = true, strings.TrimSuffix(w.low, "s")
			owner := phrase[:k]
			if len(owner) == 1 && (owner[0].low == "this" || owner[0].low == "these" || owner[0].low == "those") || k == 0 && start > 0 && (ws[start-1].low == "that" || ws[start-1].low == "this") {
				// "That account was flatly denied by …": the remark just told, whoever's
				o.definite = true
				return o, "", true
			}
			if len(owner) == 1 && (owner[0].low == "his" || owner[0].low == "her" || owner[0].low == "their" || owner[0].low == "its") {
				if sp := a.lastSpeaker(rs, pos); sp != "" {
					o.other = sp
					return o, sp, true
				}
				return objectNP{}, "", false
			}
			for j, ow := range owner {
				if ow.poss {
					if sp, ok := a.knownSpeaker(owner[:j+1]); ok {
						o.other = sp
						return o, sp, true
					}
				}
			}
			if len(owner) == 0 && k+3 < len(phrase) && madeByAt(phrase, k+1) {
				// "Figures given by the head of the border police … are at odds with …": the
				// maker, by name or by the role a later paragraph names
				e := k + 3
				for e < len(phrase) && phrase[e].low != "on" && phrase[e].low != "about" && phrase[e].low != "for" && phrase[e].low != "showing" {
					e++
				}
				maker := claims.Span{Start: phrase[k+3].span.Start, End: phrase[e-1].span.End}
				if sp, ok := a.knownSpeaker(phrase[k+3 : e]); ok {
					o.other = sp
					return o, sp, true
				}
				if sp := a.namedNext(rs, maker, ws, ""); sp != "" {
					o.other = sp
					return o, sp, true
				}
			}
			return objectNP{}, "", false
		}
	}
	// "The minister's date was contradicted by …": what a possessor set out as a date,
	// target or count is theirs; not their acts ("Obama's outreach was opposed by …").
	for j, w := range phrase[:len(phrase)-1] {
		if n := phrase[len(phrase)-1]; w.poss && statedNouns[n.low] {
			owner := possessor(phrase[:j+1])
			last := &owner[j]
			if sp, ok := a.knownSpeaker(owner); ok {
				o.anaphor, o.other = true, sp
				return o, sp, true
			}
			if n := last.low; !last.cap && a.lx.roleWord(n) {
				// "the minister's": the last speaker before whom the text gives that title
				for k := len(rs) - 1; k >= 0; k-- {
					if rs[k].at.content.Start < pos && a.madeBy(rs[k], []string{n}) {
						o.anaphor, o.other = true, rs[k].at.speaker.Name
						return o, o.other, true
					}
				}
			}
			break
		}
	}
	if k := len(phrase) - 1; k > 0 && subjectPronouns[phrase[k].low] && !phrase[k-1].cap || k > 0 && phrase[0].low == "on" && subjectPronouns[phrase[k].low] {
		phrase = phrase[k:] // "On Monday evening he corrected himself": a time phrase before the subject
	}
	if len(phrase) == 1 && subjectPronouns[phrase[0].low] {
		if sp := a.lastSpeaker(rs, pos); sp != "" {
			return o, sp, true
		}
		return objectNP{}, "", false
	}
	if sp, ok := a.nameOf(phrase, phrase); ok {
		return o, sp, true
	}
	return objectNP{}, "", false
}

// statedNouns are what someone sets out, beyond the remark nouns: "the minister's date",
// "the council's timetable", "the ministry's tally".
var statedNouns = map[string]bool{"date": true, "dates": true, "deadline": true, "timetable": true, "timeline": true, "target": true, "targets": true, "tally": true, "total": true, "number": true, "numbers": true, "promise": true, "pledge": true, "assurance": true, "assurances": true, "explanation": true, "reasoning": true}

// timeAdverbs stand between a subject and its verb: "she has since changed her mind".
var timeAdverbs = map[string]bool{"since": true, "now": true, "later": true, "then": true, "again": true, "already": true, "also": true, "once": true}

// lastSpeaker returns the name of the speaker of the last claim before pos.
func (a *analyser) lastSpeaker(rs []responder, pos int) string {
	for j := len(rs) - 1; j >= 0; j-- {
		if rs[j].at.content.Start < pos {
			return rs[j].at.speaker.Name
		}
	}
	return ""
}

// carrier returns the claim of the speaker called name nearest to unit ui: in it, else the
// next within three units, else the last before it; -1 when the speaker says nothing.
func (a *analyser) carrier(rs []responder, name string, ui int, answered claims.Span, self bool) int {
	best, dist := -1, 1<<30
	if self {
		// A retraction or a reversal is carried by the speaker's latest words nearby:
		// "… rowed back on her prediction. In January she said …. On Thursday she said …".
		var latest *responder
		for j := range rs {
			r := &rs[j]
			if !sameSpeakerName(r.at.speaker, name) || answered.Contains(r.at.content) || r.at.unit < ui-1 || r.at.unit > ui+3 {
				continue
			}
			if latest == nil || laterSaid(a, r, latest) {
				latest, best = r, j
			}
		}
		if best >= 0 {
			return best
		}
	}
	for j, r := range rs {
		if !sameSpeakerName(r.at.speaker, name) || answered.Contains(r.at.content) {
			continue
		}
		d := r.at.unit - ui
		switch {
		case d == 0:
			return j
		case d > 0 && d <= 3:
			d = d * 2 // after it, as "… hit back at claims by X. '…,' he said."
		case d < 0:
			d = -d*2 + 1
		default:
			continue
		}
		if d < dist {
			best, dist = j, d
		}
	}
	return best
}

// speaksIn reports whether name is the speaker of one of rs.
func speaksIn(rs []responder, name string) bool {
	return slices.ContainsFunc(rs, func(r responder) bool { return sameSpeakerName(r.at.speaker, name) })
}

// madeByAt reports whether ws[i] opens a maker's phrase after a remark noun: "given by",
// "published by", "released by".
func madeByAt(ws []word, i int) bool {
	return i+1 < len(ws) && makerParticiples[ws[i].low] && ws[i+1].low == "by"
}

var makerParticiples = map[string]bool{"given": true, "published": true, "released": true, "provided": true, "presented": true, "cited": true, "compiled": true, "issued": true, "produced": true}

// remarkAside returns the comma that opens an aside between a remark and the comma at
// ws[end], when a past participle opens it: "His remarks, made at the daily briefing in
// Mohakhali, were at odds with …". Zero when there is none.
func remarkAside(ws []word, end int, remark map[string]bool) int {
	for j := end - 1; j >= 2 && j >= end-30; j-- {
		if ws[j].punc && ws[j].text != "," && ws[j].text != "(" && ws[j].text != ")" {
			return 0
		}
		if ws[j].text == "," {
			if !ws[j+1].cap && participle(ws[j+1].low) && remark[ws[j-1].low] {
				return j
			}
			return 0
		}
	}
	return 0
}

// participle reports whether w may be a past participle: "delivered", "made", "given".
func participle(w string) bool {
	if pastForm(w) {
		return true
	}
	return strings.HasSuffix(w, "n") && slices.ContainsFunc(wordnet.Lemmas(w, wordnet.Verb), func(l string) bool { return l != w })
}
