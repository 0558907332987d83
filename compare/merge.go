package compare

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// conflict is one dispute: the pairs that set the same voices against each other.
type conflict struct {
	pairs  []*pair
	a, b   []*node
	best   *pair
	score  float64
	weight int                // the evidence of its pairs, summed over pairs with no claim in common
	used   map[[2]string]bool // the statements whose weak evidence counted, by said
}

// said names what n says: its speaker and its words, the same in two copies of an
// article.
func said(n *node) [2]string { return [2]string{n.who, n.c.Content.Text} }

// voices returns the keys under which a claim's side of a pair meets the sides of other
// pairs: its speaker (on its occasion, for a reversal or two outlets, where the other side
// is the same speaker) and, weaker, its body on its occasion, so that "the Kremlin said
// Thursday" and "Kremlin spokesman Dmitry Peskov said" against one remark are one side.
func voices(n *node, k *pair) (strong string, weak [2]string) {
	switch k.kind {
	case claims.SameSpeaker, claims.BetweenOutlets:
		occ := n.dayKey()
		if k.kind == claims.BetweenOutlets {
			occ += "\x00" + n.doc
		}
		return n.who + "\x00" + occ, weak
	}
	switch {
	case n.body != "":
		weak[0] = "body\x00" + n.body + "\x00" + n.dayKey()
	default:
		weak[0] = n.copy
	}
	if n.kind == claims.Organisation && n.name != n.body && capitalised(n.name) {
		// "Poland's education ministry" and "the ministry's spokeswoman", whose body it is
		weak[1] = "body\x00" + n.name + "\x00" + n.dayKey()
	}
	return n.who, weak
}

