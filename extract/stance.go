package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// stanceLex is the parsed form of data/stance.txt and data/framing.txt.
type stanceLex struct {
	pos, neg, negation, generic, anaphor, attitude map[string]bool
	degree, agree                                  [][]string // phrases as words
}

func parseStance(lx *lexicon) error {
	st := stanceLex{pos: map[string]bool{}, neg: map[string]bool{}, negation: map[string]bool{}, generic: map[string]bool{}, anaphor: map[string]bool{}, attitude: map[string]bool{}}
	section := ""
	err := eachLine("data/stance.txt", func(line string, n int) error {
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			return nil
		}
		switch section {
		case "for":
			st.pos[line] = true
		case "against":
			st.neg[line] = true
		case "negation":
			st.negation[line] = true
		case "generic":
			st.generic[line] = true
		case "anaphor":
			st.anaphor[line] = true
		case "attitude":
			st.attitude[line] = true
		case "degree":
			st.degree = append(st.degree, strings.Fields(line))
		case "agree":
			st.agree = append(st.agree, strings.Fields(line))
		default:
			return errUnknownSection(section)
		}
		return nil
	})
	if err != nil {
		return err
	}
	lx.stance = st
	return err
}

type errUnknownSection string

func (e errUnknownSection) Error() string { return "unknown section or line " + string(e) }

// stanceOf reads the target and polarity of a claim's content. prev is the target of the
// claim before it in the document, for anaphors ("denies the charge").
type stance struct {
	target   string
	holder   string
	polarity claims.Polarity
	asserted bool // no stance word: polarity is the assertion's own
	agrees   bool // "voiced the same stance": takes the polarity of the speaker's last claim
	prop     claims.Proposition
	more     []claims.Span // the text of each of prop.More but the "without" clauses after them
}

// contentWords are the words of a claim's content with their lemmas.
type lemmaWord struct {
	word
	lemmas []string    // WordNet base forms, any part of speech, the word itself first
	noun   bool        // WordNet knows it as a noun
	entry  *lemmaEntry // what the memo knows of the word; nil for a mark
}

// lemmaMemo keeps WordNet look-ups: news repeats its words, within an article and from
// one to the next.
type lemmaMemo struct {
	words     map[string]*lemmaEntry
	compounds map[string]string // "war crimes" → "war crime"; "" when WordNet lacks it
}

type lemmaEntry struct {
	lemmas []string // the word itself, then its base forms
	noun   bool     // WordNet knows it as a noun
	noun0  string   // its first noun lemma, if noun
	// Its base form as each part of speech, "" for none: see lemmaAs and baseForm.
	last [wordnet.Adv + 1]string
}

// lemmaMemos hands memos from document to document. A memo caches a function of the word
// alone, so which memo a document gets changes its time, never its claims. Unlike a
// sync.Pool's, the memos kept here outlive garbage collections, which on a large corpus
// come every few hundred documents.
var lemmaMemos struct {
	sync.Mutex
	free []*lemmaMemo
}

// maxMemo bounds a memo's words, so that a memo kept for the next document stays small
// on any corpus: a full memo keeps the words it has, the commonest, met first, and adds no
// more. maxMemos bounds the memos kept.
const (
	maxMemo  = 1 << 15
	maxMemos = 16
)

// takeMemo returns a memo for one document; putMemo gives it back.
func takeMemo() *lemmaMemo {
	lemmaMemos.Lock()
	defer lemmaMemos.Unlock()
	if n := len(lemmaMemos.free); n > 0 {
		m := lemmaMemos.free[n-1]
		lemmaMemos.free = lemmaMemos.free[:n-1]
		return m
	}
	return &lemmaMemo{words: map[string]*lemmaEntry{}, compounds: map[string]string{}}
}

func putMemo(m *lemmaMemo) {
	lemmaMemos.Lock()
	defer lemmaMemos.Unlock()
	if len(lemmaMemos.free) < maxMemos {
		lemmaMemos.free = append(lemmaMemos.free, m)
	}
}

