package extract

import (
	"testing"

	"github.com/contradict/contradict/claims"
)

// TestRelClauseOutsideUnit checks the relative clause read around a span that lies
// outside the unit: an unlabelled interview answer's cue is the question mark of the
// unit before it, and reading the answer's clauses against it sliced before the unit.
func TestRelClauseOutsideUnit(t *testing.T) {
	text := "Did you?\n\nThat was never agreed, which everyone saw, on Monday."
	d := &dater{a: &analyser{text: text}}
	u := unit{span: claims.Span{Start: 10, End: len(text)}}
	for _, sp := range []claims.Span{{Start: 7, End: 8}, {Start: len(text) + 5, End: len(text) + 6}} {
		if got := d.relClause(u, sp); !got.IsZero() {
			t.Errorf("relClause(%v) = %v, want none", sp, got)
		}
	}
	if got := d.relClause(u, claims.Span{Start: 42, End: 45}); got.IsZero() {
		t.Errorf("relClause inside ', which everyone saw,' = none, want the clause")
	}
}
