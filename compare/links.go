package compare

// This file turns the responses the extractor read into links between claims, and tells
// which links a reading undoes.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// resolveLinks turns every claim's responses into links to the claims they answer: the
// claims the extractor named, or else the claims of the speaker the response names, or,
// for a response to one's own words, the speaker's earlier claims.
func (j *judge) resolveLinks() {
	byWho := map[string][]*node{}
	for _, n := range j.nodes {
		byWho[n.who] = append(byWho[n.who], n)
	}
	byDoc := j.byDoc
	inText := map[string][]*node{} // a document's claims in the order of its text, for linkRuns
	for d, ns := range byDoc {
		inText[d] = slices.SortedStableFunc(slices.Values(ns), func(a, b *node) int { return claimOrder(a.c, b.c) })
	}
	whoOf := map[string]string{} // lower name → identity key, for names a response gives
	for _, n := range j.nodes {
		if _, ok := whoOf[strings.ToLower(n.name)]; !ok {
			whoOf[strings.ToLower(n.name)] = n.who
		}
	}
	for _, n := range j.nodes {
		for ri := range n.c.Responses {
			r := &n.c.Responses[ri]
			var targets []*node
			for _, id := range r.Answers {
				if t, ok := j.byID[id]; ok && t != n {
					targets = append(targets, t)
				}
			}
			if len(targets) == 0 && (r.Other != "" || r.Self) {
				var cands []*node
				if r.Self {
					cands = byWho[n.who]
				} else {
					for _, m := range byDoc[n.doc] {
						if m.who != n.who && sameName(r.Other, m.name) {
							cands = append(cands, m)
						}
					}
					if len(cands) == 0 && capitalised(r.Other) {
						// A named speaker of other documents; an unnamed one ("a senior
						// official") is only itself within its own.
						cands = byWho[whoOf[strings.ToLower(r.Other)]]
					}
				}
				targets = j.answered(n, cands, r.Self)
			}
			targets = j.closest(n, r, targets)
			for _, t := range targets {
				k := ordered(n.i, t.i)
				if old, ok := j.links[k]; !ok || old.run || strongerLink(old.resp, r) {
					j.links[k] = link{by: n, resp: r} // the text's own link outranks a carried one
				}
			}
			if r.Relation.Suggests() && len(targets) == 1 {
				j.linkRuns(n, targets[0], r, inText[n.doc])
			}
		}
	}
}

// linkRuns carries a "But …" between two claims to the runs of words they stand in: each
// speaker's claims next to it in the article, with no other voice between. A speaker's
// words split at the sentence are one answer: "But Penny Cobham said her members were
// outraged. “There was never going to be a massive explosion of casinos,” she said"
// answers the charity's "proliferation of these casinos" with its second sentence. Only
// links not there already are made; the answered run stays before the answer. doc holds
// the document's claims in the order of its text.
func (j *judge) linkRuns(n, t *node, r *claims.Response, doc []*node) {
	if t.doc != n.doc || t.who == n.who {
		return
	}
	// The claims of doc[i]'s speaker next to it, within doc[lo+1:hi].
	run := func(i, lo, hi int) []*node {
		a, b := i, i
		for a-1 > lo && doc[a-1].who == doc[i].who {
			a--
		}
		for b+1 < hi && doc[b+1].who == doc[i].who {
			b++
		}
		return doc[a : b+1]
	}
	ni, ti := slices.Index(doc, n), slices.Index(doc, t)
	if ti > ni {
		return
	}
	for _, a := range run(ni, ni, len(doc)) {
		for _, b := range run(ti, -1, ni) {
			if _, ok := j.links[ordered(a.i, b.i)]; !ok {
				j.links[ordered(a.i, b.i)] = link{by: a, resp: r, run: true}
			}
		}
	}
}

// answered picks, among cands, the claims a response of n answers: those that come before
// it (earlier in its document, or on an earlier day) and share a content word with it,
// else the nearest one before it.
func (j *judge) answered(n *node, cands []*node, self bool) []*node {
	var before []*node
	for _, m := range cands {
		if m == n {
			continue
		}
		switch {
		case m.doc == n.doc:
			if self && m.c.Content.Start >= n.c.Content.Start {
				continue // one's own earlier words come before
			}
		case !m.day.IsZero() && !n.day.IsZero():
			if !m.day.Before(n.day) && !(m.day == n.day && !self) {
				continue
			}
		default:
			continue
		}
		before = append(before, m)
	}
	var aligned []*node
	for _, m := range before {
		if len(j.lex.shared(n.c.Proposition.Terms, m.c.Proposition.Terms)) > 0 || m.c.Target != "" && m.c.Target == n.c.Target {
			aligned = append(aligned, m)
		}
	}
	if len(aligned) > 0 {
		return aligned
	}
	if len(before) == 0 {
		return nil
	}
	// The nearest: last in the same document, else the latest day.
	best := before[0]
	for _, m := range before[1:] {
		if m.doc == n.doc && (best.doc != n.doc || m.c.Content.Start > best.c.Content.Start) ||
			best.doc != n.doc && m.doc != n.doc && best.day.Before(m.day) {
			best = m
		}
	}
	return []*node{best}
}

