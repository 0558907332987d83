package wordnet

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoad(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatalf("Load() = %v", err)
	}
	d, _ := get()
	if n := len(d.wordEnd); n < 140_000 {
		t.Errorf("loaded %d words, want the ~147k of WordNet 3.0", n)
	}
	if n := d.posStart[Adv+1]; n != 117_659 {
		t.Errorf("loaded %d synsets, want 117659", n)
	}
}

func TestRelations(t *testing.T) {
	type rel int
	const (
		ant rel = iota
		syn
		related
	)
	fns := map[rel]func(a, b string, pos POS) bool{ant: Antonyms, syn: Synonyms, related: Related}
	names := map[rel]string{ant: "Antonyms", syn: "Synonyms", related: "Related"}
	tests := []struct {
		rel  rel
		a, b string
		pos  POS
		want bool
		why  string
	}{
		{ant, "open", "shut", Adj, true, `"shut" is similar to "closed", the direct antonym of "open"`},
		{ant, "open", "shut", Verb, true, `{close, shut} has "open" as antonym`},
		{ant, "Shut", "opened", AnyPOS, true, "case and inflection do not matter"},
		{ant, "possible", "impossible", Adj, true, "direct antonyms"},
		{ant, "possible", "pointless", Adj, false, `WordNet has "pointless" only as a satellite of "meaningless"`},
		{ant, "continue", "stop", Verb, true, `"stop" shares a synset with "discontinue", the antonym of "continue"`},
		{ant, "continue", "discontinue", Verb, true, "direct antonyms"},
		{ant, "continued", "stopped", Verb, true, "inflected forms are lemmatised first"},
		{ant, "accept", "reject", Verb, true, "direct antonyms"},
		{ant, "increase", "decrease", Verb, true, "direct antonyms"},
		{ant, "increase", "decrease", Noun, true, "direct antonyms as nouns too"},
		{ant, "win", "lose", Verb, true, "direct antonyms"},
		{ant, "rise", "fall", Verb, true, "direct antonyms"},
		{ant, "raise", "lower", Verb, true, "direct antonyms"},
		{ant, "include", "exclude", Verb, true, "direct antonyms"},
		{ant, "present", "absent", Adj, true, "direct antonyms"},
		{ant, "effective", "ineffective", Adj, true, "direct antonyms"},
		{ant, "agree", "disagree", Verb, true, "direct antonyms"},
		{ant, "start", "end", Verb, true, `"start" shares a synset with "begin", whose antonym is "end"`},
		{ant, "start", "finish", Verb, true, `"finish" shares a synset with "end"`},
		{ant, "big", "little", Adj, true, `"big" is similar to "large", the antonym of "little"`},
		{ant, "confirm", "deny", Verb, false, `WordNet pairs "confirm" with "disconfirm" and "deny" with "admit", not with each other`},
		{ant, "slow", "continue", Verb, false, "slowing is not stopping"},
		{ant, "talk", "meeting", Noun, false, "unrelated nouns"},
		{ant, "open", "talk", AnyPOS, false, "unrelated words"},
		{ant, "said", "say", Verb, false, "a word is not its own antonym"},
		{ant, "flibbertigibbet", "open", Adj, false, "an unknown word has no antonyms"},
		{ant, "open", "shut", POS(9), false, "an invalid part of speech matches nothing"},
		{syn, "talks", "negotiations", Noun, true, `{dialogue, talks, negotiation} is one synset`},
		{syn, "talk", "negotiation", Noun, false, `only the plural "talks" is in the negotiation synset`},
		{syn, "discussion", "talk", Noun, false, "WordNet keeps them in different synsets"},
		{syn, "halt", "stop", Verb, true, "{stop, halt} is a synset"},
		{syn, "cease", "stop", Verb, true, "{discontinue, stop, cease, give up, quit, lay off}"},
		{syn, "point_out", "Points out", Verb, true, "underscores, spaces and inflection of a collocation"},
		{syn, "open", "shut", Verb, false, "antonyms are not synonyms"},
		{related, "discussion", "talk", Noun, true, `"talk" (a discussion) is a hyponym of "discussion"`},
		{related, "negotiation", "discussion", Noun, true, "negotiation is a kind of discussion"},
		{related, "decision", "decide", AnyPOS, true, "derivationally related across parts of speech"},
		{related, "decision", "decide", Noun, false, `"decide" is not a noun`},
		{related, "halt", "stop", Verb, true, "synonyms are related"},
		{related, "dog", "cat", Noun, false, "siblings two steps apart are not related"},
		{related, "meeting", "talk", Noun, false, "no direct link in WordNet"},
		{related, "protection", "activity", Noun, false, `"activity" has 76 direct kinds: too broad to make one matter of its kinds`},
		{related, "party", "person", Noun, false, `a party to a lawsuit is a "person", a category of 402 kinds`},
	}
	for _, tt := range tests {
		if got := fns[tt.rel](tt.a, tt.b, tt.pos); got != tt.want {
			t.Errorf("%s(%q, %q, %v) = %v, want %v: %s", names[tt.rel], tt.a, tt.b, tt.pos, got, tt.want, tt.why)
		}
		if got := fns[tt.rel](tt.b, tt.a, tt.pos); got != tt.want {
			t.Errorf("%s(%q, %q, %v) = %v, want %v (symmetry): %s", names[tt.rel], tt.b, tt.a, tt.pos, got, tt.want, tt.why)
		}
	}
}

