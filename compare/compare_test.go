package compare_test

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

// Speakers of the Peskov/Lavrov case and of the disputes around it.
var (
	peskov  = claims.Speaker{Name: "Dmitry Peskov", Kind: claims.Person, Role: "Kremlin spokesman", Affiliation: "Russia"}
	lavrov  = claims.Speaker{Name: "Sergei Lavrov", Kind: claims.Person, Role: "foreign minister", Affiliation: "Russia"}
	zakhar  = claims.Speaker{Name: "Maria Zakharova", Kind: claims.Person, Role: "foreign ministry spokeswoman", Affiliation: "Russia"}
	kremlin = claims.Speaker{Name: "Kremlin", Kind: claims.Organisation, Affiliation: "Russia"}
	moscow  = claims.Speaker{Name: "Moscow", Kind: claims.Organisation, Affiliation: "Russia"}
	kyivW   = claims.Speaker{Name: "Kyiv and the West", Kind: claims.Group, Affiliation: "Ukraine"}
	putin   = claims.Speaker{Name: "Vladimir Putin", Kind: claims.Person}
	putinS  = claims.Speaker{Name: "Putin", Kind: claims.Person}
	kuleba  = claims.Speaker{Name: "Dmytro Kuleba", Kind: claims.Person, Role: "foreign minister", Affiliation: "Ukraine"}
)

// The two sides of a pay dispute.
var (
	hart = claims.Speaker{Name: "Dale Hart", Kind: claims.Person, Role: "chief executive"}
	fisk = claims.Speaker{Name: "Mona Fisk", Kind: claims.Person, Role: "union president"}
)

// on returns a statement time known to the day, YYYY-MM-DD.
func on(s string) claims.When {
	d, err := claims.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return claims.When{Date: d, Precision: claims.Day}
}

// undated is a statement time the document does not give.
var undated = claims.When{}

// claim builds a claim whose content and evidence are text. Claim "d#n" stands in the nth
// sentence of document d, 1,000 bytes a sentence, so claims keep the order of their IDs.
func claim(id, doc string, sp claims.Speaker, when claims.When, target, holder string, p claims.Polarity, text string, responses ...claims.Response) claims.Claim {
	evidence := sp.Name + " said: " + text
	_, num, _ := strings.Cut(id, "#")
	n, err := strconv.Atoi(num)
	if err != nil {
		panic("claim id " + id + " wants the form doc#n")
	}
	at := func(start, end int) claims.Span { return claims.Span{Start: n*1000 + start, End: n*1000 + end} }
	return claims.Claim{
		ID:        id,
		Doc:       doc,
		Speaker:   sp,
		Source:    claims.Excerpt{Span: at(0, len(sp.Name)), Text: sp.Name},
		Cue:       claims.Excerpt{Span: at(len(sp.Name)+1, len(sp.Name)+5), Text: "said"},
		Content:   claims.Excerpt{Span: at(len(evidence)-len(text), len(evidence)), Text: text},
		Evidence:  claims.Excerpt{Span: at(0, len(evidence)), Text: evidence},
		When:      when,
		Target:    target,
		Holder:    holder,
		Polarity:  p,
		Responses: responses,
	}
}

// withAmount gives a claim the figure its content states.
func withAmount(c claims.Claim, v float64, unit string) claims.Claim {
	c.Proposition.Amount = claims.Amount{Value: v, Unit: unit}
	c.Proposition.Predicate = "die"
	c.Proposition.Terms = []string{"die", unit}
	return c
}

// denying marks a claim whose cue denies its content: "Moscow denies the charge".
func denying(c claims.Claim) claims.Claim {
	c.Denies = true
	return c
}

// quoted marks c's content as the speaker's own words.
func quoted(c claims.Claim) claims.Claim {
	c.Quoted = true
	return c
}

// naming gives c's proposition the names it mentions, months among them.
func naming(c claims.Claim, names ...string) claims.Claim {
	c.Proposition.Names = names
	return c
}

const (
	forTalks     = "Russia remains open to talks with Kyiv"
	againstTalks = "there is no point in talks with Kyiv now"
)

// The Peskov/Lavrov case: the Kremlin's spokesman open to talks a day after the foreign
// minister ruled them out.
var (
	peskovFor   = claim("a#1", "a", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks)
	lavrovAgain = claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "", claims.Against, againstTalks)
)

func TestCompare(t *testing.T) {
	opposing := claims.Response{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "contradicting"}, Answered: claims.Excerpt{Text: "earlier comments by Moscow's top diplomat"}, Other: "Sergei Lavrov"}
	echoing := claims.Response{Relation: claims.Agrees, Phrase: claims.Excerpt{Text: "Echoing"}, Answered: claims.Excerpt{Text: "Lavrov"}, Other: "Sergei Lavrov"}
	tests := []struct {
		name string
		why  string
		c    compare.Comparer
		in   []claims.Claim
		want []claims.Conflict
		// reason holds, for each wanted conflict, words its Reason must contain.
		reason [][]string
	}{{
		name: "officials of one body",
		why:  "a spokesman and a minister of one government, a day apart, on one target",
		in:   []claims.Claim{peskovFor, lavrovAgain},
		want: []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"Dmitry Peskov", "Sergei Lavrov", "on 2022-07-21", "on 2022-07-20",
			"for talks", "against talks", "both speak for Russia", "one day apart", forTalks}},
	}, {
		name: "officials beyond the window",
		why:  "two officials 100 days apart are not one moment's disagreement under the default 14-day window",
		in: []claims.Claim{peskovFor,
			claim("b#1", "b", lavrov, on("2022-04-12"), "talks", "", claims.Against, againstTalks)},
	}, {
		name: "officials within a wide window",
		why:  "the same pair is found when the window is widened to 200 days",
		c:    compare.Comparer{Window: 200},
		in: []claims.Claim{peskovFor,
			claim("b#1", "b", lavrov, on("2022-04-12"), "talks", "", claims.Against, againstTalks)},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"both speak for Russia", "100 days apart"}},
	}, {
		name: "window edge included",
		why:  "14 days apart is within the default window",
		in: []claims.Claim{peskovFor,
			claim("b#1", "b", lavrov, on("2022-07-07"), "talks", "", claims.Against, againstTalks)},
		want: []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
	}, {
		name: "window edge excluded",
		why:  "15 days apart is outside the default window",
		in: []claims.Claim{peskovFor,
			claim("b#1", "b", lavrov, on("2022-07-06"), "talks", "", claims.Against, againstTalks)},
	}, {
		name: "one claim reports the other",
		why:  "'Lavrov said the talks make no sense, Zakharova added' holds Lavrov's claim in Zakharova's: she reports it, she does not dispute it",
		in: func() []claims.Claim {
			inner := claim("a#2", "a", lavrov, undated, "talks", "", claims.Against, againstTalks)
			outer := claim("a#1", "a", zakhar, undated, "talks", "", claims.For, forTalks)
			outer.Content.Span = claims.Span{Start: inner.Evidence.Start, End: inner.Evidence.End}
			return []claims.Claim{outer, inner}
		}(),
	}, {
		name: "officials of one article on related matters",
		why:  "in one article, two officials of one body are at odds only on one target: 'talks' against 'negotiation' is not enough without the text saying so",
		in: []claims.Claim{
			claim("a#1", "a", peskov, undated, "talks", "", claims.For, forTalks),
			claim("a#2", "a", lavrov, undated, "negotiation", "", claims.Against, againstTalks)},
	}, {
		name: "min score",
		why:  "MinScore drops a conflict scored below it",
		c:    compare.Comparer{MinScore: 0.8},
		in:   []claims.Claim{peskovFor, lavrovAgain},
	}, {
		name: "one speaker over time",
		why:  "a reversal by one speaker counts however far apart its two occasions are",
		in: []claims.Claim{
			claim("a#1", "a", lavrov, on("2022-04-02"), "talks", "", claims.For, forTalks),
			claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "", claims.Against, againstTalks),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.SameSpeaker, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"Sergei Lavrov", "on 2022-04-02", "on 2022-07-20", "same speaker"}},
	}, {
		name: "one speaker one occasion",
		why:  "one speaker for and against on one day in one text, with nothing saying so, is a misreading, not a reversal",
		in: []claims.Claim{
			claim("a#1", "a", lavrov, on("2022-07-20"), "talks", "", claims.For, forTalks),
			claim("a#2", "a", lavrov, on("2022-07-20"), "talks", "", claims.Against, againstTalks),
		},
	}, {
		name: "denial between parties in one document",
		why:  "a charge and its denial by two parties of different sides, reported together",
		in: []claims.Claim{
			claim("a#1", "a", kyivW, on("2022-04-04"), "war crime", "", claims.For, "the killings in Bucha are a war crime"),
			denying(claim("a#2", "a", moscow, on("2022-04-04"), "war crime", "", claims.Against, "the images from Bucha are a staged provocation")),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenSources, Score: 0.65, A: []string{"a#1"}, B: []string{"a#2"}}},
		reason: [][]string{{"Kyiv and the West", "Moscow", "for war crime", "against war crime", "two parties"}},
	}, {
		name: "denial between parties undated in one document",
		why:  "the document puts charge and denial side by side even when it dates neither",
		in: []claims.Claim{
			claim("a#1", "a", kyivW, undated, "war crime", "", claims.For, "the killings in Bucha are a war crime"),
			denying(claim("a#2", "a", moscow, undated, "war crime", "", claims.Against, "the images from Bucha are a staged provocation")),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenSources, Score: 0.6, A: []string{"a#1"}, B: []string{"a#2"}}},
		reason: [][]string{{"undated"}},
	}, {
		name: "outlets with different figures",
		why:  "one minister on one day, reported by two outlets with 120 and 45 dead: the figures cannot both be hers",
		in: []claims.Claim{
			withAmount(claim("a#1", "a", lavrov, on("2022-07-20"), "outbreak", "", claims.Neutral, "120 people had died"), 120, "people"),
			withAmount(claim("b#1", "b", lavrov, on("2022-07-20"), "outbreak", "", claims.Neutral, "45 people had died"), 45, "people"),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenOutlets, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"different figures", "120 people against 45 people"}},
	}, {
		name: "different figures on different days",
		why:  "a toll that rises from one day to the next is news, not a contradiction",
		in: []claims.Claim{
			withAmount(claim("a#1", "a", lavrov, on("2022-07-20"), "outbreak", "", claims.Neutral, "45 people had died"), 45, "people"),
			withAmount(claim("b#1", "b", lavrov, on("2022-07-21"), "outbreak", "", claims.Neutral, "120 people had died"), 120, "people"),
		},
	}, {
		name: "a member and the group that names it",
		why:  "'Tzekos' and 'Tzekos, Thanou and Kenteris' speak on one side: a denial beside his own words is no dispute",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Christos Tzekos", Kind: claims.Person}, undated, "charge", "", claims.For, "we did not leave any gaps"),
			denying(claim("a#2", "a", claims.Speaker{Name: "Tzekos, Thanou and Kenteris", Kind: claims.Group}, undated, "charge", "", claims.Against, "the charges")),
		},
	}, {
		name: "targets linked only through a broad category",
		why:  "every protection is an 'activity' in WordNet, but a judge against bankruptcy protection and a company for its activities dispute nothing",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "judge", Kind: claims.Anonymous}, undated, "protection", "", claims.Against, "an attempt to gain bankruptcy protection"),
			denying(claim("a#2", "a", claims.Speaker{Name: "Steven Theede", Kind: claims.Person}, undated, "activity", "", claims.For, "the activities continue to occur in Russia")),
		},
	}, {
		name: "parties differing in one document",
		why:  "two parties for and against one thing in one article, with no denial and nothing saying one answers the other, merely differ",
		in: []claims.Claim{
			claim("a#1", "a", kyivW, on("2022-04-04"), "war crime", "", claims.For, "the killings in Bucha are a war crime"),
			claim("a#2", "a", moscow, on("2022-04-04"), "war crime", "", claims.Against, "the images from Bucha are a staged provocation"),
		},
	}, {
		name: "parties undated in two documents",
		why:  "two parties in two texts with no dates cannot be put on one occasion",
		in: []claims.Claim{
			claim("a#1", "a", kyivW, undated, "war crime", "", claims.For, "the killings in Bucha are a war crime"),
			denying(claim("b#1", "b", moscow, undated, "war crime", "", claims.Against, "the images from Bucha are a staged provocation")),
		},
	}, {
		name: "outlets reporting one remark",
		why:  "three outlets quoting Peskov on one day are one statement: one conflict whose side holds all three claims",
		in: []claims.Claim{
			peskovFor,
			claim("c#1", "c", peskov, on("2022-07-21"), "talks", "", claims.For, "Moscow is open to negotiations"),
			claim("d#4", "d", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks),
			lavrovAgain,
		},
		want: []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1", "c#1", "d#4"}, B: []string{"b#1"}}},
	}, {
		name: "body and spokesman one voice",
		why:  "the Kremlin and its spokesman on one day say one thing: against the minister that is one conflict, not two",
		in: []claims.Claim{
			claim("a#1", "a", kremlin, on("2022-07-21"), "talks", "", claims.For, forTalks),
			claim("a#2", "a", peskov, on("2022-07-21"), "talks", "", claims.For, "we are ready for talks"),
			lavrovAgain,
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1", "a#2"}, B: []string{"b#1"}}},
		reason: [][]string{{"Kremlin and Dmitry Peskov", "Sergei Lavrov"}},
	}, {
		name: "agreement framing",
		why:  "the text says Peskov echoed Lavrov: whatever the polarities read, they are not in conflict",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks, echoing),
			lavrovAgain,
		},
	}, {
		name: "opposition framing",
		why:  "the text itself says Peskov contradicted Lavrov: the score rises and the reason quotes it",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks, opposing),
			lavrovAgain,
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.95, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"The text itself says", opposing.Phrase.Text}},
	}, {
		name: "a reversal the text tells",
		why:  "the text says the minister changed his mind: the reason says he went back on his words rather than read a stance from contents that name none",
		in: []claims.Claim{
			claim("a#1", "a", lavrov, on("2022-07-20"), "", "", claims.Neutral, "he would stay away from the summit"),
			claim("a#2", "a", lavrov, on("2022-07-21"), "", "", claims.Neutral, "I will go to the summit",
				claims.Response{Relation: claims.Reverses, Self: true, Phrase: claims.Excerpt{Text: "changed his mind"}, Answers: []string{"a#1"}, Found: claims.Told}),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.SameSpeaker, Score: 0.9, A: []string{"a#1"}, B: []string{"a#2"}}},
		reason: [][]string{{"went back on the earlier words", "on 2022-07-20 (\"he would stay away", "The text itself says \"changed his mind\""}},
	}, {
		name: "a correction the text tells",
		why:  "the text says the minister was misquoted: he sets the earlier words right, which is no going back on them",
		in: []claims.Claim{
			claim("a#1", "a", lavrov, on("2022-07-20"), "", "", claims.Neutral, "he would stay away from the summit"),
			claim("a#2", "a", lavrov, on("2022-07-21"), "", "", claims.Neutral, "I will go to the summit",
				claims.Response{Relation: claims.Corrects, Self: true, Phrase: claims.Excerpt{Text: "had been misquoted"}, Answers: []string{"a#1"}, Found: claims.Told}),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.SameSpeaker, Score: 0.9, A: []string{"a#1"}, B: []string{"a#2"}}},
		reason: [][]string{{"set the earlier words right", "The text itself says \"had been misquoted\""}},
	}, {
		name: "opposition framing beyond the window",
		why:  "officials of one body far apart still conflict when the text says one contradicts the other",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks, opposing),
			claim("b#1", "b", lavrov, on("2022-04-12"), "talks", "", claims.Against, againstTalks),
		},
		want: []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.95, A: []string{"a#1"}, B: []string{"b#1"}}},
	}, {
		name: "framing naming a third speaker",
		why:  "a frame that names someone else says nothing about this pair",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks,
				claims.Response{Relation: claims.Agrees, Phrase: claims.Excerpt{Text: "echoing"}, Other: "Volodymyr Zelensky"}),
			lavrovAgain,
		},
		want: []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
	}, {
		name: "different holders",
		why:  "Lavrov saying Kyiv does not want talks states Ukraine's stance, not Russia's",
		in: []claims.Claim{
			peskovFor,
			claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "Ukraine", claims.Against, "Kyiv does not need the talks"),
		},
	}, {
		name: "same other holder",
		why:  "two officials both describing Ukraine's stance, oppositely, do conflict",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "talks", "Ukraine", claims.For, "Kyiv wants talks"),
			claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "Ukraine", claims.Against, "Kyiv does not need the talks"),
		},
		want: []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
	}, {
		name: "unaligned targets",
		why:  "a meeting and talks are different things in WordNet: no shared sense",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "meeting", "", claims.For, "a meeting is possible"),
			lavrovAgain,
		},
	}, {
		name: "synonym targets",
		why:  "talks and negotiation share a WordNet synset; the score lacks the same-word bonus",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "negotiation", "", claims.For, "Moscow is open to negotiation"),
			lavrovAgain,
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.65, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"for negotiation", "against talks"}},
	}, {
		name: "neutral polarity",
		why:  "a claim with no stance cannot oppose anything",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "talks", "", claims.Neutral, "talks were discussed"),
			lavrovAgain,
		},
	}, {
		name: "empty target",
		why:  "a claim about nothing we can name cannot be aligned with another",
		in: []claims.Claim{
			claim("a#1", "a", peskov, on("2022-07-21"), "", "", claims.For, forTalks),
			claim("b#1", "b", lavrov, on("2022-07-20"), "", "", claims.Against, againstTalks),
		},
	}, {
		name: "surname across documents",
		why:  "Putin in one text is the Vladimir Putin of another: a reversal by one speaker",
		in: []claims.Claim{
			claim("a#1", "a", putinS, on("2022-03-01"), "talks", "", claims.For, forTalks),
			claim("b#1", "b", putin, on("2022-06-01"), "talks", "", claims.Against, againstTalks),
		},
		want:   []claims.Conflict{{ID: "k1", Kind: claims.SameSpeaker, Score: 0.7, A: []string{"a#1"}, B: []string{"b#1"}}},
		reason: [][]string{{"Vladimir Putin, on 2022-03-01", "Vladimir Putin, on 2022-06-01", "same speaker"}},
	}, {
		name: "two parties far apart",
		why:  "two parties months apart in two texts are not one dispute",
		in: []claims.Claim{
			claim("a#1", "a", kuleba, on("2022-03-01"), "talks", "", claims.For, forTalks),
			claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "", claims.Against, againstTalks),
		},
	}, {
		name: "ordered by score",
		why:  "a framed conflict scores above a plain one and comes first; IDs follow the order",
		in: []claims.Claim{
			denying(claim("b#2", "b", kuleba, on("2022-07-20"), "talks", "", claims.For, forTalks)),
			claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "", claims.Against, againstTalks),
			claim("c#1", "c", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks, opposing),
		},
		want: []claims.Conflict{
			{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.95, A: []string{"b#1"}, B: []string{"c#1"}},
			{ID: "k2", Kind: claims.BetweenSources, Score: 0.65, A: []string{"b#1"}, B: []string{"b#2"}},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.c.Compare(tt.in)
			if diff := gocmp.Diff(tt.want, got, cmpopts.EquateEmpty(), cmpopts.IgnoreFields(claims.Conflict{}, "Reason")); diff != "" {
				t.Fatalf("%s\nCompare (-want +got):\n%s", tt.why, diff)
			}
			for i, words := range tt.reason {
				for _, w := range words {
					if !strings.Contains(got[i].Reason, w) {
						t.Errorf("%s\nconflict %s: reason %q lacks %q", tt.why, got[i].ID, got[i].Reason, w)
					}
				}
			}
		})
	}
}

// TestCompareShuffled checks that the output does not depend on the order of the input:
// the same conflicts, IDs, sides and order for every permutation.
func TestCompareShuffled(t *testing.T) {

	in := shuffleInput
	want := new(compare.Comparer).Compare(in)
	if len(want) < 4 {
		t.Fatalf("want at least 4 conflicts to permute, got %d: %+v", len(want), want)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		sh := append([]claims.Claim(nil), in...)
		r.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		got := new(compare.Comparer).Compare(sh)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("permutation %d %v: Compare (-input order +shuffled):\n%s", i, ids(sh), diff)
		}
	}
}

// TestCompareShuffledConflicts checks the weaker promise that holds today: every
// permutation of the input finds the same conflicts, kinds, scores and sides, once each
// side is sorted and the pair put in order.
func TestCompareShuffledConflicts(t *testing.T) {
	in := shuffleInput
	canon := func(ks []claims.Conflict) []claims.Conflict {
		out := make([]claims.Conflict, len(ks))
		for i, k := range ks {
			a, b := slices.Sorted(slices.Values(k.A)), slices.Sorted(slices.Values(k.B))
			if b[0] < a[0] {
				a, b = b, a
			}
			out[i] = claims.Conflict{Kind: k.Kind, Score: k.Score, A: a, B: b}
		}
		slices.SortFunc(out, func(x, y claims.Conflict) int {
			return cmp.Or(cmp.Compare(x.A[0], y.A[0]), cmp.Compare(x.B[0], y.B[0]))
		})
		return out
	}
	first := new(compare.Comparer).Compare(in)
	if again := new(compare.Comparer).Compare(in); !gocmp.Equal(first, again) {
		t.Fatalf("two runs on one input differ:\n%s", gocmp.Diff(first, again))
	}
	want := canon(first)
	if len(want) < 4 {
		t.Fatalf("want at least 4 conflicts to permute, got %d: %+v", len(want), want)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		sh := append([]claims.Claim(nil), in...)
		r.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		if diff := gocmp.Diff(want, canon(new(compare.Comparer).Compare(sh))); diff != "" {
			t.Fatalf("permutation %d %v: Compare (-input order +shuffled):\n%s", i, ids(sh), diff)
		}
	}
}

func ids(cs []claims.Claim) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// shuffleInput holds several conflicts of every kind, merged sides among them.
var shuffleInput = []claims.Claim{
	claim("a#1", "a", kremlin, on("2022-07-21"), "talks", "", claims.For, forTalks),
	claim("a#2", "a", peskov, on("2022-07-21"), "talks", "", claims.For, "we are ready for talks"),
	claim("b#1", "b", lavrov, on("2022-07-20"), "talks", "", claims.Against, againstTalks),
	claim("c#1", "c", peskov, on("2022-07-21"), "talks", "", claims.For, forTalks),
	claim("d#1", "d", lavrov, on("2022-04-02"), "talks", "", claims.For, "we are ready to talk"),
	claim("e#1", "e", kyivW, on("2022-04-04"), "war crime", "", claims.For, "the killings in Bucha are a war crime"),
	denying(claim("e#2", "e", moscow, on("2022-04-04"), "war crime", "", claims.Against, "the images from Bucha are a staged provocation")),
	claim("f#1", "f", putinS, on("2022-03-01"), "negotiation", "", claims.For, forTalks),
	claim("g#1", "g", putin, on("2022-06-01"), "talks", "", claims.Against, againstTalks),
}

// TestMergeBothSides checks that two voices of one body on each side, on one day each,
// make one conflict: the Kremlin and Peskov against Lavrov and Zakharova.
func TestMergeBothSides(t *testing.T) {

	in := []claims.Claim{
		claim("a#1", "a", kremlin, on("2022-07-21"), "talks", "", claims.For, forTalks),
		claim("a#2", "a", peskov, on("2022-07-21"), "talks", "", claims.For, "we are ready for talks"),
		lavrovAgain,
		claim("b#2", "b", zakhar, on("2022-07-20"), "talks", "", claims.Against, "talks are pointless"),
	}
	want := []claims.Conflict{{ID: "k1", Kind: claims.BetweenOfficials, Score: 0.7, A: []string{"a#1", "a#2"}, B: []string{"b#1", "b#2"}}}
	for _, order := range [][]int{{0, 1, 2, 3}, {2, 3, 0, 1}} {
		sh := make([]claims.Claim, len(in))
		for i, j := range order {
			sh[i] = in[j]
		}
		got := new(compare.Comparer).Compare(sh)
		if diff := gocmp.Diff(want, got, cmpopts.IgnoreFields(claims.Conflict{}, "Reason"), sidesAnyOrder); diff != "" {
			t.Errorf("input order %v: Compare (-want +got):\n%s", order, diff)
		}
	}
}

