package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/contradict/contradict/claims"
)

func TestEventTime(t *testing.T) {
	tests := []struct {
		text    string
		want    string // Proposition.Time, "" for none
		negated bool
		why     string
	}{
		{"The minister said on Monday the bill would be sent to parliament in the first week of March.", "2024-03-01..2024-03-07", false, "the part of the month the words before it name"},
		{"The spokeswoman said the bill would go to parliament in the second half of the year.", "2024-07-01..2024-12-31", false, "'the year' is the statement's, and its second half"},
		{"The chief said the recruits would not be assigned to patrol shifts before October.", "2024-10-01..", false, "a month alone after 'before' is a month, as after 'until'"},
		{"The secretary said the exams would not start before April 16.", "2024-04-16..", false, "'not before' bounds the time and denies nothing: the exams start, on or after April 16"},
		{"The chief executive said there would be no increase in charges this year or next.", "2024-01-01..2025-12-31", true, "'this year or next' runs through next year: a rise next January falls in it"},
		{"The chief executive said the \u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e levy would not rise this year or next.", "2024-01-01..2025-12-31", true, "the words after a time are read from the content, not its lower case, whose offsets 'ẞ' shifts: 'or next' went unseen"},
		{"The chief executive said fares would rise in May and next year would be frozen.", "2024-05-01..2024-05-31", false, "a guard: 'and next year' after a month names another time, not the month after May"},
		{"The chief executive said the company would reach the target by the end of this year.", "..2024-12-31", false, "'by' sets an end and no start; 'the end of this year' its last quarter"},
		{"The spokeswoman said the state would not withdraw the subsidy before the end of the fiscal year in June.", "2024-06-21..", false, "'the end of the fiscal year in June' is the end of June, and 'not before' bounds it: 'in' had been read as the preposition, so the withdrawal was denied in June"},
		{"The governor said the bank would not cut rates until June.", "2024-06-01..", false, "'not until June' is a cut from June on"},
		{"The governor said the bank won’t cut rates until June.", "2024-06-01..", false, "a typographic apostrophe negates as the straight one does: 'won’t … until June' read as cutting before June"},
		{"The governor said the bank would not cut rates in June.", "2024-06-01..2024-06-30", true, "without 'until' or 'before' the negation denies the cut in June"},
		{"The minister said the tracks would be back in use before the end of the month.", "..2024-03-20", false, "'the end of the month' is the statement's month, its last days, as 'the end of the year' is its last quarter: it was read as no time"},
		{"The finance chief said the airline had stopped hiring pilots for the rest of the year.", "2024-03-06..2024-12-31", true, "'for the rest of the year' runs from the day it is said to the year's end"},
		{"The treasurer said the fund would stay closed to new members for the remainder of the month.", "2024-03-06..2024-03-31", false, "and 'the remainder of the month' to the month's end"},
		{"The minister said the union would stay out for the rest of the year-long inquiry.", "", false, "a guard: 'the year-long inquiry' is no year, here as after 'the end of': its rest had been read as the rest of this year"},
		{"The minister said the union would not call off the strike before the end of the month-long talks.", "", true, "a guard: 'the month-long talks' are no month: their end had been read as this month's, and the negation taken off as if it only bounded the time"},
		{"The minister said the union would not call off the strike before the end of the year-long inquiry.", "", true, "a guard: 'the year-long inquiry' is no year, as the month-long talks are no month"},
		{"The manager said the line would reopen before Christmas.", "..2024-12-24", false, "Christmas is a day of the year, and 'before' ends the period the day before it"},
		{"The engineer said the line would not reopen before next spring.", "2025-03-01..", false, "a season is its months ('spring' from March), 'next' the one after the season now, and 'not before' bounds it"},
		{"The chief said none of the officers could move to patrol until the fall.", "2024-09-01..", false, "'none of them … until the fall': the negation bounds the time, as 'not until' does, of a season"},
		{"The analyst said the fall of the government would come soon.", "", false, "a guard: 'the fall of' is an event, not the season"},
		{"The analyst said prices will fall sharply.", "", false, "a guard: 'fall' with no preposition or determiner is the verb"},
		{"The economist said inflation would fall by the summer.", "..2024-08-31", false, "the verb 'fall' before a season is skipped, not the end of the search: the first match was the verb, and 'by the summer' went unread"},
		{"The economist said the fall in prices would continue.", "", false, "a guard: 'the fall in' is a drop, not the season"},
		{"The union leader said the strikes would bring back the winter of discontent.", "", false, "a guard: a season with 'of' after it names an event, not the coming season"},
		{"The manager said sales had dropped by 20% in October.", "", false, "a past event has no time ahead, and 'by 20%' is no time phrase"},
		{"The director said the site is busy in October.", "", false, "a present tense with a month is what is, not a schedule"},
		{"The chairman said the deal will close next week. Talks would continue until 2026.", "2024-03-11..2024-03-17", false, "only the first sentence's time: the main clause is there"},
		{"The economist said profits would be lower than in 2023.", "", false, "a time after 'than' is of what is compared"},
		{"The economist said profits would be lower than in 2030.", "", false, "a year after 'than' is of what is compared, though still ahead: skipped by the time reader, it came back through the bare-year fallback"},
		{"The minister said the new fares would apply from Jan. 1.", "2025-01-01..", false, "a month's abbreviation ends no sentence: the main clause had been cut at 'Jan.', and the time lost"},
		{"The minister said talks with Supt. Kamau would start in June.", "2024-06-01..2024-06-30", false, "a title the segmenter joins to its name ends no sentence here either: the main clause had been cut at 'Supt.', and the time lost"},
		{"The minister said: \"The deal will be signed with Iran. Talks will continue until 2026.\"", "", false, "a guard: a short capitalised name ends a sentence, as a month's abbreviation does not: the talks' 2026 had been the deal's"},
		{"The minister said the scheme would run from 2025.", "2025-01-01..", false, "'from' opens the period at the start of the year"},
		{"The minister said the \u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e levy would start in June.", "2024-06-01..2024-06-30", false, "lower-casing 'ẞ' shortens the text: the words before a time read from the lower case ran past its end"},
		{"The minister said the new tariff raises water bills from May 1.", "2024-05-01..", false, "a present that starts a change 'from' a day sets it ahead: the May past had been read, so a plan to hold bills met no later rise"},
		{"The minister said water bills have risen from January.", "2024-01-01..", false, "a perfect with 'from' tells of a change begun, the January past: read as a start ahead, it was next January's, in the future"},
		{"The minister said the \u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e\u1e9e levy rises from June 1.", "2024-06-01..", false, "the words after a time are read from the content, not its lower case, whose offsets 'ẞ' shifts: the slice ran past the end and panicked"},
		{"The minister said the tariff covers bills from May 1 to May 31.", "2023-05-01..", false, "a range 'from … to' is a period the present tells of, the May past, not a start ahead"},
		{"The mayor said work would not start until the autumn fairs had finished in October.", "2024-10-01..", false, "a clause after 'until' with 'had' bounds the event, and the negation before it makes October its start: it had been read as the negated month, which no plan for August could meet"},
		{"The minister said the ban would stay until repairs on the bridge are completed in September.", "..2024-09-30", false, "a time inside a clause opened by 'until' bounds the event: it had been read as the event's own month, 'in September'"},
		{"The mayor said there is no agreement, and the player is under contract until 2026.", "", true, "a time in another clause leaves the first clause's negation alone"},
	}
	for _, tt := range tests {
		c, ok := claimOn6March(t, tt.text)
		if !ok {
			continue
		}
		p := c.Proposition
		got := periodText(p.Time)
		if got != tt.want || p.Negated != tt.negated {
			t.Errorf("%q: %s\ngot %q negated %t, want %q negated %t", tt.text, tt.why, got, p.Negated, tt.want, tt.negated)
		}
	}
}

