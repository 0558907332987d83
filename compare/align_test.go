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
