package nlp

import (
	"strings"
	"testing"

	"github.com/contradict/contradict/internal/corpora"
	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"
)

// proseTokens returns the texts of the tokens prose's own tokenizer makes of text, or
// "panic" when it panics: it slices a word at an index found in the word lower-cased,
// which can be longer ("\xff's", "İİİ's").
func proseTokens(t testing.TB, text string) (out []string) {
	defer func() {
		if recover() != nil {
			out = []string{"panic"}
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range doc.Tokens() {
		out = append(out, tok.Text)
	}
	return out
}

// tokenTexts is proseTokens for tokenize.
func tokenTexts(text string) (out []string) {
	defer func() {
		if recover() != nil {
			out = []string{"panic"}
		}
	}()
	for _, tok := range tokenize(text) {
		out = append(out, tok)
	}
	return out
}

func TestTokenizeAsProse(t *testing.T) {
	tests := []struct {
		name, text, why string
	}{
		{"plain", "The minister said talks would go on.", "words and a final stop"},
		{"prefixes", `($100) ["quoted"] "(nested)"`, "prefix and suffix marks, several on one word"},
		{"clitics", "They'll go, it's done, we're here, I'm sure, don't, WON'T, can't.", "each clitic, in any case"},
		{"clitic first", "'sa 'llama n'tx 'm", "a clitic at the start of a word: prose drops the word"},
		{"curly", "“Yes,” he said. ‘No’ isn’t it’s", "curly quote marks become straight ones first"},
		{"entity", "it&rsquo;s the Smiths&rsquo; house", "prose reads &rsquo; as an apostrophe"},
		{"abbreviations", "U.S. officials, Mr. Lee, Mrs. Roe, Dr. A.B. and e.g. the Co. Abc. Abcd.", "initials and titles are kept whole"},
		{"not abbreviations", "U.S.A A.b.c. ABc. Ab.. a.B. A. .a.b", "near misses of prose's pattern"},
		{"emoticons", ":-) (-_-) ¯\\(ツ)/¯ :P xD ;) 8D", "emoticons are kept whole"},
		{"spaces", "  a\tb\n\nc\u00a0d \u2003 e\r\n", "every kind of space, several together, at both ends"},
		{"space start", "\u00a0word", "a text that opens with a space that is not ' '"},
		{"hyphens", "well-known -- anti-Trump —dash 1-2", "hyphens and dashes stay in words"},
		{"invalid", "bad\xffbyte \xe2\x80 end\xc3", "invalid UTF-8"},
		{"other lower length", "İstanbul's \u212a's", "a word whose lower case is longer or shorter: prose cuts it where its lower case has the clitic"},
		{"panic", "İİİ's", "prose panics when the clitic of the lower case lies past the end of the word"},
		{"marks only", `" ' , . !? ... ''`, "tokens made of marks alone"},
		{"numbers", "$4.5bn 15.1% 2004, 1,000", "figures"},
		{"empty", "", "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(proseTokens(t, tt.text), tokenTexts(tt.text)); d != "" {
				t.Errorf("%s (-prose +tokenize):\n%s", tt.why, d)
			}
		})
	}
}

// TestTokenizeAsProseCorpus checks every line of the BBC corpus, when it is present.
func TestTokenizeAsProseCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, a := range corpora.Articles(t, "bbc") {
		for _, line := range strings.Split(a.Text, "\n") {
			if d := cmp.Diff(proseTokens(t, line), tokenTexts(line)); d != "" {
				t.Errorf("%s: %q (-prose +tokenize):\n%s", a.Path, line, d)
			}
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"They'll say “no.”", "(U.S.) $5", ":-) Mr. Lee's", "\u00a0x\ty", "bad\xff", "'sa n't", "&rsquo;s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := cmp.Diff(proseTokens(t, s), tokenTexts(s)); d != "" {
			t.Errorf("%q (-prose +tokenize):\n%s", s, d)
		}
	})
}
