// Package corpora finds the shared research corpora for tests and benchmarks: the folder
// ../shared/corpora beside the repository root. They are never copied into the repository,
// so a test that needs one skips when it is absent, as in a fresh clone.
package corpora

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
	for _, p := range TextFiles(tb, dir) {
		if filepath.Ext(p) != ".txt" {
			continue // README.TXT
		}
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, Article{Path: rel, Text: string(b)})
	}
	if len(out) == 0 {
		tb.Fatalf("corpora: no .txt articles under %s", dir)
	}
	return out
}

// TextFiles lists the files under dir whose extension is .txt in any case (the BBC
// corpus's README.TXT too), in lexical order of path: the files the command reads from a
// folder, in the order it reads them.
func TextFiles(tb testing.TB, dir string) []string {
	tb.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".txt") {
			return err
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("corpora: no .txt files under %s", dir)
	}
	return paths
}
