package wordnet

import (
	"hash/maphash"
	"slices"
	"strings"
)

// Lemmas returns the base forms of word as part of speech pos that are
// lemmas in WordNet, found with morphy's exception lists and detachment
// rules: "said" → [say], "talks" → [talks talk] (both are nouns),
// "better" as [Adj] → [better good well]. The word itself comes first when it
// is a lemma. With [AnyPOS] the forms for each part of speech are merged, in
// the order noun, verb, adjective, adverb. Lemmas returns nil for a word
// WordNet does not know.
func Lemmas(word string, pos POS) []string {
	d, err := get()
	if err != nil {
		return nil
	}
	w := normalize(word)
	var out []string
	for _, p := range poses(pos) {
		for _, l := range d.morphy(w, p) {
			if !contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// Synonyms reports whether some lemma of a and some lemma of b, taken as
// part of speech pos, share a synset: "halt"/"stop" as verbs,
// "talks"/"negotiations" as nouns.
func Synonyms(a, b string, pos POS) bool {
	d, err := get()
	if err != nil {
		return false
	}
	return intersects(d.synsets(a, pos), d.synsets(b, pos))
}

// Synsets returns the synsets of every lemma of word as part of speech pos, as sorted,
// distinct ids. Two words are [Synonyms] exactly when their synsets [Overlap]: a caller
// that compares one word with many looks each up once.
func Synsets(word string, pos POS) []int32 {
	d, err := get()
	if err != nil {
		return nil
	}
	return d.synsets(word, pos)
}

// Overlap reports whether the sorted sets of synsets a and b share one.
func Overlap(a, b []int32) bool { return intersects(a, b) }

// Antonyms reports whether a and b, taken as part of speech pos, are
// antonyms in WordNet: some lemma of one has an antonym pointer to some
// lemma of the other, or to a synonym of it in one of its senses
// ("stop"/"continue" through "discontinue"), or, for adjectives, to a
// synset one similar-to step away on either side ("shut"/"open" through
// "closed"). Antonymy holds between senses, so a and b may also be synonyms
// in other senses.
func Antonyms(a, b string, pos POS) bool {
	_, opp := AntonymSets(a, pos)
	if len(opp) == 0 {
		return false
	}
	wide, _ := AntonymSets(b, pos)
	return intersects(opp, wide)
}

// AntonymSets returns the synsets of word as part of speech pos with those one
// similar-to step away, and the synsets these have antonym pointers to, both sorted: a
// and b are [Antonyms] exactly when a's opposites [Overlap] b's widened synsets. A caller
// that compares one word with many looks each up once.
func AntonymSets(word string, pos POS) (widened, opposites []int32) {
	d, err := get()
	if err != nil {
		return nil, nil
	}
	widened = d.widen(d.synsets(word, pos), relSimilar)
	for _, s := range widened {
		opposites = append(opposites, d.rels[relAntonym].of(s)...)
	}
	slices.Sort(opposites)
	return widened, opposites
}

// Related reports whether a and b, taken as part of speech pos, are
// synonyms, are linked by a derivational pointer ("+"), or name synsets one
// hypernym step apart (either is a kind or an instance of the other:
// "negotiation"/"discussion"). Derivational links mostly cross parts of
// speech ("decision"/"decide"), so they need [AnyPOS]. The more general
// synset of a hypernym step must not be [broad]: every protection is an
// "activity" and every party a "person", but that makes them no one matter.
func Related(a, b string, pos POS) bool {
	d, err := get()
	if err != nil {
		return false
	}
	sa, sb := d.synsets(a, pos), d.synsets(b, pos)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	if intersects(sa, sb) {
		return true
	}
	for _, s := range sa {
		if intersects(d.rels[relDerivation].of(s), sb) || d.kindOf(s, sb) {
			return true
		}
	}
	for _, s := range sb {
		if d.kindOf(s, sa) {
			return true
		}
	}
	return false
}

// broad is the number of direct kinds from which a synset is a category too broad for its
// kinds to be one matter with it: "activity" has 76, "person" 402, "discussion" 7.
const broad = 40

// kindOf reports whether a hypernym of synset s is in the sorted list ts, and not broad.
func (d *db) kindOf(s int32, ts []int32) bool {
	for _, h := range d.rels[relHypernym].of(s) {
		if _, ok := slices.BinarySearch(ts, h); ok && d.kinds(h) < broad {
			return true
		}
	}
	return false
}

// kinds returns the number of synsets whose hypernym is s.
func (d *db) kinds(s int32) int {
	d.kindsOnce.Do(func() {
		a := d.rels[relHypernym]
		d.nKinds = make([]int32, len(a.off))
		for _, t := range a.to {
			d.nKinds[t]++
		}
	})
	return int(d.nKinds[s])
}

// poses lists the parts of speech pos stands for.
func poses(pos POS) []POS {
	switch pos {
	case AnyPOS:
		return []POS{Noun, Verb, Adj, Adv}
	case Noun, Verb, Adj, Adv:
		return []POS{pos}
	}
	return nil
}

// index returns the position of the normalized word w among the words, or -1.
func (d *db) index(w string) int {
	mask := uint64(len(d.slots) - 1)
	for k := maphash.String(d.seed, w) & mask; d.slots[k] != 0; k = (k + 1) & mask {
		if i := int(d.slots[k] - 1); d.word(i) == w {
			return i
		}
	}
	return -1
}

// sensesOf returns the synsets of the lemma w with part of speech p (not
// AnyPOS), sorted.
func (d *db) sensesOf(w string, p POS) []int32 {
	i := d.index(w)
	if i < 0 {
		return nil
	}
	all := d.senses[d.senseOff[i]:d.senseOff[i+1]]
	lo, _ := slices.BinarySearch(all, d.posStart[p])
	hi, _ := slices.BinarySearch(all, d.posStart[p+1])
	return all[lo:hi]
}

func (d *db) has(w string, p POS) bool { return len(d.sensesOf(w, p)) > 0 }

// synsets returns the synsets, sorted and distinct, of every lemma of word
// as part of speech pos.
func (d *db) synsets(word string, pos POS) []int32 {
	w := normalize(word)
	var out []int32
	for _, p := range poses(pos) {
		for _, l := range d.morphy(w, p) {
			out = append(out, d.sensesOf(l, p)...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// widen adds to the sorted set s the synsets one rel step away.
func (d *db) widen(s []int32, rel int) []int32 {
	out := slices.Clone(s)
	for _, x := range s {
		out = append(out, d.rels[rel].of(x)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// intersects reports whether the sorted sets a and b share an element.
func intersects(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] < b[0] || b[len(b)-1] < a[0] {
		return false // most pairs of words: sets far apart
	}
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			return true
		}
	}
	return false
}

// Senses returns the synsets of every lemma of word as part of speech pos, and the synsets
// one hypernym step above them, as sorted, distinct ids. Two words that share an id are
// synonyms, one is a kind of the other, or both are kinds of one thing: a cheap key for
// gathering words that may be related before checking with [Related].
func Senses(word string, pos POS) []int32 {
	d, err := get()
	if err != nil {
		return nil
	}
	return d.widen(d.synsets(word, pos), relHypernym)
}

// IsA reports whether some sense of word, as part of speech pos, is through hypernym
// links a kind or an instance of some sense of ancestor: "commissioner" and "coach" are
// kinds of "person", "ministry" of "organization". The hypernyms are followed up to
// maxKindDepth steps.
func IsA(word, ancestor string, pos POS) bool {
	d, err := get()
	if err != nil {
		return false
	}
	if kinds, ok := d.kindsOf(ancestor, pos); ok {
		for _, s := range d.synsets(word, pos) {
			if kinds.has(s) {
				return true
			}
		}
		return false
	}
	return d.isA(word, ancestor, pos)
}

// maxKindDepth is the number of hypernym steps IsA follows.
const maxKindDepth = 19

// isA is IsA walking up from the senses of word, for an ancestor kindsOf does not keep.
func (d *db) isA(word, ancestor string, pos POS) bool {
	want := d.synsets(ancestor, pos)
	if len(want) == 0 {
		return false
	}
	// A word's hypernyms up to the root are a few dozen synsets: a list holds them.
	var seenBuf, nextBuf [64]int32
	seen, next := seenBuf[:0], nextBuf[:0]
	frontier := d.synsets(word, pos) // a new slice, reused for the next level but one
	for depth := 0; depth <= maxKindDepth && len(frontier) > 0; depth++ {
		for _, s := range frontier {
			if slices.Contains(seen, s) {
				continue
			}
			seen = append(seen, s)
			if _, ok := slices.BinarySearch(want, s); ok {
				return true
			}
			next = append(next, d.rels[relHypernym].of(s)...)
		}
		frontier, next = next, frontier[:0]
	}
	return false
}

// kindSet marks, one bit a synset, the synsets at most maxKindDepth hypernym steps below
// a sense of some word: those that are a kind of it.
type kindSet []uint64

func (k kindSet) has(s int32) bool { return k[s>>6]&(1<<(s&63)) != 0 }

// maxKindSets bounds the ancestors whose kinds are kept, 15 kB each; callers ask of a
// dozen.
const maxKindSets = 64

// kindsOf returns the kinds of ancestor as part of speech pos, found once by walking down
// from its senses, and whether it keeps them.
func (d *db) kindsOf(ancestor string, pos POS) (kindSet, bool) {
	type key struct {
		ancestor string
		pos      POS
	}
	if v, ok := d.kindSets.Load(key{ancestor, pos}); ok {
		return v.(kindSet), true
	}
	if d.nKindSets.Load() >= maxKindSets || d.nKindSets.Add(1) > maxKindSets {
		return nil, false
	}
	d.hyponymsOnce.Do(func() {
		up := &d.rels[relHypernym]
		d.hyponyms.off = make([]int32, len(up.off))
		for _, t := range up.to {
			d.hyponyms.off[t+1]++
		}
		for s := 1; s < len(up.off); s++ {
			d.hyponyms.off[s] += d.hyponyms.off[s-1]
		}
		d.hyponyms.to = make([]int32, len(up.to))
		next := slices.Clone(d.hyponyms.off)
		for s := range int32(len(up.off) - 1) {
			for _, t := range up.of(s) {
				d.hyponyms.to[next[t]] = s
				next[t]++
			}
		}
	})
	kinds := make(kindSet, (len(d.rels[relHypernym].off)+63)/64)
	frontier := d.synsets(ancestor, pos)
	for depth := 0; depth <= maxKindDepth && len(frontier) > 0; depth++ {
		var next []int32
		for _, s := range frontier {
			if !kinds.has(s) {
				kinds[s>>6] |= 1 << (s & 63)
				next = append(next, d.hyponyms.of(s)...)
			}
		}
		frontier = next
	}
	v, _ := d.kindSets.LoadOrStore(key{strings.Clone(ancestor), pos}, kinds)
	return v.(kindSet), true
}
