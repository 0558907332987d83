// Contradict reads news articles, finds who said what and when, and reports where the
// statements conflict.
//
// Usage:
//
//	contradict [-format text|json|html] [-workers N] [-max-bytes N] [-o file] [-store FILE] PATH... | -
//	contradict -store FILE [-format text|json|html] [-o file]
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
// With -store FILE the statements are kept in FILE, an SQLite database created when
// missing (see package store), and each run's articles are also set against every article
// stored before: the report then gives what the inputs brought, the conflicts that involve
// at least one of them, with the stored claims they cite. An input already stored with the
// same text is skipped; one whose text changed replaces the stored one. With -store and no
// inputs, the report gives every conflict in the store. Each document is committed as soon
// as it is compared, so a run that is killed can be run again to finish its work. One line
// on standard error ends such a run: "contradict: store FILE: N added, N replaced, N
// unchanged; it holds N documents, N claims, N conflicts".
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
	"runtime/debug"
	"slices"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/compare"
	"github.com/contradict/contradict/extract"
	"github.com/contradict/contradict/ingest"
	"github.com/contradict/contradict/report"
	"github.com/contradict/contradict/store"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// Extraction allocates many short-lived words and spans: collecting at twice the
		// live heap rather than once costs some 60 MB of peak memory on the BBC corpus and
		// saves a tenth of the run. The heap stays bounded by the live data either way.
		debug.SetGCPercent(200)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = "usage: contradict [-format text|json|html] [-workers N] [-max-bytes N] [-o file] [-store FILE] PATH... | -\n" +
	"       contradict -store FILE [-format text|json|html] [-o file]\n"

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
	storePath := fs.String("store", "", "keep statements in this SQLite file and set the inputs against those stored")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var bad string
	switch {
	case fs.NArg() == 0 && *storePath == "":
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

	var st *store.Store
	if *storePath != "" {
		var err error
		if st, err = store.Open(*storePath); err != nil {
			fmt.Fprintf(stderr, "contradict: %v\n", err)
			return 1
		}
		defer st.Close()
	}
	write := func(r report.Report) int {
		wr := r.WriteText
		switch *format {
		case "json":
			wr = r.WriteJSON
		case "html":
			wr = r.WriteHTML
		}
		err := wr(w)
		if f, ok := w.(*os.File); ok && *out != "" {
			err = errors.Join(err, f.Close())
		}
		if err != nil {
			fmt.Fprintf(stderr, "contradict: writing the report: %v\n", err)
			return 1
		}
		return 0
	}
	if st != nil && fs.NArg() == 0 {
		r, err := st.Conflicts(context.Background())
		if err != nil {
			fmt.Fprintf(stderr, "contradict: %v\n", err)
			return 1
		}
		return write(report.Build(storedDocs(r.Documents, *storePath, nil), r.Claims, r.Conflicts))
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
	extractFn := ex.Extract
	if st != nil {
		// A document stored with the same text brings nothing: not extracted again.
		extractFn = func(d claims.Document) []claims.Claim {
			if has, err := st.Has(context.Background(), d); err == nil && has {
				return nil
			}
			return ex.Extract(d)
		}
	}
	var docs []report.DocInfo
	var perDoc [][]claims.Claim // joined once at the end: claims are large to copy as they grow
	var toStore []store.Doc
	read, failed := 0, 0
	extractAll(items, *workers, extractFn, st != nil, func(o outcome) {
		read++
		docs = append(docs, o.info)
		if o.err != nil {
			failed++
			prog.println(fmt.Sprintf("contradict: %v", o.err))
		} else if st != nil {
			toStore = append(toStore, store.Doc{Document: o.doc, Claims: o.claims})
		}
		perDoc = append(perDoc, o.claims)
		prog.add(o.bytes)
	})
	prog.stop()
	cs := slices.Concat(perDoc...)
	perDoc = nil
	fmt.Fprintf(stderr, "contradict: %d documents read, %d processed, %d failed\n", read, read-failed, failed)

	var r report.Report
	if st != nil {
		res, err := st.Add(context.Background(), toStore)
		if err != nil {
			fmt.Fprintf(stderr, "contradict: %v\n", err)
			return 1
		}
		n, err := st.Stats(context.Background())
		if err != nil {
			fmt.Fprintf(stderr, "contradict: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "contradict: store %s: %d added, %d replaced, %d unchanged; it holds %d documents, %d claims, %d conflicts\n",
			*storePath, len(res.Added), len(res.Replaced), len(res.Unchanged), n.Documents, n.Claims, n.Conflicts)
		r = report.Build(storedDocs(res.Documents, *storePath, docs), res.Claims, res.Conflicts)
	} else {
		compare.Resolve(cs) // one name per person across documents, in the report too
		r = report.Build(docs, cs, (&compare.Comparer{}).Compare(cs))
	}
	if code := write(r); code != 0 {
		return code
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// storedDocs returns inputs followed by the documents of ds that are not among them, read
// from the store at path.
func storedDocs(ds []claims.Document, path string, inputs []report.DocInfo) []report.DocInfo {
	out := slices.Clone(inputs)
	have := map[string]bool{}
	for _, d := range inputs {
		have[d.ID] = true
	}
	for _, d := range ds {
		if !have[d.ID] {
			out = append(out, report.InfoOf(path, d))
		}
	}
	return out
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
