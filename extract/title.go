// This file reads titles, headlines and transcript lines: a headline ending "– Kremlin"
// or opening "Kremlin: …", a title in title case ("Klopp Warns Players Against …") or
// with a colon, a speaker line ("WALLACE: …", "Sonya Herridge ― “…”"), and the datelines
// and run-in headings that open a paragraph.

package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/contradict/contradict/claims"
)

// title reads the first line of a document as a title: set in title case, or with a colon
// among its first words. It reports whether the unit was such a title, with a claim or not.
func (a *analyser) title(ui int, u unit, ws []word) bool {
	if n := len(a.out); ui == 0 && u.span.Start == 0 && (titleCase(ws) || len(ws) > 3 && slices.ContainsFunc(ws[1:min(7, len(ws))], func(w word) bool { return w.text == ":" }) || a.hasColonQuote(u, ws)) {
		// A title that closes like prose: "Obama on Climate Change: The Trends Are
		// 'Terrifying.'", "Poll: Clinton and Trump in dead heat". Its speaker must be a
		// person or body the article names: "Stealth Over Health: …" is none.
		if a.headlineAttribution(ui, u, ws); len(a.out) > n {
			if sp := a.out[n].speaker; (sp.Kind == claims.Person || sp.Kind == claims.Organisation) && a.namedAfter(u, sp) {
				return true
			}
			a.out = a.out[:n]
		}
		return true // nor is a title a speaker line
	}
	return false
}

// headlineAttribution reads "Door Not Shut to Peace Talks – Kremlin" and "Kremlin: …".
func (a *analyser) headlineAttribution(ui int, u unit, ws []word) {
	for i := len(ws) - 2; i > 0 && i >= len(ws)-6; i-- {
		if t := ws[i].text; t == "–" || t == "—" || t == "-" || t == "|" {
			if sp, src, ok := a.speakerAt(ws, i+1, len(ws)); ok && sp.Kind != claims.Group {
				a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: ws[i].span,
					content: contentSpan(a.text, u.span.Start, ws[i].span.Start)}, u)
				return
			}
			break // "John Bolton: ‘… Vote for Hillary Clinton – Not Indicted, Yet!’": a dash inside what was said
		}
	}
	for i := 1; i < 9 && i < len(ws)-2; i++ {
		if ws[i].text != ":" {
			continue
		}
		// "Obama on Climate Change: …", "Clinton to Planned Parenthood: …": the speaker,
		// then the topic or the audience.
		end := 1
		for end < i && ws[end].low != "on" && ws[end].low != "to" {
			end++
		}
		q, quoted := a.colonQuote(u, ws)
		sp, src, ok := a.speakerAt(ws, 0, end)
		if label := end == 1 || end == 2 && ws[0].low == "the"; label && headings[ws[end-1].low] {
			ok = false // "The Latest: …", "Analysis: …": a label, no speaker; not "Judicial Watch: …"
		}
		if ok && sp.Kind != claims.Group && nameLike(ws[:end]) && (end < i || i < 5) && (!quoted || a.namedAfter(u, sp)) {
			a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: claims.Span{Start: ws[end].span.Start, End: ws[i].span.End},
				content: contentSpan(a.text, ws[i+1].span.Start, u.span.End)}, u)
			return
		}
		if quoted {
			// "A Lesson From Loretta Lynch: ‘…’", "Warren Hammers Wells Fargo CEO: ‘…’": the
			// person the title names before a quotation, if the article names her too.
			if sp, src, ok := a.titleSpeaker(u, ws[:i]); ok {
				a.emit(attribution{unit: ui, host: -1, speaker: sp, source: src, cue: ws[i].span, quoted: true,
					content: contentSpan(a.text, q.inner.Start, q.inner.End)}, u)
			}
		}
		return
	}
}

