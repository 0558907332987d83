package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contradict/contradict/internal/corpora"
)

// bbcDir returns the BBC corpus folder, or skips when it is absent.
func bbcDir(tb testing.TB) string { return corpora.Dir(tb, "bbc") }

// textFiles counts the files the command reads from dir, *.txt in any case (so the
// corpus's README.TXT too), and their bytes.
func textFiles(tb testing.TB, dir string) (n int, size int64) {
	tb.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".txt") {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		n++
		size += fi.Size()
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n, size
}

// BenchmarkCommandBBC runs the whole command, reading, extraction on every CPU, comparison
// and the JSON report, over the BBC corpus folder: 2,225 articles and README.TXT, which the
// command reads as one more document. Every file must be reported, none with an error.
// Compare its MB/s with BenchmarkBBC/prose-full in package extract: the target is ten
// times prose's rate.
func BenchmarkCommandBBC(b *testing.B) {
	dir := bbcDir(b)
	files, size := textFiles(b, dir)
	b.SetBytes(size)
	b.ReportAllocs()
	var out, errOut bytes.Buffer
	for b.Loop() {
		out.Reset()
		errOut.Reset()
		if code := run([]string{"-format", "json", dir}, strings.NewReader(""), &out, &errOut); code != 0 {
			b.Fatalf("exit status %d\n%s", code, errOut.String())
		}
	}
	b.StopTimer()
	var r jsonReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		b.Fatalf("report is not JSON: %v", err)
	}
	if len(r.Documents) != files {
		b.Errorf("report has %d documents, the folder %d .txt files", len(r.Documents), files)
	}
	for _, d := range r.Documents {
		if d.Error != "" {
			b.Errorf("%s: %s", d.Input, d.Error)
		}
	}
	b.ReportMetric(float64(len(r.Claims)), "claims/op")
}
