package extract_test

import (
	"fmt"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract"
)

func ExampleExtractor_Extract() {
	doc := claims.Document{
		ID:        "boe.txt",
		Published: claims.NewDate(2025, 3, 14),
		Text: "Bank of England Governor Andrew Bailey said on Thursday that interest rates would fall. " +
			"“We are not there yet,” his deputy Clare Lombardelli said.",
	}
	var e extract.Extractor
	for _, c := range e.Extract(doc) {
		fmt.Printf("%s (%s), %s: %q at bytes %d–%d\n", c.Speaker.Name, c.Speaker.Role, c.When, c.Content.Text, c.Content.Start, c.Content.End)
	}
	// Output:
	// Andrew Bailey (Bank of England Governor), 2025-03-13 (on Thursday): "interest rates would fall" at bytes 61–86
	// Clare Lombardelli (deputy), 2025-03-13 (Bailey’s remarks on Thursday): "We are not there yet" at bytes 91–111
}