// namedAfter reports whether the text after u names sp, a person perhaps with a middle
// name ("Loretta Lynch" in the title, "Loretta E. Lynch" below it).
func (a *analyser) namedAfter(u unit, sp claims.Speaker) bool {
	rest := a.text[u.span.End:]
	if strings.Contains(strings.ToLower(rest), strings.ToLower(sp.Name)) {
		return true
	}
	name := strings.Fields(sp.Name)
	if sp.Kind != claims.Person || len(name) != 2 {
		return false
	}
	ws := strings.Fields(rest)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == name[0] && strings.TrimRight(ws[i+2], ".,;:’'\"”") == name[1] {
			return true
		}
	}
	// "Cecile Richards: ‘…’" above "Richards also spoke about …": news names a person by
	// the surname once the full name has been given, here in the title.
	for i := 1; i < len(ws); i++ {
		if strings.TrimRight(ws[i], ".,;:’'\"”") == name[1] && !isTitleWord(ws[i-1]) {
			return true
		}
	}
	return false
}

// isTitleWord reports whether w, a word of running text, opens a title-case run: a
// capitalised word that does not follow sentence punctuation. Before a surname it makes
// the surname part of another name: "Keith Richards" is no "Cecile Richards".
func isTitleWord(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0]) && !strings.ContainsAny(string(r[len(r)-1]), ".,;:!?")
}

// hasColonQuote reports whether ws opens with a title and a colon before a quotation.
func (a *analyser) hasColonQuote(u unit, ws []word) bool {
	_, ok := a.colonQuote(u, ws)
	return ok
}

// colonQuote returns the quotation that a colon among the first words of ws opens, when
// it runs to the end: "A lesson from Loretta Lynch: ‘Be the voice that people hear.’"
func (a *analyser) colonQuote(u unit, ws []word) (quote, bool) {
	for i := 1; i < 9 && i < len(ws)-2; i++ {
		if ws[i].text == ":" {
			q, ok := a.quoteStartsAt(u, ws[i+1].span.Start)
			return q, ok && q.outer.End >= ws[len(ws)-1].span.Start
		}
	}
	return quote{}, false
}

// titleSpeaker reads the person a title names before its colon, and the article after it
// names too: after "from" ("A Lesson From Loretta Lynch"), else the name that opens it
// ("Elizabeth Warren Hammers …").
func (a *analyser) titleSpeaker(u unit, ws []word) (claims.Speaker, claims.Span, bool) {
	for k := len(ws) - 2; k > 0; k-- {
		if ws[k].low == "from" {
			if sp, src, ok := a.speakerAt(ws, k+1, len(ws)); ok && sp.Kind == claims.Person && nameLike(ws[k+1:]) && a.namedAfter(u, sp) {
				return sp, src, true
			}
			break
		}
	}
	for e := 1; e < len(ws) && ws[e-1].cap && !isPronoun(ws[0]); e++ {
		if sp, src, ok := a.speakerAt(ws, 0, e); ok && sp.Kind == claims.Person && nameLike(ws[:e]) && a.namedAfter(u, sp) {
			// the longest run that reads as the same person: "Elizabeth Warren", not "Elizabeth"
			for ; e < len(ws) && ws[e].cap; e++ {
				sp2, src2, ok := a.speakerAt(ws, 0, e+1)
				if !ok || sp2.Name != sp.Name {
					break
				}
				src = src2
			}
			return sp, src, true
		}
	}
	return claims.Speaker{}, claims.Span{}, false
}

// titleVerb tags as a verb the first cue in -s after a capitalised subject of a title set
// in title case, where the tagger reads every word as a name: "Chris Christie Calls
// Hillary Clinton ‘A Disgrace’", "Sanders Vows To Eliminate Tax Breaks".
func (a *analyser) titleVerb(ws []word) {
	if !titleCase(ws) {
		return
	}
	for i := 1; i < len(ws)-1 && i <= 6; i++ {
		w := ws[i]
		if w.text == "," {
			continue // "Railing Against Trump, Sanders Vows …"
		}
		if w.punc || !w.cap {
			return // the subject of a title is a run of capitals
		}
		if strings.HasPrefix(w.tag, "VB") {
			return
		}
		if a.lx.titleCue(w.low) && !ws[i-1].punc && !ws[i-1].poss {
			ws[i].tag = "VBZ"
			return
		}
	}
}

