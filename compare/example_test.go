package compare_test

import (
	"fmt"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

// The Kremlin's spokesman says Russia is open to talks with Kyiv a day after the foreign
// minister said there was no point: two officials of one government in conflict.
func ExampleComparer_Compare() {
	day := func(s string) claims.When {
		d, err := claims.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return claims.When{Date: d, Precision: claims.Day}
	}
	cs := []claims.Claim{{
		ID:       "reuters#3",
		Doc:      "reuters",
		Speaker:  claims.Speaker{Name: "Dmitry Peskov", Kind: claims.Person, Role: "Kremlin spokesman", Affiliation: "Russia"},
		Content:  claims.Excerpt{Text: "Russia remains open to talks"},
		When:     day("2022-07-21"),
		Target:   "talks",
		Polarity: claims.For,
	}, {
		ID:       "tass#1",
		Doc:      "tass",
		Speaker:  claims.Speaker{Name: "Sergei Lavrov", Kind: claims.Person, Role: "foreign minister", Affiliation: "Russia"},
		Content:  claims.Excerpt{Text: "there is no point in talks now"},
		When:     day("2022-07-20"),
		Target:   "talks",
		Polarity: claims.Against,
	}}
	for _, k := range new(compare.Comparer).Compare(cs) {
		fmt.Printf("%s %s %.2f %v %v\n", k.ID, k.Kind, k.Score, k.A, k.B)
		fmt.Println(k.Reason)
	}
	// Output:
	// k1 between-officials 0.70 [reuters#3] [tass#1]
	// Dmitry Peskov, on 2022-07-21, for talks ("Russia remains open to talks"); Sergei Lavrov, on 2022-07-20, against talks ("there is no point in talks now"): both speak for Russia, one day apart.
}
