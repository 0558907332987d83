package compare

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

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

// TestFoldShared checks that conflicts holding a claim in common on each side become one,
// the first taking the other's claims, and that sharing one side only, or a claim set on
// opposite sides of another kind, keeps them apart.
func TestFoldShared(t *testing.T) {
	n := func(id string) *node { return &node{id: id} }
	u1, u2, m1, m2, m3, c1 := n("union-lede"), n("union-body"), n("minister-1"), n("minister-2"), n("minister-3"), n("chairman")
	k := func(kind claims.ConflictKind, a, b []*node) *conflict {
		return &conflict{a: a, b: b, best: &pair{kind: kind}}
	}
	tests := []struct {
		why    string
		second *conflict
		want   int // conflicts after folding
	}{
		{"the union's body claim against two of the minister's, one of them held already: one dispute", k(claims.BetweenSources, []*node{u2}, []*node{m2, m3}), 1},
		{"the same, its sides crossed", k(claims.BetweenSources, []*node{m3, m1}, []*node{u1}), 1},
		{"one side in common only: the minister disputed by the union and, apart, by the chairman", k(claims.BetweenSources, []*node{c1}, []*node{m1}), 2},
		{"a same-speaker reversal of the minister is another kind of conflict", k(claims.SameSpeaker, []*node{m3}, []*node{m1}), 2},
	}
	for _, tt := range tests {
		first := k(claims.BetweenSources, []*node{u1, u2}, []*node{m1, m2})
		if got := fold([]*conflict{first, tt.second}); len(got) != tt.want {
			t.Errorf("%s: %d conflicts, want %d", tt.why, len(got), tt.want)
		}
	}
	// The third joins the first, which then meets the second it had passed: one dispute,
	// whatever the order.
	u3 := n("union-3")
	three := []*conflict{k(claims.BetweenSources, []*node{u1}, []*node{m1}), k(claims.BetweenSources, []*node{u2, u3}, []*node{m2}), k(claims.BetweenSources, []*node{u1, u2}, []*node{m1, m2})}
	if got := fold(three); len(got) != 1 {
		t.Errorf("a conflict met after a fold: %d conflicts, want 1", len(got))
	}
	first := k(claims.BetweenSources, []*node{u1}, []*node{m1})
	got := fold([]*conflict{first, k(claims.BetweenSources, []*node{m1, m2}, []*node{u1, u2})})
	if len(got) != 1 || !slices.Equal(got[0].a, []*node{u1, u2}) || !slices.Equal(got[0].b, []*node{m1, m2}) {
		t.Errorf("crossed fold: got sides %v", got)
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

// TestMergeOneSpeakerOnManyDays checks that one speaker's pairs meet on a claim they
// share, whatever day the claims on the other side were said: her plan (undated) against
// her walking it back on Monday and against her new words on Tuesday is one conflict,
// with the plan on one side and both later statements on the other. Keyed by speaker and
// day alone, the two pairs were two conflicts.
func TestMergeOneSpeakerOnManyDays(t *testing.T) {
	mon, _ := claims.ParseDate("2024-03-11")
	tue, _ := claims.ParseDate("2024-03-12")
	plan := &node{id: "d#1", who: "purba", doc: "d", occasion: "doc:d", c: &claims.Claim{Content: claims.Excerpt{Text: "foreign vessels will be barred"}}}
	back := &node{id: "d#2", who: "purba", doc: "d", day: mon, occasion: mon.String(), c: &claims.Claim{Content: claims.Excerpt{Text: "her plan"}}}
	later := &node{id: "d#3", who: "purba", doc: "d", day: tue, occasion: tue.String(), c: &claims.Claim{Content: claims.Excerpt{Text: "foreign vessels will not be barred"}}}
	ps := []*pair{
		{kind: claims.SameSpeaker, score: 0.9, x: plan, y: back, weight: strong},
		{kind: claims.SameSpeaker, score: 0.8, x: plan, y: later, weight: strong},
	}
	got := merge(ps)
	if len(got) != 1 {
		t.Fatalf("got %d conflicts, want 1", len(got))
	}
	ids := func(ns []*node) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.id)
		}
		return out
	}
	if diff := cmp.Diff([][]string{{"d#1"}, {"d#2", "d#3"}}, [][]string{ids(got[0].a), ids(got[0].b)}); diff != "" {
		t.Errorf("sides (-want +got):\n%s", diff)
	}
}

