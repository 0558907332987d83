package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bbcDir returns the BBC corpus folder, ../shared/corpora/bbc beside the repository root
// (the folder holding go.mod), or skips when it is absent, as in a fresh clone.
func bbcDir(tb testing.TB) string {
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
			tb.Fatal("no go.mod above the package folder")
		}
		dir = up
	}
	bbc := filepath.Join(dir, "..", "shared", "corpora", "bbc")
	if _, err := os.Stat(bbc); err != nil {
		tb.Skipf("BBC corpus not found: %v", err)
	}
	return bbc
}

// bbcJSONL writes every *.txt article under dir to one JSON Lines file in a temporary
// folder, each with its path below dir as its id, and returns the file, the number of
// articles and their bytes. The corpus's README.TXT is left out.
//
// The command names a file's document by its base name, so given the folder itself it
// rejects 1,714 of the 2,225 articles as duplicates (business/001.txt and sport/001.txt
// are both "001.txt"); one JSON Lines file with unique ids has it process them all.
func bbcJSONL(tb testing.TB, dir string) (path string, n int, size int64) {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		n++
		size += int64(len(b))
		return enc.Encode(struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}{filepath.ToSlash(rel), string(b)})
	})
	if err != nil {
		tb.Fatal(err)
	}
	path = filepath.Join(tb.TempDir(), "bbc.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, n, size
}

// BenchmarkCommandBBC runs the whole command, reading, extraction on every CPU, comparison
// and the JSON report, over the 2,225 BBC articles. Compare its MB/s with
// BenchmarkBBC/prose-full in package extract: the target is ten times prose's rate.
func BenchmarkCommandBBC(b *testing.B) {
	in, n, size := bbcJSONL(b, bbcDir(b))
	b.SetBytes(size)
	b.ReportAllocs()
	var out, errOut bytes.Buffer
	for b.Loop() {
		out.Reset()
		errOut.Reset()
		if code := run([]string{"-format", "json", in}, strings.NewReader(""), &out, &errOut); code != 0 {
			b.Fatalf("exit status %d\n%s", code, errOut.String())
		}
	}
	b.StopTimer()
	var r jsonReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		b.Fatalf("report is not JSON: %v", err)
	}
	if len(r.Documents) != n {
		b.Errorf("report has %d documents, want the %d articles", len(r.Documents), n)
	}
	for _, d := range r.Documents {
		if d.Error != "" {
			b.Errorf("%s: %s", d.ID, d.Error)
		}
	}
	b.ReportMetric(float64(len(r.Claims)), "claims/op")
}
