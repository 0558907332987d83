package extract

import "testing"

// TestConstructionsInverted runs the rows of inverted.go: speakers after their cue, and
// contents before their subject and cue.
func TestConstructionsInverted(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a relative clause after the subject, behind an adverbial",
			text: "In a statement on Tuesday, Ada Obi, who heads inspections at the agency, said names, addresses and phone numbers had been exposed.",
			want: []string{"Ada Obi | Ada Obi | said | names, addresses and phone numbers had been exposed"},
			why:  "the subject and its relative clause stand before the cue: 'said names, …' is no inverted cue with 'names' its speaker and the adverbial its content",
		},
		{
			name: "a relative clause inside what was said, before a closing cue",
			text: "The cuts will hit Ferrow Motors, which employs 5,000 people in the city, said union leader Jo Bloggs.",
			want: []string{"Jo Bloggs | union leader Jo Bloggs | said | The cuts will hit Ferrow Motors, which employs 5,000 people in the city"},
			why:  "a verb before the name makes the clause what was said, and its relative clause part of it: the name is no subject of the cue",
		},
		{
			name: "a conjunction before the subject and its apposition",
			text: "But Rosa Lind, head of the growers' council, said a count of 60 of its member farms showed that yields had fallen.",
			want: []string{"Rosa Lind | Rosa Lind | said | a count of 60 of its member farms showed that yields had fallen"},
			why:  "'But' opening the sentence hid that the comma before 'said' closes the subject's apposition: 'said a count of 60' was read as an inverted speaker",
		},
		{
			name: "a name with an apostrophe after a quotation",
			text: "“Is this a priority for them?” O’Malley said at a press conference.",
			want: []string{"O’Malley | O’Malley | said | Is this a priority for them?"},
			why:  "the tagger parts 'O’Malley' at its apostrophe and drops the rest: the speaker was 'O'",
		},
		{
			name: "a participle inside the speaker's phrase after the cue",
			text: "The inquiry opens next month.\n\n“The odds are that it will sit for a year,” said another leading planning lawyer, Ruth Adeyemi.",
			want: []string{"Ruth Adeyemi | another leading planning lawyer, Ruth Adeyemi | said | The odds are that it will sit for a year"},
			why:  "'leading' between the determiner and the noun describes the speaker: the phrase runs on to its noun and the name after it",
		},
		{
			name: "a past participle inside an unnamed speaker's phrase",
			text: "Delegates met in Leeds.\n\n“Vote for the whole slate,” said the printed card on every seat.",
			want: []string{"printed card | the printed card | said | Vote for the whole slate"},
			why:  "'printed' after 'the' describes the card, which is what said it",
		},
		{
			name: "a verb of manner between a quotation and its speaker",
			text: "The lock gates failed again on Sunday.\n\n“They told us it was fixed,” scoffed Nadia Brook, 41, who runs the canal café.",
			want: []string{"Nadia Brook | Nadia Brook | scoffed | They told us it was fixed"},
			why:  "a verb standing between a quotation that opens the sentence, closed on its comma, and a speaker says how it was said, though it is no verb of saying and the tagger reads it as a foreign word",
		},
		{
			name: "a verb of manner after an exclamation, the speaker's place after him",
			text: "The final whistle went at five.\n\n“What a night!” beamed Tomas Varga of Debrecen.",
			want: []string{"Tomas Varga | Tomas Varga of Debrecen | beamed | What a night!"},
			why:  "the exclamation mark closes the quotation as a comma would; the tagger reads 'beamed' as a participle, but the speaker after it ends the sentence",
		},
		{
			name: "a quoted title inside the sentence before a verb and its object",
			text: "The campaign spent heavily online.\n\nOne ad, “Night Shift,” stars a retired nurse from Leeds.",
			want: nil,
			why:  "a quotation that does not open the sentence names a work; the verb after it has an object, not a speaker",
		},
		{
			name: "a clause of time or condition after a conjunction before the subject is no content",
			text: "And as the floods grew worse, residents — angry at the delays — have found their voice. But if the dam holds, the mayor said, the town will be safe.",
			want: []string{"mayor | the mayor | said | the town will be safe"},
			why:  "'And as …', 'But if …' open adverbial clauses though a conjunction stands before the subordinator: what follows them is the sentence, and 'found their voice' reports nothing",
		},
		{
			name: "an inverted speaker whose description opens with a participle",
			text: "“The levee is a mistake, so forget about it,” said retired engineer Ben Okafor, asked about the flood plan.",
			want: []string{"Ben Okafor | Ben Okafor | said | The levee is a mistake, so forget about it"},
			why:  "'retired' describes the speaker after the cue; the noun phrase before 'said' lies inside the quotation that was said and is no subject",
		},
		{
			name: "an inverted speaker with a participle's phrase after it",
			text: "“There was never an order to stop,” said the harbour master known as Gwen, speaking for the first time.",
			want: []string{"Gwen | the harbour master known as Gwen | said | There was never an order to stop"},
			why:  "'known as Gwen' describes the speaker after a quotation, as 'involved in the talks' would, and the sentence closes after it",
		},
		{
			name: "two abbreviated titles before the speaker after a quotation",
			text: "\"It is roughly 1,500 personnel,\" Air Force Brig. Gen. Dana Merritt, the press secretary, told reporters. The troops will come from the brigade at Fort Hollis, Kansas, she said.",
			want: []string{
				"Dana Merritt | Air Force Brig. Gen. Dana Merritt | told | It is roughly 1,500 personnel",
				"Dana Merritt | she | said | The troops will come from the brigade at Fort Hollis, Kansas",
			},
			why: "'Brig.' ended the sentence, so the quotation had no speaker; and 'Fort Hollis', a place, was the person 'she' stood for",
		},
		{
			name: "a fronted adverbial is no content",
			text: "In the end, the council agreed to lend the club five million pounds.",
			want: []string{"the council | the council | agreed | to lend the club five million pounds"},
			why:  "the words before 'X agreed' hold no verb: the content is what follows the cue",
		},
		{
			name: "a fronted subordinate clause is no content",
			text: "After the court refused to hear the case, the governor asked for a quick ruling.",
			want: []string{"governor | the governor | asked | for a quick ruling"},
			why:  "the clause before the subject opens with 'after': it says when, not what; its finite verb makes it no main clause",
		},
		{
			name: "a fronted clause opened by an adverb and a subordinator is no content",
			text: "On Tuesday, even as its shares were tumbling, the fund wrote to investors.",
			want: []string{"the fund | the fund | wrote | to investors"},
			why:  "'even as' opens a subordinate clause as 'as' does: the words before the subject are adverbials, not what the fund wrote",
		},
		{
			name: "records named with a gerund close the sentence",
			text: "The club had to borrow money last month, fundraising documents show.",
			want: []string{"fundraising documents | fundraising documents | show | The club had to borrow money last month"},
			why:  "'fundraising' before 'documents' says what the records are of: the phrase after the comma is the source, not 'documents' alone, which left the comma out of reach",
		},
		{
			name: "a speaker between a subordinate clause and the main clause",
			text: "If the law has never been tested in court, the professor said, there is a simple reason for it.",
			want: []string{"professor | the professor | said | there is a simple reason for it"},
			why:  "the clause before the subject opens with 'if': it frames what was said, which is the main clause after the cue",
		},
		{
			name: "a speaker after the closing cue reports a sentence with a stance in it",
			text: "Officials felt comfortable with the plan because they could pressure the lenders to contribute money to the trust for reclamation work, said Mr. Barrett, the lawyer for the agency.",
			want: []string{
				"Barrett | Mr. Barrett | said | Officials felt comfortable with the plan because they could pressure the lenders to contribute money to the trust for reclamation work",
				"Officials | Officials | felt | comfortable with the plan because they could pressure the lenders to contribute money to the trust for reclamation work",
			},
			why: "', said X, the lawyer for Y.' closes the sentence: the officials' feeling is what he said, not the other way round",
		},
		{
			name: "an unnamed source familiar with the matter, after the cue",
			text: "The bank declined to comment.\n\n“The deal is off,” said a person familiar with the matter.",
			want: []string{"person familiar with the matter | a person familiar with the matter | said | The deal is off"},
			why:  "'familiar with', 'close to': the adjective's phrase is part of the inverted speaker, not an adjunct",
		},
		{
			name: "a quantified plural after the cue",
			text: "“The stadium will never be full,” said several club officials.",
			want: []string{"club officials | several club officials | said | The stadium will never be full"},
			why:  "a quantifier that opens a plural noun phrase is an inverted speaker like any determiner; a bare one ('…, said some') is not",
		},
		{
			name: "an unnamed source close to someone, after the cue",
			text: "The bank declined to comment.\n\n“The deal is off,” said a source close to the talks.",
			want: []string{"source close to the talks | a source close to the talks | said | The deal is off"},
			why:  "'close to' is read like 'familiar with' although the tagger takes 'close' for an adverb",
		},
		{
			name: "an inverted speaker with a relative clause",
			text: "The talks stalled.\n\n“The deal is off,” said a banker who asked not to be named.",
			want: []string{"banker | a banker | said | The deal is off"},
			why:  "after a quotation, 'who …' describes the speaker after the cue",
		},
		{
			name: "a subject after the cue with a relative clause is no inverted speaker",
			text: "The manager, Jane Hale, said the coach who replaced her should be sacked.",
			want: []string{"Jane Hale | Jane Hale | said | the coach who replaced her should be sacked"},
			why:  "with no clause or quotation before the cue, 'the coach who …' opens what she said",
		},
		{
			name: "a subject and its apposition before the cue are no inverted speaker's content",
			text: "The figures came out on Monday.\n\nHelen Sudell, editor of the Pensions Service, said the rise in contributions was staggering.",
			want: []string{"Helen Sudell | Helen Sudell | said | the rise in contributions was staggering"},
			why:  "', said the rise' after a name and its apposition is no inversion ('…, said the minister'): the words before the comma state nothing",
		},
		{
			name: "a subject with its place of work and a name in apposition is no inverted speaker's content",
			text: "The budget goes to the Senate.\n\nAn economist at the Harbour Policy Centre, Chidi Okafor, said a levy on imported cars would raise little money.",
			want: []string{"Chidi Okafor | Chidi Okafor | said | a levy on imported cars would raise little money"},
			why:  "'An economist at the …, Chidi Okafor,' is the subject and its apposition, its phrase after 'at' included: 'said a levy on …' was read as an inverted speaker, 'a levy'",
		},
		{
			name: "an inverted attribution inside the sentence",
			text: "Spam is falling.\n\nFor instance, said Mr Hogan, filtering out links can stop most spam.",
			want: []string{"Hogan | Mr Hogan | said | For instance, said Mr Hogan, filtering out links can stop most spam"},
			why:  "', said X,' between an opening phrase and the clause it belongs to: the sentence is what was said, not 'For instance'",
		},
		{
			name: "a subject and its apposition before an inverted-looking cue",
			text: "The debate was on Sunday.\n\nJose Vargas, an immigration activist, asked the candidate during a chat if she would commit to his pledge.",
			want: []string{"Jose Vargas | Jose Vargas | asked | the candidate during a chat if she would commit to his pledge"},
			why:  "'Name, apposition, asked X during …' is a subject with its verb: X is asked, not asking",
		},
		{
			name: "inverted speaker with a capitalised apposition",
			text: "“Inflation has peaked,” said Ana Ruiz, Chief Economist at the bank.",
			want: []string{"Ana Ruiz | Ana Ruiz | said | Inflation has peaked"},
			why:  "a capitalised word after the comma opens an apposition, not a clause: no verb follows",
		},
		{
			name: "inverted description, then the name in apposition",
			text: "“The board must answer to Parliament,” said the committee chairman, MP Jane Roe. “Its spending is not scrutinised.”",
			want: []string{
				"Jane Roe | the committee chairman, MP Jane Roe | said | The board must answer to Parliament",
				"Jane Roe | the committee chairman, MP Jane Roe |  | Its spending is not scrutinised",
			},
			why: "the name after the description's comma says who the chairman is: the speaker was an unnamed 'committee chairman', and so was the next quotation's",
		},
		{
			name: "inverted description, then a body in apposition",
			text: "“We will appeal,” said a lawyer for the club, Acme Legal Services.",
			want: []string{"lawyer for the club | a lawyer for the club | said | We will appeal"},
			why:  "the name after the comma is a firm's, no person's: the description stays the speaker",
		},
		{
			name: "inverted speaker with a parenthesis",
			text: "“The vaccine is safe,” said Sen. Ann Ruiz (D-Ore.), who chairs the committee.",
			want: []string{"Ann Ruiz | Sen. Ann Ruiz | said | The vaccine is safe"},
			why:  "a party and state in brackets after the name does not end the speaker's phrase",
		},
		{
			name: "quote first, cue then speaker",
			text: "“The squad is exhausted,” said Arsenal manager Mikel Arteta.",
			want: []string{"Mikel Arteta | Arsenal manager Mikel Arteta | said | The squad is exhausted"},
			why:  "the inverted order 'said X' after a quotation",
		},
		{
			name: "indirect content first",
			text: "Prices will rise again next year, the company said on Monday.",
			want: []string{"the company | the company | said | Prices will rise again next year"},
			why:  "unquoted content before ', the company said'",
		},
		{
			name: "attribution in the middle",
			text: "Acts of protest, Mr. Obama said, are acts of patriotism.",
			want: []string{"Obama | Mr. Obama | said | Acts of protest, Mr. Obama said, are acts of patriotism"},
			why:  "'X, Y said, Z': the content is both halves",
		},
		{
			name: "said at the start",
			text: "Said the coach Pep Guardiola: “We were not good enough.”",
			want: []string{"Pep Guardiola | the coach Pep Guardiola | Said | We were not good enough"},
			why:  "the literary inversion 'Said X: …'",
		},
		{
			name: "attribution after an adverbial",
			text: "During his years in office, Mr. Obama said, a majority of Americans have come to accept the science.",
			want: []string{"Obama | Mr. Obama | said | a majority of Americans have come to accept the science"},
			why:  "'Adverbial, X said, clause': the clause after the attribution is the content",
		},
		{
			name: "a participle after a comma is no inverted speaker",
			text: "The Daily Courier, which has not supported a Labour candidate since 1945, backed the mayor.",
			want: []string{"Daily Courier | The Daily Courier, which | supported | a Labour candidate since 1945", "Daily Courier | The Daily Courier | backed | the mayor"},
			why:  "only a verb of saying inverts (', said the minister'); ', backed the mayor' does not make 'the mayor' a speaker but has the subject before the relative clause",
		},
		{
			name: "a long subject after a quoted question",
			text: "“Why are the trains late?” a spokesman for the passengers’ group asked.",
			want: []string{"spokesman for the passengers group | a spokesman for the passengers’ group | asked | Why are the trains late?"},
			why:  "the question mark closing the quotation bounds the subject as a comma does; the phrase after 'for' was not read as part of it, and the claim was lost",
		},
		{
			name: "a cue with its own object after a clause",
			text: "The team lost again on Sunday, the coach will insist on playing his way.",
			want: nil,
			why:  "'insist on playing' has its own object: the clause before the comma is not what the coach said",
		},
		{
			name: "a quantifier after the cue is no inverted speaker",
			text: "The chairman, who runs the league, said many of the clubs were in debt.",
			want: []string{"chairman | The chairman | said | many of the clubs were in debt"},
			why:  "'said many of the clubs' opens the content; 'many' is not who said it",
		},
		{
			name: "quote first, speaker then the hearer",
			text: "“The lira has been like funny money,” Tevfik Aksoy, chief economist at Morgan Stanley, told Reuters.",
			want: []string{"Tevfik Aksoy | Tevfik Aksoy | told | The lira has been like funny money"},
			why:  "told does not invert: the name after it is the hearer, not the speaker",
		},
		{
			name: "inverted speaker, then a preposition",
			text: "“The impact of the debate is still small,” wrote Cameron Easley for Morning Consult.",
			want: []string{"Cameron Easley | Cameron Easley | wrote | The impact of the debate is still small"},
			why:  "after a quotation, any prepositional phrase after the inverted speaker is an adjunct",
		},
		{
			name: "inverted speaker, then to the hearer",
			text: "“We are faring better than expected,” said Ken Perkins to reporters.",
			want: []string{"Ken Perkins | Ken Perkins | said | We are faring better than expected"},
			why:  "the hearer after 'to' follows the inverted speaker",
		},
		{
			name: "apposition, then a noun and a preposition",
			text: "Dave Prentis, general secretary of Unison, said changes to pensions would mean a raw deal.",
			want: []string{"Dave Prentis | Dave Prentis | said | changes to pensions would mean a raw deal"},
			why:  "with no quotation before the cue, 'said changes to' is no inversion",
		},
		{
			name: "inverted speaker with a three-letter surname",
			text: "“Rates will rise,” said Jane Doe.",
			want: []string{"Jane Doe | Jane Doe | said | Rates will rise"},
			why:  "prose keeps a short capitalised word and its full stop as one abbreviation",
		},
		{
			name: "content first, then a participle of saying",
			text: "This has amplified reactions, analysts said, adding that they expect calmer markets.",
			want: []string{
				"analysts | analysts | said | This has amplified reactions",
				"analysts | analysts | adding | they expect calmer markets",
			},
			why: "a participle of saying after the cue opens a second statement; the first does not run on over its own speaker",
		},
		{
			name: "a clause joined after the aside is said too",
			text: "Drought had cut the crop by a tenth, the minister said, and exports would fall to 7 million tonnes.",
			want: []string{"minister | the minister | said | Drought had cut the crop by a tenth, the minister said, and exports would fall to 7 million tonnes"},
			why:  "'and' with a subject and verb of its own after the aside goes on with what was said: the forecast of exports was no one's",
		},
		{
			name: "a verb of saying joined after the aside is not",
			text: "Drought had cut the crop by a tenth, the minister said, and officials added that exports would fall.",
			want: []string{
				"minister | the minister | said | Drought had cut the crop by a tenth",
				"officials | officials | added | exports would fall",
			},
			why: "a joined clause whose verb is one of saying is a statement of its own: a guard for the row above",
		},
		{
			name: "a joined clause with a verb of saying after its auxiliary",
			text: "Drought had cut the crop, the minister said, and officials have since said exports would fall.",
			want: []string{"minister | the minister | said | Drought had cut the crop"},
			why:  "the verb of saying may follow an auxiliary ('have since said'): the joined clause is no part of the minister's words",
		},
		{
			name: "the writer's narration joined after the aside",
			text: "Drought had cut the crop, the minister said, and he left for Paris.",
			want: []string{"minister | the minister | said | Drought had cut the crop"},
			why:  "'and he left …' tells what the speaker did next, in the writer's words",
		},
		{
			name: "a statement reported by a trailing speaker",
			text: "Clinton had told police officials that she did not want the escort, the source added.",
			want: []string{
				"source | the source | added | Clinton had told police officials that she did not want the escort",
				"Clinton | Clinton | told | she did not want the escort",
			},
			why: "the speaker after the last comma reports the whole clause, and the clause holds a statement of its own; neither content runs over the other's speaker",
		},
		{
			name: "a title whose name also opens sentences",
			text: "Golf clubs are just scratching out a profit, Mr. Hedge said.",
			want: []string{"Hedge | Mr. Hedge | said | Golf clubs are just scratching out a profit"},
			why:  "the segmenter split the sentence after 'Mr.'; the claim was lost",
		},
		{
			name: "a record closing the sentence",
			text: "The bank will cut 500 jobs, the filing revealed.",
			want: []string{"the filing | the filing | revealed | The bank will cut 500 jobs"},
			why:  "a phrase that closes the sentence with its cue is the source, whatever its noun",
		},
		{
			name: "a speaker in the middle before a clause",
			text: "In both cases, Eric Trump said, those donations paid for sponsorships.",
			want: []string{"Eric Trump | Eric Trump | said | those donations paid for sponsorships"},
			why:  "an adverbial before the speaker and a clause after it: the tagger reads 'paid' as a participle",
		},
		{
			name: "an analysis closing the sentence",
			text: "Donations hit $1.1 billion by August, a Reuters analysis of newly filed reports shows.",
			want: []string{"Reuters analysis of newly filed reports | a Reuters analysis of newly filed reports | shows | Donations hit $1.1 billion by August"},
			why:  "the closing subject runs from the comma over its phrase after 'of' and a participle; 'shows' is tagged a plural noun",
		},
	})
}
