package extract

// time.go dates each statement the way a reader of the article does (GOLD.md, "Dates"),
// by the first of these rules that places it:
//
//   - own: its own time words, resolved from the publication date ("on Thursday");
//   - relation: counted from another statement or event, for a statement nested in
//     another's sentence ("one day after Lavrov said") or one whose time words count from
//     the last day the article has told ("an hour later", "the next day", "afterward");
//   - occasion: the occasion the article places it in: the one its sentence names ("at
//     the rally", "in a second interview"), else the scene its paragraph has set, else
//     its speaker's last occasion; an occasion the article does not date ("in a
//     statement", "told CNN") leaves it unknown;
//   - lede: the opening's present or present-perfect news ("X says", "X has denied") is
//     of the publication day, unless the next paragraphs place it on a day of their own;
//   - else unknown: what the article does not place ("he has long argued") is not dated
//     by guesswork.
//
// When.Text says which rule dated a statement: "on Thursday", "the interview on Monday
// night", "an hour later, counted from Trump’s remarks on Sunday", "publication day".

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

// publication returns the document's publication date: its metadata, else its own
// dateline. Zero when neither says.
func publication(doc claims.Document) claims.Date {
	if !doc.Published.IsZero() {
		return doc.Published
	}
	if d, _, ok := timex.Dateline(doc.Text); ok {
		return d
	}
	return claims.Date{}
}

// dateRule is the rule that dated a statement.
type dateRule uint8

const (
	byNone       dateRule = iota // nothing placed it
	byOwn                        // its own time words
	byRelation                   // counted from another statement or event
	byOccasion                   // the occasion the article places it in
	byLede                       // the lede's news, of the publication day
	byUndated                    // an occasion the article does not date: "in a statement"
	byBackground                 // outside the news of the article: "has long argued"
)

// placed reports whether a statement so dated sets an occasion that later statements of
// its speaker may continue.
func (r dateRule) placed() bool { return r != byNone && r != byBackground }

// event is a time the article has placed something at: a dated statement, or a time word
// of its narration ("Sanders won the primary on Tuesday").
type event struct {
	pos          int // where the article tells it
	unit         int
	stmt         int    // the statement, or -1 for narration
	noun, medium string // its occasion, where named: "rally", "cnn"
	when         claims.When
	day          bool   // when is a day, or one the publication date would tell
	desc         string // how a statement dated by it says so: "the rally on Wednesday night"
}

// dater dates the statements of one document in text order.
type dater struct {
	a        *analyser
	ats      []attribution
	units    []unit
	pub      claims.Date
	out      []claims.When
	rule     []dateRule
	desc     []string                  // per statement: how a later one dated by it says so
	occ      []occasionMention         // per statement: the occasion its sentence names
	own      []ownTime                 // per statement: its own time words
	unitOccs map[int][]occasionMention // occasions named in a unit, read once
	events   []event                   // in text order
	times    []event                   // every time the narration tells, to the month or year too: what "then" points at
	facts    []event                   // occasions dated anywhere, even in what is said: "his address Sunday"
	rank     map[int]int               // paragraph (block) → its rank among the paragraphs with text
	entry    []int                     // per unit: the unit of the live-blog time that opens its entry, or -1
	lede     int                       // the rank of the lede's paragraph
}

// ownTime is the time expression that dates a statement in its own sentence.
type ownTime struct {
	e     timex.Expr // its span is in document offsets
	ok    bool
	after bool // "after the meeting on Saturday": the statement follows that time
}

// dates gives each attribution the time it was said.
func (a *analyser) dates(pub claims.Date, ats []attribution, units []unit) []claims.When {
	a.remarks = a.remarkSentences(units, pub)
	d := &dater{
		a: a, ats: ats, units: units, pub: pub,
		out:      make([]claims.When, len(ats)),
		rule:     make([]dateRule, len(ats)),
		desc:     make([]string, len(ats)),
		occ:      make([]occasionMention, len(ats)),
		own:      make([]ownTime, len(ats)),
		unitOccs: map[int][]occasionMention{},
		rank:     map[int]int{},
	}
	for _, u := range units {
		if _, ok := d.rank[u.para]; !ok {
			d.rank[u.para] = len(d.rank)
		}
	}
	d.lede = d.ledeParagraph()
	d.entries()
	for ui := range units {
		d.occasionFacts(ui)
	}
	for i := range ats {
		d.own[i] = d.ownTime(i)
	}
	told := 0 // units whose narration is told
	for i := range ats {
		for ; told < ats[i].unit; told++ {
			d.narrate(told)
		}
		d.date(i)
	}
	return d.out
}

