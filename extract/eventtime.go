package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/nlp"
	"github.com/contradict/contradict/extract/internal/timex"
)

// eventTime returns when the clause p's event is to fall, for a clause that looks
// ahead, as a run of days read from day ref (the statement's, else publication's): "will
// be sent to Congress in the first week of March", "by the end of this year", "not
// before April 16"; with no day known, only times that carry their year. A negation that
// only bounds the time is taken into the period and off the clause: "will not begin
// before the end of the year" is a beginning after it.
func eventTime(content string, p *claims.Clause, ref claims.Date) claims.Period {
	if p.Predicate == "" || p.Tense == claims.Past || p.Modality == claims.Asserted && p.Tense != claims.Present {
		return claims.Period{}
	}
	// A present tense tells what is, unless its time is plainly ahead ("starts next
	// week", "in 2027"); "in October" with it is the October past.
	ahead := p.Tense == claims.Future || p.Modality != claims.Asserted || likelihood[p.Predicate].modality == claims.Predicted // "is expected by April"
	if !ahead && ref.IsZero() {
		return claims.Period{} // no day to tell what is ahead of it
	}
	content = firstSentence(content) // the main clause
	lower := strings.ToLower(content)
	for _, e := range findTimes(content) {
		if e.Attributive || e.Since || e.Kind == timex.Vague || e.Kind == timex.Anchored {
			continue
		}
		before := strings.ToLower(content[:e.Span.Start]) // not lower's: lower-casing may change lengths
		var w claims.When
		switch {
		case ahead:
			w = e.Ahead(ref)
		case startsFrom(before, strings.ToLower(content[e.Span.End:])):
			// "the draft raises VAT from June 1": a present that sets a change to come.
			if w = e.Ahead(ref); w.Known() && ref.Before(w.Date) {
				p.Tense = claims.Future
			}
		default:
			w = e.Resolve(ref)
		}
		if !w.Known() || w.Precision == claims.Before {
			continue
		}
		from, to := w.Date, periodEnd(w)
		if unit, ok := orNext(strings.ToLower(content[e.Span.End:])); ok {
			// "no increase this year or next": the span runs through the next one.
			switch {
			case w.Precision == claims.Year && (unit == "" || unit == "year"):
				to = claims.NewDate(to.Year+1, 12, 31)
			case w.Precision == claims.Month && (unit == "" || unit == "month"):
				to = claims.NewDate(to.Year, to.Month+2, 0)
			}
		}
		text := strings.ToLower(e.Text)
		// The part of the span the words before it, or its own, name: "in the first week
		// of March", "at the end of August", "by the end of this year".
		at := lastBoundary(before)
		if strings.HasSuffix(strings.TrimSpace(before[:at]), " than") {
			continue // "lower than in 2004": the time of what is compared
		}
		whole := strings.TrimSpace(before[at:]) + " " + text
		if m := namedYearEnd.FindStringSubmatch(before[:at]); m != nil {
			// "before the end of the fiscal year in June": the end of June, bounded by the
			// preposition before the year
			whole = m[1] + " the " + m[2] + " of " + text
		}
		from, to = partOf(whole, from, to)
		prep := prepositionOf(whole)
		if prep == "" && untilClause(before[:at]) {
			prep = "until" // "will stay in place until repairs are completed in December"
		}
		return bounded(prep, p, negatedNear(before), from, to, ref)
	}
	// A part of "the year" (Find reads "this year", not "the year"): "in the second half
	// of the year", "by the end of the year".
	if !ref.IsZero() {
		if from, to, prep, at, ok := partAt(lower, partOfYear, claims.NewDate(ref.Year, time.January, 1), claims.NewDate(ref.Year, time.December, 31)); ok {
			if to.Before(ref) {
				return claims.Period{}
			}
			return bounded(prep, p, negatedNear(lower[:at]), from, to, ref)
		}
		// What is left of the year or month, from the day it is said: "had stopped hiring
		// for the rest of the year".
		if m := restOf.FindStringSubmatchIndex(lower); m != nil && !strings.HasPrefix(lower[m[1]:], "-") {
			to := claims.NewDate(ref.Year, time.December, 31)
			if lower[m[2]:m[3]] == "month" {
				to = claims.NewDate(ref.Year, ref.Month+1, 0)
			}
			return claims.Period{From: ref, To: to}
		}
		// A part of the month the statement falls in: "before the end of the month", "by
		// the middle of this month".
		if from, to, prep, at, ok := partAt(lower, partOfMonth, claims.NewDate(ref.Year, ref.Month, 1), claims.NewDate(ref.Year, ref.Month+1, 0)); ok && !to.Before(ref) {
			return bounded(prep, p, negatedNear(lower[:at]), from, to, ref)
		}
	}
	// A year alone after a preposition Find does not read with it: "by 2016", "not
	// before 2018" ("in 2027" is Find's, and skipped above when it is not the event's).
	if m := bareYear.FindStringSubmatchIndex(lower); m != nil {
		y, _ := strconv.Atoi(lower[m[4]:m[5]])
		from, to := claims.NewDate(y, time.January, 1), claims.NewDate(y, time.December, 31)
		if to.Before(ref) {
			return claims.Period{}
		}
		return bounded(lower[m[2]:m[3]], p, negatedNear(lower[:m[0]]), from, to, ref)
	}
	// A season or Christmas ahead: "before Christmas", "not until the fall", "by next
	// spring". Seasons are read as the northern hemisphere's, by meteorological months.
	if !ahead || ref.IsZero() {
		return claims.Period{} // a season is read only ahead, its year the reference day's
	}
	for _, m := range seasonTime.FindAllStringSubmatchIndex(lower, -1) {
		if m[2] < 0 && m[4] < 0 || strings.HasPrefix(lower[m[1]:], " of ") {
			continue // the verb "fall"; "the fall of the government"
		}
		det := ""
		if m[4] >= 0 {
			det = lower[m[4]:m[5]]
		}
		if lower[m[6]:m[7]] == "fall" && (m[2] < 0 && det == "the" || strings.HasPrefix(lower[m[1]:], " in ")) {
			continue // "the fall in prices would continue": a drop
		}
		prep := ""
		if m[2] >= 0 {
			prep = lower[m[2]:m[3]]
		}
		from, to := seasonAhead(lower[m[6]:m[7]], det == "next", ref)
		return bounded(prep, p, negatedNear(lower[:m[0]]), from, to, ref)
	}
	return claims.Period{}
}

