package ingest_test

import (
	"fmt"

	"github.com/contradict/contradict/ingest"
)

func ExampleParseHTML() {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Door not shut - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-07-21T14:32:00+03:00">
<link rel="canonical" href="https://news.example.com/door-not-shut">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Door not shut</h1>
<p>Kremlin spokesman Dmitry Peskov said negotiations with Kyiv were still possible, one day after the foreign minister said such talks made no sense.</p>
<aside class="newsletter"><p>Sign up for our free weekly newsletter and never miss the latest news.</p></aside>
<p>The foreign minister had said on Wednesday that Moscow's goals now reached beyond the east of the country.</p>
</article>
<footer>© 2022 Example News. All rights reserved.</footer>
</body></html>`
	doc, err := ingest.ParseHTML("door.html", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Source, "|", doc.Published, "|", doc.URL)
	fmt.Print(doc.Text)
	// Output:
	// Example News | 2022-07-21 | https://news.example.com/door-not-shut
	// Door not shut
	//
	// Kremlin spokesman Dmitry Peskov said negotiations with Kyiv were still possible, one day after the foreign minister said such talks made no sense.
	//
	// The foreign minister had said on Wednesday that Moscow's goals now reached beyond the east of the country.
}
