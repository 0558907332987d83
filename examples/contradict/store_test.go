package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/corpora"
	"github.com/contradict/contradict/store"
)

var (
	child   = flag.Bool("child", false, "run the command on the arguments after --, as a child process of a test")
	killBBC = flag.Bool("kill-bbc", false, "run TestStoreKilledBBC: kill the command while it stores the BBC corpus (about a minute)")
)

// TestChild is the command run as a child process by the tests that kill it.
func TestChild(t *testing.T) {
	if !*child {
		t.Skip("runs only as a child process, with -child")
	}
	os.Exit(run(flag.Args(), os.Stdin, os.Stdout, os.Stderr))
}

// start runs the command with args in a child process, its report discarded.
func start(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestChild$", "-child", "--"}, args...)...)
	var errOut strings.Builder
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// seedLines writes the lines of seeds.jsonl whose numbers (from 0) are given into one file.
func seedLines(t *testing.T, dir, name string, lines ...int) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/seeds/seeds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	all := strings.SplitAfter(string(data), "\n")
	var b strings.Builder
	for _, n := range lines {
		b.WriteString(all[n])
	}
	p := filepath.Join(dir, name)
	write(t, p, []byte(b.String()))
	return p
}

// TestStoreSeeds is the case the store was made for: Lavrov's Sunday remarks (seed 000)
// are stored; his remarks of 20 July and Peskov's answer (seed 001) come the next day.
func TestStoreSeeds(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	s000, s001 := seedLines(t, dir, "000.jsonl", 0), seedLines(t, dir, "001.jsonl", 1)

	code, out, errOut := command(t, "", "-store", db, "-format", "json", s000)
	if code != 0 || len(decode(t, out).Conflicts) != 0 {
		t.Fatalf("adding 000: exit %d, %s\n%s", code, errOut, out)
	}
	code, out, errOut = command(t, "", "-store", db, "-format", "json", s001)
	if code != 0 {
		t.Fatalf("adding 001: exit %d, %s", code, errOut)
	}
	second := decode(t, out)
	kinds := map[string][]string{} // kind → documents of its claims
	docOf := map[string]string{}
	for _, c := range second.Claims {
		docOf[c.ID] = c.Doc
	}
	for _, k := range second.Conflicts {
		for _, id := range append(append([]string{}, k.A...), k.B...) {
			kinds[k.Kind] = append(kinds[k.Kind], docOf[id][:3])
		}
	}
	if d := cmp.Diff(map[string]bool{"000": true, "001": true}, set(kinds["same-speaker"])); d != "" {
		t.Errorf("Lavrov's stored remarks against his new ones: documents of the same-speaker conflict (-want +got):\n%s", d)
	}
	if d := cmp.Diff(map[string]bool{"001": true}, set(kinds["between-officials"])); d != "" {
		t.Errorf("Peskov against Lavrov: documents of the between-officials conflict (-want +got):\n%s", d)
	}
	if !strings.Contains(errOut, "store "+db+": 1 added, 0 replaced, 0 unchanged; it holds 2 documents, 23 claims, 2 conflicts") {
		t.Errorf("stderr does not count what the store holds:\n%s", errOut)
	}
	// The same as one run over both.
	_, one, _ := command(t, "", "-format", "json", seedLines(t, dir, "both.jsonl", 0, 1))
	if a, b := len(decode(t, one).Conflicts), len(second.Conflicts); a != b {
		t.Errorf("one run finds %d conflicts, the store %d", a, b)
	}

	code, out, errOut = command(t, "", "-store", db, "-format", "json", s001)
	if r := decode(t, out); code != 0 || len(r.Conflicts) != 0 || len(r.Claims) != 0 || !strings.Contains(errOut, "0 added, 0 replaced, 1 unchanged") {
		t.Errorf("adding 001 again: exit %d, %d conflicts, %d claims, stderr %q; want nothing", code, len(r.Conflicts), len(r.Claims), errOut)
	}

	code, out, errOut = command(t, "", "-store", db, "-format", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("the store alone: exit %d, %s", code, errOut)
	}
	if d := cmp.Diff(conflictIDs(second), conflictIDs(decode(t, out))); d != "" {
		t.Errorf("the store alone reports other conflicts than the run that stored them (-want +got):\n%s", d)
	}
}

