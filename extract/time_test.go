package extract

import (
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// TestNestedDates checks the day of a statement that its sentence dates against another:
// "one day after Lavrov said …", "a month after promising …".
func TestNestedDates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // content | date | precision
		why        string
	}{
		{
			name: "a month before the host",
			text: "Health Minister Sarah Quinn confirmed on Monday that two hospitals would close, a month after promising that every hospital would stay open.",
			want: []string{
				"two hospitals would close | 2025-03-10 | day",
				"every hospital would stay open | 2025-02-01 | month",
			},
			why: "the promise is dated a month before the confirmation, to the month",
		},
		{
			name: "a day before 'when' is the statement's own",
			text: "The row over the port flared on Thursday.\n\nTempers boiled over at a rally in Valdora on Wednesday night when Transport Minister Ana Soler said the terminal would be sold.\n\n“There is no other buyer,” Ms Soler said.",
			want: []string{
				"the terminal would be sold | 2025-03-12 | day",
				"There is no other buyer | 2025-03-12 | day",
			},
			why: "'at a rally on Wednesday night when X said' tells when X said it, not a time to count from; and the rally is still the scene of the words told next",
		},
		{
			name: "a time before ', when' dates the statement the clause tells",
			text: "Superintendent Renee Vostrejs on Monday recommended closing two schools, a reversal of the position she took in January, when she told parents that no school would close before 2027.",
			want: []string{
				"closing two schools | 2025-03-10 | day",
				"no school would close before 2027 | 2025-01-01 | month",
			},
			why: "'in January, when she told parents' puts the telling in January: the time before the host's relation word was read as the host's, and the January promise took Monday's date, the reversal's own",
		},
		{
			name: "a statement retracted on a day is not of that day",
			text: "The mayor, Halil Kaya, on Wednesday retracted his statement that the pier would be shut for a year, saying no decision had been taken.",
			want: []string{
				"his statement | 2025-03-12 | day",
				"the pier would be shut for a year |  | unknown",
				"no decision had been taken | 2025-03-12 | day",
			},
			why: "'on Wednesday' dates the retraction; the statement it takes back came before, on a day the sentence does not give",
		},
		{
			name: "a remark a reporting noun names inside another statement",
			text: "On Monday, Vice President Ann Lowe took aim at comments by Republican candidate Tom Berg that Japan might need nuclear arms.\n\nDuring an interview in April, Berg was talking about defence when he told a radio host, \u201cMaybe they would be better off if they defend themselves.\u201d",
			want: []string{
				"comments by Republican candidate Tom Berg that Japan might need nuclear arms | 2025-03-10 | day",
				"Japan might need nuclear arms |  | unknown",
				"Maybe they would be better off if they defend themselves |  | unknown",
			},
			why: "Monday is the vice president's: the comments came before, on a day the sentence does not give; dated Monday, they set Monday as the day of Berg's next words too, which the article puts only in April (null by GOLD.md)",
		},
		{
			name: "a gerund after a span of time opening the sentence",
			text: "Three months after telling parents that no school would close, the board chair said on Monday that two would.",
			want: []string{
				"no school would close | 2024-12-01 | month",
				"two would | 2025-03-10 | day",
			},
			why: "'Three months after telling …' dates the telling three months before the main clause's statement, to the month",
		},
		{
			name: "a day before the host",
			text: "The Kremlin said on Thursday that talks were possible, one day after the minister said they made no sense.",
			want: []string{
				"talks were possible | 2025-03-13 | day",
				"they made no sense | 2025-03-12 | day",
			},
			why: "'one day after' counts back from the host's day",
		},
		{
			name: "a day before a host told after it",
			text: "A day after the prefect said Sunday's attack was not terror-related, the minister said on Thursday that prosecutors had the case.",
			want: []string{
				"Sunday's attack was not terror-related | 2025-03-12 | day",
				"prosecutors had the case | 2025-03-13 | day",
			},
			why: "a fronted 'A day after X said' counts back from the statement after it; and 'said Sunday's attack' opens a content, not a time",
		},
		{
			name: "at the time of the clause it hangs on",
			text: "The Senate's vote on Tuesday came as Senator Ray Dunn argued that the bill was too costly.",
			want: []string{
				"the bill was too costly | 2025-03-11 | day",
			},
			why: "'came as' sets the argument at the time of the vote, which its clause tells before the subordinator",
		},
		{
			name: "an uncounted time before the host",
			text: "Acme said on Monday it would close the factory, weeks after its chief executive said the site had a future.",
			want: []string{
				"it would close the factory | 2025-03-10 | day",
				"the site had a future |  | unknown",
			},
			why: "'weeks after' says the statement came before the host but not when: it took the host's day",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := datedLines(tt.text, func(c claims.Claim) string {
				return c.Content.Text + " | " + c.When.Date.String() + " | " + c.When.Precision.String()
			})
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// datedCase is a row of the narrative date tables.
type datedCase struct {
	name, text string
	want       []string // content | date | the words that dated it
	why        string
}

// checkDatedCases checks each row's claims, rendered as "content | day | the words that
// dated it".
func checkDatedCases(t *testing.T, tests []datedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := datedLines(tt.text, func(c claims.Claim) string {
				day := ""
				if c.When.Precision == claims.Day {
					day = c.When.Date.String()
				}
				return c.Content.Text + " | " + day + " | " + c.When.Text
			})
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// datedLines extracts text as published on Friday 14 March 2025 and renders its claims.
func datedLines(text string, line func(claims.Claim) string) []string {
	var e Extractor
	var out []string
	for _, c := range e.Extract(claims.Document{ID: "t", Text: text, Published: claims.NewDate(2025, 3, 14)}) {
		out = append(out, line(c))
	}
	return out
}

// TestNarrativeDates checks the day of statements that their article places without
// time words of their own: by a relation, an occasion, the lede, or not at all. The
// documents are published on Friday 14 March 2025.
func TestNarrativeDates(t *testing.T) {
	tests := []datedCase{
		{
			name: "time words after a tag set in the middle of what is said",
			text: "Tourism figures disputed\n\nMinister Helen Marr said on Thursday that visitor numbers were holding up. Hotel occupancy in February was 81%, she said, the highest since 2019, with visitors up between December and February.",
			want: []string{
				"visitor numbers were holding up | 2025-03-13 | on Thursday",
				"Hotel occupancy in February was 81% | 2025-03-13 | Marr’s remarks on Thursday",
			},
			why: "what follows ', she said,' goes on with what she said: its 'between December and February' was read as the time she said it",
		},
		{
			name: "time words after a tag set in the middle of what is said, in a phrase of the telling",
			text: "Tourism figures disputed\n\nHotel occupancy was 81%, Minister Helen Marr said, in a statement on Tuesday.",
			want: []string{
				"Hotel occupancy was 81% | 2025-03-11 | on Tuesday",
			},
			why: "'in a statement on Tuesday' after ', she said,' goes on with the telling, not with what is said: it dates the statement",
		},
		{
			name: "a weekday with its date in brackets",
			text: "Bus route to be cut\n\nAt a meeting last Wednesday (March 5), the firm's manager, Sophie Dunn, told councillors the route would run until December.",
			want: []string{
				"the route would run until December | 2025-03-05 | March 5",
			},
			why: "'last Wednesday' alone is the Wednesday just gone, 12 March; the date in brackets says it was the one before, and it was dropped as an aside that leaves the cue out",
		},
		{
			name: "a look back in the past perfect with a participle, then the day's news again",
			text: "Ferry fares to rise\n\nThe operator's chief, Ana Ruiz, said on Thursday that fuel costs had doubled.\n\nOn March 2, Ms Ruiz had told reporters that fares would not rise this year, adding that the company could absorb the cost.\n\nFuel prices hit a record this month.\n\nThe rise will apply from April 1, Ms Ruiz said.",
			want: []string{
				"fuel costs had doubled | 2025-03-13 | on Thursday",
				"fares would not rise this year | 2025-03-02 | On March 2",
				"the company could absorb the cost | 2025-03-02 | On March 2",
				"The rise will apply from April 1 | 2025-03-13 | Ruiz’s remarks on Thursday",
			},
			why: "'had told … adding' looks back with both its cues, and its own sentence places no one before it: the next 'said' is of Thursday's remarks again, not of March 2",
		},
		{
			name: "a time closing a past perfect in what is said",
			text: "Observers row\n\nOpposition organiser Luis Vega said its observers had been at every polling station over the weekend.",
			want: []string{
				"its observers had been at every polling station over the weekend | 2025-03-14 | publication day",
			},
			why: "'had been … over the weekend' tells when the observers were there, not when Vega spoke: the lede's statement was dated to the weekend before",
		},
		{
			name: "a time closing a negated past perfect in what is said",
			text: "Observers row\n\nOpposition organiser Luis Vega said its observers had not been allowed into the polling stations over the weekend.",
			want: []string{
				"its observers had not been allowed into the polling stations over the weekend | 2025-03-14 | publication day",
			},
			why: "'had not been … over the weekend' is still what was done then: an adverb between 'had' and its participle does not make the weekend the day Vega spoke",
		},
		{
			name: "a time in a closing relative clause is that clause's",
			text: "Grocer to shut depot\n\nGreenway Foods is proposing to close its Leeds depot, a U-turn by chief executive Tom Hale, who in January told staff the site was safe.",
			want: []string{
				"to close its Leeds depot | 2025-03-14 | publication day",
				"the site was safe |  | in January",
			},
			why: "a relative clause running to the end of the sentence ('…, who in January told staff …') holds its own time, as one closed by a comma does: the proposal was dated January",
		},
		{
			name: "a day's possessive opening an occasion at the end of what is said",
			text: "Host attacks museum\n\nBroadcaster Lena Vos attacked the museum for closing its archive on Monday's edition of her radio show.\n\nVos said the board was wrong in Tuesday's interview.",
			want: []string{
				"the museum for closing its archive on Monday's edition of her radio show | 2025-03-10 | Monday",
				"the board was wrong in Tuesday's interview | 2025-03-11 | Tuesday",
			},
			why: "'on Monday's edition of her show' closes the statement as 'in an interview on Monday' does: the day's possessive opens the occasion it was said on, not a thing said of that day ('Monday's vote was wrong')",
		},
		{
			name: "a document's findings on the day it was released",
			text: "Mayor trails in poll\n\nA new poll of city voters was released Wednesday.\n\nThe poll found that most voters disapprove of the mayor. It also shows the mayor trailing his rival.",
			want: []string{
				"most voters disapprove of the mayor | 2025-03-12 | the poll released on Wednesday",
				"the mayor trailing his rival | 2025-03-12 | the poll released on Wednesday",
			},
			why: "what a poll or report says is dated by the day the article says it was released, told in a sentence of its own: the findings were left undated",
		},
		{
			name: "a body called by the end of its name after its full name",
			text: "Paper attacks gun lobby\n\nOn March 4, the Springfield Evening Courier argued that the lobby had blocked reform.\n\nThe Evening Courier claims the lobby is a menace to voters.",
			want: []string{
				"the lobby had blocked reform | 2025-03-04 | On March 4",
				"the lobby is a menace to voters | 2025-03-04 | Courier’s remarks On March 4",
			},
			why: "'the Evening Courier' is the Springfield Evening Courier named before: as another body, its second claim was left undated",
		},
		{
			name: "a document's noun inside another word is no release",
			text: "Mayor trails\n\nTwo reporters were released Wednesday after a day in custody.\n\nThe report found that most voters disapprove of the mayor.",
			want: []string{"most voters disapprove of the mayor |  | "},
			why:  "'reporters' released are no report released: the report's finding was dated by them",
		},
		{
			name: "same paragraph, another speaker",
			text: "At a press conference on Thursday, Governor Ann Ruiz said the dam was safe. Her deputy, Tom Hale, said it was too early to tell.",
			want: []string{
				"the dam was safe | 2025-03-13 | on Thursday",
				"it was too early to tell | 2025-03-13 | the press conference on Thursday",
			},
			why: "a statement with no time words takes the occasion its paragraph has set",
		},
		{
			name: "a day beside a vague earlier",
			text: "Coach Ben Ortiz had earlier said, at a meeting on March 3, that the pitch was ready.",
			want: []string{"the pitch was ready | 2025-03-03 | on March 3"},
			why:  "'earlier' says only that it came before; the day in the same frame dates the statement, though 'earlier' stands nearer the cue",
		},
		{
			name: "every quotation of an interview",
			text: "Mayor Lena Park faces a hard year.\n\nIn an interview on Monday, Park said the city would cut costs.\n\nThe budget is due in June.\n\n“We have no choice,” Park said.",
			want: []string{
				"the city would cut costs | 2025-03-10 | on Monday",
				"We have no choice | 2025-03-10 | the interview on Monday",
			},
			why: "the interview goes on through later paragraphs while nothing moves its speaker elsewhere",
		},
		{
			name: "a later paragraph moves to an undated occasion",
			text: "Mayor Lena Park faces a hard year.\n\nIn an interview on Monday, Park said the city would cut costs.\n\nIn a statement, Park said the cuts would spare schools.\n\n“Schools come first,” Park said.",
			want: []string{
				"the city would cut costs | 2025-03-10 | on Monday",
				"the cuts would spare schools |  | ",
				"Schools come first |  | ",
			},
			why: "a statement the article does not date is an act of its own, and the quotations after it belong to it",
		},
		{
			name: "a quotation opening with its own time words",
			text: "Senator Ann Ruiz has picked a side.\n\nThe news came in a letter from Ruiz, sent out on Friday.\n\n\u201cIn the past several weeks, the race has clarified. I have decided to back Tom Hale,\u201d Ruiz wrote.",
			want: []string{
				"In the past several weeks, the race has clarified. I have decided to back Tom Hale | 2025-03-14 | the events of Friday",
			},
			why: "time words that open a quotation are the speaker's, inside what is said; the letter the article dated places it",
		},
		{
			name: "speaking after an event of a day",
			text: "Coach Dan Reyes is under pressure.\n\nSpeaking after the club's defeat on Tuesday, Reyes said the team had lost its nerve.",
			want: []string{
				"the team had lost its nerve | 2025-03-11 | on Tuesday",
			},
			why: "one speaking after an event named with its day speaks that day; a bare 'after' leaves the day open",
		},
		{
			name: "the same occasion named again",
			text: "Coach Dan Reyes spoke after training.\n\nAt a news conference on Wednesday, Reyes said the team was tired.\n\nThe club lost its last three games.\n\nAt the news conference, Reyes also said he would rest two players.",
			want: []string{
				"the team was tired | 2025-03-12 | on Wednesday",
				"he would rest two players | 2025-03-12 | the press conference on Wednesday",
			},
			why: "'the news conference' points back at the one the article dated",
		},
		{
			name: "lede in the present",
			text: "Bank chief Omar Bell says rates will stay high for a year.\n\nThe bank meets again in May.",
			want: []string{
				"rates will stay high for a year | 2025-03-14 | publication day",
			},
			why: "the lede's present news is of the publication day",
		},
		{
			name: "lede placed by the next paragraph",
			text: "Senator Mia Cole says the bill will fail.\n\nIn an interview on Tuesday night, Cole said the votes were not there.",
			want: []string{
				"the bill will fail | 2025-03-11 | the interview on Tuesday night",
				"the votes were not there | 2025-03-11 | on Tuesday night",
			},
			why: "the article places the lede's news in the interview it then dates: that outranks the publication day",
		},
		{
			name: "an outlet specifies the lede's news",
			text: "Senator Mia Cole says the tax bill will fail in the Senate this spring, a blow to the governor who made it the centrepiece of his second term and to the unions behind it.\n\nCole told the Ledger that the votes were not there.",
			want: []string{
				"the tax bill will fail in the Senate this spring, a blow to the governor who made it the centrepiece of his second term and to the unions behind it | 2025-03-14 | publication day",
				"the votes were not there | 2025-03-14 | publication day",
			},
			why: "the lede's news was given to the outlet named next",
		},
		{
			name: "background in the perfect",
			text: "On Monday, Senator Mia Cole said the bill would fail.\n\nCole has long argued that the tax is unfair.",
			want: []string{
				"the bill would fail | 2025-03-10 | On Monday",
				"the tax is unfair |  | ",
			},
			why: "'has long argued' is not placed in time",
		},
		{
			name: "background in a clitic perfect and in a participle's clause",
			text: "On Monday, Senator Mia Cole said the bill would fail.\n\nWhile she's said she will vote against it, Cole is open to talks.\n\nCole has been a fierce critic of the plan, calling it a tax on work.",
			want: []string{
				"the bill would fail | 2025-03-10 | On Monday",
				"she will vote against it |  | ",
				"it a tax on work |  | ",
			},
			why: "'she's said' is 'she has said', and a participle after its comma is told in its clause's tense: 'has been …, calling' is as much a perfect as 'has called', not placed in time",
		},
		{
			name: "an hour later",
			text: "The minister tweeted on Sunday morning that the strike was over. An hour later, union leader Kim Boyd said the strike would go on.",
			want: []string{
				"the strike was over | 2025-03-09 | on Sunday morning",
				"the strike would go on | 2025-03-09 | An hour later, counted from the tweet on Sunday morning",
			},
			why: "an hour later is the same day as the last day told",
		},
		{
			name: "the next day",
			text: "The regulator fined the bank on March 3. The next day, the bank said it would appeal.",
			want: []string{
				"it would appeal | 2025-03-04 | The next day, counted from the events of March 3",
			},
			why: "a day counted from the narration's last day",
		},
		{
			name: "a start the report sets ahead is no scene",
			text: "Fish market to raise charges\n\nThe company that runs the fish market is to raise its charges.\n\nChief executive Ray Moss told traders at a meeting on the market floor on Tuesday that the fee would rise from January 7.\n\nIn February, Moss told the Telegraph there would be no increase.\n\nRay Tilbrook, chairman of the merchants' association, said the rise would hit small firms hardest.",
			want: []string{
				"the fee would rise from January 7 | 2025-03-11 | on Tuesday",
				"there would be no increase |  | In February",
				"the rise would hit small firms hardest |  | ",
			},
			why: "'would rise from January 7' sets the fee's start ahead, not a day gone by: the chairman was dated to a meeting on January 7",
		},
		{
			name: "after an event",
			text: "After the meeting on Saturday, the chairwoman said she had received threats.",
			want: []string{
				"she had received threats |  | After the meeting on Saturday",
			},
			why: "after the meeting, by an unknown time: not the meeting's day",
		},
		{
			name: "soon after an event",
			text: "Soon after the vote on Wednesday, the senator said the fight was not over.",
			want: []string{
				"the fight was not over | 2025-03-12 | on Wednesday",
			},
			why: "soon after the vote is still its day",
		},
		{
			name: "a second interview",
			text: "Coach Dan Reyes told the Courier on Tuesday that he would stay. In a second interview, Reyes said the owners backed him.",
			want: []string{
				"he would stay | 2025-03-11 | on Tuesday",
				"the owners backed him | 2025-03-11 | a second interview, the day of Reyes’s remarks on Tuesday",
			},
			why: "another interview with no time of its own is of the day of the first",
		},
		{
			name: "a relative clause keeps its time",
			text: "Senator Joe Park, who on Tuesday backed the plan, said on Wednesday it needed changes.",
			want: []string{
				"the plan | 2025-03-11 | on Tuesday",
				"it needed changes | 2025-03-12 | on Wednesday",
			},
			why: "the time in ', who on Tuesday backed the plan,' dates that act, not the cue outside it",
		},
		{
			name: "narration names the speaker",
			text: "The row boiled over at a rally on Wednesday night, when Senator Ray Dunn attacked the governor.\n\n“She is not fit to lead,” Dunn said.",
			want: []string{
				"the governor |  | ",
				"She is not fit to lead | 2025-03-12 | the rally on Wednesday night",
			},
			why: "the narration placed the speaker at the rally; his quotation in the next paragraph is from it. The attack in the when-clause is a stance of his own, which its clause does not date",
		},
		{
			name: "a later occasion on the publication day",
			text: "Mayor Lena Park said on Friday morning that the roads were clear. In a later interview, Park said crews had worked all night.",
			want: []string{
				"the roads were clear | 2025-03-14 | on Friday morning",
				"crews had worked all night | 2025-03-14 | a later interview, after Park’s remarks on Friday morning on the publication day",
			},
			why: "what comes later than an occasion of the publication day is of that day too",
		},
		{
			name: "a recent occasion",
			text: "On Wednesday, Governor Ann Ruiz said the dam was safe.\n\nRuiz said during a recent appearance on radio that repairs would cost millions.",
			want: []string{
				"the dam was safe | 2025-03-12 | On Wednesday",
				"repairs would cost millions |  | a recent appearance",
			},
			why: "'a recent appearance' is another occasion, at a time the article does not tell",
		},
		{
			name: "the speaker's own statement",
			text: "While Governor Ann Ruiz issued a formal statement Sunday afternoon, her rival stayed silent. The union said in a statement that the plan was reckless.\n\nRuiz said in her formal statement that the dam was safe.",
			want: []string{
				"a formal statement Sunday afternoon | 2025-03-09 | Sunday afternoon",
				"the plan was reckless |  | ",
				"the dam was safe | 2025-03-09 | the statement on Sunday afternoon",
			},
			why: "'her formal statement' is the one the article dated for her, not the union's undated one",
		},
		{
			name: "a time that dates what is said",
			text: "Senator Joe Park told the Herald that the plan approved Saturday was flawed.",
			want: []string{
				"the plan approved Saturday was flawed |  | ",
			},
			why: "'approved Saturday' dates the plan, not the telling",
		},
		{
			name: "narration counted from the last day",
			text: "Petraeus met the committee on March 3, behind closed doors.\n\nThe hearing was closed, but Senator Ann King spoke to reporters afterwards.\n\n“That is not what he told us in January,” King said.",
			want: []string{
				"That is not what he told us in January | 2025-03-03 | the events of March 3",
			},
			why: "'afterwards' in narration is counted from the last day told, and places the speaker it names",
		},
		{
			name: "another of the same surname",
			text: "Senator Ann Ruiz said on Tuesday that the deal was dead, in a speech that stunned the chamber and her own party's leaders.\n\nHer daughter, Maria Ruiz, said the family backed her.",
			want: []string{
				"the deal was dead, in a speech that stunned the chamber and her own party's leaders | 2025-03-11 | on Tuesday",
				"the family backed her |  | ",
			},
			why: "'Ann Ruiz' does not place Maria Ruiz: a surname after another given name is another person",
		},
		{
			name: "a week at the end of what is said",
			text: "Senator Joe Park likened the deal to a surrender in an interview with the Herald last week.",
			want: []string{
				"the deal to a surrender in an interview with the Herald last week |  | last week",
			},
			why: "a week that closes the reported speech dates the cue to that week, not to a day",
		},
		{
			name: "a time after a modal in what is said",
			text: "Mayor Lena Park faces a hard year.\n\nPark played down any effect the strike might have in November.",
			want: []string{
				"any effect the strike might have in November |  | ",
			},
			why: "'might have in November' tells when the effect may come, not when Park spoke",
		},
		{
			name: "a look back in the past perfect",
			text: "Mayor Lena Park faces a hard year.\n\n“We will cut costs,” Park said on a radio show on Thursday.\n\nOn Monday, Park had said the budget was a mess.\n\nThe council meets in June.\n\n“Schools come first,” Park said.",
			want: []string{
				"We will cut costs | 2025-03-13 | on Thursday",
				"the budget was a mess | 2025-03-10 | On Monday",
				"Schools come first | 2025-03-13 | the show on Thursday",
			},
			why: "a statement told in the past perfect is a look back that holds only its paragraph: the next quotation is of the show again",
		},
		{
			name: "on the eve of a dated occasion",
			text: "The two leaders ended their summit on Thursday without a deal on the river, after a night of talks in the old customs house by the bridge.\n\nOn the eve of the summit, Governor Ann Ruiz hardened her tone.\n\n“We will not give up the water,” Ruiz said.",
			want: []string{
				"We will not give up the water | 2025-03-12 | the eve of the summit on Thursday",
			},
			why: "'On the eve of the summit' is the day before the summit the article dated, and it sets its paragraph",
		},
		{
			name: "went after someone on a day",
			text: "Mayor Lena Park faces a hard year.\n\nPark went after the council on Wednesday, calling its budget reckless.",
			want: []string{
				"its budget reckless | 2025-03-12 | on Wednesday",
			},
			why: "in 'went after the council on Wednesday' the 'after' belongs to the verb: the day is the attack's own, not one it followed",
		},
		{
			name: "a later occasion follows the time its paragraph tells",
			text: "Mayor Lena Park said on Friday that the city would hire more nurses, in a speech to the council that drew a standing ovation.\n\nThe city parted ways in late February with its planning chief. In a subsequent note to staff, Park said the office would be merged.",
			want: []string{
				"the city would hire more nurses, in a speech to the council that drew a standing ovation | 2025-03-14 | on Friday",
				"the office would be merged |  | a subsequent note",
			},
			why: "'a subsequent note' comes after the parting its paragraph tells, in late February, not after Friday's speech",
		},
		{
			name: "a written statement on the act the lede narrates",
			text: "Coach Dan Reyes was sacked by Riverside United on Tuesday, two days after a home defeat that left the club one place above the relegation zone.\n\nReyes had been in charge since 2019.\n\nThe club had lost six of its last seven games.\n\n“We thank Dan for his work,” Riverside United said in a statement.",
			want: []string{
				"We thank Dan for his work | 2025-03-11 | the events of Tuesday",
			},
			why: "the club's first word in the article, in a statement, is the one that announced the sacking the lede dates",
		},
		{
			name: "a weekday that names a habit",
			text: "Mayor Lena Park faces a hard year.\n\nIn an interview on Monday, Park said the city would cut costs.\n\nPark also hosts a Sunday radio show on the city station.\n\n“We have no choice,” Park said.",
			want: []string{
				"the city would cut costs | 2025-03-10 | on Monday",
				"We have no choice | 2025-03-10 | the interview on Monday",
			},
			why: "'hosts a Sunday radio show' tells a habit in the present, not an event of last Sunday; the quotation stays with Monday's interview",
		},
		{
			name: "a person named in what another said",
			text: "Mayor Lena Park will meet the banker Omar Bell later this month to discuss the city's debts, officials said on Wednesday.\n\nThe city owes more than it can pay.\n\nBell said the bank would not lend to the city again.",
			want: []string{
				"Mayor Lena Park will meet the banker Omar Bell later this month to discuss the city's debts | 2025-03-12 | on Wednesday",
				"the bank would not lend to the city again |  | ",
			},
			why: "the officials' words name Bell, but they do not place him at their occasion: his own remark is not dated by it",
		},
		{
			name: "an occasion something came after, dated",
			text: "Governor Ann Ruiz faces a hard week after the flood.\n\nThe questions began after an interview with the Herald that aired Sunday.\n\nThe board met on Wednesday.\n\n“I stand by every word,” Ruiz said in the interview.",
			want: []string{
				"I stand by every word | 2025-03-09 | the interview on Sunday",
			},
			why: "the interview the questions followed is dated all the same, and 'the interview' later points back at it",
		},
		{
			name: "a round of interviews",
			text: "Mayor Lena Park faces a hard year.\n\n“We will cut costs,” Park told the Herald on Thursday.\n\n“Schools come first,” Park told City Radio.",
			want: []string{
				"We will cut costs | 2025-03-13 | on Thursday",
				"Schools come first | 2025-03-13 | Park’s remarks on Thursday",
			},
			why: "a second outlet told right after a dated interview is the same day's round of interviews",
		},
		{
			name: "a live blog's entries",
			text: "The Latest: storm nears the coast\n\n5:10 p.m.\n\nGovernor Ann Ruiz is urging people on the coast to leave their homes tonight.\n\nRuiz tweeted that the shelters were open.\n\n4:45 p.m.\n\nThe weather service says the storm has strengthened.",
			want: []string{
				"people on the coast to leave their homes tonight | 2025-03-14 | publication day",
				"the shelters were open | 2025-03-14 | publication day",
				"the storm has strengthened | 2025-03-14 | publication day",
			},
			why: "each entry under a time of day is news of the day the blog appears, told like a lede",
		},
		{
			name: "remarks dated just after them",
			text: "Coach Dan Reyes says the team will win the title this year, whatever the critics write about its defence and its tired legs.\n\nReyes made the remarks on Tuesday at the training ground.\n\nThe club has lost three games in a row.\n\nThe league table is tight.\n\nThe fans are restless.\n\nReyes said in a statement that he would not resign.",
			want: []string{
				"the team will win the title this year, whatever the critics write about its defence and its tired legs | 2025-03-11 | on Tuesday",
				"he would not resign |  | ",
			},
			why: "a sentence dating someone's remarks tells of the remarks just before it, not of every later statement",
		},
		{
			name: "a statement counted back from the interview, and back",
			text: "Mayor Lena Park faces a hard year.\n\n“We will cut costs,” Park said on a radio show on Thursday.\n\nA day earlier, she had said the budget was a mess.\n\nThe council meets in June.\n\n“Schools come first,” Park said.",
			want: []string{
				"We will cut costs | 2025-03-13 | on Thursday",
				"the budget was a mess | 2025-03-12 | A day earlier, counted from the show on Thursday",
				"Schools come first | 2025-03-13 | the show on Thursday",
			},
			why: "a statement dated a day before the one the article tells holds only its paragraph: the next quotation is of the show again",
		},
		{
			name: "a flashback and back",
			text: "Senator Ann Ruiz told the Ledger on Thursday that the party should drop its nominee, in the sharpest break yet between the senator and the leaders of her party.\n\n“He cannot win,” Ruiz said.\n\nIn June, Ruiz called on delegates to reject him at the convention.\n\n“This is the way out,” Ruiz told the Herald then.\n\nThe nominee's record on trade has hurt him with young voters, Ruiz said.",
			want: []string{
				"the party should drop its nominee, in the sharpest break yet between the senator and the leaders of her party | 2025-03-13 | on Thursday",
				"He cannot win | 2025-03-13 | Ruiz’s remarks on Thursday",
				"on delegates to reject him at the convention |  | In June",
				"This is the way out |  | then, Ruiz’s remarks In June",
				"The nominee's record on trade has hurt him with young voters | 2025-03-13 | Ruiz’s remarks on Thursday",
			},
			why: "'then' points at the June the article just told; the next paragraph comes back to the interview of Thursday",
		},
		{
			name: "then, past a statement its scene dates",
			text: "General Tom Hale said in a statement on Thursday evening that he regretted the remarks.\n\nThe party dropped the mayor from its team in November after he suggested that the camps were a model.\n\n“The camps were a dark chapter,” party spokesman Dan Reyes said at the time.",
			want: []string{
				"he regretted the remarks | 2025-03-13 | on Thursday evening",
				"the camps were a model | 2025-03-13 | the statement on Thursday evening",
				"The camps were a dark chapter |  | then, in November",
			},
			why: "'at the time' points at the last time the article told, November; a statement that only continues Thursday's scene tells no time of its own",
		},
		{
			name: "at the time, opening the sentence, and the quotation after it",
			text: "Ashford plant saved\n\nMore than 200 jobs at a Kent factory have been saved after its owner changed course.\n\nRidgeway Mills announced in March that the plant would close by the end of the year.\n\nAt the time, managing director Lena Frost said the decision was final. “There is no way back,” she said.\n\nOn Monday Ms Frost told staff that the plant had won a new contract.",
			want: []string{
				"the plant would close by the end of the year |  | in March",
				"the decision was final |  | then, Mills’s remarks in March",
				"There is no way back |  | then, Mills’s remarks in March",
				"the plant had won a new contract | 2025-03-10 | On Monday",
			},
			why: "'At the time,' opening the sentence points at the March the article just told, and the quotation after it goes on at that time: both took the day of the director's later remarks",
		},
		{
			name: "then, an occasion dated in what is said",
			text: "Ann Ruiz tweeted on Sunday that her rival was a crook.\n\nAides said Ruiz had first tried the phrase during a Saturday rally in Dover.\n\n“They control him,” Ruiz said then.",
			want: []string{
				"her rival was a crook | 2025-03-09 | on Sunday",
				"Ruiz had first tried the phrase during a Saturday rally in Dover |  | ",
				"They control him | 2025-03-08 | then, the rally on Saturday",
			},
			why: "'then' points at the rally the paragraph before dates, though it is told in what the aides said, not at the tweet before it",
		},
		{
			name: "then, after a quotation that speaks of time",
			text: "Ann Ruiz tweeted on Sunday that her rival was a crook.\n\nAides said Ruiz had first tried the phrase during a Saturday rally in Dover.\n\n“It is time they stopped him,” Ruiz said then.",
			want: []string{
				"her rival was a crook | 2025-03-09 | on Sunday",
				"Ruiz had first tried the phrase during a Saturday rally in Dover |  | ",
				"It is time they stopped him | 2025-03-08 | then, the rally on Saturday",
			},
			why: "a guard: 'time' in the words before the speaker is no 'At the time,' opening the sentence, and the 'then' after the cue still counts: the quotation took no day",
		},
		{
			name: "the following morning of a month",
			text: "Senator Ray Dunn was booed off the stage at the convention in July, in a speech that split the party and drew a rebuke from its chairman and from many delegates.\n\nAt a breakfast with delegates the following morning, Dunn said he would not back the nominee.\n\n“I will tell the truth,” Dunn said at the time.",
			want: []string{
				"he would not back the nominee |  | the following morning",
				"I will tell the truth |  | ",
			},
			why: "'the following morning' after a time told only to the month has no day either, nor has 'at the time' after it",
		},
		{
			name: "a look back does not move an interview",
			text: "President Ann Ruiz says the climate is her legacy, more than the economy or the schools, and that her successor must keep faith with the treaty she signed.\n\n“The trends are frightening,” Ruiz said in a recent interview.\n\nOn Nov. 11, 2022, Ruiz and the Chinese leader stood together in Beijing and announced the pact.\n\n“Locking in China let me go to India,” Ruiz said.",
			want: []string{
				"the climate is her legacy, more than the economy or the schools, and that her successor must keep faith with the treaty she signed | 2025-03-14 | publication day",
				"The trends are frightening |  | a recent interview",
				"the pact | 2022-11-11 | On Nov. 11, 2022",
				"Locking in China let me go to India |  | ",
			},
			why: "narration of a day long past, after the speaker was placed in an interview, is a look back, not the quotation's occasion",
		},
		{
			name: "a debate to come",
			text: "The candidates meet for the first debate on Monday at the university.\n\nSenator Joe Park told Fox that the moderators were biased.",
			want: []string{
				"the moderators were biased |  | ",
			},
			why: "narration in the present with a weekday tells a time to come, and places no one",
		},
		{
			name: "a report cited in a paragraph",
			text: "Governor Ann Ruiz said on Tuesday that the plan would pay for itself. The budget office reported that the plan would cost $150 billion.",
			want: []string{
				"the plan would pay for itself | 2025-03-11 | on Tuesday",
				"the plan would cost $150 billion |  | ",
			},
			why: "what a report found is dated by the report, not by the paragraph it is cited in",
		},
		{
			name: "a planned attack is no future",
			text: "Gunmen carried out a planned attack on the base on March 3.\n\nThe hearing was closed, but Senator Ann King spoke to reporters afterwards.\n\n“It was planned,” King said.",
			want: []string{
				"It was planned | 2025-03-03 | the events of March 3",
			},
			why: "'planned' before a noun says nothing of a time to come",
		},
		{
			name: "a written act that tells the lede's source",
			text: "Governor Ann Ruiz called on Wednesday for the dam board to resign over the flooding that closed the valley road, in her sharpest attack yet on the agency she appointed.\n\n“The board has failed us,” Ruiz wrote in a tweet.",
			want: []string{
				"the dam board to resign over the flooding that closed the valley road, in her sharpest attack yet on the agency she appointed | 2025-03-12 | on Wednesday",
				"The board has failed us | 2025-03-12 | Ruiz’s remarks on Wednesday",
			},
			why: "the tweet right after the lede is where the lede's news came from",
		},
		{
			name: "a written act of its own",
			text: "The storm closed the valley road for a week, and the dam board met twice to discuss whether the spillway could take another night of rain before the town below was cleared.\n\nGovernor Ann Ruiz praised the crews on Wednesday.\n\nBut she later turned on the board. “The board has failed us,” Ruiz said in a statement.",
			want: []string{
				"the crews on Wednesday | 2025-03-12 | on Wednesday",
				"The board has failed us |  | ",
			},
			why: "out of the lede, a statement the article does not date is an act of its own",
		},
		{
			name: "a written act that tells how its paragraph's act was made",
			text: "The storm closed the valley road for a week, and the dam board met twice to discuss whether the spillway could take another night of rain before the town below was cleared.\n\nMayor Lena Park rejected the board's plan on Tuesday. “The plan leaves the town under water,” Park said in a statement.",
			want: []string{
				"the board's plan on Tuesday | 2025-03-11 | on Tuesday",
				"The plan leaves the town under water | 2025-03-11 | Park’s remarks on Tuesday",
			},
			why: "the statement quoted right after its speaker's dated act in the same paragraph is how that act was made",
		},
		{
			name: "a written act that tells how the narrated act before it was made",
			text: "The storm closed the valley road for a week, and the dam board met twice to discuss whether the spillway could take another night of rain before the town below was cleared.\n\nOn Tuesday Mayor Lena Park became the first mayor to sue the board.\n\nThe suit “puts the town first”, Park wrote in a letter to residents.",
			want: []string{
				"The suit “puts the town first” | 2025-03-11 | the events of Tuesday",
			},
			why: "the letter right after the narrated act of its writer is how that act was announced",
		},
		{
			name: "the lede's occasion is the article's scene",
			text: "The two candidates for governor traded insults Thursday night, and the moderators struggled to keep order, in their last debate before the vote.\n\nAnn Ruiz, the favourite, was on the defensive from the start.\n\n“You have never run anything,” Ruiz said.",
			want: []string{
				"You have never run anything | 2025-03-13 | the debate on Thursday night",
			},
			why: "a quotation nothing else places is of the occasion the lede dates",
		},
		{
			name: "the lede's occasion, until the article moves",
			text: "The two candidates for governor traded insults Tuesday night in their last debate before the vote.\n\nThe campaign got off to a rough start on Monday, when a rally was cancelled.\n\n“It was a scripted show,” said Dan Reyes, a delegate.",
			want: []string{
				"It was a scripted show |  | ",
			},
			why: "after the article has told another day, the lede's debate no longer places a quotation nothing else places",
		},
		{
			name: "told a news conference",
			text: "The storm closed the valley road for a week, and the dam board met twice to discuss whether the spillway could take another night of rain before the town below was cleared.\n\nGovernor Ann Ruiz lost the vote a week ago.\n\nThe board has nine members.\n\nRuiz told a news conference that the fight would go on.",
			want: []string{
				"the fight would go on |  | ",
			},
			why: "'told a news conference' names the occasion of the telling, which the article does not date: not the week-old vote that named its speaker",
		},
		{
			name: "an undated occasion of several voices on the day the article has set",
			text: "The storm closed the valley road for a week, and the dam board met twice to discuss whether the spillway could take another night of rain before the town below was cleared.\n\nThe board's last meeting broke up on Thursday morning without a vote.\n\nGovernor Ann Ruiz told a news conference that the fight would go on.",
			want: []string{
				"the fight would go on | 2025-03-13 | the meeting on Thursday morning",
			},
			why: "a news conference the article does not date is on the day its scene has reached, unlike a statement, an interview or a speech, which may be of any day",
		},
		{
			name: "a time in a description of the speaker",
			text: "Mayor Lena Park faces a hard year.\n\nIn an interview on Monday, Park said the city would cut costs.\n\nThe cuts will spare schools, said Tom Hale, the former mayor defeated by Park 12 years ago.",
			want: []string{
				"the city would cut costs | 2025-03-10 | on Monday",
				"The cuts will spare schools |  | ",
			},
			why: "'12 years ago' tells when Hale was defeated, in the phrase that says who he is, not when he spoke",
		},
		{
			name: "a lede in the past with no time",
			text: "No relief on rates\n\nRates will stay high for a year at least, predicted Omar Bell, the bank's chief economist, as the board prepared a spring forecast that markets expect to be grim.\n\n“Nobody should expect relief,” Bell said in an interview.",
			want: []string{
				"Rates will stay high for a year at least | 2025-03-14 | publication day",
				"Nobody should expect relief | 2025-03-14 | publication day",
			},
			why: "the news a lede tells in the past with no day is the article's news, of the publication day, and the interview it comes from continues it",
		},
		{
			name: "an occasion dated by the day it aired",
			text: "Governor Ann Ruiz faces a hard week after the flood.\n\nCritics said her interview with the Herald that aired Sunday had made things worse.\n\nThe board met on Wednesday.\n\n“I stand by every word,” Ruiz said in the interview.",
			want: []string{
				"her interview with the Herald that aired Sunday had made things worse |  | ",
				"I stand by every word | 2025-03-09 | the interview on Sunday",
			},
			why: "'the interview' is the one the article dated by the day it aired, even inside what critics said",
		},
		{
			name: "a statement placed at a time left untold",
			text: "Mayor Lena Park faces a hard year.\n\nIn an interview on Monday, Park said the city would cut costs.\n\n“Nobody will lose a job,” Park said at one point during the campaign.",
			want: []string{
				"the city would cut costs | 2025-03-10 | on Monday",
				"Nobody will lose a job |  | ",
			},
			why: "'at one point during the campaign' takes the quotation out of Monday's interview to a time the article does not tell",
		},
		{
			name: "hours later, after quotations of the day",
			text: "Union leader Kim Boyd said on Sunday that the strike would go on until the pay offer was improved by at least three per cent.\n\nThe strike has closed three ports.\n\n“We are not going back,” Boyd said in a statement.\n\n“Not for this offer.”\n\nHours later, the minister said the offer would stand.",
			want: []string{
				"the strike would go on until the pay offer was improved by at least three per cent | 2025-03-09 | on Sunday",
				"We are not going back |  | ",
				"Not for this offer |  | ",
				"the offer would stand | 2025-03-09 | Hours later, counted from Boyd’s remarks on Sunday",
			},
			why: "'Hours later' is still the day the article told last, though undated quotations stand between",
		},
		{
			name: "time words of a later statement",
			text: "“What does that mean?” Senator Ray Dunn asked, repeating a charge that he made in Saturday’s debate.",
			want: []string{
				"What does that mean? |  | ",
				"a charge that he made in Saturday’s debate |  | ",
			},
			why: "'Saturday’s debate' comes after the cue of 'repeating' and dates what it repeats, not the asking",
		},
		{
			name: "labels open the article's sections",
			text: "Unions press the mayor\n\nABSTRACT.\n\nThe mayor said he had met union leaders over the weekend about the strike and would meet them again.\n\nFULL TEXT.\n\nRaising the prospect of a long strike, Mayor Lena Park has refused to reopen the contract talks she closed last month.",
			want: []string{
				"he had met union leaders over the weekend about the strike and would meet them again |  | ",
				"to reopen the contract talks she closed last month | 2025-03-14 | publication day",
			},
			why: "after 'ABSTRACT.' and 'FULL TEXT.', the lede is the first paragraph of the full text, and its present perfect is the publication day's news",
		},
		{
			name: "narration names the speaker, the time is another's act",
			text: "Council leader Joan Avery said at a town hall on March 3 that the library would stay open.\n\nAvery has chaired the library board since 2019, a record Mayor Paul Grant dug up in an interview aired on Tuesday.\n\n“We will find the money,” Avery said.\n\nGrant said the cut was fair.",
			want: []string{
				"the library would stay open | 2025-03-03 | on March 3",
				"We will find the money | 2025-03-03 | the town hall on March 3",
				"the cut was fair | 2025-03-11 | the interview on Tuesday",
			},
			why: "Tuesday dates the mayor's interview, not Avery, though the sentence names her: her quotation goes on at the town hall",
		},
		{
			name: "narration names the speaker, the time is a report's",
			text: "Council leader Joan Avery said at a town hall on March 3 that the library would stay open.\n\nAvery's remarks, first reported by the Herald on Tuesday, angered the mayor. The library closed early on Wednesday amid reports that Avery would resign.\n\n“We will find the money,” Avery said.",
			want: []string{
				"the library would stay open | 2025-03-03 | on March 3",
				"We will find the money | 2025-03-03 | the town hall on March 3",
			},
			why: "Tuesday is when the Herald, the agent after 'by', reported her remarks, and the library closed on Wednesday amid reports that name her after 'that': no occasion of hers",
		},
		{
			name: "an occasion in an aside",
			text: "Senator Ray Dunn and the agency's chief met face to face on Tuesday.\n\nDunn began the hearing saying the staff had done well -- having argued in a recent speech that the agency was wasteful -- but said he doubted its budget.",
			want: []string{
				"he doubted its budget | 2025-03-11 | the events of Tuesday",
			},
			why: "'in a recent speech' stands between dashes that leave the cue out: the occasion of the argument, not of the hearing's statement",
		},
		{
			name: "a negated past is not a standing position",
			text: "At a rally on Monday night, Governor Tom Hale said the state was broke.\n\nMayor Lena Park replied that the city would sue.\n\nIn January, Park wrote to Hale asking for more aid. Hale didn’t formally respond to her request.",
			want: []string{
				"the state was broke | 2025-03-10 | on Monday night",
				"the city would sue | 2025-03-10 | the rally on Monday night",
				"to Hale asking for more aid |  | In January",
				"to her request |  | Park’s remarks In January",
			},
			why: "'didn’t formally respond' is told in the past, so the paragraph's January places it, not Hale's last occasion as for a present 'says'",
		},
		{
			name: "the statement opens the after phrase",
			text: "The budget passed the Senate on Friday.\n\nAfter arguing on Wednesday that the bill was too costly, Senator Ray Dunn missed the vote.",
			want: []string{
				"the bill was too costly | 2025-03-12 | on Wednesday",
			},
			why: "'After arguing on Wednesday' is the statement's own phrase: its time dates the arguing, not something it came after",
		},
		{
			name: "a weekday in a relative clause in the present",
			text: "Senator Ray Dunn won the backing of the mayor on Friday.\n\nDunn, who faces voters in Tuesday’s primary, toured a factory.\n\n“We are going to win,” Dunn said.",
			want: []string{
				"We are going to win | 2025-03-14 | the events of Friday",
			},
			why: "'who faces voters in Tuesday’s primary' tells a time to come in its own present tense, though the sentence around it is in the past: the scene stays on Friday",
		},
		{
			name: "a date in a relative clause in the present",
			text: "Union leader Kim Boyd said on Tuesday that the strike would go on.\n\nThe contract, which expires Feb. 28, pays less than Boyd had hoped.\n\n“We are not going back,” Boyd said.",
			want: []string{
				"the strike would go on | 2025-03-11 | on Tuesday",
				"We are not going back | 2025-03-11 | Boyd’s remarks on Tuesday",
			},
			why: "'which expires Feb. 28' tells a date of the calendar in its own present tense, not an event the article has reached: the scene stays on Tuesday",
		},
		{
			name: "a source named after what it said, behind a dateline",
			text: "SPRINGFIELD -- The city will run out of cash by May, the City Budget Office reported on Tuesday.\n\nThe deficit is the largest in a decade.\n\nThe gap will widen after 2027, the budget office said.",
			want: []string{
				"The city will run out of cash by May | 2025-03-11 | on Tuesday",
				"The gap will widen after 2027 | 2025-03-11 | Office’s remarks on Tuesday",
			},
			why: "the lede names its source between what it said and its cue, though a dateline opens the sentence: 'the budget office' it places is the one quoted later",
		},
		{
			name: "a paragraph moves back to a month",
			text: "Governor Tom Hale said on Monday that the state was broke.\n\nIn May 2019, the council threw out a budget plan from Hale.\n\nHale replied that the council had not read it.",
			want: []string{
				"the state was broke | 2025-03-10 | on Monday",
				"the council had not read it |  | In May 2019, where its paragraph moved back",
			},
			why: "a sentence that opens with a month moves the article back from Monday: the reply that follows is of that time, not of Monday",
		},
		{
			name: "a day right after the cue's word",
			text: "The former bank clerk who ran the branch pleaded guilty Tuesday to charges that she stole $2 million from clients, admitting that she forged their signatures.",
			want: []string{
				"guilty Tuesday to charges that she stole $2 million from clients | 2025-03-11 | Tuesday",
				"she forged their signatures | 2025-03-11 | clerk’s remarks on Tuesday",
			},
			why: "'pleaded guilty Tuesday to' dates the plea by the day right after its cue's words, though the content was read from 'guilty' on, and the plea sets the scene of the admission",
		},
		{
			name: "an interview dated by its year",
			text: "Mayor Lena Park said on Monday that she would not run again.\n\nIn a 2019 interview with the Herald, Park said a third term was out of the question.",
			want: []string{
				"she would not run again | 2025-03-10 | on Monday",
				"a third term was out of the question |  | 2019",
			},
			why: "'a 2019 interview' dates the interview to its year, not to the day the article told last",
		},
		{
			name: "a season is no day",
			text: "Mayor Lena Park told the Herald on Monday that she would not run again.\n\nHer spokesman, Tom Hale, told the Herald last fall that she would.",
			want: []string{
				"she would not run again | 2025-03-10 | on Monday",
				"she would |  | last fall",
			},
			why: "'last fall' is the statement's own time, a season before publication, not the day of another interview with the same paper",
		},
		{
			name: "a lede that tells only the publication day",
			text: "Senator Mia Cole stated that the bill had died on Friday’s edition of “The Evening Show.”\n\nThe bill had passed the House in May.",
			want: []string{
				"the bill had died on Friday’s edition of “The Evening Show.” | 2025-03-14 | Friday",
			},
			why: "a lede's past statement with no time of its own is the news of the publication day, and a day its paragraph tells that is the publication day itself does not move it",
		},
		{
			name: "a lede's interview with an outlet",
			text: "Senator Mia Cole to leave the Senate.\n\nCiting “family reasons,” the senator’s spokesman told the Herald that Cole would retire in January.\n\nCole has served since 2009.",
			want: []string{
				"family reasons | 2025-03-14 | publication day",
				"Cole would retire in January | 2025-03-14 | publication day",
			},
			why: "an interview the lede reports with no day of its own, and no other day in its paragraph, is the news the article breaks on the day it appears",
		},
		{
			name: "to reporters after the occasion",
			text: "Council leader Joan Avery met the mayor at City Hall on Tuesday.\n\nEmerging from a two-hour meeting with the mayor, Avery said the talks had gone well.\n\nThe city faces a strike.\n\nSpeaking to reporters after the meeting, the mayor’s spokesman, Tom Hale, said no deal was close.",
			want: []string{
				"the talks had gone well | 2025-03-11 | the events of Tuesday",
				"no deal was close | 2025-03-11 | after the meeting, the day of the events of Tuesday",
			},
			why: "reporters meet a speaker as the occasion ends: 'to reporters after the meeting' is on the meeting's day, where a bare 'after the meeting' tells no day",
		},
		{
			name: "after an occasion told for the first time",
			text: "Senator Mia Cole hit back at the governor on Thursday, saying his plan came too late.\n\n“The plan is a mess,” Cole said after a town hall in Dover.\n\nCole said after the debate that she would try again.",
			want: []string{
				"his plan came too late | 2025-03-13 | on Thursday",
				"The plan is a mess | 2025-03-13 | after a town hall, on the day of Cole’s remarks on Thursday",
				"she would try again |  | after the debate",
			},
			why: "'after a town hall' the article tells of for the first time is one of the day it has just placed its speaker at, the occasion of the remarks; 'after the debate' follows one it names as known, by a time not told",
		},
		{
			name: "a participle after a past clause that holds a perfect",
			text: "Governor Ann Ruiz took questions from reporters on Tuesday.\n\nRuiz came close to an admission that her aides had erred, saying, “We made mistakes with the budget.”",
			want: []string{
				"We made mistakes with the budget | 2025-03-11 | the events of Tuesday",
			},
			why: "a participle after its comma takes the tense of its clause's verb, 'came', not of the perfect in the clause after 'that': it is told in the past, on the day the article set, not background",
		},
		{
			name: "a day in a phrase of what the statement came despite",
			text: "Despite a string of defeats on Tuesday night, Senator Mia Cole will stay in the race, her campaign chief, Tom Hale, told the Ledger.\n\n“We are nowhere near the end,” Hale said.",
			want: []string{
				"Senator Mia Cole will stay in the race |  | Despite a string of defeats on Tuesday night",
				"We are nowhere near the end |  | ",
			},
			why: "'on Tuesday night' dates the defeats the statement came despite, as after 'after': the interview is not dated by it, nor are the quotations of it",
		},
		{
			name: "a day in the possessive of an occasion with a part of the day",
			text: "Senator Mia Cole hit back at the governor on Thursday.\n\nDuring Tuesday night's debate, Cole said farm subsidies were corporate welfare.",
			want: []string{
				"farm subsidies were corporate welfare | 2025-03-11 | Tuesday night",
			},
			why: "'Tuesday night's debate' dates the occasion the statement was made at, as 'Sunday's address' does, though the occasion's phrase is read from 'night's'",
		},
		{
			name: "at one point of the occasion just told",
			text: "On Thursday night, Senator Mia Cole told donors at a dinner in Dover that the bill would pass.\n\nAt one point, Cole said the governor had called her “every hour.”\n\nAt one point during the campaign, Cole said she would quit.",
			want: []string{
				"the bill would pass | 2025-03-13 | On Thursday night",
				"the governor had called her “every hour.” | 2025-03-13 | the dinner On Thursday night",
				"she would quit |  | ",
			},
			why: "a bare 'at one point' after the occasion the paragraph before placed its speaker at is a moment of it; 'at one point during the campaign' names a period and places nothing",
		},
		{
			name: "narration of a day tells of its speaker by a pronoun",
			text: "Mayors lined up behind the governor this month.\n\nTom Hale, a former union leader, had close ties to the party. But on Tuesday he finally backed Governor Ann Ruiz.\n\n“We need a fighter,” Hale said, introducing her at a union hall.",
			want: []string{
				"We need a fighter | 2025-03-11 | the events of Tuesday",
			},
			why: "'he' who backed the governor on Tuesday is Hale, whom the sentence before names: the day places him, and his words introducing her are of it",
		},
		{
			name: "the paragraph after the lede",
			text: "Farm bill talks\n\nAfter months of sniping, the two committee leaders on Thursday night largely dropped their attacks, choosing instead to talk about prices.\n\nSenator Ray Dunn, who chairs the panel, stuck to figures at first. “We cannot pass this bill,” Mr. Dunn said.\n\nThe vote is due in May.",
			want: []string{
				"We cannot pass this bill | 2025-03-13 | the lede's Thursday night",
			},
			why: "the paragraph after the lede tells what the lede reports: a statement there that nothing else places takes the day the lede's narration tells, though it names no occasion",
		},
		{
			name: "the lede's day until the article moves",
			text: "Governor Ann Ruiz met the county mayors on Wednesday, promising help to the towns the floods had cut off.\n\nThe mayors had waited for weeks.\n\nSeveral of them left the room smiling.\n\n“We will rebuild the bridges,” said Mayor Tom Hale.",
			want: []string{
				"help to the towns the floods had cut off | 2025-03-12 | on Wednesday",
				"We will rebuild the bridges | 2025-03-12 | the lede's Wednesday",
			},
			why: "the day the lede tells in the past is the article's scene for a statement nothing else places, however many paragraphs on, while no other time is told, of those the lede tells of (the mayors)",
		},
		{
			name: "the lede's day is the scene of the one its subtitle quotes by office",
			text: "Flood relief stalls\n\nOne valley mayor says the money never came.\n\nGovernor Ann Ruiz met the county leaders on Wednesday, promising help to the towns the floods had cut off.\n\nThe leaders had waited for weeks.\n\n“We will rebuild the bridges ourselves,” said Tom Hale, a mayor from the valley.",
			want: []string{
				"the money never came | 2025-03-14 | publication day",
				"help to the towns the floods had cut off | 2025-03-12 | on Wednesday",
				"We will rebuild the bridges ourselves | 2025-03-12 | the lede's Wednesday",
			},
			why: "the subtitle's 'one valley mayor' is of the lede's news, as its actors are: 'Tom Hale, a mayor' speaks on the lede's day",
		},
		{
			name: "the lede's day, past a relative clause that tells who someone is",
			text: "Governor Ann Ruiz met the county mayors on Wednesday, promising help to the towns the floods had cut off.\n\nThe mayors spoke of farmers like Jo Bell, 40, who lost her barn in January.\n\n“We will rebuild the bridges,” said Mayor Tom Hale.",
			want: []string{
				"help to the towns the floods had cut off | 2025-03-12 | on Wednesday",
				"We will rebuild the bridges | 2025-03-12 | the lede's Wednesday",
			},
			why: "'who lost her barn in January' tells who Jo Bell is; it does not move the article off the lede's day as 'In 2019, the state cut …' does",
		},
		{
			name: "the lede's day is not the scene of someone the lede does not tell of",
			text: "Governor Ann Ruiz met the county mayors on Wednesday, promising help to the towns the floods had cut off.\n\nThe mayors had waited for weeks.\n\nSeveral of them left the room smiling.\n\n“Nobody in the capital cares about the valleys,” said the novelist Jo Bell, who grew up in one.",
			want: []string{
				"help to the towns the floods had cut off | 2025-03-12 | on Wednesday",
				"Nobody in the capital cares about the valleys |  | ",
			},
			why: "a voice from outside the lede's news, far from its paragraph, is not placed on its day: annotators leave it undated (two held-out tables lost four statements to that reading)",
		},
		{
			name: "the lede's day, moved back to a year",
			text: "Governor Ann Ruiz met the county mayors on Wednesday, promising help to the towns the floods had cut off.\n\nThe mayors had waited for weeks.\n\nIn 2019, the state cut the roads budget by half.\n\n“We will rebuild the bridges,” said Mayor Tom Hale.",
			want: []string{
				"help to the towns the floods had cut off | 2025-03-12 | on Wednesday",
				"We will rebuild the bridges |  | ",
			},
			why: "a year gone by told after the lede moves the article off its day: the quotation is not placed",
		},
		{
			name: "the lede's day is no scene for a written act",
			text: "Governor Ann Ruiz met the county mayors on Wednesday, promising help to the towns the floods had cut off.\n\nThe mayors had waited for weeks.\n\n“Help is too late,” wrote Tom Hale, the mayor of Dover.",
			want: []string{
				"help to the towns the floods had cut off | 2025-03-12 | on Wednesday",
				"Help is too late |  | ",
			},
			why: "what someone wrote is an act of its own, not a voice of the lede's scene",
		},
		{
			name: "the paragraph after a lede with no day sets the scene",
			text: "Governor Ann Ruiz and her rival flopped with the business leaders of the county. Ruiz read from a script, and her rival told old jokes.\n\nThe performance of the two candidates left guests at Thursday's summit of the chamber of commerce amused, but not impressed.\n\n“Neither of them helped herself,” said Dan Reyes, who attended the event.",
			want: []string{
				"Neither of them helped herself | 2025-03-13 | the summit on Thursday",
			},
			why: "when the lede tells no day, the occasion the next paragraph dates is the article's scene",
		},
		{
			name: "after an occasion dated in its possessive",
			text: "Governor Ann Ruiz stood behind the party's nominee on Tuesday, looking lost, and the internet took note.\n\nAfter Tuesday night's appearance, commentator Dan Reyes said Ruiz looked like a hostage.",
			want: []string{
				"Ruiz looked like a hostage |  | After Tuesday night's appearance",
			},
			why: "'After Tuesday night's appearance' says the statement came after that occasion, by a time not told: not the lede's Tuesday",
		},
		{
			name: "a time to come in another clause after the lede's day",
			text: "The city council began the budget vote on Tuesday that will decide the fate of the mayor's housing plan.\n\nIt was not expected to be a smooth vote.\n\n“Every ward will get its share,” council leader Tom Hale said as he opened the session.",
			want: []string{
				"Every ward will get its share | 2025-03-11 | the lede's Tuesday",
			},
			why: "'will' in the relative clause after 'on Tuesday' tells what is to come of the vote, not that Tuesday is to come: the lede's day is the scene",
		},
		{
			name: "a statement yet to be made",
			text: "The city council began the budget vote on Tuesday, and the mayor's housing plan hung in the balance.\n\nMayor Ann Ruiz will formally announce the result Thursday during a ceremony at City Hall.\n\n“Every ward will get its share,” council leader Tom Hale said as he opened the session.",
			want: []string{
				"the result Thursday during a ceremony at City Hall |  | ",
				"Every ward will get its share | 2025-03-11 | the lede's Tuesday",
			},
			why: "'will announce … Thursday' is not said yet: neither dated by a Thursday gone by nor a time that moves the article off the lede's day",
		},
		{
			name: "a weekday in a show's title",
			text: "In an interview with “Fox News Sunday,” Senator Mia Cole said the bill would fail, a blow to the governor who made it the centrepiece of his term.",
			want: []string{
				"the bill would fail, a blow to the governor who made it the centrepiece of his term | 2025-03-14 | publication day",
			},
			why: "'Sunday' in a short quoted title names the show, not a day: the lede's news with no time of its own is of the publication day",
		},
		{
			name: "an interview dated in a later paragraph",
			text: "Senator Mia Cole said the tax bill would fail in the Senate, a blow to the governor who made it the centrepiece of his second term.\n\nThe governor has not given up.\n\n“The votes are not there,” Cole said in an interview with the Ledger.\n\n“We will try again next year,” Cole told the Ledger in the interview, taped Thursday.",
			want: []string{
				"the tax bill would fail in the Senate, a blow to the governor who made it the centrepiece of his second term | 2025-03-14 | publication day",
				"The votes are not there | 2025-03-13 | the interview on Thursday",
				"We will try again next year | 2025-03-13 | Thursday",
			},
			why: "the interview a quotation is given in is dated by the next paragraph that names it again ('the interview, taped Thursday'), not by the lede's publication day",
		},
		{
			name: "a standing position in the present",
			text: "Russia began the operation on February 24.\n\nThe war goes on.\n\nRussia says it will halt the operation if its demands are met.",
			want: []string{
				"it will halt the operation if its demands are met |  | ",
			},
			why: "out of the lede, a present 'says' with no occasion of its own is a standing position, not the day of an old event",
		},
	}
	checkDatedCases(t, tests)
}
