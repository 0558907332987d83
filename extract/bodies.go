// This file resolves the common nouns that stand for a body: "the firm", "the party",
// "the club" name the body of that kind last in focus; "a spokesman" and "a statement"
// speak for the body the sentence or its paragraph names ("a spokesman added" after the
// company's claim); "the report" is the report the document named before ("a World Bank
// report"). A noun that nothing resolves stays unnamed: the phrase as written, with its
// kind, never a speaker called "firm".

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// focusBody is a body the document has put forward as a subject or a speaker.
type focusBody struct {
	sp    claims.Speaker
	para  int    // the paragraph that named it
	class string // what sort of body it is, when the text tells: "business", "party", …
	weak  bool   // a one-word name read as a person's that may be a body's: "Microsoft"
	// ownNoun: named in passing, not as a speaker or subject, so only a noun of its own
	// name stands for it: "the agency" for "the Maritime Security Agency's account".
	ownNoun bool
	// full is the sort its name in full tells, for a body of sort "?" named by initials.
	full string
}

// bodyClasses sorts the nouns that stand for a body by the sort of body they can stand
// for. "" is a body of any sort but a government: "the group", "the organisation".
var bodyClasses = map[string]string{
	"firm": "business", "company": "business", "business": "business", "corporation": "business", "conglomerate": "business",
	"giant": "business", "retailer": "business", "lender": "business", "insurer": "business", "carmaker": "business",
	"automaker": "business", "manufacturer": "business", "airline": "business", "supermarket": "business", "publisher": "business",
	"chain": "business", "maker": "business", "producer": "business", "exporter": "business", "supplier": "business", "utility": "business", "operator": "business", "broadcaster": "business",
	"developer": "business", "builder": "business", "contractor": "business", "carrier": "business", "distributor": "business", "importer": "business", "refiner": "business", "shipper": "business",
	"bank": "business", "startup": "business", "plc": "business", "ltd": "business", "inc": "business", "corp": "business",
	"club": "club", "team": "club", "fc": "club",
	"party":      "party",
	"government": "government", "ministry": "government", "department": "government", "administration": "government",
	"group": "", "organisation": "", "organization": "", "body": "", "outfit": "",
	"union": "union", "council": "council", "commission": "commission", "committee": "committee", "board": "board",
	"agency": "agency", "authority": "authority", "regulator": "regulator", "watchdog": "regulator", "court": "court",
	"association": "association", "federation": "federation", "charity": "charity", "trust": "trust", "league": "league",
	"institute": "institute", "university": "university", "campaign": "campaign", "jury": "court", "tribunal": "court",
	"force": "police", "constabulary": "police",
	"bureau": "bureau", "directorate": "directorate", "inspectorate": "regulator", "secretariat": "secretariat",
}

// bodyClass returns the sort of body the singular common noun n stands for, and whether
// it stands for one. WordNet sorts the nouns the table lacks: a kind of political party,
// of team or of financial institution.
func bodyClass(n string) (string, bool) {
	if knownPlural(n) {
		return "", false // "the firms" are no one body
	}
	if c, ok := bodyClasses[n]; ok {
		return c, true
	}
	switch {
	case wordnet.IsA(n, "political party", wordnet.Noun):
		return "party", true
	case wordnet.IsA(n, "team", wordnet.Noun):
		return "club", true
	case wordnet.IsA(n, "financial institution", wordnet.Noun):
		return "business", true
	}
	return "", false
}

// documentNouns speak for whoever issued them: "the statement said", "the report found".
var documentNouns = map[string]bool{"statement": true, "report": true, "study": true, "survey": true, "letter": true, "document": true, "release": true, "memo": true, "filing": true, "proposals": true, "section": true, "analysis": true, "review": true, "paper": true, "transcript": true, "notice": true}

// rankWords say how high a spokesman stands, not whose portfolio: "a senior spokesman".
var rankWords = map[string]bool{"senior": true, "chief": true, "deputy": true, "official": true}

// spokesRoles speak for a body they are seldom named with.
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true}

// noteBody adds sp to the bodies in focus when it is one: an organisation the text names,
// or a one-word name that no person of the document bears and WordNet does not know as
// a person ("Microsoft said it would …"). desc is the common noun the text gave it
// ("carmaker" in "German carmaker Volkswagen"), or "".
func (a *analyser) noteBody(sp claims.Speaker, desc string) {
	if !properName(sp.Name) {
		return // "UK firm", "figures gathered by Acme": a description, not a name
	}
	if n := len(a.out); n > 0 && a.out[n-1].speaker.Name == sp.Name && strings.EqualFold(a.out[n-1].cue.In(a.text), "according to") {
		return // "according to Reuters": a channel, not a body the article is about
	}
	b := focusBody{sp: sp, para: a.para}
	switch {
	case sp.Kind == claims.Organisation:
	case sp.Kind == claims.Person && sp.Role == "" && !strings.Contains(sp.Name, " ") && !wordnet.IsA(strings.ToLower(sp.Name), "person", wordnet.Noun):
		if _, known := a.people.bySurname[strings.ToLower(sp.Name)]; known {
			return
		}
		if strings.Contains(sp.Name, "-") && !properName(strings.ReplaceAll(sp.Name, "-", " ")) {
			return // "Third-generation networks need …": a compound opening a sentence
		}
		if a.surnameInText(sp.Name) {
			return // "Kowalczyk, 44, joined …" after "coach Dean Kowalczyk": a person's surname
		}
		b.weak = true
		b.sp.Kind = claims.Organisation
	default:
		return
	}
	if !strings.Contains(sp.Name, " ") && a.commonInText(word{text: sp.Name, low: strings.ToLower(sp.Name)}) {
		return // "Ground staff walked out": a word capitalised only to open a sentence
	}
	b.class = a.classOf(sp, desc)
	if b.class == "?" {
		b.full = a.initialsClass(sp.Name)
	}
	if n := len(a.bodies); n > 0 && a.bodies[n-1].sp.Name == sp.Name {
		a.bodies[n-1].para = a.para
		return
	}
	a.bodies = append(a.bodies, b)
}

// properName reports whether every word of s is capitalised, but for the connectors of
// a name: "Bank of England", not "UK firm".
func properName(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !connectors[w] {
			return false
		}
	}
	return s != ""
}

// classOf says what sort of body sp is, as far as its name, its description or the
// lexicons tell: "Vestey Group" is a group, "Labour" a party, "Russia" a government.
func (a *analyser) classOf(sp claims.Speaker, desc string) string {
	if c, ok := bodyClass(desc); ok && desc != "" {
		return c
	}
	low := strings.ToLower(sp.Name)
	if c, ok := bodyClasses[lastField(low)]; ok && strings.Contains(low, " ") {
		return c
	}
	if strings.Contains(low, " ") && lastField(low) == "police" {
		return "police" // "Northmoor Police" is "the force"; bare "police" stays a voice of its own
	}
	if head, _, ok := strings.Cut(low, " of "); ok {
		if c, ok := bodyClasses[lastField(head)]; ok {
			return c // "Union of Andes Sky Pilots" is a union, "Bank of Norland" a bank
		}
	}
	if a.lx.parties[strings.TrimSuffix(low, "s")] || wordnet.IsA(low, "political party", wordnet.Noun) || low == "tories" {
		return "party"
	}
	if c, ok := a.lx.places[low]; ok && c != "" {
		return "government"
	}
	return "?"
}

