package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/contradict/contradict/claims"
)

func TestDump(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var e Extractor
	for _, f := range files {
		b, _ := os.ReadFile(f)
		cs := e.Extract(claims.Document{ID: filepath.Base(f), Text: string(b)})
		for _, c := range cs {
			fmt.Printf("%s | %s [%s] | src=%q cue=%q | %s | %v | %s | %q\n", c.ID[:3]+c.ID[len(c.ID)-3:], c.Speaker.Name, c.Speaker.Kind, c.Source.Text, c.Cue.Text, c.When, c.Polarity, c.Target+"/"+c.Holder+fmt.Sprint(c.Framing), c.Content.Text)
		}
	}
}
