package wordnet

import (
	_ "embed"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
)

//go:embed wordnet30.bin
var embedded string

// Relations stored per synset; the order matches gen.go.
const (
	relAntonym    = iota // "!" between any members, both directions
	relSimilar           // "&" adjective similar-to, both directions
	relHypernym          // "@" and "@i", towards the more general synset
	relDerivation        // "+" between any members, both directions
	numRel
)

// symmetric marks the relations stored once per pair.
var symmetric = [numRel]bool{relAntonym: true, relSimilar: true, relDerivation: true}

// db is the parsed tables. They are never modified after decode returns; only the memo
// of kinds grows.
type db struct {
	// The words, sorted, distinct, lower case, spaces between words, one after the other:
	// word i ends at wordEnd[i]. Offsets rather than strings give the collector no
	// pointers to follow.
	words    string
	wordEnd  []int32
	slots    []int32 // open addressing on a word's hash: 1 + its index; 0 when free
	seed     maphash.Seed
	senseOff []int32        // senses of words[i] are senses[senseOff[i]:senseOff[i+1]]
	senses   []int32        // synset ids, sorted within each word
	posStart [Adv + 2]int32 // synsets of part of speech p are ids posStart[p] to posStart[p+1]-1
	rels     [numRel]adjacency
	exc      [Adv + 1]map[string][]string // exc[p][form] lists the base forms of an irregular form

	kindsOnce sync.Once
	nKinds    []int32 // nKinds[s] is the number of synsets whose hypernym is s

	hyponymsOnce sync.Once
	hyponyms     adjacency    // relHypernym reversed, for kindsOf
	kindSets     sync.Map     // see kindsOf
	nKindSets    atomic.Int32 // entries stored in kindSets, at most maxKindSets
}

// word returns word i.
func (d *db) word(i int) string {
	start := int32(0)
	if i > 0 {
		start = d.wordEnd[i-1]
	}
	return d.words[start:d.wordEnd[i]]
}

// indexWords builds the hash index of the words, whose load it keeps at most a half.
func (d *db) indexWords() {
	d.seed = maphash.MakeSeed()
	d.slots = make([]int32, 1<<bits.Len(uint(2*len(d.wordEnd))))
	mask := uint64(len(d.slots) - 1)
	for i := range d.wordEnd {
		k := maphash.String(d.seed, d.word(i)) & mask
		for d.slots[k] != 0 {
			k = (k + 1) & mask
		}
		d.slots[k] = int32(i + 1)
	}
}

// adjacency holds, for each synset, a sorted list of target synsets.
type adjacency struct {
	off []int32 // targets of s are to[off[s]:off[s+1]]
	to  []int32
}

func (a *adjacency) of(s int32) []int32 { return a.to[a.off[s]:a.off[s+1]] }

// Load parses the embedded tables if that has not yet been done and reports
// whether they could be read. The other functions call it; calling it first
// moves the cost (a few tens of milliseconds) to a time of the caller's
// choosing and surfaces the error that they would otherwise hide.
func Load() error {
	_, err := get()
	return err
}

var get = sync.OnceValues(func() (*db, error) { return parse(embedded) })

// parse reads a file written by gen.go: "#" header lines, an empty line, and
// the tables.
func parse(file string) (*db, error) {
	i := 0
	for {
		if i >= len(file) || file[i] != '#' {
			return nil, errors.New("wordnet: data: missing header")
		}
		nl := strings.IndexByte(file[i:], '\n')
		if nl < 0 {
			return nil, errors.New("wordnet: data: unterminated header")
		}
		i += nl + 1
		if i < len(file) && file[i] == '\n' {
			i++
			break
		}
	}
	return decode(file[i:])
}

// decoder reads varints and strings from the tables, remembering the first
// error; after one, every read returns zero.
type decoder struct {
	s   string
	pos int
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("wordnet: data: offset %d: %s", d.pos, msg)
		d.pos = len(d.s) // nothing more is read
	}
}

func (d *decoder) uvarint() uint64 {
	// Most numbers in the tables take one byte. After an error pos is at the end.
	if p := d.pos; p < len(d.s) && d.s[p] < 0x80 {
		d.pos = p + 1
		return uint64(d.s[p])
	}
	return d.uvarintSlow()
}

