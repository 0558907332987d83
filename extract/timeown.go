package extract

// timeown.go reads the time words of a statement's own sentence that date its cue: "said
// on Thursday", "in a Thursday interview", a day that closes or opens what is said ("said
// Obama founded ISIS on Wednesday"), "then", and leaves out the times of asides, relative
// clauses, later statements and what the statement came after ("After the meeting on
// Saturday").

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

// ownWords dates statement i by its own time words, or by a relation they state ("an
// hour later").
func (d *dater) ownWords(i int) bool {
	o := d.own[i]
	if !o.ok {
		return false
	}
	at := d.ats[i]
	e := o.e
	switch {
	case o.after:
		end := e.Span.End
		if k, ok := d.afterOccasion(at.unit, e.Span); ok && e.Attributive {
			end = k // "After Tuesday night's appearance"
		}
		d.set(i, claims.When{Text: d.a.text[d.followStart(i, e):end]}, byRelation, "")
	case e.Kind == timex.Anchored:
		w := claims.When{Text: e.Text} // counted from nothing the article told
		days, counted := e.Relative()
		desc := ""
		ev, ok := d.lastDay(i)
		if !ok && counted && days == 0 {
			// "Hours later, …" after a quotation or two: still the day the article told last.
			ev, ok = d.dayBefore(d.anchor(i), 0)
		}
		if ok && counted {
			w = d.counted(e.Text+", counted from "+ev.desc, days, ev.when)
			desc = ev.desc // the same day
			if days != 0 {
				desc = remarksOf(at.speaker.Name) + " " + e.Text
			}
		}
		d.set(i, w, byRelation, desc)
	default:
		w := e.Resolve(d.pub)
		desc := e.Text
		if m := d.occ[i]; m.noun != "" && m.ref != refAfter {
			desc = "the " + m.noun + " " + withPrep(e.Text)
		} else if at.speaker.Name != "" {
			desc = remarksOf(at.speaker.Name) + " " + withPrep(e.Text)
		}
		d.set(i, w, byOwn, desc)
	}
	return true
}

// then dates a statement that says it was made "then" or "at the time": at the last time
// the article told, in its paragraph or the two before ("In June, Graham called on
// Republicans to unendorse Trump. “…,” Graham told The New York Times then."): a time its
// narration tells, an occasion it dates ("during a Saturday rally"), or a statement its
// own words or a relation date; not one that only continues a scene, which tells no time.
func (d *dater) then(i int) bool {
	at := d.ats[i]
	u := d.units[at.unit]
	if at.cue.IsZero() || at.cue.End >= u.span.End {
		return false
	}
	opens := false // "At the time, chief executive Martin Haycock said …": the sentence opens with it
	if at.source.Start > u.span.Start && hasFold(d.a.text[u.span.Start:at.source.Start], "time") {
		ws := scanWords(d.a.text, claims.Span{Start: u.span.Start, End: at.source.Start})
		opens = len(ws) >= 4 && ws[0].low == "at" && ws[1].low == "the" && ws[2].low == "time" && ws[3].text == ","
	}
	if !opens {
		if rest := d.a.text[at.cue.End:u.span.End]; !hasFold(rest, "then") && !hasFold(rest, "time") {
			return false // most sentences: no need to scan them
		}
		ws := scanWords(d.a.text, claims.Span{Start: at.cue.End, End: u.span.End})
		k := slices.IndexFunc(ws, func(w word) bool { return w.low == "then" })
		if k < 0 { // "at the time"
			k = slices.IndexFunc(ws, func(w word) bool { return w.low == "time" })
			if k < 2 || ws[k-1].low != "the" || ws[k-2].low != "at" {
				k = -1
			}
		}
		if k < 0 || k+1 >= len(ws) || !ws[k+1].punc || d.elsewhere(i, ws[k].span) {
			return false
		}
	}
	pos, r := d.anchor(i), d.rank[u.para]
	var last event
	found := false
	for _, list := range [][]event{d.times, d.events, d.facts} {
		for k := len(list) - 1; k >= 0; k-- {
			ev := list[k]
			if !d.tells(ev) {
				continue // a statement dated by its scene tells no time of its own
			}
			if ev.pos < pos && d.rank[d.units[ev.unit].para] >= r-2 && d.units[ev.unit].kind != headline {
				if !found || ev.pos > last.pos {
					last, found = ev, true
				}
				break
			}
		}
	}
	if !found {
		return false
	}
	text := "then, " + last.desc
	d.set(i, inherit(last.when, text), byRelation, text)
	return true
}

