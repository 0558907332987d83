package extract

// timescene.go dates a statement with no time of its own by the place the article has
// set for it: the scene of its paragraph, the last place of its speaker (its statements,
// narration naming it), the remarks a later sentence dates; and reads the times the
// narration tells outside any statement ("Sanders won the primary on Tuesday", "Pete King
// spoke to reporters afterwards").

import (
	"slices"
	"strconv"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

// remark dates a statement by a later sentence that dates its speaker's remarks: "Lavrov
// made the remarks on Sunday".
func (d *dater) remark(i int) bool {
	// Only a sentence just after the remarks tells of them: in their paragraph or the
	// next two.
	r := d.rank[d.units[d.ats[i].unit].para]
	var near []remark
	for _, rm := range d.a.remarks {
		if rm.span.Start > d.anchor(i) && d.rank[rm.para] <= r+2 {
			near = append(near, rm)
		}
	}
	w, ok := remarksTime(d.ats[i].speaker, near)
	if ok {
		d.set(i, w, byOccasion, w.Text)
	}
	return ok
}

// goesOn dates a statement as its speaker's last one in its paragraph, when a relation
// dated that one: "At the time, Haycock said the decision was final. “…,” he said." The
// quotation goes on at that time, not at the lede's or at a later day's remarks.
func (d *dater) goesOn(i int) bool {
	para := d.units[d.ats[i].unit].para
	for j := i - 1; j >= 0 && d.units[d.ats[j].unit].para == para; j-- {
		if !d.ats[j].nested && sameVoice(d.ats[j].speaker, d.ats[i].speaker) {
			if d.rule[j] != byRelation || !d.out[j].Known() {
				return false
			}
			d.set(i, d.out[j], byRelation, d.desc[j])
			return true
		}
	}
	return false
}

// continues dates a statement by the last place the article has set before it: the
// scene of its paragraph (another statement's occasion, "At a press conference on
// Friday, the governor said …; the deputy governor said …", or its narration), or the
// last place of its speaker (its own last statement, or narration that names it: "the
// frustration boiled over at a rally on Wednesday night when Mr. Sanders …"). When the
// speaker's last statement is at an occasion the article does not date, so is this one.
func (d *dater) continues(i int) bool {
	at := d.ats[i]
	para := d.units[at.unit].para
	pos := d.anchor(i)
	// Out of the lede, a statement in the present ("Russia says it will halt …") is a
	// standing position: only its speaker's own occasion of the last paragraphs places it
	// ("On Monday night, Mook released a memo. He writes …").
	own := d.tense(i).present && !d.tense(i).perfect
	r := d.rank[para]
	var best event
	found := false
	for k := len(d.events) - 1; k >= 0; k-- {
		ev := d.events[k]
		if ev.pos >= pos || d.above(ev.unit) {
			continue
		}
		if own && d.rank[d.units[ev.unit].para] < r-2 {
			break
		}
		if own && ev.stmt >= 0 && !d.ats[ev.stmt].nested && sameVoice(d.ats[ev.stmt].speaker, at.speaker) || !own && (d.units[ev.unit].para == para && !d.document(i) || d.places(ev, at.speaker) && !d.stale(i, ev)) {
			best, found = ev, true
			break
		}
	}
	if j, ok := d.lastStatement(i); ok && !dated(d.out[j]) && (!found || d.anchor(j) > best.pos) && d.entry[d.ats[j].unit] == d.entry[at.unit] {
		// its speaker's last statement is at an occasion the article does not date
		d.set(i, claims.When{}, byUndated, "")
		d.occ[i] = d.occ[j]
		return true
	}
	if !found && !own && !d.document(i) {
		best, found = d.ledeScene(i)
	}
	if !found || d.entry[at.unit] >= 0 && d.entry[best.unit] != d.entry[at.unit] && !own {
		return d.entryDay(i)
	}
	if ev, ok := d.movedBack(best.pos, i); ok {
		d.set(i, inherit(ev.when, ev.desc), byOccasion, ev.desc)
		d.occ[i] = occasionMention{}
		return true
	}
	if main, ok := d.mainLine(i, best); ok {
		best = main
	}
	d.set(i, inherit(best.when, best.desc), byOccasion, best.desc)
	d.occ[i].noun, d.occ[i].medium = best.noun, best.medium
	return true
}

// movedBack returns the time a sentence opens with to move the article back from the
// day it had set, to a month or a year, between that day (told at pos) and statement
// i, in i's paragraph or the two before: "Back in September, he wrote a letter to
// Zucker. …"; "In April 2009, Band emailed Abedin. …". The statements after it are of
// that time, not of the day before it.
func (d *dater) movedBack(pos, i int) (event, bool) {
	end, r := d.anchor(i), d.rank[d.units[d.ats[i].unit].para]
	for ui, u := range d.units {
		if u.span.Start <= pos || u.span.Start >= end || u.kind != body || d.rank[u.para] < r-2 {
			continue
		}
		es := d.timesIn(ui)
		if len(es) == 0 {
			continue
		}
		e := es[0]
		lead := strings.ToLower(strings.TrimSpace(d.a.text[u.span.Start : u.span.Start+e.Span.Start]))
		if lead != "" && lead != "back" || e.Since || e.Kind != timex.Calendar || !strings.HasPrefix(strings.ToLower(e.Text), "in ") {
			continue // "In April 2009, …", "Back in September, …"
		}
		w := e.Resolve(d.pub)
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		if w.Precision != claims.Month && w.Precision != claims.Year || d.wrapped(e, w) || d.future(u, sp) {
			continue
		}
		return event{pos: sp.Start, unit: ui, stmt: -1, when: w, desc: e.Text + ", where its paragraph moved back"}, true
	}
	return event{}, false
}

// ledeScene returns the occasion the lede dates, which is the scene of the article for a
// statement nothing else places: the quotations of a debate, a summit or a match after
// "The candidates clashed on Thursday night in the final debate"; and the day the lede
// tells in the past though it names no occasion ("Clinton made it clear to House
// Democrats on Wednesday …"); either until the article tells another time. When the lede tells
// no day, the paragraph after it may set the scene ("… left attendees at Thursday's
// summit amused").
func (d *dater) ledeScene(i int) (event, bool) {
	pos := d.anchor(i)
	ri := d.rank[d.units[d.ats[i].unit].para]
	if ri <= d.lede || d.writes(i) {
		return event{}, false // "…, wrote Morton Klein": a written act of its own
	}
	for r := d.lede; r <= d.lede+1 && r < ri; r++ {
		told := false // the paragraph tells a day gone by
		for ui, u := range d.units {
			if u.span.Start >= pos || u.kind != body || d.above(ui) || d.rank[u.para] != r {
				continue
			}
			for _, e := range findTimes(u.span.In(d.a.text)) {
				sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
				if e.Since || !dayExpr(e) || d.future(u, sp) || d.follows(u, sp) {
					continue
				}
				w := e.Resolve(d.pub)
				if !dated(w) || d.wrapped(e, w) {
					continue
				}
				told = true
				m, _ := d.occasionAround(ui, sp)
				if m.noun == "" {
					m = d.placedOccasion(ui)
				}
				if m.noun != "" && !m.written && !oneVoice[m.noun] && !d.movedOn(sp.Start, pos, w) {
					return event{pos: sp.Start, unit: ui, stmt: -1, noun: m.noun, medium: m.medium, when: w, day: true, desc: "the " + m.noun + " " + withPrep(e.Text)}, true
				}
				// the lede's narration tells what the article reports, on its day, though
				// it names no occasion: "the two chief antagonists on Thursday night
				// largely abandoned their strategy …. “…,” Mr. Cruz said."
				if m.noun == "" && d.toldPast(u) && (ri == r+1 || d.inLedeNews(i, r) && !d.movedOn(sp.Start, pos, w)) {
					return event{pos: sp.Start, unit: ui, stmt: -1, when: w, day: true, desc: "the lede's " + bare(e.Text)}, true
				}
			}
		}
		if told {
			break
		}
	}
	return event{}, false
}

// writes reports whether statement i's cue is an act of writing: "wrote", "tweeted".
func (d *dater) writes(i int) bool {
	ws := scanWords(d.a.text, d.ats[i].cue)
	return len(ws) > 0 && writeCues[ws[0].low]
}

var writeCues = map[string]bool{"wrote": true, "writes": true, "tweeted": true, "tweets": true, "posted": true, "posts": true}

// movedOn reports whether the article tells another time than the day w between from and
// to: another day, or a week, month or year gone by before it ("last week", "In a 2014
// interview"), in its narration or for a statement by its own words or a relation. A
// period that holds w ("This year more than ever, …") does not move it.
func (d *dater) movedOn(from, to int, w claims.When) bool {
	for _, list := range [][]event{d.times, d.events} {
		for _, ev := range list {
			if ev.pos <= from || ev.pos >= to || !d.tells(ev) || ev.stmt < 0 && d.describes(ev) {
				continue
			}
			if ev.day && (ev.when.Precision != w.Precision || ev.when.Date != w.Date || ev.when.Relative != w.Relative) {
				return true
			}
			if !ev.day && ev.when.Precision != claims.Unknown && w.Precision == claims.Day && periodEnd(ev.when).Before(w.Date) && !d.sinceClause(ev) {
				return true
			}
		}
	}
	return false
}

// describes reports whether the time of narration ev stands in a relative clause that
// tells who someone is, which does not move the article: "young men like Clarence Howard,
// 22, who was fatally shot in June by a deputy".
func (d *dater) describes(ev event) bool {
	u := d.units[ev.unit].span
	s := d.a.text[u.Start:ev.pos]
	for _, p := range []string{", who ", ", which ", ", whose "} {
		if k := strings.LastIndex(s, p); k >= 0 && !strings.ContainsAny(s[k+len(p):], ",;") {
			return true
		}
	}
	return false
}

// sinceClause reports whether the time of ev opens a state that lasts to now: "have
// fallen since the chamber flipped six years ago".
func (d *dater) sinceClause(ev event) bool {
	ws := scanWords(d.a.text, claims.Span{Start: d.units[ev.unit].span.Start, End: ev.pos})
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-10; k-- {
		if ws[k].punc {
			return false
		}
		if ws[k].low == "since" {
			return true
		}
	}
	return false
}

// periodEnd returns the last day of the period w names.
func periodEnd(w claims.When) claims.Date {
	end := w.Date
	switch w.Precision {
	case claims.Week:
		end = end.AddDays(6)
	case claims.Month:
		end = claims.NewDate(end.Year, end.Month+1, 0)
	case claims.Year:
		end = claims.NewDate(end.Year, 12, 31)
	}
	return end
}

// tells reports whether ev tells a time: the narration's, or a statement's own words or
// relation; a statement dated by its scene tells none.
func (d *dater) tells(ev event) bool {
	return ev.stmt < 0 || d.rule[ev.stmt] == byOwn || d.rule[ev.stmt] == byRelation
}

// oneVoice are occasions of one speaker, which are no scene for others: "Ann Ruiz said
// in a speech on Tuesday" does not place her daughter's words.
var oneVoice = map[string]bool{"interview": true, "speech": true, "remarks": true, "comments": true, "testimony": true, "appearance": true}

// placedOccasion returns the first occasion unit ui places something at: "lashed out at
// the president, and at each other, in a debate".
func (d *dater) placedOccasion(ui int) occasionMention {
	for _, m := range d.occasionsOf(ui) {
		if m.noun != "" && m.places && m.ref != refAfter {
			return m
		}
	}
	return occasionMention{}
}

// mainLine returns the speaker's day the article comes back to after a flashback: when
// the last place of statement i's speaker, in an earlier paragraph, is a time not told
// to the day and before a day the article had placed that speaker at ("told the Times
// then", in June, between quotations of an interview on Thursday).
func (d *dater) mainLine(i int, last event) (event, bool) {
	at := d.ats[i]
	if last.when.Precision == claims.Day && last.stmt >= 0 && (d.rule[last.stmt] == byRelation || d.flashbackUnit(last.unit)) && d.units[last.unit].para != d.units[at.unit].para {
		return d.before(i, last)
	}
	if dayOf(last.when) || last.when.Precision == claims.Unknown || d.units[last.unit].para == d.units[at.unit].para {
		return event{}, false
	}
	end := periodEnd(last.when)
	for k := len(d.events) - 1; k >= 0; k-- {
		ev := d.events[k]
		if ev.pos >= last.pos || d.above(ev.unit) || ev.when.Precision != claims.Day || !d.places(ev, at.speaker) {
			continue
		}
		if end.Before(ev.when.Date) {
			return ev, true
		}
		break
	}
	return event{}, false
}

// flashback reports whether statement j is told in the past perfect ("The issue had come
// up Friday after Trump had said …"): a look back that holds only its paragraph.
func (d *dater) flashback(j int) bool {
	t := d.tense(j)
	return t.perfect && !t.present
}

// flashbackUnit reports whether a statement of sentence ui is told in the past perfect:
// "Mr Loh had told reporters that …, adding that …" looks back with both its cues.
func (d *dater) flashbackUnit(ui int) bool {
	for j := range d.ats {
		if d.ats[j].unit == ui && d.flashback(j) {
			return true
		}
	}
	return false
}

// before returns the day the article had placed statement i's speaker at when the last
// place of that speaker, in an earlier paragraph, is a statement counted back from it:
// "Trump said on the show on Tuesday … he also stated a day earlier, “…”" holds only its
// paragraph; the next paragraphs quote the show again.
func (d *dater) before(i int, last event) (event, bool) {
	for k := len(d.events) - 1; k >= 0; k-- {
		ev := d.events[k]
		if ev.pos >= last.pos || ev.unit == last.unit || d.above(ev.unit) || ev.when.Precision != claims.Day || !d.places(ev, d.ats[i].speaker) {
			continue // the look back's own sentence places no one before it
		}
		if last.when.Date.Before(ev.when.Date) && (ev.stmt < 0 || d.rule[ev.stmt] != byLede) {
			return ev, true
		}
		break
	}
	return event{}, false
}

// places reports whether ev places speaker sp: a statement of the same voice, or a
// sentence that names sp in its narration or before its own statement's cue; not a
// statement nested in another's sentence, nor a time of narration that is another's act
// (otherActor).
func (d *dater) places(ev event, sp claims.Speaker) bool {
	if ev.stmt >= 0 && d.ats[ev.stmt].nested {
		return false // "since Clinton, at Monday's debate, cited …": a fact behind the news
	}
	if ev.stmt >= 0 && sameVoice(d.ats[ev.stmt].speaker, sp) {
		return true
	}
	u := d.units[ev.unit].span
	if ev.stmt >= 0 {
		u.End = min(u.End, ev.pos)
		// not what the statement itself says: "Netanyahu will meet Trump, officials said",
		// "WASHINGTON -- Deficits will rise, the budget office reported"
		if c := d.ats[ev.stmt].content; c.Start < u.End && c.End > u.Start {
			if c.End <= u.End {
				u.Start = c.End
			} else {
				u.End = max(u.Start, c.Start)
			}
		}
	}
	for j, at := range d.ats {
		if at.unit != ev.unit || j == ev.stmt {
			continue
		}
		switch {
		case ev.stmt >= 0 && at.content.End <= u.End && at.content.End > u.Start:
			u.Start = at.content.End // after another statement: not its subject
		case at.content.Start < u.End && at.content.End > u.Start:
			u.End = max(u.Start, at.content.Start) // not in what is said
		}
	}
	if ev.stmt < 0 && d.pronounFor(ev.unit, ev.pos, sp) {
		return true
	}
	return d.names(u, sp) && !(ev.stmt < 0 && d.otherActor(u, ev.pos, sp))
}

// pronounFor reports whether the narration of unit ui tells its time at pos of a "he" or
// "she" that stands for sp, named by the sentence before it in its paragraph: "Walsh, a
// former labor leader, had close ties to Biden. But on Sunday he finally gave Clinton a
// ringing endorsement." The pronoun is the subject: no name comes before it, and it comes
// before the time or right after it.
func (d *dater) pronounFor(ui, pos int, sp claims.Speaker) bool {
	if sp.Kind != claims.Person || ui == 0 || d.units[ui-1].para != d.units[ui].para || d.units[ui-1].kind != body {
		return false
	}
	prev := d.a.scanned(d.units[ui-1].span)
	if len(prev) == 0 || !d.names(prev[0].span, sp) && !(len(prev) > 1 && d.names(claims.Span{Start: prev[0].span.Start, End: prev[1].span.End}, sp)) {
		return false // the sentence before opens with sp's name
	}
	for k, w := range d.a.scanned(d.units[ui].span) {
		switch {
		case w.low == "he" || w.low == "she":
			return w.span.Start < pos+40
		case w.cap && k > 0 && !timeNames[w.low], w.punc && w.text != ",", k > 8:
			return false
		}
	}
	return false
}

// otherActor reports whether the time at pos, in narration that names sp, dates the act of
// another than sp: another speaker of the document, or an agent after "by", is named
// between sp's last mention and the time ("Starr investigated the suicide, an incident
// Trump brought up in an interview published Monday evening"; "Starr's remarks, first
// reported by The New York Times on Tuesday"); or sp is named only after the time, in a
// clause that follows "that" ("The school declined to comment Tuesday on reports that
// Starr had been fired").
func (d *dater) otherActor(u claims.Span, pos int, sp claims.Speaker) bool {
	if pos <= u.Start || pos >= u.End {
		return false
	}
	ws := scanWords(d.a.text, u)
	at := slices.IndexFunc(ws, func(w word) bool { return w.span.Start >= pos })
	if at < 0 {
		return false
	}
	k := at - 1
	for ; k >= 0; k-- {
		if ws[k].cap && d.names(claims.Span{Start: ws[k].span.Start, End: pos}, sp) {
			break
		}
	}
	if k < 0 {
		// named after the time only: "On Monday, Starr …", not "… on reports that Starr …"
		for _, w := range ws[at:] {
			if w.low == "that" {
				return true
			}
			if w.cap && d.names(w.span, sp) {
				break
			}
		}
		return false
	}
	for j := k + 1; j+1 < at; j++ {
		if n := j + 1; ws[j].low == "by" && (ws[n].cap || ws[n].low == "the" && n+1 < at && ws[n+1].cap) {
			return true
		}
	}
	var others []claims.Speaker
	seen := map[string]bool{}
	for _, bt := range d.ats {
		if o := bt.speaker; o.Name != "" && !seen[o.Key()] && !sameVoice(o, sp) {
			seen[o.Key()] = true
			others = append(others, o)
		}
	}
	for j := k + 1; j < at; j++ {
		if !ws[j].cap || !slices.ContainsFunc(others, func(o claims.Speaker) bool { return d.names(ws[j].span, o) }) {
			continue
		}
		// before the name, over a title: "met with Pope Francis", "of Gov. Mike Pence" name
		// whom sp met or was endorsed by
		p := j - 1
		for p > k && (ws[p].cap && !ws[p].punc || ws[p].text == ".") {
			p--
		}
		if p > k && !objectPreps[ws[p].low] {
			return true // not "Pope Francis" for the pope either
		}
	}
	return false
}

// objectPreps before a name make it the object of an act, not its actor: "met with
// Pope Francis on Saturday".
var objectPreps = map[string]bool{"with": true, "to": true, "of": true, "for": true, "against": true, "and": true, "at": true, "on": true, "from": true, "about": true, "toward": true, "towards": true, "between": true, "into": true, "over": true}

// document reports whether statement i is what a record shows or a report found ("The
// committee reported that the plan would cost $150 billion", "a poll shows"): dated by
// its own publication, not by the scene of the paragraph it is cited in.
func (d *dater) document(i int) bool {
	ws := scanWords(d.a.text, d.ats[i].cue)
	if len(ws) == 0 {
		return false
	}
	switch ws[0].low {
	case "reported", "reports", "found", "finds", "shows", "showed", "estimated", "estimates", "concluded", "concludes", "projected", "projects":
		return true
	}
	return false
}

// stale reports whether ev, which names statement i's speaker in an earlier paragraph,
// tells of a time a month or more before publication after the article had placed that
// speaker already: a feature's look back ("On Nov. 11, 2014, Mr. Obama and Mr. Xi
// announced …"), not where the speaker's next quotation comes from.
func (d *dater) stale(i int, ev event) bool {
	at := d.ats[i]
	if ev.stmt >= 0 && sameVoice(d.ats[ev.stmt].speaker, at.speaker) || d.units[ev.unit].para == d.units[at.unit].para ||
		d.pub.IsZero() || ev.when.Precision == claims.Unknown || ev.when.Date.DaysUntil(d.pub) <= 30 {
		return false
	}
	for j := 0; j < i; j++ {
		if d.anchor(j) < ev.pos && d.rule[j].placed() && !d.ats[j].nested && sameVoice(d.ats[j].speaker, at.speaker) {
			return true
		}
	}
	return false
}

// names reports whether the text of s names sp: its surname or a one-word alias.
func (d *dater) names(s claims.Span, sp claims.Speaker) bool {
	if sp.Name == "" || s.IsZero() {
		return false
	}
	words := map[string]bool{}
	ws := scanWords(d.a.text, s)
	name := strings.Fields(strings.ToLower(sp.Name))
	given := len(name) > 1 && slices.ContainsFunc(ws, func(w word) bool { return w.cap && w.low == name[0] })
	for k, w := range ws {
		if !w.cap {
			continue
		}
		// "Donald Trump" does not name Ivanka Trump: a surname after another given name,
		// unless hers is there too ("Khizr and Ghazala Khan")
		if p := k - 1; !given && p > 0 && ws[p].cap && !ws[p].punc && !ws[p-1].punc && len(name) > 1 && !slices.Contains(name, ws[p].low) && !functionWords[ws[p].low] && !d.a.lx.roleWord(ws[p].low) && !d.a.lx.parties[ws[p].low] {
			continue
		}
		words[w.low] = true
	}
	if sp.Kind == claims.Person {
		if last := strings.ToLower(lastName(sp.Name)); len(last) > 2 && words[last] {
			return true
		}
	}
	low := strings.ToLower(s.In(d.a.text))
	for k, n := range append([]string{sp.Name}, sp.Aliases...) {
		f := strings.Fields(strings.ToLower(n))
		if k > 0 && !d.naming(f) {
			continue // an alias "Senator", "Republican Senator": a title others bear too
		}
		if len(f) == 1 && len(f[0]) > 3 && words[f[0]] || len(f) > 1 && strings.Contains(low, strings.Join(f, " ")) {
			return true
		}
	}
	return false
}

// naming reports whether the words of a name hold one that is no title or party.
func (d *dater) naming(f []string) bool {
	for _, w := range f {
		if !d.a.lx.roleWord(w) && !d.a.lx.parties[w] {
			return true
		}
	}
	return false
}

// lastStatement returns the last statement before i of the same voice that the article
// placed, outside headlines.
func (d *dater) lastStatement(i int) (int, bool) {
	sp := d.ats[i].speaker
	for j := i - 1; j >= 0; j-- {
		if d.rule[j].placed() && !d.ats[j].nested && !d.above(d.ats[j].unit) && sameVoice(d.ats[j].speaker, sp) {
			return j, true
		}
	}
	return 0, false
}

// lastPlacing returns the last event that places statement i's speaker.
func (d *dater) lastPlacing(i int) (event, bool) {
	pos := d.anchor(i)
	for k := len(d.events) - 1; k >= 0; k-- {
		if ev := d.events[k]; ev.pos < pos && !d.above(ev.unit) && d.places(ev, d.ats[i].speaker) && !d.stale(i, ev) {
			return ev, true
		}
	}
	return event{}, false
}

// lastDay returns the last day told before statement i, outside headlines, in its
// paragraph or the two before (a quotation may stand between): what "an hour later"
// counts from.
func (d *dater) lastDay(i int) (event, bool) {
	return d.dayBefore(d.anchor(i), d.rank[d.units[d.ats[i].unit].para])
}

// dayBefore returns the last time told before pos, outside headlines, in the paragraph of
// rank r or the two before, when it is a day.
func (d *dater) dayBefore(pos, r int) (event, bool) {
	var last event
	found := false
	for _, list := range [][]event{d.events, d.times} {
		for k := len(list) - 1; k >= 0; k-- {
			ev := list[k]
			if ev.pos >= pos || d.above(ev.unit) {
				continue
			}
			if d.rank[d.units[ev.unit].para] >= r-2 && (!found || ev.pos > last.pos) {
				last, found = ev, true
			}
			break
		}
	}
	// counted from a time not told to the day ("at the convention in July … the following
	// morning"), it has no day either
	return last, found && last.day
}

// narrate records the times that unit ui's narration tells outside any statement: "Sanders
// won the primary on Tuesday", "Trump held a rally on Wednesday night".
func (d *dater) narrate(ui int) {
	u := d.units[ui]
	if u.kind != body {
		return
	}
	d.eve(ui)
	var contents, owns []claims.Span
	for j, at := range d.ats {
		if at.unit == ui {
			contents = append(contents, at.content)
			if d.own[j].ok && !d.whenTime(at.relWords) {
				owns = append(owns, d.own[j].e.Span) // not "at a rally on Wednesday night when X said": the narration's too
			}
		}
	}
	for _, e := range d.timesIn(ui) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		// A statement's own time is told with it, and so is one of an "after …" phrase in its
		// sentence. In narration alone, that phrase moves the article on to its day when the
		// day is later than the last one told ("Kerry met Lavrov on Sunday. … The effort fell
		// short, after a meeting on Monday between …"); else it tells only that its
		// sentence came later, as "before …" and "until …" ones look ahead.
		if e.Since || slices.Contains(owns, sp) || d.future(u, sp) || d.follows(u, sp) && (len(contents) > 0 || !d.movesOn(u, sp, e)) {
			continue
		}
		inside := false
		for _, c := range contents {
			inside = inside || overlaps(c, sp)
		}
		m, onOccasion := d.occasionAround(ui, sp)
		if e.Kind == timex.Anchored {
			// "Pete King spoke to reporters afterwards": counted from the last day told.
			days, counted := e.Relative()
			ev, ok := d.dayBefore(sp.Start, d.rank[u.para])
			if inside || !counted || !ok || d.countsFromNext(e, sp) {
				continue
			}
			w := d.counted(e.Text+", counted from "+ev.desc, days, ev.when)
			desc := ev.desc
			if days != 0 || m.noun != "" {
				desc = w.Text
			}
			d.events = append(d.events, event{pos: sp.Start, unit: ui, stmt: -1, noun: m.noun, medium: m.medium, when: w, day: true, desc: desc})
			continue
		}
		if inside || e.Attributive && !onOccasion && !(e.Kind == timex.Weekday && d.a.text[sp.End:min(sp.End+1, len(d.a.text))] != " ") {
			continue // not "the March 29 talks"; but "Tuesday's primary" is an event of the day
		}
		clause := u // a relative clause tells its own tense: "Cruz, who needs a win in Tuesday's primary, won"
		rc := d.relClause(u, sp)
		if !rc.IsZero() {
			clause.span = rc
		}
		// "Trump and Clinton meet for the first debate Monday": a time to come; "hosts a
		// Sunday show": a habit; "the fiscal year, which ends Sept. 30, …": a date of the
		// calendar, not of the news
		if (e.Kind == timex.Weekday || e.Kind == timex.Deictic && !e.Attributive || e.Kind == timex.Calendar && !rc.IsZero()) && !d.toldPast(clause) {
			continue
		}
		w := e.Resolve(d.pub)
		if !inside && !d.wrapped(e, w) && e.Kind != timex.Vague && dated(w) {
			d.times = append(d.times, event{pos: sp.Start, unit: ui, stmt: -1, when: w, day: dayExpr(e), desc: withPrep(e.Text)})
		}
		if d.wrapped(e, w) || w.Precision == claims.Month || w.Precision == claims.Year || !dayExpr(e) && w.Precision == claims.Unknown && e.Kind != timex.Weekday && e.Kind != timex.Deictic ||
			e.Kind == timex.Vague && !strings.HasSuffix(strings.ToLower(e.Text), " ago") {
			continue // "in 2020", "in May", "previously": a fact of the past, not where the article is
		}
		desc := "the events of " + bare(e.Text)
		if m.noun != "" {
			desc = "the " + m.noun + " " + withPrep(e.Text)
		}
		d.events = append(d.events, event{pos: sp.Start, unit: ui, stmt: -1, noun: m.noun, medium: m.medium, when: w, day: dayExpr(e), desc: desc})
	}
}

