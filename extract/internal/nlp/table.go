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

var (
	taggerOnce sync.Once
	theTagger  *tagger
	taggerErr  error
)

// Load reads the tagger's embedded weights if that has not yet been done and reports
// whether they could be read. Tag calls it; calling it first moves the cost (a few
// milliseconds) to a time of the caller's choosing and surfaces the error that Tag hides.
func Load() error {
	_, err := loadTagger()
	return err
}

func loadTagger() (*tagger, error) {
	taggerOnce.Do(func() { theTagger, taggerErr = parseTagger(perceptronFile) })
	return theTagger, taggerErr
}

// weightTable holds the perceptron's weights: the feature records of perceptron.bin, read
// in place, and an open-addressing index over them built at load. A feature's record is
// its name, its number of pairs in a byte, and its pairs in class order, each a byte of
// class and two of weight index.
type weightTable struct {
	recs   string    // the records, as gen.go wrote them
	values []float64 // the distinct weights
	slots  []uint64  // the top 32 bits of a name's hash and 1 + its record's offset; 0 when free
	seed   maphash.Seed
}

// add adds the weights of the features whose names are names[:ends[0]],
// names[ends[0]:ends[1]] and so on, in that order, to the scores of their classes, and
// marks those classes seen. It looks all of them up before adding any, so that the
// processor can wait for their cache misses at once.
func (t *weightTable) add(names []byte, ends []int, scores []float64, seen []bool) {
	var (
		hash [numFeatures]uint64
		slot [numFeatures]uint64
		rec  [numFeatures]int // offset of the feature's pairs; -1 when it has none
	)
	mask := uint64(len(t.slots) - 1)
	start := 0
	for k, end := range ends {
		hash[k] = maphash.Bytes(t.seed, names[start:end])
		slot[k] = t.slots[hash[k]&mask]
		start = end
	}
	start = 0
	for k, end := range ends {
		rec[k] = t.find(names[start:end], hash[k], slot[k])
		start = end
	}
	for k := range ends {
		if rec[k] < 0 {
			continue
		}
		n := int(t.recs[rec[k]])
		pairs := t.recs[rec[k]+1 : rec[k]+1+3*n]
		for p := 0; p < len(pairs); p += 3 {
			c := pairs[p]
			scores[c] += t.values[uint16(pairs[p+1])|uint16(pairs[p+2])<<8]
			seen[c] = true
		}
	}
}

// find returns the offset of the pairs of the feature name, whose hash is h and whose
// first slot holds e, or -1 if the table lacks it.
func (t *weightTable) find(name []byte, h, e uint64) int {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; e != 0; i, e = (i+1)&mask, t.slots[(i+1)&mask] {
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

// each calls fn with each feature's name and its classes and weights, in name order.
func (t *weightTable) each(fn func(name string, classes []int, weights []float64)) {
	for rec := t.recs; rec != ""; {
		n, k := uvarint(rec)
		name := rec[k : k+n]
		rec = rec[k+n:]
		var cs []int
		var ws []float64
		for p := 1; p < 1+3*int(rec[0]); p += 3 {
			cs = append(cs, int(rec[p]))
			ws = append(ws, t.values[uint16(rec[p+1])|uint16(rec[p+2])<<8])
		}
		fn(name, cs, ws)
		rec = rec[1+3*int(rec[0]):]
	}
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
	data, ok := strings.CutPrefix(file[i:], "\nPT02")
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
	t.tagMap = make(map[string]string, nWords)
	for range nWords {
		w := d.string()
		t.tagMap[w] = t.classes[class()]
	}

	w := &t.weights
	w.values = make([]float64, d.count(min(len(d.s)/8, 1<<16), "weight count"))
	for i := range w.values {
		if len(d.s)-d.pos < 8 {
			d.fail("short weight")
			break
		}
		w.values[i] = math.Float64frombits(binary.LittleEndian.Uint64([]byte(d.s[d.pos : d.pos+8])))
		d.pos += 8
	}
	if len(w.values) == 0 {
		d.fail("no weights")
	}

	nFeatures := d.count(len(d.s), "feature count")
	if d.err != nil {
		return nil, d.err
	}
	w.recs = d.s[d.pos:]
	if len(w.recs) >= math.MaxUint32 {
		return nil, errors.New("nlp: perceptron.bin: too large")
	}
	w.seed = maphash.MakeSeed()
	w.slots = make([]uint64, 1<<bits.Len(uint(2*nFeatures)))
	mask := uint64(len(w.slots) - 1)
	start, prev := d.pos, ""
	for range nFeatures {
		off := d.pos - start
		name := d.string()
		if off > 0 && name <= prev {
			d.fail("features out of order")
		}
		prev = name
		n := 0
		if d.pos < len(d.s) {
			n = int(d.s[d.pos])
			d.pos++
		}
		if len(d.s)-d.pos < 3*n {
			d.fail("bad pairs")
		}
		if d.err != nil {
			return nil, d.err
		}
		last := -1
		for p := d.pos; p < d.pos+3*n; p += 3 {
			c, v := int(d.s[p]), int(d.s[p+1])|int(d.s[p+2])<<8
			if c <= last || c >= len(t.classes) || v >= len(w.values) {
				d.fail("bad pair")
				return nil, d.err
			}
			last = c
		}
		d.pos += 3 * n
		h := maphash.String(w.seed, name)
		i := h & mask
		for w.slots[i] != 0 {
			i = (i + 1) & mask
		}
		w.slots[i] = h>>32<<32 | uint64(off+1)
	}
	if d.err == nil && d.pos != len(d.s) {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
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
