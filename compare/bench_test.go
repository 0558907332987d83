package compare_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

// BenchmarkCompare runs Compare over synthetic corpora of growing size, so that the growth
// of time and allocations with the number of claims can be read off the sub-benchmarks.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1e3, 1e4, 1e5, 1e6} {
		b.Run(fmt.Sprintf("claims=%.0e", float64(n)), func(b *testing.B) {
			cs := synthetic(n)
			var found int
			b.ReportAllocs()
			for b.Loop() {
				found = len(new(compare.Comparer).Compare(cs))
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(found), "conflicts/op")
		})
	}
}

// newsNouns are 200 common news nouns, every one a WordNet 3.0 noun; with ten holders
// they make the 2,000 targets of the synthetic corpus.
const newsNouns = `talks negotiation truce sanctions embargo election vote referendum ballot war
invasion attack offensive strike bombing shelling missile drone weapon arms troops army soldier border
frontier territory annexation occupation withdrawal retreat evacuation refugee migrant asylum aid loan
debt budget tax tariff trade export import inflation recession growth unemployment wage pension oil gas
pipeline energy electricity coal reactor grain wheat food famine drought flood earthquake pandemic virus
vaccine lockdown quarantine hospital doctor nurse medicine drug treatment court trial verdict sentence
appeal prosecution investigation inquiry probe arrest detention prison corruption bribery fraud scandal
resignation impeachment coup protest demonstration riot police crackdown censorship journalist newspaper
propaganda disinformation espionage spy treaty agreement deal accord alliance partnership summit meeting
visit dialogue diplomacy embassy ambassador reform law bill constitution amendment decree regulation ban
permit licence subsidy privatization nationalization genocide massacre war_crime atrocity torture
execution hostage prisoner exchange release peace victory defeat surrender mobilization conscription
draft recruitment independence sovereignty autonomy secession separatism unification integration
membership enlargement interest_rate currency exchange_rate bank investment merger acquisition
bankruptcy climate emission pollution warming deforestation carbon school education university student
teacher exam curriculum housing rent minister president government parliament opposition coalition
party campaign candidate poll mortgage construction infrastructure railway highway airport port bridge
immigration`

var benchHolders = []string{"", "", "", "", "", "Ukraine", "Russia", "United States", "China", "European Union"}

// synthetic returns n claims drawn deterministically from a seeded PCG: 5,000 speakers
// (persons, organisations, groups and anonymous sources) over 300 bodies, 2,000 targets,
// dates over three years, in documents of about ten claims each. A tenth of the claims
// repeat an earlier remark in another outlet; a twentieth name a person by surname only;
// a tenth are undated; one in a hundred carries framing against or beside another speaker.
func synthetic(n int) []claims.Claim {
	nouns := strings.Fields(newsNouns)
	seen := map[string]bool{}
	for i := range nouns {
		nouns[i] = strings.ReplaceAll(nouns[i], "_", " ")
		seen[nouns[i]] = true
	}
	if len(seen) != 200 || len(nouns) != 200 {
		panic(fmt.Sprintf("newsNouns has %d distinct words of %d, want 200", len(seen), len(nouns)))
	}
	r := rand.New(rand.NewPCG(20220721, 1))
	const nSpeakers, nBodies, nDays = 5000, 300, 3 * 365
	speakers := make([]claims.Speaker, nSpeakers)
	surnames := make([]claims.Speaker, nSpeakers)
	for i := range speakers {
		body := fmt.Sprintf("Body %d", i%nBodies)
		var s claims.Speaker
		switch k := r.IntN(100); {
		case k < 70:
			s = claims.Speaker{Name: fmt.Sprintf("Given%d Surname%d", i%97, i), Kind: claims.Person, Role: "official", Affiliation: body}
			if r.IntN(5) == 0 {
				s.Affiliation = "" // learnt from another document, if at all
			}
		case k < 85:
			s = claims.Speaker{Name: fmt.Sprintf("Ministry %d", i), Kind: claims.Organisation, Affiliation: body}
		case k < 95:
			s = claims.Speaker{Name: fmt.Sprintf("Officials of %d", i), Kind: claims.Group, Affiliation: body}
		default:
			s = claims.Speaker{Name: "a senior official", Kind: claims.Anonymous}
		}
		speakers[i] = s
		surnames[i] = s
		if s.Kind == claims.Person {
			surnames[i].Name = fmt.Sprintf("Surname%d", i)
		}
	}
	start := claims.NewDate(2021, 1, 1)
	contents := []string{"we will not accept it", "this is the only way forward", "it must happen now", "there is no question of it"}
	out := make([]claims.Claim, 0, n)
	doc, docDay, inDoc := "", start, 0
	for i := 0; len(out) < n; i++ {
		if inDoc == 0 {
			doc = fmt.Sprintf("doc%d", i)
			docDay = start.AddDays(r.IntN(nDays))
			inDoc = 1 + r.IntN(20)
		}
		inDoc--
		id := fmt.Sprintf("%s#%d", doc, inDoc)
		if len(out) > 0 && r.IntN(10) == 0 {
			// Another outlet reports an earlier remark.
			c := out[len(out)-1-r.IntN(min(len(out), 200))]
			c.ID, c.Doc = id, doc
			out = append(out, c)
			continue
		}
		si := r.IntN(nSpeakers)
		c := claims.Claim{
			ID:      id,
			Doc:     doc,
			Speaker: speakers[si],
			Target:  nouns[r.IntN(len(nouns))],
			Holder:  benchHolders[r.IntN(len(benchHolders))],
			Quoted:  r.IntN(2) == 0,
		}
		if r.IntN(20) == 0 {
			c.Speaker = surnames[si]
		}
		switch p := r.IntN(100); {
		case p < 45:
			c.Polarity = claims.For
		case p < 85:
			c.Polarity = claims.Against
		}
		if r.IntN(10) != 0 {
			c.When = claims.When{Date: docDay.AddDays(-r.IntN(3)), Precision: claims.Day}
		}
		text := contents[r.IntN(len(contents))]
		c.Content = claims.Excerpt{Span: claims.Span{Start: 10, End: 10 + len(text)}, Text: text}
		c.Evidence = c.Content
		if r.IntN(100) == 0 {
			rel := claims.Contradicts
			if r.IntN(2) == 0 {
				rel = claims.Agrees
			}
			c.Responses = []claims.Response{{Relation: rel, Phrase: claims.Excerpt{Text: "contradicting"}, Other: speakers[r.IntN(nSpeakers)].Name}}
		}
		out = append(out, c)
	}
	return out
}
