package extract_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract"
)

// huge runs the 20 MB single-line case, which takes minutes: 128 s on the development
// machine in November 2026, half of it in remarksTime lowercasing every remark sentence
// once per claim. Run it with go test ./extract -run TestRobust/20_MB -args -huge.
var huge = flag.Bool("huge", false, "run the 20 MB single-line case of TestRobust")

// oneLine returns the first seed article with its line breaks made spaces: real sentences,
// dense with quotations and cues, in a single paragraph.
func oneLine(tb testing.TB) string {
	tb.Helper()
	return strings.Join(strings.Fields(seedTexts(tb)[0].Text), " ") + " "
}

// singleLine returns oneLine repeated to at least n bytes.
func singleLine(tb testing.TB, n int) string {
	tb.Helper()
	p := oneLine(tb)
	return strings.Repeat(p, n/len(p)+1)
}

// junk returns n bytes of every value from 0 to 255, in a fixed scrambled order.
func junk(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*131 + i/256*17 + 7)
	}
	return string(b)
}

// TestRobust feeds the extractor text that is empty, not text, or built to stress quote
// pairing, sentence splitting and nesting. It must not panic, every span must index the
// text on rune boundaries, and text that is not valid UTF-8 or holds NUL bytes yields none.
func TestRobust(t *testing.T) {
	for _, tc := range []struct {
		name     string
		why      string
		text     func(testing.TB) string
		noClaims bool // the text must yield no claims
		long     bool // skipped under -short
	}{{
		name:     "empty",
		why:      "the zero Document must be safe",
		text:     func(testing.TB) string { return "" },
		noClaims: true,
	}, {
		name:     "whitespace only",
		why:      "blocks and sentences of nothing but space must not make empty units",
		text:     func(testing.TB) string { return " \t\n\r\n  \n\u00a0\u2003\n\t" },
		noClaims: true,
	}, {
		name:     "binary junk",
		why:      "a binary file read by mistake is not text: no claims, no panic",
		text:     func(testing.TB) string { return junk(64 << 10) },
		noClaims: true,
	}, {
		name: "NUL bytes",
		why:  "a NUL marks binary or corrupt input even when the rest is good prose",
		text: func(testing.TB) string {
			return "“We will win,” Mr Blair said.\x00 “We will not,” Mr Howard said."
		},
		noClaims: true,
	}, {
		name: "invalid UTF-8",
		why:  "spans must be rune boundaries, which text that is not UTF-8 does not have",
		text: func(testing.TB) string {
			return "“We will win,” Mr Blair said. \xff\xfe “Never,” Mr Howard said \xe2\x80."
		},
		noClaims: true,
	}, {
		name: "100 KB single line",
		why:  "a file without line breaks is one paragraph: it must be split into sentences and yield claims",
		text: func(tb testing.TB) string { return singleLine(tb, 100<<10) },
	}, {
		name: "20 MB single line",
		why:  "a file without line breaks is one paragraph: segmentation and quote pairing must not go quadratic",
		text: func(tb testing.TB) string { return singleLine(tb, 20<<20) },
		long: true,
	}, {
		name: "10,000 unbalanced opening quotes",
		why:  "a quotation that never closes must not make every later word its content many times over",
		text: func(testing.TB) string { return strings.Repeat("“Mr Blair said ", 10000) },
	}, {
		name: "10,000 alternating apostrophes",
		why:  "' is an apostrophe or a quote mark; pairing 10,000 of them must stay linear",
		text: func(testing.TB) string { return strings.Repeat("'he said ", 10000) },
	}, {
		name: "deeply nested parentheses",
		why:  "parenthetical speakers and appositions must not recurse without bound",
		text: func(testing.TB) string {
			return strings.Repeat("(", 10000) + "Mr Blair said the talks would go on." + strings.Repeat(")", 10000)
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.long && (testing.Short() || !*huge) {
				t.Skip("20 MB input: run with -huge, without -short")
			}
			text := tc.text(t)
			var e extract.Extractor
			got := e.Extract(claims.Document{ID: "r", Text: text})
			if tc.noClaims && len(got) > 0 {
				t.Errorf("%s: got %d claims, want none; the first: %q", tc.why, len(got), got[0].Content.Text)
			}
			checkClaims(t, text, got)
		})
	}
}