// merge joins pairs whose sides are, pairwise, one voice: Peskov against Lavrov and the
// Kremlin against Lavrov the same day are one conflict; so are the same two parties
// disputing one matter in two copies of one article. The result does not depend on the
// order the pairs were found in.
func merge(ps []*pair) []*conflict {
	slices.SortFunc(ps, func(p, q *pair) int {
		if p.score != q.score {
			if p.score > q.score {
				return -1
			}
			return 1
		}
		if c := strings.Compare(p.x.id, q.x.id); c != 0 {
			return c
		}
		return strings.Compare(p.y.id, q.y.id)
	})
	var out []*conflict
	type sideKeys struct{ strong, weak map[string]bool }
	var keys [][2]sideKeys
	keysOf := func(ns []*node, k *pair) sideKeys {
		s := sideKeys{map[string]bool{}, map[string]bool{}}
		for _, n := range ns {
			st, wks := voices(n, k)
			s.strong[st] = true
			for _, wk := range wks {
				if wk != "" {
					s.weak[wk] = true
				}
			}
		}
		return s
	}
	match := func(s sideKeys, n *node, k *pair) int {
		st, wks := voices(n, k)
		if s.strong[st] {
			return 2
		}
		for _, wk := range wks {
			if wk != "" && s.weak[wk] {
				return 1
			}
		}
		return 0
	}
	// Conflicts by the keys of their sides: a pair is tried only against the conflicts
	// one of its sides could join.
	index := map[string][]int{}
	enter := func(ci int, st string, wks [2]string) {
		for _, k := range [3]string{"s" + st, "w" + wks[0], "w" + wks[1]} {
			if k == "w" {
				continue
			}
			if l := index[k]; len(l) == 0 || l[len(l)-1] != ci {
				index[k] = append(l, ci)
			}
		}
	}
	var near []int
	for _, p := range ps {
		joined := false
		near = near[:0]
		for _, n := range [2]*node{p.x, p.y} {
			st, wks := voices(n, p)
			near = append(near, index["s"+st]...)
			for _, wk := range wks {
				if wk != "" {
					near = append(near, index["w"+wk]...)
				}
			}
		}
		slices.Sort(near)
		for _, ci := range slices.Compact(near) {
			c := out[ci]
			if kindClass(c.best.kind) != kindClass(p.kind) || !sameMatter(c, p) {
				continue
			}
			ks := keys[ci]
			straight := min(match(ks[0], p.x, p), match(ks[1], p.y, p))
			crossed := min(match(ks[0], p.y, p), match(ks[1], p.x, p))
			// In one article, a claim already on one side puts the pair's other claim on
			// the other: the dispute over one statement is one conflict, however the
			// headline and the body name the party that answers it.
			// joins: x on side a, or y on side b, brings the other to the other side where
			// ok lets it.
			joins := func(x, y *node, ok func(to, from []*node, n *node) bool) bool {
				return slices.Contains(c.a, x) && ok(c.b, c.a, y) || slices.Contains(c.b, y) && ok(c.a, c.b, x)
			}
			var ok func(to, from []*node, n *node) bool
			switch {
			case p.kind == claims.SameSpeaker && c.best.kind == claims.SameSpeaker && p.x.doc == p.y.doc && p.x.who == c.best.x.who:
				// One speaker's words on two sides: a statement already on one side puts the
				// pair's other on the other, whatever day each was said ("… walked back her
				// announcement" and the announcement against her new words).
				ok = func(_, from []*node, n *node) bool { return !slices.Contains(from, n) }
			case kindClass(p.kind) == 0 && p.x.doc == p.y.doc:
				ok = takes
			}
			if ok != nil {
				if joins(p.x, p.y, ok) {
					straight = max(straight, 1)
				}
				if joins(p.y, p.x, ok) {
					crossed = max(crossed, 1)
				}
			}
			if straight == 0 && crossed == 0 {
				continue
			}
			x, y := p.x, p.y
			if crossed > straight {
				x, y = y, x
			}
			c.add(x, y, p)
			for i, side := range [2]*node{x, y} {
				st, wks := voices(side, p)
				ks[i].strong[st] = true
				for _, wk := range wks {
					if wk != "" {
						ks[i].weak[wk] = true
					}
				}
				enter(ci, st, wks)
			}
			joined = true
			break
		}
		if !joined {
			c := &conflict{best: p, score: p.score}
			c.add(p.x, p.y, p)
			out = append(out, c)
			keys = append(keys, [2]sideKeys{keysOf([]*node{p.x}, p), keysOf([]*node{p.y}, p)})
			for _, side := range [2]*node{p.x, p.y} {
				st, wks := voices(side, p)
				enter(len(out)-1, st, wks)
			}
		}
	}
	kept := out[:0]
	for _, c := range out {
		// Weak readings may add up between two parties of one article; two voices of one
		// body, or one speaker, need one plain one.
		if c.weight >= strong && (c.best.kind == claims.BetweenSources || c.strongest() >= strong) {
			kept = append(kept, c)
		}
	}
	return kept
}

// takes reports whether n may join a conflict's side by a claim of the other side: not a
// speaker the other side holds, and no more than two voices on a side, so that a
// headline's name for a party ("Nurses reject minister's figures") joins the body's
// ("the Royal College of Nursing said"), but a statement disputed by many does not
// become one conflict of everyone against it. A body and those who speak for it are one
// voice (oneVoice).
func takes(side, other []*node, n *node) bool {
	for _, m := range other {
		if m.who == n.who {
			return false
		}
	}
	voices := []*node{n}
	for _, m := range side {
		if otherAffiliations(m, n) {
			return false // Kyiv's minister does not join the Kremlin's spokesman against Lavrov
		}
		if !slices.ContainsFunc(voices, func(v *node) bool { return v.who == m.who || oneVoice(v, m) }) {
			voices = append(voices, m)
		}
	}
	return len(voices) <= 2
}

// kindClass separates the kinds whose sides are occasions of one speaker from the rest.
func kindClass(k claims.ConflictKind) int {
	if k == claims.SameSpeaker || k == claims.BetweenOutlets {
		return 1
	}
	return 0
}

