package extract

import "testing"

// TestConstructionsParticiple runs the rows of participle.go: participles of saying and
// "with" phrases.
func TestConstructionsParticiple(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a participle after 'a day after' past a remark's relative clause",
			text: "The chief executive of the Lakeside Trust has clarified comments she made about the maternity unit, a day after telling a public meeting that no births would move.",
			want: []string{
				"chief executive of the Lakeside Trust | The chief executive of the Lakeside Trust | clarified | comments she made about the maternity unit",
				"chief executive of the Lakeside Trust | The chief executive of the Lakeside Trust | telling | no births would move",
			},
			why: "'she made' is a clause on 'comments', not the main clause whose subject the participle shares: its 'she' was sought as the speaker, found no one, and the earlier words were lost",
		},
		{
			name: "a quotation after 'by saying' and its comma",
			text: "Mayor Ana Kested spoke to reporters. Kested ended by saying, \"We will appeal this decision.\"",
			want: []string{"Ana Kested | Kested | saying | We will appeal this decision"},
			why:  "the tagger reads a surname in -ed as a verb, and with no clause read before the participle the subject was sought where the sentence's subject starts, which the quotation's 'We' took: the statement was lost",
		},
		{
			name: "an outlet that 'had' someone saying",
			text: "The fan site Courtside, which posted a transcript of the briefing, had Lena Kovac saying: \"We are ready for the final.\" The Evening Post had the coach saying the squad was tired.",
			want: []string{
				"Courtside | Courtside, which | posted | a transcript of the briefing",
				"Lena Kovac | Lena Kovac | saying | We are ready for the final",
				"coach | the coach | saying | the squad was tired",
			},
			why: "'had X saying' reports X's words as the outlet gives them, as 'quoted X as saying' does: X speaks, and the subject of 'had', over its relative aside, is the channel",
		},
		{
			name: "a participle after a passive main clause and a 'when' clause",
			text: "Paul Kerr's authority at Wexford Town was thrown into question on Friday when the club contradicted his insistence that Jon Ray would not be sold, confirming it had accepted an offer.",
			want: []string{
				"Wexford Town | the club | contradicted | his insistence that Jon Ray would not be sold",
				"Wexford Town | the club | confirming | it had accepted an offer",
			},
			why: "what undergoes a passive main clause ('Kerr's authority was thrown into question') says nothing; the participle goes on from the 'when' clause's subject. The embedded 'that' clause's verb ended the search, and the authority spoke",
		},
		{
			name: "a participle after a nearer finite statement in its sentence",
			text: "Thailand has said it does not want a debt freeze, while India has also rejected international aid, saying it can cope on its own.",
			want: []string{
				"Thailand | Thailand | said | it does not want a debt freeze",
				"India | India | rejected | international aid",
				"India | India | saying | it can cope on its own",
			},
			why: "the participle after the comma goes on from the nearest finite statement before it, India's, not the sentence's first subject",
		},
		{
			name: "a fronted participle, then a subject with its name in apposition",
			text: "Speaking to local radio on Tuesday, the province's military governor, General Albert Kasongo, put the losses at nine soldiers, adding that three civilians had also died.",
			want: []string{
				"Albert Kasongo | General Albert Kasongo | put | the losses at nine soldiers",
				"Albert Kasongo | General Albert Kasongo | adding | three civilians had also died",
			},
			why: "the fronted 'Speaking …,' is no subject; the subject is the governor with his name in apposition, which the figure he gives and the last participle take",
		},
		{
			name: "a participle of a subject named in apposition",
			text: "The treasurer, Rosa Villen, has gone back on her pledge, telling MPs on Friday that the levy would stay. The shadow treasurer, Tom Ardley, said the levy was a tax on work.",
			want: []string{
				"Rosa Villen | Rosa Villen | telling | the levy would stay",
				"Tom Ardley | Tom Ardley | said | the levy was a tax on work",
			},
			why: "'The treasurer, Rosa Villen, …, telling' is Villen's: the name in apposition, not 'the treasurer' resolved among the text's treasurers, and the shadow treasurer is none of them",
		},
		{
			name: "a participle after a fronted clause of its own",
			text: "While his rivals called for deeper cuts, Tom Ardley held firm, noting that the economy was weak.",
			want: []string{
				"rivals | his rivals | called for | deeper cuts",
				"Tom Ardley | Tom Ardley | noting | the economy was weak",
			},
			why: "the participle hangs on the main clause before its comma, whose subject is Ardley; the rivals' claim read last in the sentence belongs to the clause that 'While' opens",
		},
		{
			name: "a participle after a trailing subordinate clause",
			text: "Rosa Villen spoke for an hour after the votes were counted, saying the result was a mandate.",
			want: []string{"Rosa Villen | Rosa Villen | saying | the result was a mandate"},
			why:  "the clause that 'after' opens is no clause the participle hangs on: it goes with the main clause, whose subject speaks",
		},
		{
			name: "a participle after a clause that opens with an adverb",
			text: "Early in her term, the mayor attacked the bus company, calling its timetable a disgrace.",
			want: []string{
				"mayor | the mayor | attacked | the bus company",
				"mayor | the mayor | calling | its timetable a disgrace",
			},
			why: "'Early', capitalised as the sentence's first word, heads an adverbial before the comma: the participle's speaker is the subject after it",
		},
		{
			name: "a second participle joined by and",
			text: "The union attacked the budget, saying it was unfair and suggesting that the minister should resign.",
			want: []string{
				"the union | The union | attacked | the budget",
				"the union | The union | saying | it was unfair",
				"the union | The union | suggesting | the minister should resign",
			},
			why: "'…, saying X and suggesting Y': the second participle is said by whoever said the first",
		},
		{
			name: "a participle after a relative clause's statement",
			text: "The manager was defensive about a striker who said he had been dropped unfairly, saying, “He did not train well.”",
			want: []string{
				"striker | a striker who | said | he had been dropped unfairly",
				"manager | The manager | saying | He did not train well",
			},
			why: "the speaker of a relative clause does not carry on the sentence: the participle is the subject's",
		},
		{
			name: "adding after a relative clause's statement",
			text: "The mayor met a farmer who said the subsidy was too low, adding that it came too late.",
			want: []string{
				"farmer | a farmer who | said | the subsidy was too low",
				"farmer | a farmer who | adding | it came too late",
			},
			why: "'adding' goes on with the statement before it, whoever made it",
		},
		{
			name: "an opening participle before a subject and an adverb",
			text: "Lamenting the result, fans often say the club has lost its way.",
			want: []string{
				"fans | fans | Lamenting | the result",
				"fans | fans | say | the club has lost its way",
			},
			why: "the subject after the participle's comma may have an adverb before its verb ('often say'): it still speaks the participle",
		},
		{
			name: "a share of people saying, after with",
			text: "Most voters shrugged off the choice, with three in 10 saying a running mate would have no effect on their vote.",
			want: []string{
				"Most voters | Most voters | shrugged off | the choice",
				"three in 10 | three in 10 | saying | a running mate would have no effect on their vote",
			},
			why: "'with N saying …' is an absolute clause: the share says it",
		},
		{
			name: "a name and its participle after a dash",
			text: "Both men issued statements – Ryan saying he was “very encouraged” by the talks.",
			want: []string{"Ryan | Ryan | saying | he was “very encouraged” by the talks"},
			why:  "after the dash the name opens a clause whose verb is the participle",
		},
		{
			name: "a participle after an object is no absolute clause",
			text: "Critics accused the mayor of ignoring voters saying the plan was unfair.",
			want: []string{"Critics | Critics | accused | the mayor of ignoring voters saying the plan was unfair"},
			why:  "'voters saying' is the object of 'ignoring', not a clause of its own: the critics' accusation holds it",
		},
		{
			name: "participle then a quotation",
			text: "The coach said the team was tired, adding later, “We need a break.”",
			want: []string{
				"coach | The coach | said | the team was tired",
				"coach | The coach | adding | We need a break",
			},
			why: "after ', adding later,' the quotation is what was added",
		},
		{
			name: "negated progressive",
			text: "The regulator isn't saying whether the bank broke the rules.",
			want: []string{"the regulator | The regulator | saying | whether the bank broke the rules"},
			why:  "a participle after 'is' and a negation is the verb of its clause",
		},
		{
			name: "participle whose clause opens with an aside",
			text: "“We are ready,” Smith said, adding that, in his view, the team was fit.",
			want: []string{
				"Smith | Smith | said | We are ready",
				"Smith | Smith | adding | in his view, the team was fit",
			},
			why: "the participle's clause ends at the comma after its aside, not at the first comma",
		},
		{
			name: "participle after an opening adverbial",
			text: "In March, the nurses' union rejected the offer, saying it fell short of inflation.",
			want: []string{"nurses union | the nurses' union | rejected | the offer", "nurses union | the nurses' union | saying | it fell short of inflation"},
			why:  "', saying' speaks with the subject of the sentence, not with the adverbial before it",
		},
		{
			name: "participle",
			text: "The regulator fined the bank, saying it had misled customers.",
			want: []string{"the regulator | The regulator | saying | it had misled customers"},
			why:  "', saying …' speaks with its clause's subject",
		},
		{
			name: "by saying",
			text: "President Barack Obama responded by saying the issue was manufactured.",
			want: []string{"Barack Obama | President Barack Obama | saying | the issue was manufactured"},
			why:  "'by saying' speaks with the clause's subject",
		},
		{
			name: "going on to say",
			text: "“It is madness,” the senator said, going on to say that the war had cost billions.",
			want: []string{"senator | the senator | said | It is madness", "senator | the senator | say | the war had cost billions"},
			why:  "'going on to' is a participle after a comma: its cue speaks with the subject before",
		},
		{
			name: "an opening participle speaks with the main clause's subject",
			text: "Saying the figures were wrong, the minister left the hearing.",
			want: []string{"minister | the minister | Saying | the figures were wrong"},
			why:  "a participle that opens the sentence has the subject after its comma",
		},
		{
			name: "with a speaker and a participle",
			text: "The Bank of England held interest rates on Thursday, with Governor Andrew Bailey warning that it was too early to cut.",
			want: []string{"Andrew Bailey | Governor Andrew Bailey | warning | it was too early to cut"},
			why:  "'with X saying …' attaches a statement to a report of what happened; X speaks",
		},
		{
			name: "a gerund after a preposition opening the sentence",
			text: "After saying the bank would hold rates, Ms Lagarde warned that inflation was sticky.",
			want: []string{
				"Lagarde | Ms Lagarde | saying | the bank would hold rates",
				"Lagarde | Ms Lagarde | warned | inflation was sticky",
			},
			why: "the subject of the main clause does what the gerund says",
		},
		{
			name: "a gerund after a span of time and a preposition opening the sentence",
			text: "Three months after telling parents that no school would close, the board chair has reversed course.",
			want: []string{
				"board chair | the board chair | telling | no school would close",
			},
			why: "'Three months after telling …' has the main clause's subject, as 'After telling …' does: 'months' was read as the speaker",
		},
		{
			name: "a gerund after the main clause, whose subject has an 'of' phrase",
			text: "The chairman of the county's water board has raised charges, a year after promising that charges would be frozen.",
			want: []string{
				"chairman of the county’s water board | The chairman of the county's water board | promising | charges would be frozen",
			},
			why: "the subject that does what the gerund says is the whole noun phrase, 'of' and all: its last noun ('water board') had been read as the one who promised",
		},
		{
			name: "a gerund after a preposition with no statement",
			text: "Liverpool lost after conceding a goal in the last minute.",
			want: nil,
			why:  "'conceding a goal' is an event, not a statement: a gerund after a preposition needs a clause or a quotation",
		},
		{
			name: "a participle after a message its subject put out",
			text: "The club issued a statement saying the manager had left.",
			want: []string{"the club | The club | saying | the manager had left"},
			why:  "the statement is the club's: whoever issued it speaks",
		},
		{
			name: "a participle after a message someone else sent",
			text: "The newspaper received a telephone call saying a bomb was due to explode.",
			want: nil,
			why:  "whoever receives a message did not say it",
		},
		{
			name: "a participle after the quotation's speaker",
			text: "“The key was the market timing,” Mr. Hedge said, referring to the two resorts.\n\n“I assume they saw the market returning.”",
			want: []string{
				"Hedge | Mr. Hedge | said | The key was the market timing",
				"Hedge | Mr. Hedge | referring | to the two resorts",
				"Hedge | Mr. Hedge |  | I assume they saw the market returning",
			},
			why: "the participle shares the subject of 'said' and may be a claim of its own; the next paragraph still continues the quotation",
		},
		{
			name: "a participle of stance after its noun",
			text: "Council members supporting the closure have said they will vote for it.",
			want: []string{
				"Council members | Council members | supporting | the closure",
				"Council members | Council members | said | they will vote for it",
			},
			why: "a participle of stance after a noun is that noun's stance, and ends before the sentence's own verb; the subject of 'said' is the members, not 'the closure'",
		},
		{
			name: "an adverb before a participle of saying",
			text: "The manager complained about the referee after the match, even suggesting the result had been fixed.",
			want: []string{
				"manager | The manager | complained | about the referee after the match",
				"manager | The manager | suggesting | the result had been fixed",
			},
			why: "the participle after a comma speaks with the clause's subject; an adverb between the comma and the participle hid the comma and the statement was lost",
		},
		{
			name: "a record shows someone speaking",
			text: "The campaign ad uses footage of the mayor asking, “Why are the buses late?” A video shows the chairman telling staff that the plant would close.",
			want: []string{
				"mayor | the mayor | asking | Why are the buses late?",
				"video | A video | shows | the chairman telling staff that the plant would close",
				"chairman | the chairman | telling | the plant would close",
			},
			why: "the participle after the person a record shows is that person's statement; it was no claim, and inside the video's content it was taken as part of what the video shows",
		},
		{
			name: "a record shows someone telling a story",
			text: "The ad features voters telling their family stories and criticizing the council’s plan.",
			want: nil,
			why:  "a depicted participle of telling needs a that-clause: 'their family stories' is its object, not a hearer before what was said",
		},
	})
}
