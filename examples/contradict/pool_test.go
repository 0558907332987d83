package main

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/ingest"
	"github.com/google/go-cmp/cmp"
)

// items returns n documents; every seventh fails to read.
func items(n int) iter.Seq[ingest.Item] {
	return func(yield func(ingest.Item) bool) {
		for i := range n {
			it := ingest.Item{Seq: i, Name: fmt.Sprintf("d%03d.txt", i)}
			it.Doc = claims.Document{ID: it.Name, Text: fmt.Sprintf("Doc %d said A. It said B.", i)}
			if i%7 == 3 {
				it.Err = &ingest.Error{Path: it.Name, Err: claims.ErrEmpty}
			}
			if !yield(it) {
				return
			}
		}
	}
}

// slowExtract returns two claims per document, in reverse text order, after a random delay;
// it panics on d010.txt.
func slowExtract(doc claims.Document) []claims.Claim {
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	if doc.ID == "d010.txt" {
		panic("index out of range")
	}
	mk := func(n int, sub string) claims.Claim {
		i := strings.Index(doc.Text, sub)
		return claims.Claim{ID: fmt.Sprintf("%s#%d", doc.ID, n), Doc: doc.ID,
			Content: claims.ExcerptOf(doc.Text, claims.Span{Start: i, End: i + len(sub)})}
	}
	return []claims.Claim{mk(2, "B"), mk(1, "A")}
}

func TestExtractAllOrder(t *testing.T) {
	const n = 100
	var want []string
	for i := range n {
		switch {
		case i%7 == 3:
			want = append(want, fmt.Sprintf("d%03d.txt: empty document", i))
		case i == 10:
			want = append(want, "d010.txt: extraction failed: panic: index out of range")
		default:
			want = append(want, fmt.Sprintf("d%03d.txt#1", i), fmt.Sprintf("d%03d.txt#2", i))
		}
	}
	for _, workers := range []int{1, 3, 16} {
		var got []string
		seq := 0
		extractAll(items(n), workers, slowExtract, false, func(o outcome) {
			if o.seq != seq {
				t.Fatalf("workers %d: outcome %d emitted in place of %d", workers, o.seq, seq)
			}
			seq++
			if o.err != nil {
				got = append(got, o.err.Error())
				if o.info.Err == "" {
					t.Errorf("%v: no error in the report", o.err)
				}
			}
			for _, c := range o.claims {
				got = append(got, c.ID)
			}
		})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("workers %d: (-want +got)\n%s", workers, diff)
		}
	}
}

func TestDetach(t *testing.T) {
	doc := claims.Document{ID: "a.txt", Source: "Reuters", Text: "Lavrov said talks make no sense."}
	it := ingest.Item{Name: "a.txt", Doc: doc}
	o := work(it, func(d claims.Document) []claims.Claim {
		c := claims.Claim{ID: "a.txt#1", Doc: d.ID, Target: d.Text[12:17],
			Content: claims.ExcerptOf(d.Text, claims.Span{Start: 12, End: 31}),
			Speaker: claims.Speaker{Name: d.Text[:6], Aliases: []string{d.Text[:6]}}}
		return []claims.Claim{c}
	})
	lo := uintptr(unsafe.Pointer(unsafe.StringData(doc.Text)))
	hi := lo + uintptr(len(doc.Text))
	c := o.claims[0]
	for _, s := range []string{c.Content.Text, c.Target, c.Speaker.Name, c.Speaker.Aliases[0]} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); lo <= p && p < hi {
			t.Errorf("%q still points into the document's text", s)
		}
	}
	if c.Content.Text != "talks make no sense" {
		t.Errorf("content %q", c.Content.Text)
	}
}

func TestProgressLine(t *testing.T) {
	p := newProgress(nil, true)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p.begin = start
	p.docs, p.bytes = 50, 4_000_000
	if got, want := p.line(start.Add(2*time.Second)), "50 documents, 25.0 docs/s, 2.0 MB/s"; got != want {
		t.Errorf("unknown total: %q, want %q", got, want)
	}
	p.total = 10_000_000
	if got, want := p.line(start.Add(2*time.Second)), "50 documents, 25.0 docs/s, 2.0 MB/s, 40%, 3s left"; got != want {
		t.Errorf("known total: %q, want %q", got, want)
	}
}

func TestProgressQuiet(t *testing.T) {
	var b strings.Builder
	p := newProgress(&b, false)
	p.add(10)
	p.println("contradict: x: failed")
	p.stop()
	if got, want := b.String(), "contradict: x: failed\n"; got != want {
		t.Errorf("off the terminal: %q, want %q", got, want)
	}
}
