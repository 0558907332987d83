package contradict_test

import (
	"fmt"
	"os"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
)

// The Peskov/Lavrov conflict in seed article 001, published on 21 July 2022.
func Example() {
	text, err := os.ReadFile("testdata/seeds/001_1f3c99dd285c46df.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := claims.Document{ID: "001", Text: string(text), Published: claims.NewDate(2022, 7, 21)}
	var e extract.Extractor
	cs := e.Extract(doc)
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	var c compare.Comparer
	for _, k := range c.Compare(cs) {
		fmt.Println(k.Kind)
		for _, side := range [][]string{k.A, k.B} {
			for _, id := range side {
				cl := byID[id]
				fmt.Printf("  %s on %s, %s %s\n", cl.Speaker.Name, cl.When.Date, cl.Polarity, cl.Target)
			}
		}
	}
	// Output:
	// between-officials
	//   Kremlin on 2022-07-21, for talks
	//   Kremlin on 2022-07-21, for talks
	//   Dmitry Peskov on 2022-07-21, for talks
	//   Dmitry Peskov on 2022-07-21, for talks
	//   Sergei Lavrov on 2022-07-20, against talks
}
