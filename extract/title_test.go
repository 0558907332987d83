package extract

import "testing"

// TestConstructionsTitle runs the rows of title.go: titles, headlines, speaker and
// transcript lines, datelines and run-in headings.
func TestConstructionsTitle(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a colon dateline in title case",
			text: "Dubai: The chairman of Dubai developer Sahel Properties has distanced himself from remarks he made at a property conference on Monday.\n\nSpeaking at the Gulf Property Outlook forum, Khalid Al Mansoori told delegates that a fall of 20 per cent was possible. In a statement on Wednesday, Al Mansoori said his words had been taken out of context.",
			want: []string{
				"Khalid Al Mansoori | The chairman of Dubai developer Sahel Properties | distanced | himself from remarks he made at a property conference on Monday",
				"Khalid Al Mansoori | Khalid Al Mansoori | told | a fall of 20 per cent was possible",
				"Khalid Al Mansoori | Al Mansoori | said | his words had been taken out of context",
			},
			why: "'Dubai:' is a dateline (a town, in title case), not a speaker; 'the Gulf Property Outlook forum' names a forum, not the person the lede's chairman is; 'Sahel Properties' is a company; 'Al Mansoori' is Khalid Al Mansoori by his surname and its particle",
		},
		{
			name: "a dash dateline with its country",
			text: "Accra, Ghana – The data protection commission says the records of 40,000 customers were left exposed, a finding the company has rejected.",
			want: []string{
				"data protection commission | The data protection commission | says | the records of 40,000 customers were left exposed",
				"the company | the company | rejected | a finding",
			},
			why: "'Accra, Ghana –' is a dateline as 'Accra –' is: 'the company' that rejected the finding was read as Accra",
		},
		{
			name: "an agency alone in brackets as the dateline",
			text: "(AFP) — The ferry sank because its doors were left open, the harbour master said on Monday.",
			want: []string{"harbour master | the harbour master | said | The ferry sank because its doors were left open"},
			why:  "'(AFP) —' opens the article as a dateline does and is no part of what was said",
		},
		{
			name: "a colon dateline in capitals before a content",
			text: "Free buses from May\n\nMUMBAI: Free buses will run on all 40 routes from May 1, Transport Secretary Lena Varga said on Thursday.",
			want: []string{"Lena Varga | Transport Secretary Lena Varga | said | Free buses will run on all 40 routes from May 1"},
			why:  "the dateline is dropped from the words the speaker is read from, and from the content too: the content began 'MUMBAI:'",
		},
		{
			name: "a colon dateline in capitals the gazetteer lacks",
			text: "Dengue toll in the district\n\nKOTTARAKARA: The Medical Council on Monday took issue with the state's figures, saying hospitals had recorded 41 deaths.\n\nThe council will write to the minister.",
			want: []string{
				"Medical Council | The Medical Council | took issue with | the state's figures",
				"Medical Council | The Medical Council | saying | hospitals had recorded 41 deaths",
			},
			why: "one word in capitals and a colon opening the lede under a headline, once, is a dateline even when no gazetteer knows the town: read as a transcript's speaker line, it spoke the whole lede",
		},
		{
			name: "a dateline in capitals beyond ASCII",
			text: "ÅLESUND — The leader of the students' union at Fjordvik University on Wednesday took issue with the rector's claim that fees had caused only a modest fall in applications, saying the figures showed a drop of two-thirds.",
			want: []string{
				"leader of the students union at Fjordvik University | The leader of the students' union at Fjordvik University | took issue with | the rector's claim that fees had caused only a modest fall in applications",
				"rector | the rector | claim that | fees had caused only a modest fall in applications",
				"leader of the students union at Fjordvik University | The leader of the students' union at Fjordvik University | saying | the figures showed a drop of two-thirds",
			},
			why: "'ÅLESUND —' is a dateline as 'LIMA —' is: a town in capitals, whatever its letters, is no speaker of the participle",
		},
		{
			name: "a dash dateline in title case",
			text: "Nairobi – Trade Minister Amina Otieno on Tuesday walked back her pledge that the sugar levy would go, saying it would stay in place until June.",
			want: []string{
				"Amina Otieno | Trade Minister Amina Otieno | walked back | her pledge",
				"Amina Otieno | her | pledge that | the sugar levy would go",
				"Amina Otieno | Trade Minister Amina Otieno | saying | it would stay in place until June",
			},
			why: "'Nairobi –' is a dateline (a town, in title case, closed by a dash, no agency): no part of the speaker's mention, nor a speaker of its own",
		},
		{
			name: "a colon title whose speaker the article names by surname",
			text: "Jane Roe: ‘The Plan Is Dead’\n\nAt a meeting on Monday, Roe told councillors that the bypass would not be built.",
			want: []string{
				"Jane Roe | Jane Roe | : | The Plan Is Dead",
				"Jane Roe | Roe | told | the bypass would not be built",
			},
			why: "the title gives the full name, the article the surname: the title's speaker is a person the article names",
		},
		{
			name: "a colon title whose quotation holds a dash",
			text: "Jane Roe: ‘The Plan Is Dead – Not Delayed, Dead!’\n\nThe council leader, Jane Roe, said the scheme had been dropped.",
			want: []string{
				"Jane Roe | Jane Roe | : | The Plan Is Dead – Not Delayed, Dead!",
				"Jane Roe | Jane Roe | said | the scheme had been dropped",
			},
			why: "a dash near a title's end may name its source ('… – Kremlin'); when no speaker follows it, it is part of what was said, and the speaker before the colon still speaks",
		},
		{
			name: "a colon title whose quotation holds a cue",
			text: "Gingrich: Paul Ryan says farmers need a new deal\n\nFormer speaker Newt Gingrich said on Monday that farmers faced a choice.",
			want: []string{
				"Newt Gingrich | Gingrich | : | Paul Ryan says farmers need a new deal",
				"Paul Ryan | Paul Ryan | says | farmers need a new deal",
				"Newt Gingrich | Former speaker Newt Gingrich | said | farmers faced a choice",
			},
			why: "the lexicon's cue 'says' after the colon is part of what Gingrich said: both claims stand, and the cue no longer keeps the speaker before the colon from his title",
		},
		{
			name: "a title's speaker before its colon outranks the cue model",
			text: "Jane Hale: Investors Worried About Rising Rates\n\nTreasury economist Jane Hale said investors were nervous.",
			want: []string{
				"Jane Hale | Jane Hale | : | Investors Worried About Rising Rates",
				"Jane Hale | Treasury economist Jane Hale | said | investors were nervous",
			},
			why: "'Worried' is a stance the model reads, but the title gives the whole line to the person the article names before its colon",
		},
		{
			name: "a run-in heading in capitals before a dash",
			text: "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He’s been dragged before a Senate subcommittee to defend his claims.",
			want: nil,
			why:  "the capitals up to the dash are a heading: 'CALLED' is no cue and 'HE'S BEEN' no speaker",
		},
		{
			name: "a name and a colon before no statement",
			text: "The count went on overnight.\n\nHillary Clinton: 1,769.\n\nContributing: Nicole Gaudiano.\n\nSubs: Marshall, Henchoz, Lambert, Maloney.",
			want: nil,
			why:  "a speaker line needs a verb or a quotation after its colon: tallies, credits and team sheets have none",
		},
		{
			name: "a dateline closed by a colon",
			text: "MUMBAI: Officials said on Thursday that the monsoon had arrived early this year.",
			want: []string{"Officials | Officials | said | the monsoon had arrived early this year"},
			why:  "a place in capitals before a colon opening the story is its dateline, not a transcript's speaker",
		},
		{
			name: "a transcript line in capitals may be short",
			text: "The debate turned to taxes.\n\nWALLACE: Governor Pence, you have to answer the question.",
			want: []string{"WALLACE | WALLACE | : | Governor Pence, you have to answer the question"},
			why:  "a speaker in capitals before a colon is a transcript's: the line is what was said",
		},
		{
			name: "a title naming its speaker and audience before the colon",
			text: "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nHillary Clinton spoke in Washington on Friday.",
			want: []string{"Hillary Clinton | Clinton | to Planned Parenthood: | Trump will reverse Roe v. Wade"},
			why:  "'X to Y:' in a title, like 'X on Y:', names the speaker and whom she addressed; the article names her",
		},
		{
			name: "a transcript line with a cue inside it",
			text: "Governor Mary Fallin spoke to CNN on Sunday.\n\nFALLIN: Well, I think the whole nation needs to work together.",
			want: []string{
				"Mary Fallin | FALLIN | : | Well, I think the whole nation needs to work together",
				"Mary Fallin | I | think | the whole nation needs to work together",
			},
			why: "the line is the transcript speaker's, and so is its 'I': not the article's author",
		},
		{
			name: "a wire label before a title's colon",
			text: "The Latest: Mayor wins second term\n\nThe latest results came in overnight, and the mayor thanked her voters.",
			want: []string{"mayor | the mayor | thanked | her voters"},
			why:  "'The Latest:' labels a live story; the body says 'latest' too, but a label names no speaker (unlike 'Judicial Watch: …')",
		},
		{
			name: "participle after a dateline in title case with its agency",
			text: "Strike in Leeds\n\nLeeds (AFP) – The union leader on Monday joined the picket line, warning that the strike could last all winter.",
			want: []string{"union leader | The union leader | warning | the strike could last all winter"},
			why:  "'Leeds (AFP) –' is a dateline even in title case, when a news agency's name in brackets follows the place: the participle's speaker is the subject after it, not 'Leeds'",
		},
		{
			name: "a dateline with a day and its agency closed by a point and a hyphen",
			text: "Dock strike spreads\n\nValdora, Mar 4 (EFE).- The dockers' union on Monday walked out of talks, saying the offer did not cover night shifts.",
			want: []string{"dockers union | The dockers' union | saying | the offer did not cover night shifts"},
			why:  "Spanish agency copy closes its dateline with '.-' after the agency ('Valdora, Mar 4 (EFE).-'): the dateline had been read into the speaker's name",
		},
		{
			name: "participle after a dateline",
			text: "Ministers meet in Paris\n\nPARIS — Farm ministers met on Friday, offering new support to growers.",
			want: []string{"Farm ministers | Farm ministers | offering | new support to growers"},
			why:  "the dateline is no part of the subject the participle speaks with",
		},
		{
			name: "section title before a colon",
			text: "Officials met.\n\nSuccess on Signature Issue: The bank kept inflation near its target.",
			want: nil,
			why:  "a title with a preposition is no speaker line",
		},
		{
			name: "a dateline names no subject",
			text: "LONDON (Reuters) - The talks ended on Monday.\n\nThey argued that the deal was unfair.",
			want: nil,
			why:  "'they' must not refer to the city of the dateline",
		},
		{
			name: "headline attribution",
			text: "Door Not Shut to Peace Talks – Kremlin\n\nThe talks went on.",
			want: []string{"Kremlin | Kremlin | – | Door Not Shut to Peace Talks"},
			why:  "a headline ending in '– Speaker'",
		},
		{
			name: "a run-in heading in capitals",
			text: "THE BORROWING Back when she wrote her first book, Ms. Okafor said that debt was a last resort.",
			want: []string{"Okafor | Ms. Okafor | said | debt was a last resort"},
			why:  "the heading is no part of the sentence, and a clause opening with 'when' ends at its comma",
		},
		{
			name: "title: speaker on a topic, then what was said",
			text: "Lagarde on Inflation: The Job Is 'Not Yet Done.'\n\nThe president of the bank, Christine Lagarde, was in Frankfurt.",
			want: []string{"Christine Lagarde | Lagarde | on Inflation: | The Job Is 'Not Yet Done.'"},
			why:  "'X on Y:' opens a title with its speaker, a person the article names; the first line is a title even when it ends like prose",
		},
		{
			name: "a title is no speaker line",
			text: "Silence Over Rates: Bank Keeps Markets Guessing.\n\nThe bank held rates on Thursday.",
			want: nil,
			why:  "a title-case first line with a colon names no speaker unless the article names that person",
		},
		{
			name: "a title quotes the person it names before its colon",
			text: "A lesson from Mary Barra: ‘Build the car people want.’\n\nGeneral Motors chief executive Mary T. Barra spoke to students on Monday.",
			want: []string{"Mary Barra | Mary Barra | : | Build the car people want"},
			why:  "a title's quotation after a colon is the named person's; the name was only read at the title's start, and the article's middle initial hid that it names her",
		},
		{
			name: "a title's verb before its colon",
			text: "Lagarde Hammers Banks: ‘The Party Is Over’\n\nChristine Lagarde spoke in Frankfurt.",
			want: []string{"Christine Lagarde | Lagarde | : | The Party Is Over"},
			why:  "the name that opens the title speaks the quotation after the colon, over the verb and object between",
		},
		{
			name: "a label before a colon is no speaker",
			text: "The fund lost money last year.\n\nCorrection: An earlier version misstated the loss.",
			want: nil,
			why:  "'Correction:' labels a notice; no one by that name speaks",
		},
		{
			name: "title in title case with its cue verb",
			text: "Klopp Warns Liverpool Players Against Complacency\n\nJurgen Klopp was speaking before the match.\n",
			want: []string{"Jurgen Klopp | Klopp | Warns | Liverpool Players Against Complacency"},
			why:  "the tagger reads every capitalised word of a title as a name; a cue in -s after the subject is the verb, and the surname is the man the text names",
		},
		{
			name: "title in title case opening with a participle phrase",
			text: "Facing Criticism, Acme Chief Denies Plans To Close Factories\n\nThe company spoke on Monday.\n",
			want: []string{"Acme Chief | Acme Chief | Denies | Plans To Close Factories"},
			why:  "the subject follows the comma that ends the phrase before it",
		},
		{
			name: "title names a person with a description the text leaves out",
			text: "Local Hero Dorothy Woods Defends The Mayor\n\nDorothy Woods spoke to the council. Woods said the mayor had done well.\n",
			want: []string{
				"Dorothy Woods | Local Hero Dorothy Woods | Defends | The Mayor",
				"Dorothy Woods | Woods | said | the mayor had done well",
			},
			why: "in a title any capital joins a name; the text's own 'Dorothy Woods' is the person, so both claims are hers",
		},
		{
			name: "title names a person by surname and particle",
			text: "De Vries Defends The Dikes\n\nMayor Anneke de Vries spoke to the council. De Vries said the dikes would hold.\n",
			want: []string{
				"Anneke de Vries | De Vries | Defends | The Dikes",
				"Anneke de Vries | De Vries | said | the dikes would hold",
			},
			why: "the title's 'De Vries' is the person the text names in full: she had been 'De Vries', someone of her own",
		},
		{
			name: "title in sentence case opening with a speaker and a colon",
			text: "Poll: Labour and Tories level ahead of the election.\n\nA YouGov poll of 2,000 voters was published on Monday.\n",
			want: []string{"Poll | Poll | : | Labour and Tories level ahead of the election"},
			why:  "a title that ends in a stop is read as prose; its colon after a name the text speaks of still attributes",
		},
		{
			name: "a title closing with its speaker",
			text: "Rate Cuts Could Come Sooner, Maria Keller Says.\n\nGovernor Maria Keller said on Tuesday that inflation had eased.",
			want: []string{
				"Maria Keller | Maria Keller | Says | Rate Cuts Could Come Sooner",
				"Maria Keller | Governor Maria Keller | said | inflation had eased",
			},
			why: "a title's verbs are tagged as names, so the words before its comma seemed no clause",
		},
		{
			name: "a title opening with a body",
			text: "Poll: Voters Sour on the Stadium Plan.\n\nA new poll shows that most voters oppose the plan.",
			want: []string{
				"Poll | Poll | : | Voters Sour on the Stadium Plan",
				"new poll | A new poll | shows | most voters oppose the plan",
			},
			why: "a title's speaker before a colon may be a body the article names, not only a person",
		},
		{
			name: "an interviewer's question is no claim; the answer is the interviewee's",
			text: "Jan Roe, the new coach, spoke to the paper.\n\nQ: Will you stand again?\n\nA: I think we have no plans to stand again.\n\nQ: What about the fans?\n\nA: We believe they will stay with us.\n",
			want: []string{
				"Jan Roe | Jan Roe | spoke | to the paper",
				"Jan Roe | I | think | we have no plans to stand again",
				"Jan Roe | We | believe | they will stay with us",
			},
			why: "a 'Q:' line is the interviewer asking, not a speaker called Q; after it, 'I' and 'we' are the person interviewed, not the author",
		},
		{
			name: "an interviewee named in the document's first sentence",
			text: "Jan Roe, a colleague of Tom Bell, spoke to the paper.\n\nQ: Did you agree with the plan?\n\nA: No, we did not agree with it.\n",
			want: []string{
				"Jan Roe | Jan Roe | spoke | to the paper",
				"Jan Roe | A | A: | No, we did not agree with it",
			},
			why: "a sentence that opens the document starts at 0, as 'He spoke to' was marked: read as a pronoun's, the interviewee was the person named last, Tom Bell",
		},
		{
			name: "unlabelled questions with no verb of saying, to someone who spoke to the outlet",
			text: "Coaches row\n\nJan Roe, president of the Harbour Union, spoke to the paper about the plan.\n\nMs Roe, the league wants to tie the money to coaches. What is wrong with that?\n\nIn principle, nothing. We want more coaches too.\n\nMr Bell told a radio station that the unions agreed to the model. Did you?\n\nThat is simply not true. There was no vote.\n",
			want: []string{
				"Jan Roe | Jan Roe | spoke | to the paper about the plan",
				"Jan Roe |  | ? | In principle, nothing",
				"Jan Roe | We | want | more coaches too",
				"Bell | Mr Bell | told | the unions agreed to the model",
				"Jan Roe |  | ? | That is simply not true",
			},
			why: "a question with no cue was never read, nor its answer; and 'X, president of Y, spoke to the paper' names the interviewee before 'spoke to', not after it",
		},
		{
			name: "the interviewee is the sentence's subject, not the company named after her",
			text: "Steel chief speaks\n\nMara Lenz, chief executive of Nordwerk Stahl, spoke to the paper about imports.\n\nYou announced job cuts in May. Are more coming?\n\nI hope not. We have agreed a deal with the works council.\n",
			want: []string{
				"Mara Lenz | Mara Lenz | spoke | to the paper about imports",
				"Mara Lenz | I | hope | not",
			},
			why: "of the names before 'spoke to', the first is its subject; the last, the company's two capitalised words, answered as the interviewee",
		},
		{
			name: "a question is no speaker",
			text: "The question asked whether the league would survive.",
			want: nil,
			why:  "a question is an occasion of speech, not someone who speaks",
		},
	})
}
