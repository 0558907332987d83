package nlp

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"strings"
	"sync"
)

//go:embed perceptron.bin
var perceptronFile string

// Load reads the tagger's embedded weights if that has not yet been done and reports
// whether they could be read. Tag calls it; calling it first moves the cost (a few
// milliseconds) to a time of the caller's choosing and surfaces the error that Tag hides.
func Load() error {
	_, err := loadTagger()
	return err
}

var loadTagger = sync.OnceValues(func() (*tagger, error) { return parseTagger(perceptronFile) })

// weightTable holds the perceptron's weights: the records of perceptron.bin, read in
// place, and open-addressing indexes over them built at load. A feature's record is its
// name and its pairs; a context word's record is the word and the pairs of its five
// features, one of each word template. Pairs are a byte holding their number, then, in
// class order, a byte of class and two of weight index.
type weightTable struct {
	recs   string            // the feature records, then the context-word records
	values *[1 << 16]float64 // the distinct weights, then zeros: any two-byte index is in range
	seed   maphash.Seed
	// The top 32 bits of a name's hash and 1 + its record's offset in recs; 0 when free.
	slots, wordSlots []uint64
}

// numWordTemplates is the number of features of a context word: see wordTemplates.
const numWordTemplates = 5

// add adds the weights of a word's features to the scores of their classes, in the
// features' order, and marks those classes seen. offs[k] holds the offset of feature k's
// pairs, -1 when it has none, or, for a feature still to be looked up, -2: its name is
// names[starts[k]:ends[k]]. add looks all of those up before adding any, so that the
// processor can wait for their cache misses at once.
func (t *weightTable) add(names []byte, starts, ends, offs *[numFeatures]int, scores *[256]float64, seen *[256]bool) {
	var hash, slot [numFeatures]uint64
	mask := uint64(len(t.slots) - 1)
	for k, off := range offs {
		if off == -2 {
			hash[k] = maphash.Bytes(t.seed, names[starts[k]:ends[k]])
			slot[k] = t.slots[hash[k]&mask]
		}
	}
	for k, off := range offs {
		if off == -2 {
			offs[k] = find(t, t.slots, names[starts[k]:ends[k]], hash[k], slot[k])
		}
	}
	for _, off := range offs {
		if off < 0 {
			continue
		}
		n := int(t.recs[off])
		for pairs := t.recs[off+1 : off+1+3*n]; len(pairs) >= 3; pairs = pairs[3:] {
			c := pairs[0]
			scores[c] += t.values[uint16(pairs[1])|uint16(pairs[2])<<8]
			seen[c] = true
		}
	}
}

// find returns the offset of what follows the name in its record, found through slots
// with its hash h and its first slot's entry e, or -1 if the table lacks it.
func find[S string | []byte](t *weightTable, slots []uint64, name S, h, e uint64) int {
	mask := uint64(len(slots) - 1)
	for i := h & mask; e != 0; i, e = (i+1)&mask, slots[(i+1)&mask] {
		if uint32(e>>32) != uint32(h>>32) {
			continue
		}
		rec := t.recs[uint32(e)-1:]
		n, k := uvarint(rec)
		if rec[k:k+n] == string(name) {
			return int(uint32(e)-1) + k + n
		}
	}
	return -1
}

// lookup returns the offset of the pairs of the feature name, or -1 if the table lacks it.
func (t *weightTable) lookup(name string) int {
	h := maphash.String(t.seed, name)
	return find(t, t.slots, name, h, t.slots[h&uint64(len(t.slots)-1)])
}

// wordBlocks returns the offsets of the pairs of the five features of the context word x,
// in the order of wordTemplates, or -1s if it has none.
func (t *weightTable) wordBlocks(x string) [numWordTemplates]int {
	blocks := [numWordTemplates]int{-1, -1, -1, -1, -1}
	h := maphash.String(t.seed, x)
	off := find(t, t.wordSlots, x, h, t.wordSlots[h&uint64(len(t.wordSlots)-1)])
	if off < 0 {
		return blocks
	}
	for k := range blocks {
		if t.recs[off] == noFeature {
			off++
			continue
		}
		blocks[k] = off
		off += 1 + 3*int(t.recs[off])
	}
	return blocks
}

// noFeature, as a count of pairs, marks a word template the context word has no feature
// of.
const noFeature = 0xff

// pairsAt returns the classes and weights of the pairs at off, and the offset after them.
func (t *weightTable) pairsAt(off int) ([]int, []float64, int) {
	var cs []int
	var ws []float64
	n := int(t.recs[off])
	for p := off + 1; p < off+1+3*n; p += 3 {
		cs = append(cs, int(t.recs[p]))
		ws = append(ws, t.values[uint16(t.recs[p+1])|uint16(t.recs[p+2])<<8])
	}
	return cs, ws, off + 1 + 3*n
}

// each calls fn with the name of each feature, context words' features named by their
// template, and its classes and weights.
func (t *weightTable) each(fn func(name string, classes []int, weights []float64)) {
	walk := func(slots []uint64, read func(name string, off int)) {
		for _, e := range slots {
			if e != 0 {
				off := int(uint32(e) - 1)
				n, k := uvarint(t.recs[off:])
				read(t.recs[off+k:off+k+n], off+k+n)
			}
		}
	}
	walk(t.slots, func(name string, off int) {
		cs, ws, _ := t.pairsAt(off)
		fn(name, cs, ws)
	})
	walk(t.wordSlots, func(x string, _ int) {
		for k, off := range t.wordBlocks(x) {
			if off >= 0 {
				cs, ws, _ := t.pairsAt(off)
				fn(wordTemplates[k]+x, cs, ws)
			}
		}
	})
}

