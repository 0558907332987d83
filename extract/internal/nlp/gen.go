//go:build ignore

// Gen reads the part-of-speech tagger's model out of prose (the averaged perceptron's
// classes, tag dictionary and weights, as prose ships them in its module) and writes
// perceptron.bin, the table embedded by package nlp.
//
// Usage:
//
//	go run gen.go [-o perceptron.bin]
//
// The output is deterministic: classes, words and features are written in sorted order.
//
// File layout: a text header of "#" lines (provenance and prose's licence) ended by an
// empty line, then the tables, as unsigned varints unless said otherwise. The records are
// read in place, so they are neither compressed nor front-coded. In order:
//
//	"PT03"
//	nClasses, then the classes in byte order (strings as length + bytes)
//	nWords, then each word of the tag dictionary in byte order and its class index
//	nWeights, then the distinct weights in increasing order, each as the 8 bytes of its
//	IEEE 754 bits, little-endian
//	nFeatures and nContextWords
//	the feature records, in byte order of their names: the name, then its pairs
//	the context-word records, in byte order of their words: the word, then the pairs of
//	each of the five word templates ("i word ", "i-1 word ", "i-2 word ", "i+1 word ",
//	"i+2 word " followed by the word), in that order, so that one look-up finds all five
//
// Pairs are a byte holding their number, then, by class, a byte of class index and two of
// weight index (little-endian). A context word's record marks the templates it has no
// feature of with a count of 255.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jdkato/prose/v2"
)

var out = flag.String("o", "perceptron.bin", "output file")

const prosePath = "github.com/jdkato/prose/v2"

func main() {
	flag.Parse()
	var (
		classes []string
		tagMap  map[string]string
		weights map[string]map[string]float64
	)
	for name, v := range map[string]any{"classes": &classes, "tags": &tagMap, "weights": &weights} {
		if err := decodeAsset("model/AveragedPerceptron/"+name+".gob", v); err != nil {
			log.Fatal(err)
		}
	}
	slices.Sort(classes)
	classes = slices.Compact(classes)
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	classOf := func(c string) int {
		i, ok := index[c]
		if !ok {
			log.Fatalf("class %q is not among prose's classes %q", c, classes)
		}
		return i
	}

	var values []float64
	for _, ws := range weights {
		for _, w := range ws {
			values = append(values, w)
		}
	}
	slices.Sort(values)
	values = slices.CompactFunc(values, func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) })
	valueIndex := map[uint64]int{}
	for i, v := range values {
		valueIndex[math.Float64bits(v)] = i
	}

	b := []byte("PT03")
	b = binary.AppendUvarint(b, uint64(len(classes)))
	for _, c := range classes {
		b = appendString(b, c)
	}
	b = binary.AppendUvarint(b, uint64(len(tagMap)))
	for _, w := range slices.Sorted(maps.Keys(tagMap)) {
		b = appendString(b, w)
		b = binary.AppendUvarint(b, uint64(classOf(tagMap[w])))
	}
	b = binary.AppendUvarint(b, uint64(len(values)))
	for _, v := range values {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	if len(classes) > 256 || len(values) > 1<<16 {
		log.Fatalf("%d classes and %d weights do not fit a byte and two", len(classes), len(values))
	}
	// The features of the word templates are grouped by word, the others kept whole.
	byWord := map[string][]map[string]float64{}
	var features []string
	for f, ws := range weights {
		t, x := wordTemplate(f)
		if t < 0 {
			features = append(features, f)
			continue
		}
		if byWord[x] == nil {
			byWord[x] = make([]map[string]float64, len(wordTemplates))
		}
		byWord[x][t] = ws
	}
	slices.Sort(features)
	pairs := 0
	appendPairs := func(ws map[string]float64) {
		cs := slices.Sorted(maps.Keys(ws))
		slices.SortFunc(cs, func(x, y string) int { return classOf(x) - classOf(y) })
		b = append(b, byte(len(cs)))
		for _, c := range cs {
			b = append(b, byte(classOf(c)))
			b = binary.LittleEndian.AppendUint16(b, uint16(valueIndex[math.Float64bits(ws[c])]))
		}
		pairs += len(cs)
	}
	b = binary.AppendUvarint(b, uint64(len(features)))
	b = binary.AppendUvarint(b, uint64(len(byWord)))
	for _, f := range features {
		b = appendString(b, f)
		appendPairs(weights[f])
	}
	for _, x := range slices.Sorted(maps.Keys(byWord)) {
		b = appendString(b, x)
		for _, ws := range byWord[x] {
			if ws == nil {
				b = append(b, noFeature)
				continue
			}
			appendPairs(ws)
		}
	}

	var file bytes.Buffer
	if err := writeHeader(&file, len(classes), len(tagMap), len(weights), pairs); err != nil {
		log.Fatal(err)
	}
	file.Write(b)
	if err := os.WriteFile(*out, file.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d classes, %d words, %d features, %d weights (%d distinct), %d bytes written",
		len(classes), len(tagMap), len(weights), pairs, len(values), file.Len())
}

// noFeature stands for the pairs of a word template the word has no feature of; a feature
// of no pairs has a count of 0.
const noFeature = 0xff

// wordTemplates are the features of a context word, in the order of their blocks in a word
// record. They must match wordTemplates in tagger.go.
var wordTemplates = []string{"i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "}

// wordTemplate returns the index of the word template of feature f and its word, or -1.
func wordTemplate(f string) (int, string) {
	for t, prefix := range wordTemplates {
		if x, ok := strings.CutPrefix(f, prefix); ok {
			return t, x
		}
	}
	return -1, ""
}

// decodeAsset gob-decodes one of the files prose embeds, as prose itself does.
func decodeAsset(name string, v any) error {
	data, err := prose.Asset(name)
	if err != nil {
		return err
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// writeHeader writes the provenance and prose's licence as "#" lines ended by an empty
// line.
func writeHeader(w *bytes.Buffer, nClasses, nWords, nFeatures, nPairs int) error {
	mod, err := module(prosePath)
	if err != nil {
		return err
	}
	licence, err := os.ReadFile(filepath.Join(mod.Dir, "LICENSE"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "# Code generated by gen.go from %s %s (model/AveragedPerceptron); DO NOT EDIT.\n", mod.Path, mod.Version)
	fmt.Fprintf(w, "# The weights of prose's part-of-speech tagger, an averaged perceptron after TextBlob's\n")
	fmt.Fprintf(w, "# (github.com/sloria/textblob-aptagger), for package github.com/contradict/contradict/extract/internal/nlp:\n")
	fmt.Fprintf(w, "# %d classes, %d words in the tag dictionary, %d features with %d weights.\n", nClasses, nWords, nFeatures, nPairs)
	fmt.Fprintf(w, "# The binary tables follow the empty line. prose's licence:\n#\n")
	for _, line := range strings.Split(strings.TrimSpace(string(licence)), "\n") {
		if line = strings.TrimRight(line, " \r"); line == "" {
			w.WriteString("#\n")
		} else {
			w.WriteString("# " + line + "\n")
		}
	}
	w.WriteString("\n")
	return nil
}

type moduleInfo struct{ Path, Version, Dir string }

// module asks the go command where the build's copy of a module is.
func module(path string) (moduleInfo, error) {
	var m moduleInfo
	b, err := exec.Command("go", "list", "-m", "-json", path).Output()
	if err != nil {
		return m, fmt.Errorf("go list -m %s: %w", path, err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("go list -m %s: %w", path, err)
	}
	if m.Dir == "" {
		return m, fmt.Errorf("go list -m %s: module not downloaded", path)
	}
	return m, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}
