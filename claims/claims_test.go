package claims

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestLabelsRoundTrip(t *testing.T) {
	type label interface {
		MarshalText() ([]byte, error)
		String() string
	}
	tests := []struct {
		name string
		v    label
		text string
		back func([]byte) (label, error)
		why  string
	}{
		{"polarity for", For, "for", func(b []byte) (label, error) { var p Polarity; return p, p.UnmarshalText(b) }, "stances marshal as words in JSON keys and logs"},
		{"polarity against", Against, "against", func(b []byte) (label, error) { var p Polarity; err := p.UnmarshalText(b); return p, err }, "the negative stance"},
		{"speaker kind", Anonymous, "anonymous", func(b []byte) (label, error) { var k SpeakerKind; err := k.UnmarshalText(b); return k, err }, "an unnamed source"},
		{"author kind", Author, "author", func(b []byte) (label, error) { var k SpeakerKind; err := k.UnmarshalText(b); return k, err }, "the last kind, so the names table must reach it"},
		{"precision", Week, "week", func(b []byte) (label, error) { var p Precision; err := p.UnmarshalText(b); return p, err }, "'last week' keeps its precision"},
		{"modality asked", Asked, "asked", func(b []byte) (label, error) { var m Modality; err := m.UnmarshalText(b); return m, err }, "the last modality, so the names table must reach it"},
		{"conflict kind", BetweenOfficials, "between-officials", func(b []byte) (label, error) { var k ConflictKind; err := k.UnmarshalText(b); return k, err }, "the names of the report contract"},
		{"bound", AtMost, "at most", func(b []byte) (label, error) { var k Bound; err := k.UnmarshalText(b); return k, err }, "the last bound, so the names table must reach it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.v.MarshalText()
			if err != nil || string(b) != tt.text || tt.v.String() != tt.text {
				t.Fatalf("%s: MarshalText = %q, %v; String = %q; want %q", tt.why, b, err, tt.v.String(), tt.text)
			}
			back, err := tt.back(b)
			if err != nil || back.String() != tt.text {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v", tt.why, b, back, err)
			}
		})
	}
	var p Polarity
	if err := p.UnmarshalText([]byte("sideways")); err == nil {
		t.Error("an unknown polarity must be an error")
	}
	if _, err := Polarity(5).MarshalText(); err == nil {
		t.Error("an out-of-range polarity must not marshal")
	}
}

func TestAmountAdmits(t *testing.T) {
	tests := []struct {
		a    Amount
		v    float64
		want bool
		why  string
	}{
		{Amount{Value: 500, Bound: AtLeast}, 650, true, "'more than 500' admits 650"},
		{Amount{Value: 500, Bound: AtLeast}, 300, false, "and not 300"},
		{Amount{Value: 40, Bound: AtMost}, 12, true, "'up to 40' admits 12"},
		{Amount{Value: 40, Bound: AtMost}, 41, false, "and not 41"},
		{Amount{Value: 40}, 41, false, "an exact figure admits only itself"},
	}
	for _, tt := range tests {
		if got := tt.a.Admits(tt.v); got != tt.want {
			t.Errorf("%+v.Admits(%g) = %t, want %t: %s", tt.a, tt.v, got, tt.want, tt.why)
		}
	}
}

func TestDate(t *testing.T) {
	d := NewDate(2022, time.July, 21)
	tests := []struct {
		name string
		got  any
		want any
		why  string
	}{
		{"string", d.String(), "2022-07-21", "the report's date form"},
		{"weekday", d.Weekday(), time.Thursday, "news dates are read against weekdays"},
		{"day before", d.AddDays(-1).String(), "2022-07-20", "'the day before'"},
		{"across a month", NewDate(2022, time.March, 1).AddDays(-1).String(), "2022-02-28", "normalised like time.Date"},
		{"days until", d.DaysUntil(NewDate(2022, time.April, 11)), -101, "the gap between two statements"},
		{"zero is unknown", Date{}.String(), "", "an unknown date prints as nothing"},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, tt.got); d != "" {
			t.Errorf("%s: %s (-want +got):\n%s", tt.name, tt.why, d)
		}
	}
	if _, err := ParseDate("21 July 2022"); err == nil {
		t.Error("ParseDate must want YYYY-MM-DD")
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name, text string
		limit      int
		want       error
		why        string
	}{
		{"ok", "Lavrov said talks make no sense.", 0, nil, "plain text passes"},
		{"empty", "  \n\t", 0, ErrEmpty, "white space only is empty"},
		{"nul", "talks\x00go on", 0, ErrBinary, "a NUL byte means binary data"},
		{"invalid utf8", "caf\xe9 talks", 0, ErrInvalidUTF8, "Latin-1 bytes are not UTF-8"},
		{"too large", strings.Repeat("a", 100), 10, ErrTooLarge, "a size limit protects memory"},
		{"control characters", strings.Repeat("\x01\x02a", 50), 0, ErrBinary, "mostly control characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Document{ID: "d", Text: tt.text}.Validate(tt.limit)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("%s: Validate = %v, want %v", tt.why, err, tt.want)
			}
		})
	}
}

