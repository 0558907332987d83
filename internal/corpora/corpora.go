// Package corpora finds the shared research corpora for tests and benchmarks: the folder
// ../shared/corpora beside the repository root. They are never copied into the repository,
// so a test that needs one skips when it is absent, as in a fresh clone.
package corpora

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the folder of the corpus name ("bbc", "polnear") or skips tb when it is
// absent. The repository root is the folder holding go.mod, above the package folder.
func Dir(tb testing.TB, name string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("corpora: no go.mod above the package folder")
		}
		dir = up
	}
	c := filepath.Join(dir, "..", "shared", "corpora", name)
	if _, err := os.Stat(c); err != nil {
		tb.Skipf("corpus %s not found: %v", name, err)
	}
	return c
}

// An Article is one .txt file of a corpus: its path under the corpus folder and its text.
type Article struct {
	Path, Text string
}

// Articles reads every .txt file under the folder of the corpus name, in lexical order of
// path, or skips tb when the corpus is absent. Its README.TXT is not an article.
func Articles(tb testing.TB, name string) []Article {
	tb.Helper()
	dir := Dir(tb, name)
	var out []Article
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, Article{Path: rel, Text: string(b)})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) == 0 {
		tb.Fatalf("corpora: no .txt articles under %s", dir)
	}
	return out
}