// closest narrows the claims a response answers to those that speak of what it answers,
// when some do: "Hughes called Mr Howard wrong for claiming the Tories were the natural
// party of minorities" answers Howard's claim about minorities, not his others around it.
func (j *judge) closest(n *node, r *claims.Response, targets []*node) []*node {
	if len(targets) < 2 || !r.Relation.Opposes() {
		return targets // agreement, "backed the chancellor's report", covers all it names
	}
	words := slices.Clone(n.c.Proposition.Terms)
	for _, w := range strings.FieldsFunc(strings.ToLower(r.Answered.Text), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		if len(w) > 3 {
			words = append(words, w)
		}
	}
	var out []*node
	for _, t := range targets {
		if len(j.lex.shared(words, t.c.Proposition.Terms)) > 0 {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return targets
	}
	return out
}

// strongerLink reports whether r says more of a pair than old, which it then replaces: an
// opposition the text names ("denied") over a contrast ("But …") or a negated one, and
// one surely linked over one linked by place.
// Agreement outranks both, and is never replaced.
func strongerLink(old, r *claims.Response) bool {
	if old.Agrees() {
		return false
	}
	// Of two oppositions, one whose answered claims the text names, words or states wins
	// over one found by place: "two newspapers gave opposite accounts of what she said"
	// over a "ruled out" inside one version that answers the last words before it.
	return r.Agrees() || r.Opposes() && (!old.Opposes() || r.Found.Sure() && !old.Found.Sure())
}

// selfRelation reports whether r is a relation a speaker has with their own words: a
// retraction, a reversal, a correction.
func selfRelation(r claims.Relation) bool {
	return r == claims.Retracts || r == claims.Reverses || r == claims.Corrects
}

// remarkDenied reports whether r denies a remark named as such ("denied the claim", "the
// report was denied"): what is denied is the remark, whatever stance it took.
func remarkDenied(r *claims.Response) bool {
	return r.Relation == claims.Denies && r.Found == claims.Definite
}

// bareAnswer reports whether a response answers a remark by a bare pronoun, found by its
// place: "“That is simply not true,” the driver said" after the team's "we don't do team
// orders" calls those words untrue, whatever they negate.
func bareAnswer(r *claims.Response) bool {
	if r.Found != claims.Definite {
		return false
	}
	s := strings.ToLower(strings.TrimSpace(r.Answered.Text))
	if i := strings.IndexAny(s, "'’"); i > 0 {
		s = s[:i] // "that's"
	}
	s = strings.TrimPrefix(s, "all ")
	return s == "that" || s == "this" || s == "it" || s == "which" || s == "these" || s == "those"
}

// remarkAnswered reports whether a response answers someone's remark as a remark:
// "pushed back against comments by the governor that cuts were off the table" disputes the
// governor, whatever the comments deny.
func remarkAnswered(r *claims.Response) bool {
	f := strings.Fields(strings.ToLower(r.Answered.Text))
	// "rejected that version": a demonstrative points back at the remark before it, where
	// "denied the claims" may mean any.
	pointed := r.Found == claims.Definite && len(f) > 1 && (f[0] == "that" || f[0] == "this" || f[0] == "those" || f[0] == "these")
	if r.Found != claims.ByName && r.Found != claims.Nested && r.Found != claims.ByVerb && r.Found != claims.Named && r.Found != claims.Aside && !pointed {
		return false
	}
	for len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an" || f[0] == "that" || f[0] == "this" || f[0] == "his" || f[0] == "her" || f[0] == "their" || f[0] == "its" || f[0] == "these" || f[0] == "those" || f[0] == "such" ||
		strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s") || strings.HasSuffix(f[0], "s'")) {
		f = f[1:] // "the regulator's conclusions"
	}
	for k := 1; k < min(len(f)-1, 4) && !remarkHeads[f[0]]; k++ {
		if w := f[k]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") {
			f = f[k+1:] // "the Bermuda Cricket Board's claim"
			break
		}
	}
	// A finding, a ruling, a verdict: someone's judgment, stated.
	return len(f) > 0 && (remarkHeads[f[0]] || wordnet.IsA(f[0], "judgment", wordnet.Noun))
}

