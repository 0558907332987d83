package timex

import (
	"time"

	"github.com/contradict/contradict/claims"
)

// matcher reads expressions from the tokens of one string.
type matcher struct {
	s string
	t []token
}

// match returns the longest expression that starts at token i and the index of the token
// after it.
func (m *matcher) match(i int) (Expr, int, bool) {
	if i >= len(m.t) {
		return Expr{}, 0, false
	}
	t := m.t[i]
	switch t.lex.cls {
	case wOn, wIn, wSince, wDuring, wOver, wAt:
		// A preposition joins the expression it introduces, unless that modifies a noun.
		if e, j, ok := m.core(i+1, t.lex.cls); ok && !e.Attributive && prepFits(t.lex.cls, e) {
			e.Span.Start = t.start
			e.Since = t.lex.cls == wSince
			return e, j, true
		}
	case wEarlier, wLater:
		// "earlier this week", "later on Thursday", "earlier today".
		if e, j, ok := m.match(i + 1); ok && !e.Attributive && !e.Since &&
			(e.Kind == Weekday || e.Kind == Deictic && e.v.n >= -1 && !e.v.noCount) {
			e.Span.Start = t.start
			return e, j, true
		}
	}
	return m.core(i, 0)
}

// prepFits reports whether the preposition p may open e: "on Thursday", "in April",
// "over the weekend", but not "at Thursday".
func prepFits(p class, e Expr) bool {
	switch p {
	case wOn:
		return e.Kind == Calendar && e.v.day != 0 || e.Kind == Weekday || e.Kind == Anchored
	case wIn, wDuring:
		return e.Kind == Calendar || e.Kind == Vague || e.Kind == Deictic && e.v.unit >= uWeek
	case wSince:
		return e.Kind != Anchored && e.Kind != Vague
	case wAt:
		return e.v.weekend || e.Kind == Calendar && e.v.part != 0 && e.v.day == 0
	case wOver:
		return e.v.weekend || e.Kind == Vague
	}
	return false
}

// core returns the longest expression without a leading preposition at token i. prep is
// the preposition before i, or 0.
func (m *matcher) core(i int, prep class) (Expr, int, bool) {
	if i >= len(m.t) {
		return Expr{}, 0, false
	}
	var best Expr
	bestJ := 0
	try := func(e Expr, j int, ok bool) {
		if ok && (bestJ == 0 || e.Span.End > best.Span.End) {
			best, bestJ = e, j
		}
	}
	switch t := m.t[i]; t.lex.cls {
	case cNone, cFunc, wCue, wOf, wOn, wIn, wSince, wDuring, wAt, wBefore, wAfter:
		if t.kind == tNum {
			try(m.calendar(i, prep))
			try(m.counted(i))
		}
		return best, bestJ, bestJ > 0
	}
	try(m.calendar(i, prep))
	try(m.weekday(i))
	try(m.deictic(i))
	try(m.counted(i))
	try(m.vague(i, prep))
	try(m.anchored(i))
	return best, bestJ, bestJ > 0
}

// expr returns an expression of kind k over tokens i to j-1.
func (m *matcher) expr(k Kind, i, j int, v value) (Expr, int, bool) {
	return Expr{Span: claims.Span{Start: m.t[i].start, End: m.t[j-1].end}, Kind: k, v: v}, j, true
}

// cls returns the class of token i, or cNone past the end.
func (m *matcher) cls(i int) class {
	if i < 0 || i >= len(m.t) {
		return cNone
	}
	return m.t[i].lex.cls
}

// punct reports whether token i is the ASCII punctuation c.
func (m *matcher) punct(i int, c byte) bool {
	return i >= 0 && i < len(m.t) && m.t[i].kind == tPunct && m.s[m.t[i].start] == c
}

// adjacent reports whether tokens i and i+1 touch.
func (m *matcher) adjacent(i int) bool {
	return i >= 0 && i+1 < len(m.t) && m.t[i].end == m.t[i+1].start
}

