package nlp

import (
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"two", "Lavrov spoke. He said talks would go on.", []string{"Lavrov spoke.", "He said talks would go on."}, "plain full stops"},
		{"abbrev", "Mr. Smith said so. Then he left.", []string{"Mr. Smith said so.", "Then he left."}, "a title's full stop ends no sentence"},
		{"quote", "“We are ready,” he said. “Talks go on.”", []string{"“We are ready,” he said.", "“Talks go on.”"}, "curly quotes around sentence ends"},
		{"title", "It is bad, Mr. Hedge said. Sen. Prince agreed.", []string{"It is bad, Mr. Hedge said.", "Sen. Prince agreed."}, "the segmenter splits after a title when the name also opens sentences (Hedge, Prince, Earnest)"},
		{"middle initial", "In April 2009, Douglas J. Band emailed her. He met Plan B. The end.", []string{"In April 2009, Douglas J. Band emailed her.", "He met Plan B.", "The end."}, "a given name and an initial end no sentence before a surname; before 'The' they may"},
		{"space", "  Padded sentence.  ", []string{"Padded sentence."}, "spans are trimmed"},
		{"nested quote", "“They ask: ‘Why am I here?’” Jane Roe added: “We want more.”", []string{"“They ask: ‘Why am I here?’”", "Jane Roe added: “We want more.”"}, "a sentence ending inside a quotation within a quotation ends as one ending inside a quotation does"},
		{"nested straight", `"They ask: 'Why?'" Roe added: "More."`, []string{`"They ask: 'Why?'"`, `Roe added: "More."`}, "straight quote marks too"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text, claims.Span{End: len(tt.text)}) {
				got = append(got, s.In(tt.text))
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}

func TestTagOffsets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"glued quote", "a ‘special operation’ aimed", []string{"a", "special", "operation", "aimed"}, "prose drops a word glued to an opening single quote"},
		{"apostrophe", "Moscow’s position", []string{"Moscow", "’s", "position"}, "a curly apostrophe stays inside the possessive"},
		{"double", "“Nobody needs it,” he said", []string{"Nobody", "needs", "it", ",", "he", "said"}, "quote marks are not tokens"},
		{"short name", "“Rates will rise,” said Jane Doe.", []string{"Rates", "will", "rise", ",", "said", "Jane", "Doe", "."}, "prose reads a three-letter name and its stop as an abbreviation"},
		{"title stop", "He met the Acme Co.", []string{"He", "met", "the", "Acme", "Co."}, "an abbreviation at the end of a sentence keeps its stop"},
		{"clitic comma", "“It isn’t,” Clinton said.", []string{"It", "is", "n’t", ",", "Clinton", "said", "."}, "prose drops a clitic glued to punctuation, and the punctuation with it"},
		{"clitic stop", "They can't. It's, I'll; we're!", []string{"They", "ca", "n't", ".", "It", "'s", ",", "I", "'ll", ";", "we", "'re", "!"}, "every clitic, before any mark"},
		{"mid title", "Mr. Lee spoke.", []string{"Mr.", "Lee", "spoke", "."}, "only the last word is parted from its stop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tag(tt.text, claims.Span{End: len(tt.text)})
			var got []string
			for _, tk := range toks {
				if tk.Span.In(tt.text) != tk.Text {
					t.Errorf("token %q has span %v reading %q", tk.Text, tk.Span, tk.Span.In(tt.text))
				}
				got = append(got, tk.Text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}
