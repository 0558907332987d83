package extract

// This file reads what a response answers, as written after it or around it: a remark
// ("the claims", "a report that …"), a person or body, one's own words, a clause.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// objectNP is what a response answers, as written after it.
type objectNP struct {
	span    claims.Span
	other   string // the speaker it names
	pronoun string // "him", "her", "them", "his", "her", "their"
	self    bool   // "his own words", "himself"
	anaphor bool   // "the claims", "it", "such suggestions": a remark met before
	back    bool   // what it answers comes before it, never after
	remark  string // the remark noun, singular, when there is one: "report", "claim"
	noun    string // the head noun, lower case, when it is no remark noun: "rise"
	clause  claims.Span
	doubt   bool // a question put, not a statement answered: "questioned whether …"
	// definite: the remark noun follows a definite article or demonstrative, no name
	// or possessive before it: "the claim", "these allegations".
	definite bool
	own      bool // after "our" or "my"
	pointing bool // a demonstrative before the noun: "that timetable", "those figures"
	bare     bool // a bare "that", "it" or "this" calls untrue what was said just before
	// matter: "all this", "all these": the whole matter the speaker answers, whose last
	// words by someone else may lie before the speaker's own run of sentences.
	matter bool
	// makers are the words of a maker the text names by common nouns, lower case:
	// "defence" in "the defence's account", "student", "organisers" in "claims by
	// student organisers".
	makers []string
	// namedMaker: a maker word is a name ("figures published by the Nurses' Federation"),
	// which ties the remark to its maker's people further off than common nouns do.
	namedMaker bool
	// accused are the words after "against" in "the charges against their chairman":
	// whom the remark is aimed at, whose own words it is not.
	accused []string
}

var objectSkip = map[string]bool{"the": true, "a": true, "an": true, "such": true, "these": true, "those": true, "this": true, "any": true, "all": true, "earlier": true, "previous": true, "recent": true, "latest": true, "some": true, "both": true, "initial": true, "original": true, "widespread": true, "repeated": true, "newspaper": true, "media": true, "press": true}

var objectStop = map[string]bool{"that": true, "as": true, "within": true, "during": true, "until": true, "which": true, "who": true, "whom": true, "because": true, "when": true, "while": true, "after": true, "before": true, "since": true, "saying": true, "insisting": true, "adding": true, "and": true, "but": true, "on": true, "in": true, "at": true, "for": true, "over": true, "with": true, "to": true, "if": true, "amid": true, "despite": true}

// timeAdverbial gives the length of a time adverbial without a preposition at ws[k], or 0:
// "rubbished that assertion hours later", "denied the report yesterday", "a week
// earlier".
func timeAdverbial(ws []word, k int) int {
	w := ws[k]
	next := func(j int) string {
		if j < len(ws) {
			return ws[j].low
		}
		return ""
	}
	switch {
	case w.poss:
		return 0
	case w.low == "yesterday" || w.low == "today" || w.low == "tonight":
		return 1
	case weekdays[w.low]:
		if k+1 == len(ws) || !strings.HasPrefix(ws[k+1].tag, "NN") {
			return 1
		}
		return 0
	case w.low == "last" || w.low == "this" || w.low == "next":
		if k+1 < len(ws) && !ws[k+1].poss && (timeNouns[ws[k+1].low] || months[ws[k+1].low]) {
			return 2
		}
		return 0
	}
	j := k
	if w.tag == "CD" || w.low == "a" || w.low == "an" || w.low == "several" {
		j++
	}
	unit := strings.TrimSuffix(next(j), "s")
	if (durationNouns[unit] || timeNouns[unit] && !weekdays[unit]) && (next(j+1) == "later" || next(j+1) == "earlier" || next(j+1) == "ago") {
		return j + 2 - k
	}
	return 0
}

