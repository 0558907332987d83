package report

import (
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

var (
	//go:embed html.tmpl
	htmlTemplate string
	//go:embed html.js
	htmlScript string

	pageTemplate = template.Must(template.New("report").Parse(htmlTemplate))
	// scriptHash lets the page's one script run under its Content-Security-Policy, which
	// forbids any other: a second line of defence should escaping ever fail.
	scriptHash = sha256.Sum256([]byte(htmlScript))
)

// WriteHTML writes r as one self-contained web page (inline style and a small inline
// script, no outside resource, so it opens from a file): the conflicts by score, each with
// its two sides side by side (who, when, which document, the sentence with the content
// marked, the text's own framing, the reason); then a timeline per speaker, statements on
// a date axis and undated ones apart, with filters by speaker, conflict kind and speaker
// kind; then a summary of the documents. Every text from the articles is escaped.
func (r Report) WriteHTML(w io.Writer) error {
	return pageTemplate.Execute(w, newHTMLPage(r))
}

// htmlPage is what the template shows.
type htmlPage struct {
	Script       template.JS // the page's own, from html.js
	ScriptHash   string      // its SHA-256 in base64, for the Content-Security-Policy
	Summary      string
	Conflicts    []htmlConflict
	Speakers     []htmlSpeaker
	Kinds        []string // conflict kinds present, for the filter
	SpeakerKinds []string // speaker kinds present, for the filter
	Ticks        []htmlTick
	Documents    []DocInfo
	Failed       int
}

type htmlConflict struct {
	N      int // rank, from 1
	Anchor string
	Kind   string
	Score  string
	Meter  pct // the score's bar
	Reason string
	A, B   []htmlClaim
	filterKeys
}

// filterKeys are the values an element is shown for by the page's filters.
type filterKeys struct {
	Speakers     string // anchors of the speakers, space-separated
	ConflictKind string // conflict kinds, space-separated
	SpeakerKind  string // speaker kinds, space-separated
}

type htmlClaim struct {
	ID        string
	Anchor    string // of the claim in its speaker's timeline
	Missing   bool   // a conflict names a claim the report does not hold
	Who       string
	When      string
	Date      string // short date: "2022-07-21", "~2022-07-18", "unknown"
	Doc       DocInfo
	Sentence  []htmlSegment
	Content   string
	Responses []claims.Response
	Quoted    bool
	Stance    string // "for", "against", ""
	Target    string
	Conflicts []int // ranks of the conflicts it is a side of
}

// htmlSegment is a piece of a sentence: plain text, or the claim's content, cue or source.
type htmlSegment struct {
	Text  string
	Class string // "", "content", "cue", "source"
}

type htmlSpeaker struct {
	Anchor  string
	Height  int // of the axis, in pixels: room for statements stacked on one day
	Who     string
	Kind    string
	Open    bool // shown unfolded: a speaker of a conflict, or one of few speakers
	Dated   []htmlPoint
	Undated []htmlClaim
	filterKeys
}

// htmlPoint is a dated statement on the timeline's axis: a dot at the middle of its day,
// or a bar over the week, month or year it gives.
type htmlPoint struct {
	Left, Width pct // of the axis; Width is "" for a dot
	Lift        int // pixels above the axis, to stack statements of one day
	Claim       htmlClaim
}

type htmlTick struct {
	Left  pct
	Label string
}

// pct is a percentage as CSS takes it: "12.50".
type pct string

func percent(v float64) pct { return pct(strconv.FormatFloat(v, 'f', 2, 64)) }

// Page layout.
const (
	maxHTMLEvidence = 1200 // runes of a sentence shown in full
	openSpeakers    = 12   // with this many speakers or fewer, all timelines are unfolded
	axisMargin      = 2.0  // percent of the axis left free at each end
	axisHeight      = 30   // pixels
	stackStep       = 16   // pixels between statements of one day
	maxStack        = 8    // statements stacked at one place at most; more overlap
)

func newHTMLPage(r Report) htmlPage {
	p := htmlPage{Script: template.JS(htmlScript), ScriptHash: base64.StdEncoding.EncodeToString(scriptHash[:]),
		Summary: r.summary(), Documents: r.Documents, Failed: r.Failed()}
	docs := make(map[string]DocInfo, len(r.Documents))
	for _, d := range r.Documents {
		if _, ok := docs[d.ID]; !ok {
			docs[d.ID] = d
		}
	}
	speakers := bySpeaker(r.Claims)
	anchorOf := make(map[string]string, len(speakers)) // speaker key → anchor
	for i, s := range speakers {
		anchorOf[s.key] = fmt.Sprintf("s%d", i+1)
	}
	byID := make(map[string]*claims.Claim, len(r.Claims))
	claimAnchor := make(map[string]string, len(r.Claims))
	for i := range r.Claims {
		byID[r.Claims[i].ID] = &r.Claims[i]
		claimAnchor[r.Claims[i].ID] = fmt.Sprintf("c%d", i+1)
	}
	inConflicts := make(map[string][]int)           // claim ID → conflict ranks
	speakerConflictKinds := make(map[string]string) // speaker key → conflict kinds
	for i, k := range r.Conflicts {
		for _, id := range append(slices.Clone(k.A), k.B...) {
			if c, ok := byID[id]; ok {
				inConflicts[id] = append(inConflicts[id], i+1)
				key := c.Speaker.Key()
				speakerConflictKinds[key] = addWord(speakerConflictKinds[key], k.Kind.String())
			}
		}
	}
	claim := func(id string) htmlClaim {
		c, ok := byID[id]
		if !ok {
			return htmlClaim{ID: id, Missing: true}
		}
		return htmlClaim{
			ID: c.ID, Anchor: claimAnchor[c.ID], Who: who(c.Speaker), When: c.When.String(),
			Date: dateCol(c.When), Doc: cmp.Or(docs[c.Doc], DocInfo{ID: c.Doc}), Sentence: segments(*c), Content: c.Content.Text,
			Responses: c.Responses, Quoted: c.Quoted, Stance: stance(c), Target: c.Target,
			Conflicts: inConflicts[c.ID],
		}
	}
	for i, k := range r.Conflicts {
		hc := htmlConflict{N: i + 1, Anchor: fmt.Sprintf("k%d", i+1), Kind: k.Kind.String(),
			Score: fmt.Sprintf("%.2f", k.Score), Meter: percent(100 * max(0, min(1, k.Score))), Reason: k.Reason}
		hc.ConflictKind = k.Kind.String()
		for _, side := range []struct {
			ids []string
			out *[]htmlClaim
		}{{k.A, &hc.A}, {k.B, &hc.B}} {
			for _, id := range side.ids {
				*side.out = append(*side.out, claim(id))
				if c, ok := byID[id]; ok {
					hc.Speakers = addWord(hc.Speakers, anchorOf[c.Speaker.Key()])
					hc.SpeakerKind = addWord(hc.SpeakerKind, c.Speaker.Kind.String())
				}
			}
		}
		p.Conflicts = append(p.Conflicts, hc)
		p.Kinds = addSorted(p.Kinds, hc.Kind)
	}

	first, last, ok := dateRange(r.Claims)
	span := 1
	if ok {
		span = max(1, first.DaysUntil(last)+1)
		p.Ticks = ticks(first, span)
	}
	for _, s := range speakers {
		hs := htmlSpeaker{Anchor: anchorOf[s.key], Who: who(s.Speaker), Kind: s.Kind.String(),
			Open: len(speakers) <= openSpeakers || speakerConflictKinds[s.key] != ""}
		hs.Speakers, hs.SpeakerKind, hs.ConflictKind = hs.Anchor, hs.Kind, speakerConflictKinds[s.key]
		stack := make(map[string]int) // statements drawn at one place so far
		for _, c := range s.cs {
			hc := claim(c.ID)
			if !c.When.Known() {
				hs.Undated = append(hs.Undated, hc)
				continue
			}
			from, days := period(c.When)
			pt := htmlPoint{Claim: hc}
			if c.When.Precision == claims.Day {
				pt.Left = percent(axisPos(float64(first.DaysUntil(from))+0.5, span))
			} else {
				pt.Left = percent(axisPos(float64(first.DaysUntil(from)), span))
				pt.Width = percent(max(0.6, float64(days)/float64(span)*(100-2*axisMargin)))
			}
			key := string(pt.Left) + "/" + string(pt.Width)
			pt.Lift = stackStep * min(stack[key], maxStack-1)
			stack[key]++
			hs.Height = max(hs.Height, axisHeight+pt.Lift)
			hs.Dated = append(hs.Dated, pt)
		}
		p.Speakers = append(p.Speakers, hs)
		p.SpeakerKinds = addSorted(p.SpeakerKinds, hs.Kind)
	}
	return p
}

// addWord adds w to the space-separated list s, once.
func addWord(s, w string) string {
	if w == "" || slices.Contains(strings.Fields(s), w) {
		return s
	}
	if s == "" {
		return w
	}
	return s + " " + w
}

// addSorted adds s to the sorted list, once.
func addSorted(list []string, s string) []string {
	i, found := slices.BinarySearch(list, s)
	if found {
		return list
	}
	return slices.Insert(list, i, s)
}

// stance is the side a word of the claim takes, if any.
func stance(c *claims.Claim) string {
	if c.Polarity == claims.Neutral || c.Asserted {
		return ""
	}
	return c.Polarity.String()
}

// segments returns the claim's sentence cut into plain text and its content, cue and
// source mention; or the content alone when the sentence does not hold it or is too long.
func segments(c claims.Claim) []htmlSegment {
	ev := c.Evidence
	if !ev.Contains(c.Content.Span) || ev.Len() != len(ev.Text) || utf8.RuneCountInString(ev.Text) > maxHTMLEvidence {
		return []htmlSegment{{Text: c.Content.Text, Class: "content"}}
	}
	type mark struct {
		claims.Span
		class string
	}
	var marks []mark
	for _, m := range []mark{{c.Content.Span, "content"}, {c.Cue.Span, "cue"}, {c.Source.Span, "source"}} {
		if m.IsZero() || !ev.Contains(m.Span) || slices.ContainsFunc(marks, func(o mark) bool { return o.Overlaps(m.Span) }) {
			continue
		}
		marks = append(marks, m)
	}
	slices.SortFunc(marks, func(a, b mark) int { return a.Start - b.Start })
	var out []htmlSegment
	at := ev.Start
	for _, m := range marks {
		if m.Start > at {
			out = append(out, htmlSegment{Text: ev.Text[at-ev.Start : m.Start-ev.Start]})
		}
		out = append(out, htmlSegment{Text: ev.Text[m.Start-ev.Start : m.End-ev.Start], Class: m.class})
		at = m.End
	}
	if at < ev.End {
		out = append(out, htmlSegment{Text: ev.Text[at-ev.Start:]})
	}
	return out
}

// dateRange returns the first and last day of the known dates of cs.
func dateRange(cs []claims.Claim) (first, last claims.Date, ok bool) {
	for _, c := range cs {
		if !c.When.Known() {
			continue
		}
		from, days := period(c.When)
		to := from.AddDays(days - 1)
		if !ok || from.Before(first) {
			first = from
		}
		if !ok || last.Before(to) {
			last = to
		}
		ok = true
	}
	return first, last, ok
}

// period returns the first day of w and the number of days it spans.
func period(w claims.When) (claims.Date, int) {
	d := w.Date
	switch w.Precision {
	case claims.Week:
		return d, 7
	case claims.Month:
		return d, d.DaysUntil(claims.NewDate(d.Year, d.Month+1, 1))
	case claims.Year:
		return d, d.DaysUntil(claims.NewDate(d.Year+1, 1, 1))
	}
	return d, 1
}

// axisPos returns the position in percent of the time days after the start of the axis's
// first day, on an axis of span days.
func axisPos(days float64, span int) float64 {
	return axisMargin + days/float64(span)*(100-2*axisMargin)
}

// ticks returns up to five dates spread over an axis of span days from first.
func ticks(first claims.Date, span int) []htmlTick {
	n := min(4, span-1)
	if n <= 0 {
		return []htmlTick{{Left: percent(axisPos(0.5, span)), Label: first.String()}}
	}
	var out []htmlTick
	for i := 0; i <= n; i++ {
		days := (span - 1) * i / n
		out = append(out, htmlTick{Left: percent(axisPos(float64(days)+0.5, span)), Label: first.AddDays(days).String()})
	}
	return out
}
