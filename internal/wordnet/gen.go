//go:build ignore

// Gen reads the WordNet 3.0 database installed by Debian's wordnet-base
// package and writes wordnet30.bin, the tables embedded by package wordnet.
//
// Usage:
//
//	go run gen.go [-dict /usr/share/wordnet] [-o wordnet30.bin]
//
// The output is deterministic: words, synsets, relations and exceptions are
// written in sorted order.
//
// File layout: a text header of "#" lines (provenance and the WordNet licence)
// ended by an empty line, then the tables, not compressed (gzip would save
// 0.9 of their 2.2 MB and cost its decoding at every start), as unsigned
// varints unless said otherwise:
//
//	"WN30" version(2)
//	nWords, total bytes of the words, then each word in byte order,
//	front-coded: shared-prefix-len, suffix-len, suffix
//	nSynsets for noun, verb, adj (with satellites), adv; ids are assigned in
//	that order and by byte offset within each data file
//	total senses, then for each word: nSenses, sorted synset ids delta-coded
//	for each relation (antonym, similar-to, hypernym, derivation): nEdges,
//	then the edges sorted by source and target, each as the gap from the
//	previous edge's source and the signed (zigzag) distance from source to
//	target; the symmetric relations (all but hypernym) list each pair once,
//	source before target
//	for each of noun, verb, adj, adv: nExceptions, then each sorted by form:
//	form, nBases, bases (strings as length + bytes)
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

var (
	dict = flag.String("dict", "/usr/share/wordnet", "directory of the WordNet 3.0 database files")
	out  = flag.String("o", "wordnet30.bin", "output file")
	lic  = flag.String("license", "/usr/share/doc/wordnet-base/copyright", "Debian copyright file holding the WordNet licence")
)

// The order of parts of speech and relations; it must match wordnet.go.
var posFiles = []string{"noun", "verb", "adj", "adv"}

const (
	relAntonym = iota
	relSimilar
	relHypernym
	relDerivation
	numRel
)

// symmetric relations are closed under reversal in the output.
var symmetric = [numRel]bool{relAntonym: true, relSimilar: true, relDerivation: true}

func relOf(sym string) (int, bool) {
	switch sym {
	case "!":
		return relAntonym, true
	case "&":
		return relSimilar, true
	case "@", "@i":
		return relHypernym, true
	case "+":
		return relDerivation, true
	}
	return 0, false
}

func posIndex(c string) (int, error) {
	switch c {
	case "n":
		return 0, nil
	case "v":
		return 1, nil
	case "a", "s":
		return 2, nil
	case "r":
		return 3, nil
	}
	return 0, fmt.Errorf("unknown part of speech %q", c)
}

type synKey struct {
	pos    int
	offset int
}

