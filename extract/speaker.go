// This file reads a noun phrase as a mention of a speaker: a name, a role, a title, a
// body, a demonym or a pronoun. people.go resolves a mention to one identity in the
// document.

package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// mention is one reading of a noun phrase that may name a speaker.
type mention struct {
	span    claims.Span
	text    string // as written, without a leading determiner
	name    string // a person's or organisation's name as written: "Dmitry Peskov", "Lavrov"
	role    string // role words as written: "Kremlin spokesman", "Foreign Minister"
	roleKey string // canonical role, lower case: "spokesman", "foreign minister"
	country string // affiliation from demonyms and places: "Russia"
	org     string // a seat or place that speaks for a government: "Kremlin", "Moscow"
	kind    claims.SpeakerKind
	pronoun string // "he", "she", "they", "it" when the phrase is one
	indef   bool   // "a senior official": an anonymous source
	def     bool   // after "the": "the Fed" is no person
	desc    string // the common noun before a body's name: "carmaker" in "German carmaker Volkswagen"
	// epithet is a nationality and a person's title after "the", with no name: "the
	// British actor" may stand for a person named before.
	epithet bool
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "both": true, "some": true, "this": true, "these": true, "those": true, "its": true, "his": true, "her": true, "their": true, "many": true, "several": true, "other": true, "two": true, "three": true, "one": true}

var roleModifiers = map[string]bool{"senior": true, "former": true, "acting": true, "presidential": true, "deputy": true, "vice": true, "assistant": true, "interim": true, "outgoing": true, "incoming": true, "new": true, "state": true, "federal": true, "national": true, "regional": true, "local": true, "top": true, "chief": true, "then": true, "current": true, "longtime": true, "veteran": true, "government": true, "official": true, "military": true, "foreign": true, "economic": true, "defence": true, "defense": true, "finance": true, "health": true, "shadow": true}

var pronouns = map[string]claims.SpeakerKind{"he": claims.Person, "she": claims.Person, "they": claims.Group, "it": claims.Organisation, "his": claims.Person, "her": claims.Person, "their": claims.Group}

// quantifiers stand alone for people: "Some say", "Others argue". "Nobody" and "none"
// are left out: what nobody believes is no one's claim.
var quantifiers = map[string]bool{"some": true, "many": true, "most": true, "others": true, "all": true, "few": true, "several": true, "both": true, "everyone": true, "everybody": true}

var ageRE = regexp.MustCompile(`^[0-9]+-year-old$`)

var connectors = map[string]bool{"of": true, "for": true, "the": true, "and": true, "de": true, "&": true, "del": true, "della": true, "dello": true, "degli": true, "dei": true, "di": true, "da": true, "dos": true, "das": true, "du": true, "des": true, "van": true, "von": true, "der": true}

// readMention reads ws as a speaker phrase. ok is false when nothing in it can speak.
// "One of" a group is one unnamed member of it: "one of his advisers", "one of Labour's
// most senior Asians".
func (lx *lexicon) readMention(ws []word) (mention, bool) {
	m, ok := lx.readPhrase(ws)
	if ok && m.name == "" && len(ws) > 0 && (ws[0].low == "a" || ws[0].low == "an") {
		m.indef = true // "A spokesman for UKIP", however the phrase was read
	}
	if ok && (m.kind == claims.Anonymous || m.kind == claims.Person && m.name == "") && m.roleKey != "" && m.org == "" && m.country == "" {
		if i, n := lx.findRole(ws); n > 0 && !wordnet.IsA(ws[i+n-1].low, "owner", wordnet.Noun) {
			// "a spokesman for Lycos", "an official at the Treasury" speak for it; "the
			// owner of Liffe" does not.
			m.org = lx.roleOrg(ws[i:], 0, n)
		}
	}
	if ok && len(ws) > 2 && ws[0].low == "one" && ws[1].low == "of" && (m.kind == claims.Group || m.kind == claims.Person && m.name != "" && knownPlural(strings.ToLower(lastField(m.name)))) {
		m.kind, m.text, m.name, m.span = claims.Anonymous, joinText(ws), joinText(ws), claims.Span{Start: ws[0].span.Start, End: ws[len(ws)-1].span.End}
	}
	return m, ok
}

