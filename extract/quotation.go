// This file reads the quotations of a unit around its cues (quotes.go finds them in the
// raw text): a quotation that opens or closes at a cue, the tag after a quotation ("…, he
// said."), a quotation signed after a dash, a quotation after a lead-in and its colon
// ("The mayor gloated: “…”"), and a paragraph that is one quotation, continuing the last
// speaker.

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// quoteTest returns a test of whether ws[i] stands inside one of u's quotations.
func quoteTest(u unit, ws []word) func(int) bool {
	return func(i int) bool {
		for _, q := range u.quotes {
			if q.inner.Contains(ws[i].span) {
				return true
			}
		}
		return false
	}
}

func (a *analyser) quoteStartsAt(u unit, pos int) (quote, bool) {
	for _, q := range u.quotes {
		if q.outer.Start <= pos && pos <= q.inner.Start {
			return q, true
		}
	}
	return quote{}, false
}

func (a *analyser) quoteEndsAt(u unit, pos int) bool {
	for _, q := range u.quotes {
		if q.inner.End <= pos && pos <= q.outer.End && q.outer.End-pos <= 3 || q.outer.End == pos {
			return true
		}
	}
	return false
}

// quoteEnding returns the quotation that closes just before pos, across spaces and a
// full stop.
func (a *analyser) quoteEnding(u unit, pos int) (quote, bool) {
	for _, q := range u.quotes {
		if q.outer.End <= pos && strings.Trim(a.text[q.outer.End:pos], " .\u00a0") == "" {
			return q, true
		}
	}
	return quote{}, false
}

// quoteAfter returns a quotation that opens right after pos (across a comma or a full
// stop: "“…?” Clinton said. “…”").
func (a *analyser) quoteAfter(u unit, pos int) (quote, bool) {
	for _, q := range u.quotes {
		if q.outer.Start >= pos && strings.Trim(a.text[pos:q.outer.Start], " ,.") == "" {
			return q, true
		}
	}
	return quote{}, false
}

// quoteAfterCue returns the quotation after cue c and any adjuncts up to its comma:
// "…, adding later, “…”", "footage of Clinton asking, “…”".
func (a *analyser) quoteAfterCue(u unit, ws []word, c cueHit) (quote, bool) {
	if q, ok := a.quoteAfter(u, ws[max(c.end, nextComma(ws, c.end))-1].span.End); ok {
		return q, true
	}
	// "quoted him as saying, in an interview at the factory, “…”": an adjunct between
	// commas before the quotation.
	if k := c.end; k+1 < len(ws) && ws[k].text == "," && ws[k+1].tag == "IN" {
		if e := nextComma(ws, k+1); e < len(ws) && e-k < 16 && !finiteVerb(ws[k+1:e]) {
			return a.quoteAfter(u, ws[e].span.End)
		}
	}
	return quote{}, false
}

// isQuoted reports whether most of s lies inside quotations.
func (a *analyser) isQuoted(u unit, s claims.Span) bool {
	in := 0
	for _, q := range u.quotes {
		lo, hi := max(q.inner.Start, s.Start), min(q.inner.End, s.End)
		if hi > lo {
			in += hi - lo
		}
	}
	return s.Len() > 0 && in*2 > s.Len()
}

// opensUpper reports whether s starts with a capital letter.
func opensUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " ‘'\"“"))
	return unicode.IsUpper(r)
}

