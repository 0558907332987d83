package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// result is an Item reduced to what tests compare.
type result struct {
	Name string
	ID   string // when no error
	Err  string // error text, when any
}

func collect(t *testing.T, r *Reader, paths []string, stdin string) ([]result, []Item) {
	t.Helper()
	var rs []result
	var items []Item
	for it := range r.Read(context.Background(), paths, strings.NewReader(stdin)) {
		if it.Seq != len(items) {
			t.Errorf("item %d has Seq %d", len(items), it.Seq)
		}
		items = append(items, it)
		res := result{Name: it.Name}
		if it.Err != nil {
			res.Err = it.Err.Error()
		} else {
			res.ID = it.Doc.ID
		}
		rs = append(rs, res)
	}
	return rs, items
}

// writeFiles writes files under a new temporary folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadBadInputs(t *testing.T) {
	const good = "Peskov said talks were possible.\n"
	tests := []struct {
		name, why string
		file      string // the bad input, written beside good.txt
		data      string
		max       int
		line      int // for JSON Lines, the line the error names
		err       error
		msg       string // in the error text
	}{
		{name: "empty", why: "a zero-byte file has no article", file: "bad.txt", data: "", err: claims.ErrEmpty},
		{name: "blank", why: "white space only has no article", file: "bad.txt", data: "\n \n", err: claims.ErrEmpty},
		{name: "binary", why: "NUL bytes mean binary data", file: "bad.txt", data: "PK\x03\x04\x00\x00abc", err: claims.ErrBinary, msg: "NUL byte at offset 4"},
		{name: "invalid UTF-8", why: "Latin-1 is not UTF-8", file: "bad.txt", data: "Se\xf1or said", err: claims.ErrInvalidUTF8, msg: "offset 2"},
		{name: "too large", why: "a file over MaxBytes is refused unread", file: "bad.txt", data: strings.Repeat("a", 200), max: 100, err: claims.ErrTooLarge, msg: "200 bytes, limit 100"},
		{name: "bad header date", why: "a date header must be a real day", file: "bad.txt", data: "date 2022-02-30\nText.", err: ErrDate},
		{name: "JSON syntax", why: "a line that is not JSON", file: "bad.jsonl", data: `{"id": "x", "text": "a"`, line: 1, err: ErrJSON},
		{name: "JSON not object", why: "each line must be an object", file: "bad.jsonl", data: `["x"]`, line: 1, err: ErrJSON, msg: "not an object"},
		{name: "JSON no id", why: "id is required", file: "bad.jsonl", data: `{"text": "Peskov said so."}`, line: 1, err: ErrMissing, msg: `"id"`},
		{name: "JSON empty id", why: "an empty id names nothing", file: "bad.jsonl", data: `{"id": "", "text": "Peskov said so."}`, line: 1, err: ErrMissing, msg: `"id"`},
		{name: "JSON no text", why: "text is required", file: "bad.jsonl", data: `{"id": "x"}`, line: 1, err: ErrMissing, msg: `"text"`},
		{name: "JSON empty text", why: "an empty text has no article", file: "bad.jsonl", data: `{"id": "x", "text": ""}`, line: 1, err: claims.ErrEmpty},
		{name: "JSON NUL", why: "an escaped NUL is binary data", file: "bad.jsonl", data: `{"id": "x", "text": "a\u0000b"}`, line: 1, err: claims.ErrBinary},
		{name: "JSON invalid UTF-8", why: "encoding/json would hide it as U+FFFD", file: "bad.jsonl", data: "{\"id\": \"x\", \"text\": \"Se\xf1or\"}", line: 1, err: claims.ErrInvalidUTF8, msg: "column 24"},
		{name: "JSON bad date", why: "published must be YYYY-MM-DD", file: "bad.jsonl", data: `{"id": "x", "text": "a", "published": "21 July 2022"}`, line: 1, err: ErrDate},
		{name: "JSON line too long", why: "a line over MaxBytes is refused", file: "bad.jsonl", data: `{"id": "x", "text": "` + strings.Repeat("a", 200) + `"}`, max: 100, line: 1, err: claims.ErrTooLarge, msg: "line too long"},
		{name: "duplicate id", why: "the same ID with another text", file: "bad.jsonl", data: `{"id": "good.txt", "text": "Other text."}`, line: 1, err: ErrDuplicate, msg: "first read from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"good.txt": good, tt.file: tt.data})
			good, bad := filepath.Join(dir, "good.txt"), filepath.Join(dir, tt.file)
			// good.txt first, so that the duplicate is the bad file.
			rs, items := collect(t, &Reader{MaxBytes: tt.max}, []string{good, bad}, "")
			if len(rs) != 2 || rs[0].ID != "good.txt" {
				t.Fatalf("%s: got %+v, want good.txt then the error", tt.why, rs)
			}
			err := items[1].Err
			if !errors.Is(err, tt.err) {
				t.Fatalf("%s: err = %v, want %v", tt.why, err, tt.err)
			}
			var e *Error
			if !errors.As(err, &e) || e.Path != bad || e.Line != tt.line {
				t.Errorf("%s: error %q does not name %s line %d", tt.why, err, bad, tt.line)
			}
			if want := name(bad, tt.line) + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("%s: error %q does not start with %q", tt.why, err, want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("%s: error %q does not say %q", tt.why, err, tt.msg)
			}
		})
	}
}

