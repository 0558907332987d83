// Package wordnet answers the lexical questions the compare stage asks of
// WordNet 3.0: the base forms of a word, and whether two words are synonyms,
// antonyms or otherwise related.
//
// The tables in wordnet30.bin are derived from Princeton's WordNet 3.0 by
// gen.go (run "go generate") and embedded in the package; they are parsed once,
// on first use, into an immutable value. WordNet is distributed under the
// licence in LICENSE-WordNet, which the data file's header repeats.
//
// Words are matched without regard to case, and a multi-word lemma may be
// written with spaces or WordNet's underscores ("point out", "point_out").
// The zero [POS], [AnyPOS], stands for an unknown part of speech: functions
// given it consider all four.
//
// If the embedded tables cannot be read, [Load] reports why and every other
// function returns its zero value.
package wordnet

//go:generate go run gen.go