// readPhrase does the work of readMention.
func (lx *lexicon) readPhrase(ws []word) (m mention, ok bool) {
	for len(ws) > 0 && (ws[len(ws)-1].punc) {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	all := ws
	if k := numberedName(ws); k > 0 {
		// "Il Sole 24 Ore", "Channel 4 News", "Radio 5 Live": a title with a number in it
		// names a body, never a person.
		m.span, m.text, m.name, m.kind = claims.Span{Start: ws[k-1].span.Start, End: ws[n-1].span.End}, joinText(ws[k-1:]), joinText(ws[k-1:]), claims.Organisation
		if k > 1 && !determiners[ws[0].low] {
			return m, false
		}
		return m, true
	}
	if n > 2 && ws[0].low == "those" && ws[1].tag == "JJ" && (prepHeads[ws[2].low] || ws[2].low == "to") {
		// "those close to him", "those familiar with the plan": people, unnamed
		m.span, m.text, m.name, m.kind = claims.Span{Start: ws[0].span.Start, End: ws[n-1].span.End}, joinText(ws), joinText(ws), claims.Group
		return m, true
	}
	if n == 2 && ws[0].low == "those" && (ws[1].tag == "VBN" || ws[1].tag == "VBD") {
		// "those surveyed", "those polled": people, unnamed
		m.span, m.text, m.name, m.kind = claims.Span{Start: ws[0].span.Start, End: ws[1].span.End}, joinText(ws), joinText(ws), claims.Group
		return m, true
	}
	if n > 3 && ws[n-3].low == "of" && ws[n-2].low == "those" && (ws[n-1].tag == "VBN" || ws[n-1].tag == "VBD") {
		// "Thirty-one percent of those surveyed": a share of the people a poll asked
		m.span, m.text, m.kind = claims.Span{Start: ws[0].span.Start, End: ws[n-1].span.End}, joinText(ws), claims.Group
		m.name = strings.ToLower(m.text)
		return m, true
	}
	if k := len(ws) - 1; k > 0 && surveyed[ws[k].low] && strings.HasPrefix(ws[k-1].tag, "NN") && strings.HasSuffix(ws[k-1].low, "s") {
		ws = ws[:k] // "Cuban-Americans polled": the people asked
		n--
	}
	inhabitant := func(w word) bool {
		if !w.cap || w.poss || pluralNoun(w.low) {
			return false
		}
		// "the Argentine", "the Kenyan", "the Pakistani", which WordNet lacks; not "the
		// British", "the French", "the Chinese", who are a people
		return wordnet.IsA(w.low, "inhabitant", wordnet.Noun) || lx.isDemonym([]word{w}) && (strings.HasSuffix(w.low, "an") || strings.HasSuffix(w.low, "ine") || strings.HasSuffix(w.low, "i"))
	}
	if n == 2 && ws[0].low == "the" && (ageRE.MatchString(ws[1].low) || inhabitant(ws[1])) ||
		n > 2 && ws[0].low == "the" && ageRE.MatchString(ws[1].low) && (!ws[n-1].cap || n == 3 && inhabitant(ws[2])) && !pluralNoun(ws[2].low) {
		// "the 46-year-old", "the Spaniard", "the 34-year-old mother of three", "the
		// 55-year-old Frenchman" stand for a person named before, as a pronoun does.
		m.span, m.text = claims.Span{Start: ws[0].span.Start, End: ws[n-1].span.End}, joinText(ws)
		m.pronoun, m.kind = "described", claims.Person
		return m, true
	}
	if n >= 3 && n <= 4 && ws[0].low == "the" && ws[n-1].cap && lx.parties[ws[n-1].low] && allCapitalised(ws[1:n-1]) && lx.stateOrPlace(ws[1:n-1]) {
		// "the Ohio Republican", "the South Carolina Democrat": a member of a party from a
		// place stands for a person named before, as "the Spaniard" does.
		m.span, m.text = claims.Span{Start: ws[0].span.Start, End: ws[n-1].span.End}, joinText(ws)
		m.pronoun, m.kind = "described", claims.Person
		return m, true
	}
	if n == 3 && ws[0].low == "the" && lx.isDemonym(ws[1:2]) && !ws[2].cap && lx.roleWord(ws[2].low) {
		if _, source := lx.speakers[ws[2].low]; !source { // "the French official" is a source of its own
			defer func() { m.epithet = ok && m.name == "" }()
		}
	}
	if len(ws) == 1 {
		if ws[0].low == "i" || ws[0].low == "we" {
			m.span, m.text = ws[0].span, ws[0].text
			m.pronoun, m.kind = ws[0].low, claims.Author
			return m, true
		}
		if k, isPro := pronouns[ws[0].low]; isPro {
			m.span, m.text = ws[0].span, ws[0].text
			m.pronoun, m.kind = ws[0].low, k
			return m, true
		}
	}
	if len(ws) == 1 && ws[0].low == "another" {
		// "One firm says …, while another says …", "Yet another said": one more of those
		// the text has counted, unnamed.
		m.span, m.text, m.kind = ws[0].span, ws[0].text, claims.Anonymous
		m.name = "another"
		return m, true
	}
	if len(ws) > 0 && len(ws) <= 2 && quantifiers[ws[len(ws)-1].low] && (len(ws) == 1 || ws[0].low == "almost" || ws[0].low == "nearly") {
		// "Some say", "Others argue", "Almost everyone agreed": people, unnamed and plural.
		m.span, m.text, m.kind = claims.Span{Start: ws[0].span.Start, End: ws[len(ws)-1].span.End}, joinText(ws), claims.Group
		m.name = strings.ToLower(m.text)
		return m, true
	}
	if len(ws) > 3 && ws[0].tag == "JJ" && partitives[ws[1].low] && ws[2].low == "of" {
		ws = ws[1:] // "Small groups of protesters"
	}
	for len(ws) > 0 && (ws[0].punc || determiners[ws[0].low] || clauseWords[ws[0].low] || ws[0].low == "of" && len(ws) < n || partitives[ws[0].low] && len(ws) > 2 && ws[1].low == "of") {
		switch {
		case ws[0].low == "a" || ws[0].low == "an":
			m.indef = true
		case ws[0].low == "the":
			m.def = true
		case partitives[ws[0].low]:
			m.indef = false // "a majority of voters" are voters, not one unnamed source
		}
		ws = ws[1:] // "many of the growers": the growers
	}
	if len(ws) > 1 && strings.HasSuffix(ws[0].low, "-based") {
		ws = ws[1:] // "Bethesda-based Potomac Hospitality", "a London-based spokesman": where, not who
	}
	if len(ws) == 0 {
		return m, false
	}
	if len(ws) == 1 && len(ws) < n && (ws[0].low == "them" || ws[0].low == "us") && n > 2 && all[n-2].low == "of" {
		// "Most of them said", "many of us": a share of the people the pronoun stands for
		m.span, m.text = claims.Span{Start: ws[0].span.Start, End: ws[0].span.End}, ws[0].text
		if ws[0].low == "us" {
			m.pronoun, m.kind = "we", claims.Author
		} else {
			m.pronoun, m.kind = "they", claims.Group
		}
		return m, true
	}
	m.span = claims.Span{Start: ws[0].span.Start, End: ws[len(ws)-1].span.End}
	if k := len(ws) - 1; k > 0 && ws[k-1].poss && ws[k].cap && lx.orgWord(ws, k) && allCapitalised(ws) {
		// "the Prime Minister's Office", "the US Trade Representative's Office": an
		// office named for its holder is an organisation, not a role and a name.
		m.kind, m.text = claims.Organisation, joinText(ws)
		m.name = m.text
		if _, country, ok := lx.matchPlace(ws); ok {
			m.country = country
		}
		return m, true
	}
	o := 0 // "Labour's deputy minister for women Jacqui Smith": the owner, then the office
	if len(ws) > 4 && ws[0].poss && ws[0].cap {
		o = 1
	}
	p := o
	for p+1 < len(ws) && roleModifiers[ws[p].low] {
		p++ // "Deputy Minister of Energy Jane Doe"
	}
	if r, key := lx.matchRole(ws[p:]); r > 0 && p+r+3 < len(ws) && (len(ws) == n || m.def && !ws[o].cap) && (ws[p+r].low == "of" || ws[p+r].low == "for" || ws[p+r].low == "to" && ws[p+r+1].low == "the") {
		// "Governor of the Bank of England Andrew Bailey", "Minister for Europe Jane Doe",
		// "Secretary to the Treasury K.M. Rathnayake",
		// "minister of state for finance Anil Chaudhary": a title, whom it serves, and a
		// name of two words (and any particles: "Ursula von der Leyen"). Not "a spokesman
		// for Human Rights Watch", a description; a title in lower case serves what a
		// common noun says ("for finance"), not a name.
		r += p
		e := len(ws) - 1
		k := e - 1
		for k > r+1 && nameParticles[ws[k].low] {
			k--
		}
		if ws[k].text == "." && isInitial(ws[k-1]) {
			for k-2 > r && ws[k].text == "." && isInitial(ws[k-1]) {
				k -= 2
			}
			k++ // "Director General of Pensions K. A. Premaratne": the first initial
		}
		// "for finance Anil Chaudhary", "Director of education Robert Tessier" at a
		// sentence's start; not "of miner Corrib Resources", a body of a kind
		remit := (!ws[o].cap || lowerRun(ws[r+1:k])) && k > r+1 && !ws[k-1].cap && !ws[k-1].punc && strings.HasPrefix(ws[k-1].tag, "NN") && !knownPlural(ws[e].low) && !bodyNoun(ws[k-1].low) && lx.speakers[ws[k-1].low] != claims.Organisation &&
			!(ws[r].low == "of" && wordnet.IsA(ws[k-1].low, "person", wordnet.Noun)) // not "the agent of runner Tigist Worku", whose agent speaks
		if ws[e].cap && ws[k].cap && !ws[k].punc && k > r+1 && (ws[k-1].cap && !connectors[ws[k-1].low] || remit) && !lx.orgWord(ws, e) && !lx.orgWord(ws, k) {
			for k-1 > r+1 && e-k < 3 && ws[k-2].cap && !ws[k-1].punc && !connectors[ws[k-2].low] && !lx.orgWord(ws, k-1) && (!englishWord(ws[k-1].low) || westernGiven(ws[k-1], ws[e], lx)) {
				k-- // "Minister of State for Health Dinesh Pratap Rao": a name of three words
			}
			// A title between office and name belongs to neither: "Secretary for Health Dr
			// Edwin Lau", "Governor of the Bank Dr. Ann Roe" (a stop the tagger parts from
			// its title fails the test above: it is neither capitalised nor a word). h is
			// the name's first word, t the office's end.
			h, t := k, k
			switch {
			case h+2 < len(ws) && honorifics[ws[h].low]:
				h++
			case t-1 > r+1 && honorifics[ws[t-1].low]:
				t--
			}
			lower := lowerRun(ws[r+1 : k])
			if _, _, place := lx.matchPlace(ws[k:]); !place && (ws[0].cap || lower) {
				org := ws[r+1 : t]
				if org[0].low == "the" {
					org = org[1:]
				}
				m.kind, m.name, m.roleKey = claims.Person, joinPlain(slices.DeleteFunc(slices.Clone(ws[h:]), func(w word) bool { return w.text == "." })), key
				m.role, m.org, m.text = joinText(ws[o:t]), joinPlain(org), joinText(ws)
				if remit {
					m.org = "" // a portfolio in lower case is no body; the owner before it is
					if o > 0 {
						m.org = strings.TrimSuffix(ws[0].text, "'")
					}
				}
				return m, true
			}
		}
	}
	// "officials at Homeland Security": the head comes before the preposition, what
	// follows is whom it speaks for.
	for i := 1; i+1 < len(ws); i++ {
		// The body's name, after "the" and the words that describe it: "of the main
		// opposition Democratic Party".
		b := i + 1
		if ws[b].low == "the" {
			for b++; b < len(ws) && b < i+5 && !ws[b].cap && !ws[b].punc && (strings.HasPrefix(ws[b].tag, "JJ") || ws[b].tag == "NN" || ws[b].tag == "VBG"); b++ {
			}
		}
		if i >= 2 && (ws[i].low == "of" || ws[i].low == "at" || ws[i].low == "for" || ws[i].low == "from") && ws[i-1].cap && ws[i-2].cap && !ws[i-2].punc && b < len(ws) && ws[b].cap && (b == i+1 || ws[i+1].low == "the") {
			// "Jane Doe of Goldman Sachs", "Mark Carney of the Bank of England": a person's
			// name, then whom they work for; "Noreen Fitzgerald from Castleisland", where
			// they live.
			head, ok := lx.readMention(ws[:i])
			of, ok2 := lx.readMention(ws[b:])
			if ok && ok2 && head.kind == claims.Person && (strings.Contains(head.name, " ") || head.role != "" || honorifics[ws[0].low]) && !anyPeerage(ws[:i]) && !lx.orgWord(ws, i-1) && of.kind != claims.Group && of.name != "" && of.role == "" {
				head.span, head.text = m.span, joinText(ws)
				head.org = joinPlain(ws[b:])
				if head.country == "" {
					head.country = of.country
				}
				return head, true
			}
		}
		if (ws[i].low == "in" || ws[i].low == "at") && i >= 2 && ws[i-1].cap && !ws[i-1].punc && ws[i+1].cap {
			// "The Royal Infirmary in Leeds", "the National Museum in Baghdad": a body named
			// with where it is, not the place.
			_, country, place := lx.matchPlace(ws[i+1:])
			if l := strings.ToLower(joinText(ws[i+1:])); !place && len(ws)-i-1 <= 2 {
				place = wordnet.IsA(strings.ReplaceAll(l, " ", "_"), "city", wordnet.Noun)
			}
			if place {
				head, ok := lx.readMention(ws[:i])
				if ok && head.name != "" && (head.kind == claims.Organisation || head.kind == claims.Person) {
					head.span, head.text = m.span, joinText(ws)
					if head.kind == claims.Person && m.def && head.role == "" && !slices.ContainsFunc(ws[:i], func(w word) bool { return w.poss }) {
						// "The Musee Berthoud in Lausanne": after "the", a name is a body's;
						// not "the BBC's Sarah Rainsford in Moscow", a person of the body.
						head.kind = claims.Organisation
					}
					if head.country == "" && head.kind == claims.Organisation {
						head.country = country // where a body is, not where a person reports from
					}
					return head, true
				}
			}
		}
		if prepHeads[ws[i].low] && (!ws[i-1].cap || i == 1 && lx.speakers[ws[0].low] == claims.Group) && !ws[i-1].punc && ws[i+1].cap {
			head, ok := lx.readMention(ws[:i])
			if !ok || head.name != "" && head.kind == claims.Person {
				break
			}
			of, _ := lx.readMention(ws[i+1:])
			head.span = m.span
			head.text = joinText(ws)
			if head.country == "" {
				head.country = of.country
			}
			if of.name != "" {
				head.role = strings.TrimSpace(head.role + " " + joinText(ws[i:]))
			}
			if head.kind == claims.Group || head.kind == claims.Organisation {
				head.name = head.text
			}
			return head, true
		}
	}
	var names, roles, orgWords, lead []string
	var mods []string // common nouns just before a title, which name its portfolio: "trade and industry"
	before := ""      // the common noun just before a name
	coord := false
	headNoun := ""
	orgish := false
	honorific := false // after "Mr." capitalised words are a name, even "King"
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) && ws[i+1].text == "." && w.cap && honorifics[w.low+"."] {
			// "Sen" and its stop, as the scanner parts them: one title
			w.text, w.low = w.text+".", w.low+"."
			i++
		}
		if honorifics[w.low] {
			honorific = true
			if !courtesyTitles[strings.TrimSuffix(w.low, ".")] {
				if names != nil && !orgish {
					// "Ohio Gov. John Kasich": the name before a title is whom one serves.
					orgWords = append(orgWords, strings.Join(names, " "))
					if m.org == "" {
						m.org = strings.Join(names, " ")
					}
					names = nil
				}
				roles = append(roles, w.text) // "Sen.", "Dr": a title that says what one does
			}
			continue
		}
		if names != nil && initialsBefore(ws, i) {
			i += 2 // "Sri Lanka Cricket (SLC) President": the body's initials, said again
			continue
		}
		if w.punc {
			continue
		}
		if w.low == "and" || w.low == "&" {
			if names != nil && i+1 < len(ws) && ws[i+1].cap && (orgish || lx.speakers[strings.ToLower(lastWord(ws[i+1:]))] == claims.Organisation) {
				names = append(names, w.text) // "Institute for Science and Technology"
				continue
			}
			if i > 0 && i+1 < len(ws) && nounModifiers(ws, i-1, i+1) {
				if mods != nil {
					mods = append(mods, w.text)
				}
				continue // "the oil and gas company": two modifiers of one noun, no two parties
			}
			coord = true
			continue
		}
		n, country, isPlace := lx.matchPlace(ws[i:])
		demonym := isPlace && lx.isDemonym(ws[i:i+n])
		if isPlace && len(names) == 1 && !orgish && !demonym && !roleModifiers[strings.ToLower(names[0])] && (isAcronym(names) || commonWord(names[0])) {
			// "Real Madrid": the place ends the name of a body, which is no government.
			names = append(names, joinPlain(ws[i:i+n]))
			orgish = true
			i += n - 1
			headNoun = ""
			continue
		}
		if isPlace && names != nil && !orgish && i+n == len(ws) && !lx.orgWord(ws, i-1) {
			isPlace = false // a surname: "Philip French", "George Washington"
		}
		if isPlace && names != nil && !demonym && !lx.isDemonym(ws[i-1:i]) && lx.speakers[ws[i+n-1].low] == claims.Organisation {
			// "Independent Electoral Commission": a seat's word ("Commission") ending
			// another body's name is that body's, not the seat's government.
			isPlace = false
		}
		if isPlace && names == nil && roles == nil && !ws[i+n-1].poss && (!demonym && capAfter(ws, i+n) &&
			lx.speakers[ws[i+n].low] != claims.Organisation && !lx.startsRole(ws[i+n:]) ||
			demonym && strings.ToUpper(ws[i].text) != ws[i].text && lx.demonymOpensBody(ws, i+n)) {
			// "the Manila Ledger", "Singapore Athletics", "Jordan Henderson": a place opens
			// the name of a body or a person, not a seat of government before it; "British
			// Medical Association chairman": a people's name opens a body's (an abbreviation,
			// "US Treasury", stays the country's)
			names = append(names, joinPlain(ws[i:i+n]))
			i += n - 1
			continue
		}
		if isPlace {
			m.country = country
			text := joinPlain(ws[i : i+n])
			if !demonym {
				m.org = text
			}
			if names != nil && orgish {
				names = append(names, text)
			} else {
				orgWords = append(orgWords, text)
			}
			i += n - 1
			headNoun = ""
			continue
		}
		if n, key := lx.matchRole(ws[i:]); n == 1 && i+1 == len(ws) && names != nil && !orgish && w.cap && surnameTitles[w.low] {
			names = append(names, w.text) // "Mervyn King", "John Major": a surname, not a title
			continue
		} else if n > 0 && !(names != nil && orgish && !capAfter(ws, i+n) && w.cap) && !(honorific && w.cap) && !(n == 1 && w.cap && capAfter(ws, i+1) && lx.orgWord(ws, i+1)) {
			// Not "General Directorate for National Security": a title before a body's word
			// opens the body's name.
			// A title in lower case after a body's name is a post in it: "a Home Office
			// spokeswoman", "the Bank of England governor".
			if names != nil && portfolioRoles[roleHead(key)] && !orgish && !lx.orgWord(ws, i-1) {
				// "Education Secretary Ruth Kelly": what a minister oversees is part of the
				// title, not whom she works for.
				roles = append(roles, strings.Join(names, " "))
				names = nil
			}
			if names != nil {
				// "Arsenal manager Mikel Arteta", "Bank of England Governor Andrew Bailey":
				// the name before a title is whom the person works for.
				orgWords = append(orgWords, strings.Join(names, " "))
				if m.org == "" {
					m.org = strings.Join(names, " ")
				}
				names, orgish = nil, false
			}
			roles = append(append(roles, mods...), joinText(ws[i:i+n]))
			mods = nil
			m.roleKey = key
			i += n - 1
			headNoun = key
			continue
		}
		if w.cap && names == nil && roles == nil && orgWords == nil && i+1 < len(ws) && (timeModifiers[w.low] || (w.low == "new" || roleModifiers[w.low] || genericBodies[w.low]) && lx.startsRole(ws[i+1:])) {
			// "Shadow Chancellor", "Former England captain", "Deputy Mayor", "Party leader":
			// no body called Shadow, Deputy or Party.
			lead = append(lead, w.text)
			continue
		}
		if strings.HasPrefix(w.low, "ex-") && !w.cap && i+1 < len(ws) {
			// "Tory ex-minister Douglas Hogg", "ex-Conservative chancellor Ken Clarke": a
			// role once held, after whom it was held for.
			if names != nil {
				orgWords = append(orgWords, strings.Join(names, " "))
				if m.org == "" {
					m.org = strings.Join(names, " ")
				}
				names = nil
			}
			roles = append(roles, w.text)
			continue
		}
		if roleModifiers[w.low] && !w.cap && i+1 < len(ws) {
			roles = append(roles, w.text)
			continue
		}
		if w.cap && names != nil && timeModifiers[w.low] && lx.startsRole(ws[i+1:]) {
			// "Conservative Shadow Chancellor Oliver Letwin": the name before is the party.
			orgWords = append(orgWords, strings.Join(names, " "))
			if m.org == "" {
				m.org = strings.Join(names, " ")
			}
			names, orgish = nil, false
			roles = append(roles, w.text)
			continue
		}
		if w.cap && (timeNouns[w.low] && !((m.def || i > 0 && insideName(ws, i)) && i+1 < len(ws) && ws[i+1].cap && !ws[i+1].punc) || months[w.low] && !surnameMonth(ws, i) || functionWords[w.low]) {
			return m, false // "Tuesday", "In": no name; "the Sunday Times", "Fight Night Promotions" are
		}
		if w.cap && w.poss && !w.punc && i+1 < len(ws) && ws[i+1].cap && !ws[i+1].punc && !lx.orgAhead(ws, i+1) {
			// "Fed's Waller", "Apple's Tim Cook", "Labour's Mr Livingstone": the possessor is
			// whom the person works for.
			org := strings.Join(append(names, w.text), " ")
			orgWords = append(orgWords, org)
			if m.org == "" {
				m.org = org
			}
			names = nil
			continue
		}
		if i == 0 && !w.cap && nameParticles[w.low] && len(ws) > 1 && ws[1].cap && !ws[1].punc {
			names = append(names, w.text) // "“…,” van Loon said": the surname's particle
			continue
		}
		// "Officials said", "Sources at the club say": a sentence's first word, capitalised,
		// that names people; "Bank of England" opens a name.
		if k, common := lx.speakers[w.low]; w.cap && !w.punc && !(i == 0 && common && k != claims.Organisation && (len(ws) == 1 || !ws[1].cap)) {
			if lx.orgWord(ws, i) {
				orgish = true
			}
			if connectors[w.low] && names == nil && !(nameParticles[w.low] && i+1 < len(ws) && ws[i+1].cap && !ws[i+1].punc) {
				continue // "The Bank of England"; not "De Tijd", "Van Gaal"
			}
			if names == nil {
				before = headNoun // "carmaker" in "German carmaker Volkswagen"
			}
			names = append(names, w.text)
			headNoun = ""
			continue
		}
		if connectors[w.low] && names != nil && i+1 < len(ws) && (ws[i+1].cap || connectors[ws[i+1].low]) {
			names = append(names, w.text) // "Institute for the Study of War"
			continue
		}
		if prepositions[w.low] && headNoun != "" {
			break // "people familiar with the talks": the head came before the preposition
		}
		if w.tag != "JJ" && w.tag != "JJR" && w.tag != "JJS" && w.tag != "RB" {
			headNoun = w.low
		}
		if (w.tag == "NN" || w.tag == "NNS") && !w.cap && !w.poss && !plainQualifiers[w.low] && i+1 < len(ws) {
			mods = append(mods, w.text)
		} else {
			mods = nil
		}
		if names != nil && strings.HasPrefix(w.tag, "NN") {
			k := i - 1
			for k > 0 && !ws[k].cap && (roleModifiers[ws[k].low] || strings.HasPrefix(ws[k].tag, "JJ")) {
				k--
			}
			if r, _ := lx.matchRole(ws[i+1:]); ws[k].cap && r > 0 && (ws[k].poss || orgish && k == i-1 && i+1+r < len(ws) && ws[i+1+r].cap) {
				// "the Social Security Administration's top operations official": a possessor
				// before a noun compound still owns the role that ends it; so does a body's
				// name before a named person's: "Chamber tourism director Simon Robley".
				orgWords = append(orgWords, strings.Join(names, " "))
				if m.org == "" {
					m.org = strings.Join(names, " ")
				}
				orgish = false
			}
		}
		names = nil // "Russian officials": capitalised words before a common noun are modifiers
	}
	m.text = joinText(ws)
	m.role = strings.Join(roles, " ")
	if len(orgWords) > 0 && m.role != "" {
		m.role = strings.Join(orgWords, " ") + " " + m.role
	}
	if len(lead) > 0 && m.role != "" {
		m.role = strings.Join(lead, " ") + " " + m.role
	}
	switch {
	case coord && names != nil && m.roleKey != "" && !orgish:
		// "British and Irish Lions coach Clive Woodward": the coordination was whom the
		// person works for.
		m.kind, m.name = claims.Person, strings.Join(names, " ")
	case coord:
		m.kind, m.name = claims.Group, m.text
	case names != nil && placeHeads[strings.ToLower(names[0])] && len(names) > 1 && len(roles) == 0:
		m.kind, m.name = claims.Organisation, strings.Join(names, " ") // "Fort Hollis", "Lake Kariba": a place, no person
	case names != nil && (orgish || isAcronym(names) || m.def && mediaWords[strings.ToLower(names[len(names)-1])] || acronymLed(names) && len(roles) == 0):
		// "the Baseline Wire", "the Riverton Ledger": no person takes "the" and a medium's name
		m.kind, m.name = claims.Organisation, strings.Join(names, " ")
		if r, _ := utf8.DecodeRuneInString(strings.Join(roles, " ")); orgish && len(roles) == 1 && !honorific && unicode.IsUpper(r) {
			// "General Motors", "Leeds General Infirmary": a title word in a body's name.
			m.name, m.role, m.roleKey = m.role+" "+m.name, "", ""
			break
		}
		if orgish && len(orgWords) > 0 && m.role == "" {
			m.name = strings.Join(orgWords, " ") + " " + m.name // "British Airways"
		}
	case len(names) == 2 && len(wordnet.Lemmas(strings.ToLower(names[0]), wordnet.Adj)) > 0 && pluralOfPeople(names[1]):
		m.kind, m.name = claims.Group, strings.Join(names, " ") // "Liberal Democrats", "Young Farmers"
	case names != nil:
		m.kind, m.name = claims.Person, strings.Join(names, " ")
		if len(names) >= 3 && lx.parties[strings.ToLower(names[0])] && len(roles) == 0 {
			// "Republican Donald Trump": the party is an allegiance, not part of the name.
			m.name = strings.Join(names[1:], " ")
			if m.org == "" {
				m.org = names[0]
			}
		} else if len(names) >= 3 && len(roles) == 0 && names[0] == ws[0].text && describes(names[0]) {
			// "Even Donald Trump said", "Defiant Matt Williams insisted": a word that opens
			// the sentence and says something of the person is no part of the name.
			m.name = strings.Join(names[1:], " ")
		}
		k, ok := lx.speakers[before]
		if !ok && before != "" && before != m.roleKey {
			k, ok = speakerNoun(before)
		}
		if ok && k == claims.Organisation && !(len(names) >= 2 && len(names) <= 3 && !englishWord(strings.ToLower(names[0])) && wordnet.IsA(before, "person", wordnet.Noun)) {
			// "German carmaker Volkswagen", "public broadcaster Radio Nord"; not "property
			// developer Donald Trump": a trade that is also a person's, before a name that
			// a given name, no word of the dictionary, opens
			m.kind = claims.Organisation
			m.desc = before
		}
	case headNoun != "" && m.roleKey == headNoun:
		m.kind = claims.Person
		if m.indef {
			m.kind = claims.Anonymous
		}
	case headNoun != "":
		k, isSp := lx.speakers[headNoun]
		if !isSp {
			k, isSp = speakerNoun(headNoun)
		}
		if !isSp {
			return m, false
		}
		if k == claims.Person {
			m.roleKey = headNoun
			m.role = strings.TrimSpace(m.role + " " + headNoun)
			if m.indef {
				k = claims.Anonymous
			}
			m.kind = k
			return m, true
		}
		m.kind, m.name = k, m.text
		if m.indef || k == claims.Anonymous {
			m.kind = claims.Anonymous
		}
	case m.org != "" || m.country != "":
		m.kind = claims.Organisation
		m.name = m.org
		if m.name == "" {
			m.name = m.country
		}
	default:
		return m, false
	}
	return m, true
}

