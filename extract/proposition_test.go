package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

func TestPropositions(t *testing.T) {
	tests := []struct {
		text string
		want string // "subject | predicate | negated | modality | tense | objects"
		why  string
	}{
		{"The minister said waiting lists were falling.", "list | fall | false | asserted | past | ", "a participle after an auxiliary is the predicate; the noun before is the subject"},
		{"A union leader said waiting lists were not falling.", "list | fall | true | asserted | past | ", "so that the two statements meet on one predicate, one side negated"},
		{"The economist said rising prices had hurt shoppers.", "price | hurt | false | asserted | past | shopper", "'rising prices' is a noun phrase, not a statement that prices rose"},
		{"The governor said the bank would not cut interest rates this year.", "bank | cut | true | predicted | future | rate,year", "a modal makes a forecast; the heads of noun phrases after the verb are its objects"},
		{"The director said that because records were still being moved, payments would not reach accounts before May.", "payment | reach | true | predicted | future | account,may", "a clause of reason that leads is no main clause: the forecast after it is what was said"},
		{"The coach said the team could still win the league.", "team | win | false | possible | present | league", "'could' puts it forward as a possibility"},
		{"The minister said the company should apologise.", "company | apologise | false | necessary | present | ", "'should' is a duty"},
		{"The club said there was no truth in the reports.", "there | truth | true | asserted | past | report", "'there is no …' negates what follows the copula"},
		{"The minister said there would be no increase in bus fares next year.", "fare | increase | true | predicted | future | fare,year", "an event noun after 'there is no' is the predicate, of what it is in: the subject was 'there'"},
		{"The premier said it was time for Mr Okafor to say sorry.", "okafor | apologize | false | necessary | past | ", "'it is time for X to do' says X should do it; 'say sorry' is to apologise"},
		{"The minister said there would be no fare increases next year.", "fare | increase | true | predicted | future | fare,year", "and of the noun before it, the plural read as a verb"},
		{"The minister said there remain no plans to close the depot.", " | close | true | predicted | present | depot", "'there remain no plans' is 'there are no plans': the noun after 'remain' is what it remains only with a subject of its own"},
		{"The coach said the striker was not for sale.", "striker | be | true | asserted | past | sale", "a 'not' after a copula and before a preposition negates once, not again among the objects"},
		{"Asked whether the depot was for sale, the minister said it was not.", "it | be | true | asserted | past | ", "a 'not' after a copula that ends the clause negates once too: read again among the objects, it cancelled itself"},
		{"The minister said nobody's pay was going down.", "pay | go down | true | asserted | past | ", "'nobody' before a possessed noun opens the subject and negates it, as 'no one's' does"},
		{"The minister said civil servants would see their salaries reduced from May.", "salary | reduce | false | predicted | future | salary,may", "what one will 'see done' is the event of the noun seen, so that it meets 'will not cut anybody's salary'"},
		{"The chief executive said the airline would keep the service going through 2014.", "service | continue | false | predicted | future | ", "to keep a thing going is that it goes on, against 'the service would end'"},
		{"The chief executive said the company kept the plant running.", "plant | continue | false | asserted | past | ", "the tagger reads 'running' after a noun as a noun: read into the noun phrase, it left 'keep' the predicate"},
		{"The hospital said staffing on the ward had been reviewed.", "staffing | review | false | asserted | past | staffing", "a noun in -ing before a preposition opens the subject, whose verb comes after: read as the verb, it left no subject and 'staff' for predicate"},
		{"The union leader said: \"In June, nurses on the ward were taking nine patients.\"", "nurse | take | false | asserted | past | patient", "a plural the tagger calls a verb, after a fronted phrase's comma and before the clause's verb, is its subject: read as the verb, the predicate was 'nurse'"},
		{"The police said no fewer than 20 people had been arrested.", "people | arrest | false | asserted | past | people", "'no' of 'no fewer than' is the figure's floor, no denial: read as one, the clause denied the arrests it counts, and the comparer took the floor for a ceiling"},
		{"The minister said around €1bn of the excess receipts would be used this year.", "receipt | use | false | predicted | future | receipt,year", "a sum before 'of' is a part of what follows, which is the subject: the currency sign made the sum read as punctuation, ending the subject empty"},
		{"By the union's count, 43 registered nurse shifts on the hospital's three medical-surgical floors went unfilled in March.", "shift | unfilled | false | asserted | past | march", "a past tense right after the figure opening the clause, with a finite verb later, qualifies the noun; and 'went unfilled' is a state, as after a copula: the predicate was 'register'"},
		{"The minister said 43 failed checks while 12 passed.", " | fail | false | asserted | past | check", "a guard: a finite verb after 'while' is another clause's, so the past tense after the figure is the predicate: it was read as a modifier, and 'checks' made to pass"},
		{"The chief executive said 2023 saw profits fall as costs rose.", " | see | false | asserted | past | fall,cost", "a guard: a past tense after a year is the verb, whatever finite verb comes later: 'fall' had been the subject and 'rise' the predicate"},
		{"The chief executive said there was no chance that the depot would close.", "depot | close | true | predicted | future | ", "'no chance that …' denies what may happen: the predicate was 'chance', which nothing said of the depot could meet"},
		{"The chief executive said there was no scenario in which the depot stays open.", "depot | open | true | predicted | present | ", "and 'no scenario in which …' puts it as a forecast denied, against a later 'the depot will stay open'"},
		{"The union said the contract signed last month would cut overtime.", "contract | cut | false | predicted | future | overtime", "a participle with a time after it, before a modal, is no predicate either: the predicate was 'sign'"},
		{"The union said the board decided last week the plant would close.", "board | decide | false | asserted | past | week,plant", "a guard: a past tense and a time with a subject after them before the modal is the verb, and what follows a clause of its own: the board had been made to close"},
		{"The chief executive told merchants that the fee on fish sold through the market would rise from January.", "fee | rise | false | predicted | future | january", "a participle with its phrase after the noun of a preposition, which the tagger calls an adjective, is no predicate when a modal follows: the predicate was 'sell'"},
		{"The union said the cash paid to the firm would be returned.", "cash | return | false | predicted | future | cash", "the tagger may call the participle after the noun a past tense, which the modal after it shows it is not: the predicate was 'pay'"},
		{"The minister said the plan failed in parliament and officials will try again.", "plan | fail | false | asserted | past | parliament,official", "a guard: a modal after 'and' is another clause's, so the past tense before it is the predicate: the plan had been made to try"},
		{"MBABANE – Pupils in completing classes will return to school on February 1, the minister has announced.", "pupils | return | false | predicted | future | school,february", "after a dateline the tagger calls the opening noun a name; an '-ing' word after it and a preposition is still its modifier: the predicate was 'complete'"},
		{"The minister said the decision was a mistake.", "decision | mistake | false | asserted | past | ", "a noun after a copula is the predicate"},
		{"The firm said it had no intention of selling the plant.", "it | sell | true | predicted | past | plant", "the act intended is what is said, and 'no' before the intention denies it: the predicate was 'have', which no statement of a sale meets"},
		{"The chief executive said the group had no plans to close its Leeds factory.", "group | close | true | predicted | past | factory", "'no plans to' denies the act planned, against 'the group will close the factory'"},
		{"The minister said there were no plans for tuition fee increases.", " | increase | true | predicted | past | fee", "'no plans for' an event noun denies its verb; the noun before it is an object"},
		{"The chairman said the board has plans for the site.", "board | have | false | asserted | present | plan,site", "a plan for a thing, not an act, stays a plan"},
		{"The coach said the club has plans to sign two strikers.", "club | sign | false | predicted | present | striker", "a plan with no 'no' is the act forecast"},
		{"The striker said he had been dropped without a phone call.", "he | drop | false | asserted | past | call", "'without' opens an adjunct, not a negation of the clause: he was dropped, and read as 'not dropped' the claim agreed with a denial of it"},
		{"The department said tests on 40 samples of processed pork products from 12 makers had found no beef.", "test | find | true | asserted | past | beef", "a participle between a preposition and its noun ('of processed pork') is no verb: the predicate was 'process', and the finding's 'no' was lost"},
		{"The mayor said the plan that was put to councillors cuts Sunday fares.", "plan | cut | false | asserted | present | fare", "a verb in '-s' the tagger reads as a plural noun right after another, with its object after it, is the main verb after a relative clause: the predicate was the relative clause's 'put'"},
		{"The minister said the depot, which repairs trains and employs 400 people, will not close.", "depot | close | true | predicted | future | ", "a relative clause set off by commas, with two verbs of its own, stands between the subject and its verb: the second verb had been read as the predicate, and the subject lost"},
		{"The minister said the firm, whose plant makes parts and employs 400 people, will close.", "firm | close | false | predicted | future | ", "a clause opened by 'whose' too keeps its second verb: split at 'and', 'employs 400 people' had been the main clause, with no subject"},
		{"The union accused management of breaking a deal that guaranteed jobs.", "management | break | false | asserted | present | deal,job", "a guard: a verb in a relative clause after the '-ing' word is that clause's, not the verb of a subject holding the phrase: the predicate had been 'guarantee'"},
		{"The mayor said a review of neighbourhood policing would report by June.", "review | report | false | predicted | future | june", "an '-ing' noun in a phrase after the subject's noun is no verb: 'policing' had been read as the predicate, and the review's time given to it"},
		{"The minister said the hospital waiting list had grown.", "list | grow | false | asserted | past | ", "an '-ing' word between two nouns is part of the subject ('hospital waiting list'), not its verb: 'wait' had been the predicate"},
		{"The union said lorries carrying grain had been stopped at the border.", "lorry | stop | false | asserted | past | lorry,border", "an '-ing' word after a plural noun opens its modifier: the subject is the lorries, not the grain, and the predicate is the finite verb after"},
		{"The minister said that by the end of the year no patient would wait for a bed.", "patient | wait | true | predicted | future | bed", "a phrase a preposition opens before the subject is no subject ('end'), and 'no' opening the subject after it still negates the clause"},
		{"The minister said that if prices rose, the bank would act.", "bank | act | false | predicted | future | ", "a condition is not the main clause"},
		{"The airline said no pilot had exceeded the limits.", "pilot | exceed | true | asserted | past | limit", "'no' opening the subject negates the clause: no pilot exceeded them, against 'pilots exceeded them'"},
		{"The two lawyers argued over whether the city had ever paid the contractor.", "city | pay | false | asked | past | contractor", "'whether' puts the clause as a question: neither said nor denied, against 'the city never paid'"},
		{"The minister said money was not only going into new teachers but into equipment.", "money | go | false | asserted | past | teacher", "'not only … but' adds; it denies nothing: read as 'not going', it met an accusation of waste as a denial"},
		{"The minister said the firm employs not only engineers but designers.", "firm | employ | false | asserted | present | engineer", "'not only' after the verb adds too: read as a 'no' before the first object, it denied the hiring"},
		{"The mayor said the depot would close whether or not the council agreed.", "depot | close | false | predicted | future | council", "'or not' denies nothing: read as a 'no' before the first object, the closure was one denied"},
		{"The mayor said the decision on whether to close the depot would be taken in May.", "decision | take | false | predicted | future | decision,may", "'whether to' completes the subject's noun: the verb is the decision's, a forecast, no question"},
		{"The board said there were about 900 teacher vacancies in rural schools.", "there | vacancy | false | asserted | past | school", "'about' bounds the figure that follows: the noun counted is what there is, not 'be', so that another party's count of vacancies meets it"},
		{"The union said there were more than 3,000 teaching vacancies in rural schools.", "there | vacancy | false | asserted | past | school", "'more than' bounds the figure, and 'teaching' only qualifies the noun: neither the comparative nor the gerund is the predicate, so the two counts meet on 'vacancy'"},
		{"The premier said there would be no new taxes.", "there | tax | true | predicted | future | ", "'new' only qualifies what there is; and 'taxes' is the plural of 'tax': WordNet's other base form, 'taxis', came last and was taken, so no tax rise met it"},
		{"The union leader said the talks would continue next week.", "talk | continue | false | predicted | future | week", "'continue' after a modal is the predicate: read as 'likely' is ('a cut was likely'), the event noun 'talks' became the verb"},
		{"The minister said its cuts will bite.", "cut | bite | false | predicted | future | ", "a noun tagged as a verb after its determiner is the subject, not the predicate"},
		{"The ministry said rain that swept the two states last week damaged crops on 2,000 hectares.", "rain | damage | false | asserted | past | crop,hectare", "a relative clause on the subject is no predicate: the rain 'swept', and the ministry's count of damaged crops was read as one of sweeping"},
		{"The union leader said every week a ward stays closed is a week of risk for patients.", "week | week | false | asserted | present | risk,patient", "a quantified subject may carry a relative clause without 'that': the ward 'stays closed' only inside it, and the leader's judgement was read as a closure"},
		{"The board member said she expected the bank to lower its rate in June.", "bank | lower | false | predicted | past | rate,june", "an object before the infinitive of 'expect' does its act, as expected: the bank lowers, and 'expect' was read as the predicate"},
		{"The coach said the club was under a transfer ban.", "club | subject | false | asserted | past | ban", "'under' after a copula makes its subject subject to the thing: 'not subject to any ban' says the opposite, and 'be' matched nothing"},
		{"The chief executive said the mill cannot continue.", "mill | continue | true | possible | present | ", "'cannot' is a modal and a negation at once, and the tagger reads the verb after it as a noun: the clause had no predicate, or a plain one"},
		{"The chief executive said the firm had \"no plans whatsoever\" to sell the mill.", "firm | sell | true | predicted | past | mill", "'whatsoever' and a closing quote mark may stand between the plan and its infinitive"},
		{"The governor said: \"I think the board will lift rates in June.\"", "board | lift | false | predicted | future | rate,june", "a verb of belief takes a clause: what is said is the clause, not the thinking"},
		{"The governor said: \"I don't think the board will lift rates.\"", "board | lift | true | predicted | future | rate", "a denied belief holds the opposite of its clause"},
		{"The economist said she doubted that the pound would recover.", "pound | recover | true | predicted | future | ", "'doubt' denies the clause it takes"},
		{"The minister said the audit did not show that the ward would close.", "audit | show | true | asserted | past | ward", "not showing a thing says nothing of it: only a denied belief ('did not think') holds the opposite"},
		{"The minister said the drought meant the dam would stay shut.", "dam | shut | false | predicted | future | ", "a verb of evidence takes a clause too: the drought is no subject of what is said"},
		{"The minister said he meant the dam would stay shut.", "he | mean | false | asserted | past | dam", "what a person meant is a clarification, and stays one"},
		{"The governor said the bank would hold off on any increase.", "bank | increase | true | predicted | future | ", "'hold off on' an event noun that is its verb denies the event, as 'refrain from' does"},
		{"The governor said it would be premature to cut rates.", "it | cut | true | necessary | future | rate", "'premature to' says the act should not be done"},
		{"The president said there was no need to revise the forecast.", " | revise | true | necessary | past | forecast", "'no need to' says the act need not be done, as 'no plans to' says it will not: 'need' had been the predicate, of the forecast"},
		{"The president said: \"We have no choice but to lower our outlook.\"", "we | lower | false | necessary | present | outlook", "'no choice but to' says it must be done; 'but to' opens no clause of its own"},
		{"A spokesman said there were no plans whatsoever to shut the depot.", " | shut | true | predicted | past | depot", "after 'there were no plans' too, 'whatsoever' may stand before the infinitive"},
		{"The activist said the senator would keep attacking migrants.", "senator | attack | false | predicted | future | migrant", "a gerund after 'keep' is the act kept up, not a state: WordNet's adjective 'attacking' made the predicate 'attacking'"},
		{"The activist said the senator must stop attacking migrants.", "senator | attack | true | necessary | present | migrant", "'stop' ends the act its gerund names: 'stop attacking' against 'started attacking' was read as stop against start, whatever the acts"},
		{"The activist said the senator had started attacking migrants.", "senator | attack | false | asserted | past | migrant", "'start' begins the act its gerund names"},
		{"The commissioner said: \"We are not going to add 150 officers this year.\"", "we | add | true | predicted | future | officer,year", "a negation between 'are' and 'going to' still makes a forecast of the verb after it: the predicate was 'go'"},
		{"The minister said he was not going to the summit.", "he | go | true | asserted | past | summit", "a guard: 'going to' before a place is the verb 'go', not a forecast: read as one, the clause had no verb and was lost"},
		{"The minister said he is going to the summit.", "he | go | false | asserted | present | summit", "a guard: likewise without the negation"},
		{"The coach said: \"We weren't going to just drop the drills.\"", "we | drop | true | predicted | future | drill", "an adverb may stand between 'going to' and its verb"},
		{"The finance chief said the airline had stopped hiring pilots.", "airline | hire | true | asserted | present | pilot", "'had stopped hiring' reports 'has stopped': the act is not done now, against 'will hire 900 pilots this year'; read as past, the two were a thing done and a thing ahead"},
		{"The chief executive said the company has to cut costs.", "company | cut | false | necessary | present | cost", "'has to' is a duty, and 'cut' its verb"},
	}
	for _, tt := range tests {
		c, ok := oneClaim(t, tt.text)
		if !ok {
			continue
		}
		p := c.Proposition
		got := fmt.Sprintf("%s | %s | %t | %s | %s | %s", p.Subject, p.Predicate, p.Negated, p.Modality, p.Tense, strings.Join(p.Objects, ","))
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

func TestTerms(t *testing.T) {
	c, ok := oneClaim(t, "The Bank of England said house prices rose 1.1% in December.")
	if !ok {
		return
	}
	want := []string{"1.1%", "house", "price", "rise"}
	if d := cmp.Diff(want, c.Proposition.Terms); d != "" {
		t.Errorf("terms are the base forms of the common content words, sorted, without function words (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"december"}, c.Proposition.Names); d != "" {
		t.Errorf("names are kept apart from the terms, in lower case (-want +got):\n%s", d)
	}
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		text string
		want claims.Amount
		why  string
	}{
		{"The governor said reserves covered four months of imports.", claims.Amount{Value: 4, Unit: "month"}, "a span of time 'of' a noun measures a stock by what it covers, a quantity: it had been dropped as a time"},
		{"The governor said the review would take two months of the year.", claims.Amount{}, "a span 'of' a time noun stays a time"},
		{"The minister said 120 people had died.", claims.Amount{Value: 120, Unit: "people"}, "a toll"},
		{"The union said that at 8am on Tuesday 41 patients were on trolleys.", claims.Amount{Value: 41, Unit: "patient"}, "'8am' is a time of day, no figure: it was read as eight of a unit 'am' and set against the hospital's count"},
		{"The hospital said that at 10 p.m. there were 26 patients waiting.", claims.Amount{Value: 26, Unit: "patient"}, "and so is '10 p.m.', apart from its figure: it was read as ten of a unit 'p.m.'"},
		{"The chief executive said the company would cut 500 jobs.", claims.Amount{Value: 500, Unit: "job"}, "the unit is the noun's base form, so 'jobs' and 'job' agree"},
		{"The governor said inflation would reach 3.5% next year.", claims.Amount{Value: 3.5, Unit: "%", Of: "inflation"}, "a percentage, with the quantity it gives before a linking verb"},
		{"The deputy said 1,112 mail ballots reached the office late.", claims.Amount{Value: 1112, Unit: "ballot"}, "the unit is the head of the counted noun phrase, not its first word"},
		{"The union said 23 of the 71 approved posts were vacant.", claims.Amount{Value: 23, Unit: "post"}, "a part of a whole counts what the whole counts"},
		{"The firm said it expected an operating margin of 12.5% for the year.", claims.Amount{Value: 12.5, Unit: "%", Of: "margin"}, "a share gives the noun that 'of' hangs on"},
		{"The chairman said shareholders would receive a dividend of €0.45 per share.", claims.Amount{Value: 0.45, Unit: "€", Of: "dividend", Per: "share"}, "a sum of money: its unit is the currency; and a rate, per share"},
		{"The minister said testing had risen to 600 tests a day.", claims.Amount{Value: 600, Unit: "test", Per: "day"}, "a rate is no count: 600 a day and 10,000 in all are two quantities"},
		{"The police said more than 500 people had marched.", claims.Amount{Value: 500, Unit: "people", Bound: claims.AtLeast}, "'more than' makes the figure a floor, which 650 keeps within"},
		{"The hospital said no nurse had been given more than five patients.", claims.Amount{Value: 5, Unit: "patient", Bound: claims.AtLeast}, "the bound is the phrase's own; the negation is the clause's, which the comparer reads with it"},
		{"The union said no more than 40 staff had been consulted.", claims.Amount{Value: 40, Unit: "staff", Bound: claims.AtMost}, "'no more than' is a ceiling, not a floor"},
		{"The union said not fewer than 40 staff had been consulted.", claims.Amount{Value: 40, Unit: "staff", Bound: claims.AtLeast}, "'not fewer than' is a floor, as 'no fewer than' is: it was read as 'fewer than', a ceiling"},
		{"The hospital said nurses were not assigned more than five patients.", claims.Amount{Value: 5, Unit: "patient", Bound: claims.AtMost}, "a negated verb before 'more than' makes a ceiling: the clause reads the negation as a degree and drops it, so the bound was a floor that admitted '12 patients'"},
		{"The minister said up to 300 homes could be built.", claims.Amount{Value: 300, Unit: "home", Bound: claims.AtMost}, "'up to' is a ceiling"},
		{"The minister said the port handles 2,000 containers weekly.", claims.Amount{Value: 2000, Unit: "container"}, "a guard: 'weekly' after a count is how often, not a paper: read as a noun, it was the unit"},
		{"The lenders said mortgage lending rose by £4bn.", claims.Amount{Value: 4e9, Unit: "£", Of: "lending", Change: true}, "a change of a quantity is not its level: 'rose by £4bn' and 'stood at £17.9bn'"},
		{"The bureau said arrivals were up 28% on a year earlier.", claims.Amount{Value: 28, Unit: "%", Of: "arrival", Change: true}, "'up' or 'down' before a figure moves the quantity: 'up 28%' is no share, and met 'about 20% of arrivals' as one"},
		{"The retailer said sales were down by 3%.", claims.Amount{Value: 3, Unit: "%", Of: "sale", Change: true}, "'down by' moves the quantity as 'down' does"},
		{"The minister said the party gave up 40% of its seats.", claims.Amount{Value: 40, Unit: "%", Of: "seat", Change: false}, "a guard: 'up' as a verb's particle ('gave up', 'put up £5m') moves nothing: read as a change, the share would meet no other share of the seats"},
		{"The council said the meeting ended at 7 p.m.", claims.Amount{}, "a time of day is no figure"},
		{"The ministry said exports reached 8.3 million tonnes.", claims.Amount{Value: 8.3e6, Unit: "tonne"}, "a scale word multiplies, so 8.3 million and 8,300,000 agree"},
		{"The treasurer said the shortfall was £300m.", claims.Amount{Value: 3e8, Unit: "£", Of: "shortfall"}, "a currency and a scale glued to the number"},
		{"The secretary said the fiscal deficit for 2022-23 would come in at 6.4% of GDP.", claims.Amount{Value: 6.4, Unit: "%", Of: "deficit"}, "the quantity is read over the period it is for, and before the whole it is a share of"},
		{"The minister said installed capacity stood at 5.2GW.", claims.Amount{Value: 5.2, Unit: "gw", Of: "capacity"}, "a unit glued to the number"},
		{"The forecaster said temperatures would drop to 5C overnight.", claims.Amount{Value: 5, Unit: "c", Of: "temperature"}, "a guard: a capital glued to one digit is a unit, as in '15C', but for 'G' and 'D' ('5G', '3D')"},
		{"The operator said its 5G service covered 40% of homes.", claims.Amount{Value: 40, Unit: "%", Of: "home"}, "a digit with a capital G glued to it names a thing, not 5 of a unit 'g'"},
		{"The minister said two point nine million visitors came last year.", claims.Amount{Value: 2.9e6, Unit: "visitor"}, "a decimal spoken a digit at a time, as quotations give it: read as 2 of a unit 'point' and nine million visitors"},
		{"The governor said inflation would fall to two point three five percent.", claims.Amount{Value: 2.35, Unit: "%", Of: "inflation"}, "a spoken decimal's digits sum to the number written: tenths and hundredths added gave 2.3499999999999996, no match for 2.35"},
		{"The coach said the side were two point clear of the leaders.", claims.Amount{Value: 2, Unit: "point"}, "a guard: 'point' with no digit word after it is what is counted, no decimal"},
		{"The minister said three TGVs out of five would run.", claims.Amount{Value: 3, Unit: "tgv"}, "a spelled-out number counting an acronym in the plural"},
		{"The coach said one of them would start.", claims.Amount{}, "a spelled-out number that counts no noun is no figure"},
		{"The regulator said the number of lines actually barred stood at about 40 million.", claims.Amount{Value: 4e7, Unit: "line"}, "a figure after 'the number of lines' counts lines: it counted nothing and was no figure to set against '72 million lines'"},
		{"The regulator said the number of lines barred rose by 5 million.", claims.Amount{Value: 5e6, Unit: "line", Change: true}, "a figure that counts by 'the number of' may still move it: 'rose by 5 million' had been read as 5 million lines, a level against '72 million lines'"},
		{"The regulator said a number of firms had paid 40 million.", claims.Amount{}, "a guard: 'a number of' is 'several', no count: the 40 million had been read as firms"},
		{"The minister said the number of migrants was not the issue: 40 million was spent on the camps.", claims.Amount{}, "a guard: 'the number of' is not read over a stop, here the colon just before the figure, which the search had started past"},
		{"The minister said talks would resume in two weeks.", claims.Amount{}, "a span of time is no figure"},
		{"The governor said inflation would fall in 2025.", claims.Amount{}, "a year is no amount"},
		{"The president said the list would be limited to 30-40 enterprises.", claims.Amount{Value: 40, Unit: "enterprise"}, "a range written as one token counts by its upper end"},
		{"The minister said the 2004-2005 budget was balanced.", claims.Amount{}, "a span of years is no amount"},
	}
	var e Extractor
	for _, tt := range tests {
		cs := e.Extract(claims.Document{ID: "t", Text: tt.text})
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims", tt.text, len(cs))
		}
		if d := cmp.Diff(tt.want, cs[0].Proposition.Amount); d != "" {
			t.Errorf("%q: %s (-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

func TestAmountClauses(t *testing.T) {
	tests := []struct {
		text string
		want []int // the clause of each figure
		why  string
	}{
		{"The minister said drought had cut the crop by 10%, and exports would fall to 7 million tonnes.", []int{0, 1},
			"a figure keeps the clause it is given in, so that the forecast's 7 million tonnes meets other forecasts, not the past cut"},
		{"The mayor said that while the city had cut 200 jobs, it would hire 50 teachers.", []int{1, 0},
			"a leading clause's figure is its own: the 200 jobs cut are no part of the hiring the main clause says"},
		{"The minister said exports of 7 million tonnes and imports of 2 million tonnes were expected.", []int{0, 0},
			"figures in the noun phrases of one clause are that clause's"},
	}
	var e Extractor
	for _, tt := range tests {
		cs := e.Extract(claims.Document{ID: "t", Text: tt.text})
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims", tt.text, len(cs))
		}
		var got []int
		for _, a := range cs[0].Proposition.Amounts {
			got = append(got, a.Clause)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s (-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		text string
		want []string // "subject | predicate | negated | modality"; a subject that points back opens with "that"
		why  string
	}{
		{"The director said the fund could not pay every pension without selling its shares.",
			[]string{"fund | pay | true | possible"},
			"under a negated main clause 'without selling' makes the sale a necessity, not a denial: no clause is read for it"},
		{"The hospital said that on Tuesday there were 26 patients on trolleys.",
			[]string{"there | patient | false | asserted"},
			"a time before 'there were' leads the clause: 'Tuesday' was read as its subject, so the count was no 'there are' of patients"},
		{"The director said the fund could pay every pension without selling its shares.",
			[]string{"fund | pay | false | possible", "fund | sell | true | possible"},
			"'without' and a gerund deny the gerund's act, of the main clause's subject: the fund will not sell, against a trustee's 'the fund would have to sell shares'"},
		{"The union said the owner had given assurances last year that no jobs would be lost.",
			[]string{"owner | give | false | asserted", "job | lose | true | predicted"},
			"what an assurance, a notice or a warning says after 'that' is a clause of its own: 'no jobs would be lost' was out of reach of 'we will cut 200 jobs'"},
		{"The mayor said the council ignored the notice that was sent last week.",
			[]string{"council | ignore | false | asserted"},
			"a guard: a verb right after 'that' makes it a relative clause on the noun, not what the notice said: the council was made to send it"},
		{"The minister said the centre will stay open throughout 2025.",
			[]string{"centre | open | false | predicted"},
			"after 'stay' or 'keep' an adjective is the predicate, as after 'remain', even tagged as a verb"},
		{"The mayor said his comments may have been offensive but were not racist.",
			[]string{"comment | offensive | false | possible", "comment | racist | true | asserted"},
			"a clause after 'but' with no subject of its own speaks of the first clause's subject"},
		{"The MP said Livingstone should stick to his guns and not apologise.",
			[]string{"livingstone | stick | false | necessary", "livingstone | apologise | true | necessary"},
			"a second verb phrase after 'and' keeps the subject and the modal"},
		{"The mayor said 250 officers now assigned to desk jobs would be moved to patrol.",
			[]string{"officer | move | false | predicted"},
			"a participle with its phrase after the subject's noun ('now assigned to desk jobs') qualifies the subject; the main verb comes after it"},
		{"The chief executive said the audit had shown us that the company must close two depots.",
			[]string{"audit | show | false | asserted", "company | close | false | necessary"},
			"what a verb of showing or finding introduces with 'that' is a clause of its own, what was found: read inside 'show', the closure met no statement that the depots stay open"},
		{"The minister said: \"We have agreed with the millers that they will import four million bags from August.\"",
			[]string{"we | agree | false | asserted", "they | import | false | predicted"},
			"what a speaker agreed, admitted or accepted with 'that', after the one agreed with, is a clause the speaker grants: read inside 'agree', the imports met no later 'there will be no imports'"},
		{"The chief executive said the firm had confirmed to reporters that it would close two depots.",
			[]string{"firm | confirm | false | asserted", "it | close | false | predicted"},
			"the one told may stand between the verb and its 'that', as the one agreed with does"},
		{"The chief executive said the company had agreed with the report that was published on Monday.",
			[]string{"company | agree | false | asserted"},
			"a guard: a verb straight after 'that' makes it a relative pronoun of the noun agreed with: split, the company was said to have published the report"},
		{"The coach said that he would play the youngsters.",
			[]string{"he | play | false | predicted"},
			"a guard: 'that' after a verb of saying opens the content, no second clause"},
		{"The minister said no study had shown that the vaccine caused harm.",
			[]string{"study | show | true | asserted"},
			"a guard: after 'no' (as after 'not'), what was not shown is no clause of its own: split, the harm was asserted"},
		{"The minister said the audit failed to show that the firm had lied.",
			[]string{"audit | show | true | asserted"},
			"a guard: an infinitive ('failed to show', 'sought to prove') holds the finding back, as a modal does"},
		{"The commissioner said none of the officers could be moved to patrol.",
			[]string{"officer | move | true | possible"},
			"'none of the officers' is said of the officers, negated, so that it meets another's 'the officers would be moved'"},
		{"The chief said no patient waited more than 24 hours on a trolley.",
			[]string{"patient | wait | true | asserted"},
			"a negated subject ('no patient') denies what follows whatever degree it has: 'more than' had been read as 'not more than', a degree, and the denial dropped"},
		{"The minister said exports had not grown as much as expected.",
			[]string{"export | grow | false | asserted"},
			"a guard: a negated verb with a degree after it is the degree, not a denial"},
		{"The minister said exports never grew as much as expected.",
			[]string{"export | grow | false | asserted"},
			"a guard: 'never' before the verb negates the verb, not the subject, so the degree is the degree as after 'had not'"},
		{"The nurse said not a single patient waited less than a day.",
			[]string{"patient | wait | true | asserted"},
			"'not' opening the subject is the subject's, as 'no' is, though tagged an adverb: only the adverbs just before the verb are the verb's"},
		{"The chief executive said the plant would remain part of the network.",
			[]string{"plant | remain | false | predicted"},
			"after 'remain' a noun is what it remains, not the predicate: 'part' set against 'close' opposed nothing"},
		{"The club said the pair should give up their seats.",
			[]string{"pair | give up | false | necessary"},
			"a verb and its particle are one predicate"},
		{"The premier said the mayor, Tom Brand, should apologise.",
			[]string{"brand | apologise | false | necessary"},
			"a subject with its apposition between commas is still the clause's subject, and the name is its head"},
		{"The premier said Tom Brand, the mayor, should apologise.",
			[]string{"brand | apologise | false | necessary"},
			"a name before its title keeps the name"},
		{"The minister said that if prices rose, the bank would act.",
			[]string{"bank | act | false | predicted"},
			"a condition is no clause of what is said"},
		{"The coach said he hardly plays doubles.",
			[]string{"he | play | false | asserted"},
			"'hardly' says seldom, not not: 'I hardly play doubles' set a player against his captain's 'he played the right way'"},
		{"The epidemiologist said: \"Our message is simple: these products are not safe to eat.\"",
			[]string{"message | simple | false | asserted", "that product | safe | true | asserted"},
			"a colon opens a clause: what the message is was read as the object of 'simple'; and a demonstrative subject points back ('that' marks it here)"},
		{"The union said: \"The rate is 30%. That has not moved since the board met in May.\"",
			[]string{"rate | be | false | asserted", "rate | move | true | asserted"},
			"an auxiliary opening a clause is no plural noun opening its subject: 'has' was read as the plural of 'ha'"},
		{"The union leader said: \"The company, which employs 400 people, says it will close the plant.\"",
			[]string{"company | say | false | asserted"},
			"a verb in -s after the comma closing a relative clause is the subject's verb, not a plural after a fronted phrase: 'says' was the subject, and 'close' the predicate"},
		{"The minister said: \"Frankly, it works and costs less than we thought.\"",
			[]string{"it | work | false | asserted", "it | cost | false | asserted"},
			"a verb in -s after 'and' shares the subject before it: 'costs' was read as a plural subject, and 'thought' its verb"},
		{"The treasurer said the grants had yet to be paid.",
			[]string{"grant | pay | true | asserted"},
			"'had yet to' is not so far: the grants are not paid, where 'have' was the predicate"},
		{"The mayor said no one in the village had received a message.",
			[]string{"nobody | receive | true | asserted"},
			"'no one' with a place after it is nobody too: the phrase's head was 'one'"},
		{"The treasurer said no one has been paid for June.",
			[]string{"nobody | pay | true | asserted"},
			"'no one' opening the subject negates the clause, as 'no pilot' does, and is of nobody: not 'one'"},
		{"The director said: \"The money has not come. Once the council releases it, the builders will finish.\"",
			[]string{"money | come | true | asserted", "council | release | false | predicted", "builder | finish | false | predicted"},
			"a present after 'once', 'when', 'after' or 'until' before a future speaks of what is to come: it is no release done"},
	}
	for _, tt := range tests {
		c, ok := oneClaim(t, tt.text)
		if !ok {
			continue
		}
		var got []string
		for _, cl := range c.Proposition.Clauses() {
			subj := cl.Subject
			if cl.Refers {
				subj = "that " + subj
			}
			got = append(got, fmt.Sprintf("%s | %s | %t | %s", subj, cl.Predicate, cl.Negated, cl.Modality))
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

// TestItAntecedent checks what "it" opening a person's claim stands for.
func TestItAntecedent(t *testing.T) {
	tests := []reading{ // want per claim: "subject | predicate"
		{"Treasurer Ann Boyd said the state would oppose any move to scrap the levy agreed by parliament in 1998. She said it remained fair because farmers paid less.",
			[]string{"state | oppose", "levy | fair"},
			"a person is never 'it': the thing is the last noun before his words, past a name, a year and a participle, so that 'it remained fair' meets 'the levy is unfair'"},
		{"The club said the stadium was full. The company said it would cut prices.",
			[]string{"stadium | full", "it | cut"},
			"a guard: a body says 'it' of itself"},
		{"Health Minister Ruth Kale praised the report. She said it was important to act quickly on its findings.",
			[]string{" | ", "it | important"},
			"a guard: an 'it' that holds a place for the clause after it stands for nothing before it"},
		{"Health Minister Ruth Kale praised the report. She said that, frankly, it was important to act quickly on its findings.",
			[]string{" | ", "it | important"},
			"a guard: the 'it' holding a place need not open the words; the clause is sought after it"},
		{"Treasurer Ann Boyd defended the levy set by the council and its chairman for the year. She said it remained fair.",
			[]string{"levy | set", "levy | fair"},
			"a body, a person and a time are never the 'it': the thing is the levy before them"},
		{"Health Minister Ruth Kale praised the report. She said it was the board who had asked for it.",
			[]string{" | ", "it | board"},
			"a guard: 'it was the board who': a cleft's 'it' stands for what follows it"},
		{"Finance Minister Ruth Kale said they would cut the taxes. She said it was wrong, because families could not wait any longer.",
			[]string{"they | cut", "it | be"},
			"a guard: a plural is not 'it'"},
	}
	checkReadings(t, tests, func(c claims.Claim) string { return c.Proposition.Subject + " | " + c.Proposition.Predicate })
}

// TestQuotedPerson checks whom "he" or "she" opening a quotation's clause stands for.
func TestQuotedPerson(t *testing.T) {
	tests := []reading{ // want per claim: "subject | names"
		{"Tom Price said Leon Marsh had passed every scan. \"He is fit and he will play,\" Price said.",
			[]string{"marsh | leon marsh", "marsh | leon marsh"},
			"in a quotation 'he' is not the speaker but the person last named before it: 'he is fit' had no subject to meet the commission's 'Marsh is not fit'"},
		{"Tom Price said he was tired. \"We lost,\" Price said.",
			[]string{"he | ", "we | "},
			"a guard: reported speech keeps 'he', the speaker himself, and no one else is named"},
	}
	checkReadings(t, tests, func(c claims.Claim) string {
		return c.Proposition.Subject + " | " + strings.Join(c.Proposition.Names, ", ")
	})
}

// reading is a row of a test that reads one thing of each claim of a text.
type reading struct {
	text string
	want []string // per claim, what read gives
	why  string
}

// checkReadings extracts each row's text and compares read of its claims with the row's.
func checkReadings(t *testing.T, tests []reading, read func(claims.Claim) string) {
	t.Helper()
	for _, tt := range tests {
		var e Extractor
		var got []string
		for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
			got = append(got, read(c))
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}

func TestRaising(t *testing.T) {
	tests := []struct {
		text string
		want string // "subject | predicate | negated | modality"
		why  string
	}{
		{"The governor said rates were likely to rise.", "rate | rise | false | possible", "'likely to' puts the verb after it as a possibility"},
		{"The captain said the team was unlikely to win the league.", "team | win | true | possible", "'unlikely' denies the possibility: the predicate is 'win', negated"},
		{"The union said the firm had refused to negotiate.", "firm | negotiate | true | wished", "'refused to' denies the verb it governs"},
		{"The president said the club was free to submit proof of payment.", "club | submit | false | possible", "'free to' puts the verb after it as a possibility, as 'able to' does: 'free' stood as the predicate, and its WordNet opposites set it against 'our fault'"},
		{"The minister said bus travel would be free for pensioners.", "travel | free | false | predicted", "a guard: 'free' with no 'to' after it is free of charge; as a word of possibility it made the event noun the predicate, travel that may happen"},
		{"The minister said the bank was in no hurry to cut rates.", "bank | cut | true | predicted", "'in no hurry to cut' negates the cut"},
		{"The paper reported that the candidate stopped short of conceding.", "candidate | concede | true | asserted", "'stopped short of' holds back the gerund after it: the predicate is 'concede', negated"},
		{"The board said the chairman had refrained from naming a successor.", "chairman | name | true | asserted", "'refrained from' holds back the gerund after it"},
		{"The economist said a cut in March was very likely.", " | cut | false | possible", "an event noun said to be likely is its verb put as a possibility"},
	}
	for _, tt := range tests {
		c, ok := oneClaim(t, tt.text)
		if !ok {
			continue
		}
		p := c.Proposition
		got := fmt.Sprintf("%s | %s | %t | %s", p.Subject, p.Predicate, p.Negated, p.Modality)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: %s\n(-want +got):\n%s", tt.text, tt.why, d)
		}
	}
}