// orNext reads the words after a time for "or next" or "and next", and returns the word
// right after "next", "" for none: "this year or next" and "this year or next year" run
// on a year; "in May and next year" names another time.
func orNext(after string) (unit string, ok bool) {
	rest, ok := strings.CutPrefix(after, " or next")
	if !ok {
		rest, ok = strings.CutPrefix(after, " and next")
	}
	if !ok || strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }) == 0 {
		return "", false // "or next-day delivery"
	}
	if r, sp := strings.CutPrefix(rest, " "); sp && strings.IndexFunc(r, unicode.IsLetter) == 0 {
		unit = strings.TrimRightFunc(strings.Fields(r)[0], func(r rune) bool { return !unicode.IsLetter(r) })
	}
	return unit, true
}

// untilClause reports whether the words before a time end in a clause opened by "until"
// or "till", in which the time falls: "until repairs on the runway are completed", "until
// the sales had finished in November".
func untilClause(before string) bool {
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = before[i+1:]
	}
	f := strings.Fields(before)
	for i := len(f) - 1; i >= 0; i-- {
		if f[i] == "until" || f[i] == "till" {
			return slices.ContainsFunc(f[i+1:], func(w string) bool {
				return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "has" || w == "have" || w == "had"
			})
		}
	}
	return false
}

// startsFrom reports whether a time comes after a word that starts a change at it, and
// is no range nor in a perfect: "rises from June 1", "starting Monday"; not "from June 1
// to June 5", nor "have risen from January", a change begun.
func startsFrom(before, after string) bool {
	f := strings.Fields(before)
	if len(f) == 0 || strings.HasPrefix(strings.TrimSpace(after), "to ") || strings.HasPrefix(strings.TrimSpace(after), "until ") {
		return false
	}
	clause := before[strings.LastIndexAny(before, ",;")+1:]
	if slices.ContainsFunc(strings.Fields(clause), perfectAux) {
		return false
	}
	switch f[len(f)-1] {
	case "from", "starting", "effective":
		return true
	}
	return false
}

// perfectAux reports whether w is an auxiliary of the perfect: "has", "have", "had", "'ve".
func perfectAux(w string) bool {
	return w == "has" || w == "have" || w == "had" || strings.HasSuffix(w, "'ve") || strings.HasSuffix(w, "’ve")
}

