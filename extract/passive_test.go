package extract

import "testing"

// TestConstructionsPassive runs the rows of passive.go: passive cues and their agents.
func TestConstructionsPassive(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a passive cue has no speaker",
			text: "Several fans were denied entry to the ground, the club said.",
			want: []string{"the club | the club | said | Several fans were denied entry to the ground"},
			why:  "'were denied' is passive: the fans deny nothing",
		},
		{
			name: "a reduced passive relative with its agent",
			text: "The economy described by the governor in her budget speech is growing faster than any in the region.",
			want: []string{"governor | the governor | described | The economy"},
			why:  "'the N described by X' is X's description of N, with no 'was' before the participle",
		},
		{
			name: "a passive participle set off by commas",
			text: "The new tax, opposed by the opposition parties, was passed on Monday.",
			want: []string{"opposition parties | the opposition parties | opposed | The new tax"},
			why:  "', opposed by X,' after a noun phrase is X's stance toward it",
		},
		{
			name: "asked by someone, opening the sentence",
			text: "Asked by reporters whether the pool would close, Mayor Ann Ruiz said it would not.",
			want: []string{
				"Ann Ruiz | Mayor Ann Ruiz | said | it would not",
			},
			why: "'Asked by X whether …,': the question framed, no one's statement (issue 26: a journalist's question is not a claim); the subject answers",
		},
		{
			name: "a passive agent whose subject is a bare pronoun",
			text: "The rule dates from the 1970s. It was first declared by President Richard Nixon in 1971.",
			want: nil,
			why:  "the agent did the declaring, but of 'It': a pronoun alone is no content",
		},
		{
			name: "a model verb that is a passive participle before its agent",
			text: "The campaign was costly. Super PACs supported by the billionaire brothers seized on the plan as a weapon.",
			want: []string{"billionaire brothers | the billionaire brothers | supported | Super PACs"},
			why:  "'supported by …' is passive: the agent after 'by' backed the PACs, the PACs state nothing",
		},
		{
			name: "responded by doing",
			text: "The campaign was costly. The party responded by abruptly blocking his access to the data.",
			want: []string{"the party | The party | responded | by abruptly blocking his access to the data"},
			why:  "'by' before a gerund is the means of an active verb, not a passive's agent",
		},
		{
			name: "asked by someone whether",
			text: "The debate was on Sunday.\n\nThe senator was asked by host John Dickerson whether his aim was similar to Kennedy's.",
			want: []string{"John Dickerson | host John Dickerson | asked | whether his aim was similar to Kennedy's"},
			why:  "the passive's agent asked the question after it: the content is the question, not the one asked",
		},
		{
			name: "a passive after a conjunction",
			text: "The mayor said the depot would close. But the claim was denied by the transport union.",
			want: []string{
				"mayor | The mayor | said | the depot would close",
				"transport union | the transport union | denied | the claim",
			},
			why: "'But' links the sentence to the one before; the subject denied is 'the claim', which answers the mayor",
		},
		{
			name: "passive with its agent",
			text: "The minister was criticised by the opposition leader for the remarks.",
			want: []string{"opposition leader | the opposition leader | criticised | The minister"},
			why:  "after 'was criticised by' the agent speaks and the subject is what it speaks about, not the speaker",
		},
		{
			name: "passive agent that is no name",
			text: "The plan has been endorsed by dozens of local councils.",
			want: []string{"local councils | dozens of local councils | endorsed | The plan"},
			why:  "a passive's agent did the reporting whatever noun it is; 'dozens of' belongs to it",
		},
		{
			name: "a passive cue with its agent and a that-clause",
			text: "Ministers were warned by officials that the scheme would fail.",
			want: []string{"officials | officials | warned | the scheme would fail"},
			why:  "the agent said the that-clause to the subject; the subject was taken as what was said",
		},
		{
			name: "passive with an adverb between auxiliary and participle",
			text: "The story was first reported by the Financial Times.",
			want: []string{"Financial Times | the Financial Times | reported | The story"},
			why:  "'was first reported by' is passive; before, the story was the speaker and 'by the Financial Times' the content",
		},
		{
			name: "an expletive passive",
			text: "The Fed met on Tuesday. At a time when it was said that rates would never rise again, prices soared. It's been reported that the governor has resigned.",
			want: nil,
			why:  "'it was said', 'it's been reported' name no one: the tagger reads 'said' as a past tense, and the model read the clitic 's as a cue",
		},
	})
}
