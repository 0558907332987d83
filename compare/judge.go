package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// conflict is a judged pair of sides, each a set of statements.
type conflict struct {
	kind     claims.ConflictKind
	score    float64
	a, b     []int // statement ids
	frames   []string
	antonyms [2]string // the opposed predicates, when the conflict was read from them
}

// aligned reports whether two targets are the same thing: equal, WordNet synonyms, or one
// a kind of the other.
func aligned(a, b string) bool {
	return a == b || wordnet.Synonyms(a, b, wordnet.Noun) || wordnet.Related(a, b, wordnet.Noun)
}

// judge decides whether statements x and y conflict, and how.
func (c *Comparer) judge(cs []claims.Claim, x, y *statement, opp *opposites) *conflict {
	byStance := x.polarity*y.polarity < 0
	byPredicate := x.polarity == claims.Neutral && y.polarity == claims.Neutral && opp.opposed(x, y)
	if !byStance && !byPredicate || x.holder != y.holder || !aligned(x.target, y.target) {
		return nil
	}
	opposed, agreed, frames := framing(cs, x, y)
	if agreed && !opposed {
		return nil
	}
	k := &conflict{a: []int{x.id}, b: []int{y.id}, frames: frames}
	sameDoc := x.doc == y.doc
	dated := !x.day.IsZero() && !y.day.IsZero()
	near := dated && absDays(x.day, y.day) <= c.window()
	switch {
	case x.who == y.who && !x.day.IsZero() && x.day == y.day && x.doc != y.doc && cs[x.claims[0]].Doc != cs[y.claims[0]].Doc:
		// One speaker, one day, two documents: the outlets report the remark differently.
		k.kind, k.score = claims.BetweenOutlets, 0.6
	case x.who == y.who:
		// One speaker: a reversal needs two occasions, or the text saying so.
		if x.dayKey() == y.dayKey() && !opposed {
			return nil
		}
		k.kind, k.score = claims.SameSpeaker, 0.6
	case x.body != "" && x.body == y.body:
		if !(near || sameDoc && !dated || opposed) {
			return nil
		}
		k.kind, k.score = claims.BetweenOfficials, 0.6
	default:
		if !(near || sameDoc) {
			return nil
		}
		k.kind, k.score = claims.BetweenSources, 0.55
	}
	if opposed {
		k.score += 0.3
	}
	if byPredicate {
		k.score -= 0.05 // read from the words' meanings, not from stance words
		k.antonyms = [2]string{x.predicate, y.predicate}
	}
	if dated {
		k.score += 0.05
	}
	if x.target == y.target {
		k.score += 0.05
	}
	return k
}

// framing reads what the text says of the pair: a claim "contradicting" or "denying" the
// other speaker, or "echoing" them.
func framing(cs []claims.Claim, x, y *statement) (opposed, agreed bool, texts []string) {
	check := func(from, to *statement) {
		for _, i := range from.claims {
			for _, f := range cs[i].Framing {
				if f.Other == "" || !sameName(f.Other, to.name) {
					continue
				}
				if f.Opposes {
					opposed = true
				} else {
					agreed = true
				}
				if !slices.Contains(texts, f.Text) {
					texts = append(texts, f.Text)
				}
			}
		}
	}
	check(x, y)
	check(y, x)
	return opposed, agreed, texts
}

func sameName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// merge joins conflicts that share one side when their other sides are one voice on one
// day: "the Kremlin said Thursday" and "Kremlin spokesman Dmitry Peskov said" against the
// same remark by Lavrov are one conflict, not two.
func merge(ks []*conflict, sts []*statement) []*conflict {
	dead := make([]bool, len(ks))
	for i := range ks {
		if dead[i] {
			continue
		}
		for j := i + 1; j < len(ks); j++ {
			if dead[j] || ks[i].kind != ks[j].kind {
				continue
			}
			if joined := join(ks[i], ks[j], sts); joined {
				dead[j] = true
			}
		}
	}
	out := ks[:0]
	for i, k := range ks {
		if !dead[i] {
			out = append(out, k)
		}
	}
	return out
}

