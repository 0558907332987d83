package extract

// This file finds the claims of the document that carry what a response answers.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// answers finds the claims of the document that carry what a response answers: the named
// speaker's, the responder's own earlier ones, the last one of someone else for an
// anaphor, or those whose content shares words with the answered clause or noun. A remark
// noun prefers claims whose cue is its verb ("the report" and "reported", "the claims" and
// "claimed"). Claims before the response come first; when there are none, the text may
// give the answered remark just after it ("… denied a report …. The Courier reported …").
func (a *analyser) answers(rs []responder, ask asker, resp claims.Response, o objectNP, after bool) ([]string, claims.Basis) {
	var out []string
	basis := claims.NoBasis
	// A claim stated inside the thing answered is the best answer: "challenging a European
	// Commission ruling which said Greece should have sole rights …".
	if o.span.Len() > 0 && !resp.Self {
		for j := range rs {
			if j == ask.i || !o.span.Contains(rs[j].at.content) || rs[j].key == ask.key && rs[j].at.source.Start != o.span.Start {
				continue // but "clarified his comments that …" answers the claim of his it states
			}
			if resp.Other != "" && !sameSpeakerName(rs[j].at.speaker, resp.Other) {
				continue // "a claim by Hearts that …": the claim stated is the one named
			}
			if !circumstance(a.text, o.span.Start, rs[j].at.source.Start) {
				out = append(out, rs[j].id)
			}
		}
		if len(out) > 0 {
			return out, claims.Nested
		}
	}
	if resp.Relation == claims.Denies && requested(a.text, o.span) {
		// "denied a defence motion to move the trial", "denied bail": a request refused,
		// an act, not words called untrue.
		return nil, claims.NoBasis
	}
	if o.noun != "" && o.remark == "" && o.clause.Len() == 0 && !o.anaphor && strings.HasPrefix(strings.ToLower(resp.Phrase.Text), "oppos") {
		// To oppose a thing ("a petition opposing the tower", "opposing his release on
		// bond") is to be against it, not against what anyone said of it.
		return nil, claims.NoBasis
	}
	if o.remark != "" && !resp.Self && o.span.Len() > 0 {
		// "…, a finding the Toronto-listed miner disputed": the writer's aside names the
		// statement its comma closes as the remark answered.
		if obj := strings.ToLower(o.span.In(a.text)); strings.HasPrefix(obj, "a ") || strings.HasPrefix(obj, "an ") {
			for j := range rs {
				if j != ask.i && rs[j].key != ask.key && rs[j].at.content.End <= o.span.Start && strings.TrimSpace(strings.Trim(a.text[rs[j].at.content.End:o.span.Start], "”\"")) == "," {
					return []string{rs[j].id}, claims.Aside
				}
			}
		}
	}
	if ask.i >= 0 && !resp.Self && resp.Other == "" && resp.Opposes() && finiteVerb(rs[ask.i].at.words) {
		// "denied that he had agreed to join Villarreal, a day after the player's agent
		// said the deal was done": what the sentence sets the denial of a statement after
		// is what it answers (not so "denied bail, after prosecutors said …", an act).
		// So one's own words "a day after he told commissioners …" that one corrects,
		// retracts or reverses.
		revises := resp.Relation >= claims.Corrects && resp.Relation <= claims.Reverses
		ws := rs[ask.i].words
		for j := range rs {
			if j == ask.i || rs[j].at.unit != ask.unit || rs[j].key == ask.key && !revises || rs[j].at.cue.Start <= ask.pos {
				continue
			}
			if _, ok := afterClause(ws, skipBack(ws, wordAt(ws, rs[j].at.cue.Start))); ok {
				return []string{rs[j].id}, claims.ByName
			}
		}
	}
	ownBody := func(j int) bool {
		return ask.body != "" && (sameSpeakerName(rs[j].at.speaker, ask.body) || a.partOf(rs[j], ask.body)) || rs[j].key == ask.key
	}
	// saidAfter reports whether claim j was said in a year after the response's, to which
	// the text dates the response alone: "told the BBC last year that earlier statements
	// may have been wrong" answers nothing said this year.
	saidAfter := func(j int) bool {
		if ask.i >= 0 && rs[ask.i].ago > 0 && rs[j].ago >= 0 {
			return rs[j].ago < rs[ask.i].ago // an undated document's "last year" before its "today"
		}
		if ask.i < 0 || rs[ask.i].year == 0 {
			return false
		}
		y := rs[j].year
		if rs[j].month > 0 {
			y = (rs[j].month - 1) / 12
		}
		return y > rs[ask.i].year
	}
	others := func(yield func(j int) bool) {
		for j := len(rs) - 1; j >= 0; j-- {
			if saidAfter(j) {
				continue
			}
			if rs[j].at.headline && retells(a.text, rs[j].at, resp.Phrase.Text) {
				continue // "Veloce boss says he was misquoted" is the story the lede tells, not words it answers
			}
			if rs[j].at.content.Start < ask.pos && j != ask.i && !ask.own.Contains(rs[j].at.content) && !rs[j].at.content.Contains(ask.own) && !yield(j) {
				return
			}
		}
		if !after {
			return
		}
		for j := range rs {
			if saidAfter(j) {
				continue
			}
			// A speaker the response names may answer from far below in a live blog, whose
			// older entries come after; a person it names or whose body it names, from a
			// few paragraphs further.
			if rs[j].at.content.Start > ask.pos && j != ask.i && (rs[j].at.unit-ask.unit <= 4 || resp.Other != "" && (a.liveBlog() || rs[j].at.unit-ask.unit <= 6 && rs[j].at.speaker.Kind == claims.Person)) && !ask.own.Contains(rs[j].at.content) && !yield(j) {
				return
			}
		}
	}
	near := func(j int) bool { d := ask.unit - rs[j].at.unit; return d <= 4 && d >= -4 }
	// dayBefore reports whether claim j is dated to a day before the response's.
	dayBefore := func(j int) bool {
		return ask.i >= 0 && !rs[ask.i].day.IsZero() && !rs[j].day.IsZero() && rs[j].day.Before(rs[ask.i].day)
	}
	// justBefore returns the last claim before the response, when it is someone else's of
	// its sentence or the one before (past up to two of the responder's own that say
	// nothing, "issued a statement"); else -1.
	justBefore := func() int {
		own := 0 // the responder's own sentences between: "Kaye issued a statement of her own. “That is simply not true,” Kaye said."
		for j := range others {
			ob := ownBody(j)
			if ob && rs[j].at.content.Start < ask.pos && own < 2 && !finiteVerb(rs[j].at.words) {
				own++ // "issued a statement of her own": no words of hers to answer
				continue
			}
			if ob && slices.ContainsFunc(rs, func(r responder) bool { return r.key != rs[j].key && r.at.content.Contains(rs[j].at.source) }) {
				// "reviewers said an analysis the company has cited was done after the
				// fact. The company pushed back": its words told inside another's are
				// what that other answers, not what it answers now.
				continue
			}
			if d := ask.unit - rs[j].at.unit; !ob && d >= 0 && d <= 1+own && rs[j].at.content.Start < ask.pos {
				return j
			}
			return -1
		}
		return -1
	}
	// What a rejected remark proposes must be spoken of by the claim answered: "dismissed
	// talk of moving the auction", "rejected suggestions that it could be moved".
	proposed := ""
	if resp.Relation == claims.Rejects || resp.Relation == claims.Denies {
		proposed = proposedAct(a.text, o.span)
	}
	// "flatly rejected her figures": the words of the woman who spoke last before, nearby.
	owner := ""
	if (o.pronoun == "his" || o.pronoun == "her") && (o.noun != "" || o.remark != "") && o.clause.Len() == 0 && resp.Other == "" && !resp.Self && ask.i >= 0 {
		want := byte('m')
		if o.pronoun == "her" {
			want = 'f'
		}
		if g := a.speakerSex(rs, ask.key, rs[ask.i].at.speaker.Name); g == 0 || g == want {
			want = 0 // "Brown denied his forecasts were too optimistic": his own, maybe
		}
		for j := range others {
			if sp := rs[j].at.speaker; sp.Kind == claims.Person && rs[j].at.content.Start < ask.pos {
				g := a.speakerSex(rs, rs[j].key, sp.Name)
				if want != 0 && near(j) && g != 0 && g != want {
					continue // a man, for "her": the responder among them
				}
				if !ownBody(j) && near(j) && want != 0 && g == want {
					owner = rs[j].key
				}
				break
			}
		}
	}
	switch {
	case owner != "":
		basis = claims.ByName
		for j := range others {
			if rs[j].key == owner && near(j) && rs[j].at.content.Start < ask.pos {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case resp.Other != "":
		basis = claims.ByName
		// The named speaker's words, or a named body's officers' ("suggestions by the
		// Ministry of Finance that …").
		var named []int
		for j := range others {
			if sameSpeakerName(rs[j].at.speaker, resp.Other) || rs[j].at.via.Name != "" && sameSpeakerName(rs[j].at.via, resp.Other) ||
				properName(resp.Other) && !ownBody(j) && rs[j].at.speaker.Kind == claims.Person && (sameSpeakerName(claims.Speaker{Name: rs[j].at.speaker.Affiliation}, resp.Other) || a.partOf(rs[j], resp.Other)) {
				named = append(named, j)
			}
		}
		if slices.ContainsFunc(named, near) {
			// further on only when none is near; words before count at any distance
			named = slices.DeleteFunc(named, func(j int) bool { return rs[j].at.unit-ask.unit > 4 })
		}
		for _, j := range named[:min(len(named), 3)] {
			out = append(out, rs[j].id)
		}
		if head := strings.ToLower(lastField(resp.Other)); len(out) == 0 && properName(resp.Other) && bodyNoun(head) {
			// A body's words given by its document or officer, nearby: "figures published
			// by the Riverside Anglers' Trust" are what "the trust's annual river report"
			// counted.
			makers := []string{head}
			for j := range others {
				if !ownBody(j) && near(j) && a.madeBy(rs[j], makers) {
					out = append(out, rs[j].id)
					if len(out) == 3 {
						break
					}
				}
			}
		}
	case len(o.makers) > 0 && !resp.Self && slices.ContainsFunc(rs, func(r responder) bool { return a.madeBy(r, o.makers) }):
		// "the defence's account" is what the defence barrister said; "claims by student
		// organisers" are those of the Confederation of Secondary Students.
		basis = claims.ByName
		makers := o.makers
		if head := makers[len(makers)-1:]; len(makers) > 1 && slices.ContainsFunc(rs, func(r responder) bool { return a.madeBy(r, head) }) {
			makers = head // "claims by a health workers' union": the union's, before anyone's in health
		}
		// "comments from one of his deputies": a maker of the responder's own body, named
		// as such, is no part of the responder's voice.
		member := false
		f := strings.Fields(strings.ToLower(o.span.In(a.text)))
		for _, w := range f {
			member = member || w == "his" || w == "her" || w == "its" || w == "their" || w == "own"
		}
		if len(f) == 2 && f[0] == "the" && a.lx.roles[f[1]] != "" {
			member = true // "the club contradicted the manager": its own, whom it names by office
		}
		for j := range others {
			if d := ask.unit - rs[j].at.unit; (!ownBody(j) || member && rs[j].key != ask.key) && (near(j) || d >= -10 && d <= 10 && o.namedMaker) && a.madeBy(rs[j], makers) {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
		if len(out) == 0 && len(makers) == 1 {
			// "his minister", further back than a few sentences: the one holder of that
			// office the document names.
			key := ""
			for j := range others {
				if !ownBody(j) && a.madeBy(rs[j], makers) {
					if key != "" && rs[j].key != key {
						out = nil
						break
					}
					key = rs[j].key
					if len(out) < 3 {
						out = append(out, rs[j].id)
					}
				}
			}
		}
	case resp.Self:
		basis = claims.BySelf
		// One's own earlier words: before in the text, else reported just after ("… had
		// been mistranslated. Lindahl was quoted on Wednesday as saying …").
		own := func(j int) bool {
			return rs[j].key == ask.key || ask.body != "" && sameSpeakerName(rs[j].at.speaker, ask.body) ||
				ask.i >= 0 && (nameWithin(rs[j].at.speaker, rs[ask.i].at.speaker) || nameWithin(rs[ask.i].at.speaker, rs[j].at.speaker))
		}
		if ask.i >= 0 && rs[ask.i].month > 0 {
			// Words the text dates to an earlier month than the responder's own: "had told
			// parliament in January that …", told after the U-turn of June.
			for j := range others {
				if own(j) && rs[j].month > 0 && rs[j].month < rs[ask.i].month {
					out = append(out, rs[j].id)
					if len(out) == 3 {
						break
					}
				}
			}
		}
		if len(out) == 0 && ask.i >= 0 && !rs[ask.i].day.IsZero() {
			// Words dated to an earlier day than the responder's, before the same day's:
			// "said on Tuesday: 'We will go to the polls in November'" is what Wednesday's
			// "I withdraw that" takes back, not Wednesday's "he had spoken loosely".
			// A lede's reversal is told first, the words it reverses after: "performed a
			// U-turn on Thursday … had told parliament on Monday that …".
			// Before, the nearest first; after, in text order and at any distance, where
			// the answer may come after at all: the words a lede's U-turn reverses may be
			// told paragraphs below it.
			var order []int
			prior := map[int]bool{}
			for j := range others {
				order, prior[j] = append(order, j), true
			}
			if after {
				for j := range rs {
					if !prior[j] && j != ask.i && rs[j].at.content.Start > ask.pos && !ask.own.Contains(rs[j].at.content) && (rs[j].key == ask.key || nameWithin(rs[j].at.speaker, rs[ask.i].at.speaker)) {
						order = append(order, j) // far below: the speaker's own words, not their body's
					}
				}
			}
			for _, before := range []bool{true, false} {
				for _, j := range order {
					earlier := dayBefore(j) || !rs[j].week.IsZero() && rs[j].week.Before(rs[ask.i].day)
					if len(out) == 0 && own(j) && earlier && (rs[j].at.content.Start < ask.pos) == before && (before || resp.Relation != claims.Corrects) {
						out = append(out, rs[j].id)
					}
				}
			}
		}
		for j := range others {
			if len(out) > 0 {
				break
			}
			if rs[j].at.unit == ask.unit && rs[j].at.content.Start > ask.pos && !o.span.Contains(claims.Span{Start: rs[j].at.cue.Start, End: rs[j].at.cue.Start + 1}) {
				continue // "…, confirming that …": what the sentence goes on to say is no earlier word, unless it is what the response names
			}
			if own(j) && (rs[j].at.content.Start < ask.pos || len(out) == 0 && near(j)) {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case resp.Relation == claims.Corrects && o.clause.Len() > 0 && !o.anaphor:
		// "later clarified that a cut was possible, not promised": a correction of one's
		// own earlier words on the matter, else of someone else's. One's own words of an
		// earlier day come first, on the matter or not ("said Thursday he had meant the
		// standard rate" retells Thursday's clarification); not the same day's words told
		// after it, which go on with the clarification.
		words := contentWords(a.text, o.clause)
		sameDay := func(j int) bool { return ask.i >= 0 && !rs[ask.i].day.IsZero() && rs[j].day == rs[ask.i].day }
		shares := func(j, need int) bool { return sharedWords(words, contentWords(a.text, rs[j].at.content)) >= need }
		passes := []struct {
			self, one bool // one: the first claim that passes alone
			ok        func(j int) bool
		}{
			{true, false, func(j int) bool { return dayBefore(j) && shares(j, 1) }},
			{true, true, func(j int) bool { return dayBefore(j) && rs[j].at.content.Start < ask.pos }},
			{true, false, func(j int) bool { return (rs[j].at.content.Start < ask.pos || !sameDay(j)) && shares(j, 1) }},
			{false, false, func(j int) bool { return shares(j, 2) }},
			{true, true, func(j int) bool { return rs[j].at.content.Start < ask.pos }}, // nothing shared: the speaker's last words before
		}
		for _, p := range passes {
			basis = claims.BySelf
			if !p.self {
				basis = claims.ByWords
			}
			for j := range others {
				if (rs[j].key == ask.key) == p.self && near(j) && p.ok(j) && !(p.one && len(out) > 0) {
					out = append(out, rs[j].id)
				}
			}
			if len(out) > 0 {
				break
			}
		}
		if len(out) == 0 {
			basis = claims.BySelf
		}
	case o.clause.Len() > 0 && !o.anaphor || o.noun != "":
		clause := beforeBecause(a.text, o.clause)
		words := contentWords(a.text, clause)
		common := commonWords(a.text, clause) // not names
		var acts []string                     // its verbs, tagged only when asked for
		tagged := false
		actsOf := func() []string {
			if !tagged {
				acts, tagged = verbWords(a.text, clause), true
			}
			return acts
		}
		if o.noun != "" {
			words = append(words, o.noun)
			common = append(common, o.noun)
		}
		act := cmp.Or(gerundHead(a.text, o.clause), proposed)
		var byWords []string // the answers sharing two words: they outrank one word nearby
		for j := range others {
			if ownBody(j) {
				continue
			}
			if act != "" && resp.Relation == claims.Rejects && !sharesStem(act, contentWords(a.text, rs[j].at.content)) {
				// "ruled out raising the state pension age" answers who would raise it, not
				// whoever speaks of the state pension.
				continue
			}
			// Two words in common tie a clause to a claim anywhere in the document; one
			// noun only nearby ("rejected the results" after the commission's count).
			cw := contentWords(a.text, rs[j].at.content)
			shared := sharedWords(words, cw)
			named := shared >= 1 && near(j) && !ownBody(j) && a.reportsSaying(rs[j].at.content, ask)
			// Words told after the response answer it only by more in common: "simply not
			// true that the organisation had considered moving the championships out of the
			// city" is not the host's later "the championships were last in Cork, and the
			// city is ready".
			// Unless dated before it: the union's "said on Monday" that a minister's Tuesday
			// denial answers.
			later := rs[j].at.content.Start > ask.pos && shared < 3 && !dayBefore(j)
			// A name or two in common is a topic, not a claim: "denied the move was a result
			// of the publicity created by Spurlock's film" is not "presented the award to
			// Spurlock and the film's backers". Unless the verb is shared too: "denied he
			// had met Lee" is "Cole had met Lee".
			if shared >= 2 && sharedWords(common, cw) < 2 && sharedWords(actsOf(), cw) == 0 {
				shared = 1
			}
			if shared >= 2 && !later || o.noun != "" && shared >= 1 && near(j) || o.remark != "" && shared >= 1 && near(j) && a.cueIs(rs[j].at, o.remark) || named {
				// Or one word and the remark's own verb: "dismissed a newspaper report that
				// the government planned a levy" and the paper's "reported that the levy …";
				// or one word and the responder's name: "denied ever saying the plant would
				// close" and "Kerr had told him the plant was finished".
				if shared >= 2 {
					basis = max(basis, claims.ByWords)
					byWords = append(byWords, rs[j].id)
				} else if named {
					basis = max(basis, claims.ByName)
				} else if o.remark != "" && a.cueIs(rs[j].at, o.remark) {
					basis = max(basis, claims.ByVerb)
				} else if basis == claims.NoBasis {
					basis = claims.Nearest
				}
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
		if len(out) == 0 && (o.pronoun == "his" || o.pronoun == "her") && o.noun != "" {
			// "Kerr's authority was questioned when the club contradicted his insistence":
			// the words of the person the sentence names, before it or just after.
			words := a.sentenceWords(ask.unit, rs)
			for j := range others {
				if sp := rs[j].at.speaker; !ownBody(j) && near(j) && sp.Kind == claims.Person && strings.Contains(sp.Name, " ") && slices.Contains(words, strings.ToLower(lastField(sp.Name))) {
					out, basis = append(out, rs[j].id), claims.Definite
					break
				}
			}
		}
		if j := justBefore(); len(out) == 0 && o.pointing && o.noun != "" && j >= 0 {
			// "poured cold water on that timetable": a demonstrative points to what was just
			// said, in whatever words.
			out, basis = append(out, rs[j].id), claims.Definite
		}
		if len(out) == 0 && o.pronoun != "" && o.pronoun != "its" && (relationalNouns[o.noun] || relationalNouns[singular(o.noun)]) {
			// "contradicting her colleague", "at odds with his predecessor": the nearest
			// words of another person, of the responder's body or not.
			for j := range others {
				if rs[j].key != ask.key && near(j) && rs[j].at.speaker.Kind == claims.Person {
					out, basis = append(out, rs[j].id), claims.ByName
					break
				}
			}
		}
		if basis == claims.ByWords && len(byWords) < len(out) {
			// "rejected a claim … that more than 12,000 of his votes had been annulled":
			// the candidate's "more than 12,000 votes … were annulled", not a sentence
			// nearby that only counts votes.
			out = byWords
		}
		if len(out) == 0 && (resp.Relation == claims.Denies || resp.Relation == claims.Rejects && o.clause.Len() > 0) && ask.i >= 0 {
			// "Traoré flatly denied that his client had asked to leave. “There is no
			// transfer request,” Traoré told AFP": the denier's next words say what is
			// denied, in the words of the claim answered.
			// Up to two of them: "denied that police had been involved. He said the
			// gathering had ended on its own … “No police officer went to that house”".
			seen := 0
			for k := ask.i + 1; k < len(rs) && rs[k].at.unit <= rs[ask.i].at.unit+2 && seen < 2 && len(out) == 0; k++ {
				if rs[k].key != ask.key {
					continue
				}
				seen++
				next := contentWords(a.text, rs[k].at.content)
				told := func(j int) bool {
					return !ownBody(j) && near(j) && sharedWords(next, contentWords(a.text, rs[j].at.content)) >= 2
				}
				for j := range others {
					if rs[j].at.content.Start < ask.pos && told(j) {
						out = append(out, rs[j].id)
						break
					}
				}
				for j := range rs {
					// Or told after it but said a day before: a lede's "dismissed as untrue claims
					// that funding had been cut", then "The SDLP had said on Tuesday that …".
					if len(out) == 0 && j != ask.i && j != k && rs[j].at.content.Start > ask.pos && dayBefore(j) && told(j) {
						out = append(out, rs[j].id)
					}
				}
				if len(out) > 0 {
					basis = claims.ByWords
				}
			}
		}
		if len(out) == 0 && act != "" && resp.Relation == claims.Denies && !o.anaphor {
			// "The ALI denied starting the fighting": a denial of one's own act answers
			// the charges nearby that name the denier, whatever words they use ("The ALI
			// attacked our positions without any provocation").
			for j := range others {
				if !ownBody(j) && near(j) && rs[j].at.content.Start < ask.pos && a.mentions(rs[j].at.content, ask) {
					out, basis = append(out, rs[j].id), claims.ByName
					if len(out) == 3 {
						break
					}
				}
			}
		}
	case o.anaphor || o.pronoun != "":
		// The claim of someone else nearest before (or, failing that, after), preferring
		// one whose cue is the remark's verb, and the claims of that speaker in its unit.
		first, cued := -1, -1
		firstBasis := claims.Nearest
		what := contentWords(a.text, o.clause) // "claims of a clash between …": of what
		if len(what) == 0 && ask.i >= 0 {
			// A bare "the claims", "it": the answered claim shares a word with what answers
			// it, speaks of the responder, or is what the remark's verb reports.
			what = contentWords(a.text, rs[ask.i].at.content)
		}
		q, answering := a.questionBefore(ask.pos)
		if o.bare || o.definite && answering && ask.i >= 0 {
			// "“That's simply not the case,” the agent said": someone else's words of this
			// sentence or the one before, unless the sentence puts a question, which is
			// then what is answered ("Pressed on whether …, he replied: “It's untrue.”").
			if j := justBefore(); j >= 0 && ask.i >= 0 && !putsQuestion(rs[ask.i].words) && !narrationBetween(rs, j, ask.i) {
				out = append(out, rs[j].id)
				basis = claims.Definite // as "the claim" is, by its place
			} else if o.matter && ask.i >= 0 {
				// the account of whoever spoke last before the responder's own run: that
				// speaker's claims up to the one before theirs
				by := ""
				for j := range others {
					if ownBody(j) && by == "" {
						continue
					}
					if rs[j].at.content.Start >= ask.pos || by != "" && rs[j].key != by {
						break
					}
					by = rs[j].key
					if out, basis = append(out, rs[j].id), claims.Definite; len(out) == 3 {
						break
					}
				}
			} else if answering && ask.i >= 0 {
				// "Q: The federation says 40,000 buyers have been locked out. Is that
				// fair? A: That is simply not true.": the claim the question puts.
				words := contentWords(a.text, q)
				for j := range others {
					if !ownBody(j) && rs[j].at.content.Start < q.Start && sharedWords(words, contentWords(a.text, rs[j].at.content)) >= 2 {
						out, basis = append(out, rs[j].id), claims.ByWords
						break
					}
				}
				for j := range others {
					if len(out) > 0 {
						break
					}
					// "The minister said on the radio that closures had halved. Is that
					// what you see?": the claim the question's own paragraph puts.
					if !ownBody(j) && rs[j].at.content.End <= q.Start && !strings.Contains(a.text[rs[j].at.content.End:q.Start], "\n") {
						out, basis = append(out, rs[j].id), claims.Definite
					}
				}
			}
			break
		}
		for j := range others {
			if ownBody(j) || !near(j) || o.pronoun != "" && rs[j].at.content.Start > ask.pos {
				continue // "her comments" point back
			}
			if proposed != "" && !sharesStem(proposed, contentWords(a.text, rs[j].at.content)) {
				continue // no talk of the act rejected
			}
			shared := sharedWords(what, contentWords(a.text, rs[j].at.content))
			named := a.mentions(rs[j].at.content, ask)
			// A later claim of the sentence that takes the same object by a pronoun is on
			// the same side: "Poland has rejected the proposal and the parties have opposed
			// it".
			alike := rs[j].at.unit == ask.unit && rs[j].at.content.Start > ask.pos && anaphoric(strings.ToLower(rs[j].at.content.In(a.text)))
			verb := o.remark != "" && (a.cueIs(rs[j].at, o.remark) || a.namesRemark(rs[j], o.remark) && !alike)
			if shared == 0 && (!named || o.clause.Len() > 0 && rs[j].at.class == cueBroad) && !verb {
				// "claims of a clash …" that this claim does not make; a remark whose own
				// clause says what it held ("a claim that he was paid for tours") is no act
				// that names the responder ("voted against a move to deselect him").
				continue
			}
			if first < 0 || firstBasis == claims.Nearest && shared >= 2 {
				// the nearest that speaks of it, unless a later one says it in two words:
				// "a claim … that 4,000 of her votes had been annulled" is the candidate's
				// "4,000 votes … had been annulled", not the count that "she finished second
				// by 900 votes" nearer by
				first = j
				switch {
				case verb:
					firstBasis = claims.ByVerb
				case named:
					firstBasis = claims.ByName // a charge that names the responder
				case shared >= 2:
					firstBasis = claims.ByWords
				}
			}
			if o.remark != "" && cued < 0 && a.cueIs(rs[j].at, o.remark) {
				cued = j
			}
		}
		if o.definite && first >= 0 && cued < 0 && rs[first].at.content.Start > ask.pos {
			// "pushed back against the comments": a definite remark points back, to the
			// last one of someone else a few sentences before, rather than to a later
			// sentence that names the responder.
			for j := range others {
				if d := ask.unit - rs[j].at.unit; !ownBody(j) && d >= 0 && d <= 3 && rs[j].at.content.Start < ask.pos {
					first, firstBasis = j, claims.Definite
				}
				break
			}
		}
		pick := cued
		basis = claims.ByVerb
		if such := suchNoun(resp.Phrase.Text); pick < 0 && such != "" {
			// "said no such commitment was made": the nearest words of someone else that
			// spoke of a commitment, not whatever was said last.
			for j := range others {
				if !ownBody(j) && near(j) && rs[j].at.content.Start < ask.pos && slices.ContainsFunc(contentWords(a.text, rs[j].at.content), func(w string) bool { return singular(w) == such }) {
					pick, basis = j, claims.ByWords
					break
				}
			}
		}
		if pick < 0 && o.definite {
			// "The mayor said …. But the claim was denied by …": a definite remark with
			// nothing else to go by is the last one of someone else, in this sentence or
			// the one before.
			if j := justBefore(); j >= 0 {
				pick, basis = j, claims.Definite
				if j == first && firstBasis != claims.Nearest {
					basis = firstBasis // named or worded as well
				}
			}
		}
		if pick < 0 && first < 0 && (o.definite || o.pronoun == "his" || o.pronoun == "her") {
			// "The regulator pushed back against the claim. … the firm said it had secured
			// approval": with none before, the remark the next sentences report.
			// The claimant must be one the responder's sentence speaks of: "Doyle's
			// authority was questioned when the club contradicted his insistence …".
			words := a.sentenceWords(ask.unit, rs)
			for j := range others {
				if d := rs[j].at.unit - ask.unit; !ownBody(j) && d >= 1 && d <= 2 && rs[j].at.content.Start > ask.pos {
					if slices.Contains(words, strings.ToLower(lastField(rs[j].at.speaker.Name))) {
						pick, basis = j, claims.Definite
					}
					break
				}
			}
		}
		if pick < 0 && first < 0 && (o.pronoun == "his" || o.pronoun == "her") {
			// "distanced himself from her comments": the last person before, not the
			// responder, whom the text does not give the other sex.
			want := byte('m')
			if o.pronoun == "her" {
				want = 'f'
			}
			for j := range others {
				if sp := rs[j].at.speaker; !ownBody(j) && near(j) && rs[j].at.content.Start < ask.pos && sp.Kind == claims.Person {
					if g := a.sex[sp.Name]; g == 0 || g == want {
						pick, basis = j, claims.Definite
					}
					break
				}
			}
		}
		if pick < 0 {
			pick, basis = first, firstBasis
		}
		if pick >= 0 {
			out = append(out, rs[pick].id)
			for j := range rs {
				if j != pick && rs[j].key == rs[pick].key && rs[j].at.unit == rs[pick].at.unit && j != ask.i {
					out = append(out, rs[j].id)
				}
			}
		}
	}
	if o.span.Len() > 0 {
		// A claim inside what is answered, but in a clause of when or why, is no part of
		// it: "brushing aside speculation that circulated after the Fed signaled …".
		out = dropAnswers(rs, out, func(r *responder) bool {
			return o.span.Contains(r.at.content) && circumstance(a.text, o.span.Start, r.at.source.Start)
		})
	}
	if !resp.Self && resp.Relation == claims.Corrects {
		out = relayedOwn(rs, ask, out)
	}
	if len(out) == 0 {
		basis = claims.NoBasis
	}
	return out, basis
}

// relayedOwn replaces in ids a channel's report with the responder's words it relays:
// "said he had been misquoted by a news channel that reported him as saying …" sets him
// right about the words the channel gave him, not about the channel's own claim.
func relayedOwn(rs []responder, ask asker, ids []string) []string {
	for n, id := range ids {
		j := slices.IndexFunc(rs, func(r responder) bool { return r.id == id })
		if j < 0 {
			continue
		}
		if m := slices.IndexFunc(rs, func(r responder) bool {
			return r.key == ask.key && r.at.via.Name != "" && r.at.via.Name == rs[j].at.speaker.Name && rs[j].at.content.Contains(r.at.content)
		}); m >= 0 {
			ids[n] = rs[m].id
		}
	}
	return ids
}

// narrationBetween reports whether a sentence that reports no one else's words stands between
// claim j and the claim at i that answers it: "Reyes said he was happy at Arsenal.
// Butragueno was angry at being impersonated. “There is no foundation to this,” he
// said." A bare "this" then points at what the narration told. The sentences are the
// units between the two, as the text was split ("Dr." ends none).
func narrationBetween(rs []responder, j, i int) bool {
	for u := rs[j].at.unit + 1; u < rs[i].at.unit; u++ {
		// A sentence of the answerer's own words is narration too ("was angry at being
		// impersonated"), unless it says nothing ("issued a statement").
		told := slices.ContainsFunc(rs, func(r responder) bool {
			return r.at.unit == u && (r.key != rs[i].key || !slices.ContainsFunc(r.at.words, func(w word) bool { return strings.HasPrefix(w.tag, "VB") }))
		})
		if !told {
			return true
		}
	}
	return false
}

// dropAnswers removes from ids the claims of rs for which drop holds.
func dropAnswers(rs []responder, ids []string, drop func(r *responder) bool) []string {
	return slices.DeleteFunc(ids, func(id string) bool {
		j := slices.IndexFunc(rs, func(r responder) bool { return r.id == id })
		return j >= 0 && drop(&rs[j])
	})
}

// circumstance reports whether a temporal or causal clause opens between from and to: the
// claim there tells when or why, not what is answered ("speculation that has circulated
// as the currency slid after the Federal Reserve signaled …").
func circumstance(text string, from, to int) bool {
	if to <= from {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(text[from:to])) {
		if subordinators[w] || w == "following" {
			return true
		}
	}
	return false
}

// madeBy reports whether r's speaker is named, in its source, its role or its body, by
// one of the words makers, plural or singular, or one that makes a doer of it: "defence" and "Defence barrister Caroline
// Asante", "students" and "the Confederation of Secondary Students".
func (a *analyser) madeBy(r responder, makers []string) bool {
	sp := r.at.speaker
	desc := strings.ToLower(r.at.source.In(a.text) + " " + sp.Name + " " + sp.Role + " " + sp.Affiliation)
	desc += " " + a.titleBefore(r)
	words := strings.FieldsFunc(desc, func(c rune) bool { return !unicode.IsLetter(c) })
	if slices.Contains(makers, "government") && slices.ContainsFunc(words, func(w string) bool {
		return w == "minister" || w == "ministry" || w == "government"
	}) {
		return true // "the government's estimate" is its minister's, or its ministry's
	}
	var ms []string // the makers worth matching, singular: "one of his deputies" a deputy
	for _, m := range makers {
		if m = singular(lastField(m)); len(m) > 3 && !weakMakers[m] {
			ms = append(ms, m)
		}
	}
	for _, w := range words {
		w = singular(w)
		if w == "vice" {
			w = "deputy" // "Vice Governor" is the governor's deputy
		}
		for _, m := range ms {
			if m == w || len(w) >= 6 && strings.HasPrefix(m, w) || oneStem(m, w) {
				return true // "campaigners" and the "Cycling Campaign", "a regulator" and the "Regulatory Commission"
			}
		}
	}
	return false
}

// singular returns a plural noun's singular, roughly: "deputies" → "deputy", "campaigners"
// → "campaigner".
func singular(w string) string {
	if t, ok := strings.CutSuffix(w, "ies"); ok && len(t) > 2 {
		return t + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// oneStem reports whether two words are spelled from one stem of seven letters or more,
// each adding at most two: "regulator" and "regulatory", not "regulation" and
// "regulator", nor "minister" and "ministry".
func oneStem(a, b string) bool {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	return p >= 7 && len(a)-p <= 2 && len(b)-p <= 2
}

// titleBefore returns, in lower case, the words just before r's source that describe
// its speaker: "defence barrister" in "Defence barrister Caroline Asante", "the
// alliance's secretary-general" in "The alliance's secretary-general, Agnes Wambui".
func (a *analyser) titleBefore(r responder) string {
	if r.at.source.Len() == 0 {
		return ""
	}
	k := wordAt(r.words, r.at.source.Start)
	if k > 0 && strings.ContainsAny(a.text[r.words[k-1].span.Start:r.at.source.Start], "\"“”") {
		return "" // "“…contradicted his minister,” she said": the quotation is no title
	}
	lim := 3
	if k > 0 && r.words[k-1].text == "," {
		k, lim = k-1, 6
	}
	var out []string
	for m := k - 1; m >= 0 && m >= k-lim && !r.words[m].punc; m-- {
		out = append(out, r.words[m].low)
	}
	return strings.Join(out, " ")
}

// partOf reports whether r speaks for the body named body: its source or title holds the
// body's name, or its head noun as an owner ("the group's chief operations officer" for
// "South Leinster Hospital Group").
func (a *analyser) partOf(r responder, body string) bool {
	body = strings.ToLower(body)
	f := strings.Fields(body)
	if len(f) == 0 || r.at.speaker.Kind == claims.Author {
		return false
	}
	desc := strings.ToLower(r.at.source.In(a.text)) + " " + a.titleBefore(r)
	head := f[len(f)-1]
	return len(f) > 1 && strings.Contains(desc, body) || strings.Contains(desc, head+"'s") || strings.Contains(desc, head+"’s")
}

// weakMakers name too many speakers to say whose a remark is.
var weakMakers = map[string]bool{"official": true, "source": true, "critic": true, "people": true, "expert": true, "analyst": true, "report": true, "government": true}

// sentenceWords returns the content words of the sentence of unit ui, from a claim of it.
func (a *analyser) sentenceWords(ui int, rs []responder) []string {
	for _, r := range rs {
		if r.at.unit == ui {
			var out []string
			for _, w := range r.words {
				if !w.punc && len(w.low) >= 3 && !functionWords[w.low] && !determiners[w.low] && !prepositions[w.low] && !isPronoun(w) && !a.lx.responses.remark[w.low] {
					out = append(out, w.low)
				}
			}
			return out
		}
	}
	return nil
}

// putsQuestion reports whether the sentence of words ws puts a question to its speaker: "Asked whether
// …", "Pressed on whether …".
func putsQuestion(ws []word) bool {
	for i, w := range ws {
		if w.low != "asked" && w.low != "pressed" && w.low != "questioned" {
			continue
		}
		for _, q := range ws[i+1 : min(i+3, len(ws))] {
			if q.low == "whether" || q.low == "if" || q.low == "why" || q.low == "what" || q.low == "how" {
				return true // not "when asked about the union's claim", which is answered
			}
		}
	}
	return false
}

// namesRemark reports whether the sentence of r speaks of the remark by its noun: "The
// allegations were made on Wednesday by a city councillor, Nadia Brooks, who said …".
func (a *analyser) namesRemark(r responder, remark string) bool {
	for _, w := range r.words {
		if strings.TrimSuffix(w.low, "s") == remark {
			return true
		}
	}
	return false
}

// mentions reports whether the text of s names the responder: their last name, or the
// body they speak for ("Russia committed war crimes" is what Moscow denies).
func (a *analyser) mentions(s claims.Span, ask asker) bool {
	var names []string
	for _, n := range []string{ask.key, strings.ToLower(ask.body)} {
		if f := strings.Fields(n); len(f) > 0 {
			names = append(names, f[len(f)-1])
		}
		for _, w := range strings.Fields(n) {
			// "Hale's office" speaks for Hale.
			if p, ok := strings.CutSuffix(strings.TrimSuffix(w, "’s"), "'s"); ok || p != w {
				names = append(names, p)
			}
		}
	}
	for _, w := range scanWords(a.text, s) {
		if w.cap && slices.Contains(names, w.low) {
			return true
		}
	}
	return false
}

// reportsSaying reports whether the content s reports the responder of ask saying or
// telling something: "chief executive Alan Kerr had told him …".
func (a *analyser) reportsSaying(s claims.Span, ask asker) bool {
	f := strings.Fields(ask.key)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	ws := scanWords(a.text, s)
	for i, w := range ws {
		if !w.cap || w.low != last {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			switch ws[k].low {
			case "said", "says", "told", "tells", "telling", "saying", "promised", "assured", "insisted":
				return true
			}
		}
	}
	return false
}

// cueIs reports whether the cue of at is the verb of the remark noun: "reported" for "the
// report", "claimed" for "the claims", "alleged" for "the allegations".
func (a *analyser) cueIs(at *attribution, remark string) bool {
	cue := strings.ToLower(strings.Fields(at.cue.In(a.text) + " x")[0])
	if cue == "x" {
		return false
	}
	for _, l := range wordnet.Lemmas(cue, wordnet.Verb) {
		n := min(len(l), len(remark), 4)
		if l == remark || l[:n] == remark[:n] && wordnet.Related(l, remark, wordnet.AnyPOS) {
			return true // the same word, or its derivation: "allege" and "allegation"
		}
	}
	return false
}

// within returns the words of ws up to the end of span s: what is read inside a quotation
// stays inside it.
func within(ws []word, s claims.Span) []word {
	k := len(ws)
	for k > 0 && ws[k-1].span.End > s.End {
		k--
	}
	return ws[:k]
}

// sameSpeakerName reports whether sp is the speaker called name.
func sameSpeakerName(sp claims.Speaker, name string) bool {
	if strings.EqualFold(sp.Name, name) {
		return true
	}
	for _, al := range sp.Aliases {
		if strings.EqualFold(al, name) {
			return true
		}
	}
	l, n := strings.ToLower(sp.Name), strings.ToLower(name)
	if strings.HasSuffix(l, " "+n) || strings.HasSuffix(n, " "+l) {
		return true
	}
	// A body named for its chief's words: "an offer from Sentinel Networks" is answered by
	// Sentinel's chief executive.
	f := strings.ToLower(sp.Affiliation)
	if staffOfPerson(sp) {
		f = "" // "his office" is not the minister it speaks for
	}
	// A portfolio before its office ("Police Minister": "police") heads no body's name:
	// the Police Federation is not the minister's.
	portfolio := f != "" && strings.HasPrefix(strings.ToLower(sp.Role), f+" ")
	return f != "" && (f == n || !portfolio && (strings.HasPrefix(n, f+" ") || strings.HasPrefix(f, n+" "))) ||
		acronymOf(sp.Name, name) || acronymOf(name, sp.Name) || sp.Affiliation != "" && (acronymOf(sp.Affiliation, name) || acronymOf(name, sp.Affiliation))
}

// acronymOf reports whether short is the initials of long's capitalised words: "IMF" and
// "International Monetary Fund".
func acronymOf(short, long string) bool {
	if len(short) < 2 || strings.ToUpper(short) != short || strings.Contains(short, " ") {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(long) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String() == short
}

// contentWords returns the lower-case words of text[s] that carry meaning: no function
// words, pronouns or numbers.
func contentWords(text string, s claims.Span) []string {
	var out []string
	for _, w := range scanWords(text, s) {
		if contentWord(w) {
			out = append(out, w.low)
		}
	}
	return out
}

// contentWord reports whether w says something of its own: no punctuation, short or
// function word, auxiliary, determiner, preposition or pronoun.
func contentWord(w word) bool {
	return !w.punc && len(w.low) >= 3 && !functionWords[w.low] && !auxWords[w.low] && w.low != "being" && !determiners[w.low] && !prepositions[w.low] && !isPronoun(w)
}

// commonWords returns the content words of s that are no names: those not capitalised,
// or capitalised only as the first word.
func commonWords(text string, s claims.Span) []string {
	var out []string
	for i, w := range scanWords(text, s) {
		if contentWord(w) && !(w.cap && i > 0) {
			out = append(out, w.low)
		}
	}
	return out
}

// verbWords returns the lower-case verbs of s that say an act: "met" in "he had met Lee",
// "agree" in "he wants to agree a deal"; no auxiliary, nor a verb before "to".
func verbWords(text string, s claims.Span) []string {
	var out []string
	ws := taggedWords(text, s)
	for i, w := range ws {
		if isVerbTag(w.tag) && !auxWords[w.low] && w.low != "being" && (i+1 == len(ws) || ws[i+1].low != "to") {
			out = append(out, w.low)
		}
	}
	return out
}

// beforeBecause returns clause up to a reason adjunct: "they had been forced out early
// because of the reports claiming …" denies being forced out, not the reports.
func beforeBecause(text string, clause claims.Span) claims.Span {
	for _, w := range scanWords(text, clause) {
		if w.low == "because" && w.span.Start > clause.Start {
			return claims.Span{Start: clause.Start, End: w.span.Start}
		}
	}
	return clause
}

// gerundHead returns the verb of an action a clause opens with, lower case: "raising" in
// "raising the state pension age"; "" when it opens otherwise.
func gerundHead(text string, clause claims.Span) string {
	ws := scanWords(text, clause)
	if len(ws) < 2 || !strings.HasSuffix(ws[0].low, "ing") || len(ws[0].low) < 6 || ws[0].cap {
		return ""
	}
	if !determiners[ws[1].low] && !strings.HasPrefix(ws[1].low, "the") {
		return ""
	}
	return ws[0].low
}

// proposedAct returns the act a remark noun proposes, when the text gives it: the gerund
// in "talk of moving the auction", "the idea of raising fees", or the participle in
// "suggestions that the auction could be moved"; else "".
func proposedAct(text string, s claims.Span) string {
	ws := scanWords(text, s)
	for k := 0; k+2 < len(ws) && k < 4; k++ {
		if !proposalNouns[strings.TrimSuffix(ws[k].low, "s")] {
			continue
		}
		if ws[k+1].low == "of" && strings.HasSuffix(ws[k+2].low, "ing") && len(ws[k+2].low) >= 6 {
			return ws[k+2].low
		}
		if ws[k+1].low == "that" {
			for j := k + 2; j+1 < len(ws) && j < k+10; j++ {
				if (ws[j].low == "be" || ws[j].low == "been") && strings.HasSuffix(ws[j+1].low, "ed") {
					return ws[j+1].low
				}
			}
		}
		return ""
	}
	return ""
}

// proposalNouns put forward something that might be done: "talk of moving", "suggestions
// that it could be moved".
var proposalNouns = map[string]bool{"talk": true, "suggestion": true, "idea": true, "speculation": true, "rumour": true, "rumor": true, "proposal": true, "plan": true, "call": true, "demand": true}

// sharesStem reports whether one of words shares its first four letters with act: "raise"
// and "raising", "publish" and "publication".
func sharesStem(act string, words []string) bool {
	stem, ok := strings.CutSuffix(act, "ing")
	if !ok {
		stem = strings.TrimSuffix(act, "ed")
	}
	if k := len(stem); k >= 3 && stem[k-1] == stem[k-2] && !strings.ContainsRune("aeiouls", rune(stem[k-1])) {
		stem = stem[:k-1] // "cutting", "planned": "cut", "plan"
	}
	n := min(4, len(stem))
	for _, w := range words {
		if len(w) >= n && w[:n] == stem[:n] {
			return true
		}
	}
	return false
}

// sharedWords counts the distinct words of a found in b, by their first five letters so
// that "breached" meets "breaches".
func sharedWords(a, b []string) int {
	stem := func(s string) string { return s[:min(len(s), 5)] }
	seen := map[string]bool{}
	for _, w := range b {
		seen[stem(w)] = true
	}
	n := 0
	done := map[string]bool{}
	for _, w := range a {
		if s := stem(w); seen[s] && !done[s] {
			done[s] = true
			n++
		}
	}
	return n
}

// bodyNoun reports whether n is a noun for a body: "trust", "agency", "council".
func bodyNoun(n string) bool {
	_, ok := bodyClass(n)
	return ok
}

// retells reports whether a headline's claim at tells of the response whose phrase is
// phrase: it holds the phrase's first word, or its stem ("misquoted" and "misquote").
func retells(text string, at *attribution, phrase string) bool {
	f := strings.Fields(strings.ToLower(phrase))
	if len(f) == 0 {
		return false
	}
	stem := f[0]
	if len(stem) > 6 {
		stem = stem[:len(stem)-2]
	}
	return strings.Contains(strings.ToLower(at.source.In(text)+" "+at.cue.In(text)+" "+at.content.In(text)), stem)
}

// questionBefore returns the interviewer's question line that ends just before pos,
// with nothing but the answer's "A:" between.
func (a *analyser) questionBefore(pos int) (claims.Span, bool) {
	for k := len(a.questions) - 1; k >= 0; k-- {
		q := a.questions[k]
		if q.End <= pos {
			gap := strings.TrimSpace(a.text[q.End:pos])
			if i := strings.LastIndex(gap, "?"); i >= 0 && !strings.Contains(gap[:i], "\n") {
				gap = strings.TrimSpace(gap[i+1:]) // the question's own last sentence: "… Is that fair?"
			}
			if gap == "" || strings.HasPrefix(gap, "A:") && len(gap) < 12 || strings.HasPrefix(gap, "Answer:") && len(gap) < 16 {
				return q, true
			}
			return claims.Span{}, false
		}
	}
	return claims.Span{}, false
}

// nameWithin reports whether person a's name of two words or more runs inside person b's
// longer name, short of its last word: "Mohd Faizal" in "Datuk Mohd Faizal Ismail".
func nameWithin(a, b claims.Speaker) bool {
	if a.Kind != claims.Person || b.Kind != claims.Person || strings.Count(a.Name, " ") < 1 || len(a.Name) >= len(b.Name) {
		return false
	}
	return strings.Contains(" "+b.Name, " "+a.Name+" ")
}

// relationalNouns name a person by their tie to another, in the singular: "her
// colleague", "his predecessor".
var relationalNouns = map[string]bool{
	"colleague": true, "counterpart": true, "predecessor": true, "successor": true, "boss": true,
	"superior": true, "ally": true, "rival": true, "opponent": true,
}

// anaphoric reports whether a content only points back at its object: "have opposed it".
func anaphoric(content string) bool {
	return demonstratives[content] || content == "it" || content == "them"
}

// speakerSex returns 'm' or 'f' for the person whose speaker key is key, as the text tells: by
// what it noted, else by a claim of theirs whose source is "he" or "she"; else 0.
func (a *analyser) speakerSex(rs []responder, key, name string) byte {
	if g := a.sex[name]; g != 0 {
		return g
	}
	for _, r := range rs {
		if r.key != key {
			continue
		}
		switch strings.ToLower(r.at.source.In(a.text)) {
		case "he":
			return 'm'
		case "she":
			return 'f'
		}
	}
	return 0
}

// requested reports whether the phrase at span opens with what one asks to be granted:
// "a defence motion to …", "bail", "his request for …", "the application". Not a noun
// after "that" or a preposition: "reports that access would be cut" are words.
func requested(text string, span claims.Span) bool {
	for i, w := range strings.Fields(strings.ToLower(span.In(text))) {
		w = strings.Trim(w, ".,;:")
		if i >= 3 || w == "that" || prepositions[w] {
			return false
		}
		if requestNouns[w] {
			return true
		}
	}
	return false
}

// requestNouns name what a court, an office or a board grants or refuses.
var requestNouns = map[string]bool{"motion": true, "motions": true, "request": true, "requests": true, "application": true, "applications": true,
	"appeal": true, "appeals": true, "bail": true, "permission": true, "petition": true, "petitions": true, "access": true, "entry": true, "parole": true, "waiver": true, "extension": true}

// suchNoun returns the noun after "such" in a response's phrase, singular: "commitment"
// of "no such commitment"; else "".
func suchNoun(phrase string) string {
	f := strings.Fields(strings.ToLower(phrase))
	for i, w := range f {
		if w == "such" && i+1 < len(f) {
			return singular(strings.Trim(f[i+1], ".,;:\"'”’"))
		}
	}
	return ""
}
