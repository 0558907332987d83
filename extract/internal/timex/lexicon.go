package timex

import "time"

// A lexeme is what a word means to the matcher: its class and a value within the class
// (the month, the weekday, the count, the unit).
type lexeme struct {
	cls class
	val int8
}

type class uint8

const (
	cNone     class = iota
	cWeekday        // val: time.Weekday
	cMonth          // val: time.Month
	cAbbr           // abbreviated month, val: time.Month: "Feb", "Sept"
	cCount          // val: the number: "a", "one", "twelve"
	cFew            // an unknown small count: "few", "several", "couple"
	cUnit           // val: a unit
	cTOD            // a time of day: "morning", "night"
	cPart           // val: a part of a period: "early", "mid", "late"
	cPartNoun       // val: a part of a period: "beginning", "middle", "end"
	cFunc           // a function word, never the noun an adjective modifies
	cDet            // a determiner or possessive before a noun: "the", "his"

	// Words that each play their own part.
	wOn
	wIn
	wSince
	wDuring
	wOver
	wAt
	wThis
	wLast
	wNext
	wPast
	wEarlier
	wLater
	wAgo
	wBefore
	wAfter
	wOf
	wYesterday
	wToday
	wTonight
	wPreviously
	wRecently
	wRecent
	wPrevious
	wFollowing
	wSame
	wWeekend
	wThat
	wMoments
	wAfterward // "afterward", "afterwards"
	wSoon      // before "afterward": "shortly", "soon", "right", "immediately"
	wCue       // other words after which a bare month name is a month: "until April", "by May"
)

// Units of time.
const (
	uDay int8 = iota + 1
	uWeek
	uMonth
	uYear
	uHour // hours and minutes: less than a day
)

// Parts of a period.
const (
	early int8 = iota + 1
	mid
	late
)

const maxLexLen = 10 // the longest key of lexicon

