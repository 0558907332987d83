// Package compare finds conflicts between claims.
package compare

import "github.com/contradict/contradict/claims"

// Comparer finds conflicts among claims. Its zero value uses the defaults; it is safe for
// concurrent use once configured.
type Comparer struct{}

// Compare returns the conflicts among cs, each reported once, in a deterministic order.
func (c *Comparer) Compare(cs []claims.Claim) []claims.Conflict {
	return nil
}