// date dates statement i by the first rule that places it, and records the event.
func (d *dater) date(i int) {
	at := d.ats[i]
	m, named := d.occasionOf(i)
	d.occ[i] = m
	switch {
	case at.nested && d.nested(i):
	case d.ownWords(i):
	case d.then(i):
	case named && d.named(i, m):
	case d.background(i):
		d.set(i, claims.When{}, byBackground, "")
	case d.remark(i):
	case d.ledeNews(i):
	case d.continues(i):
	}
	if d.rule[i].placed() && dated(d.out[i]) {
		d.events = append(d.events, event{pos: d.anchor(i), unit: at.unit, stmt: i,
			noun: d.occ[i].noun, medium: d.occ[i].medium, when: d.out[i], day: d.dayPlaced(i), desc: d.desc[i]})
	}
}

// dayPlaced reports whether statement i is placed on a day, or on one the publication
// date would tell.
func (d *dater) dayPlaced(i int) bool {
	w := d.out[i]
	if w.Precision == claims.Day {
		return true
	}
	if w.Precision != claims.Unknown || w.Relative == "" {
		return false
	}
	if o := d.own[i]; o.ok && d.rule[i] == byOwn {
		return dayExpr(o.e)
	}
	return true
}

// anchor returns where statement i is told: its cue, or its content when it has none.
func (d *dater) anchor(i int) int {
	if at := d.ats[i]; !at.cue.IsZero() {
		return at.cue.Start
	}
	return d.ats[i].content.Start
}

func (d *dater) set(i int, w claims.When, r dateRule, desc string) {
	d.out[i], d.rule[i], d.desc[i] = w, r, desc
}

// dated reports whether w places a statement in time: a date, or words that could not be
// resolved without the publication date ("Thursday").
func dated(w claims.When) bool { return w.Precision != claims.Unknown || w.Relative != "" }

// dayOf reports whether w is a day, or a day the publication date would tell: "Thursday"
// in a document with none.
func dayOf(w claims.When) bool {
	return w.Precision == claims.Day || w.Precision == claims.Unknown && w.Relative != "" && w.Text != ""
}

// anyDay is a publication date against which an expression shows its precision.
var anyDay = claims.NewDate(2000, time.June, 15)

// weekExpr reports whether e names a week: "last week", "this week".
func weekExpr(e timex.Expr) bool {
	return e.Kind == timex.Deictic && e.Resolve(anyDay).Precision == claims.Week
}

// dayExpr reports whether e names a day: "on Thursday", "yesterday", "March 3", not "in
// March" or "last week".
func dayExpr(e timex.Expr) bool {
	return e.Kind != timex.Anchored && e.Resolve(anyDay).Precision == claims.Day
}

// inherit returns w told by other words: the rule and what it counted from. Relative
// keeps the normal form of the time inherited ("Thursday").
func inherit(w claims.When, text string) claims.When {
	w.Text = text
	return w
}

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
		d.set(i, claims.When{Text: d.a.text[d.followStart(i, e):e.Span.End]}, byRelation, "")
	case e.Kind == timex.Anchored:
		w := claims.When{Text: e.Text} // counted from nothing the article told
		days, counted := e.Relative()
		desc := ""
		if ev, ok := d.lastDay(i); ok && counted {
			w = d.counted(e.Text+", counted from "+ev.desc, days, ev.when)
			desc = ev.desc // the same day
			if days != 0 {
				desc = lastName(at.speaker.Name) + "’s remarks " + e.Text
			}
		}
		d.set(i, w, byRelation, desc)
	default:
		w := e.Resolve(d.pub)
		desc := e.Text
		if m := d.occ[i]; m.noun != "" && m.ref != refAfter {
			desc = "the " + m.noun + " " + withPrep(e.Text)
		} else if at.speaker.Name != "" {
			desc = lastName(at.speaker.Name) + "’s remarks " + withPrep(e.Text)
		}
		d.set(i, w, byOwn, desc)
	}
	return true
}

