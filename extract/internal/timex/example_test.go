package timex_test

import (
	"fmt"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

func Example() {
	text := "MOSCOW, July 21, 2022 (Reuters) - Kremlin spokesman Dmitry Peskov said on Thursday " +
		"that talks were possible, one day after Lavrov said they made no sense. " +
		"Ukraine walked out of the March 29 talks, Lavrov said earlier this week."
	pub, _, _ := timex.Dateline(text)
	fmt.Println("published", pub)
	for _, e := range timex.Find(text) {
		w := e.Resolve(pub)
		fmt.Printf("%-20q %-9v %v", e.Text, e.Kind, w)
		if days, ok := e.Relative(); ok {
			fmt.Printf(" [%+d days from its anchor]", days)
		}
		if e.Attributive {
			fmt.Print(" [modifies a noun]")
		}
		fmt.Println()
	}
	fmt.Println(timex.Find("Peskov said Thursday")[0].Resolve(claims.Date{}))
	// Output:
	// published 2022-07-21
	// "July 21, 2022"      calendar  2022-07-21 (July 21, 2022)
	// "on Thursday"        weekday   2022-07-21 (on Thursday)
	// "one day after"      anchored  unknown (1 day after) [+1 days from its anchor]
	// "March 29"           calendar  2022-03-29 (March 29) [modifies a noun]
	// "earlier this week"  deictic   week of 2022-07-18 (earlier this week)
	// unknown (Thursday)
}
