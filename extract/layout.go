package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// blockKind says what part of the page a line is.
type blockKind uint8

const (
	body        blockKind = iota
	header                // "date 2022-04-12", "source Reuters": metadata, not text
	headline              // a line with no closing punctuation: title, caption, subheading
	boilerplate           // newsletter, donation, related links, credits, comment prompts
)

// block is one line of the document, the unit layout decisions are made on.
type block struct {
	span claims.Span
	kind blockKind
}

var (
	headerRE = regexp.MustCompile(`^\s*(?i:date|source|title|url|published)[ \t]*:?[ \t]+`)
	dateHead = regexp.MustCompile(`^\s*(?i:date)[ \t]*:?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*`)
)

// layout splits text into lines and labels each. A header line ("date 2022-04-12 ...") that
// carries the first sentence on the same line becomes a body line starting after the date.
func layout(text string, lx *lexicon) []block {
	var out []block
	start := 0
	inHeader := true
	run := 0 // consecutive boilerplate lines, for reader-addressed blocks
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		sp := claims.Span{Start: start, End: end}
		kind := body
		switch {
		case strings.TrimSpace(line) == "":
			start = end + 1
			continue
		case inHeader && dateHead.MatchString(line):
			m := dateHead.FindStringIndex(line)
			if strings.TrimSpace(line[m[1]:]) == "" {
				kind = header
			} else {
				sp.Start = start + m[1]
			}
		case inHeader && headerRE.MatchString(line) && !strings.ContainsAny(strings.TrimSpace(line), ".!?") || inHeader && strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), "url "):
			kind = header
		}
		if kind != header {
			inHeader = false
		}
		if kind == body {
			kind = classifyLine(sp.In(text), lx, run > 0)
		}
		if kind == boilerplate {
			run++
		} else if kind == body {
			run = 0
		}
		out = append(out, block{span: trimSpan(text, sp), kind: kind})
		start = end + 1
	}
	return out
}

var (
	listItem = regexp.MustCompile(`^\s*(?:[-•*·▪►]|\d+[.)])\s+`)
	// signedRE matches a quotation signed after a dash: "“…” ― Maria Lopez".
	signedRE = regexp.MustCompile(`[”"’][\s\x{00a0}]*[―—–][\s\x{00a0}]*[^―—–”"]{2,60}$`) // a no-break space is one too
	// "Photo: ...", "Igor Ivanko / Kommersant": a credit names a photographer and an agency.
	creditRE   = regexp.MustCompile(`(?i:(?:^|\s)(?:photo|image|picture|credit|file photo)s?\s*:)|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}\s*/\s*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}\s*$`)
	readerWord = regexp.MustCompile(`(?i)\b(?:you|your|you're|we|our|us)\b`)
	// addressWord is a word that speaks to the reader, case kept: "us", not "the US".
	addressWord = regexp.MustCompile(`\b(?:[Yy]ou|[Yy]our|[Yy]ou're|[Ww]e|[Oo]ur|us|[Pp]lease)\b`)
)

// maxFurniture is the longest line that layout reads as page furniture.
const maxFurniture = 600

// classifyLine labels one line. after says the previous non-body line was boilerplate, so a
// block addressed to the reader ("Dear readers, we ... your support") is followed through.
func classifyLine(line string, lx *lexicon, after bool) blockKind {
	t := strings.TrimSpace(line)
	if len(t) > maxFurniture {
		return body // page furniture is short; a long line is text
	}
	if lx.isBoilerplate(t) {
		return boilerplate
	}
	if listItem.MatchString(t) && !endsSentence(t) {
		return boilerplate
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && len(t) < 120 {
		return boilerplate // "(Reporting by ...)", "(Agency Summary)"
	}
	if len(t) < 160 && isCredit(t) {
		return boilerplate
	}
	if after && len(readerWord.FindAllString(outsideQuotes(t), -1)) >= 2 {
		return boilerplate
	}
	if !endsSentence(t) && !signedRE.MatchString(t) {
		if after && len(t) < 40 {
			return boilerplate // "Once", "Monthly", "Continue" under a donation block
		}
		return headline
	}
	return body
}

// isCredit reports whether t holds a picture credit. Every match of creditRE holds its
// colon or its slash, which most lines lack.
func isCredit(t string) bool {
	return strings.ContainsAny(t, ":/") && creditRE.MatchString(t)
}

// endsSentence reports whether t closes like prose: a full stop, question or exclamation
// mark, possibly inside closing quotes or brackets.
func endsSentence(t string) bool {
	for t != "" {
		r, n := utf8.DecodeLastRuneInString(t)
		switch {
		case r == '.' || r == '?' || r == '!' || r == '…':
			return true
		case isQuoteRune(r) || r == ')' || r == ']' || unicode.IsSpace(r):
			t = t[:len(t)-n]
		case r == ':':
			return true // "He said:" introduces a quote on the next line
		default:
			return false
		}
	}
	return false
}

// outsideQuotes blanks quoted text, so "we" inside a quotation does not count as the page
// talking to its reader.
func outsideQuotes(t string) string {
	var b strings.Builder
	in := false
	for _, r := range t {
		if r == '“' || r == '”' || r == '"' || r == '«' || r == '»' {
			in = !in
			continue
		}
		if !in {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func trimSpan(text string, s claims.Span) claims.Span {
	for s.Start < s.End && (text[s.Start] == ' ' || text[s.Start] == '\t' || text[s.Start] == '\r') {
		s.Start++
	}
	for s.End > s.Start && (text[s.End-1] == ' ' || text[s.End-1] == '\t' || text[s.End-1] == '\r') {
		s.End--
	}
	return s
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»', '„':
		return true
	}
	return false
}
