// Package report writes the claims and conflicts found in a set of documents, as the JSON
// object of the report contract (see GOLD.md) or as a plain-text report for a journalist.
//
// [Build] puts the parts in a stable order; [Report.WriteJSON] and [Report.WriteText]
// write the same report in the two forms. Output depends only on the report's contents.
package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/contradict/contradict/claims"
)

// DocInfo is what the report says about one input document.
type DocInfo struct {
	ID        string      // document ID; the input's name when no ID could be read
	Input     string      // where it was read from: "path", "path:line", "stdin"
	Source    string      //
	Published claims.Date //
	Title     string      //
	URL       string      //
	Err       string      // why it could not be read; "" when it was
}

// InfoOf returns the DocInfo of doc, read from input.
func InfoOf(input string, doc claims.Document) DocInfo {
	return DocInfo{ID: doc.ID, Input: input, Source: doc.Source, Published: doc.Published,
		Title: doc.Title, URL: doc.URL}
}

// Report is the result of a run.
type Report struct {
	Documents []DocInfo         // in input order
	Claims    []claims.Claim    // by document (in input order), then offset
	Conflicts []claims.Conflict // by score, highest first
}

// Build returns the report of docs, cs and ks. Documents keep their order. Claims are
// sorted by the position of their document in docs (documents not in docs last, by ID),
// then by the offset of their content; conflicts by score, highest first, keeping ks's order on ties. The
// arguments are not modified.
func Build(docs []DocInfo, cs []claims.Claim, ks []claims.Conflict) Report {
	pos := make(map[string]int, len(docs))
	for i, d := range docs {
		if _, ok := pos[d.ID]; !ok {
			pos[d.ID] = i
		}
	}
	rank := func(doc string) int {
		if i, ok := pos[doc]; ok {
			return i
		}
		return len(docs)
	}
	cs = slices.Clone(cs)
	slices.SortStableFunc(cs, func(a, b claims.Claim) int {
		return cmp.Or(
			cmp.Compare(rank(a.Doc), rank(b.Doc)),
			cmp.Compare(a.Doc, b.Doc),
			cmp.Compare(a.Content.Start, b.Content.Start),
			cmp.Compare(a.Content.End, b.Content.End),
		)
	})
	ks = slices.Clone(ks)
	slices.SortStableFunc(ks, func(a, b claims.Conflict) int { return cmp.Compare(b.Score, a.Score) })
	return Report{Documents: slices.Clone(docs), Claims: cs, Conflicts: ks}
}

// Failed returns the number of documents that could not be read.
func (r Report) Failed() int {
	n := 0
	for _, d := range r.Documents {
		if d.Err != "" {
			n++
		}
	}
	return n
}

// summary returns "5 documents (1 failed), 40 claims by 12 speakers, 3 conflicts".
func (r Report) summary() string {
	docs := count(len(r.Documents), "document")
	if n := r.Failed(); n > 0 {
		docs += fmt.Sprintf(" (%d failed)", n)
	}
	return fmt.Sprintf("%s, %s by %s, %s", docs, count(len(r.Claims), "claim"),
		count(len(bySpeaker(r.Claims)), "speaker"), count(len(r.Conflicts), "conflict"))
}

// count returns "1 claim", "2 claims".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// speaker is one speaker's statements.
type speaker struct {
	claims.Speaker // name of the first claim, first role met
	key            string
	cs             []*claims.Claim // dated ones first, by date; then the undated in text order
}

// bySpeaker groups cs by speaker, the speaker with most statements first (then by name),
// each speaker's statements in time order.
func bySpeaker(cs []claims.Claim) []*speaker {
	var list []*speaker
	byKey := make(map[string]*speaker)
	for i := range cs {
		c := &cs[i]
		k := c.Speaker.Key()
		s, ok := byKey[k]
		if !ok {
			s = &speaker{Speaker: claims.Speaker{Name: c.Speaker.Name, Kind: c.Speaker.Kind}, key: k}
			byKey[k] = s
			list = append(list, s)
		}
		if s.Role == "" {
			s.Role = c.Speaker.Role
		}
		s.cs = append(s.cs, c)
	}
	slices.SortStableFunc(list, func(a, b *speaker) int {
		return cmp.Or(cmp.Compare(len(b.cs), len(a.cs)), cmp.Compare(a.key, b.key))
	})
	for _, s := range list {
		slices.SortStableFunc(s.cs, func(a, b *claims.Claim) int {
			ka, kb := a.When.Known(), b.When.Known()
			switch {
			case ka && kb:
				return a.When.Date.Compare(b.When.Date)
			case ka:
				return -1
			case kb:
				return 1
			}
			return 0
		})
	}
	return list
}
