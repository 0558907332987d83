// This file reads the subject before a cue as its speaker: a noun phrase over
// auxiliaries, dates, participle phrases and parentheses ("A poll released Friday shows"),
// a subject before an apposition ("Richard Revesz, director of the institute, said"), a
// count of people ("Nearly nine out of 10 say"), and the subject of an earlier verb
// ("… and said").

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// subjectFirst reads the subject before cue c, its auxiliaries starting at ws[aux]: a
// noun phrase, a relative pronoun, a subject before an apposition, a count of people, or
// none of its own after "and".
func (a *analyser) subjectFirst(ui int, at attribution, u unit, ws []word, c cueHit, aux int) (attribution, bool) {
	v := skipParen(ws, aux)
	if o, ok := dashAside(ws, v); ok {
		// "Jane Doe, the chief executive of Acme -- the firm's owner -- told": the aside
		// within dashes belongs to the subject, and may close an apposition. Not after a
		// clause: "Even if X cannot close the gap, insiders in two towns — A and B — said".
		if _, comma, ok := apposition(ws, o+1); ok && !finiteVerb(ws[clauseStartBefore(ws, comma):comma]) {
			v = o + 1
		} else {
			v = skipBack(ws, o)
		}
	}
	if as, _, ok := apposition(ws, v); ok && ws[as].low == "whose" {
		// "the college, whose president, Dr Callum Ferriday, said": the relative's own
		// subject is the person named in apposition to its office.
		for k := as + 1; k < v-2 && k < as+6; k++ {
			if ws[k].text != "," {
				continue
			}
			if sp, src, ok := a.cueSpeakerAt(c, ws, k+1, v-1); ok && sp.Kind == claims.Person && named(sp) {
				if b, _, ok := a.cueSpeakerAt(c, ws, extendPP(ws, npStart(ws, as-1)), as-1); ok && b.Kind != claims.Person && sp.Affiliation == "" {
					sp.Affiliation = b.Name // whose president: the college's
				}
				return a.finishSubject(at, u, ws, c, sp, src, k+1)
			}
			break
		}
	}
	if w := whoseBefore(ws, npStart(ws, v)); w >= 2 && w+1 < v && ws[w-1].text == "," {
		// "the central bank, whose deputy chair told lawmakers …": the office is the
		// body's, which the relative's antecedent names.
		s := w + 1
		if sp, src, ok := a.cueSpeakerAt(c, ws, s, v); ok && sp.Affiliation == "" && !named(sp) {
			if b, _, ok := a.cueSpeakerAt(c, ws, npStart(ws, w-1), w-1); ok && b.Kind != claims.Person && named(b) {
				sp.Affiliation = b.Name
				return a.finishSubject(at, u, ws, c, sp, src, s)
			}
		}
	}
	if v > 1 && (ws[v-1].low == "who" || ws[v-1].low == "which" || ws[v-1].low == "that" && strings.HasPrefix(ws[v-2].tag, "NN")) {
		return a.relativeSubject(at, u, ws, c, v-1, v)
	}
	if r, ok := relativeAside(ws, v); ok {
		return a.relativeSubject(at, u, ws, c, r, r+1) // "Stephens, who, after trading insults, said"
	}
	if v > 3 && (ws[v-1].low == "whom" || ws[v-1].low == "which") && ws[v-2].low == "of" && !ws[v-3].punc {
		return a.relativeSubject(at, u, ws, c, v-3, v) // "the families, many of whom say …"
	}
	subjEnd := skipReduced(ws, skipRelative(ws, v))
	if r := skipRelative(ws, v); r < v && ws[r].text == "," {
		as, comma, ok := apposition(ws, r+1)
		if ok && comma > 0 && a.groupOfPerson(ws, comma) {
			// "The family of a dealer, Emeka Obiora, who died in custody, has said": the
			// name and the relative are the dealer's; the family speaks.
			if s := extendPP(ws, npStart(ws, comma)); s == subjectStart(ws) {
				if sp, src, ok := a.cueSpeakerAt(c, ws, s, comma); ok {
					return a.finishSubject(at, u, ws, c, sp, src, s)
				}
			}
		}
		if ok && comma > 0 && !ws[as].cap && (a.lx.roleWord(ws[as].low) || a.lx.roleWord(ws[r-1].low)) {
			// "Renata Szabo, president of UFCW Local 2217, which represents …, said": the
			// relative is the union's; the name before the office speaks. So with "Lucía
			// Cárdenas, the finance minister, who by law chairs the board, told", and
			// "transport minister" without its article.
			if sp, src, ok := a.cueSpeakerAt(c, ws, npStart(ws, comma), comma); ok && sp.Kind == claims.Person && named(sp) && npStart(ws, comma) == subjectStart(ws) {
				if sp.Role == "" {
					sp.Role = joinText(ws[as:r])
				}
				return a.finishSubject(at, u, ws, c, sp, src, npStart(ws, comma))
			}
		}
	}
	if e := subjEnd; e >= 3 && (ws[e-1].tag == "VBD" || ws[e-1].tag == "VBP") && ws[e-2].tag == "PRP" && subjectPronouns[ws[e-2].low] && (ws[e-3].tag == "NNS" || ws[e-3].tag == "NN") {
		subjEnd -= 2 // "the experts I interviewed said": a relative clause without "who"
	}
	if e := subjEnd; e >= 2 && reflexives[ws[e-1].low] && ws[e-1].low != "myself" && ws[e-1].low != "yourself" && (strings.HasPrefix(ws[e-2].tag, "NN") || ws[e-2].tag == "PRP") {
		subjEnd-- // "Cruz himself said", "Ford itself said": the reflexive only stresses who
	}
	if subjEnd == v {
		if as, comma, ok := apposition(ws, subjEnd); ok && a.placeTail(ws, as, subjEnd-1) {
			if _, _, earlier := apposition(ws, comma+1); !earlier {
				subjEnd = skipReduced(ws, skipRelative(ws, comma)) // "The union representing nurses at a hospital in Augusta, Maine, has": the state closes the place
			}
		}
	}
	k, ok := restrictiveWho(ws, subjEnd)
	who := ok
	if p := participleModifier(ws, subjEnd); !ok && p > 0 {
		k, ok = p, true // "Democrats trying to regain the Senate say"
	}
	if ok {
		// "Officials who attended the meeting said": the noun before "who" speaks, and the
		// clause is part of its mention.
		s := npStart(ws, k)
		for p := extendPP(ws, s); who && p < s && (ws[s-1].low == "of" || ws[s-1].low == "for"); p = extendPP(ws, s) {
			s = p // "A lawyer for the family of a man who died … says": the lawyer speaks
		}
		if ws[k-1].low == "those" {
			s = k - 1
		}
		sp, src, ok := a.cueSpeakerAt(c, ws, s, k)
		if !ok && s == k-1 && ws[s].low == "those" {
			src = claims.Span{Start: ws[s].span.Start, End: ws[subjEnd-1].span.End}
			sp, ok = claims.Speaker{Name: strings.ToLower(src.In(a.text)), Kind: claims.Group}, true
		}
		if ok && sp.Kind != claims.UnknownSpeaker {
			src.End = ws[subjEnd-1].span.End
			return a.finishSubject(at, u, ws, c, sp, src, s)
		}
	}
	s := npStart(ws, subjEnd)
	if s == subjEnd {
		// "Richard Revesz, director of the institute, said": the subject stands before an
		// apposition between commas.
		if as, comma, ok := apposition(ws, v); ok {
			return a.appositionSubject(at, u, ws, c, v, as, comma)
		}
	}
	s = extendPP(ws, s)
	for p := extendPP(ws, s); p < s && ws[s-1].low == "of"; p = extendPP(ws, s) {
		s = p // "A senior author of a widely reported study on coral bleaching"
	}
	if p, ok := a.adjunctBeforeVerb(ws, s, subjEnd); ok {
		s, subjEnd = p, s-1 // "Trump at the time said", "The company for its part said"
	}
	if s > 1 && s < subjEnd && ws[s-1].low == "and" {
		// "“…,” the Florida senator and Republican presidential candidate said": two titles
		// of one speaker after the quotation.
		if p := npStart(ws, s-1); p < s-1 && p > 0 && (ws[p-1].text == "," || a.quoteEndsAt(u, ws[p-1].span.End)) && !ws[subjEnd-1].cap && !ws[s-2].cap {
			s = p
		}
	}
	// Coordinated verb with no subject of its own: "… and has called the allegations …".
	if s == subjEnd && s > 0 && (ws[s-1].low == "and" || ws[s-1].low == "but") {
		return a.coordinatedVerb(ui, at, u, ws, c, s)
	}
	if k := closingSubject(ws, s); k < s && closesUnit(ws, c.end) && c.entry.class != cueBroad {
		s = k // "…, a USA TODAY analysis of newly filed reports shows."
	}
	if d := a.subjectAfterNoun(ws, s, subjEnd); d > s {
		if e, ok := relativeVerbPhrase(ws, c); !ok {
			s = d // "In a statement the ministry said": the noun before the subject is no part of it
		} else if sp, src, ok := a.cueSpeakerAt(c, ws, d, subjEnd); ok && sp.Kind != claims.UnknownSpeaker {
			// "The pipeline the minister said would cut costs was scrapped": the noun before
			// the subject is what the clause after the cue is said of.
			at.speaker, at.source = sp, src
			at.content = contentSpan(a.text, ws[s].span.Start, ws[e-1].span.End)
			at.quoted = a.isQuoted(u, at.content)
			return at, at.content.Len() > 0
		}
	}
	if s > 2 && ws[s-1].low == "what" && ws[s-2].low == "of" && (versionNouns[ws[s-3].low] || saidNouns[ws[s-3].low]) {
		return at, false // "the two accounts of what she said differ": her words named, not told here
	}
	if expletive(ws, c) {
		return at, false // "It now emerges that …": no one's
	}
	if a.utteranceHolds(u, ws[s].span, ws[c.start].span.Start) {
		return at, false // "“It is a mistake, so forget it,” said …": the subject is no words of the quotation
	}
	if b := s - 2; b >= 1 && subjEnd < v && ws[b].text == "," && (ws[s-1].low == "from" || ws[s-1].low == "of" || ws[s-1].low == "in") {
		// "Paul Kendrick, 52, from Donnington, who has worked there for 19 years, said": the
		// place is where the person named before it is from.
		if b >= 3 && ws[b-1].tag == "CD" && ws[b-2].text == "," {
			b -= 2 // past the age
		}
		if p := npStart(ws, b); p < b && p == subjectStart(ws) {
			if name, _, ok := a.cueSpeakerAt(c, ws, p, b); ok && name.Kind == claims.Person && named(name) {
				s, subjEnd = p, b
			}
		}
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, s, subjEnd)
	if q, counts := shareSubject(ws, s, subjEnd); ok && counts && q < s {
		s, src.Start = q, ws[q].span.Start // "About 4 in 10 voters", not "10 voters"
		sp = claims.Speaker{Name: strings.ToLower(joinText(ws[q:subjEnd])), Kind: claims.Group}
	}
	if !ok && s > 0 && ws[s-1].text == "," && c.entry.class != cueBroad && closesUnit(ws, c.end) {
		// "…, disclosures filed on Sunday night revealed.": a phrase that closes the
		// sentence with its cue is the source, whatever its noun.
		sp, src, ok = a.speakerOf(ws, s, subjEnd, true)
	}
	if !ok {
		q, ok := quantitySubject(ws, subjEnd)
		if !ok {
			q, ok = shareSubject(ws, s, subjEnd)
		}
		if !ok {
			return at, false
		}
		// "Nearly nine out of 10 say …", "At least 21,000 said …": a share of the people
		// the text counts.
		s, src = q, claims.Span{Start: ws[q].span.Start, End: ws[subjEnd-1].span.End}
		sp = claims.Speaker{Name: strings.ToLower(joinText(ws[q:subjEnd])), Kind: claims.Group}
	}
	return a.finishSubject(at, u, ws, c, sp, src, s)
}

