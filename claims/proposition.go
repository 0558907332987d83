package claims

// Proposition is a structured reading of a claim's content: what it is about, what it says
// of it, and the words and figures it says it with. Two claims say the same thing, or its
// opposite, when their propositions align.
type Proposition struct {
	// Clause is the content's main clause: the first that is no condition.
	Clause
	// More holds the content's other clauses, in order: "his comments may have been
	// offensive | but were not racist", "should stick to his guns | and not apologise".
	More []Clause
	// Terms are the base forms of the content's common words (nouns, verbs, adjectives and
	// numbers), sorted and unique: what the content shares with another's.
	Terms []string
	// Names are the names the content mentions, in lower case, sorted and unique:
	// "livingstone", "paris club".
	Names []string
	// Amount is the first figure the content gives: "500 jobs", "3.5%".
	Amount Amount
	// Amounts are all its figures, in order, Amount first.
	Amounts []Amount
}

// Period is a run of days, From to To inclusive; a zero end is open: "by June" has no
// From, "not before April 16" no To.
type Period struct {
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
}

// IsZero reports whether p bounds nothing.
func (p Period) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// Overlaps reports whether p and q share a day; open ends reach as far as they need.
func (p Period) Overlaps(q Period) bool {
	return (p.To.IsZero() || q.From.IsZero() || !p.To.Before(q.From)) && (q.To.IsZero() || p.From.IsZero() || !q.To.Before(p.From))
}

// String gives p as "2024-03-01..2024-03-07", with ".." alone on an open side.
func (p Period) String() string {
	s := ""
	if !p.From.IsZero() {
		s = p.From.String()
	}
	s += ".."
	if !p.To.IsZero() {
		s += p.To.String()
	}
	return s
}

// Clause is what one clause of a content says of what.
type Clause struct {
	// Subject is the base form of the head of what the clause speaks of: "price" in "house
	// prices fell", or a name ("livingstone"), or a pronoun ("it"). Empty when the clause
	// has no subject of its own ("to cut rates").
	Subject string
	// Refers reports whether the subject points back to something named before it, by a
	// demonstrative: "these products", "that plan". Which thing, the clause does not say.
	Refers bool
	// Predicate is the base form of what the clause says of its subject: the main verb
	// ("fall"), with its particle ("give up"), or the word after a copula ("possible",
	// "racist").
	Predicate string
	// Negated reports whether the predicate is negated: "did not fall", "no longer needs".
	Negated bool
	// Modality is how the predicate is put forward: as a fact, a forecast, a possibility…
	Modality Modality
	// Tense places the predicate in time relative to the statement.
	Tense Tense
	// Objects are the base forms of the heads of the predicate's objects and complements:
	// "rate" in "the bank will cut rates". What a passive or an event noun's clause
	// undergoes comes first: "position" in "650 positions will be eliminated", "job" in
	// "there will be no job cuts".
	Objects []string
	// Time is when the clause's event is to fall, for an event still ahead of the
	// statement: "will be signed next week", "goes to Congress in the first week of
	// March", "will not begin before the end of the year". Zero when none is said.
	Time Period
}

// Clauses returns the main clause and the others, in order.
func (p Proposition) Clauses() []Clause {
	if p.Predicate == "" && len(p.More) == 0 {
		return nil
	}
	return append([]Clause{p.Clause}, p.More...)
}

// IsZero reports whether p holds no reading at all.
func (p Proposition) IsZero() bool {
	return p.Subject == "" && p.Predicate == "" && len(p.Terms) == 0 && len(p.Names) == 0 && p.Amount.IsZero()
}

// Amount is a number with what it counts or measures. The zero Amount means none.
type Amount struct {
	// Value is the number, scaled: "$2bn" is 2e9, "1.8 lakh" 180000.
	Value float64 `json:"value"`
	// Unit is what it counts, in base form ("ballot" in "1,112 mail ballots"), "%", a
	// currency sign ("$", "€", "£") or a unit written with the number ("gw" in "5.2GW").
	Unit string `json:"unit"`
	// Of is, for a share, a sum or a measure, the quantity it gives: "margin" in "an
	// operating margin of 14%", "inflation" in "inflation would reach 3.5%".
	Of string `json:"of,omitempty"`
	// Change reports a figure that moves the quantity rather than gives it: "lending
	// rose by £4bn", "a 2% cut".
	Change bool `json:"change,omitempty"`
	// Per is what a rate is per, in base form: "day" in "600 tests a day", "share" in
	// "€0.45 per share".
	Per string `json:"per,omitempty"`
	// Clause is the index, in the proposition's Clauses, of the clause the figure is
	// given in: 0 for the main one. "The crop fell 10% and exports will reach 7m tonnes"
	// gives 7m tonnes in a forecast.
	Clause int `json:"clause,omitempty"`
	// Bound says the figure is a limit of the quantity, not its value: AtLeast for "more
	// than 500", "at least 500"; AtMost for "up to 40", "fewer than 12", "no more than 5".
	Bound Bound `json:"bound,omitempty"`
}

// Bound is which way a figure limits its quantity.
type Bound uint8

const (
	Exact   Bound = iota // the value itself, or about it
	AtLeast              // "more than", "over", "at least"
	AtMost               // "up to", "less than", "fewer than", "at most", "no more than"
)

var boundNames = [...]string{"exact", "at least", "at most"}

func (b Bound) String() string { return labelName(boundNames[:], int(b), "Bound") }

// MarshalText implements encoding.TextMarshaler.
func (b Bound) MarshalText() ([]byte, error) { return labelMarshal(boundNames[:], int(b), "bound") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Bound) UnmarshalText(t []byte) error {
	i, err := labelUnmarshal(boundNames[:], t, "bound")
	*b = Bound(i)
	return err
}

// Admits reports whether a figure of value v can be true of the quantity a gives:
// "more than 500" admits 650, "up to 40" admits 12, an exact figure only itself.
func (a Amount) Admits(v float64) bool {
	switch a.Bound {
	case AtLeast:
		return v >= a.Value
	case AtMost:
		return v <= a.Value
	}
	return v == a.Value
}

// IsZero reports whether a is no amount.
func (a Amount) IsZero() bool { return a == Amount{} }