// TestSharedDocument checks that a statement reported by two documents meets what either
// document sets against it: the charge is in a and b, the undated denial only in b.
func TestSharedDocument(t *testing.T) {

	in := []claims.Claim{
		claim("a#1", "a", kyivW, on("2022-04-04"), "war crime", "", claims.For, "the killings in Bucha are a war crime"),
		claim("b#1", "b", kyivW, on("2022-04-04"), "war crime", "", claims.For, "Bucha was a war crime"),
		denying(claim("b#2", "b", moscow, undated, "war crime", "", claims.Against, "the images from Bucha are a staged provocation")),
	}
	want := []claims.Conflict{{ID: "k1", Kind: claims.BetweenSources, A: []string{"a#1", "b#1"}, B: []string{"b#2"}}}
	for _, order := range [][]int{{1, 0, 2}, {0, 1, 2}} {
		sh := make([]claims.Claim, len(in))
		for i, j := range order {
			sh[i] = in[j]
		}
		got := new(compare.Comparer).Compare(sh)
		if diff := gocmp.Diff(want, got, cmpopts.IgnoreFields(claims.Conflict{}, "Reason", "Score"), sidesAnyOrder); diff != "" {
			t.Errorf("input order %v: Compare (-want +got):\n%s", order, diff)
		}
	}
}

// sidesAnyOrder compares conflicts whatever the order of the claims within a side.
var sidesAnyOrder = cmpopts.SortSlices(func(a, b string) bool { return a < b })

