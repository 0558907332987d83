package extract

import "testing"

// TestConstructionsSubject runs the rows of subject.go: the subject before a cue, over
// auxiliaries, asides, appositions and dates.
func TestConstructionsSubject(t *testing.T) {
	testConstructions(t, []construction{
		{
			name: "speaker first",
			text: "Bank of England Governor Andrew Bailey said on Thursday that interest rates would stay high.",
			want: []string{"Andrew Bailey | Bank of England Governor Andrew Bailey | said | interest rates would stay high"},
			why:  "the plain indirect form: title and name, cue, that-clause",
		},
		{
			name: "subject with an apposition holding a relative clause",
			text: "The Food Standards Agency, the body that oversees food safety, said the recall was a precaution.",
			want: []string{"Food Standards Agency | The Food Standards Agency | said | the recall was a precaution"},
			why:  "'that oversees' inside the commas is a relative clause, not the verb of the sentence",
		},
		{
			name: "a noun before the subject that is no part of it",
			text: "In a statement the ministry said it would appeal.",
			want: []string{"the ministry | the ministry | said | it would appeal"},
			why:  "a determiner after a common noun opens a new noun phrase: the speaker is 'the ministry', not 'a statement the ministry'",
		},
		{
			name: "a title before a name is no separate noun phrase",
			text: "Vatican spokesman the Rev. Federico Lombardi said the pope had no plans to meet him.",
			want: []string{"Federico Lombardi | Vatican spokesman the Rev. Federico Lombardi | said | the pope had no plans to meet him"},
			why:  "'spokesman' is a role: what follows it is the same person",
		},
		{
			name: "a dash between words parts them",
			text: "He hired a plane to fly over the rally with a banner on it—people suspected that Murphy was behind the latest effort.",
			want: []string{"people | people | suspected | Murphy was behind the latest effort"},
			why:  "prose keeps 'it—people' as one token: the dash must part them, or the subject is 'it—people'",
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
			name: "a place adverb between subject and cue",
			text: "The race is close.\n\nPolls there show the governor is trailing.",
			want: []string{"Polls | Polls | show | the governor is trailing"},
			why:  "'there' after the subject's noun is an adverb of place, like 'also' or 'still'",
		},
		{
			name: "aspectual verb before the cue",
			text: "The chief executive continues to insist that the merger will go ahead.",
			want: []string{"chief executive | The chief executive | insist | the merger will go ahead"},
			why:  "'continues to' stands between subject and cue like an auxiliary",
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
			name: "subject with a parenthesis and an apposition",
			text: "Sen. Ann Ruiz (D-Ore.), chair of the committee, said the vaccine was safe.",
			want: []string{"Ann Ruiz | Sen. Ann Ruiz | said | the vaccine was safe"},
			why:  "the party in brackets stands between the name and the apposition",
		},
		{
			name: "second verb of the sentence's subject",
			text: "The club sacked its coach and said the search for a successor had begun.",
			want: []string{"the club | The club | said | the search for a successor had begun"},
			why:  "'and said' with no subject of its own takes the subject of the sentence",
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
			name: "group",
			text: "Kyiv and the West say there is evidence of war crimes.",
			want: []string{"Kyiv and the West | Kyiv and the West | say | there is evidence of war crimes"},
			why:  "coordinated names speak as a group",
		},
		{
			name: "apposition with a relative clause",
			text: "Erin Murphy, a former aide who accompanied her to Burma in 2011, said the trip mattered more.",
			want: []string{"Erin Murphy | Erin Murphy | said | the trip mattered more"},
			why:  "an apposition may hold a relative clause with verbs of its own",
		},
		{
			name: "a dated phrase between subject and verb",
			text: "The central bank in March 2015 warned that house prices were too high.",
			want: []string{"central bank | The central bank | warned | house prices were too high"},
			why:  "'in March 2015' sits between the subject and its verb; the subject is the bank",
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
			name: "a dated phrase inside a longer subject",
			text: "Figures coming out of Germany on Thursday showed that factory orders had fallen.",
			want: []string{"Figures | Figures | showed | factory orders had fallen"},
			why:  "'on Thursday' follows 'Germany', but Germany is inside the subject: the participle phrase after 'Figures' is stepped over, and the figures show",
		},
		{
			name: "both of two common nouns",
			text: "Both the chancellor and the governor have said rates will fall.",
			want: []string{"chancellor and the governor | Both the chancellor and the governor | said | rates will fall"},
			why:  "'both … and' joins two speakers even where neither is a name; only the governor spoke before",
		},
		{
			name: "the occasion between subject and verb",
			text: "The bank in a statement said that no branches would close.",
			want: []string{"the bank | The bank | said | no branches would close"},
			why:  "'in a statement' says where, not who: before, the statement was the speaker",
		},
		{
			name: "a place after the subject stays with it",
			text: "Officials in Kyiv said the talks had stalled.",
			want: []string{"Officials in Kyiv | Officials in Kyiv | said | the talks had stalled"},
			why:  "'in Kyiv' is whom the officials speak for; only a lower-case occasion with its determiner is skipped",
		},
		{
			name: "a participle phrase ends the subject",
			text: "A survey published by the central bank last month found that households expect prices to keep rising.",
			want: []string{"survey | A survey | found | households expect prices to keep rising"},
			why:  "'published by the central bank last month' belongs to the subject: the survey is the source, not 'last month'",
		},
		{
			name: "an -ing phrase ends the subject",
			text: "Protesters marching through the streets chanted “Not in our name!” and kept going.",
			want: []string{"Protesters | Protesters | chanted | Not in our name!"},
			why:  "the streets are where the protesters marched, not who chanted",
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
			name: "a participle's aside between subject and verb",
			text: "Powell, asked whether a recession was coming, said he did not expect one.",
			want: []string{"Powell | Powell | said | he did not expect one"},
			why:  "the aside holds verbs of its own ('was coming'), but opens with a participle: it is no clause, and Powell speaks",
		},
		{
			name: "an adjective and 'to' between subject and cue",
			text: "The governor was keen to stress that rates would fall next year.",
			want: []string{"governor | The governor | stress | rates would fall next year"},
			why:  "'was keen to' stands between subject and cue as 'continues to' does; 'unable to' is left out, since it denies the act",
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
			name: "a given name the tagger reads as a verb in an apposition",
			text: "The family's lawyer, Dolores M Kane, said the family would sue.",
			want: []string{"Dolores M Kane | Dolores M Kane | said | the family would sue"},
			why:  "prose tags 'Dolores' as a verb for its '-s'; before another capitalised word it opens a name, and the apposition has no clause in it",
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
			name: "those surveyed",
			text: "By double digits, those surveyed say stricter rules would help.",
			want: []string{"those surveyed | those surveyed | say | stricter rules would help"},
			why:  "'those' and a participle are people, unnamed, as 'those close to him' are",
		},
		{
			name: "a comparative in the speaker",
			text: "“It's not a campaign anymore, it's a movement,” said the younger Mr. Hale, surrounded by his siblings.",
			want: []string{"Hale | the younger Mr. Hale | said | It's not a campaign anymore, it's a movement"},
			why:  "'younger' is tagged a comparative, which ended the noun phrase before its name",
		},
		{
			name: "coordinated adjectives in a closing speaker",
			text: "Investigators are looking at the emails, current and former officials said.",
			want: []string{"current and former officials | current and former officials | said | Investigators are looking at the emails"},
			why:  "'current and former' is one phrase; the speaker was 'former officials' after an 'and', and no content",
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
			name: "two asides before the cue",
			text: "Sen. Jane Doe, D-Mass., appearing on television after the speech, said the plan had failed.",
			want: []string{"Jane Doe | Sen. Jane Doe | said | the plan had failed"},
			why:  "the state after the name is a first aside, the participle a second: the speaker stands before both",
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
			name: "a supposition with an inverted auxiliary",
			text: "The defender, Jane Doe, pleaded guilty and was jailed for five years. It would have been longer had she denied the charge.",
			want: []string{"Jane Doe | Jane Doe | pleaded | guilty and was jailed for five years"},
			why:  "'had she denied' supposes a denial that was not made",
		},
		{
			name: "two titles of one speaker",
			text: "“This is a disgrace,” the Florida senator and presidential candidate said in a statement.",
			want: []string{"Florida senator and presidential candidate | the Florida senator and presidential candidate | said | This is a disgrace"},
			why:  "two titles joined by 'and' after the quotation are one speaker; the content was 'in a statement'",
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
	})
}