// readObject reads the noun phrase that a response at ws[from] answers.
func (a *analyser) readObject(ws []word, from int, rl *respLex) objectNP {
	var o objectNP
	if from < 0 || from >= len(ws) {
		return o
	}
	i := objectStart(ws, from)
	start := i
	if i < len(ws) && (ws[i].low == "whether" || ws[i].low == "if" || ws[i].low == "how" || ws[i].low == "why" || ws[i].low == "when") {
		o.doubt = true // "questioned whether he should come": a doubt, not an answer
		return o
	}
	if i+1 < len(ws) && (ws[i].low == "that" || ws[i].low == "those") && ws[i+1].low == "of" {
		// "contradicted those of the chief medical officer", "at odds with that of the
		// board": the remarks of whom the phrase names.
		o = a.readObject(ws, i+1, rl)
		if o.other == "" {
			o.anaphor, o.noun = true, ""
		}
		return o
	}
	if i+1 < len(ws) && ws[i].low == "what" {
		// "in contrast to what the trade minister, Sunita Varma, said last week"
		k := i + 1
		for k < len(ws) && k-i < 10 && !trailingSay[ws[k].low] && ws[k].low != "told" {
			k++
		}
		if k < len(ws) && k > i+1 {
			if sp, ok := a.knownSpeaker(ws[i+1 : k]); ok {
				o.other, o.remark = sp, "what" // what they said is a remark of theirs
				o.span = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}
				return o
			}
			if ws[i+1].low == "the" && a.lx.roleWord(ws[k-1].low) {
				// "what the bloc's tech chief told lawmakers": an office the text names
				// otherwise; the remark its verb reports ("told") is the one answered.
				o.anaphor, o.remark = true, ws[k].low
				o.span = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}
				return o
			}
		}
	}
	if i < len(ws) && ws[i].low == "as" {
		// "dismissed as baseless nonsense accusations by Tarsia that …": the judgement
		// comes first, then what is judged.
		for k := i + 1; k < len(ws) && k-i < 9; k++ {
			if rl.remark[ws[k].low] {
				i, start = k, k
				break
			}
		}
	}
	det := ""
	if i < len(ws) {
		det = ws[i].low
	}
	for i < len(ws) && objectSkip[ws[i].low] {
		i++
	}
	if det == "that" && i+1 < len(ws) && (rl.remark[ws[i+1].low] || loneNoun(ws, i+1)) && !verbBeforeStop(ws[i+1:]) {
		i++ // "challenged that account", "poured cold water on that timetable": a demonstrative, not a that-clause
	}
	o.definite = i < len(ws) && rl.remark[ws[i].low] && (det == "the" || det == "this" || det == "that" || det == "these" || det == "those" || det == "such")
	o.pointing = demonstratives[det]
	if (det == "that" || det == "this") && bareDemonstrative(ws, start) {
		// "refuted that, saying …", "disputed this on Tuesday": what was just said ("this"
		// is skipped above as a determiner)
		o.anaphor, o.bare = true, true
		o.span = ws[start].span
		return o
	}
	if i < len(ws) && ws[i].low == "that" && i == start {
		o.clause = clauseAfter(ws, i)
		o.span = o.clause
		return o
	}
	end := i
	var names, makers []word
	skipped := 0 // words of a parenthesised acronym, which do not count against the phrase
	for end < len(ws) && end-i-skipped < 8 {
		w := ws[end]
		if w.text == "(" && end > i && end+2 < len(ws) && acronymBefore(ws, end+3) == end {
			end += 3 // "National Basketball Conference (NBC) Commissioner …"
			skipped += 3
			continue
		}
		if w.punc && !(w.text == "." && end+1 < len(ws) && ws[end+1].cap) && !currencySign(w.text) || objectStop[w.low] && !(w.low == "and" && len(names) > 0 && end+1 < len(ws) && ws[end+1].cap) || end > i && timeAdverbial(ws, end) > 0 {
			break
		}
		switch {
		case w.low == "against" && end > i && rl.remark[ws[end-1].low]:
			// "the charges against their chairman": the chairman is accused, not the maker
			k := end + 1
			for k < len(ws) && k-end <= 4 && !ws[k].punc && !objectStop[ws[k].low] && ws[k].low != "by" && ws[k].low != "from" {
				if !determiners[ws[k].low] && !ws[k].poss && ws[k].tag != "PRP$" {
					o.accused = append(o.accused, ws[k].low)
				}
				k++
			}
			end = k
			continue
		case w.low == "of" && (o.pronoun != "" || possessed(ws[i:end]) || aboutNouns[strings.TrimSuffix(ws[max(i, end-1)].low, "s")]):
			// "his criticism of the manager", "an attack on …": whom it is about, not
			// whose it is.
			end++
			continue
		case w.low == "by" || w.low == "from" || w.low == "of":
			// "comments by Moscow's top diplomat", "calls from the Tories"
			j := end + 1
			for j < len(ws) && objectSkip[ws[j].low] {
				j++
			}
			if d := j; d+1 < len(ws) && !ws[d].cap && !ws[d].punc {
				// "suggestions from television pundit Lee Darby": a description before the name
				for d < len(ws) && d-j < 3 && !ws[d].cap && !ws[d].punc && !objectStop[ws[d].low] && !rl.remark[ws[d].low] {
					d++
				}
				if d < len(ws) && ws[d].cap && !ws[d].punc {
					j = d
				}
			}
			k := j
			for k < len(ws) && !ws[k].punc && (ws[k].cap || a.lx.roleWord(ws[k].low) || ws[k].poss || !ws[k].cap && k+1 < len(ws) && a.lx.roleWord(ws[k+1].low)) && k-j < 6 {
				k++
			}
			if k > j && o.other == "" {
				if sp, ok := a.knownSpeaker(ws[j:k]); ok {
					o.other = sp
				} else if k+1 < len(ws) && ws[k].text == "," && ws[k+1].cap {
					// "the governor, Paul Henley": the name in apposition
					m := k + 1
					for m < len(ws) && !ws[m].punc && ws[m].cap && m-k < 5 {
						m++
					}
					if sp, ok := a.knownSpeaker(ws[k+1 : m]); ok {
						o.other = sp
						k = m
					}
				}
			}
			if o.other == "" && w.low != "of" {
				// "claims by student organisers": a maker named by common nouns.
				for m := j; m < len(ws) && m-j < 4 && (!ws[m].punc || ws[m].text == "'" || ws[m].text == "’") && !objectStop[ws[m].low] && !rl.remark[ws[m].low]; m++ {
					if ws[m].punc {
						continue // "a health workers' union": the plural's apostrophe
					}
					o.makers = append(o.makers, ws[m].low) // "a call from Eastgate residents"
					o.namedMaker = o.namedMaker || ws[m].cap
				}
			}
			end = k
			continue
		case w.low == "own" && end+1 < len(ws) && (a.lx.roleWord(ws[end+1].low) || end+2 < len(ws) && roleModifiers[ws[end+1].low] && a.lx.roleWord(ws[end+2].low)):
			// "contradicted one of its own deputy ministers": a member, not its own words;
			// the office is whose remark it is
			for k := end + 1; k < len(ws) && k <= end+3 && (roleModifiers[ws[k].low] || a.lx.roleWord(ws[k].low)); k++ {
				o.makers = append(o.makers, ws[k].low)
			}
		case w.low == "own" && end > 0 && ws[end-1].poss:
			// "the coastguard's own findings": the possessor's, not the speaker's
		case w.low == "himself" || w.low == "herself" || w.low == "itself" || w.low == "themselves" || w.low == "own":
			o.self = true
		case w.low == "him" || w.low == "her" && (end+1 >= len(ws) || ws[end+1].punc || ws[end+1].cap) || w.low == "them":
			o.pronoun = w.low
		case w.low == "our" || w.low == "my":
			o.self, o.own = true, true // "clarifying our position": the speaker's own
		case w.low == "his" || w.low == "her" || w.low == "their" || w.low == "its":
			if o.pronoun == "" {
				o.pronoun = w.low
			}
		case w.low == "it" || w.low == "this":
			o.anaphor = true
		case rl.remark[w.low]:
			o.anaphor = true
			o.noun = ""
			if o.remark == "" {
				o.remark = strings.TrimSuffix(w.low, "s") // "claims of broken promises" are claims
			}
			makers = names // "a European Commission ruling": the names before the remark
			if end > i {
				// "the police claim", "union figures": a body's noun before the remark, which
				// is no adjective ("the public claims").
				if p := ws[end-1]; !p.cap && !p.poss && !p.punc && !rl.remark[p.low] && groupNoun(p.low) && len(wordnet.Lemmas(p.low, wordnet.Adj)) == 0 {
					o.makers = append(o.makers, p.low)
				}
			}
		case w.cap || w.poss:
			names = append(names, w)
		default:
			if !o.anaphor {
				o.noun = w.low
			}
		}
		end++
		if w.poss {
			if sp, ok := a.knownSpeaker(ws[start:end]); ok && o.other == "" {
				o.other = sp
			} else if !w.cap && o.other == "" {
				o.makers = append(o.makers, w.low) // "the defence's account"
			}
			names = nil
		}
	}
	if end > start {
		o.span = claims.Span{Start: ws[start].span.Start, End: ws[end-1].span.End}
	}
	if o.other != "" && o.remark == "" && personalQuality(o.noun) {
		// "questioned Dunne's professionalism": the man is found wanting, not his words.
		o.other, o.noun = "", ""
	}
	if o.other == "" && end+1 < len(ws) && ws[end].text == "," && ws[end+1].cap {
		// "the country's chief medical officer, Dr Helen Ostrow, who …": the name in
		// apposition says who.
		m := end + 1
		for m < len(ws) && !ws[m].punc && ws[m].cap && m-end < 5 {
			m++
		}
		if sp, ok := a.knownSpeaker(ws[end+1 : m]); ok {
			o.other, o.noun = sp, ""
		}
	}
	if o.other == "" && len(makers) > 0 && o.anaphor && o.remark != "" {
		// "a European Commission ruling", "a BBC report": the remark's maker.
		if sp, ok := a.knownSpeaker(makers); ok {
			o.other = sp
		}
	}
	if o.other == "" && len(names) > 0 && !o.anaphor {
		if sp, ok := a.knownSpeaker(names); ok {
			o.other = sp
			o.noun = ""
		}
	}
	if o.other == "" && !o.anaphor && o.noun != "" && a.lx.roleWord(o.noun) && end > start {
		// "broke ranks with the region's transport chief": an office named by its
		// portfolio is whoever the text gives that portfolio ("Transport commissioner …").
		var portfolio []string
		for _, w := range ws[start : end-1] {
			if !w.cap && !w.punc && !determiners[w.low] && !functionWords[w.low] && !roleModifiers[w.low] && !w.poss && !a.lx.roleWord(w.low) && w.low != "own" {
				portfolio = append(portfolio, w.low)
			}
		}
		if k, person := speakerNoun(o.noun); len(portfolio) == 0 && person && k == claims.Person && (determiners[ws[start].low] || ws[start].poss || possessives[ws[start].low]) && !ws[end-1].cap {
			// "broke with the head coach", "contradicted his minister": whoever the text
			// gives the office, not the one the pronoun stands for.
			portfolio = []string{o.noun}
		}
		if len(portfolio) > 0 {
			o.makers, o.noun, o.pronoun = portfolio, "", ""
		}
	}
	if o.remark != "" && o.clause.Len() == 0 && end < len(ws) && ws[end].low != "that" {
		// "a claim by a mayoral candidate in the northern city of Trujillo that …": the
		// remark's that-clause after the places and times that describe its maker.
		for k := end; k < len(ws) && k < end+10 && !ws[k].punc && !(strings.HasPrefix(ws[k].tag, "VB") && ws[k].tag != "VBG" && ws[k].tag != "VBN"); k++ {
			if ws[k].low == "that" && k > end {
				if c := clauseAfter(ws, k); c.Len() > 0 && k+1 < len(ws) && !strings.HasPrefix(ws[k+1].tag, "VB") {
					o.clause, end = c, k
				}
				break
			}
		}
		if o.clause.Len() > 0 {
			o.span.End = o.clause.End
		}
	}
	if end < len(ws) && ws[end].low == "that" && (o.anaphor || end == start) {
		o.clause = clauseAfter(ws, end)
		if o.span.Len() == 0 {
			o.span = o.clause
		} else if o.clause.Len() > 0 {
			o.span.End = o.clause.End
		}
	}
	if o.other != "" && o.pronoun == "his" || o.other != "" && o.pronoun == "her" {
		o.pronoun = ""
	}
	return o
}