// partAt finds the part of the days first to last that re names in lower ("the end of
// the year") and returns its days, the preposition before it and where it starts. Not
// "the end of the month-long talks", nor "the year-long inquiry".
func partAt(lower string, re *regexp.Regexp, first, last claims.Date) (from, to claims.Date, prep string, at int, ok bool) {
	m := re.FindStringSubmatchIndex(lower)
	if m == nil || strings.HasPrefix(lower[m[1]:], "-") {
		return from, to, "", 0, false
	}
	if m[2] >= 0 {
		prep = lower[m[2]:m[3]]
	}
	from, to = partOf(lower[m[0]:m[1]], first, last)
	return from, to, prep, m[0], true
}

// seasonTime reads a season or Christmas after a preposition or a determiner; the caller
// skips the ones that are no time ("the fall of", the verb "fall").
var seasonTime = regexp.MustCompile(`\b(?:(by|before|until|till|after|from|in|during) )?(?:(the|next|this) )?(spring|summer|fall|autumn|winter|christmas)\b`)

// seasonAhead returns the days of the season name (or Christmas Day) next ending on or
// after ref; with next, the one after the season ref is in.
func seasonAhead(name string, next bool, ref claims.Date) (claims.Date, claims.Date) {
	if name == "christmas" {
		d := claims.NewDate(ref.Year, time.December, 25)
		if d.Before(ref) {
			d = claims.NewDate(ref.Year+1, time.December, 25)
		}
		return d, d
	}
	start := seasonStarts[name]
	for y := ref.Year - 1; ; y++ {
		from := claims.NewDate(y, start, 1)
		to := claims.NewDate(y, start+3, 0)
		if !to.Before(ref) && !(next && !ref.Before(from)) {
			return from, to
		}
	}
}

// seasonStarts are the months the seasons open with, by meteorological reckoning.
var seasonStarts = map[string]time.Month{"spring": time.March, "summer": time.June, "fall": time.September, "autumn": time.September, "winter": time.December}

// namedYearEnd ends the words before a month that says when a year of account ends or
// starts: "before the end of the fiscal year in".
var namedYearEnd = regexp.MustCompile(`\b(by|before|until|after|from) the (end|start|beginning) of (?:the|its|this|our|their) (?:[a-z]+ )?year $`)

var partOfYear = regexp.MustCompile(`\b(?:(by|before|until|after|from|in|at|during) )?the (?:(?:first|second|latter) half|end|start|beginning|middle|(?:first|second|third|fourth|final) quarter) of the year\b`)

var partOfMonth = regexp.MustCompile(`\b(?:(by|before|until|after|from|in|at|during) )?the (?:end|start|beginning|middle) of (?:the|this) month\b`)

var restOf = regexp.MustCompile(`\bfor the (?:rest|remainder) of (?:the|this) (year|month)\b`)

var bareYear = regexp.MustCompile(`\b(by|before|until|after|from) ((?:19|20)\d\d)\b`)

// firstSentence returns s up to the end of its first sentence, or of its first clause
// where a conjunction opens another.
func firstSentence(s string) string {
	for _, end := range []string{". ", "? ", "! ", "; ", ", and ", ", but ", " but ", ", while ", " because ", " although ", " which ", " who ", " when "} {
		from := 0
		for {
			i := strings.Index(s[from:], end)
			if i < 0 {
				break
			}
			i += from
			if end == ". " && abbreviationBefore(s[:i]) {
				from = i + 2 // "from Jan. 1", "Dr. Ruto": no sentence ends there
				continue
			}
			s = s[:i]
			break
		}
	}
	return s
}

// abbreviationBefore reports whether s ends in the abbreviation of a month or a title:
// "Jan", "Sept", "Dr" (the titles the segmenter joins a name to). Any short capitalised
// word would be too many: "with Iran. Talks will …" ends a sentence.
func abbreviationBefore(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return stopAbbreviations[w] || nlp.Title(w)
}

// stopAbbreviations are the months' abbreviations, and others but titles, a full stop
// follows.
var stopAbbreviations = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true,
	"Oct": true, "Nov": true, "Dec": true, "St": true, "No": true,
}

// negatedNear reports whether the clause that s ends holds a negation, so that a time
// phrase after it may be what the negation bounds: "will not begin before …".
func negatedNear(s string) bool {
	if i := strings.LastIndexAny(s, ",:"); i >= 0 {
		s = s[i+1:]
	}
	for _, w := range strings.Fields(s) {
		if negWord(w) || w == "none" || w == "nobody" { // "none of them could move until the fall"
			return true
		}
	}
	return false
}

