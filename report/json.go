package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/contradict/contradict/claims"
)

// The JSON form, field for field as in GOLD.md's report contract, plus a few more.

type jsonReport struct {
	Documents []jsonDoc      `json:"documents"`
	Claims    []jsonClaim    `json:"claims"`
	Conflicts []jsonConflict `json:"conflicts"`
}

type jsonDoc struct {
	ID        string  `json:"id"`
	Input     string  `json:"input,omitempty"`
	Source    *string `json:"source"`
	Published *string `json:"published"`
	Title     *string `json:"title"`
	URL       *string `json:"url"`
	Error     string  `json:"error,omitempty"`
}

type jsonSpeaker struct {
	Name        string             `json:"name"`
	Aliases     []string           `json:"aliases"`
	Kind        claims.SpeakerKind `json:"kind"`
	Role        string             `json:"role"`
	Affiliation string             `json:"affiliation"`
}

type jsonChannel struct {
	Name    string             `json:"name"`
	Kind    claims.SpeakerKind `json:"kind"`
	Mention jsonExcerpt        `json:"mention"`
}

type jsonExcerpt struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func excerpt(e claims.Excerpt) jsonExcerpt { return jsonExcerpt{e.Text, e.Start, e.End} }

type jsonClaim struct {
	ID      string       `json:"id"`
	Doc     string       `json:"doc"`
	Speaker jsonSpeaker  `json:"speaker"`
	Via     *jsonChannel `json:"via"` // null when the speaker was not reported through another
	Source  jsonExcerpt  `json:"source"`
	Cue     jsonExcerpt  `json:"cue"`
	Content jsonExcerpt  `json:"content"`
	// Date is the day, only when known to the day.
	Date          *string          `json:"date"`
	DatePrecision claims.Precision `json:"date_precision"`
	// DateApprox is the date at a coarser precision: the week's Monday, the month's first...
	DateApprox string `json:"date_approx,omitempty"`
	When       string `json:"when"`
	Relative   string `json:"relative,omitempty"`
	Target     string `json:"target"`
	Holder     string `json:"holder,omitempty"`
	Polarity   int    `json:"polarity"`
	// Asserted marks a polarity read from the assertion itself, no word taking a side.
	Asserted    bool              `json:"asserted,omitempty"`
	Proposition *jsonProposition  `json:"proposition,omitempty"`
	Text        string            `json:"text"`
	Evidence    []jsonExcerpt     `json:"evidence"`
	Quoted      bool              `json:"quoted"`
	Denies      bool              `json:"denies,omitempty"`
	Responses   []claims.Response `json:"responses,omitempty"`
}

type jsonProposition struct {
	Subject   string          `json:"subject,omitempty"`
	Predicate string          `json:"predicate,omitempty"`
	Negated   bool            `json:"negated,omitempty"`
	Modality  claims.Modality `json:"modality"`
	Tense     claims.Tense    `json:"tense"`
	Objects   []string        `json:"objects,omitempty"`
	Terms     []string        `json:"terms,omitempty"`
	Names     []string        `json:"names,omitempty"`
	Amount    *claims.Amount  `json:"amount,omitempty"`  // the first of Amounts
	Amounts   []claims.Amount `json:"amounts,omitempty"` // every figure, with what it counts or measures
	Time      *claims.Period  `json:"time,omitempty"`
}

type jsonConflict struct {
	ID     string              `json:"id"`
	Kind   claims.ConflictKind `json:"kind"`
	Score  float64             `json:"score"`
	A      []string            `json:"a"`
	B      []string            `json:"b"`
	Reason string              `json:"reason"`
}

