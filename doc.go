// Package contradict reads news articles, works out who said what, about what and when, and
// flags where statements conflict: two officials of one government contradicting each
// other, one official reversing himself over time, two parties disputing a fact, two
// outlets reporting one remark differently.
//
// The case it was made for: on Thursday 21 July 2022 Kremlin spokesman Dmitry Peskov said
// talks with Ukraine were still possible and "neither the president nor the minister have
// ever said the door to negotiations is closed"; the day before, Foreign Minister Sergei
// Lavrov had said such talks "make no sense".
//
// # Pipeline
//
//	claims.Document ─extract─▶ []claims.Claim ─compare─▶ []claims.Conflict ─report─▶ text, JSON, HTML
//	  (layout → sentences → quotes & cues → speaker → time → stance, proposition, responses)
//
// The packages:
//
//   - [github.com/contradict/contradict/claims] is the vocabulary every stage shares:
//     documents, byte spans, speakers, dates, claims with their propositions and the
//     responses the text reports, and conflicts.
//   - [github.com/contradict/contradict/extract] turns a document into claims: each with its
//     speaker resolved to one identity, the spans of the speaker mention, cue and content,
//     the day it was said, a target and polarity, its content read as a proposition, and
//     the text's own report of what it answers ("denied the report", "walked back").
//   - [github.com/contradict/contradict/compare] resolves speakers across documents, pairs
//     the claims that may conflict, judges each pair on the responses and propositions, and
//     reports each conflict once, with a kind, a score and a reason.
//   - [github.com/contradict/contradict/ingest] reads documents from text files, saved web
//     pages, folders and JSON Lines; [github.com/contradict/contradict/report] writes the
//     text report, the JSON report contract and the HTML page;
//     [github.com/contradict/contradict/store] keeps claims in an embedded SQLite file and
//     sets each new document against them.
//   - The command examples/contradict runs the whole pipeline over files and folders.
//
// # Usage
//
//	doc := claims.Document{ID: "001.txt", Text: text, Published: claims.NewDate(2022, 7, 21)}
//	var e extract.Extractor
//	cs := e.Extract(doc) // claims, with byte offsets into doc.Text
//	var c compare.Comparer
//	for _, k := range c.Compare(cs) {
//		fmt.Println(k.Kind, k.Score, k.A, k.B)
//		fmt.Println(k.Reason)
//	}
//
// Both Extractor and Comparer are ready to use as zero values and safe for concurrent use.
// Nothing in the library reads files, the network or the environment: models and word lists
// are embedded, and the commands in examples/ do the I/O.
package contradict
