package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/corpora"
)

// datedRow is one statement of testdata/polnear-train-dates.tsv: a cue of the article
// and the day a reader gives it by GOLD.md's rules, zero for null.
type datedRow struct {
	line                   int
	article, cue, speaker  string
	date                   claims.Date
	rule, when, annotation string
}

func readDatedRows(t *testing.T, path string) []datedRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []datedRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "article\t") {
			continue
		}
		p := strings.Split(l, "\t")
		if len(p) != 7 {
			t.Fatalf("%s:%d: %d columns, want 7", path, n, len(p))
		}
		r := datedRow{line: n, article: p[0], cue: p[1], speaker: p[2], rule: p[4], when: p[5], annotation: p[6]}
		if p[3] != "null" {
			if r.date, err = claims.ParseDate(p[3]); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// foldText lower-cases s, straightens its quotation marks and collapses its spaces, as
// ../shared/tools/score.py does before it looks for a cue in a claim.
func foldText(s string) string {
	s = strings.NewReplacer("‘", "'", "’", "'", "“", "\"", "”", "\"", "''", "\"").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// carrier returns the claim that carries row's cue, which stands once in text: the one
// whose content holds it, or whose cue it holds ("said Wednesday he agrees …" holds the
// cue of that statement, not of another in its sentence), and said by the row's speaker
// where several carry it.
func carrier(text string, cs []claims.Claim, r datedRow) (claims.Claim, bool) {
	cue := foldText(r.cue)
	var at claims.Span
	if k := strings.Index(text, r.cue); k >= 0 {
		at = claims.Span{Start: k, End: k + len(r.cue)}
	}
	said := strings.Fields(strings.ToLower(r.speaker))
	best, bestScore := claims.Claim{}, 0
	for _, c := range cs {
		score := 0
		switch {
		case strings.Contains(foldText(c.Content.Text), cue):
			score = 3
		case strings.Contains(foldText(c.Evidence.Text), cue):
			score = 1
		default:
			continue
		}
		if !at.IsZero() && c.Cue.End > c.Cue.Start && at.Contains(c.Cue.Span) {
			score += 2
		}
		name := strings.ToLower(c.Speaker.Name + " " + strings.Join(c.Speaker.Aliases, " "))
		for _, w := range said {
			if len(w) > 3 && strings.Contains(name, strings.Trim(w, "(),'’")) {
				score += 2
				break
			}
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best, bestScore > 0
}

// TestPolNeARTrainDates checks the day of each statement of eighteen tables of PolNeAR train
// statements dated by hand by GOLD.md's rules, each from articles the others do not use:
//
//   - polnear-train-dates.tsv: 152 statements of 47 articles, the table the date rules
//     were developed against;
//   - polnear-train-dates2.tsv: 127 statements of 32 more articles, annotated later by
//     another hand who had not read the code. On first run: 0.657 of the statements
//     carried by a claim of their speaker, 0.614 of all; the date rules were then worked
//     on against it;
//   - polnear-train-dates3.tsv: 107 statements of 24 more articles, annotated blind after
//     that work. On first run: 0.750 and 0.729, the honest figure for news the rules had
//     not seen; the date rules were then worked on against it (0.924 and 0.879);
//   - polnear-train-dates4.tsv: 110 statements of 27 more articles over all seven
//     outlets, annotated blind by a fourth hand before that work: 0.802 and 0.718 on
//     first run; held out until 0.780 and 0.727, then worked on (0.901 and 0.827, with
//     tables 1-3 at 0.950, 0.908, 0.926);
//   - polnear-train-dates5.tsv: 121 statements of 28 more articles, four of each outlet,
//     annotated blind by a fifth hand before that work and held out: 0.788 and 0.727 on
//     the code before it, 0.769 and 0.711 after. The work on table 4 did not carry: the
//     lede's day kept as the scene dates statements its annotator leaves undated;
//   - polnear-train-dates6.tsv: 128 statements of 26 more articles, annotated blind by a
//     sixth hand and held out: 0.740 and 0.664 on the code before the work on table 4,
//     0.721 and 0.648 after, for the same reason. The lede's day (where no occasion is
//     named) was then kept as the scene only for those the lede tells of, by name, office
//     or body: tables 5 and 6 at 0.774 and 0.740, table 4 down from 0.901 to 0.868.
//     Both were then worked on, by the misses' causes, each rule checked on all six
//     tables: 0.821 and 0.769 (table 5), 0.808 and 0.711 (table 6), tables 1-4 unchanged;
//   - polnear-train-dates7.tsv: 126 statements of 26 more articles, annotated blind by a
//     seventh hand and held out through that work: 0.682 and 0.619 both before it and
//     after. The rules that raised tables 5 and 6 did not reach it. Its misses were
//     then tallied by cause and only causes also found in other articles were worked
//     on, each checked on all seven tables and on the 840 train articles: 0.710 and
//     0.643 (a day in an "after" phrase of narration that moves the article on; a day
//     in a restrictive "who" clause on other people), table 5 0.830, the others
//     unchanged. Most of what it still misses is an occasion the article sets without
//     naming its speaker, which a blanket "one day of news" rule dates right here
//     and wrong in tables 2-6;
//   - polnear-train-dates8.tsv: 128 statements of 26 more articles, annotated blind by an
//     eighth hand and held out through the work on tables 5-7: 0.729 and 0.633 before
//     it, 0.731 and 0.648 after. Like table 7 before it, it says that the date rules
//     carry to unseen articles at about 0.7, not 0.8;
//   - polnear-train-dates9.tsv: 127 statements of 26 more articles, a ninth hand, held
//     out through the work of its session: 0.632 and 0.614 (0.59 of the statements
//     GOLD.md dates), then 0.641 (0.605) after a quotation's opening time words were
//     left to the speaker;
//   - polnear-train-dates10.tsv: 124 statements of 26 more articles, a tenth hand, held
//     out through the next session: 0.718 and 0.653 (0.607 of the dated) before and
//     after it. A rule that dates every undated past-tense statement by the day the
//     article told last raises the dated share to about 0.8 on tables 7-9, and dates as
//     many statements wrongly as rightly: it was not kept;
//   - polnear-train-dates11.tsv: 129 statements of 26 more articles, an eleventh hand,
//     measured before any work on dates in its session: 0.777 of the statements carried
//     by a claim of their speaker, 0.859 of the dated ones. Its misses are mostly
//     statements the hand leaves undated ("recently spoke") that an occasion of the
//     article dates;
//   - polnear-train-dates12.tsv: 122 statements of 26 more articles, a twelfth hand,
//     measured at the start and end of its session, with no work on dates between but
//     one (a dateline a day ahead, which its rows showed and which changed no row's
//     outcome): 0.713 of the statements carried by a claim of their speaker, 0.647 of
//     the dated ones, both times. Occasions are its misses: 21 right of 46;
//   - polnear-train-dates13.tsv: 127 statements of 26 more articles, a thirteenth
//     hand, measured before any work on dates in its session: 0.750 of the statements
//     carried by a claim of their speaker (0.693 of all), 0.754 of the dated ones. Occasions and
//     relations are its misses (21 of 28, 2 of 7 right);
//   - polnear-train-dates14.tsv: 127 statements of 26 more articles, a fourteenth hand,
//     measured at the start of its session and at the end, with no work on dates in
//     it: 0.682 carried by a claim of their speaker (0.646 of all), 0.593 of the dated
//     ones. Occasions (16 of 32) and relations (2 of 7) are again the misses: a ceremony
//     "aired Tuesday night" or an interview "on Friday" that the quotes below it belong to;
//   - polnear-train-dates15.tsv: 128 statements of 26 more articles, a fifteenth hand,
//     held out through its session, which did no work on dates: 0.791 carried by a claim
//     of their speaker (0.703 of all), 0.700 of the 40 dated, at the start and at the end.
//     Occasions are the misses again: 13 right of 24;
//   - polnear-train-dates16.tsv: 127 statements of 26 more articles, a sixteenth hand,
//     measured at the start of its session, then worked on in it (so no longer held out):
//     0.677 carried by a claim of their speaker (0.583 of all), 0.560 of the 50 dated. Occasions are the
//     misses (13 right of 34), most of them a document's words dated by its release: "a
//     new poll … was released Wednesday", "a memo released Friday". Dating a poll's or a
//     report's words by the day a sentence of its own says it was released took it to
//     0.708 (0.606 of all) and changed no other table; a body called by the end of its
//     name after its full name ("the Daily News" after "the New York Daily News") one
//     voice, 0.729 (0.622);
//   - polnear-train-dates17.tsv: 129 statements of 26 more articles, a seventeenth hand,
//     held out through its session: 0.823 carried by a claim of their speaker (0.705 of
//     all), 0.822 of the 45 dated, at its start;
//   - polnear-train-dates18.tsv: 126 statements of 26 more articles, an eighteenth hand,
//     held out until measured: 0.773 carried by a claim of their speaker (0.643 of all),
//     0.769 of the 39 dated, at its start; a day's possessive opening an occasion at the
//     end of what is said ("on Monday's installment of his radio show") took it to 0.784;
//   - polnear-train-dates19.tsv: 118 statements of 26 more articles, a nineteenth hand,
//     held out until measured: 0.765 carried by a claim of their speaker (0.695 of all),
//     0.750 of the 44 dated, at its start; 0.776 (0.703), 0.773 of the dated, after the
//     session's speaker work (honorifics, surnames inside three-word names), which moved
//     four other tables up by 0.01 to 0.03 and dates17 down by 0.011;
//   - polnear-train-dates20.tsv: 126 statements of 26 more articles, a twentieth hand,
//     held out until measured: 0.780 carried by a claim of their speaker (0.690 of all),
//     0.757 of the 37 dated, at its start; no date rule was written in its session, whose
//     claim work read one statement more ("Husted ended by saying, “…”"), undated: 0.772
//     (0.690), 0.737 of 38 at its end. Its five "relative" rows date reactions to an event
//     of the publication day to that day, which no rule reads;
//   - polnear-train-dates21.tsv: 119 statements of 26 more articles, a twenty-first hand,
//     75 of them null; held out until measured: 0.904 carried by a claim of their speaker
//     (0.739 of all), 0.882 of the 34 dated;
//   - polnear-train-dates22.tsv: 104 statements of 26 more articles (two of them, a news
//     flash and a paid notice, with none), a twenty-second hand, 75 null; many are poll
//     results, which it gives to the poll; held out until measured: 0.793 carried by a
//     claim of their speaker (0.567 of all), 0.636 of the 11 dated;
//   - polnear-train-dates23.tsv: 113 statements of 26 more articles, many of them
//     opinion pieces and letters, a twenty-third hand, 97 null; held out until measured:
//     0.795 carried by a claim of their speaker (0.664 of all), 0.545 of the 11 dated;
//   - polnear-train-dates24.tsv: 104 statements of 26 more articles (two with none), a
//     twenty-fourth hand, 92 null; held out until measured: 0.789 carried by a claim of
//     their speaker (0.635 of all), 0.429 of the 7 dated (the four a live blog's results
//     night places are missed);
//   - polnear-train-dates25.tsv: 117 statements of 26 more articles, a twenty-fifth hand,
//     97 null; held out until measured: 0.835 carried by a claim of their speaker (0.658
//     of all), 0.364 of the 11 dated;
//   - polnear-train-dates26.tsv: 91 statements of 26 more articles (two with none), a
//     twenty-sixth hand, 70 null; held out until measured: 0.879 carried by a claim of
//     their speaker (0.703 of all), 0.643 of the 14 dated;
//   - polnear-train-dates27.tsv: 116 statements of 26 more articles, a twenty-seventh
//     hand, 92 null; held out until measured: 0.843 carried by a claim of their speaker
//     (0.741 of all), 0.750 of the 16 dated;
//   - polnear-train-dates28.tsv: 114 statements of 26 more articles, a twenty-eighth
//     hand, 104 null (columns and analysis, whose quotes seldom tell a time); held out
//     until measured: 0.855 carried by a claim of their speaker (0.675 of all), 0.429 of
//     the 7 dated;
//   - polnear-train-dates29.tsv: 100 statements of 26 more articles (three with none), a
//     twenty-ninth hand, 70 null; held out until measured: 0.746 carried by a claim of
//     their speaker (0.560 of all), 0.500 of the 22 dated carried so;
//   - polnear-train-dates30.tsv: 119 statements of 26 more articles, a thirtieth hand,
//     84 null; held out until measured: 0.772 carried by a claim of their speaker (0.571
//     of all), 0.438 of the 16 dated carried so;
//
// It counts three ways. Of all statements. Of those some claim carries (the others are
// a matter of finding claims). Of those carried by a claim of the annotated speaker: as
// score.py scores dates, on claims whose speaker is right, since a claim given to the
// wrong speaker is a speaker error, which the speaker tests count. Each table fails below
// its floors. Run with -v for the counts by rule and the rows missed.
func TestPolNeARTrainDates(t *testing.T) {
	dir := filepath.Join(corpora.Dir(t, "polnear"), "train", "text")
	for _, tb := range []struct {
		file          string
		spoken, total float64 // floors
	}{
		{"polnear-train-dates.tsv", 0.94, 0.80},
		{"polnear-train-dates2.tsv", 0.90, 0.83},
		{"polnear-train-dates3.tsv", 0.92, 0.87},
		{"polnear-train-dates4.tsv", 0.86, 0.79},
		{"polnear-train-dates5.tsv", 0.83, 0.77},
		{"polnear-train-dates6.tsv", 0.80, 0.71},
		{"polnear-train-dates7.tsv", 0.71, 0.64},
		{"polnear-train-dates8.tsv", 0.73, 0.64},
		{"polnear-train-dates9.tsv", 0.63, 0.61},
		{"polnear-train-dates10.tsv", 0.70, 0.64},
		{"polnear-train-dates11.tsv", 0.77, 0.72},
		{"polnear-train-dates12.tsv", 0.70, 0.62},
		{"polnear-train-dates13.tsv", 0.74, 0.68},
		{"polnear-train-dates14.tsv", 0.67, 0.63},
		{"polnear-train-dates15.tsv", 0.77, 0.68},
		{"polnear-train-dates16.tsv", 0.71, 0.61},
		{"polnear-train-dates17.tsv", 0.81, 0.69},
		{"polnear-train-dates18.tsv", 0.77, 0.64},
		{"polnear-train-dates19.tsv", 0.77, 0.70},
		{"polnear-train-dates20.tsv", 0.77, 0.68},
		{"polnear-train-dates21.tsv", 0.89, 0.73},
		{"polnear-train-dates22.tsv", 0.79, 0.56},
		{"polnear-train-dates23.tsv", 0.79, 0.66},
		{"polnear-train-dates24.tsv", 0.78, 0.63},
		{"polnear-train-dates25.tsv", 0.83, 0.65},
		{"polnear-train-dates26.tsv", 0.87, 0.70},
		{"polnear-train-dates27.tsv", 0.84, 0.74},
		{"polnear-train-dates28.tsv", 0.85, 0.67},
		{"polnear-train-dates29.tsv", 0.76, 0.57},
		{"polnear-train-dates30.tsv", 0.77, 0.57},
	} {
		t.Run(strings.TrimSuffix(tb.file, ".tsv"), func(t *testing.T) {
			checkDates(t, dir, tb.file, tb.spoken, tb.total)
		})
	}
}

// checkDates checks the statements of the table in testdata/file against the articles of
// dir, and fails when the share right falls below minSpoken (of those carried by a claim
// of their speaker) or minAll (of all).
func checkDates(t *testing.T, dir, file string, minSpoken, minAll float64) {
	rows := readDatedRows(t, filepath.Join("testdata", file))
	var e Extractor
	byDoc := map[string][]claims.Claim{}
	type tally struct{ all, carried, spoken [2]int } // [right, of]
	count := func(n *[2]int, ok bool) {
		n[1]++
		if ok {
			n[0]++
		}
	}
	rules := map[string]*tally{}
	var total tally
	for _, r := range rows {
		text, err := os.ReadFile(filepath.Join(dir, r.article))
		if err != nil {
			t.Fatal(err)
		}
		cs, ok := byDoc[r.article]
		if !ok {
			// PolNeAR names its files publisher_YYYY-MM-DD_slug.
			parts := strings.SplitN(r.article, "_", 3)
			if len(parts) < 3 {
				t.Fatalf("line %d: no date in the file name %s", r.line, r.article)
			}
			pub, err := claims.ParseDate(parts[1])
			if err != nil {
				t.Fatalf("line %d: %v", r.line, err)
			}
			cs = e.Extract(claims.Document{ID: r.article, Text: string(text), Published: pub})
			byDoc[r.article] = cs
		}
		if rules[r.rule] == nil {
			rules[r.rule] = &tally{}
		}
		c, found := carrier(string(text), cs, r)
		var got claims.Date
		if c.When.Precision == claims.Day {
			got = c.When.Date
		}
		right := found && got == r.date
		spoken := found && saidBy(c, r.speaker)
		for _, n := range []*tally{rules[r.rule], &total} {
			count(&n.all, right)
			if found {
				count(&n.carried, right)
			}
			if spoken {
				count(&n.spoken, right)
			}
		}
		want := r.date.String()
		if want == "" {
			want = "null"
		}
		switch {
		case !found:
			t.Logf("line %d %s: no claim carries %q (want %s, %s)", r.line, r.article, r.cue, want, r.rule)
		case !right:
			who := ""
			if !spoken {
				who = " (not the annotated " + r.speaker + ")"
			}
			t.Logf("line %d %s: %q by %s%s: got %s, want %s by %s (%s)", r.line, r.article, r.cue, c.Speaker.Name, who, c.When, want, r.rule, r.when)
		}
	}
	names := make([]string, 0, len(rules))
	for n := range rules {
		names = append(names, n)
	}
	sort.Strings(names)
	line := func(name string, n *tally) {
		t.Logf("%-8s all %3d/%3d  carried %3d/%3d  right speaker %3d/%3d", name, n.all[0], n.all[1], n.carried[0], n.carried[1], n.spoken[0], n.spoken[1])
	}
	for _, n := range names {
		line(n, rules[n])
	}
	line("total", &total)
	ratio := func(n [2]int) float64 { return float64(n[0]) / float64(max(1, n[1])) }
	t.Logf("dates right: %.3f of all statements, %.3f of those carried by a claim, %.3f of those carried by a claim of their speaker",
		ratio(total.all), ratio(total.carried), ratio(total.spoken))
	if n, ok := rules["null"]; ok {
		// GOLD.md scores dates only where the gold date is not null: the share that counts.
		dated := [2]int{total.spoken[0] - n.spoken[0], total.spoken[1] - n.spoken[1]}
		t.Logf("dated statements (gold date not null) right: %.3f of %d carried by a claim of their speaker", ratio(dated), dated[1])
	}
	if acc := ratio(total.spoken); acc < minSpoken {
		t.Errorf("dates right on %s: %.3f of %d statements carried by a claim of their speaker, want at least %.2f (-v lists the misses)", file, acc, total.spoken[1], minSpoken)
	}
	if acc := ratio(total.all); acc < minAll {
		t.Errorf("dates right on %s: %.3f of all %d statements, want at least %.2f (-v lists the misses)", file, acc, total.all[1], minAll)
	}
}

// saidBy reports whether claim c is given to the speaker the table names: a word of that
// name in the claim's speaker, aliases or role ("Trump campaign" and "Trump’s campaign").
func saidBy(c claims.Claim, speaker string) bool {
	name := strings.ToLower(strings.Join(append([]string{c.Speaker.Name, c.Speaker.Role}, c.Speaker.Aliases...), " "))
	for _, w := range strings.Fields(strings.ToLower(speaker)) {
		if w = strings.Trim(w, "(),.'’"); len(w) > 3 && strings.Contains(name, w) {
			return true
		}
	}
	return false
}