// hasFold reports whether s holds the lower-case ASCII word w in any case, inside a
// longer word or not.
func hasFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		k := 0
		for k < len(w) && s[i+k]|0x20 == w[k] {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// followStart returns where the "after …" phrase that holds e opens.
func (d *dater) followStart(i int, e timex.Expr) int {
	u := d.units[d.ats[i].unit]
	ws := scanWords(d.a.text, claims.Span{Start: u.span.Start, End: e.Span.Start})
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-10; k-- {
		if followWords[ws[k].low] {
			return ws[k].span.Start
		}
	}
	return e.Span.Start
}

// elsewhere reports whether sp lies in what statement i says, in its relation words, or
// in what another statement of its unit says, unless that statement reports i's.
func (d *dater) elsewhere(i int, sp claims.Span) bool {
	at := d.ats[i]
	if overlaps(at.content, sp) || overlaps(at.relWords, sp) && !d.whenTime(at.relWords) {
		return true
	}
	for j, bt := range d.ats {
		if j != i && bt.unit == at.unit && (overlaps(bt.content, sp) && !bt.content.Contains(at.cue) || overlaps(bt.relWords, sp)) {
			return true
		}
	}
	return false
}

// whenTime reports whether relation words end in "when", whose time is the statement's
// own: "was underscored Wednesday when the speaker lamented …".
func (d *dater) whenTime(rel claims.Span) bool {
	t := strings.ToLower(d.a.text[rel.Start:rel.End])
	return rel.Len() > 0 && (strings.HasSuffix(t, " when") || t == "when")
}

// ownTime returns the time expression of statement i's sentence that dates its cue:
// outside what is said, in no parenthesis that leaves the cue out, modifying no noun but
// an occasion ("in a Thursday interview"), the nearest to the cue; one in an "after …"
// phrase only when no other dates it. A nested statement's own words stand in its host's
// sentence after its relation words.
func (d *dater) ownTime(i int) ownTime {
	at := d.ats[i]
	u := d.units[at.unit]
	var best ownTime
	bestDist := -1
	ref := at.cue
	if ref.IsZero() {
		ref = at.content
	}
	for _, e := range d.timesIn(at.unit) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		late := false // said at the end of what is said: "Trump said Obama founded ISIS on Wednesday"
		if d.elsewhere(i, sp) {
			if late = d.trailing(i, e, sp) || d.leading(i, sp); !late {
				continue
			}
		}
		if e.Since || d.resumed(i, sp) || d.aside(u, sp, ref) || d.relClause(u, sp) != d.relClause(u, ref) || d.laterCue(i, sp) || d.describesSpeaker(i, sp) || d.whoClause(at.unit, ref, sp) {
			continue
		}
		if at.nested && !at.relWords.IsZero() && sp.Start < at.relWords.End && !(d.whenTime(at.relWords) && (overlaps(at.relWords, sp) || (at.class == cueSpeech || at.class == cueTell) && strings.Trim(d.a.text[sp.End:at.relWords.Start], ", ") == "")) {
			continue // the host's time words; not "in January, when she told parents …", a telling whose time the "when" takes up
		}
		if e.Kind == timex.Anchored && d.countsFromNext(e, sp) {
			continue // "hours after the staffer was charged": from an event it does not date
		}
		if e.Attributive {
			_, around := d.occasionAround(at.unit, sp)
			if _, after := d.afterOccasion(at.unit, sp); !around && !after {
				continue // "the March 29 talks", "Thursday's remarks by Peskov"
			}
		}
		after := e.Kind != timex.Anchored && d.follows(u, sp)
		if after && !at.cue.IsZero() && at.cue.End <= sp.Start {
			f := e
			f.Span = sp
			// "After suggesting on Wednesday that …, Rubio …": the phrase is the statement's own
			after = at.cue.Start < d.followStart(i, f)
		}
		dist := distance(sp, ref)
		if after {
			dist += 1 << 20 // an "after …" time only when nothing else dates it
		}
		if late {
			dist += 1 << 19
		}
		if e.Kind == timex.Vague {
			dist += 1 << 18 // "had earlier said, at a press meet on October 3, that": the day dates it
		}
		if bestDist < 0 || dist < bestDist {
			e.Span = sp
			best, bestDist = ownTime{e: e, ok: true, after: after}, dist
		}
	}
	if best.ok {
		// "last Wednesday (August 9)": the date in brackets says which Wednesday.
		for _, e := range d.timesIn(at.unit) {
			sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
			if sp.Start == best.e.Span.End+2 && d.a.text[best.e.Span.End:sp.Start] == " (" && strings.HasPrefix(d.a.text[sp.End:], ")") && dayExpr(e) {
				e.Span = sp
				best.e = e
			}
		}
	}
	return best
}

