// Peskov-lavrov shows the library on the case it was made for: on Thursday 21 July 2022
// Kremlin spokesman Dmitry Peskov said talks with Ukraine were still possible, one day after
// Foreign Minister Sergei Lavrov said such talks "make no sense". It reads seed article 001
// with its publication date, extracts the claims and prints the conflict between them.
//
// Usage, from the repository root:
//
//	go run ./examples/peskov-lavrov [-seeds testdata/seeds/seeds.jsonl]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/ingest"
)

const article = "001_1f3c99dd285c46df.txt"

func main() {
	seeds := flag.String("seeds", "testdata/seeds/seeds.jsonl", "the seed articles, as JSON Lines")
	flag.Parse()
	if err := run(*seeds, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "peskov-lavrov:", err)
		os.Exit(1)
	}
}

func run(seeds string, w io.Writer) error {
	var doc claims.Document
	var r ingest.Reader
	for it := range r.Read(context.Background(), []string{seeds}, nil) {
		if it.Err != nil {
			return it.Err
		}
		if it.Doc.ID == article {
			doc = it.Doc
		}
	}
	if doc.ID == "" {
		return fmt.Errorf("%s: no document %s", seeds, article)
	}
	var e extract.Extractor
	cs := e.Extract(doc)
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	var c compare.Comparer
	for _, k := range c.Compare(cs) {
		fmt.Fprintf(w, "%s (score %.2f)\n", k.Kind, k.Score)
		for _, side := range [][]string{k.A, k.B} {
			for _, id := range side {
				cl := byID[id]
				fmt.Fprintf(w, "  %s, %s: %s %s: %q\n", cl.Speaker.Name, cl.When.Date, cl.Polarity, cl.Target, cl.Content.Text)
			}
			fmt.Fprintln(w, "  --")
		}
		fmt.Fprintln(w, " ", k.Reason)
	}
	return nil
}