// WriteJSON writes r as one indented JSON object with "documents", "claims" and
// "conflicts". Unknown values (a date, a source) are null; a claim's "date" is set only when
// the day is known, "date_precision" says how exactly, and "polarity" is -1, 0 or 1.
// Scores are rounded to 3 decimals. Nothing is written if a value cannot be encoded.
func (r Report) WriteJSON(w io.Writer) error {
	// The claims are most of a report: they are encoded on every CPU, in chunks.
	docs, err := encodeArray(r.Documents, docJSON)
	if err != nil {
		return err
	}
	cs, err := encodeArray(r.Claims, claimJSON)
	if err != nil {
		return err
	}
	ks, err := encodeArray(r.Conflicts, conflictJSON)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	write := func(parts [][]byte) {
		for _, p := range parts {
			bw.Write(p) // an error is kept for Flush
		}
	}
	bw.WriteString("{\n  \"documents\": ")
	write(docs)
	bw.WriteString(",\n  \"claims\": ")
	write(cs)
	bw.WriteString(",\n  \"conflicts\": ")
	write(ks)
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func docJSON(d DocInfo) jsonDoc {
	return jsonDoc{
		ID: d.ID, Input: d.Input, Source: orNull(d.Source), Published: orNull(d.Published.String()),
		Title: orNull(d.Title), URL: orNull(d.URL), Error: d.Err,
	}
}

func conflictJSON(k claims.Conflict) jsonConflict {
	return jsonConflict{
		ID: k.ID, Kind: k.Kind, Score: math.Round(k.Score*1000) / 1000,
		A: nonNil(k.A), B: nonNil(k.B), Reason: k.Reason,
	}
}

// chunk is the number of array elements a goroutine encodes at a time.
const chunk = 256

// encodeArray encodes the JSON array of conv of each of xs as it stands in a report's
// top-level object (json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false)): "[]",
// or "[", each element on lines indented twice and once more per level, and "  ]". It
// returns the array in parts, to be written one after the other.
func encodeArray[T, J any](xs []T, conv func(T) J) ([][]byte, error) {
	if len(xs) == 0 {
		return [][]byte{[]byte("[]")}, nil
	}
	chunks := make([][]byte, (len(xs)+chunk-1)/chunk)
	errs := make([]error, len(chunks))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chunks)) {
		wg.Go(func() {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("    ", "  ")
			enc.SetEscapeHTML(false)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(chunks) {
					return
				}
				buf.Reset()
				for j := i * chunk; j < min(len(xs), (i+1)*chunk); j++ {
					buf.WriteString(",\n    ")
					if errs[i] = enc.Encode(conv(xs[j])); errs[i] != nil {
						break
					}
					buf.Truncate(buf.Len() - 1) // Encode's newline
				}
				chunks[i] = bytes.Clone(buf.Bytes())
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	chunks[0][0] = '[' // the first element's separator opens the array
	return append(chunks, []byte("\n  ]")), nil
}

func claimJSON(c claims.Claim) jsonClaim {
	j := jsonClaim{
		ID:  c.ID,
		Doc: c.Doc,
		Speaker: jsonSpeaker{Name: c.Speaker.Name, Aliases: nonNil(c.Speaker.Aliases),
			Kind: c.Speaker.Kind, Role: c.Speaker.Role, Affiliation: c.Speaker.Affiliation},
		Source:        excerpt(c.Source),
		Cue:           excerpt(c.Cue),
		Content:       excerpt(c.Content),
		DatePrecision: c.When.Precision,
		When:          c.When.Text,
		Relative:      c.When.Relative,
		Target:        c.Target,
		Holder:        c.Holder,
		Polarity:      max(-1, min(1, c.Polarity.Sign())),
		Asserted:      c.Asserted,
		Text:          c.Content.Text,
		Evidence:      []jsonExcerpt{},
		Quoted:        c.Quoted,
		Denies:        c.Denies,
		Responses:     c.Responses,
	}
	if !c.Via.IsZero() {
		j.Via = &jsonChannel{Name: c.Via.Name, Kind: c.Via.Kind, Mention: excerpt(c.Via.Mention)}
	}
	if p := c.Proposition; !p.IsZero() {
		j.Proposition = &jsonProposition{Subject: p.Subject, Predicate: p.Predicate, Negated: p.Negated,
			Modality: p.Modality, Tense: p.Tense, Objects: p.Objects, Terms: p.Terms, Names: p.Names, Amounts: p.Amounts}
		if !p.Amount.IsZero() {
			j.Proposition.Amount = &p.Amount
		}
		if !p.Time.IsZero() {
			j.Proposition.Time = &p.Time
		}
	}
	if c.When.Known() {
		if c.When.Precision == claims.Day {
			j.Date = orNull(c.When.Date.String())
		} else {
			j.DateApprox = c.When.Date.String()
		}
	}
	if c.Evidence != (claims.Excerpt{}) {
		j.Evidence = append(j.Evidence, excerpt(c.Evidence))
	}
	return j
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
