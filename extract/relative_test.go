package extract

import "testing"

// TestConstructionsRelative runs the rows of relative.go: relative clauses around a cue.
func TestConstructionsRelative(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "'which' after a person of a body",
			text: "Ms Reyes is working as an adviser for the Harbour Board, which denies any plan to sell the docks.",
			want: []string{"Harbour Board | the Harbour Board, which | denies | any plan to sell the docks"},
			why:  "'which' is said of no person: the body the adviser works for denies, not the adviser",
		},
		{
			name: "a restrictive relative clause in the subject",
			text: "Nurses who work night shifts said the new rotas were unsafe.",
			want: []string{"Nurses | Nurses who work night shifts | said | the new rotas were unsafe"},
			why:  "'N who V … said': the noun before 'who' speaks, not the last noun of its clause",
		},
		{
			name: "a relative clause between dashes",
			text: "The harbour master - who had warned that the pier was unsafe - resigned on Tuesday.",
			want: []string{"harbour master | The harbour master - who | warned | the pier was unsafe"},
			why:  "a dash before 'who' opens an aside like a comma: the clause ends at the closing dash, and the noun before it speaks",
		},
		{
			name: "a relative pronoun, its cue, a comma and a quotation",
			text: "The loudest voice was the caretaker Ray Mole, who wrote, “Nobody has fixed the boiler since March.”",
			want: []string{"Ray Mole | Ray Mole, who | wrote | Nobody has fixed the boiler since March"},
			why:  "after 'who wrote,' the quotation is what was written, as after 'he wrote,'",
		},
		{
			name: "those who",
			text: "Those who attended the hearing said the judge was angry.",
			want: []string{"those who attended the hearing | Those who attended the hearing | said | the judge was angry"},
			why:  "'those who …' are people, unnamed, whom the clause describes",
		},
		{
			name: "a restrictive 'that' after a body's noun",
			text: "A spokesperson for the union that represents the dockers said talks would resume in May. Three denizens of the hall of mirrors that is the campaign told reporters the plan was dead. The rail agency is preparing to delay the rules, its spokesperson said Wednesday, in remarks that contradicted what the bloc's transport chief told lawmakers less than 24 hours earlier.",
			want: []string{
				"the union | the union that represents the dockers | said | talks would resume in May",
				"denizens of the hall of mirrors | Three denizens of the hall of mirrors that is the campaign | told | the plan was dead",
				"spokesperson | its spokesperson | said | The rail agency is preparing to delay the rules",
			},
			why: "a relative 'that' with its verb after a noun describes it: the dockers the union represents are no speaker, nor is the campaign the hall is; a clause opened by 'what' after it is no part of a subject ('remarks' told lawmakers nothing), and 'contradicted what the chief told lawmakers' refers to his words without making a claim of them",
		},
		{
			name: "an object's relative 'that' before a clause with its own subject",
			text: "He denied the report that appeared in the paper and officials said the talks had failed.",
			want: []string{"officials | officials | said | the talks had failed"},
			why:  "a relative 'that' after a verb's object opens no subject: the officials speak, not 'the report that appeared in the paper and officials'",
		},
		{
			name: "the speaker of a remark referred to stays in focus",
			text: "Transport minister Anna Berg opened the session on Monday.\n\nThe rail agency will delay the rules, its spokesperson said, in remarks that contradicted what Commissioner Kaisa Lind told lawmakers.\n\nShe said the rules would apply from August.",
			want: []string{
				"spokesperson | its spokesperson | said | The rail agency will delay the rules",
				"Kaisa Lind | She | said | the rules would apply from August",
			},
			why: "'what Commissioner Kaisa Lind told lawmakers' makes no claim, but names the last woman met: 'She' had gone to the minister named before",
		},
		{
			name: "a name, its office in apposition, then who",
			text: "Ana Ruiz told the meeting on Thursday that the board wanted options. She said advisers had been hired. Her remarks were at odds with those of Tom Berg, the chief executive, who told analysts on Tuesday that the firm was not a seller.",
			want: []string{
				"Ana Ruiz | Ana Ruiz | told | the board wanted options",
				"Ana Ruiz | She | said | advisers had been hired",
				"Tom Berg | Tom Berg, the chief executive, who | told | the firm was not a seller",
			},
			why: "the name before the office in apposition is whom 'who' stands for: the office alone was read as a description of the last person met, the chair",
		},
		{
			name: "relative pronoun as subject",
			text: "The plan was drawn up by the finance minister, Jane Hale, who said it would save £2bn.",
			want: []string{"Jane Hale | Jane Hale, who | said | it would save £2bn"},
			why:  "the speaker is the phrase the relative pronoun refers to; the source shown runs from it to the pronoun",
		},
		{
			name: "a relative clause closing a chain of 'for' and 'of' phrases",
			text: "A lawyer for the family of a man who died in custody says the police account is wrong.",
			want: []string{"lawyer for the family of a man | A lawyer for the family of a man who died in custody | says | the police account is wrong"},
			why:  "the clause after 'who' describes the man, but the subject is the lawyer the chain of 'for' and 'of' phrases hangs from, not the man nor his family",
		},
		{
			name: "a relative pronoun and a time ago before its verb",
			text: "The sale marks a U-turn by chief executive Rhys Madoc, who eight months ago told investors the unit was not for sale.",
			want: []string{"Rhys Madoc | chief executive Rhys Madoc, who | told | the unit was not for sale"},
			why:  "'eight months ago' between 'who' and the verb dates the telling; it is no speaker, and 'who' still refers to the name before it",
		},
		{
			name: "a relative clause with a statement closes another's content",
			text: "The union endorses the mayor, who says the depot will stay open.",
			want: []string{
				"the union | The union | endorses | the mayor",
				"mayor | the mayor, who | says | the depot will stay open",
			},
			why: "the relative clause is the writer's aside: the union endorsed the mayor, and the mayor says the rest",
		},
		{
			name: "a relative clause inside a content that goes on",
			text: "The minister argued the pipeline, which is widely supported by farmers, would not pay for itself.",
			want: []string{"minister | The minister | argued | the pipeline, which is widely supported by farmers, would not pay for itself"},
			why:  "after the aside's closing comma the content resumes: it is not cut at the relative pronoun",
		},
		{
			name: "who after a phrase that names a person inside it",
			text: "The board cited a report from the bank's chief economist, who argued that rates would fall.",
			want: []string{
				"the board | The board | cited | a report from the bank's chief economist",
				"bank’s chief economist | the bank's chief economist, who | argued | rates would fall",
			},
			why: "'who' is a person: the report does not argue, the economist inside the phrase does",
		},
		{
			name: "a relative clause without that, inside the subject",
			text: "The pipeline the minister said would cut costs was scrapped on Monday.",
			want: []string{"minister | the minister | said | The pipeline the minister said would cut costs"},
			why:  "'the minister said' sits in 'the pipeline [that] the minister said would cut costs': the minister is the speaker, not 'pipeline the minister', and what was said ends before the host's verb",
		},
		{
			name: "relative clause as an aside",
			text: "The Football Association, which said the pitch was unsafe, postponed the match.",
			want: []string{"Football Association | The Football Association, which | said | the pitch was unsafe"},
			why:  "a relative clause between commas after the subject ends at the next comma",
		},
		{
			name: "relative clause inside the subject",
			text: "Anyone who says the league is fixed is wrong, the chairman said.",
			want: []string{"chairman | the chairman | said | Anyone who says the league is fixed is wrong"},
			why:  "'who says' sits in the sentence's subject: where its content ends is unknown, so it is no claim of its own",
		},
		{
			name: "question word is no relative",
			text: "Asked who said that, the manager laughed.",
			want: nil,
			why:  "'who' after a verb asks a question; it refers to no phrase",
		},
		{
			name: "relative after an inverted speaker",
			text: "“The rules are clear,” said Mr. Kamin, who stressed that the fund would close.",
			want: []string{
				"Kamin | Mr. Kamin | said | The rules are clear",
				"Kamin | Mr. Kamin, who | stressed | the fund would close",
			},
			why: "a named speaker after 'said' can carry a relative clause of its own",
		},
		{
			name: "quantified relative",
			text: "The growers, many of whom say the tariff will ruin them, met on Friday.",
			want: []string{"growers | The growers, many of whom | say | the tariff will ruin them"},
			why:  "'many of whom' is the source; its speaker is the phrase before it",
		},
		{
			name: "relative clause",
			text: "Troops entered the region in what the government called a special operation.",
			want: []string{"government | the government | called | a special operation"},
			why:  "'in what X called Y' attributes Y",
		},
		{
			name: "relative clause with no content",
			text: "They raised claims of abuse, which the army rejects.",
			want: nil,
			why:  "', which X rejects' has no content of its own",
		},
		{
			name: "contracted auxiliary in a relative clause",
			text: "Mayor Anne Hidalgo, who’s called for a ban on diesel cars, opened the new line.",
			want: []string{"Anne Hidalgo | Mayor Anne Hidalgo, who | called for | a ban on diesel cars"},
			why:  "the clitic ’s is an auxiliary between the relative pronoun and its verb, not punctuation",
		},
		{
			name: "relative clause without a pronoun in the subject",
			text: "The economists I interviewed said the rate rise came too late.",
			want: []string{"economists | The economists | said | the rate rise came too late"},
			why:  "'I interviewed' modifies 'the economists', who speak; 'interviewed' is no verb of the sentence",
		},
		{
			name: "to which she said",
			text: "The reporter asked the coach whether he would resign. To which the coach said, “Not this season.”",
			want: []string{"reporter | The reporter | asked | the coach whether he would resign", "coach | the coach | said | Not this season"},
			why:  "'To which' opens a main clause, not a relative clause inside another",
		},
		{
			name: "a relative clause after a dated phrase",
			text: "She fell out with Mitch McConnell, now the Senate majority leader, who in 2010 said the party's goal was to beat the president.",
			want: []string{"Mitch McConnell | Mitch McConnell, now the Senate majority leader, who | said | the party's goal was to beat the president"},
			why:  "'in 2010' stands between 'who' and its verb; the person named before the apposition is who 'who' is",
		},
		{
			name: "who after a phrase with a name in it",
			text: "The book charts the rise of Emmanuel Macron, who had talked about the reforms for years.",
			want: []string{"Emmanuel Macron | Emmanuel Macron, who | talked | about the reforms for years"},
			why:  "'the rise of Emmanuel Macron' cannot speak; 'who' is a person, the name nearest it",
		},
		{
			name: "a relative clause between dashes",
			text: "The striker - who recently retired - said she would return next season.",
			want: []string{"striker | The striker | said | she would return next season"},
			why:  "dashes set off the clause as commas do; a lone dash once read as an empty speaker made the extractor panic",
		},
		{
			name: "a relative clause ends at a dash",
			text: "The levy -- which the chief executive, Tim Cook, called “political crap” -- was upheld by the court.",
			want: []string{"Tim Cook | Tim Cook | called | political crap"},
			why:  "a dash closes the relative clause as a comma does",
		},
		{
			name: "now that",
			text: "The talk may die down now that the senator has endorsed the mayor.",
			want: []string{"senator | the senator | endorsed | the mayor"},
			why:  "'now that' opens a clause, not a relative one",
		},
		{
			name: "a relative clause after a quotation's attribution",
			text: "“We are in a critical situation,” the chancellor told reporters after the meeting that was held on a boat. “We will win,” the coach told reporters that evening.",
			want: []string{
				"chancellor | the chancellor | told | We are in a critical situation",
				"coach | the coach | told | We will win",
			},
			why: "'that' with its verb right after a noun opens a relative clause, and 'that evening' is a time: neither is a that-clause taking the quotation's place",
		},
		{
			name: "a cue in a clause on 'everything'",
			text: "Everything the minister says is wrong. Nothing the coach said convinced the board.",
			want: nil,
			why:  "the cue is in a clause that qualifies 'everything': the phrase is no speaker and what follows is no content",
		},
	})
}
