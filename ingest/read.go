package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

// DefaultMaxBytes is the size limit of a document, or of a JSON Lines line, when
// Reader.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// StdinName is the document ID of a text read from standard input, and the name errors use
// for standard input.
const StdinName = "stdin"

// Errors that an [*Error] wraps, for errors.Is. Invalid text wraps the errors of
// [claims.Document.Validate]: [claims.ErrEmpty], [claims.ErrBinary],
// [claims.ErrInvalidUTF8] and [claims.ErrTooLarge] (also used for a JSON Lines line over
// the limit).
var (
	ErrRead      = errors.New("cannot read")
	ErrJSON      = errors.New("invalid JSON")
	ErrMissing   = errors.New("missing field")
	ErrDate      = errors.New("bad date")
	ErrDuplicate = errors.New("duplicate document id")
)

// Error is the failure of one document.
type Error struct {
	Path string // file path, or StdinName
	Line int    // 1-based line of a JSON Lines file; 0 otherwise
	Err  error
}

// Name returns where the document is: "path" or "path:line".
func (e *Error) Name() string { return name(e.Path, e.Line) }

func (e *Error) Error() string { return e.Name() + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

func name(path string, line int) string {
	if line > 0 {
		return path + ":" + strconv.Itoa(line)
	}
	return path
}

// Item is one document read, or the reason it could not be.
type Item struct {
	Seq   int    // 0-based position in the stream
	Name  string // where it came from: "path", "path:line" or "stdin"
	Bytes int64  // input bytes consumed for it, for progress
	// Doc is the document. When Err is set, Doc holds what could be read (often the ID).
	Doc claims.Document
	Err error // an *Error, or nil
}

// Reader reads documents. Its zero value is ready to use.
type Reader struct {
	// MaxBytes limits the size of a document and of a JSON Lines line; 0 means
	// DefaultMaxBytes.
	MaxBytes int
}

func (r *Reader) max() int {
	if r == nil || r.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return r.MaxBytes
}

// Read returns the documents of paths in order, reading "-" from stdin. It reads one
// document at a time, so memory is bounded by the largest document, not by the input. The
// sequence stops early when ctx is done.
//
// A document with the ID and text of one already read is a repeat and is skipped; one with
// the same ID and another text fails with [ErrDuplicate].
func (r *Reader) Read(ctx context.Context, paths []string, stdin io.Reader) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		s := &stream{max: r.max(), ctx: ctx, yield: yield, seen: make(map[string]seen)}
		for _, p := range paths {
			if !s.path(p, stdin) {
				return
			}
		}
	}
}

// Size returns the total size in bytes of the files Read would read from paths, and false
// when that cannot be known (standard input, unreadable paths).
func Size(paths []string) (int64, bool) {
	var total int64
	known := true
	for _, p := range paths {
		if p == "-" {
			known = false
			continue
		}
		walk(p, func(path string, err error) bool {
			fi, serr := os.Stat(path)
			if err != nil || serr != nil {
				known = false
				return true
			}
			total += fi.Size()
			return true
		})
	}
	return total, known
}

// walk calls visit for each input file under root (root itself when it is a file), or
// with an error for a path that cannot be read. In a folder, the *.jsonl files come first,
// then the *.txt, *.html and *.htm files, each pass in lexical order. It stops when visit
// returns false.
func walk(root string, visit func(path string, err error) bool) bool {
	fi, err := os.Stat(root)
	if err != nil {
		return visit(root, err)
	}
	if !fi.IsDir() {
		return visit(root, nil)
	}
	return walkExt(root, []string{".jsonl"}, visit) &&
		walkExt(root, []string{".txt", ".html", ".htm"}, func(path string, err error) bool {
			return err != nil || visit(path, nil) // walk errors were reported in the first pass
		})
}

// isHTMLName reports whether path names a web page: *.html or *.htm.
func isHTMLName(path string) bool {
	ext := filepath.Ext(path)
	return strings.EqualFold(ext, ".html") || strings.EqualFold(ext, ".htm")
}

// walkExt walks the folder root for files named with one of exts.
func walkExt(root string, exts []string, visit func(path string, err error) bool) bool {
	stop := errors.New("stop")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !visit(path, err) {
				return stop
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		hidden := path != root && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return fs.SkipDir
			}
			return nil
		}
		if hidden || !slices.ContainsFunc(exts, func(e string) bool { return strings.EqualFold(filepath.Ext(path), e) }) {
			return nil
		}
		if !visit(path, nil) {
			return stop
		}
		return nil
	})
	return err != stop
}

