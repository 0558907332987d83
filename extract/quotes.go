package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// quote is a quotation found on the raw text.
type quote struct {
	outer claims.Span // with the quote marks
	inner claims.Span // without them
	open  bool        // no closing mark before the paragraph ended
}

// findQuotes returns the quotations of one paragraph, text[p.Start:p.End], in order.
// Double marks (“ ” " « ») pair first; single marks (‘ ’ ') pair only where they cannot be
// apostrophes, and inside no double quotation. It runs in linear time however unbalanced
// the marks are.
func findQuotes(text string, p claims.Span) []quote {
	var out []quote
	start, openMark := -1, rune(0)
	markLen := 0
	depth := 0                                         // curly quotations opened inside the current one
	closers := strings.Count(text[p.Start:p.End], "”") // closing curly marks not yet passed
	for i := p.Start; i < p.End; {
		if !mayOpenQuoteMark(text[i]) {
			i++ // no quote mark starts here: only quote marks change anything below
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == '\'' || r == '`') && i+1 < p.End && text[i+1] == byte(r) {
			// '' and `` stand for double quote marks in some newsrooms' text.
			r, n = twoTicks, 2
		}
		if r == '”' {
			closers--
		}
		switch {
		case start >= 0 && openMark == '“' && r == '“' && i > p.Start && (text[i-1] == ' ' || text[i-1] == '(') && !reopens(text, p, i, n, openMark, r) && closers >= depth+2:
			depth++ // “… what he calls “hell” than …”: a quotation inside, closed before the outer one
		case start >= 0 && depth > 0 && (r == '”' || sloppyClose(text, p, i, openMark, r)):
			depth--
		case start >= 0 && sloppyClose(text, p, i, openMark, r):
			// “rapists“: a closing written with the opening mark, straight after a word
			out = append(out, quote{outer: claims.Span{Start: start, End: i + n}, inner: claims.Span{Start: start + markLen, End: i}})
			start = -1
		case start < 0 && (r == '“' || r == '"' || r == '«' || r == '„' || r == twoTicks):
			start, openMark, markLen = i, r, n
		case start < 0 && r == '”' && opensWord(text, p, i, n):
			start, openMark, markLen = i, r, n // sloppy text opens with a closing mark: ”Mr. Trump …”
		case start >= 0 && reopens(text, p, i, n, openMark, r):
			// Paragraphs run together: "… shut down. "They didn't do that." The quotation
			// left open ends where the next paragraph's opens.
			out = append(out, quote{outer: claims.Span{Start: start, End: i - 1}, inner: claims.Span{Start: start + markLen, End: i - 1}, open: true})
			start, openMark, markLen, depth = i, r, n, 0
		case start >= 0 && closes(openMark, r):
			out = append(out, quote{outer: claims.Span{Start: start, End: i + n}, inner: claims.Span{Start: start + markLen, End: i}})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, quote{outer: claims.Span{Start: start, End: p.End}, inner: claims.Span{Start: start + markLen, End: p.End}, open: true})
	}
	return mergeQuotes(out, singleQuotes(text, p, out))
}

// mayOpenQuoteMark reports whether c may be the first byte of a quote mark findQuotes reads:
// " ' ` or the first byte of “ ” „ (0xe2) or « » (0xc2). Other bytes, continuation bytes
// included, start none.
func mayOpenQuoteMark(c byte) bool {
	return c == '"' || c == '\'' || c == '`' || c == 0xe2 || c == 0xc2
}

// sloppyClose reports whether the mark r at text[i], inside a quotation opened with
// open, is an opening curly mark that closes it: written straight after a word or a
// stop, with no space or word after.
func sloppyClose(text string, p claims.Span, i int, open, r rune) bool {
	if open != '“' || r != '“' || i == p.Start {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
	a, _ := utf8.DecodeRuneInString(text[i+len("“"):])
	return (unicode.IsLetter(b) || unicode.IsPunct(b)) && !unicode.IsLetter(a) && !unicode.IsDigit(a)
}

// twoTicks stands for a quote mark written as two apostrophes or backticks.
const twoTicks = rune(-2)

func closes(open, r rune) bool {
	switch open {
	case '“', '„':
		return r == '”' || r == '"' // sloppy text closes a curly quote with a straight one
	case '"':
		return r == '"' || r == '”'
	case '”':
		return r == '”' || r == '"'
	case '«':
		return r == '»'
	case twoTicks:
		return r == twoTicks
	}
	return false
}

// reopens reports whether the mark r at text[i:i+n], inside a quotation opened with open,
// opens another after a sentence ends: a second “, or a " after ". " before a word.
func reopens(text string, p claims.Span, i, n int, open, r rune) bool {
	if i-2 < p.Start || text[i-1] != ' ' || (text[i-2] != '.' && text[i-2] != '?' && text[i-2] != '!') {
		return false
	}
	return r == '“' && open == '“' || r == '"' && open == '"' && opensWord(text, p, i, n)
}

// opensWord reports whether the mark text[i:i+n] stands before a word, at the start of the
// paragraph or after a space.
func opensWord(text string, p claims.Span, i, n int) bool {
	if i > p.Start && text[i-1] != ' ' && text[i-1] != '\n' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsLetter(r)
}

// singleQuotes pairs ‘…’ and '…' outside the double quotations in dq.
func singleQuotes(text string, p claims.Span, dq []quote) []quote {
	var out []quote
	start := -1
	var startLen int
	d := 0 // the first double quotation that does not end before i
	for i := p.Start; i < p.End; {
		if c := text[i]; c != '\'' && c != 0xe2 {
			i++ // neither ' nor the first byte of ‘ or ’
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '‘' && r != '’' && r != '\'' {
			i += n
			continue
		}
		for d < len(dq) && dq[d].outer.End <= i {
			d++
		}
		if d < len(dq) && dq[d].outer.Start <= i {
			i += n
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		after, _ := utf8.DecodeRuneInString(text[i+n : p.End])
		if i == p.Start {
			before = ' '
		}
		if i+n >= p.End {
			after = ' '
		}
		wordBefore := unicode.IsLetter(before) || unicode.IsDigit(before)
		wordAfter := unicode.IsLetter(after) || unicode.IsDigit(after)
		switch {
		case wordBefore && wordAfter:
			// don’t, Moscow’s: an apostrophe
		case start < 0 && !wordBefore && (wordAfter || after == '(') && r != '’':
			start, startLen = i, n
		case start >= 0 && !wordAfter && (wordBefore || unicode.IsPunct(before)) && r != '‘':
			if i-start > startLen {
				out = append(out, quote{outer: claims.Span{Start: start, End: i + n}, inner: claims.Span{Start: start + startLen, End: i}})
			}
			start = -1
		case start < 0 && !wordBefore && wordAfter && r == '’':
			// ’90s: an elision
		}
		i += n
	}
	return out
}

func mergeQuotes(a, b []quote) []quote {
	if len(b) == 0 {
		return a
	}
	out := make([]quote, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].outer.Start < b[j].outer.Start {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}
