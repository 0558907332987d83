package extract

import (
	"fmt"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// TestConstructionsReported runs the rows of reported.go: reports of reports, whose
// speaker is the one reported and whose channel is the medium that reported them.
func TestConstructionsReported(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker | channel | cue | content
		why        string
	}{
		{
			name: "a relayed speaker with an appositive before the verb",
			text: "The Lakeside Courier reported that Dr. Maya Lund, the county health officer, told school heads that pupils would be sent home.",
			want: []string{
				"Lakeside Courier |  | reported | Dr. Maya Lund, the county health officer, told school heads that pupils would be sent home",
				"Maya Lund | Lakeside Courier | told | pupils would be sent home",
			},
			why: "an appositive between the relayed speaker and her verb ended the reading, where a participle's aside does not: her words stayed the paper's, and two papers' versions of them could not meet",
		},
		{
			name: "a relayed speaker with an appositive a possessive opens",
			text: "The Courier reported that Omar Lind, his party's leader, told members that the vote would be held in May.",
			want: []string{
				"Courier |  | reported | Omar Lind, his party's leader, told members that the vote would be held in May",
				"Omar Lind | Courier | told | the vote would be held in May",
			},
			why: "an appositive may open with 'his' as with 'the': read as no aside, his words stayed the paper's",
		},
		{
			name: "a report dated 'the same day' before its that-clause",
			text: "Mayor Ana Ruiz spoke on Tuesday. The Valley Ledger reported the same day that Ruiz told the council the plant would close.",
			want: []string{
				"Valley Ledger |  | reported | Ruiz told the council the plant would close",
				"Ana Ruiz | Valley Ledger | told | the plant would close",
			},
			why: "'the same day' after the cue is its time, as 'on Tuesday' is: read as what was reported, it hid the mayor's relayed words",
		},
		{
			name: "the channel's report or dispatch as the subject of 'quoted'",
			text: "Coach Ramon Villa spoke after the game. The Manila Ledger's report from the same interview quoted him as saying: “Maddox is staying.” Agence Presse Mondiale (APM), in its dispatch from the same ceremony, quoted him as saying the import would be replaced.",
			want: []string{
				"Ramon Villa | Manila Ledger | saying | Maddox is staying",
				"Ramon Villa | Agence Presse Mondiale | saying | the import would be replaced",
			},
			why: "a paper's report is the paper's channel, whatever phrase follows it; an aside after the agency's name and its acronym ('in its dispatch from …') ends the subject",
		},
		{
			name: "two papers report a minister named by his office and an honorific",
			text: "Reactions followed remarks by the Minister of Health, Dr. Olu Adeyemo, at a forum on Monday.\n\nDaily Compass quoted the minister as telling the forum that no arrears would be paid.\n\nThe Nigerian Dispatch, which also covered the forum, reported Adeyemo as saying the arrears would be paid this week.",
			want: []string{
				"Olu Adeyemo | Daily Compass | telling | no arrears would be paid",
				"Nigerian Dispatch |  | covered | the forum",
				"Olu Adeyemo | Nigerian Dispatch | saying | the arrears would be paid this week",
			},
			why: "'Dr.' with its stop parted the name from the office before its comma, so 'the minister' was no one; 'Dispatch' ends a paper's name, and a capitalised last word is no story noun ('The Herald story') to drop: the channel was 'Nigerian', a country's people",
		},
		{
			name: "papers named 'Argus', 'Dispatch' and 'Enquirer' relay what they say was said",
			text: "The Valley Argus said the minister had warned that no arrears would be paid. The Daily Dispatch said the mayor had promised that the arrears would be paid. The Evening Enquirer said the governor had warned that the arrears were unlawful.",
			want: []string{
				"Valley Argus |  | said | the minister had warned that no arrears would be paid",
				"minister | Valley Argus | warned | no arrears would be paid",
				"Daily Dispatch |  | said | the mayor had promised that the arrears would be paid",
				"mayor | Daily Dispatch | promised | the arrears would be paid",
				"Evening Enquirer |  | said | the governor had warned that the arrears were unlawful",
				"governor | Evening Enquirer | warned | the arrears were unlawful",
			},
			why: "a paper's plain 'said' relays another's words when its name ends as papers' names do: 'Argus', 'Dispatch' and 'Enquirer' were no medium's, and the officials' words only the papers'",
		},
		{
			name: "a relayed speaker with a participle's aside before the verb",
			text: "Health minister Ravi Mahto spoke on Thursday. The channel reported that Mahto, speaking to reporters outside the hospital, had said the toll was 112.",
			want: []string{
				"channel |  | reported | Mahto, speaking to reporters outside the hospital, had said the toll was 112",
				"Ravi Mahto | channel | said | the toll was 112",
			},
			why: "an aside a participle opens between the relayed speaker and his verb leaves him the speaker: the commas ended the reading, and the channel kept his words as its own",
		},
		{
			name: "a daily named by its kind, with an aside before 'quoted'",
			text: "Governor Aiko Mori spoke on Tuesday. The Osaka business daily, citing people who attended the meeting, quoted Mori as saying rates would not rise before summer.",
			want: []string{
				"Aiko Mori | Osaka business daily | saying | rates would not rise before summer",
			},
			why: "'daily' after a noun and before a comma is the paper, not an adverb: the aside was read as ending the subject at nothing, so the remark had no channel and the citing was a claim of its own",
		},
		{
			name: "a paper's report that someone told hearers in a place a clause without that",
			text: "Governor Aiko Mori spoke on Tuesday. The Osaka Herald reported that Mori told business leaders in Kobe the bank could raise rates next year.",
			want: []string{
				"Osaka Herald |  | reported | Mori told business leaders in Kobe the bank could raise rates next year",
				"Aiko Mori | Osaka Herald | told | the bank could raise rates next year",
			},
			why: "the hearers' place ends where a clause without 'that' opens: read as part of what was told, the relayed statement was no claim of the governor's at all, so two papers' versions of it could not meet",
		},
		{
			name: "a paper whose name says no medium wrote that someone told hearers",
			text: "Coach Luca Berti spoke at a fans' dinner on Wednesday. Corriere dello Stretto wrote that Berti told the same gathering that the season had been his last.",
			want: []string{
				"Corriere dello Stretto |  | wrote | Berti told the same gathering that the season had been his last",
				"Luca Berti | Corriere dello Stretto | told | the season had been his last",
			},
			why: "what a writer writes that another told is the other's statement, whatever the writer's name: only names ending in a word of the media were read so, and foreign papers' names seldom do",
		},
		{
			name: "a 'whose' clause between the medium and 'quoted'",
			text: "Minister Ana Ruiz spoke on Monday. The Valley Courier, whose reporter attended the same briefing, quoted Ruiz as saying the plant would stay open.",
			want: []string{
				"Ana Ruiz | Valley Courier | saying | the plant would stay open",
			},
			why: "', whose reporter attended …,' is an aside on the paper, as ', which was at the session,' is: without it the statement had no channel",
		},
		{
			name: "a medium quoted someone's answer as a quotation",
			text: "Minister Ana Ruiz spoke on Monday. The Valley Courier, a weekly that attended the briefing, quoted her answer to the same question as: “The plant will stay open.”",
			want: []string{
				"Ana Ruiz | Valley Courier | quoted | The plant will stay open",
			},
			why: "'quoted her answer … as: “…”' quotes her as 'quoted her as saying' does; and ', a weekly …,' is an aside on the paper: read as 'quoted' alone, the paper spoke and the quotation was its own",
		},
		{
			name: "a stray 'as' right after 'quoted', before a remark and its owner",
			text: "Minister Ana Ruiz spoke on Monday. The Valley Courier quoted as Ruiz's answer as: “The plant will stay open.”",
			want: []string{
				"Valley Courier |  | quoted | The plant will stay open",
			},
			why: "a guard on odd input: the remark is read after the first 'as' only when it names one there; read after the later 'as', the words before the first were none, and taking their owner panicked",
		},
		{
			name: "a participle's aside after 'reported that'",
			text: "Minister Ana Ruiz spoke on Monday. The Valley Courier reported that, asked about the plant, she said: “It will stay open.”",
			want: []string{
				"Valley Courier |  | reported | she said: “It will stay open.”",
				"Ana Ruiz | Valley Courier | said | It will stay open",
			},
			why: "', asked about the plant,' sets the scene of what the paper reports, and the clause after it is what it reports: read as the content, the aside hid her words and their channel",
		},
		{
			name: "a participle after 'said that' with no report after it",
			text: "The minister said that, left unchecked, the virus would spread.",
			want: []string{"minister |  | said | left unchecked, the virus would spread"},
			why:  "a guard: a participle's aside is dropped only before a clause that reports words ('she said …'); here it is the condition of what was said, and without it the forecast was unconditional",
		},
		{
			name: "a day between the one quoted and 'as saying'",
			text: "Minister Ana Ruiz spoke on Monday. The Valley Courier quoted Ruiz on Tuesday as saying the plant would stay open.",
			want: []string{
				"Ana Ruiz | Valley Courier | saying | the plant would stay open",
			},
			why: "'on Tuesday' dates the quoting, no part of who was quoted: read as part of the name, no one was, and the statement was lost",
		},
		{
			name: "a medium reported someone as saying",
			text: "Team principal Luca Benetti spoke on Friday. Autoweek reported him as saying: “This car is not a failure.”",
			want: []string{
				"Luca Benetti | Autoweek | saying | This car is not a failure",
			},
			why: "'reported him as saying' is 'quoted him as saying': his words, the paper their channel",
		},
		{
			name: "an adjunct between 'as saying' and the quotation, a particle in the paper's name",
			text: "Corriere dello Sport quoted Luca Benetti as saying, in an interview at the factory, “This car is a failure.”",
			want: []string{
				"Luca Benetti | Corriere dello Sport | saying | This car is a failure",
			},
			why: "the adjunct between commas does not end what was said, which is the quotation after it; 'dello' is a particle inside the name, not its end",
		},
		{
			name: "a medium reported that someone had said a quotation",
			text: "Dylan Pryce spoke on Tuesday. Wex FM reported on Monday that Pryce had said \"the garages should be bulldozed\".",
			want: []string{
				"Wex FM |  | reported | Pryce had said \"the garages should be bulldozed\"",
				"Dylan Pryce | Wex FM | said | the garages should be bulldozed",
			},
			why: "a report whose words end in a quotation was taken for a quotation of its own, and relayed no one",
		},
		{
			name: "a medium quoting someone at an occasion, after an aside",
			text: "Takeshi Arakawa spoke in Fukuoka on Monday. The Yomiuri Shimbun, however, quoted Arakawa at the same appearance as saying Japan had no intention of resuming the talks.",
			want: []string{"Takeshi Arakawa | Yomiuri Shimbun | saying | Japan had no intention of resuming the talks"},
			why:  "'quoted Arakawa at the same appearance as saying': the one quoted ends at the preposition; ', however,' is an aside between the medium and its verb",
		},
		{
			name: "a medium's second verb quotes the person its first reported",
			text: "Alan Brandt spoke to supporters on Sunday. KTLV-TV reported that Brandt was out of the race and quoted him as saying, \"The voters have made their choice.\"",
			want: []string{
				"KTLV-TV |  | reported | Brandt was out of the race",
				"Alan Brandt | KTLV-TV | saying | The voters have made their choice",
			},
			why: "'… and quoted him as saying, “…”': the channel is the first verb's subject, and what he said is the quotation after the comma",
		},
		{
			name: "'him' after a fronted clause that names him",
			text: "The yard's owner, Lorcan Hale, has faced questions for months. Nadia Ferro, the union's secretary, said talks had stalled.\n\nOn Monday, after Hale met shareholders, the Harbour Gazette quoted him as saying the yard would close.",
			want: []string{
				"Nadia Ferro |  | said | talks had stalled",
				"Lorcan Hale | Harbour Gazette | saying | the yard would close",
			},
			why: "the pronoun was read alone, without its sentence, and fell to the last speaker; 'after' is a subordinator, not a preposition, so its name is a subject 'him' may stand for",
		},
		{
			name: "a medium named with 'the' is no person",
			text: "Lucia Ferrer won on Thursday. The Baseline Wire, citing the same news conference, quoted her as saying that the Olympics were her dream.",
			want: []string{
				"Baseline Wire |  | citing | the same news conference",
				"Lucia Ferrer | Baseline Wire | saying | the Olympics were her dream",
			},
			why: "'the Baseline Wire' is a wire service: read as a person, it took 'her' from Ferrer and quoted itself",
		},
		{
			name: "a medium reported that someone said",
			text: "The Daily Post reported that the minister said the plan would be dropped.",
			want: []string{
				"Daily Post |  | reported | the minister said the plan would be dropped",
				"minister | Daily Post | said | the plan would be dropped",
			},
			why: "the statement is the minister's, heard through the paper; the paper's report of it is a claim of its own",
		},
		{
			name: "according to a medium, someone told",
			text: "According to The Daily Post, the minister told colleagues the plan would be dropped.",
			want: []string{
				"Daily Post |  | According to | the minister told colleagues the plan would be dropped",
				"minister | Daily Post | told | the plan would be dropped",
			},
			why: "'according to' names where the report came from: the minister spoke",
		},
		{
			name: "someone said, according to a record after the statement",
			text: "“We will not back down,” the mayor said, according to a recording obtained by the Herald.",
			want: []string{
				"recording obtained by the Herald |  | according to | “We will not back down,” the mayor said",
				"mayor | recording obtained by the Herald | said | We will not back down",
			},
			why: "a closing 'according to' holds the mayor's statement: the record is its channel, and its report a claim of its own",
		},
		{
			name: "a medium with a relative aside quoted someone as saying",
			text: "The Evening Star, which had a reporter at the briefing, quoted the minister as saying the plan would be dropped.",
			want: []string{
				"minister | Evening Star | saying | the plan would be dropped",
			},
			why: "the aside between commas is no part of the medium's name: the channel was lost",
		},
		{
			name: "a medium with a participle aside quoted someone as saying",
			text: "The Evening Star, reporting on the same speech, quoted the minister as saying the plan would be dropped.",
			want: []string{
				"minister | Evening Star | saying | the plan would be dropped",
			},
			why: "a participle aside between commas is no part of the medium's name either",
		},
		{
			name: "a medium's name opening with a particle",
			text: "Dutch daily De Volkskrant quoted Jansen as saying the dikes would hold.",
			want: []string{"Jansen | De Volkskrant | saying | the dikes would hold"},
			why:  "a capitalised particle opening a name is part of it: the channel was 'Volkskrant'",
		},
		{
			name: "quoted by a medium as saying",
			text: "The minister was quoted by the Daily Post as saying the plan would be dropped.",
			want: []string{"minister | Daily Post | saying | the plan would be dropped"},
			why:  "the passive's subject spoke; its agent reported it",
		},
		{
			name: "a medium quoted someone as saying, content first",
			text: "\"It is a question of sovereignty,\" Newswire quoted a central bank official as saying.",
			want: []string{"central bank official | Newswire | saying | It is a question of sovereignty"},
			why:  "nothing follows 'as saying': the quotation before is what was said",
		},
		{
			name: "quoted as saying by a medium",
			text: "Jan Roe runs the fund. The rules will change, she was quoted as saying by the Interfax news agency.",
			want: []string{"Jan Roe | Interfax news agency | saying | The rules will change"},
			why:  "the agent may follow 'as saying'; the pronoun is the person named before",
		},
		{
			name: "in an interview with a medium",
			text: "In an interview with the Daily Post, the minister said the plan would be dropped.",
			want: []string{"minister | Daily Post | said | the plan would be dropped"},
			why:  "the interview's medium is the channel, the interviewee the speaker",
		},
		{
			name: "according to a medium's own transcript",
			text: "Radio Kestrel, which says it recorded the briefing, aired a different version. According to its transcript, the minister said the plan would be dropped.",
			want: []string{
				"Radio Kestrel |  | says | it recorded the briefing",
				"Radio Kestrel |  | According to | the minister said the plan would be dropped",
				"minister | Radio Kestrel | said | the plan would be dropped",
			},
			why: "'its transcript' is the body's just met, named in full with ', which' after it as no person is: it relays the minister; the channel was 'transcript'",
		},
		{
			name: "a person quoting a person is no channel",
			text: "Jan Roe said Tom Poe had warned that the plan would be dropped.",
			want: []string{"Jan Roe |  | said | Tom Poe had warned that the plan would be dropped"},
			why:  "only a medium, 'according to' or 'reported' relays: a person's account of another's words is the person's claim",
		},
		{
			name: "a record is relayed by no one",
			text: "According to Jan Roe, an analyst at Acme, research suggests that people like music.",
			want: []string{"Jan Roe |  | According to | an analyst at Acme, research suggests that people like music"},
			why:  "'research suggests' is what the analyst says, not a statement of a speaker called research",
		},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
				got = append(got, fmt.Sprintf("%s | %s | %s | %s", c.Speaker.Name, c.Via.Name, c.Cue.Text, c.Content.Text))
				if !c.Via.IsZero() && c.Via.Mention.Span.In(tt.text) != c.Via.Mention.Text {
					t.Errorf("channel mention %q does not point into the text", c.Via.Mention.Text)
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.why, d)
			}
		})
	}
}
