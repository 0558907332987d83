package extract

import (
	"fmt"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// brief renders a claim as speaker | source | cue | content.
func brief(c claims.Claim) string {
	return fmt.Sprintf("%s | %s | %s | %s", c.Speaker.Name, c.Source.Text, c.Cue.Text, c.Content.Text)
}

func extractBrief(text string) []string {
	var e Extractor
	var out []string
	for _, c := range e.Extract(claims.Document{ID: "t", Text: text}) {
		out = append(out, brief(c))
	}
	return out
}

func TestConstructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		why        string
	}{
		{
			name: "speaker first",
			text: "Bank of England Governor Andrew Bailey said on Thursday that interest rates would stay high.",
			want: []string{"Andrew Bailey | Bank of England Governor Andrew Bailey | said | interest rates would stay high"},
			why:  "the plain indirect form: title and name, cue, that-clause",
		},
		{
			name: "speaker first without that",
			text: "The health minister Wes Streeting says the waiting lists are falling.",
			want: []string{"Wes Streeting | The health minister Wes Streeting | says | the waiting lists are falling"},
			why:  "the complementiser is optional",
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
			name: "colon closing a paragraph",
			text: "The governor said:\n\nInflation is still too high and rates must stay where they are.",
			want: []string{"governor | The governor | said | Inflation is still too high and rates must stay where they are"},
			why:  "a cue and colon ending a paragraph introduce the next paragraph",
		},
		{
			name: "a cue the lexicon lacks",
			text: "The health secretary railed against the plan to close rural hospitals.",
			want: []string{"health secretary | The health secretary | railed | against the plan to close rural hospitals"},
			why:  "the cue model reads 'railed' as a stance: no verb of saying, still an attribution",
		},
		{
			name: "a model cue inside a statement is part of it",
			text: "The minister said the board approved the merger on Friday.",
			want: []string{"minister | The minister | said | the board approved the merger on Friday"},
			why:  "what a statement reports someone did is its content, not a second claim",
		},
		{
			name: "a fronted adverbial is no content",
			text: "In the end, the council agreed to lend the club five million pounds.",
			want: []string{"council | the council | agreed | to lend the club five million pounds"},
			why:  "the words before 'X agreed' hold no verb: the content is what follows the cue",
		},
		{
			name: "subject with an apposition holding a relative clause",
			text: "The Food Standards Agency, the body that oversees food safety, said the recall was a precaution.",
			want: []string{"Food Standards Agency | The Food Standards Agency | said | the recall was a precaution"},
			why:  "'that oversees' inside the commas is a relative clause, not the verb of the sentence",
		},
		{
			name: "a passive cue has no speaker",
			text: "Several fans were denied entry to the ground, the club said.",
			want: []string{"club | the club | said | Several fans were denied entry to the ground"},
			why:  "'were denied' is passive: the fans deny nothing",
		},
		{
			name: "relative pronoun as subject",
			text: "The plan was drawn up by the finance minister, Jane Hale, who said it would save £2bn.",
			want: []string{"Jane Hale | Jane Hale, who | said | it would save £2bn"},
			why:  "the speaker is the phrase the relative pronoun refers to; the source shown runs from it to the pronoun",
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
			want: []string{"club | the club | reported | The striker, as reported by the club, will miss the final"},
			why:  "between subject and verb the aside reports the whole sentence, as 'according to' does",
		},
		{
			name: "an as-clause after another's statement",
			text: "“The plant will close,” said the union leader, as reported by Reuters.",
			want: []string{"union leader | the union leader | said | The plant will close"},
			why:  "the agency passed the leader's statement on: it is not the agency's",
		},
		{
			name: "a common word opening the sentence is no name",
			text: "Talks aim to avert pension strike. Union talks with ministers resume on Monday.",
			want: nil,
			why:  "the article writes 'talks' in lower case and capitalises it only at a sentence start: no one called Talks aims at anything",
		},
		{
			name: "a name that is also a common word",
			text: "Orange said it would sue Easymobile. The firm has used the colour orange since 1994, and Orange claims the rights to it.",
			want: []string{
				"Orange | Orange | said | it would sue Easymobile",
				"Orange | Orange | claims | the rights to it",
			},
			why: "'orange' is also written in lower case, but 'Orange' is capitalised inside a sentence: a name",
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
			name: "a title's speaker before its colon outranks the cue model",
			text: "Jane Hale: Investors Worried About Rising Rates\n\nTreasury economist Jane Hale said investors were nervous.",
			want: []string{
				"Jane Hale | Jane Hale | : | Investors Worried About Rising Rates",
				"Jane Hale | Treasury economist Jane Hale | said | investors were nervous",
			},
			why: "'Worried' is a stance the model reads, but the title gives the whole line to the person the article names before its colon",
		},
		{
			name: "a relative clause with a statement closes another's content",
			text: "The union endorses the mayor, who says the depot will stay open.",
			want: []string{
				"union | The union | endorses | the mayor",
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
				"board | The board | cited | a report from the bank's chief economist",
				"bank’s chief economist | the bank's chief economist, who | argued | rates would fall",
			},
			why: "'who' is a person: the report does not argue, the economist inside the phrase does",
		},
		{
			name: "an imperative or a sentence adverb is no subject",
			text: "Don't blame the referee. Perhaps ask the club instead.",
			want: nil,
			why:  "'Do' and 'Perhaps' open the sentence capitalised but name no one",
		},
		{
			name: "a cue joined to another verb reports nothing",
			text: "It is the same man who said and did the same things last year.",
			want: nil,
			why:  "'said and did the same things' shares an object between two verbs: the content would begin with 'and'",
		},
		{
			name: "a participle serving as a preposition",
			text: "The minister stoked fears, regarding migrants and refugees.",
			want: nil,
			why:  "'regarding' without 'as' is a preposition: not the verb of 'regarding the plan as a threat'",
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
			name: "a relative clause without that, inside the subject",
			text: "The pipeline the minister said would cut costs was scrapped on Monday.",
			want: []string{"minister | the minister | said | The pipeline the minister said would cut costs"},
			why:  "'the minister said' sits in 'the pipeline [that] the minister said would cut costs': the minister is the speaker, not 'pipeline the minister', and what was said ends before the host's verb",
		},
		{
			name: "a noun before the subject that is no part of it",
			text: "In a statement the ministry said it would appeal.",
			want: []string{"ministry | the ministry | said | it would appeal"},
			why:  "a determiner after a common noun opens a new noun phrase: the speaker is 'the ministry', not 'a statement the ministry'",
		},
		{
			name: "a title before a name is no separate noun phrase",
			text: "Vatican spokesman the Rev. Federico Lombardi said the pope had no plans to meet him.",
			want: []string{"Federico Lombardi | Vatican spokesman the Rev. Federico Lombardi | said | the pope had no plans to meet him"},
			why:  "'spokesman' is a role: what follows it is the same person",
		},
		{
			name: "according to a long source phrase",
			text: "According to a civil complaint filed by the securities regulator and a second complaint by the state, the developers ran a fraudulent scheme.",
			want: []string{"civil complaint | a civil complaint | According to | the developers ran a fraudulent scheme"},
			why:  "the source's phrase runs past its noun to the comma; what follows the comma is the content",
		},
		{
			name: "an imperative before its object is no subject",
			text: "Get those jokes off, adding levity. Airbus this week announced the first sale of its new jet.",
			want: []string{"Airbus | Airbus | announced | the first sale of its new jet"},
			why:  "a capitalised first word followed straight by 'those', 'the' or 'his' is a verb with its object; 'this week' after a name is a date",
		},
		{
			name: "a run-in heading in capitals before a dash",
			text: "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He’s been dragged before a Senate subcommittee to defend his claims.",
			want: nil,
			why:  "the capitals up to the dash are a heading: 'CALLED' is no cue and 'HE'S BEEN' no speaker",
		},
		{
			name: "a second speaker after an adverbial clause",
			text: "The governor said the plan was fair, and when pressed on the cost, the mayor replied, “It is not.”",
			want: []string{
				"governor | The governor | said | the plan was fair",
				"mayor | the mayor | replied | It is not",
			},
			why: "', and when pressed …,' opens a clause with its own subject and cue: it ends the governor's content, and the mayor's quotation is hers",
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
			name: "an age and a description stand for the person named before",
			text: "Ivanka Trump spoke first. She said the leave was for mothers. The 34-year-old mother of three said fathers would not be eligible.",
			want: []string{
				"Ivanka Trump | She | said | the leave was for mothers",
				"Ivanka Trump | The 34-year-old mother of three | said | fathers would not be eligible",
			},
			why: "'the 34-year-old mother of three', like 'the 46-year-old', refers back to the last person met",
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
			name: "an opening participle before a subject and an adverb",
			text: "Lamenting the result, fans often say the club has lost its way.",
			want: []string{
				"fans | fans | Lamenting | the result",
				"fans | fans | say | the club has lost its way",
			},
			why: "the subject after the participle's comma may have an adverb before its verb ('often say'): it still speaks the participle",
		},
		{
			name: "according to a source, with only an adverb after it",
			text: "Who won the debate? According to the network, basically.",
			want: nil,
			why:  "a lone adverb after the comma says nothing the source could have said",
		},
		{
			name: "a passive agent whose subject is a bare pronoun",
			text: "The rule dates from the 1970s. It was first declared by President Richard Nixon in 1971.",
			want: nil,
			why:  "the agent did the declaring, but of 'It': a pronoun alone is no content",
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
			name: "a name and a colon before no statement",
			text: "The count went on overnight.\n\nHillary Clinton: 1,769.\n\nContributing: Nicole Gaudiano.\n\nSubs: Marshall, Henchoz, Lambert, Maloney.",
			want: nil,
			why:  "a speaker line needs a verb or a quotation after its colon: tallies, credits and team sheets have none",
		},
		{
			name: "a transcript line in capitals may be short",
			text: "The debate turned to taxes.\n\nWALLACE: Governor Pence, you have to answer the question.",
			want: []string{"WALLACE | WALLACE | : | Governor Pence, you have to answer the question"},
			why:  "a speaker in capitals before a colon is a transcript's: the line is what was said",
		},
		{
			name: "according to after a conjunction",
			text: "But according to recent reports from the region, the authorities have tightened controls on imports.",
			want: []string{"recent reports from the region | recent reports from the region | according to | the authorities have tightened controls on imports"},
			why:  "a conjunction or adverb before 'according to' is no content: what the source says follows its comma",
		},
		{
			name: "a verb of saying with only an occasion after it",
			text: "The bank's results were late. Its chief executive said in a statement on Monday.",
			want: nil,
			why:  "'in a statement on Monday' says where and when, not what: no content, so no claim",
		},
		{
			name: "a quotation before a subject, apposition and closing phrase",
			text: "The office was busy.\n\n\"How are you today?\" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.",
			want: []string{"Miller | Miller | said | How are you today?"},
			why:  "the tag after a question is one sentence with it, and the phrase after 'said' is only how she said it",
		},
		{
			name: "a dash between words parts them",
			text: "He hired a plane to fly over the rally with a banner on it—people suspected that Murphy was behind the latest effort.",
			want: []string{"people | people | suspected | Murphy was behind the latest effort"},
			why:  "prose keeps 'it—people' as one token: the dash must part them, or the subject is 'it—people'",
		},
		{
			name: "an unnamed source familiar with the matter, after the cue",
			text: "The bank declined to comment.\n\n“The deal is off,” said a person familiar with the matter.",
			want: []string{"person familiar with the matter | a person familiar with the matter | said | The deal is off"},
			why:  "'familiar with', 'close to': the adjective's phrase is part of the inverted speaker, not an adjunct",
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
			name: "a hearer with a participle after a quotation",
			text: "Bernie Sanders spoke in Indiana.\n\n“Our job is to transform the party,” he told 2,267 people gathered at Purdue University.",
			want: []string{"Bernie Sanders | he | told | Our job is to transform the party"},
			why:  "'2,267 people gathered at Purdue' is the hearer and where they were: the quotation before is what was told",
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
			name: "a second share of people after a comma and a conjunction",
			text: "The poll was taken on Monday. Three-quarters of the voters said they were worried about the economy, and more than 4 in 10 said the mayor would handle it best.",
			want: []string{
				"Three-quarters of the voters | Three-quarters of the voters | said | they were worried about the economy",
				"more than 4 in 10 | more than 4 in 10 | said | the mayor would handle it best",
			},
			why: "', and more than 4 in 10 said' opens a clause with its own speaker: it ends the first content",
		},
		{
			name: "a share of people opening the sentence",
			text: "The poll closed.\n\n23 percent said no.",
			want: []string{"23 percent | 23 percent | said | no"},
			why:  "a counted subject at a sentence's start has no word before it to look at (this once panicked)",
		},
		{
			name: "a model verb that is a passive participle before its agent",
			text: "The campaign was costly. Super PACs supported by the billionaire brothers seized on the plan as a weapon.",
			want: nil,
			why:  "'supported by …' is passive: the agent after 'by' backed the PACs, the PACs state nothing",
		},
		{
			name: "responded by doing",
			text: "The campaign was costly. The party responded by abruptly blocking his access to the data.",
			want: []string{"party | The party | responded | by abruptly blocking his access to the data"},
			why:  "'by' before a gerund is the means of an active verb, not a passive's agent",
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
			name: "a place adverb between subject and cue",
			text: "The race is close.\n\nPolls there show the governor is trailing.",
			want: []string{"Polls | Polls | show | the governor is trailing"},
			why:  "'there' after the subject's noun is an adverb of place, like 'also' or 'still'",
		},
		{
			name: "a subject and its apposition before the cue are no inverted speaker's content",
			text: "The figures came out on Monday.\n\nHelen Sudell, editor of the Pensions Service, said the rise in contributions was staggering.",
			want: []string{"Helen Sudell | Helen Sudell | said | the rise in contributions was staggering"},
			why:  "', said the rise' after a name and its apposition is no inversion ('…, said the minister'): the words before the comma state nothing",
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
			name: "asked by someone whether",
			text: "The debate was on Sunday.\n\nThe senator was asked by host John Dickerson whether his aim was similar to Kennedy's.",
			want: []string{"John Dickerson | host John Dickerson | asked | whether his aim was similar to Kennedy's"},
			why:  "the passive's agent asked the question after it: the content is the question, not the one asked",
		},
		{
			name: "a wire label before a title's colon",
			text: "The Latest: Mayor wins second term\n\nThe latest results came in overnight, and the mayor thanked her voters.",
			want: []string{"mayor | the mayor | thanked | her voters"},
			why:  "'The Latest:' labels a live story; the body says 'latest' too, but a label names no speaker (unlike 'Judicial Watch: …')",
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
			want: []string{"regulator | The regulator | saying | whether the bank broke the rules"},
			why:  "a participle after 'is' and a negation is the verb of its clause",
		},
		{
			name: "demonstrative object before a means clause",
			text: "The union will reject that by claiming the figures are wrong.",
			want: []string{"union | The union | claiming | the figures are wrong"},
			why:  "'that' before 'by claiming' is the object, not a complementiser: what was claimed is the content",
		},
		{
			name: "particle of a model cue",
			text: "Officials met.\n\nThe court has struck down a law that would have banned the march.",
			want: []string{"court | The court | struck down | a law that would have banned the march"},
			why:  "'down' belongs to the verb, not to what was struck down",
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
			name: "aspectual verb before the cue",
			text: "The chief executive continues to insist that the merger will go ahead.",
			want: []string{"chief executive | The chief executive | insist | the merger will go ahead"},
			why:  "'continues to' stands between subject and cue like an auxiliary",
		},
		{
			name: "aside between cue and that-clause",
			text: "Several economists cautioned, as did the central bank itself, that the figures were early.",
			want: []string{"economists | Several economists | cautioned | the figures were early"},
			why:  "an aside between commas after the cue does not end the construction",
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
			name: "plural subject with a lowercase prepositional phrase",
			text: "Doctors at the hospital warned that beds were running out.",
			want: []string{"Doctors at the hospital | Doctors at the hospital | warned | beds were running out"},
			why:  "the speaker is the doctors, not the hospital the phrase ends with",
		},
		{
			name: "anonymous sources with an adjective phrase",
			text: "People familiar with the talks said the deal was done.",
			want: []string{"People familiar with the talks | People familiar with the talks | said | the deal was done"},
			why:  "the speaker is the people, not the talks: a common form for unnamed sources",
		},
		{
			name: "first person outside a quotation",
			text: "I believe the league has made a mistake.",
			want: []string{"the author | I | believe | the league has made a mistake"},
			why:  "in a column the writer is the speaker",
		},
		{
			name: "first person beside an unclosed quotation",
			text: "The manager said: \"I think we were unlucky.",
			want: []string{"manager | The manager | said | I think we were unlucky"},
			why:  "'I' in a paragraph with a quote mark belongs to the quoted speaker, not the writer",
		},
		{
			name: "intent cue with a gerund",
			text: "Governor Ann Cole called for raising the minimum wage to $15.",
			want: []string{"Ann Cole | Governor Ann Cole | called for | raising the minimum wage to $15"},
			why:  "after 'called for' a gerund is what is called for, not an adjunct",
		},
		{
			name: "according to a record",
			text: "Unemployment rose to 5 percent, according to a Labor Department database.",
			want: []string{"Labor Department database | a Labor Department database | according to | Unemployment rose to 5 percent"},
			why:  "whatever follows 'according to' is the source, a document as much as a person",
		},
		{
			name: "evaluation by an unnamed organisation",
			text: "The nurses' union endorsed the pay offer.",
			want: []string{"nurses union | The nurses' union | endorsed | the pay offer"},
			why:  "an endorsement needs a speaker the lexicon reads, not a name",
		},
		{
			name: "evidence cue with a record as subject",
			text: "The figures show that the bank paid no tax in 2023.",
			want: []string{"figures | The figures | show | the bank paid no tax in 2023"},
			why:  "'show', 'find', 'indicate' take documents and data as sources",
		},
		{
			name: "inverted speaker with a capitalised apposition",
			text: "“Inflation has peaked,” said Ana Ruiz, Chief Economist at the bank.",
			want: []string{"Ana Ruiz | Ana Ruiz | said | Inflation has peaked"},
			why:  "a capitalised word after the comma opens an apposition, not a clause: no verb follows",
		},
		{
			name: "subject with a parenthesis and an apposition",
			text: "Sen. Ann Ruiz (D-Ore.), chair of the committee, said the vaccine was safe.",
			want: []string{"Ann Ruiz | Sen. Ann Ruiz | said | the vaccine was safe"},
			why:  "the party in brackets stands between the name and the apposition",
		},
		{
			name: "second verb of the sentence's subject",
			text: "The club sacked its coach and said the search for a successor had begun.",
			want: []string{"club | The club | said | the search for a successor had begun"},
			why:  "'and said' with no subject of its own takes the subject of the sentence",
		},
		{
			name: "a concessive clause holds a stance",
			text: "While the health secretary has railed against the closures, the hospitals shut.",
			want: []string{"health secretary | the health secretary | railed | against the closures"},
			why:  "after 'while' or 'although' the model's cue still attributes; after 'after' or 'when' it narrates",
		},
		{
			name: "participle after an opening adverbial",
			text: "In March, the nurses' union rejected the offer, saying it fell short of inflation.",
			want: []string{"nurses union | the nurses' union | rejected | the offer", "nurses union | the nurses' union | saying | it fell short of inflation"},
			why:  "', saying' speaks with the subject of the sentence, not with the adverbial before it",
		},
		{
			name: "'having said that' is a link",
			text: "Having said that, some economists argue that the tax should be scrapped.",
			want: []string{"economists | some economists | argue | the tax should be scrapped"},
			why:  "'Having said that' refers back to the text; it reports no one",
		},
		{
			name: "a dateline names no subject",
			text: "LONDON (Reuters) - The talks ended on Monday.\n\nThey argued that the deal was unfair.",
			want: nil,
			why:  "'they' must not refer to the city of the dateline",
		},
		{
			name: "inverted speaker with a parenthesis",
			text: "“The vaccine is safe,” said Sen. Ann Ruiz (D-Ore.), who chairs the committee.",
			want: []string{"Ann Ruiz | Sen. Ann Ruiz | said | The vaccine is safe"},
			why:  "a party and state in brackets after the name does not end the speaker's phrase",
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
			name: "adverbial before a name",
			text: "In a radio interview Smith said the club would appeal.",
			want: []string{"Smith | Smith | said | the club would appeal"},
			why:  "a capitalised preposition and a noun with no title are no part of the speaker",
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
			want: []string{"company | the company | said | Prices will rise again next year"},
			why:  "unquoted content before ', the company said'",
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
			want: []string{"ministry | the ministry | According to | 300 beds were added"},
			why:  "'According to X,' at the start: the clause after the comma is the content",
		},
		{
			name: "accusation",
			text: "The union accused the company of breaking the agreement.",
			want: []string{"union | The union | accused | the company of breaking the agreement"},
			why:  "'X accused Y of Z' keeps the accused in the content",
		},
		{
			name: "denial",
			text: "Chelsea denies the charge.",
			want: []string{"Chelsea | Chelsea | denies | the charge"},
			why:  "a denial's object is what is denied",
		},
		{
			name: "coordinated second cue",
			text: "Moscow denies the charge and has called the allegations a “monstrous forgery.”",
			want: []string{
				"Moscow | Moscow | denies | the charge",
				"Moscow | Moscow | called | the allegations a “monstrous forgery.”",
			},
			why: "a second verb with no subject of its own shares the first one's",
		},
		{
			name: "nested statement",
			text: "The spokesman Tom Reed said talks were possible one day after the minister Anna Berg said they were pointless.",
			want: []string{
				"Tom Reed | The spokesman Tom Reed | said | talks were possible",
				"Anna Berg | the minister Anna Berg | said | they were pointless",
			},
			why: "a temporal clause holds a statement of its own and ends the host's content",
		},
		{
			name: "embedded belief stays inside",
			text: "Foreign Minister Sergei Lavrov said on Tuesday that Moscow believed the accusations were timed to derail talks.",
			want: []string{"Sergei Lavrov | Foreign Minister Sergei Lavrov | said | Moscow believed the accusations were timed to derail talks"},
			why:  "a cue inside a that-clause is part of what was said, not a second speaker",
		},
		{
			name: "pronoun continuation",
			text: "Finance Minister Rachel Reeves said growth was returning. She added that taxes would not rise.",
			want: []string{
				"Rachel Reeves | Finance Minister Rachel Reeves | said | growth was returning",
				"Rachel Reeves | She | added | taxes would not rise",
			},
			why: "a pronoun resolves to the most recent person speaker",
		},
		{
			name: "bare surname",
			text: "Coach Jurgen Klopp praised the fans. Later, Klopp said the title race was over.",
			want: []string{
				"Jurgen Klopp | Coach Jurgen Klopp | praised | the fans",
				"Jurgen Klopp | Klopp | said | the title race was over",
			},
			why: "a surname resolves to the full name met earlier in the document",
		},
		{
			name: "role description",
			text: "Foreign Minister Sergei Lavrov met his counterpart. Moscow’s top diplomat said the talks made no sense.",
			want: []string{"Sergei Lavrov | Moscow’s top diplomat | said | the talks made no sense"},
			why:  "a description resolves to the person the document gives that office ('top diplomat' is a foreign minister)",
		},
		{
			name: "apposition",
			text: "Richard Revesz, director of the Institute for Policy Integrity, said the states were exaggerating.",
			want: []string{"Richard Revesz | Richard Revesz | said | the states were exaggerating"},
			why:  "an apposition between commas stands between subject and verb",
		},
		{
			name: "parenthesis",
			text: "Sen. Lindsey Graham (R-S.C.) told reporters that the bill would pass.",
			want: []string{"Lindsey Graham | Sen. Lindsey Graham | told | the bill would pass"},
			why:  "a parenthesis before the verb is skipped; 'told reporters' keeps the hearer out of the content",
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
			name: "headline attribution",
			text: "Door Not Shut to Peace Talks – Kremlin\n\nThe talks went on.",
			want: []string{"Kremlin | Kremlin | – | Door Not Shut to Peace Talks"},
			why:  "a headline ending in '– Speaker'",
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
			name: "participle",
			text: "The regulator fined the bank, saying it had misled customers.",
			want: []string{"regulator | The regulator | saying | it had misled customers"},
			why:  "', saying …' speaks with its clause's subject",
		},
		{
			name: "double apostrophe quotes",
			text: "Mr. King told The Times: ''I have never been edited,'' he said.",
			want: []string{"King | Mr. King | told | I have never been edited"},
			why:  "'' stands for a quotation mark; the trailing 'he said' repeats the attribution",
		},
		{
			name: "anonymous source",
			text: "A senior White House official said the meeting was cancelled.",
			want: []string{"senior White House official | A senior White House official | said | the meeting was cancelled"},
			why:  "an unnamed source is a speaker of its own",
		},
		{
			name: "group",
			text: "Kyiv and the West say there is evidence of war crimes.",
			want: []string{"Kyiv and the West | Kyiv and the West | say | there is evidence of war crimes"},
			why:  "coordinated names speak as a group",
		},
		{
			name: "narration",
			text: "The club signed two players in January. Prices rose by 3%.",
			want: nil,
			why:  "the reporter's own narration holds no claim",
		},
		{
			name: "attribution in the middle",
			text: "Acts of protest, Mr. Obama said, are acts of patriotism.",
			want: []string{"Obama | Mr. Obama | said | Acts of protest, Mr. Obama said, are acts of patriotism"},
			why:  "'X, Y said, Z': the content is both halves",
		},
		{
			name: "as X observed",
			text: "Yet, as the economist Chad Bown observed, tariffs would hurt farmers first.",
			want: []string{"Chad Bown | the economist Chad Bown | observed | tariffs would hurt farmers first"},
			why:  "'as X observed,' attributes the rest of the sentence",
		},
		{
			name: "said at the start",
			text: "Said the coach Pep Guardiola: “We were not good enough.”",
			want: []string{"Pep Guardiola | the coach Pep Guardiola | Said | We were not good enough"},
			why:  "the literary inversion 'Said X: …'",
		},
		{
			name: "by saying",
			text: "President Barack Obama responded by saying the issue was manufactured.",
			want: []string{"Barack Obama | President Barack Obama | saying | the issue was manufactured"},
			why:  "'by saying' speaks with the clause's subject",
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
			name: "any noun after says",
			text: "Six million jobs depend on exports to Mexico, one slide says.",
			want: []string{"slide | one slide | says | Six million jobs depend on exports to Mexico"},
			why:  "after a plain verb of saying, a thing can be the source: a slide, a memo, a sign",
		},
		{
			name: "said, then a quotation",
			text: "The coach Pep Guardiola said, “We have big plans for the final month.”",
			want: []string{"Pep Guardiola | The coach Pep Guardiola | said | We have big plans for the final month"},
			why:  "a comma, not a colon, before the quotation",
		},
		{
			name: "apposition with a relative clause",
			text: "Erin Murphy, a former aide who accompanied her to Burma in 2011, said the trip mattered more.",
			want: []string{"Erin Murphy | Erin Murphy | said | the trip mattered more"},
			why:  "an apposition may hold a relative clause with verbs of its own",
		},
		{
			name: "mixed quote marks",
			text: "“Immunity deals should not be a requirement,\" Chairman Jason Chaffetz said in a statement.",
			want: []string{"Jason Chaffetz | Chairman Jason Chaffetz | said | Immunity deals should not be a requirement"},
			why:  "sloppy text closes a curly quotation with a straight mark",
		},
		{
			name: "attribution after an adverbial",
			text: "During his years in office, Mr. Obama said, a majority of Americans have come to accept the science.",
			want: []string{"Obama | Mr. Obama | said | a majority of Americans have come to accept the science"},
			why:  "'Adverbial, X said, clause': the clause after the attribution is the content",
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
			name: "contracted auxiliary in a relative clause",
			text: "Mayor Anne Hidalgo, who’s called for a ban on diesel cars, opened the new line.",
			want: []string{"Anne Hidalgo | Mayor Anne Hidalgo, who | called for | a ban on diesel cars"},
			why:  "the clitic ’s is an auxiliary between the relative pronoun and its verb, not punctuation",
		},
		{
			name: "according to a poll with a participle after it",
			text: "The coach trails his rival among fans, according to a poll released on Monday.",
			want: []string{"poll | a poll | according to | The coach trails his rival among fans"},
			why:  "the source is the noun phrase; 'released on Monday' modifies it and ends in a time word",
		},
		{
			name: "relative clause without a pronoun in the subject",
			text: "The economists I interviewed said the rate rise came too late.",
			want: []string{"economists | The economists | said | the rate rise came too late"},
			why:  "'I interviewed' modifies 'the economists', who speak; 'interviewed' is no verb of the sentence",
		},
		{
			name: "a document states",
			text: "The filing states that the chief executive will step down in May.",
			want: []string{"filing | The filing | states | the chief executive will step down in May"},
			why:  "a verb of saying with a that-clause takes a document as its source, not only a person",
		},
		{
			name: "a dated phrase between subject and verb",
			text: "The central bank in March 2015 warned that house prices were too high.",
			want: []string{"central bank | The central bank | warned | house prices were too high"},
			why:  "'in March 2015' sits between the subject and its verb; the subject is the bank",
		},
		{
			name: "a participle after a comma is no inverted speaker",
			text: "The Daily Courier, which has not supported a Labour candidate since 1945, backed the mayor.",
			want: []string{"Daily Courier | The Daily Courier, which | supported | a Labour candidate since 1945", "Daily Courier | The Daily Courier | backed | the mayor"},
			why:  "only a verb of saying inverts (', said the minister'); ', backed the mayor' does not make 'the mayor' a speaker but has the subject before the relative clause",
		},
		{
			name: "partitive subject",
			text: "As one of the club's former coaches pointed out, the squad has not won away all season.",
			want: []string{"one of the club’s former coaches | one of the club's former coaches | pointed out | the squad has not won away all season"},
			why:  "one unnamed coach speaks, not the coaches: 'one of' keeps the speaker a single anonymous person",
		},
		{
			name: "those close to him",
			text: "Those close to the manager say that he will stay until the summer.",
			want: []string{"Those close to the manager | Those close to the manager | say | he will stay until the summer"},
			why:  "'those' plus an adjective and its preposition is a group of unnamed people",
		},
		{
			name: "a stance noun with a that-clause",
			text: "The chancellor's bet is that growth will pay for the tax cuts.",
			want: []string{"chancellor | The chancellor | bet is that | growth will pay for the tax cuts"},
			why:  "'X's bet is that' states a view as 'X's position is that' does",
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
			name: "passive with its agent",
			text: "The minister was criticised by the opposition leader for the remarks.",
			want: []string{"opposition leader | the opposition leader | criticised | The minister"},
			why:  "after 'was criticised by' the agent speaks and the subject is what it speaks about, not the speaker",
		},
		{
			name: "a dated phrase inside a longer subject",
			text: "Figures coming out of Germany on Thursday showed that factory orders had fallen.",
			want: []string{"Figures | Figures | showed | factory orders had fallen"},
			why:  "'on Thursday' follows 'Germany', but Germany is inside the subject: the participle phrase after 'Figures' is stepped over, and the figures show",
		},
		{
			name: "passive agent that is no name",
			text: "The plan has been endorsed by dozens of local councils.",
			want: []string{"local councils | dozens of local councils | endorsed | The plan"},
			why:  "a passive's agent did the reporting whatever noun it is; 'dozens of' belongs to it",
		},
		{
			name: "as the police said, at the end",
			text: "The driver had a licence, as the police have said.",
			want: []string{"police | the police | said | The driver had a licence"},
			why:  "'as X said' closing a sentence reports what came before 'as'",
		},
		{
			name: "a title is no speaker line",
			text: "Silence Over Rates: Bank Keeps Markets Guessing.\n\nThe bank held rates on Thursday.",
			want: nil,
			why:  "a title-case first line with a colon names no speaker unless the article names that person",
		},
		{
			name: "according to in the middle of what was said",
			text: "The plan, according to officials, will cost £2bn. Now, according to the regulator, prices will fall.",
			want: []string{
				"officials | officials | according to | The plan, according to officials, will cost £2bn",
				"regulator | the regulator | according to | prices will fall",
			},
			why: "the sentence goes on after the source's comma: the content was only the words before it ('The plan'); an adverb alone before it ('Now') is not said",
		},
		{
			name: "a passive cue with its agent and a that-clause",
			text: "Ministers were warned by officials that the scheme would fail.",
			want: []string{"officials | officials | warned | the scheme would fail"},
			why:  "the agent said the that-clause to the subject; the subject was taken as what was said",
		},
		{
			name: "an adverb between the cue and its that-clause",
			text: "The prime minister has said repeatedly that he will not raise taxes.",
			want: []string{"prime minister | The prime minister | said | he will not raise taxes"},
			why:  "the adverb belongs to the cue, not to what was said",
		},
		{
			name: "a pronoun for this sentence's unnamed speaker",
			text: "The health minister said the lists would fall, though she admitted progress had been slow. A spokeswoman said the firm was sorry, but he insisted the plan was sound.",
			want: []string{
				"health minister | The health minister | said | the lists would fall",
				"health minister | she | admitted | progress had been slow",
				"spokeswoman | A spokeswoman | said | the firm was sorry",
			},
			why: "'she' later in the sentence is the unnamed minister who spoke first, as a named subject would be; a 'he' does not stand for a spokeswoman",
		},
		{
			name: "a long subject after a quoted question",
			text: "“Why are the trains late?” a spokesman for the passengers’ group asked.",
			want: []string{"spokesman for the passengers group | a spokesman for the passengers’ group | asked | Why are the trains late?"},
			why:  "the question mark closing the quotation bounds the subject as a comma does; the phrase after 'for' was not read as part of it, and the claim was lost",
		},
		{
			name: "a hearer's name before a possessive",
			text: "The striker's agent told Sky Sports his client wanted to stay.",
			want: []string{"striker’s agent | The striker's agent | told | his client wanted to stay"},
			why:  "a possessive pronoun after a name opens the content's subject: 'Sky Sports his client' was read as one hearer and the content lost its subject",
		},
		{
			name: "both of two common nouns",
			text: "Both the chancellor and the governor have said rates will fall.",
			want: []string{"chancellor and the governor | Both the chancellor and the governor | said | rates will fall"},
			why:  "'both … and' joins two speakers even where neither is a name; only the governor spoke before",
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
			name: "a participle after the occasion of a quotation",
			text: "“We will get there together,” the minister said at a news conference announcing that her department would sue the state.",
			want: []string{"minister | the minister | said | We will get there together"},
			why:  "the that-clause belongs to 'announcing', not to 'said': the search for 'said … that' crossed the participle and replaced the quotation",
		},
		{
			name: "a cue with its own object after a clause",
			text: "The team lost again on Sunday, the coach will insist on playing his way.",
			want: nil,
			why:  "'insist on playing' has its own object: the clause before the comma is not what the coach said",
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
			name: "passive with an adverb between auxiliary and participle",
			text: "The story was first reported by the Financial Times.",
			want: []string{"Financial Times | the Financial Times | reported | The story"},
			why:  "'was first reported by' is passive; before, the story was the speaker and 'by the Financial Times' the content",
		},
		{
			name: "let's say",
			text: "Let's say you think a degree will cost $160,000 in 18 years.",
			want: nil,
			why:  "'let's say' makes a supposition, not a statement",
		},
		{
			name: "a quoted section title continues no one",
			text: "“We will keep the mine open,” the owner said.\n\n‘Legend in the Coal Fields.’\n\nHe bought his first mine in 1998.",
			want: []string{"owner | the owner | said | We will keep the mine open"},
			why:  "a paragraph that is one quotation continues the last speaker, unless it reads as a title",
		},
		{
			name: "the occasion between subject and verb",
			text: "The bank in a statement said that no branches would close.",
			want: []string{"bank | The bank | said | no branches would close"},
			why:  "'in a statement' says where, not who: before, the statement was the speaker",
		},
		{
			name: "a place after the subject stays with it",
			text: "Officials in Kyiv said the talks had stalled.",
			want: []string{"Officials in Kyiv | Officials in Kyiv | said | the talks had stalled"},
			why:  "'in Kyiv' is whom the officials speak for; only a lower-case occasion with its determiner is skipped",
		},
		{
			name: "going on to say",
			text: "“It is madness,” the senator said, going on to say that the war had cost billions.",
			want: []string{"senator | the senator | said | It is madness", "senator | the senator | say | the war had cost billions"},
			why:  "'going on to' is a participle after a comma: its cue speaks with the subject before",
		},
		{
			name: "a participle with a raising verb ends the content before it",
			text: "The minister rejected the report, continuing to insist that the figures were right.",
			want: []string{"minister | The minister | rejected | the report", "minister | The minister | insist | the figures were right"},
			why:  "', continuing to insist' opens a statement of its own, as ', saying' does",
		},
		{
			name: "a stage direction continues no one",
			text: "“We will not give up,” the minister said.\n\n“(APPLAUSE.)”",
			want: []string{"minister | the minister | said | We will not give up"},
			why:  "a paragraph in parentheses is a transcript's stage direction, not the speaker going on",
		},
		{
			name: "to which she said",
			text: "The reporter asked the coach whether he would resign. To which the coach said, “Not this season.”",
			want: []string{"reporter | The reporter | asked | the coach whether he would resign", "coach | the coach | said | Not this season"},
			why:  "'To which' opens a main clause, not a relative clause inside another",
		},
		{
			name: "an opening participle speaks with the main clause's subject",
			text: "Saying the figures were wrong, the minister left the hearing.",
			want: []string{"minister | the minister | Saying | the figures were wrong"},
			why:  "a participle that opens the sentence has the subject after its comma",
		},
		{
			name: "ask someone, an apposition, to do something",
			text: "The union urged the minister, a former teacher, to drop the plan.",
			want: []string{"union | The union | urged | to drop the plan"},
			why:  "the hearer and its apposition are no content; the infinitive after them is",
		},
		{
			name: "a participle phrase ends the subject",
			text: "A survey published by the central bank last month found that households expect prices to keep rising.",
			want: []string{"survey | A survey | found | households expect prices to keep rising"},
			why:  "'published by the central bank last month' belongs to the subject: the survey is the source, not 'last month'",
		},
		{
			name: "a participle inside the subject is no cue",
			text: "Police called to the scene on Friday said the man had fled.",
			want: []string{"Police | Police | said | the man had fled"},
			why:  "'called' heads a phrase inside the subject of 'said': reading it as a cue took the rest of the sentence as its content",
		},
		{
			name: "an -ing phrase ends the subject",
			text: "Protesters marching through the streets chanted “Not in our name!” and kept going.",
			want: []string{"Protesters | Protesters | chanted | Not in our name!"},
			why:  "the streets are where the protesters marched, not who chanted",
		},
		{
			name: "show up is no evidence",
			text: "The striker failed to show up for training on Monday.",
			want: nil,
			why:  "'show up' means to appear: the verb of evidence needs what is shown",
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
			want: []string{"regulator | The regulator | said | “budget reforms” and new levies would pay for the plan"},
			why:  "a quoted fragment that the clause carries on from is part of the content, not all of it",
		},
		{
			name: "a quantifier as the subject",
			text: "Some say the new stadium will never be finished.",
			want: []string{"some | Some | say | the new stadium will never be finished"},
			why:  "'Some' stands for people; read as a capitalised name it was a person called Some",
		},
		{
			name: "others, capitalised at the start",
			text: "Others argue that the central bank moved too late.",
			want: []string{"others | Others | argue | the central bank moved too late"},
			why:  "a group of unnamed people, kept in lower case so that it never joins a speaker of another document",
		},
		{
			name: "a partitive noun before the speakers",
			text: "A majority of doctors expect the strike to go ahead.",
			want: []string{"doctors | A majority of doctors | expect | the strike to go ahead"},
			why:  "'a majority of' is how many doctors, not an unnamed single source",
		},
		{
			name: "not everyone",
			text: "Not everyone agrees that the reforms went far enough.",
			want: nil,
			why:  "whoever agrees is left unsaid: no speaker",
		},
		{
			name: "a quantifier after the cue is no inverted speaker",
			text: "The chairman, who runs the league, said many of the clubs were in debt.",
			want: []string{"chairman | The chairman | said | many of the clubs were in debt"},
			why:  "'said many of the clubs' opens the content; 'many' is not who said it",
		},
		{
			name: "a relative clause between dashes",
			text: "The striker - who recently retired - said she would return next season.",
			want: []string{"striker | The striker | said | she would return next season"},
			why:  "dashes set off the clause as commas do; a lone dash once read as an empty speaker made the extractor panic",
		},
		{
			name: "they after a plural subject",
			text: "The unions have sued the health ministry. They argue that the new rotas are unsafe.",
			want: []string{"unions | They | argue | the new rotas are unsafe"},
			why:  "a plural noun that can speak, subject of the sentence before, is who 'they' are",
		},
		{
			name: "they after a plural that cannot speak",
			text: "The talks ended on Monday. They argued that the deal was unfair.",
			want: nil,
			why:  "talks do not argue: 'they' stays unresolved and gives no claim",
		},
		{
			name: "a list of names",
			text: "Tzekos, Thanou and Kenteris have all denied the charges.",
			want: []string{"Tzekos, Thanou and Kenteris | Tzekos, Thanou and Kenteris | denied | the charges"},
			why:  "a list with commas is one subject, and 'all' between auxiliary and verb floats off it: 'all' alone was the speaker",
		},
		{
			name: "a comma after an opening phrase is no list",
			text: "In Madrid, Ancelotti and Modric said the title race was over.",
			want: []string{"Ancelotti and Modric | Ancelotti and Modric | said | the title race was over"},
			why:  "'Madrid' follows a preposition: it is where, not one of who",
		},
		{
			name: "a surname that is a month",
			text: "Prime Minister Theresa May said on Monday that Britain would leave the single market.",
			want: []string{"Theresa May | Prime Minister Theresa May | said | Britain would leave the single market"},
			why:  "'May' after a first name is a surname: read as a date it cut the subject and the claim was lost",
		},
		{
			name: "a month after a preposition is a date",
			text: "In May the health minister said the waiting lists had grown.",
			want: []string{"health minister | the health minister | said | the waiting lists had grown"},
			why:  "'In May' dates the statement and is no part of the speaker",
		},
		{
			name: "with a speaker and a participle",
			text: "The Bank of England held interest rates on Thursday, with Governor Andrew Bailey warning that it was too early to cut.",
			want: []string{"Andrew Bailey | Governor Andrew Bailey | warning | it was too early to cut"},
			why:  "'with X saying …' attaches a statement to a report of what happened; X speaks",
		},
		{
			name: "an organisation by its head noun",
			text: "The World Health Organization warned on Friday that cases were rising.",
			want: []string{"World Health Organization | The World Health Organization | warned | cases were rising"},
			why:  "an organisation's name ending in 'Organization', 'Fund', 'Authority' is no person",
		},
		{
			name: "a cue inside a refusal",
			text: "Arsenal refused to confirm the fee.",
			want: []string{"Arsenal | Arsenal | refused | to confirm the fee"},
			why:  "what was refused was not confirmed: 'the club confirmed the fee' would reverse it",
		},
		{
			name: "a participle that says nothing",
			text: "The manager left the ground with his captain saying nothing.",
			want: nil,
			why:  "'nothing' is no content",
		},
		{
			name: "a participle's aside between subject and verb",
			text: "Powell, asked whether a recession was coming, said he did not expect one.",
			want: []string{"Powell | Powell | said | he did not expect one"},
			why:  "the aside holds verbs of its own ('was coming'), but opens with a participle: it is no clause, and Powell speaks",
		},
		{
			name: "a quoted word at the end of the content",
			text: "Nvidia's boss Jensen Huang said demand was \"incredible\".",
			want: []string{"Jensen Huang | Nvidia's boss Jensen Huang | said | demand was \"incredible\""},
			why:  "the closing mark closes a quotation opened inside the content: both marks stay, or the content reads 'was \"incredible'",
		},
		{
			name: "an adjective and 'to' between subject and cue",
			text: "The governor was keen to stress that rates would fall next year.",
			want: []string{"governor | The governor | stress | rates would fall next year"},
			why:  "'was keen to' stands between subject and cue as 'continues to' does; 'unable to' is left out, since it denies the act",
		},
		{
			name: "a business named after what it is",
			text: "German carmaker Volkswagen said sales had fallen in China.",
			want: []string{"Volkswagen | German carmaker Volkswagen | said | sales had fallen in China"},
			why:  "a single unknown name is taken for a person unless the noun before it says what it is: a carmaker is a business",
		},
		{
			name: "a demonym in an organisation's name",
			text: "British Airways said flights from Heathrow would resume on Monday.",
			want: []string{"British Airways | British Airways | said | flights from Heathrow would resume on Monday"},
			why:  "'British' is part of the airline's name, not only its country: the name was 'Airways'",
		},
		{
			name: "as X put it",
			text: "As the governor put it in a speech on Monday, the economy is running hot.",
			want: []string{"governor | the governor | put | the economy is running hot"},
			why:  "'put it' is a cue only in this frame; the sentence around it is what was said, not 'it'",
		},
		{
			name: "an aside with a gerund between subject and verb",
			text: "The governor, despite admitting that growth had slowed, said rates would stay high.",
			want: []string{
				"governor | The governor | admitting | growth had slowed",
				"governor | The governor | said | rates would stay high",
			},
			why: "the aside holds verbs of its own but is no clause with a subject: the governor said both",
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
			name: "a gerund after a preposition with no statement",
			text: "Liverpool lost after conceding a goal in the last minute.",
			want: nil,
			why:  "'conceding a goal' is an event, not a statement: a gerund after a preposition needs a clause or a quotation",
		},
		{
			name: "a participle after a message its subject put out",
			text: "The club issued a statement saying the manager had left.",
			want: []string{"club | The club | saying | the manager had left"},
			why:  "the statement is the club's: whoever issued it speaks",
		},
		{
			name: "a participle after a message someone else sent",
			text: "The newspaper received a telephone call saying a bomb was due to explode.",
			want: nil,
			why:  "whoever receives a message did not say it",
		},
		{
			name: "a verb of saying in a clause after 'after'",
			text: "Shares fell after the company warned of lower profits.",
			want: []string{"company | the company | warned | of lower profits"},
			why:  "narration around a statement drops model cues there, but a verb of saying is a statement wherever it stands",
		},
		{
			name: "a coordinated verb after ', yet'",
			text: "The coach criticised the referee, yet refused to blame him for the defeat.",
			want: []string{"coach | The coach | criticised | the referee"},
			why:  "', yet' opens a clause of its own: the criticism ends before it",
		},
		{
			name: "an aside within dashes closes an apposition",
			text: "Jane Doe, the chief executive of Acme Foods -- the firm that makes the cereal -- told reporters that sales had fallen.",
			want: []string{"Jane Doe | Jane Doe | told | sales had fallen"},
			why:  "the dashes set off a second aside inside the subject; the speaker is still the name before the commas",
		},
		{
			name: "a subject with an aside in dashes",
			text: "Jane Doe — the club's owner since 2019 — told fans that the stadium would be rebuilt.",
			want: []string{"Jane Doe | Jane Doe | told | the stadium would be rebuilt"},
			why:  "an aside within dashes stands between the subject and its verb, as a parenthesis does",
		},
		{
			name: "a noun the tagger reads as a verb in an apposition",
			text: "“Sanctions will not work,” Jane Doe, a former United States ambassador to Russia, said.",
			want: []string{"Jane Doe | Jane Doe | said | Sanctions will not work"},
			why:  "prose tags 'ambassador' after 'United States' as a verb; the apposition has no clause in it",
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
			name: "a report released last year",
			text: "A Treasury report released last year found that the scheme had cost twice as much as planned.",
			want: []string{"Treasury report | A Treasury report | found | the scheme had cost twice as much as planned"},
			why:  "'last year' after the participle is its adjunct: the participle phrase is part of the subject",
		},
		{
			name: "role and name in apposition after a quotation",
			text: "“We will fight for every point,” the club's manager, Bob Smith, said.",
			want: []string{"Bob Smith | Bob Smith | said | We will fight for every point"},
			why:  "the role before the name belongs to the subject, not to the quotation",
		},
		{
			name: "a relative clause ends at a dash",
			text: "The levy -- which the chief executive, Tim Cook, called “political crap” -- was upheld by the court.",
			want: []string{"Tim Cook | Tim Cook | called | political crap"},
			why:  "a dash closes the relative clause as a comma does",
		},
		{
			name: "a comparison with a participle inside the content",
			text: "The auditor said the new stadium had cost twice as much as planned.",
			want: []string{"auditor | The auditor | said | the new stadium had cost twice as much as planned"},
			why:  "'as planned' has no subject of its own: it compares, it reports no statement, so the content goes on",
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
			name: "quotation paragraph after indirect speech",
			text: "Former captain Phil Thompson is confident that the lure of the Champions League will keep Gerrard at the club.\n\n“I hope he will commit himself. He has big decisions to make.”",
			want: []string{
				"Phil Thompson | Former captain Phil Thompson | confident | the lure of the Champions League will keep Gerrard at the club",
				"Phil Thompson | Former captain Phil Thompson |  | I hope he will commit himself. He has big decisions to make",
			},
			why: "a paragraph that is one quotation continues the person who spoke last, in reported speech as in a quotation",
		},
		{
			name: "participle with an object inside the subject",
			text: "Investors buying the shares said the price was too high.",
			want: []string{"Investors | Investors | said | the price was too high"},
			why:  "a reduced relative clause may have an object: the investors speak, not the shares",
		},
		{
			name: "participle that is a modifier",
			text: "Athletics' ruling body the IAAF said the excuses were unacceptable.",
			want: []string{"IAAF | the IAAF | said | the excuses were unacceptable"},
			why:  "'ruling body' is one noun phrase: no reduced clause, and Athletics does not speak",
		},
		{
			name: "verb form after an article",
			text: "ID fraud is rising, with criminals netting an estimated £1.3bn last year.",
			want: nil,
			why:  "'an estimated' is an adjective, not a cue",
		},
		{
			name: "speaker and cue closing the sentence, cue tagged a noun",
			text: "Inflation will fall next year, the bank predicts.",
			want: []string{"bank | the bank | predicts | Inflation will fall next year"},
			why:  "the tagger reads 'predicts' as a plural noun; after a comma and a subject, at the sentence end, it is the verb",
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
			name: "title in sentence case opening with a speaker and a colon",
			text: "Poll: Labour and Tories level ahead of the election.\n\nA YouGov poll of 2,000 voters was published on Monday.\n",
			want: []string{"Poll | Poll | : | Labour and Tories level ahead of the election"},
			why:  "a title that ends in a stop is read as prose; its colon after a name the text speaks of still attributes",
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
			name: "content first, then a participle of saying",
			text: "This has amplified reactions, analysts said, adding that they expect calmer markets.",
			want: []string{
				"analysts | analysts | said | This has amplified reactions",
				"analysts | analysts | adding | they expect calmer markets",
			},
			why: "a participle of saying after the cue opens a second statement; the first does not run on over its own speaker",
		},
		{
			name: "cue, adjunct, colon, quotation",
			text: "The striker wrote on Instagram: “I am staying.”",
			want: []string{"striker | The striker | wrote | I am staying"},
			why:  "a prepositional phrase between the cue and a colon is where it was said, not what",
		},
		{
			name: "she after a man and a woman",
			text: "Ms Smith said waiting lists were falling. Mr Brown said they were rising. She said the figures were clear.",
			want: []string{
				"Smith | Ms Smith | said | waiting lists were falling",
				"Brown | Mr Brown | said | they were rising",
				"Smith | She | said | the figures were clear",
			},
			why: "a pronoun stands for the last person the text does not give the other sex: titles tell it",
		},
		{
			name: "she after an unnamed spokeswoman",
			text: "Health Secretary Tom Jones said the plan was sound. A ministry spokeswoman said it was funded. She said more money would follow.",
			want: []string{
				"Tom Jones | Health Secretary Tom Jones | said | the plan was sound",
				"ministry spokeswoman | A ministry spokeswoman | said | it was funded",
				"ministry spokeswoman | She | said | more money would follow",
			},
			why: "an unnamed person introduced with 'a' is someone a later pronoun may stand for",
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
			name: "coordinated cue after a subject in apposition",
			text: "Donald Trump, her Republican opponent, bemoaned the unrest and said he thought that drugs were a factor.",
			want: []string{
				"Donald Trump | Donald Trump | bemoaned | the unrest",
				"Donald Trump | Donald Trump | said | he thought that drugs were a factor",
			},
			why: "the subject of '… and said' stands before an apposition and a first verb; the first verb, a model cue, keeps what comes before 'and' rather than being dropped",
		},
		{
			name: "coordinated participle sharing a passive",
			text: "Mr Khodorkovsky is in prison, having been charged with fraud and repeatedly denied bail.",
			want: nil,
			why:  "'been' governs both participles: he was denied bail, he denied nothing",
		},
		{
			name: "pronoun over a capitalised sentence opener",
			text: "Michael Howard said the tax was unfair. Looking ahead, the party will campaign on crime. He said the police needed more officers.",
			want: []string{
				"Michael Howard | Michael Howard | said | the tax was unfair",
				"Michael Howard | He | said | the police needed more officers",
			},
			why: "'Looking' opens a sentence capitalised but names no one a pronoun may stand for",
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
			name: "expectation of a figure",
			text: "The Bank of England expects growth of 1.5% this year.",
			want: []string{"Bank of England | The Bank of England | expects | growth of 1.5% this year"},
			why:  "an expectation may name a figure instead of a clause; forecasts of central banks and firms take this form",
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
			name: "age, then a relative clause, before the verb",
			text: "Mr Bailey, 64, who took office in 2020, said inflation would fall.",
			want: []string{"Bailey | Mr Bailey | said | inflation would fall"},
			why:  "news gives an age between commas before the other asides; the name before it is the subject",
		},
		{
			name: "age, then a role, before the verb",
			text: "Jane Doe, 45, a former minister, said inflation would fall.",
			want: []string{"Jane Doe | Jane Doe | said | inflation would fall"},
			why:  "the age is no subject, and the role after it is still an apposition",
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
			name: "a title whose name also opens sentences",
			text: "Golf clubs are just scratching out a profit, Mr. Hedge said.",
			want: []string{"Hedge | Mr. Hedge | said | Golf clubs are just scratching out a profit"},
			why:  "the segmenter split the sentence after 'Mr.'; the claim was lost",
		},
		{
			name: "a quotation ending in a clitic",
			text: "“Now, is the plan perfect? It isn’t,” the mayor said.",
			want: []string{"mayor | the mayor | said | Now, is the plan perfect? It isn’t"},
			why:  "prose dropped 'n’t' with the comma after it, so the quotation seemed not to end before the speaker",
		},
		{
			name: "said if",
			text: "The coach said if the team loses again, he will resign.",
			want: []string{"coach | The coach | said | if the team loses again, he will resign"},
			why:  "'said if …' is a cue and a clause, not a participle with an adjunct inside a subject",
		},
		{
			name: "those surveyed",
			text: "By double digits, those surveyed say stricter rules would help.",
			want: []string{"those surveyed | those surveyed | say | stricter rules would help"},
			why:  "'those' and a participle are people, unnamed, as 'those close to him' are",
		},
		{
			name: "an age for a name",
			text: "Maria Keller spoke on Monday. “The bank is ready,” said the 46-year-old.",
			want: []string{"Maria Keller | the 46-year-old | said | The bank is ready"},
			why:  "'the 46-year-old' stands for the person last met, as a pronoun does",
		},
		{
			name: "the hearer's place before that",
			text: "The governor ended his campaign, telling supporters in Columbus, Ohio, that he had faith in the voters.",
			want: []string{"governor | The governor | telling | he had faith in the voters"},
			why:  "the hearer's place is no content: it was 'supporters in Columbus'",
		},
		{
			name: "a medium before a participle of saying",
			text: "The club's spokesman responded on Twitter, calling the charge “pathetic”.",
			want: []string{"club’s spokesman | The club's spokesman | calling | the charge “pathetic”"},
			why:  "'on Twitter' says where, not what; the participle carries what was said",
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
			name: "findings in a poll",
			text: "In a YouGov poll last month, the mayor led her rival by 12 points. The governor trails the senator among young voters in a new Ipsos survey. The senator is leading in the polls.",
			want: []string{
				"YouGov poll | a YouGov poll | In | the mayor led her rival by 12 points",
				"new Ipsos survey | a new Ipsos survey | in | The governor trails the senator among young voters",
			},
			why: "a poll or study is the source of the findings a sentence gives 'in' it; 'in the polls' names no poll",
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
			name: "a question, then its speaker and a participle",
			text: "“Who would have believed we would get this far?” the manager said, looking out at the crowd.\n\n“I would,” his wife said.",
			want: []string{
				"manager | the manager | said | Who would have believed we would get this far?",
				"wife | his wife | said | I would",
			},
			why: "the segmenter ends a sentence at '?”'; the speaker after it was left with no content, and the next speaker was given the question",
		},
		{
			name: "an expletive passive",
			text: "The Fed met on Tuesday. At a time when it was said that rates would never rise again, prices soared. It's been reported that the governor has resigned.",
			want: nil,
			why:  "'it was said', 'it's been reported' name no one: the tagger reads 'said' as a past tense, and the model read the clitic 's as a cue",
		},
		{
			name: "a reporting noun after its possessor",
			text: "The senator's claim that the mayor is in favor of the closure is simply not true. Despite the club's insistence that the manager would stay, he left in June. Her support for the bill never wavered.",
			want: []string{
				"senator | The senator | claim that | the mayor is in favor of the closure",
				"club | the club | insistence that | the manager would stay",
			},
			why: "a noun of saying with a that-clause is its possessor's claim, which ends before the sentence's own verb; a noun of stance ('support for') is left alone",
		},
		{
			name: "news that names donations and subscribers",
			text: "Campaign aides said the average donation was $27. A US bank has said it will donate $8m to the victims. Subscribers rose 2% in the quarter, the company said.",
			want: []string{
				"Campaign aides | Campaign aides | said | the average donation was $27",
				"US bank | A US bank | said | it will donate $8m to the victims",
				"company | the company | said | Subscribers rose 2% in the quarter",
			},
			why: "'donation', 'subscribers' and 'sign up' make furniture only where a line speaks to its reader ('the US' is no 'us'); these whole paragraphs were dropped",
		},
		{
			name: "a comparative in the speaker",
			text: "“It's not a campaign anymore, it's a movement,” said the younger Mr. Hale, surrounded by his siblings.",
			want: []string{"Hale | the younger Mr. Hale | said | It's not a campaign anymore, it's a movement"},
			why:  "'younger' is tagged a comparative, which ended the noun phrase before its name",
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
			name: "as X pointed out in December",
			text: "As the analyst Jane Doe pointed out in December, “The delegates will have options.”",
			want: []string{"Jane Doe | the analyst Jane Doe | pointed out | The delegates will have options"},
			why:  "'as X observed, …' takes the rest of the sentence, over a dated phrase after the cue",
		},
		{
			name: "coordinated adjectives in a closing speaker",
			text: "Investigators are looking at the emails, current and former officials said.",
			want: []string{"current and former officials | current and former officials | said | Investigators are looking at the emails"},
			why:  "'current and former' is one phrase; the speaker was 'former officials' after an 'and', and no content",
		},
		{
			name: "an abbreviated date after the cue",
			text: "“This is a radical group,” the senator said Dec. 6 on CNN.",
			want: []string{"senator | the senator | said | This is a radical group"},
			why:  "'Dec. 6' is when, not what: the content was 'Dec. 6 on CNN'",
		},
		{
			name: "a count of people speaks",
			text: "Nearly nine out of 10 say they will need new skills. In the poll, 62 percent said the economy was weak.",
			want: []string{
				"nearly nine out of 10 | Nearly nine out of 10 | say | they will need new skills",
				"62 percent | 62 percent | said | the economy was weak",
			},
			why: "a count that opens its clause is a share of the people the text counts: an unnamed group",
		},
		{
			name: "a cue read as a noun after its pronoun",
			text: "The militants are in the north. They state their goal is to expand their territory.",
			want: []string{"militants | They | state | their goal is to expand their territory"},
			why:  "the tagger reads 'state' as a noun; after a subject pronoun it is the verb",
		},
		{
			name: "a record closing the sentence",
			text: "The bank will cut 500 jobs, the filing revealed.",
			want: []string{"filing | the filing | revealed | The bank will cut 500 jobs"},
			why:  "a phrase that closes the sentence with its cue is the source, whatever its noun",
		},
		{
			name: "a former holder is not the holder",
			text: "Earlier, ex-Conservative chancellor Ken Clarke welcomed the deal. The chancellor said the rules would not stop spending.",
			want: []string{
				"Ken Clarke | ex-Conservative chancellor Ken Clarke | welcomed | the deal",
				"chancellor | The chancellor | said | the rules would not stop spending",
			},
			why: "'the chancellor' was tied to the only chancellor the article names, though he held the office no more",
		},
		{
			name: "a model verb, then a participle of saying",
			text: "The minister attacked the union for its record on pay, saying, “It has let its members down.” The chief lobbied to close the road, saying, “Fewer cars are better.”",
			want: []string{
				"minister | The minister | attacked | the union for its record on pay",
				"minister | The minister | saying | It has let its members down",
				"chief | The chief | saying | Fewer cars are better",
			},
			why: "the participle's quotation is a claim of the sentence's subject, and the verb before it keeps what comes before the comma: the first claim was dropped for overlapping the second",
		},
		{
			name: "two asides before the cue",
			text: "Sen. Jane Doe, D-Mass., appearing on television after the speech, said the plan had failed.",
			want: []string{"Jane Doe | Sen. Jane Doe | said | the plan had failed"},
			why:  "the state after the name is a first aside, the participle a second: the speaker stands before both",
		},
		{
			name: "a speaker in the middle before a clause",
			text: "In both cases, Eric Trump said, those donations paid for sponsorships.",
			want: []string{"Eric Trump | Eric Trump | said | those donations paid for sponsorships"},
			why:  "an adverbial before the speaker and a clause after it: the tagger reads 'paid' as a participle",
		},
		{
			name: "a name, a role, then the body's name",
			text: "Mike Shields, president of the Leadership Fund, a super PAC allied with House leaders, said donors were worried. Jane Doe, a spokeswoman for the company, Acme Corp, said profits fell.",
			want: []string{
				"Mike Shields | Mike Shields | said | donors were worried",
				"Jane Doe | Jane Doe | said | profits fell",
			},
			why: "two asides stand between the person and the cue; the body named in the second is not the speaker, and 'allied with' is a participle, not a verb",
		},
		{
			name: "a pronoun after the hearer",
			text: "The coach told reporters he would stay.",
			want: []string{"coach | The coach | told | he would stay"},
			why:  "the pronoun opens the clause that was said; it was read as part of the hearer",
		},
		{
			name: "a supposition with an inverted auxiliary",
			text: "The defender, Jane Doe, pleaded guilty and was jailed for five years. It would have been longer had she denied the charge.",
			want: []string{"Jane Doe | Jane Doe | pleaded | guilty and was jailed for five years"},
			why:  "'had she denied' supposes a denial that was not made",
		},
		{
			name: "a demonstrative subject after the cue",
			text: "Asked about his criticism, the governor said that was a natural part of running.",
			want: []string{"governor | the governor | said | that was a natural part of running"},
			why:  "'that' before a verb is the subject of what was said, not its complementiser",
		},
		{
			name: "a record shows a name",
			text: "Polling averages show the mayor with a lead in single digits.",
			want: []string{"Polling averages | Polling averages | show | the mayor with a lead in single digits"},
			why:  "a cue of evidence may report a finding with no verb of its own",
		},
		{
			name: "an analysis closing the sentence",
			text: "Donations hit $1.1 billion by August, a Reuters analysis of newly filed reports shows.",
			want: []string{"Reuters analysis of newly filed reports | a Reuters analysis of newly filed reports | shows | Donations hit $1.1 billion by August"},
			why:  "the closing subject runs from the comma over its phrase after 'of' and a participle; 'shows' is tagged a plural noun",
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
			name: "two titles of one speaker",
			text: "“This is a disgrace,” the Florida senator and presidential candidate said in a statement.",
			want: []string{"Florida senator and presidential candidate | the Florida senator and presidential candidate | said | This is a disgrace"},
			why:  "two titles joined by 'and' after the quotation are one speaker; the content was 'in a statement'",
		},
		{
			name: "a pronoun after a titled subject",
			text: "Mr. Hale spoke on Monday. He said that the club would not sell.",
			want: []string{"Hale | He | said | the club would not sell"},
			why:  "the subject 'Mr. Hale' was not remembered for 'he': the scanner parts the title from its stop",
		},
		{
			name: "an adverb between the subject and its first verb",
			text: "Jane Doe spoke on Monday. She then urged the council to wait and repeatedly said that the plan was unsafe.",
			want: []string{
				"Jane Doe | She | urged | the council to wait",
				"Jane Doe | She | said | the plan was unsafe",
			},
			why: "'… and repeatedly said' takes the sentence's subject over 'then'",
		},
		{
			name: "now that",
			text: "The talk may die down now that the senator has endorsed the mayor.",
			want: []string{"senator | the senator | endorsed | the mayor"},
			why:  "'now that' opens a clause, not a relative one",
		},
		{
			name: "it after a one-word name",
			text: "Barclays cut 500 jobs on Monday. It said the cuts were needed.",
			want: []string{"Barclays | It | said | the cuts were needed"},
			why:  "a one-word name no one bears in full may be a body, and 'it' stands for nothing else",
		},
		{
			name: "a nationality for a name",
			text: "Mikel Arteta insisted on Sunday that Arsenal remain in the race. “We can still do it,” the Spaniard told Sky Sports.",
			want: []string{
				"Mikel Arteta | Mikel Arteta | insisted | Arsenal remain in the race",
				"Mikel Arteta | the Spaniard | told | We can still do it",
			},
			why: "'the Spaniard' stands for the person last met, as 'the 46-year-old' does",
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
			name: "a dated cue before a clause with its own subject",
			text: "Acme Industries said on Monday it would close its Sheffield factory. The donor said on Friday he had met the candidate.",
			want: []string{
				"Acme Industries | Acme Industries | said | it would close its Sheffield factory",
				"donor | The donor | said | he had met the candidate",
			},
			why: "'said on Monday it would …' looked like a participle inside a subject ('Police called to the scene on Friday said'); the pronoun opens a clause of its own",
		},
		{
			name: "a model verb around another claim",
			text: "Bernie Sanders is releasing a new ad that urges voters to send a message to the banks.",
			want: []string{
				"Bernie Sanders | Bernie Sanders | releasing | a new ad that urges voters to send a message to the banks",
				"new ad | a new ad that | urges | voters to send a message to the banks",
			},
			why: "the outer verb's content holds the other claim whole, source and all: it reports it and was dropped for overlapping it",
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
		{
			name: "a quotation after the cue's date",
			text: "The chancellor said on Monday, “We will win the vote.” The coach told reporters on Friday, “We were unlucky.”",
			want: []string{
				"chancellor | The chancellor | said | We will win the vote",
				"coach | The coach | told | We were unlucky",
			},
			why: "a comma after the date leads to the quotation: the first was lost, the second took the hearer and date as content",
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
			name: "calling in is phoning",
			text: "She called in to a radio show about policing. The union called off the strike. Many are calling into question the minister’s figures.",
			want: []string{"many | Many | calling | into question the minister’s figures"},
			why:  "'call in', 'call off' are no statement, 'call into question' is",
		},
		{
			name: "a cue in a clause on 'everything'",
			text: "Everything the minister says is wrong. Nothing the coach said convinced the board.",
			want: nil,
			why:  "the cue is in a clause that qualifies 'everything': the phrase is no speaker and what follows is no content",
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
		{
			name: "appearance is no statement",
			text: "The new law appears to have hit the restaurant industry the hardest. It seemed like the committee had decided to find common ground.",
			want: nil,
			why:  "a raising verb of appearance is the writer's judgement, not its subject's claim",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(tt.text)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// TestSpeakerKinds checks what kind of speaker a phrase is read as: a person, an
// organisation, a group. A wrong kind sends a later "it" or "they" to the wrong speaker.
func TestSpeakerKinds(t *testing.T) {
	tests := []struct {
		text string
		want []string // speaker name and kind, per claim
		why  string
	}{
		{"German carmaker Volkswagen said sales had fallen.", []string{"Volkswagen organisation"}, "the noun before the name says it is a business"},
		{"The retailer Tesco said prices would rise.", []string{"Tesco organisation"}, "'retailer' is an organisation noun of the lexicon"},
		{"Manchester United said the player had been suspended.", []string{"Manchester United organisation"}, "'United' marks a club's name"},
		{"The World Health Organization warned that cases were rising.", []string{"World Health Organization organisation"}, "'Organization' heads the name"},
		{"Arsenal manager Mikel Arteta said the team was tired.", []string{"Mikel Arteta person"}, "a role before a name makes a person, and the club before the role is whom he works for"},
		{"Prime Minister Theresa May said the talks would go on.", []string{"Theresa May person"}, "a month after a first name is a surname"},
		{"Others argue that the bank moved too late.", []string{"others group"}, "a quantifier at the start is unnamed people, not a person called Others"},
		{"The unions have sued the ministry. They argue that the rotas are unsafe.", []string{"unions group"}, "'they' reads the plural subject before it"},
		{"Sources at the club say the deal is close.", []string{"Sources at the club anonymous"}, "'Sources' opens the sentence capitalised but is no name: the sources are unnamed, not the club"},
		{"The Fed said it would hold rates.", []string{"Fed organisation"}, "a one-word name after 'the' that has an organisation sense is a body, though WordNet knows a 'fed' agent"},
		{"The Bundesbank said growth would slow.", []string{"Bundesbank organisation"}, "a one-word name after 'the' is no person"},
		{"Nato said the exercise was routine.", []string{"Nato organisation"}, "WordNet knows the name only as an organisation"},
		{"Liverpool said the player had signed.", []string{"Liverpool organisation"}, "a place that speaks is a club, a council or a government, not a person"},
		{"Smith said the player had signed.", []string{"Smith person"}, "WordNet knows the name as a person's"},
		{"The Scot said the course was hard.", []string{"Scot person"}, "a nationality noun after 'the' is a person"},
		{"Prosecutors said the case would go ahead.", []string{"Prosecutors group"}, "a plural of people, capitalised at the start, is no name"},
		{"The Tories said the plan was costly.", []string{"Tories group"}, "a plural of people after 'the'"},
		{"The Treasury said borrowing had fallen.", []string{"Treasury organisation"}, "an institution noun of the lexicon"},
		{"The Prime Minister's Office said the talks were over.", []string{"Prime Minister’s Office organisation"}, "an office named for its holder is a body, not the role 'Prime Minister' and a person 'Office'"},
		{"The Liberal Democrats said the plan was wrong.", []string{"Liberal Democrats group"}, "an adjective and a plural of people name a group, where 'Tony Banks' names a person"},
		{"Macrovision said it would appeal. Macrovision also said sales rose.", []string{"Macrovision organisation", "Macrovision organisation"}, "a one-word name whose statement speaks of itself as 'it' is a body, in all its claims"},
		{"Ronaldinho said it will take time to settle.", []string{"Ronaldinho person"}, "'it will take time' is a placeholder 'it', not the speaker"},
		{"General Motors said sales fell.", []string{"General Motors organisation"}, "a title word inside a body's name is part of the name, not a role"},
		{"Leeds General Infirmary said the patient was stable.", []string{"Leeds General Infirmary organisation"}, "'Infirmary' heads an institution's name"},
		{"Amnesty International said the trial was unfair.", []string{"Amnesty International organisation"}, "'International' ends the names of bodies"},
		{"Real Madrid said the coach would stay.", []string{"Real Madrid organisation"}, "a place after a common word ends the name of a club; Madrid is no affiliation here"},
		{"George Washington said the war was won.", []string{"George Washington person"}, "a place after a given name is a surname"},
	}
	for _, tt := range tests {
		var e Extractor
		var got []string
		for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
			got = append(got, c.Speaker.Name+" "+c.Speaker.Kind.String())
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

// TestSharedBodies checks which people of a document take the body of another with the
// same title, and which do not: wrongly shared, a body makes a false conflict "between
// officials".
func TestSharedBodies(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // speaker → affiliation
		why  string
	}{
		{
			"Health Secretary Wes Streeting said the NHS was turning a corner. Shadow health secretary Victoria Atkins of the Conservative Party claimed the figures were massaged.",
			map[string]string{"Wes Streeting": "", "Victoria Atkins": "Conservative Party"},
			"a minister does not take the party of the shadow minister who bears the same title",
		},
		{
			"Tory spokesman Simon Burns said places had been lost. Health spokesman Paul Burstow said the goal was shared.",
			map[string]string{"Simon Burns": "Tory", "Paul Burstow": ""},
			"every party has spokesmen: one spokesman's party is not another's",
		},
		{
			"Bank of England governor Andrew Bailey said rates would stay. Deputy governor Sarah Breeden said inflation was low.",
			map[string]string{"Andrew Bailey": "Bank of England", "Sarah Breeden": "Bank of England"},
			"a deputy governor works where the governor does",
		},
	}
	for _, tt := range tests {
		var e Extractor
		got := map[string]string{}
		for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
			got[c.Speaker.Name] = c.Speaker.Affiliation
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s\n%q (-want +got):\n%s", tt.why, tt.text, d)
		}
	}
}

// TestSpeakerNames checks the name, role and affiliation read from a speaker phrase: what
// a report shows as who spoke, and what identifies one person across documents.
func TestSpeakerNames(t *testing.T) {
	tests := []struct {
		text string
		want string // name | role | affiliation
		why  string
	}{
		{"“Inflation is too high,” said Jane Doe of Goldman Sachs.", "Jane Doe |  | Goldman Sachs", "'of' after a person's name says whom they work for; the name alone identifies them"},
		{"Tom Smith at Barclays said the pound would fall.", "Tom Smith |  | Barclays", "'at' works as 'of'; the name was 'Barclays'"},
		{"“Inflation is too high,” wrote Jane Smith for Bloomberg.", "Jane Smith |  | Bloomberg", "'for' after a writer's name is the outlet she writes for"},
		{"Minister for Europe Jane Doe said the talks were over.", "Jane Doe | Minister for Europe | Europe", "a title with 'for', then the name"},
		{"Ohio Gov. John Kasich said the plan was bad.", "John Kasich | Ohio Gov. | Ohio", "the name before an abbreviated title is whom one serves: the person was 'Ohio John Kasich', another than 'John Kasich'"},
		{"Mr. John Smith said the plan was bad.", "John Smith |  | ", "a courtesy title has no one to serve"},
		{"Sen. Warren spoke on Monday. She said the bank should be broken up.", "Warren | Sen. | ", "the scanner parts 'Sen' from its stop: the name was 'Sen Warren'"},
		{"The Federal Reserve held rates steady. Its chairman said rates would fall.", "chairman of Federal Reserve | chairman | Federal Reserve", "'its' before a role is the body met before: the speaker was an anonymous 'chairman' of no one"},
		{"Republican Donald Trump said the wall would be built.", "Donald Trump |  | Republican", "a party before a name is an allegiance: 'Republican Donald Trump' was another person than 'Donald Trump'"},
		{"Tory ex-minister Douglas Hogg said he opposed the plans.", "Douglas Hogg | Tory ex-minister | Tory", "a role once held keeps the party before it out of the name"},
		{"Singer Britney Spears said the tour would go on.", "Britney Spears | Singer | ", "an occupation opening the sentence is a title, not a given name"},
		{"Striker Harry Kane said the team was ready.", "Harry Kane | Striker | ", "a footballer's position before his name is a title"},
		{"House Speaker Paul Ryan said the bill would pass.", "Paul Ryan | House Speaker | House", "'Speaker' is a title; the name was 'House Speaker Paul Ryan'"},
		{"Even Donald Trump said the plan was bad.", "Donald Trump |  | ", "an adverb opening the sentence is no part of the name"},
		{"Martin Luther King said the march would go on.", "Martin Luther King |  | ", "a given name WordNet knows as a person stays in the name"},
		{"A spokesman for Human Rights Watch said the law was wrong.", "spokesman for Human Rights Watch | spokesman for Human Rights Watch | ", "after a determiner the phrase is a description: 'Rights Watch' is no person"},
		{"Mark Carney of the Bank of England said rates would rise.", "Mark Carney |  | Bank of England", "the affiliation may have a determiner and an 'of' of its own"},
		{"The National Institutes of Health said cases would rise.", "National Institutes of Health |  | ", "a plural organisation noun before 'of' makes an organisation, not a person 'National Institutes'"},
		{"Labour MP Tony Banks said the ban was right.", "Tony Banks | Labour MP | Labour", "a surname that is a plural organisation noun is still a surname"},
		{"“It is wrong,” said Lord Nicholls of Birkenhead.", "Nicholls of Birkenhead | Lord | ", "after a peerage 'of' is part of the title: Birkenhead is no employer"},
		{"Governor of the Bank of England Andrew Bailey said rates would rise.", "Andrew Bailey | Governor of the Bank of England | Bank of England", "a role with its 'of', then the name: the name was the whole phrase"},
		{"President of the European Commission Ursula von der Leyen said the deal was done.", "Ursula von der Leyen | President of the European Commission | European Commission", "particles belong to the surname"},
		{"Powell, asked whether a recession was coming, said the economy was strong.", "Powell |  | ", "an aside that opens with a participle is no role"},
		{"Dr Tedros Adhanom Ghebreyesus, the WHO director-general, warned that the pandemic was not over.", "Tedros Adhanom Ghebreyesus | the WHO director-general | WHO", "an academic title gives way to the role in apposition"},
		{"Sen. Lindsey Graham, a Republican from South Carolina, said the bill was dead.", "Lindsey Graham | Sen. | ", "a title that is an office stays the role"},
		{"Ms Lagarde warned that inflation was sticky.", "Lagarde |  | ", "a courtesy title is no role"},
		{"Richard Revesz, director of the institute, said the rule was weak.", "Richard Revesz | director of the institute | ", "an apposition that is a noun phrase is the role"},
		{"Jane Doe, the chief executive of Acme Foods, said sales had fallen.", "Jane Doe | the chief executive of Acme Foods | Acme Foods", "the name after the role's 'of' is whom the speaker works for"},
		{"Jane Doe, Barclays' chief economist, said rates would fall.", "Jane Doe | Barclays chief economist | Barclays", "the owner of a role in apposition is the affiliation"},
		{"Jane Doe, head of UK equities at Standard Life, said shares would rise.", "Jane Doe | head of UK equities at Standard Life | Standard Life", "a name that qualifies a noun ('UK equities') is no employer; the next one may be"},
		{"“Rates will rise,” said Jane Doe, chief economist at Barclays.", "Jane Doe | chief economist at Barclays | Barclays", "the apposition after an inverted speaker is her role"},
		{"“We will win,” said Bob Smith, Leeds United manager, on Saturday.", "Bob Smith | Leeds United manager | Leeds United", "a role with its owner first; the time after it is no part of it"},
		{"“Rates will rise,” said Jane Doe, Reuters.", "Jane Doe |  | ", "a bare name after an inverted speaker is no role"},
		{"“It is a fine film,” said the Observer's Philip French.", "Philip French |  | Observer", "a possessor before a name is the employer; a nationality after a given name is a surname"},
		{"Fed's Waller says rate cuts could come in March.", "Waller |  | Fed", "a possessive before a surname in a headline is whom the person works for"},
		{"Rep McCaul said the bill would pass.", "McCaul | Rep | ", "a congressman's title written without its stop is no part of the name"},
		{"Ireland coach Eddie O'Sullivan said the try was fine.", "Eddie O'Sullivan | Ireland coach | Ireland", "an apostrophe and s inside a name is no clitic: the tagger would stop the name at \"O\""},
		{"Prof Chris Whitty said cases were rising.", "Chris Whitty | Prof | ", "a title abbreviated without a full stop is no part of the name"},
		{"Klopp, speaking after the 2-0 win over Everton, said the race was not over.", "Klopp |  | ", "an aside that opens with a participle is no role"},
		{"Former England captain Martin Johnson said the team was tired.", "Martin Johnson | Former England captain | England", "'Former' opens no name: the team is England, not 'Former England'"},
		{"Shadow Chancellor Oliver Letwin said taxes would rise.", "Oliver Letwin | Shadow Chancellor | ", "there is no body called Shadow"},
		{"Conservative Shadow Chancellor Oliver Letwin said taxes would rise.", "Oliver Letwin | Conservative Shadow Chancellor | Conservative", "the party before 'Shadow' is the body"},
		{"Education Secretary Ruth Kelly said the plan was fair.", "Ruth Kelly | Education Secretary | ", "what a minister oversees is part of the title, not a body called Education"},
		{"Deputy Mayor Nicky Gavron said the plan was costly.", "Nicky Gavron | Deputy Mayor | ", "'Deputy' before a title opens it: there is no body called Deputy"},
		{"Bank of England governor Mervyn King said rates would stay.", "Mervyn King | Bank of England governor | Bank of England", "a title that is also a surname ends a name after a given name"},
		{"Party leader Charles Kennedy said the plan was fair.", "Charles Kennedy | Party leader | ", "a common noun before a title names no body in particular"},
		{"Treasury Secretary John Snow said the dollar was strong.", "John Snow | Treasury Secretary | Treasury", "an institution before the title is still the body"},
		{"New Home Secretary Charles Clarke said he would consider the ruling.", "Charles Clarke | New Home Secretary | ", "'New' before a role is no body; 'New York' before one is"},
		{"Sharon Osbourne was robbed at home. Sharon said the thieves took her jewels.", "Sharon Osbourne |  | ", "a first name alone stands for the one person of the document who bears it"},
		{"Nintendo launched the Nintendo DS in March. Nintendo said sales were strong.", "Nintendo |  | ", "a product's name is no person's: 'DS' is no surname"},
		{"“We are disappointed,” said a spokesman for the club.", "spokesman for the club | spokesman | ", "an unnamed speaker after an inverted cue keeps whom he speaks for"},
		{"Jane Doe, managing director of Acme, said sales fell.", "Jane Doe | managing director of Acme | Acme", "a participle that modifies a role opens one"},
		{"The chief medical officer, Prof Chris Whitty, warned that cases were rising.", "Chris Whitty | chief medical officer | ", "an academic title gives way to the role in apposition before the name"},
		{"The Rt Rev John Smith said the church was full.", "John Smith | Rt Rev | ", "British clerical titles, abbreviated"},
		{"Det Insp Jane Doe said the man had been arrested.", "Jane Doe | Det Insp | ", "police ranks, abbreviated"},
		{"Real Madrid coach Carlo Ancelotti said the team was tired.", "Carlo Ancelotti | Real Madrid coach | Real Madrid", "the club, whose name ends in a place, is the employer, not Spain"},
		{"Former France centre Philippe Sella said the side was weak.", "Philippe Sella |  | France", "'Former' opens no club name: France stays the affiliation"},
		{"St Fintian's High School says the video shows its pupils.", "St Fintian High School |  | ", "a possessive inside an organisation's name is part of the name"},
		{"The Bundesbank president, Joachim Nagel, said rates should stay high.", "Joachim Nagel | president | Bundesbank", "a capitalised owner before a role before the name"},
		{"The Bank of England's chief economist, Huw Pill, warned that cuts would be a mistake.", "Huw Pill | chief economist | Bank of England", "a possessive owner, with an 'of' of its own"},
		{"Kamal Nath, Commerce and Industry Minister, said exports would grow.", "Kamal Nath | Commerce and Industry Minister | ", "before 'minister' the words name a portfolio, not an employer"},
		{"Yesterday Argentina's economy minister, Roberto Lavagna, said the offer was final.", "Roberto Lavagna | economy minister | Argentina", "a time word before the owner is no part of it; a country stands for its government"},
	}
	for _, tt := range tests {
		c, ok := oneClaim(t, tt.text)
		if !ok {
			continue
		}
		sp := c.Speaker
		if d := cmp.Diff(tt.want, sp.Name+" | "+sp.Role+" | "+sp.Affiliation); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

func TestHeadingsAreNoSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		why        string
	}{
		{"clarification", "CLARIFICATION: The first sentence has been clarified to reflect the record.", "a correction notice in capitals before a colon"},
		{"section heading", "QUESTIONABLE MEDICAL CLAIMS — For years, Oz has been dogged by charges.", "a heading in capitals before a dash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractBrief(tt.text); len(got) != 0 {
				t.Errorf("%s: got claims %q", tt.why, got)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		name, text string
		why        string
	}{
		{"newsletter", "Sign up for our newsletter, the minister said.", "a newsletter prompt is page furniture even with a cue"},
		{"read more", "Read more: the coach said he would stay.", "related-links lines"},
		{"credit", "Kremlin spokesman Dmitry Peskov. Igor Ivanko / Kommersant", "a photo caption with its credit"},
		{"reporting by", "(Reporting by Reuters; Editing by Conor Humphries)", "a wire byline"},
		{"related list", "The talks went on.\n- Call the fuzz: 4 charged in alleged scam\n- How Trump may bypass the Senate", "a list of related headlines"},
		{"donation block", "A Message from The Moscow Times:\n\nDear readers,\n\nWe are facing challenges. The authorities claim our work “discredits the decisions.” We see things differently.", "a block addressed to the reader, with a cue inside it"},
		{"comments", "Comments", "a comment prompt"},
		{"subscribe after a bio", "Jane Doe co-hosts the politics podcast.\u00a0Subscribe here.", "a prompt that opens a sentence after the writer's bio"},
		{"sign up after a question", "Want more updates from Amanda? Sign up for her newsletter.", "a prompt that opens a sentence, with no 'you' in it"},
		{"follow", "“Follow Anna Reyes on Twitter @annareyes.”", "a prompt to follow the writer, even inside a stray quote mark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractBrief(tt.text); len(got) != 0 {
				t.Errorf("%s: got claims %q", tt.why, got)
			}
		})
	}
}

// oneClaim extracts text, which must give exactly one claim.
func oneClaim(t *testing.T, text string) (claims.Claim, bool) {
	t.Helper()
	var e Extractor
	cs := e.Extract(claims.Document{ID: "t", Text: text})
	if len(cs) != 1 {
		t.Errorf("%q: %d claims, want 1", text, len(cs))
		return claims.Claim{}, false
	}
	return cs[0], true
}
