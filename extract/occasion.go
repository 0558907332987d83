package extract

// occasion.go reads the occasions a sentence names, at which news places what people say
// ("in an interview on Monday", "at the rally", "in a statement", "during a second
// debate", "told CNN", "after the meeting"), and dates a statement by the one its
// sentence names: the one met before ("the interview"), another of its kind on its day
// ("a second interview"), one at an outlet met before ("told O'Reilly"), or, when the
// article does not date it, none.

import (
	"regexp"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

// occasionNoun is an entry of data/occasions.txt.
type occasionNoun struct {
	words   []string // the phrase, lower case, singular: [press conference]
	noun    string   // its canonical form: "press conference", "briefing"
	written bool     // a statement, a tweet, a letter: an act of its own
}

// occasionRef says how a sentence points at an occasion.
type occasionRef uint8

const (
	refNone    occasionRef = iota
	refNew                 // "in a statement", "told CNN": one the article has not met
	refSame                // "in the interview", "at his rally": one met before
	refAnother             // "in a second interview", "another statement": one like it, the same day
	refLater               // "in a later interview", "a subsequent statement": another after it, by a time not told
	refAfter               // "after the debate": the statement follows it, by a time not told
	refEarlier             // "his earlier statements", "a recent appearance": another, at a time not told
)

var refNames = [...]string{"none", "new", "same", "another", "later", "after", "earlier"}

func (r occasionRef) String() string { return refNames[r] }

// occasionMention is an occasion named in a sentence.
type occasionMention struct {
	ref     occasionRef
	noun    string      // canonical occasion noun; "" for an outlet alone ("told CNN")
	medium  string      // the outlet or host named, lower case: "cnn", "fox news"
	places  bool        // it places a statement: after a preposition ("in a statement") or as its verb ("told CNN")
	written bool        // a statement, a tweet, a letter: an act of its own
	fresh   bool        // refAfter with "a": "after a campaign stop", one the article has not told
	span    claims.Span // the words that name it
}

// occasionDeterminers are the words before an occasion noun that say which one it is.
var occasionDeterminers = map[string]occasionRef{
	"a": refNew, "an": refNew,
	"the": refSame, "this": refSame, "that": refSame, "his": refSame, "her": refSame, "its": refSame,
	"their": refSame, "our": refSame, "my": refSame, "same": refSame,
	"another": refAnother, "second": refAnother, "third": refAnother, "separate": refAnother,
	"later": refLater, "subsequent": refLater, "follow-up": refLater,
	"earlier": refEarlier, "previous": refEarlier, "prior": refEarlier, "recent": refEarlier,
}

// placePreps open a phrase that names the occasion of a statement; followPreps one that
// names an occasion it follows.
var (
	placePreps  = map[string]bool{"in": true, "at": true, "during": true, "on": true, "via": true, "through": true, "over": true, "from": true, "throughout": true}
	followPreps = map[string]bool{"after": true, "following": true, "since": true}
)

// occasionsIn returns the occasions named in ws, in order.
func (lx *lexicon) occasionsIn(ws []word) []occasionMention {
	var out []occasionMention
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if w.punc {
			continue
		}
		if w.low == "told" || w.low == "tells" || w.low == "tweeted" || w.low == "tweets" {
			if m, ok := mediumVerb(ws, k); ok {
				out = append(out, m)
			}
			continue
		}
		if w.cap && k > 0 && !ws[k-1].punc {
			continue // "the Post", "State of the Union Address": a name, not an occasion noun
		}
		o, start := lx.occasionAt(ws, k)
		if o.noun == "" {
			continue
		}
		m := occasionMention{noun: o.noun, written: o.written, span: claims.Span{Start: ws[start].span.Start, End: w.span.End}}
		var medium []string
		var det, mod occasionRef
		j := start - 1 // read backwards over the noun phrase to its determiner
	phrase:
		for ; j >= 0 && j >= start-5; j-- {
			p := ws[j]
			r, isDet := occasionDeterminers[p.low]
			switch {
			case p.text == "." && j > 0 && timeNames[ws[j-1].low]:
				continue // "an Oct. 22 hearing"
			case p.punc || placePreps[p.low] || followPreps[p.low] || p.low == "before" || opens[p.low]:
				break phrase
			case isDet && (r == refNew || r == refSame && p.low != "same"):
				det = r
				j--
				break phrase
			case isDet: // "a second", "the same", "another"
				if mod == refNone {
					mod = r
				}
			case p.poss: // "Trump's speech": one met before; "CNN's interview": its outlet
				det = refSame
				if p.cap && !timeNames[p.low] {
					medium = append([]string{p.low}, medium...)
				}
				j--
				break phrase
			case p.cap && !timeNames[p.low]:
				medium = append([]string{p.low}, medium...)
			}
		}
		switch {
		case mod != refNone:
			m.ref = mod
		case det != refNone:
			m.ref = det
		case lx.isOccasionPlural(w) && j >= 0 && (placePreps[ws[j].low] || ws[j].low == "of" && j > 0 && slices.ContainsFunc(ws[max(0, j-4):j], func(p word) bool { return placePreps[p.low] })):
			m.ref = refNew // "in remarks", "at rallies", "in a string of new radio ads"
		default:
			continue // "debate stage", "press conference room": no occasion named
		}
		if m.ref == refNew && j >= 0 && ws[j].low == "of" {
			m.places = true // "in a series of interviews"
		}
		if j >= 0 && !ws[j].punc {
			switch p := ws[j].low; {
			case followPreps[p] && j > 0 && soonWords[ws[j-1].low]:
				m.ref, m.places = refSame, true // "right after the speech": on its day
			case followPreps[p] || p == "before":
				m.ref, m.places, m.fresh = refAfter, true, p != "before" && det == refNew && mod == refNone
				m.span.Start = ws[j].span.Start // "before a meeting with his counterparts"
			case placePreps[p] || p == "told" || p == "tells":
				m.places = true // "told a news conference"
			}
		}
		if k+2 < len(ws) && (ws[k+1].low == "with" || ws[k+1].low == "on") {
			if run := capitalRun(ws, k+2); run != "" {
				medium = []string{run}
			}
		}
		m.medium = strings.Join(medium, " ")
		if m.ref != refAfter {
			m.span.Start = ws[max(0, j+1)].span.Start
		}
		out = append(out, m)
	}
	return out
}

