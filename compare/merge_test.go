package compare

import (
	"slices"
	"testing"

	"github.com/contradict/contradict/claims"
)

// TestDedupeContained checks that a conflict whose sides lie within another's, one in
// each, is reported only inside the larger one, while one that sets the same claims on
// one side against each other stays: the store drops a stored conflict on the same rule,
// so a store filled in steps holds what one run finds.
func TestDedupeContained(t *testing.T) {
	n := func(id string) *node { return &node{id: id} }
	a1, a2, b1, b2, c1 := n("a1"), n("a2"), n("b1"), n("b2"), n("c1")
	k := func(kind claims.ConflictKind, a, b []*node) *conflict {
		return &conflict{a: a, b: b, best: &pair{kind: kind}}
	}
	big := k(claims.SameSpeaker, []*node{a1, a2}, []*node{b1, b2})
	tests := []struct {
		why  string
		k    *conflict
		kept bool
	}{
		{"its sides lie within big's, crossed", k(claims.SameSpeaker, []*node{b1}, []*node{a2}), false},
		{"it sets a1 against a2, which big holds on one side", k(claims.SameSpeaker, []*node{a1}, []*node{a2}), true},
		{"another kind of conflict between the same claims", k(claims.BetweenOutlets, []*node{a1}, []*node{b1}), true},
		{"a claim big does not hold", k(claims.SameSpeaker, []*node{a1}, []*node{c1}), true},
	}
	for _, tt := range tests {
		got := dedupe([]*conflict{big, tt.k})
		if kept := slices.Contains(got, tt.k); kept != tt.kept || !slices.Contains(got, big) {
			t.Errorf("%s: kept %v, want %v (big kept: %v)", tt.why, kept, tt.kept, slices.Contains(got, big))
		}
	}
	// The smaller conflict scored higher and comes first: the larger still holds it.
	if got := dedupe([]*conflict{k(claims.SameSpeaker, []*node{a1}, []*node{b2}), big}); len(got) != 1 || got[0] != big {
		t.Errorf("a contained conflict listed first: got %d conflicts, want only the larger", len(got))
	}
}

// TestVoicesOfABodyAndItsSpeaker checks that a body whose own affiliation is its country
// and a speaker whose affiliation is the body meet on one weak key, so that their halves of
// one dispute merge: "Poland's education ministry" and "the ministry's spokeswoman".
func TestVoicesOfABodyAndItsSpeaker(t *testing.T) {
	day, err := claims.ParseDate("2025-01-24")
	if err != nil {
		t.Fatal(err)
	}
	ministry := &node{who: "ministry", name: "Education Ministry", kind: claims.Organisation, body: "Poland", day: day, occasion: day.String()}
	spokeswoman := &node{who: "pawlak", name: "Anna Pawlak", kind: claims.Person, body: "Education Ministry", day: day, occasion: day.String()}
	k := &pair{kind: claims.BetweenSources}
	_, a := voices(ministry, k)
	_, b := voices(spokeswoman, k)
	if !slices.ContainsFunc(a[:], func(w string) bool { return w != "" && slices.Contains(b[:], w) }) {
		t.Errorf("no weak key in common: %q and %q", a, b)
	}
}
