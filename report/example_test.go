package report_test

import (
	"os"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/report"
)

func Example() {
	text := "Lavrov said talks make no sense."
	doc := claims.Document{ID: "a.txt", Published: claims.NewDate(2022, 7, 20), Text: text}
	c := claims.Claim{
		ID:       "a.txt#1",
		Doc:      "a.txt",
		Speaker:  claims.Speaker{Name: "Sergei Lavrov", Kind: claims.Person},
		Source:   claims.ExcerptOf(text, claims.Span{Start: 0, End: 6}),
		Cue:      claims.ExcerptOf(text, claims.Span{Start: 7, End: 11}),
		Content:  claims.ExcerptOf(text, claims.Span{Start: 12, End: 31}),
		Evidence: claims.ExcerptOf(text, claims.Span{Start: 0, End: 32}),
		When:     claims.When{Date: doc.Published, Precision: claims.Day},
		Target:   "talks",
		Polarity: claims.Against,
	}
	r := report.Build([]report.DocInfo{report.InfoOf("a.txt", doc)}, []claims.Claim{c}, nil)
	if err := r.WriteJSON(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "documents": [
	//     {
	//       "id": "a.txt",
	//       "input": "a.txt",
	//       "source": null,
	//       "published": "2022-07-20",
	//       "title": null,
	//       "url": null
	//     }
	//   ],
	//   "claims": [
	//     {
	//       "id": "a.txt#1",
	//       "doc": "a.txt",
	//       "speaker": {
	//         "name": "Sergei Lavrov",
	//         "aliases": [],
	//         "kind": "person",
	//         "role": "",
	//         "affiliation": ""
	//       },
	//       "via": null,
	//       "source": {
	//         "text": "Lavrov",
	//         "start": 0,
	//         "end": 6
	//       },
	//       "cue": {
	//         "text": "said",
	//         "start": 7,
	//         "end": 11
	//       },
	//       "content": {
	//         "text": "talks make no sense",
	//         "start": 12,
	//         "end": 31
	//       },
	//       "date": "2022-07-20",
	//       "date_precision": "day",
	//       "when": "",
	//       "target": "talks",
	//       "polarity": -1,
	//       "text": "talks make no sense",
	//       "evidence": [
	//         {
	//           "text": "Lavrov said talks make no sense.",
	//           "start": 0,
	//           "end": 32
	//         }
	//       ],
	//       "quoted": false
	//     }
	//   ],
	//   "conflicts": []
	// }
}
