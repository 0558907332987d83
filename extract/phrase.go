// This file holds the word tests and boundaries the construction families share: where a
// noun phrase starts and ends, the auxiliaries between a subject and its verb, where a
// clause ends, and the word sets they use.

package extract

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

var (
	beForms         = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true}
	auxWords        = withClitics(map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true, "will": true, "would": true, "also": true, "previously": true, "later": true, "repeatedly": true, "again": true, "then": true, "reportedly": true, "once": true, "recently": true, "initially": true, "earlier": true, "already": true, "publicly": true, "privately": true, "now": true, "further": true, "separately": true, "had also": true, "has also": true, "did": true, "does": true, "do": true, "not": true, "never": true, "always": true, "often": true, "even": true, "still": true, "yet": true, "flatly": true, "strongly": true, "firmly": true, "openly": true, "angrily": true, "bluntly": true, "quickly": true, "immediately": true, "first": true, "may": true, "might": true, "could": true, "can": true, "should": true, "must": true, "been": true, "be": true})
	partitives      = map[string]bool{"one": true, "two": true, "three": true, "some": true, "many": true, "most": true, "several": true, "few": true, "all": true, "each": true, "none": true, "both": true, "majority": true, "minority": true, "half": true, "number": true, "handful": true, "group": true, "groups": true, "dozen": true, "scores": true, "couple": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "rest": true}
	subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true}
	dateWords       = map[string]bool{"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "since": true, "until": true, "by": true, "from": true, "through": true}
	readyAdjectives = map[string]bool{"quick": true, "keen": true, "eager": true, "careful": true, "swift": true, "happy": true, "ready": true, "willing": true, "prepared": true, "determined": true, "anxious": true, "right": true, "first": true}
	raisingVerbs    = map[string]bool{"continuing": true, "continue": true, "continues": true, "continued": true, "began": true, "begins": true, "begin": true, "started": true, "starts": true, "appeared": true, "appears": true, "seemed": true, "seems": true}
	subordinators   = map[string]bool{"after": true, "before": true, "as": true, "while": true, "when": true, "since": true, "until": true, "whereas": true, "although": true, "though": true, "because": true}
	sequelWords     = map[string]bool{"same": true, "next": true, "following": true, "previous": true} // "the same day", "the next morning"
	relatives       = map[string]bool{"which": true, "that": true, "what": true, "who": true, "whom": true, "whose": true}
	timeNouns       = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "earlier": true, "later": true, "week": true, "month": true, "year": true, "morning": true, "evening": true, "night": true, "afternoon": true, "day": true, "weekend": true}
)

// withClitics adds the clitic verbs ("who’s called", "they've said") to a set of
// auxiliaries; not "’m": "I’m not disputing …" outside quotes is most often a reader's aside.
func withClitics(aux map[string]bool) map[string]bool {
	for c := range contractions {
		if c != "'m" && c != "’m" {
			aux[c] = true
		}
	}
	return aux
}

// npStart returns the first word of the noun phrase that ends at ws[end-1], or end when
// there is none.
// surveyed are the participles that name the people a poll asked: "voters polled".
var surveyed = map[string]bool{"polled": true, "surveyed": true, "questioned": true, "interviewed": true, "sampled": true}

