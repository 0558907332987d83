package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

// publication returns the document's publication date: its metadata, else its own
// dateline. Zero when neither says.
func publication(doc claims.Document) claims.Date {
	if !doc.Published.IsZero() {
		return doc.Published
	}
	if d, _, ok := timex.Dateline(doc.Text); ok {
		return d
	}
	return claims.Date{}
}

// dates gives each attribution the time it was said. In order of preference: its own time
// words; for a statement nested in another ("one day after Lavrov said"), the host's time
// moved by the offset; the time of the report's main event, for statements of the same
// speaker or body; the time a later sentence gives the speaker's remarks ("Lavrov made the
// remarks on Sunday"); else unknown.
func (a *analyser) dates(pub claims.Date, ats []attribution, units []unit) []claims.When {
	out := make([]claims.When, len(ats))
	own := make([]bool, len(ats))
	a.ledeOK = make([]bool, len(ats))
	a.remarks = a.remarkSentences(units, pub)
	for i, at := range ats {
		e, ok := a.governing(ats, i, units[at.unit])
		a.ledeOK[i] = ok && (e.Kind == timex.Weekday || e.Kind == timex.Deictic || e.Kind == timex.Calendar) && units[at.unit].kind == body
		if !ok || e.Kind == timex.Anchored && !at.nested {
			if ok {
				out[i] = claims.When{Text: e.Text, Relative: e.Resolve(pub).Relative}
				own[i] = true
				// "An hour later, Holt said …": counted from the last statement dated
				// to the day before it.
				if days, rel := e.Relative(); rel {
					for j := i - 1; j >= 0; j-- {
						if own[j] && out[j].Precision == claims.Day {
							out[i].Date, out[i].Precision = out[j].Date.AddDays(days), claims.Day
							break
						}
					}
				}
			}
			continue
		}
		out[i] = e.Resolve(pub)
		own[i] = true
	}
	// Nested statements: the host's day, moved.
	for i, at := range ats {
		if !at.nested || at.host < 0 {
			continue
		}
		rel := at.relWords.In(a.text)
		for _, e := range timex.Find(rel) {
			days, ok := e.Relative()
			months, inMonths := e.RelativeMonths()
			if !ok && !inMonths {
				if e.Kind == timex.Anchored {
					// "weeks after its chief executive said": before the host, but not by how
					// much; never the host's own day.
					out[i], own[i] = claims.When{Text: e.Text, Relative: e.Text + " " + lastName(ats[at.host].speaker.Name) + "’s remarks"}, true
					break
				}
				continue
			}
			h := out[at.host]
			if !own[at.host] {
				h = a.inherited(ats, out, own, at.host, units, pub)
			}
			// "one day after, counted from Peskov’s remarks": the words, and whose remarks they count from.
			w := claims.When{Text: e.Text + ", counted from " + lastName(ats[at.host].speaker.Name) + "’s remarks"}
			switch {
			case inMonths && (h.Precision == claims.Day || h.Precision == claims.Month):
				// "confirmed on Monday …, a month after promising …": the month before.
				d := claims.NewDate(h.Date.Year, h.Date.Month-time.Month(months), 1)
				w.Date, w.Precision = d, claims.Month
			case inMonths:
				w.Relative = e.Text + " " + h.Text
			case h.Precision == claims.Day:
				w.Date, w.Precision = h.Date.AddDays(-days), claims.Day
			default:
				w.Relative = relativeTo(days, h)
			}
			out[i], own[i] = w, true
			break
		}
	}
	for i := range ats {
		if !own[i] {
			out[i] = a.inherited(ats, out, own, i, units, pub)
		}
	}
	return out
}

