package compare

import (
	"cmp"
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
	antonyms [2]string        // the opposed predicates, when the conflict was read from them
	amounts  [2]claims.Amount // the different figures, when the conflict was read from them
}

// aligned reports whether two targets are the same thing: equal, WordNet synonyms, or one
// a kind of the other.
func aligned(a, b string) bool {
	return a == b || wordnet.Synonyms(a, b, wordnet.Noun) || wordnet.Related(a, b, wordnet.Noun)
}

// judge decides whether statements x and y conflict, and how.
func (c *Comparer) judge(cs []claims.Claim, x, y *statement, opp *opposites) *conflict {
	byStance := x.polarity*y.polarity < 0
	byPredicate := !byStance && (x.polarity == claims.Neutral || y.polarity == claims.Neutral) && opp.opposed(x, y)
	byAmount := !byStance && !byPredicate && differentAmounts(x, y)
	if !byStance && !byPredicate && !byAmount || x.holder != y.holder || !aligned(x.target, y.target) || member(x, y) || member(y, x) || reports(cs, x, y) || reports(cs, y, x) {
		return nil
	}
	if byAmount {
		// Different figures for one quantity are a conflict only where they cannot both
		// be true: one speaker, one day, reported by two documents.
		if x.who != y.who || x.day.IsZero() || x.day != y.day || shareDoc(x.docs, y.docs) {
			return nil
		}
	}
	opposed, agreed, frames := framing(cs, x, y)
	if agreed && !opposed {
		return nil
	}
	k := &conflict{a: []int{x.id}, b: []int{y.id}, frames: frames}
	sameDoc := shareDoc(x.docs, y.docs)
	dated := !x.day.IsZero() && !y.day.IsZero()
	near := dated && absDays(x.day, y.day) <= c.window()
	switch {
	case x.who == y.who && !x.day.IsZero() && x.day == y.day && !sameDoc:
		// One speaker, one day, two documents: the outlets report the remark differently.
		k.kind, k.score = claims.BetweenOutlets, 0.6
	case x.who == y.who:
		// One speaker: a reversal needs two occasions, or the text saying so; and across
		// documents at least one occasion dated, or nothing orders or places them.
		if x.dayKey() == y.dayKey() && !opposed || !sameDoc && !opposed && x.day.IsZero() && y.day.IsZero() {
			return nil
		}
		k.kind, k.score = claims.SameSpeaker, 0.6
	case x.body != "" && x.body == y.body:
		if !(near || sameDoc && !dated || opposed) || sameDoc && !opposed && x.target != y.target {
			return nil // in one article, officials at odds are at odds on one matter
		}
		k.kind, k.score = claims.BetweenOfficials, 0.6
	default:
		// Two parties dispute one matter where the text says one answers the other, or
		// where one text sets a claim beside its denial; otherwise they merely differ.
		if !(opposed || sameDoc && (x.denies || y.denies)) {
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
	if byAmount {
		k.amounts = [2]claims.Amount{x.amount, y.amount}
	}
	if dated {
		k.score += 0.05
	}
	if x.target == y.target {
		k.score += 0.05
	}
	return k
}

// reports reports whether a claim of x reports one of y's: "The company is refusing to
// obey the order, the state press said" holds the company's refusal, and does not
// dispute it.
func reports(cs []claims.Claim, x, y *statement) bool {
	for _, i := range x.claims {
		for _, j := range y.claims {
			if cs[i].Doc == cs[j].Doc && cs[j].Cue.Len() > 0 && cs[i].Content.Contains(cs[j].Cue.Span) {
				return true
			}
		}
	}
	return false
}

// framing reads what the text says of the pair: a claim "contradicting" or "denying" the
// other speaker, or "echoing" them.
func framing(cs []claims.Claim, x, y *statement) (opposed, agreed bool, texts []string) {
	check := func(from, to *statement) {
		for _, i := range from.claims {
			for _, f := range cs[i].Framing {
				// A frame naming no one ("a U-turn", "walked back") sets a claim against
				// its own speaker's earlier word.
				self := f.Other == "" && f.Opposes && from.who == to.who
				if !self && (f.Other == "" || !sameName(f.Other, to.name)) {
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

// member reports whether x speaks as one of the group y names: "Tzekos" in "Tzekos,
// Thanou and Kenteris" is on its side, not the other.
func member(x, y *statement) bool {
	if y.kind != claims.Group || x.kind != claims.Person {
		return false
	}
	for _, part := range strings.Split(y.name, ",") {
		for _, item := range strings.Split(part, " and ") {
			if item = strings.TrimSpace(item); item != "" && sameName(x.name, item) {
				return true
			}
		}
	}
	return false
}

func sameName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// merge joins conflicts whose sides are, pairwise, one voice on one occasion: "the
// Kremlin said Thursday" and "Kremlin spokesman Dmitry Peskov said" against the same remark
// by Lavrov are one conflict, not two; so are Peskov against Lavrov and Peskov against
// Zakharova, the ministry's spokeswoman, the same day. Conflicts are grouped by the voices
// of their two sides, so the result does not depend on the order they were found in.
func merge(ks []*conflict, sts []*statement) []*conflict {
	groups := map[string]*conflict{}
	var order []string
	for _, k := range ks {
		va, vb := voice(sts[k.a[0]]), voice(sts[k.b[0]])
		if va > vb {
			va, vb = vb, va
			k.a, k.b = k.b, k.a
		}
		key := k.kind.String() + "\x00" + va + "\x00" + vb
		g, ok := groups[key]
		if !ok {
			groups[key] = k
			order = append(order, key)
			continue
		}
		g.a, g.b = union(g.a, k.a), union(g.b, k.b)
		g.score = max(g.score, k.score)
		for _, f := range k.frames {
			if !slices.Contains(g.frames, f) {
				g.frames = append(g.frames, f)
			}
		}
		if g.antonyms[0] == "" {
			g.antonyms = k.antonyms
		}
		if g.amounts[0].IsZero() {
			g.amounts = k.amounts
		}
	}
	out := make([]*conflict, 0, len(order))
	for _, key := range order {
		out = append(out, groups[key])
	}
	return out
}

// voice names who speaks, when and how in a statement, for merging: the body (or the
// speaker, when it has none), the day (or the document, when undated), and the stance.
func voice(s *statement) string {
	who := s.body
	if who == "" {
		who = s.who
	}
	stance := s.polarity.String()
	if s.polarity == claims.Neutral {
		stance = s.predicate + fmt.Sprint(s.negated)
	}
	return strings.Join([]string{who, s.dayKey(), stance, s.target, s.holder}, "\x01")
}

func shareDoc(a, b []string) bool {
	for _, d := range a {
		if _, ok := slices.BinarySearch(b, d); ok {
			return true
		}
	}
	return false
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
// check. Each side lists its claims by document and position, and side A is the one whose
// first claim comes first that way, so the output does not depend on the input's order.
func (k *conflict) result(cs []claims.Claim, sts []*statement) claims.Conflict {
	side := func(ss []int) []int {
		var ids []int
		for _, s := range ss {
			ids = append(ids, sts[s].claims...)
		}
		slices.SortFunc(ids, func(x, y int) int { return claimOrder(cs[x], cs[y]) })
		return slices.Compact(ids)
	}
	a, b := side(k.a), side(k.b)
	sa, sb := k.a, k.b
	if claimOrder(cs[b[0]], cs[a[0]]) < 0 {
		a, b, sa, sb = b, a, sb, sa
	}
	slices.SortFunc(sa, func(x, y int) int { return claimOrder(cs[sts[x].claims[0]], cs[sts[y].claims[0]]) })
	slices.SortFunc(sb, func(x, y int) int { return claimOrder(cs[sts[x].claims[0]], cs[sts[y].claims[0]]) })
	ids := func(xs []int) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = cs[x].ID
		}
		return out
	}
	return claims.Conflict{Kind: k.kind, Score: round2(k.score), A: ids(a), B: ids(b), Reason: reason(k, cs, sts, sa, sb)}
}

// claimOrder orders claims by document, then position, then ID.
func claimOrder(x, y claims.Claim) int {
	return cmp.Or(cmp.Compare(x.Doc, y.Doc), cmp.Compare(x.Content.Start, y.Content.Start), cmp.Compare(x.ID, y.ID))
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
		cue := ""
		if c.Cue.Text != "" && !strings.ContainsAny(c.Cue.Text, "–—―:|") && !plainCues[strings.ToLower(c.Cue.Text)] {
			cue = " (" + strings.ToLower(c.Cue.Text) + ")"
		}
		return fmt.Sprintf("%s%s, %s, %s (%q)", strings.Join(names, " and "), cue, when, stanceOn(st), short(c.Content.Text))
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
		if !k.amounts[0].IsZero() {
			why = "two documents report the same speaker on the same day giving different figures"
		}
	}
	r := fmt.Sprintf("%s; %s: %s.", describe(a), describe(b), why)
	if p := k.antonyms; p[0] != "" {
		if p[0] == p[1] {
			r += fmt.Sprintf(" One side says %q, the other denies it.", p[0])
		} else {
			r += fmt.Sprintf(" %q and %q are opposites (WordNet).", p[0], p[1])
		}
	}
	if a := k.amounts; !a[0].IsZero() {
		r += fmt.Sprintf(" The figures differ: %g %s against %g %s.", a[0].Value, a[0].Unit, a[1].Value, a[1].Unit)
	}
	if len(k.frames) > 0 {
		r += fmt.Sprintf(" The text itself says %q.", strings.Join(k.frames, "\", \""))
	}
	return r
}

// stanceOn says what a statement holds of its target: "for talks", "against talks", or,
// with no stance word, what it says of it: "rate: fall", "job: not cut".
func stanceOn(s *statement) string {
	switch {
	case s.polarity > 0:
		return "for " + s.target
	case s.polarity < 0:
		return "against " + s.target
	case s.negated:
		return s.target + ": not " + s.predicate
	}
	return s.target + ": " + s.predicate
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

// plainCues say only that something was said; the reason names the others ("denied").
var plainCues = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "according to": true, "stated": true}