// movesOn reports whether the day e at sp, in a phrase of follows, opens with "after"
// or "following" and is later than the last day the article has told before it.
func (d *dater) movesOn(u unit, sp claims.Span, e timex.Expr) bool {
	if !dayExpr(e) {
		return false
	}
	ws := scanWords(d.a.text, claims.Span{Start: u.span.Start, End: sp.Start})
	after := false
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-10; k-- {
		if followWords[ws[k].low] {
			after = ws[k].low == "after" || ws[k].low == "following"
			break
		}
	}
	w := e.Resolve(d.pub)
	if !after || w.Precision != claims.Day {
		return false
	}
	for k := len(d.events) - 1; k >= 0; k-- {
		if ev := d.events[k]; ev.pos < sp.Start && ev.when.Precision == claims.Day {
			return ev.when.Date.Before(w.Date)
		}
	}
	return false
}

// eve records "On the eve of the summit" in unit ui's narration: the day before the
// occasion named, when the article dates it.
func (d *dater) eve(ui int) {
	ws := d.a.scanned(d.units[ui].span)
	for k := 1; k+2 < len(ws); k++ {
		if ws[k].low != "eve" || ws[k-1].low != "the" || ws[k+1].low != "of" {
			continue
		}
		for _, m := range d.occasionsOf(ui) {
			if m.noun == "" || m.span.Start < ws[k+1].span.End || m.span.Start > ws[k+1].span.End+20 {
				continue
			}
			ev, ok := d.datedOccasion(m.noun, ws[k].span.Start)
			if !ok {
				break
			}
			w := d.counted("the eve of "+ev.desc, -1, ev.when)
			d.events = append(d.events, event{pos: ws[k].span.Start, unit: ui, stmt: -1, when: w, day: true, desc: w.Text})
			break
		}
	}
}