// objectStart returns where the object of a response that ends at ws[from] opens, past
// its preposition and a time between: "hit back at", "at odds with", "took issue on
// Thursday with …".
func objectStart(ws []word, from int) int {
	i := from
	for i < len(ws) {
		switch {
		case ws[i].low == "at" || ws[i].low == "with" || ws[i].low == "from" || ws[i].low == "to" || ws[i].low == "of" || ws[i].low == "on":
			if i+1 < len(ws) && timeNouns[ws[i+1].low] && (ws[i].low == "on" || ws[i].low == "at") {
				i++ // "took issue on Thursday with …": when, before what
			}
			i++ // "hit back at", "at odds with", "contrary to", "a reversal of"
			continue
		case timeNouns[ws[i].low] && (ws[i].cap || ws[i].low == "yesterday" || ws[i].low == "today"):
			i++
			continue
		}
		return i
	}
	return i
}

// fits reports whether the response h can answer o. A party alone is answered only by a
// verb of contradiction ("contradicted the minister", "hit back at the club"): "dismissed
// the manager" or "rejected the striker" speak of a person, not of what they said, and "in
// contrast to its rival" compares two parties' fortunes, not their words.
func (h respHit) fits(o objectNP) bool {
	if o.doubt {
		return false
	}
	if h.rel == claims.Corrects && o.own && o.remark == "" && o.clause.Len() == 0 {
		return false // "clarifying our position": an account of one's stance, no correction
	}
	party := o.other != "" && !o.anaphor && o.clause.Len() == 0 && o.remark == ""
	if party && (h.remark || h.rel != claims.Contradicts && h.rel != claims.Corrects && h.rel != claims.Agrees && !h.false) {
		return false
	}
	return true
}

