package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/store"
)

// said returns a claim of doc: speaker for or against talks on a day.
func said(doc string, sp claims.Speaker, day int, p claims.Polarity, text string) claims.Claim {
	return claims.Claim{ID: doc + "#1", Doc: doc, Speaker: sp, Target: "talks", Polarity: p,
		When:    claims.When{Date: claims.NewDate(2022, 7, day), Precision: claims.Day},
		Content: claims.Excerpt{Span: claims.Span{Start: 0, End: len(text)}, Text: text}}
}

// Lavrov's remark is stored on Wednesday; Peskov's, added on Thursday, is set against it.
func ExampleStore_Add() {
	dir, err := os.MkdirTemp("", "store")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := store.Open(filepath.Join(dir, "claims.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	lavrov := claims.Speaker{Name: "Sergei Lavrov", Kind: claims.Person, Affiliation: "Russia"}
	peskov := claims.Speaker{Name: "Dmitry Peskov", Kind: claims.Person, Affiliation: "Russia"}
	wed := store.Doc{Document: claims.Document{ID: "wed", Text: "Lavrov said talks make no sense."}}
	wed.Claims = []claims.Claim{said("wed", lavrov, 20, claims.Against, "talks make no sense")}
	thu := store.Doc{Document: claims.Document{ID: "thu", Text: "Peskov said talks were still possible."}}
	thu.Claims = []claims.Claim{said("thu", peskov, 21, claims.For, "talks were still possible")}

	ctx := context.Background()
	for _, d := range []store.Doc{wed, thu, thu} {
		r, err := s.Add(ctx, []store.Doc{d})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: added %v, unchanged %v\n", d.ID, r.Added, r.Unchanged)
		for _, k := range r.Conflicts {
			fmt.Println(" ", k.Kind, k.A, k.B)
		}
	}
	all, err := s.Conflicts(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("stored:", len(all.Conflicts), "conflict, in", len(all.Documents), "documents")
	// Output:
	// wed: added [wed], unchanged []
	// thu: added [thu], unchanged []
	//   between-officials [thu#1] [wed#1]
	// thu: added [], unchanged [thu]
	// stored: 1 conflict, in 2 documents
}
