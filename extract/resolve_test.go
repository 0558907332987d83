package extract

import (
	"testing"

	"github.com/contradict/contradict/claims"
)

// TestConstructionsResolve runs the rows of resolve.go: a phrase read as a speaker, and the
// pronouns, names and descriptions resolved against the speakers met.
func TestConstructionsResolve(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "a pronoun after a quotation, the subject before it behind two opening clauses",
			text: "Coach Ray Moss has sold striker Tim Vale.\n\nVale, 23, scored 17 goals last season.\n\nOn Tuesday, as speculation grew, Moss could not have been firmer.\n\n\"Tim isn't for sale,\" he said.",
			want: []string{"Ray Moss | he | said | Tim isn't for sale"},
			why:  "the subject after a second opening clause ('as speculation grew,') was not noted, so 'he' went to the player, the last man noted as a subject",
		},
		{
			name: "a surname after a full name that a sentence's first words run into",
			text: "On Friday Dr Ama Boateng said the bay would stay shut.\n\nDr Boateng said the authority understood the growers' difficulty.",
			want: []string{
				"Ama Boateng | Dr Ama Boateng | said | the bay would stay shut",
				"Ama Boateng | Dr Boateng | said | the authority understood the growers' difficulty",
			},
			why: "'On Friday Dr Ama Boateng' was read as one run of capitalised words, no name, so 'Dr Boateng' met no one named before: a capitalised word of function or a weekday opens no name and is no title before one",
		},
		{
			name: "a surname after a full name that a sentence's capitalised first word runs into",
			text: "When Dr Ama Boateng said the bay would stay shut, growers protested.\n\nDr Boateng said the authority understood the growers' difficulty.",
			want: []string{
				"Ama Boateng | Dr Ama Boateng | said | the bay would stay shut",
				"Ama Boateng | Dr Boateng | said | the authority understood the growers' difficulty",
			},
			why: "a capitalised 'When' is no title before the name: taken in as one, 'When Dr Ama Boateng' named no one, and 'Dr Boateng' stood alone",
		},
		{
			name: "a pronoun after a station whose name opens with its call letters",
			text: "The weather service rejected Gov. Tom Kerr's criticism of forecasters on WKRN Newsradio a day earlier, when he said residents had been given no warning.",
			want: []string{
				"weather service | The weather service | rejected | Gov. Tom Kerr's criticism of forecasters on WKRN Newsradio a day earlier",
				"Tom Kerr | he | said | residents had been given no warning",
			},
			why: "'WKRN Newsradio' was read as a person, the last named before 'he': a name that opens with capitals alone and goes on in lower case is a body's (blind21)",
		},
		{
			name: "a role's holder is not its assistant's, named further on",
			text: "Town owner Keith Mars says the manager left by mutual consent, but the former manager insists that was not the case.\n\nAssistant manager Lee Dunn will take charge of the team.",
			want: []string{
				"Keith Mars | Town owner Keith Mars | says | the manager left by mutual consent",
				"former manager | the former manager | insists | that was not the case",
			},
			why: "the role key drops 'assistant': the assistant manager named below held 'manager' and stood for 'the former manager'",
		},
		{
			name: "a union's delegate",
			text: "Kiri Moana, a surgeon, said the waiting list had doubled.\n\nNurses' Organisation delegate Ana Ruru said staff had worked double shifts.\n\n\"People slept at the hospital,\" she said.",
			want: []string{
				"Kiri Moana | Kiri Moana | said | the waiting list had doubled",
				"Ana Ruru | Nurses' Organisation delegate Ana Ruru | said | staff had worked double shifts",
				"Ana Ruru | she | said | People slept at the hospital",
			},
			why: "'delegate' is an office a body gives: without it the body's name ran on into hers, an organisation no 'she' could stand for",
		},
		{
			name: "a body's name, a common noun, then a role before a person",
			text: "Mark Ogden, a hotelier, said staffing was the problem.\n\nChamber tourism director Simon Robley said both sides wanted more visitors. \"The question is how quickly,\" he said.",
			want: []string{
				"Mark Ogden | Mark Ogden | said | staffing was the problem",
				"Simon Robley | Chamber tourism director Simon Robley | said | both sides wanted more visitors",
				"Simon Robley | he | said | The question is how quickly",
			},
			why: "'Chamber' before 'tourism director' is whom he works for: the body's flag outlived its name, and the person was read as an organisation, which 'he' could not stand for",
		},
		{
			name: "a club's boss, who is its manager, not its chairman",
			text: "Rovers manager Gary Whitlock said the striker would stay. Chairman Nigel Farrant said he would go.\n\n\"He is not for sale,\" the Rovers boss said.",
			want: []string{
				"Gary Whitlock | Rovers manager Gary Whitlock | said | the striker would stay",
				"Nigel Farrant | Chairman Nigel Farrant | said | he would go",
				"Gary Whitlock | the Rovers boss | said | He is not for sale",
			},
			why: "'boss' is the canonical 'chief', which no one holds: the one person who runs the team day to day is the boss, not the chairman above him (blind61)",
		},
		{
			name: "a company's boss, who is its chief executive",
			text: "The plant will close, Acme chief executive Jo Lin said. Store manager Ann Cole said the shop would stay open.\n\n\"We have no choice,\" the Acme boss said.",
			want: []string{
				"Jo Lin | Acme chief executive Jo Lin | said | The plant will close",
				"Ann Cole | Store manager Ann Cole | said | the shop would stay open",
				"Jo Lin | the Acme boss | said | We have no choice",
			},
			why: "a chief executive is a company's boss, a store manager runs no body; and 'chief executive' before a name is a title of two words, of which the index of people took only 'executive', no role",
		},
		{
			name: "a fire chief, who is no company's boss",
			text: "Acme general manager Jo Lin said the plant was safe.\n\nThe fire chief said the blaze began at 3am.",
			want: []string{
				"Jo Lin | Acme general manager Jo Lin | said | the plant was safe",
				"fire chief | The fire chief | said | the blaze began at 3am",
			},
			why: "'chief' with a common noun before it is an office of its own: the one who runs a body day to day stands only for 'the boss', 'the Acme chief'",
		},
		{
			name: "a company's boss, who is its chief executive officer, not a regional manager",
			text: "Acme chief executive officer Jo Lin said the plant will close. Acme regional manager Ann Cole said the shop would stay open.\n\n\"We have no choice,\" the Acme boss said.",
			want: []string{
				"Jo Lin | Acme chief executive officer Jo Lin | said | the plant will close",
				"Ann Cole | Acme regional manager Ann Cole | said | the shop would stay open",
				"Jo Lin | the Acme boss | said | We have no choice",
			},
			why: "the word before a holder's role says which office it is only outside the role: 'executive' is inside 'chief executive officer', and was read as a modifier; 'regional' is outside 'manager'",
		},
		{
			name: "a club's boss, with an assistant manager titled in capitals",
			text: "Rovers manager Gary Whitlock said the striker would stay. Assistant Manager Lee Dunn said he would go.\n\n\"He is not for sale,\" the Rovers boss said.",
			want: []string{
				"Gary Whitlock | Rovers manager Gary Whitlock | said | the striker would stay",
				"Lee Dunn | Assistant Manager Lee Dunn | said | he would go",
				"Gary Whitlock | the Rovers boss | said | He is not for sale",
			},
			why: "an assistant runs no team: capitalised, 'Assistant' passed as a body's name, and two managers left the boss unknown",
		},
		{
			name: "a former assistant's role, of one who leads now",
			text: "Lakers coach Tom Reyes said the team was ready.\n\n\"We are ready,\" the former Wildcats assistant coach said.",
			want: []string{
				"Tom Reyes | Lakers coach Tom Reyes | said | the team was ready",
				"Tom Reyes | the former Wildcats assistant coach | said | We are ready",
			},
			why: "a deputy's role held once may be a coach's now: only a holder's deputy office keeps him from a plain role",
		},
		{
			name: "an assistant professor, who is a professor",
			text: "Assistant professor Jane Doe said the drug worked.\n\n\"It is safe,\" the professor said.",
			want: []string{
				"Jane Doe | Assistant professor Jane Doe | said | the drug worked",
				"Jane Doe | the professor | said | It is safe",
			},
			why: "'assistant professor' is a professor's rank, not a second to one: the rule that keeps 'the manager' from the assistant manager kept 'the professor' from her",
		},
		{
			name: "a body's office by possessive, and a holder of another body named further on",
			text: "\"Calls over broadband are the future,\" Wanadoo's chief executive told the BBC.\n\nInternet provider AOL announced a service of its own. \"We can help,\" said AOL chief executive Jonathan Miller.",
			want: []string{
				"Wanadoo’s chief executive | Wanadoo's chief executive | told | Calls over broadband are the future",
				"AOL | Internet provider AOL | announced | a service of its own",
				"Jonathan Miller | AOL chief executive Jonathan Miller | said | We can help",
			},
			why: "the one chief executive the text names is AOL's, two sentences on: Wanadoo's is not he (BBC tech/350)",
		},
		{
			name: "a pronoun after a sentence that opens with a time phrase and a comma",
			text: "Minister Ilse Brandt said the toll was a trial.\n\nThat evening, transport spokesman Karl Weiss was asked about the toll on television. The toll \"will apply on every motorway,\" he said.",
			want: []string{
				"Ilse Brandt | Minister Ilse Brandt | said | the toll was a trial",
				"Karl Weiss | he | said | The toll \"will apply on every motorway",
			},
			why: "'The next morning,' opens the sentence before its subject as 'On Monday,' does: the spokesman is the one 'he' stands for, not the minister who spoke last",
		},
		{
			name: "a tag after what a role's belief reports",
			text: "Gov. Dale Ackerson's spokeswoman, Marissa Kendrick, said no pupil would be sent home.\n\nThe governor believes such decisions belong to parents, she said in a written statement, and the schools would stay open.",
			want: []string{
				"Marissa Kendrick | Marissa Kendrick | said | no pupil would be sent home",
				"Marissa Kendrick | she | said | The governor believes such decisions belong to parents",
				"governor | The governor | believes | such decisions belong to parents",
			},
			why: "the tag after the comma reports the clause before it, whose subject it is not: 'she' was read as the governor, the tag's claim dropped as his repeat, and his belief ran on over the tag",
		},
		{
			name: "an office with a courtesy title before the name",
			text: "Minister of Fisheries Hon. Tevita Lolo opened the new wharf on Monday.\n\nAt the opening, the Minister said the catch had doubled.",
			want: []string{
				"Tevita Lolo | the Minister | said | the catch had doubled",
			},
			why: "'Hon.' with its stop parted the office from the name, so 'the Minister' had no holder to stand for",
		},
		{
			name: "an office whose portfolio is a list",
			text: "Minister of Lands, Housing and Urban Planning Sela Fifita opened the office on Monday.\n\nAt the opening, the Minister said 300 titles had been issued.",
			want: []string{
				"Sela Fifita | the Minister | said | 300 titles had been issued",
			},
			why: "the portfolio's commas and 'and' broke the office from the name: 'Planning Sela Fifita' was read as a name, and 'the Minister' had no holder",
		},
		{
			name: "a pronoun after a named body's officer",
			text: "Marlow Borough's chief planning officer on Friday withdrew her claim that the bypass would be finished by June.",
			want: []string{
				"Marlow Borough’s chief planning officer | her | claim that | the bypass would be finished by June",
			},
			why: "'her' is the officer the sentence opens with, not the body named as her possessor: the claim was the borough's, read as a person",
		},
		{
			name: "a pronoun after a named person and her office in apposition",
			text: "Ann Bell, Marlow Borough's chief planning officer, on Friday withdrew her claim that the bypass would be finished by June.",
			want: []string{
				"Ann Bell | Ann Bell | withdrew | her claim that the bypass would be finished by June",
			},
			why: "a guard: the office in apposition is the named person's, who is 'her'; the officer was read as a speaker of her own, the claim told twice",
		},
		{
			name: "a possessive after a subject and a time word",
			text: "Coach Ian Bishop spoke on Monday.\n\nEverton Marshall yesterday clarified his comments that the stadium would close.",
			want: []string{
				"Everton Marshall | Everton Marshall | clarified | his comments that the stadium would close",
				"Everton Marshall | his | comments | the stadium would close",
			},
			why: "'yesterday' between a subject and its verb leaves the subject the one 'his' stands for, not the coach named last; and the clarification of the remark is kept beside it",
		},
		{
			name: "a name past a time word and a comma is no subject",
			text: "Tom Berg, who met Ian Bishop yesterday, said the club was safe, but he admitted the debts were large.",
			want: []string{
				"Tom Berg | Tom Berg | said | the club was safe",
				"Tom Berg | he | admitted | the debts were large",
			},
			why: "only a comma right after a name opens its apposition: past 'yesterday' the comma closes the relative clause, and 'he' had become Bishop, whom Berg met",
		},
		{
			name: "a tag inside what a role believes",
			text: "The finance minister believes the prices, he says, will fall next year.",
			want: []string{"finance minister | The finance minister | believes | the prices, he says, will fall next year"},
			why:  "a tag whose clause goes on with a verb stands inside what it reports and ends nothing: the belief was cut to 'the prices'",
		},
		{
			name: "an office by its initials",
			text: "Agriculture Cabinet Secretary Joseph Langat said the ban would stay.\n\nOn Monday the CS told farmers that millers could import maize from August.\n\nBut the US says it cannot support the ban. Trade Under-Secretary Amy Lowe said it broke trade rules.",
			want: []string{
				"Joseph Langat | Agriculture Cabinet Secretary Joseph Langat | said | the ban would stay",
				"Joseph Langat | the CS | told | millers could import maize from August",
				"United States | the US | says | it cannot support the ban",
				"Amy Lowe | Trade Under-Secretary Amy Lowe | said | it broke trade rules",
			},
			why: "'the CS' abbreviates the one office in the text whose last words are Cabinet Secretary, as 'the DG' does Director-General; a country's initials ('the US') name the country, though they are an Under-Secretary's too",
		},
		{
			name: "a lede's officer by the owner's role, named bare in the next paragraph",
			text: "Audit still under way\n\nA review of the council's accounts is still under way, the watchdog's chief inspector has told a hearing.\n\nSeán Mac Giolla told the hearing on Thursday that invoices were still being checked.\n\n\"Nothing has been decided,\" said Mr Mac Giolla.\n\nThe council's leader, Ruth Dale, said it had handed over every file.",
			want: []string{
				"Seán Mac Giolla | the watchdog's chief inspector | told | A review of the council's accounts is still under way",
				"Seán Mac Giolla | Seán Mac Giolla | told | invoices were still being checked",
				"Seán Mac Giolla | Mr Mac Giolla | said | Nothing has been decided",
				"Ruth Dale | Ruth Dale | said | it had handed over every file",
			},
			why: "with no one named under the owner's role, the person the next paragraph names first, with no role of their own, is the lede's officer, as for 'a former aide'; and 'Ó Broin' is the surname of 'Niamh Ó Broin' with its particle, as 'van Dijk' is",
		},
		{
			name: "a lede's officer by a role the owner's noun holds, named after the lede",
			text: "Clinic merger row\n\nThe merger of the two clinics will not close a single ward, the hospital's top executive told donors on Tuesday.\n\n\"No ward will shut,\" said Priya Nair, the hospital's executive director, who has led the merger.\n\nThe nurses' union said 30 beds would go.",
			want: []string{
				"Priya Nair | the hospital's top executive | told | The merger of the two clinics will not close a single ward",
				"Priya Nair | Priya Nair | said | No ward will shut",
				"nurses union | The nurses' union | said | 30 beds would go",
			},
			why: "'the port's top executive' is the one who runs the port: the next paragraph's person whose role, 'the port's executive director', runs a body at the same owner, as 'her lawyer' is the person later called 'her attorney'",
		},
		{
			name: "a lede's officer held, by another name of the office, at a named body",
			text: "Measles report row\n\nThe state's health commissioner said Tuesday that a hospital was slow to report a case. The hospital's chief executive pushed back, saying the case was called in the same day.\n\nHealth Commissioner Linda Berg said the department learned of the case on May 5.\n\nDaniel Hovers, president and CEO of North Ridge Health, said the nurse called on May 2.",
			want: []string{
				"Linda Berg | The state's health commissioner | said | a hospital was slow to report a case",
				"Daniel Hovers | The hospital's chief executive | pushed | back",
				"Daniel Hovers | The hospital's chief executive | saying | the case was called in the same day",
				"Linda Berg | Health Commissioner Linda Berg | said | the department learned of the case on May 5",
				"Daniel Hovers | Daniel Hovers | said | the nurse called on May 2",
			},
			why: "no one below is called 'the hospital's' anything, but one person, at a body the text names, holds the office as 'CEO': the lede's chief executive is he, not the commissioner named first",
		},
		{
			name: "a lede's officer of a union is no other body's holder of the office",
			text: "Measles report row\n\nThe state's health commissioner said Tuesday that a hospital was slow to report a case. The union's chief executive pushed back, saying the nurses called in the same day.\n\nHealth Commissioner Linda Berg said the department learned of the case on May 5.\n\nDaniel Hovers, president and CEO of North Ridge Health, said the nurse called on May 2.",
			want: []string{
				"Linda Berg | The state's health commissioner | said | a hospital was slow to report a case",
				"union’s chief executive | The union's chief executive | pushed | back",
				"union’s chief executive | The union's chief executive | saying | the nurses called in the same day",
				"Linda Berg | Health Commissioner Linda Berg | said | the department learned of the case on May 5",
				"Daniel Hovers | Daniel Hovers | said | the nurse called on May 2",
			},
			why: "the CEO of North Ridge Health, a body whose name tells no sort, may be the hospital's but not the union's: the union's chief executive was made him, and his two accounts one man's",
		},
		{
			name: "a portfolio before 'Minister' that differs from the role's",
			text: "Budget row.\n\nFisheries Minister Rui Santos said the harbours would stay open.\n\nThe finance minister said on Monday the money had run out.",
			want: []string{
				"Rui Santos | Fisheries Minister Rui Santos | said | the harbours would stay open",
				"finance minister | The finance minister | said | the money had run out",
			},
			why: "the capital before 'Minister' names a portfolio, which the table of roles need not list: the fisheries minister is not 'the finance minister', whose words were given to him",
		},
		{
			name: "a party's office named before another party's holder of it",
			text: "Tax row.\n\nGreen leader Ana Lund said the tax would rise.\n\nThe prime minister said it would not.\n\nThe Green leader countered that the deal had been struck at a dinner.\n\nLiberal leader Tom Berg said the cabinet was split.",
			want: []string{
				"Ana Lund | Green leader Ana Lund | said | the tax would rise",
				"prime minister | The prime minister | said | it would not",
				"Ana Lund | The Green leader | countered | the deal had been struck at a dinner",
				"Tom Berg | Liberal leader Tom Berg | said | the cabinet was split",
			},
			why: "two leaders in the text made 'the Green leader' no one's; the party the mention names picks the one named before it",
		},
		{
			name: "a company's managing director puts it in focus",
			text: "Dairy row.\n\nGlenmore Creameries managing director Aoife Brennan said the milk was safe.\n\nThe company, which has 90 suppliers, said it would reopen the plant.",
			want: []string{
				"Aoife Brennan | Glenmore Creameries managing director Aoife Brennan | said | the milk was safe",
				"Glenmore Creameries | The company | said | it would reopen the plant",
			},
			why: "the company he runs is the body in focus, though it has not spoken: 'the company' was left unnamed",
		},
		{
			name: "an analyst's firm is not put in focus",
			text: "Shell shake-up.\n\nShell said the changes would speed decisions.\n\nPetercam analyst Jan Smet said the plan was sound.\n\nThe company said profits would rise.",
			want: []string{
				"Shell | Shell | said | the changes would speed decisions",
				"Jan Smet | Petercam analyst Jan Smet | said | the plan was sound",
				"Shell | The company | said | profits would rise",
			},
			why: "a guard: an analyst does not run the firm he works for, and 'the company' is still the one the story is about",
		},
		{
			name: "a lede's business described by what it runs, whose managing director speaks later",
			text: "Quarry hits back\n\nThe operator of a limestone quarry in County Clare has rejected claims by the Marine Conservation Board that dust from the site had damaged the reef.\n\nThe board's chief scientist, Dr Ana Silva, said the samples showed silt.\n\nKestrel Aggregates chief executive Tom Hale said the company had found no dust.",
			want: []string{
				"Kestrel Aggregates | The operator of a limestone quarry in County Clare | rejected | claims by the Marine Conservation Board that dust from the site had damaged the reef",
				"Marine Conservation Board | the Marine Conservation Board | claims by the Marine Conservation Board that | dust from the site had damaged the reef",
				"Ana Silva | Dr Ana Silva | said | the samples showed silt",
				"Tom Hale | Kestrel Aggregates chief executive Tom Hale | said | the company had found no dust",
			},
			why: "'the operator of a … quarry' is a business, and the company whose chief executive speaks after the board's officer; it was left unnamed, or given the first body named after it",
		},
		{
			name: "a portfolio of two nouns before 'secretary'",
			text: "Games warning\n\nViolent games should carry larger warnings, the trade and industry secretary has said.\n\nShe is expected to call for the law to be enforced.\n\nThe call was backed by Culture, Media and Sport Secretary Tessa Jowell, who said parents needed help.",
			want: []string{
				"trade and industry secretary | the trade and industry secretary | said | Violent games should carry larger warnings",
				"Tessa Jowell | Media and Sport Secretary Tessa Jowell, who | said | parents needed help",
			},
			why: "'trade and industry' is the secretary's portfolio: the lede's secretary had been given to the culture secretary named after",
		},
		{
			name: "an acronym written as a word",
			text: "Mine halted.\n\nThe National Environment Management Authority (Nema) ordered the mine to stop.\n\nNema said the river was polluted.\n\nFigures compiled by Chart-Track for the Entertainment and Leisure Software Publishers Association (Elspa) showed sales rose.\n\nElspa said sales would rise again.",
			want: []string{
				"National Environment Management Authority | The National Environment Management Authority | ordered | the mine to stop",
				"National Environment Management Authority | Nema | said | the river was polluted",
				"Chart-Track for the Entertainment and Leisure Software Publishers Association | Chart-Track for the Entertainment and Leisure Software Publishers Association | showed | sales rose",
				"Entertainment and Leisure Software Publishers Association | Elspa | said | sales would rise again",
			},
			why: "'(Nema)' gives the initials of the name before it, as '(NEMA)' would: 'Nema said' was a body of its own, and 'a decision by the National Environment Management Authority' no one's words; the name is the words the initials stand for, not 'Chart-Track for …'",
		},
		{
			name: "a lede's office told with 'a' and no body, named paragraphs on",
			text: "Ministry, regulator at odds\n\nAn assistant minister has dismissed a ruling by the fisheries regulator to close the bay, saying the boats hold valid permits.\n\nThe regulator on Monday ordered the boats to stay in port.\n\nRegulator chairman Dr Lena Holm said the stocks had collapsed.\n\nAssistant Minister of Fisheries Pavel Dubek told reporters that the ruling had no force.",
			want: []string{
				"Pavel Dubek | An assistant minister | dismissed | a ruling by the fisheries regulator to close the bay",
				"Pavel Dubek | An assistant minister | saying | the boats hold valid permits",
				"the regulator | The regulator | ordered | the boats to stay in port",
				"Lena Holm | Regulator chairman Dr Lena Holm | said | the stocks had collapsed",
				"Pavel Dubek | Assistant Minister of Fisheries Pavel Dubek | told | the ruling had no force",
			},
			why: "an office of no body, told with 'a' or 'an' in the lede, is the holder of that office named later, past another body's officer: the minister's words had no one to set against the agency",
		},
		{
			name: "a Korean name, family name first",
			text: "Fare rise.\n\n\"Buses cost more to run,\" said Park Min-seo, head of the transit team.\n\nPark said fares on 12 routes would rise.",
			want: []string{
				"Park Min-seo | Park Min-seo | said | Buses cost more to run",
				"Park Min-seo | Park | said | fares on 12 routes would rise",
			},
			why: "a given name romanised with a hyphen ('Min-seo') comes after the family name, which the text then writes alone: 'Park' was another speaker",
		},
		{
			name: "a lede's officer of a body it leaves unnamed, named next",
			text: "Union rejects pay claim\n\nThe leader of one of Wales's largest nursing unions has rejected the health board's claim that the pay deal is funded.\n\nGwen Pryce, the general secretary of the Nursing Staff Union, said members would lose out.",
			want: []string{
				"Union | Union | rejects | pay claim",
				"Gwen Pryce | The leader of one of Wales's largest nursing unions | rejected | the health board's claim that the pay deal is funded",
				"health board | the health board | claim that | the pay deal is funded",
				"Gwen Pryce | Gwen Pryce | said | members would lose out",
			},
			why: "'the leader of one of …' is of a body the lede does not name, as 'a leader of' would be: it was left a description, so the dispute had no named party",
		},
		{
			name: "a lede's description of one of a kind, and a person of another body named next",
			text: "Union rejects pay claim\n\nThe leader of one of Wales's largest nursing unions has rejected the health board's claim that the pay deal is funded.\n\nHealth Minister Mark Drakeford said the deal was funded.",
			want: []string{
				"Union | Union | rejects | pay claim",
				"leader of one of Wales’s largest nursing unions | The leader of one of Wales's largest nursing unions | rejected | the health board's claim that the pay deal is funded",
				"health board | the health board | claim that | the pay deal is funded",
				"Mark Drakeford | Health Minister Mark Drakeford | said | the deal was funded",
			},
			why: "the person named next must be of the kind of body the description names: the minister whose board's claim is rejected is not the unions' leader",
		},
		{
			name: "a lede's officer owned by a common noun, named next as a response's subject",
			text: "Ferry row\n\nThe ferry sank because its doors were left open, the port's director said Monday.\n\nRosa Vidal, the port's operations director, backtracked on that at a news conference, saying the crew had ignored the alarm.",
			want: []string{
				"Rosa Vidal | the port's director | said | The ferry sank because its doors were left open",
				"Rosa Vidal | Rosa Vidal | saying | the crew had ignored the alarm",
			},
			why: "the role read from the apposition keeps its 'the', which the owner is matched with",
		},
		{
			name: "a lede's officer of its own subject, named next with that office",
			text: "College drops rowing\n\nA private college in Maine will drop its rowing team, its athletic director said Wednesday.\n\nKen Ambler, the athletic director at Harlow College, said costs had risen.",
			want: []string{
				"Ken Ambler | its athletic director | said | A private college in Maine will drop its rowing team",
				"Ken Ambler | Ken Ambler | said | costs had risen",
			},
			why: "'its athletic director' is the athletic director named next, in the paragraph after the lede",
		},
		{
			name: "a lede's office, spoken for next by a person given no role in a sentence naming the office",
			text: "Port chief backs down\n\nThe Port Commissioner has walked back his claim that the ferry was fit to sail, saying on Friday that the hull had been damaged.\n\nOn Tuesday, Tavita Leiataua told reporters that the Office of the Port Commissioner had found no fault with the ferry.",
			want: []string{
				"Tavita Leiataua | The Port Commissioner | walked back | his claim that the ferry was fit to sail",
				"Tavita Leiataua | The Port Commissioner | saying | the hull had been damaged",
				"Tavita Leiataua | Tavita Leiataua | told | the Office of the Port Commissioner had found no fault with the ferry",
			},
			why: "news gives the office in the lede and the holder's name after it: the next person to speak, given no other role, in a sentence that names the office, holds it",
		},
		{
			name: "a lede's office, and a person named next with no role in a sentence not naming it",
			text: "Port chief backs down\n\nThe Port Commissioner has walked back his claim that the ferry was fit to sail.\n\nOn Tuesday, Tavita Leiataua told reporters that the ferry had been damaged in March.",
			want: []string{
				"Port Commissioner | The Port Commissioner | walked back | his claim that the ferry was fit to sail",
				"Tavita Leiataua | Tavita Leiataua | told | the ferry had been damaged in March",
			},
			why: "a guard: with nothing tying the name to the office, the next speaker may be anyone ('the Utah Republican' was not the prosecutor named next)",
		},
		{
			name: "a lede's office, and a person named next in a sentence whose longer words hold the office's",
			text: "Port chief backs down\n\nThe Port Commissioner has walked back his claim that the ferry was fit to sail.\n\nOn Tuesday, Tavita Leiataua told reporters in Portland that the Commissioners had found no fault with the ferry.",
			want: []string{
				"Port Commissioner | The Port Commissioner | walked back | his claim that the ferry was fit to sail",
				"Tavita Leiataua | Tavita Leiataua | told | the Commissioners had found no fault with the ferry",
			},
			why: "a guard: 'Portland' and 'Commissioners' do not name the office, though they hold its words' letters; matched as substrings, any next speaker near a longer word became the commissioner",
		},
		{
			name: "a lede's officer of its own subject, named next in apposition to a response's subject",
			text: "College drops rowing\n\nA public college in Maine will drop its rowing program, its athletic director said Wednesday.\n\nKen Ambler, the athletic director at Harlow State College, backtracked on that assurance at a news conference, saying costs had risen.",
			want: []string{
				"Ken Ambler | its athletic director | said | A public college in Maine will drop its rowing program",
				"Ken Ambler | Ken Ambler | backtracked | that assurance at a news conference",
				"Ken Ambler | Ken Ambler | saying | costs had risen",
			},
			why: "the subject of a response carries no role when the lede is read: the apposition after the name gives it, so the reversal is one speaker's",
		},
		{
			name: "a lede's officer owned by a common noun, named next with that owner and office",
			text: "Ferry row\n\nThe ferry sank because its doors were left open, the port's director said Monday.\n\n“The crew ignored the alarm,” Rosa Vidal, the port's operations director, told reporters.",
			want: []string{
				"Rosa Vidal | the port's director | said | The ferry sank because its doors were left open",
				"Rosa Vidal | Rosa Vidal | told | The crew ignored the alarm",
			},
			why: "'the port's director' is the port's director named next: left a description, the lede's account had no named party",
		},
		{
			name: "a lede's officer owned by a common noun, and another body's officer next",
			text: "Dock strike\n\nThe strike will go ahead, the port's director said Monday.\n\n“We are ready,” Lia Moss, the union's director, said.",
			want: []string{
				"port’s director | the port's director | said | The strike will go ahead",
				"Lia Moss | Lia Moss | said | We are ready",
			},
			why: "the union's director is not the port's: the guard on the owner",
		},
		{
			name: "a surname after a name with initials",
			text: "Pensions late\n\nDirector General of Pensions K. A. Perera said the payments would be late.\n\nMr. Perera said the banks had been told.",
			want: []string{
				"K A Perera | Director General of Pensions K. A. Perera | said | the payments would be late",
				"K A Perera | Mr. Perera | said | the banks had been told",
			},
			why: "a run of initials is part of the name the surname stands for: 'Mr. Perera' was another person",
		},
		{
			name: "a programme named for a time word is no day after the subject",
			text: "Rail row.\n\nBut Tom Reyes told the station's Today programme he would stay. “I am going nowhere,” he said.",
			want: []string{
				"Tom Reyes | Tom Reyes | told | he would stay",
				"Tom Reyes | he | said | I am going nowhere",
			},
			why: "'Today' in a programme's name is no time after the subject: the scan stopped at 'station' and made no one of Tom Reyes ('BBC Radio 4's Today programme' made 'BBC Radio' the person 'he' stood for)",
		},
		{
			name: "a subject with the day after it stands for a later pronoun",
			text: "Council picks a leader.\n\nTom Reed said the vote was fair.\n\nJane Roe on Tuesday became the first woman to lead the council.\n\n“We waited years for this,” she said.",
			want: []string{
				"Tom Reed | Tom Reed | said | the vote was fair",
				"Jane Roe | she | said | We waited years for this",
			},
			why: "'on Tuesday' after the name is the time of the sentence, not part of the subject: Jane Roe is the last person met, and 'she' is hers",
		},
		{
			name: "a pronoun after a name that follows a preposition",
			text: "Jane Hale, the councillor for the Moss Side, said the mayor spoke in general terms and she was sure he meant adults.",
			want: []string{
				"Jane Hale | Jane Hale | said | the mayor spoke in general terms",
				"Jane Hale | she | sure | he meant adults",
			},
			why: "'the Moss Side' after 'for' names a place in the apposition, no subject 'she' may stand for; the subject before it is",
		},
		{
			name: "an office is not a later person whose office is someone else's",
			text: "The President announced new fuel prices in May. The drivers' union has called a strike. Its president, Kofi Mensah, said members would stay out.",
			want: []string{
				"President | The President | announced | new fuel prices in May",
				"drivers union | The drivers' union | called | a strike",
				"Kofi Mensah | Kofi Mensah | said | members would stay out",
			},
			why: "'Its president' is the union's, named after the union: the President two sentences before is no one the text has named yet",
		},
		{
			name: "a pronoun that points ahead to the main clause's subject",
			text: "Ada Quist said the clinic was safe. In March, when she announced its closure, Rosa Villen said waiting lists would fall.",
			want: []string{
				"Ada Quist | Ada Quist | said | the clinic was safe",
				"Rosa Villen | she | announced | its closure",
				"Rosa Villen | Rosa Villen | said | waiting lists would fall",
			},
			why: "a pronoun that is the subject of a clause opening the sentence with 'when' stands for the main clause's subject after the comma, not for the last woman named",
		},
		{
			name: "a share of the people a pronoun stands for",
			text: "The unions sued the health ministry over the new rotas. Most of them said the rotas were unsafe.",
			want: []string{"unions | Most of them | said | the rotas were unsafe"},
			why:  "'most of them', 'many of them' speak for the group 'them' stands for, as 'they' would",
		},
		{
			name: "a title of another party is not the leader named before",
			text: "Green Party leader Ada Lind said the tax was unfair. The Liberal leader said the tax would stay. The Green Party leader said she would fight it.",
			want: []string{
				"Ada Lind | Green Party leader Ada Lind | said | the tax was unfair",
				"Liberal leader | The Liberal leader | said | the tax would stay",
				"Ada Lind | The Green Party leader | said | she would fight it",
			},
			why: "'the Liberal leader' and 'the Green Party leader' name two parties' leaders: only the second is the leader the text named",
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
			name: "an imperative or a sentence adverb is no subject",
			text: "Don't blame the referee. Perhaps ask the club instead.",
			want: nil,
			why:  "'Do' and 'Perhaps' open the sentence capitalised but name no one",
		},
		{
			name: "an imperative before its object is no subject",
			text: "Get those jokes off, adding levity. Airbus this week announced the first sale of its new jet.",
			want: []string{"Airbus | Airbus | announced | the first sale of its new jet"},
			why:  "a capitalised first word followed straight by 'those', 'the' or 'his' is a verb with its object; 'this week' after a name is a date",
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
			name: "first person outside a quotation",
			text: "I believe the league has made a mistake.",
			want: []string{"the author | I | believe | the league has made a mistake"},
			why:  "in a column the writer is the speaker",
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
			name: "adverbial before a name",
			text: "In a radio interview Smith said the club would appeal.",
			want: []string{"Smith | Smith | said | the club would appeal"},
			why:  "a capitalised preposition and a noun with no title are no part of the speaker",
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
			name: "a surname before a suffix",
			text: "Lawyer Walter M Hale Jr said his client was pleased. District Attorney Bruce L Kerr Jr said the case was closed. Mr Hale added that his client would rest.",
			want: []string{
				"Walter M Hale Jr | Lawyer Walter M Hale Jr | said | his client was pleased",
				"Bruce L Kerr Jr | District Attorney Bruce L Kerr Jr | said | the case was closed",
				"Walter M Hale Jr | Mr Hale | added | his client would rest",
			},
			why: "'Jr' is no surname: two men named '… Jr' were one person, and 'Mr Hale' no one",
		},
		{
			name: "a middle initial with its stop inside a full name",
			text: "Vice President Joseph R. Hale Jr. spoke in Ohio. Mr. Hale said the plan was a joke.",
			want: []string{"Joseph R Hale Jr | Mr. Hale | said | the plan was a joke"},
			why:  "the scanner parts the initial from its stop: the name read was 'Hale Jr', after the stop",
		},
		{
			name: "a star of a show with 'and' in its name",
			text: "Actress Ann Kerr said the shows were too safe. And Fawlty and Sons star Tom Hale criticised TV for being cheap. “We must not dumb down,” he said.",
			want: []string{
				"Ann Kerr | Actress Ann Kerr | said | the shows were too safe",
				"Tom Hale | Fawlty and Sons star Tom Hale | criticised | TV for being cheap",
				"Tom Hale | he | said | We must not dumb down",
			},
			why: "'star' before a name is a title, as 'actor' is: without it the phrase with 'and' was a group, and 'he' went to the actress",
		},
		{
			name: "role description",
			text: "Foreign Minister Sergei Lavrov met his counterpart. Moscow’s top diplomat said the talks made no sense.",
			want: []string{"Sergei Lavrov | Moscow’s top diplomat | said | the talks made no sense"},
			why:  "a description resolves to the person the document gives that office ('top diplomat' is a foreign minister)",
		},
		{
			name: "anonymous source",
			text: "A senior White House official said the meeting was cancelled.",
			want: []string{"senior White House official | A senior White House official | said | the meeting was cancelled"},
			why:  "an unnamed source is a speaker of its own",
		},
		{
			name: "any noun after says",
			text: "Six million jobs depend on exports to Mexico, one slide says.",
			want: []string{"slide | one slide | says | Six million jobs depend on exports to Mexico"},
			why:  "after a plain verb of saying, a thing can be the source: a slide, a memo, a sign",
		},
		{
			name: "a document states",
			text: "The filing states that the chief executive will step down in May.",
			want: []string{"the filing | The filing | states | the chief executive will step down in May"},
			why:  "a verb of saying with a that-clause takes a document as its source, not only a person",
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
			name: "an organisation by its head noun",
			text: "The World Health Organization warned on Friday that cases were rising.",
			want: []string{"World Health Organization | The World Health Organization | warned | cases were rising"},
			why:  "an organisation's name ending in 'Organization', 'Fund', 'Authority' is no person",
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
			name: "she after a named body's spokeswoman",
			text: "Health Secretary Tom Jones said the plan was sound. A Health Department spokeswoman confirmed it was funded. “No date was set,” she said.",
			want: []string{
				"Tom Jones | Health Secretary Tom Jones | said | the plan was sound",
				"Health Department spokeswoman | A Health Department spokeswoman | confirmed | it was funded",
				"Health Department spokeswoman | she | said | No date was set",
			},
			why: "the spokeswoman of a body named before her title is a woman a later 'she' stands for, not the minister",
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
			name: "a pronoun after a subordinate clause's subject",
			text: "Minister Tom Hale said the firm would be fined. When President Ana Ruiz took office she began talks with the firm. But she has rejected any rise in prices.",
			want: []string{
				"Tom Hale | Minister Tom Hale | said | the firm would be fined",
				"Ana Ruiz | she | rejected | any rise in prices",
			},
			why: "with no comma after 'When …', the person the sentence puts forward is the subject of its opening clause: the reading stopped at 'When' and 'she' went to the minister",
		},
		{
			name: "a pronoun after a subordinate clause and its comma",
			text: "Minister Tom Hale said the firm would be fined. After President Ana Ruiz took office, she began talks with the firm. But she has rejected any rise in prices.",
			want: []string{
				"Tom Hale | Minister Tom Hale | said | the firm would be fined",
				"Ana Ruiz | she | rejected | any rise in prices",
			},
			why: "'she' after the comma names no one; the opening clause's subject is whom it stands for",
		},
		{
			name: "a pronoun after a subject behind an opening phrase",
			text: "Tom Hale said the chief executive had resigned. On Monday's breakfast programme Mr Reed was asked why. He replied that the decision was Mr Hale's.",
			want: []string{
				"Tom Hale | Tom Hale | said | the chief executive had resigned",
				"Reed | He | replied | the decision was Mr Hale's",
			},
			why: "'On Monday's breakfast programme' opens the sentence without a comma; the name after its noun is the subject 'he' stands for",
		},
		{
			name: "an age for a name",
			text: "Maria Keller spoke on Monday. “The bank is ready,” said the 46-year-old.",
			want: []string{"Maria Keller | the 46-year-old | said | The bank is ready"},
			why:  "'the 46-year-old' stands for the person last met, as a pronoun does",
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
			name: "a shadow minister is not the minister",
			text: "Shadow culture secretary Tom Hale said the plan was a shambles. The Culture Secretary said the move showed she listened to critics.",
			want: []string{
				"Tom Hale | Shadow culture secretary Tom Hale | said | the plan was a shambles",
				"Culture Secretary | The Culture Secretary | said | the move showed she listened to critics",
			},
			why: "'the Culture Secretary' was tied to the only culture secretary the article names, though he shadows the office",
		},
		{
			name: "a title after the lede's untitled name",
			text: "Leak review\n\nJane Roe has apologised to MPs over the leak.\n\nThe home secretary confirmed the review would start in May.",
			want: []string{"Jane Roe | The home secretary | confirmed | the review would start in May"},
			why:  "news names a person in the lede and gives the title in the next paragraph: the home secretary the article names no one else is Jane Roe",
		},
		{
			name: "a lawyer the lede describes is not the officer named next",
			text: "Shooting\n\nA lawyer for the family of a man shot by a police officer said the video did not support the police account.\n\nPolice Chief Ray Holt told reporters the man had reached for a gun.",
			want: []string{
				"lawyer for the family of a man | A lawyer for the family of a man | said | the video did not support the police account",
				"Ray Holt | Police Chief Ray Holt | told | the man had reached for a gun",
			},
			why: "one who speaks for others (a lawyer, an aide) is the next person named only if that person holds such a role too: the chief was given the lawyer's words",
		},
		{
			name: "a person the lede describes before naming",
			text: "Fraud trial\n\nFormer Acme boss Tom Hale was directly involved in the fraud at the firm, his closest associate has told a court.\n\nGiving evidence at the trial, ex-finance chief Sam Kerr implicated his colleague.",
			want: []string{"Sam Kerr | his closest associate | told | Former Acme boss Tom Hale was directly involved in the fraud at the firm"},
			why:  "news describes the witness in the lede and names him in the next paragraph: the associate is the first person named there whom the lede does not name",
		},
		{
			name: "a body's office the lede names by its owner, held by the next person named",
			text: "Rates outlook\n\nThe Bank of Korea's second-highest official said the bank had room to cut rates, at odds with Governor Park Jong-seok.\n\nSenior Deputy Governor Yoon Myung-jin, of the BOK, has served on the board since 2017.",
			want: []string{"Yoon Myung-jin | The Bank of Korea's second-highest official | said | the bank had room to cut rates"},
			why:  "'the Bank of Korea's second-highest official' is an office of a body the description names; the next person named, of that body (its initials), holds it",
		},
		{
			name: "the lede's 'he' for the body's officer, named next",
			text: "Flu figures\n\nThe Tarrow Health Board's chief doctor clarified on Friday that the wards had room, a day after he told councillors the wards were full.\n\nDr. Ivo Brandt, the board's medical director, said the figures were being checked.",
			want: []string{
				"Ivo Brandt | The Tarrow Health Board's chief doctor | clarified | the wards had room",
				"Ivo Brandt | he | told | the wards were full",
				"Ivo Brandt | Dr. Ivo Brandt | said | the figures were being checked",
			},
			why: "the pronoun stood for the office before it was named, and only the claim with the office's own words took the name: one man became two speakers",
		},
		{
			name: "'it' closing a quotation that names a country",
			text: "Harlow Construction Ltd said its staff would stay. \"We are committed to our work in Kenya and remain active there,\" it said in a statement.",
			want: []string{
				"Harlow Construction Ltd | Harlow Construction Ltd | said | its staff would stay",
				"Harlow Construction Ltd | it | said | We are committed to our work in Kenya and remain active there",
			},
			why: "a place inside the quotation 'it' closes is what is spoken of, not who speaks: 'Kenya' was taken for the speaker",
		},
		{
			name: "'it' closing a quotation that names a body",
			text: "Harlow Construction Ltd said its staff would stay. \"Our contract with the Ministry of Works stands,\" it said.",
			want: []string{
				"Harlow Construction Ltd | Harlow Construction Ltd | said | its staff would stay",
				"Harlow Construction Ltd | it | said | Our contract with the Ministry of Works stands",
			},
			why: "a body inside the quotation 'it' closes is what is spoken of, not who speaks: 'the Ministry of Works' was taken for the speaker",
		},
		{
			name: "a name after 'after' with no verb of its own",
			text: "Tom Hale spoke after Sam Kerr, and he said the deal was off.",
			want: []string{"Tom Hale | he | said | the deal was off"},
			why:  "'after' opens a clause only when the name has a verb after it ('After Kerr spoke, …'); here it is a preposition, and its object is no subject 'he' may stand for: 'he' was Kerr",
		},
		{
			name: "a body with its initials and its place",
			text: "The Regional Water Office (RWO) in Nakuru said it had taken over the pumping stations.",
			want: []string{"Regional Water Office | The Regional Water Office | said | it had taken over the pumping stations"},
			why:  "the initials stood between the head and 'in Nakuru', so the place was read as the speaker",
		},
		{
			name: "a paper's editor is no one the lede named",
			text: "Board row\n\nNadia Ferro has resigned from the port board.\n\nThe editor of the Harbour Gazette said the paper stood by its story.",
			want: []string{"editor of the Harbour Gazette | The editor of the Harbour Gazette | said | the paper stood by its story"},
			why:  "those who report the news are not the person it is about: the editor was taken for Ferro, whom the lede named without a title",
		},
		{
			name: "a source the lede leaves unnamed",
			text: "Fraud trial\n\nFormer Acme boss Tom Hale was aware of the fraud at the firm, a spokesman said.\n\nGiving evidence at the trial, ex-finance chief Sam Kerr implicated his colleague.",
			want: []string{"spokesman | a spokesman | said | Former Acme boss Tom Hale was aware of the fraud at the firm"},
			why:  "a spokesman is a source the article does not name, not a description of the person it names next",
		},
		{
			name: "a title the lede's person already has another of",
			text: "Leak review\n\nTory MP Jane Roe has apologised to MPs over the leak.\n\nThe home secretary confirmed the review would start in May.",
			want: []string{"home secretary | The home secretary | confirmed | the review would start in May"},
			why:  "a person the lede gave a title is not the holder of another: the home secretary stays unnamed",
		},
		{
			name: "a title for another body than the lede's person",
			text: "Tax plan\n\nDemocrat Jane Roe has criticised the plan.\n\nThe Vermont senator said it was unfair.",
			want: []string{
				"Jane Roe | Democrat Jane Roe | criticised | the plan",
				"Vermont senator | The Vermont senator | said | it was unfair",
			},
			why: "the senator serves Vermont and the lede's person the Democrats, so the description is someone else",
		},
		{
			name: "a nationality other than the last person's",
			text: "American Tom Hale said the talks had failed. “We grieve with them,” the French minister said.",
			want: []string{
				"Tom Hale | American Tom Hale | said | the talks had failed",
				"French minister | the French minister | said | We grieve with them",
			},
			why: "'the French minister' is no description of an American",
		},
		{
			name: "a pronoun after a titled subject",
			text: "Mr. Hale spoke on Monday. He said that the club would not sell.",
			want: []string{"Hale | He | said | the club would not sell"},
			why:  "the subject 'Mr. Hale' was not remembered for 'he': the scanner parts the title from its stop",
		},
		{
			name: "it after a one-word name",
			text: "Barclays cut 500 jobs on Monday. It said the cuts were needed.",
			want: []string{"Barclays | It | said | the cuts were needed"},
			why:  "a one-word name no one bears in full may be a body, and 'it' stands for nothing else",
		},
		{
			name: "it for a body the sentence has as a subject",
			text: "In a letter, President Tom Hale told the European Parliament that the Commission did not intend to redraft the law, as it had supported the deal reached in May.",
			want: []string{
				"Tom Hale | President Tom Hale | told | the Commission did not intend to redraft the law",
				"Commission | it | supported | the deal reached in May",
			},
			why: "'it' stands for the body the sentence names as the subject of a verb, not the first place in it ('European')",
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
			name: "'in which she said' after a statement issued by someone",
			text: "Tom Reddy took issue on Monday with a statement issued by returning officer Ann Kerr on Sunday, in which she said that every ballot had been checked.",
			want: []string{
				"Tom Reddy | Tom Reddy | took issue on Monday with | a statement issued by returning officer Ann Kerr on Sunday",
				"Ann Kerr | she | said | every ballot had been checked",
			},
			why: "'in which she said' is the statement's, whose maker the 'by' phrase just named; she is no subject, so 'she' went to the last speaker met",
		},
		{
			name: "a remark's owner in another's object is not the next pronoun's",
			text: "Mayor Tom Reddy said the bridge was safe. The engineers' union leader, Grace Okoro, dismissed the mayor's claim that repairs were finished. \"Nothing has been repaired,\" she said.",
			want: []string{
				"Tom Reddy | Mayor Tom Reddy | said | the bridge was safe",
				"Grace Okoro | Grace Okoro | dismissed | the mayor's claim that repairs were finished",
				"Tom Reddy | the mayor | claim that | repairs were finished",
				"Grace Okoro | she | said | Nothing has been repaired",
			},
			why: "'she' is the sentence's subject who answered, not the mayor whose claim she dismissed: the owner of a remark named in an object does not become the last person met",
		},
		{
			name: "a nationality WordNet has no person for",
			text: "Coach Gustavo Larrea spoke after the draw. The club said it had made an offer, a day after the Argentine said no one had offered him anything.",
			want: []string{
				"the club | The club | said | it had made an offer",
				"Gustavo Larrea | the Argentine | said | no one had offered him anything",
			},
			why: "'the Argentine', alone, is a person as 'the Spaniard' is, not Argentina; 'the British' would be a people",
		},
		{
			name: "a party member from a state for a name",
			text: "Senate Finance Committee chair Lorna Bisset spoke on Monday. “The votes are there,” the Nebraska Republican said.",
			want: []string{
				"Lorna Bisset | the Nebraska Republican | said | The votes are there",
			},
			why: "'the Nebraska Republican' stands for the person last met, as 'the Spaniard' does: a party's member from a place, not a body called 'Nebraska Republican'",
		},
		{
			name: "a paper named like a nationality",
			text: "Deputy Governor Anil Rao spoke at the conference. The Hindu, which also attended, reported that the bank would act.",
			want: []string{
				"The Hindu | The Hindu | reported | the bank would act",
			},
			why: "'which' is no person's: 'The Hindu, which …' names a body, not the person last met as 'the Spaniard' does",
		},
		{
			name: "an age and a nationality for a name",
			text: "Manager Ivo Kranjc signed a new contract. The 55-year-old Spaniard told the club's website: “I love this club.”",
			want: []string{
				"Ivo Kranjc | Manager Ivo Kranjc | signed | a new contract",
				"Ivo Kranjc | The 55-year-old Spaniard | told | I love this club",
			},
			why: "'the 55-year-old Spaniard' stands for the person last met, as 'the Spaniard' and 'the 55-year-old' do: the speaker was a person called Spaniard",
		},
		{
			name: "a nationality and an occupation for a name",
			text: "Tom Hale said he had wondered whether to come. “I questioned whether I should,” the British actor said.",
			want: []string{
				"Tom Hale | Tom Hale | said | he had wondered whether to come",
				"Tom Hale | the British actor | said | I questioned whether I should",
			},
			why: "'the British actor' describes the person last met; the speaker was an unnamed 'British actor'",
		},
		{
			name: "a nationality and a source is an unnamed source",
			text: "Tom Hale said the talks had failed. “They will resume,” the French official said.",
			want: []string{
				"Tom Hale | Tom Hale | said | the talks had failed",
				"French official | the French official | said | They will resume",
			},
			why: "'official' is a source of its own, not a description of the person last met",
		},
		{
			name: "a name inside the quotation is not the pronoun's",
			text: "Goalkeeper Tom Reed backed the manager. “I think every player is behind Sam Hale,” he added.",
			want: []string{
				"Tom Reed | Goalkeeper Tom Reed | backed | the manager",
				"Tom Reed | he | added | I think every player is behind Sam Hale",
			},
			why: "a name before the pronoun stands for it only as the subject of the sentence's own words; one inside the quotation the pronoun closes is what the speaker talked about",
		},
		{
			name: "the sentence's subject over a name after it",
			text: "Ana Ruiz spoke in Ohio on Monday. Mrs. Ruiz's lead over Tom Hale has gone. Last week, the director, Sam Kerr, recommended that no charges be filed against Mrs. Ruiz over her handling of papers, but he called her actions careless.",
			want: []string{
				"Sam Kerr | Sam Kerr | recommended | no charges be filed against Mrs. Ruiz over her handling of papers",
				"Sam Kerr | he | called | her actions careless",
			},
			why: "the name nearest the pronoun is the object of the sentence's verb; its subject, before it, is whom 'he' stands for: 'he' stood for no one, and the director's content ran on over it",
		},
		{
			name: "a subject before the whole quotation is the pronoun's",
			text: "Senator Jane Ross rebuked him: “Your products are no miracle cures,” she said.",
			want: []string{"Jane Ross | she | said | Your products are no miracle cures"},
			why:  "the quotation opens and closes between the name and the pronoun: the name stands outside it, as the sentence's subject",
		},
	})
}