// datedOccasion returns the occasion of kind noun the article dates to the day: the last
// one told before pos, else the first after it.
func (d *dater) datedOccasion(noun string, pos int) (event, bool) {
	var before, after event
	hasBefore, hasAfter := false, false
	for _, list := range [][]event{d.events, d.facts} {
		for _, ev := range list {
			if ev.noun != noun || ev.when.Precision != claims.Day {
				continue
			}
			if ev.pos < pos && (!hasBefore || ev.pos > before.pos) {
				before, hasBefore = ev, true
			}
			if ev.pos > pos && (!hasAfter || ev.pos < after.pos) {
				after, hasAfter = ev, true
			}
		}
	}
	if hasBefore {
		return before, true
	}
	return after, hasAfter
}

// toldPast reports whether a sentence tells what happened: a verb in the past ("won",
// "was", "rode"); news tells a time to come in the present ("the candidates meet Monday").
func (d *dater) toldPast(u unit) bool {
	for _, w := range d.a.scanned(u.span) {
		if pastForm(w.low) || w.low == "was" || w.low == "were" || w.low == "had" || w.low == "did" {
			return true
		}
	}
	return false
}

// wrapped reports whether a date without its year resolved to a year before publication
// from a month and day after it: "July 8" in a paper of June 29 is more likely to come
// than to have passed almost a year ago.
func (d *dater) wrapped(e timex.Expr, w claims.When) bool {
	return e.Kind == timex.Calendar && !d.pub.IsZero() && w.Date.Year < d.pub.Year && !strings.Contains(e.Text, strconv.Itoa(w.Date.Year)) && w.Date.DaysUntil(d.pub) > 180
}

