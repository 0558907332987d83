package ingest

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, why string
		text      string
		want      claims.Document // Text is filled in from text
		err       error
	}{{
		name: "no header",
		why:  "a plain article has no metadata",
		text: "Lavrov said talks make no sense.\n",
		want: claims.Document{ID: "a.txt"},
	}, {
		name: "all keys",
		why:  "each key alone on its line, any case, with or without a colon",
		text: "Date 2022-07-21\nSOURCE: The Moscow Times\ntitle Door Not Shut\nurl https://example.com/a\n\nPeskov said talks were possible.\n",
		want: claims.Document{ID: "a.txt", Published: claims.NewDate(2022, 7, 21),
			Source: "The Moscow Times", Title: "Door Not Shut", URL: "https://example.com/a"},
	}, {
		name: "same-line date",
		why:  "seed 002 opens with the date on its first sentence's line",
		text: " date 2022-04-12 Russian Foreign Minister Sergei Lavrov said on Monday that ...\n",
		want: claims.Document{ID: "a.txt", Published: claims.NewDate(2022, 4, 12)},
	}, {
		name: "header then same-line date",
		why:  "the same-line form ends the header",
		text: "source Reuters\ndate 2022-04-06 The Kremlin said on Wednesday that ...\n",
		want: claims.Document{ID: "a.txt", Source: "Reuters", Published: claims.NewDate(2022, 4, 6)},
	}, {
		name: "byte order mark",
		why:  "a BOM before the header is not body text",
		text: "\uFEFFdate 2022-04-06\nThe Kremlin said so.\n",
		want: claims.Document{ID: "a.txt", Published: claims.NewDate(2022, 4, 6)},
	}, {
		name: "body starting with a key word",
		why:  "a sentence that starts with Source is body, not header",
		text: "Source close to the Kremlin said he was wrong.\n",
		want: claims.Document{ID: "a.txt"},
	}, {
		name: "date word in body",
		why:  "a date header needs a YYYY-MM-DD value",
		text: "Date night was cancelled, the minister said.\n",
		want: claims.Document{ID: "a.txt"},
	}, {
		name: "header after body",
		why:  "headers only open a document",
		text: "Peskov spoke.\ndate 2022-01-02\n",
		want: claims.Document{ID: "a.txt"},
	}, {
		name: "bad date",
		why:  "a date-shaped header that is no date is an error, not body",
		text: "date 2022-13-45\nPeskov spoke.\n",
		want: claims.Document{ID: "a.txt"},
		err:  ErrDate,
	}, {
		name: "header only",
		why:  "metadata without a body is an empty document",
		text: "date 2022-01-02\nsource Reuters\n\n",
		want: claims.Document{ID: "a.txt", Published: claims.NewDate(2022, 1, 2), Source: "Reuters"},
		err:  claims.ErrEmpty,
	}, {
		name: "blank",
		why:  "white space is empty",
		text: " \n\t\n",
		want: claims.Document{ID: "a.txt"},
		err:  claims.ErrEmpty,
	}, {
		name: "NUL",
		why:  "NUL bytes mean binary data",
		text: "Peskov\x00 said",
		want: claims.Document{ID: "a.txt"},
		err:  claims.ErrBinary,
	}, {
		name: "invalid UTF-8",
		why:  "Latin-1 text is not UTF-8",
		text: "Pe\xf1a said so.",
		want: claims.Document{ID: "a.txt"},
		err:  claims.ErrInvalidUTF8,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseText("a.txt", []byte(tt.text))
			if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
				t.Fatalf("%s: err = %v, want %v", tt.why, err, tt.err)
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Path != "a.txt" {
					t.Errorf("%s: error %q does not name the document", tt.why, err)
				}
			}
			want := tt.want
			want.Text = tt.text
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: (-want +got)\n%s", tt.why, diff)
			}
		})
	}
}

func TestParseTextSeed002(t *testing.T) {
	const id = "002_8652b542620d705f.txt"
	data, err := os.ReadFile("../testdata/seeds/" + id)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseText(id, data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Published, claims.NewDate(2022, 4, 12); got != want {
		t.Errorf("Published = %v, want %v", got, want)
	}
	if doc.Text != string(data) {
		t.Errorf("Text is not the file as read")
	}
}

func ExampleParseText() {
	text := "source Reuters\ndate 2022-04-06\n\nThe Kremlin said on Wednesday that talks were slow.\n"
	doc, err := ParseText("kremlin.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.ID, doc.Source, doc.Published)
	fmt.Printf("%q\n", doc.Text[32:43]) // offsets index into the text as read
	_, err = ParseText("empty.txt", []byte("date 2022-04-06\n"))
	fmt.Println(err)
	// Output:
	// kremlin.txt Reuters 2022-04-06
	// "The Kremlin"
	// empty.txt: empty document: header only
}

// FuzzParseText checks that ParseText never panics, keeps the text as given and fails on
// text that claims.Document.Validate refuses.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{"", "date 2022-04-12\nA said.", " date 2022-04-12 A said.", "source X\ntitle Y\nurl z\n\nB.", "\uFEFFdate 2022-13-01\n", "a\x00b", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseText("f.txt", data)
		if doc.Text != string(data) {
			t.Fatalf("Text changed")
		}
		if verr := (claims.Document{Text: string(data)}).Validate(0); verr != nil && err == nil {
			t.Fatalf("no error for invalid text: %v", verr)
		}
	})
}