// phrase returns the words that name the occasion.
func (m occasionMention) phrase(text string) string { return m.span.In(text) }

// soonWords before "after" make it the same occasion: "soon after", "hours after",
// "speaking after the match on Saturday".
var soonWords = map[string]bool{"soon": true, "shortly": true, "right": true, "immediately": true, "just": true, "hours": true, "minutes": true, "moments": true, "speaking": true, "talking": true}

// timeNames are the capitalised words of dates, which name no outlet: "a Thursday
// interview".
var timeNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// opens are words that end the noun phrase before an occasion noun when read backwards.
var opens = map[string]bool{"and": true, "or": true, "but": true, "said": true, "says": true, "told": true, "to": true, "for": true, "of": true, "by": true, "as": true, "when": true, "while": true, "where": true, "which": true, "who": true, "that": true}

// occasionAt returns the occasion phrase ending at ws[k], and the index of its first word;
// one with no noun when none ends there.
func (lx *lexicon) occasionAt(ws []word, k int) (occasionNoun, int) {
	var best occasionNoun
	start := k
	for _, o := range lx.occasions[ws[k].low] {
		n := len(o.words)
		if k+1 < n {
			continue
		}
		ok := true
		for i := 0; i < n-1; i++ {
			if ws[k-n+1+i].low != o.words[i] {
				ok = false
				break
			}
		}
		if ok && (best.noun == "" || k-n+1 < start) {
			best, start = o, k-n+1
		}
	}
	return best, start
}

