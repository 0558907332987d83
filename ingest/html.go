package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Errors of web pages, for errors.Is, besides those of [claims.Document.Validate].
var (
	ErrTruncated = errors.New("truncated HTML")
	ErrNoArticle = errors.New("no article text")
)

// ParseHTML returns the document of a web page with the given id: its main text without
// menus, banners, boxes, captions, related links and footer, read by go-trafilatura, and
// the page's title, site name (Source), canonical URL and publication date from its
// metadata.
//
// Text is the headline (unless the article opens with a heading), a blank line, then the
// article's paragraphs, one a line with a blank line between them; every span of its claims
// indexes into it, not into the page. A page that is valid UTF-8 is read as such; another
// is decoded from the character set it declares, else from Windows-1252. The error, an
// [*Error] naming id, wraps [ErrTruncated], [ErrNoArticle], or one of claims' validation
// errors ([claims.ErrEmpty], [claims.ErrBinary], ...).
func ParseHTML(id string, data []byte) (claims.Document, error) {
	doc, err := parseHTML(id, data, 0)
	if err != nil {
		return doc, &Error{Path: id, Err: err}
	}
	return doc, nil
}

// parseHTML is ParseHTML with a size limit and a bare error.
func parseHTML(id string, data []byte, limit int) (doc claims.Document, err error) {
	doc.ID = id
	if err := checkPage(data, limit); err != nil {
		return doc, err
	}
	utf8Data, err := decodePage(data)
	if err != nil {
		return doc, err
	}
	root, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return doc, fmt.Errorf("%w: %w", ErrNoArticle, err)
	}
	// A third-party extractor must not take the other documents down with it.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: the extractor failed on this page: %v", ErrNoArticle, r)
		}
	}()
	published := pageDate(root)
	prune(root)
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments:  true,
		HtmlDateOverride: &htmldate.Result{}, // pageDate has read it
	})
	if err != nil || res.ContentNode == nil {
		return doc, fmt.Errorf("%w: no main text found on the page", ErrNoArticle)
	}
	body, headed := blocks(res.ContentNode)
	if !hasProse(body) {
		return doc, fmt.Errorf("%w: the page's main text holds no sentence, only %d short line(s)", ErrNoArticle, len(body))
	}
	m := res.Metadata
	doc.Title = oneLine(m.Title)
	doc.Source = siteName(m)
	doc.URL = m.URL
	doc.Published = published
	// The headline opens the text, unless the article opens with a heading of its own:
	// often the headline as printed, which the metadata may word otherwise.
	if doc.Title != "" && !headed && !strings.EqualFold(body[0], doc.Title) {
		body = append([]string{doc.Title}, body...)
	}
	doc.Text = strings.Join(body, "\n\n") + "\n"
	return doc, doc.Validate(limit)
}

// checkPage fails a page that is too large, empty, binary or cut short, before parsing it.
func checkPage(data []byte, limit int) error {
	if limit > 0 && len(data) > limit {
		return fmt.Errorf("%w: %d bytes, limit %d", claims.ErrTooLarge, len(data), limit)
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return claims.ErrEmpty
	}
	// Binary files (images, archives, PDF) have NUL bytes at once; a page may have a
	// stray one further on, which the parser replaces as browsers do.
	utf16 := hasUTF16BOM(data)
	if i := bytes.IndexByte(data[:min(len(data), 1024)], 0); i >= 0 && !utf16 {
		if bytes.HasPrefix(data, []byte{0x1F, 0x8B}) {
			return fmt.Errorf("%w: gzip-compressed, not HTML (decompress it first)", claims.ErrBinary)
		}
		return fmt.Errorf("%w, not HTML: NUL byte at offset %d", claims.ErrBinary, i)
	}
	// A complete page ends with a tag ("</html>", "</script>", a comment). One that ends
	// in text or inside a tag was cut off, and its article with it. A page cut just
	// after a tag cannot be told from one that omits its optional end tags: it is read.
	if !utf16 && trimmed[len(trimmed)-1] != '>' {
		tail := trimmed[max(0, len(trimmed)-40):]
		where := "in the middle of text"
		if bytes.LastIndexByte(trimmed, '<') > bytes.LastIndexByte(trimmed, '>') {
			where = "inside a tag"
		}
		return fmt.Errorf("%w: the page ends %s (%q): the file was cut off", ErrTruncated, where, lastRunes(tail))
	}
	return nil
}

var (
	utf8BOM   = []byte{0xEF, 0xBB, 0xBF}
	utf16BOMs = [][]byte{{0xFE, 0xFF}, {0xFF, 0xFE}}
)

func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, utf16BOMs[0]) || bytes.HasPrefix(data, utf16BOMs[1])
}