// resumed reports whether the time words at sp stand in what statement i goes on to say
// after a tag set in its middle: "Hotel occupancy in August was 81%, she said, the highest
// since 2019, with visitors up between June and August".
func (d *dater) resumed(i int, sp claims.Span) bool {
	at := d.ats[i]
	if at.cue.IsZero() || at.content.End > at.cue.Start || sp.Start < at.cue.End {
		return false
	}
	after, ok := strings.CutPrefix(d.a.text[at.cue.End:sp.Start], ", ")
	first, _, _ := strings.Cut(after, " ")
	return ok && !tagTails[strings.ToLower(first)]
}

// tagTails open a phrase that goes on with the telling, not with what is told: "…, she
// said, in a statement on Tuesday", "…, he said, speaking in Paris on Monday".
var tagTails = map[string]bool{"in": true, "on": true, "at": true, "during": true, "when": true, "while": true, "speaking": true, "adding": true, "writing": true}

// afterOccasion reports whether the time words at sp tell the day of an occasion that
// a statement came after: "after Tuesday night's appearance, Goldberg imagined …".
// It returns where the occasion's phrase ends.
func (d *dater) afterOccasion(ui int, sp claims.Span) (int, bool) {
	if !d.follows(d.units[ui], sp) {
		return 0, false
	}
	for _, m := range d.occasionsOf(ui) {
		if m.noun != "" && (overlaps(m.span, sp) || m.span.Start >= sp.End && strings.TrimSpace(d.a.text[sp.End:m.span.Start]) == "") {
			return max(m.span.End, sp.End), true
		}
	}
	return 0, false
}

// trailing reports whether the time words e at sp close what statement i reports, so
// that they may date its cue: "Trump said Obama was the founder of ISIS on Wednesday at a
// Florida rally", "likened RT to the BBC in an interview with The Post last week". Only a
// day or a week, in reported speech with no future before it and no verb after it in
// its clause.
func (d *dater) trailing(i int, e timex.Expr, sp claims.Span) bool {
	at := d.ats[i]
	month := e.Kind == timex.Calendar && e.Resolve(anyDay).Precision == claims.Month
	if at.quoted || !at.content.Contains(sp) || sp.Start == at.content.Start || !dayExpr(e) && !weekExpr(e) && !month || e.Kind == timex.Calendar && !month || e.Attributive && !d.occasionAt(at.unit, sp) {
		return false
	}
	if d.future(d.units[at.unit], sp) {
		return false // "Trump will officially accept the nomination Thursday": a time to come
	}
	for _, w := range at.words {
		if month && (w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP") {
			return false // "prices rose in May" tells when prices rose
		}
	}
	var prev word
	for k, w := range at.words {
		if w.span.End <= sp.Start {
			if e.Attributive && (w.low == "that" || w.low == "which" || w.low == "who") {
				return false // "a charge that he made in Saturday's debate": the relative's time
			}
			infinitive := w.low == "to" && k+1 < len(at.words) && at.words[k+1].tag == "VB" // "to visit on Tuesday"
			if futureWords[w.low] || plannedWords[w.low] || w.tag == "MD" || w.low == "going" || infinitive {
				return false
			}
			if w.low == "had" && !e.Attributive {
				n := k + 1
				for n < len(at.words) && strings.HasPrefix(at.words[n].tag, "RB") {
					n++ // "had not been", "had already left"
				}
				if n < len(at.words) && at.words[n].tag == "VBN" {
					return false // "said scrutineers had been at every point over the weekend": what was done then
				}
			}
			prev = w
		}
	}
	if prev.tag == "VBN" || prev.tag == "VBD" {
		return false // "the document approved Saturday": the time of what is said
	}
	for _, w := range scanWords(d.a.text, claims.Span{Start: sp.End, End: at.content.End}) {
		if w.punc && w.text != "." && w.text != "’" && w.text != "'" {
			break
		}
		for _, t := range at.words {
			if t.span == w.span && (strings.HasPrefix(t.tag, "VB") || t.tag == "MD") {
				return false
			}
		}
		if w.low == "that" || w.low == "who" || w.low == "which" {
			return false
		}
	}
	return true
}

