package ingest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/contradict/contradict/claims"
)

// Header values longer than these are taken as body text, not header.
const (
	maxHeaderLine = 300
	maxSourceLen  = 100
)

var (
	// headerRE matches one header line: key, optional colon, value.
	headerRE = regexp.MustCompile(`(?i)^(date|published|source|title|url)[ \t]*:?[ \t]+(\S.*?)[ \t]*$`)
	// dateLikeRE matches a value meant as a date, valid or not: 2022-04-12, 2022-13-45.
	dateLikeRE = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)
	// sameLineDateRE matches a date header followed by body text on the same line.
	sameLineDateRE = regexp.MustCompile(`(?i)^(?:date|published)[ \t]*:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})[ \t]+\S`)
)

// ParseText returns the document of a text file with the given id, reading its optional
// header lines. The document's Text is data unchanged. The error, an [*Error] naming id,
// wraps [ErrDate] or one of claims' validation errors ([claims.ErrEmpty], ...).
func ParseText(id string, data []byte) (claims.Document, error) {
	doc, err := parseText(id, data, 0)
	if err != nil {
		return doc, &Error{Path: id, Err: err}
	}
	return doc, nil
}

// parseText is ParseText with a size limit and a bare error.
func parseText(id string, data []byte, limit int) (claims.Document, error) {
	doc := claims.Document{ID: id, Text: string(data)}
	if err := doc.Validate(limit); err != nil {
		return doc, err
	}
	body, err := readHeader(&doc)
	if err != nil {
		return doc, err
	}
	if strings.TrimSpace(doc.Text[body:]) == "" {
		return doc, fmt.Errorf("%w: header only", claims.ErrEmpty)
	}
	return doc, nil
}

// readHeader sets doc's fields from the header lines at the start of doc.Text and returns
// the offset where the body begins.
func readHeader(doc *claims.Document) (int, error) {
	t := doc.Text
	off := 0
	if strings.HasPrefix(t, "\uFEFF") {
		off = len("\uFEFF")
	}
	for off < len(t) {
		end := strings.IndexByte(t[off:], '\n')
		next := len(t)
		if end >= 0 {
			next = off + end + 1
		}
		line := strings.TrimSpace(t[off:next])
		if line == "" {
			off = next
			continue
		}
		if m := sameLineDateRE.FindStringSubmatch(line); m != nil {
			// " date 2022-04-12 Russian Foreign Minister ...": the body starts on this line.
			if err := setDate(doc, m[1]); err != nil {
				return off, err
			}
			return off, nil
		}
		ok, err := headerLine(doc, line)
		if err != nil || !ok {
			return off, err
		}
		off = next
	}
	return off, nil
}

// headerLine sets the field named by line and reports whether line was a header.
func headerLine(doc *claims.Document, line string) (bool, error) {
	if len(line) > maxHeaderLine {
		return false, nil
	}
	m := headerRE.FindStringSubmatch(line)
	if m == nil {
		return false, nil
	}
	v := m[2]
	switch strings.ToLower(m[1]) {
	case "date", "published":
		if !dateLikeRE.MatchString(v) {
			return false, nil
		}
		return true, setDate(doc, v)
	case "source":
		if len(v) > maxSourceLen || strings.HasSuffix(v, ".") {
			return false, nil
		}
		doc.Source = v
	case "title":
		doc.Title = v
	case "url":
		if strings.ContainsAny(v, " \t") {
			return false, nil
		}
		doc.URL = v
	}
	return true, nil
}

func setDate(doc *claims.Document, v string) error {
	d, err := claims.ParseDate(v)
	if err != nil {
		return fmt.Errorf("%w: %q: want YYYY-MM-DD", ErrDate, v)
	}
	doc.Published = d
	return nil
}