func relativeTo(days int, h claims.When) string {
	ref := h.Relative
	if ref == "" {
		ref = h.Text
	}
	if ref == "" {
		ref = "the other statement"
	}
	switch {
	case days > 0:
		return plural(days, "day") + " before " + ref
	case days < 0:
		return plural(-days, "day") + " after " + ref
	}
	return "the day of " + ref
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

// governing returns the time expression of the attribution's sentence that dates its cue:
// outside the content and outside any other claim's content, not modifying a noun, the
// nearest to the cue.
func (a *analyser) governing(ats []attribution, i int, u unit) (timex.Expr, bool) {
	at := ats[i]
	sent := u.span.In(a.text)
	var best timex.Expr
	bestDist := -1
	for _, e := range timex.Find(sent) {
		sp := claims.Span{Start: u.span.Start + e.Span.Start, End: u.span.Start + e.Span.End}
		if e.Attributive || e.Since || overlaps(at.content, sp) || overlaps(at.relWords, sp) {
			continue
		}
		other := false
		for j, bt := range ats {
			if j != i && bt.unit == at.unit && (overlaps(bt.content, sp) || overlaps(bt.relWords, sp)) {
				other = true
				break
			}
		}
		if other {
			continue
		}
		d := distance(sp, at.cue)
		if at.cue.IsZero() {
			d = distance(sp, at.content)
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = e, d
		}
	}
	if bestDist >= 0 {
		best.Span.Start += u.span.Start
		best.Span.End += u.span.Start
	}
	return best, bestDist >= 0
}

func overlaps(a, b claims.Span) bool { return a.Start < b.End && b.Start < a.End && !a.IsZero() }

func distance(a, b claims.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// inherited dates a statement with no time words of its own: the report's main event when
// the speaker is the lede's speaker or of its body; otherwise the time the document gives
// the speaker's remarks elsewhere; otherwise unknown.
func (a *analyser) inherited(ats []attribution, out []claims.When, own []bool, i int, units []unit, pub claims.Date) claims.When {
	sp := ats[i].speaker
	if w, ok := remarksTime(sp, a.remarks); ok {
		return w
	}
	for j := range ats {
		if !own[j] || ats[j].nested || !a.ledeOK[j] {
			continue
		}
		if ats[j].unit > ats[i].unit && j > 0 && !ats[i].headline {
			break
		}
		// The lede: the first statement with a time of its own, in the first sentences.
		if ats[j].unit > 3 {
			break
		}
		if sameBody(ats[j].speaker, sp) && (out[j].Precision == claims.Day || out[j].Precision == claims.Unknown && out[j].Relative != "") {
			return out[j]
		}
		break
	}
	return claims.When{}
}

// sameBody reports whether two speakers are one voice for dating: the same speaker, or a
// spokesman and the body he speaks for.
func sameBody(a, b claims.Speaker) bool {
	if a.Key() == b.Key() {
		return true
	}
	return a.Affiliation != "" && a.Affiliation == b.Affiliation && (a.Kind == claims.Organisation || b.Kind == claims.Organisation)
}

var remarkWords = map[string]bool{"remarks": true, "comments": true, "statement": true, "statements": true, "interview": true, "speech": true, "remark": true, "comment": true}

// mentionsRemarks reports whether the lower-case text low holds a remarkWords entry, as a
// word or not: a sentence without one need not be scanned for them.
func mentionsRemarks(low string) bool {
	for w := range remarkWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// remark is a sentence that dates someone's remarks without being a claim: "Lavrov made
// the remarks on Sunday while speaking with …".
type remark struct {
	text string // as written
	low  string // lower case
	when claims.When
}

// remarkSentences finds the sentences that date remarks, once per document.
func (a *analyser) remarkSentences(units []unit, pub claims.Date) []remark {
	var out []remark
	for _, u := range units {
		s := u.span.In(a.text)
		if len(s) > 400 || !mentionsRemarks(strings.ToLower(s)) {
			continue
		}
		ws := scanWords(a.text, u.span)
		has := false
		for i, w := range ws {
			if i < 6 && remarkWords[w.low] && i > 0 && (ws[i-1].low == "the" || ws[i-1].low == "his" || ws[i-1].low == "her" || ws[i-1].low == "their") {
				has = true
			}
		}
		if !has {
			continue
		}
		for _, e := range timex.Find(s) {
			if e.Attributive || e.Kind == timex.Anchored {
				continue
			}
			out = append(out, remark{text: s, low: strings.ToLower(s), when: e.Resolve(pub)})
			break
		}
	}
	return out
}

// remarksTime returns the time a remark sentence about sp gives.
func remarksTime(sp claims.Speaker, remarks []remark) (claims.When, bool) {
	if len(remarks) == 0 {
		return claims.When{}, false
	}
	name, last := strings.ToLower(sp.Name), strings.ToLower(lastName(sp.Name))+" "
	for _, r := range remarks {
		named := strings.HasPrefix(r.low, name) || strings.HasPrefix(r.low, last)
		for _, n := range sp.Aliases {
			if len(n) > 3 && strings.HasPrefix(r.text, n) {
				named = true
			}
		}
		if named {
			return r.when, true
		}
	}
	return claims.When{}, false
}

func lastName(n string) string {
	if i := strings.LastIndexByte(n, ' '); i >= 0 {
		return n[i+1:]
	}
	return n
}
