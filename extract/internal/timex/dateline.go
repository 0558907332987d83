package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// How far into a document Dateline looks.
const (
	datelineLines = 5   // non-empty lines
	datelineBytes = 600 // bytes
)

// Dateline returns the publication date a document states in its own header, and the span
// of the date's words in text. It reads only the first few lines and accepts only these
// forms, each with a year:
//
//	date 2022-04-12 …                      a date line, also when the first sentence follows
//	MOSCOW, July 21, 2022 (Reuters) -      an agency dateline
//	Published 21 July 2022, Updated: July 21, 2022 3:04 PM ET
//	July 21, 2022                          a date alone on its line, with a time at most
//
// A dateline without a year ("MOSCOW, July 21 (Reuters) -") gives no date, and neither
// does a date in a headline or in prose ("… have stalled September 5"). A Published line
// is preferred to an Updated one.
func Dateline(text string) (claims.Date, claims.Span, bool) {
	limit := min(len(text), datelineBytes)
	var updated claims.Span
	var updatedDate claims.Date
	for off, n := 0, 0; off < limit && n < datelineLines; {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		lineStart := off
		off = end + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		d, span, kind := datelineIn(line)
		if kind == noDate {
			continue
		}
		span.Start += lineStart
		span.End += lineStart
		if kind == updatedLine {
			if updatedDate.IsZero() {
				updatedDate, updated = d, span
			}
			continue
		}
		return d, span, true
	}
	if !updatedDate.IsZero() {
		return updatedDate, updated, true
	}
	return claims.Date{}, claims.Span{}, false
}

type lineKind uint8

const (
	noDate lineKind = iota
	dateLine
	updatedLine
)

// datelineIn returns the date that one line of a header states, with its span in line.
func datelineIn(line string) (claims.Date, claims.Span, lineKind) {
	body := strings.TrimLeft(line, " \t\r\ufeff")
	lead := len(line) - len(body)

	// "date 2022-04-12 ...": the date, then anything.
	if w, rest, ok := cutWord(body); ok && strings.EqualFold(w, "date") {
		rest = strings.TrimPrefix(rest, ":")
		r := strings.TrimLeft(rest, " \t")
		at := lead + len(body) - len(r)
		if es := Find(r); len(es) > 0 && es[0].Span.Start == 0 && es[0].Kind == Calendar && es[0].v.day != 0 && es[0].v.year != 0 {
			return dateOf(es[0], at)
		}
		return claims.Date{}, claims.Span{}, noDate
	}

	// "Published: July 21, 2022", "Updated 21 July 2022 10:38 BST".
	kind := dateLine
	rest := body
	for _, p := range [...]string{"first published", "last updated", "published", "updated", "posted"} {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			if p == "updated" || p == "last updated" {
				kind = updatedLine
			}
			rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest[len(p):], " \t"), ":"), " \t")
			if w, r, ok := cutWord(rest); ok && strings.EqualFold(w, "on") {
				rest = strings.TrimLeft(r, " \t")
			}
			at := lead + len(body) - len(rest)
			if es := Find(rest); len(es) > 0 {
				// Only the first expression after the label can be its date.
				if e := es[0]; e.Kind == Calendar && e.v.day != 0 && e.v.year != 0 && onlyWeekdayBefore(rest[:e.Span.Start]) {
					d, span, _ := dateOf(e, at)
					return d, span, kind
				}
			}
			return claims.Date{}, claims.Span{}, noDate
		}
	}

	es := Find(body)
	if len(es) == 0 {
		return claims.Date{}, claims.Span{}, noDate
	}
	e := es[0]

	// "MOSCOW, July 21, 2022 (Reuters) -": a place in capitals, a comma, the date.
	if place := body[:e.Span.Start]; isPlace(place) {
		seg := body[e.Span.End:]
		if i := dash(seg); i >= 0 {
			seg = seg[:i]
		} else if len(seg) > 40 {
			seg = seg[:40]
		}
		if e.Kind == Calendar && e.v.day != 0 && e.v.year != 0 {
			return dateOf(e, lead)
		}
		if e.Kind == Calendar && e.v.day != 0 {
			// A year elsewhere in the dateline: "MOSCOW, July 21 (Reuters) 2022 -".
			var buf [16]token
			m := matcher{s: seg, t: tokenize(seg, buf[:0])}
			for k := range m.t {
				if y, _, ok := m.year(k); ok {
					e.v.year = y
					return dateOf(e, lead)
				}
			}
		}
		return claims.Date{}, claims.Span{}, noDate
	}

	// "July 21, 2022" or "Thu 21 Jul 2022 10.38 BST" alone on its line.
	if len(es) == 1 && e.Kind == Calendar && e.v.day != 0 && e.v.year != 0 &&
		onlyWeekdayBefore(body[:e.Span.Start]) && onlyTime(body[e.Span.End:]) {
		return dateOf(e, lead)
	}
	return claims.Date{}, claims.Span{}, noDate
}

// dateOf returns the date of e, whose span is offset by at within its line.
func dateOf(e Expr, at int) (claims.Date, claims.Span, lineKind) {
	w := e.Resolve(claims.Date{})
	return w.Date, claims.Span{Start: e.Span.Start + at, End: e.Span.End + at}, dateLine
}

// cutWord splits s after its first word of letters.
func cutWord(s string) (w, rest string, ok bool) {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i], s[i:], i > 0
}

// isPlace reports whether s is the place of an agency dateline: words in capitals, then a
// comma ("MOSCOW, ", "KYIV, Ukraine, ").
func isPlace(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, ",") || len(s) > 60 {
		return false
	}
	first, _, _ := strings.Cut(s, ",")
	letters := 0
	for _, r := range first {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// dash returns the index of the dash that ends a dateline, or -1.
func dash(s string) int {
	for _, d := range [...]string{" - ", " \u2014", " \u2013", "\u2014", "--"} {
		if i := strings.Index(s, d); i >= 0 {
			return i
		}
	}
	return -1
}

// onlyWeekdayBefore reports whether s, the text before a date on its line, is empty or an
// abbreviated weekday: "Thu ".
func onlyWeekdayBefore(s string) bool {
	s = strings.Trim(s, " \t,")
	switch strings.ToLower(strings.TrimSuffix(s, ".")) {
	case "", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// onlyTime reports whether s, the text after a date on its line, holds nothing but a time
// of day and a zone: " 10:38 AM ET", " | 10.38 BST".
func onlyTime(s string) bool {
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == ' ' || r == '\t' || r == '\r' || r == '|' || r == ',' || r == '.' || r == ':' ||
			r == '(' || r == ')' || r == '+' || r == '-' || r >= '0' && r <= '9' || r == '\u00b7' || r == '\u2022':
			s = s[n:]
		case isASCIILetter(byte(r)) && r < utf8.RuneSelf:
			w, rest, _ := cutWord(s)
			switch strings.ToLower(w) {
			case "am", "pm", "a", "p", "m", "gmt", "utc", "et", "edt", "est", "ct", "cdt", "pt", "pdt",
				"bst", "cet", "cest", "msk", "eet", "eest", "ist", "jst", "updated", "at":
			default:
				return false
			}
			s = rest
		default:
			return false
		}
	}
	return true
}
