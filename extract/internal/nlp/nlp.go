// Package nlp is the one seam between contradict and prose: it hands the rest of the code
// sentences and part-of-speech tagged tokens with byte offsets into the original text.
//
// prose reports neither sentence nor token offsets, rewrites quote marks, and drops a word
// glued to an opening single quote (‘special). The seam hides all three: it tags a view of
// the sentence with quote marks blanked and apostrophes made plain, then maps every token
// back to the original bytes.
//
// The tokens are prose's, from a copy of its tokenizer without its regexp and allocations
// that the tests hold to prose's own. The tags come from prose's own averaged perceptron, run
// deterministically here on its weights, which gen.go ("go generate") writes from prose's
// model into perceptron.bin, embedded and read in place on first use (see Load): prose's
// whole model, its entity extractor included, is never decoded.
package nlp

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// Token is a word or punctuation mark with its Penn Treebank tag.
type Token struct {
	Text string
	Tag  string
	Span claims.Span // into the document
}

var (
	segOnce sync.Once
	seg     *sentences.DefaultSentenceTokenizer
	segErr  error
)

// Sentences splits text[s.Start:s.End], one paragraph or line, into sentence spans. Text
// that the segmenter cannot align falls back to a single span.
func Sentences(text string, s claims.Span) []claims.Span {
	segOnce.Do(func() { seg, segErr = english.NewSentenceTokenizer(nil) })
	para := s.In(text)
	if segErr != nil || strings.TrimSpace(para) == "" {
		return trimSpans(text, []claims.Span{s})
	}
	var out []claims.Span
	pos := 0
	for _, st := range seg.Tokenize(para) {
		t := strings.TrimSpace(st.Text)
		if t == "" {
			continue
		}
		i := strings.Index(para[pos:], t)
		if i < 0 {
			// The segmenter changed the text: give up on this paragraph's later splits.
			break
		}
		out = append(out, claims.Span{Start: s.Start + pos + i, End: s.Start + pos + i + len(t)})
		pos += i + len(t)
	}
	if len(out) == 0 {
		return trimSpans(text, []claims.Span{s})
	}
	// Whatever the segmenter did not cover joins the last sentence.
	out[len(out)-1].End = s.End
	return trimSpans(text, splitNested(text, joinTitles(text, out)))
}

// nestedEnd matches a sentence that ends inside a quotation within a quotation, "…
// there?'\" Then …": the segmenter ends a sentence at "?\" Then" but not when a single
// quote closes first.
var nestedEnd = regexp.MustCompile(`[.?!]['‘’]["“”]\s+\p{Lu}`)

// splitNested splits the sentences that hold a nestedEnd, after its quote marks.
func splitNested(text string, ss []claims.Span) []claims.Span {
	var out []claims.Span
	for _, s := range ss {
		for mayEndNested(text[s.Start:s.End]) {
			m := nestedEnd.FindStringIndex(text[s.Start:s.End])
			if m == nil {
				break
			}
			cut := s.Start + m[0] + 1
			for cut < s.End {
				r, n := utf8.DecodeRuneInString(text[cut:])
				if !strings.ContainsRune(`'‘’"“”`, r) {
					break
				}
				cut += n
			}
			out = append(out, claims.Span{Start: s.Start, End: cut})
			s.Start = cut
		}
		out = append(out, s)
	}
	return out
}

// mayEndNested reports whether t holds a stop and a single quote mark, as every match
// of nestedEnd starts: most sentences do not, and need no regular expression.
func mayEndNested(t string) bool {
	for {
		i := strings.IndexAny(t, ".?!")
		if i < 0 {
			return false
		}
		t = t[i+1:]
		if strings.HasPrefix(t, "'") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "’") {
			return true
		}
	}
}

