package claims

import (
	"slices"
	"strings"
)

// Document is one article.
type Document struct {
	ID        string // unique in a run; for a file, its base name
	Source    string // the outlet, when known
	Published Date   // publication date; zero when unknown
	Title     string
	URL       string
	Text      string // UTF-8 text; every Span of its claims indexes into it
}

// Span is a byte range of a document's text, End exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is empty.
func (s Span) IsZero() bool { return s.End <= s.Start }

// In returns the text of s in text, or "" when s does not fit.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool {
	return s.Start < s.End && t.Start < t.End && s.Start < t.End && t.Start < s.End
}

// Excerpt is a span with its text, so a claim can be read without its document.
type Excerpt struct {
	Span
	Text string `json:"text"`
}

// ExcerptOf returns the excerpt of s in text.
func ExcerptOf(text string, s Span) Excerpt { return Excerpt{s, s.In(text)} }

// Speaker is who a claim is attributed to, resolved to one identity.
type Speaker struct {
	Name        string      // canonical: "Dmitry Peskov", "Kremlin", "Russian officials"
	Aliases     []string    // other names met for the same speaker: "Peskov", "Kremlin spokesman"
	Kind        SpeakerKind //
	Role        string      // "Kremlin spokesman", when known
	Affiliation string      // "Kremlin", "Russia", when known
}

// Key returns the identity under which speakers are merged across documents.
func (s Speaker) Key() string { return strings.ToLower(s.Name) }

// Channel is the medium that carried a statement to the document when the document
// reports another's report: "The Times" in "The Times reported that the minister said …",
// "the BBC" in "he told the BBC in an interview". The zero Channel means none: the
// document heard the speaker itself, or does not say through whom.
type Channel struct {
	Name    string      // "The Times", "Reuters", "state television"
	Kind    SpeakerKind // Organisation for an outlet, Person for a reporter
	Mention Excerpt     // the words that name the channel in this sentence
}

// IsZero reports whether c is no channel.
func (c Channel) IsZero() bool { return c == Channel{} }

// Claim is one attributed statement.
type Claim struct {
	ID      string  // unique in a run: "<document id>#<n>"
	Doc     string  // document ID
	Speaker Speaker //
	// Via is the medium the speaker was reported through, when the document reports a
	// report ("according to The Times, the minister said …"); the zero Channel when none.
	Via Channel
	// Source is the mention of the speaker in this sentence; it may be a pronoun.
	Source Excerpt
	// Cue is the reporting expression: "said", "according to", "accused".
	Cue Excerpt
	// Content is what was said, without the quote marks around it.
	Content Excerpt
	// Evidence is the sentence or sentences the claim was read from.
	Evidence Excerpt
	When     When
	// Target is what the claim is about, as a WordNet lemma: "talks", "war crime".
	Target string
	// Holder is whose stance the content states when it is not the speaker's own side:
	// "Ukraine" in Lavrov's "Kyiv does not need the talks". Empty for the speaker's own.
	Holder   string
	Polarity Polarity
	// Asserted reports that no word of the content takes a side, so Polarity is that of the
	// assertion itself: For, or Against when its main clause is negated ("the talks did
	// not take place"). Comparers weigh only stances a word takes.
	Asserted bool
	// Proposition is the structured reading of Content: subject, predicate with its
	// negation and modality, objects, terms and figures.
	Proposition Proposition
	// Quoted reports whether the content is a direct quotation.
	Quoted bool
	// Denies reports that the cue denies or rejects the content: "denies the charge",
	// "rejected the claims". Polarity is then the stance against the content.
	Denies bool
	// Responses are the phrases by which the text says this claim answers another
	// statement: "contradicting earlier comments by Moscow's top diplomat", "denied the
	// report", "walked back his remarks", "echoing Lavrov".
	Responses []Response
}

// Conflict is a pair of incompatible sides, each a set of claims that say the same thing.
type Conflict struct {
	ID     string
	Kind   ConflictKind
	Score  float64  // in [0,1]: how sure the conflict is
	A, B   []string // claim IDs
	Reason string   // plain words a reader can check against the evidence
}

// Holds reports whether k sets o's claims against each other as o does: the same kind,
// each side of o within a different side of k. A conflict held by another says nothing
// the other does not; compare reports it only inside the larger one.
func (k Conflict) Holds(o Conflict) bool {
	within := func(xs, ys []string) bool {
		for _, id := range xs {
			if !slices.Contains(ys, id) {
				return false
			}
		}
		return true
	}
	return k.Kind == o.Kind && (within(o.A, k.A) && within(o.B, k.B) || within(o.A, k.B) && within(o.B, k.A))
}
