package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/nlp"
	"github.com/contradict/contradict/internal/wordnet"
)

// word is a token of the cheap scanner used where tagging would cost too much: the
// document-wide pass over names and titles.
type word struct {
	span claims.Span
	text string
	low  string
	cap  bool   // starts with an upper-case letter
	poss bool   // followed by a possessive ’s
	punc bool   // a punctuation mark
	tag  string // Penn Treebank tag, where the sentence was tagged
}

// taggedWords tags text[s.Start:s.End] through the prose seam and folds possessive
// tokens into the word before them, as scanWords does.
func taggedWords(text string, s claims.Span) []word {
	toks := nlp.Tag(text, s)
	out := make([]word, 0, len(toks))
	joined := 0 // the end of a name joined across its apostrophe
	for _, t := range toks {
		if t.Span.Start < joined {
			continue
		}
		if e := apostropheName(text, t.Span, s.End); e > t.Span.End {
			// "O’Malley", "D’Angelo": the tagger parts the name at its apostrophe.
			t.Span.End, t.Text, joined = e, text[t.Span.Start:e], e
		}
		low := strings.ToLower(t.Text)
		if (low == "’s" || low == "'s") && t.Tag == "POS" && len(out) > 0 {
			out[len(out)-1].poss = true
			continue
		}
		if (low == "’" || low == "'") && len(out) > 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		punc := !unicode.IsLetter(r) && !unicode.IsDigit(r) && !contractions[low]
		out = append(out, word{span: t.Span, text: t.Text, low: low, cap: unicode.IsUpper(r), punc: punc, tag: t.Tag})
	}
	markAcronyms(out)
	pastBeforeFigure(out)
	presentAfterName(out)
	periodicals(out)
	return out
}

// periodicals tags as a noun "daily" or "weekly" that heads its phrase, as a newspaper's
// name has it: "The Nikkei business daily, citing …, quoted", "the daily reported". The
// tagger reads an adverb there. Not "the daily briefing".
func periodicals(ws []word) {
	for i := 1; i < len(ws); i++ {
		w, p := ws[i], ws[i-1]
		if w.low != "daily" && w.low != "weekly" || w.tag == "NN" || !(p.tag == "NN" || p.tag == "NNP" || p.tag == "DT" || p.tag == "JJ") || p.punc {
			continue // not after a plural: "treats 40 patients daily" tells how often
		}
		if i+1 == len(ws) || ws[i+1].punc || strings.HasPrefix(ws[i+1].tag, "VB") || ws[i+1].tag == "MD" {
			ws[i].tag = "NN"
		}
	}
}

