package compare

// This file reads two channels' versions of one speaker's remark in one article.

import (
	"slices"

	"github.com/contradict/contradict/claims"
)

// versions reports whether x and y are one speaker's words as two channels of one article
// report them, on one matter, saying it differently: one paper "quoted him as telling
// investors the airline would cut 600 cabin crew roles", another "quoted him as saying
// Vantor would add 600 cabin crew roles". An article gives two outlets' versions of one
// remark side by side to show that they differ; alike, or in other words to one effect
// ("would not back a coal statement" and "would not sign up to a coal phase-out"), they
// are one remark told twice. So they must differ plainly: one negates what the other
// says, their predicates move a quantity opposite ways or are antonyms, or their figures
// of one unit differ.
func (j *judge) versions(x, y *node) bool {
	if x.doc != y.doc || x.who != y.who || x.c.Via.Name == "" || y.c.Via.Name == "" || sameName(x.c.Via.Name, y.c.Via.Name) {
		return false
	}
	px, py := &x.c.Proposition, &y.c.Proposition
	if px.Predicate == "" || py.Predicate == "" {
		return false
	}
	others := 0
	for _, t := range j.lex.shared(px.Terms, py.Terms) {
		if !j.lex.same(t, px.Predicate) && !j.lex.same(t, py.Predicate) {
			others++
		}
	}
	if others > 0 {
		// A place's name ties two versions that share a word already: "production at
		// the Kasugai plant will end", "no plans to close the Kasugai site". Not the
		// speaker's own name, body or outlets, which any two remarks of theirs share.
		for _, n := range sharedNames(px.Names, py.Names) {
			if !months[n] && !slices.ContainsFunc([]string{x.c.Speaker.Name, x.c.Speaker.Affiliation, x.c.Via.Name, y.c.Via.Name, x.body}, func(o string) bool { return o != "" && sameName(n, o) }) {
				others++
			}
		}
	}
	flat := asserts(x.c) != asserts(y.c) && j.lex.same(px.Predicate, py.Predicate) && j.lex.sameSubject(px.Clause, py.Clause)
	if others < 2 && !(others == 1 && flat) {
		// Two remarks on two matters, each reported by one outlet; but "This car is a
		// disaster" and "This car is not a disaster" are one matter.
		return false
	}
	a, b, figures := j.lex.figurePair(px, py)
	tx, ty := timeTerms(px), timeTerms(py)
	return asserts(x.c) != asserts(y.c) && j.lex.same(px.Predicate, py.Predicate) || j.lex.counter(px.Predicate, py.Predicate) || j.lex.antonyms(px.Predicate, py.Predicate) ||
		figures && a.Value != b.Value ||
		len(tx) > 0 && len(ty) > 0 && !slices.Equal(tx, ty) // "in the first quarter of 2025", "in the second half of 2025"
}

// timeTerms returns the words of p that place what it says in time: years, months,
// seasons, and parts of a year with their ordinals.
func timeTerms(p *claims.Proposition) []string {
	out := periodsOf(p)
	for _, t := range p.Terms {
		if months[t] || yearParts[t] {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// yearParts name a part of a year, or count it: "the first quarter", "the second half",
// "spring".
var yearParts = map[string]bool{"quarter": true, "half": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"first": true, "second": true, "third": true, "fourth": true}