// isOccasionPlural reports whether w is the plural of an occasion noun: "in remarks",
// "at rallies" name occasions without a determiner.
func (lx *lexicon) isOccasionPlural(w word) bool {
	return strings.HasSuffix(w.low, "s") && len(lx.occasions[w.low]) > 0 && len(lx.occasions[strings.TrimSuffix(w.low, "s")]) > 0
}

// mediumVerb reads "told CNN", "told the Post", "tweeted": an interview with an outlet or
// person named, or a tweet.
func mediumVerb(ws []word, k int) (occasionMention, bool) {
	w := ws[k]
	if w.low == "tweeted" || w.low == "tweets" {
		return occasionMention{ref: refNew, noun: "tweet", places: true, written: true, span: w.span}, true
	}
	j := k + 1
	if j < len(ws) && ws[j].low == "the" {
		j++
	}
	run := capitalRun(ws, j)
	if run == "" {
		return occasionMention{}, false // "told reporters", "told the crowd": no outlet
	}
	return occasionMention{ref: refNew, medium: run, places: true, span: w.span}, true
}

// capitalRun returns the capitalised words from ws[j] on, lower case, up to a possessive:
// "Fox News" in "Fox News' Sean Hannity".
func capitalRun(ws []word, j int) string {
	if j < len(ws) && timeNames[ws[j].low] {
		return "" // "an interview on Monday"
	}
	var run []string
	for ; j < len(ws) && ws[j].cap && !ws[j].punc; j++ {
		run = append(run, ws[j].low)
		if ws[j].poss || strings.HasSuffix(ws[j].text, "'") || strings.HasSuffix(ws[j].text, "’") {
			break
		}
	}
	return strings.Join(run, " ")
}