// future reports whether the words of its sentence make the time at sp one to come:
// "will vote on Monday", "is scheduled for Tuesday", "On Thursday, Comey will testify".
func (d *dater) future(u unit, sp claims.Span) bool {
	ws := d.a.scanned(u.span)
	// "the fee would rise … from January 7": a start a modal sets ahead in its clause.
	if k := slices.IndexFunc(ws, func(w word) bool { return w.span.Start >= sp.Start }) - 1; k > 0 && ws[k].low == "from" && ws[k].span.End+1 >= sp.Start {
		for j := k - 1; j >= 0 && !ws[j].punc && ws[j].low != "that"; j-- {
			if ws[j].low == "would" || ws[j].low == "will" {
				return true
			}
		}
	}
	for k, w := range ws {
		if w.span.Start >= sp.End && k > 0 && ws[k-1].span.End > sp.End+60 {
			break // a few words after the time at most
		}
		if w.span.Start >= sp.End && (w.low == "that" || w.low == "which" || w.low == "who") {
			break // "began the roll call on Tuesday that will culminate in …": another clause's
		}
		if futureWords[w.low] || plannedWords[w.low] && k+1 < len(ws) && (ws[k+1].low == "for" || ws[k+1].low == "to" || ws[k+1].low == "on") {
			return true
		}
	}
	return false
}

