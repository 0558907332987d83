package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

// seedPage is a saved news page made by hand around seed 001's article text.
const seedPage = "../testdata/html/001_door-not-shut.html"

// seedArticle returns the headline and paragraphs of seed 001 as its text file gives them,
// without the furniture its text keeps (support line, caption, newsletter and donation box).
func seedArticle(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../testdata/seeds/001_1f3c99dd285c46df.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	keep := []string{lines[2]} // the headline
	for _, l := range lines[6:21] {
		if l = strings.TrimSpace(l); l != "" {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n\n") + "\n"
}

func TestParseHTMLSeedPage(t *testing.T) {
	data, err := os.ReadFile(seedPage)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseHTML("001.html", data)
	if err != nil {
		t.Fatal(err)
	}
	want := claims.Document{
		ID:        "001.html",
		Source:    "The Moscow Times",
		Published: claims.NewDate(2022, 7, 21), // article:published_time, not modified, not the crawl
		Title:     "‘Door Not Shut’ to Russia-Ukraine Peace Talks – Kremlin",
		URL:       "https://www.themoscowtimes.com/2022/07/21/door-not-shut-to-russia-ukraine-peace-talks-kremlin-a78364",
		Text:      seedArticle(t),
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("the page's article and metadata (-want +got)\n%s", diff)
	}
	// Each piece of the page's furniture, by a phrase of it.
	for _, furniture := range []string{
		"cookies", "Support The Moscow Times", "Русская версия", "Ukraine War", "Turkey says grain deal",
		"Igor Ivanko", "goals now reach beyond Donbas", "Read more", "After West Sends Arms",
		"Sign up", "Subscribers", "Dear readers", "discredits the decisions", "Remind me later",
		"No Plans to Annex", "Zelensky Says", "Tags", "About us", "all rights reserved",
		"registration certificate", "Updated", "HTTrack",
	} {
		if strings.Contains(doc.Text, furniture) {
			t.Errorf("the text keeps page furniture %q", furniture)
		}
	}
}

// page returns a small web page with head in its <head>, and an article of two paragraphs.
func page(head string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks stall - Example News</title>` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks stall</h1>
<p>The foreign minister said on Tuesday that the talks had stalled because neither side would move on the border question, and that no new round was planned.</p>
<p>His deputy told reporters later the same day that a new round could still be held before the end of the month if both delegations agreed on an agenda.</p>
</article><footer>© 2021 Example News</footer></body></html>
`
}

func TestParseHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, why string
		head      string
		want      claims.Document // ID, Title and Text are not compared
	}{{
		name: "published time",
		why:  "article:published_time is the publication day, not article:modified_time",
		head: `<meta property="article:modified_time" content="2022-03-09T08:00:00Z"><meta property="article:published_time" content="2022-03-08T17:20:00+01:00">`,
		want: claims.Document{Published: claims.NewDate(2022, 3, 8)},
	}, {
		name: "JSON-LD",
		why:  "a NewsArticle's datePublished, and its publisher as the site",
		head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks stall","datePublished":"2021-11-30T09:00:00Z","dateModified":"2021-12-02T09:00:00Z","publisher":{"@type":"Organization","name":"Example News"}}</script>`,
		want: claims.Document{Published: claims.NewDate(2021, 11, 30), Source: "Example News"},
	}, {
		name: "time element",
		why:  "a <time datetime> in the article when the head has no date",
		head: `</head><body><p class="byline">By A. Writer, <time datetime="2020-06-05T10:00">5 June 2020</time></p>`,
		want: claims.Document{Published: claims.NewDate(2020, 6, 5)},
	}, {
		name: "canonical URL",
		why:  "the canonical link is the URL, and its path's date the day when nothing else gives one",
		head: `<link rel="canonical" href="https://news.example.com/2019/04/02/talks-stall">`,
		want: claims.Document{URL: "https://news.example.com/2019/04/02/talks-stall", Source: "news.example.com",
			Published: claims.NewDate(2019, 4, 2)},
	}, {
		name: "site name",
		why:  "og:site_name is the outlet",
		head: `<meta property="og:site_name" content="Example News">`,
		want: claims.Document{Source: "Example News"},
	}, {
		name: "site name that is a link",
		why:  "some pages give a social-media URL as og:site_name: the host is the better name",
		head: `<meta property="og:site_name" content="https://www.facebook.com/ExampleNews"><meta property="og:url" content="https://www.example.com/talks">`,
		want: claims.Document{Source: "example.com", URL: "https://www.example.com/talks"},
	}, {
		name: "headline worded otherwise",
		why:  "the article's own heading opens the text, not the metadata's other wording of it",
		head: `<meta property="og:title" content="Minister says talks have stalled">`,
		want: claims.Document{},
	}, {
		name: "copyright year only",
		why:  "a copyright year is no publication day (go-htmldate would say 1 January)",
		head: `<meta itemprop="copyrightYear" content="2021">`,
		want: claims.Document{},
	}, {
		name: "no date",
		why:  "a page without a date has none: the crawl day is not its date",
		head: ``,
		want: claims.Document{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseHTML("p.html", []byte(page(tt.head)))
			if err != nil {
				t.Fatalf("%s: %v", tt.why, err)
			}
			got := claims.Document{Source: doc.Source, Published: doc.Published, URL: doc.URL}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tt.why, diff)
			}
			if !strings.HasPrefix(doc.Text, "Talks stall\n\nThe foreign minister said") || strings.Contains(doc.Text, "Home") {
				t.Errorf("%s: text %q", tt.why, doc.Text)
			}
		})
	}
}

