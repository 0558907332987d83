package extract

// occasion.go reads the occasions a sentence names, at which news places what people say:
// "in an interview on Monday", "at the rally", "in a statement", "during a second
// debate", "told CNN", "after the meeting". time.go dates a statement by the occasion its
// sentence names, or by the one the article has placed it in before.

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// occasionNoun is an entry of data/occasions.txt.
type occasionNoun struct {
	words   []string // the phrase, lower case, singular: [press conference]
	noun    string   // its canonical form: "press conference", "briefing"
	written bool     // a statement, a tweet, a letter: an act of its own
}

// occasionRef says how a sentence points at an occasion.
type occasionRef uint8

const (
	refNone    occasionRef = iota
	refNew                 // "in a statement", "told CNN": one the article has not met
	refSame                // "in the interview", "at his rally": one met before
	refAnother             // "in a second interview", "another statement": one like it, the same day
	refLater               // "in a later interview", "a subsequent statement": another after it, by a time not told
	refAfter               // "after the debate": the statement follows it, by a time not told
	refEarlier             // "his earlier statements", "a recent appearance": another, at a time not told
)

var refNames = [...]string{"none", "new", "same", "another", "later", "after", "earlier"}

func (r occasionRef) String() string { return refNames[r] }

// occasionMention is an occasion named in a sentence.
type occasionMention struct {
	ref     occasionRef
	noun    string      // canonical occasion noun; "" for an outlet alone ("told CNN")
	medium  string      // the outlet or host named, lower case: "cnn", "fox news"
	places  bool        // it places a statement: after a preposition ("in a statement") or as its verb ("told CNN")
	written bool        // a statement, a tweet, a letter: an act of its own
	span    claims.Span // the words that name it
}

// occasionDeterminers are the words before an occasion noun that say which one it is.
var occasionDeterminers = map[string]occasionRef{
	"a": refNew, "an": refNew,
	"the": refSame, "this": refSame, "that": refSame, "his": refSame, "her": refSame, "its": refSame,
	"their": refSame, "our": refSame, "my": refSame, "same": refSame,
	"another": refAnother, "second": refAnother, "third": refAnother, "separate": refAnother,
	"later": refLater, "subsequent": refLater, "follow-up": refLater,
	"earlier": refEarlier, "previous": refEarlier, "prior": refEarlier, "recent": refEarlier,
}

// placePreps open a phrase that names the occasion of a statement; followPreps one that
// names an occasion it follows.
var (
	placePreps  = map[string]bool{"in": true, "at": true, "during": true, "on": true, "via": true, "through": true, "over": true, "from": true, "throughout": true}
	followPreps = map[string]bool{"after": true, "following": true, "since": true}
)

// occasionsIn returns the occasions named in ws, in order.
func (lx *lexicon) occasionsIn(ws []word) []occasionMention {
	var out []occasionMention
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if w.punc {
			continue
		}
		if w.low == "told" || w.low == "tells" || w.low == "tweeted" || w.low == "tweets" {
			if m, ok := mediumVerb(ws, k); ok {
				out = append(out, m)
			}
			continue
		}
		if w.cap && k > 0 && !ws[k-1].punc {
			continue // "the Post", "State of the Union Address": a name, not an occasion noun
		}
		o, start := lx.occasionAt(ws, k)
		if o.noun == "" {
			continue
		}
		m := occasionMention{noun: o.noun, written: o.written, span: claims.Span{Start: ws[start].span.Start, End: w.span.End}}
		var medium []string
		var det, mod occasionRef
		j := start - 1 // read backwards over the noun phrase to its determiner
	phrase:
		for ; j >= 0 && j >= start-5; j-- {
			p := ws[j]
			r, isDet := occasionDeterminers[p.low]
			switch {
			case p.text == "." && j > 0 && timeNames[ws[j-1].low]:
				continue // "an Oct. 22 hearing"
			case p.punc || placePreps[p.low] || followPreps[p.low] || p.low == "before" || opens[p.low]:
				break phrase
			case isDet && (r == refNew || r == refSame && p.low != "same"):
				det = r
				j--
				break phrase
			case isDet: // "a second", "the same", "another"
				if mod == refNone {
					mod = r
				}
			case p.poss: // "Trump's speech": one met before; "CNN's interview": its outlet
				det = refSame
				if p.cap && !timeNames[p.low] {
					medium = append([]string{p.low}, medium...)
				}
				j--
				break phrase
			case p.cap && !timeNames[p.low]:
				medium = append([]string{p.low}, medium...)
			}
		}
		switch {
		case mod != refNone:
			m.ref = mod
		case det != refNone:
			m.ref = det
		case lx.isOccasionPlural(w) && j >= 0 && (placePreps[ws[j].low] || ws[j].low == "of" && j > 0 && slices.ContainsFunc(ws[max(0, j-4):j], func(p word) bool { return placePreps[p.low] })):
			m.ref = refNew // "in remarks", "at rallies", "in a string of new radio ads"
		default:
			continue // "debate stage", "press conference room": no occasion named
		}
		if m.ref == refNew && j >= 0 && ws[j].low == "of" {
			m.places = true // "in a series of interviews"
		}
		if j >= 0 && !ws[j].punc {
			switch p := ws[j].low; {
			case followPreps[p] && j > 0 && soonWords[ws[j-1].low]:
				m.ref, m.places = refSame, true // "right after the speech": on its day
			case followPreps[p] || p == "before":
				m.ref, m.places = refAfter, true
				m.span.Start = ws[j].span.Start // "before a meeting with his counterparts"
			case placePreps[p]:
				m.places = true
			}
		}
		if k+2 < len(ws) && (ws[k+1].low == "with" || ws[k+1].low == "on") {
			if run := capitalRun(ws, k+2); run != "" {
				medium = []string{run}
			}
		}
		m.medium = strings.Join(medium, " ")
		if m.ref != refAfter {
			m.span.Start = ws[max(0, j+1)].span.Start
		}
		out = append(out, m)
	}
	return out
}

