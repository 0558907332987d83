package timex

import (
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// Publication dates used by the tables.
const (
	mon = "2022-07-18" // a Monday
	thu = "2022-07-21" // a Thursday
	sun = "2022-07-24" // a Sunday
	jan = "2022-01-10" // a Monday early in the year
	unk = ""           // unknown
)

// resolved is what a row of TestResolve checks: the first expression of the sentence.
type resolved struct {
	Text        string
	Kind        Kind
	Date        string // YYYY-MM-DD, "" when unknown
	Prec        claims.Precision
	Relative    string // When.Relative
	Attributive bool
	Since       bool
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		pub      string
		want     resolved // zero: no expression
		why      string
	}{
		// Weekdays.
		{"said weekday", "Russia and Ukraine still have a chance to resume peace talks, the Kremlin said Thursday, contradicting earlier comments.", mon,
			resolved{Text: "Thursday", Kind: Weekday, Date: "2022-07-14", Prec: claims.Day},
			"a weekday in reported speech is the most recent one before publication: Monday minus 4 days"},
		{"weekday is pub", "The Kremlin said Thursday that talks could resume.", thu,
			resolved{Text: "Thursday", Kind: Weekday, Date: thu, Prec: claims.Day},
			"published on a Thursday, \"Thursday\" is the day itself, not a week before"},
		{"on weekday", "Russian Foreign Minister Sergei Lavrov said on Monday that Russia will not suspend its military operation.", "2022-04-12",
			resolved{Text: "on Monday", Kind: Weekday, Date: "2022-04-11", Prec: claims.Day},
			"the preposition belongs to the expression's words"},
		{"weekday sentence start", "On Tuesday, Lavrov said Moscow believed the accusations were timed to derail talks.", thu,
			resolved{Text: "On Tuesday", Kind: Weekday, Date: "2022-07-19", Prec: claims.Day},
			"a capitalised preposition at the start of a sentence"},
		{"weekday night", "Zelenskiy said in his address on Sunday night that Kyiv was ready.", mon,
			resolved{Text: "on Sunday night", Kind: Weekday, Date: "2022-07-17", Prec: claims.Day},
			"a time of day after the weekday stays with it"},
		{"weekday morning", "Peskov told reporters Wednesday morning that work was continuing.", thu,
			resolved{Text: "Wednesday morning", Kind: Weekday, Date: "2022-07-20", Prec: claims.Day},
			"weekday plus time of day without a preposition"},
		{"weekday possessive", "Thursday's remarks by Peskov contradicted Lavrov.", sun,
			resolved{Text: "Thursday", Kind: Weekday, Date: "2022-07-21", Prec: claims.Day, Attributive: true},
			"a possessive weekday dates the noun it modifies; the span stops before 's"},
		{"weekday curly possessive", "Thursday\u2019s remarks by Peskov contradicted Lavrov.", sun,
			resolved{Text: "Thursday", Kind: Weekday, Date: "2022-07-21", Prec: claims.Day, Attributive: true},
			"news text uses the typographic apostrophe"},
		{"this weekday", "Echoing Lavrov on his visit to Iran this Wednesday, Putin accused Ukraine.", thu,
			resolved{Text: "this Wednesday", Kind: Weekday, Date: "2022-07-20", Prec: claims.Day},
			"\"this Wednesday\" in past-tense reporting is the recent Wednesday"},
		{"last weekday", "The minister said last Thursday that talks had stalled.", thu,
			resolved{Text: "last Thursday", Kind: Weekday, Date: "2022-07-14", Prec: claims.Day},
			"\"last Thursday\" published on a Thursday means a week earlier"},
		{"next weekday", "Delegations will meet next Monday in Istanbul, officials said.", thu,
			resolved{Text: "next Monday", Kind: Weekday, Date: "2022-07-25", Prec: claims.Day},
			"\"next\" looks forward"},
		{"late weekday", "The statement was issued late Sunday, after the talks ended.", mon,
			resolved{Text: "late Sunday", Kind: Weekday, Date: "2022-07-17", Prec: claims.Day},
			"early/late before a weekday"},
		{"earlier on weekday", "Earlier on Tuesday, Peskov said the door was not shut.", thu,
			resolved{Text: "Earlier on Tuesday", Kind: Weekday, Date: "2022-07-19", Prec: claims.Day},
			"\"earlier\" before a weekday joins it rather than standing as a vague expression"},
		{"weekday no pub", "The Kremlin said Thursday that talks could resume.", unk,
			resolved{Text: "Thursday", Kind: Weekday, Relative: "Thursday"},
			"without a publication date a weekday keeps a normal form for ordering"},
		{"lowercase weekday", "officials said on thursday that talks were off", thu,
			resolved{Text: "on thursday", Kind: Weekday, Date: thu, Prec: claims.Day},
			"weekday names are unambiguous, so case does not matter"},

		// Counted from publication.
		{"yesterday", "Lavrov said yesterday that there was no point in talks.", thu,
			resolved{Text: "yesterday", Kind: Deictic, Date: "2022-07-20", Prec: claims.Day},
			"yesterday is pub-1"},
		{"yesterday no pub", "Lavrov said yesterday that there was no point in talks.", unk,
			resolved{Text: "yesterday", Kind: Deictic, Relative: "yesterday"},
			"normal form without a publication date"},
		{"yesterday possessive", "Yesterday's statement from the Kremlin surprised analysts.", thu,
			resolved{Text: "Yesterday", Kind: Deictic, Date: "2022-07-20", Prec: claims.Day, Attributive: true},
			"possessive marks the expression as modifying a noun"},
		{"today", "The foreign ministry said today it would respond.", thu,
			resolved{Text: "today", Kind: Deictic, Date: thu, Prec: claims.Day},
			"today is pub"},
		{"this morning", "Peskov told reporters this morning that work was continuing.", thu,
			resolved{Text: "this morning", Kind: Deictic, Date: thu, Prec: claims.Day},
			"this morning is pub"},
		{"tonight", "Zelenskiy is expected to speak tonight, his office said.", thu,
			resolved{Text: "tonight", Kind: Deictic, Date: thu, Prec: claims.Day},
			"tonight is pub"},
		{"last night", "In a video address last night, Zelenskiy said Kyiv would not give up territory.", thu,
			resolved{Text: "last night", Kind: Deictic, Date: "2022-07-20", Prec: claims.Day},
			"last night is pub-1"},
		{"earlier today", "The ministry said earlier today that the grain deal was close.", thu,
			resolved{Text: "earlier today", Kind: Deictic, Date: thu, Prec: claims.Day},
			"\"earlier\" joins \"today\""},
		{"this week", "Ukraine and Russia held talks this week under Turkish and UN mediation.", thu,
			resolved{Text: "this week", Kind: Deictic, Date: "2022-07-18", Prec: claims.Week},
			"week precision dates the Monday of pub's week"},
		{"earlier this week", "Lavrov said earlier this week that talks made no sense.", thu,
			resolved{Text: "earlier this week", Kind: Deictic, Date: "2022-07-18", Prec: claims.Week},
			"\"earlier this week\" is the same week"},
		{"this week on sunday", "Lavrov confirmed this week that negotiations had stalled.", sun,
			resolved{Text: "this week", Kind: Deictic, Date: "2022-07-18", Prec: claims.Week},
			"weeks run Monday to Sunday"},
		{"last week", "Last week, Lavrov accused Kyiv of presenting Moscow with a draft peace deal.", "2022-04-12",
			resolved{Text: "Last week", Kind: Deictic, Date: "2022-04-04", Prec: claims.Week},
			"last week is the Monday of the previous week"},
		{"last week possessive", "Last week's talks in Istanbul ended without agreement.", thu,
			resolved{Text: "Last week", Kind: Deictic, Date: "2022-07-11", Prec: claims.Week, Attributive: true},
			"possessive: it dates the talks"},
		{"last week no pub", "Last week, Lavrov accused Kyiv of backtracking.", unk,
			resolved{Text: "Last week", Kind: Deictic, Relative: "last week"},
			"normal form is lower case"},
		{"earlier this month", "The Kremlin said earlier this month that talks were frozen.", thu,
			resolved{Text: "earlier this month", Kind: Deictic, Date: "2022-07-01", Prec: claims.Month},
			"month precision dates the first of the month"},
		{"this month", "Talks this month produced a deal on grain exports.", thu,
			resolved{Text: "this month", Kind: Deictic, Date: "2022-07-01", Prec: claims.Month},
			"first of pub's month"},
		{"last month", "Peskov said last month that the door was open.", jan,
			resolved{Text: "last month", Kind: Deictic, Date: "2021-12-01", Prec: claims.Month},
			"last month crosses the year boundary in January"},
		{"last year", "Putin said last year that Ukrainians and Russians were one people.", thu,
			resolved{Text: "last year", Kind: Deictic, Date: "2021-01-01", Prec: claims.Year},
			"year precision dates 1 January"},
		{"two days ago", "Lavrov said two days ago that talks were pointless.", thu,
			resolved{Text: "two days ago", Kind: Deictic, Date: "2022-07-19", Prec: claims.Day},
			"a counted number of days is day precision"},
		{"digits days ago", "The ministry said 3 days ago it had received no reply.", thu,
			resolved{Text: "3 days ago", Kind: Deictic, Date: "2022-07-18", Prec: claims.Day},
			"counts in digits"},
		{"three weeks ago", "Kyiv suspended the talks three weeks ago, Lavrov said.", thu,
			resolved{Text: "three weeks ago", Kind: Deictic, Date: "2022-06-27", Prec: claims.Week},
			"weeks ago give the Monday of that week"},
		{"a day ago", "A Kremlin aide said a day ago that no meeting was planned.", thu,
			resolved{Text: "a day ago", Kind: Deictic, Date: "2022-07-20", Prec: claims.Day},
			"\"a\" counts one"},
		{"over the weekend", "Zelenskiy said over the weekend that Ukraine would fight on.", mon,
			resolved{Text: "over the weekend", Kind: Deictic, Date: "2022-07-11", Prec: claims.Week},
			"the weekend before a Monday belongs to the previous week"},
		{"day before yesterday", "Lavrov said the day before yesterday that talks had stalled.", thu,
			resolved{Text: "the day before yesterday", Kind: Deictic, Date: "2022-07-19", Prec: claims.Day},
			"longest match beats the anchored \"the day before\""},

		// Some time before publication.
		{"a few days ago", "A few days ago, the Russian Foreign Minister drew attention to Ukrainian demands.", thu,
			resolved{Text: "A few days ago", Kind: Vague, Date: thu, Prec: claims.Before},
			"an unknown count gives only a bound"},
		{"several weeks ago", "Talks broke down several weeks ago, officials said.", thu,
			resolved{Text: "several weeks ago", Kind: Vague, Date: thu, Prec: claims.Before},
			"\"several\" is an unknown count"},
		{"previously", "The Kremlin previously accused Ukraine of lacking will to continue talks.", thu,
			resolved{Text: "previously", Kind: Vague, Date: thu, Prec: claims.Before},
			"previously: before publication"},
		{"earlier", "He pointed out that Putin had voiced the same stance on the peace talks earlier.", thu,
			resolved{Text: "earlier", Kind: Vague, Date: thu, Prec: claims.Before},
			"a clause-final earlier"},
		{"earlier attributive", "Peskov's words contradicted earlier comments by Moscow's top diplomat.", thu,
			resolved{Text: "earlier", Kind: Vague, Date: thu, Prec: claims.Before, Attributive: true},
			"\"earlier comments\" dates the comments, not Peskov's statement"},
		{"recently", "Lavrov recently said that the geography of the operation had changed.", thu,
			resolved{Text: "recently", Kind: Vague, Date: thu, Prec: claims.Before},
			"recently: before publication"},
		{"in recent weeks", "There had been little communication between them in recent weeks.", thu,
			resolved{Text: "in recent weeks", Kind: Vague, Date: thu, Prec: claims.Before},
			"\"recent weeks\" needs its preposition"},
		{"over the past few days", "Over the past few days, officials have repeated that the door is open.", thu,
			resolved{Text: "Over the past few days", Kind: Vague, Date: thu, Prec: claims.Before},
			"a period ending at publication"},
		{"vague no pub", "The Kremlin previously accused Ukraine of stalling.", unk,
			resolved{Text: "previously", Kind: Vague, Relative: "before publication"},
			"without pub a vague expression cannot be bounded"},

		// Calendar dates.
		{"on month day", "On February 24, Russia dispatched tens of thousands of troops to Ukraine.", "2022-04-12",
			resolved{Text: "On February 24", Kind: Calendar, Date: "2022-02-24", Prec: claims.Day},
			"month-day with no year takes pub's year when that is in the past"},
		{"abbr month day", "Russia sent tens of thousands of troops into Ukraine on Feb. 24 in what it called a special operation.", "2022-04-06",
			resolved{Text: "on Feb. 24", Kind: Calendar, Date: "2022-02-24", Prec: claims.Day},
			"AP abbreviation with its full stop"},
		{"dateline a day ahead", "WASHINGTON, Dec. 8 (UPI) -- The senator said on Tuesday that the bill would pass.", "2015-12-07",
			resolved{Text: "Dec. 8", Kind: Calendar, Date: "2015-12-08", Prec: claims.Day},
			"a dateline a day after the file's date runs ahead across time zones: the day was 2014-12-08, a year before the story"},
		{"a day ahead over new year", "Jan. 1 - The minister said the tax would go.", "2021-12-31",
			resolved{Text: "Jan. 1", Kind: Calendar, Date: "2022-01-01", Prec: claims.Day},
			"a day or two ahead across the new year is the next year's day, not the one 364 days before"},
		{"month day previous year", "Talks began on November 30, the ministry said.", jan,
			resolved{Text: "on November 30", Kind: Calendar, Date: "2021-11-30", Prec: claims.Day},
			"a month-day after pub in the calendar is last year's"},
		{"weekday and date ahead", "The council will vote on Tuesday, March 3, the mayor said.", "2026-02-10",
			resolved{Text: "on Tuesday, March 3", Kind: Calendar, Date: "2026-03-03", Prec: claims.Day},
			"the weekday says the year: March 3 was a Tuesday in 2026 and a Monday in 2025, so a named day after publication is this year's, not last year's"},
		{"weekday and date that fits no year near", "The council met on Friday, March 3, the mayor said.", "2026-02-10",
			resolved{Text: "on Friday, March 3", Kind: Calendar, Date: "2025-03-03", Prec: claims.Day},
			"a guard: a weekday no year near fits (a slip of the writer's) leaves the most recent such day"},
		{"month day is pub", "The statement dated July 21 was read aloud.", thu,
			resolved{Text: "July 21", Kind: Calendar, Date: thu, Prec: claims.Day},
			"on or before pub includes pub itself"},
		{"month day no pub", "Russia attacked Ukraine on February 24.", unk,
			resolved{Text: "on February 24", Kind: Calendar, Relative: "February 24"},
			"without pub a month-day keeps a normal form"},
		{"full date", "Russia attacked Ukraine on February 24, 2022, Western officials said.", unk,
			resolved{Text: "on February 24, 2022", Kind: Calendar, Date: "2022-02-24", Prec: claims.Day},
			"a date with a year needs no publication date"},
		{"day month year", "The invasion began on 24 February 2022, officials recalled.", unk,
			resolved{Text: "on 24 February 2022", Kind: Calendar, Date: "2022-02-24", Prec: claims.Day},
			"British order"},
		{"day abbr", "Fighting has continued since 24 Feb around Kharkiv.", thu,
			resolved{Text: "since 24 Feb", Kind: Calendar, Date: "2022-02-24", Prec: claims.Day, Since: true},
			"day and abbreviation without a full stop; since is flagged"},
		{"on day month", "Lavrov said on 12 April that the operation would continue.", thu,
			resolved{Text: "on 12 April", Kind: Calendar, Date: "2022-04-12", Prec: claims.Day},
			"British order without a year"},
		{"ordinal of", "The talks on the 29th of March produced a communique.", thu,
			resolved{Text: "on the 29th of March", Kind: Calendar, Date: "2022-03-29", Prec: claims.Day},
			"ordinal suffix and \"of\""},
		{"month day ordinal", "Peskov spoke on March 29th after the talks.", thu,
			resolved{Text: "on March 29th", Kind: Calendar, Date: "2022-03-29", Prec: claims.Day},
			"ordinal suffix after month-day"},
		{"weekday and date", "Peskov said on Thursday, July 21, that the door was not shut.", unk,
			resolved{Text: "on Thursday, July 21", Kind: Calendar, Relative: "July 21"},
			"a weekday before a date is one expression; the date governs"},
		{"attributive date", "Ukraine walked away from the March 29 talks, Lavrov said.", thu,
			resolved{Text: "March 29", Kind: Calendar, Date: "2022-03-29", Prec: claims.Day, Attributive: true},
			"\"the March 29 talks\" dates the talks, not the statement"},
		{"late month", "Kiev and Moscow have held intermittent peace talks since late February.", thu,
			resolved{Text: "since late February", Kind: Calendar, Date: "2022-02-01", Prec: claims.Month, Since: true},
			"a part of a month is month precision; since marks a continuing state"},
		{"late in month", "The two sides have not met since the talks in Istanbul late in March.", thu,
			resolved{Text: "late in March", Kind: Calendar, Date: "2022-03-01", Prec: claims.Month},
			"\"late in March\" as well as \"late March\""},
		{"early month", "Lavrov said in early April that talks would go on.", thu,
			resolved{Text: "in early April", Kind: Calendar, Date: "2022-04-01", Prec: claims.Month},
			"preposition then part"},
		{"mid month", "Negotiators last met in mid-May, the ministry said.", thu,
			resolved{Text: "in mid-May", Kind: Calendar, Date: "2022-05-01", Prec: claims.Month},
			"hyphenated mid"},
		{"mid month no pub", "Negotiators last met in mid-May.", unk,
			resolved{Text: "in mid-May", Kind: Calendar, Relative: "mid-May"},
			"normal form keeps the part"},
		{"in month", "Moscow has had no reply to its draft since April.", thu,
			resolved{Text: "since April", Kind: Calendar, Date: "2022-04-01", Prec: claims.Month, Since: true},
			"a bare month with a cue"},
		{"in month later than pub", "The talks collapsed in August, Lavrov said.", thu,
			resolved{Text: "in August", Kind: Calendar, Date: "2021-08-01", Prec: claims.Month},
			"a month after pub's month is last year's"},
		{"in may", "The delegations met in May in Istanbul.", thu,
			resolved{Text: "in May", Kind: Calendar, Date: "2022-05-01", Prec: claims.Month},
			"May after \"in\" is the month"},
		{"may with day", "Peskov said on May 9 that victory was near.", thu,
			resolved{Text: "on May 9", Kind: Calendar, Date: "2022-05-09", Prec: claims.Day},
			"May before a day number is the month"},
		{"month year", "The agreement signed in April 2021 was never ratified.", unk,
			resolved{Text: "in April 2021", Kind: Calendar, Date: "2021-04-01", Prec: claims.Month},
			"month and year need no pub"},
		{"in year", "Russia annexed Crimea in 2014, and Kyiv has not forgotten it.", unk,
			resolved{Text: "in 2014", Kind: Calendar, Date: "2014-01-01", Prec: claims.Year},
			"a bare year after a preposition"},
		{"month last year", "Lavrov made the same promise in March last year.", thu,
			resolved{Text: "in March last year", Kind: Calendar, Date: "2021-03-01", Prec: claims.Month},
			"\"last year\" completes a month"},
		{"end of month", "Talks are expected to resume at the end of March, officials said.", "2022-03-10",
			resolved{Text: "at the end of March", Kind: Calendar, Date: "2022-03-01", Prec: claims.Month},
			"\"the end of\" is a part of the month; pub's own month counts as past"},
		{"iso", "The statement was dated 2022-07-21 and signed by Lavrov.", unk,
			resolved{Text: "2022-07-21", Kind: Calendar, Date: "2022-07-21", Prec: claims.Day},
			"ISO dates"},
		{"us numeric", "The memo, dated 7/21/2022, was leaked to reporters.", unk,
			resolved{Text: "7/21/2022", Kind: Calendar, Date: "2022-07-21", Prec: claims.Day},
			"US month/day/year"},
		{"leap day no year", "Peskov spoke on February 29 about the talks.", "2022-07-21",
			resolved{Text: "on February 29", Kind: Calendar, Date: "2020-02-29", Prec: claims.Day},
			"29 February without a year is the most recent leap day"},

		// Anchored to another statement.
		{"one day after", "Peskov said negotiations were still possible one day after Lavrov said such talks make no sense.", thu,
			resolved{Text: "one day after", Kind: Anchored, Relative: "1 day after"},
			"anchored expressions never resolve alone"},
		{"the day before", "In statements released the day before, the Russian Foreign Minister said talks were slow.", thu,
			resolved{Text: "the day before", Kind: Anchored, Relative: "1 day before"},
			"the day before"},
		{"a day earlier", "Lavrov had said a day earlier that the talks were dead.", thu,
			resolved{Text: "a day earlier", Kind: Anchored, Relative: "1 day before"},
			"earlier after a count is anchored, not vague"},
		{"the previous day", "Peskov repeated what Lavrov had said the previous day.", thu,
			resolved{Text: "the previous day", Kind: Anchored, Relative: "1 day before"},
			"the previous day"},
		{"an hour later", "An hour later, the ministry issued a correction.", thu,
			resolved{Text: "An hour later", Kind: Anchored, Relative: "same day"},
			"hours do not change the day"},
		{"the following day", "The following day, Peskov said the door was open.", thu,
			resolved{Text: "The following day", Kind: Anchored, Relative: "1 day after"},
			"the following day"},
		{"on the next day", "Lavrov replied on the next day.", thu,
			resolved{Text: "on the next day", Kind: Anchored, Relative: "1 day after"},
			"preposition joins anchored expressions"},
		{"two days later", "Two days later, the Kremlin said the door was not shut.", thu,
			resolved{Text: "Two days later", Kind: Anchored, Relative: "2 days after"},
			"counted days after"},

		// Not time expressions.
		{"modal may", "We may consider a new round of talks, Peskov said.", thu, resolved{},
			"\"may\" as a modal verb"},
		{"capital modal may", "May we consider a new round of talks?", thu, resolved{},
			"sentence-initial May without a day or cue is not a month"},
		{"verb march", "The troops march on the capital.", thu, resolved{},
			"\"march\" as a verb"},
		{"we", "We are not giving up on the negotiations, Lavrov said.", thu, resolved{},
			"\"we\" is not Wednesday"},
		{"sun", "The Sun newspaper said the talks were over.", thu, resolved{},
			"\"Sun\" is not Sunday"},
		{"second", "A second round of talks in Istanbul was planned.", thu, resolved{},
			"\"second\" is an ordinal, not a unit of time"},
		{"decimal", "Grain exports fell 24.5 percent in the quarter.", thu, resolved{},
			"numbers are not days"},
		{"count", "Russia sent 20 battalions to the border.", thu, resolved{},
			"a count with a noun that is not a unit"},
		{"previous rounds", "The previous rounds of talks had failed to produce a breakthrough.", thu, resolved{},
			"\"previous\" alone is not an expression"},
		{"every weekday", "Get the newsletter in your mailbox every Friday.", thu, resolved{},
			"a weekly habit is not a date"},
		{"june name", "June Smith said the talks were over.", thu, resolved{},
			"a month name without a day or cue is a name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.why == "" {
				t.Fatal("row has no reason")
			}
			var pub claims.Date
			if tt.pub != "" {
				var err error
				if pub, err = claims.ParseDate(tt.pub); err != nil {
					t.Fatal(err)
				}
			}
			var got resolved
			if es := Find(tt.sentence); len(es) > 0 {
				e := es[0]
				w := e.Resolve(pub)
				got = resolved{e.Text, e.Kind, w.Date.String(), w.Precision, w.Relative, e.Attributive, e.Since}
				if w.Text != e.Text {
					t.Errorf("When.Text = %q, want %q", w.Text, e.Text)
				}
				if e.Span.In(tt.sentence) != e.Text {
					t.Errorf("span %v holds %q, want %q", e.Span, e.Span.In(tt.sentence), e.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q)[0] resolved at %s (-want +got):\n%s\nwhy: %s", tt.sentence, tt.pub, diff, tt.why)
			}
		})
	}
}

