package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
)

// loaded is a stored claim read back with what the store keeps beside it.
type loaded struct {
	row    int64 // claims.id
	docRow int64 // documents.id
	doc    string
	seq    int
	keys   []int64 // stored block keys, hashed
	c      claims.Claim
}

// encodeClaim returns c as stored: JSON of every field, so that a field added to
// claims.Claim later is kept by a newer program and ignored by an older one.
func encodeClaim(c claims.Claim) ([]byte, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("claim %s: %w", c.ID, err)
	}
	return b, nil
}

// decodeClaim reads a claim stored by encodeClaim, by this version or another: unknown
// fields are ignored and missing ones left zero.
func decodeClaim(b []byte) (claims.Claim, error) {
	var c claims.Claim
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("decoding a stored claim: %w", err)
	}
	return c, nil
}

// hashKey turns a block key into the integer the index holds. Two keys that hash alike
// only make a lookup fetch more claims than it needs, never fewer.
func hashKey(k string) int64 {
	h := fnv.New64a()
	h.Write([]byte(k))
	return int64(h.Sum64())
}

// keysOf returns the hashed block keys of c, as given and as resolved, sorted and distinct.
func keysOf(given, resolved claims.Claim) []int64 {
	var out []int64
	for _, k := range compare.BlockKeys(given) {
		out = append(out, hashKey(k))
	}
	for _, k := range compare.BlockKeys(resolved) {
		out = append(out, hashKey(k))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// docKeys returns the hashed keys of c that depend on its document: a claim of the same
// speaker in another document cannot share them.
func docKeys(c claims.Claim) map[int64]bool {
	elsewhere := c
	elsewhere.Doc += "\x00elsewhere"
	other := map[int64]bool{}
	for _, k := range compare.BlockKeys(elsewhere) {
		other[hashKey(k)] = true
	}
	out := map[int64]bool{}
	for _, k := range compare.BlockKeys(c) {
		if h := hashKey(k); !other[h] {
			out[h] = true
		}
	}
	return out
}

func packKeys(ks []int64) []byte {
	b := make([]byte, 8*len(ks))
	for i, k := range ks {
		binary.BigEndian.PutUint64(b[8*i:], uint64(k))
	}
	return b
}

func unpackKeys(b []byte) []int64 {
	out := make([]int64, len(b)/8)
	for i := range out {
		out[i] = int64(binary.BigEndian.Uint64(b[8*i:]))
	}
	return out
}

// identOf is the name under which the store finds the speakers that compare.Resolve may
// merge with c's: a person's surname (so "Putin" finds "Vladimir Putin"), any other
// speaker's name, in lower case.
func identOf(sp claims.Speaker) string {
	n := strings.ToLower(sp.Name)
	if sp.Kind == claims.Person {
		n = n[strings.LastIndexByte(n, ' ')+1:]
	}
	return n
}

// stubPrefix marks the claims made from identities: they carry a speaker and a position
// and nothing to compare, so they only inform compare's resolution of names and bodies.
const stubPrefix = "\x00identity#"

// stub returns a claim that stands for a speaker first met at seq in doc. It has no
// target, so BlockKeys gives it no key and Compare pairs it with nothing.
func stub(n int, doc string, sp claims.Speaker) claims.Claim {
	return claims.Claim{ID: fmt.Sprintf("%s%d", stubPrefix, n), Doc: doc, Speaker: sp}
}

func isStub(c claims.Claim) bool { return strings.HasPrefix(c.ID, stubPrefix) }
