package claims

// Response is a phrase by which a text says that a claim answers another statement:
// "contradicting earlier comments by Moscow's top diplomat", "denied the report", "walked
// back his remarks", "dismissed the claims as nonsense", "echoing Lavrov".
type Response struct {
	Relation Relation `json:"relation"`
	// Negated reports that the text says the relation does not hold: "did not deny the
	// report", "never contradicted the minister".
	Negated bool `json:"negated,omitempty"`
	// Phrase is the words that say it: "contradicting", "walked back", "a U-turn".
	Phrase Excerpt `json:"phrase"`
	// Answered is what is answered, as written: "earlier comments by Moscow's top
	// diplomat", "the report", "his remarks". Empty when the text does not say.
	Answered Excerpt `json:"answered"`
	// Other is the speaker answered, resolved like any speaker ("Sergei Lavrov"), or ""
	// when the text names none.
	Other string `json:"other,omitempty"`
	// Self reports that the claim answers its own speaker's earlier words: a retraction,
	// a reversal, a correction of oneself, or standing by one's remarks.
	Self bool `json:"self,omitempty"`
	// Answers lists the IDs of the claims of the same document that carry what is
	// answered, nearest first; empty when none could be told.
	Answers []string `json:"answers,omitempty"`
	// Found says how Answers were told from the text, and so how sure they are.
	Found Basis `json:"found,omitempty"`
}

// Basis is how the claims a response answers were found.
type Basis uint8

const (
	NoBasis  Basis = iota // no claims were found
	ByName                // the response names their speaker: "contradicting the governor"
	ByWords               // they share the answered words: "denied that the plant would close"
	ByVerb                // their cue is the answered remark's verb: "the report", "reported"
	Nested                // they are stated inside what is answered: "a ruling which said …"
	BySelf                // they are the responder's own earlier words: "walked back"
	Definite              // "the claim", "these allegations": the last remark of someone else, in its sentence or the one before
	Nearest               // the last remark of someone else before it, with a word in common
	Told                  // a third party's words tell it of the speaker: "“This is a U-turn,” the opposition said"
	Named                 // the response names the remark by its maker, and the text gives it no other way: "took issue with remarks credited to the minister"
	Aside                 // the writer's aside names the statement its comma closes: "…, a claim the company denied"
)

var basisNames = [...]string{"none", "name", "words", "verb", "nested", "self", "definite", "nearest", "told", "named", "aside"}

func (b Basis) String() string { return labelName(basisNames[:], int(b), "Basis") }

// MarshalText implements encoding.TextMarshaler.
func (b Basis) MarshalText() ([]byte, error) { return labelMarshal(basisNames[:], int(b), "basis") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Basis) UnmarshalText(t []byte) error {
	i, err := labelUnmarshal(basisNames[:], t, "basis")
	*b = Basis(i)
	return err
}

// Sure reports whether b tells the answered claims from the text itself rather than from
// their nearness.
func (b Basis) Sure() bool {
	return b >= ByName && b <= BySelf || b == Told || b == Named || b == Aside
}

// Opposes reports whether r sets its claim against what it answers.
func (r Response) Opposes() bool { return r.Relation.Opposes() && !r.Negated }

// Agrees reports whether r sets its claim beside what it answers: "echoing", "backed".
func (r Response) Agrees() bool { return r.Relation == Agrees && !r.Negated }
