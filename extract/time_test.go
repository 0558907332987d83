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
			name: "a day before the host",
			text: "The Kremlin said on Thursday that talks were possible, one day after the minister said they made no sense.",
			want: []string{
				"talks were possible | 2025-03-13 | day",
				"they made no sense | 2025-03-12 | day",
			},
			why: "'one day after' counts back from the host's day",
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
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text, Published: claims.NewDate(2025, 3, 14)}) {
				got = append(got, c.Content.Text+" | "+c.When.Date.String()+" | "+c.When.Precision.String())
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}
