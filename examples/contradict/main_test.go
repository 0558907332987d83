package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// jsonReport is the part of the JSON report the tests look at.
type jsonReport struct {
	Documents []struct {
		ID    string `json:"id"`
		Input string `json:"input"`
		Error string `json:"error"`
	} `json:"documents"`
	Claims []struct {
		ID  string `json:"id"`
		Doc string `json:"doc"`
	} `json:"claims"`
	Conflicts []struct {
		ID   string   `json:"id"`
		Kind string   `json:"kind"`
		A    []string `json:"a"`
		B    []string `json:"b"`
	} `json:"conflicts"`
}

// command runs the command and returns its exit status, standard output and error.
func command(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func decode(t *testing.T, s string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, s)
	}
	return r
}

// docErrors returns the error of each document in the report by input name ("" when none).
func docErrors(r jsonReport) map[string]string {
	m := make(map[string]string)
	for _, d := range r.Documents {
		m[d.Input] = d.Error
	}
	return m
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// counts is the line the command ends with on standard error.
func counts(read, failed int) string {
	return "contradict: " + strconv.Itoa(read) + " documents read, " + strconv.Itoa(read-failed) +
		" processed, " + strconv.Itoa(failed) + " failed\n"
}

func TestSeeds(t *testing.T) {
	code, out, errOut := command(t, "", "-format", "json", "../../testdata/seeds")
	if code != 0 || errOut != counts(5, 0) {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	r := decode(t, out)
	var ids []string
	for _, d := range r.Documents {
		if d.Error != "" {
			t.Errorf("%s: %s", d.Input, d.Error)
		}
		ids = append(ids, d.ID)
	}
	// The JSON Lines file comes first; the text files repeat its documents and are skipped.
	want := []string{"000_2616d883826eae21.txt", "001_1f3c99dd285c46df.txt", "002_8652b542620d705f.txt",
		"003_2150c48fb8470fad.txt", "004_9c6fa6baf7c6373c.txt"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("documents (-want +got)\n%s", diff)
	}
	// Text, the default, is deterministic too.
	_, a, _ := command(t, "", "-workers", "1", "../../testdata/seeds")
	_, b, _ := command(t, "", "-workers", "8", "../../testdata/seeds")
	if a != b {
		t.Errorf("the report depends on the number of workers")
	}
	if !strings.Contains(a, "Summary: 5 documents") {
		t.Errorf("text report without summary:\n%s", a)
	}
}

// goodPage is a saved web page with one claim.
const goodPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks</title></head><body>
<nav><a href="/">Home</a></nav><article><p>Kremlin spokesman Dmitry Peskov said negotiations with Kyiv were still possible.</p></article>
</body></html>
`

func TestBadInputs(t *testing.T) {
	const good = "Kremlin spokesman Dmitry Peskov said negotiations with Kyiv were still possible.\n"
	tests := []struct {
		name, why string
		file      string
		data      func() []byte
		msg       string // the error after "contradict: <path>"
		failed    int    // documents failed of 2 (good.txt and file) or more
		read      int
	}{
		{name: "empty", why: "an empty file has no article", file: "empty.txt",
			data: func() []byte { return nil }, msg: ": empty document", read: 2, failed: 1},
		{name: "binary", why: "a binary file is not an article", file: "image.txt",
			data: func() []byte { return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") },
			msg:  ": binary data: NUL byte at offset 8", read: 2, failed: 1},
		{name: "invalid UTF-8", why: "Latin-1 text is refused", file: "latin1.txt",
			data: func() []byte { return []byte("Pe\xf1a said so.") },
			msg:  ": invalid UTF-8 at offset 2", read: 2, failed: 1},
		{name: "huge line", why: "a 20 MB file is over the 16 MiB limit", file: "huge.txt",
			data: func() []byte { return bytes.Repeat([]byte("a"), 20<<20) },
			msg:  ": document too large: 20971520 bytes, limit 16777216", read: 2, failed: 1},
		{name: "huge JSON line", why: "a 20 MB JSON line is over the limit", file: "huge.jsonl",
			data: func() []byte {
				return []byte(`{"id": "huge", "text": "` + strings.Repeat("a", 20<<20) + "\"}\n")
			},
			msg: ":1: document too large: line too long: 20971546 bytes, limit 16777216", read: 2, failed: 1},
		{name: "quotes", why: "10,000 unbalanced quote marks are odd but readable", file: "quotes.txt",
			data: func() []byte { return []byte(strings.Repeat("“", 10000) + " he said.") }, read: 2},
		{name: "broken JSON line", why: "one bad line does not lose the others", file: "news.jsonl",
			data: func() []byte {
				return []byte(`{"id": "n1", "text": "Lavrov said talks make no sense."}
{"id": "n2", "text": "Peskov said
{"id": "n3", "text": "Zelensky said talks were over.", "published": "2022-07-21"}
`)
			},
			msg: `:2: invalid JSON: unexpected end of JSON input`, read: 4, failed: 1},
		{name: "truncated page", why: "a page cut off in its article", file: "cut.html",
			data: func() []byte { return []byte(goodPage[:strings.Index(goodPage, "were still")]) },
			msg:  `: truncated HTML: the page ends in the middle of text ("…mitry Peskov said negotiations with Kyiv"): the file was cut off`, read: 2, failed: 1},
		{name: "binary page", why: "an image saved as a page", file: "image.html",
			data: func() []byte { return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") },
			msg:  ": binary data, not HTML: NUL byte at offset 8", read: 2, failed: 1},
		{name: "50 MB page", why: "a page over the 16 MiB limit is refused unread", file: "big.html",
			data: func() []byte { return append([]byte(goodPage), bytes.Repeat([]byte("<!-- padding -->"), 50<<20/16)...) },
			msg:  ": document too large: 52429036 bytes, limit 16777216", read: 2, failed: 1},
		{name: "page without article", why: "a page of links holds no sentence", file: "front.htm",
			data: func() []byte {
				return []byte(`<!DOCTYPE html><html><head><title>World</title></head><body><nav><a href="/">Home</a></nav><ul><li><a href="/a">Minister says talks are over</a></li></ul></body></html>`)
			},
			msg: ": no article text: the page's main text holds no sentence, only 1 short line(s)", read: 2, failed: 1},
		{name: "good page", why: "a saved page is one more document", file: "page.html",
			data: func() []byte { return []byte(goodPage) }, read: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "a-good.txt"), []byte(good))
			bad := filepath.Join(dir, tt.file)
			write(t, bad, tt.data())

			code, out, errOut := command(t, "", "-format", "json", dir)
			wantCode, wantErr := 0, counts(2, 0)
			if tt.failed > 0 {
				wantCode = 1
				wantErr = "contradict: " + bad + tt.msg + "\n" + counts(tt.read, tt.failed)
			}
			if code != wantCode {
				t.Errorf("%s: exit %d, want %d", tt.why, code, wantCode)
			}
			if diff := cmp.Diff(wantErr, errOut); diff != "" {
				t.Errorf("%s: stderr (-want +got)\n%s", tt.why, diff)
			}
			r := decode(t, out)
			if len(r.Documents) != tt.read {
				t.Errorf("%s: %d documents in the report, want %d", tt.why, len(r.Documents), tt.read)
			}
			errs := docErrors(r)
			if e, ok := errs[filepath.Join(dir, "a-good.txt")]; !ok || e != "" {
				t.Errorf("%s: good document missing or failed (%q)", tt.why, e)
			}
		})
	}
}