// TestExtendKeepsOccasions checks that a reversal's sides grow only with the speaker's
// words of their own occasion: his October reason ("fuel costs had risen") joins
// October's "fares will go up", not February's "the fare will stay at $4.20".
func TestExtendKeepsOccasions(t *testing.T) {
	oct, _ := claims.ParseDate("2022-10-01")
	feb, _ := claims.ParseDate("2023-02-14")
	claim := func(id string, day claims.Date, text string, terms ...string) *node {
		return &node{id: id, who: "ortiz", doc: "d", day: day, occasion: day.String(),
			c: &claims.Claim{Content: claims.Excerpt{Text: text}, Proposition: claims.Proposition{Terms: terms}}}
	}
	stay := claim("d#1", feb, "the adult fare would stay at $4.20 in April", "fare", "stay", "april")
	why := claim("d#2", oct, "fuel costs had risen, and fares must pay for it", "fuel", "cost", "fare", "april")
	up := claim("d#3", oct, "fares will go up in April", "fare", "go up", "april")
	c := &conflict{best: &pair{kind: claims.SameSpeaker, x: stay, y: up}, pairs: []*pair{{kind: claims.SameSpeaker, x: stay, y: up}}}
	c.a, c.b = []*node{stay}, []*node{up}
	c.extend(map[[2]string][]*node{{"d", "ortiz"}: {stay, why, up}}, nil, newLexicon())
	ids := func(ns []*node) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.id)
		}
		return out
	}
	if diff := cmp.Diff([][]string{{"d#1"}, {"d#3", "d#2"}}, [][]string{ids(c.a), ids(c.b)}); diff != "" {
		t.Errorf("sides (-want +got):\n%s", diff)
	}
}

// TestExtendTakesAllies checks that between two parties a side takes what one who speaks
// as one with its speaker says on the matter in the same article: the party says its rival
// calls people who asked not to be called, and its chairman's letter, which charges a
// breach of the rules, joins that side; the rival's own spokesman, on the rules, joins the
// other. A reversal, or two outlets' reports of one remark, keeps to its one speaker.
func TestExtendTakesAllies(t *testing.T) {
	n := func(id, who, name, body, text string, terms ...string) *node {
		return &node{id: id, who: who, name: name, body: body, kind: claims.Group, doc: "d", occasion: "doc:d",
			c: &claims.Claim{Content: claims.Excerpt{Text: text}, Proposition: claims.Proposition{Terms: terms}}}
	}
	calls := n("d#1", "greens", "Greens", "", "Labour calls people who asked not to be called", "labour", "call", "people", "rule")
	denial := n("d#2", "labour", "Labour", "", "breaking the rules on calls", "break", "rule", "call")
	letter := n("d#3", "ana ruiz", "Ana Ruiz", "Green", "a flagrant breach of the rules on calls", "breach", "rule", "call")
	letter.kind = claims.Person
	spokesman := n("d#4", "labour spokesman", "Labour spokesman", "Labour", "we have not broken any rules on calls", "break", "rule", "call")
	weather := n("d#5", "ana ruiz", "Ana Ruiz", "Green", "the weather was fine", "weather")
	weather.kind = claims.Person
	// The two parties' joint word speaks as one with both sides, and joins neither.
	joint := n("d#8", "greens and labour", "Greens and Labour", "", "neither party will breach the rules on calls", "breach", "party", "rule", "call")
	doc := []*node{calls, denial, joint, letter, spokesman, weather}
	ids := func(ns []*node) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.id)
		}
		return out
	}
	for _, tc := range []struct {
		kind claims.ConflictKind
		want [][]string
	}{
		{claims.BetweenSources, [][]string{{"d#1", "d#3"}, {"d#2", "d#4"}}},
		{claims.SameSpeaker, [][]string{{"d#1"}, {"d#2"}}},
	} {
		p := &pair{kind: tc.kind, x: calls, y: denial}
		c := &conflict{best: p, pairs: []*pair{p}, a: []*node{calls}, b: []*node{denial}}
		c.extend(map[[2]string][]*node{}, map[string][]*node{"d": doc}, newLexicon())
		if diff := cmp.Diff(tc.want, [][]string{ids(c.a), ids(c.b)}); diff != "" {
			t.Errorf("%s: sides (-want +got):\n%s", tc.kind, diff)
		}
	}
	// Two outlets' reports of one remark are no two parties: the company one report names
	// as the speaker's body joins neither, though the other report gives him none.
	said := n("d#6", "tom reed", "Tom Reed", "Acme", "the plant will close in May", "plant", "close", "may")
	said.kind = claims.Person
	other := n("e#1", "tom reed", "Tom Reed", "", "the plant will not close in May", "plant", "close", "may")
	other.kind, other.doc, other.occasion = claims.Person, "e", "doc:e"
	acme := n("d#7", "acme", "Acme", "", "the plant will close after May", "plant", "close")
	acme.kind = claims.Organisation
	p := &pair{kind: claims.BetweenOutlets, x: said, y: other}
	c := &conflict{best: p, pairs: []*pair{p}, a: []*node{said}, b: []*node{other}}
	c.extend(map[[2]string][]*node{}, map[string][]*node{"d": {said, acme}, "e": {other}}, newLexicon())
	if diff := cmp.Diff([][]string{{"d#6"}, {"e#1"}}, [][]string{ids(c.a), ids(c.b)}); diff != "" {
		t.Errorf("%s: sides (-want +got):\n%s", p.kind, diff)
	}
}
