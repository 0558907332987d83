package store

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/contradict/contradict/claims"
)

// syntheticNouns are news nouns known to WordNet, some of them synonyms or kinds of one
// another, so that targets align across claims as in real news.
var syntheticNouns = strings.Fields(`talks negotiation discussion truce ceasefire sanctions embargo
election vote referendum war invasion attack offensive strike border territory withdrawal
aid loan debt budget tax tariff trade inflation recession growth wage pension oil gas
pipeline energy grain vaccine lockdown court trial verdict inquiry investigation arrest
corruption fraud protest police treaty agreement deal summit meeting reform law bill ban
subsidy merger bankruptcy school hospital job rate currency bank investment climate emission
pollution coal reactor electricity wheat famine drought flood earthquake pandemic virus quarantine
doctor nurse medicine drug treatment sentence appeal prosecution probe detention prison bribery
scandal resignation impeachment coup demonstration riot crackdown censorship journalist newspaper
propaganda espionage spy accord alliance partnership visit dialogue diplomacy embassy ambassador
constitution amendment decree regulation permit licence privatization genocide massacre atrocity
torture execution hostage prisoner exchange release peace victory defeat surrender mobilization
conscription recruitment independence sovereignty autonomy secession unification integration
membership enlargement mortgage construction infrastructure railway highway airport port bridge
immigration refugee migrant asylum soldier army troops weapon missile drone frontier occupation`)

// synthetic returns docs documents of claims drawn from a seeded PCG: speakers from a pool
// whose persons are sometimes named by surname alone and whose affiliation is sometimes
// left for another document to tell; dates over a few months; some remarks repeated by
// another outlet; some claims framed against another speaker. The pools are small, so that
// blocks are crowded and conflicts many.
func synthetic(seed uint64, docs, speakers, bodies, days int) []Doc {
	r := rand.New(rand.NewPCG(seed, 7))
	type person struct {
		full, sur, body string
		kind            claims.SpeakerKind
	}
	pool := make([]person, speakers)
	for i := range pool {
		body := fmt.Sprintf("Body%d", i%bodies)
		switch k := r.IntN(10); {
		case k < 7:
			pool[i] = person{fmt.Sprintf("Given%d Surname%d", i%7, i%(speakers*2/3)), fmt.Sprintf("Surname%d", i%(speakers*2/3)), body, claims.Person}
		case k < 9:
			pool[i] = person{fmt.Sprintf("Ministry%d", i), "", body, claims.Organisation}
		default:
			pool[i] = person{"an official", "", body, claims.Anonymous}
		}
	}
	start := claims.NewDate(2022, 1, 1)
	var out []Doc
	var prev []claims.Claim
	for d := range docs {
		id := fmt.Sprintf("doc%04d", d)
		day := start.AddDays(r.IntN(days))
		doc := Doc{Document: claims.Document{ID: id, Published: day, Text: fmt.Sprintf("text of %s, version %d", id, seed)}}
		n := 1 + r.IntN(8)
		for j := range n {
			cid := fmt.Sprintf("%s#%d", id, j+1)
			at := claims.Span{Start: 100 * j, End: 100*j + 40}
			if len(prev) > 0 && r.IntN(8) == 0 {
				c := prev[r.IntN(len(prev))]
				c.ID, c.Doc = cid, id
				c.Content.Span, c.Evidence.Span = at, at
				doc.Claims = append(doc.Claims, c)
				continue
			}
			p := pool[r.IntN(len(pool))]
			sp := claims.Speaker{Name: p.full, Kind: p.kind, Affiliation: p.body}
			if p.kind == claims.Person && r.IntN(3) == 0 {
				sp.Name = p.sur
			}
			if r.IntN(3) == 0 {
				sp.Affiliation = ""
			}
			text := fmt.Sprintf("remark %d of %s", j, id)
			c := claims.Claim{ID: cid, Doc: id, Speaker: sp,
				Content:  claims.Excerpt{Span: at, Text: text},
				Evidence: claims.Excerpt{Span: at, Text: text},
				Target:   syntheticNouns[r.IntN(len(syntheticNouns))]}
			switch k := r.IntN(10); {
			case k < 4:
				c.Polarity = claims.For
			case k < 8:
				c.Polarity = claims.Against
			case k < 9:
				c.Proposition.Predicate, c.Proposition.Negated = "rise", r.IntN(2) == 0
				c.Proposition.Terms = []string{"rise", c.Target}
			}
			if r.IntN(5) != 0 {
				c.When = claims.When{Date: day.AddDays(-r.IntN(3)), Precision: claims.Day}
			}
			if r.IntN(15) == 0 {
				o := pool[r.IntN(len(pool))]
				rel := claims.Contradicts
				if r.IntN(4) == 0 {
					rel = claims.Agrees
				}
				c.Responses = []claims.Response{{Relation: rel, Phrase: claims.Excerpt{Text: "contradicting"}, Other: o.full}}
			}
			if r.IntN(20) == 0 {
				c.Denies = true
			}
			doc.Claims = append(doc.Claims, c)
			prev = append(prev, c)
		}
		out = append(out, doc)
	}
	return out
}

func mathrand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 99)) }