// numberedName returns one past the index where a capitalised name with a number inside it
// starts, when ws ends with one ("the Il Sole 24 Ore" gives 2), else 0: capitalised
// words, then a number, then capitalised words to the end.
func numberedName(ws []word) int {
	n := len(ws)
	j := n
	for j > 0 && ws[j-1].cap && !ws[j-1].punc {
		j--
	}
	if j == n || j == 0 || strings.Trim(ws[j-1].text, "0123456789") != "" {
		return 0
	}
	i := j - 1
	for i > 0 && ws[i-1].cap && !ws[i-1].punc && !determiners[ws[i-1].low] && !functionWords[ws[i-1].low] && !quantifiers[ws[i-1].low] && !strings.Contains(ws[i-1].text, "-") {
		i--
	}
	if i == j-1 {
		return 0 // "the 24 Ore": no name before the number
	}
	return i + 1
}

func isAcronym(names []string) bool { return len(names) == 1 && isAcronymText(names[0]) }

// acronymLed reports whether a name opens with a word of three or more capitals and goes
// on in lower case, as bodies do and people do not: "KYW Newsradio", "NHS England".
func acronymLed(names []string) bool {
	return len(names) >= 2 && len(names[0]) >= 3 && capitalsOnly(names[0]) && !isAcronymText(names[len(names)-1])
}

