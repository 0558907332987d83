package extract

// This file reads the figures of a claim's content: each number with what it counts
// ("1,112 mail ballots": ballot), and, for a share, a sum or a measure, the quantity it
// gives ("an operating margin of 14%": margin).

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// maxAmounts bounds the figures read from one content.
const maxAmounts = 6

// numberToken reads a number as the tokenizer leaves it, with a currency glued before it
// and a scale or unit after: "$2bn", "EUR6.8", "£300m", "5.2GW", "12%".
var numberToken = regexp.MustCompile(`^(US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|EUR|USD|GBP|Rs\.?)?([0-9][0-9,]*(?:\.[0-9]+)?)(%|[A-Za-z]{1,3})?$`)

// currencies name a currency by one sign, so that "EUR6.8 billion" and "€6.5bn" agree.
var currencies = map[string]string{"$": "$", "us$": "$", "a$": "$", "c$": "$", "nz$": "$", "hk$": "$", "s$": "$", "r$": "$", "usd": "$",
	"€": "€", "eur": "€", "euro": "€", "euros": "€", "£": "£", "gbp": "£", "¥": "¥", "yen": "¥", "₹": "₹", "rs": "₹", "rs.": "₹", "rupees": "₹",
	"pounds": "£", "dollars": "$"} // "pounds 1.7m", as some copy writes the sign

// scales multiply the number before them: "8.3 million tonnes", "1.8 lakh hectares".
var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	"bn": 1e9, "mn": 1e6, "tn": 1e12, "k": 1e3}

// numberWords are the numbers news spells out: "three TGVs out of five".
var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12}

// countModifiers stand between a number and the noun it counts: "20 more officers",
// "300 additional staff".
var countModifiers = map[string]bool{"more": true, "fewer": true, "less": true, "additional": true, "extra": true, "new": true, "other": true, "further": true}

// measureVerbs link a quantity to its figure: "inflation would reach 3.5%", "the deficit
// came in at 6.4%", "turnout stood at 30%".
// The verbs of change ("rise", "fall") are changeWords.
var measureVerbs = map[string]bool{"be": true, "reach": true, "hit": true, "stand": true, "come": true, "total": true, "top": true, "exceed": true, "amount": true,
	"remain": true, "stay": true, "average": true}

// leadWords may stand between a quantity and its figure: "a margin of about 14%",
// "adherence at less than 30%".
var leadWords = map[string]bool{"of": true, "at": true, "to": true, "by": true, "in": true, "around": true, "about": true, "some": true, "nearly": true, "almost": true,
	"roughly": true, "approximately": true, "just": true, "over": true, "under": true, "more": true, "less": true, "than": true, "only": true, "barely": true,
	"a": true, "an": true, "the": true, "up": true, "down": true, "below": true, "above": true, "still": true, "now": true, "estimated": true, "would": true, "will": true, "for": true}

// amountsAt returns the figures of the content, in order, and the index of the word each
// opens at. Years and dates are none.
func amountsAt(ws []lemmaWord) ([]claims.Amount, []int) {
	var out []claims.Amount
	var at []int
	for i := 0; i < len(ws) && len(out) < maxAmounts; i++ {
		a, end, ok := amountAt(ws, i)
		if !ok {
			continue
		}
		out, at = append(out, a), append(at, i)
		i = end - 1
	}
	return out, at
}

// clockSuffix reports whether s follows an hour: "am", "pm", "a.m", "p.m".
func clockSuffix(s string) bool {
	return s == "am" || s == "pm" || s == "a.m" || s == "p.m"
}