func set(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func conflictIDs(r jsonReport) []string {
	var ids []string
	for _, k := range r.Conflicts {
		ids = append(ids, k.ID)
	}
	return ids
}

// writeCorpus writes n invented articles to dir: officials of two invented countries for and
// against a handful of projects, quoted and reported, over a few weeks, so that speakers
// reverse themselves and contradict each other across documents.
func writeCorpus(t *testing.T, dir string, n int) {
	type person struct{ name, role, country string }
	people := []person{{"Anna Berg", "Foreign Minister", "Norland"}, {"Paul Kreis", "Finance Minister", "Norland"},
		{"Ines Vogt", "Prime Minister", "Norland"}, {"Tomas Lind", "Trade Minister", "Sudavia"},
		{"Marta Holm", "Foreign Minister", "Sudavia"}, {"Erik Sand", "Defence Minister", "Sudavia"}}
	topics := []string{"trade agreement", "peace talks", "fishing treaty", "pipeline project", "customs union", "border deal"}
	verbs := []string{"supports", "opposes", "backs", "rejects"}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(uint64(n), 2023))
	start := claims.NewDate(2023, 1, 2)
	for i := range n {
		day := start.AddDays(i / 3)
		var b strings.Builder
		fmt.Fprintf(&b, "date %s\n", day)
		for range 3 + r.IntN(4) {
			p, topic, verb := people[r.IntN(len(people))], topics[r.IntN(len(topics))], verbs[r.IntN(len(verbs))]
			wd := day.AddDays(-r.IntN(3)).Weekday()
			switch r.IntN(3) {
			case 0:
				fmt.Fprintf(&b, "%s %s %s said on %s that the government %s the %s.\n", p.country, strings.ToLower(p.role), p.name, wd, verb, topic)
			case 1:
				fmt.Fprintf(&b, "“We %s the %s,” %s %s said on %s.\n", strings.TrimSuffix(verb, "s"), topic, p.role, p.name, wd)
			default:
				fmt.Fprintf(&b, "%s %s the %s, %s's %s said on %s.\n", p.name, verb, topic, p.country, strings.ToLower(p.role), wd)
			}
		}
		write(t, filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(b.String()))
	}
}

// stats opens the store at path and counts what it holds.
func stats(t testing.TB, path string) store.Stats {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// killAt starts the command with args and kills it with SIGKILL as soon as the store at
// db holds at least docs documents (0: right away), or when it exits first. It returns the
// number of documents stored at the kill.
func killAt(t *testing.T, db string, docs int, args ...string) int {
	t.Helper()
	s, err := store.Open(db) // created before the child, so that it can be watched
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cmd := start(t, args...)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		n, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n.Documents >= docs {
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			n, err = s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			return n.Documents
		}
		select {
		case <-done:
			return docs // it finished before the store got there
		case <-time.After(time.Millisecond):
		}
	}
}