// initialsClass returns the sort of body the name in full says a body named by its
// initials is: "TFF" of the Tanzania Football Federation is a federation. "" when the
// text gives no such name.
func (a *analyser) initialsClass(name string) string {
	if !isAcronymText(name) || strings.Contains(name, " ") {
		return ""
	}
	names, _ := a.namesByInitials()
	if full := names[strings.ReplaceAll(name, "-", "")]; full != "" {
		return a.classOf(claims.Speaker{Name: full}, "")
	}
	return ""
}

// fits reports whether body b can be what the common noun phrase n stands for. A noun
// with modifiers must find them all in the body's name: "the statistics office" is the
// "Federal Statistics Office".
func fits(n string, b focusBody) bool {
	name := strings.Fields(strings.ToLower(b.sp.Name))
	words := strings.Fields(n)
	all := true
	for _, w := range words {
		all = all && slices.Contains(name, w)
	}
	if all {
		return true // "the Vestey Group" is "the group", "the World Bank" "the bank"
	}
	if b.ownNoun {
		return false
	}
	if len(words) > 1 {
		return false
	}
	c, _ := bodyClass(n)
	switch {
	case b.class == "?":
		// Not "TFF", the Tanzania Football Federation, for "the club".
		return (c == "business" || c == "club" || c == "") && (b.full == "" || b.full == "?" || c == "" || b.full == c)
	case c == "" || b.class == "":
		return b.class != "government" && c != "government" // "the group" of any sort
	case c == "agency" && b.class == "government":
		// "the Arizona Department of Environmental Quality … the agency said"; not a
		// country, which speaks as a government too.
		return slices.ContainsFunc(name, func(w string) bool { return w != "government" && bodyClasses[w] == "government" })
	}
	return b.class == c
}

// commonBody reports whether m is a definite common noun standing for a body: "the
// firm", "the ruling party", "the statement". It returns the head noun.
func commonBody(m mention) (string, bool) {
	if m.kind != claims.Organisation || !m.def || m.org != "" || m.country != "" || m.name == "" || m.name != strings.ToLower(m.name) {
		return "", false
	}
	head := lastField(m.name)
	f := strings.Fields(m.name)
	for i := 1; i < len(f); i++ {
		if prepHeads[f[i]] && documentNouns[f[i-1]] {
			head = f[i-1] // "the section on murder", "the report on the agency"
			break
		}
	}
	if _, ok := bodyClass(head); ok || documentNouns[head] {
		return head, true
	}
	return "", false
}

// placedBody reports whether m is a body's common noun told by its country or seat
// alone, "the German carmaker", "the Seoul-based lender", and returns the noun. Such a
// phrase names the body of that kind in focus, not a new one; "the Russian government"
// and "the Labour party" are left to the rules for governments and names.
func placedBody(m mention) (string, bool) {
	if !m.def || m.kind != claims.Organisation || m.org != "" {
		return "", false
	}
	f := strings.Fields(m.name)
	if len(f) < 2 {
		return "", false
	}
	head := f[len(f)-1]
	if c, ok := bodyClass(head); !ok || c == "government" || c == "party" || head != strings.ToLower(head) {
		return "", false
	}
	for _, w := range f[:len(f)-1] {
		based := strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-listed") || strings.HasSuffix(w, "-headquartered")
		if !based && (m.country == "" || !unicode.IsUpper(rune(w[0]))) {
			return "", false
		}
	}
	return head, true
}

// phraseOf returns the common noun phrase of m without its determiner: "statistics office".
func phraseOf(m mention) string { return strings.ToLower(m.name) }

// bodyFor resolves a mention that is a common noun for a body, or an unnamed spokesman,
// read at ws[i:j], to the body in focus. ok is false when m is neither; an unresolved
// noun gets its unnamed speaker.
func (a *analyser) bodyFor(m mention, sp claims.Speaker, ws []word, i, j int) (claims.Speaker, bool) {
	if s, ok := a.staffOf(ws, i, j); ok {
		return withAlias(s, m.text), true
	}
	if head, ok := commonBody(m); ok {
		if b, ok := a.bodyNamedIn(ws, i, j, head); ok {
			return withAlias(b, m.text), true
		}
		if documentNouns[head] {
			if d, ok := a.documentBefore(head); ok {
				return withAlias(d, m.text), true
			}
		}
		if c, _ := bodyClass(head); c == "government" && head != "ministry" && head != "department" {
			return sp, false // "the government" names the one the article is about
		}
		if !documentNouns[head] {
			if b, ok := a.subjectBody(ws, i, head); ok {
				return withAlias(b, m.text), true
			}
			for k := len(a.bodies) - 1; k >= 0; k-- {
				if fits(phraseOf(m), a.bodies[k]) {
					return withAlias(a.bodies[k].sp, m.text), true
				}
			}
			for k := len(a.passing) - 1; k >= 0; k-- {
				if a.passing[k].para >= a.para-1 && fits(phraseOf(m), a.passing[k]) {
					return withAlias(a.passing[k].sp, m.text), true
				}
			}
			if n, c := len(a.bodies), bodyClasses[head]; n > 0 && oversight[c] && a.bodies[n-1].class == "?" && a.bodies[n-1].para == a.para && !strings.Contains(m.name, " ") && !firstWordIn(ws[j:], a.bodies[n-1].sp.Name) {
				// "Ofcom combines operators' predictions with drive tests. … the regulator
				// said": a body whose sort the text never told, just met in this paragraph,
				// is the overseer the next sentence names by its sort. Not one named after
				// it: "the regulator said Veritel reached 67%" speaks of Veritel.
				return withAlias(a.bodies[n-1].sp, m.text), true
			}
		}
		if phraseOf(m) == "central bank" {
			for k := len(a.bodies) - 1; k >= 0; k-- {
				if centralBank(a.bodies[k].sp.Name) {
					return withAlias(a.bodies[k].sp, m.text), true // "the Bank of Japan … the central bank said"
				}
			}
		}
		if strings.Contains(m.name, " ") {
			return sp, false // "the environment select committee" describes a body enough
		}
		if b, ok := a.objectNamedBefore(ws, i, head); ok && !documentNouns[head] {
			return withAlias(b, m.text), true // "notified Kilombero Stars …, but the Morogoro-based club said"
		}
		return unnamed(sp, ws, i, j, head), true
	}
	if head, ok := placedBody(m); ok {
		// The one body of the kind in focus: of two carmakers, "the German carmaker" is
		// whichever is German, which the text need not have said.
		var found []claims.Speaker
		for _, b := range a.bodies {
			if b.para >= a.para-1 && b.class != "government" && fits(head, b) && !slices.ContainsFunc(found, func(s claims.Speaker) bool { return s.Name == b.sp.Name }) {
				found = append(found, b.sp)
			}
		}
		if len(found) == 1 {
			return withAlias(found[0], m.text), true
		}
	}
	if (m.kind == claims.Anonymous || m.kind == claims.Person && m.roleKey != "" && m.name == "") && spokesRoles[m.roleKey] && m.org == "" && m.country == "" && sp.Affiliation == "" && !strings.ContainsAny(m.text, "’'") && !slices.ContainsFunc(ws[i:j], func(w word) bool { return prepHeads[w.low] }) {
		kind, noun := "", "" // "a party spokesman" speaks for a party
		for _, w := range ws[i:j] {
			if c, ok := bodyClass(w.low); ok && !w.cap {
				kind, noun = c, w.low
			} else if !determiners[w.low] && !spokesRoles[w.low] && !w.punc && !rankWords[w.low] {
				return sp, false // "a health spokesman": a portfolio, whoever's it is
			}
		}
		b, ok := a.bodyNamedIn(ws, i, j, "")
		if !ok {
			n := len(a.bodies)
			if n == 0 || a.bodies[n-1].para < a.para-1 || a.bodies[n-1].class != kind && (kind != "" || a.bodies[n-1].class == "government") && a.bodies[n-1].class != "?" {
				return sp, false
			}
			if a.bodies[n-1].class == "?" && noun != "" && !fits(noun, a.bodies[n-1]) {
				return sp, false // "A council spokeswoman" after "Building work is due …"
			}
			b = a.bodies[n-1].sp
		}
		out := claims.Speaker{Name: b.Name + " " + m.roleKey, Kind: claims.Anonymous, Role: m.roleKey, Affiliation: b.Name}
		return withAlias(out, m.text), true
	}
	return sp, false
}

