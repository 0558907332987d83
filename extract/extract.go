package extract

import "github.com/contradict/contradict/claims"

// Extractor finds the attributed statements in documents. Its zero value is ready to use and
// it is safe for concurrent use.
type Extractor struct{}

// Extract returns the claims of doc in order of their position in the text. Each claim's ID
// is "<doc.ID>#<n>". Text that is not valid UTF-8 yields no claims; see
// claims.Document.Validate to report why.
func (e *Extractor) Extract(doc claims.Document) []claims.Claim {
	return nil
}
