package extract

// time.go dates each statement the way a reader of the article does (GOLD.md, "Dates"),
// by the first of these rules that places it, in text order (date names the order):
//
//   - own: its own time words, resolved from the publication date ("on Thursday", "in a
//     Thursday interview", "then"); timeown.go;
//   - relation: counted from another statement or event, for a statement nested in
//     another's sentence ("one day after Lavrov said") or one whose time words count from
//     the last time the article told ("an hour later", "the next day", "afterward");
//     this file;
//   - occasion: the occasion its sentence names ("at the rally", "in a second
//     interview", "told O'Reilly"), occasion.go; an occasion the article does not date
//     ("in a statement") leaves it unknown;
//   - background: a perfect, a habit or an untold time out of the lede ("has long
//     argued", "said at one point during the campaign") is not news, and the lede's
//     present or present-perfect news ("X says", "X has denied"), or its past with no
//     day in the lede, is of the publication day unless the next paragraphs place it on
//     a day of its own, as is an entry of a live blog; timelede.go;
//   - scene: the place the article has set: its paragraph's, its speaker's last (its
//     statements, narration naming it), the remarks a later sentence dates, else the
//     occasion the lede dates ("clashed on Thursday night in the final debate"); a
//     flashback (counted back, or in the past perfect) holds only its paragraph; a
//     sentence that opens with a month or a year ("In April 2009, …") moves the scene
//     back to it; timescene.go;
//   - else unknown: what the article does not place is not dated by guesswork.
//
// When.Text says which rule dated a statement: "on Thursday", "the interview on Monday
// night", "An hour later, counted from the tweet on Sunday morning", "publication day";
// Relative keeps the normal form of the time when there is no publication date.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

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

	found  map[int][]timex.Expr // see timesIn
	tenses []cueTense           // see tense
}

// timesIn returns timex.Find of unit ui's text, read once: the caller must not change it.
func (d *dater) timesIn(ui int) []timex.Expr {
	es, ok := d.found[ui]
	if !ok {
		es = slices.Clip(findTimes(d.units[ui].span.In(d.a.text)))
		if d.found == nil {
			d.found = map[int][]timex.Expr{}
		}
		d.found[ui] = es
	}
	return es
}

// findTimes returns timex.Find of s less the time words of titles (inTitle).
func findTimes(s string) []timex.Expr {
	return slices.DeleteFunc(timex.Find(s), func(e timex.Expr) bool { return inTitle(s, e.Span) })
}

// inTitle reports whether sp stands in a short quoted title in s, whose time words name
// a show, not a time: “Fox News Sunday”, “This Week”.
func inTitle(s string, sp claims.Span) bool {
	open := strings.LastIndexAny(s[:sp.Start], "“\"")
	if open < 0 || strings.ContainsAny(s[open+1:sp.Start], "”.,;") {
		return false
	}
	end := strings.IndexAny(s[sp.End:], "”\"")
	if end < 0 {
		return false
	}
	title := s[open+len(string([]rune(s[open:])[0])) : sp.End+end]
	title = strings.TrimRight(title, ".,")
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(title, ",;") {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false // "“on Sunday we will win”": a quotation, not a title
		}
	}
	return true
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
	done := make([]bool, len(ats))
	for i := range ats {
		if done[i] {
			continue
		}
		for ; told < ats[i].unit; told++ {
			d.narrate(told)
		}
		if h := ats[i].host; ats[i].nested && h > i && !done[h] && ats[h].unit == ats[i].unit {
			// "A day after the prefect said …, the minister said on Tuesday …": the host
			// told after the nested statement is dated first, for it counts from it.
			d.date(h)
			done[h] = true
		}
		d.date(i)
		done[i] = true
	}
	return d.out
}

// date dates statement i by the first rule that places it, and records the event.
func (d *dater) date(i int) {
	at := d.ats[i]
	m, named := d.occasionOf(i)
	d.occ[i] = m
	switch {
	case d.namedInside(i):
		d.set(i, claims.When{}, byBackground, "")
	case at.nested && d.nested(i):
	case d.ownWords(i):
	case d.then(i):
	case named && d.named(i, m):
	case d.released(i):
	case d.background(i):
		d.set(i, claims.When{}, byBackground, "")
	case d.goesOn(i):
	case d.remark(i):
	case d.ledeNews(i):
	case d.continues(i):
	}
	if d.rule[i].placed() && dated(d.out[i]) {
		d.events = append(d.events, event{pos: d.anchor(i), unit: at.unit, stmt: i,
			noun: d.occ[i].noun, medium: d.occ[i].medium, when: d.out[i], day: d.dayPlaced(i), desc: d.desc[i]})
	}
}

