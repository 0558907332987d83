// Package compare finds where claims conflict: two officials of one body, one speaker over
// time, two parties disputing a fact.
//
// Compare first resolves speakers across documents (a surname to the full name met
// elsewhere), then gathers claims that say the same thing, by the same speaker, on the same
// day, into statements, so that several outlets reporting one remark are one statement.
// Statements are blocked by target (WordNet senses) and by speaker or body, never compared
// all against all. A pair conflicts when they take opposite stances on aligned targets,
// held by the same party, and their speakers and times make it one of the kinds of
// [claims.ConflictKind]. The text's own framing ("contradicting earlier comments by")
// raises the score; its agreement ("echoing") rules a pair out.
package compare

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// Comparer finds conflicts among claims. Its zero value uses the defaults; it is safe for
// concurrent use once configured.
type Comparer struct {
	// Window is how many days apart two statements by different speakers may be and still
	// conflict; 0 means 14. Statements by one speaker conflict however far apart.
	Window int
	// MinScore drops conflicts scored below it; 0 keeps all.
	MinScore float64
}

func (c *Comparer) window() int {
	if c.Window > 0 {
		return c.Window
	}
	return 14
}

// statement is one or more claims by one speaker, on one day, with one stance on one target.
type statement struct {
	id        int
	who       string // identity key
	name      string
	body      string // the government or organisation the speaker speaks for
	kind      claims.SpeakerKind
	day       claims.Date // zero when not known to the day
	doc       string      // the first document, which keys statements of unknown day
	docs      []string    // every document that reports the statement, sorted
	target    string
	holder    string
	polarity  claims.Polarity
	predicate string // with negated, what the claims say of the target
	negated   bool
	claims    []int    // indices into the input
	frames    []string // identity keys of the speakers the text sets these claims against
	denies    bool     // a claim of the statement denies or rejects its content
	amount    claims.Amount
}

func (s *statement) dayKey() string {
	if !s.day.IsZero() {
		return s.day.String()
	}
	return "doc:" + s.doc
}

// Compare returns the conflicts among cs, each reported once, in a deterministic order.
// Conflict IDs are "k1", "k2", … in that order.
func (c *Comparer) Compare(cs []claims.Claim) []claims.Conflict {
	ids := resolveIdentities(cs)
	sts := gather(cs, ids)
	for _, s := range sts {
		s.frames = framesOf(cs, s)
	}
	opp := newOpposites()
	pairs := c.candidates(sts, opp)
	var found []*conflict
	for _, p := range pairs {
		if k := c.judge(cs, sts[p[0]], sts[p[1]], opp); k != nil {
			found = append(found, k)
		}
	}
	found = merge(found, sts)
	out := make([]claims.Conflict, 0, len(found))
	for _, k := range found {
		k.score = min(1, k.score)
		if k.score < c.MinScore {
			continue
		}
		out = append(out, k.result(cs, sts))
	}
	index := make(map[string]int, len(cs))
	for i, cl := range cs {
		index[cl.ID] = i
	}
	first := func(ids []string) claims.Claim { return cs[index[ids[0]]] }
	slices.SortStableFunc(out, func(a, b claims.Conflict) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), claimOrder(first(a.A), first(b.A)), claimOrder(first(a.B), first(b.B)))
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("k%d", i+1)
	}
	return out
}

// identity is who a claim's speaker is across documents.
type identity struct {
	key, name, body string
}

// resolveIdentities gives every claim one identity per person: a surname alone ("Putin")
// joins the one full name that ends with it ("Vladimir Putin"), and a person's affiliation
// learnt in one document holds in all.
func resolveIdentities(cs []claims.Claim) []identity {
	full := map[string][]string{} // lower surname → full names
	for _, c := range cs {
		n := c.Speaker.Name
		if c.Speaker.Kind == claims.Person && strings.Contains(n, " ") {
			sur := strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:])
			if !slices.Contains(full[sur], n) {
				full[sur] = append(full[sur], n)
			}
		}
	}
	out := make([]identity, len(cs))
	bodies := map[string]string{}
	for i, c := range cs {
		n := c.Speaker.Name
		if c.Speaker.Kind == claims.Person && !strings.Contains(n, " ") {
			if fs := full[strings.ToLower(n)]; len(fs) == 1 {
				n = fs[0]
			}
		}
		key := strings.ToLower(n)
		if c.Speaker.Kind == claims.Anonymous || c.Speaker.Kind == claims.UnknownSpeaker || !capitalised(n) {
			// An unnamed source, or a common noun ("the company", "analysts"), is only
			// itself within its document.
			key = c.Doc + "\x00" + key
		}
		out[i] = identity{key: key, name: n, body: c.Speaker.Affiliation}
		if out[i].body != "" && bodies[key] == "" {
			bodies[key] = out[i].body
		}
	}
	for i := range out {
		if out[i].body == "" {
			out[i].body = bodies[out[i].key]
		}
	}
	return out
}