func TestSpanOverlaps(t *testing.T) {
	tests := []struct {
		a, b Span
		want bool
		why  string
	}{
		{Span{Start: 0, End: 5}, Span{Start: 3, End: 8}, true, "share bytes 3 and 4"},
		{Span{Start: 0, End: 5}, Span{Start: 5, End: 8}, false, "end is exclusive: touching is not overlapping"},
		{Span{Start: 2, End: 9}, Span{Start: 4, End: 6}, true, "one inside the other"},
		{Span{Start: 4, End: 4}, Span{Start: 0, End: 9}, false, "an empty span holds no byte"},
	}
	for _, tc := range tests {
		if got := tc.a.Overlaps(tc.b); got != tc.want {
			t.Errorf("%v.Overlaps(%v) = %v, want %v: %s", tc.a, tc.b, got, tc.want, tc.why)
		}
		if got := tc.b.Overlaps(tc.a); got != tc.want {
			t.Errorf("%v.Overlaps(%v) = %v, want %v (symmetric): %s", tc.b, tc.a, got, tc.want, tc.why)
		}
	}
}

func TestConflictHolds(t *testing.T) {
	big := Conflict{Kind: SameSpeaker, A: []string{"a1", "a2"}, B: []string{"b1", "b2"}}
	tests := []struct {
		why  string
		o    Conflict
		want bool
	}{
		{"its sides lie within big's, crossed", Conflict{Kind: SameSpeaker, A: []string{"b1"}, B: []string{"a2"}}, true},
		{"it sets a1 against a2, which big holds on one side", Conflict{Kind: SameSpeaker, A: []string{"a1"}, B: []string{"a2"}}, false},
		{"another kind between the same claims", Conflict{Kind: BetweenOutlets, A: []string{"a1"}, B: []string{"b1"}}, false},
		{"a claim big does not hold", Conflict{Kind: SameSpeaker, A: []string{"a1"}, B: []string{"c1"}}, false},
	}
	for _, tt := range tests {
		if got := big.Holds(tt.o); got != tt.want {
			t.Errorf("%s: Holds = %v, want %v", tt.why, got, tt.want)
		}
	}
}

func TestPeriodOverlaps(t *testing.T) {
	d := func(m, day int) Date { return NewDate(2024, time.Month(m), day) }
	tests := []struct {
		p, q Period
		want bool
		why  string
	}{
		{Period{d(3, 1), d(3, 7)}, Period{d(7, 1), d(12, 31)}, false, "the first week of March and the second half of the year"},
		{Period{To: d(12, 31)}, Period{d(10, 1), d(10, 31)}, true, "'by the end of the year' reaches back to October"},
		{Period{From: d(4, 16)}, Period{d(4, 2), d(4, 2)}, false, "'not before April 16' and April 2"},
		{Period{d(4, 2), d(4, 2)}, Period{d(4, 2), d(4, 2)}, true, "one day with itself"},
		{Period{To: d(1, 31)}, Period{From: d(2, 1)}, false, "open ends that still part"},
	}
	for _, tt := range tests {
		if got := tt.p.Overlaps(tt.q); got != tt.want || tt.q.Overlaps(tt.p) != tt.want {
			t.Errorf("%v and %v: overlap %t, want %t both ways (%s)", tt.p, tt.q, got, tt.want, tt.why)
		}
	}
}
