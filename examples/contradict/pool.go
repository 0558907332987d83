package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/ingest"
	"github.com/contradict/contradict/report"
)

// outcome is what is kept of one document once extracted: its claims, not its text.
type outcome struct {
	seq    int
	info   report.DocInfo
	claims []claims.Claim  // in text order, sharing no memory with the text
	doc    claims.Document // the document with its text, when asked to keep it
	err    error           // why the document failed
	bytes  int64           // input bytes, for progress
}

// extractAll extracts the documents of items with the given number of workers, which share
// extract, and calls emit for each document in input order, whatever the workers' timing.
// Failed items are passed on, as is a panic in extract, as errors. Each document's text is
// dropped once extracted, so memory holds claims and at most about 2*workers texts, unless
// keep asks for the documents to be passed on whole.
func extractAll(items iter.Seq[ingest.Item], workers int, extract func(claims.Document) []claims.Claim, keep bool, emit func(outcome)) {
	jobs := make(chan ingest.Item, workers)
	results := make(chan outcome, workers)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(jobs)
		for it := range items {
			if it.Err != nil {
				results <- failed(it, it.Err)
				continue
			}
			jobs <- it
		}
	})
	for range workers {
		wg.Go(func() {
			for it := range jobs {
				o := work(it, extract)
				if keep && o.err == nil {
					o.doc = it.Doc
				}
				results <- o
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Put results back in input order.
	pending := make(map[int]outcome)
	next := 0
	for o := range results {
		pending[o.seq] = o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(o)
			next++
		}
	}
}

// infoOf returns what the report says of it's document, sharing no memory with its text.
func infoOf(it ingest.Item) report.DocInfo {
	d := report.InfoOf(it.Name, it.Doc)
	for _, s := range []*string{&d.ID, &d.Source, &d.Title, &d.URL} {
		*s = strings.Clone(*s)
	}
	return d
}

func failed(it ingest.Item, err error) outcome {
	info := infoOf(it)
	if info.ID == "" {
		info.ID = it.Name
	}
	msg := err.Error()
	if e, ok := err.(*ingest.Error); ok {
		msg = e.Err.Error() // the report names the input already
	}
	info.Err = msg
	return outcome{seq: it.Seq, info: info, err: err, bytes: it.Bytes}
}

// work extracts one document, turning a panic into the document's error.
func work(it ingest.Item, extract func(claims.Document) []claims.Claim) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = failed(it, fmt.Errorf("%s: extraction failed: panic: %v", it.Name, r))
		}
	}()
	cs := extract(it.Doc)
	for i := range cs {
		detach(&cs[i])
	}
	slices.SortStableFunc(cs, func(a, b claims.Claim) int {
		return cmp.Or(cmp.Compare(a.Content.Start, b.Content.Start), cmp.Compare(a.Content.End, b.Content.End))
	})
	return outcome{seq: it.Seq, info: infoOf(it), claims: cs, bytes: it.Bytes}
}

// detachClause copies the strings of a clause, as detach does a claim's.
func detachClause(cl *claims.Clause) {
	cl.Subject, cl.Predicate = strings.Clone(cl.Subject), strings.Clone(cl.Predicate)
	cl.Objects = cloneAll(cl.Objects)
}

// detachAmount copies the strings of a figure.
func detachAmount(a *claims.Amount) {
	a.Unit, a.Of, a.Per = strings.Clone(a.Unit), strings.Clone(a.Of), strings.Clone(a.Per)
}

// detach copies the strings of c, which may be slices of its document's text, so that
// keeping c does not keep the whole text.
func detach(c *claims.Claim) {
	for _, s := range []*string{&c.ID, &c.Doc, &c.Speaker.Name, &c.Speaker.Role, &c.Speaker.Affiliation,
		&c.Source.Text, &c.Cue.Text, &c.Content.Text, &c.Evidence.Text,
		&c.When.Text, &c.When.Relative, &c.Target, &c.Via.Name, &c.Via.Mention.Text} {
		*s = strings.Clone(*s)
	}
	c.Speaker.Aliases = cloneAll(c.Speaker.Aliases)
	detachClause(&c.Proposition.Clause)
	c.Proposition.Terms = cloneAll(c.Proposition.Terms)
	c.Proposition.Names = cloneAll(c.Proposition.Names)
	detachAmount(&c.Proposition.Amount)
	if c.Proposition.Amounts != nil {
		c.Proposition.Amounts = slices.Clone(c.Proposition.Amounts)
		for i := range c.Proposition.Amounts {
			detachAmount(&c.Proposition.Amounts[i])
		}
	}
	if c.Proposition.More != nil {
		c.Proposition.More = slices.Clone(c.Proposition.More)
		for i := range c.Proposition.More {
			detachClause(&c.Proposition.More[i])
		}
	}
	if c.Responses != nil {
		c.Responses = slices.Clone(c.Responses)
		for i := range c.Responses {
			r := &c.Responses[i]
			r.Phrase.Text, r.Answered.Text, r.Other = strings.Clone(r.Phrase.Text), strings.Clone(r.Answered.Text), strings.Clone(r.Other)
			r.Answers = cloneAll(r.Answers)
		}
	}
	c.Holder = strings.Clone(c.Holder)
}

func cloneAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}