// lexicon maps lower-case words to their meaning. It is never modified.
var lexicon = map[string]lexeme{
	"monday": {cWeekday, int8(time.Monday)}, "tuesday": {cWeekday, int8(time.Tuesday)},
	"wednesday": {cWeekday, int8(time.Wednesday)}, "thursday": {cWeekday, int8(time.Thursday)},
	"friday": {cWeekday, int8(time.Friday)}, "saturday": {cWeekday, int8(time.Saturday)},
	"sunday": {cWeekday, int8(time.Sunday)},

	"january": {cMonth, 1}, "february": {cMonth, 2}, "march": {cMonth, 3}, "april": {cMonth, 4},
	"may": {cMonth, 5}, "june": {cMonth, 6}, "july": {cMonth, 7}, "august": {cMonth, 8},
	"september": {cMonth, 9}, "october": {cMonth, 10}, "november": {cMonth, 11},
	"december": {cMonth, 12},
	"jan":      {cAbbr, 1}, "feb": {cAbbr, 2}, "mar": {cAbbr, 3}, "apr": {cAbbr, 4}, "jun": {cAbbr, 6},
	"jul": {cAbbr, 7}, "aug": {cAbbr, 8}, "sep": {cAbbr, 9}, "sept": {cAbbr, 9},
	"oct": {cAbbr, 10}, "nov": {cAbbr, 11}, "dec": {cAbbr, 12},

	"a": {cCount, 1}, "an": {cCount, 1}, "one": {cCount, 1}, "two": {cCount, 2},
	"three": {cCount, 3}, "four": {cCount, 4}, "five": {cCount, 5}, "six": {cCount, 6},
	"seven": {cCount, 7}, "eight": {cCount, 8}, "nine": {cCount, 9}, "ten": {cCount, 10},
	"eleven": {cCount, 11}, "twelve": {cCount, 12},
	"few": {cFew, 0}, "several": {cFew, 0}, "couple": {cFew, 0},

	"day": {cUnit, uDay}, "days": {cUnit, uDay}, "week": {cUnit, uWeek}, "weeks": {cUnit, uWeek},
	"month": {cUnit, uMonth}, "months": {cUnit, uMonth}, "year": {cUnit, uYear},
	"years": {cUnit, uYear}, "hour": {cUnit, uHour}, "hours": {cUnit, uHour},
	"minute": {cUnit, uHour}, "minutes": {cUnit, uHour},

	"morning": {cTOD, 0}, "afternoon": {cTOD, 0}, "evening": {cTOD, 0}, "night": {cTOD, 0},
	"early": {cPart, early}, "mid": {cPart, mid}, "late": {cPart, late},
	"beginning": {cPartNoun, early}, "start": {cPartNoun, early}, "middle": {cPartNoun, mid},
	"end": {cPartNoun, late},

	"on": {cls: wOn}, "in": {cls: wIn}, "since": {cls: wSince}, "during": {cls: wDuring},
	"over": {cls: wOver}, "at": {cls: wAt}, "this": {cls: wThis}, "last": {cls: wLast},
	"next": {cls: wNext}, "past": {cls: wPast}, "earlier": {cls: wEarlier},
	"later": {cls: wLater}, "ago": {cls: wAgo}, "before": {cls: wBefore},
	"after": {cls: wAfter}, "of": {cls: wOf}, "yesterday": {cls: wYesterday},
	"today": {cls: wToday}, "tonight": {cls: wTonight}, "previously": {cls: wPreviously},
	"recently": {cls: wRecently}, "recent": {cls: wRecent}, "previous": {cls: wPrevious},
	"following": {cls: wFollowing}, "same": {cls: wSame}, "weekend": {cls: wWeekend},
	"that": {cls: wThat}, "moments": {cls: wMoments},
	"afterward": {cls: wAfterward}, "afterwards": {cls: wAfterward}, "shortly": {cls: wSoon},
	"soon": {cls: wSoon}, "right": {cls: wSoon}, "immediately": {cls: wSoon},

	"the": {cls: cDet}, "his": {cls: cDet}, "her": {cls: cDet}, "its": {cls: cDet},
	"their": {cls: cDet}, "our": {cls: cDet}, "your": {cls: cDet}, "my": {cls: cDet},

	"by": {cls: wCue}, "until": {cls: wCue}, "till": {cls: wCue}, "through": {cls: wCue},
	"from": {cls: wCue}, "to": {cls: wCue}, "between": {cls: wCue}, "and": {cls: wCue},
	"or": {cls: wCue},

	"which": {cls: cFunc}, "who": {cls: cFunc}, "when": {cls: cFunc}, "where": {cls: cFunc},
	"while": {cls: cFunc}, "than": {cls: cFunc}, "but": {cls: cFunc}, "so": {cls: cFunc},
	"as": {cls: cFunc}, "if": {cls: cFunc}, "because": {cls: cFunc}, "it": {cls: cFunc},
	"he": {cls: cFunc}, "she": {cls: cFunc}, "they": {cls: cFunc}, "we": {cls: cFunc},
	"i": {cls: cFunc}, "you": {cls: cFunc}, "there": {cls: cFunc}, "is": {cls: cFunc},
	"are": {cls: cFunc}, "was": {cls: cFunc}, "were": {cls: cFunc}, "be": {cls: cFunc},
	"been": {cls: cFunc}, "had": {cls: cFunc}, "has": {cls: cFunc}, "have": {cls: cFunc},
	"did": {cls: cFunc}, "not": {cls: cFunc}, "also": {cls: cFunc}, "said": {cls: cFunc},
	"says": {cls: cFunc}, "told": {cls: cFunc}, "with": {cls: cFunc}, "for": {cls: cFunc},
	"about": {cls: cFunc}, "into": {cls: cFunc},
	"still": {cls: cFunc}, "again": {cls: cFunc}, "too": {cls: cFunc}, "though": {cls: cFunc},
}
