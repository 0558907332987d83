package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/ingest"
	"github.com/contradict/contradict/internal/corpora"
)

// readBBC returns the BBC corpus extracted, in input order; it skips when the corpus is
// absent.
func readBBC(b *testing.B) []Doc {
	dir := corpora.Dir(b, "bbc")
	var items []ingest.Item
	for it := range (&ingest.Reader{}).Read(context.Background(), []string{dir}, nil) {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		items = append(items, it)
	}
	docs := make([]Doc, len(items))
	var ex extract.Extractor
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range next {
				docs[i] = extracted(&ex, items[i].Doc)
			}
		})
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs
}

// renamed returns d under another ID, as if another outlet had published it.
func renamed(d Doc, id string) Doc { return later(d, id, 0) }

// later returns d under another ID, its statements made days later: the same speakers on
// the same matters, another day.
func later(d Doc, id string, days int) Doc {
	out := Doc{Document: d.Document}
	out.ID = id
	out.Text = id + d.Text
	for _, c := range d.Claims {
		c.ID = id + "#" + c.ID[len(d.ID)+1:]
		c.Doc = id
		if !c.When.Date.IsZero() {
			c.When.Date = c.When.Date.AddDays(days)
		}
		out.Claims = append(out.Claims, c)
	}
	return out
}

// loadedFor returns how many stored claims Add compares with d's.
func loadedFor(b *testing.B, s *Store, d Doc) int {
	p, err := s.plan(context.Background(), []Doc{d})
	if err != nil {
		b.Fatal(err)
	}
	return len(p.rows)
}

// BenchmarkStoreBBC stores the BBC corpus (2,225 articles and README.TXT, about 20,000
// claims) in one Add, then measures, against that store, extracting one article and adding
// it: the article of the corpus with the most claims, under a new ID each time.
func BenchmarkStoreBBC(b *testing.B) {
	docs := readBBC(b)
	big := slices.MaxFunc(docs, func(x, y Doc) int { return cmp.Compare(len(x.Claims), len(y.Claims)) })
	var claimsN int
	for _, d := range docs {
		claimsN += len(d.Claims)
	}
	dir := b.TempDir()
	var s *Store
	b.Run("corpus", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if s != nil {
				s.Close()
			}
			i++
			var err error
			if s, err = Open(filepath.Join(dir, fmt.Sprintf("s%d.db", i))); err != nil {
				b.Fatal(err)
			}
			if _, err := s.Add(context.Background(), docs); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(claimsN), "claims")
	})
	if s == nil {
		b.Fatal("the corpus sub-benchmark did not run: run the whole benchmark")
	}
	defer s.Close()
	b.Run("extract-one", func(b *testing.B) {
		var ex extract.Extractor
		for b.Loop() {
			ex.Extract(big.Document)
		}
		b.ReportMetric(float64(len(big.Claims)), "claims/article")
	})
	b.Run("add-one", func(b *testing.B) {
		compared := loadedFor(b, s, renamed(big, "probe"))
		n := 0
		for b.Loop() {
			n++
			if _, err := s.Add(context.Background(), []Doc{renamed(big, fmt.Sprintf("bench%d", n))}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(big.Claims)), "claims/article")
		b.ReportMetric(float64(compared), "stored-claims-compared")
	})
}

// BenchmarkStoreSynthetic measures adding one article of 10 claims to a store of 10⁵ and
// 10⁶ synthetic claims, bulk-loaded with their keys, identities and the conflicts one
// Compare over all of them finds. Speakers are drawn from a skewed distribution (a few
// speak often), and half the claims have no stance, as in news. The typical article quotes
// speakers drawn the same way; the prolific one quotes the ten who speak most, on the
// commonest targets: in the store of 10⁶ the first of them has some 27,000 claims. Each
// iteration adds the article again under a new ID, a day later than the one before.
func BenchmarkStoreSynthetic(b *testing.B) {
	for _, n := range []int{1e5, 1e6} {
		b.Run(fmt.Sprintf("claims=%.0e", float64(n)), func(b *testing.B) {
			s := open(b)
			held, err := bulkLoad(s, bigSynthetic(1, n))
			if err != nil {
				b.Fatal(err)
			}
			for _, probe := range []struct {
				name string
				doc  Doc
			}{{"typical", bigSynthetic(2, 10)[0]}, {"prolific", prolific()}} {
				b.Run(probe.name, func(b *testing.B) {
					compared := loadedFor(b, s, renamed(probe.doc, "probe"))
					i := 0
					for b.Loop() {
						i++
						d := later(probe.doc, fmt.Sprintf("bench-%s%d", probe.name, i), i)
						if _, err := s.Add(context.Background(), []Doc{d}); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(compared), "stored-claims-compared")
					b.ReportMetric(float64(held.claims), "stored-claims")
					b.ReportMetric(float64(held.keys), "stored-keys")
					b.ReportMetric(float64(held.conflicts), "stored-conflicts")
				})
			}
		})
	}
}

// prolific returns an article whose ten claims are by the speakers bigSynthetic draws most,
// on its commonest targets.
func prolific() Doc {
	d := bigSynthetic(3, 10)[0]
	for i := range d.Claims {
		c := &d.Claims[i]
		c.Speaker = claims.Speaker{Name: fmt.Sprintf("Given%d Surname%d", i%13, i), Kind: claims.Person}
		if i%4 == 0 {
			c.Speaker = claims.Speaker{Name: fmt.Sprintf("Ministry%d", i), Kind: claims.Organisation}
		}
		c.Target = syntheticNouns[i%3]
		c.Polarity = claims.For
		if i%2 == 0 {
			c.Polarity = claims.Against
		}
		c.When = claims.When{Date: claims.NewDate(2021, 6, 1), Precision: claims.Day}
	}
	return d
}

