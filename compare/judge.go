package compare

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// ground is what a pair's conflict rests on, strongest first.
type ground uint8

const (
	byResponse    ground = iota + 1 // the text says one answers the other and opposes it
	byProposition                   // the propositions cannot both stand
	byStance                        // opposite stances on one target
)

// pair is a judged conflict between two claims.
type pair struct {
	kind   claims.ConflictKind
	score  float64
	x, y   *node // x comes first in the text, or in time
	ground ground
	weight int              // how much evidence the pair gives: weak or strong
	resp   *claims.Response // the response that links them, if any
	opp    opposition
}

// judge holds what judging pairs needs: the claims, the window and WordNet's answers.
type judge struct {
	window int
	nodes  []*node
	byID   map[string]*node
	lex    *lexicon
	links  map[[2]int]link
	byDoc  map[string][]*node
	// keeps holds the speakers (document, identity) who say there that they keep to their
	// words: "his position had not changed", "stood by his remarks".
	keeps map[[2]string]bool
}

// link is a response of one claim that answers another.
type link struct {
	by   *node // the claim whose response it is
	resp *claims.Response
	run  bool // carried from a neighbour in the speaker's run of words: see linkRuns
}

func newJudge(window int, nodes []*node, byID map[string]*node) *judge {
	j := &judge{window: window, nodes: nodes, byID: byID, lex: newLexicon(), links: map[[2]int]link{}, byDoc: map[string][]*node{}, keeps: map[[2]string]bool{}}
	for _, n := range nodes {
		j.byDoc[n.doc] = append(j.byDoc[n.doc], n)
		for _, r := range n.c.Responses {
			if r.Relation == claims.Maintains && r.Self && !r.Negated {
				j.keeps[[2]string{n.doc, n.who}] = true
			}
		}
	}
	j.resolveLinks()
	return j
}

func ordered(a, b int) [2]int {
	if a > b {
		return [2]int{b, a}
	}
	return [2]int{a, b}
}

// candidates returns the pairs of claims worth judging, packed first<<32 | second, sorted:
// the claims of one document; the claims a response links; and, across documents, the
// claims of one speaker or one body (dated, within the window) that share a sense of what
// they speak of. Only claims in one block are paired, so the cost grows with block sizes,
// not with the square of the input.
func (j *judge) candidates() []uint64 {
	var out []uint64 // a pair packed as first<<32 | second
	keep := func(a, b int) {
		if a != b {
			p := ordered(a, b)
			out = append(out, uint64(p[0])<<32|uint64(p[1]))
		}
	}
	for p := range j.links {
		keep(p[0], p[1])
	}
	// Names, bodies and words are interned so that block keys pack into integers.
	ids := map[string]int32{}
	id := func(s string) int32 {
		v, ok := ids[s]
		if !ok {
			v = int32(len(ids))
			ids[s] = v
		}
		return v
	}
	// An entry puts claim i in a block: of a kind ('w' speaker, 'b' body) and name in hi;
	// of a WordNet sense, or -1 and the word itself, in lo.
	type entry struct {
		hi, lo uint64
		i      int32
	}
	enter := func(kind byte, name, sense, word int32, i int) entry {
		return entry{uint64(kind)<<32 | uint64(uint32(name)), uint64(uint32(sense))<<32 | uint64(uint32(word)), int32(i)}
	}
	entries := make([]entry, 0, 16*len(j.nodes))
	byDoc := map[int32][]int{}
	senses := map[string][]int32{}
	none := id("")
	for i, n := range j.nodes {
		byDoc[id(n.doc)] = append(byDoc[id(n.doc)], i)
		who, body := id(n.who), id(n.body)
		for _, w := range keyWords(n.c) {
			ks, ok := senses[w]
			if !ok {
				// A word WordNet lacks is its own sense; the senses of one it has cover it.
				if ks = wordnet.Senses(w, wordnet.Noun); len(ks) == 0 {
					ks = []int32{-1}
				}
				senses[w] = ks
			}
			for _, k := range ks {
				word := none
				if k < 0 {
					word = id(w)
				}
				entries = append(entries, enter('w', who, k, word, i))
				if n.body != "" && !n.day.IsZero() {
					entries = append(entries, enter('b', body, k, word, i))
				}
			}
		}
	}
	for _, b := range byDoc {
		for x, i := range b {
			for _, k := range b[x+1:] {
				keep(i, k)
			}
		}
	}
	// A block is a run of entries with one key, in the order of their claims: entries are
	// counted into buckets by kind and name, then each bucket is sorted.
	bucket := func(e entry) int { return int(uint32(e.hi))*2 + int(e.hi>>32&1) }
	starts := make([]int, 2*len(ids)+1)
	for _, e := range entries {
		starts[bucket(e)+1]++
	}
	for k := 1; k < len(starts); k++ {
		starts[k] += starts[k-1]
	}
	sorted := make([]entry, len(entries))
	next := slices.Clone(starts)
	for _, e := range entries {
		sorted[next[bucket(e)]] = e
		next[bucket(e)]++
	}
	entries = sorted
	// Documents and days as numbers, for the inner loop.
	docOf := make([]int32, len(j.nodes))
	dayOf := make([]int32, len(j.nodes))
	var epoch claims.Date
	for i, n := range j.nodes {
		docOf[i] = id(n.doc)
		if !n.day.IsZero() {
			if epoch.IsZero() {
				epoch = n.day
			}
			dayOf[i] = int32(epoch.DaysUntil(n.day))
		}
	}
	// Buckets are shared out among the processors in runs of about equal size; each
	// worker pairs the claims of its blocks and sorts its pairs.
	workers := min(runtime.GOMAXPROCS(0), 1+len(entries)/65536)
	parts := make([][]uint64, workers+1)
	parts[workers] = out
	var wg sync.WaitGroup
	k0 := 0
	for w := range workers {
		k1 := k0
		for k1+1 < len(starts) && (w == workers-1 || starts[k1]-starts[k0] < len(entries)/workers) {
			k1++
		}
		from, to := k0, k1
		k0 = k1
		wg.Go(func() {
			var out []uint64
			var b []int32
			for k := from; k < to; k++ {
				es := entries[starts[k]:starts[k+1]]
				slices.SortFunc(es, func(a, b entry) int {
					if c := cmp.Compare(a.lo, b.lo); c != 0 {
						return c
					}
					return cmp.Compare(a.i, b.i)
				})
				byBody := k%2 == 0
				for s := 0; s < len(es); {
					e := s
					for e < len(es) && es[e].lo == es[s].lo {
						e++
					}
					b = b[:0]
					for _, en := range es[s:e] {
						b = append(b, en.i)
					}
					s = e
					if len(b) < 2 {
						continue
					}
					b = slices.Compact(b) // one claim may enter a block by two of its words
					if byBody {
						slices.SortStableFunc(b, func(x, y int32) int { return cmp.Compare(dayOf[x], dayOf[y]) })
					}
					for x, i := range b {
						for _, m := range b[x+1:] {
							if docOf[i] == docOf[m] {
								continue
							}
							if byBody && dayOf[m]-dayOf[i] > int32(j.window) {
								break
							}
							out = append(out, uint64(min(i, m))<<32|uint64(max(i, m)))
						}
					}
				}
			}
			slices.Sort(out)
			parts[w] = slices.Compact(out)
		})
	}
	wg.Wait()
	slices.Sort(parts[workers])
	// Blocks overlap: merging the sorted parts makes the pairs unique.
	return mergePairs(parts)
}