// lastBoundary returns where the time phrase ending s begins: at a preposition before
// words that name a part of a time ("in the first week of", "by the end of"); else len(s).
func lastBoundary(s string) int {
	end := len(s)
	for n := 0; n < 7; n++ {
		end = len(strings.TrimRight(s[:end], " "))
		start := strings.LastIndexByte(s[:end], ' ') + 1
		if start >= end {
			break
		}
		switch w := s[start:end]; {
		case timePrepositions[w]:
			return start
		case !partWords[w]:
			return len(s)
		}
		end = start
	}
	return len(s)
}

var timePrepositions = map[string]bool{"in": true, "on": true, "at": true, "by": true, "before": true, "until": true, "till": true, "after": true, "from": true, "during": true, "within": true}

// partWords name a part of a time: "the end of", "the first half of", "early".
var partWords = map[string]bool{"the": true, "of": true, "end": true, "start": true, "beginning": true, "middle": true, "first": true, "second": true, "third": true, "fourth": true, "last": true, "final": true, "latter": true, "half": true, "week": true, "quarter": true, "early": true, "late": true}

// prepositionOf returns the first word of a time phrase when it says how the event
// stands to the time: "by", "before", "until", "after", "from".
func prepositionOf(phrase string) string {
	w, _, _ := strings.Cut(phrase, " ")
	switch w {
	case "by", "before", "until", "till", "after", "from", "within":
		return w
	}
	return ""
}

// yearParts are the parts of a year a phrase may name, first match first: "the first
// half", "the third quarter", "the end of".
var yearParts = []struct {
	words    []string
	from, to time.Month
}{
	{[]string{"first half"}, time.January, time.June},
	{[]string{"second half", "latter half"}, time.July, time.December},
	{[]string{"first quarter"}, time.January, time.March},
	{[]string{"second quarter"}, time.April, time.June},
	{[]string{"third quarter"}, time.July, time.September},
	{[]string{"fourth quarter", "final quarter", "end of"}, time.October, time.December},
	{[]string{"start of", "beginning of"}, time.January, time.March},
}

// partOf narrows the days from..to to the part a phrase names of them.
func partOf(phrase string, from, to claims.Date) (claims.Date, claims.Date) {
	has := func(ws ...string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(phrase, w) })
	}
	if from.Month == time.January && to.Month == time.December && from.Day == 1 && to.Day == 31 {
		for _, p := range yearParts {
			if has(p.words...) {
				return claims.NewDate(from.Year, p.from, 1), claims.NewDate(from.Year, p.to+1, 0)
			}
		}
		return from, to
	}
	if from.Day != 1 || to.AddDays(1).Day != 1 || from.Month != to.Month {
		return from, to // a day or a week: no part of it is read
	}
	days := func(a, b int) (claims.Date, claims.Date) {
		return claims.NewDate(from.Year, from.Month, a), claims.NewDate(from.Year, from.Month, min(b, to.Day))
	}
	switch {
	case has("first week"):
		return days(1, 7)
	case has("last week", "final week"):
		return days(to.Day-6, to.Day)
	case has("end of"):
		return days(21, to.Day)
	case has("start of", "beginning of"):
		return days(1, 10)
	case has("middle of"):
		return days(11, 20)
	}
	return from, to
}

// bounded turns the days a time phrase names into the period of the event, by its
// preposition and the clause's negation: "by X" is on or before X's end, "not before X"
// on or after its start.
func bounded(prep string, p *claims.Clause, negated bool, from, to, ref claims.Date) claims.Period {
	negated = negated && p.Negated
	switch prep {
	case "by", "within", "until", "till":
		if negated && (prep == "until" || prep == "till") {
			p.Negated = false // "will not open until May": it opens in May
			return claims.Period{From: from}
		}
		return claims.Period{To: to}
	case "before":
		if negated {
			p.Negated = false // "not before April 16"
			return claims.Period{From: from}
		}
		return claims.Period{To: from.AddDays(-1)}
	case "after":
		return claims.Period{From: to.AddDays(1)}
	case "from":
		return claims.Period{From: from}
	}
	if to.Before(ref) {
		return claims.Period{} // a time already past: the event is told, not forecast
	}
	return claims.Period{From: from, To: to}
}