// phrase returns the words that name the occasion.
func (m occasionMention) phrase(text string) string { return m.span.In(text) }

// soonWords before "after" make it the same occasion: "soon after", "hours after".
var soonWords = map[string]bool{"soon": true, "shortly": true, "right": true, "immediately": true, "just": true, "hours": true, "minutes": true, "moments": true}

// timeNames are the capitalised words of dates, which name no outlet: "a Thursday
// interview".
var timeNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// opens are words that end the noun phrase before an occasion noun when read backwards.
var opens = map[string]bool{"and": true, "or": true, "but": true, "said": true, "says": true, "told": true, "to": true, "for": true, "of": true, "by": true, "as": true, "when": true, "while": true, "where": true, "which": true, "who": true, "that": true}

// occasionAt returns the occasion phrase ending at ws[k], and the index of its first word;
// one with no noun when none ends there.
func (lx *lexicon) occasionAt(ws []word, k int) (occasionNoun, int) {
	var best occasionNoun
	start := k
	for _, o := range lx.occasions[ws[k].low] {
		n := len(o.words)
		if k+1 < n {
			continue
		}
		ok := true
		for i := 0; i < n-1; i++ {
			if ws[k-n+1+i].low != o.words[i] {
				ok = false
				break
			}
		}
		if ok && (best.noun == "" || k-n+1 < start) {
			best, start = o, k-n+1
		}
	}
	return best, start
}

// isOccasionPlural reports whether w is the plural of an occasion noun: "in remarks",
// "at rallies" name occasions without a determiner.
func (lx *lexicon) isOccasionPlural(w word) bool {
	return strings.HasSuffix(w.low, "s") && len(lx.occasions[w.low]) > 0 && len(lx.occasions[strings.TrimSuffix(w.low, "s")]) > 0
}

// mediumVerb reads "told CNN", "told the Post", "tweeted": an interview with an outlet or
// person named, or a tweet.
func mediumVerb(ws []word, k int) (occasionMention, bool) {
	w := ws[k]
	if w.low == "tweeted" || w.low == "tweets" {
		return occasionMention{ref: refNew, noun: "tweet", places: true, written: true, span: w.span}, true
	}
	j := k + 1
	if j < len(ws) && ws[j].low == "the" {
		j++
	}
	run := capitalRun(ws, j)
	if run == "" {
		return occasionMention{}, false // "told reporters", "told the crowd": no outlet
	}
	return occasionMention{ref: refNew, medium: run, places: true, span: w.span}, true
}

// capitalRun returns the capitalised words from ws[j] on, lower case, up to a possessive:
// "Fox News" in "Fox News' Sean Hannity".
func capitalRun(ws []word, j int) string {
	if j < len(ws) && timeNames[ws[j].low] {
		return "" // "an interview on Monday"
	}
	var run []string
	for ; j < len(ws) && ws[j].cap && !ws[j].punc; j++ {
		run = append(run, ws[j].low)
		if ws[j].poss || strings.HasSuffix(ws[j].text, "'") || strings.HasSuffix(ws[j].text, "’") {
			break
		}
	}
	return strings.Join(run, " ")
}
