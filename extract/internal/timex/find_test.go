package timex

import (
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// TestFind checks sentences with several expressions: all are found, in order, each the
// longest match.
func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []string
		why      string
	}{
		{"seed 001", "Kremlin spokesman Dmitry Peskov said Thursday negotiations with Kyiv were still possible one day after Foreign Minister Sergei Lavrov said such talks make no sense.",
			[]string{"Thursday", "one day after"},
			"a statement dated by a weekday and anchored to another"},
		{"seed 000", "Kiev and Moscow have held intermittent peace talks since late February, days after Russia attacked its neighbor, but there had been little communication between them in recent weeks.",
			[]string{"since late February", "days after", "in recent weeks"},
			"three expressions; \"days after\" is anchored with no count"},
		{"earlier joins", "Lavrov said earlier this week and again on Thursday that talks were pointless.",
			[]string{"earlier this week", "on Thursday"},
			"\"earlier\" is absorbed, not reported twice"},
		{"date then weekday", "Talks held on March 29 were discussed by Peskov on Wednesday.",
			[]string{"on March 29", "on Wednesday"},
			"order follows the text"},
		{"headline", "Negotiations between Moscow and Kyiv continue, but have stalled September 5",
			[]string{"September 5"},
			"a headline date is an expression; only Dateline ignores it"},
		{"range", "Talks were held from February 28 to March 7 in Belarus.",
			[]string{"February 28", "March 7"},
			"two dates of a range"},
		{"no year across comma", "On February 24, 2023 marks a year since the invasion.",
			[]string{"On February 24, 2023"},
			"a year after a comma joins the date"},
		{"comma not year", "On February 24, 1,000 troops crossed the border.",
			[]string{"On February 24"},
			"a grouped number after the comma is not a year"},
		{"time is not day", "The call at March 10:30 was cancelled.", nil,
			"a time of day is not a day of the month"},
		{"percent", "Exports fell by March 5% overall.", nil,
			"a percentage is not a day"},
		{"month before a noun", "During a May interview on television, he said he had won.", []string{"May"},
			"'a May interview' names the month of the interview"},
		{"year before a noun", "In a 2014 interview, the senator said she would run for the 2016 nomination.", []string{"2014", "2016"},
			"a year between a determiner and a noun names the year of that thing"},
		{"season", "Her spokesman told the paper last fall that she would run, and the last fall of snow came late.", []string{"last fall"},
			"'last fall' is a season of the past; 'the last fall of snow' is none"},
		{"may as verb", "A man may say what he likes.", nil,
			"'may' after 'a man' is a verb"},
		{"may after after", "The deal collapsed days after May resigned, and the vote was not held before May.", []string{"days after", "May"},
			"'May' after 'before' or 'after' is the month only if no verb follows it: the first is a person"},
		{"later as adjective", "At a later date, or sooner or later, the minister will decide.", nil,
			"\"later\" after a determiner or in \"sooner or later\" is no time of the statement"},
		{"later before verb", "The minister later tweeted that the talks were over.", []string{"later"},
			"\"later\" before a past tense dates the verb"},
		{"outlet", "The senator told USA TODAY that the platform was good.", nil,
			"\"TODAY\" in capitals after a capitalised word is a name"},
		{"show", "She said on ABC's \"This Week\" on Sunday that they were not winning.", []string{"on Sunday"},
			"a quoted title is no time"},
		{"today opens", "Today, the minister said talks were over.", []string{"Today"},
			"a capital at the start of a sentence is still a time"},
		{"later before noun", "He spoke of later stages of the talks.", nil,
			"\"later\" before a noun modifies it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Find(tt.sentence) {
				got = append(got, e.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s\nwhy: %s", tt.sentence, diff, tt.why)
			}
		})
	}
}