func (m *lemmaMemo) get(low string) *lemmaEntry {
	if e, ok := m.words[low]; ok {
		return e
	}
	// The word is copied, since the memo outlives the document it is a slice of, before
	// WordNet returns it as its own lemma.
	low = strings.Clone(low)
	// wordnet.Lemmas(low, wordnet.AnyPOS), the parts of speech taken one by one so that
	// the nouns are looked up once.
	nouns := wordnet.Lemmas(low, wordnet.Noun)
	e := &lemmaEntry{lemmas: append([]string{low}, nouns...), noun: len(nouns) > 0}
	if e.noun {
		e.noun0 = nouns[0]
		e.last[wordnet.Noun] = baseForm(low, nouns)
	}
	for _, p := range []wordnet.POS{wordnet.Verb, wordnet.Adj, wordnet.Adv} {
		ls := wordnet.Lemmas(low, p)
		for _, l := range ls {
			if !slices.Contains(e.lemmas[1:], l) {
				e.lemmas = append(e.lemmas, l)
			}
		}
		if len(ls) > 0 {
			e.last[p] = baseForm(low, ls)
		}
	}
	e.lemmas = slices.Clip(e.lemmas)
	if len(m.words)+len(m.compounds) < maxMemo {
		m.words[low] = e
	}
	return e
}

// compound returns the first noun lemma of the two words a and b as one, "" if WordNet
// has none.
func (m *lemmaMemo) compound(a, b string) string {
	k := a + " " + b
	l, ok := m.compounds[k]
	if !ok {
		if ls := wordnet.Lemmas(k, wordnet.Noun); len(ls) > 0 {
			l = ls[0]
		}
		if len(m.words)+len(m.compounds) < maxMemo {
			m.compounds[k] = l
		}
	}
	return l
}

// lemmatise looks up the base forms of ws. A word is a noun when the tagger says so (any
// capitalised word in a headline, where title case hides proper names) and WordNet knows it.
func lemmatise(ws []word, headline bool, memo *lemmaMemo) []lemmaWord {
	out := make([]lemmaWord, 0, len(ws))
	for _, w := range ws {
		lw := lemmaWord{word: w}
		if !w.punc {
			e := memo.get(w.low)
			lw.lemmas, lw.entry = e.lemmas, e
			tagNoun := w.tag == "NN" || w.tag == "NNS" || headline && strings.HasPrefix(w.tag, "NNP")
			lw.noun = tagNoun && e.noun
			if headline {
				lw.cap = false
			}
		}
		out = append(out, lw)
	}
	return out
}

// rejects reports whether a cue verb, with any particle, denies its object: "rejected",
// "threw out", "vetoed".
func (st *stanceLex) rejects(cue []word, memo *lemmaMemo) bool {
	if len(cue) == 0 {
		return false
	}
	for _, l := range memo.get(cue[0].low).lemmas {
		if st.neg[l] || len(cue) > 1 && st.neg[l+" "+cue[1].low] {
			return true
		}
	}
	return false
}

func (st *stanceLex) has(set map[string]bool, lw lemmaWord) bool {
	for _, l := range lw.lemmas {
		if set[l] {
			return true
		}
	}
	return false
}

var clauseBreaks = map[string]bool{";": true, "but": true, "although": true, "though": true, "whereas": true, "however": true}

// segments splits ws into clauses: at sentence ends, commas, semicolons, contrastive
// conjunctions and clauses of purpose or reason, and at a colon when colon is set (clauses
// of a proposition, not of a stance). It returns the start index of each.
func segments(ws []lemmaWord, colon bool) []int {
	out := []int{0}
	for i, w := range ws {
		// "but to" is "except to": "no choice but to lower it" is one clause
		except := w.low == "but" && i+2 < len(ws) && ws[i+1].low == "to" && ws[i+2].tag == "VB"
		cut := w.text == "," || w.text == ";" || w.text == "." || w.text == "?" || w.text == "!" || clauseBreaks[w.low] && !except ||
			w.low == "because" || w.low == "if" || w.low == "unless" || colon && w.text == ":" ||
			(w.low == "and" || w.low == "but") && i+1 < len(ws) && ws[i+1].low == "that" ||
			w.low == "in" && i+2 < len(ws) && ws[i+1].low == "order" && ws[i+2].low == "to"
		if cut && i+1 < len(ws) && out[len(out)-1] != i+1 {
			out = append(out, i+1)
		}
	}
	return out
}