func lastWord(ws []word) string {
	for i := len(ws) - 1; i >= 0; i-- {
		if !ws[i].punc {
			return ws[i].text
		}
	}
	return ""
}

// timeModifiers place a role in time or in opposition, and so never open a name, even
// capitalised: "Former England captain", "Shadow Chancellor". ("National Grid" and "New
// York" do.)
var timeModifiers = map[string]bool{"former": true, "shadow": true, "acting": true, "outgoing": true, "incoming": true, "interim": true, "then": true}

// startsRole reports whether ws opens with a role: "Home Secretary" in "New Home
// Secretary Charles Clarke", where "New York" and "New Labour" open names.
func (lx *lexicon) startsRole(ws []word) bool {
	n, _ := lx.matchRole(ws)
	return n > 0
}

// surnameTitles are titles that are also common surnames: after a given name, at the end
// of a name, they are the surname.
var surnameTitles = map[string]bool{"king": true, "major": true, "bishop": true, "dean": true, "marshall": true, "judge": true, "sheriff": true, "baron": true}

// genericBodies are common nouns for a body of any name: capitalised before a title
// ("Party leader Charles Kennedy"), they name no body in particular.
var genericBodies = map[string]bool{"party": true, "club": true, "company": true, "firm": true, "team": true, "group": true, "union": true, "board": true, "campaign": true}