// sameMatter reports whether pair p can join conflict c: it shares a document with it, or
// a day, or a speaker's very words.
func sameMatter(c *conflict, p *pair) bool {
	for n := range nodesOf(c) {
		if n.doc == p.x.doc || n.doc == p.y.doc || !n.day.IsZero() && (n.day == p.x.day || n.day == p.y.day) {
			return true
		}
		// One speaker's very words in two documents: two copies, or two reports, of one
		// statement.
		for _, m := range [2]*node{p.x, p.y} {
			if n.who == m.who && n.c.Content.Text == m.c.Content.Text {
				return true
			}
		}
	}
	return false
}

// nodesOf yields the claims of both sides of c.
func nodesOf(c *conflict) iter.Seq[*node] {
	return func(yield func(*node) bool) {
		for _, n := range c.a {
			if !yield(n) {
				return
			}
		}
		for _, n := range c.b {
			if !yield(n) {
				return
			}
		}
	}
}

// strongest returns the weight of the conflict's strongest pair.
func (c *conflict) strongest() int {
	w := 0
	for _, p := range c.pairs {
		w = max(w, p.weight)
	}
	return w
}

func (c *conflict) add(x, y *node, p *pair) {
	c.pairs = append(c.pairs, p)
	if c.used == nil {
		c.used = map[[2]string]bool{}
	}
	ux, uy := said(p.x), said(p.y)
	if p.weight >= strong || !c.used[ux] && !c.used[uy] {
		// Weak evidence adds up only from different statements: one claim against two
		// others is one reading, not two, and so is a pair found again in a copy of its
		// article.
		c.weight += p.weight
		c.used[ux], c.used[uy] = true, true
	}
	if !slices.Contains(c.a, x) && !slices.Contains(c.b, x) {
		c.a = append(c.a, x)
	}
	if !slices.Contains(c.b, y) && !slices.Contains(c.a, y) {
		c.b = append(c.b, y)
	}
	if p.score > c.score {
		c.score, c.best = p.score, p
	}
}

// extend adds to each side the other claims its speakers make in its documents, or on
// the same day in other documents, on the matter in dispute: those about the target of a
// claim of the conflict's pairs, or sharing two content words with one. Between two
// parties, a side also takes what those who speak as one with its speakers say there: the
// "Lib Dems" say Labour calls people who asked not to be called, and their chairman's
// letter charges a "flagrant and systematic breach". A dispute is reported once, with
// what each party says of it, however many outlets report it.
func (c *conflict) extend(byDocWho map[[2]string][]*node, byDoc map[string][]*node, lex *lexicon) {
	in := map[*node]bool{}
	var core []*node
	for _, p := range c.pairs {
		core = append(core, p.x, p.y)
	}
	for _, n := range append(slices.Clone(c.a), c.b...) {
		in[n] = true
	}
	onMatter := func(m *node) bool {
		for _, n := range core {
			if m.c.Target != "" && m.c.Target == n.c.Target || len(lex.shared(m.c.Proposition.Terms, n.c.Proposition.Terms)) >= 2 {
				return true
			}
		}
		return false
	}
	// A claim that states another party's stance, or turns against its side's own stance on
	// the same target, says nothing for that side.
	offSide := func(m *node, side []*node) bool {
		if m.c.Holder != "" {
			return true
		}
		for _, n := range side {
			if m.c.Target != "" && m.c.Target == n.c.Target && taken(m.c)*taken(n.c) < 0 {
				return true
			}
		}
		return false
	}
	// How closely a claim keeps to the dispute: the words it shares with the claims the
	// pairs set against each other, its target theirs.
	closeness := func(m *node) int {
		best := 0
		for _, n := range core {
			k := len(lex.shared(m.c.Proposition.Terms, n.c.Proposition.Terms))
			if m.c.Target != "" && m.c.Target == n.c.Target {
				k++
			}
			best = max(best, k)
		}
		return best
	}
	// A party's few closest words on the matter, not everything it said around it.
	closest := func(ns []*node, k int) []*node {
		slices.SortStableFunc(ns, func(x, y *node) int { return closeness(y) - closeness(x) })
		return ns[:min(len(ns), k)]
	}
	grow := func(side, other []*node) []*node {
		elsewhere := map[string]bool{} // the other side's occasions
		for _, n := range other {
			elsewhere[n.dayKey()] = true
		}
		for _, n := range side {
			delete(elsewhere, n.dayKey())
		}
		seen := map[[2]string]bool{}
		out := side
		var more []*node
		take := func(m *node, to *[]*node) {
			if !in[m] && onMatter(m) && !offSide(m, side) {
				in[m] = true
				*to = append(*to, m)
			}
		}
		for _, n := range side {
			keys := [][2]string{{n.doc, n.who}}
			if !n.day.IsZero() {
				keys = append(keys, [2]string{"day:" + n.day.String(), n.who})
			}
			for _, k := range keys {
				if seen[k] {
					continue
				}
				seen[k] = true
				for _, m := range byDocWho[k] {
					if c.best.kind == claims.SameSpeaker && elsewhere[m.dayKey()] {
						continue // a reversal's sides are two occasions: October's words are not February's
					}
					take(m, &more)
				}
			}
		}
		var allies []*node
		if kindClass(c.best.kind) == 0 { // two parties, not one speaker's occasions or reports
			for _, n := range side {
				for _, m := range byDoc[n.doc] {
					if m.who != n.who && oneVoice(m, n) && !slices.ContainsFunc(other, func(o *node) bool { return o.who == m.who || oneVoice(m, o) }) {
						take(m, &allies)
					}
				}
			}
		}
		return slices.Concat(out, closest(more, maxExtend), closest(allies, maxAllies))
	}
	c.a, c.b = grow(c.a, c.b), grow(c.b, c.a)
}