// firstWordIn reports whether a word of ws is the first word of name: "Veritel" for
// "Veritel Mobile".
func firstWordIn(ws []word, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return slices.ContainsFunc(ws, func(w word) bool { return w.text == first })
}

// centralBank reports whether name is a central bank's as such names are made: "Bank
// of Japan", "Reserve Bank of India", "European Central Bank", "Federal Reserve",
// "Bundesbank".
func centralBank(name string) bool {
	low := strings.ToLower(name)
	switch {
	case strings.Contains(low, "central bank"), strings.Contains(low, "reserve bank"), strings.Contains(low, "federal reserve"), strings.HasSuffix(low, "bundesbank"), strings.HasSuffix(low, "riksbank"), low == "fed":
		return true
	case strings.HasPrefix(low, "bank of ") || strings.HasPrefix(low, "national bank of ") || strings.HasPrefix(low, "people's bank of "):
		return true // "Bank of England", "People's Bank of China"; a lender so named is no central bank the text would call one
	}
	return false
}

// subjectBody reads the name that opens the sentence, before the common noun at ws[i]
// that stands for a body, as that body: "Bokamoso Platinum has issued a notice …, the
// company said", "RHB, Malaysia's third-biggest lender, is scouting for a partner, the
// firm told Reuters". The name must be no person's and fit the noun.
func (a *analyser) subjectBody(ws []word, i int, head string) (claims.Speaker, bool) {
	s := 0
	for s < i && ws[s].punc {
		s++ // an opening quote mark
	}
	e := nameEnd(ws[:i], s)
	if e == s || e >= i || !(finiteVerb(ws[e:e+1]) || ws[e].text == ",") {
		return claims.Speaker{}, false
	}
	if e == s+1 && a.commonInText(ws[s]) {
		return claims.Speaker{}, false // "Revenues slipped …": a word capitalised only to open the sentence
	}
	m, ok := a.lx.readMention(ws[s:e])
	if !ok || m.pronoun != "" {
		return claims.Speaker{}, false
	}
	sp := a.people.speaker(m)
	switch sp.Kind {
	case claims.Organisation:
	case claims.Person:
		if sp.Role != "" || wordnet.IsA(strings.ToLower(sp.Name), "person", wordnet.Noun) {
			return claims.Speaker{}, false
		}
		if sp.Name != m.name && slices.ContainsFunc(a.people.list, func(p person) bool { return p.name == sp.Name }) {
			return claims.Speaker{}, false // "Tyson won't play", of Tyson Kowalchuk, named before
		}
		sp.Kind = claims.Organisation
	default:
		return claims.Speaker{}, false
	}
	class := a.classOf(sp, "")
	if !properName(sp.Name) || !fits(head, focusBody{sp: sp, class: class}) {
		return claims.Speaker{}, false
	}
	// Something must say it is a body, not a person ("John Reid has resigned, the
	// company said"): its name, a body noun in apposition, or "its" after it.
	body := class != "?" || e == s+1 && ws[s].tag == "NNP" && ws[i-1].text == "," && a.lone(ws[s], head) // "Toyota will recall …, the automaker said"
	for k := e; k < i && !body; k++ {
		body = ws[k].low == "its" || ws[e].text == "," && !ws[k].cap && bodyNoun(ws[k].low) && !slices.ContainsFunc(ws[e+1:k], func(w word) bool { return w.text == "," })
	}
	if !body {
		return claims.Speaker{}, false
	}
	return sp, true
}

// lone reports whether the one capitalised word w may be a body the noun head stands
// for: no person of the text bears it, and no body met so far is of that kind.
func (a *analyser) lone(w word, head string) bool {
	if _, surname := a.people.bySurname[w.low]; surname {
		return false
	}
	return !slices.ContainsFunc(a.bodies, func(b focusBody) bool { return fits(head, b) })
}

// openingBody notes, for an officer named in a tag after the content, the body that
// content opens with: "Acme Corp will cut 300 jobs, chief executive John Smith said". Not
// an outsider's ("…, analyst Jane Doe said"), another body's officer's ("union leader"),
// nor a party's or a government's: politicians name their rivals and the White House.
func (a *analyser) openingBody(ws []word, at *attribution) {
	sp := at.speaker
	if sp.Kind != claims.Person || sp.Affiliation != "" || sp.Role == "" || outsiders[roleHead(strings.ToLower(sp.Role))] || at.content.End > at.source.Start {
		return
	}
	i := wordAt(ws, at.source.Start)
	if i == 0 || i >= len(ws) || ws[i-1].text != "," || at.content.Start != ws[0].span.Start && !(ws[0].punc && len(ws) > 1 && at.content.Start == ws[1].span.Start) {
		return
	}
	b, ok := a.subjectBody(ws, i, "")
	if !ok || b.Name == sp.Name {
		return
	}
	if c := a.classOf(b, ""); c == "?" && !strings.Contains(b.Name, " ") || c == "party" || c == "government" {
		return
	}
	name := strings.Fields(strings.ToLower(b.Name))
	for _, w := range strings.Fields(strings.ToLower(sp.Role)) {
		if _, body := bodyClass(w); body && !slices.Contains(name, w) {
			return
		}
	}
	at.opening = b.Name
}