func (d *decoder) uvarintSlow() uint64 {
	var v uint64
	for shift := 0; d.err == nil; shift += 7 {
		if d.pos >= len(d.s) || shift > 63 {
			d.fail("bad varint")
			break
		}
		c := d.s[d.pos]
		d.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	return 0
}

// count reads a number that must not exceed limit.
func (d *decoder) count(limit int, what string) int {
	v := d.uvarint()
	if v > uint64(limit) {
		d.fail(what + " out of range")
		return 0
	}
	return int(v)
}

func (d *decoder) string() string {
	v := d.uvarint()
	if v > uint64(len(d.s)-d.pos) {
		d.fail("string length out of range")
		return ""
	}
	n := int(v)
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}

func decode(s string) (*db, error) {
	if !strings.HasPrefix(s, "WN30") {
		return nil, errors.New("wordnet: data: bad magic")
	}
	d := &decoder{s: s, pos: 4}
	if v := d.uvarint(); v != 2 {
		d.fail(fmt.Sprintf("version %d, want 2", v))
	}
	db := new(db)
	// Limits on counts keep a corrupt file from asking for huge allocations:
	// every element takes at least one byte of input.
	left := func() int { return len(d.s) - d.pos }

	// Words, front-coded, rebuilt into one string.
	nWords := d.count(left(), "word count")
	var text strings.Builder
	text.Grow(d.count(8*len(s), "text length"))
	if d.err != nil {
		return nil, d.err
	}
	if nWords >= math.MaxInt32 || text.Cap() >= math.MaxInt32 {
		return nil, errors.New("wordnet: data: too many words")
	}
	db.wordEnd = make([]int32, nWords)
	prev := ""
	for i := range db.wordEnd {
		shared := d.count(len(prev), "shared prefix")
		suffix := d.string()
		if d.err != nil {
			return nil, d.err
		}
		start := text.Len()
		text.WriteString(prev[:shared])
		text.WriteString(suffix)
		w := text.String()[start:]
		if w <= prev {
			d.fail("words out of order")
			return nil, d.err
		}
		if text.Len() >= math.MaxInt32 {
			return nil, errors.New("wordnet: data: too many words")
		}
		db.wordEnd[i], prev = int32(text.Len()), w
	}
	db.words = text.String()
	db.indexWords()

	// Synset counts per part of speech.
	total := 0
	for p := Noun; p <= Adv; p++ {
		db.posStart[p] = int32(total)
		total += d.count(1<<24, "synset count")
	}
	db.posStart[Adv+1] = int32(total)

	// Senses of each word.
	db.senseOff = make([]int32, nWords+1)
	nSenses := d.count(left(), "sense count")
	if total > nSenses {
		// Every synset has a member, so this also bounds the relation tables.
		d.fail("more synsets than senses")
		return nil, d.err
	}
	db.senses = make([]int32, 0, nSenses)
	for i := range nWords {
		k := d.count(left(), "sense count")
		id := 0
		for j := range k {
			gap := d.count(total, "synset id")
			if j > 0 && gap == 0 {
				d.fail("senses out of order")
			}
			id += gap
			if id >= total {
				d.fail("synset id out of range")
			}
			if d.err != nil {
				return nil, d.err
			}
			db.senses = append(db.senses, int32(id))
		}
		db.senseOff[i+1] = int32(len(db.senses))
	}

	// Relations.
	for r := range db.rels {
		if err := d.edges(&db.rels[r], total, symmetric[r]); err != nil {
			return nil, err
		}
	}

	// Exceptions.
	for p := Noun; p <= Adv; p++ {
		n := d.count(left(), "exception count")
		m := make(map[string][]string, n)
		for range n {
			form := d.string()
			bases := make([]string, d.count(left(), "base count"))
			for j := range bases {
				bases[j] = d.string()
			}
			m[form] = bases
		}
		db.exc[p] = m
	}
	if d.err == nil && d.pos != len(d.s) {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
	return db, nil
}

// edges reads a relation over n synsets into a, adding the reverse of each
// edge if the relation is symmetric. The edges come sorted by source, then
// target, so every synset's targets arrive in increasing order: the
// reversed edges into t all have sources below t and precede the edges out
// of t.
func (d *decoder) edges(a *adjacency, n int, symmetric bool) error {
	k := d.count(len(d.s)-d.pos, "edge count")
	src := make([]int32, k)
	dst := make([]int32, k)
	deg := make([]int32, n+1)
	from, prevTo := 0, -1
	for i := range k {
		gap := d.count(n, "edge source")
		zz := d.uvarint()
		to := from + gap + int(int64(zz>>1)^-int64(zz&1))
		if gap > 0 {
			prevTo = -1
		}
		from += gap
		switch {
		case d.err != nil:
			return d.err
		case from >= n || to < 0 || to >= n:
			d.fail("synset id out of range")
		case to <= prevTo || symmetric && to <= from:
			d.fail("edges out of order")
		}
		if d.err != nil {
			return d.err
		}
		src[i], dst[i], prevTo = int32(from), int32(to), to
		deg[from+1]++
		if symmetric {
			deg[to+1]++
		}
	}
	for s := range n {
		deg[s+1] += deg[s]
	}
	a.off = deg
	a.to = make([]int32, deg[n])
	fill := make([]int32, n)
	copy(fill, deg[:n])
	for i := range k {
		f, t := src[i], dst[i]
		a.to[fill[f]] = t
		fill[f]++
		if symmetric {
			a.to[fill[t]] = f
			fill[t]++
		}
	}
	return nil
}
