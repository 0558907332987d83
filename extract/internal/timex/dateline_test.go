package timex

import (
	"testing"

	"github.com/contradict/contradict/claims"
	"github.com/google/go-cmp/cmp"
)

func TestDateline(t *testing.T) {
	type result struct {
		Date string // "" when none
		Text string // the date words
	}
	tests := []struct {
		name string
		text string
		want result
		why  string
	}{
		{"date line with sentence", " date 2022-04-12 Russian Foreign Minister Sergei Lavrov said on Monday that Russia will not suspend its military operation.\n",
			result{"2022-04-12", "2022-04-12"},
			"a date header can share its line with the first sentence; \"on Monday\" is not used"},
		{"date line alone", "date: 2022-07-21\n\nThe Kremlin said Thursday that talks could resume.",
			result{"2022-07-21", "2022-07-21"},
			"a date header with a colon"},
		{"reuters with year", "MOSCOW, July 21, 2022 (Reuters) - The Kremlin said on Thursday that talks could resume.",
			result{"2022-07-21", "July 21, 2022"},
			"an agency dateline with a year"},
		{"reuters no year", "MOSCOW, July 21 (Reuters) - The Kremlin said on Thursday that talks could resume.",
			result{},
			"an agency dateline without a year gives no date"},
		{"dateline year after agency", "KYIV, Ukraine, April 12 (AP) 2022 \u2014 Officials said talks had stalled.",
			result{"2022-04-12", "April 12"},
			"a year elsewhere in the dateline completes it"},
		{"published british", "Peace talks stall\nPublished 21 July 2022\nThe Kremlin said Thursday that talks could resume.",
			result{"2022-07-21", "21 July 2022"},
			"a Published line after the headline"},
		{"published colon us", "Published: July 21, 2022 3:04 PM ET\nThe Kremlin said Thursday that talks could resume.",
			result{"2022-07-21", "July 21, 2022"},
			"a Published line with a time"},
		{"published on weekday", "Published on Thursday, July 21, 2022\nText.",
			result{"2022-07-21", "Thursday, July 21, 2022"},
			"a weekday before the date is part of the date words"},
		{"updated only", "Updated July 22, 2022\nThe Kremlin said Thursday that talks could resume.",
			result{"2022-07-22", "July 22, 2022"},
			"an Updated line when there is nothing better"},
		{"published beats updated", "Updated July 22, 2022\nPublished July 21, 2022\nText.",
			result{"2022-07-21", "July 21, 2022"},
			"publication, not revision, dates the document"},
		{"date alone", "\u2018Door Not Shut\u2019 to Russia-Ukraine Peace Talks\nJuly 21, 2022\nKremlin spokesman Dmitry Peskov said Thursday talks were possible.",
			result{"2022-07-21", "July 21, 2022"},
			"a date alone on an early line"},
		{"guardian style", "Thu 21 Jul 2022 10.38 BST\nThe Kremlin said talks could resume.",
			result{"2022-07-21", "21 Jul 2022"},
			"abbreviated weekday and a time around the date"},
		{"headline date", "Negotiations between Moscow and Kyiv continue, but have stalled September 5\n\nIt gives the impression that Kyiv does not need it at all.",
			result{},
			"a date in a headline is not a dateline"},
		{"prose date with year", "Russia attacked Ukraine on February 24, 2022, and talks began days later.",
			result{},
			"a date in prose, even with a year, is not a dateline"},
		{"too deep", "one\ntwo\nthree\nfour\nfive\nJuly 21, 2022\n",
			result{},
			"only the first five non-empty lines count"},
		{"empty", "", result{}, "no text"},
		{"prose only", "Kremlin spokesman Dmitry Peskov said on Wednesday that talks were slow.", result{},
			"no header at all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, sp, ok := Dateline(tt.text)
			var got result
			if ok {
				got = result{d.String(), sp.In(tt.text)}
			} else if d != (claims.Date{}) || sp != (claims.Span{}) {
				t.Errorf("Dateline returned false with %v, %v", d, sp)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dateline(%q) (-want +got):\n%s\nwhy: %s", tt.text, diff, tt.why)
			}
		})
	}
}