// TestPossessorBody checks that a role owned by a common noun in the possessive speaks
// for the body of that noun the text met before.
func TestPossessorBody(t *testing.T) {
	tests := []struct {
		text, speaker, want, why string
	}{
		{
			text:    "The education ministry has contradicted its deputy minister, saying the exams would start later. On Friday the ministry's spokeswoman, Anna Lis, said the exams would start on May 12.",
			speaker: "Anna Lis",
			want:    "education ministry",
			why:     "'the ministry's spokeswoman' speaks for the ministry that spoke before, so that the two are one voice",
		},
		{
			text:    "Acme Foods said sales had fallen. The company's lawyer, Ian Roe, said the figures were wrong.",
			speaker: "Ian Roe",
			want:    "Acme Foods",
			why:     "no body met before holds 'company' in its name, but the company that spoke just before is the one 'the company's' points back to; left unsaid, the company and its lawyer were two parties",
		},
		{
			text:    "Korvel Pharma rejected a finding by the Nordic Medicines Board that its tablets were unsafe. The board's spokeswoman said the tests were sound.",
			speaker: "board’s spokeswoman",
			want:    "Nordic Medicines Board",
			why:     "an unnamed voice under a body's possessive speaks for that body, as a named one does: the dispute had no named side",
		},
		{
			text:    "Korvel Pharma rejected a finding by the Nordic Medicines Board that its tablets were unsafe. The board's safety committee said tests had found the impurity.",
			speaker: "board’s safety committee",
			want:    "Nordic Medicines Board",
			why:     "a body under another's possessive, named in lower case, is part of it",
		},
		{
			text:    "The Kenya Union of Post Primary Education Teachers rejected the ministry's figures. KUPPET treasurer Akelo Misori said 3,000 teachers had not been paid.",
			speaker: "Akelo Misori",
			want:    "Kenya Union of Post Primary Education Teachers",
			why:     "a role opening with a body's initials ('KUPPET treasurer') is at the body the text names in full, whose initials they are, though the text never puts them in brackets",
		},
	}
	var e Extractor
	for _, tt := range tests {
		got, found := "", false
		for _, c := range e.Extract(claims.Document{ID: "d", Text: tt.text}) {
			if c.Speaker.Name == tt.speaker {
				got, found = c.Speaker.Affiliation, true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: %s\nthe affiliation of %s is %q (found %t), want %q", tt.text, tt.why, tt.speaker, got, found, tt.want)
		}
	}
}

func TestPrincipal(t *testing.T) {
	tests := []struct {
		role, person string
		want         bool
		why          string
	}{
		{"agent of Callum Dreghorn", "Callum Dreghorn", true, "the person after 'of' is whom the agent serves"},
		{"a spokesman for Mr Jones", "Tom Jones", true, "a possessive is trimmed from a name, not its final s: 'Jones' read as 'Jone' never matched"},
		{"Merck's head of research Peter Kim", "Peter Kim", false, "a name after a title's own 'of' phrase is the holder's"},
	}
	for _, tt := range tests {
		r := claims.Speaker{Name: tt.role, Role: tt.role, Kind: claims.Anonymous}
		if got := principal(r, claims.Speaker{Name: tt.person, Kind: claims.Person}); got != tt.want {
			t.Errorf("principal(%q, %q) = %t, want %t (%s)", tt.role, tt.person, got, tt.want, tt.why)
		}
	}
}

// TestAppositionRoles runs the rows of appositiveRole: the office a name takes from the
// phrase before its comma.
func TestAppositionRoles(t *testing.T) {
	tests := []struct {
		name, text, speaker, role, why string
	}{
		{
			name:    "an office before its comma",
			text:    "The governor of the Central Bank, Maria Keller, said rates would rise.",
			speaker: "Maria Keller",
			role:    "governor of the Central Bank",
			why:     "the phrase before the comma is the office of the name after it",
		},
		{
			name:    "a correspondent in apposition",
			text:    "The paper's home affairs correspondent, Ann Vale, said the minister was leaning on deportation.",
			speaker: "Ann Vale",
			role:    "correspondent",
			why:     "a correspondent explains the news and takes no side: without the role the comparer set her against the minister",
		},
		{
			name:    "an editor in apposition",
			text:    "The paper's editor, Ann Vale, said the story was accurate.",
			speaker: "Ann Vale",
			role:    "editor",
			why:     "'editor' was no office, so she had no role and was read as a party to the news, not as one who reports it",
		},
		{
			name:    "a capitalised title that ends in its head",
			text:    "The Chief Fire Officer, Ann Roe, said two crews had been sent home.",
			speaker: "Ann Roe",
			role:    "Chief Fire Officer",
			why:     "the lexicon knows 'chief' alone, and 'Fire Officer' after it, capitalised, was read as a name whose office it was: she had no role",
		},
		{
			name:    "an office that another name follows",
			text:    "The council should stop attacking housing chief Ann Hale, Peter Ross has said.",
			speaker: "Peter Ross",
			role:    "",
			why:     "'housing chief Ann Hale' is Hale's office, not Ross's: the role ran on over her name",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Extractor
			found := false
			for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
				if c.Speaker.Name != tt.speaker {
					continue
				}
				found = true
				if c.Speaker.Role != tt.role {
					t.Errorf("role %q, want %q: %s", c.Speaker.Role, tt.role, tt.why)
				}
			}
			if !found {
				t.Errorf("no claim of %s", tt.speaker)
			}
		})
	}
}