// answerable reports whether o is something a statement can answer: a person or body, a
// remark, one's own words, a clause, or a noun that may name what another said.
func (o objectNP) answerable() bool {
	return o.other != "" || o.pronoun != "" || o.self || o.anaphor || o.clause.Len() > 0 || o.noun != "" || len(o.makers) > 0
}

// aboutNouns are remarks about someone rather than by them after "of": "criticism of the
// manager".
var aboutNouns = map[string]bool{"criticism": true, "praise": true, "attack": true, "support": true, "defence": true, "defense": true, "condemnation": true, "description": true, "portrayal": true}

// possessed reports whether a possessive stands among ws: "the minister's remarks".
func possessed(ws []word) bool {
	return slices.ContainsFunc(ws, func(w word) bool { return w.poss })
}

// currencySign reports whether s is a sign that stands inside a noun phrase: "a £4.2bn
// offer", "a 5% rise".
func currencySign(s string) bool {
	return s == "£" || s == "$" || s == "€" || s == "¥" || s == "%"
}

// loneNoun reports whether ws[k] is a common noun that ends its clause, or a time does
// ("that timetable yesterday"). Read before tagging or after.
func loneNoun(ws []word, k int) bool {
	w := ws[k]
	if w.cap || w.punc || isPronoun(w) || functionWords[w.low] || determiners[w.low] || len(wordnet.Synsets(w.low, wordnet.Noun)) == 0 {
		return false
	}
	return k+1 == len(ws) || sentenceStops[ws[k+1].text] || timeAdverbial(ws, k+1) > 0
}