// amountAt reads a figure opening at ws[i] and returns it with the index after it.
func amountAt(ws []lemmaWord, i int) (claims.Amount, int, bool) {
	w := ws[i]
	cur := ""
	j := i
	if c, ok := currencies[w.low]; ok && i+1 < len(ws) {
		cur, j = c, i+1 // "$ 2bn", "EUR 6.8 billion"
		w = ws[j]
	}
	v, suffix, ok := 0.0, "", false
	digits := strings.ContainsAny(w.text, "0123456789")
	var m []string
	if digits { // the expression is dear, and most words hold no digit
		m = numberToken.FindStringSubmatch(w.text)
	}
	if m != nil {
		if m[1] != "" {
			if cur != "" {
				return claims.Amount{}, 0, false
			}
			cur = currencies[strings.ToLower(m[1])]
		}
		if f, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64); err == nil {
			v, ok = f, true
		}
		suffix = strings.ToLower(m[3])
	} else if digits {
		if top, isRange := rangeTop(w.text); isRange {
			v, ok = top, true // "30-40 enterprises": at most 40
		}
	} else if f, isWord := numberWords[w.low]; isWord && w.tag == "CD" {
		v, ok = f, true
	}
	if !ok || m != nil && cur == "" && generation(m[2], m[3]) {
		return claims.Amount{}, 0, false
	}
	if cur == "" && (clockSuffix(suffix) || suffix == "" && j+1 < len(ws) && clockSuffix(strings.TrimSuffix(ws[j+1].low, "."))) {
		return claims.Amount{}, 0, false // "at 8am", "at 10 p.m.": a time of day
	}
	spelled := numberWords[w.low] > 0
	if cur == "" && suffix == "" && !strings.Contains(w.text, ",") && v >= 1900 && v <= 2100 && v == float64(int(v)) {
		return claims.Amount{}, 0, false // a year
	}
	j++
	if spelled && j+1 < len(ws) && ws[j].low == "point" {
		// "two point nine million": a decimal spoken, a digit word at a time
		k, scale := j+1, 0.1
		for ; k < len(ws) && k <= j+2; k++ {
			d, isDigit := numberWords[ws[k].low]
			if !isDigit && ws[k].low != "zero" || d > 9 {
				break
			}
			v += d * scale
			scale /= 10
		}
		if k > j+1 {
			j, v = k, scaled(v, 1) // tenths summed carry float noise: 2.3499999999999996
		}
	}
	unit := ""
	switch s, ok := scales[suffix]; {
	case suffix == "%":
		unit = "%"
	case ok && (cur != "" || suffix != "k"):
		v = scaled(v, s)
	case suffix == "m" && cur != "":
		v = scaled(v, 1e6) // "£300m"; "100m" alone is metres
	case suffix != "":
		unit = suffix // "5.2GW", "100m"
	}
	for j < len(ws) {
		if s, ok := scales[ws[j].low]; ok && ws[j].low != "k" {
			v = scaled(v, s)
			j++
			continue
		}
		break
	}
	if unit == "" && j < len(ws) {
		switch ws[j].low {
		case "percent", "%", "pc":
			unit, j = "%", j+1
		case "per":
			if j+1 < len(ws) && ws[j+1].low == "cent" {
				unit, j = "%", j+2
			}
		}
	}
	if unit == "" && cur != "" {
		unit = cur
	}
	if unit == "" && j < len(ws) && (timeNouns[ws[j].low] || timeNouns[nounBase(ws[j])] || months[ws[j].low]) && !coverOf(ws, j) {
		return claims.Amount{}, 0, false // "two weeks", "5 March"
	}
	numbered := false
	if unit == "" {
		if u, k := countedNoun(ws, j); u != "" {
			unit, j = u, k
		} else if u := numberOf(ws, i); u != "" {
			unit, numbered = u, true // "the number of lines barred stood at 40 million": 40 million lines
		} else if spelled {
			return claims.Amount{}, 0, false // "one of them"
		}
	}
	a := claims.Amount{Value: v, Unit: unit}
	if j+1 < len(ws) && (ws[j].low == "a" || ws[j].low == "an" || ws[j].low == "per" || ws[j].low == "each" || ws[j].low == "every") && ws[j+1].noun && !ws[j+1].cap {
		a.Per = nounBase(ws[j+1]) // "600 tests a day", "€0.45 per share"
	}
	if unit == "" || unit == "%" || cur != "" || suffix != "" {
		a.Of, a.Change = quantityOf(ws, i, j)
	} else if numbered {
		_, a.Change = quantityOf(ws, i, j) // "the number of lines rose by 5 million"
	}
	if a.Unit == "" && a.Of == "" {
		return claims.Amount{}, 0, false
	}
	a.Bound = boundBefore(ws, i)
	return a, j, true
}

