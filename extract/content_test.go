package extract

import "testing"

// TestConstructionsContent runs the rows of content.go: where what was said starts and ends
// after its cue.
func TestConstructionsContent(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "'earlier' before a noun after the cue",
			text: "The firm's lawyer Ann Roe said earlier statements may have been wrong. Roe said earlier that the firm would appeal.",
			want: []string{
				"Ann Roe | The firm's lawyer Ann Roe | said | earlier statements may have been wrong",
				"Ann Roe | Roe | said | the firm would appeal",
			},
			why: "'earlier statements' is what was said, not when: read as the cue's time, it left 'statements may have been wrong', and dated the claim before the day",
		},
		{
			name: "'earlier' or 'later' before a time noun after the cue",
			text: "The mayor said earlier today that the plant would close. Her deputy said later tonight the vote was lost.",
			want: []string{
				"mayor | The mayor | said | the plant would close",
				"deputy | Her deputy | said | the vote was lost",
			},
			why: "a guard: 'today' and 'tonight' are nouns, but 'earlier today' is still the cue's time; read as what was said, the content began 'earlier today that'",
		},
		{
			name: "'the next year' as the subject of what was said",
			text: "The minister said the next year would be difficult. The mayor said that next week the plant would close. The treasurer said the next year's budget would be cut.",
			want: []string{
				"minister | The minister | said | the next year would be difficult",
				"mayor | The mayor | said | next week the plant would close",
				"treasurer | The treasurer | said | the next year's budget would be cut",
			},
			why: "a guard: 'the next year' before a verb, or its possessive, is the content's subject, and 'that next week' a that-clause's time; skipped as the cue's time, the claim lost its subject and was dated next year",
		},
		{
			name: "a weekday with its date after an inverted cue",
			text: "The strike is not over, the port authority said on Friday, March 3, a day after the union had called it off.",
			want: []string{
				"port authority | the port authority | said | The strike is not over",
				"the union | the union | called | it off",
			},
			why: "the date after the weekday is when it was said, not what: 'March 3' was read as the content, and the words before the cue lost",
		},
		{
			name: "a weekday with its date and year after an inverted cue",
			text: "The strike is not over, the port authority said on Friday, March 3, 2023, a day after the union had called it off.",
			want: []string{
				"port authority | the port authority | said | The strike is not over",
				"the union | the union | called | it off",
			},
			why: "the year closes the weekday's date as the day does: left behind, '2023' was read as what was said",
		},
		{
			name: "a weekday with its date and year, then 'that'",
			text: "The port authority said on Friday, 3 March 2023, that the strike was over.",
			want: []string{"port authority | The port authority | said | the strike was over"},
			why:  "the date and the comma that closes it are no part of what was said: the content opens after 'that'",
		},
		{
			name: "a figure denied as someone had said it",
			text: "The miner said one worker was killed, not three as the union had said.",
			want: []string{"miner | The miner | said | one worker was killed, not"},
			why:  "'not three as the union had said' compares a figure with the union's; the union did not say the miner's sentence",
		},
		{
			name: "told an occasion in -ing, then a clause without 'that'",
			text: "Dylan Pryce had told a planning meeting the estate should be bulldozed.",
			want: []string{"Dylan Pryce | Dylan Pryce | told | the estate should be bulldozed"},
			why:  "'meeting' is the tagger's participle but an occasion's noun: the hearer runs to it, and what was told starts after",
		},
		{
			name: "an aside between commas after the cue, then the clause",
			text: "The minister said, if the talks fail, the strike will go ahead on Monday.",
			want: []string{"minister | The minister | said | if the talks fail, the strike will go ahead on Monday"},
			why:  "a conditional between commas right after the cue frames the clause that follows: both are what was said, as in 'said that if the talks fail, …'",
		},
		{
			name: "a closing cue after a clause between commas is no clause of what was said",
			text: "In Leeds, marchers carried white roses, the Evening Post reported, while in York the parade began with a silence, the Press reported.",
			want: []string{
				"Evening Post | the Evening Post | reported | In Leeds, marchers carried white roses",
				"Press | the Press | reported | In Leeds, marchers carried white roses, the Evening Post reported, while in York the parade began with a silence",
			},
			why: "the words after the clause opened by 'while' are a source and its cue closing the sentence, not a clause the Evening Post reports: its content stays the clause before it",
		},
		{
			name: "'that' before a means phrase and the clause it frames",
			text: "Residents say that by closing the bridge for a year, the council is cutting the town in two.",
			want: []string{"Residents | Residents | say | by closing the bridge for a year, the council is cutting the town in two"},
			why:  "'that by closing …' is a that-clause opened by a means phrase when a clause with its own subject follows the comma; only 'reject that by claiming …' makes 'that' an object",
		},
		{
			name: "a quotation that opens the sentence, its speaker, then a clause of when",
			text: "“Will the school stay open?” a parent asked the head teacher the night the closure was announced. “We will rebuild the bridge,” the mayor wrote the morning the flood waters fell.",
			want: []string{
				"parent | a parent | asked | Will the school stay open?",
				"mayor | the mayor | wrote | We will rebuild the bridge",
			},
			why: "a quotation closed on its comma or question mark before the subject is what was said; the words after the cue, though they hold a clause, say to whom and when",
		},
		{
			name: "a quotation, a hearer, then a participle of saying",
			text: "“We will not back down,” the mayor told reporters, adding that the council would meet on Friday.",
			want: []string{
				"mayor | the mayor | told | We will not back down",
				"mayor | the mayor | adding | the council would meet on Friday",
			},
			why: "the 'that' after the participle is the participle's: what the mayor told reporters is the quotation before",
		},
		{
			name: "a stance in a clause of time",
			text: "The council meets on Monday.\n\nThe crowd cheered when the mayor railed against the new tax. Shares fell after the company withdrew its forecast.",
			want: []string{"mayor | the mayor | railed | against the new tax"},
			why:  "a when-clause holds the mayor's stance; an after-clause orders events, and withdrawing a forecast is an act the model must not read there as a statement",
		},
		{
			name: "a group that wants",
			text: "The council meets on Monday.\n\nAcross the region, voters want to limit new building. The warring sides had refused to compromise.",
			want: []string{"voters | voters | want | to limit new building"},
			why:  "a verb of intent needs someone who holds the intent: a group the lexicon knows as a speaker ('voters') does, the sides of a war do not",
		},
		{
			name: "speaker first without that",
			text: "The health minister Wes Streeting says the waiting lists are falling.",
			want: []string{"Wes Streeting | The health minister Wes Streeting | says | the waiting lists are falling"},
			why:  "the complementiser is optional",
		},
		{
			name: "the hearer with its place and time before the that-clause",
			text: "The governor told a meeting of farmers in Ashby on Friday that the dam would be finished by June.",
			want: []string{"governor | The governor | told | the dam would be finished by June"},
			why:  "whom one told, where and when, is no part of what was told",
		},
		{
			name: "the hearer with an abbreviation in brackets before the that-clause",
			text: "The minister told the Joint Committee on Transport (JCT) last week that fares would rise.",
			want: []string{"minister | The minister | told | fares would rise"},
			why:  "a bracketed abbreviation is part of the hearer's name",
		},
		{
			name: "a relative clause with what was told as its antecedent",
			text: "The minister admitted the waiting list was 9,000, not the 6,000 he told MPs.",
			want: []string{"minister | The minister | admitted | the waiting list was 9,000, not the 6,000 he told MPs"},
			why:  "'he told MPs' leaves only the hearers as content: no statement of its own",
		},
		{
			name: "an infinitive ends before a clause with a subject of its own",
			text: "Mayor Ann Ruiz planned to open the bridge on Friday, but by Thursday evening the ceremony had been cancelled.",
			want: []string{"Ann Ruiz | Mayor Ann Ruiz | planned | to open the bridge on Friday"},
			why:  "an infinitive has no subject to share: ', but the ceremony had been cancelled' is the writer's clause, not part of the plan",
		},
		{
			name: "a quotation after the medium or hearer and a comma",
			text: "The striker wrote to his two million followers, “I am staying at this club.”",
			want: []string{"striker | The striker | wrote | I am staying at this club"},
			why:  "'wrote to X, “…”', 'wrote on Instagram, “…”': the phrase before the comma says where it was said, the quotation what",
		},
		{
			name: "a that-clause opening with an adverbial before a quotation",
			text: "The coach said that in his whole career, “nobody has treated a team like this.”",
			want: []string{"coach | The coach | said | in his whole career, “nobody has treated a team like this.”"},
			why:  "after 'that' the adverbial is part of what was said; only a phrase with no 'that' before its comma leaves the quotation alone",
		},
		{
			name: "an aside between dashes before the that-clause",
			text: "The chairman said — in a letter, not at the meeting — that the club would be sold.",
			want: []string{"chairman | The chairman | said | the club would be sold"},
			why:  "an aside between dashes after the cue is no content, as one between commas is not",
		},
		{
			name: "a second quotation after an adjunct goes on",
			text: "“We lost,” the captain said after the match in Leeds, “but we will be back.”",
			want: []string{"captain | the captain | said | We lost,” the captain said after the match in Leeds, “but we will be back"},
			why:  "a quotation after the cue's adjuncts continues the one before the subject, as after a hearer",
		},
		{
			name: "a stretch of time after the cue is no content",
			text: "“Nobody expected this,” the coach said 30 minutes after the final whistle.",
			want: []string{"coach | the coach | said | Nobody expected this"},
			why:  "'said 30 minutes after …', 'said two days into …' tells when; the quotation before the subject is what was said",
		},
		{
			name: "an unnamed spokesman declines",
			text: "A spokesman for Mayor Ann Ruiz declined to comment.",
			want: []string{"spokesman for Mayor Ann Ruiz | A spokesman for Mayor Ann Ruiz | declined | to comment"},
			why:  "a verb of intent needs someone to hold it: an unnamed person known by a role is someone, a common noun of a body ('the bank declined') is not read here",
		},
		{
			name: "colon closing a paragraph",
			text: "The governor said:\n\nInflation is still too high and rates must stay where they are.",
			want: []string{"governor | The governor | said | Inflation is still too high and rates must stay where they are"},
			why:  "a cue and colon ending a paragraph introduce the next paragraph",
		},
		{
			name: "a hearer with a participle after a quotation",
			text: "Bernie Sanders spoke in Indiana.\n\n“Our job is to transform the party,” he told 2,267 people gathered at Purdue University.",
			want: []string{"Bernie Sanders | he | told | Our job is to transform the party"},
			why:  "'2,267 people gathered at Purdue' is the hearer and where they were: the quotation before is what was told",
		},
		{
			name: "demonstrative object before a means clause",
			text: "The union will reject that by claiming the figures are wrong.",
			want: []string{"the union | The union | claiming | the figures are wrong"},
			why:  "'that' before 'by claiming' is the object, not a complementiser: what was claimed is the content",
		},
		{
			name: "aside between cue and that-clause",
			text: "Several economists cautioned, as did the central bank itself, that the figures were early.",
			want: []string{"economists | Several economists | cautioned | the figures were early"},
			why:  "an aside between commas after the cue does not end the construction",
		},
		{
			name: "intent cue with a gerund",
			text: "Governor Ann Cole called for raising the minimum wage to $15.",
			want: []string{"Ann Cole | Governor Ann Cole | called for | raising the minimum wage to $15"},
			why:  "after 'called for' a gerund is what is called for, not an adjunct",
		},
		{
			name: "a concessive clause holds a stance",
			text: "While the health secretary has railed against the closures, the hospitals shut.",
			want: []string{"health secretary | the health secretary | railed | against the closures"},
			why:  "after 'while' or 'although' the model's cue still attributes; after 'after' or 'when' it narrates",
		},
		{
			name: "accusation",
			text: "The union accused the company of breaking the agreement.",
			want: []string{"the union | The union | accused | the company of breaking the agreement"},
			why:  "'X accused Y of Z' keeps the accused in the content",
		},
		{
			name: "denial",
			text: "Chelsea denies the charge.",
			want: []string{"Chelsea | Chelsea | denies | the charge"},
			why:  "a denial's object is what is denied",
		},
		{
			name: "an adverb between the cue and its that-clause",
			text: "The prime minister has said repeatedly that he will not raise taxes.",
			want: []string{"prime minister | The prime minister | said | he will not raise taxes"},
			why:  "the adverb belongs to the cue, not to what was said",
		},
		{
			name: "a hearer's name before a possessive",
			text: "The striker's agent told Sky Sports his client wanted to stay.",
			want: []string{"striker’s agent | The striker's agent | told | his client wanted to stay"},
			why:  "a possessive pronoun after a name opens the content's subject: 'Sky Sports his client' was read as one hearer and the content lost its subject",
		},
		{
			name: "a time or place, then a clause with its own subject",
			text: "The minister said on Monday the deal was off. The coach said after the match the referee had been wrong. The chairman said in a statement the club would appeal.",
			want: []string{
				"minister | The minister | said | the deal was off",
				"coach | The coach | said | the referee had been wrong",
				"chairman | The chairman | said | the club would appeal",
			},
			why: "a noun phrase and its verb after the adjunct open the content; 'said on Monday the deal was' was taken for a participle inside the subject of 'was' ('Police called to the scene said'), and 'after' was not read as an adjunct",
		},
		{
			name: "a noun in -ing after 'at a' before the that-clause",
			text: "The fire chief said at a briefing Monday morning that two crews had been sent home.",
			want: []string{"fire chief | The fire chief | said | two crews had been sent home"},
			why:  "'briefing' is tagged as a participle, whose own clause the search for 'that' must not cross; after a determiner it is a noun, and the adjunct and its time were read as what was said",
		},
		{
			name: "a noun in -ing after a possessive before the that-clause",
			text: "The fire chief said at his briefing Monday morning that two crews had been sent home.",
			want: []string{"fire chief | The fire chief | said | two crews had been sent home"},
			why:  "'his' is a determiner as 'a' is: 'briefing' after it is a noun, and the adjunct and its time were read as what was said",
		},
		{
			name: "a plan the reports tell of",
			text: "Bakery trio quit\n\nThe three are head baker Ann Lowe, finance chief Tom Ray and manager Sue Pike. The three have refused to confirm reports they plan to open a rival bakery.",
			want: nil,
			why:  "'reports they plan to …' tells what the reports say: read as the directors' own plan, it set them against those who deny the reports",
		},
		{
			name: "a participle after the occasion of a quotation",
			text: "“We will get there together,” the minister said at a news conference announcing that her department would sue the state.",
			want: []string{"minister | the minister | said | We will get there together"},
			why:  "the that-clause belongs to 'announcing', not to 'said': the search for 'said … that' crossed the participle and replaced the quotation",
		},
		{
			name: "ask someone, an apposition, to do something",
			text: "The union urged the minister, a former teacher, to drop the plan.",
			want: []string{"the union | The union | urged | to drop the plan"},
			why:  "the hearer and its apposition are no content; the infinitive after them is",
		},
		{
			name: "a verb of saying in a clause after 'after'",
			text: "Shares fell after the company warned of lower profits.",
			want: []string{"the company | the company | warned | of lower profits"},
			why:  "narration around a statement drops model cues there, but a verb of saying is a statement wherever it stands",
		},
		{
			name: "cue, adjunct, colon, quotation",
			text: "The striker wrote on Instagram: “I am staying.”",
			want: []string{"striker | The striker | wrote | I am staying"},
			why:  "a prepositional phrase between the cue and a colon is where it was said, not what",
		},
		{
			name: "expectation of a figure",
			text: "The Bank of England expects growth of 1.5% this year.",
			want: []string{"Bank of England | The Bank of England | expects | growth of 1.5% this year"},
			why:  "an expectation may name a figure instead of a clause; forecasts of central banks and firms take this form",
		},
		{
			name: "the hearer's place before that",
			text: "The governor ended his campaign, telling supporters in Columbus, Ohio, that he had faith in the voters.",
			want: []string{"governor | The governor | telling | he had faith in the voters"},
			why:  "the hearer's place is no content: it was 'supporters in Columbus'",
		},
		{
			name: "the hearer's place and time before that",
			text: "Senator Ann Ruiz told farmers here Monday that the dam would be finished by spring.",
			want: []string{"Ann Ruiz | Senator Ann Ruiz | told | the dam would be finished by spring"},
			why:  "'here Monday' says where and when she told them, not what she told them",
		},
		{
			name: "a medium before a participle of saying",
			text: "The club's spokesman responded on Twitter, calling the charge “pathetic”.",
			want: []string{"club’s spokesman | The club's spokesman | calling | the charge “pathetic”"},
			why:  "'on Twitter' says where, not what; the participle carries what was said",
		},
		{
			name: "an abbreviated date after the cue",
			text: "“This is a radical group,” the senator said Dec. 6 on CNN.",
			want: []string{"senator | the senator | said | This is a radical group"},
			why:  "'Dec. 6' is when, not what: the content was 'Dec. 6 on CNN'",
		},
		{
			name: "a pronoun after the hearer",
			text: "The coach told reporters he would stay.",
			want: []string{"coach | The coach | told | he would stay"},
			why:  "the pronoun opens the clause that was said; it was read as part of the hearer",
		},
		{
			name: "a demonstrative subject after the cue",
			text: "Asked about his criticism, the governor said that was a natural part of running.",
			want: []string{"governor | the governor | said | that was a natural part of running"},
			why:  "'that' before a verb is the subject of what was said, not its complementiser",
		},
		{
			name: "a demonstrative before a noun that ends the sentence",
			text: "The minister said the wards were fully staffed.\n\nThe nurses' union flatly rejected that picture.",
			want: []string{"minister | The minister | said | the wards were fully staffed", "nurses union | The nurses' union | rejected | that picture"},
			why:  "'that picture.' ends the sentence: 'that' is its determiner, not a complementiser, and 'picture' alone was what the union rejected",
		},
		{
			name: "a complementiser before a noun the tagger reads as a plural verb",
			text: "The inspector said on Monday that dust from the quarry was choking the stream.",
			want: []string{"inspector | The inspector | said | dust from the quarry was choking the stream"},
			why:  "'dust' tagged VBP after 'Monday that' made 'that' the subject; a singular 'that' takes no such verb",
		},
		{
			name: "a response verb before a noun the tagger reads as the cue",
			text: "Council leader walks back pledge that no libraries would close",
			want: nil,
			why:  "'walks back' is the verb: read as a plural noun it made 'Council leader walks' a speaker whose cue was 'pledge'",
		},
		{
			name: "a participle after 'that' qualifying the subject",
			text: "The minister told parliament on Tuesday that recorded burglaries had fallen.",
			want: []string{"minister | The minister | told | recorded burglaries had fallen"},
			why:  "'that recorded burglaries had fallen': a participle before a noun and a verb of its own qualifies the subject, so 'that' opens the clause; it was read as the subject of 'recorded'",
		},
		{
			name: "a record shows a name",
			text: "Polling averages show the mayor with a lead in single digits.",
			want: []string{"Polling averages | Polling averages | show | the mayor with a lead in single digits"},
			why:  "a cue of evidence may report a finding with no verb of its own",
		},
		{
			name: "an occasion before a clause with its own subject",
			text: "Most residents said in a referendum they wanted to remain British.",
			want: []string{"Most residents | Most residents | said | they wanted to remain British"},
			why:  "'in a referendum' says where; the content was read from it, and its target set the claim against others on referendums",
		},
		{
			name: "a date with its year after the cue",
			text: "“The reforms are real,” the senator said in June 2012, citing the release of prisoners. The minister said on Dec. 6, 2012, that the plant would close.",
			want: []string{
				"senator | the senator | said | The reforms are real",
				"senator | the senator | citing | the release of prisoners",
				"minister | The minister | said | the plant would close",
			},
			why: "the year after a month is part of the date: it was read as what was said ('2012'), and the quotation was lost",
		},
	})
}
