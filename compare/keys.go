package compare

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// BlockKeys returns the keys under which Compare may pair c with another claim: two
// claims with no key in common are never compared. Compare pairs the claims of one
// document, a claim with those of the speakers its responses name, and, across documents,
// the claims of one speaker or of one body; the keys say which.
//
// Keys describe c as given. A person's keys include their surname's, so that a surname
// alone ("Putin") and the full name Compare resolves it to ("Vladimir Putin") share keys;
// an affiliation that Compare fills in from another claim of the same speaker is keyed
// only when c carries it, so key claims after [Resolve] over the set they belong to.
//
// The keys are sorted and distinct. They may select more claims than Compare pairs, never
// fewer: a store can fetch the stored claims that may conflict with new ones by their keys.
func BlockKeys(c claims.Claim) []string {
	n := c.Speaker.Name
	who := strings.ToLower(n)
	if c.Speaker.Kind == claims.Anonymous || c.Speaker.Kind == claims.UnknownSpeaker || c.Speaker.Kind == claims.Author || !capitalised(n) {
		who = c.Doc + "\x00" + who
	}
	keys := []string{"doc\x00" + c.Doc, "speaker\x00" + who}
	if c.Speaker.Kind == claims.Person && strings.Contains(n, " ") {
		keys = append(keys, "speaker\x00"+strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:]))
	}
	body := c.Speaker.Affiliation
	if body == "" && c.Speaker.Kind == claims.Organisation && capitalised(n) {
		body = n
	}
	if body != "" {
		keys = append(keys, "body\x00"+body)
	}
	for _, r := range c.Responses {
		if r.Other != "" {
			o := strings.ToLower(r.Other)
			keys = append(keys, "speaker\x00"+o, "speaker\x00"+o[strings.LastIndexByte(o, ' ')+1:])
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
