package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Two hand-made articles, in the manner of the seeds.
const (
	tmt = "Kremlin spokesman Dmitry Peskov said negotiations with Kyiv were still possible one " +
		"day after Foreign Minister Sergei Lavrov said such talks \"make no sense\".\n" +
		"Peskov also said the Kremlin had \"no plans\" to annex more land.\n"
	reuters = "The Kremlin said on Wednesday that peace talks were not progressing as rapidly as it " +
		"would like. A White House official said the talks were stalled, according to a briefing " +
		"note seen by reporters that runs to several paragraphs and that mentions a great many other " +
		"things besides the talks themselves, none of them of interest here.\n"
)

var (
	peskov = claims.Speaker{Name: "Dmitry Peskov", Aliases: []string{"Peskov", "Kremlin spokesman"},
		Kind: claims.Person, Role: "Kremlin spokesman", Affiliation: "Kremlin"}
	lavrov = claims.Speaker{Name: "Sergei Lavrov", Aliases: []string{"Lavrov"},
		Kind: claims.Person, Role: "Foreign Minister", Affiliation: "Russia"}
	kremlin = claims.Speaker{Name: "Kremlin", Kind: claims.Organisation, Affiliation: "Russia"}
	anon    = claims.Speaker{Name: "a White House official", Kind: claims.Anonymous}
)

