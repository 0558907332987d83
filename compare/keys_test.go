package compare_test

import (
	"slices"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

func shareKey(a, b claims.Claim) bool {
	kb := compare.BlockKeys(b)
	for _, k := range compare.BlockKeys(a) {
		if _, ok := slices.BinarySearch(kb, k); ok {
			return true
		}
	}
	return false
}

func TestBlockKeys(t *testing.T) {
	noTarget := claim("a#2", "a", peskov, on("2022-07-21"), "", "", claims.For, forTalks)
	tests := []struct {
		name  string
		a, b  claims.Claim
		share bool
		why   string
	}{
		{"one body, one day", peskovFor, lavrovAgain, true, "two officials of Russia on talks, both dated: the body's block"},
		{"synonym targets", peskovFor, claim("b#1", "b", lavrov, on("2022-07-20"), "negotiation", "", claims.Against, againstTalks), true,
			"talks and negotiation share a WordNet sense"},
		{"surname and full name", claim("a#1", "a", putinS, undated, "talks", "", claims.For, forTalks),
			claim("b#1", "b", putin, undated, "talks", "", claims.Against, againstTalks), true,
			"Compare may resolve 'Putin' to 'Vladimir Putin' when both are in the set"},
		{"undated body", claim("a#1", "a", peskov, undated, "talks", "", claims.For, forTalks),
			claim("b#1", "b", lavrov, undated, "talks", "", claims.Against, againstTalks), true,
			"one body's key holds dated or not: Compare pairs only dated ones, and keys may select more"},
		{"framing names the other", claim("a#1", "a", kuleba, undated, "talks", "", claims.For, forTalks,
			claims.Response{Relation: claims.Contradicts, Phrase: claims.Excerpt{Text: "contradicting"}, Other: "Sergei Lavrov"}),
			claim("b#1", "b", lavrov, undated, "talks", "", claims.Against, againstTalks), true,
			"the text sets Kuleba against Lavrov at any distance"},
		{"unrelated bodies", claim("a#1", "a", kuleba, undated, "talks", "", claims.For, forTalks),
			claim("b#1", "b", peskov, undated, "talks", "", claims.Against, againstTalks), false,
			"two speakers of two bodies in two documents, with no response between them, are never paired"},
		{"one document", claim("a#1", "a", kuleba, undated, "talks", "", claims.For, forTalks),
			claim("a#2", "a", lavrov, undated, "talks", "", claims.Against, againstTalks), true,
			"claims of one document are compared whoever speaks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shareKey(tt.a, tt.b); got != tt.share {
				t.Errorf("share a key = %v, want %v: %s", got, tt.share, tt.why)
			}
		})
	}
	if ks := compare.BlockKeys(noTarget); len(ks) == 0 {
		t.Errorf("a claim with no target still has keys: its proposition may oppose another's")
	}
}

// TestBlockKeysCover checks the contract on a synthetic corpus: every conflict Compare
// finds has a claim on each side sharing a key, once identities are resolved.
func TestBlockKeysCover(t *testing.T) {
	cs := synthetic(20000)
	found := (&compare.Comparer{}).Compare(cs)
	if len(found) == 0 {
		t.Fatal("the synthetic corpus gives no conflicts: the test checks nothing")
	}
	compare.Resolve(cs)
	byID := make(map[string]claims.Claim, len(cs))
	for _, c := range cs {
		byID[c.ID] = c
	}
	for _, k := range found {
		ok := false
		for _, a := range k.A {
			for _, b := range k.B {
				ok = ok || shareKey(byID[a], byID[b])
			}
		}
		if !ok {
			t.Errorf("%s %v against %v: no claim of one side shares a key with the other", k.Kind, k.A, k.B)
		}
	}
}
