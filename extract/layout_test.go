package extract

import "testing"

// FuzzCreditFilter checks that isCredit's colon-or-slash test turns away no line that
// creditRE matches.
func FuzzCreditFilter(f *testing.F) {
	for _, s := range []string{"Photo: Jane Doe", "PICTURES : AP", "Jane Doe / Reuters", "Getty Images/iStock", "No credit here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if creditRE.MatchString(s) && !isCredit(s) {
			t.Errorf("%q matches creditRE but isCredit turns it away", s)
		}
	})
}
