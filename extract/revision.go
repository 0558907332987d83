package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// earlierFigure finds, at the end of what a speaker says, the figure it gave before and
// now revises: "it had made $434m, compared to the previously reported $732m". Group 1 is
// the phrase that sets the two apart, group 2 the earlier figure.
var earlierFigure = regexp.MustCompile(`(?i),?\s+((?:compared (?:to|with)|down from|up from|against|from) (?:the|a|an|its|their) (?:previously|originally|initially|first|earlier) (?:reported|announced|stated|published|given|estimated))\s+((?:[$£€]|dollars |pounds |euros )?\d[^,;]*)$`)

// splitRevisions parts from each statement the earlier figure it revises, as a statement
// of the same speaker made before, which the later one corrects. The later statement's
// index in a.out, plus one, is kept in the earlier one's revisedBy.
func (a *analyser) splitRevisions() {
	for i := range a.out {
		at := &a.out[i]
		c := at.content.In(a.text)
		m := earlierFigure.FindStringSubmatchIndex(c)
		if m == nil || m[0] == 0 {
			continue
		}
		if p := strings.ToLower(c[m[2]:m[3]]); (strings.HasPrefix(p, "from ") || strings.HasPrefix(p, "against ")) && c[m[0]] != ',' && !figureEnds(c[:m[0]]) {
			continue // "would fight against the originally announced 200 redundancies": the verb's object
		}
		base := at.content.Start
		earlier := *at
		earlier.cue = claims.Span{Start: base + m[2], End: base + m[3]}
		earlier.content = claims.Span{Start: base + m[4], End: base + m[5]}
		earlier.words = wordsWithin(at.words, earlier.content)
		earlier.nested, earlier.host, earlier.relWords = false, -1, claims.Span{}
		earlier.revisedBy = i + 1
		at.content.End = base + m[0]
		at.words = wordsWithin(at.words, at.content)
		a.out = append(a.out, earlier)
	}
}

// figureEnds reports whether s ends on a figure: "raised the toll to 21".
func figureEnds(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && strings.ContainsAny(f[len(f)-1], "0123456789")
}

// wordsWithin returns the words of ws, in text order, inside span: within's, from the
// first that ends past its start.
func wordsWithin(ws []word, span claims.Span) []word {
	w := within(ws, span)
	return slices.Clip(w[min(wordEnd(w, span.Start), len(w)):])
}

// revisionResponses answers each earlier figure with the statement that revises it: a
// correction of the speaker's own, the earlier one left undated.
func revisionResponses(text string, ats []attribution, ids []string, whens []claims.When, responses [][]claims.Response) {
	for j, at := range ats {
		if at.revisedBy == 0 {
			continue
		}
		i := at.revisedBy - 1
		whens[j] = claims.When{}
		if w := whens[i].Text; w != "" && strings.Contains(strings.ToLower(at.cue.In(text)), strings.ToLower(w)) {
			whens[i] = claims.When{} // "previously" dates the figure revised, not the revision
		}
		responses[i] = append(responses[i], claims.Response{
			Relation: claims.Corrects,
			Self:     true,
			Phrase:   claims.ExcerptOf(text, at.cue),
			Answered: claims.ExcerptOf(text, at.content),
			Answers:  []string{ids[j]},
			Found:    claims.BySelf,
		})
	}
}