// gather groups claims into statements: same identity, same day (or same document when
// the day is unknown), same target, holder and polarity. Claims with no stance or no
// target join no statement: they cannot conflict.
func gather(cs []claims.Claim, ids []identity) []*statement {
	byKey := map[string]*statement{}
	var out []*statement
	for i, c := range cs {
		if c.Target == "" || c.Polarity == claims.Neutral && c.Predicate == "" {
			continue
		}
		s := &statement{who: ids[i].key, name: ids[i].name, body: ids[i].body, kind: c.Speaker.Kind,
			doc: c.Doc, target: c.Target, holder: c.Holder, polarity: c.Polarity}
		s.predicate, s.negated = c.Predicate, c.Negated
		s.amount = c.Amount
		if c.When.Precision == claims.Day {
			s.day = c.When.Date
		}
		pred := ""
		if c.Polarity == claims.Neutral {
			pred = s.predicate + fmt.Sprint(s.negated) // with no stance, what is said keys the statement
		}
		key := strings.Join([]string{s.who, s.dayKey(), s.target, s.holder, c.Polarity.String(), pred, fmt.Sprint(c.Amount)}, "\x00")
		if old, ok := byKey[key]; ok {
			old.claims = append(old.claims, i)
			old.denies = old.denies || c.Denies
			if j, found := slices.BinarySearch(old.docs, c.Doc); !found {
				old.docs = slices.Insert(old.docs, j, c.Doc)
			}
			continue
		}
		s.id = len(out)
		s.claims = []int{i}
		s.docs = []string{c.Doc}
		s.denies = c.Denies
		byKey[key] = s
		out = append(out, s)
	}
	return out
}

// nearest bounds how many opposing statements by one speaker each statement is paired
// with: the closest in time. A reversal shows between neighbours; pairing every statement
// of a prolific speaker with every other would grow with the square of their output.
const nearest = 8

