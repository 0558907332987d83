package compare

import "testing"

// TestInitialism checks the initials a body's short name is read by, as the byInitials
// step of resolveIdentities reads them.
func TestInitialism(t *testing.T) {
	tests := []struct {
		long, short string
		want        bool
		why         string
	}{
		{"European Central Bank", "ECB", true, "each word's capital"},
		{"Central Bank of Varda", "CBV", true, "a small word left out"},
		{"Commission on Human Rights", "CHR", true, "any small word left out, not only 'of', 'and', 'for' and 'the'"},
		{"European Central Bank", "Ecb", false, "not written as initials"},
		{"European Central Bank", "EC", false, "a word's capital missing"},
	}
	for _, tt := range tests {
		if got := initialism(tt.long, tt.short); got != tt.want {
			t.Errorf("initialism(%q, %q) = %v, want %v (%s)", tt.long, tt.short, got, tt.want, tt.why)
		}
	}
}