func TestParseHTMLCharset(t *testing.T) {
	tests := []struct {
		name, why string
		data      []byte
	}{
		{"declared Latin-1", "a page in ISO-8859-1 is decoded as it declares",
			[]byte(strings.ReplaceAll(page(""), `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`))},
		{"undeclared Latin-1", "a page that declares nothing and is no UTF-8 is read as Windows-1252",
			[]byte(strings.ReplaceAll(page(""), `<meta charset="utf-8">`, ``))},
		{"mislabelled UTF-8", "a page in UTF-8 that declares Latin-1 is read as UTF-8",
			[]byte(strings.ReplaceAll(strings.ReplaceAll(page(""), `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`), "minister", "mînister"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data
			if tt.name != "mislabelled UTF-8" {
				data = bytes.ReplaceAll(data, []byte("minister"), []byte("m\xeenister")) // î in Latin-1
			}
			doc, err := ParseHTML("p.html", data)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, "The foreign mînister said") {
				t.Errorf("%s: text %q", tt.why, doc.Text)
			}
		})
	}
}

// gzipped returns s compressed.
func gzipped(t *testing.T, s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// bigPage returns a page of over n bytes: the test page with an inline image, as pages
// saved whole with their images are.
func bigPage(n int) string {
	img := `<img alt="" src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, n/5)) + `">`
	return strings.Replace(page(""), "<h1>", img+"<h1>", 1)
}

func TestReadBadPages(t *testing.T) {
	good := page("")
	const big = 50 << 20
	tests := []struct {
		name, why string
		data      string
		max       int
		err       error  // nil: the page is read
		msg       string // in the error text
	}{
		{name: "empty", why: "a zero-byte page has no article", data: "", err: claims.ErrEmpty},
		{name: "binary", why: "an image saved under a page's name", data: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", err: claims.ErrBinary, msg: "NUL byte at offset 8"},
		{name: "gzip", why: "a crawler's compressed page is named for what it is", data: gzipped(t, good), err: claims.ErrBinary, msg: "gzip-compressed"},
		{name: "truncated in text", why: "a download cut off in the article", data: good[:strings.Index(good, "border question")], err: ErrTruncated, msg: "ends in the middle of text"},
		{name: "truncated in tag", why: "a download cut off inside a tag", data: good[:strings.Index(good, "<article>")+5], err: ErrTruncated, msg: "ends inside a tag"},
		{name: "truncated in head", why: "a download cut off before the body", data: page("")[:60], err: ErrTruncated},
		{name: "no article", why: "a section front of menus and headlines holds no sentence",
			data: `<!DOCTYPE html><html><head><title>World - Example News</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<ul><li><a href="/a">Minister says talks have stalled</a></li><li><a href="/b">Deputy says new round possible</a></li></ul>
<footer>© 2021 Example News</footer></body></html>`, err: ErrNoArticle},
		{name: "script only", why: "a page its scripts fill in holds no text to read",
			data: `<!DOCTYPE html><html><head><title>App</title></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app, which is a news site.</noscript><script>render({"text": "The minister said the talks had stalled because neither side would move."})</script></body></html>`,
			err:  ErrNoArticle},
		{name: "50 MB", why: "a page over the size limit is refused unread", data: bigPage(big), err: claims.ErrTooLarge, msg: "limit 16777216"},
		{name: "50 MB within the limit", why: "a page saved with its images is read when the limit allows", data: bigPage(big), max: 64 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"a.html": good, "b.htm": tt.data, "c.html": good + "\n"})
			_, items := collect(t, &Reader{MaxBytes: tt.max}, []string{dir}, "")
			if len(items) != 3 || items[0].Err != nil || items[2].Err != nil {
				t.Fatalf("%s: got %d items, want 3 with the pages around it read: %+v", tt.why, len(items), items)
			}
			err := items[1].Err
			if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("%s: err = %v, want %v", tt.why, err, tt.err)
			}
			if err == nil {
				if !strings.Contains(items[1].Doc.Text, "The foreign minister said") {
					t.Errorf("%s: text %q", tt.why, items[1].Doc.Text)
				}
				return
			}
			bad := filepath.Join(dir, "b.htm")
			if want := bad + ": "; !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: error %q is not one line starting with %q", tt.why, err, want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("%s: error %q does not say %q", tt.why, err, tt.msg)
			}
		})
	}
}