// occasionAt reports whether the attributive time words at sp open an occasion after a
// preposition: "on Monday's installment of his radio show", "in Tuesday's interview".
func (d *dater) occasionAt(ui int, sp claims.Span) bool {
	if _, around := d.occasionAround(ui, sp); !around {
		return false
	}
	f := strings.Fields(strings.ToLower(d.a.text[max(0, sp.Start-8):sp.Start]))
	return len(f) > 0 && (f[len(f)-1] == "on" || f[len(f)-1] == "in" || f[len(f)-1] == "during" || f[len(f)-1] == "at")
}

// countsFromNext reports whether the anchored e at sp counts from the words that follow
// it ("hours after the staffer was charged") rather than from the article's last day.
func (d *dater) countsFromNext(e timex.Expr, sp claims.Span) bool {
	low := strings.ToLower(e.Text)
	if !strings.HasSuffix(low, " after") && !strings.HasSuffix(low, " before") {
		return false
	}
	rest := strings.TrimLeft(d.a.text[sp.End:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r)
}

// laterCue reports whether another statement's cue stands between statement i's cue and
// sp, so that the words at sp belong to that statement: "Trump asked, repeating a
// broadside that he used in Saturday's debate".
func (d *dater) laterCue(i int, sp claims.Span) bool {
	at := d.ats[i]
	if at.cue.IsZero() || sp.Start < at.cue.End {
		return false
	}
	for j, bt := range d.ats {
		if j != i && bt.unit == at.unit && !bt.cue.IsZero() && bt.cue.Start >= at.cue.End && bt.cue.End <= sp.Start {
			return true
		}
	}
	return false
}

// leading reports whether the time words at sp open what statement i reports and are
// set off from it, so that they date its cue: "he also stated a day earlier, “If …”",
// "He went further on Tuesday, saying …", "pleaded guilty Wednesday to …".
func (d *dater) leading(i int, sp claims.Span) bool {
	at := d.ats[i]
	if sp.Start < at.content.Start || sp.End >= at.content.End || opensQuote(d.a.text, at.content.Start) {
		return false // "“In the past several weeks, the race has clarified,” she wrote": the speaker's words
	}
	n := 0
	for _, w := range at.words {
		if w.span.End <= sp.Start {
			if n++; n > 2 || strings.HasPrefix(w.tag, "VB") || w.punc {
				return false // "went further on Tuesday, saying": only a word or two before it
			}
		}
	}
	rest := strings.TrimLeft(d.a.text[sp.End:at.content.End], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if r == ',' || isQuoteRune(r) {
		return true
	}
	// "pleaded guilty Wednesday to identity theft", "confirmed again Tuesday that …"
	next, _, _ := strings.Cut(rest, " ")
	return n > 0 && (next == "to" || next == "that")
}

// describesSpeaker reports whether sp stands in a noun phrase set off after the speaker,
// which tells who the speaker is, not when it spoke: "predicted Ann Ruiz, the governor
// defeated by Hale 30 years ago".
func (d *dater) describesSpeaker(i int, sp claims.Span) bool {
	at := d.ats[i]
	if at.source.IsZero() || sp.Start < at.source.End || at.cue.Start >= at.source.End && at.cue.Start < sp.End {
		return false
	}
	gap := d.a.text[at.source.End:sp.Start]
	rest, ok := strings.CutPrefix(gap, ", ")
	if !ok || strings.ContainsAny(rest, ",;:()\"“”—–") {
		return false
	}
	first, _, _ := strings.Cut(rest, " ")
	return appositiveOpeners[strings.ToLower(first)]
}

// appositiveOpeners open a noun phrase that describes who someone is.
var appositiveOpeners = map[string]bool{"the": true, "a": true, "an": true, "former": true, "his": true, "her": true, "its": true, "their": true}

// relClause returns the relative clause between commas that holds sp: ", who on Tuesday
// endorsed Clinton,"; zero when none does.
func (d *dater) relClause(u unit, sp claims.Span) claims.Span {
	s := d.a.text[u.span.Start:u.span.End]
	off := sp.Start - u.span.Start
	if off < 0 || off > len(s) {
		return claims.Span{} // a time phrase outside the unit holds no clause of it
	}
	open := -1
	for _, p := range []string{", who ", ", which ", ", whose "} {
		if k := strings.LastIndex(s[:off], p); k > open {
			open = k
		}
	}
	if open < 0 || strings.Contains(s[open+2:off], ",") {
		return claims.Span{}
	}
	end := strings.IndexAny(s[off:], ",;")
	if end < 0 {
		end = len(s) - off // "…, a U-turn by Rhys Madoc, who in March told investors …."
	}
	return claims.Span{Start: u.span.Start + open, End: u.span.Start + off + end}
}

// whoClause reports whether the time words at sp stand after ref in a restrictive
// relative clause on people, which tells what they did, not when ref was said: "Clinton
// said at a panel with the families of people who were killed in shootings in recent
// years". One set off by a comma may tell of the speaker ("said the businessman, who
// campaigned Monday in Concord"): relClause reads those; and one that names an occasion
// dates it, which may be the statement's ("a heckler who interrupted him during a rally
// on Sunday").
func (d *dater) whoClause(ui int, ref, sp claims.Span) bool {
	if sp.Start < ref.End {
		return false
	}
	gap := d.a.text[ref.End:sp.Start]
	k := strings.LastIndex(gap, " who ")
	if k <= 0 || gap[k-1] == ',' || strings.ContainsAny(gap[k:], ",;:.!?()\"“”—–") {
		return false
	}
	for _, m := range d.occasionsOf(ui) {
		if m.noun != "" && m.span.Start >= ref.End+k && m.span.Start < sp.Start {
			return false
		}
	}
	return true
}

// followWords open a phrase of what a statement came after: "after", and "despite",
// whose event ("Despite a series of defeats on Tuesday night, …, his aide told the
// Post") came before the statement by a time not told.
var followWords = map[string]bool{"after": true, "following": true, "before": true, "until": true, "despite": true}

// follows reports whether the time words at sp stand in a phrase of what the statement
// came after, by an unknown time: "After the meeting on Saturday, she said"; not "Soon
// after he was booed Monday".
func (d *dater) follows(u unit, sp claims.Span) bool {
	ws := scanWords(d.a.text, claims.Span{Start: u.span.Start, End: sp.Start})
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-10; k-- {
		w := ws[k]
		if w.punc && w.text != "-" && w.text != "’" && w.text != "'" || w.low == "said" || w.low == "says" {
			return false
		}
		if followWords[w.low] {
			return k == 0 || !soonWords[ws[k-1].low] && !(w.low == "after" && phrasalAfter[ws[k-1].low])
		}
	}
	return false
}

// phrasalAfter are verbs that make "after" part of them: "went after Trump on
// Wednesday" attacks him that day, it does not follow him.
var phrasalAfter = map[string]bool{"go": true, "goes": true, "went": true, "going": true, "gone": true, "come": true, "comes": true, "came": true, "coming": true, "look": true, "looks": true, "looked": true, "looking": true}

// aside reports whether sp stands in a parenthesis or between dashes that leave cue out:
// "In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders said".
func (d *dater) aside(u unit, sp, cue claims.Span) bool {
	s := d.a.text[u.span.Start:u.span.End]
	off := sp.Start - u.span.Start
	for _, pair := range [][2]string{{"(", ")"}, {" -- ", " -- "}, {" - ", " - "}, {" – ", " – "}, {" — ", " — "}} {
		open := strings.LastIndex(s[:off], pair[0])
		if open < 0 {
			continue
		}
		end := strings.Index(s[off:], pair[1])
		if end < 0 {
			continue
		}
		if pair[0] == pair[1] && strings.Count(s[:open], pair[0])%2 == 1 {
			continue // the dash closes an aside before sp
		}
		inner := claims.Span{Start: u.span.Start + open, End: u.span.Start + off + end + len(pair[1])}
		first, _, _ := strings.Cut(strings.TrimSpace(s[open+len(pair[0]):]), " ")
		if !inner.Contains(cue) && !strings.HasSuffix(first, "ed") {
			return true // not "an interview - conducted last Wednesday - ": its occasion's time
		}
	}
	return false
}

// opensQuote reports whether the text at i, or just before it, opens a quotation.
func opensQuote(text string, i int) bool {
	if r, _ := utf8.DecodeRuneInString(text[i:]); isQuoteRune(r) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isQuoteRune(r)
}