// bigSynthetic returns documents of ten claims each, n claims in all.
func bigSynthetic(seed uint64, n int) []Doc {
	r := rand.New(rand.NewPCG(seed, 11))
	const speakers, bodies, days = 50_000, 500, 3 * 365
	pick := func(k int) int { return int(float64(k) * math.Pow(r.Float64(), 3)) } // skewed: low numbers often
	start := claims.NewDate(2020, 1, 1)
	var out []Doc
	for i := 0; i*10 < n; i++ {
		id := fmt.Sprintf("s%d/%07d", seed, i)
		day := start.AddDays(r.IntN(days))
		d := Doc{Document: claims.Document{ID: id, Published: day, Text: id}}
		for j := range 10 {
			sp := pick(speakers)
			c := claims.Claim{ID: fmt.Sprintf("%s#%d", id, j+1), Doc: id,
				Speaker: claims.Speaker{Name: fmt.Sprintf("Given%d Surname%d", sp%13, sp), Kind: claims.Person, Affiliation: fmt.Sprintf("Body%d", sp%bodies)},
				Content: claims.Excerpt{Span: claims.Span{Start: 50 * j, End: 50*j + 30}, Text: "what was said"}}
			if sp%4 == 0 {
				c.Speaker = claims.Speaker{Name: fmt.Sprintf("Ministry%d", sp), Kind: claims.Organisation, Affiliation: fmt.Sprintf("Body%d", sp%bodies)}
			}
			if r.IntN(3) == 0 {
				c.Speaker.Affiliation = ""
			}
			if r.IntN(2) == 0 {
				c.Target = syntheticNouns[pick(len(syntheticNouns))]
				c.Polarity = claims.For
				if r.IntN(2) == 0 {
					c.Polarity = claims.Against
				}
			}
			if r.IntN(5) != 0 {
				c.When = claims.When{Date: day.AddDays(-r.IntN(3)), Precision: claims.Day}
			}
			d.Claims = append(d.Claims, c)
		}
		out = append(out, d)
	}
	return out
}

// bulkLoad fills an empty store with docs and the conflicts one Compare over them finds,
// as Add would leave it, in one transaction and with the keys inserted in order, which is
// much faster than adding the documents one by one.
func bulkLoad(s *Store, docs []Doc) (held struct{ claims, keys, conflicts int }, err error) {
	ctx := context.Background()
	var cs []claims.Claim
	for _, d := range docs {
		cs = append(cs, d.Claims...)
	}
	found := new(compare.Comparer).Compare(cs)
	res := slices.Clone(cs)
	compare.Resolve(res)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return held, err
	}
	defer tx.Rollback()
	prep := func(q string) *sql.Stmt {
		st, e := tx.PrepareContext(ctx, q)
		err = cmp.Or(err, e)
		return st
	}
	insDoc := prep(`INSERT INTO documents (name, sha256, source, published, title, url) VALUES (?, ?, '', ?, '', '')`)
	insClaim := prep(`INSERT INTO claims (id, doc, seq, ident, keys, data) VALUES (?, ?, ?, ?, ?, ?)`)
	insIdent := prep(qInsertIdentity)
	insKey := prep(qInsertKey)
	if err != nil {
		return held, err
	}
	type pair struct{ key, ident, claim int64 }
	var pairs []pair
	rowOf := map[string]int64{}
	row := int64(0)
	i := 0
	for di, d := range docs {
		sum := sha256.Sum256([]byte(d.Text))
		if _, err := insDoc.ExecContext(ctx, d.ID, sum[:], d.Published.String()); err != nil {
			return held, err
		}
		for j, c := range d.Claims {
			row++
			ks := keysOf(c, res[i])
			i++
			data, err := encodeClaim(c)
			if err != nil {
				return held, err
			}
			if _, err := insClaim.ExecContext(ctx, row, di+1, j, identOf(c.Speaker), packKeys(ks), data); err != nil {
				return held, err
			}
			rowOf[c.ID] = row
			sp := c.Speaker
			for _, k := range ks {
				pairs = append(pairs, pair{k, hashKey(identOf(sp)), row})
			}
			if _, err := insIdent.ExecContext(ctx, identOf(sp), sp.Name, sp.Kind, sp.Affiliation, d.ID, j); err != nil {
				return held, err
			}
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.ident, y.ident), cmp.Compare(x.claim, y.claim))
	})
	for _, p := range pairs {
		if _, err := insKey.ExecContext(ctx, p.key, p.ident, p.claim); err != nil {
			return held, err
		}
	}
	byID := make(map[string]claims.Claim, len(cs))
	for _, c := range cs {
		byID[c.ID] = c
	}
	for _, k := range found {
		k.ID = conflictID(k, byID)
		if err := putConflict(ctx, tx, k, rowOf); err != nil {
			return held, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = value + 1 WHERE key = 'generation'`); err != nil {
		return held, err
	}
	held.claims, held.keys, held.conflicts = len(cs), len(pairs), len(found)
	return held, tx.Commit()
}