// then dates a statement that says it was made "then" or "at the time": at the last time
// the article told,
// in its paragraph or the two before ("In June, Graham called on Republicans to
// unendorse Trump. “…,” Graham told The New York Times then.").
func (d *dater) then(i int) bool {
	at := d.ats[i]
	u := d.units[at.unit]
	if at.cue.IsZero() {
		return false
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
	pos, r := d.anchor(i), d.rank[u.para]
	var last event
	found := false
	for _, list := range [][]event{d.times, d.events} {
		for k := len(list) - 1; k >= 0; k-- {
			ev := list[k]
			if ev.pos < pos && d.rank[d.units[ev.unit].para] >= r-2 && !d.above(ev.unit) {
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

// counted returns the day days after w (before, when negative), told by text; without a
// date, the normal form counted from w's ("1 day before Thursday").
func (d *dater) counted(text string, days int, w claims.When) claims.When {
	out := claims.When{Text: text}
	switch {
	case w.Precision == claims.Day:
		out.Date, out.Precision = w.Date.AddDays(days), claims.Day
	case w.Relative != "" && days == 0:
		out.Relative = w.Relative
	case w.Relative != "":
		out.Relative = normalSpan(days, "day") + " " + w.Relative
	}
	return out
}

// normalSpan is n units away in the normal form of When.Relative: "1 day before", "2
// months after".
func normalSpan(n int, unit string) string {
	dir := " after"
	if n < 0 {
		n, dir = -n, " before"
	}
	if n != 1 {
		unit += "s"
	}
	return strconv.Itoa(n) + " " + unit + dir
}

// withPrep returns time words as they read after a noun: "Thursday" becomes "on Thursday".
func withPrep(s string) string {
	first, _, _ := strings.Cut(strings.ToLower(s), " ")
	if timeNames[first] || first != "" && first[0] >= '0' && first[0] <= '9' {
		return "on " + s
	}
	return s
}

// bare returns time words without their preposition: "on Thursday" becomes "Thursday".
func bare(s string) string {
	low := strings.ToLower(s)
	for _, p := range []string{"on ", "in ", "at ", "during ", "over "} {
		if strings.HasPrefix(low, p) {
			return s[len(p):]
		}
	}
	return s
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

// nested dates a statement nested in another's sentence by its relation to that host:
// "one day after Lavrov said", "a month after promising". With no statement for a host
// ("The endorsement comes three days after Trump told …"), the relation counts from the
// last day the article has told.
func (d *dater) nested(i int) bool {
	at := d.ats[i]
	var hw claims.When
	var hostName string
	if h := at.host; h >= 0 {
		hw, hostName = d.out[h], lastName(d.ats[h].speaker.Name)+"’s remarks"
	} else if ev, ok := d.lastDay(i); ok {
		hw, hostName = ev.when, ev.desc
	} else {
		hostName = "the events it follows"
	}
	for _, e := range timex.Find(at.relWords.In(d.a.text)) {
		days, inDays := e.Relative()
		months, inMonths := e.RelativeMonths()
		switch {
		case !inDays && !inMonths && e.Kind == timex.Anchored:
			// "weeks after its chief executive said": before the host, but not by how much.
			d.set(i, claims.When{Text: e.Text + " " + hostName}, byRelation, "")
		case !inDays && !inMonths:
			continue
		case inMonths && (hw.Precision == claims.Day || hw.Precision == claims.Month):
			// "confirmed on Monday …, a month after promising …": the month before.
			w := claims.When{Date: claims.NewDate(hw.Date.Year, hw.Date.Month-time.Month(months), 1), Precision: claims.Month, Text: spanWords(-months, "month") + " " + hostName}
			d.set(i, w, byRelation, w.Text)
		case inMonths:
			w := claims.When{Text: spanWords(-months, "month") + " " + hostName}
			if hw.Relative != "" {
				w.Relative = normalSpan(-months, "month") + " " + hw.Relative
			}
			d.set(i, w, byRelation, "")
		default:
			// The host is days after the nested statement: "one day after Lavrov said"
			// dates Lavrov's remarks one day before the host's.
			w := d.counted(spanWords(-days, "day")+" "+hostName, -days, hw)
			d.set(i, w, byRelation, w.Text)
		}
		return true
	}
	return false
}

// spanWords says n units away in words: "one day before", "two months after", "the same
// day as".
func spanWords(n int, unit string) string {
	if n == 0 {
		return "the same " + unit + " as"
	}
	dir := " before"
	if n > 0 {
		dir = " after"
	} else {
		n = -n
	}
	num := strconv.Itoa(n)
	if n < len(countWords) {
		num = countWords[n]
	}
	if n == 1 {
		return num + " " + unit + dir
	}
	return num + " " + unit + "s" + dir
}

var countWords = [...]string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// named dates statement i by the occasion its sentence names, when that settles it.
func (d *dater) named(i int, m occasionMention) bool {
	switch m.ref {
	case refAfter, refEarlier:
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
	if ev, ok := d.lastPlacing(i); ok {
		r, ri := d.rank[d.units[ev.unit].para], d.rank[d.units[d.ats[i].unit].para]
		near := r >= ri-1 || r == d.lede
		// A written act is one of its own, unless it tells where the lede's news came from:
		// "X called on Wednesday for …. “…,” X wrote in a tweet."
		told := !m.written || r == d.lede && ri <= d.lede+1
		if m.noun != "" && m.noun == ev.noun && (m.medium == "" || ev.medium == "") || near && told && ev.noun == "" && ev.medium == "" {
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
	d.set(i, claims.When{}, byUndated, "")
	return true
}

// clockRE matches a live blog's entry time alone on its line: "3:25 p.m.", "11 a.m.".
var clockRE = regexp.MustCompile(`(?i)^\d{1,2}(:\d{2})?\s*[ap]\.?m\.?$`)

// entries marks the units of a live blog ("The Latest": entries under "3:25 p.m.", "12:50
// p.m."), each entry news of the publication day. An article needs two such times to be
// one.
func (d *dater) entries() {
	d.entry = make([]int, len(d.units))
	open, n := -1, 0
	for k, u := range d.units {
		if clockRE.MatchString(strings.TrimSpace(u.span.In(d.a.text))) {
			open = k
			n++
		}
		d.entry[k] = open
	}
	if n < 2 {
		for k := range d.entry {
			d.entry[k] = -1
		}
	}
}

// entryDay dates statement i by its live-blog entry: the publication day, when it has one.
func (d *dater) entryDay(i int) bool {
	e := d.entry[d.ats[i].unit]
	if e < 0 || d.pub.IsZero() {
		return false
	}
	desc := "the entry of " + strings.TrimSpace(d.units[e].span.In(d.a.text)) + ", publication day"
	d.set(i, claims.When{Date: d.pub, Precision: claims.Day, Text: desc}, byOccasion, desc)
	return true
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

// background reports whether statement i is told as outside the news: a present perfect
// or past perfect out of the lede ("has said", "had argued"), or a habit ("has long
// argued", "often says").
func (d *dater) background(i int) bool {
	t := d.tense(i)
	return t.habit || t.perfect && !d.inLede(i)
}

// cueTense is what the words of a cue say of its time.
type cueTense struct {
	present bool // "says", "is calling", "has denied": news of now
	perfect bool // "has said", "had argued"
	habit   bool // "has long argued", "often says", "repeatedly said"
}

// tense reads the tense of statement i's cue from the cue and the words before it.
func (d *dater) tense(i int) cueTense {
	at := d.ats[i]
	var t cueTense
	if at.cue.IsZero() {
		return t
	}
	u := d.units[at.unit]
	cue := scanWords(d.a.text, at.cue)
	if len(cue) == 0 {
		return t
	}
	first := cue[0].low
	before := scanWords(d.a.text, claims.Span{Start: max(u.span.Start, at.cue.Start-60), End: at.cue.Start})
	aux := ""
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		w := before[k].low
		if habitWords[w] {
			t.habit = true
			continue
		}
		if w == "also" || w == "not" || w == "never" || w == "ever" || w == "again" || w == "publicly" || w == "privately" || w == "already" || w == "since" || w == "just" || w == "now" || w == "still" {
			continue
		}
		aux = w
		break
	}
	switch aux {
	case "has", "have", "had", "’ve", "'ve", "’s", "'s":
		t.perfect = true
		t.present = aux != "had"
		return t
	case "is", "are", "am", "’re", "'re":
		t.present = true
		return t
	case "to": // "has continued to push for"
		for k := len(before) - 2; k >= 0 && k >= len(before)-4; k-- {
			if w := before[k].low; w == "has" || w == "have" || w == "had" {
				t.perfect, t.present = true, w != "had"
			}
		}
		return t
	case "will", "would", "could", "may", "might", "can", "did", "does", "do":
		return t
	}
	t.present = !pastForm(first) && !strings.HasSuffix(first, "ing") && first != "according"
	return t
}

// habitWords before a cue say a statement is a habit, not an event: "has long argued".
var habitWords = map[string]bool{"long": true, "repeatedly": true, "often": true, "frequently": true, "consistently": true, "always": true, "regularly": true, "routinely": true, "previously": true, "once": true, "sometimes": true}

// pastForm reports whether a cue word is in the past tense.
func pastForm(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "said", "told", "wrote", "thought", "felt", "spoke", "gave", "made", "took", "knew", "saw", "found", "held", "put", "sent", "led", "meant", "brought", "fought", "sought", "stood", "won", "lost", "set", "let", "kept", "left", "got", "came", "went", "became", "began", "drew", "threw", "swore", "forbade", "foresaw", "bade", "laid", "paid", "hit", "cut", "shot", "struck":
		return true
	}
	return false
}

// ledeParagraph returns the rank of the lede's paragraph: the first of body text after
// any title or label, a paragraph of one short sentence that tells no past ("Sanders
// ready to take a stand.", "ABSTRACT."); -1 when there is no body text.
func (d *dater) ledeParagraph() int {
	units := d.units
	alone := func(k int) bool {
		return (k == 0 || units[k-1].para != units[k].para) && (k+1 == len(units) || units[k+1].para != units[k].para)
	}
	// A label near the top ("ABSTRACT.", "FULL TEXT.") opens a section of its own: the
	// lede follows the last one.
	start := 0
	for k, u := range units {
		if d.rank[u.para] > 6 {
			break
		}
		if alone(k) && u.span.Len() <= 24 && isLabel(u.span.In(d.a.text)) {
			start = k + 1
		}
	}
	first := -1
	for k := start; k < len(units); k++ {
		u := units[k]
		if u.kind != body {
			continue
		}
		if !alone(k) || u.span.Len() > 150 || d.tellsPast(u) {
			return d.rank[u.para]
		}
		if first < 0 {
			first = d.rank[u.para] // a title or a subtitle
		}
	}
	return first
}

// isLabel reports whether s is a label in capitals: "ABSTRACT.", "FULL TEXT:".
func isLabel(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// tellsPast reports whether a sentence tells of a day gone by, as a lede does and a title
// does not: "The Kremlin said on Wednesday that …".
func (d *dater) tellsPast(u unit) bool {
	for _, e := range timex.Find(u.span.In(d.a.text)) {
		if dayExpr(e) {
			return true
		}
	}
	for _, w := range scanWords(d.a.text, u.span) {
		if w.low == "said" || w.low == "told" {
			return true
		}
	}
	return false
}

// above reports whether unit ui stands above the lede: a headline, title or label, which
// sums the article up and places nothing after it.
func (d *dater) above(ui int) bool {
	u := d.units[ui]
	return u.kind == headline || d.lede >= 0 && d.rank[u.para] < d.lede
}

// inLede reports whether statement i stands in the lede, or in a headline or title above
// it.
func (d *dater) inLede(i int) bool {
	ui := d.ats[i].unit
	r := d.rank[d.units[ui].para]
	if e := d.entry[ui]; e >= 0 && r == d.rank[d.units[e].para]+1 {
		return true // the first paragraph of a live blog's entry
	}
	return d.lede >= 0 && r <= d.lede
}

// ledeNews dates a statement of the lede told in the present or present perfect ("X
// says", "X has denied"): the publication day, unless the next paragraphs place its
// speaker's statement on a day of its own ("X says …. In an interview on Monday, X said
// …").
func (d *dater) ledeNews(i int) bool {
	if !d.inLede(i) || !d.tense(i).present && !(d.ats[i].headline && d.ats[i].cue.IsZero()) {
		return false // a headline with no verb ("Kremlin: talks possible") is news of now
	}
	at := d.ats[i]
	last := d.lede + 2
	for j := i + 1; j < len(d.ats); j++ {
		bt := d.ats[j]
		if d.rank[d.units[bt.unit].para] > last {
			break
		}
		o := d.own[j]
		if !o.ok || o.after || o.e.Kind == timex.Anchored || bt.nested || !sameVoice(bt.speaker, at.speaker) {
			continue
		}
		if w := o.e.Resolve(d.pub); dayOf(w) {
			desc := lastName(bt.speaker.Name) + "’s remarks " + withPrep(o.e.Text)
			if n, ok := d.occasionOf(j); ok && n.noun != "" && n.ref != refAfter {
				desc = "the " + n.noun + " " + withPrep(o.e.Text)
			}
			d.set(i, inherit(w, desc), byOccasion, desc)
			return true
		}
	}
	w := claims.When{Text: "publication day"}
	if d.pub.IsZero() {
		w.Relative = "publication day"
	} else {
		w.Date, w.Precision = d.pub, claims.Day
	}
	d.set(i, w, byLede, "publication day")
	return true
}

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
		if own && ev.stmt >= 0 && !d.ats[ev.stmt].nested && sameVoice(d.ats[ev.stmt].speaker, at.speaker) || !own && (d.units[ev.unit].para == para || d.places(ev, at.speaker)) {
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
	if !found || d.entry[at.unit] >= 0 && d.entry[best.unit] != d.entry[at.unit] && !own {
		return d.entryDay(i)
	}
	if main, ok := d.mainLine(i, best); ok {
		best = main
	}
	d.set(i, inherit(best.when, best.desc), byOccasion, best.desc)
	d.occ[i].noun, d.occ[i].medium = best.noun, best.medium
	return true
}

// mainLine returns the speaker's day the article comes back to after a flashback: when
// the last place of statement i's speaker, in an earlier paragraph, is a time not told
// to the day and before a day the article had placed that speaker at ("told the Times
// then", in June, between quotations of an interview on Thursday).
func (d *dater) mainLine(i int, last event) (event, bool) {
	at := d.ats[i]
	if dayOf(last.when) || last.when.Precision == claims.Unknown || d.units[last.unit].para == d.units[at.unit].para {
		return event{}, false
	}
	end := last.when.Date // the end of the period it names
	switch last.when.Precision {
	case claims.Week:
		end = end.AddDays(6)
	case claims.Month:
		end = claims.NewDate(end.Year, end.Month+1, 0)
	case claims.Year:
		end = claims.NewDate(end.Year, 12, 31)
	}
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

// places reports whether ev places speaker sp: a statement of the same voice, or a
// sentence that names sp in its narration or before its own statement's cue; not a
// statement nested in another's sentence.
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
	return d.names(u, sp)
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
		if ev := d.events[k]; ev.pos < pos && !d.above(ev.unit) && d.places(ev, d.ats[i].speaker) {
			return ev, true
		}
	}
	return event{}, false
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
	var contents, owns []claims.Span
	for j, at := range d.ats {
		if at.unit == ui {
			contents = append(contents, at.content)
			if d.own[j].ok {
				owns = append(owns, d.own[j].e.Span)
			}
		}
	}
	sent := u.span.In(d.a.text)
	for _, e := range timex.Find(sent) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		if e.Since || slices.Contains(owns, sp) || d.future(u, sp) || d.follows(u, sp) {
			continue // a statement's own time is told with it
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

// wrapped reports whether a date without its year resolved to a year before publication
// from a month and day after it: "July 8" in a paper of June 29 is more likely to come
// than to have passed almost a year ago.
func (d *dater) wrapped(e timex.Expr, w claims.When) bool {
	return e.Kind == timex.Calendar && !d.pub.IsZero() && w.Date.Year < d.pub.Year && !strings.Contains(e.Text, strconv.Itoa(w.Date.Year)) && w.Date.DaysUntil(d.pub) > 180
}

// occasionFacts records the occasions unit ui dates, even inside what is said: "his
// address Sunday", "the rally on Wednesday night", "Thursday's debate".
func (d *dater) occasionFacts(ui int) {
	u := d.units[ui]
	for _, e := range timex.Find(u.span.In(d.a.text)) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		if e.Since || e.Kind == timex.Anchored || e.Kind == timex.Vague || !dayExpr(e) {
			continue
		}
		m, ok := d.occasionAround(ui, sp)
		if gap := between(d.a.text, m.span, sp); m.noun == "" || !ok && gap != " " && gap != " on " {
			continue // only a time told right with its occasion: "his address Sunday"
		}
		w := e.Resolve(d.pub)
		if d.wrapped(e, w) {
			continue
		}
		d.facts = append(d.facts, event{pos: sp.Start, unit: ui, stmt: -1, noun: m.noun, medium: m.medium, when: w, day: true, desc: "the " + m.noun + " " + withPrep(e.Text)})
	}
}

// future reports whether the words of its sentence make the time at sp one to come:
// "will vote on Monday", "is scheduled for Tuesday", "On Thursday, Comey will testify".
func (d *dater) future(u unit, sp claims.Span) bool {
	ws := scanWords(d.a.text, u.span)
	for k, w := range ws {
		if w.span.Start >= sp.End && k > 0 && ws[k-1].span.End > sp.End+60 {
			break // a few words after the time at most
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

// occasionsOf returns the occasions named in unit ui, read once.
func (d *dater) occasionsOf(ui int) []occasionMention {
	ms, ok := d.unitOccs[ui]
	if !ok {
		ms = d.a.lx.occasionsIn(scanWords(d.a.text, d.units[ui].span))
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
		if m.span.Contains(sp) {
			return m, true
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
		if dist := distance(m.span, ref); bestDist < 0 || dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best, bestDist >= 0
}

// elsewhere reports whether sp lies in what statement i says, in its relation words, or
// in what another statement of its unit says, unless that statement reports i's.
func (d *dater) elsewhere(i int, sp claims.Span) bool {
	at := d.ats[i]
	if overlaps(at.content, sp) || overlaps(at.relWords, sp) {
		return true
	}
	for j, bt := range d.ats {
		if j != i && bt.unit == at.unit && (overlaps(bt.content, sp) && !bt.content.Contains(at.cue) || overlaps(bt.relWords, sp)) {
			return true
		}
	}
	return false
}

// ownTime returns the time expression of statement i's sentence that dates its cue:
// outside what is said, in no parenthesis that leaves the cue out, modifying no noun but
// an occasion ("in a Thursday interview"), the nearest to the cue; one in an "after …"
// phrase only when no other dates it. A nested statement's own words stand in its host's
// sentence after its relation words.
func (d *dater) ownTime(i int) ownTime {
	at := d.ats[i]
	u := d.units[at.unit]
	sent := u.span.In(d.a.text)
	var best ownTime
	bestDist := -1
	ref := at.cue
	if ref.IsZero() {
		ref = at.content
	}
	for _, e := range timex.Find(sent) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		late := false // said at the end of what is said: "Trump said Obama founded ISIS on Wednesday"
		if d.elsewhere(i, sp) {
			if late = d.trailing(i, e, sp) || d.leading(i, sp); !late {
				continue
			}
		}
		if e.Since || d.aside(u, sp, ref) || d.relClause(u, sp) != d.relClause(u, ref) || d.laterCue(i, sp) {
			continue
		}
		if at.nested && !at.relWords.IsZero() && sp.Start < at.relWords.End {
			continue // the host's time words
		}
		if e.Kind == timex.Anchored && d.countsFromNext(e, sp) {
			continue // "hours after the staffer was charged": from an event it does not date
		}
		if e.Attributive {
			if _, ok := d.occasionAround(at.unit, sp); !ok {
				continue // "the March 29 talks", "Thursday's remarks by Peskov"
			}
		}
		after := e.Kind != timex.Anchored && d.follows(u, sp)
		dist := distance(sp, ref)
		if after {
			dist += 1 << 20 // an "after …" time only when nothing else dates it
		}
		if late {
			dist += 1 << 19
		}
		if bestDist < 0 || dist < bestDist {
			e.Span = sp
			best, bestDist = ownTime{e: e, ok: true, after: after}, dist
		}
	}
	return best
}

// trailing reports whether the time words e at sp close what statement i reports, so
// that they may date its cue: "Trump said Obama was the founder of ISIS on Wednesday at a
// Florida rally", "likened RT to the BBC in an interview with The Post last week". Only a
// day or a week, in reported speech with no future before it and no verb after it in
// its clause.
func (d *dater) trailing(i int, e timex.Expr, sp claims.Span) bool {
	at := d.ats[i]
	month := e.Kind == timex.Calendar && e.Resolve(anyDay).Precision == claims.Month
	if at.quoted || !at.content.Contains(sp) || sp.Start == at.content.Start || !dayExpr(e) && !weekExpr(e) && !month || e.Kind == timex.Calendar && !month || e.Attributive {
		return false
	}
	for _, w := range at.words {
		if month && (w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP") {
			return false // "prices rose in May" tells when prices rose
		}
	}
	var prev word
	for k, w := range at.words {
		if w.span.End <= sp.Start {
			infinitive := w.low == "to" && k+1 < len(at.words) && at.words[k+1].tag == "VB" // "to visit on Tuesday"
			if futureWords[w.low] || plannedWords[w.low] || w.low == "would" || w.low == "going" || infinitive {
				return false
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
// "He went further on Tuesday, saying …".
func (d *dater) leading(i int, sp claims.Span) bool {
	at := d.ats[i]
	if sp.Start < at.content.Start || sp.End >= at.content.End {
		return false
	}
	n := 0
	for _, w := range at.words {
		if w.span.End <= sp.Start {
			if n++; n > 2 || strings.HasPrefix(w.tag, "VB") || w.punc {
				return false // "went further on Tuesday, saying": only a word or two before it
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(d.a.text[sp.End:at.content.End], " "))
	return r == ',' || isQuoteRune(r)
}

// relClause returns the relative clause between commas that holds sp: ", who on Tuesday
// endorsed Clinton,"; zero when none does.
func (d *dater) relClause(u unit, sp claims.Span) claims.Span {
	s := d.a.text[u.span.Start:u.span.End]
	off := sp.Start - u.span.Start
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
		return claims.Span{}
	}
	return claims.Span{Start: u.span.Start + open, End: u.span.Start + off + end}
}

// followWords open a phrase of what a statement came after.
var followWords = map[string]bool{"after": true, "following": true, "before": true, "until": true}

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
			return k == 0 || !soonWords[ws[k-1].low]
		}
	}
	return false
}

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

func overlaps(a, b claims.Span) bool { return a.Start < b.End && b.Start < a.End && !a.IsZero() }

// between returns the text between two spans that do not overlap, else "".
func between(text string, a, b claims.Span) string {
	switch {
	case a.End <= b.Start:
		return text[a.End:b.Start]
	case b.End <= a.Start:
		return text[b.End:a.Start]
	}
	return ""
}

func distance(a, b claims.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

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
		ws := scanWords(a.text, u.span)
		has := false
		for i, w := range ws {
			if i < 6 && remarkWords[w.low] && i > 0 && (ws[i-1].low == "the" || ws[i-1].low == "his" || ws[i-1].low == "her" || ws[i-1].low == "their") {
				has = true
			}
		}
		if !has {
			continue
		}
		for _, e := range timex.Find(s) {
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
