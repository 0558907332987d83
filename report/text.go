package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// Layout of the text report.
const (
	width       = 100 // columns
	maxEvidence = 600 // runes of evidence shown before it is cut
	maxDocCol   = 26  // runes of a document ID in the statements list
)

// WriteText writes r for a reader, in at most 100 columns: each conflict with its two
// sides (who, when, where and the sentence, the content marked «like this», and any words by
// which the text itself sets it against another) and its reason;
// then the statements of each speaker in time order; then a summary line.
func (r Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	t := textWriter{w: bw, byID: make(map[string]*claims.Claim, len(r.Claims))}
	for i := range r.Claims {
		t.byID[r.Claims[i].ID] = &r.Claims[i]
	}
	t.conflicts(r.Conflicts)
	t.speakers(r.Claims)
	t.summary(r)
	return bw.Flush()
}

type textWriter struct {
	w    *bufio.Writer
	byID map[string]*claims.Claim
}

func (t *textWriter) line(s string) { t.w.WriteString(s + "\n") }

func heading(s string) string { return s + "\n" + strings.Repeat("=", utf8.RuneCountInString(s)) }

func (t *textWriter) conflicts(ks []claims.Conflict) {
	t.line(heading(fmt.Sprintf("Conflicts (%d)", len(ks))))
	t.line("")
	if len(ks) == 0 {
		t.line("No conflicts found.")
		t.line("")
	}
	for i, k := range ks {
		t.line(fmt.Sprintf("%d. %s, score %.2f", i+1, k.Kind, k.Score))
		t.line("")
		t.side("A", k.A)
		t.side("B", k.B)
		t.wrap("   Why: ", "        ", k.Reason)
		t.line("")
	}
}

// side writes the claims of one side of a conflict.
func (t *textWriter) side(label string, ids []string) {
	for n, id := range ids {
		prefix := "   " + label + ". "
		if n > 0 {
			prefix = "      "
		}
		c, ok := t.byID[id]
		if !ok {
			t.line(prefix + "claim " + id + " (not in this report)")
			t.line("")
			continue
		}
		t.line(prefix + who(c.Speaker))
		t.line("      when: " + c.When.String())
		t.line("      doc:  " + c.Doc)
		t.wrap("      ", "      ", marked(*c))
		for _, r := range c.Responses {
			t.wrap("      framed: ", "              ", "“"+r.Phrase.Text+"” ("+r.Relation.String()+")")
		}
		t.line("")
	}
	if len(ids) == 0 {
		t.line("   " + label + ". (no claims)")
		t.line("")
	}
}

// who returns a speaker's name and role: "Dmitry Peskov, Kremlin spokesman".
func who(s claims.Speaker) string {
	name := s.Name
	if name == "" {
		name = "unknown speaker"
	}
	if s.Role != "" && !strings.EqualFold(s.Role, s.Name) {
		name += ", " + s.Role
	}
	return name
}

// marked returns the claim's evidence with its content marked «like this», or
// the content alone when the evidence does not hold it.
func marked(c claims.Claim) string {
	ev, ct := c.Evidence, c.Content
	s := "«" + ct.Text + "»"
	if ev.Contains(ct.Span) && ev.Len() == len(ev.Text) && utf8.RuneCountInString(ev.Text) <= maxEvidence {
		i, j := ct.Start-ev.Start, ct.End-ev.Start
		s = ev.Text[:i] + "«" + ev.Text[i:j] + "»" + ev.Text[j:]
	} else if ev.Text != "" {
		s = "… " + truncate(s, maxEvidence) + " …"
	}
	return strings.Join(strings.Fields(s), " ")
}

// wrap writes s word-wrapped to the page width, the first line after first and the others
// after indent.
func (t *textWriter) wrap(first, indent, s string) {
	prefix := first
	var b strings.Builder
	cols := 0
	flush := func() {
		t.line(strings.TrimRight(prefix+b.String(), " "))
		b.Reset()
		prefix, cols = indent, 0
	}
	room := func() int { return width - utf8.RuneCountInString(prefix) }
	words := strings.Fields(s)
	if len(words) == 0 {
		flush()
		return
	}
	for _, word := range words {
		n := utf8.RuneCountInString(word)
		if cols > 0 && cols+1+n > room() {
			flush()
		}
		for n > room() { // a word wider than the page
			k := byteIndex(word, room())
			b.WriteString(word[:k])
			flush()
			word = word[k:]
			n = utf8.RuneCountInString(word)
		}
		if cols > 0 {
			b.WriteByte(' ')
			cols++
		}
		b.WriteString(word)
		cols += n
	}
	flush()
}

// byteIndex returns the byte offset of the n-th rune of s.
func byteIndex(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// truncate returns s cut to at most n runes, at a space when one is near, ending in "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := s[:byteIndex(s, n-1)]
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*2/3 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// pad returns s cut or padded with spaces to n runes.
func pad(s string, n int) string {
	s = truncate(s, n)
	return s + strings.Repeat(" ", n-utf8.RuneCountInString(s))
}

func (t *textWriter) speakers(cs []claims.Claim) {
	list := bySpeaker(cs)
	t.line(heading("Statements by speaker"))
	t.line("")
	if len(list) == 0 {
		t.line("No statements found.")
		t.line("")
	}
	docw := 0
	for _, c := range cs {
		docw = max(docw, utf8.RuneCountInString(c.Doc))
	}
	docw = min(docw, maxDocCol)
	for _, s := range list {
		t.line(fmt.Sprintf("%s: %s", who(s.Speaker), count(len(s.cs), "statement")))
		for _, c := range s.cs {
			head := "  " + pad(dateCol(c.When), 11) + " | " + pad(c.Doc, docw) + " | "
			t.line(head + truncate(strings.Join(strings.Fields(c.Content.Text), " "), width-utf8.RuneCountInString(head)))
		}
		t.line("")
	}
}

// dateCol returns the date of w in at most 11 runes: "2022-07-21", "~2022-07-18" for the
// week of that Monday, "2022-07", "2022", "<2022-07-21", the relative form the text gives
// when there is no date ("Sunday?", "1 day befo…"), or "unknown".
func dateCol(w claims.When) string {
	if !w.Known() {
		if w.Relative != "" {
			r := []rune(w.Relative + "?")
			if len(r) > 11 {
				r = append(r[:10], '…')
			}
			return string(r)
		}
		return "unknown"
	}
	d := w.Date.String()
	switch w.Precision {
	case claims.Week:
		return "~" + d
	case claims.Month:
		return d[:7]
	case claims.Year:
		return d[:4]
	case claims.Before:
		return "<" + d
	}
	return d
}

func (t *textWriter) summary(r Report) {
	t.line("Summary: " + r.summary() + ".")
}
