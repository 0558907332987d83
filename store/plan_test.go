package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestQueryPlans checks that every lookup Add and Conflicts make goes through an index:
// SQLite's EXPLAIN QUERY PLAN names a SEARCH for each table, never a SCAN, so that their cost
// grows with what they return, not with the size of the store.
func TestQueryPlans(t *testing.T) {
	s := open(t)
	add(t, s, seeds(t)...)
	in := func(q string) string { return fmt.Sprintf(q, placeholders(3)) }
	tests := []struct {
		name, query string
		args        int
		why         string
	}{
		{"claims by key", in(qClaimsByKey), 3, "the lookup of the stored claims that may conflict with new ones"},
		{"claims by row", in(qClaimsByRow), 3, "reading the claims found, with their documents' names"},
		{"claims of a speaker", in(qSameSpeaker), 4, "the other claims of a statement"},
		{"claims of an identity", qIdentClaims, 1, "the claims whose speaker a new document resolves otherwise"},
		{"next identity", qNextIdentity, 5, "the speakers compare may merge with a new one, one lookup each"},
		{"identities in a document", qDocIdentities, 2, "the speakers of a document compared"},
		{"the claims of a document", qDocClaims, 1, "compare reads a document whole"},
		{"conflicts citing claims", in(qConflictsCiting), 3, "the stored conflicts a new claim may merge with or end"},
		{"conflicts with their sides", in(qConflictsWithSides), 3, "the stored conflicts a new claim may merge with or end, whole"},
		{"a document", qDocByName, 1, "is it stored, with this text?"},
		{"conflicts of a document", qDeleteDocConflicts, 1, "replacing a document"},
		{"keys of a document's claims", qDocClaimKeys, 1, "replacing a document"},
		{"a key", qDeleteKey, 3, "replacing a document"},
		{"a document by row", qDeleteDoc, 1, "replacing a document, and the claims and identities that go with it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := make([]any, tt.args)
			for i := range args {
				args[i] = 1
			}
			rows, err := s.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+tt.query, args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			if len(plan) == 0 {
				t.Fatal("no plan")
			}
			for _, p := range plan {
				if strings.HasPrefix(p, "SCAN") || strings.HasPrefix(p, "SEARCH") && !strings.Contains(p, " USING ") {
					t.Errorf("%s: %q reads a whole table:\n%s", tt.why, tt.query, strings.Join(plan, "\n"))
				}
			}
			t.Logf("%s", strings.Join(plan, "; "))
		})
	}
}
