package claims

import "fmt"

// Polarity is a claim's stance toward its target.
type Polarity int8

const (
	Neutral Polarity = 0  // no stance, or none that could be read
	For     Polarity = 1  // the claim supports or affirms its target
	Against Polarity = -1 // the claim rejects or denies its target
)

func (p Polarity) String() string {
	switch p {
	case For:
		return "for"
	case Against:
		return "against"
	case Neutral:
		return "neutral"
	}
	return fmt.Sprintf("Polarity(%d)", int8(p))
}

// MarshalText implements encoding.TextMarshaler.
func (p Polarity) MarshalText() ([]byte, error) {
	if p < Against || p > For {
		return nil, fmt.Errorf("claims: invalid polarity %d", int8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the names and -1, 0, 1.
func (p *Polarity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "for", "1", "+1":
		*p = For
	case "against", "-1":
		*p = Against
	case "neutral", "0", "":
		*p = Neutral
	default:
		return fmt.Errorf("claims: unknown polarity %q", b)
	}
	return nil
}

// Sign returns -1, 0 or 1.
func (p Polarity) Sign() int { return int(p) }

// SpeakerKind says what sort of speaker a claim has.
type SpeakerKind uint8

const (
	UnknownSpeaker SpeakerKind = iota
	Person                     // a named person: "Sergei Lavrov"
	Organisation               // a government, institution or company: "the Kremlin", "Moscow"
	Group                      // a plural set of people: "Russian officials", "Kyiv and the West"
	Anonymous                  // an unnamed source: "a White House official"
	Author                     // the writer of the document: "I" or "we" outside a quotation
)

var speakerKindNames = [...]string{"unknown", "person", "organisation", "group", "anonymous", "author"}

func (k SpeakerKind) String() string { return labelName(speakerKindNames[:], int(k), "SpeakerKind") }

// MarshalText implements encoding.TextMarshaler.
func (k SpeakerKind) MarshalText() ([]byte, error) {
	return labelMarshal(speakerKindNames[:], int(k), "speaker kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *SpeakerKind) UnmarshalText(b []byte) error {
	i, err := labelUnmarshal(speakerKindNames[:], b, "speaker kind")
	*k = SpeakerKind(i)
	return err
}

// Precision says how exactly a [When] is known.
type Precision uint8

const (
	Unknown Precision = iota // not known; see When.Text for any relative words
	Day                      // Date is the day
	Week                     // Date is the first day (Monday) of the week
	Month                    // Date is the first day of the month
	Year                     // Date is 1 January of the year
	Before                   // the statement was made before Date, at an unknown time
)

var precisionNames = [...]string{"unknown", "day", "week", "month", "year", "before"}

func (p Precision) String() string { return labelName(precisionNames[:], int(p), "Precision") }

// MarshalText implements encoding.TextMarshaler.
func (p Precision) MarshalText() ([]byte, error) {
	return labelMarshal(precisionNames[:], int(p), "precision")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Precision) UnmarshalText(b []byte) error {
	i, err := labelUnmarshal(precisionNames[:], b, "precision")
	*p = Precision(i)
	return err
}

// ConflictKind classifies a conflict by who is on each side.
type ConflictKind uint8

const (
	UnknownConflict  ConflictKind = iota
	BetweenOfficials              // two speakers of one body: a spokesman and a minister
	SameSpeaker                   // one speaker at two times: a reversal
	BetweenSources                // two parties disputing a fact: a charge and its denial
	BetweenOutlets                // two documents reporting one remark incompatibly
)

var conflictKindNames = [...]string{"unknown", "between-officials", "same-speaker", "between-sources", "between-outlets"}

func (k ConflictKind) String() string { return labelName(conflictKindNames[:], int(k), "ConflictKind") }

// MarshalText implements encoding.TextMarshaler.
func (k ConflictKind) MarshalText() ([]byte, error) {
	return labelMarshal(conflictKindNames[:], int(k), "conflict kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ConflictKind) UnmarshalText(b []byte) error {
	i, err := labelUnmarshal(conflictKindNames[:], b, "conflict kind")
	*k = ConflictKind(i)
	return err
}

// Relation is how a statement answers another, as the text itself says.
type Relation uint8

const (
	NoRelation  Relation = iota
	Contradicts          // "contradicting", "at odds with", "disputed", "countered"
	Denies               // "denied the report", "called the claims untrue", "said he was lying"
	Rejects              // "rejected calls to …", "dismissed the idea", "ruled out"
	Corrects             // "corrected", "clarified", "said his words had been misquoted"
	Retracts             // "retracted", "withdrew his remarks", "walked back"
	Reverses             // "a U-turn", "reversed", "backtracked", "changed her mind"
	Contrasts            // "But …", "However, …": set against what came before, no more
	Maintains            // "stood by his remarks", "insisted": keeps its words against a challenge
	Agrees               // "echoing", "in line with", "backed"
)

var relationNames = [...]string{"none", "contradicts", "denies", "rejects", "corrects", "retracts", "reverses", "contrasts", "maintains", "agrees"}

func (r Relation) String() string { return labelName(relationNames[:], int(r), "Relation") }

// MarshalText implements encoding.TextMarshaler.
func (r Relation) MarshalText() ([]byte, error) {
	return labelMarshal(relationNames[:], int(r), "relation")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Relation) UnmarshalText(b []byte) error {
	i, err := labelUnmarshal(relationNames[:], b, "relation")
	*r = Relation(i)
	return err
}

// Opposes reports whether r says outright that a statement is set against what it
// answers. A contrast or a statement maintained against a challenge only suggests it.
func (r Relation) Opposes() bool { return r >= Contradicts && r <= Reverses }

// Suggests reports whether r sets a statement against what it answers without saying
// they clash: "But …", "insisted".
func (r Relation) Suggests() bool { return r == Contrasts || r == Maintains }

// Modality is how a proposition is put forward.
type Modality uint8

const (
	UnknownModality Modality = iota // no predicate was read
	Asserted                        // as a fact: "prices rose", "the talks are possible"
	Predicted                       // as a forecast or intent: "will", "would", "is going to"
	Possible                        // as a possibility: "could", "may", "might", "can"
	Necessary                       // as a need or duty: "must", "should", "has to", "needs to"
	Wished                          // as a wish: "hopes", "wants", "calls for"
	Asked                           // as a question: "over whether prosecutors had offered a deal"
)

var modalityNames = [...]string{"unknown", "asserted", "predicted", "possible", "necessary", "wished", "asked"}

func (m Modality) String() string { return labelName(modalityNames[:], int(m), "Modality") }

// MarshalText implements encoding.TextMarshaler.
func (m Modality) MarshalText() ([]byte, error) {
	return labelMarshal(modalityNames[:], int(m), "modality")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Modality) UnmarshalText(b []byte) error {
	i, err := labelUnmarshal(modalityNames[:], b, "modality")
	*m = Modality(i)
	return err
}

// Tense places a proposition's predicate in time, relative to the statement.
type Tense uint8

const (
	UnknownTense Tense = iota // no predicate was read
	Present                   // "prices are rising", "the talks are possible"
	Past                      // "prices rose", "he had resigned"
	Future                    // "prices will rise"
)

var tenseNames = [...]string{"unknown", "present", "past", "future"}

func (t Tense) String() string { return labelName(tenseNames[:], int(t), "Tense") }

// MarshalText implements encoding.TextMarshaler.
func (t Tense) MarshalText() ([]byte, error) { return labelMarshal(tenseNames[:], int(t), "tense") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Tense) UnmarshalText(b []byte) error {
	i, err := labelUnmarshal(tenseNames[:], b, "tense")
	*t = Tense(i)
	return err
}

func labelName(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("%s(%d)", typ, i)
}

func labelMarshal(names []string, i int, what string) ([]byte, error) {
	if i < 0 || i >= len(names) {
		return nil, fmt.Errorf("claims: invalid %s %d", what, i)
	}
	return []byte(names[i]), nil
}

func labelUnmarshal(names []string, b []byte, what string) (int, error) {
	for i, n := range names {
		if n == string(b) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("claims: unknown %s %q", what, b)
}