// futureWords mark a sentence about a time to come; plannedWords do before "for", "to"
// or "on" ("is scheduled for Monday", not "a planned attack").
var (
	futureWords  = map[string]bool{"will": true, "’ll": true, "'ll": true, "upcoming": true, "next": true, "until": true, "ahead": true, "coming": true}
	plannedWords = map[string]bool{"slated": true, "due": true, "scheduled": true, "planned": true, "plans": true, "expected": true, "set": true}
)

// sameVoice reports whether two speakers are one voice for dating: one name ("Khan" and
// "Khizr Khan", "Khizr Khan" and "Khizr and Ghazala Khan": every word of the shorter in
// the longer), a name one gives as an alias of the other, or a spokesman and the body he
// speaks for.
func sameVoice(a, b claims.Speaker) bool {
	if a.Name == "" || b.Name == "" {
		return false
	}
	if a.Key() == b.Key() || speaksFor(a, b) || speaksFor(b, a) {
		return true
	}
	for _, n := range a.Aliases {
		if strings.EqualFold(n, b.Name) {
			return true
		}
	}
	for _, n := range b.Aliases {
		if strings.EqualFold(n, a.Name) {
			return true
		}
	}
	if a.Kind != claims.Person || b.Kind != claims.Person {
		return false
	}
	short, long := strings.Fields(a.Key()), strings.Fields(b.Key())
	if len(short) > len(long) {
		short, long = long, short
	}
	for _, w := range short {
		if !slices.Contains(long, w) {
			return false
		}
	}
	return true
}

