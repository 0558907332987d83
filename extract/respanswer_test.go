package extract

import (
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
)

// TestResponseAnswers runs the rows of respanswer.go: which claim a response answers.
// Each row names the responding claim and the claim it must answer by a piece of their
// contents ("" when it must answer none).
func TestResponseAnswers(t *testing.T) {
	tests := []struct {
		name, text, responder, answered, why string
		phrase                               string // when set, what the first response names as answered
		undated                              bool   // the document has no publication date
	}{
		{
			name:      "a denial sharing only a name and its noun with a claim nearby",
			text:      "The film followed Tom Ray as he ate only burgers for a month.\n\nProducer Ann Lee presented the award to Ray and the film's backers, Roadside Pictures.\n\nBurger King recently stopped selling supersize portions but denied the move was as a result of the negative publicity created by Ray's film.",
			responder: "the move was as a result of the negative publicity created by Ray's film",
			answered:  "",
			why:       "a guard: 'Ray' and 'film' name what both speak of, not what the chain denies; nobody in the text says the publicity led to the change",
		},
		{
			name:      "a denial sharing names and its verb with a claim",
			text:      "Opposition leader Jan Holt said on Monday that Premier Ray Cole had met Tom Lee in Geneva.\n\nThe talks were about the border. Trade has fallen since March. The border has been closed for a year.\n\nCole denied he had met Lee in Geneva.",
			responder: "he had met Lee in Geneva",
			answered:  "Premier Ray Cole had met Tom Lee in Geneva",
			why:       "names and the act said of them are the claim itself: only 'met' is no name, and two names with one common word had been read as a topic, so the denial answered nothing",
		},
		{
			name:      "one's own words told by a participle 'a day after'",
			text:      "The mayor of Lakeside has clarified remarks she made about the budget, a day after telling the council that no jobs would go.",
			responder: "remarks she made about the budget",
			answered:  "no jobs would go",
			why:       "'a day after telling …' sets the clarification after the mayor's own words as 'a day after she told' does: a participle right after 'after' was no temporal clause, and the clarification answered nothing",
		},
		{
			name:      "a U-turn one defends is one's own",
			text:      "Manager Ray Moss has defended a dramatic U-turn over striker Tim Vale.\n\nOn Tuesday Moss said Vale was not for sale.",
			responder: "a dramatic U-turn over striker Tim Vale",
			answered:  "Vale was not for sale",
			why:       "what one defends as a U-turn is one's own reversal; inside what is said, only a U-turn after 'his' or 'I' was the speaker's, so it answered nothing",
		},
		{
			name:      "a U-turn one defends that a possessive gives to another",
			text:      "Manager Ray Moss has defended the chairman's U-turn over striker Tim Vale.\n\nOn Tuesday Moss said Vale was not for sale.",
			responder: "the chairman's U-turn over striker Tim Vale",
			answered:  "",
			why:       "a guard: the chairman's U-turn is his, not the manager's; it had set the manager's own words against themselves",
		},
		{
			name:      "a change of heart one defends that 'by' gives to another",
			text:      "Manager Ray Moss has defended a change of heart by the chairman over striker Tim Vale.\n\nOn Tuesday Moss said Vale was not for sale.",
			responder: "a change of heart by the chairman",
			answered:  "",
			why:       "a guard: 'by' after a phrase of several words names whose it is, as after 'U-turn'; only the word after the phrase's first was looked at",
		},
		{
			name:      "a colleague named by the tie, not the name",
			text:      "The harbour board's finance director, Elena Moss, said the new berth would open in May.\n\nLater that day the board's chief engineer, Tomas Reyes, said the berth would not open before the autumn, contradicting his colleague.",
			responder: "the berth would not open before the autumn",
			answered:  "the new berth would open in May",
			why:       "'his colleague' names another person by their tie to the responder, not by name or office: read as a noun to match words, it answered nothing",
		},
		{
			name:      "a minister's office for subject, time spent before the walk-back, and a promise in the past perfect",
			text:      "The minister responsible for the city's water utility spent part of Tuesday walking back a promise that water rates would not rise next year.\n\n\"I can't rule out a rise,\" Omar Rahal told reporters on Tuesday afternoon.\n\nHours earlier, Rahal had said there would be no rise in water rates next year.",
			responder: "I can't rule out a rise",
			answered:  "there would be no rise in water rates next year",
			why:       "'spent part of Tuesday' stands between the subject and 'walking back', and 'responsible for …' after the office it names: the walk-back had no speaker; and what he 'had said' came before his words of the afternoon, which carry the walk-back",
		},
		{
			name:      "a clarification whose clause opens with the speaker's own remark",
			text:      "At a briefing on Monday, hospital director Ken Rua said the hospital had not postponed a single operation.\n\nYesterday, Mr Rua clarified that his comments referred only to urgent surgery. He said about 80 planned procedures had been put off.",
			responder: "his comments referred only to urgent surgery",
			answered:  "the hospital had not postponed a single operation",
			why:       "'his comments' opening what is clarified are the speaker's own: read as someone else's remark, they answered no one",
		},
		{
			name:      "a clarification of a woman's comments by a man",
			text:      "At a briefing on Monday, health minister Jane Hull said the hospital had not postponed a single operation.\n\nYesterday, hospital director Ken Rua clarified that her comments referred only to urgent surgery. He said about 80 planned procedures had been put off.",
			responder: "her comments referred only to urgent surgery",
			answered:  "the hospital had not postponed a single operation",
			why:       "'her comments' are not those of Rua, whom 'He' makes a man: read as his own, the clarification answered his words after it",
		},
		{
			name:      "a named speaker's remark far before, other words of his just after",
			text:      "Transport minister Tom Reid said on Monday that harbour fees would rise by 10% next year.\n\nThe harbour handles about 300 ships a month.\n\nMost of them carry timber.\n\nThe port was built in 1902.\n\nIt was extended in 1975.\n\nA new quay opened in 2019.\n\nThe Port Authority yesterday rejected suggestions by Tom Reid that harbour fees will rise next year.\n\nMr Reid told reporters on Wednesday the new ferry terminal would open in May.",
			responder: "suggestions by Tom Reid that harbour fees will rise next year",
			answered:  "harbour fees would rise by 10% next year",
			why:       "only words told further on wait for none nearer: the named speaker's own remark, six paragraphs before, was dropped for his words on the ferry just after",
		},
		{
			name:      "a ministry named as the remark's maker, its officer's words further on",
			text:      "The Port Authority has poured cold water on suggestions by the Ministry of Transport that harbour fees will rise next year.\n\nAuthority chairman Ana Voss said yesterday the fees would stay where they are.\n\n\"There will be no change to the fees,\" Ms Voss said.\n\nShe said cargo volumes were up 4% this year.\n\nHer comments follow remarks by the Permanent Secretary for Transport, Tom Reid, last week.\n\nMr Reid told shipping agents the harbour fees would rise by 10% next year.",
			responder: "suggestions by the Ministry of Transport that harbour fees will rise next year",
			answered:  "shipping agents the harbour fees would rise by 10% next year",
			why:       "the ministry speaks by its permanent secretary, whose office is over its portfolio, five paragraphs on: only claims by the ministry's own name, within four, were sought",
		},
		{
			name:      "a correction of one's own words that the sentence sets it after",
			text:      "The Kelby Port Authority's chief engineer clarified on Friday that two ships, not five, had been turned away, a day after he told the council that five ships had been turned away.\n\nShipping agents said they had been given no warning.",
			responder: "two ships, not five, had been turned away",
			answered:  "five ships had been turned away",
			why:       "what 'a day after he told …' sets the correction after is what it corrects; one's own words were skipped there, as they are rightly for a denial",
		},
		{
			name:      "a denied claim that states its clause, and a vote that names the denier",
			text:      "Councillor Dan Orme had denied a claim that he was paid for guiding tours of the town hall. His ward party voted against a move to deselect him, with Mr Orme winning 173 of the 299 votes.\n\nThe Weekly Courier alleged that Orme was paid for the tours by a travel firm.",
			responder: "a claim that he was paid for guiding tours of the town hall",
			answered:  "Orme was paid for the tours by a travel firm",
			why:       "a remark whose clause says what it held is no act that merely names the denier: the party's vote, nearest, was taken for the claim denied",
		},
		{
			name:      "a witness telling what another was describing",
			text:      "Ana Ruiz said on Sunday that the valley had flooded overnight.\n\n\"Ruiz was describing whole streets under water, and people carrying their children on their shoulders,\" said Tom Beck, who runs the site.",
			responder: "Ruiz was describing whole streets under water",
			answered:  "",
			why:       "a past progressive told plainly ('was describing'), with no cue of answering or contrast, narrates what she said: read as 'meant', it corrected her",
		},
		{
			name:      "a spokesman saying one was joking",
			text:      "Senator Ann Vale said on Monday that the state should sell its airports.\n\n\"Vale was joking,\" said her spokesman, Tom Beck.",
			responder: "Vale was joking",
			answered:  "the state should sell its airports",
			why:       "'was joking' reads her words anew, as 'meant' does: taken for a past progressive that narrates, like 'was describing', it answered nothing",
		},
		{
			name:      "a stance questioned is what one said",
			text:      "Transport minister Ann Vale said on Monday that the state should sell its airports.\n\nOpposition leader Tom Beck questioned Vale's stance on the airports.",
			responder: "Vale's stance on the airports",
			answered:  "the state should sell its airports",
			why:       "a stance is a view one holds, though WordNet also has it a posture, an attribute: read as a quality of the woman, it answered none of her words",
		},
		{
			name:      "a person's quality questioned, not their words",
			text:      "Striker Leo Marsh said he wanted to stay at the club for years.\n\nThe manager, Ray Boyd, questioned Marsh's professionalism after he missed training.",
			responder: "Marsh's professionalism",
			answered:  "",
			why:       "'Marsh's professionalism' is a quality of the man, no remark of his: read as his words, it answered his wish to stay",
		},
		{
			name:      "a clarification whose clause opens with 'no' and a remark noun",
			text:      "Corland Bowling Association chief executive Mara Doyle has clarified that no decision has been taken on whether Kingsport will host the final.\n\nHer statement came a day after the association's president, Leon Tate, told members that Kingsport had been awarded the final.",
			responder: "no decision has been taken on whether Kingsport will host the final",
			answered:  "Kingsport had been awarded the final",
			why:       "'no decision has been taken' is a statement, not 'the decision' pointed back to: read as a remark noun it answered only someone of another body, and the president is of hers",
		},
		{
			name:      "a clarification of words of an earlier day, between its retelling and its sequel",
			text:      "Finance Minister Ana Ruiz said Thursday that she had meant only the standard rate of the tax, a day after her promise on the radio.\n\nSpeaking on the radio on Wednesday, Ruiz said: \"There will be no VAT increase of any kind.\"\n\nAt a news conference on Thursday, Ruiz clarified that she had meant the standard rate. \"The standard rate does not move,\" she said.",
			responder: "she had meant the standard rate",
			answered:  "There will be no VAT increase of any kind",
			why:       "the clarification shares words with the lede that retells it and with the quotation that goes on with it, both of its own day: it answered them, and not Wednesday's promise",
		},
		{
			name:      "a clarification of one's own words told after it, on no day",
			text:      "Mayor Jo Hart clarified on Friday that the bus fare cut was possible, not promised.\n\nHart had said the bus fare cut was certain.",
			responder: "the bus fare cut was possible",
			answered:  "the bus fare cut was certain",
			why:       "only the same day's words told after a clarification go on with it; words the text dates to no day, told after it, may be what it clarifies: it answered nothing",
		},
		{
			name:      "a walk-back whose subject opens with 'Responsible for'",
			text:      "Responsible for water walked back a promise that rates would not rise.\n\n\"I can't rule out a rise,\" Omar Rahal told reporters on Tuesday.",
			responder: "I can't rule out a rise",
			answered:  "",
			why:       "the role before 'responsible for' was looked for before the phrase's first word: the sentence's first word made the index -1, a panic",
		},
		{
			name:      "a clarification of one's own remarks the object states",
			text:      "Coach Ian Bishop spoke on Monday.\n\nFederation president Everton Marshall yesterday clarified his comments that the stadium would not host any more matches this season.",
			responder: "his comments that the stadium",
			answered:  "the stadium would not host any more matches",
			why:       "'his' after 'Everton Marshall yesterday' is Marshall, not the coach named before: the time word parted the subject from its verb; the clarification was dropped as a repeat of the remark it names, and answered no claim of its own speaker's",
		},
		{
			name:      "a clarification of what another had meant",
			text:      "Transport Minister Olav Brekke on Friday ruled out reopening the fares agreement struck with operators in March.\n\n\"The agreement stands. We are not going to reopen it,\" Brekke told his weekly press conference.\n\nOn Saturday, his spokesman Tomas Lind clarified that the minister had been referring to the core terms of the deal, and that work with operators on the detailed rules would continue \"exactly as planned.\"\n\n\"Nothing has changed. The deal is closed; the rules that put it into practice are being drafted, as everyone has known since March,\" Lind told the Morning Ledger.",
			responder: "the minister had been referring to the core terms",
			answered:  "The agreement stands",
			why:       "'clarified that the minister had been referring to' explains the minister's words, not the spokesman's own: the clarification was also read as answering his own words",
		},
		{
			name:      "one who meant every word keeps to them",
			text:      "Harbour City coach Dara Quill said the referee had lost control of the game.\n\nA club spokeswoman said on Monday that Quill \"meant every word\" and that the club would not appeal the fine.",
			responder: "meant every word",
			answered:  "",
			why:       "'meant' reads another's words anew only before what they meant: 'meant every word' stands by them, and was taken for a correction of the coach",
		},
		{
			name:      "a correction named in the question put to the speaker",
			text:      "Mr Penhaligon said the meals would be free from September.\n\nAsked by the committee's chairman whether he had misspoken at the weekend, Mr Penhaligon said he had been setting out an aim.",
			responder: "he had been setting out an aim",
			answered:  "",
			why:       "'whether he had misspoken' is what the chairman asked, not what the minister did: read as his correction, it set his answer against his own pledge",
		},
		{
			name:      "a claim stated after by",
			text:      "The agent of Ian Roe on Monday dismissed a claim by Westmere Rovers that the striker had asked to leave.\n\nWestmere Rovers said on Friday that it stood by its statement.",
			responder: "a claim by Westmere Rovers",
			answered:  "the striker had asked to leave",
			why:       "the claim stated inside what is dismissed is the one answered, though the phrase names its owner: looked up by the owner's name, the answer was the club's later words",
		},
		{
			name:      "the writer's aside with a relative clause whose verb answers",
			text:      "The parks authority said it had never cleared the hotel, a claim the hotel's developer rubbished as a misreading of the file.",
			responder: "a claim",
			answered:  "it had never cleared the hotel",
			why:       "', a claim the developer rubbished': the verb's object is the remark before it, so it is an answer the cue model does not know; read as part of the authority's words, it answered nothing",
		},
		{
			name:      "others' name for the statement, a U-turn, and the words it reverses far below",
			text:      "KESSEL: Ferry operators will have to pay a harbour levy from April 1, says Deputy Transport Minister Datuk Arun Pillay Raman, in what opposition MPs have called a U-turn on the matter.\n\nSpeaking after a tour of the docks here yesterday, he said the port authority would write to the operators.\n\n\"Every boat that docks must pay,\" he said.\n\nThe authority said it had counted 300 boats that never paid dues.\n\nOperators' groups said the rules were unclear.\n\nJust two weeks ago, Arun Pillay told Parliament that the government had no plans to charge ferry operators.",
			responder: "Ferry operators will have to pay a harbour levy from April 1",
			answered:  "no plans to charge ferry operators",
			why:       "', in what MPs have called a U-turn' names this statement a reversal of the minister's own words: those told 'two weeks ago', dated to a week, under the short form of his name, five paragraphs below; the phrase had been read as the MPs' own",
		},
		{
			name:      "a demonstrative remark and a time after it",
			text:      "The port authority said the new berth would open in May.\n\nShipping agent Lorna Pike rubbished that assertion hours later, saying dredging had not begun.",
			responder: "that assertion",
			answered:  "the new berth would open in May",
			why:       "'hours later' is when, not part of what is answered: read into the noun phrase, 'that assertion hours later' answered nothing",
		},
		{
			name:      "a body called by its kind answers",
			text:      "The minister said the quarry was safe to reopen.\n\nThe union poured cold water on the claim.",
			responder: "the claim",
			answered:  "the quarry was safe to reopen",
			why:       "an answering verb whose subject is an unnamed body was dropped, as an unnamed person is when the narration names them later; a body the text never names answers as itself",
		},
		{
			name:      "a report in an outlet, with its day, before its that-clause",
			text:      "Corvel Holdings said profit fell by a fifth.\n\nThe company also rubbished a report in the Harbour Evening Post on Tuesday that it was in talks to sell its head office.",
			responder: "a report in the Harbour Evening Post",
			answered:  "it was in talks to sell its head office",
			why:       "'a report in <outlet> that …' is the outlet's claim told inside the denial: with no claim of the paper, the denial was matched to the company's own 'said' by the noun's verb",
		},
		{
			name:      "an outlet's name before the report noun",
			text:      "Corvel Holdings said profit fell by a fifth.\n\nThe company denied a Harbour Evening Post report that it was in talks to sell its head office.",
			responder: "a Harbour Evening Post report",
			answered:  "it was in talks to sell its head office",
			why:       "the outlet named before 'report' owns the that-clause after it, as a possessor does",
		},
		{
			name:      "a U-turn named before the statement it frames",
			text:      "In March the transport secretary, Ana Duarte, said the night trams would run all summer.\n\nYesterday, in a U-turn welcomed by unions, Duarte announced that the night trams would stop in June.",
			responder: "the night trams would stop in June",
			answered:  "the night trams would run all summer",
			why:       "'Yesterday, in a U-turn …, X announced' is the writer's name for the statement after it, as ', in what critics called a U-turn' is for the one before: read as the unions' welcome, it reversed nothing",
		},
		{
			name:      "a family answers, and a body's noun names whose remark",
			text:      "The Harbour Police said in a statement that the prisoner had died of a seizure.\n\nThe family of a fisherman, Tomas Reyes, who died in the cells, has rubbished the police claim, saying he was beaten.",
			responder: "the police claim",
			answered:  "the prisoner had died of a seizure",
			why:       "'the police claim' is the police's: a common noun of a body before the remark noun names its maker as a name does; and the family, not the dead man named in apposition inside its phrase, answers",
		},
		{
			name:      "an indefinite remark in the writer's aside, and a later claim with its verb",
			text:      "Norland's water watchdog said on Friday that a burst pipe at the Kessel mine had fouled the river, a finding the mining company disputed.\n\nInspectors from the Water Oversight Office found waste along a 3-km stretch, the agency said.",
			responder: "a finding",
			answered:  "a burst pipe at the Kessel mine had fouled the river",
			why:       "'…, a finding X disputed' names the statement its comma closes: matched by the noun's verb, the answer was the inspectors' later 'found'",
		},
		{
			name:      "a remark answered, and a time after it",
			text:      "The ministry said 40 miners had been rescued.\n\nThe union disputed the figures hours later.",
			responder: "the figures",
			answered:  "40 miners had been rescued",
			phrase:    "the figures",
			why:       "'hours later' says when the union answered; read into the answered phrase it named 'the figures hours later'",
		},
		{
			name:      "a rejoinder with no object, and what follows it",
			text:      "Harlow Rail said the signals had failed because of poor maintenance by Velden Systems.\n\nVelden Systems hit back within hours, saying the trains had been run too fast.",
			responder: "the trains had been run too fast",
			answered:  "the signals had failed",
			why:       "'hit back' with no 'at' answers what someone else said just before: with no object it was read as answering nothing",
		},
		{
			name:      "a reply as the cue, with no object",
			text:      "The striker said the club was unlikely to win the cup this season.\n\nThe manager, Dario Venn, replied: \"We can win the cup, and we will.\"",
			responder: "We can win the cup, and we will",
			answered:  "the club was unlikely to win the cup this season",
			why:       "'replied' answers the words just before it, another's; read as a plain cue, the manager's answer to his striker set nothing against it",
		},
		{
			name:      "tears fought back are no rejoinder",
			text:      "Rovers manager Al Byrne said the referee had been fair.\n\nFighting back tears, City manager Tom Reed said the players had given everything.",
			responder: "the players had given everything",
			answered:  "",
			why:       "a guard: 'fighting back tears' holds back tears, it answers no one; read as a rejoinder like 'hit back', it set the manager's words against his rival's as a contradiction",
		},
		{
			name:      "a comeback is no rejoinder",
			text:      "Rovers manager Al Byrne said the referee had been fair.\n\nCity fought back from two goals down to draw 2-2, with manager Tom Reed saying the players had given everything.",
			responder: "the players had given everything",
			answered:  "",
			why:       "a guard: a side that 'fought back' came back in the match; read as a rejoinder, the manager's words contradicted his rival's",
		},
		{
			name:      "a rejoinder after its own words told inside another's",
			text:      "Helmark Pharmaceuticals hopes to market its vaccine next year.\n\nAn analysis the company has cited as evidence of demand was done by its own staff and \"tells us little,\" independent analysts said.\n\nHelmark Pharmaceuticals pushed back in a statement, saying the analysis was sound.",
			responder: "the analysis was sound",
			answered:  "An analysis the company has cited",
			why:       "'the company has cited' is the company's told inside the analysts' words: the nearest words before the rejoinder are the analysts', which it answers; taken as its own last words, they left it answering nothing",
		},
		{
			name:      "a rejoinder and a time after it",
			text:      "Harlow Rail said the signals had failed because of poor maintenance by Velden Systems.\n\nVelden Systems fired back the next day, saying the trains had been run too fast.",
			responder: "the trains had been run too fast",
			answered:  "the signals had failed",
			why:       "'the next day' after 'fired back' is when, not what: read as the rejoinder's object, a thing, it left the company answering nothing",
		},
		{
			name:      "a rejoinder told as a sentence of its own",
			text:      "Coach Marcus Oduya said on Wednesday that guard Dev Clarke had been cleared and would play on Saturday.\n\nAthletic director Janine Vandermeer pushed back on Thursday. In an interview, she said Clarke remains suspended.",
			responder: "Clarke remains suspended",
			answered:  "guard Dev Clarke had been cleared and would play on Saturday",
			why:       "'pushed back on Thursday.' has only its time after it: her next statement answers the coach's; 'on' read as opening an object left it answering nothing",
		},
		{
			name:      "a rejoinder met by an act",
			text:      "Harlow Rail said fares would rise.\n\nVelden Systems countered the move by cutting fares, saying more riders would come.",
			responder: "more riders would come",
			why:       "'countered the move by cutting fares' meets an act with an act: with a thing for its object the rejoinder answers no words",
		},
		{
			name:      "a U-turn the speaker denies it is",
			text:      "Ferry operators will have to pay a harbour levy from April 1, says Minister Arun Pillay, in what he insisted was not a U-turn.\n\nOn Nov 3, Arun Pillay told Parliament the government had no plans to charge ferry operators.",
			responder: "Ferry operators will have to pay a harbour levy from April 1",
			why:       "', in what he insisted was not a U-turn' denies the reversal it names: no earlier words are taken back",
		},
		{
			name:      "put off, not answered",
			text:      "Harlow Rail said the trains were late.\n\nVelden Systems pushed back the launch to May, saying more tests were needed.",
			responder: "more tests were needed",
			why:       "'pushed back the launch' puts a thing off: a rejoinder answers words, and a thing for its object says it is none",
		},
		{
			name:      "a bare that, its copula contracted",
			text:      "Chairman Paul Ekwueme said on Tuesday that Joel Mensah had asked to leave.\n\n\"That's simply not the case,\" agent Karin Holt said.",
			responder: "simply not the case",
			answered:  "had asked to leave",
			why:       "'That's' is 'that is': the bare 'that' calls untrue what someone else said in the sentence before",
		},
		{
			name:      "a demonstrative remark before an adverbial clause",
			text:      "A ministry spokeswoman said on Tuesday that the tender file was complete.\n\nLawyer Dana Pirie took issue with that account when the hearing opened on Thursday.",
			responder: "that account",
			answered:  "the tender file was complete",
			why:       "'that' before a remark noun is a determiner though a verb follows: the verb belongs to the 'when' clause, and read as a complementizer it left 'account' answering nothing",
		},
		{
			name:      "a live blog's newer entry answers an older one below it",
			text:      "Border latest\n\n2:10pm\n\nThe state's chief health officer, Dr Lena Farr, has poured cold water on the Premier's August 3 reopening date.\n\n\"I have not advised that date,\" Dr Farr said.\n\n11:00am\n\nPremier Carla Voss says the border will reopen on August 3.\n\nThe Opposition leader said the date was a guess.\n\n9:30am\n\nWelcome to our live coverage.",
			responder: "the Premier's August 3 reopening date",
			answered:  "the border will reopen on August 3",
			why:       "in a live blog, newest first, the Premier's older entry stands below the response that names her: looked for only above, or a few paragraphs below, the response answered nothing",
		},
		{
			name:      "the denier's next words, without auxiliaries",
			text:      "Wexford Town said on Friday that Jon Ray had submitted a written transfer request.\n\n\"Jon has been our best player and is not for sale,\" manager Ed Holm had said on Thursday.\n\nRay's agent, Lisa Kent, flatly denied that her client had ever asked to leave. \"Jon has never made a transfer request. He has been happy here,\" Kent said.",
			responder: "her client had ever asked to leave",
			answered:  "Jon Ray had submitted a written transfer request",
			why:       "what the denier says next ('never made a transfer request') names the claim denied; 'been' counted as a shared word, and the manager's 'Jon has been …' took the denial",
		},
		{
			name:      "a possessive pronoun's remark, of the person the sentence names, given after",
			text:      "Club undermines manager\n\nPaul Kerr's authority at Wexford Town was thrown into question on Friday when the club contradicted his insistence that Jon Ray would not be sold, confirming it had accepted an offer.\n\nAt his press conference on Friday, the manager had been emphatic. \"Jon is not for sale,\" Kerr said.",
			responder: "it had accepted an offer",
			answered:  "Jon is not for sale",
			why:       "'his insistence' is the remark of the person the sentence names, Kerr, whose words the article gives after it; with one word in common they answered nothing",
		},
		{
			name:      "'the minister' of a statement is the minister named before it",
			text:      "The Coordinating Minister of Health, Musa Adeyemi, told journalists on Monday that every arrear had been paid.\n\n\"The statement by the minister is misleading. Our members are not paid,\" union president Ada Obi said.\n\nOn Tuesday, the Minister of State for Health, Grace Eze, told senators that N11 billion was still owed.",
			responder: "The statement by the minister",
			answered:  "every arrear had been paid",
			why:       "of two ministers, 'the minister' before the second is named is the first: read by role alone it was the Minister of State, whose later words it cannot answer; and 'Coordinating' before 'Minister' kept the first from having a role at all",
		},
		{
			name:      "a remark called false with an adverb and a quote mark between",
			text:      "Finance Minister Rodrigo Salas said on Thursday that a remark by his own budget director about a delay in the loan was “flatly false,” in a public rebuke.\n\nOn Wednesday, budget director Ana Ruiz said the loan would be “delayed until July”.",
			responder: "flatly false",
			answered:  "delayed until July",
			why:       "any adverb of manner or degree ('flatly', 'patently') and the quotation's opening mark may stand between the copula and the word that calls the remark untrue",
		},
		{
			name:      "the headline that tells the story is no earlier words",
			text:      "Racing boss says he was misquoted over remark\n\nTeam principal Luca Benetti insisted on Thursday that he had been misquoted by a newspaper that reported him calling the car a failure.",
			responder: "he had been misquoted by a newspaper",
			answered:  "",
			why:       "the headline retells the lede's own response; it is not what the lede answers",
		},
		{
			name:      "a denial of one's own act answers the charge that names one",
			text:      "\"The NLF attacked our positions at dawn without any provocation,\" army spokesman Jules Mbala told reporters.\n\nThe NLF denied starting the fighting.",
			responder: "starting the fighting",
			answered:  "The NLF attacked our positions",
			why:       "what the group denies doing is what a charge nearby says it did, whatever words the charge uses: the charge names the denier",
		},
		{
			name:      "a U-turn by someone named in an aside of the narration",
			text:      "Calder Group has hired advisers to explore a sale of its leasing arm, a U-turn by chief executive Rhys Madoc, who in March told investors the unit was not for sale.\n\nMadoc said on Tuesday that two banks would assess options for the unit, including a sale.",
			responder: "two banks would assess options",
			answered:  "the unit was not for sale",
			why:       "', a U-turn by X' is the writer's aside on the narrated act: X's later words reverse X's earlier ones, though no claim holds the phrase",
		},
		{
			name:      "a U-turn from a named chief after the company's own statement",
			text:      "Greenway Foods is proposing to close its Leeds depot, a U-turn from chief executive Tom Hale, who in January told staff the site was safe.\n\nIn a statement, Hale said the choices facing staff were hard. \"These are hard choices for our staff,\" he said.",
			responder: "These are hard choices for our staff",
			answered:  "the site was safe",
			why:       "a writer's U-turn by or from a named speaker, closing a sentence that is itself the company's claim, is that speaker's reversal, not the company's; the words reversed are those its relative clause tells, not the chief's other words nearer the reversal",
		},
		{
			name:      "figures given by a role at odds with another's assurances",
			text:      "Figures given by the head of the national fisheries agency on the size of this year's catch are at odds with assurances by Agriculture Minister Rosa Vidal that quotas were respected.\n\nVidal told a news conference on Monday that every fleet had kept within its quota.\n\nTomas Ferrer, head of the fisheries agency, told a committee on Wednesday that the catch had exceeded the quota by 18 per cent.",
			responder: "the catch had exceeded the quota by 18 per cent",
			answered:  "quotas were respected",
			why:       "a remark noun 'given by' (published by, released by) a role is that role's, as 'the minister's figures' are the minister's: the person a later paragraph names in the role sets them against the assurances",
		},
		{
			name:      "a remark whose aside a participle opens, at odds with another's",
			text:      "The chief fire officer, Colm Breen, said on Tuesday that two of the county's stations could not be staffed at night.\n\nHis comments, given at a meeting of the regional fire authority (RFA) in Mullingar, were at odds with those of Housing Minister Aoife Nash, who told the Dáil on Friday that every station was fully staffed.",
			responder: "two of the county's stations could not be staffed at night",
			answered:  "every station was fully staffed",
			why:       "an aside the participle 'given' opens between a remark noun and its verb ('His comments, given at …, were at odds with') leaves the remark the subject: the aside's last words are not who answers",
		},
		{
			name:      "his own earlier words called wrong",
			text:      "At a briefing on Monday, port director Imre Halasz said the terminal would reopen in May.\n\nOn Thursday Halasz said his earlier statement had been wrong, and that the terminal would stay shut until September.",
			responder: "his earlier statement had been wrong, and that the terminal would stay shut until September",
			answered:  "the terminal would reopen in May",
			why:       "a speaker who calls 'his' remark wrong takes back his own words: read as someone else's, the remark answered no one the text names",
		},
		{
			name:      "a rival's words called wrong, after 'his'",
			text:      "At a briefing on Monday, port director Imre Halasz said the terminal would reopen in May.\n\nOn Thursday Mayor Tom Kerr said his rival's statement had been wrong, and that the terminal would stay shut until September.",
			responder: "his rival's statement had been wrong",
			answered:  "the terminal would reopen in May",
			why:       "a guard: 'his rival's statement' is the rival's, not the speaker's: read by 'his' alone, the mayor took back words of his own the text never gives, and answered no one",
		},
		{
			name:      "critics' words called false, after 'his'",
			text:      "At a briefing on Monday, port director Imre Halasz said the terminal would reopen in May.\n\nOn Thursday Mayor Tom Kerr said his critics' claims were false, and that the terminal would stay shut until September.",
			responder: "his critics' claims were false",
			answered:  "the terminal would reopen in May",
			why:       "a guard: a plural's possessive ('critics'') owns the claims as 'rival's' does, though no 's marks it: read by 'his' alone, the mayor took back words of his own",
		},
		{
			name:      "a position just told, at odds with a body's findings",
			text:      "Harbour operator Kelso Marine said on Monday that no fuel had reached the bay.\n\nThat position was at odds with the coastguard's own findings. Coastguard commander Rhian Pugh said samples showed diesel across the bay.",
			responder: "no fuel had reached the bay",
			answered:  "samples showed diesel across the bay",
			why:       "a sentence opened by 'That position' (or 'That claim') sets the statement just told against what follows: with no speaker in the subject, the clash had no one to carry it",
		},
		{
			name:      "a headline's U-turn by a name ending in -ly",
			text:      "Kelly U-turn on stadium fees\n\nCouncillor Ann Kelly told residents in March that the stadium fee would not rise.\n\nOn Friday Kelly said the fee would rise by 10%.",
			responder: "the fee would rise by 10%",
			answered:  "the stadium fee would not rise",
			why:       "a name ending in -ly ('Kelly', 'Reilly', 'Italy') before a response is its subject, not an adverb between subject and verb: the U-turn had no one who made it",
		},
		{
			name:      "a headline's U-turn after its light verb or in",
			text:      "Minister Lund makes U-turn on rail fares\n\nTransport minister Eva Lund said in March that fares would be frozen.\n\nLund said on Friday that fares would rise in May.",
			responder: "fares would rise in May",
			answered:  "fares would be frozen",
			why:       "headlines put the reversal as a noun after 'makes' or 'in' ('Minister in climbdown over fees'): the name before them made it, as the name before a verb does",
		},
		{
			name:      "one's position not changed answers one's own earlier words",
			text:      "Minister Rezaul Khan said on Tuesday that his country would not sign the coal statement without finance.\n\nKhan told a radio station on Wednesday that his position had not changed.",
			responder: "his position had not changed",
			answered:  "his country would not sign the coal statement",
			why:       "'his position had not changed', said of the speaker, keeps to his own earlier words, as 'stood by his remarks' does",
		},
		{
			name:      "conflicting statements from two of a kind of speaker",
			text:      "Conflicting statements from two ministers have left farmers unsure when the fuel rebate will begin.\n\nAgriculture Minister Hana Ruiz told reporters on Monday that the rebate would start on June 1.\n\nDeputy Finance Minister Omar Velde said no date had been set.\n\nThe farmers' union president, Lise Moen, said members needed certainty.",
			responder: "no date had been set",
			answered:  "the rebate would start on June 1",
			why:       "'conflicting statements from two ministers' sets the two ministers the article quotes against each other, whoever else it quotes",
		},
		{
			name:      "a volte-face in the writer's aside",
			text:      "In March, Energy Minister Rami Khoury said the purchase agreement was binding and would not be reopened.\n\nKhoury told parliament on Sunday that the government was seeking to renegotiate the price, a volte-face from the position he set out in March.",
			responder: "seeking to renegotiate the price",
			answered:  "the purchase agreement was binding",
			why:       "'volte-face' is 'about-face', a reversal of one's own earlier words; WordNet has it, but the corpora the lexicon was counted on did not",
		},
		{
			name:      "a minister's date contradicted a day later by a named official",
			text:      "Transport Minister Haruna Mbeki said on Tuesday that passenger trains would begin running on October 1.\n\nThe minister's date was contradicted a day later by the head of the railway corporation, Mr Juma Kisima, who told reporters that signalling tests were incomplete.",
			responder: "signalling tests were incomplete",
			answered:  "passenger trains would begin running on October 1",
			why:       "'the minister's date' is the date the minister gave, whoever holds that title; a time phrase may stand between the passive verb and its agent",
		},
		{
			name:      "nothing could be further from the truth",
			text:      "Irrigation official Ghulam Soomro said water had reached the tail of the canal on May 28.\n\n\"Nothing could be further from the truth,\" said Qadir Laghari, who leads the growers' alliance.",
			responder: "Nothing could be further from the truth",
			answered:  "water had reached the tail of the canal",
			why:       "'Nothing' calls untrue what was said just before, as a bare 'that' does; the idiom is a word of falsehood, and a modal may stand before its copula",
		},
		{
			name:      "all this sounds like fiction, after the responder's own run",
			text:      "Ports minister Alina Varga said the cargo had been seized because its permits were forged. She said the shipping line had been told on Monday.\n\n\"We were never told anything,\" said Tomas Reller, the line's director. \"Our permits were checked in Hamburg. Frankly, all this sounds to me like pure fiction and fabrication.\"",
			responder: "all this sounds to me like pure fiction",
			answered:  "the shipping line had been told on Monday",
			why:       "a verb of seeming stands for the copula before a word of falsehood, which may be the second of two; 'all this' is the other side's whole account, met before the responder's own sentences",
		},
		{
			name:      "not accurate to say that: the clause is what is called untrue",
			text:      "The ferry operator said on Friday that no safety officer had boarded the vessel since its refit.\n\n“It is not accurate to say that no officer boarded,” said Ruth Adair, the maritime agency's director. “Our officers inspected it twice.”",
			responder: "It is not accurate to say that no officer boarded",
			answered:  "no safety officer had boarded the vessel",
			why:       "'not accurate', like 'not true', calls a statement untrue; 'to say that …' after it gives the statement, where 'it was wrong to impose …' judges an act",
		},
		{
			name:      "rejecting talk of an act answers who speaks of the act",
			text:      "Growers' leader Peter Gitau said the tea auction was vital to farmers in Kericho.\n\nThe Tea Board rejected suggestions that the tea auction could be moved to Dubai, saying the sale would remain in Kenya.",
			responder: "the sale would remain in Kenya",
			answered:  "",
			why:       "what is rejected is moving the auction; a claim that says nothing of moving it is no one's talk of it, whatever words of the auction it shares",
		},
		{
			name:      "opposite accounts in two papers, one of them a report that said",
			text:      "Parents are seeking clarity after two newspapers gave opposite accounts of what the council leader said about their schools.\n\nThe Coast Herald reported on Tuesday that council leader Morag Dunn told a meeting that the three primaries would close this year. The Oban Ledger's report of the same meeting said she had promised that all three schools would stay open until 2025.",
			responder: "she had promised that all three schools would stay open until 2025",
			answered:  "the three primaries would close this year",
			why:       "'opposite accounts' sets the two papers' versions against each other; a paper's report that 'said' is that paper's version",
		},
		{
			name:      "an explanation or an assurance is a remark one answers",
			text:      "Chief executive Dana Holt said on Monday that no stores would close.\n\nFinance director Omar Reyes on Friday rubbished Holt's explanation.",
			responder: "Holt's explanation",
			answered:  "no stores would close",
			why:       "nouns of what someone said ('explanation', 'assurance', 'pledge', 'contention') name words as 'claim' does: 'rubbished Holt's explanation' answered nothing, and was no claim, while they were missing from the remark nouns",
		},
		{
			name:      "the remark a phrase names is its head, not a noun after of",
			text:      "Ruth Kane promised on Friday to stay on as treasurer.\n\nA new biography says Tom Lane broke a deal with Kane over the leadership.\n\nLane's office said on Sunday that he dismissed claims of broken promises.",
			responder: "claims of broken promises",
			answered:  "broke a deal with Kane",
			why:       "'claims of broken promises' are claims: read by its last remark noun, the phrase answered whoever 'promised', Kane, not the book that makes the claims",
		},
		{
			name:      "a claim by someone described, with its place, then its that-clause",
			text:      "The electoral board on Tuesday rejected a claim by a local candidate in the coastal town of Brill that 4,000 of her votes had been wrongly annulled.\n\nJulia Moss, who finished second by 900 votes according to the official count, told supporters on Monday that 4,000 votes cast for her had been annulled by untrained officials.",
			responder: "a claim by a local candidate in the coastal town of Brill that 4,000 of her votes had been wrongly annulled",
			answered:  "4,000 votes cast for her had been annulled by untrained officials",
			why:       "the remark's that-clause comes after the places that describe its maker, and its words find the candidate's own words, not the count's sentence nearby",
		},
		{
			name:      "he corrected himself, after a time phrase, in a statement quoted next",
			text:      "On Sunday, police spokesman Denis Okello told journalists that 27 supporters had been arrested.\n\nOn Monday evening he corrected himself in a statement posted online. \"Nine people were arrested and charged,\" Okello said.",
			responder: "Nine people were arrested and charged",
			answered:  "27 supporters had been arrested",
			why:       "'corrected himself' is one's own words set right, whatever the tense; 'On Monday evening' before 'he' is no part of the subject",
		},
		{
			name:      "in what others described as a rebuttal of someone's claim",
			text:      "Health Secretary Gwen Price told the assembly last Tuesday that handover delays had fallen by a fifth.\n\nThe chief executive, Rhodri Mabe, has told members that handover delays rose in October, in what opposition politicians described as a rebuttal of the Health Secretary's claim a week earlier.",
			responder: "handover delays rose in October",
			answered:  "handover delays had fallen by a fifth",
			why:       "', in what critics described as a rebuttal of X's claim' is others' reading of what was just said, set against X's words: an aside, as ', a remark at odds with …' is",
		},
		{
			name:      "a bare it after a question put",
			text:      "The Green Party said members had preferred the new poster designs.\n\nPressed on whether he would raise his rival's past in the campaign, Tom Hale replied: \"The idea is outrageous. It's untrue.\"",
			responder: "It's untrue",
			answered:  "",
			why:       "the sentence puts a question, and 'it' is what was asked: the party's words before are another matter",
		},
		{
			name:      "a bare that when asked about a claim",
			text:      "Union secretary Dave Orme said on Monday that guards would go from every train.\n\n\"That is not true,\" said Claire Ash, the operator's director, when asked about the union's claim.",
			responder: "That is not true",
			answered:  "guards would go",
			why:       "'asked about the union's claim' names what is answered; it puts no question of its own",
		},
		{
			name:      "a bare that as the object of a denial",
			text:      "\"The depot will close in May,\" Mayor Ann Kerr told reporters on Monday.\n\nThe drivers' union disputed that on Tuesday.",
			responder: "that on Tuesday",
			answered:  "The depot will close in May",
			why:       "'disputed that on Tuesday': 'that' is no complementizer but what the mayor had just said",
		},
		{
			name:      "a bare that before a day word and a participle, after a phrase of answering",
			text:      "Club president Anil Roop said on Tuesday that the coach would stay next season.\n\nBut the director of cricket, Ken Lee, poured cold water on that yesterday, telling reporters the coach had been told his contract would not be renewed.",
			responder: "that yesterday",
			answered:  "the coach would stay next season",
			why:       "'poured cold water on that yesterday, telling …': 'that' is the object, the words just reported, and not 'that yesterday' said as a time",
		},
		{
			name:      "a bare this after a verb of denial",
			text:      "On Thursday, chief executive Lim Boon Kiat said the firm had consulted the union over the past month.\n\nBut the dockers' union refuted this.",
			responder: "this",
			answered:  "the firm had consulted the union",
			why:       "'refuted this.': a bare 'this', as a bare 'that', is what was said just before; read as a determiner and skipped, it answered nothing",
		},
		{
			name:      "a bare this after a sentence of narration",
			text:      "“I am happy here and committed to this club,” striker Leo Vance said.\n\nThe sporting director, Marta Ruiz, was angry at being impersonated by a radio host. “There is no foundation to this,” Ruiz said.",
			responder: "There is no foundation to this",
			answered:  "",
			why:       "a sentence that reports no one else's words stands between: 'this' points at what it told, not at the striker's words before it",
		},
		{
			name:      "a title's stop is no sentence of narration",
			text:      "Union leader Tom Hale said on Monday that the trains were unsafe.\n\nRail operator director Dr. Claire Ash issued a statement. “That is simply not true,” Ash said.",
			responder: "That is simply not true",
			answered:  "the trains were unsafe",
			why:       "the sentences between an answer and what it answers are the text's own: 'Dr.' ends none, and read as an end it left 'Rail operator director Dr' as narration, so 'That' answered nothing",
		},
		{
			name:      "a rejected action answers who would take it",
			text:      "A pensions institute said pressure on state pension spending was greater than envisaged.\n\nThe government has ruled out raising the state pension age.",
			responder: "raising the state pension age",
			answered:  "",
			why:       "'ruled out raising the state pension age' answers a call to raise it; the institute's words about state pension spending call for nothing",
		},
		{
			name:      "a rejected action and the call to take it",
			text:      "The employers' federation said the state pension age should be raised to 70.\n\nThe government has ruled out raising the state pension age.",
			responder: "raising the state pension age",
			answered:  "should be raised to 70",
			why:       "the federation's words raise what the government rules out raising",
		},
		{
			name:      "taking back words of an earlier day",
			text:      "Prime Minister Gideon Hale told supporters on Tuesday: \"We will go to the polls in November.\"\n\nOn Wednesday he told reporters he had spoken loosely. \"I withdraw that,\" Hale said on Wednesday.",
			responder: "I withdraw that",
			answered:  "We will go to the polls in November",
			why:       "what Wednesday's 'I withdraw that' takes back is Tuesday's promise, not Wednesday's account of it",
		},
		{
			name:      "misquoted by the paper that quoted her",
			text:      "The chair of the state Water Commission said on Tuesday she had been misquoted by the Valley Herald.\n\nThe Herald story, which was widely shared, quoted Rosa Ibarra as saying rates would double.",
			responder: "misquoted by the Valley Herald",
			answered:  "rates would double",
			why:       "the Herald is the channel of the words it is said to have misquoted ('The Herald story … quoted her'), and the chair of the state commission is the person the next paragraph names",
		},
		{
			name:      "one of its own officers",
			text:      "Deputy Minister Tomas Weber told a radio station on Wednesday that the exams would start on May 5.\n\nThe education ministry contradicted one of its own deputy ministers on Friday, saying the exams would start on May 12.",
			responder: "one of its own deputy ministers",
			answered:  "the exams would start on May 5",
			why:       "'its own deputy ministers' names a member, not the ministry's own words: the deputy minister's are answered",
		},
		{
			name:      "a denial of what no one in the text says, beside later words that share two",
			text:      "The federation's chief executive said it was simply not true that the federation had considered moving the championships out of the city.\n\nThe host club's president said it was 11 years since the championships were last in the city, which was ready for them.",
			responder: "the federation had considered moving the championships",
			answered:  "",
			why:       "words told after a denial answer it only by three in common, or when dated before it: 'championships' and 'city' made the host's welcome the rumour denied",
		},
		{
			name:      "a denial told before the claim it answers, dated before it",
			text:      "Health Minister Sipho Ndlovu on Tuesday denied that public hospitals had begun turning away patients.\n\nThe nurses' union said on Monday that four hospitals had sent home patients awaiting surgery.",
			responder: "public hospitals had begun turning away patients",
			answered:  "four hospitals had sent home patients",
			why:       "a guard: the union's Monday words come later in the text but before the Tuesday denial, which answers them with two words in common",
		},
		{
			name:      "an office named by its portfolio",
			text:      "Transport commissioner Magnus Ekdal told a newspaper last week that there would be no fare increase.\n\nThe region's finance commissioner has broken ranks with the region's transport chief, saying a fare rise is written into the budget.\n\nFinance commissioner Anna Strom said the draft budget assumed a rise.",
			responder: "a fare rise is written into the budget",
			answered:  "there would be no fare increase",
			why:       "'the transport chief' is whoever holds the transport portfolio; and the lede's finance commissioner is Strom, named next with that portfolio, not Ekdal, named first with another",
		},
		{
			name:      "an office named by its title alone, the name given later",
			text:      "The association's chairman has broken with the team's head coach over the captaincy, saying the wicketkeeper will lead the side.\n\nA day earlier, head coach Imran Qadir had said the opener would remain captain for the whole season.",
			responder: "the wicketkeeper will lead the side",
			answered:  "the opener would remain captain for the whole season",
			why:       "'the team's head coach' has no portfolio of its own: it is whoever the text gives that title, here named in the next paragraph; 'has broken with' is the participle of 'broke with'",
		},
		{
			name:      "a singular remark at odds with another's",
			text:      "The finance director told analysts that the firm would shed 900 jobs this year, a remark at odds with assurances given by the chief executive a week earlier.\n\nChief executive Mara Lind had told staff there would be no job cuts in 2023.",
			responder: "the firm would shed 900 jobs this year",
			answered:  "there would be no job cuts in 2023",
			why:       "', a remark at odds with …' is the writer's comment setting the statement against another's, as ', comments at odds with …' is",
		},
		{
			name:      "a participle's aside setting the speaker at odds with another",
			text:      "League chief Ana Ruiz said on Friday that the final would be played without fans, putting her at odds with the stadium's manager, who had told season-ticket holders they would be let in.",
			responder: "the final would be played without fans",
			answered:  "they would be let in",
			why:       "', putting her at odds with …' is the writer's comment on what was just said, as ', a remark at odds with …' is: it was read as part of what she said, and answered no one",
		},
		{
			name:      "a participle's aside after a mid-sentence cue",
			text:      "The stadium's manager told season-ticket holders they would be let in.\n\nThe final will be played without fans, league chief Ana Ruiz said, putting her at odds with the stadium's manager.",
			responder: "The final will be played without fans",
			answered:  "they would be let in",
			why:       "after 'X said,' too, a participle that sets the speaker against another's words is the writer's aside, not more of what was said",
		},
		{
			name:      "a timeline at odds with the one another gave",
			text:      "The ports authority's chairman said the terminal would open in 2027, a timeline at odds with the one given by the transport minister.\n\nTransport Minister Lena Varga said on Monday the terminal would open before the end of this year.",
			responder: "the terminal would open in 2027",
			answered:  "the terminal would open before the end of this year",
			why:       "'a timeline', 'a schedule', 'a count', 'a version' name the statement just made as 'a forecast' does: the aside was read as part of what he said",
		},
		{
			name:      "a view at odds with a body whose officer spoke",
			text:      "A treasury official said on Wednesday that inflation had passed its peak, a view sharply at odds with the Bank of Corland, whose first deputy governor told lawmakers on Tuesday that prices would keep rising.",
			responder: "inflation had passed its peak",
			answered:  "prices would keep rising",
			why:       "an adverb may stand in the writer's aside ('a view sharply at odds with'), and 'whose first deputy governor told …' is the bank's officer, whose words the aside answers",
		},
		{
			name:      "charges against a person are not that person's words",
			text:      "The hearing into Ana Ruiz, the president of Corland Rail, opened on Monday.\n\nRuiz said she would answer every question. The company's directors dismissed the allegations against their president.",
			responder: "the allegations against their president",
			answered:  "",
			why:       "the chairman is whom the charges are aimed at, not who made them: the board's rejection answered her own words, and set the board against the chairman it backs",
		},
		{
			name:      "charges against a body's office are not another body's words",
			text:      "The World Bank said on Monday that the central bank had misreported its reserves.\n\nThe government rejected the charges against the central bank.",
			responder: "the charges against the central bank",
			answered:  "the central bank had misreported its reserves",
			why:       "the World Bank is not 'the central bank' for sharing its last word: only a person is known by surname, a guard for the row above",
		},
		{
			name:      "a body wrong about its own budget, said by a person",
			text:      "The council said on Monday that its plan funds every new bus route.\n\nTransport union leader Mei Tan said the plan covered fewer than half of the routes. \"The council is plainly wrong about what is in its own plan,\" she said.",
			responder: "The council is plainly wrong about what is in its own plan",
			answered:  "its plan funds every new bus route",
			why:       "after 'wrong about' the one wrong is the subject, the council; 'in its own plan' was read as what was wrong, and 'its own' as the union leader's own words",
		},
		{
			name:      "a figure rejected by another party in an aside",
			text:      "The mayor said 300 homes had been built, a figure flatly rejected by the builders' union.",
			responder: "a figure",
			answered:  "300 homes had been built",
			why:       "', a figure rejected by X' is X's rejection of the statement before it, as ', a figure X rejected' is; it was read as part of the mayor's words",
		},
		{
			name:      "claims by a body whose words the text gives its officer",
			text:      "The branch secretary of the Union of Nursing Staff (UNS), Halima Kamau, said on Monday that mothers were sleeping on the floor.\n\nCounty Health Executive Fatma Ali said the county would add 40 beds.\n\nThe hospital has denied claims by a health workers' union that mothers are sleeping on the floor.",
			responder: "claims by a health workers' union",
			answered:  "mothers were sleeping on the floor",
			why:       "'a health workers' union' is the union's, whose secretary is named with it before its acronym, not whoever speaks of health",
		},
		{
			name:      "a request refused, not words denied",
			text:      "Defence lawyer Ann Lee accused the prosecutors of trying to sway public opinion before a jury is seated.\n\nJudge Tom Ray denied a defence motion to move the trial, ruling that publicity had not made a fair jury impossible.",
			responder: "a defence motion",
			answered:  "",
			why:       "to deny a motion, bail or a request is to refuse it, an act: by the words it shares ('jury', 'publicity') it was read as calling the lawyer's words untrue",
		},
		{
			name:      "a request noun inside the reports denied",
			text:      "Parks director Lena Moss said on Monday that access to the lake would be cut in winter.\n\nCouncil leader Sam Reid denied reports that access to the lake would be cut.",
			responder: "reports that access to the lake would be cut",
			answered:  "access to the lake would be cut in winter",
			why:       "'access' after 'reports that' is a word of the reports denied, not the thing refused: read as a request, the denial answered nothing",
		},
		{
			name:      "a figure revised against the one reported before",
			text:      "In its annual filing, Harbour Air said it had carried 2.1 million passengers in 2023, compared with the previously reported 2.4 million.",
			responder: "2.1 million passengers",
			answered:  "2.4 million",
			why:       "a restatement sets the new figure against the speaker's own earlier one: read as one statement, the revision had nothing to correct",
		},
		{
			name:      "a figure that is the object of a verb, not revised",
			text:      "Plant manager Ivo Kerr said on Monday that 200 jobs would go.\n\nThe union said it would fight against the originally announced 200 redundancies.",
			responder: "would fight",
			answered:  "",
			why:       "'fight against the originally announced 200' is what the union will fight: bare 'against' or 'from' sets a figure against an earlier one only after a comma or a figure",
		},
		{
			name:      "a demonstrative before a noun no claim uses",
			text:      "Harbour board chairman Neil Orr said the new ferry terminal would open in March.\n\nBut the board's engineer, Kay Doyle, poured cold water on that schedule yesterday.",
			responder: "that schedule",
			answered:  "the new ferry terminal would open in March",
			why:       "'that schedule' points to what was just said, in whatever words: read as a that-clause ('that schedule yesterday'), it answered nothing",
		},
		{
			name:      "a demonstrative opening the clause denied",
			text:      "Union secretary Jo Penn said on Monday that the ward cuts would hurt patients.\n\nHospital chief Ann Lee said on Tuesday that patients would move to the new wing in May.\n\nHealth minister Ray Hale denied these cuts would hurt patients.",
			responder: "these cuts would hurt patients",
			answered:  "the ward cuts would hurt patients",
			why:       "'these cuts' is the subject of the clause denied, whose words find the union's claim: read as a noun alone, the hospital chief's nearer 'patients' came first",
		},
		{
			name:      "containers lying in a yard",
			text:      "Port director Ana Cruz said on Monday the yards were within their capacity.\n\nHaulage association chairman Tom Vale said 40,000 containers were lying in the yards, far beyond what they could hold.",
			responder: "lying in the yards",
			answered:  "",
			why:       "'lying in' says where the containers lie, not that anyone lied: read as 'false', it made the chairman deny the director",
		},
		{
			name:      "a lie with a phrase after it",
			text:      "Mayor Jo Penn said on Monday that the audit was clean.\n\nCouncillor Ray Hale said the mayor's claim was a lie from start to finish.",
			responder: "a lie from start to finish",
			answered:  "the audit was clean",
			why:       "'a lie' is the noun, an untruth, whatever follows it: read as a thing lying somewhere, the councillor's denial was lost",
		},
		{
			name:      "a thing opposed, not a claim",
			text:      "Planning chief Rhona Adair said on Monday the mast would be finished in May.\n\nMore than 200 residents signed a petition this spring opposing the mast, which would stand near a primary school.",
			responder: "the mast",
			answered:  "",
			why:       "a petition opposing the mast is against the mast, not against what anyone said of it: the noun alone made it contradict the planning chief",
		},
		{
			name:      "a correction said last year of words said this year",
			text:      "For decades the firms denied that smoking was harmful. Greyfield Tobacco now accepts that nicotine is harmful, and its lawyer Sam Orr told the BBC last year that earlier statements may have been wrong.",
			responder: "earlier statements may have been wrong",
			answered:  "",
			why:       "a guard: what was said last year answers nothing said after it; the lawyer's 'earlier statements' had answered the firm's acceptance of today, set its lawyer against it",
		},
		{
			name:      "no such thing: the words that spoke of it",
			text:      "Mayor Ann Kerr said she met the governor on Monday and came away with a commitment. \"That gets us halfway to the new plant,\" she said. A spokesman for the governor, Tom Ash, said no such commitment was made.",
			responder: "no such commitment was made",
			answered:  "came away with a commitment",
			why:       "'no such commitment' points back to the words that spoke of a commitment; the last remark of someone else, whatever its words, had been taken ('That gets us halfway')",
		},
		{
			name:      "a correction said last year of words said today, in an undated document",
			text:      "For decades the firms denied that smoking was harmful. Greyfield Tobacco said today that nicotine is harmful, and its lawyer Sam Orr told the BBC last year that earlier statements may have been wrong.",
			responder: "earlier statements may have been wrong",
			answered:  "",
			undated:   true,
			why:       "a guard: with no publication date, 'last year' still comes before 'today'; the lawyer's 'earlier statements' had answered the firm's words of today",
		},
		{
			name:      "a correction said last year of words said yesterday, in an undated document",
			text:      "For decades the firms denied that smoking was harmful. Greyfield Tobacco said yesterday that nicotine is harmful, and its lawyer Sam Orr told the BBC last year that earlier statements may have been wrong.",
			responder: "earlier statements may have been wrong",
			answered:  "",
			undated:   true,
			why:       "a guard: 'yesterday' is of this year as much as 'today' or 'last week'; left out of the undated document's years, the lawyer's 'earlier statements' answered the firm's words of yesterday",
		},
		{
			name:      "a correction said last year of words said last Tuesday, in an undated document",
			text:      "For decades the firms denied that smoking was harmful. Greyfield Tobacco said last Tuesday that nicotine is harmful, and its lawyer Sam Orr told the BBC last year that earlier statements may have been wrong.",
			responder: "earlier statements may have been wrong",
			answered:  "",
			undated:   true,
			why:       "a guard: 'last Tuesday' is of this year as 'Tuesday' is; left out, the lawyer's 'earlier statements' answered the firm's words of last Tuesday",
		},
		{
			name:      "a bare that too far from any claim",
			text:      "Union secretary Dave Orme said on Monday that guards would go from every train.\n\nThe line carries 38,000 passengers a day. It opened in 1867. \"That is not true,\" said Claire Ash, the operator's director.",
			responder: "That is not true",
			answered:  "",
			why:       "a bare 'that' reaches back one sentence, not over narration to a claim further off",
		},
	}
	var e Extractor
	published, err := claims.ParseDate("2024-08-15")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := claims.Document{ID: "d", Text: tc.text, Published: published}
			if tc.undated {
				doc.Published = claims.Date{}
			}
			cs := e.Extract(doc)
			byID := map[string]claims.Claim{}
			for _, c := range cs {
				byID[c.ID] = c
			}
			var got []string
			found := false
			for _, c := range cs {
				if !strings.Contains(c.Content.Text, tc.responder) {
					continue
				}
				found = true
				if tc.phrase != "" && (len(c.Responses) == 0 || c.Responses[0].Answered.Text != tc.phrase) {
					t.Errorf("%s\nresponses %v, want the first to answer %q", tc.why, c.Responses, tc.phrase)
				}
				for _, r := range c.Responses {
					for _, id := range r.Answers {
						got = append(got, byID[id].Content.Text)
					}
				}
			}
			if !found {
				t.Fatalf("%s\nno claim holds %q", tc.why, tc.responder)
			}
			ok := len(got) == 0
			if tc.answered != "" {
				ok = len(got) > 0 && strings.Contains(got[0], tc.answered)
			}
			if !ok {
				t.Errorf("%s\nanswers %q, want one holding %q", tc.why, got, tc.answered)
			}
		})
	}
}
