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
}

// Opposes reports whether r sets its claim against what it answers.
func (r Response) Opposes() bool { return r.Relation.Opposes() && !r.Negated }

// Agrees reports whether r sets its claim beside what it answers: "echoing", "backed".
func (r Response) Agrees() bool { return r.Relation == Agrees && !r.Negated }