// speaksFor reports whether a is the spokesman of body b: "Kremlin spokesman Dmitry
// Peskov" and "the Kremlin".
func speaksFor(a, b claims.Speaker) bool {
	role := strings.ToLower(a.Role)
	return b.Kind == claims.Organisation && a.Affiliation != "" && (strings.EqualFold(a.Affiliation, b.Name) || a.Affiliation == b.Affiliation) &&
		(strings.Contains(role, "spokes") || strings.Contains(role, "press secretary") || strings.Contains(role, "representative"))
}

var remarkWords = map[string]bool{"remarks": true, "comments": true, "statement": true, "statements": true, "interview": true, "speech": true, "remark": true, "comment": true}

// remark is a sentence that dates someone's remarks without being a claim: "Lavrov made
// the remarks on Sunday while speaking with …".
type remark struct {
	text string // as written
	low  string // lower case
	when claims.When
	span claims.Span
	para int // its block
}

// remarkSentences finds the sentences that date remarks, once per document.
func (a *analyser) remarkSentences(units []unit, pub claims.Date) []remark {
	var out []remark
	for _, u := range units {
		s := u.span.In(a.text)
		if len(s) > 400 {
			continue
		}
		ws := a.scanned(u.span)
		has := false
		for i, w := range ws {
			if i < 6 && remarkWords[w.low] && i > 0 && (ws[i-1].low == "the" || ws[i-1].low == "his" || ws[i-1].low == "her" || ws[i-1].low == "their") {
				has = true
			}
		}
		if !has {
			continue
		}
		for _, e := range findTimes(s) {
			if e.Attributive || e.Kind == timex.Anchored {
				continue
			}
			out = append(out, remark{text: s, low: strings.ToLower(s), when: e.Resolve(pub), span: u.span, para: u.para})
			break
		}
	}
	return out
}

