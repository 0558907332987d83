package extract

import (
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		name, expr string
		want       []string
		why        string
	}{
		{"word", `(?i)\bsubscribe\b`, []string{"subscribe"}, "a case-insensitive word is looked for in lower case"},
		{"anchored", `(?i)^(?:support (?:us|our .*|the .*)!?)$`, []string{"support "}, "the fixed start of an anchored line"},
		{"longest part", `(?i)^by [a-z]+ and [a-z]+$`, []string{" and "}, "of two fixed parts, the longer"},
		{"alternation", `(?i)^(?:donate|donation|become a member)\b`, []string{"donat", "become a member"}, "one of each branch, after the parser's factoring"},
		{"optional", `(?i)^comments?(?: \(\d+\))?$`, []string{"comment"}, "an optional part requires nothing"},
		{"open branch", `(?i)^(?:©|copyright\b).*`, nil, "'©' folds to no one lower-case string"},
		{"empty branch", `^(?:more|)$`, nil, "a branch that can be empty requires nothing"},
		{"none", `^\W*$`, nil, "no literal at all"},
		{"case kept", `US`, []string{"US"}, "a case-sensitive literal keeps its case, so lower-case text never holds it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re, err := syntax.Parse(tt.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, requiredLiterals(re.Simplify())); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// FuzzBoilerplateFilter checks that the literal filter never turns away a line that a
// page-furniture pattern matches.
func FuzzBoilerplateFilter(f *testing.F) {
	lx, err := loadLexicon()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Subscribe to our newsletter", "ſubscribe", "Reporting by Jane Doe", "Support us!", "© 2024 Acme", "Read more", "Image caption"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		folded := foldsToASCII(low)
		for _, re := range append(lx.boilerplate, lx.readerBoiler...) {
			if re.MatchString(low) && !re.mayMatch(low, folded) {
				t.Errorf("%q matches %s, but the filter (%q) turns it away", low, re, re.lits)
			}
		}
	})
}