// sentenceStops end a clause for good: not a comma or a dash, after which it may go on.
var sentenceStops = map[string]bool{".": true, "!": true, "?": true, ";": true}

// clauseAfter returns the span of the clause that "that" at ws[i] opens, to the next
// comma or the end.
func clauseAfter(ws []word, i int) claims.Span {
	j := i + 1
	k := j
	for k < len(ws) && !(ws[k].punc && ws[k].text != "'" && ws[k].text != "’" && ws[k].text != "-" && !digitComma(ws, k)) {
		k++
	}
	if k <= j {
		return claims.Span{}
	}
	return claims.Span{Start: ws[j].span.Start, End: ws[k-1].span.End}
}

// digitComma reports whether ws[k] is the comma inside a figure, as the scanner parts it:
// "4,000".
func digitComma(ws []word, k int) bool {
	isDigit := func(w word) bool { return w.text != "" && w.text[0] >= '0' && w.text[0] <= '9' }
	return ws[k].text == "," && k > 0 && k+1 < len(ws) && ws[k-1].span.End == ws[k].span.Start && ws[k+1].span.Start == ws[k].span.End && isDigit(ws[k-1]) && isDigit(ws[k+1])
}

// knownSpeaker reads ws as a mention of a speaker the document knows: one of its claims'
// speakers, or a person or body it names ("the governor" for Paul Henley). It does not
// take a place, a date or a common noun for a speaker.
func (a *analyser) knownSpeaker(ws []word) (string, bool) {
	for k := 0; k < len(ws) && k < 2; k++ {
		// "the Sunday Lantern": a day's name before a paper's is no speaker of its own.
		sp, ok := a.nameOf(nil, ws[k:])
		if !ok {
			continue
		}
		for _, at := range a.out {
			if sameSpeakerName(at.speaker, sp) || at.via.Name != "" && sameSpeakerName(at.via, sp) {
				return sp, true // a speaker, or a channel: "misquoted by the Herald", which quoted her
			}
		}
		if a.liveBlog() && strings.Contains(sp, " ") && a.knownPerson(claims.Speaker{Name: sp}) {
			// A person the document names in full, who may speak further on: "the Premier's
			// date" in a live blog whose older entries, below, give her words.
			return sp, true
		}
	}
	return "", false
}

// nameOf reads ws as a mention and resolves it to a speaker's name, keeping only names
// and roles the document knows (not "Tuesday" or "London").
func (a *analyser) nameOf(phrase, ws []word) (string, bool) {
	var plain []word
	for _, w := range ws {
		if !w.punc {
			plain = append(plain, w)
		}
	}
	if len(plain) == 0 {
		return "", false
	}
	m, ok := a.lx.readMention(plain)
	if !ok || m.pronoun != "" {
		return "", false
	}
	sp := a.people.speaker(m)
	if sp.Name == "" || sp.Kind == claims.UnknownSpeaker {
		return "", false
	}
	return sp.Name, true
}

// contracted are the subjects news fuses with "is": "that's", "it's".
var contracted = map[string]bool{"that": true, "it": true, "this": true, "what": true, "there": true}