func npStart(ws []word, end int) int {
	if end > 0 && ws[end-1].tag == "PRP" {
		return end - 1 // a pronoun is a phrase of its own: "On Monday she said"
	}
	i := end
	for i > 0 {
		w := ws[i-1]
		switch {
		case (timeNouns[w.low] || months[w.low] && !surnameMonth(ws, i-1)) && !(w.cap && i < end && ws[i].cap && i >= 2 && (ws[i-2].low == "the" || insideName(ws, i-1))):
			return i // "On Monday the minister said": the date is no part of the speaker; "The Morning Ledger", "Gbese Fight Night Promotions" are names
		case w.cap && functionWords[w.low]:
			return i // "In a Bloomberg interview Trump said"
		case courtesyTitles[strings.TrimSuffix(w.low, ".")] && i < end && ws[i].cap && i >= 3 && placeRunEnds(ws, i-2):
			return i - 1 // "At a summit in California Mr Lee said", "in New York Mr Lee": the title opens the name
		case w.punc:
			if w.text == ")" && i >= 3 && i < end && ws[i].cap && !functionWords[ws[i].low] && !determiners[ws[i].low] && initialsBefore(ws, i-3) {
				i -= 3 // "Sri Lanka Cricket (SLC) President Lalith Senanayake": the body's initials
				continue
			}
			if w.text == "-" && i-2 >= 0 && !ws[i-2].punc || w.text == "." && i-2 >= 0 && (isInitial(ws[i-2]) || i < end && titleStop(ws, i-1)) {
				i-- // "Urban-Brookings", "Leonard E. Burman"
				continue
			}
			if w.text == "," && i-2 >= 0 && i < end && ws[i].cap && ws[i-2].cap && isNPWord(ws[i-2]) && !functionWords[ws[i-2].low] && listEnds(ws, i, end) {
				// "Tzekos, Thanou and Kenteris", but not "In London, Smith and Jones".
				if p := npStart(ws, i-1); p == 0 || ws[p-1].punc && ws[p-1].text != "," {
					i--
					continue
				}
			}
			return i
		case isNPWord(w):
			i--
		case i < end && i >= 3 && premodifier(ws, i-1, 1):
			i -= 2 // "a widely reported study": the participle and its adverb describe the noun
		case !w.cap && connectors[w.low] && len(w.low) > 1 && w.low != "and" && w.low != "for" && w.low != "the" && w.low != "of" && i < end && ws[i].cap && i >= 2 && ws[i-2].cap && !ws[i-2].punc:
			i-- // "Corriere dello Sport", "Banco do Brasil": a particle inside a name
		case nameParticles[w.low] && !w.cap && i < end && ws[i].cap && !ws[i].punc && (i == 1 || ws[i-2].punc || ws[i-2].cap):
			i-- // "“…,” van Gaal said": a particle of the surname
		case w.low == "that" && i < end && i >= 2 && demonstrativeThat(ws, i-1):
			i-- // "the head of that agency": after a preposition, "that" is a determiner
		case i == end && i >= 2 && ws[i-2].low == "those" && (w.tag == "VBN" || w.tag == "VBD"):
			i -= 2 // "those surveyed say"
		case i == end && i >= 2 && surveyed[w.low] && strings.HasPrefix(ws[i-2].tag, "NN") && strings.HasSuffix(ws[i-2].low, "s"):
			i-- // "Cuban-Americans polled said": the people a poll asked
		case w.tag == "VBG" && i < end && strings.HasPrefix(ws[i].tag, "NN") && i >= 2 && (ws[i-2].poss || ws[i-2].tag == "DT" || ws[i-2].tag == "PRP$"):
			i-- // "the IMF's managing director", "the ruling party"
		case w.tag == "VBG" && !w.cap && i == end-1 && recordNoun(ws[i].low) && (i == 1 || ws[i-2].text == "," || ws[i-2].tag == "JJ" || ws[i-2].tag == "DT"):
			i-- // "…, fundraising documents show", "new polling data show": a record of something
		case w.tag == "VBG" && !w.cap && i < end && (ws[i].tag == "NN" && !ws[i].cap) && i+1 < end && ws[i+1].cap && i >= 2 && (ws[i-2].text == "," || ws[i-2].cap && !ws[i-2].punc):
			i-- // "“…,” managing director Jane Roe said", "Acme managing director Jane Roe said": a title before a name
		case (w.low == "and" || w.low == "&") && i < end && i-2 >= 0 && isNPWord(ws[i-2]) && !isPronoun(ws[i-2]) && coordinated(ws, i-2, i):
			i--
		case (w.low == "and" || w.low == "or") && i < end && i >= 2 && ws[i-2].tag == "JJ" && ws[i].tag == "JJ" && !ws[i-2].cap:
			i-- // "current and former officials"
		case connectors[w.low] && capRight(ws, i, end) && capLeft(ws, i-1):
			i--
		default:
			return i
		}
	}
	return i
}

// placeRunEnds reports whether ws[k] ends a run of capitalised words after a preposition
// of place: "in Harrogate", "in New York".
func placeRunEnds(ws []word, k int) bool {
	s := k
	for s >= 0 && ws[s].cap && !ws[s].punc && !placePreps[ws[s].low] {
		s--
	}
	return s >= 0 && s < k && placePreps[ws[s].low]
}

// recordNoun reports whether low names a record or document that can show or report
// something: "documents", "records", "data", "reports".
func recordNoun(low string) bool {
	return documentNouns[strings.TrimSuffix(low, "s")] || low == "records" || low == "record" || low == "data" || low == "figures" || low == "documents" || low == "filings"
}

// demonstrativeThat reports whether ws[k], "that", is a determiner: after a preposition and
// before a noun, as in "the head of that agency", it can open no clause. Not "so that",
// "now that", "in that he …".
func demonstrativeThat(ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || ws[k-1].tag != "IN" || subordinators[ws[k-1].low] || ws[k-1].low == "that" {
		return false
	}
	n := ws[k+1]
	return (strings.HasPrefix(n.tag, "NN") || n.tag == "JJ") && !isPronoun(n) && !n.poss
}