// titleCue reports whether low is the -s form of a reporting verb, which a title set in
// title case writes capitalised: "Says", "Calls", "Vows".
func (lx *lexicon) titleCue(low string) bool {
	if !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") {
		return false
	}
	for _, e := range lx.cues[low] {
		if !e.state {
			return true
		}
	}
	return false
}

// titleCase reports whether most longer words of ws are capitalised, as in a title.
func titleCase(ws []word) bool {
	n, caps := 0, 0
	for _, w := range ws {
		if !w.punc && len(w.text) > 3 {
			n++
			if w.cap {
				caps++
			}
		}
	}
	return n > 0 && caps*4 >= n*3
}

// heading reports whether ws reads as a section title in quotation marks, every word
// capitalised but the short function words: "'Legend in the Coal Fields.'"
func heading(ws []word) bool {
	n := 0
	for _, w := range ws {
		if w.punc || len(w.text) < 3 || titleSmall[w.low] {
			continue
		}
		if !w.cap {
			return false
		}
		n++
	}
	return n >= 2 && len(ws) < 12
}

var titleSmall = map[string]bool{"the": true, "and": true, "but": true, "for": true, "nor": true, "with": true, "from": true, "into": true, "over": true, "n't": true}

// nameLike reports whether a headline's words before a colon can be a name: "Poll",
// "Bank of England", but not a section title such as "Little Relief for Refugees".
func nameLike(ws []word) bool {
	for _, w := range ws {
		if !w.cap && !w.punc && w.low != "of" && w.low != "the" && w.low != "and" {
			return false
		}
	}
	return true
}

// hasPreposition reports whether ws holds a lowercase preposition other than "of", which
// names and roles do not: "Success on Signature Issue".
func hasPreposition(ws []word) bool {
	for i, w := range ws {
		if (!w.cap || i > 0) && (w.tag == "IN" || w.tag == "TO") && w.low != "of" {
			return true
		}
	}
	return false
}

// speakerLine reads a paragraph that opens with a name and a dash or colon: a vox pop
// ("Sonya Herridge ― “Mr. Trump is …”") or a transcript ("WALLACE: Do you really …").
func (a *analyser) speakerLine(ui int, u unit, ws []word) bool {
	if !opensParagraph(a.text, u.span) {
		return false
	}
	for i := 1; i <= 6 && i < len(ws)-1; i++ {
		t := ws[i].text
		if !isDash(t) && t != ":" {
			if ws[i].punc && t != "." {
				return false
			}
			continue
		}
		m, ok := a.lx.readMention(ws[:i])
		if !ok || m.pronoun != "" || headings[ws[0].low] {
			return false // "Correction: …", "Source: NATO"
		}
		// A transcript speaker ("WALLACE:") must be someone the document names; a heading
		// in capitals ("CLARIFICATION:", "QUESTIONABLE CLAIMS —") is no speaker.
		transcript := t == ":" && i == 1 && len(ws[0].text) > 2 && transcriptLine(ws)
		if m.kind != claims.Person && !transcript || !transcript && allCaps(ws[:i]) {
			return false
		}
		if m.role == "" && len(strings.Fields(m.name)) > 4 || hasPreposition(ws[:i]) {
			return false // a section title: "Veto Power Impedes Peace Efforts:", "Success on …:"
		}
		if transcript {
			m.kind, m.name = claims.Person, ws[0].text
		} else if !slices.ContainsFunc(ws[i+1:], func(w word) bool { return strings.HasPrefix(w.tag, "VB") || w.tag == "MD" }) && !a.isQuoted(u, claims.Span{Start: ws[i].span.End, End: u.span.End}) {
			return false // "Contributing: Nicole Gaudiano", "Hillary Clinton: 1,769": no statement
		}
		sp := a.people.speaker(m)
		a.emit(attribution{unit: ui, host: -1, speaker: sp, source: claims.Span{Start: ws[0].span.Start, End: ws[i-1].span.End},
			cue: ws[i].span, content: contentSpan(a.text, ws[i].span.End, u.span.End)}, u)
		return true
	}
	return false
}

