package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/contradict/contradict/claims"
)

func TestZZTags(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	for _, w := range taggedWords(s, claims.Span{Start: 0, End: len(s)}) {
		fmt.Printf("%s/%s ", w.text, w.tag)
	}
	fmt.Println()
}