// polarity reads the polarity of the clause that holds the target (at index target, or -1),
// or else of the first clause with a stance word: the product of its stance words' signs,
// flipped by each negation ("no reason not to restart" is for restarting). It returns the
// index of that clause's first stance word.
func (st *stanceLex) polarity(ws []lemmaWord, target int) (claims.Polarity, int) {
	segs := segments(ws, false)
	bounds := func(k int) (int, int) {
		if k+1 < len(segs) {
			return segs[k], segs[k+1]
		}
		return segs[k], len(ws)
	}
	if target >= 0 {
		for k := range segs {
			if a, b := bounds(k); a <= target && target < b {
				if p, at, ok := st.clausePolarity(ws, a, b, target); ok {
					return p, at
				}
			}
		}
	}
	for k := range segs {
		a, b := bounds(k)
		if target >= 0 && sentenceBetween(ws, min(a, target), max(b, target+1)) {
			continue // a stance in another sentence of a quotation says nothing of the target
		}
		if p, at, ok := st.clausePolarity(ws, a, b, target); ok {
			return p, at
		}
	}
	return claims.Neutral, -1
}

// sentenceBetween reports whether a sentence ends among ws[a:b-1].
func sentenceBetween(ws []lemmaWord, a, b int) bool {
	for i := a; i < b-1 && i < len(ws); i++ {
		if t := ws[i].text; t == "." || t == "?" || t == "!" {
			return true
		}
	}
	return false
}

func (st *stanceLex) clausePolarity(ws []lemmaWord, a, b, target int) (claims.Polarity, int, bool) {
	if a > 0 && (ws[a-1].low == "if" || ws[a-1].low == "unless") {
		return claims.Neutral, -1, false // a condition states no stance
	}
	negs, neither, sign, first := 0, false, 1, -1
	for i := a; i < b; i++ {
		w := ws[i]
		if st.negation[w.low] || strings.HasSuffix(w.low, "n't") || strings.HasSuffix(w.low, "n’t") {
			if w.low == "nor" && neither {
				continue
			}
			neither = neither || w.low == "neither"
			negs++
			continue
		}
		if i > 0 && (ws[i-1].low == "who" || ws[i-1].low == "which") {
			continue // "those who reject them": a stance inside a relative clause
		}
		if i == target+1 && w.low == "to" {
			// "negotiations to end the conflict … are ongoing": the infinitive modifies
			// the target; the predicate comes after it.
			for i+1 < b && !auxWords[ws[i+1].low] {
				i++
			}
			continue
		}
		s, n := st.signAt(ws, i)
		if s == 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		sign *= s
		i += n - 1
	}
	if first < 0 {
		return claims.Neutral, -1, false
	}
	if negs%2 == 1 {
		if st.degreeIn(ws[a:b]) {
			return claims.Neutral, first, true // "not progressing as rapidly as it would like"
		}
		sign = -sign
	}
	return claims.Polarity(sign), first, true
}

// signAt returns the sign of the stance word or two-word phrase at ws[i], and its length.
func (st *stanceLex) signAt(ws []lemmaWord, i int) (int, int) {
	if i+1 < len(ws) && ws[i+1].low == "of" && positionNouns2[ws[i].low] {
		return 0, 1 // "by the end of the year": a time, not a stance
	}
	if i+1 < len(ws) {
		for _, l := range ws[i].lemmas {
			two := l + " " + ws[i+1].low
			if st.pos[two] {
				return 1, 2
			}
			if st.neg[two] {
				return -1, 2
			}
		}
	}
	switch {
	case st.has(st.neg, ws[i]):
		return -1, 1
	case st.has(st.pos, ws[i]):
		return 1, 1
	}
	return 0, 1
}