// transcriptLine reports whether ws opens with a transcript's speaker in capitals and a
// colon: "TAPPER:", "JAKE TAPPER:".
func transcriptLine(ws []word) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		if ws[i].text == ":" {
			return i > 0
		}
		if ws[i].punc || len(ws[i].text) < 2 || strings.ToUpper(ws[i].text) != ws[i].text || headings[ws[i].low] {
			return false
		}
	}
	return false
}

// questionLine reports whether ws is an interviewer's line of a question-and-answer
// interview: "Q: Will you stand again?", "Question: …". It is no one's claim.
func questionLine(ws []word) bool {
	return len(ws) > 2 && (ws[0].low == "q" || ws[0].low == "question") && ws[0].cap && ws[1].text == ":"
}

// answerLine reports whether ws opens with an interviewee's "A:" or "Answer:".
func answerLine(ws []word) bool {
	return len(ws) > 2 && (ws[0].low == "a" || ws[0].low == "answer") && ws[0].cap && ws[1].text == ":"
}

// allCaps reports whether every word of ws is written in capitals: a heading.
func allCaps(ws []word) bool {
	for _, w := range ws {
		if !w.punc && (strings.ToUpper(w.text) != w.text || len(w.text) < 2) {
			return false
		}
	}
	return true
}

// headings are words a page writes in capitals before a colon that name no speaker.
var headings = map[string]bool{"clarification": true, "correction": true, "corrections": true, "update": true, "updated": true, "note": true, "related": true, "advertisement": true, "disclaimer": true, "disclosure": true, "source": true, "sources": true, "photo": true, "video": true, "watch": true, "read": true, "more": true, "editor": true, "breaking": true, "exclusive": true, "analysis": true, "opinion": true, "latest": true, "live": true}

// runInHeading returns the number of words in a heading in capitals that opens a
// paragraph and runs into its first sentence: two or more words, one of four letters or
// more, then a capitalised word in lower case. Acronyms ("US FDA Commissioner") are too
// short to count.
func runInHeading(ws []word) int {
	long := false
	i := 0
	for ; i < len(ws) && !ws[i].punc && ws[i].text == strings.ToUpper(ws[i].text) && ws[i].cap; i++ {
		long = long || len(ws[i].text) >= 4
	}
	n := i
	if i+1 < len(ws) && (isDash(ws[i].text) || ws[i].text == "-" || ws[i].text == ":") {
		n = i + 1 // "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He's been …"
	}
	if i < 2 || !long || n >= len(ws) || !ws[n].cap || ws[n].text == strings.ToUpper(ws[n].text) {
		return 0
	}
	return n
}

// datelineRE matches a dateline that opens an article's first sentence:
// "WASHINGTON ― ", "MOSCOW, July 21 (Reuters) - ", and a place in title case with its
// agency: "New York (AFP) – ", "Castrelo, Feb 13 (EFE).- "; or the agency alone: "(CNN) — ".
var datelineRE = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu} .'-]{2,30}(?:,[^―—–\n]{0,40})?(?:\([\p{L} .]+\))?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}[\p{L}.]+(?: \d{1,2})?)? \(\p{Lu}[\p{L} .]{1,20}\)|\(\p{Lu}[\p{L} .]{1,20}\))\.?\s*[―—–-]{1,2}\s+`)
