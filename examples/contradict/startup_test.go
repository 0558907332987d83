package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// maxInitBytes bounds what one package's initialisation may allocate. The largest now is
// go-dateparser's time zone table, 5 MB; go-dateparser's locale data, 78 MB when it was
// built at start, is built on first use since third_party/go-dateparser (issue 23).
const maxInitBytes = 8 << 20

// TestStartUp runs the command on one sentence with GODEBUG=inittrace=1 and checks that no
// package builds large data at program start, whether or not it is used: the bytes the
// runtime reports are a stable measure where the time is not. It fails if the replace
// directive for go-dateparser is dropped, or an upgrade outdates the patched copy.
func TestStartUp(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-")
	cmd.Env = append(os.Environ(), runMainEnv+"=1", "GODEBUG=inittrace=1")
	cmd.Stdin = strings.NewReader("The minister said talks were possible.\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("command: %v\n%s", err, stderr.Bytes())
	}
	var inits int
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init PKG @4.5 ms, 10 ms clock, 5134584 bytes, 40260 allocs
		f := strings.Fields(sc.Text())
		if len(f) != 11 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		inits++
		n, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("inittrace line %q: %v", sc.Text(), err)
		}
		if n > maxInitBytes {
			t.Errorf("init of %s allocates %d bytes, over %d", f[1], n, maxInitBytes)
		}
	}
	if inits == 0 {
		t.Fatalf("no inittrace lines in the command's standard error:\n%s", stderr.Bytes())
	}
}