// candidates returns the pairs of statements worth judging: opposite polarity or opposed
// predicates, sharing a target sense, and either one speaker (the nearest in time), one body
// within the window, or one document. Only statements in one block are paired, so the
// cost grows with block sizes, not with the square of the number of claims.
func (c *Comparer) candidates(sts []*statement, opp *opposites) [][2]int {
	type blockKey struct {
		kind  byte   // 'w' speaker, 'b' body, 'd' document
		name  string // the speaker, body or document
		sense int32  // a WordNet synset of the target, or -1 for the target word itself
		word  string // the target word, when sense is -1
	}
	blocks := map[blockKey][]int{}
	senses := map[string][]int32{}
	for i, s := range sts {
		ks, ok := senses[s.target]
		if !ok {
			ks = append([]int32{-1}, wordnet.Senses(s.target, wordnet.Noun)...)
			senses[s.target] = ks
		}
		for _, k := range ks {
			word := ""
			if k < 0 {
				word = s.target
			}
			add := func(kind byte, name string) {
				key := blockKey{kind, name, k, word}
				blocks[key] = append(blocks[key], i)
			}
			add('w', s.who)
			// A claim the text sets against a named speaker meets that speaker's
			// statements at any distance in time.
			for _, o := range s.frames {
				add('w', o)
			}
			if s.body != "" && !s.day.IsZero() {
				add('b', s.body)
			}
			for _, d := range s.docs {
				add('d', d)
			}
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]int
	keep := func(i, j int) {
		if i == j {
			return
		}
		pair := ordered(i, j)
		if !seen[pair] {
			seen[pair] = true
			out = append(out, pair)
		}
	}
	w := c.window()
	// Blocks are visited in map order: pairs are deduplicated and sorted at the end.
	for k, b := range blocks {
		if len(b) < 2 {
			continue
		}
		// In time order, undated last, so that "nearest" and the window can be read off.
		slices.SortStableFunc(b, func(x, y int) int {
			dx, dy := sts[x].day, sts[y].day
			if dx.IsZero() != dy.IsZero() {
				return cmp.Compare(boolInt(dx.IsZero()), boolInt(dy.IsZero()))
			}
			return cmp.Or(dx.Compare(dy), cmp.Compare(x, y))
		})
		switch k.kind {
		case 'b':
			for x, i := range b {
				for _, j := range b[x+1:] {
					if absDays(sts[i].day, sts[j].day) > w {
						break
					}
					if opposable(sts[i], sts[j], opp) {
						keep(i, j)
					}
				}
			}
		case 'w':
			for x, i := range b {
				n := 0
				for _, j := range b[x+1:] {
					if n >= nearest {
						break
					}
					if opposable(sts[i], sts[j], opp) {
						keep(i, j)
						n++
					}
				}
			}
		default:
			for x, i := range b {
				for _, j := range b[x+1:] {
					if opposable(sts[i], sts[j], opp) {
						keep(i, j)
					}
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}

// opposable reports whether two statements take opposite stances or make opposed
// predications, before targets, holders and speakers are judged.
func opposable(x, y *statement, opp *opposites) bool {
	if differentAmounts(x, y) {
		return true
	}
	if x.polarity != claims.Neutral && y.polarity != claims.Neutral {
		return x.polarity*y.polarity < 0
	}
	return opp.opposed(x, y)
}

// differentAmounts reports whether two statements give one quantity different values:
// "120 people" and "45 people". Values within 5% of each other are one figure rounded.
func differentAmounts(x, y *statement) bool {
	a, b := x.amount, y.amount
	if a.IsZero() || b.IsZero() || a.Unit != b.Unit {
		return false
	}
	return math.Abs(a.Value-b.Value) > 0.05*math.Max(math.Abs(a.Value), math.Abs(b.Value))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ordered(a, b int) [2]int {
	if a > b {
		return [2]int{b, a}
	}
	return [2]int{a, b}
}

func absDays(a, b claims.Date) int {
	d := a.DaysUntil(b)
	if d < 0 {
		return -d
	}
	return d
}

// opposites remembers which predicate pairs WordNet calls antonyms.
type opposites struct{ memo map[[2]string]bool }

func newOpposites() *opposites { return &opposites{memo: map[[2]string]bool{}} }

// opposed reports whether two statements with no polarity of their own say opposite things
// of their target: antonymous predicates ("rise"/"fall") with the same negation, or one
// predicate negated on one side only.
func (o *opposites) opposed(x, y *statement) bool {
	if x.predicate == "" || y.predicate == "" {
		return false
	}
	if x.predicate == y.predicate {
		return x.negated != y.negated
	}
	return x.negated == y.negated && o.antonyms(x.predicate, y.predicate)
}

func (o *opposites) antonyms(a, b string) bool {
	if a > b {
		a, b = b, a
	}
	k := [2]string{a, b}
	v, ok := o.memo[k]
	if !ok {
		v = wordnet.Antonyms(a, b, wordnet.AnyPOS)
		o.memo[k] = v
	}
	return v
}

// framesOf returns the identity keys of the speakers that the text sets a statement's
// claims against ("contradicting earlier comments by Moscow's top diplomat").
func framesOf(cs []claims.Claim, s *statement) []string {
	var out []string
	for _, i := range s.claims {
		for _, f := range cs[i].Framing {
			if f.Opposes && f.Other != "" {
				if k := strings.ToLower(f.Other); !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// Resolve gives each claim's speaker the identity it has across all of cs: a surname met
// alone ("Putin") becomes the one full name that ends with it ("Vladimir Putin"), keeping
// the surname as an alias, and a person's affiliation learnt in one document is filled in
// wherever it is missing. It changes cs in place; Compare does the same internally.
func Resolve(cs []claims.Claim) {
	ids := resolveIdentities(cs)
	for i := range cs {
		sp := &cs[i].Speaker
		if ids[i].name != sp.Name {
			if !slices.Contains(sp.Aliases, sp.Name) {
				sp.Aliases = append(slices.Clone(sp.Aliases), sp.Name)
				slices.Sort(sp.Aliases)
			}
			sp.Name = ids[i].name
		}
		if sp.Affiliation == "" {
			sp.Affiliation = ids[i].body
		}
	}
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
