package extract

// This file reads interviews: whom an article says it spoke to, and the answers of a
// question-and-answer interview, labelled ("Q:", "A:") or not (a question paragraph
// ending in "?" and the answer paragraph after it).

import (
	"regexp"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// spokeToRE finds whom an article says it interviewed: "We spoke to Siobhán Keaveney",
// "in an interview with Jane Roe", "talking to Jane Roe".
var spokeToRE = regexp.MustCompile(`(?:spoke|talked|speaking|talking) (?:to|with) |interview(?:ed)? (?:with )?`)

// spokeTo returns the person the text before pos says it interviewed: "spoke to Jane
// Roe", or the one who "spoke to Le Monde" ("She spoke to Le Monde on Tuesday").
func (a *analyser) spokeTo(pos int) (claims.Speaker, bool) {
	ms := spokeToRE.FindAllStringIndex(a.text[:pos], -1)
	for k := len(ms) - 1; k >= 0; k-- {
		if p, ok := a.spokeSubject(ms[k][0]); ok {
			return p, true
		}
		for _, p := range a.people.list {
			if strings.HasPrefix(a.text[ms[k][1]:pos], p.name) {
				return claims.Speaker{Name: p.name, Kind: claims.Person, Role: p.role, Affiliation: p.country}, true
			}
		}
	}
	return claims.Speaker{}, false
}

// spokeSubject returns who "He spoke to …" or "She spoke to …" at i stands for, the
// person the text named last before it, or the person its sentence names before "spoke
// to". What follows "spoke to" is then the outlet.
func (a *analyser) spokeSubject(i int) (claims.Speaker, bool) {
	before := strings.Fields(a.text[max(0, i-40):i])
	if len(before) == 0 || !strings.HasPrefix(a.text[i:], "spoke to ") {
		return claims.Speaker{}, false
	}
	pronoun := before[len(before)-1] == "He" || before[len(before)-1] == "She"
	from := 0 // "He spoke to …": the person named last before
	if !pronoun {
		// "Jane Roe, president of the union, spoke to DW": the person named in the
		// sentence before it, when no person's name follows.
		from = max(strings.LastIndex(a.text[:i], ". "), strings.LastIndex(a.text[:i], "\n")) + 1
		for k := range a.people.list {
			if strings.HasPrefix(a.text[i+len("spoke to "):], a.people.list[k].name) {
				return claims.Speaker{}, false
			}
		}
	}
	var last *person
	at := -1
	for k := range a.people.list {
		p := &a.people.list[k]
		switch {
		case pronoun:
			if n := strings.LastIndex(a.text[:i], p.name); n > at {
				last, at = p, n
			}
		default:
			// The sentence's subject comes first: "Jane Roe, head of Acme Steel, spoke to DW".
			if n := strings.Index(a.text[from:i], p.name); n >= 0 && (last == nil || n < at) {
				last, at = p, n
			}
		}
	}
	if last == nil {
		return claims.Speaker{}, false
	}
	return claims.Speaker{Name: last.name, Kind: claims.Person, Role: last.role, Affiliation: last.country}, true
}

// bareQuestion reports whether unit u, read as ws, is an interviewer's question with no
// label: the last sentence of its paragraph, ending in "?", with a paragraph after it
// that does not end in one.
func (a *analyser) bareQuestion(u unit, ws []word) bool {
	if len(ws) < 3 || len(ws) > 60 || ws[len(ws)-1].text != "?" || a.next.Len() == 0 || a.next.Start < u.span.End {
		return false
	}
	if !strings.Contains(a.text[u.span.End:a.next.Start], "\n") || strings.HasSuffix(strings.TrimSpace(a.next.In(a.text)), "?") {
		return false
	}
	if r := strings.TrimSpace(u.span.In(a.text)); r == "" || strings.ContainsAny(r[:1], "\"“‘'") {
		return false // a quoted question is someone's words
	}
	if para := strings.TrimSpace(a.text[strings.LastIndexByte(a.text[:u.span.Start], '\n')+1 : u.span.Start]); para != "" {
		if pw := scanWords(para, claims.Span{Start: 0, End: len(para)}); questionLine(pw) {
			return false // the end of a labelled "Q:" paragraph, read with its label
		}
	}
	return true
}

// qaFormat reports whether the document is laid out as an interview: three or more
// paragraphs that end in a question, each followed by one that does not, two of them
// put to someone ("How do you respond?"), which an explainer's questions are not, in
// turns with the answers.
func (a *analyser) qaFormat() bool {
	if a.qaLayout == 0 {
		a.qaLayout = -1
		if qaLaidOut(a.text) {
			a.qaLayout = 1
		}
	}
	return a.qaLayout > 0
}

// qaLaidOut reads text's paragraphs for qaFormat.
func qaLaidOut(text string) bool {
	paras := strings.Split(text, "\n")
	var kept []string
	for _, p := range paras {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	n, put, from := 0, 0, -1
	for i := 0; i+1 < len(kept); i++ {
		if f := strings.Fields(strings.ToLower(kept[i])); strings.HasSuffix(kept[i], "?") && !strings.HasSuffix(kept[i+1], "?") && len(f) <= 60 {
			n++
			if from < 0 {
				from = i
			}
			if slices.ContainsFunc(f, func(w string) bool { w = strings.Trim(w, "?,.;:!\"'“”’"); return w == "you" || w == "your" }) {
				put++
			}
		}
	}
	// Questions and answers take turns: a third or more of the paragraphs from the first
	// question on, not a few among readers' comments.
	return n >= 3 && put >= 2 && 3*n >= len(kept)-from
}