// named dates statement i by the occasion its sentence names, when that settles it.
func (d *dater) named(i int, m occasionMention) bool {
	switch m.ref {
	case refAfter, refEarlier:
		if ev, ok := d.pressAfter(i, m); ok {
			text := m.phrase(d.a.text) + ", the day of " + ev.desc
			d.set(i, inherit(ev.when, text), byRelation, text)
			return true
		}
		if ev, ok := d.freshAfter(i, m); ok {
			text := m.phrase(d.a.text) + ", on the day of " + ev.desc
			d.set(i, inherit(ev.when, text), byOccasion, text)
			return true
		}
		// "after the debate", "in an earlier interview": at a time the article does not tell.
		d.set(i, claims.When{Text: m.phrase(d.a.text)}, byRelation, "")
		return true
	case refLater:
		// "in a later interview": some time after its speaker's last occasion; that is still
		// the publication day when the last occasion was ("In a later tweet" after a video
		// of the day the article appears).
		w := claims.When{Text: m.phrase(d.a.text)}
		ev, ok := d.lastPlacing(i)
		if !ok {
			ev, ok = d.lastDay(i)
		}
		if t, in := d.paragraphTime(i); in && (!ok || t.pos > ev.pos) {
			ev, ok = t, true // "parted ways in late November. In a subsequent note, …": after that
		}
		if ok && !d.pub.IsZero() && ev.when.Precision == claims.Day && ev.when.Date == d.pub {
			w.Date, w.Precision = d.pub, claims.Day
			w.Text += ", after " + ev.desc + " on the publication day"
		}
		d.set(i, w, byRelation, "")
		return true
	case refSame:
		ev, ok := d.lastOccasion(i, m)
		own := ok && d.places(ev, d.ats[i].speaker)
		for j := i - 1; j >= 0; j-- {
			if d.rule[j] == byUndated && d.occ[j].noun == m.noun && m.noun != "" && (!own || sameVoice(d.ats[j].speaker, d.ats[i].speaker)) {
				if !ok || d.anchor(j) > ev.pos {
					d.set(i, claims.When{}, byUndated, "") // "the statement" the article left undated
					d.occ[i] = d.occ[j]
					return true
				}
				break
			}
		}
		if ok {
			d.set(i, inherit(ev.when, ev.desc), byOccasion, ev.desc)
			return true
		}
		return false // "the interview" the lede reported: its speaker's occasion
	case refAnother:
		// "in a second interview": another of its kind, on the day of the last one.
		ev, ok := d.lastOccasion(i, m)
		if !ok {
			ev, ok = d.lastPlacing(i)
		}
		if !ok || !dated(ev.when) {
			d.set(i, claims.When{Text: m.phrase(d.a.text)}, byUndated, "")
			return true
		}
		text := m.phrase(d.a.text) + ", the day of " + ev.desc
		d.set(i, inherit(ev.when, text), byRelation, text)
		return true
	}
	// A new occasion: one at the outlet the article has met ("told O'Reilly" after "told
	// Bill O'Reilly of Fox News on Friday"); the one its speaker is at when it is of the
	// same kind; the one that placed its speaker without naming it in the paragraph
	// before or in the lede, unless this is a written act of its own ("Carson responded
	// on Sunday …; … Carson told ABC by phone"); else one the article does not date ("in
	// a statement").
	if ev, ok := d.lastAt(i, m.medium); ok {
		d.set(i, inherit(ev.when, ev.desc), byOccasion, ev.desc)
		return true
	}
	if ev, ok := d.laterFact(i, m); ok {
		d.set(i, inherit(ev.when, ev.desc), byOccasion, ev.desc)
		return true
	}
	if ev, ok := d.lastPlacing(i); ok {
		r, ri := d.rank[d.units[ev.unit].para], d.rank[d.units[d.ats[i].unit].para]
		near := r >= ri-1 || r == d.lede
		// A written act is one of its own, unless it tells where the lede's news came from:
		// "X called on Wednesday for …. “…,” X wrote in a tweet."
		// So does its speaker's act told in its paragraph, or narrated in the one before:
		// "Fenwick rejected the offer Tuesday. “…,” Fenwick said in a statement."
		told := !m.written || r == d.lede && ri <= d.lede+1 || r == ri || ev.stmt < 0 && r == ri-1 || d.firstWord(i, ev)
		// "told CNN …. told ABC News": another outlet right after, a round of interviews
		round := r >= ri-1 && m.noun == "" && m.medium != "" && ev.noun == "" && ev.medium != "" && ev.when.Precision == claims.Day
		if m.noun != "" && m.noun == ev.noun && (m.medium == "" || ev.medium == "") || near && told && ev.noun == "" && ev.medium == "" || round {
			d.set(i, inherit(ev.when, ev.desc), byOccasion, ev.desc)
			if m.noun == "" && ev.noun != "" {
				d.occ[i].noun = ev.noun
			}
			return true
		}
	}
	if d.entryDay(i) {
		return true // in a live blog's entry, of the day the article appears
	}
	if ev, ok := d.lastDay(i); ok && !m.written && m.medium == "" && m.noun != "" && !oneVoice[m.noun] {
		// "The meeting ended on Thursday morning. Ryan told a news conference …": an
		// occasion of several voices the article does not date is on the day it has set.
		d.set(i, inherit(ev.when, ev.desc), byOccasion, ev.desc)
		return true
	}
	if !m.written && d.untimedLede(i) && d.ledeNews(i) {
		return true // "the spokeswoman told POLITICO that …" breaks the news of the day
	}
	d.set(i, claims.When{}, byUndated, "")
	return true
}

