package compare

import (
	"slices"
	"strconv"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// BlockKeys returns the keys under which Compare may pair c with another claim: two
// claims with no key in common are never compared. More exactly, Compare judges two
// statements (the claims it gathers as one remark) against each other only when a claim of
// one shares a key with a claim of the other. A claim that cannot be compared, with no
// target or with neither stance nor predicate, has no keys.
//
// Keys describe c as given. A person's keys include their surname's, so that a surname
// alone ("Putin") and the full name Compare resolves it to ("Vladimir Putin") share keys;
// an affiliation that Compare fills in from another claim of the same speaker is keyed
// only when c carries it, so key claims after [Resolve] over the set they belong to.
//
// The keys are sorted and distinct. They may select more claims than Compare pairs, never
// fewer: a store can fetch the stored claims that may conflict with new ones by their keys.
func BlockKeys(c claims.Claim) []string {
	if c.Target == "" || c.Polarity == claims.Neutral && c.Predicate == "" {
		return nil
	}
	n := c.Speaker.Name
	who := strings.ToLower(n)
	if c.Speaker.Kind == claims.Anonymous || c.Speaker.Kind == claims.UnknownSpeaker || !capitalised(n) {
		who = c.Doc + "\x00" + who
	}
	groups := []string{"speaker\x00" + who, "doc\x00" + c.Doc}
	if c.Speaker.Kind == claims.Person {
		groups = append(groups, "surname\x00"+strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:]))
	}
	if c.Speaker.Affiliation != "" && c.When.Precision == claims.Day && !c.When.Date.IsZero() {
		groups = append(groups, "body\x00"+c.Speaker.Affiliation)
	}
	for _, f := range c.Framing {
		if f.Opposes && f.Other != "" {
			groups = append(groups, "speaker\x00"+strings.ToLower(f.Other))
		}
	}
	senses := []string{"=" + c.Target}
	for _, s := range wordnet.Senses(c.Target, wordnet.Noun) {
		senses = append(senses, strconv.Itoa(int(s)))
	}
	keys := make([]string, 0, len(groups)*len(senses))
	for _, g := range groups {
		for _, s := range senses {
			keys = append(keys, g+"\x00"+s)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
