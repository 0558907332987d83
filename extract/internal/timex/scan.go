package timex

import (
	"unicode"
	"unicode/utf8"
)

// A token is a word, a run of ASCII digits or one punctuation rune of the text given to Find.
type token struct {
	start, end int
	kind       tokKind
	upper      bool   // a word whose first letter is upper case
	num        int    // value of a number of at most four digits; -1 for longer runs
	lex        lexeme // what the word means to this package; zero for most words
}

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// tokenize appends the tokens of s to buf. Letters (any script) make words, ASCII digits make
// numbers, white space separates, and every other rune is a token of its own.
func tokenize(s string, buf []token) []token {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 4 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			if j-i > 4 {
				n = -1
			}
			buf = append(buf, token{start: i, end: j, kind: tNum, num: n})
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c):
			j := lettersEnd(s, i)
			buf = append(buf, word(s, i, j))
			i = j
		case c < utf8.RuneSelf:
			buf = append(buf, token{start: i, end: i + 1, kind: tPunct})
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
			case unicode.IsLetter(r):
				j := lettersEnd(s, i+n)
				buf = append(buf, word(s, i, j))
				i = j
			default:
				buf = append(buf, token{start: i, end: i + n, kind: tPunct})
				i += n
			}
		}
	}
	return buf
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// word returns the word token s[i:j] with its meaning looked up.
func word(s string, i, j int) token {
	t := token{start: i, end: j, kind: tWord}
	c := s[i]
	t.upper = c >= 'A' && c <= 'Z'
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[i:])
		t.upper = unicode.IsUpper(r)
	}
	if j-i > maxLexLen {
		return t
	}
	var buf [maxLexLen]byte
	for k := i; k < j; k++ {
		b := s[k]
		if b >= utf8.RuneSelf {
			return t // every word of the lexicon is ASCII
		}
		buf[k-i] = b | 0x20
	}
	t.lex = lexicon[string(buf[:j-i])]
	return t
}

// lettersEnd returns the end of the run of letters that starts at s[j:].
func lettersEnd(s string, j int) int {
	for j < len(s) {
		if b := s[j]; b < utf8.RuneSelf {
			if !isASCIILetter(b) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j
}
