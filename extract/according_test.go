package extract

import "testing"

// TestConstructionsAccording runs the rows of according.go: "according to", "as reported
// by", "as X put it", stance nouns, opinions and polls.
func TestConstructionsAccording(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a source inside a relative clause backs that clause only",
			text: "Julia Moss, who finished second by 900 votes according to the official count, said she would appeal.",
			want: []string{
				"official count | the official count | according to | finished second by 900 votes",
				"Julia Moss | Julia Moss | said | she would appeal",
			},
			why: "'who … according to the official count' says what the count shows of Moss; the count did not say her name",
		},
		{
			name: "a medium's name with a number in it",
			text: "Channel 4 News reported that the deal was off. According to Il Sole 24 Ore, the government will sell the bank.",
			want: []string{
				"Channel 4 News | Channel 4 News | reported | the deal was off",
				"Il Sole 24 Ore | Il Sole 24 Ore | According to | the government will sell the bank",
			},
			why: "a capitalised name with a number inside names a paper or a channel; read as a person it became 'Ore', whom another article's Norbert Ore then took",
		},
		{
			name: "a poll named before a share of its respondents who said",
			text: "Voters sour on tax\n\nIn a Harbour Research poll released on Monday, 58 percent of voters said the tax was unfair.",
			want: []string{
				"Harbour Research poll | a Harbour Research poll | In | 58 percent of voters said the tax was unfair",
				"58 percent of voters | 58 percent of voters | said | the tax was unfair",
			},
			why: "the poll reports what its respondents said: a finding of the poll even though the clause after it has a cue of its own",
		},
		{
			name: "'according to' between a subordinate clause and the main clause",
			text: "While most of the files were marked confidential, according to a ministry official, two were marked secret.",
			want: []string{"ministry official | a ministry official | according to | While most of the files were marked confidential, according to a ministry official, two were marked secret"},
			why:  "what comes before the source is a clause opened by 'while', no statement of its own: the source reports the sentence, as in 'The plan, according to officials, will cost £2bn'",
		},
		{
			name: "a passive as-clause opening the sentence",
			text: "As stated in the regulator's report, waiting times have doubled since 2019.",
			want: []string{"regulator’s report | the regulator's report | stated | waiting times have doubled since 2019"},
			why:  "'As stated in X' has no subject: the agent after 'in' or 'by' is the source of the rest of the sentence",
		},
		{
			name: "a passive as-clause closing the sentence",
			text: "The company plans to sell its German unit, as first reported by Bloomberg.",
			want: []string{"Bloomberg | Bloomberg | reported | The company plans to sell its German unit"},
			why:  "after a comma at the end, what came before is what the agent reported",
		},
		{
			name: "a passive as-clause inside the sentence",
			text: "The striker, as reported by the club, will miss the final.",
			want: []string{"the club | the club | reported | The striker, as reported by the club, will miss the final"},
			why:  "between subject and verb the aside reports the whole sentence, as 'according to' does",
		},
		{
			name: "an as-clause after another's statement",
			text: "“The plant will close,” said the union leader, as reported by Reuters.",
			want: []string{"union leader | the union leader | said | The plant will close"},
			why:  "the agency passed the leader's statement on: it is not the agency's",
		},
		{
			name: "by someone's count",
			text: "Nurses picketed the hospital on Wednesday. By the union's count, 43 registered nurse shifts went unfilled in March.",
			want: []string{"the union | the union | By the union's count | 43 registered nurse shifts went unfilled in March"},
			why:  "'By the union's count,' opening a sentence gives the clause after it as the union's, as 'according to' would: the figure was nobody's",
		},
		{
			name: "but by someone's own count",
			text: "Nurses picketed the hospital on Wednesday. But by the union's own count, 43 shifts went unfilled.",
			want: []string{"the union | the union | by the union's own count | 43 shifts went unfilled"},
			why:  "'But' before 'by' and 'own' after the owner leave the count the union's",
		},
		{
			name: "by doing something to someone's records",
			text: "Nurses picketed the hospital on Wednesday. By checking the union's records, reporters found 43 shifts went unfilled.",
			want: []string{"reporters | reporters | found | 43 shifts went unfilled"},
			why:  "a guard: 'By checking …' says how the reporters found it, not by whose count: the reporters' finding was the union's",
		},
		{
			name: "by his own estimate, before the name it points to",
			text: "Jan Roe chairs the board. By his own estimate, Tom Poe lost $4 million.",
			want: nil,
			why:  "a guard: the pronoun may be the name's that follows it, not Roe's before: no speaker is safe",
		},
		{
			name: "according to a long source phrase",
			text: "According to a civil complaint filed by the securities regulator and a second complaint by the state, the developers ran a fraudulent scheme.",
			want: []string{"civil complaint | a civil complaint | According to | the developers ran a fraudulent scheme"},
			why:  "the source's phrase runs past its noun to the comma; what follows the comma is the content",
		},
		{
			name: "according to a source, with only an adverb after it",
			text: "Who won the debate? According to the network, basically.",
			want: nil,
			why:  "a lone adverb after the comma says nothing the source could have said",
		},
		{
			name: "according to after a conjunction",
			text: "But according to recent reports from the region, the authorities have tightened controls on imports.",
			want: []string{"recent reports from the region | recent reports from the region | according to | the authorities have tightened controls on imports"},
			why:  "a conjunction or adverb before 'according to' is no content: what the source says follows its comma",
		},
		{
			name: "according to a description, then the name in apposition",
			text: "According to figures gathered by the industry watchdog, Acme, the number of users has doubled.",
			want: []string{"Acme | figures gathered by the industry watchdog, Acme | According to | the number of users has doubled"},
			why:  "the name between commas after the source's noun says who the watchdog is: the speaker was 'figures gathered by …' and the content began with the name",
		},
		{
			name: "according to a plural noun, then a person the sentence is about",
			text: "According to police, John Roe, 45, was arrested at the scene.",
			want: []string{"police | police | According to | John Roe, 45, was arrested at the scene"},
			why:  "a name after a plural noun, followed by an age, is the subject of what was said, no apposition of the source",
		},
		{
			name: "according to a record",
			text: "Unemployment rose to 5 percent, according to a Labor Department database.",
			want: []string{"Labor Department database | a Labor Department database | according to | Unemployment rose to 5 percent"},
			why:  "whatever follows 'according to' is the source, a document as much as a person",
		},
		{
			name: "according to, after",
			text: "The deal was signed in secret, according to two people familiar with the talks.",
			want: []string{"people familiar with the talks | two people familiar with the talks | according to | The deal was signed in secret"},
			why:  "'according to X' at the end: the clause before it is the content",
		},
		{
			name: "according to, before",
			text: "According to the ministry, 300 beds were added.",
			want: []string{"the ministry | the ministry | According to | 300 beds were added"},
			why:  "'According to X,' at the start: the clause after the comma is the content",
		},
		{
			name: "position",
			text: "But Moscow’s position has been that the leaders should only meet to sign agreements.",
			want: []string{"Moscow | Moscow | position has been that | the leaders should only meet to sign agreements"},
			why:  "'X's position has been that' puts the content in X's mouth",
		},
		{
			name: "opinion",
			text: "Central bank chief Christine Lagarde spoke in Frankfurt. In her opinion, inflation is beaten.",
			want: []string{"Christine Lagarde | her | In her opinion | inflation is beaten"},
			why:  "'In her opinion,' attributes the rest of the sentence",
		},
		{
			name: "as X observed",
			text: "Yet, as the economist Chad Bown observed, tariffs would hurt farmers first.",
			want: []string{"Chad Bown | the economist Chad Bown | observed | tariffs would hurt farmers first"},
			why:  "'as X observed,' attributes the rest of the sentence",
		},
		{
			name: "according to a poll with a participle after it",
			text: "The coach trails his rival among fans, according to a poll released on Monday.",
			want: []string{"poll | a poll | according to | The coach trails his rival among fans"},
			why:  "the source is the noun phrase; 'released on Monday' modifies it and ends in a time word",
		},
		{
			name: "a stance noun with a that-clause",
			text: "The chancellor's bet is that growth will pay for the tax cuts.",
			want: []string{"chancellor | The chancellor | bet is that | growth will pay for the tax cuts"},
			why:  "'X's bet is that' states a view as 'X's position is that' does",
		},
		{
			name: "as the police said, at the end",
			text: "The driver had a licence, as the police have said.",
			want: []string{"police | the police | said | The driver had a licence"},
			why:  "'as X said' closing a sentence reports what came before 'as'",
		},
		{
			name: "according to in the middle of what was said",
			text: "The plan, according to officials, will cost £2bn. Now, according to the regulator, prices will fall.",
			want: []string{
				"officials | officials | according to | The plan, according to officials, will cost £2bn",
				"the regulator | the regulator | according to | prices will fall",
			},
			why: "the sentence goes on after the source's comma: the content was only the words before it ('The plan'); an adverb alone before it ('Now') is not said",
		},
		{
			name: "as X put it",
			text: "As the governor put it in a speech on Monday, the economy is running hot.",
			want: []string{"governor | the governor | put | the economy is running hot"},
			why:  "'put it' is a cue only in this frame; the sentence around it is what was said, not 'it'",
		},
		{
			name: "findings in a poll",
			text: "In a YouGov poll last month, the mayor led her rival by 12 points. The governor trails the senator among young voters in a new Ipsos survey. The senator is leading in the polls.",
			want: []string{
				"YouGov poll | a YouGov poll | In | the mayor led her rival by 12 points",
				"new Ipsos survey | a new Ipsos survey | in | The governor trails the senator among young voters",
			},
			why: "a poll or study is the source of the findings a sentence gives 'in' it; 'in the polls' names no poll",
		},
		{
			name: "as X pointed out in December",
			text: "As the analyst Jane Doe pointed out in December, “The delegates will have options.”",
			want: []string{"Jane Doe | the analyst Jane Doe | pointed out | The delegates will have options"},
			why:  "'as X observed, …' takes the rest of the sentence, over a dated phrase after the cue",
		},
	})
}
