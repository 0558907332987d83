// Contradict reads news articles, finds who said what and when, and reports where the
// statements conflict.
//
// Usage:
//
//	contradict [-format text|json|html] [-workers N] [-max-bytes N] [-o file] PATH... | -
//
// Each PATH is a text file, a saved web page (*.html, *.htm), a JSON Lines file (*.jsonl:
// one {"id", "text", "published", "source", "title", "url"} object a line) or a folder,
// walked for all of these; "-" reads standard input (JSON Lines when it starts with "{", a
// page when it opens like one, else one text). See package ingest for the details.
//
// The report goes to standard output, or to the -o file: a text report for a reader
// (-format text, the default), the JSON object of the report contract (-format json), or
// one self-contained web page to open in a browser (-format html).
//
// A document that cannot be read gets one line on standard error, "contradict: <document>:
// <reason>", and the others are still processed. At the end one line on standard error gives
// the counts, so that nothing is dropped silently: "contradict: N documents read, N
// processed, N failed". While standard error is a terminal, a progress line shows the
// documents done, the rate and, when the input size is known, the time left.
//
// Exit status: 0 when every document was processed, 1 when any failed or the report could
// not be written, 2 for a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/ingest"
	"github.com/contradict/contradict/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = "usage: contradict [-format text|json|html] [-workers N] [-max-bytes N] [-o file] PATH... | -\n"

// run is the command with its arguments and streams; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("contradict", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	format := fs.String("format", "text", "report format: text, json or html")
	workers := fs.Int("workers", runtime.NumCPU(), "documents extracted at once")
	maxBytes := fs.Int("max-bytes", ingest.DefaultMaxBytes, "size limit of a document or JSON Lines line")
	out := fs.String("o", "", "write the report to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var bad string
	switch {
	case fs.NArg() == 0:
		bad = "no input: name files, folders or - for standard input"
	case *format != "text" && *format != "json" && *format != "html":
		bad = fmt.Sprintf("-format %q: want text, json or html", *format)
	case *workers < 1:
		bad = fmt.Sprintf("-workers %d: want at least 1", *workers)
	case *maxBytes < 1:
		bad = fmt.Sprintf("-max-bytes %d: want at least 1", *maxBytes)
	}
	if bad != "" {
		fmt.Fprintf(stderr, "contradict: %s\n%s", bad, usage)
		return 2
	}

	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "contradict: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}

	prog := newProgress(stderr, isTerminal(stderr))
	if prog.on {
		if n, ok := ingest.Size(fs.Args()); ok {
			prog.total = n
		}
		prog.start()
	}
	items := (&ingest.Reader{MaxBytes: *maxBytes}).Read(context.Background(), fs.Args(), stdin)
	ex := &extract.Extractor{}
	var docs []report.DocInfo
	var cs []claims.Claim
	read, failed := 0, 0
	extractAll(items, *workers, ex.Extract, func(o outcome) {
		read++
		docs = append(docs, o.info)
		if o.err != nil {
			failed++
			prog.println(fmt.Sprintf("contradict: %v", o.err))
		}
		cs = append(cs, o.claims...)
		prog.add(o.bytes)
	})
	prog.stop()
	fmt.Fprintf(stderr, "contradict: %d documents read, %d processed, %d failed\n", read, read-failed, failed)

	compare.Resolve(cs) // one name per person across documents, in the report too
	ks := (&compare.Comparer{}).Compare(cs)
	r := report.Build(docs, cs, ks)
	write := r.WriteText
	switch *format {
	case "json":
		write = r.WriteJSON
	case "html":
		write = r.WriteHTML
	}
	err := write(w)
	if f, ok := w.(*os.File); ok && *out != "" {
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		fmt.Fprintf(stderr, "contradict: writing the report: %v\n", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
