package wordnet

import "strings"

// detachment is one of WordNet's morphological detachment rules: a form
// ending in suffix may have a base form ending in ending instead.
type detachment struct{ suffix, ending string }

// rules are morphy's detachment rules (WordNet's morph.c, morphy(7WN)).
var rules = [Adv + 1][]detachment{
	Noun: {
		{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
		{"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	},
	Verb: {
		{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
		{"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	},
	Adj: {
		{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
	},
}

// normalize lower-cases w and separates its words by single spaces, the form
// in which the tables store multi-word lemmas.
func normalize(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	if strings.Contains(w, "  ") || strings.TrimSpace(w) != w || strings.ContainsAny(w, "\t\n\r") {
		w = strings.Join(strings.Fields(w), " ")
	}
	return w
}

// morphy returns the base forms of the normalized word w with part of speech
// p (not AnyPOS) that WordNet knows: w itself if it is a lemma, then the bases
// from the exception list or, failing that, from the detachment rules.
func (d *db) morphy(w string, p POS) []string {
	var out []string
	add := func(s string) {
		if d.has(s, p) && !contains(out, s) {
			out = append(out, s)
		}
	}
	add(w)
	if bases, ok := d.exc[p][w]; ok {
		for _, b := range bases {
			add(b)
		}
		return out
	}
	for _, b := range detach(w, p) {
		add(b)
	}
	if len(out) > 0 || !strings.Contains(w, " ") {
		return out
	}
	// A collocation not found whole: inflect its first word ("pointed out",
	// "heads of state") or its last ("bird feeders").
	first, rest, _ := strings.Cut(w, " ")
	for _, b := range d.morphy(first, p) {
		add(b + " " + rest)
	}
	i := strings.LastIndexByte(w, ' ')
	for _, b := range d.morphy(w[i+1:], p) {
		add(w[:i+1] + b)
	}
	return out
}

// detach applies the detachment rules for p to w, without checking that the
// results are words.
func detach(w string, p POS) []string {
	if p == Noun {
		if base, ok := strings.CutSuffix(w, "ful"); ok && base != "" {
			// "boxesful" → "boxful"
			var out []string
			for _, b := range detach(base, p) {
				out = append(out, b+"ful")
			}
			return out
		}
		if strings.HasSuffix(w, "ss") || len(w) <= 2 {
			return nil
		}
	}
	var out []string
	for _, r := range rules[p] {
		if base, ok := strings.CutSuffix(w, r.suffix); ok && base != "" {
			out = append(out, base+r.ending)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