// laterFact returns the day the next paragraphs give the occasion m, new in statement i's
// sentence, that the article names again: "Clinton said in an interview with “Fox News
// Sunday.” …. “…,” Clinton told Fox in the interview, taped Saturday." The occasion is
// one the article has not named before, and no other of its kind is named in between.
func (d *dater) laterFact(i int, m occasionMention) (event, bool) {
	if m.noun == "" || m.written {
		return event{}, false
	}
	pos, r := d.anchor(i), d.rank[d.units[d.ats[i].unit].para]
	for _, ev := range d.facts {
		if ev.pos <= pos || ev.noun != m.noun || d.rank[d.units[ev.unit].para] > r+3 || ev.when.Precision != claims.Day {
			continue
		}
		for ui := d.ats[i].unit; ui <= ev.unit; ui++ {
			for _, o := range d.occasionsOf(ui) {
				if o.noun == m.noun && o.ref == refNew && o.span.Start > m.span.End && o.span.End <= ev.pos {
					return event{}, false // another interview
				}
			}
		}
		return ev, true
	}
	return event{}, false
}

// pressAfter returns the occasion the article has dated to the day that statement i was
// made to reporters after: "Speaking to reporters after the meeting, Earnest argued …",
// "told reporters after the hearing", "at a news conference after the vote". Reporters
// meet a speaker as an occasion ends, on its day.
func (d *dater) pressAfter(i int, m occasionMention) (event, bool) {
	if m.ref != refAfter || m.noun == "" {
		return event{}, false
	}
	press := false
	for _, w := range d.a.scanned(d.units[d.ats[i].unit].span) {
		press = press || w.low == "reporters" || w.low == "journalists"
	}
	for _, o := range d.occasionsOf(d.ats[i].unit) {
		press = press || o.ref != refAfter && (o.noun == "press conference" || o.noun == "briefing")
	}
	if !press {
		return event{}, false
	}
	ev, ok := d.lastOccasion(i, occasionMention{noun: m.noun})
	return ev, ok && ev.when.Precision == claims.Day
}

// freshAfter returns the day the article has just placed statement i's speaker at, in
// its paragraph or the one before, when its sentence says it came after an occasion the
// article tells of for the first time: "Rubio pushed back on Thursday, saying …. “…,”
// Rubio said after a campaign stop." A stop, a forum, a meeting not told before is one of
// that day, the occasion of the remarks; "after the debate", one the article told, is not.
func (d *dater) freshAfter(i int, m occasionMention) (event, bool) {
	if !m.fresh || m.noun == "" || m.written {
		return event{}, false
	}
	ev, ok := d.lastPlacing(i)
	if !ok || ev.when.Precision != claims.Day || d.rank[d.units[ev.unit].para] < d.rank[d.units[d.ats[i].unit].para]-1 {
		return event{}, false
	}
	return ev, true
}

// firstWord reports whether statement i is its speaker's first word in the article on
// the act the lede narrates: "Schilling was fired from the network Wednesday …. “…,”
// the network said in a statement."
func (d *dater) firstWord(i int, ev event) bool {
	if ev.stmt >= 0 || d.rank[d.units[ev.unit].para] != d.lede {
		return false
	}
	_, earlier := d.lastStatement(i)
	return !earlier
}

// paragraphTime returns the last time the narration of statement i's paragraph tells
// before it.
func (d *dater) paragraphTime(i int) (event, bool) {
	para, pos := d.units[d.ats[i].unit].para, d.anchor(i)
	for k := len(d.times) - 1; k >= 0; k-- {
		if ev := d.times[k]; ev.pos < pos && d.units[ev.unit].para == para {
			return ev, true
		}
	}
	return event{}, false
}

// lastAt returns the last event before statement i at the outlet named medium.
func (d *dater) lastAt(i int, medium string) (event, bool) {
	if medium == "" {
		return event{}, false
	}
	pos := d.anchor(i)
	for k := len(d.events) - 1; k >= 0; k-- {
		if ev := d.events[k]; ev.pos < pos && !d.above(ev.unit) && sameOutlet(medium, ev.medium) {
			return ev, true
		}
	}
	return event{}, false
}