func TestResolve(t *testing.T) {
	org := func(name string) claims.Speaker { return claims.Speaker{Name: name, Kind: claims.Organisation} }
	anon := func(name string) claims.Speaker { return claims.Speaker{Name: name, Kind: claims.Anonymous} }
	tests := []struct {
		name string
		why  string
		in   []claims.Claim
		want []claims.Speaker
	}{{
		name: "surname",
		why:  "a surname alone joins the full name met elsewhere, with its affiliation",
		in: []claims.Claim{
			claim("a#1", "a", putinS, on("2022-03-01"), "talks", "", claims.For, forTalks),
			claim("b#1", "b", claims.Speaker{Name: "Vladimir Putin", Kind: claims.Person, Affiliation: "Russia"}, on("2022-06-01"), "talks", "", claims.Against, againstTalks),
		},
		want: []claims.Speaker{
			{Name: "Vladimir Putin", Aliases: []string{"Putin"}, Kind: claims.Person, Affiliation: "Russia"},
			{Name: "Vladimir Putin", Kind: claims.Person, Affiliation: "Russia"},
		},
	}, {
		name: "Mr and a surname that is another's given name",
		why:  "'Mr Howard' in an article about Howard Flight is Michael Howard, whom it never names in full: a one-word name opening a longer one joins it, but not a surname after 'Mr'; 'Ms Gao' still joins Gao Junlan, whose family name comes first",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Howard Flight", Kind: claims.Person}, undated, "", "", claims.Neutral, "he will not stand down"),
			claim("a#2", "a", claims.Speaker{Name: "Howard", Aliases: []string{"Mr Howard"}, Kind: claims.Person}, undated, "", "", claims.Neutral, "he had played by the rules"),
			claim("b#1", "b", claims.Speaker{Name: "Gao Junlan", Kind: claims.Person}, undated, "", "", claims.Neutral, "the law should change"),
			claim("b#2", "b", claims.Speaker{Name: "Gao", Aliases: []string{"Ms Gao"}, Kind: claims.Person}, undated, "", "", claims.Neutral, "it is a free society"),
		},
		want: []claims.Speaker{
			{Name: "Howard Flight", Kind: claims.Person},
			{Name: "Howard", Aliases: []string{"Mr Howard"}, Kind: claims.Person},
			{Name: "Gao Junlan", Kind: claims.Person},
			{Name: "Gao Junlan", Aliases: []string{"Gao", "Ms Gao"}, Kind: claims.Person},
		},
	}, {
		name: "surname with its particle",
		why:  "'De Vries', capitalised as a sentence opens it, is Anneke de Vries named elsewhere; 'Vries' alone had found two names and joined neither",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Anneke de Vries", Kind: claims.Person}, undated, "", "", claims.Neutral, "the dikes will hold"),
			claim("b#1", "b", claims.Speaker{Name: "De Vries", Kind: claims.Person}, undated, "", "", claims.Neutral, "the dikes may not hold"),
			claim("c#1", "c", claims.Speaker{Name: "Vries", Kind: claims.Person}, undated, "", "", claims.Neutral, "the pumps are new"),
		},
		want: []claims.Speaker{
			{Name: "Anneke de Vries", Kind: claims.Person},
			{Name: "Anneke de Vries", Aliases: []string{"De Vries"}, Kind: claims.Person},
			{Name: "Anneke de Vries", Aliases: []string{"Vries"}, Kind: claims.Person},
		},
	}, {
		name: "last word of a body",
		why:  "'Gazette' in an article that quotes the Wexbury Gazette is that paper",
		in: []claims.Claim{
			claim("a#1", "a", org("Wexbury Gazette"), undated, "", "", claims.Neutral, "the estate should be bulldozed"),
			claim("a#2", "a", org("Gazette"), undated, "", "", claims.Neutral, "it stood by its report"),
		},
		want: []claims.Speaker{org("Wexbury Gazette"), {Name: "Wexbury Gazette", Aliases: []string{"Gazette"}, Kind: claims.Organisation}},
	}, {
		name: "common noun ending a body's name",
		why:  "'the office' beside \"Marwick's office\" is that office; the common noun is only itself elsewhere",
		in: []claims.Claim{
			claim("a#1", "a", anon("Marwick's office"), undated, "", "", claims.Neutral, "he had misspoken"),
			claim("a#2", "a", anon("office"), undated, "", "", claims.Neutral, "he meant the company"),
			claim("b#1", "b", anon("office"), undated, "", "", claims.Neutral, "the mission is modest"),
		},
		want: []claims.Speaker{anon("Marwick's office"), {Name: "Marwick's office", Aliases: []string{"office"}, Kind: claims.Anonymous}, anon("office")},
	}, {
		name: "two bodies end with the word",
		why:  "beside the Wexbury Gazette and the Evening Gazette, 'Gazette' could be either: it stays itself",
		in: []claims.Claim{
			claim("a#1", "a", org("Wexbury Gazette"), undated, "", "", claims.Neutral, "the estate should be bulldozed"),
			claim("a#2", "a", org("Evening Gazette"), undated, "", "", claims.Neutral, "the garages should go"),
			claim("a#3", "a", org("Gazette"), undated, "", "", claims.Neutral, "it stood by its report"),
		},
		want: []claims.Speaker{org("Wexbury Gazette"), org("Evening Gazette"), org("Gazette")},
	}, {
		name: "a voice is no body",
		why:  "'spokesman' speaks for a body; it is not the 'Health Ministry spokesman' of another claim by its last word alone",
		in: []claims.Claim{
			claim("a#1", "a", anon("Health Ministry spokesman"), undated, "", "", claims.Neutral, "cases are falling"),
			claim("a#2", "a", anon("spokesman"), undated, "", "", claims.Neutral, "beds are free"),
		},
		want: []claims.Speaker{anon("Health Ministry spokesman"), anon("spokesman")},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			compare.Resolve(tt.in)
			var got []claims.Speaker
			for _, c := range tt.in {
				got = append(got, c.Speaker)
			}
			if d := gocmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// prop gives a claim the proposition its content states.
func prop(c claims.Claim, subject, predicate string, negated bool, terms ...string) claims.Claim {
	c.Proposition.Subject, c.Proposition.Predicate, c.Proposition.Negated = subject, predicate, negated
	c.Proposition.Modality, c.Proposition.Tense = claims.Asserted, claims.Present
	c.Proposition.Terms = terms
	return c
}

// dated gives a claim a first figure with its unit.
func dated(c claims.Claim, v float64, unit string) claims.Claim {
	c.Proposition.Amount = claims.Amount{Value: v, Unit: unit}
	return c
}

// figured gives a claim its figures, the first as its Amount.
func figured(c claims.Claim, as ...claims.Amount) claims.Claim {
	c.Proposition.Amount, c.Proposition.Amounts = as[0], as
	return c
}

// named gives a claim the names its content mentions.
func named(c claims.Claim, names ...string) claims.Claim {
	c.Proposition.Names = names
	return c
}

// answering gives a claim a response that answers the claims ids.
func answering(c claims.Claim, rel claims.Relation, phrase string, ids ...string) claims.Claim {
	c.Responses = append(c.Responses, claims.Response{Relation: rel, Phrase: claims.Excerpt{Text: phrase}, Answers: ids})
	return c
}

// basedOn sets how a claim's first response found what it answers, and the words it
// answers.
func basedOn(c claims.Claim, b claims.Basis, answered string) claims.Claim {
	c.Responses[0].Found, c.Responses[0].Answered.Text = b, answered
	return c
}

// amounting gives a claim's proposition the figure it states.
func amounting(c claims.Claim, v float64, unit string) claims.Claim {
	c.Proposition.Amount = claims.Amount{Value: v, Unit: unit}
	return c
}

// ahead makes a claim's proposition a forecast with its objects, of an event in period t.
func ahead(c claims.Claim, objects []string, t claims.Period) claims.Claim {
	c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense, c.Proposition.Time = objects, claims.Predicted, claims.Future, t
	return c
}

// objected gives a claim's proposition the heads of what its predicate acts on.
func objected(c claims.Claim, objects ...string) claims.Claim {
	c.Proposition.Objects = objects
	return c
}

// cued gives a claim the words of its cue.
func cued(c claims.Claim, cue string) claims.Claim {
	c.Cue.Text = cue
	return c
}

func TestCompareResponsesAndPropositions(t *testing.T) {
	governor := claims.Speaker{Name: "Paul Henley", Kind: claims.Person, Role: "governor", Affiliation: "Bank of Caldonia"}
	deputy := claims.Speaker{Name: "Miriam Okonjo", Kind: claims.Person, Role: "deputy governor", Affiliation: "Bank of Caldonia"}
	bank := claims.Speaker{Name: "Bank of Caldonia", Kind: claims.Organisation}
	bankVoice := claims.Speaker{Name: "bank spokesman", Kind: claims.Anonymous, Affiliation: "Bank of Caldonia"}
	president := claims.Speaker{Name: "Owen Marsden", Kind: claims.Person, Role: "president", Affiliation: "Vestria"}
	office := claims.Speaker{Name: "presidential office", Kind: claims.Anonymous, Affiliation: "Vestria"}
	union := claims.Speaker{Name: "Nurses Union", Kind: claims.Organisation}
	ministry := claims.Speaker{Name: "Health Ministry", Kind: claims.Organisation}
	chief := claims.Speaker{Name: "Ruth Okoro", Kind: claims.Person, Role: "chief executive", Affiliation: "Delmar"}
	paper := claims.Speaker{Name: "Dunmore Courier", Kind: claims.Organisation}
	firm := claims.Speaker{Name: "Halvern Motors", Kind: claims.Organisation}
	rival := claims.Speaker{Name: "Kessel Group", Kind: claims.Organisation}
	// A denial tied by its verb alone ("claims") to what it answers, and one tied by the
	// noun of a report whose owner it names.
	bigotryDenial := basedOn(answering(denying(prop(claim("a#2", "a", ministry, undated, "", "", claims.Against, "claims that the debate bred bigotry"), "debate", "breed", false, "debate", "breed", "bigotry")), claims.Rejects, "rejected", "a#1"), claims.ByVerb, "claims that the debate bred bigotry")
	courierDenial := basedOn(answering(claim("a#2", "a", firm, on("2024-07-08"), "", "", claims.Neutral, "the report"), claims.Denies, "denied", "a#1"), claims.ByVerb, "the Dunmore Courier's report")
	via := func(c claims.Claim, channel string) claims.Claim {
		c.Via = claims.Channel{Name: channel, Kind: claims.Organisation}
		return c
	}
	tests := []struct {
		name string
		why  string
		in   []claims.Claim
		want []conflictShape
	}{{
		name: "two parties' reviews, one named by its own phrase",
		why:  "'the review is finished' by the federation and the council's 'the review of plans for two indoor courts has not concluded' speak of two reviews: the phrase that says which review shares nothing with the other side",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, on("2024-03-04"), "", "", claims.Neutral, "the review is finished"), "review", "finish", false, "finish", "review"),
			prop(claim("a#2", "a", rival, on("2024-03-04"), "", "", claims.Neutral, "the review of plans for two indoor courts has not concluded"), "review", "conclude", true, "conclude", "court", "indoor", "plan", "review"),
		},
	}, {
		name: "two parties on one review, each naming it",
		why:  "the twin of the row before: where the bare side speaks of what the other's phrase names (the courts), the review is one, and finished against not concluded clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, on("2024-03-04"), "", "", claims.Neutral, "the review is finished, and the courts will be built"), "review", "finish", false, "build", "court", "finish", "review"),
			prop(claim("a#2", "a", rival, on("2024-03-04"), "", "", claims.Neutral, "the review of plans for two indoor courts has not concluded"), "review", "conclude", true, "conclude", "court", "indoor", "plan", "review"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.7, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "of two links of one pair, the sure one counts",
		why:  "a 'ruled out' inside one paper's version answers the nearest words by place, weakly; the text's 'opposite accounts' names whose version it answers: the named link decides",
		in: []claims.Claim{
			claim("a#1", "a", governor, on("2023-02-21"), "", "", claims.Neutral, "the three branches will close this year"),
			func() claims.Claim {
				c := claim("a#2", "a", paper, on("2023-02-21"), "", "", claims.Neutral, "she had ruled out closing any branch")
				c.Responses = []claims.Response{
					{Relation: claims.Rejects, Phrase: claims.Excerpt{Text: "ruled out"}, Answers: []string{"a#1"}, Found: claims.Nearest},
					{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "opposite accounts"}, Other: governor.Name, Answers: []string{"a#1"}, Found: claims.ByName},
				}
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "distancing oneself from a statement stated inside one's own words",
		why:  "'distanced himself from the chief executive's statement that the coach had been offered a new deal' holds the statement it answers: answered, not reported, though its cue lies in the chair's content",
		in: []claims.Claim{
			func() claims.Claim {
				c := claim("a#1", "a", deputy, on("2024-09-02"), "", "", claims.Neutral, "himself from the chief executive's statement that the coach has been offered a new deal")
				c.Responses = []claims.Response{{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "distanced himself from"}, Answers: []string{"a#2"}, Found: claims.Nested}}
				return c
			}(),
			func() claims.Claim {
				c := claim("a#2", "a", governor, on("2024-08-30"), "", "", claims.Neutral, "the coach has been offered a new deal")
				c.Cue.Text, c.Cue.Span = "statement that", claims.Span{Start: 1000 + 20, End: 1000 + 34}
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a remark answered by its maker's name, which the text gives no other way",
		why:  "'took issue with remarks credited to the health minister, Dr Ana Ruiz, on clinic closures' makes the minister's remark a claim whose cue lies inside the association's content: answered, not reported",
		in: []claims.Claim{
			tookIssueWithRuiz(claim("a#1", "a", claims.Speaker{Name: "Medical Association", Kind: claims.Organisation}, on("2024-09-02"), "", "", claims.Neutral, "remarks credited to the health minister, Dr Ana Ruiz, on clinic closures")),
			ruizRemark(claim("a#2", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "health minister"}, undated, "", "", claims.Neutral, "remarks credited to the health minister, Dr Ana Ruiz, on clinic closures")),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a named remark's answer is sure, whatever the two stances read",
		why:  "the response names the remark's maker, as a response by name does: where the two stances read alike, an answer found by nearness is dropped as agreement, and the named one was too",
		in: []claims.Claim{
			tookIssueWithRuiz(claim("a#1", "a", claims.Speaker{Name: "Nurses Union", Kind: claims.Organisation}, on("2024-09-02"), "pay", "", claims.Against, "remarks credited to the health minister, Dr Ana Ruiz, on pay")),
			ruizRemark(claim("a#2", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "health minister"}, undated, "pay", "", claims.Against, "remarks credited to the health minister, Dr Ana Ruiz, on pay")),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a speaker who says their position has not changed",
		why:  "opposite stances read from one minister's words on two days, where the article has him say his position has not changed: no reversal the text allows",
		in: []claims.Claim{
			claim("a#1", "a", governor, on("2021-11-09"), "coal", "", claims.Against, "the bank will not back the coal statement"),
			func() claims.Claim {
				c := claim("a#2", "a", governor, on("2021-11-10"), "", "", claims.Neutral, "his position had not changed")
				c.Responses = []claims.Response{{Relation: claims.Maintains, Self: true, Answers: []string{"a#1"}, Found: claims.BySelf}}
				return c
			}(),
			claim("a#3", "a", governor, on("2021-11-10"), "coal", "", claims.For, "we are ready to move away from coal"),
		},
	}, {
		name: "turning down a request outside the content",
		why:  "'said troops would not go, turning down a request made by Vestria' is an act toward the request, not words against what Vestria's office says",
		in: []claims.Claim{
			claim("a#1", "a", office, undated, "", "", claims.Neutral, "the request was sent in March"),
			basedOn(answering(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "troops will not go to the Sahel"), "troop", "go", true, "troop", "sahel"), claims.Rejects, "turning down", "a#1"), claims.ByName, "a request made by Vestria earlier this year"),
		},
	}, {
		name: "two outlets' versions of one remark",
		why:  "one article gives two papers' versions of the governor's words on one matter, one of cutting and one of adding staff (verbs that move a number opposite ways): it sets them side by side because they differ",
		in: []claims.Claim{
			via(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "the bank would cut 300 branch staff"), "bank", "cut", false, "bank", "branch", "cut", "staff"), "Dunmore Courier"),
			via(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "the bank would add 300 branch staff"), "bank", "add", false, "bank", "branch", "add", "staff"), "Evening Ledger"),
		},
		want: []conflictShape{{claims.BetweenOutlets, 0.7, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two outlets' versions that share a place's name",
		why:  "'production at the Dunmore plant will end' and 'no plans to close the Dunmore plant': the place named in both ties the two versions to one matter, as shared words do, and 'end' against a negated 'close' differs plainly",
		in: []claims.Claim{
			via(named(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "production at the Dunmore plant will end by March"), "production", "end", false, "end", "plant", "production"), "dunmore", "march"), "Dunmore Courier"),
			via(named(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "there are no plans to close the Dunmore plant"), "dunmore", "close", true, "close", "plan", "plant"), "dunmore"), "Evening Ledger"),
		},
		want: []conflictShape{{claims.BetweenOutlets, 0.6, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two outlets on two matters that share only names",
		why:  "'Kessel would raise prices in Norland' and 'Kessel would cut jobs in Norland': the company and the country are in any two remarks of its chief, and tie no two versions of one",
		in: []claims.Claim{
			via(named(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "Kessel would raise prices in Norland"), "kessel", "raise", false, "price", "raise"), "kessel", "norland"), "Dunmore Courier"),
			via(named(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "Kessel would not cut jobs in Norland"), "kessel", "cut", true, "cut", "job"), "kessel", "norland"), "Evening Ledger"),
		},
	}, {
		name: "two outlets' versions giving two figures in one article",
		why:  "one paper has the port chief promising up to 400 jobs, the other around 40, in one article on one day: the rule that one speaker's figures differ only across documents is for his words reported once each, not for two channels' versions set side by side",
		in: []claims.Claim{
			via(amounting(prop(claim("a#1", "a", governor, on("2024-10-01"), "", "", claims.Neutral, "the expansion would create up to 400 new jobs at the terminal"), "expansion", "create", false, "400", "expansion", "create", "job", "terminal"), 400, "job"), "Dunmore Courier"),
			via(amounting(prop(claim("a#2", "a", governor, on("2024-10-01"), "", "", claims.Neutral, "the expansion would bring around 40 new jobs at the terminal"), "expansion", "bring", false, "40", "bring", "expansion", "job", "terminal"), 40, "job"), "Evening Ledger"),
		},
		want: []conflictShape{{claims.BetweenOutlets, 0.7, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two outlets telling one remark alike",
		why:  "two papers reporting the governor's words alike agree: one remark told twice",
		in: []claims.Claim{
			via(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "the bank would cut 300 branch staff"), "bank", "cut", false, "bank", "branch", "cut", "staff"), "Dunmore Courier"),
			via(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "the bank would cut branch staff"), "bank", "cut", false, "bank", "branch", "cut", "staff"), "Evening Ledger"),
		},
	}, {
		name: "two outlets' versions, one the negation of the other",
		why:  "'This car is a failure' and 'This car is not a failure', one remark in two papers: one subject, one predicate, negated on one side, though they share no other word",
		in: []claims.Claim{
			via(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "This car is a failure"), "car", "failure", false, "car", "failure"), "Dunmore Courier"),
			via(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "This car is not a failure"), "car", "failure", true, "car", "failure"), "Evening Ledger"),
		},
		want: []conflictShape{{claims.BetweenOutlets, 0.55, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two outlets' versions in other words to one effect",
		why:  "'would not back a coal statement' and 'would not sign up to a coal phase-out' say one thing in two wordings: no predicate negated against the other, none moving a number the other way, no figure or time apart",
		in: []claims.Claim{
			via(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "the bank would not back the coal statement"), "bank", "back", true, "bank", "back", "coal", "statement"), "Dunmore Courier"),
			via(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "the bank would not sign up to a coal statement"), "bank", "sign up", true, "bank", "coal", "sign up", "statement"), "Evening Ledger"),
		},
	}, {
		name: "two outlets' versions giving two times",
		why:  "one paper has the first flights in the first quarter of 2025, the other in the second half: one remark cannot have given both",
		in: []claims.Claim{
			via(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "the airline will fly in the first quarter of 2025"), "airline", "fly", false, "2025", "airline", "first", "flight", "quarter"), "Dunmore Courier"),
			via(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "the airline's flights were expected in the second half of 2025"), "flight", "expect", false, "2025", "airline", "expect", "flight", "half", "second"), "Evening Ledger"),
		},
		want: []conflictShape{{claims.BetweenOutlets, 0.7, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two outlets on two matters",
		why:  "one paper reports the governor on branch staff, the other on interest rates: two remarks, not two versions of one",
		in: []claims.Claim{
			via(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "the bank would cut 300 branch staff"), "bank", "cut", false, "bank", "branch", "cut", "staff"), "Dunmore Courier"),
			via(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "the bank would hold rates"), "bank", "hold", false, "bank", "hold", "rate"), "Evening Ledger"),
		},
	}, {
		name: "retraction of one's own words",
		why:  "'withdrew her remarks' links a speaker's later claim to her earlier one: a reversal the text names, on two days",
		in: []claims.Claim{
			prop(claim("a#1", "a", governor, on("2024-03-12"), "", "", claims.Neutral, "rates have reached the top"), "rate", "reach", false, "rate", "reach", "top"),
			answering(prop(claim("a#2", "a", governor, on("2024-03-15"), "", "", claims.Neutral, "I withdraw those words"), "i", "withdraw", false, "withdraw", "word"), claims.Retracts, "withdraw", "a#1"),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "staff correcting their chief",
		why:  "the office says what the president meant: a correction within one government, reported the same day",
		in: []claims.Claim{
			claim("a#1", "a", president, on("2025-05-15"), "", "", claims.Neutral, "troops will be home by Christmas"),
			answering(claim("a#2", "a", office, on("2025-05-15"), "", "", claims.Neutral, "the president had meant the first units"), claims.Corrects, "had meant", "a#1"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "negated denial",
		why:  "'did not deny the report' sets nothing against the report",
		in: []claims.Claim{
			claim("a#1", "a", paper, on("2024-07-08"), "", "", claims.Neutral, "the carmaker will close the plant"),
			func() claims.Claim {
				c := answering(claim("a#2", "a", firm, on("2024-07-08"), "", "", claims.Neutral, "the report"), claims.Denies, "denied", "a#1")
				c.Responses[0].Negated = true
				return c
			}(),
		},
	}, {
		name: "denial of a report",
		why:  "a firm denies the paper's report: the text names the clash",
		in: []claims.Claim{
			claim("a#1", "a", paper, on("2024-07-08"), "", "", claims.Neutral, "the carmaker will close the plant"),
			answering(claim("a#2", "a", firm, on("2024-07-08"), "", "", claims.Neutral, "the report"), claims.Denies, "denied", "a#1"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "denial of a remark that is itself against something",
		why:  "'the depot will close' is against the depot; 'the claim was denied' denies the remark, not the depot: a dispute, not two parties against one thing",
		in: []claims.Claim{
			claim("a#1", "a", paper, on("2024-07-08"), "depot", "", claims.Against, "the depot will close"),
			func() claims.Claim {
				c := answering(denying(claim("a#2", "a", union, on("2024-07-08"), "depot", "", claims.Against, "the claim")), claims.Denies, "denied", "a#1")
				c.Responses[0].Found = claims.Definite
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two parties rejecting one thing",
		why:  "a bank and its rival both rejecting the offer agree; a rejection of a rejection is no dispute",
		in: []claims.Claim{
			denying(claim("a#1", "a", firm, undated, "", "", claims.Against, "the offer")),
			answering(denying(claim("a#2", "a", rival, undated, "", "", claims.Against, "the offer as inadequate")), claims.Rejects, "dismissed", "a#1"),
		},
	}, {
		name: "a rejection of what the other side itself rules out",
		why:  "'rejects a spending spree' beside 'there will be no spending spree' agree",
		in: []claims.Claim{
			prop(claim("a#1", "a", deputy, undated, "", "", claims.Neutral, "there will be no spending spree"), "there", "spree", true, "spending", "spree"),
			answering(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "a spending spree"), claims.Rejects, "rejects", "a#1"),
		},
	}, {
		name: "a denial of a negative statement, quoted",
		why:  "'not true that the council never approved it' denies the 'never approved' it quotes: the other side's negative claim is opposed, not agreed with as a rejected thing is",
		in: []claims.Claim{
			prop(claim("a#1", "a", deputy, undated, "", "", claims.Neutral, "the council never approved the budget"), "council", "approve", true, "council", "budget"),
			basedOn(answering(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "it is not true that the council never approved it"), claims.Denies, "not true", "a#1"), claims.ByWords, "the council never approved"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "dismissing a body's claim, named inside the answer, that denies",
		why:  "'dismissed the Harrow Cricket Board's claim that the club failed to submit its forms': the claim is negative, but what is dismissed is the claim, owned by a body of three words before its 's",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Harrow Cricket Board", Kind: claims.Organisation}, on("2025-05-13"), "", "", claims.Neutral, "the club failed to submit its forms on time"), "club", "submit", true, "club", "form", "submit", "time"),
			func() claims.Claim {
				c := answering(claim("a#2", "a", claims.Speaker{Name: "Ian Webb", Kind: claims.Person, Role: "president", Affiliation: "Harrow Lions"}, on("2025-05-16"), "", "", claims.Neutral, "the Harrow Cricket Board's claim that the club failed to submit its forms on time"), claims.Rejects, "dismissed", "a#1")
				c.Responses[0].Found = claims.Nested
				c.Responses[0].Answered = claims.Excerpt{Text: "the Harrow Cricket Board's claim that the club failed to submit its forms on time"}
				return c
			}(),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.9, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "one speaker's own 'we', not hiring and hiring",
		why:  "the manager's quoted 'we are not hiring anybody' and, days later, 'we will be hiring two': in one speaker's own words 'we' is one subject, though a pronoun, and the two share nothing but the verb",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", chief, on("2024-01-12"), "", "", claims.Neutral, "We are not hiring anybody. The staff we have is the staff we want"), "we", "hire", true, "anybody", "hire", "staff", "want")
				c.Quoted, c.Proposition.Objects = true, []string{"anybody"}
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", chief, on("2024-01-15"), "", "", claims.Neutral, "We will be hiring two before the window shuts, as was always the plan"), "we", "hire", false, "hire", "plan", "shut", "window")
				c.Quoted, c.Proposition.Modality, c.Proposition.Tense = true, claims.Predicted, claims.Future
				return c
			}(),
		},
		want: []conflictShape{{Kind: claims.SameSpeaker, Score: 0.55, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "months that bound a time name no period",
		why:  "'the squad I have is the squad I'll keep until May' and 'the plan from the start of January' name months only as bounds: read as periods, May and January set the two statements apart as figures for two months",
		in: []claims.Claim{
			quoted(naming(prop(claim("a#1", "a", chief, on("2024-01-12"), "", "", claims.Neutral, "The squad is not changing. It is the squad I will have until May"), "squad", "change", true, "change", "may", "squad"), "may")),
			quoted(naming(prop(claim("a#2", "a", chief, on("2024-01-15"), "", "", claims.Neutral, "The squad is changing, as has been the plan from the start of January"), "squad", "change", false, "change", "january", "plan", "squad"), "january")),
		},
		want: []conflictShape{{Kind: claims.SameSpeaker, Score: 0.65, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a month that bounds a time, beside the verb 'may'",
		why:  "'whatever you may hear … until May': the lower-case 'may' is the verb, not the month, and had kept May a period, set apart from the other's January",
		in: []claims.Claim{
			quoted(naming(prop(claim("a#1", "a", chief, on("2024-01-12"), "", "", claims.Neutral, "The squad is not changing, whatever you may hear. It is the squad I will have until May"), "squad", "change", true, "change", "hear", "may", "squad"), "may")),
			quoted(naming(prop(claim("a#2", "a", chief, on("2024-01-15"), "", "", claims.Neutral, "The squad is changing, as was the plan in January"), "squad", "change", false, "change", "january", "plan", "squad"), "january")),
		},
		want: []conflictShape{{Kind: claims.SameSpeaker, Score: 0.65, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a month that bounds a time, after its day",
		why:  "'until 31 May', the day before the month as British news writes it, bounds a time as 'until May 31' does: May had stayed a period, set apart from the other's January",
		in: []claims.Claim{
			quoted(naming(prop(claim("a#1", "a", chief, on("2024-01-12"), "", "", claims.Neutral, "The squad is not changing. It is the squad I will have until 31 May"), "squad", "change", true, "31", "change", "may", "squad"), "may")),
			quoted(naming(prop(claim("a#2", "a", chief, on("2024-01-15"), "", "", claims.Neutral, "The squad is changing, as was the plan in January"), "squad", "change", false, "change", "january", "plan", "squad"), "january")),
		},
		want: []conflictShape{{Kind: claims.SameSpeaker, Score: 0.65, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "pushing back against comments that deny",
		why:  "the deputy rejects the governor's comments that cuts are off the table: the comments are negative, but what is rejected is them, so the two disagree",
		in: []claims.Claim{
			prop(claim("a#1", "a", governor, on("2025-05-13"), "", "", claims.Neutral, "the committee will not be cutting rates"), "committee", "cut", true, "committee", "cut", "rate"),
			func() claims.Claim {
				c := answering(claim("a#2", "a", deputy, on("2025-05-16"), "", "", claims.Neutral, "comments by the bank's governor that rate cuts were off the table"), claims.Rejects, "pushed back against", "a#1")
				c.Responses[0].Found = claims.ByName
				c.Responses[0].Answered = claims.Excerpt{Text: "comments by the bank's governor that rate cuts were off the table"}
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "one speaker's negated clause and another clause asserted, on two days",
		why:  "'the state is not spending a penny on the rebate' and, the day before, 'the rebate is over for good' agree: a negation with no predicate in common is no reversal",
		in: []claims.Claim{
			prop(claim("a#1", "a", governor, on("2024-09-19"), "", "", claims.Neutral, "the rebate is over for good"), "rebate", "end", false, "rebate", "end", "state"),
			prop(claim("a#2", "a", governor, on("2024-09-20"), "", "", claims.Neutral, "the state is not spending a penny on the rebate"), "state", "spend", true, "state", "spend", "penny", "rebate"),
		},
	}, {
		name: "one predicate negated by the other party",
		why:  "in one article, the union says posts are vacant and the ministry that they are not: one predicate, opposite negation, shared words",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "one in five posts are vacant"), "post", "vacant", false, "hospital", "post", "vacant"),
			prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "hospital posts are not vacant"), "post", "vacant", true, "hospital", "post", "vacant"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.6, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "antonyms from two officials of one body",
		why:  "the governor says rates will fall, his deputy that they will rise, the same week: WordNet antonyms on one subject",
		in: []claims.Claim{
			prop(claim("a#1", "a", governor, on("2024-03-12"), "", "", claims.Neutral, "rates will fall"), "rate", "fall", false, "fall", "rate", "interest"),
			prop(claim("b#1", "b", deputy, on("2024-03-14"), "", "", claims.Neutral, "rates will rise"), "rate", "rise", false, "interest", "rate", "rise"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.6, []string{"a#1"}, []string{"b#1"}}},
	}, {
		name: "an adjective against its un- form",
		why:  "the union calls the levy unjustified, the ministry says it is justified: WordNet files the two apart, but the negative prefix on a listed adjective makes them opposites",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the levy is unjustified"), "levy", "unjustified", false, "levy", "unjustified"),
			prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "the levy is justified"), "levy", "justified", false, "levy", "justified"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.6, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "antonyms said of two subjects that share only a month",
		why:  "shoppers' spending rose in January but prices fell in January: 'January' is when, not what; two subjects, no shared object, no clash, whatever the 'but'",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", paper, undated, "", "", claims.Neutral, "shoppers increased their spending in January"), "shopper", "increase", false, "increase", "shopper", "spending", "january"), "spending", "january"),
			func() claims.Claim {
				c := prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "prices fell in January"), "price", "fall", false, "fall", "price", "january")
				c.Proposition.Objects = []string{"january"}
				return answering(c, claims.Contrasts, "But", "a#1")
			}(),
		},
	}, {
		name: "a 'But' carried to the next words of the same voice",
		why:  "'But the trade body said its members were outraged' answers the charity, and the body's next sentences, 'there was never going to be an explosion of betting shops on high streets' and 'talk of a shop on every high street was a scare tactic', carry the dispute with the charity's two: a speaker's words split at the sentence are one answer",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the spread of betting shops on high streets was a real concern"), "spread", "concern", false, "betting", "concern", "high", "real", "shop", "spread", "street"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "betting shops would open on every high street"), "shop", "open", false, "betting", "high", "open", "shop", "street"),
			basedOn(answering(prop(claim("a#3", "a", ministry, undated, "", "", claims.Neutral, "its members were outraged by the decision"), "member", "outrage", false, "decision", "member", "outrage"), claims.Contrasts, "But", "a#2"), claims.Nearest, ""),
			prop(claim("a#4", "a", ministry, undated, "", "", claims.Neutral, "there was never going to be an explosion of betting shops on high streets"), "there", "explosion", true, "betting", "explosion", "high", "shop", "street"),
			prop(claim("a#5", "a", ministry, undated, "", "", claims.Neutral, "talk of a betting shop on every high street was a scare tactic"), "talk", "tactic", false, "betting", "high", "scare", "shop", "street", "tactic", "talk"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.3, []string{"a#1", "a#2"}, []string{"a#4", "a#5"}}},
	}, {
		name: "a 'But' not carried to a neighbour that shares a word only",
		why:  "a guard: the next words of the voice that says 'But' share only 'shop' with what the charity said: too little to set them against it",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the spread of betting shops on high streets was a real concern"), "spread", "concern", false, "betting", "concern", "high", "real", "shop", "spread", "street"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "betting shops would open on every high street"), "shop", "open", false, "betting", "high", "open", "shop", "street"),
			basedOn(answering(prop(claim("a#3", "a", ministry, undated, "", "", claims.Neutral, "its members were outraged by the decision"), "member", "outrage", false, "decision", "member", "outrage"), claims.Contrasts, "But", "a#2"), claims.Nearest, ""),
			prop(claim("a#4", "a", ministry, undated, "", "", claims.Neutral, "the shop workers would be consulted next year"), "worker", "consult", false, "consult", "shop", "worker", "year"),
			prop(claim("a#5", "a", ministry, undated, "", "", claims.Neutral, "the shop workers would be paid in full"), "worker", "pay", false, "full", "pay", "shop", "worker"),
		},
	}, {
		name: "a 'But' carried to the next words of the same voice, given out of order",
		why:  "the claims of the row above, handed over last sentence first: a run of words is one of the text, not of the input, whose order the output does not depend on",
		in: func() []claims.Claim {
			a1 := prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the spread of betting shops on high streets was a real concern"), "spread", "concern", false, "betting", "concern", "high", "real", "shop", "spread", "street")
			a2 := prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "betting shops would open on every high street"), "shop", "open", false, "betting", "high", "open", "shop", "street")
			a3 := basedOn(answering(prop(claim("a#3", "a", ministry, undated, "", "", claims.Neutral, "its members were outraged by the decision"), "member", "outrage", false, "decision", "member", "outrage"), claims.Contrasts, "But", "a#2"), claims.Nearest, "")
			a4 := prop(claim("a#4", "a", ministry, undated, "", "", claims.Neutral, "there was never going to be an explosion of betting shops on high streets"), "there", "explosion", true, "betting", "explosion", "high", "shop", "street")
			a5 := prop(claim("a#5", "a", ministry, undated, "", "", claims.Neutral, "talk of a betting shop on every high street was a scare tactic"), "talk", "tactic", false, "betting", "high", "scare", "shop", "street", "tactic", "talk")
			return []claims.Claim{a4, a5, a1, a2, a3}
		}(),
		want: []conflictShape{{claims.BetweenSources, 0.3, []string{"a#1", "a#2"}, []string{"a#4", "a#5"}}},
	}, {
		name: "a 'But' of its own in a run another 'But' is carried to",
		why:  "'But the concern was overblown' answers the charity's concern itself, one shared word as any 'But' may: that the body's 'But' before it was carried to these words does not hold it to the carried link's two",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the spread of betting shops on high streets was a real concern"), "spread", "concern", false, "betting", "concern", "high", "real", "shop", "spread", "street"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "betting shops would open on every high street"), "shop", "open", false, "betting", "high", "open", "shop", "street"),
			basedOn(answering(prop(claim("a#3", "a", ministry, undated, "", "", claims.Neutral, "its members were outraged by the decision"), "member", "outrage", false, "decision", "member", "outrage"), claims.Contrasts, "But", "a#2"), claims.Nearest, ""),
			basedOn(answering(prop(claim("a#4", "a", ministry, undated, "", "", claims.Neutral, "the concern was overblown"), "concern", "overblown", false, "concern", "overblown"), claims.Contrasts, "But", "a#1"), claims.Nearest, ""),
			prop(claim("a#5", "a", ministry, undated, "", "", claims.Neutral, "talk of a betting shop on every high street was a scare tactic"), "talk", "tactic", false, "betting", "high", "scare", "shop", "street", "tactic", "talk"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.3, []string{"a#1", "a#2"}, []string{"a#4", "a#5"}}},
	}, {
		name: "one predicate negated, said of two different subjects",
		why:  "'the mayor will hold a weekly briefing' but 'the governor will not hold a weekly briefing': each party's own plans",
		in: []claims.Claim{
			prop(claim("a#1", "a", paper, undated, "", "", claims.Neutral, "the mayor will hold a weekly briefing"), "mayor", "hold", false, "briefing", "hold", "mayor", "weekly"),
			answering(prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "the governor will not hold a weekly briefing"), "governor", "hold", true, "briefing", "governor", "hold", "weekly"), claims.Contrasts, "But", "a#1"),
		},
	}, {
		name: "a person named only by office against a named person of the same article",
		why:  "'the health secretary' of the first paragraph is, as likely as not, the Ruth Alder who 'denied the cuts would save money' in the third: no dispute unless the text names the other side",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "health secretary", Kind: claims.Anonymous, Role: "health secretary"}, undated, "", "", claims.Neutral, "the cuts will save money"), "cut", "save", false, "cut", "money", "save"),
			basedOn(answering(denying(prop(claim("a#2", "a", claims.Speaker{Name: "Ruth Alder", Kind: claims.Person}, undated, "", "", claims.Neutral, "the cuts would save money"), "cut", "save", false, "cut", "money", "save")), claims.Denies, "denied", "a#1"), claims.ByWords, ""),
		},
	}, {
		name: "a person named only by an office of a body, against a named person of the same article",
		why:  "'Edinburgh's housing convener' of the lede is, as likely as not, the Ruth Alder who denies the saving in the third paragraph: that the office is of a body makes its holder no other person",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Edinburgh's housing convener", Kind: claims.Anonymous, Role: "Edinburgh housing convener", Affiliation: "Edinburgh"}, undated, "", "", claims.Neutral, "the cuts will save money"), "cut", "save", false, "cut", "money", "save"),
			basedOn(answering(denying(prop(claim("a#2", "a", claims.Speaker{Name: "Ruth Alder", Kind: claims.Person}, undated, "", "", claims.Neutral, "the cuts would save money"), "cut", "save", false, "cut", "money", "save")), claims.Denies, "denied", "a#1"), claims.ByWords, ""),
		},
	}, {
		name: "a person named only by office against a person the text gives another office",
		why:  "'the health secretary' is not 'Labour MP Ruth Alder': the text gives her another office, so her denial disputes the secretary's words",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "health secretary", Kind: claims.Anonymous, Role: "health secretary"}, undated, "", "", claims.Neutral, "the cuts will save money"), "cut", "save", false, "cut", "money", "save"),
			func() claims.Claim {
				c := answering(denying(prop(claim("a#2", "a", claims.Speaker{Name: "Ruth Alder", Kind: claims.Person, Role: "Labour MP"}, undated, "", "", claims.Neutral, "the cuts would save money"), "cut", "save", false, "cut", "money", "save")), claims.Denies, "denied", "a#1")
				c.Responses[0].Found = claims.ByWords
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenSources, 0, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a spokesman against a named person of the same article",
		why:  "a spokesman speaks for a body the text may not name; the denial of the other's words stands",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Ruth Alder", Kind: claims.Person}, on("2024-07-08"), "", "", claims.Neutral, "the depot will close"),
			answering(claim("a#2", "a", claims.Speaker{Name: "spokesman", Kind: claims.Anonymous, Role: "spokesman"}, on("2024-07-08"), "", "", claims.Neutral, "the report"), claims.Denies, "denied", "a#1"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "different periods",
		why:  "prices that rose over 2004 and fell in December are figures for two periods, not a clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", paper, undated, "", "", claims.Neutral, "prices rose over 2004"), "price", "rise", false, "2004", "house", "price", "rise"),
			naming(prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "prices fell in December"), "price", "fall", false, "fall", "house", "price"), "december"),
		},
	}, {
		name: "two parties rejecting one draft law",
		why:  "each rejects the draft law: the words one turns down are not the other's, and the two agree",
		in: []claims.Claim{
			basedOn(answering(claim("a#1", "a", claims.Speaker{Name: "doctors union", Kind: claims.Organisation}, undated, "", "", claims.Against, "a draft law that would oblige young doctors to serve in the regions"), claims.Rejects, "rejected", "a#2"), claims.ByWords, "a draft law that would oblige young doctors to serve in the regions"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Ana Lowe", Kind: claims.Person}, undated, "", "", claims.Against, "We reject this draft law"), claims.Rejects, "reject", "a#1"), claims.Nearest, "this draft law"),
		},
	}, {
		name: "a quarter's figure and a year's",
		why:  "sales that fell in the fourth quarter and rose over the full year are figures for two reporting periods, not a clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", paper, undated, "", "", claims.Neutral, "fourth-quarter sales fell 3%"), "sale", "fall", false, "fourth-quarter", "sale", "fall"),
			prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "full-year sales rose 5%"), "sale", "rise", false, "full-year", "sale", "rise"),
		},
	}, {
		name: "a quarter's figure and nine months'",
		why:  "revenue that fell in the third quarter and rose over the first nine months: figures for two periods named in words, not one-word terms, are no clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", firm, undated, "revenue", "", claims.Against, "revenue fell 12 percent in the third quarter"), "revenue", "fall", false, "revenue", "percent", "third", "quarter"),
			prop(claim("a#2", "a", paper, undated, "revenue", "", claims.For, "for the first nine months of the year, revenue rose 3 percent"), "revenue", "rise", false, "revenue", "percent", "first", "nine", "month", "year"),
		},
	}, {
		name: "at odds with its chairman",
		why:  "'comments at odds with those of its chairman': the text makes the chairman an officer of the chief executive's company, though it names the company for her alone; read as two parties, the split in one board was a dispute between sources",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Ilse Marwick", Kind: claims.Person, Role: "chairman"}, on("2016-02-22"), "", "", claims.Neutral, "selling the shipping arm was an option the board would weigh"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Petra Holm", Kind: claims.Person, Role: "chief executive", Affiliation: "Wendmoor Group"}, on("2016-03-01"), "", "", claims.Neutral, "the group has no plan to sell any of its businesses"), claims.Contradicts, "at odds with", "a#1"), claims.ByName, "its chairman"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "contradicting her colleague",
		why:  "'contradicting her colleague': a colleague is of the responder's own body though the text names no body for either; read as two parties, the split was a dispute between sources",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Elena Moss", Kind: claims.Person, Role: "director"}, on("2016-02-22"), "", "", claims.Neutral, "the berth will open in May"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Tomas Reyes", Kind: claims.Person, Role: "engineer"}, on("2016-02-22"), "", "", claims.Neutral, "the berth will not open before the autumn"), claims.Contradicts, "contradicting", "a#1"), claims.ByName, "her colleague"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a bank by its initials and its own governor",
		why:  "'the ECB' is the European Central Bank its governor works for: a governor at odds with his own bank is a split among its officials; the initials were not read as its name, and the two were parties to a dispute",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "ECB", Kind: claims.Organisation}, on("2019-09-12"), "bond", "", claims.For, "it would buy bonds from November"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Andris Kalnins", Kind: claims.Person, Role: "governor", Affiliation: "European Central Bank"}, on("2019-09-24"), "bond", "", claims.Against, "he had opposed the bond purchases"), claims.Contradicts, "at odds with", "a#1"), claims.ByName, "the ECB"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.95, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a bank's officer under its initials, the bank by its name",
		why:  "the governor works for 'CBV', the Central Bank of Varda's initials: at odds with his own bank, he is one of its officials, not a party to a dispute",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Central Bank of Varda", Kind: claims.Organisation}, on("2019-09-12"), "bond", "", claims.For, "it would buy bonds from November"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Andris Kalnins", Kind: claims.Person, Role: "governor", Affiliation: "CBV"}, on("2019-09-24"), "bond", "", claims.Against, "he had opposed the bond purchases"), claims.Contradicts, "at odds with", "a#1"), claims.ByName, "the central bank"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.95, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a person whose initials spell a body's",
		why:  "a guard: Ursula Nkosi disputes the UN; her initials are U. N., but a person's name is no body's spelled out, and the two stay parties to a dispute rather than one voice",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "UN", Kind: claims.Organisation}, on("2024-05-01"), "", "", claims.Neutral, "the camp will close in March"),
			answering(claim("a#2", "a", claims.Speaker{Name: "Ursula Nkosi", Kind: claims.Person, Role: "camp manager"}, on("2024-05-02"), "", "", claims.Against, "the camp will stay open for the winter"), claims.Contradicts, "disputed", "a#1"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "at odds with his rival, no officer",
		why:  "'his rival's claims' names a person but no office: the two stay parties to a dispute, not officers of one body",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Tom Reyes", Kind: claims.Person, Role: "leader", Affiliation: "Labour"}, on("2016-02-22"), "", "", claims.Neutral, "the budget will cut school funding"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Petra Holm", Kind: claims.Person, Role: "leader", Affiliation: "Conservatives"}, on("2016-03-01"), "", "", claims.Neutral, "school funding will rise"), claims.Contradicts, "dismissed", "a#1"), claims.ByName, "his rival's claims"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a titled name and its short form, one person",
		why:  "'Arun Pillay' runs inside 'Datuk Arun Pillay Raman', the deputy minister's full name: read as two people, his U-turn set him against someone else",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Datuk Arun Pillay Raman", Kind: claims.Person, Role: "Deputy Trade Minister"}, on("2014-11-20"), "", "", claims.Neutral, "market stalls will have to charge sales tax from March",
				claims.Response{Relation: claims.Reverses, Self: true, Phrase: claims.Excerpt{Text: "U-turn"}, Answers: []string{"a#2"}, Found: claims.Told}),
			claim("a#2", "a", claims.Speaker{Name: "Arun Pillay", Kind: claims.Person}, on("2014-11-06"), "", "", claims.Neutral, "the government had no plan to tax market stalls"),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a body's initials and its name",
		why:  "'HRF Secretary' and 'Halvern Rowing Federation President' serve one federation: read as two bodies, the president's denial of the secretary's announcement was a dispute between parties",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Ravi Silva", Kind: claims.Person, Role: "HRF Secretary", Affiliation: "HRF"}, on("2024-04-26"), "", "", claims.Neutral, "the coach's contract will be extended by two years"), "contract", "extend", false, "coach", "contract", "extend", "year"),
			basedOn(answering(denying(claim("a#2", "a", claims.Speaker{Name: "Mala Perera", Kind: claims.Person, Role: "Halvern Rowing Federation President", Affiliation: "Halvern Rowing Federation"}, on("2024-04-27"), "", "", claims.Against, "the secretary's announcement")), claims.Denies, "poured cold water on", "a#1"), claims.ByName, "the secretary's announcement"),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "initials two bodies share",
		why:  "'HRF' opens both the Halvern Road Fund and the Halvern Rowing Federation in the article: which it stands for the text does not say, so its secretary is of neither; the last name met had taken it",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Anil Fernando", Kind: claims.Person, Role: "director", Affiliation: "Halvern Road Fund"}, on("2024-04-27"), "", "", claims.Neutral, "the grant was paid on Monday"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Ravi Silva", Kind: claims.Person, Role: "HRF Secretary", Affiliation: "HRF"}, on("2024-04-26"), "", "", claims.Neutral, "the coach's contract will be extended by two years"), "contract", "extend", false, "coach", "contract", "extend", "year"),
			basedOn(answering(denying(claim("a#3", "a", claims.Speaker{Name: "Mala Perera", Kind: claims.Person, Role: "Halvern Rowing Federation President", Affiliation: "Halvern Rowing Federation"}, on("2024-04-27"), "", "", claims.Against, "the secretary's announcement")), claims.Denies, "poured cold water on", "a#2"), claims.ByName, "the secretary's announcement"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#2"}, []string{"a#3"}}},
	}, {
		name: "rejecting the findings of a study",
		why:  "'dismissed the findings' answers what the study's author concluded: WordNet files 'findings' under no kind of communication, so the link to her words was read as a plan's or a thing's",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, on("2024-07-08"), "", "", claims.Neutral, "the ward had been short of staff on 40 nights"), "ward", "short", false, "ward", "staff", "night"),
			basedOn(answering(claim("a#2", "a", firm, on("2024-07-08"), "", "", claims.Against, "the findings"), claims.Rejects, "dismissed", "a#1"), claims.Definite, "the findings"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a body rejecting reports, linked to a claim of its own",
		why:  "rejecting 'the reports' answers others' words: linked to the club's own undated remark, it was read as the club reversing itself",
		in: []claims.Claim{
			basedOn(answering(claim("a#1", "a", firm, on("2024-07-08"), "", "", claims.Against, "the reports"), claims.Rejects, "rejected", "a#2"), claims.Definite, "the reports"),
			prop(claim("a#2", "a", firm, undated, "goal", "", claims.For, "the club has scored just twice in three matches"), "club", "score", false, "club", "match"),
		},
	}, {
		name: "a clarification the text says agrees",
		why:  "'clarified that the scheme would cover every centre, in line with the president's announcement' says more and takes nothing back: it was read as correcting his own first words",
		in: []claims.Claim{
			prop(claim("a#1", "a", governor, on("2024-07-08"), "medicine", "", claims.For, "free medicines will be available at all 1,614 centres from July 1"), "medicine", "available", false, "medicine", "centre", "july"),
			answering(basedOn(answering(claim("a#2", "a", governor, on("2024-07-08"), "scheme", "", claims.Against, "the scheme would cover every centre in the state, in line with the president's announcement, and not only the 12 pilot districts"), claims.Corrects, "clarified", "a#1"), claims.BySelf, ""), claims.Agrees, "in line with", "a#3"),
			prop(claim("a#3", "a", president, on("2024-07-04"), "", "", claims.Neutral, "every centre would stock the 240 drugs"), "centre", "stock", false, "centre", "drug"),
		},
	}, {
		name: "a clarification that says one's words again",
		why:  "'clarified that he never said he would resign' beside his own 'I never said I will resign', a day apart: the same denial twice, and the clarification was read as correcting it",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Ravi Nair", Kind: claims.Person, Role: "coach"}, on("2024-02-19"), "", "", claims.Neutral, "I never said I will resign"), "i", "say", true, "resign", "say"),
			basedOn(answering(prop(claim("a#2", "a", claims.Speaker{Name: "Ravi Nair", Kind: claims.Person, Role: "coach"}, on("2024-02-20"), "", "", claims.Neutral, "he never said he would resign"), "he", "say", true, "resign", "say"), claims.Corrects, "clarified", "a#1"), claims.BySelf, ""),
		},
	}, {
		name: "a rejection of another's findings that negate",
		why:  "'dismissed the regulator's findings' answers the regulator's words, whatever they negate ('had failed to report'): read as rejecting a negation, it was taken for agreement",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, on("2024-07-08"), "transfer", "", claims.Against, "the bank had failed to report 63 transfers"), "bank", "report", true, "bank", "transfer"),
			basedOn(answering(claim("a#2", "a", firm, on("2024-07-08"), "ministry", "", claims.Against, "the ministry's findings as a misreading of the law"), claims.Rejects, "dismissed", "a#1"), claims.ByName, "the ministry's findings"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "figures owned by a department its director speaks for",
		why:  "'took issue with the Health Department's figures' answers the Director of Health Services, whose body's name shares 'health', not 'department': the owner was read as a third party",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Rita Kaur", Kind: claims.Person, Role: "Director of Health Services", Affiliation: "Health Services"}, on("2024-07-05"), "", "", claims.Neutral, "14 people had died of dengue in the district"), "people", "die", false, "people", "dengue", "district"),
			basedOn(answering(claim("a#2", "a", union, on("2024-07-08"), "figure", "", claims.Against, "the Health Department's figures on dengue deaths"), claims.Contradicts, "took issue with", "a#1"), claims.ByWords, "the Health Department's figures"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a bare 'that is not true' after a negated statement",
		why:  "'That is simply not true' calls the team's 'we don't do team orders' untrue: the words are denied, whatever they negate; read as denying a negation, it passed for agreement",
		in: []claims.Claim{
			prop(claim("a#1", "a", firm, on("2024-07-07"), "", "", claims.Neutral, "We don't do team orders at this stage of the season"), "we", "do", true, "order", "season", "stage", "team"),
			basedOn(answering(claim("a#2", "a", claims.Speaker{Name: "Theo Lind", Kind: claims.Person}, on("2024-07-08"), "", "", claims.Against, "That is simply not true. I was told twice on the radio to hold position"), claims.Denies, "not true", "a#1"), claims.Definite, "That"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a body's officer clarifying in the body's words, the body called by its acronym",
		why:  "the finance director of 'Vantor Cement (VCR)' is VCR's voice: another of the body's claims gives the acronym, and 'clarified that the delay would not change spending' shares words with the body's delay; read as a correction between two parties, it was a clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Vantor Cement", Kind: claims.Organisation}, on("2024-07-08"), "plant", "", claims.For, "the start of operations at its plant to 2026"), "start", "push", false, "operation", "plant", "start"),
			claim("a#2", "a", claims.Speaker{Name: "Vantor Cement", Kind: claims.Organisation, Aliases: []string{"VCR"}}, on("2024-07-08"), "", "", claims.Neutral, "it would keep its dividend"),
			basedOn(answering(claim("a#3", "a", claims.Speaker{Name: "Lia Hart", Kind: claims.Person, Affiliation: "VCR"}, on("2024-07-08"), "delay", "", claims.Against, "the delay would not change the plant's spending this year"), claims.Corrects, "clarified", "a#1"), claims.ByWords, "the delay would not change the plant's spending this year"),
		},
	}, {
		name: "a seat of government and the head of government's spokesman",
		why:  "'Downing Street' stands for the government and speaks through the prime minister's spokesman: the two restating one line are one voice, not two parties",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Number Ten", Kind: claims.Organisation, Affiliation: "Vestria"}, on("2024-07-08"), "standard", "", claims.For, "the waiting standard remains"), "standard", "remain", false, "standard", "waiting"),
			prop(claim("a#2", "a", claims.Speaker{Name: "prime minister's official spokesman", Kind: claims.Anonymous, Role: "prime minister's official spokesman"}, on("2024-07-08"), "standard", "", claims.Against, "the waiting standard does not remain in force"), "standard", "remain", true, "standard", "waiting"),
		},
	}, {
		name: "a body and its own spokesman",
		why:  "the bank and its spokesman are one voice: what reads as opposite is a misreading unless the text sets them apart",
		in: []claims.Claim{
			prop(claim("a#1", "a", bank, undated, "", "", claims.Neutral, "rates will rise"), "rate", "rise", false, "rate", "rise"),
			prop(claim("a#2", "a", bankVoice, undated, "", "", claims.Neutral, "rates will not rise"), "rate", "rise", true, "rate", "rise"),
		},
	}, {
		name: "a body's publication and its own officer",
		why:  "the 'Caldonia Bank survey' is the bank's, and the bank's economist speaks for it: one voice, however their figures read",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Bank of Caldonia survey", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "house prices will rise"), "price", "rise", false, "house", "price", "rise"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Ada Penn", Kind: claims.Person, Affiliation: "Bank of Caldonia"}, undated, "", "", claims.Neutral, "house prices will not rise"), "price", "rise", true, "house", "price", "rise"),
		},
	}, {
		name: "an unnamed spokesman speaking of the person he speaks for",
		why:  "'a spokesman later said Mr Galloway had friends in common with her' speaks for Galloway: his denial of a report and his spokesman's account are one voice",
		in: []claims.Claim{
			answering(denying(prop(claim("a#1", "a", claims.Speaker{Name: "George Galloway", Kind: claims.Person}, undated, "", "", claims.Neutral, "an earlier report that he planned an appeal"), "he", "plan", false, "appeal", "plan", "report")), claims.Denies, "denied", "a#2"),
			named(prop(claim("a#2", "a", claims.Speaker{Name: "spokesman", Kind: claims.Anonymous, Role: "spokesman"}, undated, "", "", claims.Neutral, "Mr Galloway had friends in common with her"), "galloway", "have", false, "friend", "common"), "mr galloway"),
		},
	}, {
		name: "a negated event against a verb one step from it",
		why:  "'there will be no increase in fares' and 'fares will rise': one subject, and 'rise' is a kind of 'increase', negated on one side only",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "there will be no increase in fares next year"), "fare", "increase", true, "fare", "increase", "year"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "fares will rise by 4 per cent next year"), "fare", "rise", false, "fare", "rise", "year", "4%"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a negated event against a verb with its particle",
		why:  "a guard: 'no money was printed this week' and 'the money has been set aside this week' tell two acts; 'set' alone is one step from 'print' (to set type), 'set aside' is not",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "no money was printed this week"), "money", "print", true, "money", "print", "week"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the money has been set aside this week"), "money", "set", false, "money", "set", "aside", "week"),
		},
	}, {
		name: "a negated verb against a phrasal verb already read as one",
		why:  "'the factory did not close this week' and 'the factory was shut down this week': the extractor gives 'shut down' as the predicate, whose first letters found 'shut' again before its own particle, so the verb was read as 'shut down down' and the conflict dropped",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the factory did not close this week"), "factory", "close", true, "factory", "close", "week"),
			prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "the factory was shut down this week"), "factory", "shut down", false, "factory", "shut down", "week"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two parties' counts of one thing, one told as 'there were'",
		why:  "'41 patients were on trolleys at 8am on Tuesday' and 'at 8am on Tuesday there were 26 patients on trolleys': one count of one time, two parties, told with 'be' either way",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", union, on("2024-01-16"), "", "", claims.Neutral, "41 patients were on trolleys at the hospital on Tuesday"), "patient", "be", false, "patient", "trolley", "hospital", "41"), "tuesday"), claims.Amount{Value: 41, Unit: "patient"}),
			figured(named(prop(claim("a#2", "a", firm, on("2024-01-16"), "", "", claims.Neutral, "on Tuesday there were 26 patients on trolleys at the hospital"), "there", "patient", false, "patient", "trolley", "hospital", "26"), "tuesday"), claims.Amount{Value: 26, Unit: "patient"}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two parties' counts of what one plan does",
		why:  "'the consultation paper proposed cutting 11 posts' and 'the proposals involved the loss of four posts': one plan, told in one article, cannot do both; a union and an employer dispute it",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the consultation paper proposed cutting 11 teaching posts"), "paper", "propose", false, "paper", "propose", "cut", "post", "teaching", "11"), claims.Amount{Value: 11, Unit: "post"}),
			figured(prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "the proposals involved the loss of four teaching posts"), "proposal", "involve", false, "proposal", "involve", "loss", "post", "teaching", "four"), claims.Amount{Value: 4, Unit: "post"}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two parties' counts from two writings that are no plan",
		why:  "a guard: 'the inspection report criticised 11 teachers at the school' and 'a letter from parents thanked four teachers at the school' count two things; a report or a letter is a writing, as a paper is, but sets out no plan both speak of",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the inspection report criticised 11 teachers at the school"), "report", "criticise", false, "report", "inspection", "criticise", "teacher", "school", "11"), claims.Amount{Value: 11, Unit: "teacher"}),
			figured(prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "a letter from parents thanked four teachers at the school"), "letter", "thank", false, "letter", "parent", "thank", "teacher", "school", "four"), claims.Amount{Value: 4, Unit: "teacher"}),
		},
	}, {
		name: "a subject that points back, negated against another's",
		why:  "'these products are not safe to wear' and 'its cycle helmet is safe to wear', in one article: 'these products' points back, and may well be the helmet; one such reading was too weak to report",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "these products are not safe to wear"), "product", "safe", true, "product", "safe", "wear")
				c.Proposition.Refers = true
				return c
			}(),
			prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "its cycle helmet is safe to wear"), "helmet", "safe", false, "cycle", "helmet", "safe", "wear"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a subject that names another thing, negated against another's",
		why:  "a guard: 'the gloves are not safe to wear' and 'its cycle helmet is safe to wear' speak of two things",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the gloves are not safe to wear"), "glove", "safe", true, "glove", "safe", "wear"),
			prop(claim("a#2", "a", firm, undated, "", "", claims.Neutral, "its cycle helmet is safe to wear"), "helmet", "safe", false, "cycle", "helmet", "safe", "wear"),
		},
	}, {
		name: "two parties' counts of one thing of one place and day",
		why:  "'312 hotspots in Sumatra on Monday' and 'only 12 hotspots in Sumatra that day' cannot both be true, whoever counts",
		in: []claims.Claim{
			dated(named(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "satellite images showed 312 hotspots in Sumatra"), "image", "show", false, "312", "hotspot", "image", "satellite", "show"), "sumatra"), 312, "hotspot"),
			dated(named(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "satellites had detected only 12 hotspots in Sumatra"), "satellite", "detect", false, "12", "detect", "hotspot", "satellite"), "sumatra"), 12, "hotspot"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a count given as a limit that the other count keeps within",
		why:  "'more than 100 hotspots in Sumatra' admits '312 hotspots in Sumatra': a limit is no figure of its own, and apart by a factor of three the two were read as two counts",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "satellite images showed more than 100 hotspots in Sumatra"), "image", "show", false, "100", "hotspot", "image", "satellite", "show"), "sumatra"), claims.Amount{Value: 100, Unit: "hotspot", Bound: claims.AtLeast}),
			dated(named(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "satellites had detected 312 hotspots in Sumatra"), "satellite", "detect", false, "312", "detect", "hotspot", "satellite"), "sumatra"), 312, "hotspot"),
		},
	}, {
		name: "a limit one party sets under a negation, passed by the other's count",
		why:  "'no nurse on the ward was assigned more than five patients on any shift in June' and 'nurses on the ward were taking seven patients on a shift' cannot both be true: the negation makes 'more than five' a ceiling that seven passes",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "nurses on the ward were taking seven patients on a shift"), "nurse", "take", false, "nurse", "patient", "seven", "shift", "take", "ward"), "june"), claims.Amount{Value: 7, Unit: "patient"}),
			figured(named(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "no nurse on the ward was assigned more than five patients on any shift in June"), "nurse", "assign", true, "assign", "five", "more", "nurse", "patient", "shift", "ward"), "june"), claims.Amount{Value: 5, Unit: "patient", Bound: claims.AtLeast}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a ceiling set for one month, passed by a count of another",
		why:  "'no nurse was assigned more than five patients on any shift in june' and 'nurses were taking seven patients a shift in march' speak of two months: both can be true",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "nurses on the ward were taking seven patients a shift in march"), "nurse", "take", false, "march", "nurse", "patient", "seven", "shift", "take", "ward"), claims.Amount{Value: 7, Unit: "patient"}),
			figured(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "no nurse on the ward was assigned more than five patients on any shift in june"), "nurse", "assign", true, "assign", "five", "june", "more", "nurse", "patient", "shift", "ward"), claims.Amount{Value: 5, Unit: "patient", Bound: claims.AtLeast}),
		},
	}, {
		name: "two parties' counts of those in one state, told the same week",
		why:  "'1,800 patients were overdue for surgery' and 'fewer than 600 patients were overdue for surgery' count one standing state, given by the copula and an adjective, on days two apart: they cannot both be true",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", union, on("2023-05-02"), "", "", claims.Neutral, "more than 1,800 patients were overdue for surgery"), "patient", "overdue", false, "1,800", "overdue", "patient", "surgery"), claims.Amount{Value: 1800, Unit: "patient"}),
			figured(prop(claim("a#2", "a", ministry, on("2023-05-04"), "", "", claims.Neutral, "fewer than 600 patients were overdue for surgery"), "patient", "overdue", false, "600", "overdue", "patient", "surgery"), claims.Amount{Value: 600, Unit: "patient"}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "one count told by two parties with one verb",
		why:  "'46 people were arrested in Nakuru' and '112 people were arrested in Nakuru': one count, one verb, one place; apart by more than rounding, though not by a factor of two",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "46 people were arrested in Nakuru during the protests"), "people", "arrest", false, "46", "arrest", "people", "protest"), "nakuru"), claims.Amount{Value: 46, Unit: "people"}),
			figured(named(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "112 people were arrested in Nakuru"), "people", "arrest", false, "112", "arrest", "people", "protest"), "nakuru"), claims.Amount{Value: 112, Unit: "people"}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "one count of one named period, told on two days",
		why:  "'the shelter housed 320 dogs at the end of June', told at Monday's briefing, and 'the shelter housed 410 dogs at the end of June', told on no day the text gives: the count is of the end of June whenever it was told",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", ministry, on("2023-07-03"), "", "", claims.Neutral, "Brookfield shelter housed 320 dogs at the end of June"), "shelter", "house", false, "320", "dog", "end", "house", "june", "shelter"), "brookfield"), claims.Amount{Value: 320, Unit: "dog"}),
			figured(named(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "Brookfield shelter housed 410 dogs at the end of June"), "shelter", "house", false, "410", "dog", "end", "house", "june", "shelter"), "brookfield"), claims.Amount{Value: 410, Unit: "dog"}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two parties' shares of one named whole at one named time",
		why:  "'Arlo's network covered 88 per cent of Norland's homes in 2021' and 'Arlo's network reached 64 per cent of Norland's homes in 2021': one share of one whole, far apart",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", firm, undated, "", "", claims.Neutral, "Arlo's network covered 88 per cent of Norland's homes in 2021"), "network", "cover", false, "2021", "88", "cent", "cover", "home", "network"), "arlo", "norland"), claims.Amount{Value: 88, Unit: "%", Of: "home"}),
			figured(named(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "Arlo's network reached 64 per cent of Norland's homes in 2021"), "network", "reach", false, "2021", "64", "cent", "home", "network", "reach"), "arlo", "norland"), claims.Amount{Value: 64, Unit: "%", Of: "home"}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two parties' shares of two wholes",
		why:  "a guard: the board's '93 per cent of patients in March' and 'across Norland, 81 per cent of patients in March' are shares of two wholes, one named only on one side",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", firm, undated, "", "", claims.Neutral, "93 per cent of patients were seen within four hours in March"), "patient", "see", false, "93", "cent", "hour", "march", "patient", "see"), "march"), claims.Amount{Value: 93, Unit: "%", Of: "patient"}),
			figured(named(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "Across Norland, 81 per cent of patients were seen within four hours in March"), "patient", "see", false, "81", "cent", "hour", "march", "patient", "see"), "march", "norland"), claims.Amount{Value: 81, Unit: "%", Of: "patient"}),
		},
	}, {
		name: "two parties' own shares of one whole",
		why:  "a guard: 'its network covered 88 per cent of Norland's homes in 2021' from one operator and '… 64 per cent …' from another are two networks, each its speaker's own",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", firm, undated, "", "", claims.Neutral, "its network covered 88 per cent of Norland's homes in 2021"), "network", "cover", false, "2021", "88", "cent", "cover", "home", "network"), "norland"), claims.Amount{Value: 88, Unit: "%", Of: "home"}),
			figured(named(prop(claim("a#2", "a", rival, undated, "", "", claims.Neutral, "its network covered 64 per cent of Norland's homes in 2021"), "network", "cover", false, "2021", "64", "cent", "cover", "home", "network"), "norland"), claims.Amount{Value: 64, Unit: "%", Of: "home"}),
		},
	}, {
		name: "two parties' shares of one whole, untimed",
		why:  "a guard: 'Arlo's network covers 88 per cent of Norland's homes' and '… reaches 64 per cent …' name no time; they may be of two",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", firm, undated, "", "", claims.Neutral, "Arlo's network covers 88 per cent of Norland's homes"), "network", "cover", false, "88", "cent", "cover", "home", "network"), "arlo", "norland"), claims.Amount{Value: 88, Unit: "%", Of: "home"}),
			figured(named(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "Arlo's network reaches 64 per cent of Norland's homes"), "network", "reach", false, "64", "cent", "home", "network", "reach"), "arlo", "norland"), claims.Amount{Value: 64, Unit: "%", Of: "home"}),
		},
	}, {
		name: "two parties' near shares of one whole at one time",
		why:  "a guard: 88 and 86 per cent of Norland's homes in 2021 are within five points, as two measures of one coverage may be",
		in: []claims.Claim{
			figured(named(prop(claim("a#1", "a", firm, undated, "", "", claims.Neutral, "Arlo's network covered 88 per cent of Norland's homes in 2021"), "network", "cover", false, "2021", "88", "cent", "cover", "home", "network"), "arlo", "norland"), claims.Amount{Value: 88, Unit: "%", Of: "home"}),
			figured(named(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "Arlo's network reached 86 per cent of Norland's homes in 2021"), "network", "reach", false, "2021", "86", "cent", "home", "network", "reach"), "arlo", "norland"), claims.Amount{Value: 86, Unit: "%", Of: "home"}),
		},
	}, {
		name: "one count of two periods",
		why:  "'4,500 dwellings approved in the three years to June' and '1,200 dwellings approved in 2020': one names a year the other does not, so they may count two periods",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "4,500 dwellings had been approved in the three years to June"), "dwelling", "approve", false, "4,500", "approve", "dwelling", "year"), claims.Amount{Value: 4500, Unit: "dwelling"}),
			figured(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "1,200 dwellings had been approved in 2020"), "dwelling", "approve", false, "1,200", "2020", "approve", "dwelling"), claims.Amount{Value: 1200, Unit: "dwelling"}),
		},
	}, {
		name: "a level and a change of one quantity",
		why:  "'lending stood at £17.9bn' and 'lending rose by £4bn' give the level and its change: no clash",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "gross mortgage lending stood at £17.9bn"), "lending", "stand", false, "lending", "mortgage", "stand"), claims.Amount{Value: 17.9e9, Unit: "£", Of: "lending"}),
			figured(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "mortgage lending rose by £4bn"), "lending", "rise", false, "lending", "mortgage", "rise"), claims.Amount{Value: 4e9, Unit: "£", Of: "lending", Change: true}),
		},
	}, {
		name: "a level is no standing against a fall",
		why:  "'the backlog stood at 900 cases' and, a month before, 'the backlog would fall below 800': WordNet's 'stand' and 'fall' are opposites of posture, not of a figure's level",
		in: []claims.Claim{
			figured(objected(prop(claim("a#1", "a", ministry, on("2023-06-02"), "", "", claims.Neutral, "the backlog stood at 900 cases at the end of May"), "backlog", "stand", false, "backlog", "case", "end", "stand"), "case", "end", "may"), claims.Amount{Value: 900, Unit: "case"}),
			figured(prop(claim("a#2", "a", ministry, on("2023-05-02"), "", "", claims.Neutral, "the backlog would fall below 800 by the end of the year"), "backlog", "fall", false, "backlog", "end", "fall", "year"), claims.Amount{Value: 800, Of: "backlog"}),
		},
	}, {
		name: "a level is no holding against a blocking",
		why:  "'the silos were holding 40,000 tonnes' and 'the silos are busy, not blocked': WordNet relates 'hold' and 'block', but a level with its figure is set against figures, not negated by a kin verb",
		in: []claims.Claim{
			figured(objected(prop(claim("a#1", "a", ministry, on("2023-06-02"), "", "", claims.Neutral, "the silos were holding 40,000 tonnes of grain"), "silo", "hold", false, "40,000", "grain", "hold", "silo", "tonne"), "tonne", "grain"), claims.Amount{Value: 40000, Unit: "tonne"}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", union, on("2023-06-02"), "", "", claims.Neutral, "the silos are busy, not blocked"), "silo", "busy", false, "block", "busy", "silo")
				c.Proposition.More = []claims.Clause{{Subject: "silo", Predicate: "block", Negated: true, Modality: claims.Asserted, Tense: claims.Present}}
				return c
			}(),
		},
	}, {
		name: "one voice's two figures for one measure, not the first figure of each",
		why:  "'revenue of €6.8bn and a margin of 14%' against 'a margin of 12%': the margins are set against each other, whatever figure each content gives first",
		in: []claims.Claim{
			figured(prop(claim("a#1", "a", claims.Speaker{Name: "Laila Haddad", Kind: claims.Person, Role: "finance minister"}, on("2024-11-04"), "", "", claims.Neutral, "the state firm will keep revenue of about €6.8 billion and an operating margin of 14% this year"), "firm", "keep", false, "firm", "keep", "margin", "revenue", "state"),
				claims.Amount{Value: 6.8e9, Unit: "€", Of: "revenue"}, claims.Amount{Value: 14, Unit: "%", Of: "margin"}),
			figured(prop(claim("a#2", "a", claims.Speaker{Name: "Omar Nassif", Kind: claims.Person, Role: "deputy finance minister"}, on("2024-11-05"), "", "", claims.Neutral, "the state firm will reach an operating margin of only 12% this year"), "firm", "reach", false, "firm", "margin", "reach", "state"), claims.Amount{Value: 12, Unit: "%", Of: "margin"}),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "no layoffs, says the chief executive; 650 positions will go, says her finance chief",
		why:  "'there will be no layoffs' and 'we will eliminate about 650 positions' speak of one cut of staff in other words; two executives of one company, whom the article gives no two employers",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Dana Roe", Kind: claims.Person, Role: "chief executive"}, on("2024-11-04"), "", "", claims.Neutral, "there will be no layoffs this year"), "there", "layoff", true, "layoff", "year"),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Raj Mehta", Kind: claims.Person, Role: "chief financial officer"}, on("2024-11-06"), "", "", claims.Neutral, "we will eliminate about 650 positions by the middle of next year"), "we", "eliminate", false, "eliminate", "position", "year")
				c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense = []string{"position", "year"}, claims.Predicted, claims.Future
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "no nurse will lose their job, says the chair; the hospital will send layoff letters to nurses, says its director",
		why:  "'lose their job' is a cut in staff, and so is sending 'layoff letters'; the two name one kind of worker, nurses, at one body both speak of, the hospital, though neither speaker is given a body",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "Ann Dale", Kind: claims.Person, Role: "board chair"}, on("2024-05-06"), "", "", claims.Neutral, "no nurse at this hospital will lose their job"), "nurse", "lose", true, "hospital", "job", "lose", "nurse")
				c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense = []string{"job"}, claims.Predicted, claims.Future
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Tom Price", Kind: claims.Person, Role: "director of nursing"}, on("2024-05-07"), "", "", claims.Neutral, "the hospital will send layoff letters to nine nurses"), "hospital", "send", false, "hospital", "letter", "nine", "nurse", "send")
				c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense = []string{"letter", "nurse"}, claims.Predicted, claims.Future
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}}}, {
		name: "no nurse will lose their job, says the chair; an agency will send layoff letters to nurses",
		why:  "a guard, the twin of the row before: one kind of worker named on both sides is not enough between two parties; with no body both speak of, the agency's nurses need not be the hospital's",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "Ann Dale", Kind: claims.Person, Role: "board chair"}, on("2024-05-06"), "", "", claims.Neutral, "no nurse at this hospital will lose their job"), "nurse", "lose", true, "hospital", "job", "lose", "nurse")
				c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense = []string{"job"}, claims.Predicted, claims.Future
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Tom Price", Kind: claims.Person, Role: "director"}, on("2024-05-07"), "", "", claims.Neutral, "the agency will send layoff letters to nine nurses"), "agency", "send", false, "agency", "letter", "nine", "nurse", "send")
				c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense = []string{"letter", "nurse"}, claims.Predicted, claims.Future
				return c
			}(),
		},
	}, {
		name: "no jobs will go, says the chief executive; weeks later he cuts 90 jobs",
		why:  "jobs that 'will go' disappear, a cut in staff as much as 'we will cut 90 jobs': one chief executive, who denied the cut for the year and then announced it within it, reverses himself",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ray Moss", Kind: claims.Person, Role: "chief executive"}, on("2024-09-02"), "", "", claims.Neutral, "no jobs will go at the plant this year"), "job", "go", true, "go", "job", "plant", "year"), []string{"plant", "year"}, claims.Period{From: claims.NewDate(2024, 1, 1), To: claims.NewDate(2024, 12, 31)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ray Moss", Kind: claims.Person, Role: "chief executive"}, on("2024-10-14"), "", "", claims.Neutral, "the company would cut 90 jobs from its paint line by December 20"), "company", "cut", false, "company", "cut", "job", "line", "paint"), []string{"job", "line"}, claims.Period{From: claims.NewDate(2024, 12, 20), To: claims.NewDate(2024, 12, 20)}),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "the offer raises wages, says the company; it freezes them, says the union",
		why:  "what an offer 'raises' or 'freezes' in the present tense is what it will do: the company's 'our proposal' and the union's 'the offer' are one plan, whose wages cannot both rise and stay put",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", hart, on("2024-09-04"), "", "", claims.Neutral, "Our proposal raises wages in every year of the agreement"), "proposal", "raise", false, "agreement", "proposal", "raise", "wage", "year"), "wage", "year", "agreement"),
			objected(prop(claim("a#2", "a", fisk, on("2024-09-04"), "", "", claims.Neutral, "the offer freezes wages for the first two years"), "offer", "freeze", false, "freeze", "offer", "wage", "year"), "wage", "year"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "our proposal raises wages, says the company; their offer freezes them, says the union",
		why:  "'their offer' from the union is the company's, the one the company calls 'our proposal': a third-person owner may be the other speaker, and tells of no second plan",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", hart, on("2024-09-04"), "", "", claims.Neutral, "Our proposal raises wages in every year of the agreement"), "proposal", "raise", false, "agreement", "proposal", "raise", "wage", "year"), "wage", "year", "agreement"),
			objected(prop(claim("a#2", "a", fisk, on("2024-09-04"), "", "", claims.Neutral, "their offer freezes wages for the first two years"), "offer", "freeze", false, "freeze", "offer", "wage", "year"), "wage", "year"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "our plan freezes fees, says one party; our plan raises them, says the other",
		why:  "a guard: two parties each telling what their own plan does tell of two plans, which may differ",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", claims.Speaker{Name: "Dale Hart", Kind: claims.Person, Role: "party leader"}, on("2024-09-04"), "", "", claims.Neutral, "our plan freezes tuition fees"), "plan", "freeze", false, "fee", "freeze", "plan", "tuition"), "fee"),
			objected(prop(claim("a#2", "a", claims.Speaker{Name: "Mona Fisk", Kind: claims.Person, Role: "party leader"}, on("2024-09-04"), "", "", claims.Neutral, "our plan raises tuition fees to pay for more places"), "plan", "raise", false, "fee", "pay", "place", "plan", "raise", "tuition"), "fee", "place"),
		},
	}, {
		name: "shifts went unfilled, says the union; every shift was filled, says the hospital",
		why:  "'unfilled' is 'un' and the participle of 'fill': opposites said of one subject in one month, by two parties of one article",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "the union", Kind: claims.Anonymous, Role: "union"}, on("2024-04-10"), "", "", claims.Neutral, "43 nurse shifts on the wards went unfilled in March"), "shift", "unfilled", false, "43", "march", "nurse", "shift", "unfilled", "ward")
				c.Proposition.Objects, c.Proposition.Tense = []string{"march"}, claims.Past
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Ada Lund", Kind: claims.Person, Role: "chief nursing officer"}, on("2024-04-10"), "", "", claims.Neutral, "every nurse shift on the wards was filled in March"), "shift", "fill", false, "fill", "march", "nurse", "shift", "ward")
				c.Proposition.Objects, c.Proposition.Tense = []string{"march"}, claims.Past
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "no increase in charges, says the chief executive; two months on, the fee will rise",
		why:  "a fee is a kind of charge: one speaker who denied any increase in charges through next year and then says the fee will rise from January reverses himself",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ray Moss", Kind: claims.Person, Role: "chief executive"}, on("2024-09-02"), "", "", claims.Neutral, "there would be no increase in charges this year or next"), "charge", "increase", true, "charge", "increase", "next"), []string{"charge", "year"}, claims.Period{From: claims.NewDate(2024, 1, 1), To: claims.NewDate(2025, 12, 31)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ray Moss", Kind: claims.Person, Role: "chief executive"}, on("2024-11-26"), "", "", claims.Neutral, "the fee on fish sold through the market would rise from January 7"), "fee", "rise", false, "fee", "fish", "market", "rise", "sell"), []string{"january"}, claims.Period{From: claims.NewDate(2025, 1, 7)}),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "the track open by April, says one official; it reopens from August, says another",
		why:  "'open' and 'reopen' are one event, the track opening again: one article sets it by the end of April and not before August",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Lea Bain", Kind: claims.Person, Role: "cabinet member"}, on("2024-02-06"), "", "", claims.Neutral, "the new track would be open by the end of April"), "track", "open", false, "open", "track"), []string{"end", "april"}, claims.Period{To: claims.NewDate(2024, 4, 30)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ian Coult", Kind: claims.Person, Role: "assistant director"}, on("2024-02-07"), "", "", claims.Neutral, "the track would not reopen until August at the earliest"), "track", "reopen", false, "reopen", "track"), []string{"august"}, claims.Period{From: claims.NewDate(2024, 8, 1)}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "the president will sign the bill by April, says his spokeswoman; he will not resign before August, says the party chairman",
		why:  "a guard: 'resign' is no 'sign' again, as 'reopen' is 'open' again: two events, whose times need not meet",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Lea Bain", Kind: claims.Person, Role: "spokeswoman"}, on("2024-02-06"), "", "", claims.Neutral, "the president would sign the bill by the end of April"), "president", "sign", false, "bill", "president", "sign"), []string{"bill", "end", "april"}, claims.Period{To: claims.NewDate(2024, 4, 30)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ian Coult", Kind: claims.Person, Role: "party chairman"}, on("2024-02-07"), "", "", claims.Neutral, "the president would not resign until August at the earliest"), "president", "resign", false, "president", "resign"), []string{"august"}, claims.Period{From: claims.NewDate(2024, 8, 1)}),
		},
	}, {
		name: "no new taxes, says the minister; collect taxes already on the books, says her colleague",
		why:  "a guard: 'there are no new taxes' denies only new ones; taxes 'already on the books' are old ones, which it leaves there",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Uma Haddad", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Jordan"}, on("2012-12-02"), "", "", claims.Neutral, "there are no new taxes on basic goods in the draft budget"), "there", "tax", true, "budget", "draft", "good", "new", "tax"), []string{"good", "budget"}, claims.Period{}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Sami Khatib", Kind: claims.Person, Role: "minister of state", Affiliation: "Government of Jordan"}, on("2012-12-03"), "", "", claims.Neutral, "the government would instead focus on collecting taxes already on the books"), "government", "focus", false, "book", "collect", "focus", "government", "tax")
				c.Proposition.Objects, c.Proposition.Modality, c.Proposition.Tense = []string{"tax", "book"}, claims.Predicted, claims.Future
				return c
			}(),
		},
	}, {
		name: "no new taxes, says the minister; taxes already on the books will be collected, says her colleague",
		why:  "a guard, as above, with the taxes the sentence's first word: a mention at the start had been taken for none",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Uma Haddad", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Jordan"}, on("2012-12-02"), "", "", claims.Neutral, "there are no new taxes on basic goods in the draft budget"), "there", "tax", true, "budget", "draft", "good", "new", "tax"), []string{"good", "budget"}, claims.Period{}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Sami Khatib", Kind: claims.Person, Role: "minister of state", Affiliation: "Government of Jordan"}, on("2012-12-03"), "", "", claims.Neutral, "taxes already on the books would be collected in full"), "tax", "collect", false, "book", "collect", "full", "tax"), []string{"book"}, claims.Period{}),
		},
	}, {
		name: "a rate held, says the governor; a cut this year, says a board member",
		why:  "'will keep its benchmark rate unchanged' and 'I expect us to lower the rate' say of one quantity that it stays and that it moves, both ahead: two officials of one bank at odds",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Nadia Ferro", Kind: claims.Person, Role: "governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the central bank will keep its benchmark rate unchanged for the rest of the year"), "bank", "keep", false, "bank", "benchmark", "keep", "rate", "unchanged"), []string{"rate", "year"}, claims.Period{}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Ilse Marr", Kind: claims.Person, Role: "board member", Affiliation: "Bank of Valdora"}, on("2024-11-05"), "", "", claims.Neutral, "I expect us to lower the rate by 25 basis points this year"), "we", "lower", false, "basis", "expect", "lower", "rate")
				c.Proposition.Objects, c.Proposition.Modality = []string{"rate", "point", "year"}, claims.Predicted
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "'will hold its rate', with no word of stasis, against a cut",
		why:  "'hold' holds its object where it is on its own, as 'freeze' does: 'hold' is also a word of stasis ('on hold'), and read as one it made the bank, not the rate, what is held",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Nadia Ferro", Kind: claims.Person, Role: "governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the bank will hold its rate this year"), "bank", "hold", false, "bank", "hold", "rate"), []string{"rate", "year"}, claims.Period{}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ilse Marr", Kind: claims.Person, Role: "board member", Affiliation: "Bank of Valdora"}, on("2024-11-05"), "", "", claims.Neutral, "I expect us to cut the rate this year"), "we", "cut", false, "cut", "expect", "rate"), []string{"rate", "year"}, claims.Period{}),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "'will keep its rate at 6%' against a cut",
		why:  "a level given for what is kept ('keep its benchmark rate at 6% this month') holds it as 'unchanged' would; 'keep its promise' has no such figure",
		in: []claims.Claim{
			figured(ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Nadia Ferro", Kind: claims.Person, Role: "deputy governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the bank would keep its benchmark rate at 6% this month"), "bank", "keep", false, "6%", "bank", "benchmark", "keep", "rate"), []string{"benchmark", "rate", "6%", "month"}, claims.Period{}), claims.Amount{Value: 6, Unit: "%", Of: "rate"}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ilse Marr", Kind: claims.Person, Role: "deputy governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the board would lower the benchmark rate at Thursday's meeting"), "board", "lower", false, "benchmark", "board", "lower", "meeting", "rate"), []string{"rate", "meeting"}, claims.Period{}),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "'the fare will stay at $4.20' against a rise",
		why:  "a figure after 'stay at' is the level held, as 'unchanged' would say: the fare stays where it is, and a rise in April moves it",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Dan Ortiz", Kind: claims.Person, Role: "chief executive", Affiliation: "Harbour Ferries"}, on("2023-02-14"), "", "", claims.Neutral, "the adult fare would stay at $4.20 from April"), "fare", "stay", false, "$4.20", "adult", "fare", "stay", "april"), []string{"april"}, claims.Period{}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Lena Moss", Kind: claims.Person, Role: "finance director", Affiliation: "Harbour Ferries"}, on("2023-02-14"), "", "", claims.Neutral, "the adult fare would go up in April"), "fare", "go up", false, "adult", "fare", "go up", "april"), []string{"april"}, claims.Period{}),
		},
		want: []conflictShape{{claims.BetweenOfficials, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "'the fare will stay the main complaint' beside a figure, against a rise",
		why:  "a guard: the figure is the ticket's, given 'at' further on; what stays is no level but a complaint, and a rise does not undo it",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Dan Ortiz", Kind: claims.Person, Role: "chief executive", Affiliation: "Harbour Ferries"}, on("2023-02-14"), "", "", claims.Neutral, "the adult fare would stay the main complaint, with a ticket at $4.20"), "fare", "stay", false, "$4.20", "adult", "complaint", "fare", "stay", "ticket"), []string{"complaint", "ticket"}, claims.Period{}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Lena Moss", Kind: claims.Person, Role: "finance director", Affiliation: "Harbour Ferries"}, on("2023-02-14"), "", "", claims.Neutral, "the adult fare would go up in April"), "fare", "go up", false, "adult", "fare", "go up", "april"), []string{"april"}, claims.Period{}),
		},
	}, {
		name: "'will keep its pledge to bring the rate to 5%' against a cut",
		why:  "a guard: what is kept is the pledge; the rate's 5% is where it is to be brought, no level held, and a cut agrees with it",
		in: []claims.Claim{
			figured(ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Nadia Ferro", Kind: claims.Person, Role: "deputy governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the bank would keep its pledge to bring the benchmark rate to 5% by December"), "bank", "keep", false, "5%", "bank", "benchmark", "bring", "keep", "pledge", "rate"), []string{"pledge", "rate", "december"}, claims.Period{}), claims.Amount{Value: 5, Unit: "%", Of: "rate"}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ilse Marr", Kind: claims.Person, Role: "deputy governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the board would lower the benchmark rate at Thursday's meeting"), "board", "lower", false, "benchmark", "board", "lower", "meeting", "rate"), []string{"rate", "meeting"}, claims.Period{}),
		},
	}, {
		name: "two channels' opposite reports of one occasion",
		why:  "one chief executive, one press conference: 'the plant would close by the end of 2025' as one paper reports him, 'the plant would remain part of the network' as another does; to close and to remain cannot both hold",
		in: []claims.Claim{
			via(ahead(named(prop(claim("a#1", "a", claims.Speaker{Name: "Jorg Hallen", Kind: claims.Person, Role: "chief executive", Affiliation: "Velmar"}, on("2024-06-11"), "", "", claims.Neutral, "the plant in Zwickau would close by the end of 2025"), "plant", "close", false, "2025", "close", "end", "plant"), "zwickau"), []string{"end"}, claims.Period{}), "Handelsblatt"),
			via(ahead(named(prop(claim("a#2", "a", claims.Speaker{Name: "Jorg Hallen", Kind: claims.Person, Role: "chief executive", Affiliation: "Velmar"}, on("2024-06-11"), "", "", claims.Neutral, "the Zwickau plant would remain part of the network"), "plant", "remain", false, "network", "plant", "remain"), "zwickau"), []string{"part", "network"}, claims.Period{}), "Frankfurter Allgemeine Zeitung"),
		},
		want: []conflictShape{{claims.BetweenOutlets, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a quantity that fell and remained high",
		why:  "a guard: 'the index fell to 95.5' and 'the index remained at a relatively high level' are both true; to remain is no going on against a fall",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, on("2024-06-11"), "", "", claims.Neutral, "the index fell to 95.5 in February"), "index", "fall", false, "95.5", "fall", "index"),
			prop(claim("a#2", "a", union, on("2024-06-11"), "", "", claims.Neutral, "the index remained at a relatively high level"), "index", "remain", false, "high", "index", "level", "remain"),
		},
	}, {
		name: "a rate held so far, and a cut to come",
		why:  "'has held the rate since April' tells what was done; a cut expected later does not undo it",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "Nadia Ferro", Kind: claims.Person, Role: "governor", Affiliation: "Bank of Valdora"}, on("2024-11-04"), "", "", claims.Neutral, "the bank has held its rate unchanged since April"), "bank", "hold", false, "bank", "hold", "rate", "unchanged", "april")
				c.Proposition.Objects, c.Proposition.Tense = []string{"rate", "april"}, claims.Past
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Ilse Marr", Kind: claims.Person, Role: "board member", Affiliation: "Bank of Valdora"}, on("2024-11-05"), "", "", claims.Neutral, "I expect us to lower the rate by 25 basis points this year"), "we", "lower", false, "basis", "expect", "lower", "rate")
				c.Proposition.Objects, c.Proposition.Modality = []string{"rate", "point", "year"}, claims.Predicted
				return c
			}(),
		},
	}, {
		name: "two companies' executives on their own staff",
		why:  "Ford's chief executive cuts 1,000 jobs and GM's says it has no plans for layoffs: two employers, no clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Dana Roe", Kind: claims.Person, Role: "chief executive", Affiliation: "GM"}, on("2024-11-04"), "", "", claims.Neutral, "it had no plans for layoffs"), "it", "have", true, "layoff", "plan"),
			objected(prop(claim("a#2", "a", claims.Speaker{Name: "Raj Mehta", Kind: claims.Person, Role: "chief executive", Affiliation: "Ford"}, on("2024-11-04"), "", "", claims.Neutral, "Ford will cut 1,000 jobs"), "ford", "cut", false, "cut", "job"), "job"),
		},
	}, {
		name: "a claim dismissed is no cut of staff",
		why:  "'dismissed the claims as nonsense' and 'there will be no layoffs': 'dismiss' ends employment only with staff, or nothing, for its object",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Dana Roe", Kind: claims.Person, Role: "chief executive"}, on("2024-11-04"), "", "", claims.Neutral, "there will be no layoffs this year"), "there", "layoff", true, "layoff", "year"),
			objected(prop(claim("a#2", "a", claims.Speaker{Name: "Raj Mehta", Kind: claims.Person, Role: "chief financial officer"}, on("2024-11-04"), "", "", claims.Neutral, "the board dismissed the claims this year"), "board", "dismiss", false, "board", "claim", "dismiss", "year"), "claim", "year"),
		},
	}, {
		name: "a company that will not lose its position is no cut of staff",
		why:  "a guard: 'the bank will not lose its position in Asia' and its finance chief's 'we will cut 300 jobs in Asia': a post, a position or a role lost is a job only when workers lose it; a body that loses its position loses standing",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", claims.Speaker{Name: "Dana Roe", Kind: claims.Person, Role: "chief executive"}, on("2024-11-04"), "", "", claims.Neutral, "the bank will not lose its position in Asia"), "bank", "lose", true, "bank", "lose", "position"), "position"),
			objected(prop(claim("a#2", "a", claims.Speaker{Name: "Raj Mehta", Kind: claims.Person, Role: "chief financial officer"}, on("2024-11-04"), "", "", claims.Neutral, "we will cut 300 jobs in Asia"), "we", "cut", false, "cut", "job"), "job"),
		},
	}, {
		name: "a limited effect is no cut of staff",
		why:  "'the effect on exports will be limited' beside a denial that tariffs will bring layoffs: WordNet counts 'effect' (a law's force) as a force, so the effect limited was read as a workforce cut",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", claims.Speaker{Name: "Dana Roe", Kind: claims.Person, Role: "trade minister"}, on("2024-11-04"), "", "", claims.Neutral, "the effect on exports will be limited"), "effect", "limit", false, "effect", "export", "limit"), "effect"),
			func() claims.Claim {
				c := denying(prop(claim("a#2", "a", claims.Speaker{Name: "Raj Mehta", Kind: claims.Person, Role: "deputy trade minister"}, on("2024-11-04"), "", "", claims.Against, "concerns that the tariffs would trigger layoffs"), "tariff", "trigger", false, "concern", "tariff", "trigger", "layoff"))
				c.Proposition.Objects = []string{"layoff"}
				return c
			}(),
		},
	}, {
		name: "talks said to have collapsed and to be continuing",
		why:  "'the talks have collapsed' and 'the talks are continuing': one subject said to have stopped and to go on, which WordNet's senses of the two verbs say",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the talks with the union had collapsed"), "talk", "collapse", false, "collapse", "talk", "union"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the talks with the union were continuing"), "talk", "continue", false, "continue", "talk", "union"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a recovery interrupted and one that should continue",
		why:  "'should continue' is a hope, not a report that it goes on: no clash with 'has been interrupted'",
		in: []claims.Claim{
			prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the recovery has been interrupted by the oil shock"), "recovery", "interrupt", false, "interrupt", "oil", "recovery", "shock"),
			func() claims.Claim {
				c := prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the recovery should continue"), "recovery", "continue", false, "continue", "recovery")
				c.Proposition.Modality = claims.Necessary
				return c
			}(),
		},
	}, {
		name: "a thing one side acts on, and the other's subject",
		why:  "'the council will shut the depot in May' and 'the depot will stay open': what one will shut is what the other says stays open, though their subjects differ",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the council will shut the bus depot in May"), "council", "close", false, "bus", "close", "council", "depot", "may"), []string{"bus", "depot", "may"}, claims.Period{}),
			ahead(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the bus depot would remain open"), "depot", "open", false, "bus", "depot", "open", "remain"), nil, claims.Period{}),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a passive's agent, and the same agent acting",
		why:  "'the striker has not been cleared by the club doctors' and 'the club doctors cleared him': one act told in either voice, denied and asserted; the doctors are the one's agent and the other's subject",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the striker has not been cleared by the club doctors"), "striker", "clear", true, "clear", "club", "doctor", "striker"), "club", "doctor"),
			prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the club doctors cleared him"), "doctor", "clear", false, "clear", "club", "doctor"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "two acts, each side's subject the other's object",
		why:  "a guard: 'the union has not attacked the government' and 'the government attacked the union' are two acts, one by each: what one acts on is the other's subject only because the roles are swapped",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the union has not attacked the government"), "union", "attack", true, "attack", "government", "union"), "government"),
			objected(prop(claim("a#2", "a", paper, undated, "", "", claims.Neutral, "the government attacked the union"), "government", "attack", false, "attack", "government", "union"), "union"),
		},
	}, {
		name: "a passive, and its agent acting on its subject by name",
		why:  "'the striker has not been cleared by the doctors', read as the extractor does (the passive's objects open with its subject), and 'the doctors cleared the striker': the doctors act on the striker, who undergoes the passive; one act, not two with roles swapped",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the striker has not been cleared by the doctors"), "striker", "clear", true, "clear", "doctor", "striker"), "striker", "doctor"),
			objected(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the doctors cleared the striker"), "doctor", "clear", false, "clear", "doctor", "striker"), "striker"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "what one acts on, said in another mode by the other",
		why:  "a guard: 'the homes would be affordable' (a forecast) and 'buyers could not afford a home in most towns' (an ability): a home acted on and a subject, but said in two modes, of two sets of homes",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "the new homes would be affordable"), "home", "affordable", false, "affordable", "home", "new"), nil, claims.Period{}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "first-time buyers could not afford a home in most towns"), "buyer", "afford", true, "afford", "buyer", "home", "town")
				c.Proposition.Objects, c.Proposition.Modality = []string{"home", "town"}, claims.Possible
				return c
			}(),
		},
	}, {
		name: "a question, and an answer to it",
		why:  "a guard: 'sparred over whether prosecutors had ever offered him a deal' asks, and asserts nothing against 'prosecutors never offered him a deal'",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "prosecutors never offered him a deal"), "prosecutor", "offer", true, "deal", "offer", "prosecutor"), "deal"),
			func() claims.Claim {
				c := prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "over whether prosecutors had ever offered him a deal"), "prosecutor", "offer", false, "deal", "offer", "prosecutor")
				c.Proposition.Objects, c.Proposition.Modality = []string{"deal"}, claims.Asked
				return c
			}(),
		},
	}, {
		name: "no job losses, then roles cut",
		why:  "one chief executive: in March 'this review will not result in job losses', in August 'we need to reduce roles by 350'; a decrease with 'job' in its words is a cut in staff, and firms count jobs as roles",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", chief, on("2024-03-05"), "", "", claims.Neutral, "this review will not result in job losses"), "review", "result", true, "job", "loss", "result", "review"), []string{"loss"}, claims.Period{}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", chief, on("2024-08-20"), "", "", claims.Neutral, "the review has shown that we need to reduce roles in our head office by 350"), "review", "show", false, "350", "head", "need", "office", "reduce", "review", "role", "show")
				c.Proposition.More = []claims.Clause{{Subject: "we", Predicate: "reduce", Modality: claims.Necessary, Tense: claims.Present, Objects: []string{"role", "office"}}}
				return c
			}(),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "no loss of jobs, then roles cut",
		why:  "the row above with the jobs after the decrease: 'will not result in any loss of jobs' is the same promise",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", chief, on("2024-03-05"), "", "", claims.Neutral, "this review will not result in any loss of jobs"), "review", "result", true, "job", "loss", "result", "review"), []string{"loss", "job"}, claims.Period{}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", chief, on("2024-08-20"), "", "", claims.Neutral, "the review has shown that we need to reduce roles in our head office by 350"), "review", "show", false, "350", "head", "need", "office", "reduce", "review", "role", "show")
				c.Proposition.More = []claims.Clause{{Subject: "we", Predicate: "reduce", Modality: claims.Necessary, Tense: claims.Present, Objects: []string{"role", "office"}}}
				return c
			}(),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "no pay cuts for staff, then jobs cut",
		why:  "a guard: 'staff would face no pay cuts' speaks of pay, not of jobs, though 'staff' is among its words; it says nothing against 'we will cut 300 jobs'",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", chief, on("2024-03-05"), "", "", claims.Neutral, "staff would face no pay cuts"), "staff", "face", true, "cut", "face", "pay", "staff"), []string{"cut"}, claims.Period{}),
			ahead(prop(claim("a#2", "a", chief, on("2024-08-20"), "", "", claims.Neutral, "we will cut 300 jobs"), "we", "cut", false, "300", "cut", "job"), []string{"job"}, claims.Period{}),
		},
	}, {
		name: "no layoffs, and a question of layoffs",
		why:  "a guard: 'there would be no layoffs' and, later, 'would not say whether staff would be laid off': the question asserts no cut in staff",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", chief, on("2024-03-05"), "", "", claims.Neutral, "there would be no layoffs"), "there", "layoff", true, "layoff"), nil, claims.Period{}),
			func() claims.Claim {
				c := ahead(prop(claim("a#2", "a", chief, on("2024-08-20"), "", "", claims.Neutral, "whether staff would be laid off"), "staff", "lay off", false, "lay", "staff"), []string{"staff"}, claims.Period{})
				c.Proposition.Modality = claims.Asked
				return c
			}(),
		},
	}, {
		name: "rates held, and a question of a cut",
		why:  "a guard: 'the bank would keep rates unchanged in June' and 'asked whether the bank would cut rates in June': the question says no rate will move",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "the bank would keep rates unchanged in June"), "bank", "keep", false, "bank", "keep", "rate", "unchanged"), []string{"rate", "june"}, claims.Period{}),
			func() claims.Claim {
				c := ahead(prop(claim("a#2", "a", deputy, undated, "", "", claims.Neutral, "whether the bank would cut rates in June"), "bank", "cut", false, "bank", "cut", "rate"), []string{"rate", "june"}, claims.Period{})
				c.Proposition.Modality = claims.Asked
				return c
			}(),
		},
	}, {
		name: "no such thing, and the thing accepted",
		why:  "'there was no offer for the striker' and 'the club accepted an offer for the striker': one says the offer does not exist, the other speaks of it as there, for the same player",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "there was no offer for the striker"), "there", "offer", true, "offer", "striker"), "striker"),
			objected(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "it had accepted an offer for the striker"), "it", "accept", false, "accept", "offer", "striker"), "offer", "striker"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.5, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "no such thing in one year, and the thing some day",
		why:  "'there will be no GST in 2011' and 'GST will be introduced when the time is right' agree: the denial is bound to a year the other leaves open",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "there will be no GST in 2011"), "there", "gst", true, "2011", "gst"), "2011"),
			objected(prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "GST would be introduced when the time is right"), "gst", "introduce", false, "gst", "introduce", "right", "time"), "gst"),
		},
	}, {
		name: "no such thing of one kind, and things of another",
		why:  "'there have been no attacks involving gigabytes of data' and 'sites suffering attacks are in data centres': the attacks denied are those of gigabytes, which the other does not speak of",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "there have been no attacks involving gigabytes of data"), "there", "attack", true, "attack", "data", "gigabyte", "involve"), "gigabyte", "data"),
			objected(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "the sites suffering attacks are in data centres"), "site", "suffer", false, "attack", "centre", "data", "site", "suffer"), "attack", "data", "centre"),
		},
	}, {
		name: "two parties' counts of two places",
		why:  "'80 million new users in India' and '178 million in China' count different things: no clash",
		in: []claims.Claim{
			dated(named(prop(claim("a#1", "a", ministry, undated, "", "", claims.Neutral, "there will be 80 million new PC users in India by 2010"), "user", "be", false, "80", "user", "pc", "new"), "india"), 80e6, "user"),
			dated(named(prop(claim("a#2", "a", union, undated, "", "", claims.Neutral, "China will add 178 million new PC users by 2010"), "china", "add", false, "178", "user", "pc", "new"), "china"), 178e6, "user"),
		},
	}, {
		name: "what happened and a forecast",
		why:  "prices rose last year, one party says; they will fall, says another: two times, no clash",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "house prices rose last year"), "price", "rise", false, "house", "price", "rise")
				c.Proposition.Tense = claims.Past
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "house prices will fall"), "price", "fall", false, "house", "price", "fall")
				c.Proposition.Modality, c.Proposition.Tense = claims.Predicted, claims.Future
				return c
			}(),
		},
	}, {
		name: "two speakers each saying what they have done",
		why:  "'I've won it four times' and 'I've never played a top-10 player' have two subjects: the contracted 'I' of each speaker is a pronoun, not one subject",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Tom Vale", Kind: claims.Person}, undated, "", "", claims.Neutral, "I've played this tournament four times"), "i've", "play", false, "i've", "play", "tournament"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Ivo Marek", Kind: claims.Person}, undated, "", "", claims.Neutral, "I've never played a top-10 player"), "i've", "play", true, "i've", "play", "player"),
		},
	}, {
		name: "the government and its minister",
		why:  "'the government denied the reports' and the Home Office minister's words in one article are one government's voice, whatever the reading links them by",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Jane Moss", Kind: claims.Person, Role: "Home Office minister"}, undated, "", "", claims.Neutral, "the two will work as a team"),
			answering(claim("a#2", "a", claims.Speaker{Name: "government", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "reports of a rift"), claims.Denies, "denied", "a#1"),
		},
	}, {
		name: "the names will be on the ballot; two days later, they will not appear on it",
		why:  "one subject, asserted and then negated with another verb, and two more words of the matter ('ballot', '13'): a negation on a shared matter, which had weighed nothing unless the text gave a sign",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "commissioner"}, on("2013-01-12"), "", "", claims.Neutral, "All 13 names will be on the ballot"), "name", "be", false, "13", "ballot", "name"), nil, claims.Period{}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "commissioner"}, on("2013-01-14"), "", "", claims.Neutral, "the names of the 13 parties will not appear on the ballot"), "name", "appear", true, "13", "appear", "ballot", "name", "party"), nil, claims.Period{}),
		},
		want: []conflictShape{{claims.SameSpeaker, 0.5, []string{"a#1"}, []string{"a#2"}}}}, {
		name: "the names will be on the ballot; later, they will not appear on it, with one more word in common",
		why:  "a guard, the twin of the row before: one subject and only one more word of the matter ('ballot') is too little to weigh; one speaker's two remarks may speak of two ballots",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "commissioner"}, on("2013-01-12"), "", "", claims.Neutral, "All the names will be on the ballot"), "name", "be", false, "ballot", "name"), nil, claims.Period{}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "commissioner"}, on("2013-01-14"), "", "", claims.Neutral, "the names of the parties will not appear on the ballot"), "name", "appear", true, "appear", "ballot", "name", "party"), nil, claims.Period{}),
		},
	}, {
		name: "the names will be on the ballot; later, they may not appear on it",
		why:  "a guard, the twin of the row before it: what will be and what may not be can both stand, however much the two share",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "commissioner"}, on("2013-01-12"), "", "", claims.Neutral, "All 13 names will be on the ballot"), "name", "be", false, "13", "ballot", "name"), nil, claims.Period{}),
			func() claims.Claim {
				c := ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "commissioner"}, on("2013-01-14"), "", "", claims.Neutral, "the names of the 13 parties may not appear on the ballot"), "name", "appear", true, "13", "appear", "ballot", "name", "party"), nil, claims.Period{})
				c.Proposition.Modality = claims.Possible
				return c
			}(),
		},
	}, {
		name: "the Government, capitalised, and its finance minister",
		why:  "'the Government announced a rise in fuel excise' and the finance minister's own words on it are one voice, capitalised as British and New Zealand papers write it; only a lower-case 'government' was read so, and the two were set against each other",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Government", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "fuel excise will rise by 3 cents a litre in July"), "excise", "rise", false, "cent", "excise", "fuel", "litre", "rise"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Ana Lowe", Kind: claims.Person, Role: "Finance Minister"}, undated, "", "", claims.Neutral, "fuel excise will not rise this year"), "excise", "rise", true, "excise", "fuel", "rise", "year"),
		},
	}, {
		name: "gross lending did not rise; weeks later, underlying lending rose",
		why:  "a guard: 'gross lending' and 'underlying lending' are two measures, whose opposite moves the clause reading sets aside; one subject and two more words in common ('march', 'mortgage') must not weigh them as a negation on a shared matter after all",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "economist"}, on("2013-04-02"), "", "", claims.Neutral, "gross lending did not rise in March as mortgage approvals slowed"), "lending", "rise", true, "approval", "lending", "march", "mortgage", "rise", "slow"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Lim", Kind: claims.Person, Role: "economist"}, on("2013-04-30"), "", "", claims.Neutral, "underlying lending rose in March on mortgage demand"), "lending", "rise", false, "demand", "lending", "march", "mortgage", "rise"),
		},
	}, {
		name: "the government and its chancellor, the office read as his body",
		why:  "'Lord Eden, the Lord Chancellor' read with the office as his affiliation is still of the government that denied the reports",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Eden", Kind: claims.Person, Role: "Lord", Affiliation: "Chancellor"}, undated, "", "", claims.Neutral, "there will be amendments in the Lords"),
			answering(claim("a#2", "a", claims.Speaker{Name: "government", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "reports of a climbdown"), claims.Denies, "denied", "a#1"),
		},
	}, {
		name: "the government and a shadow minister",
		why:  "a shadow minister speaks for the opposition: the government's denial answering her is a dispute",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Jane Moss", Kind: claims.Person, Role: "shadow home secretary"}, undated, "", "", claims.Neutral, "the two will never work as a team"),
			answering(claim("a#2", "a", claims.Speaker{Name: "government", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "reports of a rift"), claims.Denies, "denied", "a#1"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "what is and what may be",
		why:  "house prices have risen this year, one party says; they could fall by 2030, warns another: a present figure and a possibility, two times",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "house prices have risen this year"), "price", "rise", false, "house", "price", "rise"),
			func() claims.Claim {
				c := prop(claim("a#2", "a", ministry, undated, "", "", claims.Neutral, "house prices could fall by 2030"), "price", "fall", false, "house", "price", "fall")
				c.Proposition.Modality = claims.Possible
				return c
			}(),
		},
	}, {
		name: "a person called on to act, who says they will not",
		why:  "the union says Henley should resign and Henley says he will not: one predicate, one person, named by one side and speaking for himself on the other",
		in: []claims.Claim{
			named(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "Paul Henley should resign"), "henley", "resign", false, "resign"), "paul henley"),
			prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "he would not resign"), "he", "resign", true, "resign"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.6, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a person called on to act, and a third party who will not",
		why:  "the union says Henley should resign; Okonjo says she will not resign: her 'she' is herself, not Henley",
		in: []claims.Claim{
			named(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "Paul Henley should resign"), "henley", "resign", false, "resign"), "paul henley"),
			prop(claim("a#2", "a", deputy, undated, "", "", claims.Neutral, "she would not resign"), "she", "resign", true, "resign"),
		},
	}, {
		name: "a charge and its denial side by side",
		why:  "the union says the depot will close, the ministry denies it in the next sentence: a stance and its denial the text sets together",
		in: []claims.Claim{
			claim("a#1", "a", union, undated, "depot", "", claims.Against, "the depot will close"),
			denying(claim("a#2", "a", ministry, undated, "depot", "", claims.For, "it")),
		},
		want: []conflictShape{{claims.BetweenSources, 0.55, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a rejection far from a rival's stance",
		why:  "'the ministry rejected calls to pause the depot plan' comes after the bank and the paper have spoken: nothing sets it against the union's earlier words",
		in: []claims.Claim{
			claim("a#1", "a", union, undated, "depot", "", claims.For, "the depot plan has wide support"),
			claim("a#2", "a", bank, undated, "", "", claims.Neutral, "rates will hold"),
			claim("a#3", "a", paper, undated, "", "", claims.Neutral, "the vote is on Monday"),
			denying(claim("a#4", "a", ministry, undated, "depot", "", claims.Against, "calls to pause the depot plan")),
		},
	}, {
		name: "an offer turned down",
		why:  "'Halvern rejected a higher offer from Kessel' is an act on a proposal: it says nothing against Kessel's 'we will table a new offer'",
		in: []claims.Claim{
			prop(claim("a#1", "a", rival, undated, "offer", "", claims.For, "it will table a new offer for Halvern"), "it", "table", false, "offer", "table"),
			answering(denying(named(claim("a#2", "a", firm, undated, "offer", "", claims.Against, "a higher offer from Kessel Group"), "kessel group")), claims.Rejects, "rejected", "a#1"),
		},
	}, {
		name: "a move turned down",
		why:  "a player who 'rejected a move to Dunmore' turns down a transfer; the club's 'we have received a bid and are considering it' is not disputed by it",
		in: []claims.Claim{
			prop(claim("a#1", "a", firm, undated, "bid", "", claims.Neutral, "we have received a bid for the two players and are considering it"), "we", "receive", false, "receive", "bid", "player"),
			answering(denying(claim("a#2", "a", claims.Speaker{Name: "Andy Rhys", Kind: claims.Person}, undated, "bid", "", claims.Against, "a move to Dunmore after the club accepted a bid")), claims.Rejects, "rejected", "a#1"),
		},
	}, {
		name: "an offer turned down, with a reason the bidder disputes",
		why:  "the refusal itself is an act, but 'saying it undervalues the company' is a statement: the bidder's 'the offer is fair' is answered by it",
		in: []claims.Claim{
			prop(claim("a#1", "a", rival, undated, "offer", "", claims.For, "the offer is full and fair"), "offer", "fair", false, "offer", "fair"),
			denying(claim("a#2", "a", firm, undated, "offer", "", claims.Against, "a takeover offer from Kessel Group")),
			answering(prop(claim("a#3", "a", firm, undated, "offer", "", claims.Against, "it undervalues the company"), "it", "undervalue", false, "undervalue", "company"), claims.Rejects, "rejected", "a#1"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2", "a#3"}}},
	}, {
		name: "one's own offer withdrawn",
		why:  "'Sainsbury withdrew his £25m offer' takes back an offer, not words: his later 'it would take £40m' is no reversal",
		in: []claims.Claim{
			func() claims.Claim {
				c := answering(claim("a#1", "a", governor, on("2024-03-12"), "", "", claims.Neutral, "his £25m offer last week"), claims.Retracts, "withdrew", "a#2")
				c.Responses[0].Self = true
				return c
			}(),
			prop(claim("a#2", "a", governor, on("2024-03-05"), "", "", claims.Neutral, "it would take £40m to buy the club"), "it", "take", false, "take", "club"),
		},
	}, {
		name: "one body withdrawing, another's words",
		why:  "a federation that withdrew from the games takes back nothing its tribunal said: one body does not retract another's words",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Athletics Tribunal", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "the bans were overturned"), "ban", "overturn", false, "ban", "overturn"),
			func() claims.Claim {
				c := answering(prop(claim("a#2", "a", claims.Speaker{Name: "Marland Federation", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "from the games after a missed test"), "", "miss", false, "game", "test", "miss"), claims.Retracts, "withdrew", "a#1")
				c.Responses[0].Self = true
				return c
			}(),
		},
	}, {
		name: "two parties opposing one thing",
		why:  "the tenants want no rent rise and the council 'also opposes the rise': an 'opposes' tied to the nearest remark, with the same stance on the same target, is agreement",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "rent", "", claims.Against, "the tenants did not want a rent rise"), "tenant", "want", true, "tenant", "want", "rent", "rise"),
			func() claims.Claim {
				c := answering(prop(claim("a#2", "a", ministry, undated, "rent", "", claims.Against, "it also opposes the rent rise"), "it", "oppose", false, "oppose", "rent", "rise"), claims.Contradicts, "opposes", "a#1")
				c.Responses[0].Found = claims.Nearest
				return c
			}(),
		},
	}, {
		name: "the outlet's correspondent explaining",
		why:  "'our political correspondent Ann Roe said MSPs are advised to avoid a conflict' explains the rule; the MSP's 'these allegations are unfounded' does not answer her, whatever the words they share",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "Ann Roe", Kind: claims.Person}, undated, "", "", claims.Neutral, "MSPs are advised to guard against a conflict of interest"), "msp", "advise", false, "advise", "conflict", "interest")
				c.Source.Text = "our political correspondent Ann Roe"
				return c
			}(),
			answering(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "no conflict of interest arises"), "conflict", "arise", true, "arise", "conflict", "interest"), claims.Denies, "unfounded", "a#1"),
		},
	}, {
		name: "a body and its own figures",
		why:  "'the Bank of Caldonia said lending grew 24%' and 'the Bank of Caldonia's figures' giving 2% are one body's voice, not two officials at odds",
		in: []claims.Claim{
			withAmount(claim("a#1", "a", claims.Speaker{Name: "Bank of Caldonia", Kind: claims.Organisation, Affiliation: "Caldonia"}, undated, "", "", claims.Neutral, "lending grew 24% last year"), 24, "%"),
			withAmount(claim("a#2", "a", claims.Speaker{Name: "Bank of Caldonia's figures", Kind: claims.Organisation, Affiliation: "Caldonia"}, undated, "", "", claims.Neutral, "lending is 2% of output"), 2, "%"),
		},
	}, {
		name: "one body named twice",
		why:  "'the 13-strong jury' and 'the jury' of one article are one body: its praise and its doubt are not two parties disputing",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "13-strong AFI jury", Kind: claims.Organisation}, undated, "news", "", claims.For, "the final broadcasts of the evening news"),
			answering(claim("a#2", "a", claims.Speaker{Name: "AFI jury", Kind: claims.Organisation}, undated, "news", "", claims.Against, "the long-term viability of evening news"), claims.Contradicts, "questioned", "a#1"),
		},
	}, {
		name: "a speaker questioning herself",
		why:  "'Will I still have the desire?', she asked, questioning herself; 'that is what I don't know': doubt in one interview, not a reversal of her words",
		in: []claims.Claim{
			func() claims.Claim {
				c := answering(claim("a#1", "a", deputy, undated, "", "", claims.Neutral, "will I still have the desire to run?"), claims.Contradicts, "questioning", "a#2")
				c.Responses[0].Self, c.Responses[0].Found, c.Responses[0].Answered.Text = true, claims.BySelf, "herself"
				return c
			}(),
			prop(claim("a#2", "a", deputy, undated, "", "", claims.Neutral, "that is what I don't know"), "that", "be", false, "know"),
		},
	}, {
		name: "a named rival's claim on the matter, not all his claims",
		why:  "'Hughes called Mr Marsden wrong for claiming his party was the natural home of minorities' answers Marsden's claim about minorities, not his words on enterprise said beside it",
		in: []claims.Claim{
			prop(claim("a#1", "a", president, undated, "", "", claims.Neutral, "the answer was free enterprise"), "answer", "be", false, "answer", "enterprise"),
			prop(claim("a#2", "a", president, undated, "", "", claims.Neutral, "his party is the natural home of minorities"), "party", "be", false, "party", "home", "minority"),
			func() claims.Claim {
				c := answering(prop(claim("a#3", "a", claims.Speaker{Name: "Simon Hale", Kind: claims.Person}, undated, "", "", claims.Neutral, "Mr Marsden wrong for claiming his party was the natural home of minorities"), "marsden", "claim", false, "claim", "party", "home", "minority"), claims.Denies, "wrong", "a#1", "a#2")
				c.Responses[0].Found, c.Responses[0].Other = claims.ByName, "Owen Marsden"
				return c
			}(),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#2"}, []string{"a#3"}}},
	}, {
		name: "a denial of a report another party owns",
		why:  "'Halvern denied the Dunmore Courier's report', tied by its verb to the union's words said before it, answers the Courier, not the union",
		in: []claims.Claim{
			claim("a#1", "a", union, on("2024-07-08"), "", "", claims.Neutral, "the carmaker will close the plant"),
			courierDenial,
		},
	}, {
		name: "a denial of a report its owner made",
		why:  "the same denial answering the Courier's own report is the dispute the text names",
		in: []claims.Claim{
			claim("a#1", "a", paper, on("2024-07-08"), "", "", claims.Neutral, "the carmaker will close the plant"),
			courierDenial,
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "an opposition to plans, not to the last remark",
		why:  "'the ex-minister said he opposed the plans' names plans, no one's words: the lawyer's remark just before it is not what he opposes",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Guy Marsh", Kind: claims.Person, Role: "lawyer"}, undated, "", "", claims.Neutral, "young men will be stopped if they have no cards"), "man", "stop", false, "man", "stop", "card"),
			basedOn(answering(prop(claim("a#2", "a", claims.Speaker{Name: "Doug Hale", Kind: claims.Person, Role: "ex-minister"}, undated, "", "", claims.Against, "he opposed the plans for identity cards"), "he", "oppose", false, "oppose", "plan", "card"), claims.Contradicts, "opposed", "a#1"), claims.Definite, "the plans"),
		},
	}, {
		name: "a denial of the charges, the last remark",
		why:  "'the minister denied the charges': a remark noun, answered by the last remark of someone else",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the minister took bribes"), "minister", "take", false, "minister", "take", "bribe"),
			basedOn(answering(denying(claim("a#2", "a", governor, undated, "", "", claims.Against, "the charges")), claims.Denies, "denied", "a#1"), claims.Definite, "the charges"),
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a people and its chief",
		why:  "the Marlander chief's 'we were labelled cannibals' and the Marlanders' denial that their ancestors were: one people's voice, the body in the singular, the group in the plural",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Carl Wynn", Kind: claims.Person, Role: "Marlander chief", Affiliation: "Marlander"}, undated, "", "", claims.Neutral, "our ancestors were labelled cannibals"), "ancestor", "label", false, "ancestor", "label", "cannibal"),
			answering(denying(prop(claim("a#2", "a", claims.Speaker{Name: "Marlanders", Kind: claims.Group}, undated, "", "", claims.Against, "their ancestors practised cannibalism"), "ancestor", "practise", false, "ancestor", "practise", "cannibalism")), claims.Denies, "denied", "a#1"),
		},
	}, {
		name: "a denial of what the answered claim never said",
		why:  "'rejected claims that the debate bred bigotry', tied only by the word 'claims' to the other's 'the asylum system is abused', denies something that claim does not say",
		in: []claims.Claim{
			cued(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the asylum system is abused"), "system", "abuse", false, "asylum", "system", "abuse"), "claims"),
			bigotryDenial,
		},
	}, {
		name: "a denial of what the answered claim said",
		why:  "the same denial against the claim that the debate bred bigotry: the text names the clash",
		in: []claims.Claim{
			cued(prop(claim("a#1", "a", union, undated, "", "", claims.Neutral, "the debate bred bigotry"), "debate", "breed", false, "debate", "breed", "bigotry"), "claims"),
			bigotryDenial,
		},
		want: []conflictShape{{claims.BetweenSources, 0.85, []string{"a#1"}, []string{"a#2"}}},
	}, {
		name: "a denial answered by a bare act",
		why:  "'the producer presented the award to the film' states nothing: the firm's denial that its move was due to the film does not answer it",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Ruth Maddox", Kind: claims.Person, Role: "producer"}, undated, "film", "", claims.Neutral, "the award to the film's makers"),
			func() claims.Claim {
				c := answering(denying(prop(claim("a#2", "a", firm, undated, "film", "", claims.Against, "the change was a result of the film"), "change", "be", false, "change", "result", "film")), claims.Denies, "denied", "a#1")
				c.Responses[0].Found = claims.ByWords
				return c
			}(),
		},
	}, {
		name: "a reversal told in another's account",
		why:  "'He then changed his mind, the book says' is the book's story: the phrase lies in the book's words, not in anything the governor said of himself",
		in: func() []claims.Claim {
			book := prop(claim("a#3", "a", claims.Speaker{Name: "new book", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "he then changed his mind in June"), "he", "change", false, "change", "mind", "june")
			at := book.Content.Start + strings.Index(book.Content.Text, "changed")
			turn := answering(prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "he had lost the voters' trust"), "he", "lose", false, "lose", "voter", "trust"), claims.Reverses, "changed his mind", "a#1")
			turn.Responses[0].Self, turn.Responses[0].Found = true, claims.BySelf
			turn.Responses[0].Phrase.Span = claims.Span{Start: at, End: at + len("changed his mind")}
			return []claims.Claim{
				prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "I will stand down before the election"), "i", "stand down", false, "stand down", "election"),
				turn,
				book,
			}
		}(),
	}, {
		name: "an author's story of another's change of mind",
		why:  "the author suggests Mr Vale went back on a pledge, then writes 'he had then changed his mind': the mind changed is Vale's, not the author's",
		in: func() []claims.Claim {
			author := claims.Speaker{Name: "Rob Penn", Kind: claims.Person, Role: "journalist"}
			turn := prop(claim("a#2", "a", author, undated, "", "", claims.Neutral, "he had then changed his mind in June"), "he", "change", false, "change", "mind", "june")
			at := turn.Content.Start + strings.Index(turn.Content.Text, "changed")
			turn = answering(turn, claims.Reverses, "changed his mind", "a#1")
			turn.Responses[0].Self, turn.Responses[0].Found = true, claims.BySelf
			turn.Responses[0].Phrase.Span = claims.Span{Start: at, End: at + len("changed his mind")}
			return []claims.Claim{
				named(prop(claim("a#1", "a", author, undated, "", "", claims.Neutral, "Mr Vale went back on a pledge to stand down"), "vale", "go back", false, "go back", "pledge", "stand down"), "mr vale"),
				turn,
			}
		}(),
	}, {
		name: "a change of mind told after the speaker's words",
		why:  "'Vale decided to quit because he felt he had lost trust. He then changed his mind': the reversal is told of him after his words, and does not turn them against his earlier ones",
		in: func() []claims.Claim {
			felt := prop(claim("a#2", "a", governor, undated, "", "", claims.Neutral, "he had lost the voters' trust"), "he", "lose", false, "lose", "voter", "trust")
			felt = answering(felt, claims.Reverses, "changed his mind", "a#1")
			felt.Responses[0].Self, felt.Responses[0].Found = true, claims.BySelf
			felt.Responses[0].Phrase.Span = claims.Span{Start: felt.Evidence.End + 20, End: felt.Evidence.End + 36}
			return []claims.Claim{
				prop(claim("a#1", "a", governor, undated, "", "", claims.Neutral, "I have dealt with this and I do no deals"), "i", "deal", false, "deal"),
				felt,
			}
		}(),
	}, {
		name: "a withdrawal beside a bare act",
		why:  "'Britain's defending champion Ann Lee, who withdrew' takes back no words: there is nothing said to reverse",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Britain", Kind: claims.Organisation}, undated, "", "", claims.Neutral, "champion Ann Lee"),
			func() claims.Claim {
				c := answering(claim("a#2", "a", claims.Speaker{Name: "Ann Lee", Kind: claims.Person}, undated, "", "", claims.Neutral, "on day two of the competition"), claims.Retracts, "withdrew", "a#1")
				c.Responses[0].Self, c.Responses[0].Found = true, claims.BySelf
				return c
			}(),
		},
	}, {
		name: "'we' of a company's officer is the company another officer names",
		why:  "the chief executive's 'we will not cut jobs' and her finance chief's 'the company will cut 600 jobs' speak of one subject, their company; read as 'we' against 'company' they met only weakly, on the object",
		in: []claims.Claim{
			objected(prop(claim("a#1", "a", claims.Speaker{Name: "Hanna Roos", Kind: claims.Person, Role: "chief executive", Affiliation: "Halvern Motors"}, on("2024-03-04"), "", "", claims.Neutral, "We will not cut jobs this year"), "we", "cut", true, "cut", "job", "year"), "job", "year"),
			objected(prop(claim("a#2", "a", claims.Speaker{Name: "Jon Tell", Kind: claims.Person, Role: "finance chief", Affiliation: "Halvern Motors"}, on("2024-03-06"), "", "", claims.Neutral, "the company would cut 600 jobs at its plant"), "company", "cut", false, "600", "company", "cut", "job", "plant"), "job", "plant"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "one event set at times that do not meet",
		why:  "the minister sends the bill to parliament in the first week of March, his spokeswoman in the second half of the year: neither side negates, no figure differs, and only the times cannot both hold",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-01-08"), "", "", claims.Neutral, "the bill would be sent to parliament in the first week of March"), "bill", "send", false, "bill", "send", "parliament", "first", "week"), []string{"parliament", "week", "march"}, claims.Period{From: claims.NewDate(2024, 3, 1), To: claims.NewDate(2024, 3, 7)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "spokeswoman", Affiliation: "Government of Varda"}, on("2024-01-09"), "", "", claims.Neutral, "the bill will go to parliament in the second half of the year"), "bill", "go", false, "bill", "parliament", "half", "second"), []string{"parliament", "half", "year"}, claims.Period{From: claims.NewDate(2024, 7, 1), To: claims.NewDate(2024, 12, 31)}),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a president and his prime minister count one list apart",
		why:  "'President' before a name, with no body, is a head of state: he and his prime minister are two office holders of one government, whose counts of one list ('limited to 40 firms', 'as many as 3,000 firms') cannot both stand",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Ivan Dorosh", Kind: claims.Person, Role: "President"}, undated, "", "", claims.Neutral, "the review list would be limited to 40 firms"), "list", "limit", false, "40", "firm", "limit", "list", "review"), 40, "firm"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Olena Marchuk", Kind: claims.Person, Role: "Prime Minister"}, undated, "", "", claims.Neutral, "as many as 3,000 firms could be included on the review list"), "firm", "include", false, "3,000", "firm", "include", "list", "review"), 3000, "firm"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a country's president and his prime minister count one list apart",
		why:  "'President' of a country, as 'Ukraine's President Ivan Dorosh' gives him, holds its office of government as one of no body does: he and his prime minister count one list apart",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Ivan Dorosh", Kind: claims.Person, Role: "President", Affiliation: "Ukraine"}, undated, "", "", claims.Neutral, "the review list would be limited to 40 firms"), "list", "limit", false, "40", "firm", "limit", "list", "review"), 40, "firm"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Olena Marchuk", Kind: claims.Person, Role: "Prime Minister"}, undated, "", "", claims.Neutral, "as many as 3,000 firms could be included on the review list"), "firm", "include", false, "3,000", "firm", "include", "list", "review"), 3000, "firm"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a union's president and the prime minister count one list apart",
		why:  "a guard: 'President' of a body is its officer, no office holder: the union's president and the prime minister are not two officials of one government, whose undated counts of one list meet as theirs do",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Ivan Dorosh", Kind: claims.Person, Role: "President", Affiliation: "Dorvan Teachers Union"}, undated, "", "", claims.Neutral, "the review list would be limited to 40 firms"), "list", "limit", false, "40", "firm", "limit", "list", "review"), 40, "firm"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Olena Marchuk", Kind: claims.Person, Role: "Prime Minister"}, undated, "", "", claims.Neutral, "as many as 3,000 firms could be included on the review list"), "firm", "include", false, "3,000", "firm", "include", "list", "review"), 3000, "firm"),
		},
	}, {
		name: "two ministers time one levy apart, in other verbs",
		why:  "the prime minister starts the levy on July 1, his finance minister will not collect it before January 1: two voices of one government who time one subject apart speak of one plan, whatever their verbs",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "prime minister", Affiliation: "Government of Varda"}, on("2024-05-02"), "", "", claims.Neutral, "the levy would start on July 1"), "levy", "start", false, "levy", "start"), nil, claims.Period{From: claims.NewDate(2024, 7, 1), To: claims.NewDate(2024, 7, 1)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-05-03"), "", "", claims.Neutral, "the levy would not be collected until January 1"), "levy", "collect", false, "levy", "collect"), nil, claims.Period{From: claims.NewDate(2025, 1, 1)}),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.75, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "one government times two acts of its own",
		why:  "a guard: the prime minister's government presents the budget in March, her finance minister's holds the referendum in June; the government is who acts, not what is timed, and two acts of one actor are two events",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "prime minister", Affiliation: "Government of Varda"}, on("2024-01-09"), "", "", claims.Neutral, "the government would present the budget in March"), "government", "present", false, "government", "present", "budget"), []string{"budget"}, claims.Period{From: claims.NewDate(2024, 3, 1), To: claims.NewDate(2024, 3, 31)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-01-10"), "", "", claims.Neutral, "the government would hold the referendum in June"), "government", "hold", false, "government", "hold", "referendum"), []string{"referendum"}, claims.Period{From: claims.NewDate(2024, 6, 1), To: claims.NewDate(2024, 6, 30)}),
		},
	}, {
		name: "one company's target timed apart by two of its officers, its actor the subject",
		why:  "the chief executive's 'we will be a 15% margin business by 2016' and her finance chief's 'the company will not get to its 15% margin before 2018': the company is who acts, but the two share the margin as well, one plan",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "chief executive", Affiliation: "Varda Pumps"}, on("2014-11-04"), "", "", claims.Neutral, "we will be a 15% margin business by 2016"), "we", "business", false, "business", "margin"), []string{"business"}, claims.Period{To: claims.NewDate(2016, 12, 31)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "finance chief", Affiliation: "Varda Pumps"}, on("2014-11-05"), "", "", claims.Neutral, "the company will not get to its 15% margin before 2018"), "company", "get", false, "company", "get", "margin"), []string{"margin"}, claims.Period{From: claims.NewDate(2018, 1, 1)}),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "two ministers time salaries of a month and salaries to come",
		why:  "a guard: the chief of staff has March salaries paid by Friday, the finance minister salaries reduced from May; the month before the noun names other salaries, and to pay and to reduce are two acts",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-04-09"), "", "", claims.Neutral, "civil servants would see their salaries reduced from May"), "salary", "reduce", false, "salary", "reduce", "servant"), []string{"salary"}, claims.Period{From: claims.NewDate(2024, 5, 1)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "minister of state", Affiliation: "Government of Varda"}, on("2024-04-09"), "", "", claims.Neutral, "March salaries would be paid by Friday"), "salary", "pay", false, "salary", "pay"), []string{"salary"}, claims.Period{To: claims.NewDate(2024, 4, 12)}),
		},
	}, {
		name: "two ministers time salary cuts apart, a month opening one sentence",
		why:  "the finance minister cuts salaries from July, set before the subject after a comma; the minister of state not until January: a time that opens the sentence times the cut, it does not name other salaries",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-05-02"), "", "", claims.Neutral, "From July, salaries would be reduced"), "salary", "reduce", false, "salary", "reduce"), []string{"salary"}, claims.Period{From: claims.NewDate(2024, 7, 1)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "minister of state", Affiliation: "Government of Varda"}, on("2024-05-03"), "", "", claims.Neutral, "salaries would not be reduced until January"), "salary", "reduce", false, "salary", "reduce"), []string{"salary"}, claims.Period{From: claims.NewDate(2025, 1, 1)}),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.75, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "one speaker times two steps of one plan",
		why:  "a guard: the minister publishes the levy's rules in May and collects it from July; one voice timing two steps of one subject is a plan, not a clash, unless the verb is one",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-04-02"), "", "", claims.Neutral, "the levy's rules would be published in May"), "levy", "publish", false, "levy", "publish", "rule"), nil, claims.Period{From: claims.NewDate(2024, 5, 1), To: claims.NewDate(2024, 5, 31)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-04-09"), "", "", claims.Neutral, "the levy would be collected from July"), "levy", "collect", false, "levy", "collect"), nil, claims.Period{From: claims.NewDate(2024, 7, 1)}),
		},
	}, {
		name: "a clause's own time, after a first clause that has none",
		why:  "'repairs are on schedule and the branch will carry riders again before Christmas' against the safety chief's 'the branch will not carry passengers before spring': each clause has its own time, and the second's was never read",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "general manager", Affiliation: "Varda Rail"}, on("2024-11-04"), "", "", claims.Neutral, "repairs were on schedule and the branch would carry riders again before Christmas"), "repair", "be", false, "repair", "schedule", "branch", "carry", "rider")
				c.Proposition.More = []claims.Clause{{Subject: "branch", Predicate: "carry", Modality: claims.Predicted, Tense: claims.Future, Objects: []string{"rider"}, Time: claims.Period{To: claims.NewDate(2024, 12, 24)}}}
				return c
			}(),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "safety chief", Affiliation: "Varda Rail"}, on("2024-11-06"), "", "", claims.Neutral, "the branch would not carry passengers again before next spring"), "branch", "carry", false, "branch", "carry", "passenger"), []string{"passenger"}, claims.Period{From: claims.NewDate(2025, 3, 1)}),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.75, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "two events of one vote in the clauses after the first",
		why:  "a guard: 'voting will be held on February 21' and the commissioner's 'votes would be counted on February 23' are two events, though vote and voting are one subject; beyond the main clauses, the verb must be one",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "election commissioner"}, on("2024-01-10"), "", "", claims.Neutral, "voting will be held on February 21"), "voting", "hold", false, "voting", "hold"), []string{"voting"}, claims.Period{From: claims.NewDate(2024, 2, 21), To: claims.NewDate(2024, 2, 21)}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "municipal commissioner"}, on("2024-01-10"), "", "", claims.Neutral, "the city was ready and votes would be counted on February 23"), "city", "ready", false, "city", "ready", "vote", "count")
				c.Proposition.More = []claims.Clause{{Subject: "vote", Predicate: "count", Modality: claims.Predicted, Tense: claims.Future, Objects: []string{"vote"}, Time: claims.Period{From: claims.NewDate(2024, 2, 23), To: claims.NewDate(2024, 2, 23)}}}
				return c
			}(),
		},
	}, {
		name: "one start set on two days, neither with an end",
		why:  "the new fares apply from January 1 in the minister's words, and not before April 1 in the regulator's: as runs of days both reach on without end and overlap, but a start is one day, and two cannot both hold",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "transport minister", Affiliation: "Government of Varda"}, on("2024-11-02"), "", "", claims.Neutral, "the new fares would apply from January 1"), "fare", "apply", false, "fare", "apply", "new"), []string{"january"}, claims.Period{From: claims.NewDate(2025, 1, 1)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "chair", Affiliation: "Varda Fares Regulator"}, on("2024-11-02"), "", "", claims.Neutral, "the new fares would not apply before April 1"), "fare", "apply", false, "fare", "apply", "new"), []string{"april"}, claims.Period{From: claims.NewDate(2025, 4, 1)}),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.7, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "one event set at times that do not meet, its subject named by its kind",
		why:  "the ferry sailing from the harbour on May 10 and vessels that will not leave the harbour before May 20 are one sailing: a ferry is a vessel, and both leave the harbour",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "transport minister", Affiliation: "Government of Varda"}, on("2024-05-02"), "", "", claims.Neutral, "the ferry would sail from the harbour on May 10"), "ferry", "sail", false, "ferry", "sail", "harbour"), []string{"harbour", "may"}, claims.Period{From: claims.NewDate(2024, 5, 10), To: claims.NewDate(2024, 5, 10)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "harbour master", Affiliation: "Varda Port Authority"}, on("2024-05-02"), "", "", claims.Neutral, "vessels would not leave the harbour before May 20"), "vessel", "leave", false, "vessel", "leave", "harbour"), []string{"harbour", "may"}, claims.Period{From: claims.NewDate(2024, 5, 20)}),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.7, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a question of an event's time is no time set",
		why:  "a guard: the spokeswoman would not say whether the bill goes to parliament in the second half of the year; a question sets no time against the minister's first week of March",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-01-08"), "", "", claims.Neutral, "the bill would be sent to parliament in the first week of March"), "bill", "send", false, "bill", "send", "parliament", "first", "week"), []string{"parliament", "week", "march"}, claims.Period{From: claims.NewDate(2024, 3, 1), To: claims.NewDate(2024, 3, 7)}),
			func() claims.Claim {
				c := ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "spokeswoman", Affiliation: "Government of Varda"}, on("2024-01-09"), "", "", claims.Neutral, "whether the bill will go to parliament in the second half of the year"), "bill", "go", false, "bill", "parliament", "half", "second"), []string{"parliament", "half", "year"}, claims.Period{From: claims.NewDate(2024, 7, 1), To: claims.NewDate(2024, 12, 31)})
				c.Proposition.Modality = claims.Asked
				return c
			}(),
		},
	}, {
		name: "a denial of an event's time is no time set",
		why:  "the spokeswoman denies that the bill goes to parliament in the first week of March; the minister sets it in the second half of the year: they agree, and the timing reading took the denied time as hers",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-01-08"), "", "", claims.Neutral, "the bill would be sent to parliament in the second half of the year"), "bill", "send", false, "bill", "send", "parliament", "half", "second"), []string{"parliament", "half", "year"}, claims.Period{From: claims.NewDate(2024, 7, 1), To: claims.NewDate(2024, 12, 31)}),
			func() claims.Claim {
				c := ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "spokeswoman", Affiliation: "Government of Varda"}, on("2024-01-09"), "", "", claims.Neutral, "the bill would go to parliament in the first week of March"), "bill", "go", false, "bill", "parliament", "first", "week"), []string{"parliament", "week", "march"}, claims.Period{From: claims.NewDate(2024, 3, 1), To: claims.NewDate(2024, 3, 7)})
				c.Denies = true
				return c
			}(),
		},
	}, {
		name: "one event at times that meet",
		why:  "'by the end of the year' and 'in October' can both hold: a hard negative for the timing reading",
		in: []claims.Claim{
			ahead(prop(claim("a#1", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "finance minister", Affiliation: "Government of Varda"}, on("2024-01-08"), "", "", claims.Neutral, "the bill would be sent to parliament by the end of the year"), "bill", "send", false, "bill", "send", "parliament", "end"), []string{"parliament", "end", "year"}, claims.Period{To: claims.NewDate(2024, 12, 31)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Rosa Prieto", Kind: claims.Person, Role: "spokeswoman", Affiliation: "Government of Varda"}, on("2024-01-09"), "", "", claims.Neutral, "the bill will go to parliament in October"), "bill", "go", false, "bill", "parliament", "october"), []string{"parliament", "october"}, claims.Period{From: claims.NewDate(2024, 10, 1), To: claims.NewDate(2024, 10, 31)}),
		},
	}, {
		name: "a minister and her undersecretary give two figures for one count",
		why:  "two office holders of one government in one article count as one side for figures, as a body's voices do: 2.4 against 3.1 gigawatts of solar connected to the grid; read as two parties, they needed a factor of two",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Laila Haddad", Kind: claims.Person, Role: "energy minister"}, on("2024-11-04"), "", "", claims.Neutral, "2.4 gigawatts of solar capacity are connected to the grid"), "gigawatt", "connect", false, "2.4", "capacity", "connect", "grid", "solar"), 2.4, "gigawatts"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Omar Nassif", Kind: claims.Person, Role: "undersecretary", Affiliation: "Ministry of Energy"}, on("2024-11-04"), "", "", claims.Neutral, "we have 3.1 gigawatts of solar connected to the grid"), "we", "have", false, "3.1", "connect", "grid", "solar"), 3.1, "gigawatts"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a ministry's director general holds office beside its minister",
		why:  "an official the text places in a ministry ('the Water Ministry's director general') is of the minister's government, though 'director general' names no office: 40 against 55 dams inspected are two figures for one count",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Petra Olsen", Kind: claims.Person, Role: "water minister"}, on("2024-05-12"), "", "", claims.Neutral, "40 dams have been inspected since January"), "dam", "inspect", false, "40", "dam", "inspect", "january"), 40, "dams"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Jonas Berg", Kind: claims.Person, Role: "director general", Affiliation: "Water Ministry"}, on("2024-05-12"), "", "", claims.Neutral, "55 dams have been inspected since January"), "dam", "inspect", false, "55", "dam", "inspect", "january"), 55, "dams"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "two exact counts a little apart",
		why:  "46 and 48 flights an hour are within 5% of each other, the bar for rounded figures, but neither is a round number that could stand for the other",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Kiran Rao", Kind: claims.Person, Role: "aviation minister"}, on("2024-05-12"), "", "", claims.Neutral, "the airport handles 46 flights an hour"), "airport", "handle", false, "46", "airport", "flight", "handle", "hour"), 46, "flights"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Meena Pillai", Kind: claims.Person, Role: "aviation secretary"}, on("2024-05-12"), "", "", claims.Neutral, "the airport handles 48 flights an hour"), "airport", "handle", false, "48", "airport", "flight", "handle", "hour"), 48, "flights"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "months named apart, in times that meet",
		why:  "'46 flights an hour through December' and '48 flights an hour in August' name two months, which alone would make them figures for two periods, but the times of the two overlap in August",
		in: []claims.Claim{
			naming(ahead(amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Kiran Rao", Kind: claims.Person, Role: "aviation minister"}, on("2024-05-12"), "", "", claims.Neutral, "the cap of 46 flights an hour will stay through December"), "cap", "stay", false, "46", "cap", "december", "flight", "hour", "stay"), 46, "flights"), []string{"december"}, claims.Period{To: claims.NewDate(2024, 12, 31)}), "december"),
			naming(ahead(amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Meena Pillai", Kind: claims.Person, Role: "aviation secretary"}, on("2024-05-12"), "", "", claims.Neutral, "the cap will be 48 flights an hour in August"), "cap", "be", false, "48", "august", "cap", "flight", "hour"), 48, "flights"), []string{"august"}, claims.Period{From: claims.NewDate(2024, 8, 1), To: claims.NewDate(2024, 8, 31)}), "august"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a year and a month in it, in times that meet",
		why:  "'house prices will rise in 2025' and 'will fall in December 2025' are forecasts for a year and for one month of it, and both may hold: only months named apart are one period where their times meet",
		in: []claims.Claim{
			func() claims.Claim {
				c := prop(claim("a#1", "a", claims.Speaker{Name: "Ivo Brandt", Kind: claims.Person, Role: "economist"}, on("2024-06-04"), "", "", claims.Neutral, "house prices will rise in 2025"), "price", "rise", false, "2025", "house", "price", "rise")
				c.Proposition.Time = claims.Period{From: claims.NewDate(2025, 1, 1), To: claims.NewDate(2025, 12, 31)}
				return c
			}(),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Home Lenders Group", Kind: claims.Organisation}, on("2024-06-04"), "", "", claims.Neutral, "house prices will fall in December 2025"), "price", "fall", false, "fall", "house", "price")
				c.Proposition.Time, c.Proposition.Names = claims.Period{From: claims.NewDate(2025, 12, 1), To: claims.NewDate(2025, 12, 31)}, []string{"december"}
				return c
			}(),
		},
	}, {
		name: "two parties' counts of one body, named in full and by its initials",
		why:  "30 against 4 days of consumption in stock, of 'the National Grain Authority' and 'the NGA': two parties' counts must name one body, and the initials are its name",
		in: []claims.Claim{
			func() claims.Claim {
				c := amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Rosa Dimas", Kind: claims.Person, Role: "farm secretary"}, on("2024-09-04"), "", "", claims.Neutral, "the National Grain Authority had stock to cover 30 days of consumption"), "authority", "have", false, "30", "consumption", "cover", "day", "stock"), 30, "day")
				c.Proposition.Tense, c.Proposition.Names = claims.Past, []string{"national grain authority"}
				return c
			}(),
			func() claims.Claim {
				c := amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Lito Sanchez", Kind: claims.Person, Role: "senator"}, on("2024-09-04"), "", "", claims.Neutral, "the NGA's stock was good for only four days of consumption"), "stock", "good", false, "4", "consumption", "day", "good", "stock"), 4, "day")
				c.Proposition.Tense, c.Proposition.Names = claims.Past, []string{"nga"}
				return c
			}(),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a measure word before a qualifying noun",
		why:  "'underlying mortgage lending rose' and 'lending fell' are two measures of lending: the measure word stands one noun before the subject, and only the word next to it had been read",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Bankers Association", Kind: claims.Organisation}, on("2024-01-04"), "", "", claims.Neutral, "underlying mortgage lending rose in November"), "lending", "rise", false, "lending", "mortgage", "november", "rise"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Council of Lenders", Kind: claims.Organisation}, on("2024-01-04"), "", "", claims.Neutral, "mortgage lending fell in November"), "lending", "fall", false, "fall", "lending", "mortgage", "november"),
		},
	}, {
		name: "one measure, rising and falling",
		why:  "the twin of the row before, with no measure word: 'mortgage lending rose' and 'mortgage lending fell' in one month clash",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Bankers Association", Kind: claims.Organisation}, on("2024-01-04"), "", "", claims.Neutral, "mortgage lending rose in November"), "lending", "rise", false, "lending", "mortgage", "november", "rise"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Council of Lenders", Kind: claims.Organisation}, on("2024-01-04"), "", "", claims.Neutral, "mortgage lending fell in November"), "lending", "fall", false, "fall", "lending", "mortgage", "november"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a measure word of another phrase",
		why:  "'at its monthly meeting, lending rose' names no monthly lending: the comma ends the phrase the measure word is in, and 'lending fell' in one month clashes",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Bankers Association", Kind: claims.Organisation}, on("2024-01-04"), "", "", claims.Neutral, "at its monthly meeting, lending rose in November"), "lending", "rise", false, "lending", "meeting", "monthly", "november", "rise"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Council of Lenders", Kind: claims.Organisation}, on("2024-01-04"), "", "", claims.Neutral, "lending fell in November"), "lending", "fall", false, "fall", "lending", "november"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a subject its text does not spell, with 'of' second",
		why:  "'most of the women were not paid' has 'woman' for subject, a word the text does not hold: its first words are no subject and 'of the women' no phrase that names other women than 'every woman was paid'",
		in: []claims.Claim{
			prop(claim("a#1", "a", union, on("2024-04-02"), "", "", claims.Neutral, "most of the women were not paid in March"), "woman", "pay", true, "march", "most", "pay", "woman"),
			prop(claim("a#2", "a", rival, on("2024-04-02"), "", "", claims.Neutral, "every woman was paid in March"), "woman", "pay", false, "march", "pay", "woman"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a forecast for the next six months and one for a year",
		why:  "'prices will rise over the next six months' and 'prices could fall by 2027' speak of two spans, as 'the past six months' and a year do: both may hold",
		in: []claims.Claim{
			prop(claim("a#1", "a", claims.Speaker{Name: "Ivo Brandt", Kind: claims.Person, Role: "economist"}, on("2024-06-04"), "", "", claims.Neutral, "house prices could fall by 2027"), "price", "fall", false, "2027", "fall", "house", "price"),
			prop(claim("a#2", "a", claims.Speaker{Name: "Home Lenders Group", Kind: claims.Organisation}, on("2024-06-04"), "", "", claims.Neutral, "house prices will rise over the next six months"), "price", "rise", false, "house", "month", "price", "rise"),
		},
	}, {
		name: "a service to end in December, then kept going through the next year",
		why:  "the chief executive's 'the service would end on December 15' in August and his 'the service will continue through 2014' in October: a year after 'through' bounds how long it goes on, and names no span apart from December",
		in: []claims.Claim{
			ahead(named(prop(claim("a#1", "a", claims.Speaker{Name: "Warren Pike", Kind: claims.Person, Role: "chief executive", Affiliation: "Coral Air"}, on("2013-08-01"), "", "", claims.Neutral, "the service would end on December 15"), "service", "end", false, "end", "service"), "december"), nil, claims.Period{From: claims.NewDate(2013, 12, 15), To: claims.NewDate(2013, 12, 15)}),
			ahead(prop(claim("a#2", "a", claims.Speaker{Name: "Warren Pike", Kind: claims.Person, Role: "chief executive", Affiliation: "Coral Air"}, on("2013-10-09"), "", "", claims.Neutral, "the service will continue through 2014"), "service", "continue", false, "2014", "continue", "service"), nil, claims.Period{}),
		},
		want: []conflictShape{{Kind: claims.SameSpeaker, Score: 0.65, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a tenth of a point is a different percentage",
		why:  "one body's 6.4% and 6.2% deficit for one year are two figures, though within 5% of each other, the bar for other units",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Ravi Menon", Kind: claims.Person, Role: "finance secretary", Affiliation: "Finance Ministry"}, on("2024-02-06"), "", "", claims.Neutral, "the fiscal deficit for the year will be 6.4% of GDP"), "deficit", "be", false, "6.4%", "deficit", "fiscal", "gdp", "year"), 6.4, "%"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Anil Rao", Kind: claims.Person, Role: "minister of state", Affiliation: "Finance Ministry"}, on("2024-02-07"), "", "", claims.Neutral, "the fiscal deficit for the year would be 6.2% of GDP"), "deficit", "be", false, "6.2%", "deficit", "fiscal", "gdp", "year"), 6.2, "%"),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a ministry's officials hold office beside another ministry's minister",
		why:  "'Trade Ministry officials' and the farm minister are of one government: their 8.5 and 7 million tonnes of exports this year are two figures for one forecast; read as a group of no office, the pair needed a factor of two",
		in: []claims.Claim{
			ahead(amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Trade Ministry officials", Kind: claims.Group}, undated, "", "", claims.Neutral, "rice exports will climb to 8.5 million tonnes this year"), "export", "climb", false, "8.5", "export", "rice", "tonne"), 8.5e6, "tonne"), []string{"tonne", "year"}, claims.Period{}),
			ahead(amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "agriculture minister"}, undated, "", "", claims.Neutral, "rice exports will be no more than 7 million tonnes"), "export", "be", false, "7", "export", "rice", "tonne"), 7e6, "tonne"), []string{"tonne"}, claims.Period{}),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a figure forecast in a later clause is a forecast",
		why:  "'the drought cut the crop by 10%, and exports would be 7 million tonnes': the figure is given in the forecast clause, not the past one, and meets another minister's forecast of 8.5 million tonnes",
		in: []claims.Claim{
			ahead(amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Lena Toh", Kind: claims.Person, Role: "trade minister"}, undated, "", "", claims.Neutral, "rice exports will climb to 8.5 million tonnes this year"), "export", "climb", false, "8.5", "export", "rice", "tonne"), 8.5e6, "tonne"), []string{"tonne", "year"}, claims.Period{}),
			func() claims.Claim {
				c := prop(claim("a#2", "a", claims.Speaker{Name: "Ana Ruiz", Kind: claims.Person, Role: "agriculture minister"}, undated, "", "", claims.Neutral, "the drought had cut the crop by 10%, he said, and rice exports would be 7 million tonnes"), "drought", "cut", false, "10%", "crop", "cut", "drought", "7", "export", "rice", "tonne")
				c.Proposition.Tense, c.Proposition.Objects = claims.Past, []string{"crop"}
				c.Proposition.More = []claims.Clause{{Subject: "export", Predicate: "be", Modality: claims.Predicted, Tense: claims.Future, Objects: []string{"tonne"}}}
				return figured(c, claims.Amount{Value: 10, Unit: "%"}, claims.Amount{Value: 7e6, Unit: "tonne", Clause: 1})
			}(),
		},
		want: []conflictShape{{Kind: claims.BetweenOfficials, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a minister and an opposition spokesman are two sides for figures",
		why:  "a shadow minister's count is a party's: 2.4 against 3.1 gigawatts connected to the grid, told with one verb, is a dispute between sources, not officials",
		in: []claims.Claim{
			amounting(prop(claim("a#1", "a", claims.Speaker{Name: "Laila Haddad", Kind: claims.Person, Role: "energy minister"}, on("2024-11-04"), "", "", claims.Neutral, "2.4 gigawatts of solar capacity are connected to the grid"), "gigawatt", "connect", false, "2.4", "capacity", "connect", "grid", "solar"), 2.4, "gigawatts"),
			amounting(prop(claim("a#2", "a", claims.Speaker{Name: "Omar Nassif", Kind: claims.Person, Role: "shadow energy minister"}, on("2024-11-04"), "", "", claims.Neutral, "only 3.1 gigawatts of solar are connected to the grid"), "gigawatt", "connect", false, "3.1", "connect", "grid", "solar"), 3.1, "gigawatts"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}, {
		name: "a headline's party and the body's against one statement are one conflict",
		why:  "'Nurses reject minister's figures' and the Royal College of Nursing's 'the figures are wrong' answer one statement: one dispute, reported once with both claims on one side, not twice",
		in: []claims.Claim{
			answering(claim("a#1", "a", claims.Speaker{Name: "Nurses", Kind: claims.Group}, on("2024-05-02"), "", "", claims.Against, "minister's figures"), claims.Rejects, "reject", "a#2"),
			claim("a#2", "a", claims.Speaker{Name: "Gareth Pryce", Kind: claims.Person, Role: "health minister"}, on("2024-05-01"), "", "", claims.Neutral, "1,200 more nurses are working in hospitals than three years ago"),
			answering(claim("a#3", "a", claims.Speaker{Name: "Royal College of Nursing", Kind: claims.Organisation}, on("2024-05-02"), "", "", claims.Against, "the minister's figures count agency staff twice"), claims.Contradicts, "disputed", "a#2"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1", "a#3"}, B: []string{"a#2"}}},
	}, {
		name: "a third party against one statement is a dispute of its own",
		why:  "a union, the opposition and a think tank each rejecting the minister's claim: two voices may share a side, a third opens its own conflict",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Gareth Pryce", Kind: claims.Person, Role: "health minister"}, on("2024-05-01"), "", "", claims.Neutral, "1,200 more nurses are working in hospitals than three years ago"),
			answering(claim("a#2", "a", claims.Speaker{Name: "Royal College of Nursing", Kind: claims.Organisation}, on("2024-05-02"), "", "", claims.Against, "the figures count agency staff twice"), claims.Contradicts, "disputed", "a#1"),
			answering(claim("a#3", "a", claims.Speaker{Name: "Plaid Cymru", Kind: claims.Organisation}, on("2024-05-02"), "", "", claims.Against, "the figures are misleading"), claims.Rejects, "rejected", "a#1"),
			answering(claim("a#4", "a", claims.Speaker{Name: "Nuffield Trust", Kind: claims.Organisation}, on("2024-05-02"), "", "", claims.Against, "the figures leave out the nurses who left"), claims.Contradicts, "disputed", "a#1"),
		},
		want: []conflictShape{
			{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2", "a#3"}},
			{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#4"}},
		},
	}, {
		name: "a headline's name for a body and the body are one voice on a side",
		why:  "'Nurses' in the headline and 'the nurses union' in the body are one voice: counted as two, the union official who speaks next was a third, and left out of the dispute",
		in: []claims.Claim{
			answering(claim("a#1", "a", claims.Speaker{Name: "Nurses", Kind: claims.Group}, on("2024-05-02"), "", "", claims.Against, "minister's claim that staff were paid"), claims.Rejects, "dismiss", "a#2"),
			claim("a#2", "a", claims.Speaker{Name: "Gareth Pryce", Kind: claims.Person, Role: "health minister"}, on("2024-05-01"), "", "", claims.Neutral, "all agency nurses have been paid for March"),
			answering(claim("a#3", "a", claims.Speaker{Name: "nurses union", Kind: claims.Organisation}, on("2024-05-02"), "", "", claims.Against, "a claim by the minister that all agency nurses have been paid"), claims.Rejects, "dismissed", "a#2"),
			answering(claim("a#4", "a", claims.Speaker{Name: "Ann Bell", Kind: claims.Person}, on("2024-05-02"), "", "", claims.Against, "not one agency nurse has been paid for March"), claims.Contradicts, "disputed", "a#2"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1", "a#3", "a#4"}, B: []string{"a#2"}}},
	}, {
		name: "a clarification that takes nothing back",
		why:  "the federation 'clarified' that clubs may register five visa players, as since the start of the season: it explains, sets nothing against the club's words, and is no conflict",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Sydney FC spokesman", Kind: claims.Anonymous, Affiliation: "Sydney FC"}, on("2024-01-31"), "", "", claims.Neutral, "the club would register a sixth visa player"),
			answering(claim("a#2", "a", claims.Speaker{Name: "Football Australia", Kind: claims.Organisation}, on("2024-01-31"), "", "", claims.Neutral, "clubs may register a maximum of five visa players, as has been the case since the start of the season"), claims.Corrects, "clarified", "a#1"),
		},
	}, {
		name: "a clarification that sets the words aside",
		why:  "'clarified that clubs may not register a sixth' negates what it answers: the clarification is a correction, and a conflict",
		in: []claims.Claim{
			claim("a#1", "a", claims.Speaker{Name: "Sydney FC spokesman", Kind: claims.Anonymous, Affiliation: "Sydney FC"}, on("2024-01-31"), "", "", claims.Neutral, "the club would register a sixth visa player"),
			answering(func() claims.Claim {
				c := claim("a#2", "a", claims.Speaker{Name: "Football Australia", Kind: claims.Organisation}, on("2024-01-31"), "", "", claims.Neutral, "clubs may not register a sixth visa player")
				c.Proposition.Negated = true
				return c
			}(), claims.Corrects, "clarified", "a#1"),
		},
		want: []conflictShape{{Kind: claims.BetweenSources, Score: 0.5, A: []string{"a#1"}, B: []string{"a#2"}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := new(compare.Comparer).Compare(tt.in)
			var shapes []conflictShape
			for _, k := range got {
				shapes = append(shapes, conflictShape{k.Kind, k.Score, k.A, k.B})
			}
			if len(shapes) != len(tt.want) {
				t.Fatalf("%s\ngot %d conflicts, want %d: %+v", tt.why, len(shapes), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := shapes[i]
				if g.Kind != w.Kind || g.Score < w.Score || !slices.Equal(g.A, w.A) || !slices.Equal(g.B, w.B) {
					t.Errorf("%s\nconflict %d = %+v, want %+v (score at least %.2f)", tt.why, i, g, w, w.Score)
				}
			}
		})
	}
}

// tookIssueWithRuiz gives c the response "took issue with" naming Ana Ruiz's remark, a#2.
func tookIssueWithRuiz(c claims.Claim) claims.Claim {
	c.Responses = []claims.Response{{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "took issue with"}, Other: "Ana Ruiz", Answers: []string{"a#2"}, Found: claims.Named}}
	return c
}

// ruizRemark makes c the remark a response names, stated only as that noun: its content
// and cue ("remarks") lie inside the responder's content.
func ruizRemark(c claims.Claim) claims.Claim {
	c.Content.Span = claims.Span{Start: 1000 + 30, End: 1000 + 30 + len(c.Content.Text)}
	c.Cue.Text, c.Cue.Span = "remarks", claims.Span{Start: 1000 + 30, End: 1000 + 37}
	return c
}

// conflictShape is a conflict without its ID and reason; Score is a lower bound in wants.
type conflictShape struct {
	Kind  claims.ConflictKind
	Score float64
	A, B  []string
}

// TestResolvedOrNot checks that resolving speakers across documents before comparing
// (as the command does) and not (as the store does) find the same conflicts.
func TestResolvedOrNot(t *testing.T) {
	hale := func(aff string) claims.Speaker {
		return claims.Speaker{Name: "Hale", Kind: claims.Person, Role: "Lord", Affiliation: aff}
	}
	government := claims.Speaker{Name: "government", Kind: claims.Organisation}
	in := []claims.Claim{
		claim("a#1", "a", hale("Chancellor"), on("2024-03-01"), "", "", claims.Neutral, "the judge was a great man"),
		prop(claim("b#1", "b", government, undated, "bill", "", claims.For, "a backbench attempt to force changes to the bill"), "", "", false, "attempt", "backbench", "bill", "change", "force", "rebellion"),
		func() claims.Claim {
			c := answering(denying(prop(claim("b#2", "b", hale(""), undated, "rebellion", "", claims.Against, "the concessions were a manoeuvre forced by panic about the rebellion"), "concession", "political", false, "concession", "force", "manoeuvre", "panic", "rebellion")), claims.Denies, "denied", "b#1")
			c.Responses[0].Found = claims.ByWords
			c.Responses[0].Answered = claims.Excerpt{Text: "the concessions were a manoeuvre forced by panic about the rebellion"}
			return c
		}(),
	}
	var c compare.Comparer
	raw := c.Compare(slices.Clone(in))
	resolved := slices.Clone(in)
	compare.Resolve(resolved)
	if d := gocmp.Diff(c.Compare(resolved), raw); d != "" {
		t.Errorf("the lord chancellor, whose office another document gives, is the government's own voice whether or not his claims carry it (-resolved +raw):\n%s", d)
	}
}