func TestLemmas(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want []string
		why  string
	}{
		{"said", Verb, []string{"say"}, "verb exception list"},
		{"denies", Verb, []string{"deny"}, `rule "ies" → "y"`},
		{"stopped", Verb, []string{"stop"}, "verb exception list (doubled consonant)"},
		{"closed", Verb, []string{"close"}, `rule "ed" → "e"`},
		{"shut", Verb, []string{"shut"}, "already a lemma"},
		{"talks", Noun, []string{"talks", "talk"}, `"talks" is itself a noun lemma`},
		{"meetings", Noun, []string{"meeting"}, `rule "s" → ""`},
		{"mice", Noun, []string{"mouse"}, "noun exception list"},
		{"grass", Noun, []string{"grass"}, `no detachment from nouns in "ss"`},
		{"better", Adj, []string{"better", "good", "well"}, "adjective exception list; better is also a lemma"},
		{"Pointed_Out", Verb, []string{"point out"}, "collocation: inflect its first word"},
		{"running", AnyPOS, []string{"running", "run"}, "noun and adjective running, verb run"},
		{"  Said ", Verb, []string{"say"}, "spaces and case are ignored"},
		{"flibbertigibbet", Verb, nil, "not a verb"},
		{"", Noun, nil, "empty"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Lemmas(tt.word, tt.pos)); diff != "" {
			t.Errorf("Lemmas(%q, %v) mismatch (-want +got): %s\n%s", tt.word, tt.pos, tt.why, diff)
		}
	}
}

// TestIsAKinds checks IsA, which looks the word's senses up among the kinds of the
// ancestor found once, against walking up from them, for a sample of WordNet's words and
// the ancestors the extractor and Compare ask of.
func TestIsAKinds(t *testing.T) {
	d, err := get()
	if err != nil {
		t.Fatal(err)
	}
	ancestors := []string{"person", "organization", "social group", "location", "political party", "team",
		"financial institution", "city", "communication", "feeling", "inhabitant", "port", "continent", "no such word"}
	n := 0
	for i := 0; i < len(d.wordEnd); i += 17 {
		w := d.word(i)
		for _, a := range ancestors {
			for _, p := range []POS{Noun, Verb, AnyPOS} {
				got, want := IsA(w, a, p), d.isA(w, a, p)
				if got != want {
					t.Errorf("IsA(%q, %q, %v) = %v, walking up finds %v", w, a, p, got, want)
				}
				if want {
					n++
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d words are kinds of the ancestors: the sample proves little", n)
	}
}

func TestPOSText(t *testing.T) {
	for p := AnyPOS; p <= Adv; p++ {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() = %v", p, err)
		}
		var q POS
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, q, err, p)
		}
	}
	if _, err := POS(9).MarshalText(); err == nil {
		t.Error("POS(9).MarshalText() succeeded")
	}
	var q POS
	if err := q.UnmarshalText([]byte("preposition")); err == nil {
		t.Error(`UnmarshalText("preposition") succeeded`)
	}
}

// TestCorrupt checks that damaged tables yield an error, not a panic or a
// half-built value.
func TestCorrupt(t *testing.T) {
	step := 29
	if testing.Short() {
		step = 7
	}
	for n := 0; n < len(embedded); n += len(embedded)/step + 1 {
		if _, err := parse(embedded[:n]); err == nil {
			t.Errorf("parse of the first %d bytes succeeded", n)
		}
	}
	i := strings.Index(embedded, "\n\n")
	raw := []byte(embedded[i+2:])
	for n := 0; n < len(raw); n += len(raw)/step + 1 {
		if _, err := decode(string(raw[:n])); err == nil {
			t.Errorf("decode of the first %d bytes succeeded", n)
		}
		b := []byte(string(raw))
		b[n] ^= 0xff
		decode(string(b)) // may succeed with wrong data; must not panic
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := parse(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAntonyms(b *testing.B) {
	pairs := [][2]string{
		{"open", "shut"}, {"continued", "stopped"}, {"possible", "pointless"},
		{"rise", "fall"}, {"talks", "meeting"}, {"confirm", "deny"},
	}
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, p := range pairs {
			Antonyms(p[0], p[1], AnyPOS)
		}
	}
}

func TestIsA(t *testing.T) {
	tests := []struct {
		word, ancestor string
		want           bool
		why            string
	}{
		{"commissioner", "person", true, "an office holder is a person: speaker heads outside any title list"},
		{"coach", "person", true, "a football manager's title"},
		{"economist", "person", true, "a central bank's voice"},
		{"ministry", "organization", true, "an institution speaks as an organisation"},
		{"talks", "person", false, "a topic is not a speaker"},
		{"door", "person", false, "a thing is not a speaker"},
	}
	for _, tt := range tests {
		if got := IsA(tt.word, tt.ancestor, Noun); got != tt.want {
			t.Errorf("IsA(%q, %q) = %v, want %v: %s", tt.word, tt.ancestor, got, tt.want, tt.why)
		}
	}
}