func (st *stanceLex) degreeIn(ws []lemmaWord) bool {
	// "as rapidly or energetically as": a comparison of degree.
	for i, w := range ws {
		if w.low != "as" {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+4; j++ {
			if ws[j].low == "as" {
				return true
			}
		}
	}
	for _, p := range st.degree {
		for i := 0; i+len(p) <= len(ws); i++ {
			ok := true
			for k, pw := range p {
				if ws[i+k].low != pw && !(len(ws[i+k].lemmas) > 1 && ws[i+k].lemmas[1] == pw) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func phraseAt(ws []lemmaWord, i int, p []string) bool {
	if i+len(p) > len(ws) {
		return false
	}
	for k, pw := range p {
		if ws[i+k].low != pw {
			return false
		}
	}
	return true
}

// target picks the noun of the content the claim is about: the one the document talks
// about most (salience), else the first. Anaphors take the previous claim's target.
func (st *stanceLex) target(ws []lemmaWord, lx *lexicon, salience func(string) int, prev string, memo *lemmaMemo) (string, int) {
	best, bestN, bestAt := "", -1, -1
	for i, w := range ws {
		if !w.noun || w.cap || w.punc || st.generic[w.low] || isPronoun(w.word) || determiners[w.low] || st.negation[w.low] {
			continue
		}
		if _, isCue := lx.cues[w.low]; isCue && !st.anaphor[w.low] {
			continue
		}
		if st.anaphor[w.low] && i <= 2 && i > 0 && anaphorDet[ws[i-1].low] && prev != "" {
			return prev, i // "denies the charge": the charge made in the claim before
		}
		key := nounKey(ws, i, memo)
		if n := salience(key); n > bestN {
			best, bestN, bestAt = key, n, i
		}
	}
	return best, bestAt
}

// nounKey returns the noun lemma at ws[i], joined with the next word where WordNet knows
// the compound ("war crimes" → "war crime").
func nounKey(ws []lemmaWord, i int, memo *lemmaMemo) string {
	if i+1 < len(ws) && !ws[i+1].punc {
		if l := memo.compound(ws[i].low, ws[i+1].low); l != "" {
			return l
		}
	}
	if l := memo.get(ws[i].low).noun0; l != "" {
		return l
	}
	return ws[i].low
}

// nounsOf returns the noun keys of ws, for the document's salience count.
func (st *stanceLex) nounsOf(ws []lemmaWord, lx *lexicon, memo *lemmaMemo) []string {
	var out []string
	for i, w := range ws {
		if !w.noun || w.cap || w.punc || st.generic[w.low] || isPronoun(w.word) || determiners[w.low] || st.anaphor[w.low] {
			continue
		}
		if _, isCue := lx.cues[w.low]; isCue {
			continue
		}
		out = append(out, nounKey(ws, i, memo))
	}
	return out
}

// agrees reports whether the content takes another claim's stance: "the same stance".
func (st *stanceLex) agrees(ws []lemmaWord) bool {
	for i := range ws {
		for _, p := range st.agree {
			if phraseAt(ws, i, p) {
				return true
			}
		}
	}
	return false
}

// holder returns the country of the actor that holds the stance in the clause before the
// stance word at i, when it is not the speaker's own ("Kyiv does not need them").
func holderOf(ws []lemmaWord, i int, lx *lexicon, sp claims.Speaker) string {
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		w := ws[j]
		if w.punc && w.text != "“" || w.low == "that" {
			break
		}
		if !w.cap {
			continue
		}
		if c, ok := lx.places[w.low]; ok {
			if j > 0 && prepositions[ws[j-1].low] {
				continue // "negotiations with Kyiv": not who holds the stance
			}
			// "Russia and Ukraine", "the two sides": both parties hold it together.
			if j > 0 && (ws[j-1].low == "and" || ws[j-1].low == "&") || j+1 < len(ws) && ws[j+1].low == "and" {
				return ""
			}
			if c == sp.Affiliation || strings.EqualFold(w.text, sp.Name) {
				return ""
			}
			return c
		}
	}
	return ""
}

// stances reads target and polarity for each attribution of a document, in order.
func (a *analyser) stances(ats []attribution, units []unit) []stance {
	st := &a.lx.stance
	lws := make([][]lemmaWord, len(ats))
	memo := takeMemo()
	defer putMemo(memo)
	salience := map[string]int{}
	// Nouns that are synonyms count as one; the first met names the group. Only the first
	// maxCanon groups are searched, so a long document stays linear.
	const maxCanon = 64
	var canon []string
	var canonSyn [][]int32 // the synsets of canon, looked up once
	group := map[string]string{}
	canonical := func(k string) string {
		if c, ok := group[k]; ok {
			return c
		}
		syn := wordnet.Synsets(k, wordnet.Noun)
		for i, c := range canon {
			if wordnet.Overlap(canonSyn[i], syn) {
				group[k] = c
				return c
			}
		}
		if len(canon) < maxCanon {
			canon = append(canon, k)
			canonSyn = append(canonSyn, syn)
		}
		group[k] = k
		return k
	}
	for i, at := range ats {
		lws[i] = lemmatise(at.words, at.headline, memo)
		for _, k := range st.nounsOf(lws[i], a.lx, memo) {
			salience[canonical(k)]++
		}
	}
	out := make([]stance, len(ats))
	last := map[string]claims.Polarity{}
	prevTarget := ""
	for i, at := range ats {
		ws := lws[i]
		t, ti := st.target(ws, a.lx, func(k string) int { return salience[canonical(k)] }, prevTarget, memo)
		if at.antecedent != nil {
			t, ti = "", -1
			if lw := lemmatise([]word{*at.antecedent}, false, memo); lw[0].noun && !st.generic[lw[0].low] {
				t = nounKey(lw, 0, memo)
			}
		}
		p, at0 := st.polarity(ws, ti)
		if at.class == cueBroad && st.rejects(scanWords(a.text, at.cue), memo) {
			p = claims.Against // "struck down a law that would have banned …": against the law
		} else if at.class == cueDeny {
			if p == claims.Neutral {
				p = claims.For
			}
			p = -p
		}
		noSide := at.negated || strings.HasSuffix(at.content.In(a.text), "?") || noComment(at.content.In(a.text))
		if noSide {
			p = claims.Neutral // "did not deny that …", "asked: should the UK approve …?", "declined to comment on …" take no side
		}
		s := stance{polarity: p}
		if st.agrees(ws) {
			s.agrees = true
			if lp, ok := last[at.speaker.Key()]; ok {
				s.polarity = lp
			}
		}
		if t != "" {
			t = canonical(t)
		}
		s.target = t
		if at.class == cueAccuse {
			s.holder = a.accused(ws, at.speaker)
		} else if at0 >= 0 && (st.has(st.attitude, ws[at0]) || at0+1 < len(ws) && st.attitude[ws[at0].lemmas[len(ws[at0].lemmas)-1]+" "+ws[at0+1].low]) {
			s.holder = holderOf(ws, at0, a.lx, at.speaker)
		}
		s.prop, s.more = st.proposition(ws)
		// A person, known by a full name (a lone "Kestrel" may yet prove a firm), is never "it".
		if s.prop.Subject == "it" && at.speaker.Kind == claims.Person && strings.Contains(at.speaker.Name, " ") && !extraposed(ws) {
			if ante := a.itAntecedent(at, units, memo); ante != "" {
				s.prop.Subject, s.prop.Refers = ante, true // "He said it remained justified": the rebate
				if i, found := slices.BinarySearch(s.prop.Terms, ante); !found {
					s.prop.Terms = slices.Insert(s.prop.Terms, i, ante)
				}
			}
		}
		if cueDenies(a.text, at.cue, at.negated) {
			// "60% did not think the lawsuits would benefit musicians", "doubted the pound
			// would recover": a denied belief holds the opposite, as "I don't think the
			// lawsuits will" does.
			s.prop.Negated = !s.prop.Negated
		}
		if s.polarity != claims.Neutral {
			last[at.speaker.Key()] = s.polarity
		} else if !noSide && !s.agrees {
			s.asserted, s.polarity = true, claims.For
			if s.prop.Negated {
				s.polarity = claims.Against
			}
		}
		if t != "" {
			prevTarget = t
		}
		out[i] = s
	}
	return out
}

// itAntecedent returns the thing "it" opens the content of at with stands for, when a
// person says it: the last common noun before the claim's own source and cue, in its
// sentence or the one before in its paragraph ("… veto any bid to reduce the rebate
// secured by Margaret Thatcher in 1984. He said it remained justified"). Names, times,
// figures and people are passed over; "" when none is found.
func (a *analyser) itAntecedent(at attribution, units []unit, memo *lemmaMemo) string {
	end := at.content.Start
	for _, s := range []claims.Span{at.source, at.cue} {
		if !s.IsZero() && s.Start < end {
			end = s.Start
		}
	}
	u := units[at.unit]
	start := u.span.Start
	if at.unit > 0 && units[at.unit-1].para == u.para {
		start = units[at.unit-1].span.Start
	}
	if end <= start {
		return ""
	}
	ws := a.scanned(claims.Span{Start: start, End: end})
	// The text before the claim is not tagged: a noun is a word WordNet knows as one,
	// right after a determiner, and not the first of a compound ("the rebate secured").
	isNoun := func(w word) bool { return !w.cap && !w.punc && memo.get(w.low).noun }
	onlyNoun := func(w word) bool {
		e := memo.get(w.low)
		return isNoun(w) && e.last[wordnet.Verb] == "" && e.last[wordnet.Adj] == ""
	}
	for i := len(ws) - 1; i > 0; i-- {
		w := ws[i]
		if !determiners[ws[i-1].low] || !isNoun(w) || i+1 < len(ws) && onlyNoun(ws[i+1]) || months[w.low] || weekdays[w.low] {
			continue
		}
		n := memo.get(w.low).last[wordnet.Noun] // lemmaAs's noun, never "" for a noun
		if strings.HasSuffix(w.low, "s") && n != w.low || wordnet.IsA(n, "person", wordnet.Noun) || wordnet.IsA(n, "time period", wordnet.Noun) || wordnet.IsA(n, "organization", wordnet.Noun) {
			continue // not "it": a plural, someone, a time or a body
		}
		return n
	}
	return ""
}

// extraposed reports whether the first "it" of ws holds a place for a clause after it:
// "it is clear that …", "frankly, it was important to …", "it remains to be seen", "it
// was he who requested the talks".
func extraposed(ws []lemmaWord) bool {
	at := slices.IndexFunc(ws, func(w lemmaWord) bool { return w.low == "it" })
	if at < 0 {
		return false
	}
	for i := at + 1; i < len(ws) && i <= at+5; i++ {
		if ws[i].low == "that" || ws[i].low == "to" || ws[i].low == "whether" || ws[i].low == "if" || ws[i].low == "for" || ws[i].low == "who" || ws[i].low == "which" {
			return true
		}
		if ws[i].punc {
			return false
		}
	}
	return false
}

var prepositions = map[string]bool{"with": true, "in": true, "to": true, "from": true, "on": true, "at": true, "of": true, "against": true, "for": true, "by": true, "into": true, "between": true, "over": true, "about": true, "toward": true, "towards": true}

// accused returns who an accusation is against: the phrase that opens its content
// ("Ukraine of lacking will", "the West trying to derail"), as a country when it is one.
func (a *analyser) accused(ws []lemmaWord, sp claims.Speaker) string {
	var plain []word
	for _, w := range ws {
		if w.punc || w.low == "of" || strings.HasPrefix(w.tag, "VB") {
			break
		}
		plain = append(plain, w.word)
	}
	if len(plain) == 0 {
		return ""
	}
	m, ok := a.lx.readMention(plain)
	if !ok {
		return ""
	}
	if m.country != "" {
		if m.country == sp.Affiliation {
			return ""
		}
		return m.country
	}
	if m.name != "" {
		return m.name
	}
	return m.text
}

var anaphorDet = map[string]bool{"the": true, "these": true, "those": true, "such": true, "this": true, "that": true}

// positionNouns2 are nouns that, followed by "of", name a point in time or order.
var positionNouns2 = map[string]bool{"end": true, "start": true, "beginning": true, "close": true, "middle": true, "rest": true}

// noComment reports whether a content is a refusal to say anything: "(declined) to comment
// on whether they would return with an improved offer", "(refused) to be drawn on …".
func noComment(content string) bool {
	c := strings.ToLower(content)
	return strings.HasPrefix(c, "to comment") || strings.HasPrefix(c, "to be drawn") || strings.HasPrefix(c, "to say whether") || strings.HasPrefix(c, "to confirm or deny")
}