type pointer struct {
	rel  int
	from synKey
	to   synKey
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("wordnet gen: ")
	flag.Parse()

	// Synsets: ids by part of speech, then offset.
	var offsets [4][]int
	var ptrs []pointer
	for p, name := range posFiles {
		err := eachLine(filepath.Join(*dict, "data."+name), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 4 {
				return fmt.Errorf("short line")
			}
			off, err := strconv.Atoi(f[0])
			if err != nil {
				return err
			}
			offsets[p] = append(offsets[p], off)
			wcnt, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil {
				return err
			}
			i := 4 + 2*int(wcnt)
			if i >= len(f) {
				return fmt.Errorf("short line")
			}
			pcnt, err := strconv.Atoi(f[i])
			if err != nil {
				return err
			}
			i++
			if i+4*pcnt > len(f) {
				return fmt.Errorf("short pointer list")
			}
			for k := 0; k < pcnt; k, i = k+1, i+4 {
				rel, ok := relOf(f[i])
				if !ok {
					continue
				}
				toOff, err := strconv.Atoi(f[i+1])
				if err != nil {
					return err
				}
				toPos, err := posIndex(f[i+2])
				if err != nil {
					return err
				}
				ptrs = append(ptrs, pointer{rel, synKey{p, off}, synKey{toPos, toOff}})
			}
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	ids := make(map[synKey]int)
	var counts [4]int
	next := 0
	for p := range posFiles {
		slices.Sort(offsets[p])
		counts[p] = len(offsets[p])
		for _, off := range offsets[p] {
			ids[synKey{p, off}] = next
			next++
		}
	}
	nSyn := next
	var rels [numRel][][]int
	for r := range rels {
		rels[r] = make([][]int, nSyn)
	}
	for _, ptr := range ptrs {
		from, ok1 := ids[ptr.from]
		to, ok2 := ids[ptr.to]
		if !ok1 || !ok2 {
			log.Fatalf("dangling pointer %+v", ptr)
		}
		rels[ptr.rel][from] = append(rels[ptr.rel][from], to)
		if symmetric[ptr.rel] {
			rels[ptr.rel][to] = append(rels[ptr.rel][to], from)
		}
	}
	for r := range rels {
		for s := range rels[r] {
			rels[r][s] = sortedSet(rels[r][s])
		}
	}

	// Words and their senses, from the index files.
	senses := make(map[string][]int)
	for p, name := range posFiles {
		err := eachLine(filepath.Join(*dict, "index."+name), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 4 {
				return fmt.Errorf("short line")
			}
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return err
			}
			if n > len(f)-4 {
				return fmt.Errorf("short line")
			}
			w := word(f[0])
			for _, s := range f[len(f)-n:] {
				off, err := strconv.Atoi(s)
				if err != nil {
					return err
				}
				id, ok := ids[synKey{p, off}]
				if !ok {
					return fmt.Errorf("unknown synset %s", s)
				}
				senses[w] = append(senses[w], id)
			}
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	words := make([]string, 0, len(senses))
	for w := range senses {
		words = append(words, w)
	}
	slices.Sort(words)

	// Exceptions.
	var excs [4][][]string
	for p, name := range posFiles {
		err := eachLine(filepath.Join(*dict, name+".exc"), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("short line")
			}
			for i := range f {
				f[i] = word(f[i])
			}
			excs[p] = append(excs[p], f)
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
		slices.SortFunc(excs[p], func(a, b []string) int { return slices.Compare(a, b) })
	}

	// Encode.
	var b []byte
	b = append(b, "WN30"...)
	b = binary.AppendUvarint(b, 2)
	textLen, nSenses := 0, 0
	for _, w := range words {
		textLen += len(w)
		nSenses += len(sortedSet(senses[w]))
	}
	b = binary.AppendUvarint(b, uint64(len(words)))
	b = binary.AppendUvarint(b, uint64(textLen))
	prev := ""
	for _, w := range words {
		n := 0
		for n < len(w) && n < len(prev) && w[n] == prev[n] {
			n++
		}
		b = binary.AppendUvarint(b, uint64(n))
		b = appendString(b, w[n:])
		prev = w
	}
	for _, c := range counts {
		b = binary.AppendUvarint(b, uint64(c))
	}
	b = binary.AppendUvarint(b, uint64(nSenses))
	for _, w := range words {
		b = appendSet(b, senses[w])
	}
	for r := range rels {
		b = appendEdges(b, rels[r], symmetric[r])
	}
	for p := range excs {
		b = binary.AppendUvarint(b, uint64(len(excs[p])))
		for _, e := range excs[p] {
			b = appendString(b, e[0])
			b = binary.AppendUvarint(b, uint64(len(e)-1))
			for _, base := range e[1:] {
				b = appendString(b, base)
			}
		}
	}

	var file bytes.Buffer
	if err := writeHeader(&file, len(words), nSyn); err != nil {
		log.Fatal(err)
	}
	file.Write(b)
	if err := os.WriteFile(*out, file.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words, %d synsets, %d bytes of tables, %d bytes written", len(words), nSyn, len(b), file.Len())
}

// writeHeader writes the provenance and the WordNet licence, taken from the
// Debian copyright file, as "#" lines ended by an empty line.
func writeHeader(w *bytes.Buffer, nWords, nSyn int) error {
	licence, err := wordnetLicence(*lic)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "# Code generated by gen.go from the WordNet 3.0 database (Debian package wordnet-base); DO NOT EDIT.\n")
	fmt.Fprintf(w, "# Tables for package github.com/contradict/contradict/internal/wordnet: %d words, %d synsets,\n", nWords, nSyn)
	fmt.Fprintf(w, "# antonym, similar-to, hypernym and derivation pointers, and the morphological exception lists.\n")
	fmt.Fprintf(w, "# The binary tables follow the empty line. The WordNet licence:\n#\n")
	for _, line := range strings.Split(licence, "\n") {
		if line == "" {
			w.WriteString("#\n")
		} else {
			w.WriteString("# " + line + "\n")
		}
	}
	w.WriteString("\n")
	return nil
}

// wordnetLicence returns the text of the "License: WordNet3.0" paragraph of a
// Debian copyright file, de-indented, with "." lines made empty.
func wordnetLicence(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var lines []string
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "License: WordNet"):
			in = true
		case in && strings.HasPrefix(line, " "):
			line = strings.TrimSpace(line)
			if line == "." {
				line = ""
			}
			lines = append(lines, line)
		case in:
			in = false
		}
	}
	if len(lines) == 0 {
		return "", fmt.Errorf("%s: no WordNet licence paragraph", path)
	}
	return strings.Join(lines, "\n"), nil
}

// word turns a WordNet lemma into the form the package stores: lower case,
// words separated by spaces rather than underscores.
func word(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "_", " "))
}

func sortedSet(s []int) []int {
	slices.Sort(s)
	return slices.Compact(s)
}

func appendSet(b []byte, s []int) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	prev := 0
	for _, v := range s {
		b = binary.AppendUvarint(b, uint64(v-prev))
		prev = v
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// eachLine calls fn for each line of the named file that is not part of the
// licence header (those lines begin with a space).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, " ") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// appendEdges writes the relation adj (sorted, distinct targets per synset)
// as a count and then its edges in order, each as the gap from the previous
// edge's source and the target's distance from its source (zigzag-coded). A
// symmetric relation writes only the edges whose target follows the source.
func appendEdges(b []byte, adj [][]int, symmetric bool) []byte {
	type edge struct{ from, to int }
	var edges []edge
	for from, tos := range adj {
		for _, to := range tos {
			if !symmetric || to > from {
				edges = append(edges, edge{from, to})
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(edges)))
	prev := 0
	for _, e := range edges {
		b = binary.AppendUvarint(b, uint64(e.from-prev))
		b = binary.AppendVarint(b, int64(e.to-e.from))
		prev = e.from
	}
	return b
}