// seen is a document already read.
type seen struct {
	name string
	sum  [sha256.Size]byte // of its text
}

// stream is the state of one Read.
type stream struct {
	max       int
	ctx       context.Context
	yield     func(Item) bool
	seq       int
	seen      map[string]seen // by document ID
	stdinRead bool
}

// emit yields it and reports whether to go on. It skips a repeat of a document already
// read and fails a different document with the same ID. An error in it is wrapped in an
// *Error naming path and line.
func (s *stream) emit(it Item, path string, line int) bool {
	if s.ctx.Err() != nil {
		return false
	}
	if it.Err == nil {
		sum := sha256.Sum256([]byte(it.Doc.Text))
		if first, ok := s.seen[it.Doc.ID]; !ok {
			s.seen[it.Doc.ID] = seen{it.Name, sum}
		} else if first.sum == sum {
			return true
		} else {
			it.Err = fmt.Errorf("%w %q, first read from %s", ErrDuplicate, it.Doc.ID, first.name)
		}
	}
	if it.Err != nil {
		if _, ok := it.Err.(*Error); !ok {
			it.Err = &Error{Path: path, Line: line, Err: it.Err}
		}
	}
	it.Seq = s.seq
	s.seq++
	return s.yield(it)
}

func (s *stream) path(p string, stdin io.Reader) bool {
	if p == "-" {
		return s.stdin(stdin)
	}
	return walk(p, func(path string, err error) bool {
		if err != nil {
			return s.emit(Item{Name: path, Err: readErr(err)}, path, 0)
		}
		if strings.EqualFold(filepath.Ext(path), ".jsonl") {
			return s.jsonlFile(path)
		}
		return s.textFile(path, textID(p, path))
	})
}

// textID is a text file's document ID: its base name when it was named itself, its path
// below the folder when a folder was walked, so that business/001.txt and sport/001.txt
// stay two documents.
func textID(root, path string) string {
	if path == root {
		return filepath.Base(path)
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

// readErr wraps an OS error in ErrRead without repeating the path.
func readErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %w", ErrRead, err)
}

func (s *stream) textFile(path, id string) bool {
	it := Item{Name: path, Doc: claims.Document{ID: id}}
	data, err := s.readFile(path)
	it.Bytes = int64(len(data))
	if err != nil {
		it.Err = err
		return s.emit(it, path, 0)
	}
	it.Doc, it.Err = s.parse(it.Doc.ID, data, isHTMLName(path) || !isTextName(path) && looksHTML(data))
	return s.emit(it, path, 0)
}

func isTextName(path string) bool { return strings.EqualFold(filepath.Ext(path), ".txt") }

// parse returns the document of a text file or, when page is true, of a web page.
func (s *stream) parse(id string, data []byte, page bool) (claims.Document, error) {
	if page {
		return parseHTML(id, data, s.max)
	}
	return parseText(id, data, s.max)
}

// looksHTML reports whether data opens like a web page: "<!DOCTYPE html" or "<html",
// after any byte order mark, white space and comments.
func looksHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, utf8BOM)
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		if !bytes.HasPrefix(data, []byte("<!--")) {
			break
		}
		end := bytes.Index(data, []byte("-->"))
		if end < 0 {
			return false
		}
		data = data[end+3:]
	}
	head := strings.ToLower(string(data[:min(len(data), 14)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// readFile reads the file at path, failing without reading it when it is over the limit.
func (s *stream) readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, readErr(err)
	}
	defer f.Close()
	size := 0
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if fi.Size() > int64(s.max) {
			return nil, fmt.Errorf("%w: %d bytes, limit %d", claims.ErrTooLarge, fi.Size(), s.max)
		}
		size = int(fi.Size())
	}
	return readAll(f, size, s.max)
}

// readAll reads r to the end, failing when it holds more than limit bytes.
func readAll(r io.Reader, size, limit int) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	n, err := buf.ReadFrom(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, readErr(err)
	}
	if n > int64(limit) {
		return nil, fmt.Errorf("%w: over %d bytes", claims.ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

func (s *stream) jsonlFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return s.emit(Item{Name: path, Err: readErr(err)}, path, 0)
	}
	defer f.Close()
	return s.jsonl(path, bufio.NewReaderSize(f, 64<<10))
}