// npEnd returns the end of the noun phrase that starts at ws[start].
func npEnd(ws []word, start int) int {
	i := start
	for i < len(ws) {
		w := ws[i]
		switch {
		case i > start && w.tag == "DT" && !ws[i-1].poss:
			return i // a determiner opens the next phrase: "the minister the day before"
		case i > start && w.tag == "PRP" && subjectPronouns[w.low]:
			return i // "told Mr Jones he would resign": the pronoun opens a clause
		case i > start && w.tag == "PRP$" && ws[i-1].cap && !ws[i-1].poss && !functionWords[ws[i-1].low]:
			return i // "told Sky Sports his client wanted to stay"
		case isNPWord(w) && !(i > start && timeNouns[w.low] && !(w.cap && ws[i-1].poss)): // "the station's Today programme"
			i++
			if w.poss {
				continue
			}
		case connectors[w.low] && i > start && i+1 < len(ws) && ws[i+1].cap && ws[i-1].cap && !timeNouns[ws[i+1].low]:
			i++
		case w.tag == "IN" && i > start && ws[i-1].cap && i+1 < len(ws) && subjectPronouns[ws[i+1].low] && len(w.low) > 3 && !subordinators[w.low] && !prepositions[w.low] && len(wordnet.Synsets(w.low, wordnet.Noun)) > 0:
			i++ // "told the station's Today programme he …": the tagger takes the noun for a preposition
		case w.text == "." && i > start && i+1 < len(ws) && ws[i+1].cap && titleStop(ws, i):
			i++ // "Brig. Gen. Dana Merritt": a title's stop ends no phrase
		case w.tag == "VBG" && i > start && !ws[i-1].cap && isOccasionWord(w.low) && (ws[i-1].tag == "DT" || ws[i-1].tag == "JJ" || ws[i-1].tag == "NN"):
			i++ // "a planning meeting", "the hearing", "a news briefing": an occasion in -ing
		default:
			return i
		}
		if i > start && isPronoun(ws[i-1]) && ws[i-1].tag == "PRP" {
			return i
		}
	}
	return i
}

func isNPWord(w word) bool {
	if w.punc || auxWords[w.low] && !w.cap || clauseWords[w.low] {
		return false
	}
	if relatives[w.low] || subordinators[w.low] && !w.cap {
		return false
	}
	switch {
	case strings.HasPrefix(w.tag, "NN"), w.tag == "JJ", w.tag == "JJR", w.tag == "JJS", w.tag == "DT", w.tag == "PRP", w.tag == "PRP$", w.tag == "CD", w.tag == "POS", w.tag == "PDT":
		return w.low != "that"
	}
	return w.cap
}

var clauseWords = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "or": true, "however": true, "meanwhile": true, "still": true, "also": true, "then": true, "while": true, "instead": true, "nor": true}

func isPronoun(w word) bool { _, ok := pronouns[w.low]; return ok }

// listEnds reports whether ws[i:end] closes a list of names: "Thanou and Kenteris".
func listEnds(ws []word, i, end int) bool {
	for k := i; k < end; k++ {
		if !ws[k].cap && ws[k].low != "and" || ws[k].punc {
			return false
		}
		if ws[k].low == "and" {
			return k > i && k+1 < end
		}
	}
	return false
}

// coordinated reports whether the words around "and" (ws[l] before it, ws[r] after it) join
// two speakers: names ("Kyiv and the West") or plural nouns ("authorities and analysts"),
// not a clause's object and the next clause's subject ("the investigation and Democrats").
func coordinated(ws []word, l, r int) bool {
	right := ws[r]
	if determiners[right.low] && r+1 < len(ws) {
		right = ws[r+1]
	}
	if ws[l].cap && right.cap {
		return true
	}
	if p := npStart(ws, l+1); p <= l && (ws[p].low == "both" || p > 0 && ws[p-1].low == "both") {
		return true // "Both the chancellor and the governor"
	}
	if nounModifiers(ws, l, r) {
		return true
	}
	return ws[l].tag == "NNS" && (right.tag == "NNS" || right.tag == "JJ")
}

// nounModifiers reports whether ws[l] and ws[r], joined by a conjunction, are two common
// nouns modifying the noun after ws[r]: "a zinc and lead mine", "the oil and gas company".
func nounModifiers(ws []word, l, r int) bool {
	return l >= 0 && ws[l].tag == "NN" && ws[r].tag == "NN" && !ws[l].cap && !ws[r].cap && r+1 < len(ws) && strings.HasPrefix(ws[r+1].tag, "NN") && !ws[r+1].cap
}

// surnameMonth reports whether the month name ws[i] is a surname after a first name:
// "Theresa May", "Brian May", not "In May" or "Last May".
func surnameMonth(ws []word, i int) bool {
	if i < 1 || !ws[i].cap {
		return false
	}
	p := ws[i-1]
	return p.cap && !p.punc && !functionWords[p.low] && !timeNouns[p.low] && !months[p.low] && !dateWords[p.low] && p.tag != "CD"
}

// capRight reports whether the next word after a run of connectors, from ws[i], is capitalised.
func capRight(ws []word, i, end int) bool {
	for ; i < end; i++ {
		if !connectors[ws[i].low] {
			return ws[i].cap
		}
	}
	return false
}

// capLeft reports whether the nearest word before a run of connectors, ending at ws[i], is capitalised.
func capLeft(ws []word, i int) bool {
	for ; i >= 0; i-- {
		if !connectors[ws[i].low] {
			return ws[i].cap && !ws[i].punc
		}
	}
	return false
}

