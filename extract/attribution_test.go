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

// construction is a row of a construction family's table: a text, the claims read from it
// (speaker | source | cue | content, as brief renders them) and why.
type construction struct {
	name, text string
	want       []string
	why        string
}

// testConstructions runs the rows of a construction family, each as a subtest.
func testConstructions(t *testing.T, tests []construction) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(tt.text)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// TestConstructionsUnit runs the rows on how the claims of one unit bound each other
// (attribution.go): a later cue inside a content, a claim inside another, narration, a
// content that says nothing.
func TestConstructionsUnit(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a model cue inside a statement is part of it",
			text: "The minister said the board approved the merger on Friday.",
			want: []string{"minister | The minister | said | the board approved the merger on Friday"},
			why:  "what a statement reports someone did is its content, not a second claim",
		},
		{
			name: "a currency's abbreviation before its figure",
			text: "The minister told Parliament that the board had lost Rs. 420 million in 2014.",
			want: []string{"minister | The minister | told | the board had lost Rs. 420 million in 2014"},
			why:  "the segmenter ends a sentence at 'Rs.': a unit that opens with a figure after a short capitalised abbreviation goes on with it, and the figure was cut from what was said",
		},
		{
			name: "a place's abbreviated title before its name",
			text: "The undersecretary told reporters at the ministry's office in Sta. Cruz, Manila, that all the doses had been delivered.",
			want: []string{"undersecretary | The undersecretary | told | all the doses had been delivered"},
			why:  "the segmenter ends a sentence at 'Sta.', which only opens a name: the unit goes on with it, and what was told was cut to 'reporters at the ministry's office in Sta'",
		},
		{
			name: "a surname that is also a name's abbreviation",
			text: "The plan was backed by the founder, Jack Ma. The minister said the plan would fail.",
			want: []string{"minister | The minister | said | the plan would fail"},
			why:  "a guard: 'Ma.' opens a name ('Ma. Teresa') but ends one too, and 'The' opens a sentence: joined, the minister's source was 'the founder, Jack Ma. The minister'",
		},
		{
			name: "initials before a figure end a sentence",
			text: "The plan was approved by the EU. 12 countries voted against it, the minister said.",
			want: []string{"minister | the minister | said | 12 countries voted against it"},
			why:  "'EU.' is a name's initials, no abbreviation the sentence runs on past: the writer's first sentence is no part of what the minister said",
		},
		{
			name: "a change by a figure before a closing cue",
			text: "House prices increased by 1.1% in December, the Halifax has said.",
			want: []string{"Halifax | the Halifax | said | House prices increased by 1.1% in December"},
			why:  "the tagger reads 'increased' after a bare noun as a participle; before 'by' and a figure it states a change, and the clause is a content",
		},
		{
			name: "a time phrase then 'there' after the cue",
			text: "Gary Pellow said on Friday there was no money for new signings.",
			want: []string{"Gary Pellow | Gary Pellow | said | there was no money for new signings"},
			why:  "'there' is the subject of the verb after the time phrase: the cue is no participle inside a subject ('Police called to the scene said')",
		},
		{
			name: "an approximate figure opens the content",
			text: "Fire chief Olwen Brask said about 60 homes had burned. The county sheriff said at least 12 people were missing.",
			want: []string{
				"Olwen Brask | Fire chief Olwen Brask | said | about 60 homes had burned",
				"county sheriff | The county sheriff | said | at least 12 people were missing",
			},
			why: "the tagger reads 'about' and 'at' as prepositions: after 'said' they open no adjunct but a figure that is the subject of the clause said, and the cue is no participle inside a subject",
		},
		{
			name: "two speakers' statements spliced with a comma",
			text: "Mayor says tunnel is safe, engineers say it leaks\n\nThe mayor of Westvale, Rita Omole, said the tunnel had passed every test.",
			want: []string{
				"Rita Omole | Mayor | says | tunnel is safe",
				"engineers | engineers | say | it leaks",
				"Rita Omole | Rita Omole | said | the tunnel had passed every test",
			},
			why: "headlines join two sides' words with a comma: the second speaker and verb, with a content after them, end the first statement and open their own; a tag closing the sentence (', engineers say.') still reports all before it",
		},
		{
			name: "a participle after a subordinate clause hangs on the main one",
			text: "Harwick City manager Jon Pell will leave when his contract expires in June, a fortnight after telling supporters he would stay.",
			want: []string{"Jon Pell | Harwick City manager Jon Pell | telling | he would stay"},
			why:  "'a fortnight after telling' has the main clause's subject, the manager, not the subject of 'when his contract expires': the contract was read as the speaker",
		},
		{
			name: "a role the tagger reads as a verb between two names",
			text: "Ashgate Rovers boss Neil Vantongeren on Friday said the players were with him.",
			want: []string{"Neil Vantongeren | Ashgate Rovers boss Neil Vantongeren | said | the players were with him"},
			why:  "'boss' between the club's name and the manager's is his role, not a verb whose subject is the club",
		},
		{
			name: "a role the tagger reads as a preposition after the words that qualify it",
			text: "The bridge stays shut.\n\n“We will not reopen it before spring,” said Mayor Lee’s top housing policy aide Dan Okoro.",
			want: []string{"Dan Okoro | Mayor Lee’s top housing policy aide Dan Okoro | said | We will not reopen it before spring"},
			why:  "the tagger reads 'aide' after 'policy' as a preposition (elsewhere as an adverb), and the speaker's phrase stopped short of his name; a role before a name is a noun",
		},
		{
			name: "a lead that sets the statement against another's",
			text: "Contrary to what the mayor told residents last month, only 340 homes were completed, his deputy, Anita Chaudhry, said.",
			want: []string{"Anita Chaudhry | Anita Chaudhry | said | only 340 homes were completed"},
			why:  "'Contrary to …,' is the writer's framing, not what the deputy said; and 'what the mayor told residents' refers to a remark without making one",
		},
		{
			name: "rebutted as a cue",
			text: "The council leader rebutted claims that the parking zone was a cash cow.",
			want: []string{"council leader | The council leader | rebutted | claims that the parking zone was a cash cow"},
			why:  "'rebut', like 'refute' and 'deny', reports a statement about a claim",
		},
		{
			name: "a statement set against another's with 'despite'",
			text: "The ministry insisted that waiting lists were falling, despite the nurses' union saying that they had grown.",
			want: []string{"the ministry | The ministry | insisted | waiting lists were falling", "nurses union | the nurses' union | saying | they had grown"},
			why:  "'despite X saying' closes the first content and is X's own statement, not part of the ministry's",
		},
		{
			name: "the writer's comment on a statement closes it",
			text: "The finance director said margins would stay under pressure, comments at odds with the chief executive's forecast.",
			want: []string{"finance director | The finance director | said | margins would stay under pressure"},
			why:  "', comments at odds with …' sets the statement against another; it is the writer's, not what the director said",
		},
		{
			name: "a judgement put before its object, after a name and its acronym",
			text: "The National Fisheries Directorate (NFD) on Monday dismissed as \"misleading\" a fishermen's union's claim that quotas had been cut by half.",
			want: []string{"National Fisheries Directorate | The National Fisheries Directorate | dismissed | a fishermen's union's claim that quotas had been cut by half", "fishermen’s union | a fishermen's union | claim that | quotas had been cut by half"},
			why:  "'(NFD)' and 'on Monday' stand between the subject and its verb; 'as \"misleading\"' comes before the object it judges, and the quotation is no part of the claim's owner",
		},
		{
			name: "a time adverbial before the subject of a participle's clause",
			text: "Hours later the Sentinel retracted the story, saying it could not stand behind its sources.",
			want: []string{"Sentinel | the Sentinel | retracted | the story", "Sentinel | the Sentinel | saying | it could not stand behind its sources"},
			why:  "'Hours later' says when; the subject that speaks in the participle, and that retracts its own story, is the paper",
		},
		{
			name: "a time adverbial and its comma before the subject of a participle's clause",
			text: "Two days later, the governor returned the favour, telling reporters the mayor had been a loyal ally.",
			want: []string{"governor | the governor | telling | the mayor had been a loyal ally"},
			why:  "the comma after 'Two days later' does not make 'days' the subject",
		},
		{
			name: "a memoir's narrator quoting himself",
			text: "The judge turned to me. “Your Honor,” I said, “I would like to explain.”",
			want: []string{"the author | I | said | Your Honor,” I said, “I would like to explain"},
			why:  "'“…,” I said' with every quotation closed: the 'I' stands outside them and is the writer, not a speaker whose quotation runs on",
		},
		{
			name: "a cue joined to another verb reports nothing",
			text: "It is the same man who said and did the same things last year.",
			want: nil,
			why:  "'said and did the same things' shares an object between two verbs: the content would begin with 'and'",
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
			name: "a verb of saying with only an occasion after it",
			text: "The bank's results were late. Its chief executive said in a statement on Monday.",
			want: nil,
			why:  "'in a statement on Monday' says where and when, not what: no content, so no claim",
		},
		{
			name: "first person beside an unclosed quotation",
			text: "The manager said: \"I think we were unlucky.",
			want: []string{"manager | The manager | said | I think we were unlucky"},
			why:  "'I' in a paragraph with a quote mark belongs to the quoted speaker, not the writer",
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
			name: "narration",
			text: "The club signed two players in January. Prices rose by 3%.",
			want: nil,
			why:  "the reporter's own narration holds no claim",
		},
		{
			name: "a participle with a raising verb ends the content before it",
			text: "The minister rejected the report, continuing to insist that the figures were right.",
			want: []string{"minister | The minister | rejected | the report", "minister | The minister | insist | the figures were right"},
			why:  "', continuing to insist' opens a statement of its own, as ', saying' does",
		},
		{
			name: "a participle that says nothing",
			text: "The manager left the ground with his captain saying nothing.",
			want: nil,
			why:  "'nothing' is no content",
		},
		{
			name: "a coordinated verb after ', yet'",
			text: "The coach criticised the referee, yet refused to blame him for the defeat.",
			want: []string{"coach | The coach | criticised | the referee"},
			why:  "', yet' opens a clause of its own: the criticism ends before it",
		},
		{
			name: "a comparison with a participle inside the content",
			text: "The auditor said the new stadium had cost twice as much as planned.",
			want: []string{"auditor | The auditor | said | the new stadium had cost twice as much as planned"},
			why:  "'as planned' has no subject of its own: it compares, it reports no statement, so the content goes on",
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
			name: "a model verb around another claim",
			text: "Bernie Sanders is releasing a new ad that urges voters to send a message to the banks.",
			want: []string{
				"Bernie Sanders | Bernie Sanders | releasing | a new ad that urges voters to send a message to the banks",
				"new ad | a new ad that | urges | voters to send a message to the banks",
			},
			why: "the outer verb's content holds the other claim whole, source and all: it reports it and was dropped for overlapping it",
		},
	})
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
		{"Property developer Donald Trump said the tower would rise.", []string{"Donald Trump person"}, "'developer' is a person's trade as well as a company's, and a given name, no word of the dictionary, opens the name: the person had become a body"},
		{"Public broadcaster Radio Nord said the coach would stay.", []string{"Radio Nord organisation"}, "a guard: 'broadcaster' is a person's trade too, but 'Radio' is a word of the dictionary, no given name"},
		{"The exchange blamed the vendor for the outage. The vendor said its update had run without problems.", []string{"exchange organisation", "vendor organisation"}, "a business named by its trade ('the exchange', 'the vendor') speaks as a body: the exchange was no speaker, and the vendor an unnamed voice of no body, so the dispute had no sides"},
		{"Shares in Talbot Meridian Holdings fell. Talbot Meridian said profit was down. The company said rents fell.", []string{"Talbot Meridian organisation", "Talbot Meridian organisation"}, "the short form of a company's name met in full ('Holdings') is that company, and 'the company' after it speaks for it: read as a person's name, the company's later words had no side"},
		{"Shares in Stan Lee Media fell. Stan Lee said the deal was off. Lee said he was tired.", []string{"Stan Lee person", "Stan Lee person"}, "a guard: a company named after a person whose surname the text writes alone is the person's name"},
		{"Manchester United said the player had been suspended.", []string{"Manchester United organisation"}, "'United' marks a club's name"},
		{"The oil and gas company said prices would rise.", []string{"oil and gas company organisation"}, "two nouns joined before a third modify it: one company, not a group of two parties"},
		{"The operator of a zinc and lead mine has rejected findings that the river was polluted.", []string{"operator of a zinc and lead mine organisation"}, "'zinc and lead' modify 'mine': the subject had begun at 'lead', no speaker, so there was no claim"},
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
		{"Kestrova, which makes hearing aids, said sales rose. Kestrova also said costs fell.", []string{"Kestrova organisation", "Kestrova organisation"}, "a one-word name the text follows with ', which' is a thing, not a person, in all its claims"},
		{"The Musee Varnier in Lausanne said the tablet was bought legally.", []string{"Musee Varnier organisation"}, "after 'the', a name of two words with its town is a body's, though a person's would look the same"},
		{"Harlow Widgets, which employs 300 people, said the plant would close.", []string{"Harlow Widgets organisation"}, "a name in full with ', which' after it, as the subject of its cue, is a thing: no person is 'which'"},
		{"The plant will close, said Jan Roe, which surprised the staff.", []string{"Jan Roe person"}, "a guard: ', which' after a name in full that follows its cue takes up the clause before, not the name: the person had become a body"},
		{"Fans cheered Ronaldinho, which pleased the coach. Ronaldinho said he was happy.", []string{"Fans group", "Ronaldinho person"}, "', which' after a name that is no speaker there says nothing of the name"},
		{"The Royal Bank of Scotland said profits rose. The Bank of Scotland said costs fell.", []string{"Royal Bank of Scotland organisation", "Bank of Scotland organisation"}, "a name that ends another is that body only after a place: 'Royal' makes another bank"},
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
// TestLedeNames runs the rows on a person the lede gives by role and body, named in the
// next paragraph (resolve.go).
func TestLedeNames(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a role owned by a pronoun in the lede, named later under a synonym",
			text: "Hurdler faces ban\n\nA hurdler faces a ban after the sport's integrity body said she had missed three tests, an account her lawyer rejected on Monday.\n\nThe Norland Athletics Integrity Commission said in a statement that she had missed tests in March.\n\nThe commission's rules allow three misses.\n\nHer attorney, Mitchell Oduya, told reporters that only one visit could count.",
			want: []string{
				"Norland Athletics Integrity Commission | the sport's integrity body | said | she had missed three tests",
				"Mitchell Oduya | her lawyer | rejected | an account",
				"Norland Athletics Integrity Commission | The Norland Athletics Integrity Commission | said | she had missed tests in March",
				"Mitchell Oduya | Mitchell Oduya | told | only one visit could count",
			},
			why: "'her lawyer' is the person the text later names as 'Her attorney, …': the same owner and a synonym of the role; and 'the sport's integrity body', described by whose it is, is the commission named next that shares its words. Left unnamed, the dispute had no sides",
		},
		{
			name: "a government office described in the lede as a watchdog",
			text: "Burst pipe fouls river\n\nNorland's environmental watchdog said on Friday that a pipe at the Kessel mine had burst.\n\nInspectors from the Environmental Oversight Office found waste along the river, the agency said.",
			want: []string{
				"Environmental Oversight Office | Norland's environmental watchdog | said | a pipe at the Kessel mine had burst",
				"Environmental Oversight Office | Inspectors from the Environmental Oversight Office | found | waste along the river",
			},
			why: "a watchdog, an agency or a regulator may be an office whose name says nothing of its sort: the lede's description, sharing a word with the name met next, is that office; 'the agency' after it is that office too, whose report of its inspectors' finding is the finding",
		},
		{
			name: "the lede's finance chief and its group, named next by title and by a person's body",
			text: "Utility promise draws fire\n\nKessel Power will not pass the cost on to households, the company's finance chief said, a claim that a Norland ratepayer group disputed.\n\n\"None of the expense will show up in rates,\" Chief Financial Officer Jane Holm told analysts.\n\n\"Customers will pay,\" said Tom Arne, director of the Consumer Utility Board of Norland.",
			want: []string{
				"Jane Holm | the company's finance chief | said | Kessel Power will not pass the cost on to households",
				"Consumer Utility Board of Norland | a Norland ratepayer group | disputed | a claim",
				"Jane Holm | Chief Financial Officer Jane Holm | told | None of the expense will show up in rates",
				"Tom Arne | Tom Arne | said | Customers will pay",
			},
			why: "'finance chief' is the roles lexicon's other name for the chief financial officer the next paragraph names; and a group the lede describes is the body a person named next speaks for, when the two share a word. Left unnamed, the office alone was taken for maybe the other side itself, and the dispute was dropped",
		},
		{
			name: "a lede's group is not the employer of the next person quoted",
			text: "Plan draws fire\n\nA faith group has criticised the plan.\n\nDr Jane Roe, a lecturer at the University of Kessel, said the plan was flawed.",
			want: []string{
				"faith group | A faith group | criticised | the plan",
				"Jane Roe | Dr Jane Roe | said | the plan was flawed",
			},
			why: "a guard: the body a person named next works for is the lede's group only when it is that body's spokesman, or the two share a word; a university is no faith group",
		},
		{
			name: "a lede's agency is not any body named next",
			text: "Jets grounded\n\nA state agency has ordered checks on older jets.\n\nThe Pilots Alliance of Norland said the order was late.",
			want: []string{
				"state agency | A state agency | ordered | checks on older jets",
				"Pilots Alliance of Norland | The Pilots Alliance of Norland | said | the order was late",
			},
			why: "a guard: an agency or a watchdog may be a body whose name says nothing of its sort only when the name ends like an office's ('Office', 'Agency', 'Directorate')",
		},
		{
			name: "a lede's finance chief is no other officer",
			text: "Costs to rise\n\nKessel Air will raise fares, the company's finance chief said.\n\nChief Operating Officer Ann Berg told analysts the fleet was safe.",
			want: []string{
				"company’s finance chief | the company's finance chief | said | Kessel Air will raise fares",
				"Ann Berg | Chief Operating Officer Ann Berg | told | the fleet was safe",
			},
			why: "a guard: the roles lexicon's other name of an office matches the whole office, not its last word: a chief operating officer is no 'finance chief'",
		},
		{
			name: "an official of a body, named next as its officer",
			text: "Capital faces wider water cuts\n\nA senior official of the Capital Water Supply Board (CWSB) yesterday said the cuts would reach every district.\n\n\"We have no other choice this summer,\" Dr Rafiq Anwar Chowdhury, chief engineer of the CWSB, told reporters.",
			want: []string{
				"Rafiq Anwar Chowdhury | A senior official of the Capital Water Supply Board | said | the cuts would reach every district",
				"Rafiq Anwar Chowdhury | Dr Rafiq Anwar Chowdhury | told | We have no other choice this summer",
			},
			why: "'an official' is a source the text rarely names; 'an official of <body>' whose named officer of that body speaks in the next paragraph is that officer, the lede's form of the story's main voice",
		},
		{
			name: "an unnamed voice of one body is not another body's named voice",
			text: "Labour campaign spokesman Alan Brice said the new party was joining a crowded field.\n\nA spokesman for Veritas called on Mr Hale to quit the assembly.",
			want: []string{"Alan Brice | Labour campaign spokesman Alan Brice | said | the new party was joining a crowded field", "spokesman for Veritas | A spokesman for Veritas | called | on Mr Hale to quit the assembly"},
			why:  "'a spokesman for' a body names a new person of that body; resolved by role alone, Veritas's spokesman was Labour's Alan Brice",
		},
		{
			name: "the lede's role served by the person named next",
			text: "The agent of Callum Dreghorn on Monday dismissed a report that the midfielder wanted to leave.\n\nLater Callum Dreghorn said he was happy at the club.",
			want: []string{
				"agent of Callum Dreghorn | The agent of Callum Dreghorn | dismissed | a report that the midfielder wanted to leave",
				"Callum Dreghorn | Callum Dreghorn | said | he was happy at the club",
			},
			why: "the person named after 'the agent of' is whom the agent serves, not the agent: the lede's role took his name",
		},
		{
			name: "the lede's officer named after another body's officer",
			text: "The chief executive of budget carrier Falcon Air has dismissed suggestions that two of its jets were grounded.\n\nOmar Said, director general of the Civil Aviation Authority, said on Tuesday that the airline had taken two jets out of service.\n\nFalcon Air chief executive Tom Hale said both aircraft were undergoing scheduled checks.",
			want: []string{
				"Tom Hale | The chief executive of budget carrier Falcon Air | dismissed | suggestions that two of its jets were grounded",
				"Omar Said | Omar Said | said | the airline had taken two jets out of service",
				"Tom Hale | Falcon Air chief executive Tom Hale | said | both aircraft were undergoing scheduled checks",
			},
			why: "the lede gives the airline's chief by office; the regulator's officer named between is another body's, and the chief named after him is the lede's: the lede's dismissal stayed an unnamed chief's",
		},
		{
			name: "a relative clause on the body in a person's office",
			text: "Rita Szabo, president of the Harbour Workers Union, which represents 9,000 dockers, said wages had risen 2.9 per cent.",
			want: []string{"Rita Szabo | Rita Szabo | said | wages had risen 2.9 per cent"},
			why:  "'which represents …' is said of the union; the name before the office is the subject, not the office",
		},
		{
			name: "a day inside a cue of several words",
			text: "The teachers' union pushed back Tuesday against the board's plan to close two schools.",
			want: []string{"teachers union | The teachers' union | pushed back Tuesday against | the board's plan to close two schools"},
			why:  "wire copy puts the day inside the phrase: 'pushed' alone was the cue, and 'back Tuesday against …' what was said",
		},
		{
			name: "a statement's own words in a relative clause after 'in which'",
			text: "Candidate Tom Reilly took issue with a statement issued by the returning officer, Ann Burke, on Sunday, in which she said that every ballot had been examined.",
			want: []string{
				"Tom Reilly | Candidate Tom Reilly | took issue with | a statement issued by the returning officer, Ann Burke, on Sunday",
				"Ann Burke | she | said | every ballot had been examined",
			},
			why: "', in which she said that …' is the statement's own content, said by its maker: it was read as part of what the candidate took issue with, and the officer's words were no one's",
		},
		{
			name: "a relative clause with its own statement inside what is said",
			text: "The mayor said the plan, whose critics call it too costly, would go ahead in May.",
			want: []string{"mayor | The mayor | said | the plan, whose critics call it too costly, would go ahead in May"},
			why:  "a relative clause closed by a comma inside the content is a parenthesis: what the mayor said goes on after it (a guard for the 'whose' aside that closes a content)",
		},
		{
			name: "a headline's party is no person for a later office",
			text: "Free Dems warn on rail cuts\n\nServices will only improve if Sam Okoro funds the line, say the Free Dems.\n\nCommuter groups say 40 trains a day have been cut, a figure denied by the transport secretary.",
			want: []string{
				"Free Dems | the Free Dems | say | Services will only improve if Sam Okoro funds the line",
				"Commuter groups | Commuter groups | say | 40 trains a day have been cut",
				"transport secretary | the transport secretary | denied | a figure",
			},
			why: "the headline's 'Free Dems' read as a person made 'the transport secretary' the party, the lede's unnamed person; a plural name the text gives with 'the' is no person",
		},
		{
			name: "the person a body's relative clause names by office and name",
			text: "The figure was disputed by the Royal College of Nursing, whose president, Dr Ana Lowe, said the data left out corridor care.",
			want: []string{"Royal College of Nursing | the Royal College of Nursing | disputed | The figure", "Ana Lowe | Dr Ana Lowe | said | the data left out corridor care"},
			why:  "'whose president, Dr Ana Lowe, said': the relative's own subject is its president, not the college it hangs on",
		},
		{
			name: "a deputy in the lede is not the office's holder named next",
			text: "A deputy governor of the Bank of Norland said on Thursday that a rate cut in June was unlikely.\n\nGovernor Lena Holm had told parliament on Tuesday that markets were right to expect two cuts.",
			want: []string{"deputy governor of the Bank of Norland | A deputy governor of the Bank of Norland | said | a rate cut in June was unlikely", "Lena Holm | Governor Lena Holm | told | markets were right to expect two cuts"},
			why:  "a deputy governor is not the governor: the holder of the office the lede's deputy serves is someone else",
		},
		{
			name: "role in the lede, name next",
			text: "Brightwell's chief executive said on Thursday his comments had been misunderstood.\n\n\"We expect to close 12 stores,\" Neil Cartwright said.",
			want: []string{"Neil Cartwright | Brightwell's chief executive | said | his comments had been misunderstood", "Neil Cartwright | Neil Cartwright | said | We expect to close 12 stores"},
			why:  "news gives a person by role and body first and names them next: one person, not two",
		},
		{
			name: "a person named before the role",
			text: "Economics Minister Ann Bakri said the freeze was not needed.\n\nThe Indonesian economics minister said aid would cover the debt. \"We are still discussing,\" Tom Siregar said.",
			want: []string{"Ann Bakri | Economics Minister Ann Bakri | said | the freeze was not needed", "Ann Bakri | The Indonesian economics minister | said | aid would cover the debt", "Tom Siregar | Tom Siregar | said | We are still discussing"},
			why:  "a role after a person has been named points back, not forward to the next name",
		},
		{
			name: "a company described as the biggest producer",
			text: "The UK's biggest coal producer said on Monday it would close two pits.\n\n\"The seams are exhausted,\" Gerry Spindler, a union official, said.",
			want: []string{"UK’s biggest coal producer | The UK's biggest coal producer | said | it would close two pits", "Gerry Spindler | Gerry Spindler | said | The seams are exhausted"},
			why:  "'the biggest producer' describes a company, not a person the next paragraph names",
		},
		{
			name: "role with no body",
			text: "The coach said the squad was tired.\n\n\"We need a rest,\" Jane Doe said.",
			want: []string{"coach | The coach | said | the squad was tired", "Jane Doe | Jane Doe | said | We need a rest"},
			why:  "a role with no body is too common a description to name the next person quoted",
		},
		{
			name: "the office of a named body in the lede, its holder named next",
			text: "The chief executive of Harlow Water has admitted that leakage was 21 per cent.\n\nDr Simon Ashdown told the committee in January that leakage had fallen.",
			want: []string{"Simon Ashdown | The chief executive of Harlow Water | admitted | leakage was 21 per cent", "Simon Ashdown | Dr Simon Ashdown | told | leakage had fallen"},
			why:  "British ledes give the office and its body, then name the holder: one person, not an unnamed 'chief executive'",
		},
		{
			name: "a rival official in the lede's while-clause, named with the same office later",
			text: "Water Minister Ann Tembo has told Parliament that rationing will end in June, while a deputy minister in the same government told farmers that it would last into next year.\n\nTembo said new pumps were being installed.\n\nDeputy Minister of Agriculture Joseph Banda said: \"Rationing will not end this year.\"",
			want: []string{"Ann Tembo | Water Minister Ann Tembo | told | rationing will end in June", "Joseph Banda | a deputy minister in the same government | told | it would last into next year", "Ann Tembo | Tembo | said | new pumps were being installed", "Joseph Banda | Deputy Minister of Agriculture Joseph Banda | said | Rationing will not end this year"},
			why:  "', while X told' ends the first content even with a phrase after X's head; 'in the same government' is no speaker; the deputy minister is the one the article names with that office",
		},
		{
			name: "a second clause of the same speaker opened by its own day",
			text: "Port director Hana Oduya faced questions this week.\n\nOn Tuesday she said the berth was safe; on Friday, she said it would close for repairs.",
			want: []string{"Hana Oduya | she | said | the berth was safe", "Hana Oduya | she | said | it would close for repairs"},
			why:  "a day of its own ('on Friday,') between the semicolon and the next subject opens a new statement: read as part of the first, Friday's words were Tuesday's",
		},
		{
			name: "the holder is not the person the lede gave another office",
			text: "The head of Brixham Motors denied that the plant would close, hours after the president of the union said it would.\n\nGary Pell, president of Local 44, told a rally that chief executive Alan Kerr had told him the plant was finished.",
			want: []string{"Alan Kerr | The head of Brixham Motors | denied | the plant would close", "Gary Pell | the president of the union | said | it would", "Gary Pell | Gary Pell | told | chief executive Alan Kerr had told him the plant was finished"},
			why:  "Gary Pell is 'the president of the union', named with that office next; so the company's head is the next person named; and ', hours after X said' is X's statement, not part of the head's",
		},
		{
			name: "an after-clause whose subject has a name in apposition",
			text: "The port authority said the quay was safe, after a local councillor, Maria Ostrova, claimed on Monday that it had been closed twice for cracks.",
			want: []string{"port authority | The port authority | said | the quay was safe", "Maria Ostrova | Maria Ostrova | claimed | it had been closed twice for cracks"},
			why:  "', after a councillor, Maria Ostrova, claimed' is her statement, with her name set off by commas: no part of the authority's",
		},
	})
}

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
			"Parkside Secretary Omar Lind said the wages were paid. Federation General Secretary Ravi Sen said the appeal would be heard soon.",
			map[string]string{"Omar Lind": "", "Ravi Sen": "Federation"},
			"a capitalised word before an office names its body, known or not: the club's secretary took the federation's from its general secretary, and set the club's words against its own",
		},
		{
			"Senator Rhea Monroe said the reserves were strong. Opposition Senator Paul Quist said the Government had to level with the public.",
			map[string]string{"Rhea Monroe": "", "Paul Quist": "Opposition"},
			"every party holds seats in a senate: the only other senator's side was the minister's, which set her against her own government",
		},
		{
			"Vice Governor Lena Holm said the rate could fall. Deputy Governor Ana Lukic said it would not.",
			map[string]string{"Lena Holm": "", "Ana Lukic": ""},
			"'Vice' before an office is a modifier like 'Deputy', not the name of a body both would speak for",
		},
		{
			"The Economy Ministry of Norland said on Monday that the plan stood. Ministry spokesperson Tobias Kranz said funding was secured.",
			map[string]string{"Economy Ministry of Norland": "", "Tobias Kranz": "Economy Ministry of Norland"},
			"a body noun alone, capitalised as a title, is the one body of the text whose name ends in it",
		},
		{
			"Bank of England governor Andrew Bailey said rates would stay. Deputy governor Sarah Breeden said inflation was low.",
			map[string]string{"Andrew Bailey": "Bank of England", "Sarah Breeden": "Bank of England"},
			"a deputy governor works where the governor does",
		},
		{
			"Harbour Rowing Association (HRA) President Mara Lind yesterday clarified her remarks.\n\nSpeaking on Monday, Lind had said the regatta would be moved.\n\nYacht Club president Tom Hale said members were relieved.",
			map[string]string{"Mara Lind": "Harbour Rowing Association", "Tom Hale": "Yacht Club"},
			"a body named with its initials before the office owns it: the office read alone was given the one other president's club",
		},
		{
			"On Friday Harbour Rowing Association (HRA) President Mara Lind clarified her remarks.\n\nSpeaking on Monday, Lind had said the regatta would be moved.\n\nYacht Club president Tom Hale said members were relieved.",
			map[string]string{"Mara Lind": "Harbour Rowing Association", "Tom Hale": "Yacht Club"},
			"the body is the words its initials give, no more: with the capitalised 'On Friday' taken into it, the body was not read and the office alone got the other president's club",
		},
		{
			"Reed's lawyer, Tom Hale, said his client was pleased. The accuser's lawyer, Ann Kerr, said her client would sue.",
			map[string]string{"Tom Hale": "Reed", "Ann Kerr": ""},
			"two lawyers in one story seldom act for the same side: one lawyer's client is not another's",
		},
		{
			"President Ivo Petrov said the list would be short. Petrov then flew to meet US President Anna Kerr, who said trade would grow.",
			map[string]string{"Ivo Petrov": "", "Anna Kerr": "United States"},
			"one country has one president: the other president's country is not the first's",
		},
		{
			"President Ivo Petrov opened the summit on Monday. Later, Russian President Petrov hosted the talks. Petrov said the talks would go on.",
			map[string]string{"Ivo Petrov": "Russia"},
			"an office before the holder's surname alone names his own country, not another holder's: 'Petrov' after 'Russian President' is Ivo Petrov",
		},
		{
			"Leeds general manager Tom Hale wants the player. Manager Sam Kerr said the player would stay.",
			map[string]string{"Tom Hale": "Leeds", "Sam Kerr": ""},
			"a match report names the managers of two clubs: one manager's club is not another's",
		},
		{
			"Foreign Secretary Tom Hale said the talks would go on. Shadow foreign secretary Sam Kerr said they had failed. The British foreign secretary insisted they had not.",
			map[string]string{"Tom Hale": "United Kingdom", "Sam Kerr": ""},
			"'the British foreign secretary' tells the country of the foreign secretary, not of the shadow one",
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
		{"Sir Paul Arden opened the hall. Sir Paul said the roof would be fixed. Elton Paul watched.", "Paul Arden | Sir | ", "a knight goes by his given name: 'Sir Paul' is the person named in full before, not someone whose surname is Paul"},
		{"Prof Dr Habibur Nasir Chowdhury opened the ward. Dr Habibur said the beds were full.", "Habibur Nasir Chowdhury | Prof Dr | ", "a given name after honorifics alone is the person named in full before, as South Asian news writes it: 'Dr Habibur' had been a person of its own"},
		{"Tom Smith at Barclays said the pound would fall.", "Tom Smith |  | Barclays", "'at' works as 'of'; the name was 'Barclays'"},
		{"WASHINGTON (AP) President Joe Biden said the talks would go on.", "Joe Biden | President | ", "a dateline's agency in brackets gives no initials of the word before it: the city and the agency are no body the president serves"},
		{"Shadow Energy Secretary Ed Miliband said bills would rise.", "Ed Miliband | Shadow Energy Secretary | ", "'Energy' before a title is a portfolio, though it ends companies' names ('Baltic Energy')"},
		{"Halvern Rowing Federation (HRF) President Mala Perera said the regatta would go ahead.", "Mala Perera | Halvern Rowing Federation President | Halvern Rowing Federation", "a body's initials in brackets after its name: the phrase stopped at the bracket, and the president served no one"},
		{"“Inflation is too high,” wrote Jane Smith for Bloomberg.", "Jane Smith |  | Bloomberg", "'for' after a writer's name is the outlet she writes for"},
		{"Minister for Europe Jane Doe said the talks were over.", "Jane Doe | Minister for Europe | Europe", "a title with 'for', then the name"},
		{"“We are tired,” van Gaal said.", "van Gaal |  | ", "a surname opening with its particle in lower case, after a quotation and before 'said', is still the speaker, particle and all: there was no claim at all, then a speaker 'Gaal'"},
		{"Minister of State for Health Dinesh Pratap Rao said the posts were vacant.", "Dinesh Pratap Rao | Minister of State for Health | Health", "a name of three words after the portfolio: 'Dinesh' is no word of the dictionary, as 'Health' is"},
		{"Secretary for Transport and Housing Patrick Ho Kin-man said fares would rise.", "Patrick Ho Kin-man | Secretary for Transport and Housing | Transport and Housing", "a given name the dictionary lists as a person ('Patrick') before a family name and a hyphenated given name is the name's, as Hong Kong writes it"},
		{"Governor of the Reserve Bank Dr. Ana Ruiz said rates would hold.", "Ana Ruiz | Governor of the Reserve Bank | Reserve Bank", "a title between office and name belongs to neither"},
		{"On Wednesday, minister of state for finance Anil Chaudhary said the deficit would be 6.2%.", "Anil Chaudhary | minister of state for finance | ", "an office and its portfolio in lower case before the name: the portfolio is no body"},
		{"The agent of 1,500m runner Sara Bekele said the scan was clean.", "agent of 1,500m runner Sara Bekele | agent | ", "a person after 'the agent of' is whose agent speaks, not the speaker: 'runner' is no portfolio, and the speaker was the runner herself"},
		{"Labour's deputy minister for women Jacqui Smith said the plan was fair.", "Jacqui Smith | deputy minister for women | Labour", "the owner before a lower-case office is whom the holder serves"},
		{"The chairman of miner Corrib Resources said the listing would stay in London.", "chairman of miner Corrib Resources | chairman | Corrib Resources", "a kind of body before a capitalised name ('miner Corrib Resources') names a body, not the chairman"},
		{"Ohio Gov. John Kasich said the plan was bad.", "John Kasich | Ohio Gov. | Ohio", "the name before an abbreviated title is whom one serves: the person was 'Ohio John Kasich', another than 'John Kasich'"},
		{"However, Glenmore Creameries managing director Aoife Brennan said the milk was safe.", "Aoife Brennan | Glenmore Creameries managing director | Glenmore Creameries", "a title opening with a participle after a company's name: the phrase began at 'director', and the director served no one"},
		{"Acme executive director Jo Lin said prices fell.", "Jo Lin | Acme executive director | Acme", "'executive director' is one title: 'executive' was read as a common noun, which dropped the company before it"},
		{"Mr. John Smith said the plan was bad.", "John Smith |  | ", "a courtesy title has no one to serve"},
		{"Di Maio said the coalition would hold.", "Di Maio |  | ", "a capitalised particle opening a name is part of it: the speaker was 'Maio'"},
		{"The head of the FNV, the largest union federation, Marieke Bos, said the deal would stand.", "Marieke Bos | head of the FNV | FNV", "an aside on the body between an office and its holder's name: the name was read as the federation's, which spoke"},
		{"At a rally in Harrogate Mr Dunmore said the party was ready.", "Dunmore |  | ", "a courtesy title after a place with no comma opens the name: the speaker was 'Harrogate Dunmore'"},
		{"At a rally in Harrogate Mr Dunmore spoke. Later Mr Dunmore said the party was ready.", "Dunmore |  | ", "a courtesy title in a run of capitalised words opens the name the text indexes: the person was 'Harrogate Dunmore'"},
		{"At a rally in New York Mr Dunmore said the party was ready.", "Dunmore |  | ", "a place of two words before a courtesy title: the speaker was 'rally in New York Mr Dunmore'"},
		{"Chief Minister Mr Chandrababu Naidu spoke on Monday. The chief minister said the dam was funded.", "Chandrababu Naidu | chief minister | ", "a courtesy title after an office opens no name of its own: the office is the person's, and the chief minister went unnamed"},
		{"The Harbour Authority's top operations official said the berths were full.", "Harbour Authority’s top operations official | Harbour Authority top operations official | Harbour Authority", "a possessor before a noun compound ('operations official') still owns the role: the official served no one"},
		{"Corvane's chief told senators that prices would rise.", "Corvane’s chief | Corvane chief | Corvane", "'told' is no adjective, though the tagger reads it as one after 'chief': there was no claim"},
		{"The operations official told reporters that the berths were full.", "operations official | operations official | ", "a role the tagger reads as a verb after a noun, before 'told', is the subject's head: there was no claim"},
		{"Sen. Warren spoke on Monday. She said the bank should be broken up.", "Warren | Sen. | ", "the scanner parts 'Sen' from its stop: the name was 'Sen Warren'"},
		{"The Federal Reserve held rates steady. Its chairman said rates would fall.", "chairman of Federal Reserve | chairman | Federal Reserve", "'its' before a role is the body met before: the speaker was an anonymous 'chairman' of no one"},
		{"Republican Donald Trump said the wall would be built.", "Donald Trump |  | Republican", "a party before a name is an allegiance: 'Republican Donald Trump' was another person than 'Donald Trump'"},
		{"Tory ex-minister Douglas Hogg said he opposed the plans.", "Douglas Hogg | Tory ex-minister | Tory", "a role once held keeps the party before it out of the name"},
		{"Singer Britney Spears said the tour would go on.", "Britney Spears | Singer | ", "an occupation opening the sentence is a title, not a given name"},
		{"Striker Harry Kane said the team was ready.", "Harry Kane | Striker | ", "a footballer's position before his name is a title"},
		{"House Speaker Paul Ryan said the bill would pass.", "Paul Ryan | House Speaker | House", "'Speaker' is a title; the name was 'House Speaker Paul Ryan'"},
		{"Even Donald Trump said the plan was bad.", "Donald Trump |  | ", "an adverb opening the sentence is no part of the name"},
		{"Pacific Crest Power disputed the finding that its line caused the fire.", "Pacific Crest Power |  | ", "a word of place opening a name is part of it, though WordNet also reads it as an adjective: the speaker was 'Crest Power'"},
		{"Martin Luther King said the march would go on.", "Martin Luther King |  | ", "a given name WordNet knows as a person stays in the name"},
		{"A spokesman for Human Rights Watch said the law was wrong.", "spokesman for Human Rights Watch | spokesman for Human Rights Watch | Human Rights Watch", "after a determiner the phrase is a description, 'Rights Watch' no person; the body after 'for' is whom it speaks for"},
		{"Mark Carney of the Bank of England said rates would rise.", "Mark Carney |  | Bank of England", "the affiliation may have a determiner and an 'of' of its own"},
		{"Noreen Fitzgerald from Castleisland said her father waited 31 hours.", "Noreen Fitzgerald |  | Castleisland", "'from' after a person's name tells where she is from, as 'of' does: the place was read as the speaker"},
		{"Secretary to the Treasury K.M. Rathnayake said the bond would be paid.", "K.M. Rathnayake | Secretary to the Treasury | Treasury", "an office 'to' whom it serves, capitalised, is a title as one 'of' or 'for' is: the speaker was 'Treasury K.M. Rathnayake', a body"},
		{"Rep. Kim Dae-ho of the main opposition Unity Party said the count was wrong.", "Kim Dae-ho | Rep. | Unity Party", "words describing the body may stand between 'the' and its name: the party spoke"},
		{"The National Institutes of Health said cases would rise.", "National Institutes of Health |  | ", "a plural organisation noun before 'of' makes an organisation, not a person 'National Institutes'"},
		{"Labour MP Tony Banks said the ban was right.", "Tony Banks | Labour MP | Labour", "a surname that is a plural organisation noun is still a surname"},
		{"“It is wrong,” said Lord Nicholls of Birkenhead.", "Nicholls of Birkenhead | Lord | ", "after a peerage 'of' is part of the title: Birkenhead is no employer"},
		{"Governor of the Bank of England Andrew Bailey said rates would rise.", "Andrew Bailey | Governor of the Bank of England | Bank of England", "a role with its 'of', then the name: the name was the whole phrase"},
		{"President of the European Commission Ursula von der Leyen said the deal was done.", "Ursula von der Leyen | President of the European Commission | European Commission", "particles belong to the surname"},
		{"Kestrel Foods, whose brands include Oatly Gold, Barton and Finch, said the offer was too low.", "Kestrel Foods |  | ", "a relative clause holding a list ends at its last comma: the speaker was 'Oatly Gold'"},
		{"Harlow Rail chief executive Anne Voss spoke at the dinner. Harlow Rail said the fares were under review.", "Harlow Rail |  | ", "a name the text gives as an office holder's body is a company, though two capitalised words look like a person's name"},
		{"Federal Minister for Water and Power Imran Qadir said output would rise.", "Imran Qadir | Federal Minister for Water and Power | Water and Power", "a ministry's name may hold 'and': the name was 'Water Imran Qadir'"},
		{"Deputy Minister of Mining Tendai Moyo said output would rise.", "Tendai Moyo | Deputy Minister of Mining | Mining", "a modifier before the title: the name was the whole phrase, with the ministry as affiliation"},
		{"Assistant Registrar of Companies Ruth Otieno said the filings were late.", "Ruth Otieno | Assistant Registrar of Companies | Companies", "a registrar is an office like a minister"},
		{"Powell, asked whether a recession was coming, said the economy was strong.", "Powell |  | ", "an aside that opens with a participle is no role"},
		{"Dr Tedros Adhanom Ghebreyesus, the WHO director-general, warned that the pandemic was not over.", "Tedros Adhanom Ghebreyesus | the WHO director-general | WHO", "an academic title gives way to the role in apposition"},
		{"Sen. Lindsey Graham, a Republican from South Carolina, said the bill was dead.", "Lindsey Graham | Sen. | ", "a title that is an office stays the role"},
		{"Ms Lagarde warned that inflation was sticky.", "Lagarde |  | ", "a courtesy title is no role"},
		{"Richard Revesz, director of the institute, said the rule was weak.", "Richard Revesz | director of the institute | ", "an apposition that is a noun phrase is the role"},
		{"Jane Doe, the chief executive of Acme Foods, said sales had fallen.", "Jane Doe | the chief executive of Acme Foods | Acme Foods", "the name after the role's 'of' is whom the speaker works for"},
		{"The branch secretary of the Union of Nursing Staff (UNS), Halima Kamau, said the ward was full.", "Halima Kamau | secretary of the Union of Nursing Staff | Union of Nursing Staff", "a bracketed acronym between the apposition and its comma ended the role"},
		{"Independent Electoral Commission chairman Julius Kiprono said the figure was wrong.", "Julius Kiprono | Independent Electoral Commission chairman | Independent Electoral Commission", "'Commission' ending another body's name is that body's: it was read as the seat of the European Union"},
		{"Defence lawyers for three former officials of the roads department denied the claim.", "Defence lawyers for three former officials of the roads department |  | ", "'lawyers for' with a number and an 'of' phrase after it: the lawyers speak, not the officials they act for"},
		{"Jane Doe, Barclays' chief economist, said rates would fall.", "Jane Doe | Barclays chief economist | Barclays", "the owner of a role in apposition is the affiliation"},
		{"Mrs. Roe's lead over the Republican nominee, Tom Hale, has narrowed. Mr. Hale said the polls were wrong.", "Tom Hale | nominee | ", "a possessive before a preposition owns the noun before it ('lead'), not the role after: Roe was the nominee's affiliation"},
		{"Jane Doe, head of UK equities at Standard Life, said shares would rise.", "Jane Doe | head of UK equities at Standard Life | Standard Life", "a name that qualifies a noun ('UK equities') is no employer; the next one may be"},
		{"“Rates will rise,” said Jane Doe, chief economist at Barclays.", "Jane Doe | chief economist at Barclays | Barclays", "the apposition after an inverted speaker is her role"},
		{"“We will win,” said Bob Smith, Leeds United manager, on Saturday.", "Bob Smith | Leeds United manager | Leeds United", "a role with its owner first; the time after it is no part of it"},
		{"“Rates will rise,” said Jane Doe, Reuters.", "Jane Doe |  | ", "a bare name after an inverted speaker is no role"},
		{"“It is a fine film,” said the Observer's Philip French.", "Philip French |  | Observer", "a possessor before a name is the employer; a nationality after a given name is a surname"},
		{"Fed's Waller says rate cuts could come in March.", "Waller |  | Fed", "a possessive before a surname in a headline is whom the person works for"},
		{"Labour's Mr Livingstone said the remarks were not racist.", "Livingstone |  | Labour", "a party's possessive before a courtesy title is an allegiance: the name was 'Labour Livingstone'"},
		{"Rep McCaul said the bill would pass.", "McCaul | Rep | ", "a congressman's title written without its stop is no part of the name"},
		{"Ireland coach Eddie O'Sullivan said the try was fine.", "Eddie O'Sullivan | Ireland coach | Ireland", "an apostrophe and s inside a name is no clitic: the tagger would stop the name at \"O\""},
		{"Prof Chris Whitty said cases were rising.", "Chris Whitty | Prof | ", "a title abbreviated without a full stop is no part of the name"},
		{"Klopp, speaking after the 2-0 win over Everton, said the race was not over.", "Klopp |  | ", "an aside that opens with a participle is no role"},
		{"Former England captain Martin Johnson said the team was tired.", "Martin Johnson | Former England captain | England", "'Former' opens no name: the team is England, not 'Former England'"},
		{"Shadow Chancellor Oliver Letwin said taxes would rise.", "Oliver Letwin | Shadow Chancellor | ", "there is no body called Shadow"},
		{"Conservative Shadow Chancellor Oliver Letwin said taxes would rise.", "Oliver Letwin | Conservative Shadow Chancellor | Conservative", "the party before 'Shadow' is the body"},
		{"Education Secretary Ruth Kelly said the plan was fair.", "Ruth Kelly | Education Secretary | ", "what a minister oversees is part of the title, not a body called Education"},
		{"Treasury Principal Secretary Julius Oduya said the bills were paid.", "Julius Oduya | Treasury Principal Secretary | Treasury", "'principal secretary' is one title: 'Principal' was read as part of a body 'Treasury Principal'"},
		{"Cabinet Secretary Ann Wairimu said the bills were paid.", "Ann Wairimu | Cabinet Secretary | ", "'cabinet secretary' is an office, not a secretary of a body called Cabinet"},
		{"Deputy Mayor Nicky Gavron said the plan was costly.", "Nicky Gavron | Deputy Mayor | ", "'Deputy' before a title opens it: there is no body called Deputy"},
		{"Bank of England governor Mervyn King said rates would stay.", "Mervyn King | Bank of England governor | Bank of England", "a title that is also a surname ends a name after a given name"},
		{"Party leader Charles Kennedy said the plan was fair.", "Charles Kennedy | Party leader | ", "a common noun before a title names no body in particular"},
		{"Treasury Secretary John Snow said the dollar was strong.", "John Snow | Treasury Secretary | Treasury", "an institution before the title is still the body"},
		{"New Home Secretary Charles Clarke said he would consider the ruling.", "Charles Clarke | New Home Secretary | ", "'New' before a role is no body; 'New York' before one is"},
		{"Sharon Osbourne was robbed at home. Sharon said the thieves took her jewels.", "Sharon Osbourne |  | ", "a first name alone stands for the one person of the document who bears it"},
		{"Nintendo launched the Nintendo DS in March. Nintendo said sales were strong.", "Nintendo |  | ", "a product's name is no person's: 'DS' is no surname"},
		{"“We are disappointed,” said a spokesman for the club.", "spokesman for the club | spokesman | ", "an unnamed speaker after an inverted cue keeps whom he speaks for"},
		{"A Home Office spokeswoman said the rules had not changed.", "Home Office spokeswoman | Home Office spokeswoman | Home Office", "a title in lower case after a body's name is a post in that body: the role was lost, and with it her sex for a later 'she'"},
		{"Jane Doe, managing director of Acme, said sales fell.", "Jane Doe | managing director of Acme | Acme", "a participle that modifies a role opens one"},
		{"Varnhold, based in Leeds, West Yorkshire, said the order had been shipped.", "Varnhold |  | ", "a place whose region follows a comma goes on the aside 'based in …': 'New Jersey' was read as the speaker"},
		{"Tom Hale, elected in 2019, Labour MP, said the plan was wrong.", "Tom Hale | Labour MP | Labour", "only an aside of where a body is ('based in') runs on over a comma: the role after 'elected in 2019' was lost"},
		{"Yelena Volkova, first deputy chair of the Bank of Corland, said prices would rise.", "Yelena Volkova | first deputy chair of the Bank of Corland | Bank of Corland", "an ordinal that ranks an office opens its apposition: she had no role and no body, and the bank's words were no one's"},
		{"The chief medical officer, Prof Chris Whitty, warned that cases were rising.", "Chris Whitty | chief medical officer | ", "an academic title gives way to the role in apposition before the name"},
		{"The Rt Rev John Smith said the church was full.", "John Smith | Rt Rev | ", "British clerical titles, abbreviated"},
		{"A spokeswoman for the Bank of Norland said rates would rise.", "spokeswoman for the Bank of Norland | spokeswoman | Bank of Norland", "an unnamed voice speaks for the body after 'for': it was no one's, and set against the bank as another party"},
		{"Bethesda-based Potomac Hospitality Group said revenue fell.", "Potomac Hospitality Group |  | ", "where a body is based is no part of its name: 'Bethesda-based Potomac Hospitality Group' and 'Potomac Hospitality Group' were two speakers"},
		{"Director of education Ruth Kamau said six teachers would get notices.", "Ruth Kamau | Director of education | ", "a title capitalised only as a sentence's first word, serving a common noun: the speaker was 'Director of education Ruth Kamau', an unnamed voice, and her 'he said' next went to the last person named"},
		{"Premier Carla Voss said the border would reopen.", "Carla Voss | Premier | ", "a head of government's title before the name: the speaker was 'Premier Carla Voss', whom 'the Premier' could not name"},
		{"Lena Hart, director of pressure group Civitas Watch, said the bill was wrong.", "Lena Hart | director of pressure group Civitas Watch | Civitas Watch", "a description of the body's kind ('pressure group') may stand between 'of' and its name: she spoke for no one"},
		{"Welsh swimmer Cara Lloyd said the pool was too cold.", "Cara Lloyd | Welsh swimmer | Welsh", "a sport's competitor before a name is a role, and the demonym before it an allegiance: she was 'Welsh swimmer', no person"},
		{"Det Insp Jane Doe said the man had been arrested.", "Jane Doe | Det Insp | ", "police ranks, abbreviated"},
		{"Real Madrid coach Carlo Ancelotti said the team was tired.", "Carlo Ancelotti | Real Madrid coach | Real Madrid", "the club, whose name ends in a place, is the employer, not Spain"},
		{"Former France centre Philippe Sella said the side was weak.", "Philippe Sella |  | France", "'Former' opens no club name: France stays the affiliation"},
		{"St Fintian's High School says the video shows its pupils.", "St Fintian High School |  | ", "a possessive inside an organisation's name is part of the name"},
		{"The Bundesbank president, Joachim Nagel, said rates should stay high.", "Joachim Nagel | president | Bundesbank", "a capitalised owner before a role before the name"},
		{"The Bank of England's chief economist, Huw Pill, warned that cuts would be a mistake.", "Huw Pill | chief economist | Bank of England", "a possessive owner, with an 'of' of its own"},
		{"Kamal Nath, Commerce and Industry Minister, said exports would grow.", "Kamal Nath | Commerce and Industry Minister | ", "before 'minister' the words name a portfolio, not an employer"},
		{"The City Infirmary in Leeds said the patient was stable.", "City Infirmary |  | ", "a body named with the town it is in is the body, not the town: the speaker was Leeds"},
		{"The Musee Varnier in Lausanne said the tablet was bought legally.", "Musee Varnier |  | ", "after 'the', a name of two words with its town is a body's, though a person's would look the same"},
		{"The BBC's Sara Hale in Moscow said the trial would resume.", "Sara Hale |  | BBC", "a person of a body, with where she reports from, stays the person and speaks for the body, not the place"},
		{"Director General of Pensions K. A. Perera said the payments would be late.", "K A Perera | Director General of Pensions | Pensions", "initials before the surname are the name's, after a title with 'of': the whole phrase was an unnamed director of a body called 'Pensions K A Perera'"},
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

// TestBusinessRoles checks that an officer whose role a company owns by a common noun
// speaks for the one company of the document, though it was known as one only once the
// document was read.
func TestBusinessRoles(t *testing.T) {
	for _, tt := range []struct{ text, want, why string }{
		{"Kestrova, which makes hearing aids, said no data had been lost. “The server was a test,” Mia Lund, the company's chief operating officer, told reporters.", "Kestrova",
			"', which' makes Kestrova a company after its officer's role was read: her words were set against its own as another party's"},
		{"Kestrova, which makes hearing aids, said no data had been lost. Orvane, which sells them, said it had. “The server was a test,” Mia Lund, the company's chief operating officer, told reporters.", "",
			"of two companies, which one 'the company' is the text must say"},
		{"The Northfield Arts Council said it would cut its grant. “Money follows audiences,” said Mia Lund, head of the council's theatre team.", "Northfield Arts Council",
			"a role a common noun owns ('the council's') is of the last body before whose name holds the noun: her words were another party's against the council's own"},
		{"Reuters reported the leak. Kestrova Holdings said no data had been lost. “The server was a test,” Mia Lund, the company's chief operating officer, told reporters.", "",
			"an outlet is a body too: of two, 'the company' is not the one the text must say"},
	} {
		var e Extractor
		got := "no claim"
		for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
			if c.Speaker.Name == "Mia Lund" {
				got = c.Speaker.Affiliation
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

// oneClaim extracts text, which must give exactly one claim.
func oneClaim(t *testing.T, text string) (claims.Claim, bool) {
	t.Helper()
	return oneClaimOf(t, claims.Document{ID: "t", Text: text})
}

// oneClaimOf extracts doc, which must give exactly one claim.
func oneClaimOf(t *testing.T, doc claims.Document) (claims.Claim, bool) {
	t.Helper()
	var e Extractor
	cs := e.Extract(doc)
	if len(cs) != 1 {
		t.Errorf("%q: %d claims, want 1", doc.Text, len(cs))
		return claims.Claim{}, false
	}
	return cs[0], true
}
