// Package corpora finds the shared research corpora for tests and benchmarks: the folder
// ../shared/corpora beside the repository root. They are never copied into the repository,
// so a test that needs one skips when it is absent, as in a fresh clone.
package corpora

import (
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