func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("Peskov said talks were possible."))
	p := filepath.Join(dir, "b.txt")
	write(t, p, []byte("Lavrov said talks make no sense."))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("a file with mode 000 is readable here (running as root)")
	}
	code, out, errOut := command(t, "", "-format", "json", dir)
	want := "contradict: " + p + ": cannot read: permission denied\n" +
		"contradict: 2 documents read, 1 processed, 1 failed\n"
	if diff := cmp.Diff(want, errOut); diff != "" || code != 1 {
		t.Errorf("exit %d, stderr (-want +got)\n%s", code, diff)
	}
	if e := docErrors(decode(t, out)); e[filepath.Join(dir, "a.txt")] != "" || e[p] == "" {
		t.Errorf("documents: %v", e)
	}
}

func TestMissingPath(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.txt")
	code, _, errOut := command(t, "", p)
	want := "contradict: " + p + ": cannot read: no such file or directory\n" +
		"contradict: 1 documents read, 0 processed, 1 failed\n"
	if diff := cmp.Diff(want, errOut); diff != "" || code != 1 {
		t.Errorf("exit %d, stderr (-want +got)\n%s", code, diff)
	}
}

func TestStdin(t *testing.T) {
	in := `{"id": "a", "text": "Peskov said talks were possible."}` + "\n" + `{"id": "a", "text": "Other."}` + "\n"
	code, out, errOut := command(t, in, "-format", "json", "-")
	want := "contradict: stdin:2: duplicate document id \"a\", first read from stdin:1\n" +
		"contradict: 2 documents read, 1 processed, 1 failed\n"
	if diff := cmp.Diff(want, errOut); diff != "" || code != 1 {
		t.Errorf("exit %d, stderr (-want +got)\n%s", code, diff)
	}
	if r := decode(t, out); len(r.Documents) != 2 || r.Documents[0].ID != "a" {
		t.Errorf("documents: %+v", r.Documents)
	}
}

func TestOutputFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "report.json")
	code, out, errOut := command(t, "", "-format", "json", "-o", p, "../../testdata/seeds/seeds.jsonl")
	if code != 0 || out != "" || errOut != counts(5, 0) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if r := decode(t, string(data)); len(r.Documents) != 5 {
		t.Errorf("%d documents, want 5", len(r.Documents))
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name, why string
		args      []string
		msg       string
	}{
		{"no input", "nothing to read", nil, "contradict: no input"},
		{"format", "only text, json and html", []string{"-format", "xml", "x"}, `contradict: -format "xml": want text, json or html`},
		{"workers", "at least one worker", []string{"-workers", "0", "x"}, "contradict: -workers 0: want at least 1"},
		{"flag", "unknown flags are errors", []string{"-frobnicate", "x"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		code, out, errOut := command(t, "", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.msg) || !strings.Contains(errOut, "usage:") {
			t.Errorf("%s: %s: exit %d, stderr %q; want 2 and %q with usage", tt.name, tt.why, code, errOut, tt.msg)
		}
	}
	if code, _, _ := command(t, "", "-h"); code != 0 {
		t.Errorf("-h: exit %d, want 0", code)
	}
}

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/seeds")

// TestSeedsGolden pins the whole pipeline's reports on the seeds with their metadata: the
// text report a journalist reads and the JSON report contract. Rewrite with
// go test ./examples/contradict -update after a deliberate change, and read the diff.
func TestSeedsGolden(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		code, out, errOut := command(t, "", "-format", format, "../../testdata/seeds/seeds.jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		golden := filepath.Join("..", "..", "testdata", "seeds", "report."+format+".golden")
		if *update {
			write(t, golden, []byte(out))
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./examples/contradict -update to create it)", err)
		}
		if d := cmp.Diff(string(want), out); d != "" {
			t.Errorf("%s report differs from %s (-want +got):\n%s", format, golden, d)
		}
	}
}

// TestRawSeeds checks the case the project was made for on the text files alone, with no
// publication dates: the Peskov/Lavrov conflict is still found, dated as the text dates it.
func TestRawSeeds(t *testing.T) {
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seed files: %v %v", files, err)
	}
	code, out, errOut := command(t, "", append([]string{"-format", "json"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Claims []struct {
			ID, Doc, Relative string
			Speaker           struct{ Name string }
		}
		Conflicts []struct {
			Kind string
			A, B []string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	who := map[string]string{}
	when := map[string]string{}
	for _, c := range r.Claims {
		who[c.ID], when[c.ID] = c.Speaker.Name, c.Relative
	}
	found := false
	for _, k := range r.Conflicts {
		if k.Kind != "between-officials" {
			continue
		}
		sides := map[string]string{}
		for _, id := range append(append([]string{}, k.A...), k.B...) {
			sides[who[id]] = when[id]
		}
		if sides["Dmitry Peskov"] == "Thursday" && strings.Contains(sides["Sergei Lavrov"], "1 day before") {
			found = true
		}
	}
	if !found {
		t.Errorf("no between-officials conflict of Peskov (Thursday) and Lavrov (1 day before) in:\n%s", out)
	}
}