// uvarint decodes the unsigned varint at the start of s, which parseTagger has checked.
func uvarint(s string) (v, n int) {
	for shift := 0; ; shift += 7 {
		c := s[n]
		n++
		v |= int(c&0x7f) << shift
		if c < 0x80 {
			return v, n
		}
	}
}

// parseTagger reads a file written by gen.go: "#" header lines, an empty line, and the
// tables. It checks every record, so that look-ups need not.
func parseTagger(file string) (*tagger, error) {
	i := 0
	for i < len(file) && file[i] == '#' {
		nl := strings.IndexByte(file[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
	}
	data, ok := strings.CutPrefix(file[i:], "\nPT03")
	if !ok {
		return nil, errors.New("nlp: perceptron.bin: bad header")
	}
	d := &tableReader{s: data}
	t := &tagger{}
	t.classes = make([]string, d.count(min(len(d.s), 256), "class count"))
	for i := range t.classes {
		t.classes[i] = d.string()
		if i > 0 && t.classes[i] <= t.classes[i-1] {
			d.fail("classes out of order")
		}
	}
	if len(t.classes) == 0 {
		d.fail("no classes")
	}
	class := func() int { return d.count(len(t.classes)-1, "class") }

	nWords := d.count(len(d.s), "word count")
	t.tagMap = make(map[string]int, nWords)
	for range nWords {
		w := d.string()
		t.tagMap[w] = class()
	}

	w := &t.weights
	nValues := d.count(min(len(d.s)/8, 1<<16), "weight count")
	w.values = new([1 << 16]float64)
	for i := range nValues {
		if len(d.s)-d.pos < 8 {
			d.fail("short weight")
			break
		}
		w.values[i] = math.Float64frombits(binary.LittleEndian.Uint64([]byte(d.s[d.pos : d.pos+8])))
		d.pos += 8
	}
	if nValues == 0 {
		d.fail("no weights")
	}

	nFeatures := d.count(len(d.s), "feature count")
	nContext := d.count(len(d.s), "context word count")
	if d.err != nil {
		return nil, d.err
	}
	w.recs = d.s[d.pos:]
	if len(w.recs) >= math.MaxUint32 {
		return nil, errors.New("nlp: perceptron.bin: too large")
	}
	w.seed = maphash.MakeSeed()
	start := d.pos
	// index reads n records of blocks pairs each into a new open-addressing index.
	index := func(n, blocks int) []uint64 {
		slots := make([]uint64, 1<<bits.Len(uint(2*n)))
		mask := uint64(len(slots) - 1)
		prev := ""
		for k := range n {
			off := d.pos - start
			name := d.string()
			if k > 0 && name <= prev {
				d.fail("records out of order")
			}
			prev = name
			for range blocks {
				d.pairs(len(t.classes), nValues, blocks > 1)
			}
			if d.err != nil {
				return nil
			}
			h := maphash.String(w.seed, name)
			i := h & mask
			for slots[i] != 0 {
				i = (i + 1) & mask
			}
			slots[i] = h>>32<<32 | uint64(off+1)
		}
		return slots
	}
	w.slots = index(nFeatures, 1)
	w.wordSlots = index(nContext, numWordTemplates)
	if d.err == nil && d.pos != len(d.s) {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
	t.known()
	return t, nil
}

// tableReader reads varints and strings from perceptron.bin, remembering the first error;
// after one, every read returns zero.
type tableReader struct {
	s   string
	pos int
	err error
}

func (d *tableReader) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("nlp: perceptron.bin: offset %d: %s", d.pos, msg)
	}
}

// count reads a number that must not exceed limit.
func (d *tableReader) count(limit int, what string) int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint([]byte(d.s[d.pos:min(len(d.s), d.pos+binary.MaxVarintLen64)]))
	if n <= 0 {
		d.fail("bad " + what)
		return 0
	}
	d.pos += n
	if v > uint64(max(limit, 0)) {
		d.fail(what + " out of range")
		return 0
	}
	return int(v)
}

// pairs checks one block of pairs: classes below nClasses and increasing, weight indexes
// below nValues. A context word's block may be noFeature instead.
func (d *tableReader) pairs(nClasses, nValues int, context bool) {
	if d.err != nil {
		return
	}
	if context && d.pos < len(d.s) && d.s[d.pos] == noFeature {
		d.pos++
		return
	}
	if d.pos >= len(d.s) || len(d.s)-d.pos-1 < 3*int(d.s[d.pos]) {
		d.fail("short pairs")
		return
	}
	n := int(d.s[d.pos])
	d.pos++
	last := -1
	for p := d.pos; p < d.pos+3*n; p += 3 {
		c, v := int(d.s[p]), int(d.s[p+1])|int(d.s[p+2])<<8
		if c <= last || c >= nClasses || v >= nValues {
			d.fail("bad pair")
			return
		}
		last = c
	}
	d.pos += 3 * n
}

func (d *tableReader) string() string {
	n := d.count(len(d.s), "string length")
	if n > len(d.s)-d.pos {
		d.fail("string length out of range")
		return ""
	}
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}