func TestRelative(t *testing.T) {
	tests := []struct {
		phrase string
		days   int
		ok     bool
		why    string
	}{
		{"one day after", 1, true, "the dated statement is a day after the anchor"},
		{"a day after", 1, true, "\"a\" counts one"},
		{"the day after", 1, true, "definite form"},
		{"the day before", -1, true, "the dated statement is a day before the anchor"},
		{"a day earlier", -1, true, "earlier is before"},
		{"the previous day", -1, true, "previous is before"},
		{"the night before", -1, true, "a night is the day before"},
		{"two days later", 2, true, "counted days after"},
		{"3 days before", -3, true, "digits"},
		{"a week later", 7, true, "weeks are seven days"},
		{"the week before", -7, true, "definite week"},
		{"the following day", 1, true, "following is after"},
		{"the next day", 1, true, "next is after"},
		{"the next morning", 1, true, "a time of day after next"},
		{"the same day", 0, true, "same day"},
		{"that same day", 0, true, "same day"},
		{"an hour later", 0, true, "hours do not change the day"},
		{"hours later", 0, true, "hours with no count"},
		{"minutes earlier", 0, true, "minutes"},
		{"moments later", 0, true, "moments"},
		{"later that day", 0, true, "same day"},
		{"days later", 0, false, "the count is unknown"},
		{"an hour and a half later", 0, true, "a half hour more is still hours"},
		{"earlier in the day", 0, true, "the same day, before the anchor"},
		{"later that night", 0, true, "a time of day of the same day"},
		{"later", 0, true, "bare \"later\" goes on with the same day's events"},
		{"afterward", 0, true, "right after the anchor"},
		{"shortly afterwards", 0, true, "right after the anchor"},
		{"a year earlier", 0, false, "years have no fixed count of days"},
		{"on Thursday", 0, false, "not anchored"},
		{"yesterday", 0, false, "counted from publication, not from a statement"},
	}
	for _, tt := range tests {
		es := Find(tt.phrase)
		if len(es) != 1 || es[0].Text != tt.phrase {
			t.Errorf("Find(%q) = %v, want the whole phrase (%s)", tt.phrase, texts(es), tt.why)
			continue
		}
		days, ok := es[0].Relative()
		if days != tt.days || ok != tt.ok {
			t.Errorf("%q.Relative() = %d, %v; want %d, %v (%s)", tt.phrase, days, ok, tt.days, tt.ok, tt.why)
		}
	}
}

func texts(es []Expr) []string {
	var s []string
	for _, e := range es {
		s = append(s, e.Text)
	}
	return s
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{UnknownKind: "unknown", Calendar: "calendar", Anchored: "anchored", Kind(99): "Kind(99)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range benchSentences {
		f.Add(s)
	}
	for _, s := range []string{
		"", "Feb.", "24th", "2022-02-30", "13/45/2022", "mid-", "the day before yesterday's",
		"Thursday\u2019", "late in", "\xff\xfeMay 9", "May 9\xff", "a couple of days ago",
		"date 2022-04-12 Lavrov said", "MOSCOW, July 21 (Reuters) -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es := Find(s)
		end := 0
		for _, e := range es {
			sp := e.Span
			if sp.Start < end || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("Find(%q): span %v out of order or outside the text", s, sp)
			}
			if !boundary(s, sp.Start) || !boundary(s, sp.End) {
				t.Fatalf("Find(%q): span %v not on UTF-8 boundaries", s, sp)
			}
			if e.Text != s[sp.Start:sp.End] {
				t.Fatalf("Find(%q): Text %q, span holds %q", s, e.Text, s[sp.Start:sp.End])
			}
			end = sp.End
			for _, pub := range []claims.Date{{}, claims.NewDate(2022, 7, 21)} {
				w := e.Resolve(pub)
				if w.Text != e.Text || w.Precision == claims.Unknown && !w.Date.IsZero() {
					t.Fatalf("Find(%q): %q resolves to %+v", s, e.Text, w)
				}
			}
		}
		if again := Find(s); !cmp.Equal(es, again, cmp.AllowUnexported(Expr{}, value{})) {
			t.Fatalf("Find(%q) differs between calls", s)
		}
		if d, sp, ok := Dateline(s); ok {
			if d.IsZero() || sp.End > len(s) || sp.Start < 0 || sp.End <= sp.Start ||
				!boundary(s, sp.Start) || !boundary(s, sp.End) {
				t.Fatalf("Dateline(%q) = %v, %v", s, d, sp)
			}
		}
	})
}

// boundary reports whether i is where a rune of s starts or s ends, taking runes as range
// over a string does: each invalid byte is a rune of its own.
func boundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := range s {
		if j >= i {
			return j == i
		}
	}
	return false
}

var benchSentences = []string{
	"Russia and Ukraine still have a chance to resume peace talks, the Kremlin said Thursday, contradicting earlier comments by Moscow\u2019s top diplomat.",
	"Kremlin spokesman Dmitry Peskov said negotiations with Kyiv were still possible one day after Foreign Minister Sergei Lavrov said such talks \u201cmake no sense\u201d nearly five months into Russia\u2019s invasion of its pro-Western neighbor.",
	"Kiev and Moscow have held intermittent peace talks since late February, days after Russia attacked its neighbor, but there had been little communication between them in recent weeks.",
	"Russia sent tens of thousands of troops into Ukraine on Feb. 24 in what it called a special operation to degrade its southern neighbour\u2019s military capabilities and root out people it called dangerous nationalists.",
	"\u201cThe only thing I can say is that work (on the talks) is continuing,\u201d Kremlin spokesman Dmitry Peskov told reporters on a conference call when asked about the prospect of another round of negotiations between Moscow and Kyiv.",
}

func BenchmarkFind(b *testing.B) {
	n := 0
	for _, s := range benchSentences {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchSentences {
			Find(s)
		}
	}
}