// evaluated reads what a word calling something untrue, inside a claim's content, is said
// of: what follows it after "in", "to" or "behind" ("no truth whatsoever in the story"),
// else the subject of the copula before it ("the report was untrue", "claims that he had
// quit were completely untrue", "he is lying"). The word must be said of the subject: "gave
// false figures" judges no one's words, and "it was wrong to impose the embargo" judges
// an act.
func (a *analyser) evaluated(ws []word, h respHit, content claims.Span, naming bool) objectNP {
	at := h.end
	if at+2 < len(ws) && ws[at].low == "to" && sayInfinitives[ws[at+1].low] && ws[at+2].low == "that" && h.words[0] != "wrong" {
		// "it is not accurate to say that nobody came": what one would say is judged
		// untrue; "wrong to suggest" judges the suggesting, as it does any act
		at += 2
	}
	if at < len(ws) && ws[at].low == "that" {
		// "there is no evidence that the tower caused it", "nothing to suggest that …":
		// the clause after is what is called unfounded.
		c := clauseAfter(ws, at)
		return objectNP{span: c, clause: c}
	}
	for k := h.end; k < len(ws) && k <= h.end+2 && ws[h.end].low != "about"; k++ {
		// not "wrong about what's in its budget", where the subject is the one wrong
		if (ws[k].low == "in" || ws[k].low == "behind" || ws[k].low == "to" && h.words[0] == "no") && !a.occasionAt(ws, k+1) {
			return a.readObject(ws, k+1, &a.lx.responses) // "no truth whatsoever in the story", not "wrong in a speech"
		}
		if ws[k].punc || ws[k].cap {
			break
		}
	}
	if h.end+1 < len(ws) && ws[h.end].low == "to" {
		return objectNP{} // "it was wrong to …": an act, not a remark
	}
	if n := ws[min(h.end, len(ws)-1)]; h.end < len(ws) && !n.punc && !n.cap && !functionWords[n.low] && !prepositions[n.low] && !determiners[n.low] && !a.lx.responses.remark[n.low] && len(wordnet.Synsets(n.low, wordnet.Noun)) > 0 {
		return objectNP{} // "It's a preposterous piece of legislation": said of a thing, not of words
	}
	// Back over degree words and quote marks to the copula, or to "is lying", "lied".
	backOverDegree := func(k int) int {
		for k >= 0 && (degreeWords[ws[k].low] || ws[k].low == "a" || ws[k].low == "an" || quoteToken(ws[k].text) || len(ws[k].low) > 4 && strings.HasSuffix(ws[k].low, "ly") && !ws[k].cap) {
			k-- // "was “flatly false,”", "is patently untrue"
		}
		return k
	}
	k := backOverDegree(h.start - 1)
	if k >= 1 && (ws[k].low == "and" || ws[k].low == "or") {
		// "pure fiction and fabrication": back over the first of two coordinated nouns
		j := k - 1
		for j > k-4 && j >= 0 && !ws[j].punc && !ws[j].cap && !functionWords[ws[j].low] && !beForms[ws[j].low] {
			j--
		}
		j = backOverDegree(j)
		if j < k-1 {
			k = j
		}
	}
	seems := k >= 0 && seemingCopula(ws, &k)
	verb := strings.HasSuffix(h.words[0], "ing") || strings.HasSuffix(h.words[0], "ed")
	// "That's simply not the case": the copula split off by the tagger, or fused with
	// its subject.
	isBe := func(w word) bool { return beForms[w.low] || w.low == "'s" || w.low == "’s" }
	fused := k >= 0 && ws[k].poss && contracted[ws[k].low]
	if !verb && !seems && (k < 0 || !isBe(ws[k]) && !fused && ws[k].low != "are" && ws[k].low != "remain" && ws[k].low != "remains") {
		if first := wordAt(ws, content.Start); naming && first <= k && k-first < 8 && phraseOnly(ws[first:k+1]) {
			// "called the report “fake news”", "branded the claims nonsense": the content
			// opens with what the speaker calls untrue.
			return a.readObject(ws, first, &a.lx.responses)
		}
		return objectNP{} // not said of a subject: "providing false figures"
	}
	if (!verb || seems || isBe(ws[k])) && !fused {
		k--
	}
	for k >= 0 && (ws[k].low == "had" || ws[k].low == "has" || ws[k].low == "have" || ws[k].low == "been" || ws[k].low == "not" || ws[k].low == "never" || modal(ws[k].low)) {
		k-- // "Nothing could be further from the truth"
	}
	// The subject: back to a verb of saying, a comma or the content's start.
	first := wordAt(ws, content.Start)
	j := k
	for j >= first && j > k-20 && !ws[j].punc && !(j < k && (trailingSay[ws[j].low] || ws[j].low == "proved" || ws[j].low == "shows" || ws[j].low == "showed")) {
		j--
	}
	subj := ws[j+1 : k+1]
	for len(subj) > 1 && subj[0].low == "that" && !a.lx.responses.remark[subj[1].low] {
		subj = subj[1:] // "said that the claims were false"; not "That is not true", nor "That figure is wrong"
	}
	o := objectNP{}
	if len(subj) == 0 {
		return o
	}
	o.span = claims.Span{Start: subj[0].span.Start, End: subj[len(subj)-1].span.End}
	if len(subj) >= 3 && subj[0].low == "what" && (saidVerbs[subj[len(subj)-1].low] || len(subj) >= 4 && saidVerbs[subj[len(subj)-2].low]) {
		// "What he has described is not what happened": his words.
		o.anaphor = true
		switch p := subj[1].low; {
		case p == "he" || p == "she" || p == "they":
			o.pronoun = p
		case subj[1].cap:
			if sp, ok := a.knownSpeaker(subj[1:2]); ok {
				o.other = sp
			}
		}
		return o
	}
	for i, w := range subj {
		if i == 0 && len(subj) == 2 && w.low == "all" && demonstratives[subj[1].low] {
			o.anaphor, o.bare, o.matter = true, true, true // "all this is nonsense"
			return o
		}
		if i == 0 && len(subj) == 1 && (w.low == "it" || w.low == "this" || w.low == "that" || w.low == "nothing") {
			// "That's not the case", "Nothing could be further from the truth": what was said
			// just before
			o.anaphor, o.bare = true, true
			return o
		}
		if a.lx.responses.remark[w.low] || i == 0 && (w.low == "it" || (w.low == "this" || w.low == "that") && !(len(subj) > 1 && a.lx.responses.remark[subj[1].low])) {
			o.anaphor = true
			o.remark = strings.TrimSuffix(w.low, "s")
			if i > 0 {
				d := subj[i-1].low
				o.definite = d == "the" || d == "this" || d == "that" || d == "these" || d == "those" // "the figure was wrong"
			}
			for j, p := range subj[:i] {
				if p.poss {
					if sp, ok := a.knownSpeaker(subj[:j+1]); ok {
						o.other = sp
					}
				}
				// "his earlier statement was wrong": whose words, the pronoun's; not those of
				// another it owns ("his rival's claims", "his critics' claims").
				if s, ok := possessivePronouns[p.low]; ok && j == 0 && !slices.ContainsFunc(subj[1:i], func(w word) bool {
					return w.poss || strings.HasPrefix(a.text[w.span.End:], "'") || strings.HasPrefix(a.text[w.span.End:], "’")
				}) {
					o.pronoun = s
				}
			}
			if i+1 < len(subj) {
				// "claims that he had quit", "reports of a split": what they said.
				o.clause = claims.Span{Start: subj[i+1].span.Start, End: subj[len(subj)-1].span.End}
			}
			if o.other == "" {
				// "figures published by the Nurses' Federation … were inaccurate": the maker.
				r := a.readObject(ws, j+1, &a.lx.responses)
				o.other, o.makers, o.namedMaker = r.other, r.makers, r.namedMaker
			}
			return o
		}
	}
	head := subj[len(subj)-1].low
	switch {
	case head == "he" || head == "she" || head == "they":
		o.pronoun = head
	case subj[0].cap:
		if sp, ok := a.knownSpeaker(subj); ok {
			o.other = sp
		}
	}
	if o.other == "" && o.pronoun == "" {
		return objectNP{}
	}
	return o
}