func TestAhead(t *testing.T) {
	tests := []struct {
		phrase, ref, want string
		why               string
	}{
		{"the plant will open in June", "2024-03-06", "2024-06", "a month ahead of the statement is this year's: Resolve gave last June, as reported speech has it"},
		{"the plant will open in February", "2024-03-06", "2025-02", "a month already past in the year of the statement is next year's"},
		{"the plant will open in March", "2024-03-06", "2024-03", "the month of the statement itself is still to run"},
		{"the vote will be held on Thursday", "2024-03-06", "2024-03-07", "a weekday ahead is the coming one, not last week's"},
		{"the vote will be held on June 28", "2024-03-06", "2024-06-28", "a day ahead in the year"},
		{"the talks will resume next week", "2024-03-06", "week of 2024-03-11", "'next week' counts from the statement either way"},
		{"the line will open in 2027", "2024-03-06", "2027", "a year that is given stands"},
	}
	for _, tt := range tests {
		ref, err := claims.ParseDate(tt.ref)
		if err != nil {
			t.Fatal(err)
		}
		es := Find(tt.phrase)
		if len(es) != 1 {
			t.Fatalf("%q: found %d expressions", tt.phrase, len(es))
		}
		if got := es[0].Ahead(ref).String(); got != tt.want && !strings.HasPrefix(got, tt.want+" ") {
			t.Errorf("%q on %s: got %s, want %s (%s)", tt.phrase, tt.ref, got, tt.want, tt.why)
		}
	}
}