// apostropheName returns where a name that goes on after an apostrophe ends, when the
// token at sp is a single capital before "’" and a capitalised word ("O’Malley"), else
// sp.End.
func apostropheName(text string, sp claims.Span, limit int) int {
	if sp.Len() != 1 || text[sp.Start] < 'A' || text[sp.Start] > 'Z' {
		return sp.End
	}
	i := sp.End
	switch {
	case strings.HasPrefix(text[i:], "’"):
		i += len("’")
	case strings.HasPrefix(text[i:], "'"):
		i++
	default:
		return sp.End
	}
	if i >= limit || text[i] < 'A' || text[i] > 'Z' {
		return sp.End
	}
	for i < limit {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// laterVerb reports whether a finite verb follows ws[i] in its clause, before a comma,
// colon, semicolon or dash.
func laterVerb(ws []word, i int) bool {
	for ; i < len(ws) && ws[i].text != "," && ws[i].text != ":" && ws[i].text != ";" && !isDash(ws[i].text); i++ {
		if t := ws[i].tag; t == "VBD" || t == "VBP" || t == "VBZ" || t == "MD" {
			return true
		}
	}
	return false
}

// presentStem strips the -s of a verb's third person: "hints" → "hint", "pushes" →
// "push", "goes" → "go"; but "aides" → "aide", for "aid" would take an "-es" it does not.
func presentStem(w string) string {
	if b, ok := strings.CutSuffix(w, "es"); ok && (strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o")) {
		return b
	}
	return strings.TrimSuffix(w, "s")
}

// presentAfterName tags as a verb the word in -s the tagger reads as a plural noun right
// after the name that opens its clause, when a verb of that form exists and a preposition,
// determiner, adjective or name follows: "Clinton hints at …", "China rebuts American
// criticism", "Mayor swipes at governor" — a headline's present tense. Not "Clinton
// aides at …": "aides" is no verb.
func presentAfterName(ws []word) {
	for i := 1; i+1 < len(ws); i++ {
		w, p, n := ws[i], ws[i-1], ws[i+1]
		if w.tag != "NNS" || w.cap || !strings.HasSuffix(w.low, "s") || p.tag != "NNP" || !p.cap || p.poss || w.poss || n.punc {
			continue
		}
		if !(n.tag == "IN" && n.low != "of" || n.tag == "DT" || n.tag == "JJ" || n.tag == "CD" || n.tag == "TO" || n.tag == "PRP$" || n.tag == "NNP" && n.cap) {
			continue
		}
		k := i - 1
		for k > 0 && ws[k-1].tag == "NNP" && ws[k-1].cap && !ws[k-1].poss {
			k--
		}
		if k > 0 && !ws[k-1].punc {
			continue // the name opens no clause: "the Trump rallies in Ohio"
		}
		if !slices.Contains(wordnet.Lemmas(w.low, wordnet.Verb), presentStem(w.low)) {
			continue
		}
		if laterVerb(ws, i+1) {
			continue // "Media reports in both countries describe …": the subject's noun
		}
		ws[i].tag = "VBZ"
	}
}

// pastBeforeFigure tags as a past tense the participle the tagger reads after a bare
// noun subject when a figure follows it: "prices increased by 1.1%", "sales climbed to
// $4bn" state a change, they are no reduced relative ("the man arrested by police").
func pastBeforeFigure(ws []word) {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i].tag != "VBN" || !strings.HasPrefix(ws[i-1].tag, "NN") || ws[i+1].low != "by" && ws[i+1].low != "to" || ws[i+2].tag != "CD" && !startsDigit(ws[i+2].text) && !strings.HasPrefix(ws[i+2].text, "$") && !strings.HasPrefix(ws[i+2].text, "£") && !strings.HasPrefix(ws[i+2].text, "€") {
			continue
		}
		if j := i - 2; j >= 0 && (ws[j].low == "be" || beForms[ws[j].low] || ws[j].low == "has" || ws[j].low == "have" || ws[j].low == "had" || ws[j].low == "been") {
			continue
		}
		ws[i].tag = "VBD"
	}
}

// acronymWords are closed-class words that, written in capitals amid lower-case text, are
// names: "the WHO", "IT workers".
var acronymWords = map[string]bool{"who": true, "it": true, "us": true, "am": true, "or": true, "an": true, "on": true, "at": true, "as": true, "me": true, "we": true, "no": true, "so": true, "do": true}

// longestAcronymWord is the length of the longest acronymWords entry: longer words need no
// look-up.
var longestAcronymWord = func() int {
	n := 0
	for w := range acronymWords {
		n = max(n, len(w))
	}
	return n
}()

// markAcronyms keeps an acronym that spells a closed-class word apart from that word, unless
// its neighbours are capitals too, as in a headline set in capitals.
func markAcronyms(ws []word) {
	upper := func(k int) bool {
		return k >= 0 && k < len(ws) && !ws[k].punc && len(ws[k].text) > 1 && strings.ToUpper(ws[k].text) == ws[k].text && strings.ToLower(ws[k].text) != ws[k].text
	}
	for i := range ws {
		// A word its lower case leaves as it is has no capital to keep.
		if ws[i].text != ws[i].low && len(ws[i].low) <= longestAcronymWord && acronymWords[ws[i].low] && upper(i) && !upper(i-1) && !upper(i+1) {
			ws[i].low = ws[i].text
			if ws[i].tag != "" {
				ws[i].tag = "NNP"
			}
		}
	}
}