// boundBefore reads the words before the figure opening at ws[i] that make it a limit:
// "more than", "at least", "up to", "fewer than". A "no" or a negated verb just before
// "more/fewer/less than" turns it round: "no more than 5" and "were not assigned more
// than five" are at most, "not fewer than 40" at least.
func boundBefore(ws []lemmaWord, i int) claims.Bound {
	from := i // where the words that make the limit open
	at := func(k int, w ...string) bool {
		if k < 0 || k+len(w) > i {
			return false
		}
		for n, x := range w {
			if ws[k+n].low != x {
				return false
			}
		}
		from = k
		return true
	}
	var b claims.Bound
	switch {
	case at(i-2, "more", "than"), at(i-2, "greater", "than"), at(i-2, "at", "least"), at(i-2, "upwards", "of"), at(i-3, "in", "excess", "of"), at(i-1, "over"), at(i-1, "above"):
		b = claims.AtLeast
	case at(i-2, "less", "than"), at(i-2, "fewer", "than"), at(i-2, "up", "to"), at(i-2, "at", "most"), at(i-1, "under"), at(i-1, "below"), at(i-3, "a", "maximum", "of"):
		b = claims.AtMost
	default:
		return claims.Exact
	}
	if ws[i-1].low == "than" && ws[from].low != "greater" {
		// A clause reads a negated verb before "more than", "fewer than" or "less than"
		// as a degree, not a denial (see comparison), so the limit carries the negation,
		// as it carries the "no" just before it.
		for k := from - 1; k >= 0 && k >= from-4; k-- {
			if negWord(ws[k].low) || k == from-1 && ws[k].low == "no" {
				if b == claims.AtLeast {
					return claims.AtMost
				}
				return claims.AtLeast
			}
			if t := ws[k].tag; !isVerbTag(t) && !strings.HasPrefix(t, "RB") && t != "MD" && t != "TO" && ws[k].low != "by" {
				break
			}
		}
	}
	return b
}

// generation reports whether a one-digit number with a capital G or D glued to it names a
// thing, not a figure: "4G", "5G", "3D". Other capitals are units: "5C", "9V".
func generation(num, suffix string) bool {
	return len(num) == 1 && (suffix == "G" || suffix == "D")
}

// scaled returns v times s without the float noise: 8.3 million is 8300000.
func scaled(v, s float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v*s, 'g', 12, 64), 64)
	return f
}

// countedNoun returns the base form of the noun a number counts, from ws[j], with the
// index after it: "mail ballots" gives "ballot", "of the 71 approved posts" "post".
func countedNoun(ws []lemmaWord, j int) (string, int) {
	if j < len(ws) && ws[j].low == "of" {
		// "23 of the 71 approved posts", "three out of five", "of Britain's 659 MPs"
		j++
		for j < len(ws) && (ws[j].tag == "DT" || ws[j].tag == "PRP$" || ws[j].tag == "CD" || ws[j].poss) {
			j++
		}
	}
	for j < len(ws) && (countModifiers[ws[j].low] || (strings.HasPrefix(ws[j].tag, "JJ") || ws[j].tag == "VBN") && !ws[j].cap) {
		j++
	}
	head, k := "", j
	for k < len(ws) && !ws[k].punc {
		t := ws[k]
		switch {
		case (t.tag == "NN" || t.tag == "NNS") && !t.cap:
			head = nounBase(t)
		case strings.HasPrefix(t.tag, "NNP") && acronymPlural(t.text):
			head = strings.ToLower(t.text[:len(t.text)-1]) // "TGVs", "MPs"
		default:
			return head, k
		}
		k++
	}
	return head, k
}

