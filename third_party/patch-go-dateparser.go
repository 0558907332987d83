//go:build ignore

// patch-go-dateparser rebuilds third_party/go-dateparser: a copy of the module
// github.com/markusmobius/go-dateparser, at the version go.mod requires, taken from the module
// cache (`go mod download` fetches it first if it is not there), with its locale data built
// on first use instead of at program start. See third_party/README.md for why.
//
// Run it from the repository root:
//
//	go run third_party/patch-go-dateparser.go
//
// The patch, in internal/data: each generated locale file's `func init()` becomes a named
// function `init_<file>`; a new file, 05-lazy-load.go, calls them all, in the order the Go
// runtime ran the init functions (file name order, which is how the go command hands files
// to the compiler), from one sync.Once; and GetLocaleData, the only function that reads the
// *_Locale variables, goes through that sync.Once first. Nothing else changes. The program
// stops with an error if upstream's files no longer look as the patch expects.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

const (
	module = "github.com/markusmobius/go-dateparser"
	dest   = "third_party/go-dateparser"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "patch-go-dateparser:", err)
		os.Exit(1)
	}
}

func run() error {
	version, err := goOutput("list", "-m", "-f", "{{.Version}}", module)
	if err != nil {
		return err
	}
	out, err := goOutput("mod", "download", "-json", module+"@"+version)
	if err != nil {
		return err
	}
	var m struct{ Dir string }
	if err := json.Unmarshal([]byte(out), &m); err != nil || m.Dir == "" {
		return fmt.Errorf("go mod download %s@%s: no directory (%v)", module, version, err)
	}
	if err := os.RemoveAll(dest); err != nil {
		return err
	}
	if err := copyTree(m.Dir, dest); err != nil {
		return err
	}
	if err := patch(filepath.Join(dest, "internal", "data")); err != nil {
		return err
	}
	fmt.Printf("patch-go-dateparser: %s@%s patched into %s\n", module, version, dest)
	return nil
}

func goOutput(args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}

// copyTree copies the module's files, writable (the module cache's are read-only).
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

var (
	initRE      = regexp.MustCompile(`(?m)^func init\(\) \{$`)
	localeVarRE = regexp.MustCompile(`\b[A-Za-z0-9_]+_Locale\b`)
)

const accessor = "func GetLocaleData(locale string) (*LocaleData, bool) {\n"

func patch(dir string) error {
	entries, err := os.ReadDir(dir) // sorted by file name, as the go command does
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		path := filepath.Join(dir, name)
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if name == "00-locale-data.go" {
			continue // GetLocaleData, below
		}
		if n := len(initRE.FindAllIndex(b, -1)); n == 0 {
			// The other files hold tables that read no locale variable.
			if bytes.Contains(b, []byte("func init(")) || localeVarRE.Match(b) {
				return fmt.Errorf("%s: not a locale file, but it builds or reads locale data", path)
			}
			continue
		}
		// A locale file declares its variables and sets them in its one function.
		if n := bytes.Count(b, []byte("\nfunc ")); n != 1 {
			return fmt.Errorf("%s: %d functions, the patch expects one init function a file", path, n)
		}
		fn := "init_" + strings.NewReplacer("-", "_", ".go", "").Replace(name)
		b = initRE.ReplaceAll(b, []byte("func "+fn+"() {"))
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return err
		}
		names = append(names, fn)
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: no locale init functions found", dir)
	}

	path := filepath.Join(dir, "00-locale-data.go")
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	// GetLocaleData, at the end of the file, must be the only reader of the locale
	// variables outside the functions that build them.
	i := bytes.Index(b, []byte(accessor))
	if i < 0 || bytes.Count(b, []byte(accessor)) != 1 || bytes.Count(b[i:], []byte("\nfunc ")) != 0 {
		return fmt.Errorf("%s: GetLocaleData not found as expected", path)
	}
	if localeVarRE.Match(b[:i]) {
		return fmt.Errorf("%s: a locale variable read outside GetLocaleData", path)
	}
	b = bytes.Replace(b, []byte(accessor), []byte(accessor+"\tloadLocales()\n\n"), 1)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return err
	}

	var buf bytes.Buffer
	buf.WriteString(`// Code generated by third_party/patch-go-dateparser.go; DO NOT EDIT.

package data

import "sync"

var loadOnce sync.Once

// loadLocales builds every locale's data the first time it is called; before the patch,
// the init functions of the locale files did it at program start. It calls them in the
// order the runtime did (file name order), since a regional locale merges its parent's.
func loadLocales() {
	loadOnce.Do(func() {
`)
	for _, fn := range names {
		fmt.Fprintf(&buf, "\t\t%s()\n", fn)
	}
	buf.WriteString("\t})\n}\n")
	return os.WriteFile(filepath.Join(dir, "05-lazy-load.go"), buf.Bytes(), 0o644)
}