// released dates statement i whose speaker is a document, "the poll", "the report", by
// the day an earlier sentence says it was released: "A new poll was released
// Wednesday. … The poll found …".
func (d *dater) released(i int) bool {
	at := d.ats[i]
	name := strings.ToLower(at.speaker.Name)
	noun := name[strings.LastIndexByte(name, ' ')+1:]
	word, ok := documentWords[noun]
	if !ok {
		return false
	}
	pos, para := d.anchor(i), d.units[at.unit].para
	for ui := at.unit; ui >= 0 && d.units[ui].para >= para-3; ui-- {
		u := d.units[ui]
		low := strings.ToLower(u.span.In(d.a.text))
		for _, loc := range word.FindAllStringIndex(low, -1) {
			k := loc[0]
			if u.span.Start+k >= pos {
				break
			}
			m := releasedRE.FindStringSubmatchIndex(low[k:])
			if m == nil {
				continue
			}
			for _, e := range d.timesIn(ui) {
				if e.Span.Start < k+m[1] || e.Since || !dayExpr(e) {
					continue
				}
				desc := "the " + noun + " " + low[k+m[2]:k+m[3]] + " " + withPrep(e.Text)
				d.set(i, inherit(e.Resolve(d.pub), desc), byOccasion, desc)
				return true
			}
		}
	}
	return false
}

// documentWords finds each document noun, and "poll", as a word of its own: not "report"
// in "reporters".
var documentWords = func() map[string]*regexp.Regexp {
	out := map[string]*regexp.Regexp{"poll": regexp.MustCompile(`\bpoll\b`)}
	for n := range documentNouns {
		out[n] = regexp.MustCompile(`\b` + regexp.QuoteMeta(n) + `\b`)
	}
	return out
}()

// releasedRE finds, after a document's noun, the words that say it was made public:
// "poll of city voters was released", "report, published".
var releasedRE = regexp.MustCompile(`^\w+(?: [^.;]{0,60}?)?(?:,| was| were)? (released|published|issued|unveiled)\b`)

// namedInside reports whether statement i is a remark a reporting noun names inside
// another statement's content ("On Monday, Biden took aim at comments by Trump that …"):
// the sentence's time is the other's, and the remark, made before, places nothing.
func (d *dater) namedInside(i int) bool {
	at := d.ats[i]
	cue := strings.ToLower(at.cue.In(d.a.text))
	noun, _, _ := strings.Cut(cue, " ")
	if _, ok := d.a.lx.nominals[noun]; !ok || !strings.HasSuffix(cue, " that") {
		return false
	}
	for j, o := range d.ats {
		if j != i && o.content.Contains(at.cue) {
			return true
		}
	}
	return false
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

// nested dates a statement nested in another's sentence by its relation to that host:
// "one day after Lavrov said", "a month after promising". With no statement for a host
// ("The endorsement comes three days after Trump told …"), the relation counts from the
// last day the article has told.
func (d *dater) nested(i int) bool {
	at := d.ats[i]
	var hw claims.When
	var hostName string
	if h := at.host; h >= 0 {
		hw, hostName = d.out[h], remarksOf(d.ats[h].speaker.Name)
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
	return d.meanwhile(i)
}

// meanwhile dates a statement nested after "as", which tells no time of its own, at the
// day the clause it hangs on tells before it: "The disclosures by the FBI on Tuesday came
// as Clinton's lawyers opposed a request …". ("when" sets a stance in a scene without
// dating it: see TestNarrativeDates.)
func (d *dater) meanwhile(i int) bool {
	at := d.ats[i]
	ws := scanWords(d.a.text, at.relWords)
	if len(ws) == 0 || ws[len(ws)-1].low != "as" || d.own[i].ok || d.tense(i).perfect {
		return false // "as he had stated last month": its own time, a flashback
	}
	u := d.units[at.unit]
	var best claims.When
	found := false
	for _, e := range d.timesIn(at.unit) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		if sp.End > at.relWords.Start || e.Since || e.Kind == timex.Anchored || !dayExpr(e) || d.elsewhere(i, sp) || d.aside(u, sp, at.relWords) {
			continue
		}
		best, found = e.Resolve(d.pub), true
		best.Text = "as, " + e.Text
	}
	if found {
		d.set(i, best, byRelation, best.Text)
	}
	return found
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

// remarksOf names a speaker's remarks: "Peskov’s remarks", "North Korea’s remarks".
func remarksOf(name string) string {
	n := lastName(name)
	n = strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s")
	return n + "’s remarks"
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
