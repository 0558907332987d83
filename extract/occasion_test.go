package extract

import (
	"fmt"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// TestOccasionsIn checks the occasions a sentence names and how it points at them.
func TestOccasionsIn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // ref | noun | medium | places | words
		why        string
	}{
		{
			name: "new occasion",
			text: "In a statement, the company said it would appeal.",
			want: []string{"new | statement |  | true | a statement"},
			why:  "an indefinite occasion after a preposition is one the article had not met",
		},
		{
			name: "same occasion",
			text: "At the rally, the senator said the race was close.",
			want: []string{"same | rally |  | true | the rally"},
			why:  "a definite occasion is one met before",
		},
		{
			name: "another of its kind",
			text: "In a second interview, she said the talks had failed.",
			want: []string{"another | interview |  | true | a second interview"},
			why:  "'a second interview' is another of its kind",
		},
		{
			name: "an earlier one",
			text: "The remarks ran counter to his earlier statements.",
			want: []string{"same | remarks |  | false | The remarks", "earlier | statement |  | false | his earlier statements"},
			why:  "'earlier statements' are other occasions at a time not told; neither stands after a preposition",
		},
		{
			name: "after an occasion",
			text: "After the debate, the governor said he had won.",
			want: []string{"after | debate |  | true | After the debate"},
			why:  "a statement after the debate was not made at it",
		},
		{
			name: "right after an occasion",
			text: "Appearing on television right after the speech, the senator said it failed.",
			want: []string{"same | speech |  | true | the speech"},
			why:  "'right after' the speech is on its day",
		},
		{
			name: "outlet after with",
			text: "In an interview with Channel Nine, the minister said rates would rise.",
			want: []string{"new | interview | channel nine | true | an interview"},
			why:  "the outlet of an interview is named after 'with'",
		},
		{
			name: "outlet before the noun",
			text: "In a CNN interview on Monday, the mayor said the roads were safe.",
			want: []string{"new | interview | cnn | true | a CNN interview"},
			why:  "a capitalised word before the noun is its outlet; 'Monday' is a day, no outlet",
		},
		{
			name: "told an outlet",
			text: "The coach told the Herald that the team would improve.",
			want: []string{"new |  | herald | true | told"},
			why:  "'told' and a capitalised hearer name an interview with that outlet",
		},
		{
			name: "told reporters",
			text: "The coach told reporters that the team would improve.",
			want: nil,
			why:  "reporters name no outlet: the occasion is the one the article is at",
		},
		{
			name: "canonical noun",
			text: "At a news conference, the chief said the fire was out.",
			want: []string{"new | press conference |  | true | a news conference"},
			why:  "a news conference and a press conference are one kind",
		},
		{
			name: "subject, not place",
			text: "The debate was lively, the senator said.",
			want: []string{"same | debate |  | false | The debate"},
			why:  "an occasion talked about, with no preposition, places no statement",
		},
		{
			name: "bare plural",
			text: "She has said in interviews that she will run.",
			want: []string{"new | interview |  | true | interviews"},
			why:  "a plural after a preposition names occasions without a determiner",
		},
		{
			name: "verb not noun",
			text: "Tensions flare after Sanders calls Clinton unqualified.",
			want: nil,
			why:  "'calls' after a name and 'after' is a verb, not the plural of 'call'",
		},
	}
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range lx.occasionsIn(scanWords(tt.text, claims.Span{End: len(tt.text)})) {
				got = append(got, fmt.Sprintf("%s | %s | %s | %v | %s", m.ref, m.noun, m.medium, m.places, m.phrase(tt.text)))
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}