// join merges k2 into k1 when they share a side and the other sides agree.
func join(k1, k2 *conflict, sts []*statement) bool {
	for _, flip := range []bool{false, true} {
		a2, b2 := k2.a, k2.b
		if flip {
			a2, b2 = b2, a2
		}
		switch {
		case slices.Equal(k1.b, b2) && oneVoice(k1.a, a2, sts):
			k1.a = union(k1.a, a2)
		case slices.Equal(k1.a, a2) && oneVoice(k1.b, b2, sts):
			k1.b = union(k1.b, b2)
		default:
			continue
		}
		k1.score = max(k1.score, k2.score)
		for _, f := range k2.frames {
			if !slices.Contains(k1.frames, f) {
				k1.frames = append(k1.frames, f)
			}
		}
		return true
	}
	return false
}

// oneVoice reports whether two sets of statements say the same thing for the same party on
// the same occasion.
func oneVoice(x, y []int, sts []*statement) bool {
	a, b := sts[x[0]], sts[y[0]]
	sameTime := a.dayKey() == b.dayKey() || a.doc == b.doc && (a.day.IsZero() || b.day.IsZero())
	if a.polarity != b.polarity || !sameTime {
		return false
	}
	return a.who == b.who || a.body != "" && a.body == b.body
}

func union(a, b []int) []int {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}

// result turns a judged conflict into the shared vocabulary, with a reason a reader can
// check.
func (k *conflict) result(cs []claims.Claim, sts []*statement) claims.Conflict {
	side := func(ss []int) []string {
		var ids []int
		for _, s := range ss {
			ids = append(ids, sts[s].claims...)
		}
		slices.Sort(ids)
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = cs[id].ID
		}
		return out
	}
	// Side A is the one whose first claim comes first, so output does not depend on the
	// order pairs were met.
	a, b := side(k.a), side(k.b)
	sa, sb := k.a, k.b
	if firstIndex(cs, b) < firstIndex(cs, a) {
		a, b, sa, sb = b, a, sb, sa
	}
	return claims.Conflict{Kind: k.kind, Score: round2(k.score), A: a, B: b, Reason: reason(k, cs, sts, sa, sb)}
}

func firstIndex(cs []claims.Claim, ids []string) int {
	for i, c := range cs {
		if c.ID == ids[0] {
			return i
		}
	}
	return len(cs)
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func reason(k *conflict, cs []claims.Claim, sts []*statement, a, b []int) string {
	describe := func(ss []int) string {
		var names []string
		for _, s := range ss {
			if !slices.Contains(names, sts[s].name) {
				names = append(names, sts[s].name)
			}
		}
		st := sts[ss[0]]
		c := cs[st.claims[0]]
		when := "undated"
		switch {
		case c.When.Precision == claims.Day:
			when = "on " + c.When.Date.String()
		case c.When.Known():
			when = c.When.String()
		case c.When.Relative != "":
			when = "undated (" + c.When.Relative + ")"
		}
		return fmt.Sprintf("%s, %s, %s %s (%q)", strings.Join(names, " and "), when, stanceWord(st), st.target, short(c.Content.Text))
	}
	var why string
	sa, sb := sts[a[0]], sts[b[0]]
	switch k.kind {
	case claims.SameSpeaker:
		why = "the same speaker took opposite stances on it"
	case claims.BetweenOfficials:
		why = fmt.Sprintf("both speak for %s", sa.body)
		if !sa.day.IsZero() && !sb.day.IsZero() {
			why += fmt.Sprintf(", %s apart", days(absDays(sa.day, sb.day)))
		}
	case claims.BetweenSources:
		why = "two parties take opposite stances on one matter"
	case claims.BetweenOutlets:
		why = "two documents report the same speaker on the same day saying opposite things"
	}
	r := fmt.Sprintf("%s; %s: %s.", describe(a), describe(b), why)
	if p := k.antonyms; p[0] != "" {
		if p[0] == p[1] {
			r += fmt.Sprintf(" One side says %q, the other denies it.", p[0])
		} else {
			r += fmt.Sprintf(" %q and %q are opposites (WordNet).", p[0], p[1])
		}
	}
	if len(k.frames) > 0 {
		r += fmt.Sprintf(" The text itself says %q.", strings.Join(k.frames, "\", \""))
	}
	return r
}

func stanceWord(s *statement) string {
	switch {
	case s.polarity > 0:
		return "for"
	case s.polarity < 0:
		return "against"
	case s.negated:
		return "not " + s.predicate + ":"
	}
	return s.predicate + ":"
}

func days(n int) string {
	if n == 1 {
		return "one day"
	}
	return fmt.Sprintf("%d days", n)
}

func short(s string) string {
	const n = 90
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