// isOccasionWord reports whether w names an occasion of the lexicon: "meeting", "hearing".
func isOccasionWord(w string) bool {
	lx, err := loadLexicon()
	return err == nil && len(lx.occasions[w]) > 0
}

// titleStop reports whether the full stop at ws[i] closes a title before a name: "Brig."
// in "Brig. Gen. Dana Merritt".
func titleStop(ws []word, i int) bool {
	return i > 0 && ws[i-1].cap && honorifics[ws[i-1].low+"."]
}

// isInitial reports whether w is a single capital letter, the initial of a name.
func isInitial(w word) bool { return len(w.text) == 1 && w.cap }

// extendPP takes in a prepositional tail of a subject: "Officials at Homeland Security",
// "Republicans on the House Financial Services Committee", "the minister in charge of
// tourism".
func extendPP(ws []word, s int) int {
	s = extendPP1(ws, s)
	if s >= 2 && ws[s-1].low == "for" && agentNouns[ws[s-2].low] {
		s = extendPP1(ws, s) // "Defence lawyers for three former officials of the roads department"
	}
	if s >= 2 && s+1 < len(ws) && ws[s-1].low == "in" && ws[s].low == "charge" && ws[s+1].low == "of" && strings.HasPrefix(ws[s-2].tag, "NN") {
		return npStart(ws, s-1)
	}
	return s
}

// peoplePreps place or set people against a thing after a plural head: "Campaigners
// against the runway", "residents near the plant".
var peoplePreps = map[string]bool{"against": true, "near": true, "across": true, "around": true, "outside": true, "along": true, "behind": true, "among": true}

func extendPP1(ws []word, s int) int {
	// "People familiar with the talks", "sources close to the club": an adjective or
	// participle and its preposition after the head.
	if s >= 3 && (ws[s-1].low == "with" || ws[s-1].low == "to" || ws[s-1].low == "on" || ws[s-1].low == "in" || ws[s-1].low == "at" || ws[s-1].low == "about" || ws[s-1].low == "of") && (ws[s-2].tag == "JJ" || strings.HasPrefix(ws[s-2].tag, "VB") || ws[s-2].low == "close") && !ws[s-2].cap {
		if h := ws[s-3]; h.low == "those" {
			return s - 3 // "Those close to him"
		} else if h.tag == "NNS" || h.tag == "NN" {
			return npStart(ws, s-2)
		}
	}
	if s >= 3 && ws[s-1].tag == "VBG" && !ws[s-1].cap && (ws[s-2].low == "for" || ws[s-2].low == "against" || ws[s-2].low == "of") && ws[s-3].tag == "NNS" && wordnet.IsA(ws[s-3].low, "person", wordnet.Noun) {
		s-- // "Advocates for reducing the prison population": people for a thing to be done
	}
	if s >= 2 && peoplePreps[ws[s-1].low] && (ws[s-2].tag == "NNS" || s == 2 && pluralNoun(ws[0].low)) && wordnet.IsA(ws[s-2].low, "person", wordnet.Noun) {
		return npStart(ws, s-1) // "Campaigners against the runway", "Residents near the plant"
	}
	if s >= 2 && ws[s-1].low == "of" && partitives[ws[s-2].low] {
		return npStart(ws, s-1) // "one of his advisers", "many of the growers"
	}
	// "Secretary to the Treasury K.M. Rathnayake", "Adviser to the President": an office
	// to whom it serves, capitalised as titles are.
	toOffice := s >= 2 && s < len(ws) && ws[s-1].low == "to" && ws[s-2].cap && !ws[s-2].punc && (ws[s].cap || ws[s].low == "the")
	if s < 2 || !(ws[s-1].low == "at" || ws[s-1].low == "of" || ws[s-1].low == "for" || ws[s-1].low == "from" || ws[s-1].low == "on" || ws[s-1].low == "with" || ws[s-1].low == "in" || toOffice) {
		return s
	}
	h := s - 2
	if ws[h].text == ")" && h >= 3 && ws[h-2].text == "(" && ws[h-1].cap {
		h -= 3 // "the Project and Contract Office (PCO) in Baghdad": the head before its initials
	}
	head := ws[h]
	if head.tag != "NNS" && head.tag != "NN" && head.tag != "NNP" && head.tag != "NNPS" {
		return s
	}
	// The object of the preposition is a name ("at Homeland Security", "in the Clinton
	// ad"), or the head is a plural of people ("Protesters in the streets").
	same := ws[s].low == "the" && s+1 < len(ws) && ws[s+1].low == "same" // "a deputy minister in the same government"
	// "a lawyer for the family", "a spokeswoman for the hospital": whom an agent acts for
	agent := ws[s-1].low == "for" && !head.cap && agentNouns[head.low] && (determiners[ws[s].low] || ws[s].tag == "PRP$" || ws[s].tag == "CD" || ws[s].tag == "JJ")
	// "minister of state for finance Anil Chaudhary", "secretary for health Jane Doe": a
	// portfolio in lower case between an office and the holder's name.
	agent = agent || ws[s-1].low == "for" && !head.cap && (portfolioRoles[head.low] || head.low == "state" && s >= 4 && ws[s-3].low == "of" && portfolioRoles[ws[s-4].low])
	placed := (ws[s].tag == "JJ" || directions[ws[s].low]) && s+1 < len(ws) && ws[s+1].cap && !ws[s+1].punc // "a group in western Serbia"
	if !ws[s].cap && !(determiners[ws[s].low] && s+1 < len(ws) && ws[s+1].cap) && head.tag != "NNS" && ws[s-1].low != "of" && !(documentNouns[head.low] && ws[s-1].low == "on") && !same && !agent && !placed {
		// "an auction of debt" is one phrase whatever the case of its object; so is "the
		// section on murder", a document that speaks for whoever wrote it.
		return s
	}
	return npStart(ws, h+1)
}

