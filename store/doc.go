// Package store keeps documents, their claims, the identities of their speakers and the
// conflicts among them in an embedded SQLite database, so that each new article is checked
// against everything stored before it.
//
// [Store.Add] takes documents with the claims extracted from them. It selects, by indexed
// lookups on [compare.BlockKeys], the stored claims that could conflict with the new ones,
// runs [compare.Comparer.Compare] over the new claims and those, and keeps the conflicts
// that involve at least one new document. Comparison stays in package compare: the store
// only chooses what to compare and remembers the result. Each document is committed in one
// transaction with its claims and its conflicts, so a run killed at any moment leaves a
// store that the same run completes; a document whose ID and text are already stored
// changes nothing, and one whose text changed replaces its claims and conflicts.
//
// Claims are stored as extracted, as JSON beside the columns that queries need, so that
// fields added to [claims.Claim] later neither break old stores nor get lost. Speakers are
// resolved across documents ([compare.Resolve]) whenever claims are read back, from the
// identities the store keeps for every name.
//
// Conflicts have stable IDs derived from their content: the kind and, for each side, the
// document and content span of its claims. The same conflict found by another run has the
// same ID.
//
// The store uses SQLite's write-ahead log: other processes may read while one writes, and
// two writers take turns, each document's transaction waiting for the other's. A writer
// notices documents another process committed meanwhile and compares against them too.
package store