// negativeAnswered reports whether what a response answers is itself a negative
// statement: "it is not accurate to say that nobody came" denies the "nobody came" it
// quotes, and so opposes the claim that says it, where "rejected a spending spree" beside
// "there will be no spree" agrees.
func negativeAnswered(r *claims.Response) bool {
	for _, w := range strings.Fields(strings.ToLower(r.Answered.Text)) {
		switch w = strings.Trim(w, ".,;:\"'“”‘’"); w {
		case "not", "no", "never", "nobody", "none", "nothing", "cannot":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// remarkHeads are the nouns of what someone said, as a response names them.
var remarkHeads = map[string]bool{"comments": true, "comment": true, "remarks": true, "remark": true, "claims": true, "claim": true, "assertion": true, "assertions": true, "suggestion": true, "suggestions": true, "statement": true, "statements": true, "assurance": true, "assurances": true, "account": true, "allegation": true, "allegations": true, "forecast": true, "prediction": true, "insistence": true,
	"figure": true, "figures": true, "estimate": true, "estimates": true, "count": true, "tally": true, "version": true, "versions": true, "report": true, "reports": true, "story": true}

// misread reports whether a response the text gives cannot answer the claim it was
// linked to, whatever its words:
//   - taking back one's own words needs words, not a bare act ("Britain's defending
//     champion, who withdrew"), and a phrase of the speaker's own, not another's story of
//     them ("he then changed his mind, the book says");
//   - a denial of a stated proposition, linked by nearness or by "the claims" alone,
//     answers a claim that speaks of some of what it denies: "rejected claims that the
//     debate bred bigotry" does not answer "the system is abused";
//   - a denial of a stated proposition, or of "the claims" with nothing named, answers a
//     statement, not a bare act told of someone: "presented the award to the film".
func (j *judge) misread(lk link, x, y *node) bool {
	r, a := lk.by, other(lk.by, x, y)
	rc, ac := r.c, a.c
	ph := lk.resp.Phrase.Span
	if lk.resp.Self {
		if lk.resp.Found == claims.Told {
			return false // a third party tells the speaker's reversal in so many words
		}
		if bareAct(ac) {
			return true // nothing said to take back: "Britain's defending champion, who withdrew"
		}
		if r.who != a.who && r.kind == claims.Organisation && a.kind == claims.Organisation {
			return true // one body does not take back another's words
		}
		if ph.Len() == 0 {
			return false
		}
		if rc.Content.Contains(ph) && !rc.Quoted && (rc.Proposition.Subject == "he" || rc.Proposition.Subject == "she") && (r.kind != claims.Person || namesOther(ac, r)) && !(lk.resp.Relation == claims.Corrects && r.who == a.who) {
			// A book's story of a man, or an author's: "Mr Blair went back on a pledge,
			// Peston suggests ... He had then changed his mind, he writes" is Blair's
			// change of mind, not Peston's. But "Strydom said he had been misquoted" is
			// said of the words his own claim reports, whomever they name.
			return true
		}
		if ph.Start >= rc.Evidence.End {
			// Told after the speaker's words, in the story that follows them: "Blair
			// decided to quit because he felt he had lost trust. He had then changed his
			// mind."
			return true
		}
		for _, m := range j.byDoc[r.doc] {
			if m.who != r.who && m.c.Content.Contains(ph) {
				return true // another's story of the speaker: "he changed his mind, the book says"
			}
		}
		return false
	}
	if owner := possessor(lk.resp.Answered.Text); owner != "" && lk.resp.Other == "" && lk.resp.Found != claims.ByName && !speaks(a, owner) && !speaks(r, owner) {
		// "rejected Deutsche Boerse's offer" answers Deutsche Boerse, not Euronext's
		// interest in bidding said before it.
		return true
	}
	if lk.resp.Found == claims.Definite && !j.remark(lk.resp.Answered.Text) {
		// "the plans", "the latest data" are no one's words: "the last remark of someone
		// else" is not what they name.
		return true
	}
	if lk.resp.Relation != claims.Denies && lk.resp.Relation != claims.Rejects {
		return false
	}
	stated := rc.Denies && rc.Proposition.Predicate != ""
	weak := lk.resp.Found == claims.Definite || lk.resp.Found == claims.Nearest ||
		lk.resp.Found == claims.ByVerb && ac.Cue.Len() > 0 && strings.Contains(strings.ToLower(lk.resp.Answered.Text), strings.ToLower(ac.Cue.Text))
	if stated && weak && len(j.lex.shared(rc.Proposition.Terms, ac.Proposition.Terms)) == 0 && len(sharedNames(rc.Proposition.Names, ac.Proposition.Names)) == 0 {
		return true
	}
	for _, m := range j.byDoc[r.doc] {
		if ph.Len() > 0 && bareAct(rc) && m.c.Cue.Contains(ph) && refusal(m.c) {
			return true // a refusal told beside another act: "accepted a buyout, rejecting an offer"
		}
	}
	if bareAct(ac) && (stated || lk.resp.Found == claims.Definite || lk.resp.Found == claims.Nearest) && lk.resp.Found != claims.ByName && lk.resp.Found != claims.Named {
		return true
	}
	return false
}