// maxExtend is how many claims of its own speakers extend adds to a side, and maxAllies
// how many of those who speak as one with them.
const (
	maxExtend = 3
	maxAllies = 2
)

// dedupe keeps one conflict of those that, their sides gathered, set the same claims
// against each other: the same reversal found from two of its occasions is one conflict.
// A conflict another holds (claims.Conflict.Holds, read here on the claims themselves) is
// dropped; of two with the same sides, the first, which scored highest, stays.
func dedupe(ks []*conflict) []*conflict {
	by := map[*node][]int{}
	for i, k := range ks {
		for n := range nodesOf(k) {
			by[n] = append(by[n], i)
		}
	}
	// The sides of the conflicts that may hold another, made when first needed: most hold
	// none.
	sets := map[int][2]map[*node]bool{}
	sidesOf := func(j int) [2]map[*node]bool {
		s, ok := sets[j]
		if !ok {
			for side, ns := range [2][]*node{ks[j].a, ks[j].b} {
				s[side] = make(map[*node]bool, len(ns))
				for _, n := range ns {
					s[side][n] = true
				}
			}
			sets[j] = s
		}
		return s
	}
	within := func(ns []*node, set map[*node]bool) bool {
		for _, n := range ns {
			if !set[n] {
				return false
			}
		}
		return true
	}
	// inside reports whether k's sides lie within o's, one in each.
	inside := func(i, j int) bool {
		k, o := ks[i], ks[j]
		if k.best.kind != o.best.kind || len(k.a)+len(k.b) > len(o.a)+len(o.b) {
			return false
		}
		s := sidesOf(j)
		return within(k.a, s[0]) && within(k.b, s[1]) || within(k.a, s[1]) && within(k.b, s[0])
	}
	size := func(i int) int { return len(ks[i].a) + len(ks[i].b) }
	var out []*conflict
	for i, k := range ks {
		drop := false
		for _, j := range by[k.a[0]] {
			if j != i && (size(j) > size(i) || j < i) && inside(i, j) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, k)
		}
	}
	return out
}

