package wordnet

import "fmt"

// POS is a WordNet part of speech. Adjective satellites count as [Adj].
type POS uint8

const (
	AnyPOS POS = iota // unknown: consider every part of speech
	Noun
	Verb
	Adj
	Adv
)

var posNames = [...]string{AnyPOS: "any", Noun: "noun", Verb: "verb", Adj: "adj", Adv: "adv"}

func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return fmt.Sprintf("POS(%d)", uint8(p))
}

// MarshalText implements encoding.TextMarshaler.
func (p POS) MarshalText() ([]byte, error) {
	if int(p) >= len(posNames) {
		return nil, fmt.Errorf("wordnet: invalid part of speech %d", uint8(p))
	}
	return []byte(posNames[p]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the names
// String returns, WordNet's letters n, v, a, s and r, and "" for [AnyPOS].
func (p *POS) UnmarshalText(b []byte) error {
	switch string(b) {
	case "", "any":
		*p = AnyPOS
	case "noun", "n":
		*p = Noun
	case "verb", "v":
		*p = Verb
	case "adj", "a", "s":
		*p = Adj
	case "adv", "r":
		*p = Adv
	default:
		return fmt.Errorf("wordnet: unknown part of speech %q", b)
	}
	return nil
}