// directions qualify a place: "western Serbia", "northern Kenya".
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true, "rural": true, "coastal": true}

// agentNouns act for a party named after "for", and are persons the text may name:
// "a lawyer for the family". A spokesman for a body is its voice, and stays the body.
var agentNouns = map[string]bool{"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "solicitor": true, "barrister": true, "counsel": true}

// insideName reports whether the capitalised time noun ws[i] stands between two
// capitalised words of a name: "Fight Night Promotions", not "On Monday Smith" nor "Last
// Friday Jones".
func insideName(ws []word, i int) bool {
	p := ws[i-1]
	return p.cap && !p.punc && !functionWords[p.low] && !timeNouns[p.low] && !determiners[p.low] && p.low != "last" && p.low != "next" && p.low != "this" && p.low != "early" && p.low != "late" && p.tag != "IN"
}

// skipBack returns the index just after the subject: it steps left over auxiliaries and
// adverbs between a subject and its verb ("has also warned").
func skipBack(ws []word, i int) int {
	if j := acronymBefore(ws, i); j < i {
		i = j // "the General Directorate for National Security (DGSN) on Tuesday dismissed"
	}
	for i > 0 && !ws[i-1].punc {
		w := ws[i-1]
		switch {
		case i >= 4 && w.low == "ago" && durationNouns[strings.TrimSuffix(ws[i-2].low, "s")] && (ws[i-3].tag == "CD" || ws[i-3].low == "a" || ws[i-3].low == "an" || ws[i-3].low == "few" || ws[i-3].low == "several") && (relatives[ws[i-4].low] || ws[i-4].tag == "PRP" || strings.HasPrefix(ws[i-4].tag, "NN")):
			i -= 3 // "who eight months ago told", "Smith two weeks ago said"
		case auxWords[w.low] && !w.cap, w.tag == "RB" && !w.cap:
			i--
		case (w.low == "there" || w.low == "here") && i >= 2 && strings.HasPrefix(ws[i-2].tag, "NN") && !timeNouns[ws[i-2].low]:
			i-- // "Polls there show"; not "said on Friday there was"

		case (w.low == "all" || w.low == "both" || w.low == "each") && i >= 2 && (auxWords[ws[i-2].low] || relatives[ws[i-2].low] || ws[i-2].tag == "PRP" || ws[i-2].tag == "NNS" || ws[i-2].tag == "NNP" || ws[i-2].tag == "NNPS" || ws[i-2].text == ")"):
			i-- // "who have all denied", "they both said": the quantifier floats off its subject
		case bareAdverbs[w.low] && !w.cap && i >= 2 && (strings.HasPrefix(ws[i-2].tag, "NN") || ws[i-2].tag == "PRP" || i >= 3 && ws[i-2].text == "," && ws[i-3].cap):
			i-- // "The senator yesterday said", "voters overall said", "the Federation, NFF, yesterday said": an adverb between the subject (or its apposition) and its verb
		case bareAdverbs[w.low] && !w.cap && acronymBefore(ws, i-1) < i-1:
			i = acronymBefore(ws, i-1) // "the Water Supply Board (CWSB) yesterday said"
		case i >= 2 && weekdays[w.low] && (ws[i-2].low == "later" || ws[i-2].low == "earlier" || ws[i-2].low == "late" || ws[i-2].low == "early"):
			i -= 2 // "Priebus later Thursday told"
		case i >= 2 && timeNouns[w.low] && !w.cap && (ws[i-2].low == "this" || ws[i-2].low == "last" || ws[i-2].low == "next"):
			i -= 2 // "Wells Fargo just this month announced"
		case i >= 3 && timeNouns[w.low] && !w.cap && ws[i-2].low == "past" && (ws[i-3].low == "this" || ws[i-3].low == "the"):
			i -= 3 // "Priebus this past week announced"
		case i >= 2 && w.low == "to" && (ws[i-2].tag == "NNP" || ws[i-2].tag == "NNPS" || ws[i-2].tag == "NNS") && ws[i-2].cap && !ws[i-2].poss && npStart(ws, i-1) == 0 && i < len(ws) && ws[i].tag == "VB":
			i-- // "AFL-CIO to endorse Clinton", "Obama To Expand Program": a headline's future
		case i >= 2 && w.low == "to" && raisingVerbs[ws[i-2].low]:
			i -= 2 // "continues to insist", "appeared to blame"
		case i >= 3 && w.low == "to" && readyAdjectives[ws[i-2].low] && beForms[ws[i-3].low]:
			i -= 2 // "was quick to dismiss", "is keen to stress"
		case i >= 3 && w.low == "to" && ws[i-2].low == "on" && (ws[i-3].low == "went" || ws[i-3].low == "goes" || ws[i-3].low == "go" || ws[i-3].low == "going"):
			i -= 3 // "went on to say"
		default:
			// "An ad in 2008 questioned", "The court on Monday ruled"
			if j := timePP(ws, i); j > 0 {
				if k := acronymBefore(ws, j); k < j {
					j = k // "… (DGSN) on Tuesday dismissed"
				}
				i = j
				continue
			}
			return i
		}
	}
	return i
}

// bareAdverbs are the adverbs the tagger reads as nouns or verbs: "yesterday", "overall".
var bareAdverbs = map[string]bool{"yesterday": true, "today": true, "tonight": true, "overall": true}

// weekdays name the days of the week, in lower case.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// timePP returns the start of a dated phrase ending at ws[i-1] ("in 2008", "on Monday",
// "in March 2015") or of the occasion of a statement ("in a statement") after a noun, or 0
// when there is none.
// dayPart reports whether ws[i] is a part of the day after a named day: "evening" in "on
// Thursday evening".
func dayPart(ws []word, i int) bool {
	switch ws[i].low {
	case "morning", "afternoon", "evening", "night":
		return i > 0 && ws[i-1].cap && timeNouns[ws[i-1].low]
	}
	return false
}

func timePP(ws []word, i int) int {
	j := i
	for j > 0 && (ws[j-1].tag == "CD" || months[ws[j-1].low] || timeNouns[ws[j-1].low] && ws[j-1].cap || dayPart(ws, j-1)) {
		j--
	}
	if j == i {
		// "The bank in a statement said", "Stumpf in a televised interview appeared to":
		// a lower-case phrase with its determiner.
		for j > 0 && !ws[j-1].cap && !ws[j-1].punc && (strings.HasPrefix(ws[j-1].tag, "NN") || ws[j-1].tag == "JJ" || ws[j-1].tag == "VBN") {
			j--
		}
		if j == i || j < 1 || !(ws[j-1].low == "a" || ws[j-1].low == "an" || ws[j-1].low == "his" || ws[j-1].low == "her" || ws[j-1].low == "its" || ws[j-1].low == "their") {
			return 0
		}
		j--
	}
	if j < 2 || !(ws[j-1].low == "in" || ws[j-1].low == "on" || ws[j-1].low == "during" || ws[j-1].low == "last" && j < i && weekdays[ws[j].low]) {
		return 0
	}
	if j >= 3 && (ws[j-2].low == "late" || ws[j-2].low == "early") && ws[j-1].low != "last" {
		j-- // "late on Wednesday"
	}
	if ws[j-2].low == "who" || ws[j-2].low == "which" {
		return j - 1 // "McConnell, who in 2010 said"
	}
	if ws[j-2].text == "," && j >= 3 && !ws[j-3].punc && slices.ContainsFunc(ws[:j-2], func(w word) bool { return w.text == "," }) {
		// "Anwar Bajwa, the council's president, on Monday called", "Beck, who has
		// thrown restraint to the winds, on Friday declared": after an aside
		return j - 1
	}
	n := acronymBefore(ws, j-1) // "Security (DGSN) on Tuesday"
	if !strings.HasPrefix(ws[n-1].tag, "NN") {
		return 0
	}
	// The noun phrase before it must open the clause: not "Data coming out of Germany on
	// Thursday", whose subject is the data.
	s := extendPP(ws, npStart(ws, n))
	for s >= 2 && prepHeads[ws[s-1].low] && strings.HasPrefix(ws[s-2].tag, "NN") && !ws[s-2].punc {
		s = npStart(ws, s-1) // "A spokesman for the club on Wednesday", "the leader of the union at Fjordvik University on Wednesday"
	}
	if s > 0 && !ws[s-1].punc && !clauseWords[ws[s-1].low] {
		return 0
	}
	return j - 1
}

// subjectNP returns the subject phrase that opens at b: its noun phrase, or the name in
// apposition after a description: "The chancellor, Martin Caulfield, has rowed back …,
// telling MPs …" is Caulfield's, not whichever chancellor "the chancellor" may resolve to.
func subjectNP(ws []word, b int) (int, int) {
	e := npEnd(ws, b)
	if s, t, ok := namedInApposition(ws, b, e); ok {
		return s, t
	}
	if c := nextComma(ws, b); e < c && c < len(ws) && c-b <= 14 && strings.HasPrefix(ws[c-1].tag, "NN") && !ws[c-1].cap && !slices.ContainsFunc(ws[b:c], func(w word) bool { return strings.HasPrefix(w.tag, "VB") || w.tag == "MD" }) {
		// "The Authority of SA (Icasa) councillor responsible for spectrum, Lindiwe Mabaso,"
		if s, t, ok := namedInApposition(ws, b, c); ok {
			return s, t
		}
	}
	return b, e
}

// namedInApposition reads a name of two or more capitalised words between commas after
// the noun phrase ws[b:e]: "The club's manager, Bob Smith, …".
func namedInApposition(ws []word, b, e int) (int, int, bool) {
	if e <= b || e+2 >= len(ws) || ws[e].text != "," || ws[e-1].cap || !ws[e+1].cap || ws[e+1].punc {
		return 0, 0, false
	}
	k := e + 1
	for k < len(ws) && ws[k].cap && !ws[k].punc && !ws[k].poss {
		k++
	}
	if k-e-1 < 2 || k >= len(ws) || ws[k].text != "," {
		return 0, 0, false
	}
	return e + 1, k, true
}

// subjectStart returns where the subject of a sentence starts: after an opening adverbial
// or participle and its comma ("In August, …", "Chastened, …"), else 0.
func subjectStart(ws []word) int {
	if k := timeLead(ws); k > 0 {
		return k // "Hours later the paper retracted the report, saying …"
	}
	if len(ws) == 0 || isNPWord(ws[0]) && !(ws[0].cap && functionWords[ws[0].low]) && ws[0].tag != "VBN" && ws[0].tag != "VBG" && !adverbOpening(ws) {
		return 0
	}
	for i := 1; i < len(ws) && i < 25; i++ {
		if ws[i].text != "," {
			continue
		}
		// The subject is a phrase followed by its verb: "Chastened by the analyses, as
		// well as complaints over its costs, Trump revised his plan".
		if e := npEnd(ws, i+1); e > i+1 && e < len(ws) && (finiteVerb(ws[e:e+1]) || auxWords[ws[e].low]) {
			return i + 1
		} else if e > i+1 && e+1 < len(ws) && ws[e].text == "," {
			// "Speaking to local radio, Ituri's military governor, General Albert
			// Kasongo, put …": the subject and its apposition before the verb.
			if e2 := npEnd(ws, e+1); e2 > e+1 && e2+1 < len(ws) && ws[e2].text == "," && (finiteVerb(ws[e2+1:e2+2]) || auxWords[ws[e2+1].low]) {
				return i + 1
			}
			// "Speaking to Radio Mitre, Jane Roe, a close ally of the mayor, said …": an
			// apposition with its own phrases.
			if k := nextComma(ws, e+1); k+1 < len(ws) && ws[k].text == "," && !finiteVerb(ws[e+1:k]) && (finiteVerb(ws[k+1:k+2]) || auxWords[ws[k+1].low]) {
				return i + 1
			}
		}
	}
	return 0
}

// adverbOpening reports whether ws open with an adverb, capitalised only as the
// sentence's first word, heading an adverbial before a comma: "Once he was president,",
// "Back in 1999,", "Early in his campaign,", "Together,". It is no subject.
func adverbOpening(ws []word) bool {
	if len(ws) < 2 || !ws[0].cap || ws[0].tag != "RB" && ws[0].tag != "IN" && !(ws[0].tag == "JJ" && ws[1].tag == "IN") {
		return false
	}
	k := nextComma(ws, 1)
	return k < len(ws) && k < 12 && adverbialsOnly(ws[:k])
}

// timeLead returns the length of a time adverbial that opens ws, with its comma if any:
// "Hours later", "Two days later, ", "A week earlier", "Minutes afterwards"; else 0.
func timeLead(ws []word) int {
	i := 0
	if i < len(ws) && (ws[i].tag == "CD" || ws[i].low == "a" || ws[i].low == "an" || ws[i].low == "several" || ws[i].low == "few" || ws[i].low == "some" || partitives[ws[i].low]) {
		i++
	}
	if i >= len(ws) || !durationNouns[strings.TrimSuffix(ws[i].low, "s")] {
		return 0
	}
	i++
	if i+1 >= len(ws) || ws[i].low != "later" && ws[i].low != "earlier" && ws[i].low != "afterwards" && ws[i].low != "ago" {
		return 0
	}
	if ws[i+1].text == "," {
		i++
	}
	if i+1 < len(ws) && !ws[i+1].punc {
		return i + 1
	}
	return 0
}

var durationNouns = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "moment": true}

