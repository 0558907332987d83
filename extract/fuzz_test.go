package extract_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract"
	"github.com/google/go-cmp/cmp"
)

// nastyTexts are hand-made inputs that have broken text processors: quote marks without
// partners or without words, mixed quote styles, bytes that are not text, long lines.
var nastyTexts = []string{
	"",
	" \n\t\r\n ",
	`"`,
	`""""""`,
	"“",
	"”“”“",
	"‘’‘’'''",
	"«»«»",
	`He said "it is over.`,
	`"It is over," he said. "And`,
	"“It is over,” he said. ‘Not yet’, she said. «Jamais» dit-il. \"Never,' they said.",
	"“ ” ‘ ’ « » “‘«»’”",
	"He said \xff\xfe it was over.",
	"\xe2\x80", // the first two bytes of “, cut short
	"“It is\x00 over,” he said.",
	"\x00\x00\x00",
	"Mr Blair said " + strings.Repeat("the talks would go on and ", 150) + "end.",
	strings.Repeat("“", 500) + " said " + strings.Repeat("”", 500),
	strings.Repeat("((((", 200) + "he said" + strings.Repeat("))))", 200),
	"The minister said the " + strings.Repeat("\u1e9e", 8) + " levy would start in June.", // lower case shorter than the text
	"According to\nsaid\n“\n”\nsaid, said Mr",
	"Hamm, who retired - is - said - , said -. - who - said",                                 // a lone dash read as a speaker once panicked
	"Also, MCI, while trading under the name Worldcom, failed after admitting that it lied.", // a subject of no words once panicked
	"The minister was critical Tuesday of the plan.",                                         // a day inside a cue phrase once indexed past its words
	"not denied by the company, the claim stood.",                                            // a participle with no noun before it once read before the text
	// An unlabelled answer's cue is the question before it: its clauses were once read
	// against that cue and sliced before the answer.
	"Row\n\nJan Roe, head of the union, spoke to the paper.\n\nDid you agree?\n\nNo, which everyone saw on Monday, we did not, when we met on Friday.\n\nWhy not?\n\nOn Monday, which was a holiday, nothing was signed.",
}

// FuzzExtract checks the extractor's invariants on any text: no panic, every span inside
// the text on rune boundaries with its excerpt's text, claims in text order, no claims for
// text that is not UTF-8, the same output twice, and no runaway time.
func FuzzExtract(f *testing.F) {
	for _, d := range seedTexts(f) {
		f.Add(d.Text)
	}
	for _, s := range nastyTexts {
		f.Add(s)
	}
	var e extract.Extractor
	e.Extract(claims.Document{ID: "warm", Text: "Warm-up, he said."}) // load lexicons and models untimed
	f.Fuzz(func(t *testing.T, text string) {
		doc := claims.Document{ID: "f", Text: text}
		start := time.Now()
		got := e.Extract(doc)
		took := time.Since(start)
		// A hang detector, not a speed target: generous beyond any honest run.
		if limit := 2*time.Second + time.Duration(len(text))*50*time.Microsecond; took > limit {
			t.Errorf("Extract took %v on %d bytes, over the runaway limit %v", took, len(text), limit)
		}
		checkClaims(t, text, got)
		if again := e.Extract(doc); !cmp.Equal(got, again) {
			t.Errorf("second Extract differs (-first +second):\n%s", cmp.Diff(got, again))
		}
	})
}

// checkClaims reports the claims whose spans do not index text properly, or that are out
// of text order, or any claim at all when text is not valid UTF-8.
func checkClaims(t testing.TB, text string, cs []claims.Claim) {
	t.Helper()
	if !utf8.ValidString(text) && len(cs) > 0 {
		t.Errorf("text is not UTF-8, but got %d claims", len(cs))
	}
	for i, c := range cs {
		for _, x := range []struct {
			name string
			e    claims.Excerpt
		}{{"Source", c.Source}, {"Cue", c.Cue}, {"Content", c.Content}, {"Evidence", c.Evidence}} {
			if msg := badSpan(text, x.e.Span); msg != "" {
				t.Errorf("claim %d (%s) %s %v: %s", i, c.ID, x.name, x.e.Span, msg)
				continue
			}
			if want := text[x.e.Start:x.e.End]; x.e.Text != want {
				t.Errorf("claim %d (%s) %s %v: Text %q, want text[Start:End] = %q", i, c.ID, x.name, x.e.Span, x.e.Text, want)
			}
		}
		if i > 0 && c.Content.Start < cs[i-1].Content.Start {
			t.Errorf("claim %d (%s) content starts at %d, before claim %d's at %d", i, c.ID, c.Content.Start, i-1, cs[i-1].Content.Start)
		}
	}
}

// badSpan says what is wrong with s as a span of text, or returns "".
func badSpan(text string, s claims.Span) string {
	switch {
	case s.Start < 0 || s.Start > s.End || s.End > len(text):
		return "not within the text"
	case s.Start < len(text) && !utf8.RuneStart(text[s.Start]):
		return "Start inside a rune"
	case s.End < len(text) && !utf8.RuneStart(text[s.End]):
		return "End inside a rune"
	}
	return ""
}