// clauseStartBefore returns the index after the last comma before ws[i], or 0.
func clauseStartBefore(ws []word, i int) int {
	for k := i - 1; k >= 0; k-- {
		if ws[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// utteranceHolds reports whether s lies in a quotation that closes right before pos on
// the comma, question or exclamation mark that hands it to a cue: what was said, not the
// subject of the cue after it. A title in quotation marks may be part of a subject:
// "“Daily Show” host Trevor Noah said".
func (a *analyser) utteranceHolds(u unit, s claims.Span, pos int) bool {
	for _, q := range u.quotes {
		if q.inner.Contains(s) && q.outer.End <= pos && strings.TrimSpace(a.text[q.outer.End:pos]) == "" {
			t := strings.TrimSpace(q.inner.In(a.text))
			return strings.HasSuffix(t, ",") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
		}
	}
	return false
}

// adjunctBeforeVerb reports whether the noun phrase ws[s:end] before a cue is the object
// of a preposition of time, place or occasion that stands between the subject and its
// verb: "Trump at the time said", "The senator in recent days has said", "The company
// for its part said", "The mayor at a news conference said". Its noun cannot speak, and
// a noun phrase or a name stands before the preposition: it returns where that starts.
func (a *analyser) adjunctBeforeVerb(ws []word, s, end int) (int, bool) {
	if s < 2 || s >= end {
		return 0, false
	}
	forPart := ws[s-1].low == "for" && end-s == 2 && possessives[ws[s].low] && ws[s+1].low == "part"
	if !adjunctPreps[ws[s-1].low] && !forPart || ws[s].cap || ws[end-1].cap || isPronoun(ws[s]) && ws[s].tag == "PRP" {
		return 0, false
	}
	h := ws[end-1]
	if !strings.HasPrefix(h.tag, "NN") {
		return 0, false // "a title game many are calling": the subject is its own
	}
	_, occasion := a.lx.occasions[h.low]
	when := timeNouns[h.low] || durationNouns[strings.TrimSuffix(h.low, "s")] || occasion || speechEvents[h.low]
	if _, ok := speakerNoun(h.low); ok && !when || a.lx.roleWord(h.low) {
		return 0, false // "Doctors at the hospital said": the hospital may speak for them
	}
	b := ws[s-2]
	if !strings.HasPrefix(b.tag, "NN") && !(b.tag == "PRP" && subjectPronouns[b.low]) || b.punc {
		return 0, false
	}
	p := npStart(ws, s-1)
	return p, p < s-1
}

// adjunctPreps open a phrase of time, place or occasion between a subject and its verb.
var adjunctPreps = map[string]bool{"at": true, "in": true, "during": true, "on": true}

// participleModifier returns where a present participle opens a phrase that ends the
// subject before ws[end], after a plural noun: "Democrats trying to regain the Senate say",
// "Protesters chanting slogans outside said". The noun before it speaks. Zero when none.
func participleModifier(ws []word, end int) int {
	if end < 3 || ws[end-1].punc {
		return 0
	}
	for k := end - 2; k >= 1 && k >= end-12; k-- {
		w := ws[k]
		if w.punc || relatives[w.low] || w.low == "that" || strings.HasPrefix(w.tag, "VB") && w.tag != "VBG" && w.tag != "VBN" && !(w.tag == "VB" && k > 0 && ws[k-1].tag == "TO") {
			return 0
		}
		if w.tag != "VBG" || prepositional[w.low] {
			continue
		}
		if strings.HasPrefix(ws[k+1].tag, "NN") {
			return 0 // "Athletics' ruling body", "its managing director": one noun phrase
		}
		if h := ws[k-1]; !h.poss && (h.tag == "NNS" || h.tag == "NNPS" || h.tag == "NNP" && strings.HasSuffix(h.low, "s")) {
			return k
		}
		return 0
	}
	return 0
}

// itRaising are the verbs whose "it" before a that-clause stands for no one: "it emerged
// that", "it seems that", "it transpired that".
var itRaising = map[string]bool{"emerge": true, "emerges": true, "emerged": true, "seem": true, "seems": true, "seemed": true,
	"appear": true, "appears": true, "appeared": true, "transpire": true, "transpires": true, "transpired": true}

// expletive reports whether cue c is a itRaising verb whose subject is an "it" that stands
// for no one: "It now emerges that …".
func expletive(ws []word, c cueHit) bool {
	if !itRaising[ws[c.start].low] || c.end >= len(ws) || ws[c.end].low != "that" {
		return false
	}
	s := skipBack(ws, c.start)
	return s > 0 && ws[s-1].low == "it"
}

// groupOfPerson reports whether the phrase before the comma ws[comma] is a group of a
// person, "The family of a spare parts dealer": a name in apposition after it is the
// person's, not the group's, which speaks.
func (a *analyser) groupOfPerson(ws []word, comma int) bool {
	r := extendPP(ws, npStart(ws, comma))
	for o := r + 1; o < comma; o++ {
		if ws[o].low != "of" {
			continue
		}
		h := ws[o-1]
		if h.cap || a.lx.roleWord(h.low) || !strings.HasPrefix(h.tag, "NN") {
			return false
		}
		if k, ok := speakerNoun(h.low); ok && k != claims.Person {
			return true
		}
		return groupNoun(h.low)
	}
	return false
}

// agentIn reports whether ws hold a doer after "by": a name, a determiner or a
// possessive ("by Google's security team", "by the company"), not a means ("by sea").
func agentIn(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if n := ws[k+1]; ws[k].low == "by" && (n.cap || determiners[n.low] || n.tag == "PRP$") {
			return true
		}
	}
	return false
}

// appositionSubject reads the subject of cue c before an apposition between commas, from
// ws[as] to the comma ws[v-1]: "Richard Revesz, director of the institute, said". comma
// is the index of the comma that opens the apposition.
func (a *analyser) appositionSubject(at attribution, u unit, ws []word, c cueHit, v, as, comma int) (attribution, bool) {
	if a.placeTail(ws, as, v-1) {
		// "Jane Roe, MP for Henley, Oxfordshire, said": the county closes the place in
		// the apposition before it.
		if as2, comma2, ok := apposition(ws, comma+1); ok {
			as, comma = as2, comma2
		}
	}
	// "Senator Ted Cruz, Republican of Texas, said": a party and a state are the
	// senator's description, no one's name.
	partyOf := v-1-as >= 3 && a.lx.parties[ws[as].low] && ws[as+1].low == "of"
	office, aside := a.officeBeforeAside(ws, comma)
	if sp, src, ok := a.cueSpeakerAt(c, ws, as, v-1); ok && !partyOf && sp.Kind == claims.Person && ws[as].cap && !isPronoun(ws[as]) && (!namesBody(ws, as) || aside) && a.namesPerson(ws[as:v-1]) && !a.groupOfPerson(ws, comma) {
		if aside {
			// "The head of the FNV, the largest union federation, Marieke Bos, said": the
			// body's aside describes the FNV; the office is the person's.
			if o := office; sp.Role == "" {
				if determiners[ws[o].low] {
					o++
				}
				a.lx.describe(&sp, ws[o:npStart(ws, comma)-1])
			}
			return a.finishSubject(at, u, ws, c, sp, src, office)
		}
		// "“…,” the club's manager, Bob Smith, said": the role before the name is
		// part of the subject, not of what was said.
		if r := extendPP(ws, npStart(ws, comma)); r < comma && !ws[comma-1].cap && strings.HasPrefix(ws[comma-1].tag, "NN") {
			as = r // "the club's manager", "the head of the agency"
			if sp.Role == "" && a.lx.roleWord(ws[comma-1].low) {
				// "NFF spokesman, Mr. Ademola Bakare,": the title is the role, its body the employer
				a.lx.describe(&sp, ws[r:comma])
			}
		}
		return a.finishSubject(at, u, ws, c, sp, src, as)
	}
	e := skipParen(ws, comma) // "Rep. Gregory Meeks (D-N.Y.), chairman of …, said"
	s := extendPP(ws, npStart(ws, e))
	if sp, _, ok := a.cueSpeakerAt(c, ws, s, e); !ok || !named(sp) || sp.Kind != claims.Person || namesBody(ws, s) {
		// "Sen. Marco Rubio, R-Fla., appearing on Fox News, said", "Mike Shields,
		// president of the fund, a super PAC allied with …, said": a second aside
		// before the first; the person named before both speaks.
		e2 := -1
		if s == e {
			if _, comma2, ok := apposition(ws, comma+1); ok {
				e2 = skipParen(ws, comma2)
			}
		} else {
			// the comma that opens the aside holding ws[s]: "Jane Doe, a spokeswoman
			// for the company, Acme, said"
			k := s - 1
			for k > 0 && k > s-12 && !ws[k].punc && !finiteVerb(ws[k:k+1]) {
				k--
			}
			if k > 0 && ws[k].text == "," {
				e2 = skipParen(ws, k)
			}
		}
		if e2 > 0 {
			if s2 := extendPP(ws, npStart(ws, e2)); s2 < e2 && s2 <= subjectStart(ws) && (s2 == 0 || ws[s2-1].punc) {
				if sp, _, ok := a.cueSpeakerAt(c, ws, s2, e2); ok && sp.Kind == claims.Person && named(sp) {
					e, s = e2, s2
				}
			}
		}
	}
	if sp, src, ok := a.cueSpeakerAt(c, ws, s, e); ok {
		if h := npEnd(ws, as); sp.Kind == claims.Person && (ws[as].low == "the" || ws[as].low == "a" || ws[as].low == "an") && h > as && (h == v-1 || h < v-1 && bodyTail[ws[h].low]) && !ws[h-1].cap {
			k, isSp := a.lx.speakers[ws[h-1].low]
			if !isSp {
				k, isSp = speakerNoun(ws[h-1].low)
			}
			if isSp && k == claims.Organisation && !a.lx.roleWord(ws[h-1].low) {
				// "Carmel Coast Transit, the bus company that employs him, said": a body, by
				// its name as written ("Ford, the US car company," is not Bill Ford)
				name := sp.Name
				if m, ok := a.lx.readMention(ws[s:e]); ok && m.name != "" {
					name = m.name
				}
				sp = claims.Speaker{Name: name, Kind: claims.Organisation}
				return a.finishSubject(at, u, ws, c, sp, src, s)
			}
		}
		// Not "Klopp, speaking after the win, said": a participle's aside is no role.
		// "Jane Doe, managing director of Acme, said" has one.
		modifier := as+1 < v-1 && a.lx.roleWord(ws[as+1].low)
		participle := strings.HasSuffix(ws[as].low, "ing") && !modifier
		if (sp.Role == "" || academicTitles[strings.ToLower(sp.Role)]) && !ws[as].punc && !participle && (strings.HasPrefix(ws[as].tag, "NN") || ws[as].tag == "DT" || ws[as].tag == "JJ" || ws[as].tag == "PRP$" || ws[as].poss || ws[as].tag == "VBG" && modifier || ordinals[ws[as].low] && modifier) {
			a.lx.describe(&sp, ws[as:v-1]) // a noun phrase, not "asked whether …"
		}
		return a.finishSubject(at, u, ws, c, sp, src, s)
	}
	return at, false
}

// bodyTail words may follow a body's description in apposition: "the bus company that
// employs him", "a charity based in Leeds".
var bodyTail = map[string]bool{"that": true, "which": true, "whose": true, "based": true, "owned": true, "run": true, "founded": true, "behind": true, ",": true}

// namesPerson reports whether the phrase ws names someone, not only an office: "Bob Smith",
// not "MP for Henley", which the document may give to the subject before it.
func (a *analyser) namesPerson(ws []word) bool {
	m, ok := a.lx.readMention(ws)
	return ok && m.name != ""
}

// placeTail reports whether ws[s:e], set off by commas, is the region of a place named
// just before its comma: "Oxfordshire" in "MP for Henley, Oxfordshire,", "Ohio" in "from
// Dayton, Ohio,". It is one capitalised word that no person of the document bears, after
// a name that follows a preposition, or a word WordNet knows as a place.
func (a *analyser) placeTail(ws []word, s, e int) bool {
	if e-s != 1 || s < 3 || !ws[s].cap || ws[s-1].text != "," {
		return false
	}
	if _, known := a.people.bySurname[ws[s].low]; known {
		return false
	}
	k := s - 2
	for k > 0 && ws[k].cap && !ws[k].punc {
		k--
	}
	return k < s-2 && (prepHeads[ws[k].low] || ws[k].low == "from") || wordnet.IsA(ws[s].low, "location", wordnet.Noun) && ws[s-2].cap
}

// coordinatedVerb reads a cue coordinated with an earlier verb, with no subject of its
// own before ws[s]: the subject of the earlier claim or of the sentence speaks.
func (a *analyser) coordinatedVerb(ui int, at attribution, u unit, ws []word, c cueHit, s int) (attribution, bool) {
	if elided := !slices.ContainsFunc(ws[s:c.start], func(w word) bool { return w.tag != "RB" }); elided {
		for k := s - 2; k > 0 && !ws[k].punc; k-- {
			if ws[k].tag == "VBN" && ws[k-1].low == "been" {
				return at, false // "having been charged … and repeatedly denied bail": passive too
			}
		}
	}
	prev, inUnit := a.prevInUnit(ui)
	if k, sp, src, ok := a.clauseSubject(ui, c, ws, s-1, false); ok && !(inUnit && prev.cue.Start == ws[k].span.Start) {
		at.speaker, at.source = sp, src // "…, where he also met drivers and said …"
	} else if inUnit {
		at.speaker, at.source, at.referent = prev.speaker, prev.source, prev.referent
	} else if sp, src, ok := a.sentenceSubject(c, ws, s); ok {
		at.speaker, at.source = sp, src // "Cruz urged Republicans to vote and said …"
	} else {
		return at, false
	}
	rest := a.restStart(u, ws, c)
	if rest < 0 {
		// "Clinton shook her head and said, “No.”": the quotation after the cue's comma.
		if q, ok := a.quoteAfterCue(u, ws, c); ok && c.end < len(ws) && ws[c.end].text == "," {
			at.content, at.quoted = contentSpan(a.text, q.inner.Start, q.inner.End), true
			return at, at.content.Len() > 0
		}
		return at, false
	}
	at.content = contentSpan(a.text, rest, u.span.End)
	at.quoted = a.isQuoted(u, at.content)
	return at, at.content.Len() > 0
}

// clauseSubject reads the subject of the clause nearest before ws[before] as the speaker
// of c: "The mayor visited the depot, where he also met drivers and said …" is said by
// "he", "While his rivals called for cuts, Holt held firm, noting …" by Holt. It walks
// back to the last finite verb that is no part of what another claim of the unit reports,
// and takes the noun phrase before it when a clause opens there: at the start of the
// sentence, after punctuation, after "when", "where" and the like, or after ", and". It
// returns the verb's index, so that a caller can tell the verb of a claim already read.
// With main, a clause that a subordinator opens after the main one is passed over: a
// participle after its comma hangs on the main clause ("Hannity said …, after the senator
// won his primary, remarking …"), while a verb after "and" shares the nearest subject. A
// relative clause's verb ("Maher, who backs Sanders but has dismissed …") is no clause
// of its own here: the caller reads it.
func (a *analyser) clauseSubject(ui int, c cueHit, ws []word, before int, main bool) (int, claims.Speaker, claims.Span, bool) {
	sub := -1 // the nearest subordinate clause's verb, skipped for the main clause's
	for k := before - 1; k > 0; k-- {
		w := ws[k]
		if w.tag != "VBD" && w.tag != "VBZ" && w.tag != "VBP" && w.tag != "MD" || a.inContentOf(ui, w.span) {
			continue
		}
		v := skipBack(ws, k)
		if v > 0 && relatives[ws[v-1].low] {
			break // "Maher, who backs Sanders but has dismissed …": the relative's own subject
		}
		if main && sub > 0 && passive(ws, k) {
			// "Doyle's authority was thrown into question when the club contradicted him,
			// confirming …": what undergoes the main clause does not speak; the
			// subordinate clause's subject does.
			return a.clauseSubject(ui, c, ws, sub+1, false)
		}
		b := npStart(ws, v)
		if b < v && b > 0 && ws[b-1].low == "that" {
			continue // "… his insistence that Ray would not be sold, confirming …": an embedded clause
		}
		if b >= v || !clauseOpens(ws, b) {
			break
		}
		if main && b > 0 && !ws[b-1].punc && ws[b-1].low != "and" && ws[b-1].low != "but" {
			if sub < 0 {
				sub = k
			}
			continue // "Bradley apologized after they came out, saying …": the main clause's
		}
		sp, src, ok := a.cueSpeakerAt(c, ws, b, v)
		if !ok || sp.Kind == claims.UnknownSpeaker {
			break
		}
		return k, sp, src, true
	}
	return 0, claims.Speaker{}, claims.Span{}, false
}

// passive reports whether the finite verb at ws[k] is the auxiliary of a passive: "was
// thrown", "were told".
func passive(ws []word, k int) bool {
	if !beForms[ws[k].low] {
		return false
	}
	for k++; k < len(ws) && ws[k].tag == "RB"; k++ {
	}
	return k < len(ws) && ws[k].tag == "VBN"
}

// clauseOpens reports whether a clause may open at ws[b]: at the start of the sentence,
// after punctuation, after a subordinator ("when", "where", "while") or after ", and".
func clauseOpens(ws []word, b int) bool {
	if b == 0 {
		return true
	}
	p := ws[b-1]
	switch {
	case p.punc, subordinators[p.low] && !p.cap, p.low == "where" || p.low == "once" || p.low == "if":
		return true
	case (p.low == "and" || p.low == "but") && b >= 2 && ws[b-2].text == ",":
		return true
	}
	return false
}

// sentenceSubject reads the subject of the sentence, after any opening adverbial, as the
// speaker of c, when its verb comes before ws[before].
func (a *analyser) sentenceSubject(c cueHit, ws []word, before int) (claims.Speaker, claims.Span, bool) {
	b := subjectStart(ws)
	e := npEnd(ws, b)
	if e+1 < before && (ws[e].low == "in" || ws[e].low == "at" || ws[e].low == "from") && ws[e+1].cap {
		e = npEnd(ws, e+1) // "Health officials in Dunmore have done an about-turn … and now say"
	}
	v := e
	for v < before && ws[v].tag == "RB" && !ws[v].cap {
		v++ // "She then urges … and says"
	}
	if e < before && ws[e].text == "," {
		if k := nextComma(ws, e+1); k < before && ws[k].text == "," {
			v = k + 1 // "Donald Trump, her Republican opponent, bemoaned … and said"
		}
	}
	// The tagger reads many past tenses right after their subject as participles: "Giles
	// attempted to re-engage the campaign and said …".
	pastAfterSubject := ws[v].tag == "VBN" && v == e && ws[v].low != "been" && (v+1 >= len(ws) || ws[v+1].low != "by")
	if e == b || v >= before || !isVerb(ws, v) || ws[v].tag == "VBG" || ws[v].tag == "VBN" && !pastAfterSubject {
		return claims.Speaker{}, claims.Span{}, false
	}
	sp, src, ok := a.cueSpeakerAt(c, ws, b, e)
	return sp, src, ok && sp.Kind != claims.UnknownSpeaker
}

// subjectAfterNoun returns where a subject opens inside the noun phrase ws[s:e], after a
// common noun and at a determiner ("In a statement the ministry said", "the bonds the
// central bank said …"), or s. A time or a role before it is part of it ("spokesman the
// Rev. Federico Lombardi"), and so is a rank's numeral ("the world number two").
func (a *analyser) subjectAfterNoun(ws []word, s, e int) int {
	for d := s + 1; d < e; d++ {
		h := ws[d-1]
		if determiners[ws[d].low] && !h.cap && !h.poss && (h.tag == "NN" || h.tag == "NNS") && !timeNouns[strings.TrimSuffix(h.low, "s")] && !a.lx.roleWord(h.low) && h.low != "number" {
			return d
		}
	}
	return s
}

// quantityWords may stand in a count of people with its number: "nearly nine out of 10",
// "at least 21,000", "62 percent".
var quantityWords = map[string]bool{"out": true, "of": true, "at": true, "least": true, "most": true, "nearly": true, "almost": true, "about": true, "only": true, "just": true, "some": true, "more": true, "than": true, "over": true, "under": true, "roughly": true, "percent": true, "%": true, "in": true, "less": true, "fewer": true}

// fractions count a share of people as a number does: "nearly a third say", "about half
// said", "two-thirds of voters".
var fractions = map[string]bool{"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "fifth": true, "fifths": true}

// counted reports whether the phrase at ws[s] opens with a count of people: "40 voters",
// "About 4 in 10", "two-thirds of Republicans".
func counted(ws []word, s int) bool {
	if s < len(ws) && quantityWords[ws[s].low] && ws[s].low != "of" {
		s++
	}
	return s < len(ws) && (ws[s].tag == "CD" || fraction(ws[s].low))
}

// fraction reports whether w names a share: "half", "a third", "two-thirds", "three-quarters".
func fraction(w string) bool {
	if _, f, ok := strings.Cut(w, "-"); ok {
		w = f
	}
	return fractions[w]
}

// quantitySubject returns the start of a count that ends at ws[end-1] and opens its
// clause, after the sentence's start or a comma.
func quantitySubject(ws []word, end int) (int, bool) {
	i, num := end, false
	for i > 0 && (ws[i-1].tag == "CD" || quantityWords[ws[i-1].low] || fraction(ws[i-1].low) || ws[i-1].low == "a" && i < end && fractions[ws[i].low]) {
		num = num || ws[i-1].tag == "CD" || fraction(ws[i-1].low)
		i--
	}
	if !num || i == end || ws[end-1].low == "of" || ws[i].low == "of" || ws[i].low == "in" {
		return 0, false
	}
	// "…, and more than 4 in 10 said", "…, while 23 percent said"; not "aged between
	// 18 and 34 said".
	joined := i >= 2 && (ws[i-1].low == "and" || ws[i-1].low == "but") && ws[i-2].text == "," || i >= 1 && ws[i-1].low == "while"
	opens := i == 1 && (ws[0].low == "but" || ws[0].low == "and" || ws[0].low == "yet") // "But 58 percent said"
	return i, i == 0 || ws[i-1].text == "," || joined || opens
}

// shareSubject returns the start of a count of people before the plural noun phrase
// ws[s:end]: "58 percent of voters", "about 4 in 10 voters", "two-thirds of Republicans".
// A poll's share speaks whatever its verb: "About 4 in 10 voters want …", "Some 46
// percent of voters backed …".
func shareSubject(ws []word, s, end int) (int, bool) {
	if s >= end || ws[end-1].tag != "NNS" && ws[end-1].tag != "NNPS" {
		return 0, false
	}
	if ws[s].tag == "CD" {
		e := s
		for e < end-1 && ws[e].tag == "CD" {
			e++
		}
		return quantitySubject(ws, e) // "4 in 10 voters": the phrase began at its last number
	}
	for s > 0 && (ws[s-1].low == "all" || ws[s-1].low == "the") {
		s--
	}
	if s > 0 && ws[s-1].low == "of" {
		return quantitySubject(ws, s-1)
	}
	return 0, false
}

// skipReduced steps left over a participle phrase that ends a subject: "A poll released
// Friday shows", "A report published by the committee last year found", "Protesters
// marching through the streets chanted". The participle must follow a noun and open a
// dated phrase or a phrase with a preposition.
func skipReduced(ws []word, i int) int {
	infinitive := false // passed an infinitive: only a past participle takes it in ("accused of trying to smuggle …")
	for p := i - 1; p > 0 && p >= i-14; p-- {
		w := ws[p]
		if w.tag == "VB" && ws[p-1].low == "to" {
			infinitive = true
			continue
		}
		if w.punc || auxWords[w.low] || strings.HasPrefix(w.tag, "VB") && w.tag != "VBN" && w.tag != "VBD" && w.tag != "VBG" || w.tag == "MD" || relatives[w.low] || clauseWords[w.low] || subordinators[w.low] || w.low == "whether" || w.low == "if" || strings.HasPrefix(w.tag, "W") {
			return i // "Beck said if Trump wins, …": a clause, not a participle's adjunct
		}
		if w.tag != "VBN" && w.tag != "VBD" && w.tag != "VBG" && !agentParticiple(ws, p) {
			if w.tag == "PRP" && (subjectPronouns[w.low] || w.low == "it") {
				return i // "Acme said on Monday it would close …": a subject of its own follows
			}
			continue // the tagger reads many such participles as past tenses
		}
		hd := p - 1 // the head the participle qualifies, over a manner adverb: "a man fatally shot by"
		if hd > 1 && ws[hd].tag == "RB" && strings.HasSuffix(ws[hd].low, "ly") && strings.HasPrefix(ws[hd-1].tag, "NN") {
			hd--
		}
		if h := ws[hd]; !strings.HasPrefix(h.tag, "NN") || h.punc || timeNouns[h.low] {
			if w.tag == "VBG" {
				continue // "accused of lying", "accused of dangerous driving causing harm": a gerund inside the participle's phrase
			}
			return i
		}
		if p+1 == i && !(i+1 < len(ws) && (ws[i].low == "last" || ws[i].low == "this") && timeNouns[ws[i+1].low]) {
			return i // "the poll released": no adjunct, the participle may be the verb
		}
		n := ws[p+1]
		// "Investors buying the shares said": a present participle may take an object
		// after a common noun; "Acme managing director Jane Doe" and "the ruling body"
		// are one phrase.
		h := ws[hd]
		object := w.tag == "VBG" && !h.poss && (h.tag == "NN" || h.tag == "NNS" || h.tag == "NNPS") && (n.tag == "DT" || n.tag == "PRP$" || n.tag == "CD" || n.tag == "NNS")
		// "this" and "last" date the participle only before a time word: "released this
		// week", not "Smith said this is …", where "this" is the clause's subject.
		dated := (n.low == "last" || n.low == "this") && p+2 < len(ws) && timeNouns[ws[p+2].low]
		if !(prepositions[n.low] || n.tag == "IN" || timeNouns[n.low] || months[n.low] || dated || n.low == "earlier" || object) {
			if w.tag == "VBG" {
				continue // "… driving causing serious harm": maybe inside an earlier participle's phrase
			}
			return i
		}
		if r := capRun(ws, i); r > p+1 && r < i && timeNouns[ws[r-1].low] {
			return i // "In a statement issued on Wednesday Lord Woolf said": a name after the date is the subject
		}
		if infinitive && w.tag == "VBG" {
			return i // "Farmers trying to sell their grain say": the phrase stays in the subject
		}
		if p < i-8 && agentIn(ws[p:i]) && !wordnet.IsA(h.low, "person", wordnet.Noun) {
			return i // "A message sent to F-Secure by Google's security team said": the agent is read as before; not "a man shot by police", for whom the agent does not speak
		}
		return hd + 1 // before any adverb of the participle
	}
	return i
}

// agentParticiple reports whether ws[p], tagged a noun, is an irregular past participle
// with its agent after it: "a man shot by police", which the tagger reads as "a shot".
func agentParticiple(ws []word, p int) bool {
	if ws[p].tag != "NN" || p+1 >= len(ws) || ws[p+1].low != "by" || !strings.HasPrefix(ws[p-1].tag, "NN") && ws[p-1].tag != "RB" {
		return false
	}
	ls := wordnet.Lemmas(ws[p].low, wordnet.Verb)
	return len(ls) > 0 && ls[0] != ws[p].low
}

// capRun returns where the run of capitalised words ending at ws[i-1] starts, or i.
func capRun(ws []word, i int) int {
	r := i
	for r > 0 && ws[r-1].cap && !ws[r-1].punc && !timeNouns[ws[r-1].low] {
		r--
	}
	return r
}

// inSubject reports whether ws[i] is a participle inside the subject of a later verb:
// "called" in "Police called to the scene on Friday said".
func inSubject(ws []word, i int) bool {
	if ws[i].tag != "VBN" && ws[i].tag != "VBD" {
		return false
	}
	for k := i + 2; k < len(ws) && k <= i+9; k++ {
		if ws[k].punc {
			return false
		}
		if ws[k].tag == "VBD" || ws[k].tag == "VBZ" || ws[k].tag == "VBP" || ws[k].tag == "MD" {
			v := skipBack(ws, k)
			if ws[v-1].tag == "EX" || ws[v-1].tag == "PRP" && v-1 > i {
				return false // "said on Friday there was no money": "there" is the verb's subject
			}
			if ws[i+1].poss || plainSay[ws[i].low] && approxFigure(ws[i+1:]) {
				return false // "said Sunday's attack was …", "said about 40 people had died": the verb's own subject
			}
			if (months[ws[i+1].low] || timeNouns[ws[i+1].low] && ws[i+1].cap) && (i+2 == v || strings.HasPrefix(ws[i+2].tag, "NN")) {
				return false // "said January had been the worst", "said June salaries had not been paid": a date opens the verb's subject, or dates the cue
			}
			for j := i + 2; j < v; j++ {
				if (ws[j].tag == "DT" || ws[j].tag == "PRP$") && (strings.HasPrefix(ws[j-1].tag, "NN") || timeNouns[ws[j-1].low]) && npEnd(ws, j) == v {
					return false // "said on Monday the deal was off", "… his comments had": the verb has a subject of its own
				}
			}
			return skipReduced(ws, v) == i
		}
	}
	return false
}

// sitedWords say where a body is: "based in Jersey City, New Jersey".
var sitedWords = map[string]bool{"based": true, "headquartered": true, "located": true, "registered": true}

// ordinals rank an office among its holders: "first deputy chair", "second vice-president".
var ordinals = map[string]bool{"first": true, "second": true, "third": true}

// whoseBefore returns the index of the "whose" that opens the noun phrase starting at
// ws[s], over up to two modifiers the phrase left out ("whose first deputy chair"), or -1.
func whoseBefore(ws []word, s int) int {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if ws[k].low == "whose" {
			return k
		}
		if ws[k].punc || ws[k].cap {
			break
		}
	}
	return -1
}

// relativeAside returns where "who" or "which" stands when an aside between commas
// parts it from its verb at ws[v]: "Bret Stephens, who, after trading insults with the
// host, said …". The aside holds no finite verb of its own.
func relativeAside(ws []word, v int) (int, bool) {
	if v < 4 || ws[v-1].text != "," {
		return 0, false
	}
	for k := v - 2; k > 0 && k >= v-16; k-- {
		if ws[k].text != "," {
			if finiteVerb(ws[k:k+1]) || ws[k].punc && ws[k].text != "." {
				return 0, false
			}
			continue
		}
		if r := k - 1; ws[r].low == "who" || ws[r].low == "which" {
			return r, r >= 2 && ws[r-1].text == ","
		}
		return 0, false
	}
	return 0, false
}

// skipParen steps left over a parenthesis just before the verb: "Sen. Lindsey Graham
// (R-S.C.) told".
func skipParen(ws []word, i int) int {
	if i == 0 || ws[i-1].text != ")" {
		return i
	}
	for j := i - 2; j >= 0 && j > i-12; j-- {
		if ws[j].text == "(" {
			return skipBack(ws, j)
		}
	}
	return i
}

// skipParenAfter steps right over a parenthesis at ws[i]: "said Rep. G.K. Butterfield
// (D-N.C.), head of …".
func skipParenAfter(ws []word, i int) int {
	if i >= len(ws) || ws[i].text != "(" {
		return i
	}
	for j := i + 1; j < len(ws) && j < i+12; j++ {
		if ws[j].text == ")" {
			return j + 1
		}
	}
	return i
}

// dashAside finds an aside between dashes that ends just before ws[i] and returns the
// index of its opening dash.
func dashAside(ws []word, i int) (int, bool) {
	if i < 3 || !isDash(ws[i-1].text) && ws[i-1].text != "-" { // a spaced hyphen is a dash too
		return 0, false
	}
	for j := i - 2; j > 0 && j > i-32; j-- {
		if ws[j].text == ws[i-1].text {
			return j, !ws[j-1].punc
		}
		if ws[j].text == "." || ws[j].text == ";" || ws[j].text == ":" || isDash(ws[j].text) {
			return 0, false
		}
	}
	return 0, false
}

// apposition finds ", X ," ending just before ws[i], with no finite verb inside, and
// returns where X starts and the index of the first comma.
func apposition(ws []word, i int) (int, int, bool) {
	if i < 3 || ws[i-1].text != "," && !isDash(ws[i-1].text) {
		return 0, 0, false
	}
	for j := i - 2; j > 0 && j > i-32; j-- {
		if ws[j].text != "," {
			continue
		}
		if j == i-2 && !ws[j+1].cap && ws[j+1].tag != "CD" {
			return 0, 0, false
		}
		// "a former aide who accompanied her to Burma": a relative clause may hold verbs,
		// and so may a participle's aside ("Powell, asked whether a recession was coming,").
		// So may an adverbial clause with a gerund ("The governor, despite admitting that …,").
		// An adverb may come first: "Trump, later alleging that …,", "Sanders, after
		// initially saying he would not …,".
		f, g := j+1, j+2
		if ws[f].tag == "RB" && !ws[f].cap && f+1 < i-1 && (ws[f+1].tag == "VBG" || ws[f+1].tag == "VBN") {
			f++
		}
		if g+1 < i-1 && ws[g].tag == "RB" && ws[g+1].tag == "VBG" {
			g++
		}
		relative := ws[f].tag == "VBN" || ws[f].tag == "VBG" || ws[j+1].tag == "VBD" && j+2 < i && (ws[j+2].tag == "IN" || ws[j+2].tag == "TO" || strings.HasPrefix(ws[j+2].tag, "W")) ||
			ws[j+1].tag == "IN" && g < i && ws[g].tag == "VBG"
		for k, w := range ws[j+1 : i-1] {
			if w.low == "who" || w.low == "whom" || w.low == "which" || w.low == "whose" || w.low == "that" && k > 0 && strings.HasPrefix(ws[j+k].tag, "NN") {
				relative = true
			}
			// "a former United States ambassador to Russia": the tagger reads a noun after a
			// name, in a phrase with a determiner, as a verb.
			misread := (w.tag == "VBZ" || w.tag == "VBP") && k > 0 && ws[j+k].cap && (ws[j+1].tag == "DT" || ws[j+1].tag == "PRP$") && j+k+2 < i && (ws[j+k+2].tag == "TO" || ws[j+k+2].tag == "IN")
			// "a super PAC allied with House leadership": a participle after the noun it
			// describes, read as a past tense.
			reduced := w.tag == "VBD" && k > 0 && strings.HasPrefix(ws[j+k].tag, "NN") && (ws[j+1].tag == "DT" || ws[j+1].tag == "PRP$") && j+k+2 < i && (ws[j+k+2].tag == "IN" || ws[j+k+2].low == "by")
			// "Dolores M Troiani": a capitalised word before another is a given name the
			// tagger read as a verb for its "-s".
			given := k == 0 && w.cap && j+2 < i-1 && ws[j+2].cap && !ws[j+2].punc
			misread = misread || reduced || given
			if !relative && !misread && (w.punc && !strings.Contains(".-()/&", w.text) && !isDash(w.text) || w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD" || relatives[w.low]) {
				return 0, 0, false
			}
		}
		if j >= 3 && ws[j-1].tag == "CD" && ws[j-2].text == "," {
			return j + 1, j - 2, true // "Jane Doe, 45, a former minister, said": an age first
		}
		for k := j - 1; k > 0 && k > i-32; k-- {
			if ws[k].punc && ws[k].text != "," {
				break
			}
			if ws[k].text == "," && (ws[k+1].low == "who" || ws[k+1].low == "which" || ws[k+1].low == "whose") {
				return k + 1, k, true // "Southcorp, whose brands include Penfolds, Rosemount and Lindemans,": a list ends the relative
			}
			if ws[k].text == "," && k+2 < j && sitedWords[ws[k+1].low] && (ws[k+2].low == "in" || ws[k+2].low == "at") && allCapitalised(ws[j+1:i-1]) {
				return k + 1, k, true // "Calloway, based in Jersey City, New Jersey,": the place goes on after its comma
			}
		}
		return j + 1, j, true
	}
	return 0, 0, false
}

// officeBeforeAside returns where an office opens when the phrase before ws[comma] is an
// aside on the body the office is of: "The head of the FNV, the largest union
// federation,". The office's head is a role, before its "of".
func (a *analyser) officeBeforeAside(ws []word, comma int) (int, bool) {
	r := npStart(ws, comma)
	if r < 3 || r >= comma || ws[r-1].text != "," || ws[r].tag != "DT" && !ws[r].poss {
		return 0, false
	}
	p := extendPP(ws, npStart(ws, r-1))
	if p >= r-1 || p > 0 && !ws[p-1].punc {
		return 0, false
	}
	for o := p + 1; o < r-1; o++ {
		if ws[o].low == "of" {
			return p, a.lx.roleWord(ws[o-1].low) && ws[r-2].cap
		}
	}
	return 0, false
}

// namesBody reports whether the name at ws[s] follows a comma after a common noun for a
// body, and so names that body: "the Vatican's official newspaper, L'Osservatore Romano".
func namesBody(ws []word, s int) bool {
	if s < 2 || ws[s-1].text != "," {
		return false
	}
	h := ws[s-2]
	if h.cap || !strings.HasPrefix(h.tag, "NN") {
		return false
	}
	if k, ok := speakerNoun(h.low); !ok || k != claims.Organisation {
		return false
	}
	// The noun stands in an aside after a name: "Vian, the editor of the Vatican's
	// newspaper, …", not "On the Democratic side, Mrs. Clinton …".
	for k := s - 3; k > 0 && k > s-16; k-- {
		if ws[k].text == "," {
			return ws[k-1].cap && !ws[k-1].punc && !timeNouns[ws[k-1].low] && !months[ws[k-1].low] // not "On Sunday, the president's chief of staff, …"
		}
		if ws[k].punc || finiteVerb(ws[k:k+1]) {
			return false
		}
	}
	return false
}

// named reports whether sp is someone in particular: a person, or an organisation or group
// with a capitalised name.
func named(sp claims.Speaker) bool {
	if sp.Kind == claims.Person {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sp.Name)
	return unicode.IsUpper(r)
}