// fold joins conflicts that hold one claim on each side in common, aligned: the same
// dispute found twice from different pairs ("the union dismissed the minister's claim"
// in the lede and again in the body), which extend has grown into overlapping sides. The
// first conflict, the higher scored, takes the other's claims. It folds again until
// none joins, since a conflict grown by one fold may meet one it passed before.
func fold(ks []*conflict) []*conflict {
	for n := 0; n != len(ks); {
		n = len(ks)
		ks = foldOnce(ks)
	}
	return ks
}

// foldOnce is one pass of fold: each conflict joins the first before it that it meets.
func foldOnce(ks []*conflict) []*conflict {
	gone := make([]bool, len(ks)) // joined to one before it
	shares := func(x, y []*node) bool {
		return slices.ContainsFunc(x, func(n *node) bool { return slices.Contains(y, n) })
	}
	for j := 1; j < len(ks); j++ {
		for i := 0; i < j; i++ {
			if gone[i] || kindClass(ks[i].best.kind) != kindClass(ks[j].best.kind) {
				continue
			}
			k, o := ks[i], ks[j]
			straight := shares(k.a, o.a) && shares(k.b, o.b)
			if !straight && !(shares(k.a, o.b) && shares(k.b, o.a)) {
				continue
			}
			oa, ob := o.a, o.b
			if !straight {
				oa, ob = ob, oa
			}
			join := func(side *[]*node, ns []*node) {
				for _, n := range ns {
					if !slices.Contains(k.a, n) && !slices.Contains(k.b, n) {
						*side = append(*side, n)
					}
				}
			}
			join(&k.a, oa)
			join(&k.b, ob)
			k.pairs = append(k.pairs, o.pairs...)
			if o.score > k.score {
				k.score, k.best = o.score, o.best
			}
			gone[j] = true
			break
		}
	}
	out := ks[:0]
	for i, k := range ks {
		if !gone[i] {
			out = append(out, k)
		}
	}
	return out
}