// openingBodies gives a person no claim ties to a body the one body their tags closed
// sentences opening with (openingBody).
func (a *analyser) openingBodies() {
	body := map[string]string{} // person → the one body, "-" when two or tied elsewhere
	for _, at := range a.out {
		sp := at.speaker
		if sp.Kind != claims.Person {
			continue
		}
		b, seen := body[sp.Name]
		switch {
		case sp.Affiliation != "" || seen && b != at.opening && at.opening != "":
			body[sp.Name] = "-"
		case at.opening != "" && !seen:
			body[sp.Name] = at.opening
		}
	}
	for i := range a.out {
		sp := &a.out[i].speaker
		if b := body[sp.Name]; sp.Kind == claims.Person && b != "" && b != "-" {
			sp.Affiliation = b
		}
	}
}

// outsiders are roles held outside the bodies they speak of.
var outsiders = map[string]bool{"analyst": true, "economist": true, "strategist": true, "expert": true, "professor": true, "lecturer": true, "researcher": true, "consultant": true, "lawyer": true, "attorney": true, "observer": true, "commentator": true, "critic": true, "campaigner": true, "activist": true, "investor": true, "trader": true, "fan": true, "witness": true, "resident": true}

// oversight are the sorts of body a government's office may be described as: "Peru's
// environmental watchdog" for its Environmental Oversight Office.
var oversight = map[string]bool{"regulator": true, "agency": true, "authority": true, "commission": true}

// officeHeads end the names of public offices: "National Audit Office", "Health Service
// Executive", "Environmental Protection Agency".
var officeHeads = map[string]bool{"office": true, "directorate": true, "service": true, "executive": true, "agency": true, "authority": true, "commission": true, "inspectorate": true, "board": true, "department": true, "ministry": true}

// officeName reports whether name is a public office's by its head word.
func officeName(name string) bool {
	return officeHeads[roleHead(strings.ToLower(name))]
}

// describedFirst names the body a lede describes before naming it: "A British Muslim group
// has criticised … The Muslim Council of Britain has complained …". A speaker of the
// title or the lede that is an unnamed body ("British Muslim group") becomes the first body
// named as a speaker in the two paragraphs after, when that body fits its noun and shares
// a word or a country with its description. "The firm" in a lede is one the article knows.
func (a *analyser) describedFirst(units []unit) {
	a.bodyNamedAfter(units)
	lede := ledeParagraph(units)
	var named, inLede, employer, late *claims.Speaker // the body named after the lede, in it, one a person named after it speaks for, and one named later
	spoken := false                                   // the employer's own spokesman speaks
	var officers []*claims.Speaker                    // the bodies of people named up to four paragraphs after the lede
	for i := range a.out {
		p := units[a.out[i].unit].para
		sp := a.out[i].speaker
		voice := sp.Kind == claims.Anonymous && spokesRoles[roleHead(strings.ToLower(sp.Role))]
		if (sp.Kind == claims.Person || voice) && p > lede && p <= lede+4 && strings.Contains(sp.Affiliation, " ") && properName(sp.Affiliation) {
			// "Marcus Oyelaran of the Citizens Utility Board of California said", "An
			// Operation Black Vote spokesman said": the body a person named next speaks for,
			// when no body speaks there itself.
			if employer == nil && p <= lede+2 {
				employer, spoken = &claims.Speaker{Name: sp.Affiliation, Kind: claims.Organisation}, voice
			}
			if !slices.ContainsFunc(officers, func(o *claims.Speaker) bool { return o.Name == sp.Affiliation }) {
				officers = append(officers, &claims.Speaker{Name: sp.Affiliation, Kind: claims.Organisation})
			}
		}
		if sp.Kind != claims.Organisation || !properName(sp.Name) {
			continue
		}
		if p == lede && inLede == nil {
			inLede = &a.out[i].speaker // "Peru electoral jury rejects …" over "Peru's National Elections Jury (JNE) on Tuesday rejected …"
		}
		if p > lede && p <= lede+2 && named == nil {
			named = &a.out[i].speaker
		}
		if p == lede+3 && late == nil {
			late = &a.out[i].speaker
		}
	}
	strict := false // a body met only through a person not its spokesman must share a word
	if named == nil && employer != nil {
		named, strict = employer, !spoken
	}
	if named == nil && inLede == nil && late == nil && len(officers) == 0 {
		return
	}
	// matches reports whether the lede's description d, read at src, is the body named.
	matches := func(at *attribution, named *claims.Speaker, strict bool) bool {
		b := focusBody{sp: *named, class: a.classOf(*named, a.descs[named.Name])}
		d := at.speaker
		words := strings.Fields(strings.ToLower(d.Name))
		src := strings.ToLower(at.source.In(a.text))
		if len(words) < 2 || properName(d.Name) || d.Kind != claims.Anonymous && d.Kind != claims.Organisation || strings.HasPrefix(src, "the ") && !strings.Contains(src, "’s ") && !strings.Contains(src, "'s ") && !strings.Contains(src, " of ") {
			// "The firm" in a lede is one the article knows; "the sport's integrity body"
			// and "the operator of the Mwadui North gold mine" are described by what they
			// belong to or run, and named later.
			return false
		}
		head := words[len(words)-1]
		if k := slices.Index(words, "of"); k > 0 {
			head = words[k-1] // "operator of the Mwadui North gold mine"
		}
		c, body := bodyClass(head)
		office := oversight[c] && (b.class == "government" || b.class == "?" && officeName(named.Name))
		if !body || !fits(head, b) && !office {
			return false // a watchdog or an agency may be a government's office
		}
		// "An environmental group in western Serbia disputes …", then "the Eko Straža
		// association said": a body the lede introduces by its kind, named next.
		// Not a body the lede itself names: "A US firm is in talks with LVMH" describes
		// another.
		// A business described by what it runs ("the operator of a zinc and lead mine")
		// is the company whose officer speaks next, with no word in common.
		runs := slices.Index(words, "of") == 1 && c == "business" && b.class == "?" && named != inLede
		if runs {
			_, after, _ := strings.Cut(at.source.In(a.text), " of ")
			// What it runs is no body the lede names: "a zinc and lead mine", though it
			// may say where ("in north Tipperary").
			what, _, _ := strings.Cut(after, " in ")
			runs = !slices.ContainsFunc(strings.Fields(what), func(w string) bool {
				r, _ := utf8.DecodeRuneInString(w)
				return unicode.IsUpper(r)
			})
		}
		loose := !strict || runs // a body of the lede's sort, named next: a country or an article is enough
		indefinite := (strings.HasPrefix(src, "a ") || strings.HasPrefix(src, "an ")) && named != inLede && !strings.Contains(units[at.unit].span.In(a.text), named.Name)
		// Or one whose name ends in the lede's noun: "A minor opposition party accused …",
		// then "Chea Sopheak, deputy president of the Khmer Rural Party, said".
		shared := runs || loose && d.Affiliation != "" && d.Affiliation == named.Affiliation ||
			indefinite && (loose || strings.EqualFold(lastField(named.Name), head))
		for _, w := range words[:len(words)-1] {
			if functionWords[w] || connectors[w] || determiners[w] {
				continue // "of", "the" in "operator of the … mine"
			}
			shared = shared || slices.Contains(strings.Fields(strings.ToLower(named.Name)), w) || w == strings.ToLower(named.Affiliation)
		}
		return shared
	}
	for i := range a.out {
		at := &a.out[i]
		if units[at.unit].para > lede {
			break
		}
		named := named
		if units[at.unit].para < lede && inLede != nil {
			named = inLede // a title's description is the lede's body
		}
		if named != nil && matches(at, named, strict) {
			at.speaker = withAlias(*named, at.speaker.Name)
			continue
		}
		k := -1
		if units[at.unit].para == lede {
			k = slices.IndexFunc(officers, func(o *claims.Speaker) bool { return matches(at, o, true) })
		}
		switch {
		case k >= 0:
			// "The operator of a zinc and lead mine has rejected … Ballyhale Minerals
			// managing director Declan Furlong said": the body another speaker named next
			// is not, an officer's named later is.
			at.speaker = withAlias(*officers[k], at.speaker.Name)
		case late != nil && units[at.unit].para == lede && matches(at, late, true):
			// "… Kilima Gold Resources, which has run the mine since 2011, said", three
			// paragraphs on, after others have spoken: only by a word they share.
			at.speaker = withAlias(*late, at.speaker.Name)
		}
	}
}