// decodePage returns the page in UTF-8. A page that is valid UTF-8 is taken as such, even
// when it declares Latin-1 (a frequent mislabel; ASCII reads the same in both). Another is
// decoded from the character set its byte order mark or <meta> declares, else from
// Windows-1252, as browsers do; invalid bytes become U+FFFD.
func decodePage(data []byte) ([]byte, error) {
	if !hasUTF16BOM(data) && utf8.Valid(data) {
		return bytes.TrimPrefix(data, utf8BOM), nil
	}
	e, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" {
		e = xunicode.UTF8 // replaces invalid bytes
	}
	out, _, err := transform.Bytes(e.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot decode the page as %s: %w", claims.ErrInvalidUTF8, name, err)
	}
	return bytes.TrimPrefix(out, utf8BOM), nil
}

// lastRunes returns b as a string without a partial rune at its start.
func lastRunes(b []byte) string {
	s := string(b)
	for i, r := range s {
		if r != utf8.RuneError {
			return "…" + s[i:]
		}
	}
	return ""
}

// pageDate returns the page's publication day from its metadata (article:published_time,
// JSON-LD datePublished, <time datetime>, the date in its canonical URL, ...), as
// go-htmldate reads it, preferring the original date to the last modification. A date
// whose source gives no day (a copyright year, a month in a URL) is no publication day.
func pageDate(root *html.Node) claims.Date {
	r, err := htmldate.FromDocument(root, htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true, // no guessing from free text
		DeferUrlExtractor:   true, // the page's own metadata before its URL
	})
	if err != nil || r.IsZero() || !namesDay(r.SrcString, r.DateTime.Year(), r.DateTime.Day()) {
		return claims.Date{}
	}
	return claims.DateOf(r.DateTime)
}

var numberRE = regexp.MustCompile(`\d+`)

// namesDay reports whether src, the text a date was read from, gives its year and its day
// of the month: "2022-07-21T14:32:00+03:00", "July 21, 2022", "21.7.22", ".../2022/07/21/".
// A copyright year or a month alone ("8/2021") reads as the first day, which no page said.
func namesDay(src string, year, day int) bool {
	var hasYear, hasDay bool
	for _, n := range numberRE.FindAllString(src, -1) {
		v, _ := strconv.Atoi(n)
		switch {
		case len(n) == 8 && n[:4] == strconv.Itoa(year): // 20220721
			return true
		case len(n) == 4 && v == year, len(n) == 2 && v == year%100:
			hasYear = true
		}
		if len(n) <= 2 && v == day {
			hasDay = true
		}
	}
	return hasYear && hasDay
}

// siteName returns the outlet's name, or the page's host name when the page names none or
// gives a link for it (some pages put a social-media URL in og:site_name).
func siteName(m trafilatura.Metadata) string {
	s := oneLine(m.Sitename)
	if s == "" || strings.Contains(s, "://") || strings.Contains(s, "/") {
		return strings.TrimPrefix(m.Hostname, "www.")
	}
	return s
}

// oneLine returns s with its runs of white space made one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// prune removes the elements that hold no text a reader sees: scripts (but JSON-LD, which
// holds metadata), styles, templates and <noscript> (trafilatura's fallback reads a
// noscript's iframe or "enable JavaScript" as the article).
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.Data {
			case "noscript", "style", "template":
				n.RemoveChild(c)
			case "script":
				if !isJSONLD(c) {
					n.RemoveChild(c)
				}
			default:
				prune(c)
			}
		}
		c = next
	}
}

func isJSONLD(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json") {
			return true
		}
	}
	return false
}

// blockTags start a new block of text: one paragraph, heading, list item, quotation, row.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "head": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true,
	"dd": true, "blockquote": true, "quote": true, "pre": true, "code": true, "table": true,
	"tr": true, "section": true, "article": true, "figure": true, "body": true, "list": true,
	"item": true, "hr": true,
}

// blocks returns the text of each block of the extracted tree n, white space made single
// spaces, skipping empty blocks and lines of markup, and whether the first is a heading.
func blocks(n *html.Node) (out []string, headed bool) {
	var b strings.Builder
	heading := false // the block being written is a heading
	flush := func() {
		s := oneLine(b.String())
		b.Reset()
		if s != "" && !markupRE.MatchString(s) {
			if len(out) == 0 {
				headed = heading
			}
			out = append(out, s)
		}
		heading = false
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch {
			case n.Data == "br":
				b.WriteByte(' ')
				return
			case n.Data == "td" || n.Data == "th":
				b.WriteByte(' ')
			case blockTags[n.Data]:
				flush()
				heading = headingTags[n.Data]
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out, headed
}

var headingTags = map[string]bool{"h1": true, "h2": true, "h3": true, "head": true}

var markupRE = regexp.MustCompile(`^<[a-zA-Z!/][^>]*>`)

// hasProse reports whether one of the blocks reads as a sentence: 40 letters or more and a
// full stop, question or exclamation mark (in Latin, CJK, Indic or Arabic script). A page of menus, link lists and
// headlines has none.
func hasProse(blocks []string) bool {
	for _, b := range blocks {
		letters := 0
		for _, r := range b {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 40 && strings.ContainsAny(b, ".!?。！？।؟۔") {
			return true
		}
	}
	return false
}