// contractions are the clitic verbs the tagger splits off: "who’s called", "they've said".
var contractions = map[string]bool{"'s": true, "’s": true, "'ve": true, "’ve": true, "'d": true, "’d": true, "'re": true, "’re": true, "'ll": true, "’ll": true, "'m": true, "’m": true}

// scanWords splits text[s.Start:s.End] into words and punctuation. A possessive ’s or 's is
// folded into the word before it as poss.
func scanWords(text string, s claims.Span) []word {
	// News runs to about one word or mark in five bytes; a quarter rarely needs to grow.
	out := make([]word, 0, s.Len()/4+2)
	var lower lowerer
	i := s.Start
	for i < s.End {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isSpace(r) || isQuoteRune(r) && !inWord(text, s, i, n):
			i += n
		case isAlnum(r):
			j := i + n
			for j < s.End {
				if c := text[j]; c < utf8.RuneSelf { // most of the text: ASCII
					if isAlnum(rune(c)) || (c == '-' || c == '.' || c == '\'') && inWord(text, s, j, 1) {
						j++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isAlnum(r2) || r2 == '’' && inWord(text, s, j, n2) {
					j += n2
					continue
				}
				break
			}
			w := text[i:j]
			poss := false
			for _, suf := range []string{"’s", "'s"} {
				if strings.HasSuffix(w, suf) && len(w) > len(suf) {
					w, poss = w[:len(w)-len(suf)], true
					break
				}
			}
			out = append(out, word{span: claims.Span{Start: i, End: i + len(w)}, text: w, low: lower.of(w, s.Len()), cap: unicode.IsUpper(r), poss: poss})
			i = j
		default:
			out = append(out, word{span: claims.Span{Start: i, End: i + n}, text: text[i : i+n], low: text[i : i+n], punc: true})
			i += n
		}
	}
	markAcronyms(out)
	return out
}

// maxScanned bounds the text whose words an analyser keeps (see scanned): a news article
// fits many times over, and a huge document costs no more than a scan a pass.
const maxScanned = 256 << 10

// scanned returns scanWords(a.text, s), scanned once per document for the several passes
// that read a sentence's words. The caller must not change the words.
func (a *analyser) scanned(s claims.Span) []word {
	if ws, ok := a.scans[s]; ok {
		return ws
	}
	ws := slices.Clip(scanWords(a.text, s))
	if a.scannedBytes+s.Len() <= maxScanned {
		if a.scans == nil {
			a.scans = map[claims.Span][]word{}
		}
		a.scans[s] = ws
		a.scannedBytes += s.Len()
	}
	return ws
}

// lowerer lower-cases the words of one scan. It writes ASCII words with capitals into
// one buffer, sized once for the whole scan, instead of a string each.
type lowerer struct{ buf strings.Builder }

// of returns strings.ToLower(w); size bounds the bytes of all the words to come.
func (l *lowerer) of(w string, size int) string {
	upper := false
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf {
			return strings.ToLower(w)
		} else if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return w
	}
	if l.buf.Cap() == 0 {
		l.buf.Grow(size)
	}
	if l.buf.Cap()-l.buf.Len() < len(w) {
		return strings.ToLower(w) // not reached: the words fit in size
	}
	start := l.buf.Len()
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l.buf.WriteByte(c)
	}
	return l.buf.String()[start:]
}

// isSpace is unicode.IsSpace, quicker for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isAlnum reports whether r is a letter or a digit, as unicode.IsLetter and unicode.IsDigit
// say, quicker for ASCII.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// inWord reports whether the rune at text[i:i+n] has a letter or digit on both sides.
func inWord(text string, s claims.Span, i, n int) bool {
	if i <= s.Start || i+n >= s.End {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(text[s.Start:i])
	a, _ := utf8.DecodeRuneInString(text[i+n : s.End])
	return isAlnum(b) && isAlnum(a)
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