// allCapitalised reports whether every word of ws starts with a capital letter; allCaps
// asks whether every word is written in capitals.
func allCapitalised(ws []word) bool {
	for _, w := range ws {
		if !w.cap || w.punc {
			return false
		}
	}
	return true
}

func joinText(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !w.punc {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
		if w.poss {
			b.WriteString("’s")
		}
	}
	return b.String()
}

// matchPlace matches the longest place name (up to three words) at the start of ws.
func (lx *lexicon) matchPlace(ws []word) (n int, country string, ok bool) {
	if len(ws) == 0 || !lx.placeFirst[strings.ToLower(ws[0].text)] {
		return 0, "", false
	}
	for k := min(3, len(ws)); k >= 1; k-- {
		if !ws[0].cap || ws[k-1].punc {
			continue
		}
		key := strings.ToLower(joinPlain(ws[:k]))
		if c, found := lx.places[key]; found {
			return k, c, true
		}
	}
	return 0, "", false
}

// stateOrPlace reports whether ws name a place: one the gazetteer knows, or a US state,
// a province or a region by WordNet.
func (lx *lexicon) stateOrPlace(ws []word) bool {
	if k, _, ok := lx.matchPlace(ws); ok && k == len(ws) {
		return true
	}
	w := strings.ToLower(joinPlain(ws))
	return wordnet.IsA(strings.ReplaceAll(w, " ", "_"), "American state", wordnet.Noun) || wordnet.IsA(strings.ReplaceAll(w, " ", "_"), "state", wordnet.Noun) || wordnet.IsA(strings.ReplaceAll(w, " ", "_"), "region", wordnet.Noun)
}