func TestReadPageKinds(t *testing.T) {
	good := page("")
	dir := writeFiles(t, map[string]string{
		"a.html":        good,
		"b.HTM":         good + " ",
		"c.txt":         good, // a .txt file is text, whatever it holds
		"d":             "\n<!-- saved -->\n" + good,
		"e.xhtml":       "Peskov said so.",
		"sub/f.html":    good + "\n\n",
		"sub/g.jsonl":   `{"id": "g", "text": "Lavrov said so."}`,
		"sub/.hidden.h": good,
	})
	_, items := collect(t, &Reader{}, []string{dir, filepath.Join(dir, "d"), filepath.Join(dir, "e.xhtml")}, "")
	type kind struct{ ID, Title string }
	var got []kind
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("%s: %v", it.Name, it.Err)
		}
		got = append(got, kind{it.Doc.ID, it.Doc.Title})
	}
	want := []kind{
		{"g", ""}, {"a.html", "Talks stall"}, {"b.HTM", "Talks stall"}, {"c.txt", ""},
		{"sub/f.html", "Talks stall"}, {"d", "Talks stall"}, {"e.xhtml", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages by name or by their opening, in walk order (-want +got)\n%s", diff)
	}

	// Standard input opening like a page is one.
	_, items = collect(t, &Reader{}, []string{"-"}, "  "+good)
	if len(items) != 1 || items[0].Err != nil || items[0].Doc.ID != StdinName || items[0].Doc.Title != "Talks stall" {
		t.Errorf("stdin page: %+v", items)
	}
}

func BenchmarkParseHTML(b *testing.B) {
	data, err := os.ReadFile(seedPage)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseHTML("001.html", data); err != nil {
			b.Fatal(err)
		}
	}
}
