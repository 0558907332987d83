package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/contradict/contradict/internal/corpora"
	"github.com/jdkato/prose/v2"
)

// runMainEnv, set in a child's environment, makes the test binary run the command
// instead of the tests, so that a benchmark can time the command's whole process.
const runMainEnv = "CONTRADICT_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
	}
	os.Exit(m.Run())
}

// BenchmarkCommandBBC runs the command's whole process (start-up, reading, extraction on
// every CPU, comparison and the JSON report) and, in the same iteration, prose's full
// pipeline (tokenization, segmentation, tagging and entity extraction, on one core with one
// model loaded before the timer) over the same files, and reports the MB/s of both and
// their ratio (x-prose). The command runs as a child process, this test binary re-run as
// the command, so that its start-up counts. Two samples of the BBC corpus:
//
//   - politics-120: the first 120 files of politics/ in name order (001.txt to 120.txt),
//     a small run where start-up weighs;
//   - all: the whole folder, 2,225 articles and README.TXT, which the command reads as one
//     more document.
//
// x-prose is the ratio of the clock times; x-prose-cpu that of the processor times (user and
// system), which the machine's other load disturbs less but which does not credit the
// command for using every CPU. Every file must be reported, none with an error.
// peak-RSS-MB is the child's maximum resident set size. Both are read where the system
// reports them (Linux).
func BenchmarkCommandBBC(b *testing.B) {
	dir := corpora.Dir(b, "bbc")
	politics := corpora.TextFiles(b, filepath.Join(dir, "politics"))
	slices.Sort(politics)
	b.Run("politics-120", func(b *testing.B) { benchCommand(b, politics[:120], politics[:120]) })
	b.Run("all", func(b *testing.B) { benchCommand(b, corpora.TextFiles(b, dir), []string{dir}) })
}

// benchCommand times prose over files and the command over args, which name the same
// files.
func benchCommand(b *testing.B, files, args []string) {
	texts := make([]string, len(files))
	var size int64
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(data)
		size += int64(len(data))
	}
	model := prose.ModelFromData("en")
	var out, errOut bytes.Buffer
	var proseTime, cmdTime, proseCPU, cmdCPU time.Duration
	var rss int64
	for b.Loop() {
		start, startCPU := time.Now(), cpuTime()
		for i, text := range texts {
			_, err := prose.NewDocument(text, prose.UsingModel(model))
			if err != nil {
				b.Fatalf("prose: %s: %v", files[i], err)
			}
		}
		proseTime += time.Since(start)
		proseCPU += cpuTime() - startCPU

		out.Reset()
		errOut.Reset()
		cmd := exec.Command(os.Args[0], append([]string{"-format", "json"}, args...)...)
		cmd.Env = append(os.Environ(), runMainEnv+"=1")
		cmd.Stdout, cmd.Stderr = &out, &errOut
		start = time.Now()
		err := cmd.Run()
		cmdTime += time.Since(start)
		if err != nil {
			b.Fatalf("command: %v\n%s", err, errOut.String())
		}
		rss = max(rss, maxRSS(cmd.ProcessState))
		cmdCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.StopTimer()
	mb := float64(size) * float64(b.N) / 1e6
	b.ReportMetric(mb/proseTime.Seconds(), "prose-MB/s")
	b.ReportMetric(mb/cmdTime.Seconds(), "command-MB/s")
	b.ReportMetric(proseTime.Seconds()/cmdTime.Seconds(), "x-prose")
	if proseCPU > 0 && cmdCPU > 0 {
		// Processor time, which other work on the machine disturbs less than the clock.
		b.ReportMetric(proseCPU.Seconds()/cmdCPU.Seconds(), "x-prose-cpu")
	}
	if rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	}

	var r jsonReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		b.Fatalf("report is not JSON: %v", err)
	}
	if len(r.Documents) != len(files) {
		b.Errorf("report has %d documents, want %d", len(r.Documents), len(files))
	}
	for _, d := range r.Documents {
		if d.Error != "" {
			b.Errorf("%s: %s", d.Input, d.Error)
		}
	}
	b.ReportMetric(float64(len(r.Claims)), "claims/op")
}