// TestStoreKilled kills the command with SIGKILL at several points of storing a corpus,
// runs it again, and checks that the store then holds exactly what one clean run gives,
// and as many claims and conflicts as a run without a store.
func TestStoreKilled(t *testing.T) {
	const n = 150
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeCorpus(t, corpus, n)
	args := func(db string) []string { return []string{"-store", db, "-workers", "2", "-format", "json", corpus} }

	clean := filepath.Join(dir, "clean.db")
	if code, _, errOut := command(t, "", args(clean)...); code != 0 {
		t.Fatalf("clean run: exit %d: %s", code, errOut)
	}
	_, out, _ := command(t, "", "-format", "json", corpus)
	one := decode(t, out)
	if len(one.Conflicts) < 20 {
		t.Fatalf("the corpus gives %d conflicts: too few to test", len(one.Conflicts))
	}

	db := filepath.Join(dir, "killed.db")
	var stored []int
	for _, at := range []int{0, 1, n / 3, 2 * n / 3} {
		stored = append(stored, killAt(t, db, at, args(db)...))
	}
	partial := false
	for _, k := range stored {
		partial = partial || 0 < k && k < n
	}
	if !partial {
		t.Fatalf("no kill landed while documents were being stored (documents stored at each kill: %v)", stored)
	}
	if code, _, errOut := command(t, "", args(db)...); code != 0 {
		t.Fatalf("rerun: exit %d: %s", code, errOut)
	}

	want, got := stats(t, clean), stats(t, db)
	if got != want || got.Claims != len(one.Claims) || got.Conflicts != len(one.Conflicts) {
		t.Errorf("killed at %v documents and run again: %+v; one clean run with a store: %+v; without: %d claims, %d conflicts",
			stored, got, want, len(one.Claims), len(one.Conflicts))
	}
	_, a, _ := command(t, "", "-store", clean, "-format", "json")
	_, b, _ := command(t, "", "-store", db, "-format", "json")
	if d := cmp.Diff(conflictIDs(decode(t, a)), conflictIDs(decode(t, b))); d != "" {
		t.Errorf("conflicts of the killed and rerun store (-clean +killed):\n%s", d)
	}
}

// TestStoreTwoProcesses runs two commands at once on one store, each with half of a corpus:
// the store ends as one run over the whole corpus leaves it.
func TestStoreTwoProcesses(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeCorpus(t, corpus, 80)
	halves := [2][]string{}
	files, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		halves[i%2] = append(halves[i%2], f)
	}
	clean := filepath.Join(dir, "clean.db")
	if code, _, errOut := command(t, "", "-store", clean, corpus); code != 0 {
		t.Fatalf("clean run: exit %d: %s", code, errOut)
	}
	db := filepath.Join(dir, "shared.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	var cmds []*exec.Cmd
	for _, h := range halves {
		cmds = append(cmds, start(t, append([]string{"-store", db}, h...)...))
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("a writer failed: %v: %s", err, c.Stderr)
		}
	}
	if want, got := stats(t, clean), stats(t, db); got != want {
		t.Errorf("two writers at once: %+v; one run: %+v", got, want)
	}
	_, a, _ := command(t, "", "-store", clean, "-format", "json")
	_, b, _ := command(t, "", "-store", db, "-format", "json")
	if d := cmp.Diff(conflictIDs(decode(t, a)), conflictIDs(decode(t, b))); d != "" {
		t.Errorf("conflicts (-one run +two writers):\n%s", d)
	}
}

// TestStoreKilledBBC kills the command while it stores the BBC corpus, runs it again, and
// compares the store with a run without a store. It takes about a minute: run it with
// go test ./examples/contradict -run KilledBBC -kill-bbc -v.
func TestStoreKilledBBC(t *testing.T) {
	if !*killBBC {
		t.Skip("run with -kill-bbc")
	}
	bbc := corpora.Dir(t, "bbc")
	files := len(corpora.TextFiles(t, bbc))
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	args := []string{"-store", db, "-format", "json", bbc}
	at := killAt(t, db, files/2, args...)
	if at <= 0 || at >= files {
		t.Fatalf("the kill came at %d documents stored of %d", at, files)
	}
	t.Logf("killed with %d of %d documents stored", at, files)
	begin := time.Now()
	code, _, errOut := command(t, "", args...)
	if code != 0 {
		t.Fatalf("rerun: exit %d: %s", code, errOut)
	}
	t.Logf("rerun in %v: %s", time.Since(begin).Round(time.Millisecond), strings.TrimSpace(errOut))
	_, out, _ := command(t, "", "-format", "json", bbc)
	one := decode(t, out)
	got := stats(t, db)
	t.Logf("store: %+v; one run without a store: %d documents, %d claims, %d conflicts", got, len(one.Documents), len(one.Claims), len(one.Conflicts))
	if got.Documents != len(one.Documents) || got.Claims != len(one.Claims) || got.Conflicts != len(one.Conflicts) {
		t.Errorf("the store after a kill and a rerun differs from one run")
	}
}
