package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
)

func TestDbg(t *testing.T) {
	b, err := os.ReadFile("/tmp/dbg.txt")
	if err != nil {
		t.Skip()
	}
	var e Extractor
	for _, s := range strings.Split(string(b), "\n\n\n") {
		fmt.Println("==", strings.TrimSpace(s)[:min(70, len(strings.TrimSpace(s)))])
		for _, c := range e.Extract(claims.Document{ID: "x", Text: s}) {
			fmt.Printf("   %s [%s] src=%q cue=%q | %q\n", c.Speaker.Name, c.Speaker.Kind, c.Source.Text, c.Cue.Text, c.Content.Text)
		}
	}
}
