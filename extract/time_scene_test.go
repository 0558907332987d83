package extract

import "testing"

// TestSceneDates checks more statements their article places without time words of
// their own, in documents published on Friday 14 March 2025, from the causes of the
// misses of the held-out table 7 (testdata/polnear-train-dates7.tsv) that also stand in
// other articles.
func TestSceneDates(t *testing.T) {
	tests := []datedCase{
		{
			name: "narration moves on in an after phrase",
			text: "The ministers met on Tuesday in Lisbon.\n\nThe talks fell short, after a long meeting on Wednesday between the two leaders.\n\nPrime Minister Tom Hale said at a news conference that the gaps were still wide.",
			want: []string{
				"the gaps were still wide | 2025-03-12 | the events of Wednesday",
			},
			why: "a day in an 'after …' phrase of narration, with no statement in its sentence, is a day the article has moved to: the news conference is on it, not on the Tuesday before",
		},
		{
			name: "a day in a relative clause on other people",
			text: "Officials say Tom Hale, the driver who hit three cyclists early Sunday morning, held a valid licence.",
			want: []string{
				"Tom Hale, the driver who hit three cyclists early Sunday morning, held a valid licence | 2025-03-14 | publication day",
			},
			why: "'who hit … early Sunday morning' tells when the driver did it, not when the officials spoke: the lede's present 'say' is news of the publication day",
		},
		{
			name: "a day in a relative clause that names the occasion",
			text: "Senator Ann Ruiz scolded a student who interrupted her during a rally in Dayton on Sunday.\n\n“Thank you, son,” Ruiz said.",
			want: []string{
				"a student who interrupted her during a rally in Dayton on Sunday | 2025-03-09 | on Sunday",
				"Thank you, son | 2025-03-09 | Ruiz’s remarks on Sunday",
			},
			why: "'who interrupted her during a rally … on Sunday' dates the rally, which is where she spoke",
		},
		{
			name: "an after phrase that does not move the article on",
			text: "Mayor Tom Hale won the vote on Thursday.\n\nFollowing his big wins Tuesday night, which put him far ahead, this might have been the night when Hale could relax.\n\nHale told a news conference the city was ready.",
			want: []string{
				"the city was ready | 2025-03-13 | the events of Thursday",
			},
			why: "a day in an 'after' phrase of narration earlier than the one the article has set tells only that its sentence came later",
		},
	}
	checkDatedCases(t, tests)
}