// matchRole matches the longest role at the start of ws, returning its canonical form.
func (lx *lexicon) matchRole(ws []word) (int, string) {
	if len(ws) == 0 || !lx.roleFirst[ws[0].low] {
		return 0, ""
	}
	for k := min(lx.maxRole, len(ws)); k >= 1; k-- {
		if ws[k-1].punc {
			continue
		}
		if c, ok := lx.roles[strings.ToLower(joinPlain(ws[:k]))]; ok {
			return k, c
		}
	}
	return 0, ""
}

func joinPlain(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

func (lx *lexicon) roleWord(low string) bool {
	if roleModifiers[low] {
		return true
	}
	_, ok := lx.roles[low]
	return ok
}

// describes reports whether the capitalised word w is an adjective or adverb that WordNet
// does not know as a person: "Even", "Defiant", "Controversial", not "Frank" or "Grace".
func describes(w string) bool {
	n := strings.ToLower(w)
	if wordnet.IsA(n, "person", wordnet.Noun) || wordnet.IsA(n, "location", wordnet.Noun) || wordnet.IsA(n, "body of water", wordnet.Noun) {
		return false // a place opens a name: "Pacific Crest Power", "Aegean Crest Shipping"
	}
	return len(wordnet.Lemmas(n, wordnet.Adj)) > 0 || len(wordnet.Lemmas(n, wordnet.Adv)) > 0
}

// knownPlural reports whether the noun n is a plural that WordNet knows the singular of.
func knownPlural(n string) bool {
	return strings.HasSuffix(n, "s") && slices.ContainsFunc(wordnet.Lemmas(n, wordnet.Noun), func(l string) bool { return l != n })
}

// pluralOfPeople reports whether the capitalised word w is a plural of people:
// "Democrats", "Farmers", not "Banks" or "Hughes". After an adjective ("Liberal
// Democrats") such a plural names a group, not a person.
func pluralOfPeople(w string) bool {
	n := strings.ToLower(w)
	if slices.Contains(wordnet.Lemmas(n, wordnet.Noun), n) {
		return false // a name in its own right: "Banks", as Joseph Banks
	}
	k, ok := speakerNoun(n)
	return ok && k == claims.Group
}

// commonWord reports whether WordNet knows the capitalised word w, but not as a person:
// "Real" in "Real Madrid", unlike "George" or "Jack".
func commonWord(w string) bool {
	n := strings.ToLower(w)
	return len(wordnet.Lemmas(n, wordnet.AnyPOS)) > 0 && !wordnet.IsA(n, "person", wordnet.Noun)
}

var prepHeads = map[string]bool{"at": true, "of": true, "for": true, "from": true, "with": true, "on": true, "in": true}

// speakerNoun asks WordNet whether a head noun outside the lexicons can speak: a kind of
// person ("commissioner", "coach"), or of organisation or social group ("network").
func speakerNoun(n string) (claims.SpeakerKind, bool) {
	if wordnet.IsA(n, "person", wordnet.Noun) {
		if knownPlural(n) {
			return claims.Group, true
		}
		return claims.Person, true
	}
	if wordnet.IsA(n, "organization", wordnet.Noun) || wordnet.IsA(n, "social group", wordnet.Noun) {
		return claims.Organisation, true
	}
	return 0, false
}

// placeHeads open the names of places: "Fort Hollis", "Mount Kenya", "Cape Coast".
var placeHeads = map[string]bool{"fort": true, "mount": true, "mt": true, "cape": true, "lake": true}

var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "sir": true, "dame": true, "lord": true, "lady": true, "prof": true, "prof.": true, "sen.": true, "rep.": true, "rep": true, "gov.": true, "gov": true, "gen": true, "gen.": true,
	// Titles as British news abbreviates them, with or without a full stop.
	"rev": true, "rev.": true, "revd": true, "cllr": true, "det": true, "det.": true, "insp": true, "insp.": true, "supt": true, "supt.": true, "sgt": true, "sgt.": true, "capt": true, "capt.": true, "col": true, "col.": true, "lt": true, "lt.": true, "maj": true, "maj.": true, "adm": true, "adm.": true, "cdr": true, "cmdr": true, "brig": true, "brig.": true, "cpl.": true, "pvt": true, "pvt.": true, "spc.": true, "cdr.": true, "cmdr.": true, "cpl": true, "fr": true, "rt": true, "rt.": true, "hon": true, "hon.": true,
	// Malaysian and West African honorifics: "Datuk Seri Dr Azmi", "Alhaji Musa".
	"datuk": true, "dato": true, "dato'": true, "datin": true, "seri": true, "tun": true, "alhaji": true, "alhaja": true}