// result turns a conflict into the shared vocabulary, with a reason a reader can check.
// Each side lists its claims by document and position, and side A is the one whose first
// claim comes first that way, so the output does not depend on the input's order.
func (c *conflict) result(cs []claims.Claim) claims.Conflict {
	sortSide := func(ns []*node) {
		slices.SortFunc(ns, func(x, y *node) int { return claimOrder(x.c, y.c) })
	}
	a, b := slices.Clone(c.a), slices.Clone(c.b)
	sortSide(a)
	sortSide(b)
	if claimOrder(b[0].c, a[0].c) < 0 {
		a, b = b, a
	}
	ids := func(ns []*node) []string {
		out := make([]string, len(ns))
		for i, n := range ns {
			out[i] = n.id
		}
		return out
	}
	return claims.Conflict{Kind: c.best.kind, Score: round2(c.score), A: ids(a), B: ids(b), Reason: c.reason(a, b)}
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// reason says, in words a reader can check against the evidence, who said what when, and
// why the two cannot both stand.
func (c *conflict) reason(a, b []*node) string {
	k := c.best
	framed := k.resp != nil
	describe := func(ns []*node) string {
		var names []string
		for _, n := range ns {
			if !slices.Contains(names, n.name) {
				names = append(names, n.name)
			}
		}
		// The side's claim in the best pair speaks for it.
		n := ns[0]
		for _, m := range ns {
			if m == c.best.x || m == c.best.y {
				n = m
				break
			}
		}
		cl := n.c
		when := "undated"
		switch {
		case cl.When.Precision == claims.Day:
			when = "on " + cl.When.Date.String()
		case cl.When.Known():
			when = cl.When.String()
		case cl.When.Relative != "":
			when = "undated (" + cl.When.Relative + ")"
		}
		cue := ""
		if cl.Cue.Text != "" && !strings.ContainsAny(cl.Cue.Text, "–—―:|") && !plainCues[strings.ToLower(cl.Cue.Text)] {
			cue = " (" + strings.ToLower(cl.Cue.Text) + ")"
		}
		if cl.Via.Name != "" {
			cue += " as reported by " + cl.Via.Name
		}
		if framed && (taken(cl) == 0 || cl.Target == "") {
			// The text's own words link the two; a proposition read from the content adds nothing.
			return fmt.Sprintf("%s%s, %s (%q)", strings.Join(names, " and "), cue, when, short(cl.Content.Text))
		}
		return fmt.Sprintf("%s%s, %s, %s (%q)", strings.Join(names, " and "), cue, when, stanceOn(cl), short(cl.Content.Text))
	}
	var why string
	switch k.kind {
	case claims.SameSpeaker:
		why = "the same speaker took opposite stances on it"
		switch {
		case framed && k.resp.Relation == claims.Corrects:
			why = "the same speaker set the earlier words right" // "clarified", "said he had been misquoted"
		case framed:
			why = "the same speaker went back on the earlier words"
		}
	case claims.BetweenOfficials:
		switch body := cmpOr(k.x.body, k.y.body); {
		case k.x.body != k.y.body && k.x.holds && k.y.holds:
			why = "both hold office in one government"
		case body == k.x.name || body == k.y.name:
			why = fmt.Sprintf("one speaks for %s", body) // "his office" and the minister
		case body != "":
			why = fmt.Sprintf("both speak for %s", body)
		default:
			why = "both speak for one body"
		}
		if !k.x.day.IsZero() && !k.y.day.IsZero() {
			if n := absDays(k.x.day, k.y.day); n == 0 {
				why += ", on the same day"
			} else {
				why += fmt.Sprintf(", %s apart", days(n))
			}
		}
	case claims.BetweenSources:
		why = "two parties take opposite stances on one matter"
	case claims.BetweenOutlets:
		why = "two documents report the same speaker on the same day saying opposite things"
		if k.opp.how == "figures" {
			why = "two documents report the same speaker on the same day giving different figures"
		}
		if k.x.doc == k.y.doc {
			why = "two outlets report the same speaker's words differently"
		}
	}
	r := fmt.Sprintf("%s; %s: %s.", describe(a), describe(b), why)
	switch k.opp.how {
	case "negation":
		r += fmt.Sprintf(" One side says %q, the other denies it.", k.opp.words[0])
	case "antonyms":
		r += fmt.Sprintf(" %q and %q are opposites (WordNet).", k.opp.words[0], k.opp.words[1])
	case "denial":
		r += fmt.Sprintf(" One side denies what the other says (both speak of %s).", strings.Join(k.opp.shared, ", "))
	case "figures":
		r += fmt.Sprintf(" The figures differ: %s against %s.", k.opp.words[0], k.opp.words[1])
	case "timing":
		r += fmt.Sprintf(" They set one event at times that do not meet: %s against %s.", k.opp.words[0], k.opp.words[1])
	case "versions":
		r += fmt.Sprintf(" One version says %q, the other %q (both speak of %s).", k.opp.words[0], k.opp.words[1], strings.Join(k.opp.shared, ", "))
	}
	var phrases []string
	for _, p := range c.pairs {
		if p.resp != nil && !slices.Contains(phrases, p.resp.Phrase.Text) {
			phrases = append(phrases, p.resp.Phrase.Text)
		}
	}
	if len(phrases) > 0 {
		r += fmt.Sprintf(" The text itself says %q.", strings.Join(phrases, "\", \""))
	}
	return r
}

// stanceOn says what a claim holds: "for talks", "against talks", or, with no stance word,
// what its proposition says: "price: fall", "job: not cut".
func stanceOn(c *claims.Claim) string {
	p := c.Proposition
	switch {
	case taken(c) > 0 && c.Target != "":
		return "for " + c.Target
	case taken(c) < 0 && c.Target != "":
		return "against " + c.Target
	case p.Predicate == "":
		return "on " + cmpOr(c.Target, "it")
	}
	subj := cmpOr(p.Subject, c.Target)
	neg := ""
	if !asserts(c) {
		neg = "not "
	}
	if subj == "" {
		return neg + p.Predicate
	}
	return subj + ": " + neg + p.Predicate
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
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