// span returns the excerpt of the first sub in text at or after from.
func span(t *testing.T, text, sub string, from int) claims.Excerpt {
	t.Helper()
	i := strings.Index(text[from:], sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return claims.ExcerptOf(text, claims.Span{Start: from + i, End: from + i + len(sub)})
}

// mk returns a claim of doc whose evidence is the sentence holding source, cue and content.
func mk(t *testing.T, id, doc, text string, sp claims.Speaker, source, cue, content, sentence string, w claims.When, target string, p claims.Polarity) claims.Claim {
	t.Helper()
	ev := span(t, text, sentence, 0)
	src := span(t, text, source, ev.Start)
	cu := span(t, text, cue, src.Start)
	return claims.Claim{ID: id, Doc: doc, Speaker: sp, Source: src, Cue: cu,
		Content: span(t, text, content, cu.End), Evidence: ev, When: w, Target: target, Polarity: p}
}

func fixture(t *testing.T) Report {
	thursday := claims.When{Date: claims.NewDate(2022, 7, 21), Precision: claims.Day, Text: "Thursday"}
	s1 := tmt[:strings.Index(tmt, "\n")]
	s2 := tmt[strings.Index(tmt, "Peskov also"):]
	r1 := reuters[:strings.Index(reuters, " A White")]
	r2 := strings.TrimSpace(reuters[strings.Index(reuters, "A White"):])
	docs := []DocInfo{
		{ID: "tmt.txt", Input: "in/tmt.txt", Source: "The Moscow Times", Published: claims.NewDate(2022, 7, 21),
			URL: "https://example.com/tmt"},
		{ID: "bad.txt", Input: "in/bad.txt", Err: "empty document"},
		{ID: "reuters.txt", Input: "in/news.jsonl:2", Source: "Reuters", Title: "Talks drag on"},
	}
	cs := []claims.Claim{
		// Given out of order, to check Build sorts them.
		mk(t, "reuters.txt#2", "reuters.txt", reuters, anon, "A White House official", "said",
			"the talks were stalled", r2, claims.When{}, "talks", claims.Against),
		mk(t, "reuters.txt#1", "reuters.txt", reuters, kremlin, "The Kremlin", "said",
			"peace talks were not progressing as rapidly as it would like", r1,
			claims.When{Text: "on Wednesday", Relative: "Wednesday"}, "talks", claims.Neutral),
		mk(t, "tmt.txt#3", "tmt.txt", tmt, peskov, "Peskov", "said",
			"the Kremlin had \"no plans\" to annex more land", s2,
			claims.When{Date: claims.NewDate(2022, 7, 18), Precision: claims.Week, Text: "this week"}, "annexation", claims.Against),
		mk(t, "tmt.txt#1", "tmt.txt", tmt, peskov, "Kremlin spokesman Dmitry Peskov", "said",
			"negotiations with Kyiv were still possible", s1, thursday, "talks", claims.For),
		mk(t, "tmt.txt#2", "tmt.txt", tmt, lavrov, "Foreign Minister Sergei Lavrov", "said",
			"make no sense", s1, claims.When{Date: claims.NewDate(2022, 7, 20), Precision: claims.Day, Text: "one day after"},
			"talks", claims.Against),
	}
	cs[4].Quoted = true
	cs[3].Responses = []claims.Response{{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "contradicting"},
		Answered: claims.Excerpt{Text: "earlier comments by Moscow's top diplomat"}, Other: "Sergei Lavrov", Answers: []string{"tmt.txt#2"}}}
	cs[0].Holder = "Ukraine"
	cs[0].Via = claims.Channel{Name: "a briefing note", Kind: claims.Organisation, Mention: span(t, reuters, "a briefing note", 0)}
	ks := []claims.Conflict{
		{ID: "k2", Kind: claims.BetweenSources, Score: 0.4, A: []string{"reuters.txt#1"}, B: []string{"reuters.txt#2", "gone#9"},
			Reason: "The Kremlin says talks are slow; a White House official says they are stalled."},
		{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.91666, A: []string{"tmt.txt#1"}, B: []string{"tmt.txt#2"},
			Reason: "Peskov says negotiations with Kyiv are still possible; one day earlier Lavrov said talks make no sense."},
	}
	return Build(docs, cs, ks)
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		r    Report
	}{
		{"report", fixture(t)},
		{"empty", Build(nil, nil, nil)},
	}
	for _, tt := range tests {
		for _, format := range []string{"txt", "json", "html"} {
			t.Run(tt.name+"."+format, func(t *testing.T) {
				var buf bytes.Buffer
				write := tt.r.WriteText
				switch format {
				case "json":
					write = tt.r.WriteJSON
				case "html":
					write = tt.r.WriteHTML
				}
				if err := write(&buf); err != nil {
					t.Fatal(err)
				}
				golden(t, filepath.Join("testdata", tt.name+"."+format+".golden"), buf.Bytes())
				if format == "txt" {
					for i, l := range strings.Split(buf.String(), "\n") {
						if n := utf8.RuneCountInString(l); n > width {
							t.Errorf("line %d is %d columns: %s", i+1, n, l)
						}
					}
				}
			})
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

func TestBuildOrder(t *testing.T) {
	r := fixture(t)
	var ids []string
	for _, c := range r.Claims {
		ids = append(ids, c.ID)
	}
	want := []string{"tmt.txt#1", "tmt.txt#2", "tmt.txt#3", "reuters.txt#1", "reuters.txt#2"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("claims by document, then offset (-want +got)\n%s", diff)
	}
	if r.Conflicts[0].ID != "k1" {
		t.Errorf("first conflict %s, want the highest score k1", r.Conflicts[0].ID)
	}
	if r.Failed() != 1 {
		t.Errorf("Failed = %d, want 1", r.Failed())
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, why, in string
		want          []string
	}{
		{"short", "fits on one line", "a b c", []string{">> a b c"}},
		{"empty", "an empty text still writes its prefix", "", []string{">>"}},
		{"long word", "a word wider than the page is cut",
			strings.Repeat("x", 150), []string{">> " + strings.Repeat("x", 97), "   " + strings.Repeat("x", 53)}},
		{"runes", "width counts runes, not bytes",
			strings.Repeat("é ", 60), []string{">> " + strings.TrimSpace(strings.Repeat("é ", 49)), "   " + strings.TrimSpace(strings.Repeat("é ", 11))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			tw := textWriter{w: bufio.NewWriter(&buf)}
			tw.wrap(">> ", "   ", tt.in)
			tw.w.Flush()
			got := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: (-want +got)\n%s", tt.why, diff)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name, why, in string
		n             int
		want          string
	}{
		{"fits", "short text is kept", "talks are possible", 20, "talks are possible"},
		{"at space", "cut at a word boundary", "talks are still possible today", 20, "talks are still…"},
		{"no space", "one long word is cut mid-word", strings.Repeat("a", 30), 10, "aaaaaaaaa…"},
		{"runes", "counts runes", "ééééééééééé", 5, "éééé…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want || utf8.RuneCountInString(got) > tt.n {
			t.Errorf("%s: %s: truncate(%q, %d) = %q, want %q", tt.name, tt.why, tt.in, tt.n, got, tt.want)
		}
	}
}

// TestWriteJSONAsEncoder checks that WriteJSON, which encodes the claims in chunks on every
// CPU, writes what encoding/json's Encoder writes of the whole report at once.
func TestWriteJSONAsEncoder(t *testing.T) {
	many := fixture(t)
	for i := range 3*chunk + 7 {
		c := many.Claims[i%len(many.Claims)]
		c.ID = fmt.Sprintf("%s-%d", c.ID, i)
		c.Content.Text += " <&>" // not escaped, as the Encoder was told
		many.Claims = append(many.Claims, c)
	}
	tests := []struct {
		name, why string
		r         Report
	}{
		{"fixture", "fewer claims than a chunk", fixture(t)},
		{"empty", "every array empty", Build(nil, nil, nil)},
		{"many", "claims over several chunks, the last one short", many},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(wholeJSON(tt.r)); err != nil {
				t.Fatal(err)
			}
			if err := tt.r.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want.String(), got.String()); d != "" {
				t.Errorf("%s (-Encoder +WriteJSON):\n%s", tt.why, d)
			}
		})
	}
	bad := fixture(t)
	bad.Conflicts[0].Score = math.NaN()
	var out bytes.Buffer
	if err := bad.WriteJSON(&out); err == nil || out.Len() > 0 {
		t.Errorf("a NaN score: error %v, %d bytes written; want an error and nothing", err, out.Len())
	}
}

// wholeJSON is the report's JSON value in one piece.
func wholeJSON(r Report) jsonReport {
	out := jsonReport{Documents: []jsonDoc{}, Claims: []jsonClaim{}, Conflicts: []jsonConflict{}}
	for _, d := range r.Documents {
		out.Documents = append(out.Documents, docJSON(d))
	}
	for _, c := range r.Claims {
		out.Claims = append(out.Claims, claimJSON(c))
	}
	for _, k := range r.Conflicts {
		out.Conflicts = append(out.Conflicts, conflictJSON(k))
	}
	return out
}
