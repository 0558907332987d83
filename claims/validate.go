package claims

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Errors that Validate wraps, for errors.Is.
var (
	ErrEmpty       = errors.New("empty document")
	ErrBinary      = errors.New("binary data")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("document too large")
)

// Validate reports why d's text cannot be read as an article, or nil. A limit of 0 or less
// means no size limit. The error names the byte offset where the problem starts.
func (d Document) Validate(limit int) error {
	t := d.Text
	if limit > 0 && len(t) > limit {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(t), limit)
	}
	if len(strings.TrimSpace(t)) == 0 {
		return ErrEmpty
	}
	if i := strings.IndexByte(t, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if !utf8.ValidString(t) {
		for i, r := range t {
			if r == utf8.RuneError {
				if _, n := utf8.DecodeRuneInString(t[i:]); n <= 1 {
					return fmt.Errorf("%w at offset %d", ErrInvalidUTF8, i)
				}
			}
		}
	}
	ctl := 0
	for _, r := range t {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctl++
		}
	}
	if ctl*20 > len(t) {
		return fmt.Errorf("%w: %d control characters in %d bytes", ErrBinary, ctl, len(t))
	}
	return nil
}
