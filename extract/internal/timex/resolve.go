package timex

import (
	"strconv"
	"time"

	"github.com/contradict/contradict/claims"
)

// Resolve returns the time e names, read as news is written: a day without a year, a
// weekday or a month is the most recent one on or before pub. pub may be the zero Date
// (unknown); then only expressions that carry a year resolve, and the others return
// Precision Unknown with When.Relative holding a normal form ("Thursday", "last week",
// "February 24") by which statements of one document can still be ordered. Anchored
// expressions never resolve alone; see [Expr.Relative]. When.Text is always e.Text.
func (e Expr) Resolve(pub claims.Date) claims.When {
	w := claims.When{Text: e.Text}
	v := e.v
	if e.Kind == Calendar && v.year != 0 {
		return v.absolute(w, v.year)
	}
	if pub.IsZero() || e.Kind == Anchored {
		w.Relative = e.normal()
		return w
	}
	switch e.Kind {
	case Calendar:
		y := pub.Year
		switch {
		case v.hasShift:
			y += int(v.yearShift)
		case v.day > 0 && aheadBy(pub, claims.NewDate(y, v.month, v.day)):
			// A day or two after publication is the dateline's day, which runs ahead of a
			// file's date across time zones ("WASHINGTON, Dec. 8" on a story of Dec. 7),
			// not the same day a year before.
		case v.day > 0 && aheadBy(pub, claims.NewDate(y+1, v.month, v.day)):
			y++ // "Jan. 1" on a story of Dec. 31
		case v.month > pub.Month, v.month == pub.Month && v.day > pub.Day:
			y-- // news reports the past: the most recent such date on or before pub
		}
		if v.month == time.February && v.day == 29 {
			for daysIn(y, time.February) < 29 {
				y--
			}
		}
		if v.named && v.day > 0 && !v.hasShift {
			// The weekday says which year: "Tuesday, March 3" on a story of February is
			// this year's if last year's March 3 was no Tuesday.
			for _, c := range [...]int{y, y + 1, y - 1} {
				if d := claims.NewDate(c, v.month, v.day); d.Day == v.day && d.Weekday() == v.weekday {
					y = c
					break
				}
			}
		}
		return v.absolute(w, y)
	case Weekday:
		back := (int(pub.Weekday()) - int(v.weekday) + 7) % 7
		switch {
		case v.wdShift < 0 && back == 0:
			back = 7
		case v.wdShift > 0:
			back = -((int(v.weekday) - int(pub.Weekday()) + 7) % 7)
			if back == 0 {
				back = -7
			}
		}
		w.Date, w.Precision = pub.AddDays(-back), claims.Day
	case Deictic:
		switch {
		case v.weekend:
			sat := pub.AddDays(-((int(pub.Weekday()) - int(time.Saturday) + 7) % 7))
			w.Date, w.Precision = monday(sat), claims.Week
		case v.unit == uDay || v.unit == uHour:
			w.Date, w.Precision = pub.AddDays(v.n), claims.Day
		case v.unit == uWeek:
			w.Date, w.Precision = monday(pub).AddDays(7*v.n), claims.Week
		case v.unit == uMonth:
			w.Date, w.Precision = claims.NewDate(pub.Year, pub.Month+time.Month(v.n), 1), claims.Month
		case v.unit == uYear:
			w.Date, w.Precision = claims.NewDate(pub.Year+v.n, time.January, 1), claims.Year
		}
	case Vague:
		w.Date, w.Precision = pub, claims.Before
	}
	return w
}

// absolute returns w dated by v in year y at the precision v gives.
func (v value) absolute(w claims.When, y int) claims.When {
	switch {
	case v.day != 0:
		w.Date, w.Precision = claims.NewDate(y, v.month, v.day), claims.Day
	case v.month != 0:
		w.Date, w.Precision = claims.NewDate(y, v.month, 1), claims.Month
	default:
		w.Date, w.Precision = claims.NewDate(y, time.January, 1), claims.Year
	}
	return w
}

// monday returns the Monday of d's week.
func monday(d claims.Date) claims.Date {
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}

var partNames = [...]string{"", "early ", "mid-", "late "}
var unitNames = [...]string{"", "day", "week", "month", "year", "hour"}

// normal returns e in a normal form for When.Relative: "Thursday", "last week",
// "2 days ago", "February 24", "late March", "1 day before".
func (e Expr) normal() string {
	v := e.v
	switch e.Kind {
	case Calendar:
		s := partNames[v.part] + v.month.String()
		if v.day != 0 {
			s += " " + strconv.Itoa(v.day)
		}
		switch {
		case v.hasShift && v.yearShift < 0:
			s += " last year"
		case v.hasShift:
			s += " this year"
		}
		return s
	case Weekday:
		switch {
		case v.wdShift < 0:
			return "last " + v.weekday.String()
		case v.wdShift > 0:
			return "next " + v.weekday.String()
		}
		return v.weekday.String()
	case Deictic:
		switch {
		case v.weekend:
			return "weekend"
		case v.unit == uDay || v.unit == uHour:
			switch v.n {
			case 0:
				return "today"
			case -1:
				return "yesterday"
			case 1:
				return "tomorrow"
			}
		case v.n == 0:
			return "this " + unitNames[v.unit]
		case v.n == -1:
			return "last " + unitNames[v.unit]
		case v.n == 1:
			return "next " + unitNames[v.unit]
		}
		return strconv.Itoa(-v.n) + " " + unitNames[v.unit] + "s ago"
	case Vague:
		return "before publication"
	case Anchored:
		if v.unit == uHour || v.n == 0 && !v.noCount {
			return "same day"
		}
		dir := " after"
		if v.n < 0 {
			dir = " before"
		}
		if v.noCount {
			return unitNames[v.unit] + "s" + dir
		}
		n := v.n
		if n < 0 {
			n = -n
		}
		s := strconv.Itoa(n) + " " + unitNames[v.unit]
		if n != 1 {
			s += "s"
		}
		return s + dir
	}
	return ""
}

// Ahead returns the time e names in words about what is still to come, said on day ref:
// "in June" said in March is the coming June, "on Thursday" the coming Thursday. Other
// expressions resolve as [Expr.Resolve] has them ("next week", "in 2027").
func (e Expr) Ahead(ref claims.Date) claims.When {
	w := e.Resolve(ref)
	if ref.IsZero() || !w.Known() {
		return w
	}
	switch {
	case e.Kind == Calendar && e.v.year == 0 && !e.v.hasShift:
		last := w.Date
		if w.Precision == claims.Month {
			last = claims.NewDate(w.Date.Year, w.Date.Month, daysIn(w.Date.Year, w.Date.Month))
		}
		if last.Before(ref) {
			w = e.v.absolute(w, w.Date.Year+1)
		}
	case e.Kind == Weekday && e.v.wdShift == 0 && w.Date.Before(ref):
		w.Date = w.Date.AddDays(7)
	}
	return w
}

// aheadBy reports whether d falls one or two days after pub.
func aheadBy(pub, d claims.Date) bool {
	n := pub.DaysUntil(d)
	return n > 0 && n <= 2
}