func (s *stream) stdin(r io.Reader) bool {
	if s.stdinRead {
		return s.emit(Item{Name: StdinName, Err: fmt.Errorf("%w: standard input named twice", ErrRead)}, StdinName, 0)
	}
	s.stdinRead = true
	if r == nil {
		r = strings.NewReader("")
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if isJSONL(br) {
		return s.jsonl(StdinName, br)
	}
	it := Item{Name: StdinName, Doc: claims.Document{ID: StdinName}}
	data, err := readAll(br, 0, s.max)
	it.Bytes = int64(len(data))
	if err != nil {
		it.Err = err
		return s.emit(it, StdinName, 0)
	}
	it.Doc, it.Err = s.parse(StdinName, data, looksHTML(data))
	return s.emit(it, StdinName, 0)
}

// isJSONL reports whether the first non-space byte buffered in br is '{', consuming nothing.
func isJSONL(br *bufio.Reader) bool {
	for n := 1; n <= br.Size(); n++ {
		b, _ := br.Peek(n)
		if len(b) < n {
			return false
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n':
			continue
		default:
			return c == '{'
		}
	}
	return false
}

// jsonDoc is one JSON Lines record.
type jsonDoc struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	Published string  `json:"published"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
}

func (s *stream) jsonl(path string, br *bufio.Reader) bool {
	var buf []byte
	for line := 1; ; line++ {
		b, n, eol, tooLong, err := readLine(br, buf[:0], s.max)
		buf = b
		if tooLong || len(bytes.TrimSpace(b)) > 0 {
			it := Item{Name: name(path, line), Bytes: n + int64(eol)}
			if tooLong {
				it.Err = fmt.Errorf("%w: line too long: %d bytes, limit %d", claims.ErrTooLarge, n, s.max)
			} else {
				it.Doc, it.Err = parseJSONLine(b, s.max)
			}
			if !s.emit(it, path, line) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return s.emit(Item{Name: name(path, line), Err: readErr(err)}, path, line)
		}
	}
}

// readLine reads one line into buf without its line ending, keeping at most limit bytes.
// It returns the line's length and its line ending's (0, 1 or 2), whether the line was
// over the limit, and the read error, if any.
func readLine(br *bufio.Reader, buf []byte, limit int) (_ []byte, n int64, eol int, tooLong bool, _ error) {
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if len(buf)+len(chunk) > limit+2 { // room for "\r\n"
				tooLong = true
				buf = buf[:0]
			} else {
				buf = appendDoubling(buf, chunk, limit+2)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == nil {
			eol = 1
			if len(chunk) > 1 && chunk[len(chunk)-2] == '\r' {
				eol = 2
			}
		}
		buf = bytes.TrimRight(buf, "\r\n")
		if !tooLong && len(buf) > limit {
			tooLong = true
		}
		return buf, n - int64(eol), eol, tooLong, err
	}
}

// appendDoubling appends b to buf, doubling its capacity up to limit when it must grow, so
// that a long line costs at most about twice its size (append grows large slices by 1.25).
func appendDoubling(buf, b []byte, limit int) []byte {
	if n := len(buf) + len(b); n > cap(buf) {
		c := min(max(2*cap(buf), n, 4096), limit)
		nb := make([]byte, len(buf), c)
		copy(nb, buf)
		buf = nb
	}
	return append(buf, b...)
}

// parseJSONLine returns the document of one JSON Lines record.
func parseJSONLine(b []byte, limit int) (claims.Document, error) {
	var doc claims.Document
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return doc, fmt.Errorf("%w at column %d", claims.ErrInvalidUTF8, i+1)
	}
	b = bytes.TrimSpace(b)
	if b[0] != '{' {
		return doc, fmt.Errorf("%w: not an object", ErrJSON)
	}
	var j jsonDoc
	if err := json.Unmarshal(b, &j); err != nil {
		return doc, fmt.Errorf("%w: %s", ErrJSON, strings.TrimPrefix(err.Error(), "json: "))
	}
	if j.ID != nil {
		doc.ID = *j.ID
	}
	switch {
	case doc.ID == "":
		return doc, fmt.Errorf(`%w "id"`, ErrMissing)
	case j.Text == nil:
		return doc, fmt.Errorf(`%w "text"`, ErrMissing)
	}
	doc.Text, doc.Source, doc.Title, doc.URL = *j.Text, j.Source, j.Title, j.URL
	if j.Published != "" {
		if err := setDate(&doc, j.Published); err != nil {
			return doc, err
		}
	}
	return doc, doc.Validate(limit)
}