// joinTitles undoes the segmenter's splits after a title: it ends "…, Mr." when the name
// that follows also opens sentences in its training text ("Mr. Hedge", "Mr. Prince",
// "Mr. Earnest"); and after a middle initial ("Douglas J. | Band emailed …").
func joinTitles(text string, ss []claims.Span) []claims.Span {
	out := ss[:0]
	for _, s := range ss {
		if n := len(out); n > 0 && (endsWithTitle(text[out[n-1].Start:out[n-1].End]) || endsWithInitial(text[out[n-1].Start:out[n-1].End]) && !opener(text[s.Start:s.End])) {
			if r, _ := utf8.DecodeRuneInString(text[s.Start:]); unicode.IsUpper(r) {
				out[n-1].End = s.End
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

func endsWithTitle(t string) bool {
	t = strings.TrimRight(t, " \t\r\n")
	stem, ok := strings.CutSuffix(t, ".")
	if !ok {
		return false
	}
	w := stem[strings.LastIndexAny(stem, " \t\n(\"“")+1:]
	return titles[w]
}

// endsWithInitial reports whether t ends with a given name and a middle initial: "In April
// 2009, Douglas J." of "Douglas J. Band".
func endsWithInitial(t string) bool {
	t = strings.TrimRight(t, " \t\r\n")
	stem, ok := strings.CutSuffix(t, ".")
	if !ok || len(stem) < 3 || stem[len(stem)-2] != ' ' {
		return false
	}
	if r := rune(stem[len(stem)-1]); r < 'A' || r > 'Z' {
		return false
	}
	f := strings.Fields(stem[:len(stem)-2])
	if len(f) == 0 {
		return false
	}
	name := f[len(f)-1]
	r, _ := utf8.DecodeRuneInString(name)
	return len(name) > 1 && unicode.IsUpper(r) && !strings.ContainsAny(name, ".,;:!?\"“”")
}

// opener reports whether a sentence opens with a word that opens sentences more often
// than it ends a name: "The", "He".
func opener(s string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(s, " \t\"“‘'"), " ")
	return sentenceOpeners[strings.TrimRight(first, ",")]
}

var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"This": true, "That": true, "There": true, "His": true, "Her": true, "Its": true,
	"Their": true, "Then": true, "So": true, "Yet": true, "Still": true, "Now": true,
}

// Title reports whether w, with no stop, is an abbreviated title that stands before a
// name and so ends no sentence: "Dr", "Gen".
func Title(w string) bool { return titles[w] }

// titles are the abbreviations that stand before a name and so end no sentence.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Dr": true, "Prof": true, "Gov": true,
	"Sen": true, "Sens": true, "Rep": true, "Reps": true, "Gen": true, "Col": true, "Lt": true,
	"Maj": true, "Sgt": true, "Capt": true, "Adm": true, "Cmdr": true, "Rev": true, "Hon": true,
	"Supt": true, "Insp": true, "Det": true, "Pres": true, "Atty": true, "Fr": true,
	"Brig": true, "Cpl": true, "Pvt": true, "Spc": true, "Cdr": true, "Lieut": true, "Amb": true, "Gens": true,
}

func trimSpans(text string, ss []claims.Span) []claims.Span {
	out := ss[:0]
	for _, s := range ss {
		for s.Start < s.End {
			r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
			if !unicode.IsSpace(r) {
				break
			}
			s.Start += n
		}
		for s.End > s.Start {
			r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
			if !unicode.IsSpace(r) {
				break // "…?”\u00a0― Name": a no-break space is space too
			}
			s.End -= n
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

// Tag returns the tagged tokens of text[s.Start:s.End]. Quote marks are not tokens. If the
// tagger's weights cannot be read (see Load), the tokens have no tags.
func Tag(text string, s claims.Span) []Token {
	view, orig := plainView(text, s)
	if strings.TrimSpace(view) == "" {
		return nil
	}
	toks := tokenize(view)
	n := len(toks)
	toks = splitFinalStop(toks)
	var tags []string
	if tg, err := loadTagger(); err == nil {
		tags = tg.tag(toks)
		closedClass(toks, tags)
	} else {
		tags = make([]string, len(toks))
		if len(toks) > n {
			tags[n] = "." // the stop splitFinalStop parted
		}
	}
	out := make([]Token, 0, len(toks))
	pos := 0
	for k, t := range toks {
		i := strings.Index(view[pos:], t)
		if i < 0 || t == "" {
			continue
		}
		a, b := pos+i, pos+i+len(t)
		out = append(out, Token{
			Text: text[orig[a]:orig[b]],
			Tag:  tags[k],
			Span: claims.Span{Start: orig[a], End: orig[b]},
		})
		pos = b
	}
	return out
}

// closedClass corrects the tag of a closed-class word the model misreads: "cannot" is a
// modal, never the noun it may read ("if the council cannot close the gap, …").
func closedClass(toks, tags []string) {
	for k, t := range toks {
		if strings.EqualFold(t, "cannot") {
			tags[k] = "MD"
		}
	}
}

// splitFinalStop parts a sentence's full stop from its last word when prose has read the
// two as an abbreviation: a short capitalised word such as "Doe." or "Lee." ends many a
// "…, said Jane Doe." but prose keeps it whole, as it keeps "Mr.". Titles and other
// abbreviations that end a sentence keep their stop.
func splitFinalStop(toks []string) []string {
	n := len(toks)
	if n == 0 {
		return toks
	}
	last := toks[n-1]
	stem, ok := strings.CutSuffix(last, ".")
	if !ok || len(stem) < 2 || len(stem) > 3 || !unicode.IsUpper(rune(stem[0])) || abbreviations[stem] {
		return toks
	}
	for _, r := range stem[1:] {
		if r < 'a' || r > 'z' {
			return toks
		}
	}
	toks[n-1] = stem
	return append(toks, ".")
}

// abbreviations are the short words that end in a full stop of their own.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Co": true, "Inc": true, "Ltd": true, "Plc": true, "No": true, "Nos": true, "Gen": true,
	"Gov": true, "Sen": true, "Rep": true, "Col": true, "Lt": true, "Maj": true, "Sgt": true,
	"Rev": true, "Mt": true, "Ft": true, "Ave": true, "Rd": true, "Vol": true, "Fig": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Oct": true, "Nov": true, "Dec": true, "Mon": true, "Tue": true, "Wed": true,
	"Thu": true, "Fri": true, "Sat": true, "Sun": true, "Esq": true, "Brig": true, "Cpl": true,
	"Pvt": true, "Spc": true, "Cdr": true, "Amb": true,
}

// plainView returns the sentence with quote marks turned to spaces and apostrophes to ',
// and for each byte of the view (and one past the end) its offset in text. A clitic glued
// to punctuation ("isn't,", "It's.") is parted from it by a space: prose drops both.
func plainView(text string, s claims.Span) (string, []int) {
	var b strings.Builder
	b.Grow(s.Len() + 8) // a byte for a byte, but for a few dashes and clitics
	orig := make([]int, 0, s.Len()+1)
	src := s.In(text)
	clitic := false // the word being written has an apostrophe
	for i := 0; i < len(src); {
		if c := src[i]; 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
			// An ASCII letter or digit, most of the text, is copied as it is, as the
			// default case below would.
			b.WriteByte(c)
			orig = append(orig, s.Start+i)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		at := s.Start + i
		emit := func(c byte) {
			b.WriteByte(c)
			orig = append(orig, at)
		}
		if clitic && unicode.IsPunct(r) && !isApostrophe(src, i, n) && r != '-' {
			emit(' ')
		}
		if unicode.IsSpace(r) || unicode.IsPunct(r) && !isApostrophe(src, i, n) {
			clitic = false
		} else if r == '‘' || r == '’' || r == '\'' {
			clitic = true
		}
		switch {
		case r == '“' || r == '”' || r == '"' || r == '«' || r == '»' || r == '„':
			emit(' ')
		case r == '‘' || r == '’' || r == '\'' || r == '`':
			if isApostrophe(src, i, n) && nameS(src[i+n:]) {
				emit('x') // prose reads "O'Sullivan" as "O" and a clitic "'s", and drops "ullivan"
			} else if isApostrophe(src, i, n) {
				emit('\'')
			} else {
				emit(' ')
			}
		case r == '—' || r == '–' || r == '―':
			// "an anti-Trump banner on it—people suspected": prose keeps a dash between
			// letters inside one token.
			emit(' ')
			b.WriteString(src[i : i+n])
			for k := 0; k < n; k++ {
				orig = append(orig, at+k)
			}
			b.WriteByte(' ')
			orig = append(orig, at+n)
		case r == utf8.RuneError && n == 1:
			emit(' ')
		case unicode.IsSpace(r):
			emit(' ')
		default:
			b.WriteString(src[i : i+n])
			for k := 0; k < n; k++ {
				orig = append(orig, at+k)
			}
		}
		i += n
	}
	orig = append(orig, s.End)
	return b.String(), orig
}

// nameS reports whether rest, after an apostrophe, opens with an s that another letter
// follows: a name ("O'Shea", "D'Souza"), not the clitic of "it's".
func nameS(rest string) bool {
	return len(rest) > 1 && (rest[0] == 's' || rest[0] == 'S') && unicode.IsLetter(rune(rest[1]))
}

// isApostrophe reports whether the single quote mark at src[i:i+n] sits inside a word
// (don’t, Moscow’s) rather than opening or closing a quotation.
func isApostrophe(src string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(src[:i])
	after, _ := utf8.DecodeRuneInString(src[i+n:])
	return unicode.IsLetter(before) && (unicode.IsLetter(after) || unicode.IsDigit(after))
}