// saidVerbs close a free relative that names someone's words: "what he has described",
// "what the minister said".
var saidVerbs = map[string]bool{"said": true, "says": true, "described": true, "claimed": true, "claims": true, "alleged": true, "told": true, "suggested": true, "wrote": true, "reported": true, "stated": true}

// degreeWords stand between a copula and a word of judgement: "is simply untrue", "was
// completely false", "are total nonsense".
var degreeWords = map[string]bool{"simply": true, "completely": true, "totally": true, "entirely": true, "utterly": true, "wholly": true, "absolutely": true, "just": true, "plainly": true, "clearly": true, "quite": true, "utter": true, "total": true, "complete": true, "pure": true, "absolute": true, "frankly": true, "also": true, "still": true}

var sayInfinitives = map[string]bool{"say": true, "suggest": true, "claim": true, "state": true, "assert": true, "allege": true, "imply": true}

var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true}

// seemingCopula reports whether ws[*k] closes a verb of seeming that stands for the
// copula before a word of falsehood ("sounds like nonsense", "looks to me as pure
// fiction", "seems to be wrong"), and moves *k onto that verb.
func seemingCopula(ws []word, k *int) bool {
	j := *k
	switch {
	case ws[j].low == "like" || ws[j].low == "as":
		j--
	case ws[j].low == "be" && j >= 1 && ws[j-1].low == "to":
		j -= 2
	}
	if j >= 2 && ws[j-1].low == "to" && objectPronouns[ws[j].low] {
		j -= 2 // "looks to me like"
	}
	if j < 0 || !judgements[ws[j].low] && !senseVerbs[ws[j].low] {
		return false
	}
	*k = j
	return true
}

