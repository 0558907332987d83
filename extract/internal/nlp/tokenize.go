package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize splits text into tokens as prose's tokenizer does (its iterTokenizer), without
// its regexp, its cache or a pointer a token, and returns their texts. TestTokenizeAsProse and FuzzTokenize hold the
// two to the same tokens.
func tokenize(text string) []string {
	clean := sanitizer.Replace(text)
	toks := make([]string, 0, len(clean)/4+1)
	white := false
	start, index := 0, 0
	for index < len(clean) {
		uc, size := rune(clean[index]), 1
		if uc >= utf8.RuneSelf {
			uc, size = utf8.DecodeRuneInString(clean[index:])
		}
		space := uc == ' ' || '\t' <= uc && uc <= '\r' || uc >= utf8.RuneSelf && unicode.IsSpace(uc)
		if index == 0 {
			white = space
		}
		if space != white {
			if start < index {
				toks = splitToken(toks, clean[start:index])
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		toks = splitToken(toks, clean[start:index])
	}
	return toks
}

// sanitizer is prose's.
var sanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

// splitToken appends the tokens of one run of text between spaces: prose's doSplit.
func splitToken(toks []string, token string) []string {
	var suffs []string // parted from the end, last first
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if isSpecial(token) {
			toks = addToken(toks, token)
			break
		}
		last = utf8.RuneCountInString(token)
		if len(token) > 1 && strings.IndexByte(`$("[`, token[0]) >= 0 {
			// Remove prefixes: $100 -> [$, 100].
			toks = addToken(toks, token[:1])
			token = token[1:]
		} else if idx := clitic(token); idx > -1 {
			// they'll -> [they, 'll]; don't -> [do, n't].
			toks = addToken(toks, token[:idx])
			token = token[idx:]
		} else if len(token) > 1 && strings.IndexByte(`,)"]!;.?:'`, token[len(token)-1]) >= 0 {
			// Remove suffixes: Well) -> [Well, )].
			suffs = append(suffs, token[len(token)-1:])
			token = token[:len(token)-1]
		} else {
			toks = addToken(toks, token)
		}
	}
	for i := len(suffs) - 1; i >= 0; i-- {
		toks = append(toks, suffs[i])
	}
	return toks
}

// clitic returns where prose parts a clitic from token, or -1: the index, in the lower-cased
// token, of the first of 'll, 's, 're and 'm found, else of n't.
func clitic(token string) int {
	if strings.IndexByte(token, '\'') < 0 {
		return -1 // every clitic has one, and lower-casing makes none
	}
	lower := strings.ToLower(token)
	for _, cs := range [...][]string{{"'ll", "'s", "'re", "'m"}, {"n't"}} {
		for _, c := range cs {
			if idx := strings.Index(lower, c); idx >= 0 && len(lower) > len(c) {
				return idx
			}
		}
	}
	return -1
}

func addToken(toks []string, s string) []string {
	if strings.TrimSpace(s) != "" {
		toks = append(toks, s)
	}
	return toks
}

// isSpecial is prose's test for a token kept whole: an emoticon, or a token its regexp
// ^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$ matches ("U.S.", "Mr.").
func isSpecial(token string) bool {
	n := len(token)
	if n >= 4 && n%2 == 0 {
		dotted := true
		for i := 0; i < n && dotted; i += 2 {
			c := token[i] | 0x20
			dotted = 'a' <= c && c <= 'z' && token[i+1] == '.'
		}
		if dotted {
			return true
		}
	}
	if (n == 3 || n == 4) && 'A' <= token[0] && token[0] <= 'Z' && token[n-1] == '.' {
		title := true
		for i := 1; i < n-1; i++ {
			title = title && 'a' <= token[i] && token[i] <= 'z'
		}
		if title {
			return true
		}
	}
	return emoticons[token]
}

// emoticons are prose's.
var emoticons = map[string]bool{
	"(-8":         true,
	"(-;":         true,
	"(-_-)":       true,
	"(._.)":       true,
	"(:":          true,
	"(=":          true,
	"(o:":         true,
	"(¬_¬)":       true,
	"(ಠ_ಠ)":       true,
	"(╯°□°）╯︵┻━┻": true,
	"-__-":        true,
	"8-)":         true,
	"8-D":         true,
	"8D":          true,
	":(":          true,
	":((":         true,
	":(((":        true,
	":()":         true,
	":)))":        true,
	":-)":         true,
	":-))":        true,
	":-)))":       true,
	":-*":         true,
	":-/":         true,
	":-X":         true,
	":-]":         true,
	":-o":         true,
	":-p":         true,
	":-x":         true,
	":-|":         true,
	":-}":         true,
	":0":          true,
	":3":          true,
	":P":          true,
	":]":          true,
	":`(":         true,
	":`)":         true,
	":`-(":        true,
	":o":          true,
	":o)":         true,
	"=(":          true,
	"=)":          true,
	"=D":          true,
	"=|":          true,
	"@_@":         true,
	"O.o":         true,
	"O_o":         true,
	"V_V":         true,
	"XDD":         true,
	"[-:":         true,
	"^___^":       true,
	"o_0":         true,
	"o_O":         true,
	"o_o":         true,
	"v_v":         true,
	"xD":          true,
	"xDD":         true,
	"¯\\(ツ)/¯":    true,
}