// orgWord reports whether the capitalised word ws[i] names a kind of organisation: in
// the singular ("Bank"), or in the plural before a connector ("Institutes of Health"),
// for a plural that ends a name is a surname ("Tony Banks").
func (lx *lexicon) orgWord(ws []word, i int) bool {
	low := ws[i].low
	if ws[i].cap && capitalOrgWords[low] || ws[i].cap && companyEnds[low] && i > 0 && ws[i-1].cap && !ws[i-1].punc && !lx.startsRole(ws[i+1:]) {
		// not "Shadow Energy Secretary Ed Miliband": a portfolio before its title
		return true
	}
	if k, ok := lx.speakers[low]; ok {
		return k == claims.Organisation
	}
	k, ok := lx.speakers[strings.TrimSuffix(low, "s")]
	return ok && k == claims.Organisation && strings.HasSuffix(low, "s") && i+1 < len(ws) && connectors[ws[i+1].low]
}

// capitalOrgWords name a body only capitalised, in its name: "Amnesty International", "the
// Centre for Policy Studies", where "England international Jonny Wilkinson" and "France
// centre Philippe Sella" are players.
var capitalOrgWords = map[string]bool{"international": true, "centre": true, "center": true}

// companyEnds end companies' names after another capitalised word: "Sahel Properties",
// "Lintas Holdings", "Severn Water", "Baltic Energy"; not "Technologies, from e-mail to
// …" opening a sentence. No surname is among them ("Samantha Power", "David Steel").
var companyEnds = map[string]bool{
	"properties": true, "holdings": true, "industries": true, "enterprises": true, "ventures": true, "investments": true,
	"securities": true, "technologies": true, "airways": true, "airlines": true, "motors": true, "foods": true,
	"pharmaceuticals": true, "logistics": true, "therapeutics": true,
	"water": true, "energy": true, "gas": true, "electric": true, "electricity": true, "rail": true, "railways": true,
	"telecom": true, "telecoms": true, "mining": true, "media": true, "insurance": true, "petroleum": true,
	"oil": true, "shipping": true, "cement": true, "chemicals": true, "utilities": true,
	"aerospace": true, "aviation": true, "automotive": true, "pharma": true, "biotech": true, "software": true,
	"systems": true, "solutions": true, "partners": true, "resources": true, "brands": true, "communications": true,
	"labs": true, "engineering": true, "construction": true}

// peerages make "of" part of a title: "Lord Nicholls of Birkenhead".
var peerages = map[string]bool{"lord": true, "lady": true, "baroness": true, "baron": true, "earl": true, "duke": true, "duchess": true, "viscount": true, "countess": true, "marquess": true}

// anyPeerage reports whether a peerage stands among ws.
func anyPeerage(ws []word) bool {
	for _, w := range ws {
		if peerages[w.low] {
			return true
		}
	}
	return false
}

// nameParticles join the parts of a surname.
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "del": true, "la": true, "le": true, "al": true, "bin": true,
	"el": true, "du": true, "ibn": true, "abu": true, "ben": true, "dos": true, "ó": true, "ní": true, "nic": true, "mac": true, "ua": true}

// academicTitles give way to a role in apposition: "Dr Tedros, the WHO director-general".
var academicTitles = map[string]bool{"dr": true, "dr.": true, "prof": true, "prof.": true}

// courtesyTitles are honorifics that say nothing of a role.
var courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true}