// wordAt returns the index of the first word starting at or after byte pos.
func wordAt(ws []word, pos int) int {
	k := 0
	for k < len(ws) && ws[k].span.Start < pos {
		k++
	}
	return k
}

// bareWord reports whether the content s is one word tagged with one of tags: "According
// to MSNBC, basically." (an adverb), "It was first declared by Nixon" (a pronoun).
func bareWord(ws []word, s claims.Span, tags ...string) bool {
	k := wordAt(ws, s.Start)
	return k < len(ws) && ws[k].span == s && slices.Contains(tags, ws[k].tag)
}

// nextComma returns the index of the first comma or semicolon from ws[i], or len(ws).
func nextComma(ws []word, i int) int {
	for ; i < len(ws) && ws[i].text != "," && ws[i].text != ";"; i++ {
	}
	return i
}

// clauseEnd returns the end of the clause that starts at ws[i]: the next comma, semicolon
// or dash, or the unit end.
func clauseEnd(ws []word, i, end int) int {
	for k := i; k < len(ws); k++ {
		if t := ws[k].text; t == "," || t == ";" || isDash(t) {
			return ws[k].span.Start
		}
	}
	return end
}

// clauseFrom returns the end of the clause that starts at byte rest: the next comma, past
// an aside that opens it ("that, in his view, the team was fit"), or end.
func clauseFrom(ws []word, rest, end int) int {
	k := wordAt(ws, rest)
	if k < len(ws) && ws[k].text == "," {
		k = nextComma(ws, k+1) + 1
	}
	if k >= len(ws) {
		return end
	}
	return clauseEnd(ws, k, end)
}

