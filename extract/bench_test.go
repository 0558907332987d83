package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/internal/corpora"
	"github.com/jdkato/prose/v2"
)

// bbcDocs reads every article of the BBC corpus in ../shared/corpora/bbc beside the
// repository, sorted by path, or skips when the corpus is absent (a fresh clone has none).
func bbcDocs(tb testing.TB) []claims.Document {
	tb.Helper()
	var docs []claims.Document
	for _, a := range corpora.Articles(tb, "bbc") {
		docs = append(docs, claims.Document{ID: a.Path, Text: a.Text})
	}
	return docs
}

// seedTexts reads the seed articles testdata/seeds/*.txt at the repository root.
func seedTexts(tb testing.TB) []claims.Document {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatal("no testdata/seeds/*.txt")
	}
	var docs []claims.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, claims.Document{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: string(b)})
	}
	return docs
}

func totalBytes(docs []claims.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// BenchmarkBBC measures, over all 2,225 BBC articles (about 5 MB), prose's full pipeline
// (tokenization, segmentation, tagging and entity extraction, one shared model) and
// Extractor.Extract, so that one run gives the MB/s of both. The project's target is the
// whole command at ten times prose's rate or better. The articles are read once, before
// the timers start; one iteration processes every article once.
//
// This file imports prose directly only to measure the baseline; the library reaches prose
// through extract/internal/nlp alone.
func BenchmarkBBC(b *testing.B) {
	docs := bbcDocs(b)
	size := totalBytes(docs)

	b.Run("prose-full", func(b *testing.B) {
		model := prose.ModelFromData("en")
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				_, err := prose.NewDocument(d.Text,
					prose.UsingModel(model),
					prose.WithTokenization(true),
					prose.WithSegmentation(true),
					prose.WithTagging(true),
					prose.WithExtraction(true))
				if err != nil {
					b.Fatalf("%s: %v", d.ID, err)
				}
			}
		}
	})

	b.Run("extract", func(b *testing.B) {
		var e extract.Extractor
		// Load the lexicons and the models before the timer starts, as prose's model is.
		e.Extract(docs[0])
		b.SetBytes(size)
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			for _, d := range docs {
				n += len(e.Extract(d))
			}
		}
		b.ReportMetric(float64(n), "claims/op")
	})
}

// BenchmarkExtractSeeds measures Extractor.Extract on the five seed articles, which are
// always present.
func BenchmarkExtractSeeds(b *testing.B) {
	docs := seedTexts(b)
	var e extract.Extractor
	e.Extract(docs[0])
	b.SetBytes(totalBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			e.Extract(d)
		}
	}
}
