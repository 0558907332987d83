package extract

import "testing"

// TestConstructionsNominal runs the rows of nominal.go: reporting nouns after their
// possessor.
func TestConstructionsNominal(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a statement that",
			text: "The club met on Monday.\n\nThe chairman's statement that the ground would be sold surprised the fans.",
			want: []string{"chairman | The chairman | statement that | the ground would be sold"},
			why:  "'statement', 'remarks', 'contention' name what was said, as 'claim' does",
		},
		{
			name: "an office's possessive with its portfolio",
			text: "The Minister for Transport's promise that the line would open in May was contradicted by the rail agency.",
			want: []string{"Minister for Transport | The Minister for Transport | promise that | the line would open in May"},
			why:  "'for Transport' belongs to the office that owns the promise: read from 'Transport's' alone the owner was a person called Transport, and the promise ran on into the sentence's own verb",
		},
		{
			name: "a reporting noun with its owner after by or from",
			text: "The agent dismissed a claim by Westmere Rovers that the striker had asked to leave. The council rejected claims by campaigners that the lanes were dangerous.",
			want: []string{
				"agent | The agent | dismissed | a claim by Westmere Rovers that the striker had asked to leave",
				"Westmere Rovers | Westmere Rovers | claim by Westmere Rovers that | the striker had asked to leave",
				"the council | The council | rejected | claims by campaigners that the lanes were dangerous",
			},
			why: "'a claim by X that …' is X's claim as 'X's claim that …' is: the club's words had no claim, and the agent's dismissal answered nothing; a common noun after 'by' is left for the response to resolve ('campaigners' and the named campaign)",
		},
		{
			name: "a reporting noun after its possessor",
			text: "The senator's claim that the mayor is in favor of the closure is simply not true. Despite the club's insistence that the manager would stay, he left in June. Her support for the bill never wavered.",
			want: []string{
				"senator | The senator | claim that | the mayor is in favor of the closure",
				"the club | the club | insistence that | the manager would stay",
			},
			why: "a noun of saying with a that-clause is its possessor's claim, which ends before the sentence's own verb; a noun of stance ('support for') is left alone",
		},
		{
			name: "a speaker's own claim as the object of their cue",
			text: "Tom Ardley repeated his claim that the depot would close. Mrs. Rosa Villen rejected his claim that the depot would close.",
			want: []string{
				"Tom Ardley | Tom Ardley | repeated | his claim that the depot would close",
				"Rosa Villen | Mrs. Rosa Villen | rejected | his claim that the depot would close",
				"Tom Ardley | his | claim that | the depot would close",
			},
			why: "'repeated his claim that' says once, by Ardley, what 'his claim' would say again by Ardley; when someone else rejects it, the claim is Ardley's own and stands",
		},
		{
			name: "a remark a response names by its maker without giving it",
			text: "The pilots' union on Tuesday took issue with remarks attributed to the transport minister, Dr. Ilse Marken, on rest rules. Harbour Line rejected Aldo Fenn's comments about the ferry timetable. The board did not dispute comments by Paula Grey. Port engineers criticised a disputed statement by Kai Lund.",
			want: []string{
				"pilots union | The pilots' union | took issue with | remarks attributed to the transport minister, Dr. Ilse Marken, on rest rules",
				"Ilse Marken | Dr. Ilse Marken | remarks | remarks attributed to the transport minister, Dr. Ilse Marken, on rest rules",
				"Harbour Line | Harbour Line | rejected | Aldo Fenn's comments about the ferry timetable",
				"Aldo Fenn | Aldo Fenn | comments | Aldo Fenn's comments about the ferry timetable",
				"the board | The board | dispute | comments by Paula Grey",
				"Port engineers | Port engineers | criticised | a disputed statement by Kai Lund",
			},
			why: "a remark answered by its maker's name alone ('remarks attributed to …', 'Fenn's comments') is the maker's claim, as an embedded statement is: without it the union and the line answered no one; a remark not disputed, or called 'disputed' by the writer, is no one's answer",
		},
		{
			name: "a maker's title joined by 'and', or a name qualifying a noun",
			text: "The treasurer questioned remarks by Parks and Public Spaces Minister Edda Lorne that the lido would reopen in May. The agency rejected comments from a Dundee bakery about the inspection.",
			want: []string{
				"treasurer | The treasurer | questioned | remarks by Parks and Public Spaces Minister Edda Lorne that the lido would reopen in May",
				"Edda Lorne | Parks and Public Spaces Minister Edda Lorne | remarks by Parks and Public Spaces Minister Edda Lorne that | the lido would reopen in May",
				"the agency | The agency | rejected | comments from a Dundee bakery about the inspection",
			},
			why: "a title may join two portfolios with 'and', and its holder's remark must still be hers, not a speaker called 'Parks'; 'a Dundee bakery' describes a maker, so no remark is given to Dundee",
		},
		{
			name: "a maker's initials after a comma",
			text: "Orla Foods dismissed a report by the National Food Authority, NFA, which linked the outbreak to its plant. The National Food Authority said the samples were clear.",
			want: []string{
				"Orla Foods | Orla Foods | dismissed | a report by the National Food Authority, NFA, which linked the outbreak to its plant",
				"National Food Authority | The National Food Authority | said | the samples were clear",
			},
			why: "', NFA,' is the name again: the maker was 'National Food Authority NFA', a body of its own, and the report a claim of it apart from the authority's words",
		},
		{
			name: "a remark named by a maker whose title joins two portfolios with 'and'",
			text: "The treasurer questioned remarks by Parks and Recreation Minister Edda Lorne about the lido.",
			want: []string{
				"treasurer | The treasurer | questioned | remarks by Parks and Recreation Minister Edda Lorne about the lido",
				"Edda Lorne | Parks and Recreation Minister Edda Lorne | remarks | remarks by Parks and Recreation Minister Edda Lorne about the lido",
			},
			why: "the maker's phrase goes on through 'and' between capitals: it stopped at 'Parks', a speaker of its own",
		},
		{
			name: "a hearer after 'made to' is no maker",
			text: "The airline rejected comments made to Reuters by a pilot.",
			want: []string{
				"the airline | The airline | rejected | comments made to Reuters by a pilot",
			},
			why: "'made to Reuters' names whom the remark was made to, not its maker ('credited to', 'attributed to' do): Reuters was made the maker, and the pilot, unnamed, is left to the response",
		},
		{
			name: "a maker after 'made by', or named after a lower-case title",
			text: "The league dismissed claims made by Westmere Rovers that the match was fixed. The club rejected claims by striker Joel Mensah that he was owed wages.",
			want: []string{
				"the league | The league | dismissed | claims made by Westmere Rovers that the match was fixed",
				"Westmere Rovers | Westmere Rovers | claims made by Westmere Rovers that | the match was fixed",
				"the club | The club | rejected | claims by striker Joel Mensah that he was owed wages",
				"Joel Mensah | striker Joel Mensah | claims by striker Joel Mensah that | he was owed wages",
			},
			why: "'made by' names the maker as 'by' does, and a name after a lower-case title is a name: neither remark was its maker's claim, so the dismissal and the rejection answered no one",
		},
		{
			name: "a named remark whose noun takes its clause without that",
			text: "Coach Tom Hale cast doubt on Lena Marr's claims she had torn a tendon in the final.",
			want: []string{
				"Tom Hale | Coach Tom Hale | cast doubt on | Lena Marr's claims she had torn a tendon in the final",
				"Lena Marr | Lena Marr | claims | Lena Marr's claims she had torn a tendon in the final",
			},
			why: "'claims she had torn a tendon' is a that-clause without 'that': its verb, after its subject, goes on with the remark instead of ending it at 'claims she'",
		},
		{
			name: "a named remark whose maker speaks elsewhere in the document",
			text: "Mayor Ruth Obi said on Monday that the bridge was safe.\n\nEngineers on Tuesday rejected Obi's comments about the bridge.",
			want: []string{
				"Ruth Obi | Mayor Ruth Obi | said | the bridge was safe",
				"Engineers | Engineers | rejected | Obi's comments about the bridge",
			},
			why: "a maker the document quotes has her words there, and the response finds them: a named remark beside them would be the same claim twice",
		},
	})
}