// bodyNamedAfter names a body the lede gives by a description of two or more words that the
// next two paragraphs give as the end of a name: "The electoral commission has rejected
// … Independent Electoral Commission chairman Julius Kiprono said …".
func (a *analyser) bodyNamedAfter(units []unit) {
	lede := ledeParagraph(units)
	for i := range a.out {
		at := &a.out[i]
		p := units[at.unit].para
		if p > lede {
			break
		}
		d := at.speaker
		words := strings.Fields(strings.ToLower(d.Name))
		if len(words) < 2 || properName(d.Name) || d.Kind != claims.Anonymous && d.Kind != claims.Organisation {
			continue
		}
		if _, body := bodyClass(words[len(words)-1]); !body {
			continue
		}
		after := parasAfter(units, p, 2) // the two paragraphs after the description's
		if after.Len() == 0 {
			continue
		}
		ws := scanWords(a.text, after)
		found := false
		for k := 0; k+len(words) <= len(ws); k++ {
			match := true
			for n, w := range words {
				// a modifier may name a kind of what the description says: the "port
				// authority" is the "Brandywine Harbor Authority", a harbor being a port
				if !ws[k+n].cap || ws[k+n].low != w && (n == len(words)-1 || !wordnet.IsA(ws[k+n].low, w, wordnet.Noun)) {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			s := capsBefore(ws, k)
			if s < k {
				name := joinPlain(ws[s : k+len(words)])
				at.speaker = withAlias(claims.Speaker{Name: name, Kind: claims.Organisation, Affiliation: d.Affiliation}, d.Name)
			}
			found = true
			break
		}
		if !found {
			if name, ok := a.namedLater(units, p, words); ok {
				at.speaker = withAlias(claims.Speaker{Name: name, Kind: claims.Organisation, Affiliation: d.Affiliation}, d.Name)
			}
		}
	}
}

// parasAfter returns the span of the n paragraphs after paragraph p.
func parasAfter(units []unit, p, n int) claims.Span {
	var span claims.Span
	for _, u := range units {
		if u.para > p && u.para <= p+n {
			if span.End == 0 {
				span.Start = u.span.Start
			}
			span.End = u.span.End
		}
	}
	return span
}

// namedLater finds, within four paragraphs after paragraph p, the one proper name of a
// body that a lede's description of it abbreviates: the same head, and the description's
// modifiers among the name's words in order, a country's possessive standing for its
// demonym ("Croatia's football federation", "the Croatian federation": the "Croatian
// Football Federation").
func (a *analyser) namedLater(units []unit, p int, words []string) (string, bool) {
	head, mods := words[len(words)-1], words[:len(words)-1]
	span := parasAfter(units, p, 4)
	if span.Len() == 0 {
		return "", false
	}
	ws := scanWords(a.text, span)
	fits := func(mod string, w word) bool {
		country := a.lx.demonyms[w.low]
		if c := strings.TrimSuffix(strings.TrimSuffix(mod, "’s"), "'s"); c != mod {
			return country != "" && strings.EqualFold(country, c)
		}
		return w.low == mod || country != "" && country == a.lx.demonyms[mod]
	}
	name := ""
	for k := range ws {
		if !ws[k].cap || ws[k].low != head || capAfter(ws, k+1) {
			continue
		}
		s := capsBefore(ws, k)
		m, i := 0, s
		for ; i < k && m < len(mods); i++ {
			if fits(mods[m], ws[i]) {
				m++
			}
		}
		if s == k || m < len(mods) {
			continue
		}
		n := joinPlain(ws[s : k+1])
		if name != "" && n != name {
			return "", false // two bodies of that kind: the description names neither
		}
		name = n
	}
	return name, name != ""
}

// capsBefore returns where the capitalised words before ws[k] start, past no possessive
// or determiner.
func capsBefore(ws []word, k int) int {
	for k > 0 && ws[k-1].cap && !ws[k-1].punc && !ws[k-1].poss && !determiners[ws[k-1].low] {
		k--
	}
	return k
}

// ledeParagraph returns the paragraph of the first unit below the title, or -1.
func ledeParagraph(units []unit) int {
	for k, u := range units {
		if u.kind == headline {
			continue
		}
		if u.span.Start != 0 || k+1 < len(units) && units[k+1].para == u.para || u.span.Len() > 150 {
			return u.para // a first paragraph of sentences is the lede of a text with no title
		}
	}
	return -1
}

// unnamed is the speaker of a common noun that names no body the document met: the
// phrase as written, with its determiner ("the firm"), as an unnamed source.
func unnamed(sp claims.Speaker, ws []word, i, j int, head string) claims.Speaker {
	k := i
	for k < j && ws[k].punc {
		k++
	}
	text := joinText(ws[k:j])
	if determiners[ws[k].low] {
		text = ws[k].low + text[len(ws[k].text):] // "The firm" opening a sentence
	}
	out := claims.Speaker{Name: text, Kind: claims.Anonymous, Role: head, Affiliation: sp.Affiliation}
	if text != sp.Name && sp.Name != "" {
		out.Aliases = []string{sp.Name}
	}
	return out
}

// withAlias returns sp with the words a mention used for it among its aliases.
func withAlias(sp claims.Speaker, text string) claims.Speaker {
	if text == "" || text == sp.Name {
		return sp
	}
	for _, x := range sp.Aliases {
		if x == text {
			return sp
		}
	}
	sp.Aliases = append(append([]string(nil), sp.Aliases...), text)
	return sp
}

// bodyNamedIn finds the body the sentence names for the noun at ws[i:j]: after "from" or
// "by" before it ("In a statement from Acme, the company said"), or, for a document,
// after it ("The statement issued by Acme said"). head "" takes any body.
func (a *analyser) bodyNamedIn(ws []word, i, j int, head string) (claims.Speaker, bool) {
	found, ok := claims.Speaker{}, false
	try := func(k int) bool {
		if ws[k].low != "from" && ws[k].low != "by" {
			return false
		}
		s := k + 1
		if s < len(ws) && ws[s].low == "the" {
			s++
		}
		e := s
		for e < len(ws) && ws[e].cap && !ws[e].punc {
			e++
		}
		if e == s || s >= i && s < j {
			return false
		}
		m, ok2 := a.lx.readMention(ws[s:e])
		if !ok2 {
			return false
		}
		sp := a.people.speaker(m)
		b := focusBody{sp: sp, class: a.classOf(sp, "")}
		if sp.Kind == claims.Person {
			if _, known := a.people.bySurname[strings.ToLower(surname(sp.Name))]; known && strings.Contains(sp.Name, " ") && !a.knownBody(sp.Name) && !a.placeNamed(sp.Name) {
				return false
			}
			if wordnet.IsA(strings.ToLower(sp.Name), "person", wordnet.Noun) {
				return false
			}
			sp.Kind = claims.Organisation
			b.sp = sp
		} else if sp.Kind != claims.Organisation {
			return false
		}
		if head != "" && !documentNouns[head] && !fits(head, b) {
			return false
		}
		found, ok = sp, true
		return true
	}
	for k := 0; k < i; k++ {
		try(k)
	}
	if !ok && documentNouns[head] && j < len(ws) {
		// "The statement from Acme", "the report issued by Acme"
		if k := j; !try(k) && ws[k].tag == "VBN" && k+1 < len(ws) {
			try(k + 1)
		}
	}
	return found, ok
}

// objectNamedBefore returns the one body the sentence names before ws[i], after a word in
// lower case that is no determiner ("notified Kilombero Stars"), that can be what noun
// head stands for, when none in focus is: a name of two or more capitalised words that is
// no person the text knows, no place, and no body of another sort.
func (a *analyser) objectNamedBefore(ws []word, i int, head string) (claims.Speaker, bool) {
	var found []claims.Speaker
	for k := 1; k < i; k++ {
		if !ws[k].cap || ws[k].punc || ws[k-1].cap || ws[k-1].punc || ws[k-1].poss || determiners[ws[k-1].low] {
			continue
		}
		e := nameEnd(ws, k)
		if e-k < 2 || e > i {
			continue
		}
		m, ok := a.lx.readMention(ws[k:e])
		if !ok {
			continue
		}
		sp := a.people.speaker(m)
		if sp.Kind == claims.Person {
			// A name the text gives no role, no sex and no word of its own may be a body's
			// when it ends in a word of the language or a region: "Kilombero Stars",
			// "Initech Europe"; not "Maria Okafor".
			if sp.Role != "" || a.sex[sp.Name] != 0 || !englishWord(strings.ToLower(lastField(sp.Name))) && !a.placeNamed(sp.Name) || wordnet.IsA(strings.ToLower(strings.Fields(sp.Name)[0]), "person", wordnet.Noun) ||
				slices.ContainsFunc(a.out, func(o attribution) bool { return o.speaker.Name == sp.Name && o.speaker.Kind == claims.Person }) {
				continue
			}
			sp = claims.Speaker{Name: sp.Name, Kind: claims.Organisation}
		}
		if _, place := a.lx.places[strings.ToLower(sp.Name)]; sp.Kind != claims.Organisation || place || !fits(head, focusBody{sp: sp, class: a.classOf(sp, "")}) {
			continue
		}
		if !slices.ContainsFunc(found, func(f claims.Speaker) bool { return f.Name == sp.Name }) {
			found = append(found, sp)
		}
		k = e
	}
	if len(found) != 1 {
		return claims.Speaker{}, false
	}
	return found[0], true
}

// placeNamed reports whether name is a business's name followed by the region it serves:
// "Acme Europe", "Initech Asia", where no given name opens it.
func (a *analyser) placeNamed(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 || wordnet.IsA(strings.ToLower(f[0]), "person", wordnet.Noun) {
		return false
	}
	return a.lx.placeFirst[strings.ToLower(f[1])] || wordnet.IsA(strings.ToLower(f[1]), "continent", wordnet.Noun)
}

// knownBody reports whether the document has put name forward as a body.
func (a *analyser) knownBody(name string) bool {
	for _, b := range a.bodies {
		if b.sp.Name == name {
			return true
		}
	}
	return false
}

// documentBefore finds the last document of kind head whose issuer the text named: "the
// report" after "a World Bank report".
func (a *analyser) documentBefore(head string) (claims.Speaker, bool) {
	for k := len(a.out) - 1; k >= 0; k-- {
		sp := a.out[k].speaker
		if sp.Kind != claims.Person && strings.HasSuffix(strings.ToLower(sp.Name), " "+head) && sp.Name != strings.ToLower(sp.Name) {
			return sp, true
		}
	}
	return claims.Speaker{}, false
}

// issuedNouns are documents a speaker issues in their own name.
var issuedNouns = map[string]bool{"statement": true, "letter": true, "memo": true, "release": true, "filing": true}

// documentSpeakers gives "the statement said" to whoever the text has just said made one:
// "In a statement, the DGSN said …. “No one was hurt,” the statement said." The maker is
// the speaker of the nearest claim before, in the paragraph or the one before it, whose
// sentence names such a document.
func (a *analyser) documentSpeakers(units []unit) {
	for i := range a.out {
		at := &a.out[i]
		src := strings.ToLower(at.source.In(a.text))
		noun, ok := strings.CutPrefix(src, "the ")
		issued, written := issuedNouns[noun], documentNouns[noun] && !issuedNouns[noun] && noun != "paper" && noun != "section" && noun != "proposals"
		if !ok || !issued && !written || at.speaker.Kind == claims.Person {
			continue
		}
		p := units[at.unit].para
		for j := i - 1; j >= 0; j-- {
			o := a.out[j]
			if units[o.unit].para < p-1 {
				break
			}
			if o.unit == at.unit || !named(o.speaker) || strings.HasPrefix(strings.ToLower(o.speaker.Name), "the ") || written && o.speaker.Kind != claims.Organisation {
				continue // a report is a body's: the economist quoted on it is not its maker
			}
			if slices.ContainsFunc(a.scanned(units[o.unit].span), func(w word) bool { return w.low == noun }) {
				at.speaker = withAlias(o.speaker, at.source.In(a.text))
				break
			}
		}
	}
}

// staffNouns are those who speak for a person: "his office", "the minister's aides".
// A single spokesman or lawyer is left to be named later in the text ("his spokesman has
// said … Fiction Records spokesman Paul Smernicki said").
var staffNouns = map[string]bool{"office": true, "aides": true, "staff": true, "camp": true, "lawyers": true, "attorneys": true}

// staffOf reads ws[i:j] as a person's staff ("his office", "the minister's spokeswoman",
// "Smith's lawyers") and returns them as a speaker of their own who speaks for that person.
func (a *analyser) staffOf(ws []word, i, j int) (claims.Speaker, bool) {
	if j-i < 2 || !staffNouns[ws[j-1].low] || j+1 < len(ws) && ws[j].text == "," && ws[j+1].cap {
		return claims.Speaker{}, false // "his spokesman, Paul Roe, said" names the spokesman
	}
	k := j - 2
	if !ws[k].poss && ws[k].low != "his" && ws[k].low != "her" {
		return claims.Speaker{}, false
	}
	p, _, ok := a.possessor(ws, k)
	if !ok || p.Kind != claims.Person || p.Name == "" {
		return claims.Speaker{}, false
	}
	kind := claims.Anonymous
	if ws[j-1].low == "office" || ws[j-1].low == "camp" || ws[j-1].low == "staff" {
		kind = claims.Organisation
	}
	return claims.Speaker{Name: p.Name + "’s " + ws[j-1].low, Kind: kind, Role: ws[j-1].low, Affiliation: p.Name}, true
}

// staffOfPerson reports whether sp is a person's staff as staffOf names them.
func staffOfPerson(sp claims.Speaker) bool {
	return sp.Affiliation != "" && strings.HasPrefix(sp.Name, sp.Affiliation+"’s ")
}

// roleAcronymBodies gives a person named after a role that opens with a body's initials,
// and who has no body, the body of the document whose name they are: "PML-N information secretary
// Ahsan Raza" speaks for the "Pakistan Muslim League-Nawaz" that speaks there too.
func (a *analyser) roleAcronymBodies() {
	var names, acronyms map[string]string
	for i := range a.out {
		sp := &a.out[i].speaker
		if sp.Kind == claims.Organisation {
			if in := bodyInitials(sp.Name); len(in) >= 2 && len(strings.Fields(sp.Name)) >= 2 && !slices.ContainsFunc(sp.Aliases, isAcronymText) {
				if names == nil {
					names, acronyms = a.namesByInitials()
				}
				if names[in] == sp.Name {
					if abbr := acronyms[in]; abbr != "" {
						*sp = withAlias(*sp, abbr) // the "Pakistan Muslim League-Nawaz" is the text's "PML-N"
					}
				}
			}
			continue
		}
		if sp.Kind != claims.Person || sp.Affiliation != "" && !isAcronymText(sp.Affiliation) || sp.Role == "" {
			continue // a body given, unless by initials alone ("KUPPET")
		}
		// the role's first word ("KUPPET treasurer"), or the word before the role's words
		// in the source or just before it ("PML-N information secretary")
		role := strings.Fields(sp.Role)
		word := role[0]
		if sp.Affiliation != "" {
			word = sp.Affiliation // "Sok Vannarith, spokesman for the CPP"
		}
		if !isAcronymText(word) {
			from := max(0, a.out[i].source.Start-80)
			f := strings.Fields(a.text[from:a.out[i].source.End])
			k := len(f) - len(strings.Fields(sp.Name)) - len(role) - 1
			if k < 0 || !strings.EqualFold(strings.Join(f[k+1:k+1+len(role)], " "), sp.Role) {
				continue
			}
			word = f[k]
		}
		abbr := strings.ReplaceAll(word, "-", "")
		if len(abbr) < 2 || len(abbr) > 6 || !capitalsOnly(abbr) {
			continue
		}
		if names == nil {
			names, acronyms = a.namesByInitials()
		}
		body := names[abbr]
		if k := slices.IndexFunc(a.out, func(o attribution) bool {
			return o.speaker.Kind == claims.Organisation && slices.Contains(o.speaker.Aliases, word)
		}); k >= 0 {
			body = a.out[k].speaker.Name // the body the initials already stand for: "PT Semen Nusantara Raya (SNR)"
		}
		if body != "" {
			sp.Affiliation = body
		}
	}
}

func isAcronymText(s string) bool { return len(s) >= 2 && strings.ToUpper(s) == s }

// namesByInitials maps the initials of each run of two or more capitalised words in the
// text, a possessive inside it or not ("Cambodian People's Party"), to the run, where one
// run alone has them; and the initials each word in capitals gives, hyphens aside, to the
// word ("PMLN" to "PML-N").
func (a *analyser) namesByInitials() (map[string]string, map[string]string) {
	if a.initials != nil {
		return a.initials, a.acronyms
	}
	out, acronyms := map[string]string{}, map[string]string{}
	defer func() { a.initials, a.acronyms = out, acronyms }()
	ws := a.scanned(claims.Span{Start: 0, End: len(a.text)})
	for _, w := range ws {
		if w.cap && isAcronymText(w.text) {
			if k := strings.ReplaceAll(w.text, "-", ""); acronyms[k] == "" {
				acronyms[k] = w.text
			}
		}
	}
	for i := 0; i < len(ws); {
		j := nameEnd(ws, i)
		s := i
		if s < j && determiners[ws[s].low] {
			s++ // "The Election Commission of Pakistan"
		}
		add := func(name string) {
			in := bodyInitials(name)
			if old, ok := out[in]; ok && old != name {
				out[in] = ""
			} else {
				out[in] = name
			}
		}
		if j < len(ws)-1 && ws[j].poss && ws[j].cap && ws[j+1].cap && !ws[j+1].punc && j > s {
			// "the Cambodian People's Party": a possessive inside the name
			add(joinPlain(ws[s:nameEnd(ws, j+1)]))
		}
		if j-s >= 2 {
			add(joinPlain(ws[s:j]))
		}
		i = max(j, i+1)
	}
	return out, acronyms
}

// bodyInitials returns the initials of a name's capitalised words and of the parts of
// its hyphenated ones: "PMLN" for "Pakistan Muslim League-Nawaz".
func bodyInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// acronymSpeakers makes one speaker of a body the text names in full with its acronym in
// brackets and then by the acronym alone: "Peru's National Elections Jury (JNE) on
// Tuesday rejected …. “…,” the JNE said". Initials need not match: the JNE is the Jurado
// Nacional de Elecciones.
func (a *analyser) acronymSpeakers() {
	full := map[string]string{} // acronym → the name before it
	ws := a.scanned(claims.Span{Start: 0, End: len(a.text)})
	for i := range ws {
		if j := acronymBefore(ws, i+1); j == i-2 && i+1 < len(ws) || j == i-2 && i+1 == len(ws) {
			k := j
			for k > 0 && (ws[k-1].cap && !ws[k-1].punc || connectors[ws[k-1].low] && k > 1 && (ws[k-2].cap || ws[k-1].low == "the" && connectors[ws[k-2].low] && k > 2 && ws[k-3].cap)) && (!ws[k-1].poss || strings.HasSuffix(ws[k-1].low, "s") && !strings.Contains(ws[k-1].text, "'s")) {
				// "British Bankers' Association (BBA)", not "Peru's National Elections Jury (JNE)"
				k--
			}
			for k < j && (determiners[ws[k].low] || functionWords[ws[k].low] || connectors[ws[k].low] || (k == 0 || ws[k-1].punc) && commonWord(ws[k].low) && ws[k].low != "new") {
				k++ // "Both the Council of Mortgage Lenders (CML)", "Past Congressional Budget Office (CBO)"
			}
			if abbr := ws[i-1].text; strings.ToUpper(abbr) != abbr {
				// A word acronym's name is the words it gives the initials of: not "Chart-Track
				// for the Entertainment and Leisure Software Publishers Association (Elspa)".
				k = max(k, initialsStart(ws, j, strings.ToUpper(abbr)))
			}
			name := claims.Span{Start: ws[k].span.Start, End: ws[j-1].span.End}.In(a.text)
			if n := strings.LastIndexByte(name, '\n'); n >= 0 {
				name = name[n+1:] // a headline above the lede is no part of the name
			}
			name = strings.TrimPrefix(name, "The ")
			if j-k >= 2 && strings.Contains(name, " ") {
				full[ws[i-1].text] = name
			}
		}
	}
	if len(full) == 0 {
		return
	}
	for i := range a.out {
		sp := &a.out[i].speaker
		if name, ok := full[sp.Affiliation]; ok && sp.Kind != claims.Organisation && bodyInitials(name) == sp.Affiliation {
			sp.Affiliation = name // "JCA president Lancelot Whyte" speaks for the Jamaica Cricket Association (JCA)
		}
		name, ok := full[sp.Name]
		if !ok {
			continue
		}
		to := claims.Speaker{Name: name, Kind: claims.Organisation, Aliases: []string{sp.Name}}
		for _, o := range a.out {
			if o.speaker.Name != sp.Name && (o.speaker.Name == name || strings.HasSuffix(name, o.speaker.Name) && strings.Contains(o.speaker.Name, " ")) {
				to = withAlias(o.speaker, sp.Name)
				break
			}
		}
		*sp = withAlias(to, a.out[i].source.In(a.text))
	}
}

// bodyNounAffiliations gives a speaker who speaks for a body named by a capitalised noun
// alone ("Ministry spokesperson Tobias Kranz", "a Committee member") the one body of the
// document whose name ends in that noun, or has it before its "of": "Germany's Economy
// Ministry", "the Economy Ministry of Norland".
func (a *analyser) bodyNounAffiliations() {
	full := map[string]string{} // lower head noun → the one longer body name ending in it, or "" if several
	add := func(name string) {
		sp := strings.LastIndexByte(name, ' ')
		if sp < 0 || !properName(name) {
			return
		}
		heads := []string{strings.ToLower(name[sp+1:])}
		if before, _, ok := strings.Cut(name, " of "); ok {
			heads = append(heads, strings.ToLower(lastField(before))) // "Economy Ministry of Norland"
		}
		for _, head := range heads {
			if old, ok := full[head]; ok && old != name {
				full[head] = ""
			} else {
				full[head] = name
			}
		}
	}
	for _, at := range a.out {
		if at.speaker.Kind == claims.Organisation {
			add(at.speaker.Name)
		}
		add(at.speaker.Affiliation)
	}
	for i := range a.out {
		sp := &a.out[i].speaker
		w := sp.Affiliation
		if w == "" || strings.IndexByte(w, ' ') >= 0 || !properName(w) || !bodyNoun(strings.ToLower(w)) {
			continue
		}
		if name := full[strings.ToLower(w)]; name != "" {
			sp.Affiliation = name
		}
	}
}

// groupVoicedNext gives an unnamed group's answer to the person whom the next sentence of
// the paragraph opens with, of a body: "Advocates for reducing the prison population took
// issue with the secretary's account. Ellen Whitfield, director of Californians for
// Sentencing Reform, said …". The group speaks through her.
func (a *analyser) groupVoicedNext(units []unit) {
	for i := range a.out {
		at := &a.out[i]
		d := at.speaker
		f := strings.Fields(strings.ToLower(d.Name))
		if d.Kind != claims.Group && d.Kind != claims.Organisation || properName(d.Name) || len(f) < 2 ||
			!pluralNoun(f[0]) || at.unit+1 >= len(units) || units[at.unit+1].para != units[at.unit].para || !wordnet.IsA(f[0], "person", wordnet.Noun) || !a.opposingCue(*at) {
			continue
		}
		next := -1
		for j := range a.out {
			if a.out[j].unit == at.unit+1 && (next < 0 || a.out[j].source.Start < a.out[next].source.Start) {
				next = j
			}
		}
		if next < 0 {
			continue
		}
		o := a.out[next]
		if o.speaker.Kind != claims.Person || !strings.Contains(o.speaker.Name, " ") || o.speaker.Affiliation == "" || o.source.Start != units[at.unit+1].span.Start {
			continue
		}
		at.speaker = withAlias(o.speaker, d.Name)
	}
}

// opposingCue reports whether at's cue is a response that opposes what it answers: "took
// issue with", "rejected", "walked back".
func (a *analyser) opposingCue(at attribution) bool {
	return slices.ContainsFunc(a.lx.responses.hits(scanWords(a.text, at.cue)), func(h respHit) bool { return h.rel.Opposes() })
}

// surnameInText reports whether the one-word name w follows a capitalised given name
// somewhere in the text: "Dean Kowalczyk", which makes a later "Kowalczyk" a person's.
// Not a capitalised common word of the text ("The Vodafone …"), nor a day or a month.
func (a *analyser) surnameInText(w string) bool {
	text := a.text
	// opens reports whether the word after before opens a sentence or a line: "But Sky said …".
	opens := func(before string) bool {
		before = strings.TrimRight(before, " ")
		r1, n := utf8.DecodeLastRuneInString(before)
		r2, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
		return strings.ContainsRune(".!?\"”’\n", r1) || strings.ContainsRune(".!?\"”’\n", r2)
	}
	for i := strings.Index(text, w); i >= 0; {
		next, _ := utf8.DecodeRuneInString(text[i+len(w):]) // a whole word: not "Sky" of "Jo Skyrme"
		if j := strings.LastIndexAny(text[:max(i-1, 0)], " \n"); i > 1 && text[i-1] == ' ' && j > 0 && !unicode.IsLetter(next) && !opens(text[:j+1]) {
			prev := text[j+1 : i-1]
			r, n := utf8.DecodeRuneInString(prev)
			low := strings.ToLower(prev)
			if n < len(prev) && unicode.IsUpper(r) && strings.ToLower(prev[n:]) == prev[n:] && !strings.ContainsAny(prev, ".,;:!?\"'’“”()") &&
				!a.commonInText(word{text: prev, low: low}) && !timeNouns[low] && !months[low] && !functionWords[low] && !determiners[low] && a.lx.places[low] == "" {
				return true
			}
		}
		k := strings.Index(text[i+len(w):], w)
		if k < 0 {
			break
		}
		i += len(w) + k
	}
	return false
}