// sameOutlet reports whether two outlets named are one: "post" and "washington post".
func sameOutlet(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasSuffix(" "+a, " "+b) || strings.HasSuffix(" "+b, " "+a) || strings.HasPrefix(a+" ", b+" ") || strings.HasPrefix(b+" ", a+" ")
}

// lastOccasion returns the last occasion of m's kind the article has dated before
// statement i: "the interview" after "In an interview on Monday", "right after the
// speech" after "his address Sunday".
func (d *dater) lastOccasion(i int, m occasionMention) (event, bool) {
	pos := d.anchor(i)
	sp := d.ats[i].speaker
	var best event
	found, own := false, false
	for _, list := range [][]event{d.events, d.facts} {
		for k := len(list) - 1; k >= 0; k-- {
			ev := list[k]
			if ev.pos >= pos || !(m.noun != "" && ev.noun == m.noun || m.noun == "" && sameOutlet(m.medium, ev.medium)) {
				continue
			}
			// "his formal statement": the speaker's own before another's
			mine := d.places(ev, sp)
			if !found || mine && !own || mine == own && ev.pos > best.pos {
				best, found, own = ev, true, mine
			}
			if mine {
				break
			}
		}
	}
	return best, found
}

// occasionFacts records the occasions unit ui dates, even inside what is said: "his
// address Sunday", "the rally on Wednesday night", "Thursday's debate".
func (d *dater) occasionFacts(ui int) {
	u := d.units[ui]
	for _, e := range d.timesIn(ui) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		if e.Since || e.Kind == timex.Anchored || e.Kind == timex.Vague || !dayExpr(e) {
			continue
		}
		m, ok := d.occasionAround(ui, sp)
		if gap := between(d.a.text, m.span, sp); m.noun == "" || !ok && gap != " " && gap != " on " && !(m.span.End <= sp.Start && airedRE.MatchString(gap)) {
			if m, ok = d.followedOccasion(ui, sp); !ok {
				if m, ok = d.airedOccasion(ui, sp); !ok {
					continue // only a time told right with its occasion: "his address Sunday"
				}
			}
		}
		w := e.Resolve(d.pub)
		if d.wrapped(e, w) {
			continue
		}
		d.facts = append(d.facts, event{pos: sp.Start, unit: ui, stmt: -1, noun: m.noun, medium: m.medium, when: w, day: true, desc: "the " + m.noun + " " + withPrep(e.Text)})
	}
}

// followedOccasion returns the occasion something came after, told right with its
// day: "the questions arose after an interview with the Herald that aired Sunday".
func (d *dater) followedOccasion(ui int, sp claims.Span) (occasionMention, bool) {
	for _, m := range d.occasionsOf(ui) {
		if gap := between(d.a.text, m.span, sp); m.ref == refAfter && m.noun != "" && m.span.End <= sp.Start && (gap == " " || gap == " on " || airedRE.MatchString(gap)) {
			return m, true
		}
	}
	return occasionMention{}, false
}

// airedOccasion returns the occasion told right before the day it was made public or
// held, past a comma: "told Fox in the interview, taped Saturday".
func (d *dater) airedOccasion(ui int, sp claims.Span) (occasionMention, bool) {
	for _, m := range d.occasionsOf(ui) {
		if m.noun != "" && m.ref != refAfter && m.span.End <= sp.Start && airedRE.MatchString(between(d.a.text, m.span, sp)) {
			return m, true
		}
	}
	return occasionMention{}, false
}

// airedRE matches the words between an occasion and the day it was made public or held:
// "an interview with the Herald that aired Sunday", "the speech, delivered on Monday".
var airedRE = regexp.MustCompile(`^(?: with [^,;.]{1,40}?)?,? (?:(?:that|which) )?(?:(?:was|were) )?(?:aired|broadcast|published|released|taped|recorded|held|conducted|posted|filmed|delivered|given|televised)(?: on)? $`)

