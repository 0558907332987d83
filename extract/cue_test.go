package extract

import "testing"

// TestConstructionsCue runs the rows of cue.go: which words are reporting cues, and which
// are none.
func TestConstructionsCue(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "knowing a person is no statement",
			text: "Rumours that producer Tom Hale - who knew the singer - was the real target were discounted by police.",
			want: nil,
			why:  "'knew' with a person or a thing for its object, no clause, tells an acquaintance, not something held true: it made 'the singer' what the producer claimed",
		},
		{
			name: "withdrawing from a contest takes back no words",
			text: "The heptathlete, who withdrew on day two after an injury, said she would be back.",
			want: []string{"heptathlete | The heptathlete | said | she would be back"},
			why:  "'withdrew on day two', 'withdrew from the race': an act of leaving, no claim whose content is the time or the contest",
		},
		{
			name: "a participle in -ing before its noun",
			text: "Britain's defending champion Jane Roe said she would be back next year.",
			want: []string{"Jane Roe | Jane Roe | said | she would be back next year"},
			why:  "'defending' after a possessive and before a noun describes the champion: it made Britain a speaker 'defending' the champion",
		},
		{
			name: "a verb of belief inside a question put with 'whether'",
			text: "The regulator is looking into whether the directors knew the accounts were false.",
			want: nil,
			why:  "'whether the directors knew …' is what the regulator asks, no statement of the directors'",
		},
		{
			name: "a verb of saying inside a capitalised name",
			text: "The vote is on Thursday. Jane Roe, spokeswoman for Fife Says No, said the Yes campaign was rattled.",
			want: []string{"Jane Roe | Jane Roe | said | the Yes campaign was rattled"},
			why:  "'Says' between capitalised words in running text is a word of a name ('Fife Says No'), no cue: it made 'spokeswoman for Fife' the speaker and ', said …' the content",
		},
		{
			name: "a stance adjective after a copula with its preposition or 'to'",
			text: "The ferry union has long been critical of the new timetable. Its members were eager to strike before Easter, though the chairman was keen to stress that talks would go on.",
			want: []string{
				"ferry union | The ferry union | critical of | the new timetable",
				"members | Its members | eager to | strike before Easter",
				"chairman | the chairman | stress | talks would go on",
			},
			why: "'is critical of X' takes a stance toward X as 'criticised X' does, and 'was eager to' an aim as 'wanted to' does; before a verb of saying, 'keen to' leaves the cue to the verb",
		},
		{
			name: "a state of mind before a clause without 'that'",
			text: "The harbour master is confident the pier will reopen in May. The ferrymen are sure to strike.",
			want: []string{"harbour master | The harbour master | confident | the pier will reopen in May"},
			why:  "'is confident' takes a clause with its own subject and verb as it takes a that-clause; 'are sure to strike' opens no clause",
		},
		{
			name: "a participle of saying with its adverb before a noun",
			text: "A co-author of a widely reported study said the findings were overstated.",
			want: []string{"co-author of a widely reported study | A co-author of a widely reported study | said | the findings were overstated"},
			why:  "'a widely reported study': 'reported' describes the noun after it, no cue; the co-author is the subject",
		},
		{
			name: "a participle of charge after a person, before the sentence's verb",
			text: "A Tuam man accused of dangerous driving causing serious harm has told the court that gardai never cautioned him. The minister accused of lying said he was innocent.",
			want: []string{
				"Tuam man | A Tuam man | told | gardai never cautioned him",
				"minister | The minister | said | he was innocent",
			},
			why: "'accused of …' describes the man, it is no cue of his; the sentence's own verb comes after the phrase, gerunds and all",
		},
		{
			name: "questioning a person is no doubt cast",
			text: "Detectives questioned the driver for six hours. Saleh was questioned by police on Tuesday. The minister questioned the Treasury figures.",
			want: []string{"minister | The minister | questioned | the Treasury figures"},
			why:  "'questioned the driver', '… was questioned by police': a person asked, an act with no proposition; 'questioned the figures' doubts what someone said",
		},
		{
			name: "a cue the tagger reads as a plural noun after a name",
			text: "The council meets on Monday.\n\nSanders supports raising the minimum wage.",
			want: []string{"Sanders | Sanders | supports | raising the minimum wage"},
			why:  "'Sanders supports raising …': a lexicon verb in -s after a name and before a gerund or a possessive is a verb, whatever the tagger says",
		},
		{
			name: "a headline's present tense the tagger reads as a plural noun",
			text: "China rebuts criticism on steel\n\nBeijing said on Monday that the claims were false. Media reports in both towns describe the deal as a step forward.",
			want: []string{
				"China | China | rebuts | criticism on steel",
				"Beijing | Beijing | said | the claims were false",
				"Media reports in both towns | Media reports in both towns | describe | the deal as a step forward",
			},
			why: "a word in -s right after the name that opens its clause, with a verb of that form and no verb after it, is the clause's verb; 'reports' before 'describe' is the subject's noun",
		},
		{
			name: "known as a name, known for a repute",
			text: "The club, known as the Hammers, sold its ground. The owner, known for his temper, left.",
			want: nil,
			why:  "'known as', 'known for' give a name or a repute: no one states anything",
		},
		{
			name: "an idiom of saying with its that-clause",
			text: "The council meets on Monday.\n\nThe mayor made it clear that the library would stay open.",
			want: []string{"mayor | The mayor | made it clear | the library would stay open"},
			why:  "'made it clear that …' reports a statement as 'said that …' does: the whole idiom is the cue, not 'made' with 'it clear' as its content",
		},
		{
			name: "an idiom of stance with its object",
			text: "The council meets on Monday.\n\nThe union took issue with the plan to close the depot.",
			want: []string{"the union | The union | took issue with | the plan to close the depot"},
			why:  "'took issue with X', like 'criticised X', is a stance on X with no verb of saying",
		},
		{
			name: "declined as a fall",
			text: "The council meets on Monday.\n\nExports to the two nations declined 40 percent in the first half. Its revenue declined to $281 million. The mayor declined to comment.",
			want: []string{"mayor | The mayor | declined | to comment"},
			why:  "'declined' before a figure is a fall in value, not a refusal; before an infinitive it is one",
		},
		{
			name: "what a written text reads",
			text: "The council meets on Monday.\n\nSix hours later, a statement from the club read: \"An offer for the striker has been accepted.\"\n\n\"Our children are thriving,\" the letter reads.\n\nThe coach read the report on the bus.",
			want: []string{
				"the club | the club | read | An offer for the striker has been accepted",
				"the letter | the letter | reads | Our children are thriving",
			},
			why: "'read' says what a statement or a letter says, before a colon or after its quotation; a person reading a report says nothing. The tagger reads 'read' after a noun as a noun, and the club's statement was lost",
		},
		{
			name: "conceded and claimed with a counted object",
			text: "The council meets on Monday.\n\nThe visitors have conceded only four goals, the fewest in the league, but have scored just once in their last two games. The floods claimed 12 lives. The party claimed 40 seats were safe.",
			want: []string{"the party | The party | claimed | 40 seats were safe"},
			why:  "goals conceded and lives claimed are counted things given up or taken, not words; before a clause the count is what is said",
		},
		{
			name: "welcomed with a counted object",
			text: "The council meets on Monday.\n\nMalta welcomed 2.9 million tourists last year, Tourism Minister Clayton Farrugia said on Tuesday as he launched the government's marketing plan for 2020.",
			want: []string{"Clayton Farrugia | Tourism Minister Clayton Farrugia | said | Malta welcomed 2.9 million tourists last year"},
			why:  "tourists welcomed are people received, not a stance: read as one, the island's 'claim' ran over the minister's 'said' and his claim was lost",
		},
		{
			name: "welcomed with a count of things",
			text: "The government welcomed 12 of the committee's 15 recommendations.",
			want: []string{"government | The government | welcomed | 12 of the committee's 15 recommendations"},
			why:  "recommendations welcomed are a stance: only a count of people ('2.9 million tourists') is one received, and read as one the government's stance was lost",
		},
		{
			name: "a participle and its infinitive describing a noun after its article",
			text: "The council meets on Monday.\n\nThe minister told the programme that every pupil would get free lunches, a pledge estimated to cost £1bn a year.",
			want: []string{"minister | The minister | told | every pupil would get free lunches, a pledge estimated to cost £1bn a year"},
			why:  "'a pledge estimated to cost' says what the pledge costs, by no one's estimate: read as the pledge's claim, it took the minister's sentence and made the pledge his channel",
		},
		{
			name: "a verb of the noun's own act before its infinitive",
			text: "A witness claimed to have seen the driver; police said the man had fled.",
			want: []string{"witness | A witness | claimed | to have seen the driver", "police | police | said | the man had fled"},
			why:  "'a witness claimed to have seen' is the witness's claim, not a passive describing them as 'a pledge estimated to cost' is: read as one, the model's cue took its place and ran over what the police said",
		},
		{
			name: "a cue the lexicon lacks",
			text: "The health secretary railed against the plan to close rural hospitals.",
			want: []string{"health secretary | The health secretary | railed | against the plan to close rural hospitals"},
			why:  "the cue model reads 'railed' as a stance: no verb of saying, still an attribution",
		},
		{
			name: "a participle serving as a preposition",
			text: "The minister stoked fears, regarding migrants and refugees.",
			want: nil,
			why:  "'regarding' without 'as' is a preposition: not the verb of 'regarding the plan as a threat'",
		},
		{
			name: "called giving a name",
			text: "The fund was busy. A new group called Black Votes Matter is trying to raise $25 million. It hired a firm called Cambridge Analytica.",
			want: nil,
			why:  "'a group called X' names the group: no one calls anyone anything, so there is no claim",
		},
		{
			name: "called as a verb after an indefinite subject",
			text: "The debate was tense. A senator called the plan a disgrace.",
			want: []string{"senator | A senator | called | the plan a disgrace"},
			why:  "at the clause's start with no verb after the name, 'called' is the sentence's verb: the senator's stance",
		},
		{
			name: "found oneself, found a way",
			text: "The talks dragged on. The prime minister found himself struggling to explain the figures. The firm found a way to cut its costs.",
			want: nil,
			why:  "'found himself …' and 'found a way to …' report no finding: no evidence, no claim",
		},
		{
			name: "found with a finding",
			text: "The talks dragged on. The inspector general found that the aide had ignored the rules.",
			want: []string{"inspector general | The inspector general | found | the aide had ignored the rules"},
			why:  "'found that …' keeps its finding",
		},
		{
			name: "particle of a model cue",
			text: "Officials met.\n\nThe court has struck down a law that would have banned the march.",
			want: []string{"the court | The court | struck down | a law that would have banned the march"},
			why:  "'down' belongs to the verb, not to what was struck down",
		},
		{
			name: "'having said that' is a link",
			text: "Having said that, some economists argue that the tax should be scrapped.",
			want: []string{"economists | some economists | argue | the tax should be scrapped"},
			why:  "'Having said that' refers back to the text; it reports no one",
		},
		{
			name: "let's say",
			text: "Let's say you think a degree will cost $160,000 in 18 years.",
			want: nil,
			why:  "'let's say' makes a supposition, not a statement",
		},
		{
			name: "a participle inside the subject is no cue",
			text: "Police called to the scene on Friday said the man had fled.",
			want: []string{"Police | Police | said | the man had fled"},
			why:  "'called' heads a phrase inside the subject of 'said': reading it as a cue took the rest of the sentence as its content",
		},
		{
			name: "show up is no evidence",
			text: "The striker failed to show up for training on Monday.",
			want: nil,
			why:  "'show up' means to appear: the verb of evidence needs what is shown",
		},
		{
			name: "a cue inside a refusal",
			text: "Arsenal refused to confirm the fee.",
			want: []string{"Arsenal | Arsenal | refused | to confirm the fee"},
			why:  "what was refused was not confirmed: 'the club confirmed the fee' would reverse it",
		},
		{
			name: "state of mind with a that-clause",
			text: "Klopp was adamant that his side deserved the win.",
			want: []string{"Klopp | Klopp | adamant | his side deserved the win"},
			why:  "an adjective of belief after a copula reports what the subject holds",
		},
		{
			name: "state of mind after another copula",
			text: "Analysts remain sceptical that the merger will go ahead.",
			want: []string{"Analysts | Analysts | sceptical | the merger will go ahead"},
			why:  "'remain' links the subject to the adjective as 'is' does",
		},
		{
			name: "state of mind in the participle form",
			text: "Officials at the Bank of Japan are worried that the yen is too weak.",
			want: []string{"Officials at the Bank of Japan | Officials at the Bank of Japan | worried | the yen is too weak"},
			why:  "'are worried that' is a state, not a passive whose agent would speak",
		},
		{
			name: "no one in the state",
			text: "It is clear that the plan failed.",
			want: nil,
			why:  "an expletive 'it' holds no belief",
		},
		{
			name: "a state to be reached",
			text: "Trump could back the plan if he can be convinced that it pays, Sen. Lindsey Graham told reporters.",
			want: []string{"Lindsey Graham | Sen. Lindsey Graham | told | Trump could back the plan if he can be convinced that it pays"},
			why:  "'can be convinced' in a condition is no one's belief; the sentence is Graham's",
		},
		{
			name: "a figure set on a quantity",
			text: "Police put the crowd at 5,000. Analysts put the cost of the scheme at about $2bn. The row put the plan at risk. The coach will put his squad through their paces at 10:30.",
			want: []string{
				"Police | Police | put | the crowd at 5,000",
				"Analysts | Analysts | put | the cost of the scheme at about $2bn",
			},
			why: "'put the crowd at 5,000' gives a figure, as 'estimated' does; 'at risk' is no figure, and 'at 10:30' follows a phrase that is no quantity",
		},
		{
			name: "verb form after an article",
			text: "ID fraud is rising, with criminals netting an estimated £1.3bn last year.",
			want: nil,
			why:  "'an estimated' is an adjective, not a cue",
		},
		{
			name: "participle between a quantifier and its noun",
			text: "The senator's lead in both pledged delegates and the popular vote grew. Both denied charges of fraud.",
			want: []string{"both | Both | denied | charges of fraud"},
			why:  "after 'in both' the participle describes the noun as an adjective; 'Both' opening a sentence is the subject of its verb",
		},
		{
			name: "speaker and cue closing the sentence, cue tagged a noun",
			text: "Inflation will fall next year, the bank predicts.",
			want: []string{"the bank | the bank | predicts | Inflation will fall next year"},
			why:  "the tagger reads 'predicts' as a plural noun; after a comma and a subject, at the sentence end, it is the verb",
		},
		{
			name: "state of mind: an emotion before its that-clause",
			text: "Fans were frustrated that the club sold its best player.",
			want: []string{"Fans | Fans | frustrated | the club sold its best player"},
			why:  "anger, frustration and surprise at a fact are stances toward it, as worry is",
		},
		{
			name: "intention read from a compound the tagger made of subject and verb",
			text: "The Johnson government plans to raise taxes.",
			want: []string{"Johnson government | The Johnson government | plans | to raise taxes"},
			why:  "the tagger reads 'government plans' as one noun; before 'to' and a verb, 'plans' is the verb",
		},
		{
			name: "cue the tagger reads as a singular noun",
			text: "The IMF forecast that the economy would shrink by 2%.",
			want: []string{"IMF | The IMF | forecast | the economy would shrink by 2%"},
			why:  "'forecast' after a name and before a that-clause with its own subject is the verb, though tagged a noun",
		},
		{
			name: "the same word as a noun",
			text: "Smith's forecast that the economy would shrink proved wrong.",
			want: nil,
			why:  "after a possessive, 'forecast' is the noun: nobody is said to forecast here",
		},
		{
			name: "plural noun before for, then its verb",
			text: "UK plans for an International Finance Facility (IFF) to help deal with debt have not been agreed.",
			want: nil,
			why:  "'plans for …' is the subject of 'have not been agreed': a noun, not the UK planning",
		},
		{
			name: "the same form as a verb",
			text: "Labour calls for an inquiry into the deal.",
			want: []string{"Labour | Labour | calls for | an inquiry into the deal"},
			why:  "no auxiliary follows the phrase after 'for': 'calls for' is the verb",
		},
		{
			name: "said if",
			text: "The coach said if the team loses again, he will resign.",
			want: []string{"coach | The coach | said | if the team loses again, he will resign"},
			why:  "'said if …' is a cue and a clause, not a participle with an adjunct inside a subject",
		},
		{
			name: "a verb of evidence read as a noun",
			text: "The new poll shows the mayor far ahead of her rivals. Early analysis shows turnout may have been low.",
			want: []string{
				"new poll | The new poll | shows | the mayor far ahead of her rivals",
				"Early analysis | Early analysis | shows | turnout may have been low",
			},
			why: "the tagger reads 'shows' as a plural noun; it agrees with the noun before it and a clause follows",
		},
		{
			name: "a verb of evidence closing its sentence",
			text: "The club lent the manager £2m last month, company documents show.",
			want: []string{"company documents | company documents | show | The club lent the manager £2m last month"},
			why:  "'show' after a plural noun at the end of a sentence is the cue, though tagged a noun",
		},
		{
			name: "a cue read as a noun after its pronoun",
			text: "The militants are in the north. They state their goal is to expand their territory.",
			want: []string{"militants | They | state | their goal is to expand their territory"},
			why:  "the tagger reads 'state' as a noun; after a subject pronoun it is the verb",
		},
		{
			name: "a dated cue before a clause with its own subject",
			text: "Acme Industries said on Monday it would close its Sheffield factory. The donor said on Friday he had met the candidate.",
			want: []string{
				"Acme Industries | Acme Industries | said | it would close its Sheffield factory",
				"donor | The donor | said | he had met the candidate",
			},
			why: "'said on Monday it would …' looked like a participle inside a subject ('Police called to the scene on Friday said'); the pronoun opens a clause of its own",
		},
		{
			name: "calling in is phoning",
			text: "She called in to a radio show about policing. The union called off the strike. Many are calling into question the minister’s figures.",
			want: []string{"many | Many | calling | into question the minister’s figures"},
			why:  "'call in', 'call off' are no statement, 'call into question' is",
		},
		{
			name: "appearance is no statement",
			text: "The new law appears to have hit the restaurant industry the hardest. It seemed like the committee had decided to find common ground.",
			want: nil,
			why:  "a raising verb of appearance is the writer's judgement, not its subject's claim",
		},
	})
}
