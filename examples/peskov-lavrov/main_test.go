package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var b bytes.Buffer
	if err := run("../../testdata/seeds/seeds.jsonl", &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"between-officials", "Dmitry Peskov, 2022-07-21", "Sergei Lavrov, 2022-07-20", "make no sense"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