// opensParagraph reports whether s starts a line.
func opensParagraph(text string, s claims.Span) bool {
	return s.Start == 0 || text[s.Start-1] == '\n'
}

// finiteVerb reports whether ws holds a finite verb or a modal.
func finiteVerb(ws []word) bool {
	for _, w := range ws {
		if w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD" {
			return true
		}
	}
	return false
}

func hasVerb(ws []word) bool {
	for i, w := range ws {
		if i > 12 || w.text == "," {
			break
		}
		if strings.HasPrefix(w.tag, "VB") || w.tag == "MD" {
			return i > 0
		}
	}
	return false
}

// isYear reports whether w is a year of four digits: "2012".
func isYear(w word) bool {
	if len(w.low) != 4 || w.tag != "CD" {
		return false
	}
	for _, r := range w.low {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isDash reports whether t is a dash that sets off a speaker or an aside: ― — – --.
func isDash(t string) bool { return t == "―" || t == "—" || t == "–" || t == "--" }

// acronymBefore returns where a name's acronym in brackets just before ws[i] starts, the
// name's last word following; i when there is none: "Security (DGSN)".
func acronymBefore(ws []word, i int) int {
	if i < 4 || ws[i-1].text != ")" || ws[i-3].text != "(" || !ws[i-4].cap || ws[i-4].punc {
		return i
	}
	if a := ws[i-2].text; len(a) < 2 || strings.ToUpper(a) != a && !titleInitials(ws, i-3, a) {
		return i
	}
	return i - 3
}

// titleInitials reports whether a, an acronym written as a word ("Nema", "Nafdac"), gives
// the initials of the capitalised words just before ws[open]: "National Environment
// Management Authority (Nema)".
func titleInitials(ws []word, open int, a string) bool {
	return len(a) >= 3 && len(a) <= 7 && ws[open+1].cap && strings.ToLower(a[1:]) == a[1:] && initialsOf(ws, open, strings.ToUpper(a))
}

// initialsOf reports whether the capital letters abbr are the initials of the capitalised
// words just before ws[open], less connectors in lower case: "Environment and Resources
// Authority".
func initialsOf(ws []word, open int, abbr string) bool {
	return initialsStart(ws, open, abbr) >= 0
}

// initialsStart returns where the words whose initials abbr gives start, or -1.
func initialsStart(ws []word, open int, abbr string) int {
	k := open - 1
	for n := len(abbr) - 1; n >= 0; n-- {
		for k >= 0 && !ws[k].cap && connectors[ws[k].low] {
			k--
		}
		if k < 0 || !ws[k].cap || ws[k].punc || ws[k].text[0] != abbr[n] {
			return -1
		}
		k--
	}
	return k + 1
}

// initialsBefore reports whether the word in brackets opening at ws[open] gives the
// initials of the capitalised words just before it: "Sri Lanka Cricket (SLC)",
// "Environment and Resources Authority (ERA)"; not "WASHINGTON (AP)" or "(2019)".
func initialsBefore(ws []word, open int) bool {
	if open+2 >= len(ws) || ws[open].text != "(" || ws[open+2].text != ")" {
		return false
	}
	abbr := ws[open+1].text
	return len(abbr) >= 2 && capitalsOnly(abbr) && initialsOf(ws, open, abbr)
}

// capitalsOnly reports whether s is made of the letters A to Z alone.
func capitalsOnly(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}
