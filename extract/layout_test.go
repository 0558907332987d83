package extract

import "testing"

// TestConstructionsLayout runs the rows of layout.go: page furniture told apart from news.
func TestConstructionsLayout(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "news that names donations and subscribers",
			text: "Campaign aides said the average donation was $27. A US bank has said it will donate $8m to the victims. Subscribers rose 2% in the quarter, the company said.",
			want: []string{
				"Campaign aides | Campaign aides | said | the average donation was $27",
				"US bank | A US bank | said | it will donate $8m to the victims",
				"the company | the company | said | Subscribers rose 2% in the quarter",
			},
			why: "'donation', 'subscribers' and 'sign up' make furniture only where a line speaks to its reader ('the US' is no 'us'); these whole paragraphs were dropped",
		},
		{
			name: "a wh-label heading a paragraph",
			text: "Ferry fares will rise in May.\n\nWhat they're saying: \"Fares have not kept up with fuel,\" said Ines Duarte, an analyst at Harbour Research.\n\nWhat matters: the vote on Friday, the council said.",
			want: []string{
				"Ines Duarte | Ines Duarte | said | Fares have not kept up with fuel",
				"the council | the council | said | What matters: the vote on Friday",
			},
			why: "'What they're saying:' heads the paragraph and says nothing: its 'saying' made a claim of 'they', and the quotation's content began with the label; a wh-phrase whose colon runs on in lower case is part of the sentence",
		},
		{
			name: "a wh-clause before a colon that is no label",
			text: "Ferry fares will rise in May, analyst Ines Duarte said.\n\nWhat Duarte told us: \"Fares have not kept up with fuel.\"\n\nWhen asked: \"Will fares rise again?\" Duarte said they would not.",
			want: []string{
				"Ines Duarte | analyst Ines Duarte | said | Ferry fares will rise in May",
				"Ines Duarte | Duarte | told | Fares have not kept up with fuel",
				"Ines Duarte | Duarte | said | they would not",
			},
			why: "a guard: a wh-phrase with a name in it tells, by its own verb, who said the quotation after the colon, and 'When asked:' opens the sentence's clause; cut as labels, the quotation lost its cue and the question became what Duarte said",
		},
	})
}

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