// hyphen reports whether token i is a hyphen or dash touching both its neighbours,
// as in "mid-May".
func (m *matcher) hyphen(i int) bool {
	if i <= 0 || i+1 >= len(m.t) || m.t[i].kind != tPunct || !m.adjacent(i-1) || !m.adjacent(i) {
		return false
	}
	switch m.s[m.t[i].start:m.t[i].end] {
	case "-", "\u2010", "\u2011", "\u2013":
		return true
	}
	return false
}

// isWord reports whether token i is the lower-case ASCII word w, in any case.
func (m *matcher) isWord(i int, w string) bool {
	if i < 0 || i >= len(m.t) || m.t[i].kind != tWord || m.t[i].end-m.t[i].start != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if m.s[m.t[i].start+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// number returns the value of token i when it is a number standing alone: not part of a
// word ("A4"), a decimal ("24.5"), a time ("10:30") or a grouped number ("1,000").
// An ordinal suffix ("24th") is taken with it; next is the token after the number.
func (m *matcher) number(i int) (n, next int, ok bool) {
	if i >= len(m.t) || m.t[i].kind != tNum || m.t[i].num < 0 {
		return 0, 0, false
	}
	if i > 0 && m.adjacent(i-1) && m.t[i-1].kind != tPunct {
		return 0, 0, false
	}
	next = i + 1
	if m.adjacent(i) {
		switch {
		case m.t[i+1].kind == tWord:
			if !m.isWord(i+1, "st") && !m.isWord(i+1, "nd") && !m.isWord(i+1, "rd") && !m.isWord(i+1, "th") {
				return 0, 0, false
			}
			next = i + 2
		case m.punct(i+1, '.') || m.punct(i+1, ':') || m.punct(i+1, ',') || m.punct(i+1, '/'):
			if m.adjacent(i+1) && i+2 < len(m.t) && m.t[i+2].kind == tNum {
				return 0, 0, false
			}
		case m.punct(i+1, '%'):
			return 0, 0, false
		}
	}
	return m.t[i].num, next, true
}

// day returns the day of the month at token i.
func (m *matcher) day(i int) (d, next int, ok bool) {
	n, next, ok := m.number(i)
	if !ok || n < 1 || n > 31 || m.t[i].end-m.t[i].start > 2 {
		return 0, 0, false
	}
	return n, next, true
}

// year returns the year at token i: four digits from 1900 to 2099.
func (m *matcher) year(i int) (y, next int, ok bool) {
	n, next, ok := m.number(i)
	if !ok || next != i+1 || m.t[i].end-m.t[i].start != 4 || n < 1900 || n > 2099 {
		return 0, 0, false
	}
	return n, next, true
}

// month returns the month named at token i and the token after it (and after the full stop
// of an abbreviation). Names must be capitalised: "may" and "march" are verbs.
func (m *matcher) month(i int) (mon time.Month, abbr bool, next int, ok bool) {
	if i >= len(m.t) || !m.t[i].upper {
		return 0, false, 0, false
	}
	switch t := m.t[i]; t.lex.cls {
	case cMonth:
		return time.Month(t.lex.val), false, i + 1, true
	case cAbbr:
		next = i + 1
		if m.adjacent(i) && m.punct(i+1, '.') {
			next++
		}
		return time.Month(t.lex.val), true, next, true
	}
	return 0, false, 0, false
}

// daysIn returns the number of days in month mon, allowing 29 February when the year is 0.
func daysIn(year int, mon time.Month) int {
	if year == 0 {
		year = 2000
	}
	return time.Date(year, mon+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// monthCue reports whether the word before token i lets a bare month name at i be a month:
// "in April", "since April", "the April talks", "until May", "not before October".
func (m *matcher) monthCue(i int, ambiguous bool) bool {
	switch m.cls(i - 1) {
	case wOn, wIn, wSince, wDuring, wOf, wLast, wThis, wNext, cPart:
		return true
	case wBefore, wAfter: // not "days after May resigned"
		return !ambiguous || !m.contentWord(i+1)
	case cDet:
		return m.isWord(i-1, "the")
	case cCount: // "a May interview", "an April poll": before a noun
		return (m.isWord(i-1, "a") || m.isWord(i-1, "an")) && m.contentWord(i+1)
	case wCue:
		return !ambiguous || !m.isWord(i-1, "and") && !m.isWord(i-1, "or") && !m.isWord(i-1, "to")
	}
	return false
}

// calendar reads a date, month or year:
//
//	[Weekday [,]] Month Day [[,] Year]      "Thursday, July 21", "Feb. 24", "February 24, 2022"
//	[Weekday [,]] [the] Day [of] Month [Year]   "24 February 2022", "the 24th of February"
//	[Part] Month [[,] Year]                 "late March", "mid-May", "April 2021"
//	[Part] Year                             "in 2021", "mid-2022" (after a preposition or part)
//	YYYY-MM-DD, M/D/YYYY
//
// followed by "last year" or "this year" when no year was given.
func (m *matcher) calendar(i int, prep class) (Expr, int, bool) {
	start := i
	var v value
	if m.cls(i) == cWeekday {
		v.weekday, v.named = time.Weekday(m.t[i].lex.val), true
		i++
		if m.punct(i, ',') {
			i++
		}
	}
	if m.t[start].kind == tNum {
		if e, j, ok := m.numeric(i); ok {
			return e, j, ok
		}
	}
	switch m.cls(i) {
	case cPart: // "late March", "mid-May", "late in March", "early 2022"
		if start != i {
			return Expr{}, 0, false
		}
		v.part = m.t[i].lex.val
		i++
		if m.hyphen(i) {
			i++
		} else if m.cls(i) == wIn && m.t[i-1].lex.val != mid {
			i++
		}
		return m.monthOrYear(start, i, v)
	case cDet: // "the 24th of February", "the end of March"
		if !m.isWord(i, "the") {
			return Expr{}, 0, false
		}
		if m.cls(i+1) == cPartNoun && m.cls(i+2) == wOf {
			if start != i {
				return Expr{}, 0, false
			}
			v.part = m.t[i+1].lex.val
			return m.monthOrYear(start, i+3, v)
		}
		if _, _, ok := m.day(i + 1); !ok {
			return Expr{}, 0, false
		}
		i++
	}
	if d, k, ok := m.day(i); ok { // Day [of] Month [Year]
		if m.cls(k) == wOf {
			k++
		}
		mon, _, k, ok := m.month(k)
		if !ok || d > daysIn(0, mon) {
			return Expr{}, 0, false
		}
		v.month, v.day = mon, d
		if y, k2, ok := m.year(k); ok && d <= daysIn(y, mon) {
			v.year, k = y, k2
		}
		return m.finish(start, k, v)
	}
	if m.t[start].kind == tNum && m.cls(start) == cNone {
		if prep != 0 && prep != wOn && prep != wAt && prep != wOver {
			if y, k, ok := m.year(i); ok { // "in 2021", "since 2014"
				v.year = y
				return m.finish(start, k, v)
			}
		}
		if y, k, ok := m.year(i); ok && prep == 0 && m.determiner(start-1) && m.contentWord(k) {
			v.year = y // "a 2014 interview", "the 2012 election"
			return m.finish(start, k, v)
		}
		return Expr{}, 0, false
	}
	mon, abbr, k, ok := m.month(i)
	if !ok {
		return Expr{}, 0, false
	}
	v.month = mon
	if d, k2, ok := m.day(k); ok && d <= daysIn(0, mon) { // Month Day [[,] Year]
		v.day = d
		k = k2
		y, k3, ok := m.year(k)
		if !ok && m.punct(k, ',') {
			y, k3, ok = m.year(k + 1)
		}
		if ok && d <= daysIn(y, mon) {
			v.year, k = y, k3
		}
		return m.finish(start, k, v)
	}
	if start != i {
		return Expr{}, 0, false // a weekday before a month alone: "Sunday, March"
	}
	if y, k2, ok := m.year(k); ok { // "April 2021"
		v.year = y
		return m.finish(start, k2, v)
	}
	if k < len(m.t) && m.t[k].kind == tNum {
		return Expr{}, 0, false // a number that is neither day nor year: "March 5%"
	}
	ambiguous := mon == time.March || mon == time.May
	if abbr || !m.monthCue(i, ambiguous) {
		return Expr{}, 0, false
	}
	return m.finish(start, k, v)
}

// monthOrYear reads the month or year after a part of a period: "late [in] March [2022]",
// "mid-2022".
func (m *matcher) monthOrYear(start, i int, v value) (Expr, int, bool) {
	if y, k, ok := m.year(i); ok {
		v.year = y
		return m.finish(start, k, v)
	}
	mon, abbr, k, ok := m.month(i)
	if !ok || abbr {
		return Expr{}, 0, false
	}
	v.month = mon
	if y, k2, ok := m.year(k); ok {
		v.year, k = y, k2
	} else if m.punct(k, ',') {
		if y, k2, ok := m.year(k + 1); ok {
			v.year, k = y, k2
		}
	}
	return m.finish(start, k, v)
}

// numeric reads YYYY-MM-DD and M/D/YYYY at token i.
func (m *matcher) numeric(i int) (Expr, int, bool) {
	if i+4 >= len(m.t) || !m.adjacent(i) || !m.adjacent(i+1) || !m.adjacent(i+2) || !m.adjacent(i+3) {
		return Expr{}, 0, false
	}
	if i > 0 && m.adjacent(i-1) && m.t[i-1].kind != tWord && !m.punct(i-1, '(') {
		return Expr{}, 0, false
	}
	a, b, c := m.t[i], m.t[i+2], m.t[i+4]
	if a.kind != tNum || b.kind != tNum || c.kind != tNum {
		return Expr{}, 0, false
	}
	if m.adjacent(i+4) && (m.t[i+5].kind != tPunct || m.punct(i+5, '-') || m.punct(i+5, '/')) {
		return Expr{}, 0, false
	}
	wa, wb, wc := a.end-a.start, b.end-b.start, c.end-c.start
	var v value
	switch {
	case m.punct(i+1, '-') && m.punct(i+3, '-') && wa == 4 && wb == 2 && wc == 2:
		v.year, v.month, v.day = a.num, time.Month(b.num), c.num
	case m.punct(i+1, '/') && m.punct(i+3, '/') && wa <= 2 && wb <= 2 && wc == 4:
		v.year, v.month, v.day = c.num, time.Month(a.num), b.num
	default:
		return Expr{}, 0, false
	}
	if v.year < 1900 || v.year > 2099 || v.month < 1 || v.month > 12 || v.day < 1 || v.day > daysIn(v.year, v.month) {
		return Expr{}, 0, false
	}
	return m.finish(i, i+5, v)
}

// finish completes a calendar expression over tokens start to j-1: it takes "last year" or
// "this year" after a date without a year and marks attributive use.
func (m *matcher) finish(start, j int, v value) (Expr, int, bool) {
	if v.year == 0 && v.month != 0 && (m.cls(j) == wLast || m.cls(j) == wThis) && m.cls(j+1) == cUnit && m.t[j+1].lex.val == uYear && m.isWord(j+1, "year") {
		v.hasShift = true
		if m.cls(j) == wLast {
			v.yearShift = -1
		}
		j += 2
	}
	e, j, _ := m.expr(Calendar, start, j, v)
	e.Attributive = m.attributive(start, j)
	return e, j, true
}

// attributive reports whether the name over tokens i to j-1 modifies a noun: it follows a
// determiner ("the March 29 talks") or takes a possessive ("Thursday's remarks").
func (m *matcher) attributive(i, j int) bool {
	return m.determiner(i-1) || m.possessive(j)
}

// determiner reports whether token i is a determiner or a possessive's "s".
func (m *matcher) determiner(i int) bool {
	switch {
	case i < 0:
		return false
	case m.cls(i) == cDet:
		return true
	case m.cls(i) == cCount && m.t[i].lex.val == 1 && (m.isWord(i, "a") || m.isWord(i, "an")):
		return true
	}
	return m.isWord(i, "s") && i > 0 && m.adjacent(i-1) && m.apostrophe(i-1)
}

// possessive reports whether tokens j and j+1 are "'s" touching the token before j.
func (m *matcher) possessive(j int) bool {
	return j > 0 && j+1 < len(m.t) && m.adjacent(j-1) && m.apostrophe(j) && m.adjacent(j) && m.isWord(j+1, "s")
}

func (m *matcher) apostrophe(i int) bool {
	if i < 0 || i >= len(m.t) || m.t[i].kind != tPunct {
		return false
	}
	switch m.s[m.t[i].start:m.t[i].end] {
	case "'", "\u2019":
		return true
	}
	return false
}

// weekday reads "[this|last|next] Weekday [time of day]" and "early|late [on] Weekday".
func (m *matcher) weekday(i int) (Expr, int, bool) {
	start := i
	var v value
	switch m.cls(i) {
	case wThis:
		i++
	case wLast:
		v.wdShift = -1
		i++
	case wNext:
		v.wdShift = 1
		i++
	case cPart:
		if m.t[i].lex.val == mid {
			return Expr{}, 0, false
		}
		i++
		if m.cls(i) == wOn {
			i++
		}
	}
	if m.cls(i) != cWeekday || m.isWord(i-1, "every") || m.isWord(i-1, "each") {
		return Expr{}, 0, false // not a date but a habit: "every Friday"
	}
	v.weekday = time.Weekday(m.t[i].lex.val)
	i++
	if m.cls(i) == cTOD {
		i++
	}
	e, j, _ := m.expr(Weekday, start, i, v)
	e.Attributive = m.attributive(start, j)
	return e, j, true
}

// deictic reads expressions counted from publication that name their period: "yesterday",
// "today", "tonight", "this morning", "last night", "this week", "last month",
// "next year", "last weekend", "the weekend".
func (m *matcher) deictic(i int) (Expr, int, bool) {
	var v value
	j := i + 1
	switch m.cls(i) {
	case wYesterday:
		v.unit, v.n = uDay, -1
		if m.cls(j) == cTOD {
			j++
		}
	case wToday, wTonight:
		v.unit = uDay
	case wThis, wLast, wNext:
		switch m.cls(i) {
		case wLast:
			v.n = -1
		case wNext:
			v.n = 1
		}
		switch m.cls(j) {
		case cTOD: // "this morning", "last night"
			if v.n > 0 || v.n == 0 && m.isWord(j, "night") {
				return Expr{}, 0, false
			}
			v.unit = uDay
		case cUnit:
			if v.unit = m.t[j].lex.val; v.unit == uHour || m.isPlural(j) {
				return Expr{}, 0, false
			}
		case wWeekend:
			v.weekend, v.unit = true, uWeek
			if v.n > 0 {
				return Expr{}, 0, false
			}
			v.n = 0
		default:
			return Expr{}, 0, false
		}
		j++
	case cDet: // "the weekend", after "over", "at", "during" or "on"
		if !m.isWord(i, "the") || m.cls(j) != wWeekend {
			return Expr{}, 0, false
		}
		switch m.cls(i - 1) {
		case wOver, wAt, wDuring, wOn:
		default:
			return Expr{}, 0, false
		}
		v.weekend, v.unit = true, uWeek
		j++
	default:
		return Expr{}, 0, false
	}
	if m.titled(i, j) {
		return Expr{}, 0, false
	}
	e, j, _ := m.expr(Deictic, i, j, v)
	e.Attributive = m.possessive(j)
	return e, j, true
}

// titled reports whether tokens i to j-1 are capitalised words that go on a name or a
// quoted title: "USA TODAY", ABC's "This Week", not "Today, the minister said".
func (m *matcher) titled(i, j int) bool {
	for k := i; k < j; k++ {
		if !m.t[k].upper {
			return false
		}
	}
	p := i - 1
	switch {
	case p < 0:
		return false
	case m.t[p].kind == tWord:
		return m.t[p].upper || m.isWord(p, "s") && m.apostrophe(p-1)
	case m.t[p].kind == tPunct:
		switch m.s[m.t[p].start:m.t[p].end] {
		case "\"", "\u201c", "'", "\u2018":
			return true
		}
	}
	return false
}

func (m *matcher) isPlural(i int) bool {
	t := m.t[i]
	return m.s[t.end-1]|0x20 == 's'
}

// count reads a count of units at token i: "two", "2", "a", "a few", "several",
// "a couple of", or nothing before a plural unit. n < 0 means an unknown count.
func (m *matcher) count(i int) (n, next int, ok bool) {
	switch m.cls(i) {
	case cCount:
		if m.cls(i+1) == cFew { // "a few", "a couple of"
			next = i + 2
			if m.isWord(i+1, "couple") && m.cls(next) == wOf {
				next++
			}
			return -1, next, true
		}
		return int(m.t[i].lex.val), i + 1, true
	case cFew:
		next = i + 1
		if m.isWord(i, "couple") && m.cls(next) == wOf {
			next++
		}
		return -1, next, true
	case cUnit:
		if m.isPlural(i) {
			return -1, i, true
		}
	case wMoments:
		return -1, i, true
	case cNone:
		if n, next, ok := m.number(i); ok && next == i+1 && n > 0 && n < 100 {
			return n, next, true
		}
	}
	return 0, 0, false
}

// counted reads a count of units before "ago" (Deictic) or "before", "after", "earlier",
// "later" (Anchored): "two days ago", "a few weeks ago", "one day after", "hours later".
func (m *matcher) counted(i int) (Expr, int, bool) {
	n, k, ok := m.count(i)
	if !ok || m.cls(k) != cUnit && !(m.cls(k) == wMoments && n < 0) {
		return Expr{}, 0, false
	}
	var v value
	v.unit = uHour
	if m.cls(k) == cUnit {
		v.unit = m.t[k].lex.val
		if (n == 1) == m.isPlural(k) && n >= 0 {
			return Expr{}, 0, false // "two day", "one days"
		}
		if n == 1 && m.isWord(k+1, "and") && m.isWord(k+2, "a") && m.isWord(k+3, "half") {
			k += 3 // "an hour and a half later"
		}
	}
	v.noCount = n < 0
	sign := 1
	kind := Anchored
	switch m.cls(k + 1) {
	case wAgo:
		sign, kind = -1, Deictic
	case wBefore, wEarlier:
		sign = -1
	case wAfter, wLater:
	default:
		return Expr{}, 0, false
	}
	if v.unit == uHour {
		n, v.noCount = 0, false
	}
	if v.noCount && kind == Deictic {
		kind = Vague // "a few days ago": some time before publication
	}
	v.n = sign * n
	if v.noCount {
		v.n = sign
	}
	return m.expr(kind, i, k+2, v)
}

// anchored reads "the day before", "the previous day", "the next morning", "the same day",
// "the week after", "later that day", "earlier in the day", "that same day", "the day
// before yesterday", and the same day's "later", "afterward", "shortly afterward".
func (m *matcher) anchored(i int) (Expr, int, bool) {
	var v value
	switch {
	case m.cls(i) == wLater || m.cls(i) == wEarlier:
		v.unit = uHour
		switch {
		case m.cls(i+1) == wThat && (m.isWord(i+2, "day") || m.cls(i+2) == cTOD): // "later that day", "earlier that morning"
			return m.expr(Anchored, i, i+3, v)
		case m.cls(i+1) == wIn && m.isWord(i+2, "the") && (m.isWord(i+3, "day") || m.cls(i+3) == cTOD): // "earlier in the day"
			return m.expr(Anchored, i, i+4, v)
		case m.cls(i) == wLater && !m.determiner(i-1) && !m.isWord(i-1, "than") && !m.isWord(i-1, "or") && !m.isWord(i+1, "than") && (!m.contentWord(i+1) || m.pastTense(i+1)):
			// "Later, the campaign said", "he later told": later the same day, as news tells
			// a day's events in order; not "a later date", "sooner or later".
			return m.expr(Anchored, i, i+1, v)
		}
		return Expr{}, 0, false
	case m.cls(i) == wSoon && m.cls(i+1) == wAfterward: // "shortly afterward"
		v.unit = uHour
		return m.expr(Anchored, i, i+2, v)
	case m.cls(i) == wAfterward:
		v.unit = uHour
		return m.expr(Anchored, i, i+1, v)
	case m.cls(i) == wThat && m.cls(i+1) == wSame && m.isWord(i+2, "day"):
		v.unit = uDay
		return m.expr(Anchored, i, i+3, v)
	case !m.isWord(i, "the"):
		return Expr{}, 0, false
	}
	j := i + 1
	switch m.cls(j) {
	case wPrevious:
		v.n = -1
	case wFollowing, wNext:
		v.n = 1
	case wSame:
	case cUnit, cTOD: // "the day before", "the night before"
		v.unit = uDay
		if m.cls(j) == cUnit {
			v.unit = m.t[j].lex.val
		}
		if v.unit != uDay && v.unit != uWeek || m.isPlural(j) {
			return Expr{}, 0, false
		}
		switch m.cls(j + 1) {
		case wBefore, wEarlier:
			if v.unit == uDay && m.cls(j+2) == wYesterday && m.isWord(j, "day") {
				v.n = -2
				return m.expr(Deictic, i, j+3, v)
			}
			v.n = -1
		case wAfter, wLater:
			v.n = 1
		default:
			return Expr{}, 0, false
		}
		return m.expr(Anchored, i, j+2, v)
	default:
		return Expr{}, 0, false
	}
	j++
	switch m.cls(j) {
	case cUnit:
		v.unit = m.t[j].lex.val
		if v.unit != uDay && v.unit != uWeek || m.isPlural(j) {
			return Expr{}, 0, false
		}
	case cTOD:
		if m.cls(j-1) == wSame {
			return Expr{}, 0, false
		}
		v.unit = uDay
	default:
		return Expr{}, 0, false
	}
	return m.expr(Anchored, i, j+1, v)
}

// vague reads "previously", "recently", "earlier", "last fall", "recent weeks" and "the
// past few days" (the last two after a preposition).
func (m *matcher) vague(i int, prep class) (Expr, int, bool) {
	v := value{noCount: true, n: -1}
	switch m.cls(i) {
	case wPreviously, wRecently:
		return m.expr(Vague, i, i+1, v)
	case wLast: // "last fall": a season, which news does not date to the month
		if m.determiner(i - 1) {
			return Expr{}, 0, false // "the last fall of the wall"
		}
		for _, w := range seasons {
			if m.isWord(i+1, w) {
				return m.expr(Vague, i, i+2, v)
			}
		}
	case wEarlier:
		e, j, _ := m.expr(Vague, i, i+1, v)
		e.Attributive = m.determiner(i-1) || m.contentWord(j)
		return e, j, true
	case wRecent: // "in recent weeks"
		if prep == 0 || m.cls(i+1) != cUnit || !m.isPlural(i+1) {
			return Expr{}, 0, false
		}
		v.unit = m.t[i+1].lex.val
		return m.expr(Vague, i, i+2, v)
	case cDet: // "over the past week", "in the last few days"
		if prep == 0 || !m.isWord(i, "the") || m.cls(i+1) != wPast && m.cls(i+1) != wLast {
			return Expr{}, 0, false
		}
		k := i + 2
		if _, k2, ok := m.count(k); ok {
			k = k2
		}
		if m.cls(k) != cUnit || m.t[k].lex.val == uHour {
			return Expr{}, 0, false
		}
		v.unit = m.t[k].lex.val
		return m.expr(Vague, i, k+1, v)
	}
	return Expr{}, 0, false
}

// seasons are the seasons of the year.
var seasons = [...]string{"spring", "summer", "fall", "autumn", "winter"}

// pastTense reports whether token i is a regular past-tense verb: "later tweeted".
func (m *matcher) pastTense(i int) bool {
	t := m.t[i]
	return t.end-t.start > 3 && m.s[t.end-2:t.end] == "ed"
}

// contentWord reports whether token i is a lower-case word that could be the noun an
// adjective before it modifies: "earlier comments", not "earlier that".
func (m *matcher) contentWord(i int) bool {
	return i < len(m.t) && m.t[i].kind == tWord && !m.t[i].upper && m.t[i].lex.cls == cNone
}