// closesSentence reports whether a quotation ends as a sentence or a clause does, with a
// mark inside it: "“He is the best,” before leaving", not "“political tensions” in …".
func closesSentence(text string, q quote) bool {
	t := strings.TrimRight(q.inner.In(text), " ")
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// closedWithin reports whether a quotation opened just before t closes inside it, short
// of its end: then the mark opens a quoted phrase, not the content.
func closedWithin(t, mark string) bool {
	t = strings.TrimRight(t, " .,;\n")
	i := strings.Index(t, mark)
	return i >= 0 && i+len(mark) < len(t)
}

// resumesClause reports whether the words after a quotation ending at pos carry on the
// clause it opened: "He said “the economy” is weak" does, "He said “we will win” before
// leaving" does not.
func resumesClause(ws []word, pos int) bool {
	for k, w := range ws {
		if w.span.Start < pos {
			continue
		}
		if w.punc && k+1 < len(ws) {
			k++ // "“…,” is what he said"
		}
		return isVerb(ws, k) || ws[k].tag == "MD" || auxWords[ws[k].low] || ws[k].tag == "POS"
	}
	return false
}

// echoesCue reports whether a short tail after a quotation repeats its attribution:
// ", he said." after "X told The Times: ”…”".
func (a *analyser) echoesCue(tail string) bool {
	ws := scanWords(tail, claims.Span{End: len(tail)})
	if len(ws) == 0 || !ws[0].punc && !ws[0].cap && !isPronoun(ws[0]) {
		return false // "“budget reforms” and new levies would pay for it" goes on
	}
	for _, w := range ws {
		if a.isCueWord(w) {
			return true
		}
	}
	return false
}

// continuation reads a paragraph that is one quotation as the last speaker's, when that
// speaker was read from the paragraphs just before.
func (a *analyser) continuation(ui int, u unit, ws []word) {
	// A paragraph that is one quotation continues the last speaker of the paragraph before.
	if len(u.quotes) > 0 && len(a.out) > 0 {
		q := u.quotes[0]
		k := len(a.out) - 1
		for k > 0 && a.out[k].class == cueBroad && a.out[k-1].unit == a.out[k].unit {
			k-- // "“…,” Mr. Hedge said, referring to the resorts.": the quotation's speaker
		}
		prev := a.out[k]
		if n := len(a.subjects); n > 0 {
			// "Ruddock, though, is keen to rest his players. “… to impress me”": a quotation
			// in the first person after a sentence about someone else than the last speaker
			// is that person's. Not "Bellamy was fined. “He is paid well …”", about him.
			s := a.subjects[n-1]
			if s.unit == ui-1 && s.para == u.para && s.unit > prev.unit && s.sp.Name != prev.speaker.Name && a.knownPerson(s.sp) && firstPerson(q.inner.In(a.text)) {
				prev = attribution{unit: s.unit, speaker: s.sp, source: s.src, quoted: true}
			}
		}
		if q.outer.Start <= u.span.Start+1 && q.outer.Len()*10 >= u.span.Len()*8 && prev.unit >= ui-2 && !a.readAsContent(q.inner) && (prev.quoted || prev.class != cueBroad && prev.speaker.Kind == claims.Person) && !heading(ws) {
			// No mention of its own: the source is the mention that named the speaker.
			a.emit(attribution{unit: ui, host: -1, speaker: prev.speaker, source: prev.source, referent: prev.referent, quoted: true,
				content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
		}
	}
}

// colonLead reads a paragraph that is one quotation after a paragraph closing on a colon
// whose sentence found no cue: "Donald Trump issued the following statement:", "NBC News
// has proof:". The subject of that sentence, a name or a noun phrase that may speak,
// said the quotation. Reports whether it read one.
func (a *analyser) colonLead(ui int, u unit) bool {
	if len(u.quotes) == 0 || a.prev.Len() == 0 || !opensParagraph(a.text, u.span) {
		return false
	}
	q := u.quotes[0]
	lead := strings.TrimSpace(a.prev.In(a.text))
	if q.outer.Start > u.span.Start+1 || !strings.HasSuffix(lead, ":") || !strings.Contains(a.text[a.prev.End:u.span.Start], "\n") {
		return false
	}
	if a.readAsContent(q.inner) || slices.ContainsFunc(a.out, func(o attribution) bool { return o.unit == ui-1 }) {
		return false // a claim of the lead's own: the quotation continues its speaker
	}
	ws := taggedWords(a.text, a.prev)
	v := slices.IndexFunc(ws, func(w word) bool { return finiteVerb([]word{w}) })
	if v < 1 || beForms[ws[v].low] || ws[v].low == "gets" || ws[v].low == "goes" {
		return false // "Here's Clinton in 1992:", "Wait, it gets better:"
	}
	s := 0
	for k := v - 1; k > 0; k-- {
		if ws[k].text == "," {
			s = k + 1 // "In response to the attack, the mayor issued …"
			break
		}
	}
	for s < v && ws[s].tag == "RB" {
		s++
	}
	if s >= v || ws[s].low == "it" || ws[s].low == "this" || ws[s].low == "that" || ws[s].low == "there" || ws[s].low == "here" || ws[s].low == "they" || ws[s].low == "we" || ws[s].low == "i" || ws[s].low == "you" {
		return false
	}
	sp, src, ok := a.speakerOf(ws, s, v, false)
	if !ok || sp.Kind == claims.UnknownSpeaker || sp.Kind == claims.Author || sp.Name == "" {
		return false
	}
	a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, quoted: true, content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
	return true
}

// leadInQuote reads a sentence with no cue that leads in to a quotation after a colon,
// the quotation running to its end: "And the mayor gloated: “I told you so.”", "Asked
// which county he liked best, he demurred: “Whichever one I’m in.”", "The headline reads:
// “…”", "She has since apologized for what happened: “…”". Whatever the verb, the words
// up to the colon say who speaks and how, and the subject of their finite verb said or
// wrote the quotation. Reports whether it read one.
func (a *analyser) leadInQuote(ui int, u unit, ws []word) bool {
	k := slices.IndexFunc(ws, func(w word) bool { return w.text == ":" })
	if k < 2 || k+1 >= len(ws) {
		return false
	}
	q, ok := a.quoteAfter(u, ws[k].span.End)
	if !ok || q.open || strings.Trim(a.text[q.outer.End:u.span.End], " .\u00a0") != "" || a.readAsContent(q.inner) {
		return false // the quotation must be the rest of the sentence, and no one's yet
	}
	if d := slices.IndexFunc(ws[:k], func(w word) bool { return isDash(w.text) || w.text == "-" }); d > 0 && d+1 < k {
		// "Pollsters agree - Carl Bialik: “…”": a name alone after a dash speaks.
		if m, ok := a.lx.readMention(ws[d+1 : k]); ok && m.kind == claims.Person && m.pronoun == "" {
			sp := a.people.speaker(m)
			a.emit(attribution{unit: ui, host: -1, class: cueSpeech, speaker: sp, source: claims.Span{Start: ws[d+1].span.Start, End: ws[k-1].span.End}, cue: ws[k].span, quoted: true, content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
			return true
		}
	}
	c0 := 0
	for i := k - 1; i > 0; i-- {
		if ws[i].text == "," {
			c0 = i + 1 // "Asked which county he liked best, he demurred"
			break
		}
	}
	v := leadVerb(ws, c0, k)
	if v < 0 {
		c0, v = 0, leadVerb(ws, 0, k)
	}
	if v < 1 || beForms[ws[v].low] || ws[v].low == "gets" || ws[v].low == "goes" || ws[v].low == "has" || ws[v].low == "had" || ws[v].low == "have" {
		return false // "Here's Clinton in 1992:", "The result was:", "Wait, it gets better:"
	}
	if n := npStart(ws, k); n > v && n < k {
		if m, ok := a.lx.readMention(ws[n:k]); ok && m.kind == claims.Person {
			return false // "The surge does not surprise pollster Daron Shaw: “…”": whose words?
		}
	}
	e := v
	for e > c0 && (auxWords[ws[e-1].low] || ws[e-1].tag == "RB" || ws[e-1].low == "since") {
		e-- // "has since apologised"
	}
	s := c0
	if s >= e {
		s = subjectStart(ws[:e])
	}
	for s < e && (ws[s].tag == "RB" || ws[s].tag == "CC" || ws[s].low == "as") {
		s++ // "And the mayor gloated", "As the professor put it"
	}
	if s >= e || expletives[ws[s].low] {
		return false
	}
	sp, src, ok := a.speakerOf(ws, s, e, false)
	if !ok {
		sp, src, ok = a.speakerOf(ws, s, e, true) // "The headline reads:"
	}
	if !ok || sp.Kind == claims.UnknownSpeaker || sp.Kind == claims.Author || sp.Name == "" {
		return false
	}
	a.emit(attribution{unit: ui, host: -1, class: cueSpeech, speaker: sp, source: src, cue: ws[v].span, quoted: true, content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
	return true
}

// leadVerb returns the first finite verb of ws[i:j], past its auxiliary ("has since
// apologized"), or -1.
func leadVerb(ws []word, i, j int) int {
	for k := i; k < j; k++ {
		if !finiteVerb(ws[k:k+1]) || ws[k].tag == "MD" {
			continue
		}
		if auxWords[ws[k].low] {
			for n := k + 1; n < j && n <= k+3; n++ {
				if strings.HasPrefix(ws[n].tag, "VB") {
					return n
				}
				if ws[n].tag != "RB" && ws[n].low != "not" && ws[n].low != "n't" && ws[n].low != "since" {
					break
				}
			}
		}
		return k
	}
	return -1
}

// expletives are the subjects that stand for no one: "It reads:", "There was one answer:".
var expletives = map[string]bool{"it": true, "this": true, "that": true, "there": true, "here": true, "what": true}

// readAsContent reports whether a claim read before holds s in its content: "He told his
// audience:" takes the quotation below, which continues no one else.
func (a *analyser) readAsContent(s claims.Span) bool {
	return slices.ContainsFunc(a.out, func(o attribution) bool { return o.content.Overlaps(s) })
}

// knownPerson reports whether sp is someone the document names in full.
func (a *analyser) knownPerson(sp claims.Speaker) bool {
	i, ok := a.people.bySurname[strings.ToLower(surname(sp.Name))]
	return ok && a.people.list[i].name == sp.Name
}

// firstPerson reports whether the quotation q speaks of its speaker as "I", and of no one
// else as "he" or "she" before that.
func firstPerson(q string) bool {
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch strings.ToLower(strings.NewReplacer("’", "'").Replace(f)) {
		case "i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself":
			return true
		case "he", "she", "his", "him", "her", "he's", "she's":
			return false
		}
	}
	return false
}

// signedQuote reads a quotation signed after a dash: "“Donald Trump scares me.” ― Krystal
// Correa", a letter or a vox pop.
func (a *analyser) signedQuote(ui int, u unit, ws []word) bool {
	for i := len(ws) - 2; i > 0 && i >= len(ws)-8; i-- {
		t := ws[i].text
		if !isDash(t) {
			continue
		}
		q, ok := a.quoteEnding(u, ws[i].span.Start)
		if !ok || q.outer.Start > u.span.Start+3 {
			return false
		}
		end := len(ws)
		for k := i + 1; k < len(ws); k++ {
			if ws[k].text == "," || ws[k].text == "." {
				end = k
				break
			}
		}
		m, ok := a.lx.readMention(ws[i+1 : end])
		if !ok || m.pronoun != "" || m.kind != claims.Person && m.kind != claims.Organisation || allCaps(ws[i+1:end]) {
			return false
		}
		a.emit(attribution{unit: ui, host: -1, speaker: a.people.speaker(m), source: claims.Span{Start: ws[i+1].span.Start, End: ws[end-1].span.End},
			cue: ws[i].span, quoted: true, content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
		return true
	}
	return false
}
