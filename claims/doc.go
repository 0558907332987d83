// Package claims is the vocabulary every stage of contradict shares: documents, the spans
// that point back into them, speakers, dates, claims and conflicts.
//
// Like go/token and go/ast, it holds data types and their methods only. Package extract turns
// a [Document] into claims; package compare turns claims into conflicts; both import this
// package and never each other.
//
// Every closed set of labels ([Polarity], [SpeakerKind], [Precision], [ConflictKind]) is a
// typed constant whose zero value means unknown, with String and text marshalling.
package claims
