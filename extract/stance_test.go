package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
	"github.com/google/go-cmp/cmp"
)

func TestStances(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "cue | target | polarity" per claim
		why        string
	}{
		{
			name: "plain statement",
			text: "The health minister said the hospital would stay open.",
			want: []string{"said | hospital | for"},
			why:  "'stay open' affirms its target",
		},
		{
			name: "denial",
			text: "The health minister denied that the hospital would close.",
			want: []string{"denied | hospital | for"},
			why:  "a denial turns the stance of what it denies",
		},
		{
			name: "negated cue",
			text: "The health minister did not deny that the hospital would close.",
			want: []string{"deny | hospital | neutral"},
			why:  "not denying takes no side, so the claim can conflict with nothing",
		},
		{
			name: "a refusal to comment",
			text: "Ashcombe declined to comment on whether they would return with an improved offer.",
			want: []string{"declined | offer | neutral"},
			why:  "declining to comment says nothing for or against anything",
		},
		{
			name: "question",
			text: "The minister asked: “Should the hospital stay open?”",
			want: []string{"asked | hospital | neutral"},
			why:  "a question asserts nothing, so it takes no side",
		},
		{
			name: "rejecting verb read by the model",
			text: "Ms Lopez vetoed the bill on Tuesday.",
			want: []string{"vetoed | bill | against"},
			why:  "a verb that rejects its object holds a stance against it",
		},
		{
			name: "a stance in another sentence of the quotation",
			text: "The manager said: “I have to give him a run for a few games. I don't want to make this story bigger.”",
			want: []string{"said | run | for (asserted)"},
			why:  "'don't want' belongs to the second sentence: no word of the first takes a side, so the claim stands for what it asserts",
		},
		{
			name: "a negated assertion",
			text: "The ministry said the inspectors had not visited the plant.",
			want: []string{"said | inspector | against (asserted)"},
			why:  "with no stance word, a negated main clause is against what it speaks of",
		},
		{
			name: "not denying takes no side",
			text: "The minister did not deny that the plant would close.",
			want: []string{"deny | plant | neutral"},
			why:  "not denying a thing neither asserts nor rejects it",
		},
		{
			name: "verb with a particle",
			text: "Officials met.\n\nThe court has struck down a law that would have banned the march.",
			want: []string{"struck down | law | against"},
			why:  "the particle belongs to the cue, and 'strike down' rejects its object, whatever the relative clause says",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Extractor
			var got []string
			for _, c := range e.Extract(claims.Document{ID: "t", Text: tt.text}) {
				p := c.Polarity.String()
				if c.Asserted {
					p += " (asserted)"
				}
				got = append(got, fmt.Sprintf("%s | %s | %s", c.Cue.Text, c.Target, p))
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.why, d)
			}
		})
	}
}

// TestDeniedBelief checks how a negated cue bears on the proposition it reports.
func TestDeniedBelief(t *testing.T) {
	tests := []struct {
		text    string
		negated bool
		why     string
	}{
		{"Most growers did not think the subsidy would help them.", true, "a denied belief holds the opposite: 'did not think it would help' says it will not"},
		{"Most growers did not expect that the subsidy would help them.", true, "so does a denied expectation, with 'that'"},
		{"The minister did not say the subsidy would help them.", false, "not saying a thing is no saying of its opposite"},
		{"Most growers doubted the subsidy would help them.", true, "a cue of doubt denies what it reports, as 'doubt' does inside a statement"},
		{"Most growers thought the subsidy would help them.", false, "a belief not denied holds its clause"},
	}
	for _, tt := range tests {
		var e Extractor
		cs := e.Extract(claims.Document{ID: "t", Text: tt.text})
		if len(cs) != 1 {
			t.Errorf("%q: %d claims, want 1", tt.text, len(cs))
			continue
		}
		if p := cs[0].Proposition; p.Predicate != "help" || p.Negated != tt.negated {
			t.Errorf("%q: predicate %q negated %v, want help, %v (%s)", tt.text, p.Predicate, p.Negated, tt.negated, tt.why)
		}
	}
}

// FuzzLemmaMemo checks that a word's memoised lemmas are WordNet's for any part of
// speech, the word first, its noun lemma WordNet's first and its last lemma of each part of
// speech WordNet's last, however the memo looks them up; and that two words' compound noun
// is WordNet's.
func FuzzLemmaMemo(f *testing.F) {
	for _, w := range []string{"talks", "said", "better", "leaves", "saw", "points out", "axes", "fly", "war crimes"} {
		f.Add(w)
	}
	memo := takeMemo()
	f.Fuzz(func(t *testing.T, w string) {
		for range 2 { // the second time from the memo
			got := memo.get(w)
			want := append([]string{w}, wordnet.Lemmas(w, wordnet.AnyPOS)...)
			if d := cmp.Diff(want, got.lemmas); d != "" {
				t.Errorf("lemmas of %q (-want +got):\n%s", w, d)
			}
			nouns := wordnet.Lemmas(w, wordnet.Noun)
			if got.noun != (len(nouns) > 0) || got.noun && got.noun0 != nouns[0] {
				t.Errorf("noun of %q = %v %q, want %q", w, got.noun, got.noun0, nouns)
			}
			for _, p := range []wordnet.POS{wordnet.Noun, wordnet.Verb, wordnet.Adj, wordnet.Adv} {
				want := ""
				if ls := wordnet.Lemmas(w, p); len(ls) > 0 {
					want = baseForm(w, ls)
				}
				if got.last[p] != want {
					t.Errorf("last %v lemma of %q = %q, want %q", p, w, got.last[p], want)
				}
			}
			if a, b, ok := strings.Cut(w, " "); ok {
				want := ""
				if ls := wordnet.Lemmas(w, wordnet.Noun); len(ls) > 0 {
					want = ls[0]
				}
				if got := memo.compound(a, b); got != want {
					t.Errorf("compound %q = %q, want %q", w, got, want)
				}
			}
		}
	})
}