func TestClauseTimes(t *testing.T) {
	tests := []struct {
		text string
		want []string // the time of each clause, main first
		why  string
	}{
		{"The manager said repairs were on schedule and that the branch would carry riders again before Christmas.", []string{"", "..2024-12-24"},
			"each clause has its own time: read from the content's first clause only, the branch's Christmas was lost"},
		{"The minister said the levy would start in July and raise £90m a year.", []string{"2024-07-01..2024-07-31", ""},
			"a guard: a clause with no time words of its own takes none from the first"},
		{"The secretary said the doses are expected by the middle of April, and the campaign can start only after that, most likely in the first week of May.", []string{"..2024-04-20", "2024-05-01..2024-05-07"},
			"'expected by' looks ahead as 'will' does (the April past had been read), and a verbless phrase after a clause's comma tells that clause's time"},
	}
	for _, tt := range tests {
		c, ok := claimOn6March(t, tt.text)
		if !ok {
			continue
		}
		var got []string
		for _, cl := range c.Proposition.Clauses() {
			got = append(got, periodText(cl.Time))
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s (-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

// claimOn6March extracts text published on 6 March 2024, which must give exactly one
// claim.
func claimOn6March(t *testing.T, text string) (claims.Claim, bool) {
	t.Helper()
	return oneClaimOf(t, claims.Document{ID: "t", Text: text, Published: claims.NewDate(2024, 3, 6)})
}

// periodText is a period as the tests write it, "" for none.
func periodText(p claims.Period) string {
	if p.IsZero() {
		return ""
	}
	return p.String()
}
