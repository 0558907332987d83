package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"golang.org/x/net/html"
)

// Hostile strings as an article, its page or a crawler may give them.
const (
	hostileScript = `<script>window.__pwned=1;document.title="pwned"</script>`
	hostileImg    = `<img src=x onerror="window.__pwned=2">`
	hostileQuote  = `" onmouseover="window.__pwned=3" x="`
	hostileURL    = `javascript:window.__pwned=4`
)

// hostileReport returns a report in which every text taken from articles tries to run a
// script: document title, source and URL, speaker, role, sentence, framing and reason.
func hostileReport(t testing.TB) Report {
	text := "The minister " + hostileImg + " said talks " + hostileScript + " were possible " + hostileQuote + "."
	ex := func(sub string) claims.Excerpt {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in text", sub)
		}
		return claims.ExcerptOf(text, claims.Span{Start: i, End: i + len(sub)})
	}
	a := claims.Claim{ID: "x#1", Doc: hostileScript, Speaker: claims.Speaker{Name: hostileScript, Role: hostileImg, Kind: claims.Person},
		Source: ex("The minister " + hostileImg), Cue: ex("said"), Content: ex("talks " + hostileScript + " were possible"),
		Evidence: claims.ExcerptOf(text, claims.Span{End: len(text)}), Target: hostileQuote, Polarity: claims.For,
		When:      claims.When{Date: claims.NewDate(2022, 7, 21), Precision: claims.Day, Text: hostileImg},
		Responses: []claims.Response{{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: hostileScript}, Answered: claims.Excerpt{Text: hostileImg}, Other: hostileImg}}}
	b := a
	b.ID, b.Speaker.Name, b.Polarity, b.When = "x#2", hostileQuote, claims.Against, claims.When{Relative: hostileScript}
	docs := []DocInfo{{ID: hostileScript, Input: hostileImg, Source: hostileImg, Title: hostileScript, URL: hostileURL},
		{ID: hostileQuote, Input: hostileQuote, Err: hostileScript}}
	ks := []claims.Conflict{{ID: hostileScript, Kind: claims.SameSpeaker, Score: 0.9, A: []string{"x#1"}, B: []string{"x#2", hostileImg},
		Reason: hostileScript + hostileImg}}
	return Build(docs, []claims.Claim{a, b}, ks)
}

// TestHTMLEscapes parses the page of a hostile report as a browser would and checks that
// no article text became markup: one script (the page's own), no event handler, no
// javascript: link, and the hostile strings shown as text.
func TestHTMLEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := hostileReport(t).WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	scripts, shown := 0, ""
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			if n.Data == "script" {
				scripts++
				if n.FirstChild == nil || n.FirstChild.Data != htmlScript {
					t.Errorf("a script that is not the page's own: %q", n.FirstChild.Data)
				}
			}
			if n.Data == "img" || n.Data == "iframe" || n.Data == "object" {
				t.Errorf("an article's <%s> became an element", n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
				}
				if a.Key == "href" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					t.Errorf("a javascript: link %q", a.Val)
				}
			}
		case html.TextNode:
			if n.Parent.Data != "script" && n.Parent.Data != "style" {
				shown += n.Data
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if scripts != 1 {
		t.Errorf("%d scripts, want the page's one", scripts)
	}
	for _, s := range []string{hostileScript, hostileImg, hostileQuote} {
		if !strings.Contains(shown, s) {
			t.Errorf("%q is not shown as text", s)
		}
	}
}
