package claims

import (
	"fmt"
	"time"
)

// Date is a calendar day with no time of day or zone. The zero Date means unknown.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date of y-m-d, normalising out-of-range days and months as time.Date does.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 12, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("claims: date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is the zero (unknown) date.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns noon UTC on d, a time that no zone shift moves to another day.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return NewDate(d.Year, d.Month, d.Day+n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int {
	return int(e.Time().Sub(d.Time()).Round(time.Hour).Hours() / 24)
}

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String returns YYYY-MM-DD, or "" for the zero date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	b := [10]byte{'0' + byte(d.Year/1000), '0' + byte(d.Year/100%10), '0' + byte(d.Year/10%10), '0' + byte(d.Year%10), '-',
		'0' + byte(d.Month/10), '0' + byte(d.Month%10), '-', '0' + byte(d.Day/10), '0' + byte(d.Day%10)}
	return string(b[:])
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	*d = v
	return err
}

// When is the time a statement was made, as far as its document tells.
type When struct {
	// Date is the day (Precision Day), the Monday of the week (Week), the first of the month
	// (Month), 1 January (Year) or the bound (Before). Zero when Precision is Unknown.
	Date      Date
	Precision Precision
	// Text holds the words that dated the statement ("on Thursday", "the day before"),
	// kept even when they could not be resolved to a date.
	Text string
	// Relative is the resolved form when no date could be had: "Thursday",
	// "1 day before c3". Empty when Date is known or nothing was said.
	Relative string
}

// Known reports whether w names a date at any precision.
func (w When) Known() bool { return w.Precision != Unknown && !w.Date.IsZero() }

// String describes w for a reader: "2022-07-21", "week of 2022-07-18 (this week)",
// "unknown (Thursday)".
func (w When) String() string {
	var s string
	switch w.Precision {
	case Day:
		s = w.Date.String()
	case Week:
		s = "week of " + w.Date.String()
	case Month:
		s = w.Date.String()[:7]
	case Year:
		s = w.Date.String()[:4]
	case Before:
		s = "before " + w.Date.String()
	default:
		s = "unknown"
		if w.Relative != "" {
			return s + " (" + w.Relative + ")"
		}
	}
	if w.Text != "" {
		s += " (" + w.Text + ")"
	}
	return s
}
