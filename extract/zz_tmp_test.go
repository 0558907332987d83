package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract"
)

// ZZ=text (|| separates docs, | paragraph break) go test ./extract -run TestZZ -v
func TestZZ(t *testing.T) {
	txt := os.Getenv("ZZ")
	if txt == "" {
		t.Skip()
	}
	var e extract.Extractor
	for i, d := range strings.Split(txt, "||") {
		d = strings.ReplaceAll(d, "|", "\n\n")
		doc := claims.Document{ID: fmt.Sprint("d", i), Published: claims.NewDate(2021, 3, 8), Text: d}
		for _, c := range e.Extract(doc) {
			fmt.Printf("[%s|%s|%s|%s] %s %q: %q\n", c.Speaker.Name, c.Speaker.Kind, c.Speaker.Role, c.Speaker.Affiliation, c.When, c.Cue.Text, c.Content.Text)
			if os.Getenv("ZP") != "" {
				b, _ := json.Marshal(c.Proposition)
				fmt.Println("   P:", string(b), "denies", c.Denies)
				for _, r := range c.Responses {
					b, _ := json.Marshal(r)
					fmt.Println("   R:", string(b))
				}
			}
		}
	}
}
