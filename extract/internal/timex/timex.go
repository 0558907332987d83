// Package timex finds the time expressions of news sentences ("on Thursday", "last week",
// "Feb. 24", "the day before") and resolves them against a publication date the way news
// is written: reported speech is about the past, so "Thursday" is the most recent
// Thursday on or before the day of publication.
//
// Find only delimits and reads expressions; which expression dates which statement is the
// caller's decision. Expressions that count from another statement ("one day after",
// "the day before") are reported by [Expr.Relative] and cannot be resolved alone.
//
// Dateline reads a publication date from a document's own header, never from its prose.
package timex

import (
	"strconv"
	"time"

	"github.com/contradict/contradict/claims"
)

// Kind says what an expression counts from.
type Kind uint8

const (
	UnknownKind Kind = iota
	// Calendar names a date, month or year: "Feb. 24", "late March", "in 2021",
	// "2022-07-21". Without a year it is the most recent such date before publication.
	Calendar
	// Weekday names a day of the week near publication: "on Thursday", "Wednesday morning",
	// "last Friday".
	Weekday
	// Deictic counts from publication: "yesterday", "this week", "two days ago".
	Deictic
	// Vague says only that something happened before publication: "previously",
	// "recently", "in recent weeks", "a few days ago".
	Vague
	// Anchored counts from another statement or event, which the caller must find:
	// "the day before", "one day after", "an hour later". See [Expr.Relative].
	Anchored
)

var kindNames = [...]string{"unknown", "calendar", "weekday", "deictic", "vague", "anchored"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Expr is one time expression found in a sentence.
type Expr struct {
	Span claims.Span // byte offsets into the string passed to Find
	Text string      // the words: "on Thursday", "last week", "Feb. 24"
	Kind Kind
	// Attributive reports that the expression modifies a noun rather than a clause: "the
	// March 29 talks", "Thursday's remarks" (the span stops before "'s"), "earlier
	// comments". It dates that thing, which need not be the statement of the sentence.
	Attributive bool
	// Since reports that the expression follows "since" and so names the start of a state
	// that still holds: "since late February".
	Since bool

	v value
}

// value is what an expression says, before resolution.
type value struct {
	year      int        // 0 when not said
	month     time.Month // 0 when not said
	day       int        // 0 when not said
	part      int8       // early, mid or late in the month or year
	yearShift int8       // "March last year": -1; "this year": 0 with hasShift
	hasShift  bool
	weekday   time.Weekday
	wdShift   int8 // 0: on or before publication; -1: "last", strictly before; +1: "next"
	named     bool // a Calendar day named with its weekday: "Tuesday, March 3"
	unit      int8 // for Deictic and Anchored: uDay, uWeek, ...
	n         int  // signed count of units from publication or from the anchor
	weekend   bool // the weekend before publication
	noCount   bool // "a few days ago", "days later": the count is unknown
}

// Find returns the time expressions of s in order. They do not overlap; where two could
// start at one word, the longer is taken. Find never fails: text it cannot read yields no
// expressions.
func Find(s string) []Expr {
	var buf [64]token
	m := matcher{s: s, t: tokenize(s, buf[:0])}
	var out []Expr
	for i := 0; i < len(m.t); {
		if t := m.t[i]; t.kind != tNum && (t.lex.cls == cNone || t.lex.cls == cFunc || t.lex.cls == wCue) {
			i++ // most words cannot start an expression
			continue
		}
		e, j, ok := m.match(i)
		if !ok {
			i++
			continue
		}
		e.Text = s[e.Span.Start:e.Span.End]
		out = append(out, e)
		i = j
	}
	return out
}

// Relative returns the offset in days of the statement that e dates from the statement or
// event it is anchored to, when e is Anchored and the count is known:
//
//	days = date(dated statement) - date(anchor)
//
// So "one day after", "the next day" and "two days later" give +1, +1 and +2; "the day
// before", "a day earlier" and "the previous day" give -1; "an hour later" and "the same
// day" give 0. In "Peskov said talks were possible one day after Lavrov said they made no
// sense", the expression dates Peskov's statement and Lavrov's is the anchor: Peskov =
// Lavrov + 1.
//
// RelativeMonths is [Expr.Relative] counted in calendar months, for "a month after",
// "two months earlier" and years ("a year later" gives 12).
func (e Expr) RelativeMonths() (months int, ok bool) {
	if e.Kind != Anchored || e.v.noCount {
		return 0, false
	}
	switch e.v.unit {
	case uMonth:
		return e.v.n, true
	case uYear:
		return 12 * e.v.n, true
	}
	return 0, false
}

func (e Expr) Relative() (days int, ok bool) {
	if e.Kind != Anchored || e.v.noCount {
		return 0, false
	}
	switch e.v.unit {
	case uWeek:
		return 7 * e.v.n, true
	case uHour:
		return 0, true
	case uDay:
		return e.v.n, true
	}
	return 0, false
}