// senseVerbs are verbs of seeming by a sense, beside the judgements "seem" and "appear".
var senseVerbs = map[string]bool{"look": true, "looks": true, "looked": true, "sound": true, "sounds": true, "sounded": true}

var objectPronouns = map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true}

// phraseOnly reports whether ws, quote marks aside, holds no punctuation and no "that":
// the object of a naming verb before what it is called.
func phraseOnly(ws []word) bool {
	for _, w := range ws {
		if (w.punc || w.low == "that") && !(len(w.text) <= 3 && strings.IndexFunc(w.text, isQuoteRune) == 0) {
			return false
		}
	}
	return true
}

// quoteToken reports whether the word s is a quotation mark alone.
func quoteToken(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && n == len(s) && isQuoteRune(r)
}

// remarkAside reports whether what stands between a comma and the cue at ws[cue] is a
// remark in apposition with a relative clause whose subject the cue's: ", a claim (that)
// the company denied", ", a figure his office later said …". It returns the index of the
// comma and of the relative clause's subject.
func (a *analyser) remarkAside(ws []word, cue int) (comma, subj int, ok bool) {
	c := -1
	for k := cue - 1; k >= 0 && k >= cue-10; k-- {
		if ws[k].text == "," {
			c = k
			break
		}
		if ws[k].punc {
			return 0, 0, false
		}
	}
	if c < 0 || c+2 >= cue || ws[c+1].low != "a" && ws[c+1].low != "an" && ws[c+1].low != "the" {
		return 0, 0, false
	}
	j := c + 2
	for j < cue && (ws[j].tag == "JJ" || ws[j].tag == "VBN" || ws[j].tag == "RB") && !ws[j].cap {
		j++ // "a widely reported claim"
	}
	if j >= cue || !a.lx.responses.remark[ws[j].low] {
		return 0, 0, false
	}
	j++
	if j < cue && (ws[j].low == "that" || ws[j].low == "which") {
		j++
	}
	if j >= skipBack(ws, cue) {
		return 0, 0, false // no subject of its own: ", a claim denied by …"
	}
	return c, j, true
}

// passiveAside returns the comma that opens an aside naming the statement before it with
// a remark noun and a passive participle, its agent after "by": "…, a figure disputed by
// the union", "…, a view sharply contradicted by the bank". The agent's answer is a
// statement of its own, which reducedPassive reads.
func (a *analyser) passiveAside(ws []word, cue int) (int, bool) {
	if cue+1 >= len(ws) || ws[cue+1].low != "by" || ws[cue].tag != "VBN" && ws[cue].tag != "VBD" {
		return 0, false
	}
	j := skipBack(ws, cue) - 1
	if j < 2 || !a.lx.responses.remark[ws[j].low] {
		return 0, false
	}
	k := j - 1
	for k > 0 && (ws[k].tag == "JJ" || ws[k].tag == "RB") && !ws[k].cap {
		k-- // "a widely reported claim"
	}
	if k < 1 || ws[k].low != "a" && ws[k].low != "an" || ws[k-1].text != "," {
		return 0, false
	}
	return k - 1, true
}

// possessivePronouns are the subject pronouns of possessive ones.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}

// personalQuality reports whether noun names a quality a person is judged by, no act or
// words of theirs: "professionalism", "integrity", "competence"; not "judgement",
// "decision" or "account", which WordNet also reads as acts or messages, nor "date", a
// measure, nor "stance", a view one holds (and a posture).
func personalQuality(noun string) bool {
	return noun != "" && wordnet.IsA(noun, "attribute", wordnet.Noun) && !wordnet.IsA(noun, "act", wordnet.Noun) && !wordnet.IsA(noun, "communication", wordnet.Noun) && !wordnet.IsA(noun, "measure", wordnet.Noun) &&
		!wordnet.IsA(noun, "cognition", wordnet.Noun)
}