// remarksTime returns the time a remark sentence about sp gives.
func remarksTime(sp claims.Speaker, remarks []remark) (claims.When, bool) {
	if len(remarks) == 0 {
		return claims.When{}, false
	}
	name, last := strings.ToLower(sp.Name), strings.ToLower(lastName(sp.Name))+" "
	for _, r := range remarks {
		named := strings.HasPrefix(r.low, name) || strings.HasPrefix(r.low, last)
		for _, n := range sp.Aliases {
			if len(n) > 3 && strings.HasPrefix(r.text, n) {
				named = true
			}
		}
		if named {
			return r.when, true
		}
	}
	return claims.When{}, false
}

func lastName(n string) string {
	if i := strings.LastIndexByte(n, ' '); i >= 0 {
		return n[i+1:]
	}
	return n
}

// inLedeNews reports whether statement i's speaker is one the lede (the paragraph of
// rank r) or the subtitle above it names or quotes: the lede's day, which no occasion
// names, is the scene of the statements of its own actors further on ("One protest
// organizer says …" over a march on Tuesday, and "Asa Khalif, an organizer, said"), not of
// others quoted there (an ally's praise, a rival's old remark), whom annotators leave
// undated.
func (d *dater) inLedeNews(i, r int) bool {
	sp := d.ats[i].speaker
	for _, o := range d.ats {
		if d.rank[d.units[o.unit].para] == r && o.speaker.Name == sp.Name {
			return true
		}
	}
	role := strings.Fields(strings.ToLower(sp.Role + " " + d.ats[i].source.In(d.a.text)))
	for _, o := range d.ats {
		// the subtitle's speaker by office: "One protest organizer says …"
		if u := d.units[o.unit]; u.kind != body || d.rank[u.para] == 0 || !d.above(o.unit) {
			continue
		}
		for _, w := range scanWords(d.a.text, o.source) {
			if len(w.low) > 3 && !w.cap && slices.Contains(role, w.low) {
				return true
			}
		}
	}
	for ui, u := range d.units {
		if d.rank[u.para] != r || d.above(ui) {
			continue
		}
		if sp.Kind == claims.Person && strings.Contains(u.span.In(d.a.text), surname(sp.Name)) {
			return true
		}
		// One of those the lede tells of by their office or body: "met the county mayors"
		// and "Mayor Tom Hale"; "the city council" and "council leader Tom Hale".
		for _, w := range scanWords(d.a.text, u.span) {
			low := strings.TrimSuffix(w.low, "s")
			if len(low) > 3 && !w.cap && slices.ContainsFunc(role, func(r string) bool { return strings.TrimSuffix(r, "s") == low && !determiners[r] }) {
				return true
			}
		}
	}
	return false
}
