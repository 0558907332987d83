package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpanPeriods checks the reporting periods read from a content's words.
func TestSpanPeriods(t *testing.T) {
	tests := []struct {
		text string
		want []string
		why  string
	}{
		{"sales fell 4% in the third quarter", []string{"third-quarter"}, "an ordinal and its part of the year"},
		{"Orsolan Sales Drop in Fourth Quarter", []string{"fourth-quarter"}, "a headline's capitals: the quick check before the expression read the text as written and found no 'quarter'"},
		{"the plant will stay open", nil, "no period named"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, spanPeriods(tt.text)); diff != "" {
			t.Errorf("%q: %s (-want +got):\n%s", tt.text, tt.why, diff)
		}
	}
}

// TestMinistry checks which speakers count as a ministry of the government the article
// is about, and so hold office beside its ministers.
func TestMinistry(t *testing.T) {
	tests := []struct {
		name string
		want bool
		why  string
	}{
		{"Trade Ministry officials", true, "a ministry named by its portfolio, through its officials"},
		{"the Ministry of Foreign Affairs", true, "a portfolio of several words after 'of'"},
		{"Ministry of Finance and Economy", true, "two portfolios joined by 'and'"},
		{"Finance Ministry's spokesman", true, "the ministry's spokesman speaks for it"},
		{"Justice Ministry officials", true, "'justice' is also a judge, not a people"},
		{"the ministry", false, "unnamed, it may be the minister's own"},
		{"Ministry of Health figures", false, "a document, not a voice"},
		{"the Russian Foreign Ministry", false, "another country's people qualify it: it is no office of the government beside it"},
		{"Russia's Foreign Ministry", false, "another country's name qualifies it"},
	}
	for _, tt := range tests {
		if got := ministry(tt.name); got != tt.want {
			t.Errorf("ministry(%q) = %t, want %t: %s", tt.name, got, tt.want, tt.why)
		}
	}
}

// TestWordsBeforeSubject checks what measureOf and ownSubject read before the first
// mention of a subject's last word.
func TestWordsBeforeSubject(t *testing.T) {
	tests := []struct {
		text, subject string
		measure       string
		own           bool
		why           string
	}{
		{"Core inflation rose to 3%", "inflation", "core", false, "a measure word just before the subject"},
		{"inflation rose to 3%", "inflation", "", false, "the subject first, with nothing before it"},
		{"Gross lending fell", "bank lending", "gross", false, "a subject of two words is met by its last word"},
		{"its 4G network covered 91 per cent", "network", "", true, "the speaker's own, a word between"},
		{"Arlo's network covered 88 per cent", "network", "", false, "another's, named"},
		{"its board said the new network grew", "network", "", false, "'its' more than four words back"},
		{"prices fell", "rent", "", false, "the subject not mentioned"},
		{"its network grew", "", "", false, "no subject"},
	}
	for _, tt := range tests {
		if got := measureOf(tt.text, tt.subject); got != tt.measure {
			t.Errorf("measureOf(%q, %q) = %q, want %q: %s", tt.text, tt.subject, got, tt.measure, tt.why)
		}
		if got := ownSubject(tt.text, tt.subject); got != tt.own {
			t.Errorf("ownSubject(%q, %q) = %v, want %v: %s", tt.text, tt.subject, got, tt.own, tt.why)
		}
	}
}