// functionWords never start a name, though a sentence may capitalise them.
var functionWords = map[string]bool{"in": true, "on": true, "at": true, "but": true, "and": true, "when": true, "if": true, "as": true, "after": true, "while": true, "with": true, "by": true, "from": true, "to": true, "it": true, "we": true, "i": true, "you": true, "there": true, "this": true, "that": true, "these": true, "those": true, "so": true, "yet": true, "or": true, "because": true, "although": true, "though": true, "since": true, "before": true, "during": true, "despite": true, "unlike": true, "like": true, "for": true, "under": true, "about": true, "amid": true, "against": true, "without": true, "now": true, "then": true, "here": true, "what": true, "who": true, "how": true, "why": true, "where": true, "not": true, "no": true, "yes": true, "instead": true, "meanwhile": true, "however": true, "still": true, "also": true, "can": true, "could": true, "would": true, "should": true, "shall": true, "might": true, "must": true, "does": true, "did": true, "do": true, "perhaps": true, "maybe": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// capAfter reports whether a capitalised word stands at ws[i].
func capAfter(ws []word, i int) bool { return i < len(ws) && ws[i].cap && !ws[i].punc }

// appositiveRole reads "the governor of the Central Bank of Norland," before the comma at
// ws[comma] as m's role, and the capitalised name after "of" as whom it works for.
func (lx *lexicon) appositiveRole(ws []word, comma int, m *mention) {
	if comma > 2 && ws[comma-1].text == ")" {
		for k := comma - 2; k > 0 && comma-k < 6; k-- {
			if ws[k].text == "(" {
				comma = k // "… of the Kenya Union of Clinical and Nursing Staff (KUCNS), Halima Mwinyi,"
				break
			}
		}
	}
	start := comma
	for start > 0 && comma-start < 10 && !ws[start-1].punc {
		start--
	}
	for i := start; i < comma; i++ {
		n, key := lx.matchRole(ws[i:comma])
		if n == 0 || ws[i].cap && i > start && !determiners[ws[i-1].low] && !ws[i-1].poss && !(i-1 == start+1 && determiners[ws[start].low] && titleModifier(ws[i-1])) {
			continue
		}
		if after := ws[i+n : comma]; len(after) >= 2 && !lx.roleWord(after[len(after)-1].low) && !slices.ContainsFunc(after, func(w word) bool { return !w.cap || w.punc }) {
			// "… media chief Alastair Campbell, Peter Mandelson has said": the office is the
			// name's after it. Not "The Chief Fire Officer,": a title that ends in its head.
			return
		}
		m.roleKey = key
		r := i
		if r-1 == start+1 && titleModifier(ws[r-1]) {
			r-- // "The Coordinating Minister of Health, Adebayo Ogunleye,"
		}
		for r > start && roleModifiers[ws[r-1].low] {
			r-- // "the shadow chancellor, Helen Brightwell," is no chancellor
		}
		m.role = joinText(ws[r:comma])
		m.org = lx.roleOrg(ws[start:comma], i-start, n)
		return
	}
}

// titleModifier reports whether w may qualify an office in its title: "Coordinating
// Minister", "Acting Governor", "Senior Minister".
func titleModifier(w word) bool {
	return roleModifiers[w.low] || strings.HasSuffix(w.low, "ing") && len(w.low) > 5 || w.tag == "JJ"
}

// describe gives sp the description ws as its role and, unless it has a body already, the
// one the description says it works for: "NFF spokesman", "managing director of Acme".
func (lx *lexicon) describe(sp *claims.Speaker, ws []word) {
	sp.Role = joinText(ws)
	if sp.Affiliation == "" {
		sp.Affiliation = lx.phraseOrg(ws)
	}
}

// phraseOrg returns whom a description in apposition says its subject works for:
// "Barclays' chief economist", "a senior fellow at the Hoover Institution".
func (lx *lexicon) phraseOrg(ws []word) string {
	if i, n := lx.findRole(ws); n > 0 {
		return lx.roleOrg(ws, i, n)
	}
	for i := 1; i+1 < len(ws); i++ {
		if strings.HasPrefix(ws[i-1].tag, "NN") && !ws[i-1].cap {
			return lx.roleOrg(ws[i-1:], 0, 1) // no role: what comes before it owns nothing
		}
	}
	return ""
}

// findRole returns where the first role in ws starts and how many words it has; n is 0
// when ws holds none.
func (lx *lexicon) findRole(ws []word) (i, n int) {
	for i := range ws {
		if n, _ := lx.matchRole(ws[i:]); n > 0 {
			return i, n
		}
	}
	return 0, 0
}

// orgAhead reports whether the capitalised run from ws[i] ends in an organisation word:
// "St Fintian's High School" is one name, not a school of St Fintian's.
func (lx *lexicon) orgAhead(ws []word, i int) bool {
	for ; i < len(ws) && ws[i].cap && !ws[i].punc; i++ {
		if lx.orgWord(ws, i) {
			return true
		}
	}
	return false
}

// isDemonym reports whether ws is a nationality word: after a given name, "Philip
// French" is a surname.
func (lx *lexicon) isDemonym(ws []word) bool {
	_, ok := lx.demonyms[strings.ToLower(joinPlain(ws))]
	return ok
}

// portfolioRoles are offices named after what they oversee: "Health Secretary".
var portfolioRoles = map[string]bool{"minister": true, "secretary": true, "commissioner": true}

// roleOrg returns whom the role at ws[i:i+n] serves, as the phrase ws around it says: the
// name after "of", "at", "for" or "with" ("governor of the Central Bank of Norland"), or
// the capitalised owner before it ("the Bundesbank president", "Barclays' chief
// economist"); a country for a place. It returns "" when the phrase names no one.
func (lx *lexicon) roleOrg(ws []word, i, n int) string {
	var org []string
	remit := false // the name came after "for": what the role covers, unless no one owns it
	// "head of currency strategy at Bank of America": the first preposition after the role
	// that a capitalised name follows.
	for j := i + n; j+1 < len(ws) && len(org) == 0; j++ {
		if w := ws[j].low; w != "of" && w != "at" && w != "for" && w != "with" {
			continue
		}
		remit = ws[j].low == "for"
		k := j + 1
		for k < len(ws) && determiners[ws[k].low] {
			k++
		}
		if d := k; d < len(ws) && !ws[d].cap {
			// "chief executive of low-cost carrier Falcon Wings": a description of the
			// body's kind before its name.
			for d < len(ws) && d < k+3 && !ws[d].cap && !ws[d].punc && (strings.HasPrefix(ws[d].tag, "NN") || ws[d].tag == "JJ") {
				d++
			}
			if d > k && d < len(ws) && ws[d].cap && !ws[d].punc && strings.HasPrefix(ws[d-1].tag, "NN") {
				if bodyNoun(ws[d-1].low) || lx.speakers[ws[d-1].low] == claims.Organisation {
					k = d
				}
			}
		}
		e := k
		for e < len(ws) && (ws[e].cap && !ws[e].punc || connectors[ws[e].low] && e > k) && !(e > k && ws[e-1].poss) {
			e++
		}
		// "head of UK equities", "coach of Wilkinson's club": the name qualifies a noun.
		if e < len(ws) && strings.HasPrefix(ws[e].tag, "NN") && !ws[e].cap || e > k && ws[e-1].poss {
			e = k
		}
		for _, w := range ws[k:e] {
			org = append(org, w.text)
		}
		for len(org) > 0 && connectors[strings.ToLower(org[len(org)-1])] {
			org = org[:len(org)-1]
		}
	}
	var forOrg []string
	if remit && i > 0 && slices.ContainsFunc(ws[:i], func(w word) bool { return w.poss && w.cap }) {
		// "the IMF's mission chief for Ghana": the owner before, not the remit after.
		forOrg, org = org, nil
	}
	if len(org) == 0 && i > 0 {
		k := 0
		for k < i && determiners[ws[k].low] {
			k++
		}
		own := ws[k:i]
		for p, w := range own {
			if w.poss {
				if slices.ContainsFunc(own[p+1:], func(w word) bool { return prepositions[w.low] }) {
					own = nil // "Clinton's lead over the Republican nominee": the lead is hers, not the nominee
				} else {
					own = own[:p+1] // "Sony's European president" works for Sony
				}
				break
			}
		}
		ok := len(own) > 0 && own[0].cap && (own[len(own)-1].cap || own[len(own)-1].poss)
		if ok && !own[len(own)-1].poss && portfolioRoles[ws[i+n-1].low] {
			ok = false // "Commerce and Industry Minister": a portfolio, not an employer
		}
		for _, w := range own {
			ok = ok && !w.punc && (w.cap || connectors[w.low]) && !functionWords[w.low] && !timeNouns[w.low]
		}
		if ok {
			for _, w := range own {
				org = append(org, strings.TrimSuffix(w.text, "'"))
			}
		}
	}
	if len(org) == 0 {
		org = forOrg
	}
	if len(org) == 0 {
		return ""
	}
	name := strings.Join(org, " ")
	if c, ok := lx.places[strings.ToLower(name)]; ok {
		return c
	}
	return name
}

// roleHead is the last word of a role before any "of": "governor" for "deputy
// governor", "minister" for "minister of state".
func roleHead(key string) string {
	if i := strings.Index(key, " of "); i > 0 {
		key = key[:i]
	}
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// englishWord reports whether w is a noun or adjective of the dictionary, as the words of
// a portfolio are ("Health", "External Affairs") and few given names are.
func englishWord(w string) bool {
	return len(wordnet.Lemmas(w, wordnet.Noun)) > 0 || len(wordnet.Lemmas(w, wordnet.Adj)) > 0
}

// westernGiven reports whether w, an English word before a family name and a hyphenated
// given name e, is a given name taken beside them: "Edwin Lau Chi-keung".
func westernGiven(w, e word, lx *lexicon) bool {
	return koreanGiven.MatchString(e.text) && wordnet.IsA(w.low, "person", wordnet.Noun) && !lx.roleWord(w.low)
}

// demonymOpensBody reports whether the capitalised words from ws[j] on, short of a role,
// end in the word of a body other than a government: "Medical Association" after
// "British", not "Finance Minister" after "Kenyan".
func (lx *lexicon) demonymOpensBody(ws []word, j int) bool {
	k := j
	for k < len(ws) && ws[k].cap && !ws[k].punc && !ws[k].poss && !lx.startsRole(ws[k:]) {
		k++
	}
	if k == j || lx.speakers[ws[k-1].low] != claims.Organisation {
		return false
	}
	w := ws[k-1].low
	c, _ := bodyClass(w)
	// "the Indian Government", "the British Treasury", "Home Office minister" are the country's
	return c != "government" && w != "treasury" && w != "office" && w != "cabinet"
}

// lowerRun reports whether ws holds only words in lower case, no capital and no mark: the
// remit of "Director of education Robert Tessier".
func lowerRun(ws []word) bool {
	return !slices.ContainsFunc(ws, func(w word) bool { return w.cap || w.punc })
}
