package wordnet_test

import (
	"fmt"

	"github.com/contradict/contradict/internal/wordnet"
)

func Example() {
	fmt.Println(wordnet.Lemmas("said", wordnet.Verb))
	fmt.Println(wordnet.Antonyms("continued", "stopped", wordnet.Verb))
	fmt.Println(wordnet.Antonyms("open", "shut", wordnet.Adj))
	fmt.Println(wordnet.Synonyms("talks", "negotiations", wordnet.Noun))
	fmt.Println(wordnet.Related("decision", "decide", wordnet.AnyPOS))
	// Output:
	// [say]
	// true
	// true
	// true
	// true
}

// Comparing one word with many, each word's synsets are looked up once.
func ExampleSynsets() {
	talks := wordnet.Synsets("talks", wordnet.Noun)
	for _, w := range []string{"negotiations", "dialogue", "weather"} {
		fmt.Println(w, wordnet.Overlap(talks, wordnet.Synsets(w, wordnet.Noun)))
	}
	// Output:
	// negotiations true
	// dialogue true
	// weather false
}