// acronymPlural reports whether s is an acronym in the plural: "TGVs", "MPs".
func acronymPlural(s string) bool {
	if len(s) < 3 || s[len(s)-1] != 's' {
		return false
	}
	for _, r := range s[:len(s)-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// nounBase returns the noun base form of w: "ballot" for "ballots".
func nounBase(w lemmaWord) string {
	return lemmaAs(w, wordnet.Noun)
}

// changeWords move a quantity: "rose by £4bn", "a 2% cut".
var changeWords = map[string]bool{"rise": true, "fall": true, "grow": true, "drop": true, "climb": true, "increase": true, "decrease": true, "decline": true,
	"jump": true, "cut": true, "reduce": true, "raise": true, "lower": true, "slash": true, "boost": true, "hike": true, "reduction": true, "gain": true, "loss": true}

// quantityOf returns what a share, sum or measure at ws[i:j] gives: the noun before it,
// over a linking verb and small words ("an operating margin of 14%", "inflation would
// reach 3.5%"), else the noun "of" opens after it ("30% of the workforce"). change
// reports a figure that moves the quantity rather than gives it: "lending rose by £4bn",
// "a 2% cut in rates", "up 28%".
func quantityOf(ws []lemmaWord, i, j int) (of string, change bool) {
	if j < len(ws) && changeWords[nounBase(ws[j])] {
		change = true
	}
	if k := i - 1; k >= 0 && upDown(ws[k]) || k >= 1 && ws[k].low == "by" && upDown(ws[k-1]) {
		change = true // "up 28% on a year earlier", "down by 3%"
	}
	verbs := 0
	by := false
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		w := ws[k]
		if w.punc {
			break
		}
		if (w.tag == "NN" || w.tag == "NNS") && !w.cap {
			return nounBase(w), change
		}
		if isVerbTag(w.tag) {
			v := lemmaAs(w, wordnet.Verb)
			if by && changeWords[v] {
				change = true
			}
			if verbs++; verbs > 1 || !measureVerbs[v] && !changeWords[v] {
				break
			}
			continue
		}
		if w.low == "by" {
			by = true
		}
		if !leadWords[w.low] && w.tag != "MD" && !strings.HasPrefix(w.tag, "RB") && !(k > 0 && ws[k-1].low == "for" && strings.ContainsAny(w.text, "0123456789")) {
			break // not over "for 2022-23" either
		}
	}
	if j+1 < len(ws) && ws[j].low == "of" {
		if u, _ := countedNoun(ws, j); u != "" {
			return u, change
		}
	}
	return "", change
}

// upDown reports whether w is "up" or "down" of a change, not a verb's particle ("gave
// up 40% of its seats", "put up £5m").
func upDown(w lemmaWord) bool {
	return (w.low == "up" || w.low == "down") && w.tag != "RP"
}

// countNouns name a count of what follows their "of": "the number of lines".
var countNouns = map[string]bool{"number": true, "total": true, "count": true, "tally": true}

// numberOf returns what a figure at ws[i] counts when the clause before it names a count
// of it: "the number of lines actually barred stood at about 40 million". Not over a
// stop or a comma, nor from "a number of", which is no count ("a number of firms paid 40
// million").
func numberOf(ws []lemmaWord, i int) string {
	for k := i - 1; k >= 0 && i-k <= 10 && !ws[k].punc; k-- {
		if countNouns[ws[k].low] && ws[k+1].low == "of" && !(ws[k].low == "number" && indefinite(ws, k)) {
			u, _ := countedNoun(ws, k+1)
			return u
		}
	}
	return ""
}

// indefinite reports whether the noun at ws[k] has "a", "an" or "any" for its determiner,
// over any adjectives: "a number of", "a growing number of".
func indefinite(ws []lemmaWord, k int) bool {
	d := k - 1
	for d >= 0 && strings.HasPrefix(ws[d].tag, "JJ") {
		d--
	}
	return d >= 0 && (ws[d].low == "a" || ws[d].low == "an" || ws[d].low == "any")
}

// rangeTop reads a range of numbers written as one token, "30-40" or "30–40", and returns
// its upper end.
func rangeTop(s string) (float64, bool) {
	lo, hi, ok := strings.Cut(strings.ReplaceAll(s, "–", "-"), "-")
	if !ok {
		return 0, false
	}
	a, err1 := strconv.ParseFloat(strings.ReplaceAll(lo, ",", ""), 64)
	b, err2 := strconv.ParseFloat(strings.ReplaceAll(hi, ",", ""), 64)
	if err1 != nil || err2 != nil || a > b {
		return 0, false
	}
	return b, true
}

// coverOf reports whether the span of time at ws[j] measures a stock by what it covers,
// a quantity and no time: "30 days of national consumption", "four months of imports".
func coverOf(ws []lemmaWord, j int) bool {
	if months[ws[j].low] || j+2 >= len(ws) || ws[j+1].low != "of" {
		return false
	}
	for _, w := range ws[j+2 : min(len(ws), j+5)] {
		if strings.HasPrefix(w.tag, "NN") && !strings.HasPrefix(w.tag, "NNP") {
			return !timeNouns[w.low] && !timeNouns[nounBase(w)] // not "two weeks of the year"
		}
		if w.tag != "JJ" && w.tag != "DT" {
			return false
		}
	}
	return false
}