// mergePairs merges sorted lists of packed pairs into one list without repeats.
func mergePairs(parts [][]uint64) []uint64 {
	n := 0
	for _, l := range parts {
		n += len(l)
	}
	out := make([]uint64, 0, n)
	for {
		best := -1
		for p, l := range parts {
			if len(l) > 0 && (best < 0 || l[0] < parts[best][0]) {
				best = p
			}
		}
		if best < 0 {
			return out
		}
		v := parts[best][0]
		parts[best] = parts[best][1:]
		if len(out) == 0 || out[len(out)-1] != v {
			out = append(out, v)
		}
	}
}

// judgeAll judges the candidate pairs (packed first<<32 | second) on every processor,
// each worker with its own WordNet caches, and returns the pairs that conflict in the
// order of candidates.
func (j *judge) judgeAll(cands []uint64) []*pair {
	workers := min(runtime.GOMAXPROCS(0), 1+len(cands)/4096)
	found := make([][]*pair, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(cands)/workers, (w+1)*len(cands)/workers
		jw := *j
		if w > 0 {
			jw.lex = newLexicon()
		}
		wg.Go(func() {
			for _, p := range cands[lo:hi] {
				if k := jw.judge(jw.nodes[p>>32], jw.nodes[uint32(p)]); k != nil {
					found[w] = append(found[w], k)
				}
			}
		})
	}
	wg.Wait()
	return slices.Concat(found...)
}

