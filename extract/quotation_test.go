package extract

import "testing"

// TestConstructionsQuotation runs the rows of quotation.go: quotations around their cues,
// tags after them, marks and continuing paragraphs.
func TestConstructionsQuotation(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a question closing a quotation, then the speaker, the verb and the hearer",
			text: "“Who will pay for the new stadium?” Mayor Jane Roe said to a crowd of about 300 people.",
			want: []string{"Jane Roe | Mayor Jane Roe | said | Who will pay for the new stadium?"},
			why:  "the segmenter ends a sentence at the question mark; the sentence after it, a speaker, 'said' and whom it was said to, has no content of its own and belongs to the quotation",
		},
		{
			name: "a paragraph closing on a colon after the hearer and an aside, then the quotation",
			text: "Dr Amir Sethi opened the new ward on Monday.\n\nThe mayor told the crowd, to loud applause:\n\n“This hospital will never close while I hold this office.”",
			want: []string{"mayor | The mayor | told | This hospital will never close while I hold this office"},
			why:  "whom and how it was told run up to the colon; the quotation opening the next paragraph is what was told, and no one else's continuation",
		},
		{
			name: "a sentence with no cue closing on a colon, then the quotation",
			text: "Floods closed the ring road on Sunday.\n\nThe transport minister Kemi Ade had a short answer for them:\n\n“Every road will reopen within a week.”",
			want: []string{"Kemi Ade | The transport minister Kemi Ade |  | Every road will reopen within a week"},
			why:  "a sentence that closes its paragraph on a colon hands the quotation below to its subject, though no verb of saying stands in it",
		},
		{
			name: "a lead-in with any verb before a colon and the quotation that ends the sentence",
			text: "The ferry ran again on Monday.\n\nAnd the harbour master gloated: “I told you the pier would hold.”",
			want: []string{"harbour master | the harbour master | gloated | I told you the pier would hold"},
			why:  "no verb of saying stands before the colon, but a subject and verb leading in to a quotation that runs to the sentence's end tell who spoke and how",
		},
		{
			name: "a lead-in past an auxiliary and an opening clause",
			text: "The bypass opened a year late.\n\nAsked about the delays, the council has since apologised for what happened: “We let the village down.”",
			want: []string{"the council | the council | apologised | We let the village down"},
			why:  "the lead-in's verb is the first of the clause before the colon, past 'has since'; the clause after the comma holds the subject",
		},
		{
			name: "a name alone after a dash before a colon and the quotation",
			text: "Storm Ada is due on Friday.\n\nForecasters disagree - Maria Lopez: “The storm will turn north before it reaches the coast.”",
			want: []string{"Maria Lopez | Maria Lopez | : | The storm will turn north before it reaches the coast"},
			why:  "a person's name standing alone between a dash and the colon signs the quotation after it",
		},
		{
			name: "a lead-in whose object is a person before the colon",
			text: "Turnout was low.\n\nThe result did not surprise the pollster Tom Reed: “Late deciders broke for the challenger.”",
			want: nil,
			why:  "the person before the colon may be the one quoted, not the subject: the lead-in tells no speaker",
		},
		{
			name: "quote first, speaker then cue",
			text: "“We will not cut rates this year,” Powell said.",
			want: []string{"Powell | Powell | said | We will not cut rates this year"},
			why:  "a quotation before 'X said': the content is the quotation without its marks",
		},
		{
			name: "quote first, then an adverb after the cue",
			text: "“We have no plans to sell the club,” the chairman said late last week.",
			want: []string{"chairman | the chairman | said | We have no plans to sell the club"},
			why:  "what follows the cue is an adjunct, not content: the quotation before it is",
		},
		{
			name: "a lead-in with a colon before a quotation the pronoun attributes",
			text: "Mehmet Oz said the pills worked. Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is against you,” she said.",
			want: []string{
				"Mehmet Oz | Mehmet Oz | said | the pills worked",
				"Claire McCaskill | she | said | The scientific community is against you",
			},
			why: "'she' is the sentence's subject, past her parenthesis; the words up to the colon lead in to the quotation and are not said",
		},
		{
			name: "a quotation after an adverbial and its speaker",
			text: "Asked about the bomb, the commissioner said, “I think it is important to know the facts.”",
			want: []string{"commissioner | the commissioner | said | I think it is important to know the facts"},
			why:  "the words before the comma say when she spoke; the quotation opens with a capital and is all she said",
		},
		{
			name: "a quotation that goes on with the sentence",
			text: "The new hospital, the minister said, “will open next year.”",
			want: []string{"minister | the minister | said | The new hospital, the minister said, “will open next year"},
			why:  "a quotation in lower case continues the words before the attribution: together they are what was said",
		},
		{
			name: "a curly quotation inside another",
			text: "“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte",
			want: []string{"Adriana Rodarte | Adriana Rodarte | ― | As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president"},
			why:  "an opening mark after a space inside a quotation, closed before the outer one closes, nests: the outer quotation runs to its own closing mark",
		},
		{
			name: "a quotation closed with the opening mark",
			text: "He called immigrants “rapists“ while calling for a wall. “There’s great danger,” Trump told reporters, before insisting he had a “great relationship” with Latinos.",
			want: []string{
				"Trump | Trump | told | There’s great danger",
				"Trump | Trump | insisting | he had a “great relationship” with Latinos",
			},
			why: "“ straight after a word closes what it opened, as sloppy text writes it, and opens no quotation inside it: the marks after it pair as written",
		},
		{
			name: "a signed quotation with a no-break space before the dash",
			text: "The debate was on Monday.\n\n“The plan is a disgrace.”\u00a0― Maria Lopez\u00a0",
			want: []string{"Maria Lopez | Maria Lopez | ― | The plan is a disgrace"},
			why:  "web text puts U+00A0 around the dash: the line is still a signed quotation, not a headline",
		},
		{
			name: "a quotation before a subject, apposition and closing phrase",
			text: "The office was busy.\n\n\"How are you today?\" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.",
			want: []string{"Miller | Miller | said | How are you today?"},
			why:  "the tag after a question is one sentence with it, and the phrase after 'said' is only how she said it",
		},
		{
			name: "quotation signed after a dash",
			text: "“The new stadium will bring jobs to the town.” ― Maria Lopez",
			want: []string{"Maria Lopez | Maria Lopez | ― | The new stadium will bring jobs to the town"},
			why:  "a vox pop or letter signs the quotation after a dash; the line is no headline",
		},
		{
			name: "quotation opened with a closing mark",
			text: "”Rates will stay high for longer. Markets have misread us.” ― Paula Weiss",
			want: []string{"Paula Weiss | Paula Weiss | ― | Rates will stay high for longer. Markets have misread us"},
			why:  "sloppy text opens a quotation with ”; before a word it opens",
		},
		{
			name: "split quotation",
			text: "‘After we saw the figures,’ the chief executive Jane Fraser said, ‘we decided to wait.’",
			want: []string{"Jane Fraser | the chief executive Jane Fraser | said | After we saw the figures,’ the chief executive Jane Fraser said, ‘we decided to wait"},
			why:  "a quotation broken by its attribution is one content",
		},
		{
			name: "paragraph continues a quotation",
			text: "“We are ready,” said the coach Pep Guardiola.\n\n“The players know what to do.”",
			want: []string{
				"Pep Guardiola | the coach Pep Guardiola | said | We are ready",
				"Pep Guardiola | the coach Pep Guardiola |  | The players know what to do",
			},
			why: "a paragraph that is one quotation continues the previous speaker",
		},
		{
			name: "a quotation after a sentence about someone else",
			text: "“The fans deserve a game,” said captain Tom Reed. Coach Sam Hale, though, is keen to rest his players. “There is nothing more they can show me.”",
			want: []string{
				"Tom Reed | captain Tom Reed | said | The fans deserve a game",
				"Sam Hale | Coach Sam Hale |  | There is nothing more they can show me",
			},
			why: "the sentence before the quotation puts the coach forward: the quotation is his, not the last speaker's",
		},
		{
			name: "a quotation about the person the sentence before is about",
			text: "“The club comes first,” said chairman Tom Reed. Striker Sam Hale was fined a week's wages. “He is paid well and his behaviour is unacceptable.”",
			want: []string{
				"Tom Reed | chairman Tom Reed | said | The club comes first",
				"Tom Reed | chairman Tom Reed |  | He is paid well and his behaviour is unacceptable",
			},
			why: "a quotation that speaks of someone as 'he' is about the person the sentence before named, not by him: the last speaker goes on",
		},
		{
			name: "a quotation after a sentence about the last speaker",
			text: "“The fans deserve a game,” said captain Tom Reed. Reed has played every game. “I want to play on.”",
			want: []string{
				"Tom Reed | captain Tom Reed | said | The fans deserve a game",
				"Tom Reed | captain Tom Reed |  | I want to play on",
			},
			why: "the sentence between is about the speaker himself: the quotation goes on being his",
		},
		{
			name: "double apostrophe quotes",
			text: "Mr. King told The Times: ''I have never been edited,'' he said.",
			want: []string{"King | Mr. King | told | I have never been edited"},
			why:  "'' stands for a quotation mark; the trailing 'he said' repeats the attribution",
		},
		{
			name: "tag after a question",
			text: "“How many times do we have to see this?” Clinton said. “This is unbearable.”",
			want: []string{
				"Clinton | Clinton | said | How many times do we have to see this?",
				"Clinton | Clinton |  | This is unbearable",
			},
			why: "the segmenter splits after '?”' and the short tag joins the quotation again; the next quotation continues the speaker",
		},
		{
			name: "said, then a quotation",
			text: "The coach Pep Guardiola said, “We have big plans for the final month.”",
			want: []string{"Pep Guardiola | The coach Pep Guardiola | said | We have big plans for the final month"},
			why:  "a comma, not a colon, before the quotation",
		},
		{
			name: "mixed quote marks",
			text: "“Immunity deals should not be a requirement,\" Chairman Jason Chaffetz said in a statement.",
			want: []string{"Jason Chaffetz | Chairman Jason Chaffetz | said | Immunity deals should not be a requirement"},
			why:  "sloppy text closes a curly quotation with a straight mark",
		},
		{
			name: "says of someone",
			text: "The New York businessman says of Clinton, “If she gets the chance, she will sell the office.”",
			want: []string{"New York businessman | The New York businessman | says | If she gets the chance, she will sell the office"},
			why:  "'says of X,' before a quotation",
		},
		{
			name: "apostrophes are not quotes",
			text: "The Bank’s governor said the economy’s outlook wasn’t bleak.",
			want: []string{"Bank’s governor | The Bank’s governor | said | the economy’s outlook wasn’t bleak"},
			why:  "apostrophes inside words open no quotation",
		},
		{
			name: "a quoted section title continues no one",
			text: "“We will keep the mine open,” the owner said.\n\n‘Legend in the Coal Fields.’\n\nHe bought his first mine in 1998.",
			want: []string{"owner | the owner | said | We will keep the mine open"},
			why:  "a paragraph that is one quotation continues the last speaker, unless it reads as a title",
		},
		{
			name: "a stage direction continues no one",
			text: "“We will not give up,” the minister said.\n\n“(APPLAUSE.)”",
			want: []string{"minister | the minister | said | We will not give up"},
			why:  "a paragraph in parentheses is a transcript's stage direction, not the speaker going on",
		},
		{
			name: "a quotation after what was spoken of",
			text: "Guests included the singer Adele, who joked of the venue, “I haven't seen it yet, but I'm going to.”",
			want: []string{"Adele | the singer Adele, who | joked | I haven't seen it yet, but I'm going to"},
			why:  "'of the venue' is the topic: the quotation after the comma is what was said",
		},
		{
			name: "a quotation that ends before an adjunct",
			text: "The coach said “He is the best striker in the league,” before leaving the room.",
			want: []string{"coach | The coach | said | He is the best striker in the league"},
			why:  "the quotation closes with its comma; 'before leaving the room' is the writer's, not the coach's",
		},
		{
			name: "a quoted phrase inside the content",
			text: "The regulator said “budget reforms” and new levies would pay for the plan.",
			want: []string{"the regulator | The regulator | said | “budget reforms” and new levies would pay for the plan"},
			why:  "a quoted fragment that the clause carries on from is part of the content, not all of it",
		},
		{
			name: "a quoted word at the end of the content",
			text: "Nvidia's boss Jensen Huang said demand was \"incredible\".",
			want: []string{"Jensen Huang | Nvidia's boss Jensen Huang | said | demand was \"incredible\""},
			why:  "the closing mark closes a quotation opened inside the content: both marks stay, or the content reads 'was \"incredible'",
		},
		{
			name: "a quotation after the hearer",
			text: "The chairman told reporters, “We have no plans to sell the club.”",
			want: []string{"chairman | The chairman | told | We have no plans to sell the club"},
			why:  "the hearer is no part of what was told: the content is the quotation",
		},
		{
			name: "a quotation resumed after the hearer",
			text: "“We did not expect this,” Jane Doe told the BBC, “but we will recover.”",
			want: []string{"Jane Doe | Jane Doe | told | We did not expect this,” Jane Doe told the BBC, “but we will recover"},
			why:  "the second quotation goes on with the first, as after 'she said,'",
		},
		{
			name: "paragraphs run together, a quotation reopened",
			text: "Lawyer Ann Lee said: \"We should have acted sooner. \"They did not listen.\" The MP Roger Hale welcomed the release but said questions remained.",
			want: []string{
				"Ann Lee | Lawyer Ann Lee | said | We should have acted sooner",
				"Ann Lee | Lawyer Ann Lee |  | They did not listen",
				"Roger Hale | The MP Roger Hale | welcomed | the release",
				"Roger Hale | The MP Roger Hale | said | questions remained",
			},
			why: "a straight mark after a sentence's end and before a word opens the next paragraph's quotation: it does not close the first, so the MP's sentence stays outside quotes",
		},
		{
			name: "a verb inside the quotation does not cut it",
			text: "Mr Hale said: \"People get released when it is found that their prosecution was unsustainable.\"",
			want: []string{"Hale | Mr Hale | said | People get released when it is found that their prosecution was unsustainable"},
			why:  "a quotation is what was said, whatever cues it holds",
		},
		{
			name: "quotation paragraph after indirect speech",
			text: "Former captain Phil Thompson is confident that the lure of the Champions League will keep Gerrard at the club.\n\n“I hope he will commit himself. He has big decisions to make.”",
			want: []string{
				"Phil Thompson | Former captain Phil Thompson | confident | the lure of the Champions League will keep Gerrard at the club",
				"Phil Thompson | Former captain Phil Thompson |  | I hope he will commit himself. He has big decisions to make",
			},
			why: "a paragraph that is one quotation continues the person who spoke last, in reported speech as in a quotation",
		},
		{
			name: "straight single quotes, British style",
			text: "Jane Smith is the health secretary. 'We will not close the hospital,' she said.",
			want: []string{"Jane Smith | she | said | We will not close the hospital"},
			why:  "a straight single mark opening the content is a quote mark when one closes it after the content",
		},
		{
			name: "straight single quotes around part of the content",
			text: "Smith said 'nothing' about it.",
			want: []string{"Smith | Smith | said | 'nothing' about it"},
			why:  "the marks close inside the content: both stay",
		},
		{
			name: "a quotation ending in a clitic",
			text: "“Now, is the plan perfect? It isn’t,” the mayor said.",
			want: []string{"mayor | the mayor | said | Now, is the plan perfect? It isn’t"},
			why:  "prose dropped 'n’t' with the comma after it, so the quotation seemed not to end before the speaker",
		},
		{
			name: "a question, then its speaker and a participle",
			text: "“Who would have believed we would get this far?” the manager said, looking out at the crowd.\n\n“I would,” his wife said.",
			want: []string{
				"manager | the manager | said | Who would have believed we would get this far?",
				"wife | his wife | said | I would",
			},
			why: "the segmenter ends a sentence at '?”'; the speaker after it was left with no content, and the next speaker was given the question",
		},
		{
			name: "an aside, then the quotation",
			text: "The coach acknowledged, however, “Past performance is no guide to the future.” The deal will close soon, Jane Doe said, adding, “We are confident.”",
			want: []string{
				"coach | The coach | acknowledged | Past performance is no guide to the future",
				"Jane Doe | Jane Doe | said | The deal will close soon",
				"Jane Doe | Jane Doe | adding | We are confident",
			},
			why: "an adverb between commas stands between the cue and its quotation; a participle of saying there is a cue of its own",
		},
		{
			name: "a quotation, then its hearer",
			text: "“He is not a racist, guys,” the pastor assured the mostly white crowd.",
			want: []string{"pastor | the pastor | assured | He is not a racist, guys"},
			why:  "what follows the cue is only its hearer: the quotation before it is the content",
		},
		{
			name: "a quotation, then a clause of time",
			text: "“Just do it,” the senator wrote last October after the paper published a story.",
			want: []string{"senator | the senator | wrote | Just do it"},
			why:  "'last October' and 'after …' say when; the content came first",
		},
		{
			name: "a quotation closing the content",
			text: "The former defender said the result was \"a hammer blow\" and claimed the squad looked tired.",
			want: []string{
				"former defender | The former defender | said | the result was \"a hammer blow\"",
				"former defender | The former defender | claimed | the squad looked tired",
			},
			why: "the closing mark of a quotation inside the content stays: it was cut, leaving the quotation open",
		},
		{
			name: "a quotation after the cue's date",
			text: "The chancellor said on Monday, “We will win the vote.” The coach told reporters on Friday, “We were unlucky.”",
			want: []string{
				"chancellor | The chancellor | said | We will win the vote",
				"coach | The coach | told | We were unlucky",
			},
			why: "a comma after the date leads to the quotation: the first was lost, the second took the hearer and date as content",
		},
	})
}