// occasionsOf returns the occasions named in unit ui, read once.
func (d *dater) occasionsOf(ui int) []occasionMention {
	ms, ok := d.unitOccs[ui]
	if !ok {
		ms = d.a.lx.occasionsIn(d.a.scanned(d.units[ui].span))
		d.unitOccs[ui] = ms
	}
	return ms
}

// occasionAround returns the occasion named around the time words at sp: the one whose
// phrase holds them ("in a Thursday interview", "during Sunday's address"), else the
// nearest in their clause ("at a rally in Philadelphia on Wednesday night").
func (d *dater) occasionAround(ui int, sp claims.Span) (occasionMention, bool) {
	var best occasionMention
	bestDist := -1
	for _, m := range d.occasionsOf(ui) {
		if m.noun == "" || m.ref == refAfter {
			continue
		}
		if overlaps(m.span, sp) {
			return m, true // "during Tuesday night's debate": the phrase opens at "night's"
		}
		if dist := distance(m.span, sp); dist < 60 && !strings.ContainsAny(between(d.a.text, m.span, sp), ",;") && (bestDist < 0 || dist < bestDist) {
			best, bestDist = m, dist
		}
	}
	return best, false
}

// occasionOf returns the occasion statement i's sentence names outside what is said: the
// one nearest its cue.
func (d *dater) occasionOf(i int) (occasionMention, bool) {
	at := d.ats[i]
	var best occasionMention
	bestDist := -1
	for _, m := range d.occasionsOf(at.unit) {
		if d.elsewhere(i, m.span) {
			continue
		}
		if !m.places || d.laterCue(i, m.span) {
			continue // "the speech was …": an occasion talked about, not spoken at
		}
		ref := at.cue
		if ref.IsZero() {
			ref = at.content
		}
		if d.aside(d.units[at.unit], m.span, ref) {
			continue // "-- having suggested in a recent speech that … --": another act's occasion
		}
		if dist := distance(m.span, ref); bestDist < 0 || dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best, bestDist >= 0
}

// trailingOccasion ends a content before the occasion of its telling put at the end of the
// sentence: "said the minister's forecast was wrong in a speech on Tuesday".
func (a *analyser) trailingOccasion(ws []word, content claims.Span) claims.Span {
	first, last := wordAt(ws, content.Start), -1
	for k := first; k < len(ws) && ws[k].span.End <= content.End; k++ {
		last = k
	}
	for k := last - 1; k > first+2; k-- {
		if ws[k].punc {
			return content
		}
		if ws[k].low != "in" && ws[k].low != "during" || k+2 > last || ws[k+1].low != "a" && ws[k+1].low != "an" {
			continue // "in a speech", "during an interview"; not "at the emails", "at the convention"
		}
		e := -1 // just after the occasion's noun, within three words: "in a televised speech"
		for o := k + 2; o <= last && o <= k+4 && !ws[o].punc; o++ {
			if len(a.lx.occasions[ws[o].low]) > 0 {
				e = o + 1
				break
			}
		}
		if e < 0 {
			continue
		}
		for m := e; m <= last; m++ {
			if !(timeNouns[ws[m].low] || months[ws[m].low] || ws[m].low == "on" || ws[m].low == "last" || ws[m].tag == "CD" || ws[m].punc) {
				return content // "in an interview with reporters who asked …": more than the occasion
			}
		}
		return claims.Span{Start: content.Start, End: ws[k-1].span.End}
	}
	return content
}

// occasionAt reports whether the noun phrase at ws[i] names an occasion of speaking: "a
// speech", "an interview on Tuesday".
func (a *analyser) occasionAt(ws []word, i int) bool {
	if i < len(ws) && (determiners[ws[i].low] || ws[i].tag == "PRP$") {
		i++
	}
	for k := i; k < len(ws) && k < i+4 && !ws[k].punc; k++ {
		if len(a.lx.occasions[ws[k].low]) > 0 {
			return true
		}
	}
	return false
}