// keyWords are the words a claim is about, for blocking across documents: its target, and
// the subject and objects of its proposition.
func keyWords(c *claims.Claim) []string {
	var out []string
	add := func(w string) {
		if w != "" && !weakTerms[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	add(c.Target)
	if s := c.Proposition.Subject; len(s) > 3 {
		add(s)
	}
	for _, o := range c.Proposition.Objects {
		add(o)
	}
	return out
}

// unchanged reports whether a correction r, made by claim c, only explains: it is a
// "clarification" whose words neither negate nor set anything aside ("not", "rather
// than", "had meant", "instead"), nor say a remark was wrong ("misspoke", "misquoted").
func unchanged(r claims.Response, c *claims.Claim) bool {
	// "clarified that the minister had been referring to …": what the clarification says of
	// the words it explains is read within it.
	if !strings.HasPrefix(strings.ToLower(r.Phrase.Text), "clarif") && !strings.HasPrefix(strings.ToLower(c.Cue.Text), "clarif") {
		return false
	}
	if c.Proposition.Negated {
		return false
	}
	for _, cl := range c.Proposition.More {
		if cl.Negated {
			return false
		}
	}
	t := " " + strings.ToLower(c.Content.Text) + " "
	for _, w := range []string{" not ", "n't ", " no ", " never ", " rather ", " instead ", " meant ", " mean ", " only ", " wrong", " mistake", " misspo", " misquot", " error"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// Evidence weights: a conflict is reported when the pairs that make it weigh strong
// together. One strong ground is enough; weak grounds must meet another.
const (
	weak   = 1 // a contrast, a negation on a shared matter, opposite stances in one article
	strong = 2 // the text names the clash, or the propositions plainly cannot both stand
)

// judge decides whether the claims of x and y conflict, how, and how much it weighs.
func (j *judge) judge(x, y *node) *pair {
	if x.i > y.i {
		x, y = y, x
	}
	if before(y, x) {
		x, y = y, x
	}
	sameDoc := x.doc == y.doc
	lk, linked := j.links[ordered(x.i, y.i)]
	// A claim stated inside what a response answers ("distanced himself from the chief
	// executive's statement that …") is answered, not reported.
	nested := linked && lk.resp.Opposes() && (lk.resp.Found == claims.Nested && nominal(other(lk.by, x, y).c) || lk.resp.Found == claims.Named)
	if sameDoc && (!nested && (reports(x.c, y.c) || reports(y.c, x.c)) || channel(x, y) || channel(y, x) || j.relays(x, y) || j.relays(y, x)) || member(x, y) || member(y, x) {
		return nil
	}
	if linked && lk.resp.Agrees() {
		return nil // the text says they agree
	}
	if linked && lk.resp.Negated {
		linked = false
	}
	if linked && j.misread(lk, x, y) {
		linked = false
	}
	if x.refuses || y.refuses {
		// Turning down an offer is an act, not a word against what its maker says: "MCI
		// rejected a higher offer from Qwest" beside Qwest's "we will bid again". Nor is
		// withdrawing one's own offer taking back one's words.
		return nil
	}
	if linked && (lk.resp.Relation == claims.Denies || lk.resp.Relation == claims.Rejects) && !bareAnswer(lk.resp) && (!asserts(other(lk.by, x, y).c) && !remarkAnswered(lk.resp) && !negativeAnswered(lk.resp) || j.sameStance(x.c, y.c) && !remarkDenied(lk.resp)) {
		// A denial of what the other side itself denies or negates, or a rejection with the
		// other's own stance, is agreement: "Brown rejects a Budget spree" beside "there
		// will be no spending spree"; "will reject any offer" beside "they will oppose any
		// bid".
		return nil
	}
	if linked && lk.resp.Relation == claims.Contradicts && !lk.resp.Found.Sure() && j.sameStance(x.c, y.c) {
		// "Opposing" a thing beside another's opposition to it, with nothing naming
		// whom it answers, is agreement: the suspects want no house arrest, and the
		// Liberal Democrats "also oppose house arrests".
		return nil
	}
	if linked && rejectSame(x.c, y.c) {
		// "have both rejected a draft law …" beside "We reject this draft law": each
		// turns down one thing, and the two agree.
		return nil
	}
	if linked && x.c.Denies && y.c.Denies {
		// Two parties denying or rejecting the same thing agree: "Southcorp rejected the
		// offer … its Penfolds brand dismissed the offer as inadequate".
		return nil
	}
	suggested := linked && lk.resp.Relation.Suggests()
	if linked && !lk.resp.Opposes() {
		linked = false
	}
	sameBody := x.body != "" && x.body == y.body
	// Figures count between one speaker, one body's voices, or two office holders of
	// one government in one article (a minister and her undersecretary).
	// So do a company's executive officers, a chief executive and her finance chief, whom
	// the article gives no two employers.
	cabinet := sameDoc && x.who != y.who && (x.holds && y.holds || x.exec && y.exec && (x.body == "" || y.body == "" || x.body == y.body)) && !otherAffiliations(x, y)
	figures := x.who == y.who || sameBody || cabinet
	// Months named apart are not two periods where the times of the two events meet: "will
	// stay in place through December" and "will be raised in August". A year and a month
	// of it are: "will rise in 2025", "will fall in December".
	apart := periodsApart(x.periods, y.periods) && !(onlyMonths(x.periods) && onlyMonths(y.periods) && timesMeet(x.c.Proposition.Clause, y.c.Proposition.Clause))
	opp, byProp := j.lex.opposed(x.c, y.c, sameDoc, figures, x.who == y.who, apart)
	stanceOpp := !byProp && taken(x.c)*taken(y.c) < 0 && !apart && x.c.Holder == y.c.Holder && x.c.Target != "" && y.c.Target != "" && j.lex.aligned(x.c.Target, y.c.Target)
	if suggested && (x.who == y.who || !(byProp || stanceOpp || x.c.Denies != y.c.Denies || len(j.lex.shared(x.c.Proposition.Terms, y.c.Proposition.Terms)) > 0)) {
		suggested = false // "But …" about something else, or a speaker keeping to their words
	}
	if suggested && lk.run && !(byProp || stanceOpp || len(j.lex.shared(x.c.Proposition.Terms, y.c.Proposition.Terms)) >= 2) {
		suggested = false // a neighbour of the words the "But" opens must say more than a word of the same
	}
	versions := !linked && j.versions(x, y)
	if !linked && !suggested && !byProp && !stanceOpp && !versions {
		return nil
	}
	if opp.how == "figures" && !linked && !opp.counts && !versions {
		// Different figures for one quantity cannot both be true where two documents report
		// one speaker's figure of one day differently, or two voices of one body give them
		// in one article or on one day. A toll that rises from one day to the next is news.
		outlets := x.who == y.who && !x.day.IsZero() && x.day == y.day && !sameDoc
		officials := x.who != y.who && (sameBody && (sameDoc || !x.day.IsZero() && x.day == y.day) || cabinet)
		if !outlets && !officials {
			return nil
		}
	}
	if linked && lk.resp.Relation == claims.Corrects && !byProp && !stanceOpp && unchanged(*lk.resp, lk.by.c) {
		// "clarified that the freeze covers tuition, as stated in the original
		// announcement": a clarification that takes nothing back and sets nothing against
		// the words it explains is no conflict with them.
		return nil
	}
	k := &pair{x: x, y: y, opp: opp}
	switch {
	case linked:
		k.ground, k.resp, k.weight = byResponse, lk.resp, strong
		if lk.resp.Found == claims.Nearest && len(lk.resp.Answers) > 0 {
			// Answered by the last remark nearby, not named, worded or reported: a reading
			// that needs the propositions, or another sign, to hold.
			k.weight = weak
			if byProp || stanceOpp {
				k.weight = strong
			}
		}
	case byProp && !(versions && opp.weight < strong):
		k.ground, k.weight = byProposition, opp.weight
		if suggested {
			k.resp, k.weight = lk.resp, k.weight+weak
		}
	case versions:
		px, py := &x.c.Proposition, &y.c.Proposition
		sh := j.lex.shared(px.Terms, py.Terms)
		k.ground, k.weight = byProposition, strong
		k.opp = opposition{how: "versions", words: [2]string{px.Predicate, py.Predicate}, shared: sh, strength: strength(len(sh), px.Terms, py.Terms), weight: strong}
	case suggested:
		k.ground, k.resp, k.weight = byResponse, lk.resp, weak
		if stanceOpp {
			k.weight += weak
		}
	default:
		k.ground, k.weight = byStance, weak
	}
	dated := !x.day.IsZero() && !y.day.IsZero()
	switch {
	case x.who == y.who && dated && x.day == y.day && !sameDoc:
		// One speaker, one day, two documents: the outlets report the remark differently.
		k.kind = claims.BetweenOutlets
	case x.who == y.who && sameDoc && (linked || versions || byProp && x.dayKey() == y.dayKey()) && x.c.Via.Name != "" && y.c.Via.Name != "" && !sameName(x.c.Via.Name, y.c.Via.Name):
		// One article sets two channels' reports of one speaker against each other, or
		// gives two channels' opposite reports of one occasion.
		k.kind = claims.BetweenOutlets
	case x.who == y.who:
		// One speaker: a reversal needs two occasions, or the text saying so; and across
		// documents at least one occasion dated, or nothing orders or places them.
		if !linked && (x.dayKey() == y.dayKey() || !sameDoc && !dated && x.day.IsZero() && y.day.IsZero()) {
			return nil
		}
		if !linked && sameDoc && j.keeps[[2]string{x.doc, x.who}] {
			// The article has the speaker say their position has not changed: a reversal
			// read from their words alone goes against what the text tells.
			return nil
		}
		if linked && !lk.resp.Self && !selfRelation(lk.resp.Relation) {
			// A denial aimed at another's words, "the reports", "the speculation", read as
			// one's own: the response was linked to the wrong claim.
			return nil
		}
		if linked && lk.resp.Relation == claims.Corrects && !byProp && slices.ContainsFunc(lk.by.c.Responses, func(r claims.Response) bool { return r.Agrees() }) {
			// "clarified that the scheme would cover every centre, in line with the
			// minister's announcement": what the text says agrees is no correction of oneself.
			return nil
		}
		if linked && lk.resp.Relation == claims.Corrects && !(byProp && opp.weight > 0) && (j.restates(x.c, y.c) || lk.resp.Found == claims.Nearest && x.dayKey() == y.dayKey()) {
			// "clarified that he never said he would resign" beside his own "I never said I
			// will resign": the same words again, no correction of them. Nor is a
			// clarification tied to nothing but nearness, on the same occasion: "ordered an
			// inquiry … clarified that the suspension is not a finding of guilt".
			return nil
		}
		if linked && lk.resp.Relation == claims.Contradicts && x.dayKey() == y.dayKey() && reflexive[strings.ToLower(lk.resp.Answered.Text)] {
			// "Questioning herself" in one interview is doubt, not a reversal: what is
			// answered is the speaker, not her words ("her own statement").
			return nil
		}
		k.kind = claims.SameSpeaker
	case (oneVoice(x, y) || speaksFor(x, y) || speaksFor(y, x) || sameDoc && (inGovernment(x, y) || inGovernment(y, x))) && !(linked && !lk.resp.Self && (lk.resp.Relation == claims.Corrects && lk.resp.Found != claims.ByWords || lk.resp.Relation == claims.Contradicts && lk.resp.Found == claims.ByName && (x.kind == claims.Person) != (y.kind == claims.Person) || lk.resp.Relation == claims.Retracts || lk.resp.Relation == claims.Reverses)):
		// A body's officer who "clarified that …" in words the body used does not correct
		// it; one who corrects whom the text names, or what they said, does; so does a body
		// that "contradicted its own manager".
		return nil // a body and its own spokesman speak as one, unless one corrects the other (not itself)
	case oneVoice(x, y) || speaksFor(x, y) || speaksFor(y, x):
		k.kind = claims.BetweenOfficials // "his office later said he had misspoken": staff correcting their chief
	case linked && sameDoc && !lk.resp.Self && x.kind == claims.Person && y.kind == claims.Person && ownOfficer(lk.resp.Answered.Text) && !otherAffiliations(x, y):
		// "at odds with its chairman", "poured cold water on his own secretary's
		// announcement": the text makes the one answered an officer of the responder's body.
		k.kind = claims.BetweenOfficials
	case sameBody:
		if !linked && !(near(x, y, j.window) || sameDoc && !dated) {
			return nil
		}
		if !linked && k.ground == byStance && sameDoc && x.c.Target != y.c.Target {
			return nil // in one article, officials at odds by stance alone are at odds on one matter
		}
		k.kind = claims.BetweenOfficials
	default:
		// Two parties dispute one matter where the text says one answers the other, or
		// where one article sets their propositions against each other, or a claim beside
		// its denial; otherwise they merely differ.
		if !linked && !(sameDoc && (k.ground != byStance || x.c.Denies || y.c.Denies)) {
			return nil
		}
		if sameDoc && (x.office || y.office) && !(byProp && opp.how == "negation" && samePerson(x.c, x.c.Proposition.Clause, y.c, y.c.Proposition.Clause)) && !otherOffice(x, y) && !otherOffice(y, x) && !(linked && (lk.resp.Found == claims.ByName || lk.resp.Found == claims.Nested || lk.resp.Found == claims.Named)) {
			// "the lord chancellor" of the lede is, likely, the Lord Falconer of the body:
			// a person named by office alone may be the other side itself, unless the
			// response names them or states their words ("distanced himself from the
			// chief executive's statement that …"), or one names the other as the one who
			// will not do what they say he should.
			return nil
		}
		if x.correspondent || y.correspondent {
			// The outlet's correspondent explains the story ("MSPs are advised to guard
			// against a conflict of interest"); they are not a party to it.
			return nil
		}
		k.kind = claims.BetweenSources
		if cabinet {
			k.kind = claims.BetweenOfficials // two ministers of one government
		}
	}
	if k.ground == byProposition && k.kind == claims.SameSpeaker && x.dayKey() != y.dayKey() && (opp.how == "negation" || opp.how == "antonyms") && opp.weight > 0 {
		// One speaker negating on one occasion what they asserted on another: "in no hurry
		// to cut" in September, a cut "very likely" in October. Not one negated main
		// clause against another asserted, which weighs nothing alone: "is not spending a
		// kobo on the subsidy" and "the subsidy is gone" agree.
		k.weight = strong
	}
	if k.ground == byStance && k.kind == claims.BetweenSources && sameDoc && x.c.Denies != y.c.Denies && j.sideBySide(x, y) {
		// A charge and its denial side by side: "Kyiv says it was a war crime … Moscow
		// denies it". Far apart, with others speaking between, a rejection is of
		// something else: "rejected calls to pause the bill" is no answer to a rival's
		// "we back ID cards" paragraphs later.
		k.weight = strong
	}
	if k.ground == byStance && k.kind != claims.BetweenSources && (!sameDoc || dated && x.day != y.day) {
		// Opposite stances of one speaker, or of one body's officials, on one target on two
		// occasions: the ground the first comparer was built on, and sound.
		k.weight = strong
	}
	k.score = j.score(k, dated)
	return k
}

// score ranks a pair: conflicts the text names above clear propositional opposites, and
// those above opposite stances and contrasts.
func (j *judge) score(k *pair, dated bool) float64 {
	var s float64
	switch {
	case k.ground == byResponse && k.resp.Relation.Opposes():
		s = 0.85
		if k.resp.Found == claims.Nearest {
			s = 0.65
		}
		if k.opp.how != "" || taken(k.x.c)*taken(k.y.c) < 0 {
			s += 0.05
		}
	case k.ground == byProposition:
		s = 0.55 + 0.2*k.opp.strength
		if k.opp.weight < strong {
			s -= 0.1
		}
		if k.resp != nil {
			s += 0.05 // and the text sets them against each other
		}
	default:
		s = 0.5
		if k.weight >= strong {
			s += 0.05
		}
		if k.kind != claims.BetweenSources {
			s += 0.05
		}
		if k.x.c.Target != "" && k.x.c.Target == k.y.c.Target {
			s += 0.05
		}
	}
	if dated {
		s += 0.05
	}
	return min(1, s)
}

// taken is the stance a word of c's content takes; an assertion's own polarity is none.
func taken(c *claims.Claim) claims.Polarity {
	if c.Asserted {
		return claims.Neutral
	}
	return c.Polarity
}

// sameStance reports whether x and y take one stance on one target.
func (j *judge) sameStance(x, y *claims.Claim) bool {
	return taken(x)*taken(y) > 0 && x.Target != "" && y.Target != "" && j.lex.aligned(x.Target, y.Target)
}

// restates reports whether x and y say one thing: one predicate, asserted alike, of one
// subject or with an object in common.
func (j *judge) restates(x, y *claims.Claim) bool {
	px, py := &x.Proposition, &y.Proposition
	if px.Predicate == "" || asserts(x) != asserts(y) || !j.lex.same(px.Predicate, py.Predicate) {
		return false
	}
	return px.Subject == py.Subject || pronounSubject[px.Subject] && pronounSubject[py.Subject] || j.lex.sharedObject(px.Clause, py.Clause)
}

// other returns whichever of x and y is not n.
func other(n, x, y *node) *node {
	if n == x {
		return y
	}
	return x
}

// before reports whether a was said before b: on an earlier day, or earlier in one
// document.
func before(a, b *node) bool {
	if !a.day.IsZero() && !b.day.IsZero() && a.day != b.day {
		return a.day.Before(b.day)
	}
	return a.doc == b.doc && a.c.Content.Start < b.c.Content.Start
}

func near(x, y *node, window int) bool {
	return !x.day.IsZero() && !y.day.IsZero() && absDays(x.day, y.day) <= window
}

// aligned reports whether two targets are the same thing: equal, WordNet synonyms, or one
// a kind of the other.
func (l *lexicon) aligned(a, b string) bool {
	if a == b {
		return true
	}
	k := key2(a, b)
	v, ok := l.al[k]
	if !ok {
		v = wordnet.Synonyms(a, b, wordnet.Noun) || wordnet.Related(a, b, wordnet.Noun)
		l.al[k] = v
	}
	return v
}

// reports reports whether claim x reports claim y: "The company is refusing to obey the
// order, the state press said" holds the company's refusal, and does not dispute it.
func reports(x, y *claims.Claim) bool {
	return y.Cue.Len() > 0 && x.Content.Contains(y.Cue.Span)
}

// relays reports whether x is an outlet's report of y's speaker, whose words it holds,
// and y comes through another outlet: "the Daily Star reported that Banda said …" is no
// party against Banda's words as the Herald gives them.
func (j *judge) relays(x, y *node) bool {
	if x.who == y.who || y.c.Via.Name == "" {
		return false // the speaker's own words may dispute the report: "he was misquoted"
	}
	for _, z := range j.byDoc[x.doc] {
		if z != x && z.who == y.who && z.c.Via.Name != "" && sameName(z.c.Via.Name, x.name) && reports(x.c, z.c) {
			return true
		}
	}
	return false
}

// rejectSame reports whether x and y both reject or deny, each in a response of its own,
// things named by a word they share: "a draft law that would oblige …" and "this draft
// law".
func rejectSame(x, y *claims.Claim) bool {
	words := func(c *claims.Claim) []string {
		var out []string
		for _, r := range c.Responses {
			if (r.Relation == claims.Rejects || r.Relation == claims.Denies) && !r.Negated {
				for _, w := range strings.Fields(strings.ToLower(r.Answered.Text)) {
					if len(w) > 3 && !strings.ContainsAny(w, "'’") {
						out = append(out, w)
					}
				}
			}
		}
		return out
	}
	wx, wy := words(x), words(y)
	return len(wx) > 0 && len(wy) > 0 && slices.ContainsFunc(wx, func(w string) bool { return slices.Contains(wy, w) && w != "that" && w != "this" && w != "would" })
}

// nominal reports whether c is a remark stated as a noun: "the chief executive's
// statement that …", "his claim that …".
func nominal(c *claims.Claim) bool {
	return strings.HasSuffix(strings.ToLower(c.Cue.Text), " that")
}

// channel reports whether x is the channel that reports y's words: "the Telegraph
// reported that the Irish pair would oppose the bid" is not the Telegraph against them.
func channel(x, y *node) bool {
	return y.c.Via.Name != "" && sameName(y.c.Via.Name, x.name)
}

// selfSubjects reports whether a reported content speaks of its speaker in its main
// clause: "I", "we", or "he" and "she" of a person.
func selfSubjects(c *claims.Claim) bool {
	switch c.Proposition.Subject {
	case "i", "we":
		return true
	case "he", "she":
		return c.Speaker.Kind == claims.Person
	}
	return false
}

// bareAct reports whether a claim tells only of an act: no clause, no stance, no figure,
// no words of the speaker's own: "presented the award to the film's backers".
func bareAct(c *claims.Claim) bool {
	return c.Proposition.Predicate == "" && c.Polarity == 0 && !c.Quoted && !c.Denies && c.Proposition.Amount.IsZero()
}

// refusal reports whether a claim turns down or withdraws an offer, a bid, a plea: the
// head of the noun phrase it rejects, before any clause that says more of it. A denial ("denied any
// deal was struck") states a fact and is not one.
func refusal(c *claims.Claim) bool {
	if !slices.ContainsFunc(c.Responses, func(r claims.Response) bool { return r.Relation == claims.Rejects || r.Relation == claims.Retracts }) {
		return false
	}
	if c.Quoted {
		return false
	}
	if proposalHead(c.Content.Text) {
		return true
	}
	// "said Poland would not send troops, turning down a request made by France": what
	// the response answers, when its phrase is outside the content.
	return slices.ContainsFunc(c.Responses, func(r claims.Response) bool {
		return (r.Relation == claims.Rejects || r.Relation == claims.Retracts) && !c.Content.Span.Contains(r.Answered.Span) && proposalHead(r.Answered.Text)
	})
}

// proposalHead reports whether the noun phrase that opens s is headed by one of the
// proposals.
func proposalHead(s string) bool {
	for i, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:'\"()")
		if i == 6 {
			break // the head of a noun phrase comes early: "his £25m offer last week"
		}
		if clauseWords[w] {
			break
		}
		if proposals[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// proposals are the things a party puts to another to accept or turn down: a move is
// a transfer or step put to someone ("rejected a move to Southampton").
var proposals = map[string]bool{"offer": true, "bid": true, "request": true, "buyout": true, "takeover": true, "deal": true, "plea": true, "move": true,
	// A court's or a board's rulings on filings: "quashed the corporation's order",
	// "dismissed a petition", "rejected the appeal".
	"order": true, "petition": true, "appeal": true, "application": true, "motion": true, "injunction": true, "lawsuit": true}

// clauseWords open what tells more of a noun than its head: "a plea … that the holder
// should not be a peer", "a move after the club accepted an offer".
var clauseWords = map[string]bool{"that": true, "which": true, "who": true, "after": true, "while": true, "because": true, "as": true, "since": true, "when": true}

// sideBySide reports whether the claims x and y of one document come together: at most
// maxBetween claims between them, none of a third speaker.
func (j *judge) sideBySide(x, y *node) bool {
	lo, hi := min(x.c.Content.Start, y.c.Content.Start), max(x.c.Content.Start, y.c.Content.Start)
	n := 0
	for _, m := range j.byDoc[x.doc] {
		if s := m.c.Content.Start; s > lo && s < hi {
			if n++; n > maxBetween || m.who != x.who && m.who != y.who {
				return false
			}
		}
	}
	return true
}

// maxBetween is how many claims of their own speakers may stand between a charge and its
// denial for them still to be side by side.
const maxBetween = 3

// correspondent reports whether a claim names its speaker a correspondent, in their role
// or in a mention of them: "BBC Scotland's political correspondent Glenn Campbell".
func correspondent(c *claims.Claim) bool {
	is := func(s string) bool {
		return slices.Contains(strings.Fields(strings.ToLower(s)), "correspondent")
	}
	return is(c.Speaker.Role) || is(c.Source.Text) || slices.ContainsFunc(c.Speaker.Aliases, is)
}

// reflexive pronouns name a speaker, not their words.
var reflexive = map[string]bool{"myself": true, "himself": true, "herself": true, "itself": true, "ourselves": true, "themselves": true, "yourself": true}

// namesOther reports whether a claim's subject is a person named in it who is not n's
// speaker: "Mr Blair went back on a pledge" said by Peston.
func namesOther(c *claims.Claim, n *node) bool {
	sub := c.Proposition.Subject
	if sub == "" || pronoun(sub) {
		return false
	}
	for _, nm := range c.Proposition.Names {
		if (nm == sub || strings.HasSuffix(nm, " "+sub)) && !sameName(nm, n.name) {
			return true
		}
	}
	return false
}

// possessor returns the capitalised name that opens what a response answers and owns it,
// "Deutsche Boerse" in "Deutsche Boerse's proposed offer", or "" when none does ("earlier
// comments by Moscow's top diplomat" is owned by the diplomat).
func possessor(answered string) string {
	answered = strings.TrimPrefix(answered, "the ")
	for _, pos := range [...]string{"'s ", "’s "} {
		i := strings.Index(answered, pos)
		if i <= 0 {
			continue
		}
		words := strings.Fields(answered[:i])
		if !slices.ContainsFunc(words, func(w string) bool { return !capitalised(w) }) {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// speaks reports whether the name owner may be n's speaker or the body it speaks for: its
// last word is in their names, or, when that word is a body's noun, the word that says
// which body: "the Health Department's figures" are those of the Director of Health
// Services.
func speaks(n *node, owner string) bool {
	f := strings.Fields(strings.ToLower(owner))
	want := f[len(f)-1:]
	if len(f) > 1 && wordnet.IsA(want[0], "organization", wordnet.Noun) {
		want = nil
		for _, w := range f[:len(f)-1] {
			if !connectorWords[w] && !wordnet.IsA(w, "organization", wordnet.Noun) {
				want = append(want, w)
			}
		}
	}
	for _, s := range append([]string{n.name, n.body, n.c.Speaker.Name, n.c.Speaker.Affiliation, n.c.Speaker.Role}, n.c.Speaker.Aliases...) {
		if slices.ContainsFunc(strings.Fields(strings.ToLower(s)), func(w string) bool { return slices.Contains(want, w) }) {
			return true
		}
	}
	return false
}

var connectorWords = map[string]bool{"of": true, "for": true, "and": true, "the": true, "&": true}

// remark reports whether the head of a noun phrase names something said or felt ("the
// claims", "his comments", "these fears"), as WordNet has it, or it cannot tell: not a
// plan, a move or data.
func (j *judge) remark(np string) bool {
	var head string
	for _, w := range strings.Fields(strings.ToLower(np)) {
		w = strings.Trim(w, ".,;:'\"()")
		if clauseWords[w] || nounEnds[w] {
			break
		}
		head = w
	}
	if head == "" || head == "nothing" || head == "it" || head == "this" || head == "that" || len(wordnet.Synsets(head, wordnet.Noun)) == 0 {
		return true // a bare "that", "it" (WordNet's "IT" is no pronoun); "Nothing could be further from the truth"
	}
	return findings[head] || wordnet.IsA(head, "communication", wordnet.Noun) || wordnet.IsA(head, "feeling", wordnet.Noun)
}

// findings are what an inquiry concludes, and so its authors' words, though WordNet files
// them under cognition or acts: "rubbished the findings", "disputed the assessment".
var findings = map[string]bool{"finding": true, "findings": true, "research": true, "assessment": true, "assessments": true, "calculation": true, "calculations": true, "poll": true, "polls": true}

// ownOfficer reports whether an answered phrase names, after "its", "his", "her" or
// "their" (and "own"), an office: "its chairman", "his own Secretary's announcement",
// "her deputy", "her colleague"; not "his rival's claims", "their critics", "his lawyer".
func ownOfficer(np string) bool {
	f := strings.Fields(strings.ToLower(np))
	if len(f) < 2 || f[0] != "its" && f[0] != "his" && f[0] != "her" && f[0] != "their" {
		return false
	}
	w := f[1]
	if w == "own" && len(f) > 2 {
		w = f[2]
	}
	w = possessiveS.Replace(w)
	return w == "colleague" || w == "colleagues" || wordnet.IsA(w, "leader", wordnet.Noun) || wordnet.IsA(w, "official", wordnet.Noun)
}

// nounEnds close the head of a noun phrase: "the charges against their chairman".
var nounEnds = map[string]bool{"of": true, "against": true, "by": true, "from": true, "about": true, "on": true, "for": true, "to": true, "in": true, "over": true, "with": true, "as": true}

// otherOffice reports whether x, named only by an office, and y, a person the text gives
// another office, are two people: "the prime minister" and "Tory MP Boris Johnson".
func otherOffice(x, y *node) bool {
	if !x.office || y.kind != claims.Person || y.role == "" {
		return false
	}
	rx, ry := strings.ToLower(x.role), strings.ToLower(y.role)
	hx := rx[strings.LastIndexByte(rx, ' ')+1:]
	return governmentOffice(hx) && governmentOffice(rx) && hx != ry[strings.LastIndexByte(ry, ' ')+1:] && !strings.Contains(ry, rx) && !strings.Contains(rx, ry)
}