func TestReadUnreadable(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Peskov said so.", "b.txt": "Lavrov said so."})
	p := filepath.Join(dir, "a.txt")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("a file with mode 000 is readable here (running as root)")
	}
	rs, items := collect(t, &Reader{}, []string{dir}, "")
	want := []result{
		{Name: p, Err: p + ": cannot read: permission denied"},
		{Name: filepath.Join(dir, "b.txt"), ID: "b.txt"},
	}
	if diff := cmp.Diff(want, rs); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if !errors.Is(items[0].Err, ErrRead) || !errors.Is(items[0].Err, os.ErrPermission) {
		t.Errorf("err = %v, want ErrRead and os.ErrPermission", items[0].Err)
	}
}

func TestReadMissingPath(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.txt")
	_, items := collect(t, &Reader{}, []string{p}, "")
	if len(items) != 1 || !errors.Is(items[0].Err, os.ErrNotExist) || items[0].Name != p {
		t.Fatalf("got %+v, want one not-exist error naming %s", items, p)
	}
}

func TestReadJSONLBrokenLine(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.jsonl": `{"id": "one", "text": "Peskov said so.", "published": "2022-07-21", "source": "TMT"}

{"id": "two", "text": "Lavrov said so."
{"id": "three", "text": "Zelensky said so."}
`})
	p := filepath.Join(dir, "a.jsonl")
	rs, items := collect(t, &Reader{}, []string{p}, "")
	want := []result{
		{Name: p + ":1", ID: "one"},
		{Name: p + ":3", Err: p + ":3: invalid JSON: unexpected end of JSON input"},
		{Name: p + ":4", ID: "three"},
	}
	if diff := cmp.Diff(want, rs); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	wantDoc := claims.Document{ID: "one", Source: "TMT", Published: claims.NewDate(2022, 7, 21), Text: "Peskov said so."}
	if diff := cmp.Diff(wantDoc, items[0].Doc); diff != "" {
		t.Errorf("first document (-want +got)\n%s", diff)
	}
}

func TestReadOrder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":          "B said so.",
		"a.txt":          "A said so.",
		"sub/c.txt":      "C said so.",
		"sub/z.jsonl":    `{"id": "z1", "text": "Z said so."}`,
		"notes.md":       "ignored: not .txt or .jsonl",
		".hidden.txt":    "ignored: hidden",
		".git/d.txt":     "ignored: hidden folder",
		"y.JSONL":        `{"id": "y1", "text": "Y said so."}`,
		"repeat.jsonl":   `{"id": "a.txt", "text": "A said so."}`,
		"sub/deep/e.txt": "E said so.",
	})
	want := []string{"repeat.jsonl:1", "sub/z.jsonl:1", "y.JSONL:1", "b.txt", "sub/c.txt", "sub/deep/e.txt"}
	for range 3 {
		rs, _ := collect(t, &Reader{}, []string{dir}, "")
		var got []string
		for _, r := range rs {
			if r.Err != "" {
				t.Errorf("unexpected error %s", r.Err)
			}
			rel, _ := filepath.Rel(dir, r.Name)
			got = append(got, filepath.ToSlash(rel))
		}
		// a.txt repeats the JSON record's document and is skipped.
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("order (-want +got)\n%s", diff)
		}
	}
	if n, ok := Size([]string{dir}); !ok || n == 0 {
		t.Errorf("Size = %d, %v; want a known size", n, ok)
	}
	if _, ok := Size([]string{dir, "-"}); ok {
		t.Errorf("Size of standard input is known")
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, why, in string
		want          []result
	}{
		{"text", "plain text is one document", "  date 2022-01-02\nPeskov said so.",
			[]result{{Name: "stdin", ID: "stdin"}}},
		{"JSON Lines", "a first '{' means JSON Lines", "\n  {\"id\": \"a\", \"text\": \"A said.\"}\nnot json\n",
			[]result{{Name: "stdin:2", ID: "a"}, {Name: "stdin:3", Err: "stdin:3: invalid JSON: not an object"}}},
		{"empty", "nothing on standard input", "",
			[]result{{Name: "stdin", Err: "stdin: empty document"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, items := collect(t, &Reader{}, []string{"-"}, tt.in)
			if diff := cmp.Diff(tt.want, rs); diff != "" {
				t.Errorf("%s: (-want +got)\n%s", tt.why, diff)
			}
			if tt.name == "text" && items[0].Doc.Text != tt.in {
				t.Errorf("%s: leading space lost: %q", tt.why, items[0].Doc.Text)
			}
		})
	}
}

func TestReadHugeLine(t *testing.T) {
	const size = 20 << 20
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id": "big", "text": "`)
	chunk := []byte(strings.Repeat("a", 1<<20))
	for range size >> 20 {
		f.Write(chunk)
	}
	f.WriteString("\"}\n{\"id\": \"small\", \"text\": \"Peskov said so.\"}\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	rs, items := collect(t, &Reader{}, []string{p}, "")
	runtime.ReadMemStats(&after)

	if len(rs) != 2 || !errors.Is(items[0].Err, claims.ErrTooLarge) || rs[1].ID != "small" {
		t.Fatalf("got %+v, want a too-large error then the small document", rs)
	}
	if !strings.Contains(rs[0].Err, "big.jsonl:1: document too large: line too long") {
		t.Errorf("error %q", rs[0].Err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 3*size {
		t.Errorf("allocated %d MB reading a %d MB line", alloc>>20, size>>20)
	}
}

func TestReadCancel(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A said.", "b.txt": "B said."})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for range (&Reader{}).Read(ctx, []string{dir}, nil) {
		n++
		cancel()
	}
	if n != 1 {
		t.Errorf("read %d documents after cancel, want 1", n)
	}
}
