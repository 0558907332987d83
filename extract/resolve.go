// This file reads a phrase as the speaker of a cue, resolving pronouns against the
// speakers the document has met ("she" after a woman, "it" after a body, "I" outside a
// quotation as the author), and remembers the subjects of sentences that hold no claim.

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// speakerAt reads the noun phrase ws[i:j] as a speaker.
func (a *analyser) speakerAt(ws []word, i, j int) (claims.Speaker, claims.Span, bool) {
	return a.speakerOf(ws, i, j, false)
}

// cueSpeakerAt reads ws[i:j] as the speaker of cue c. After a plain verb of saying or a
// cue of evidence any noun can be the source ("…, one slide says", "video of the incident
// shows"); after any other cue, only a speaker the lexicon can read: a name, a role, a
// speaker noun or a pronoun.
func (a *analyser) cueSpeakerAt(c cueHit, ws []word, i, j int) (claims.Speaker, claims.Span, bool) {
	that := c.end < len(ws) && ws[c.end].low == "that" && (c.entry.class == cueSpeech || c.entry.class == cueWeak)
	return a.speakerOf(ws, i, j, that || c.entry.lemma == "say" || c.entry.lemma == "tell" || c.entry.class == cueEvidence || c.lexClass == cueEvidence)
}

func (a *analyser) speakerOf(ws []word, i, j int, anyNoun bool) (claims.Speaker, claims.Span, bool) {
	if i >= j {
		return claims.Speaker{}, claims.Span{}, false
	}
	for k := i + 1; k+3 < j; k++ {
		if ws[k].text == "(" && ws[k+2].text == ")" && ws[k+3].tag == "IN" && !ws[k+3].cap {
			j = k // "the Project and Contract Office (PCO) in Baghdad": the body before its initials
			break
		}
	}
	m, ok := a.lx.readMention(ws[i:j])
	if h := ws[j-1]; !ok && anyNoun && strings.HasPrefix(h.tag, "NN") && !timeNouns[h.low] && !speechEvents[h.low] {
		k := i
		for k < j-1 && determiners[ws[k].low] {
			k++
		}
		m = mention{span: claims.Span{Start: ws[i].span.Start, End: h.span.End}, text: joinText(ws[i:j]), name: joinText(ws[k:j]), kind: claims.Organisation}
		if h.tag == "NNS" {
			m.kind = claims.Group // "fewer publications" are a "they", not an "it"
		}
		ok = true
	}
	if !ok {
		return claims.Speaker{}, claims.Span{}, false
	}
	if m.pronoun == "described" && j+1 < len(ws) && ws[j].text == "," && ws[j+1].low == "which" {
		// "The Hindu, which also covered the session,": "which" is no person's, so "The
		// Hindu" is a name, not "the Spaniard" describing someone.
		m.kind, m.pronoun = claims.Organisation, ""
	}
	sp, ok := a.resolve(m, ws, i)
	if ok && i == 0 && a.noName(ws, j, sp) {
		return claims.Speaker{}, claims.Span{}, false
	}
	if ok && (ws[i].low == "its" || ws[i].low == "their") && sp.Kind == claims.Anonymous && sp.Affiliation == "" && m.roleKey != "" {
		// "The Federal Reserve held rates. Its chairman said …": the body met before.
		if org := a.lastOrg; org != nil && org.Kind == claims.Organisation {
			sp.Affiliation = org.Name
			sp.Name = sp.Name + " of " + org.Name
		}
	}
	if m.kind == claims.Person && m.role == "" && m.pronoun == "" {
		// "a Bloomberg interview Trump": a common noun before a name with no title is no
		// part of the mention.
		for k := j - 1; k > i && ws[k].cap; k-- {
			if p := ws[k-1]; !p.cap && !p.poss && (p.tag == "NN" || p.tag == "NNS") {
				i = k
				break
			}
		}
	}
	return sp, claims.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, ok
}

// speechEvents are occasions of speech, which say nothing themselves: "the question
// asked whether …" is an interviewer's, "the interview said" no one's.
var speechEvents = map[string]bool{"question": true, "questions": true, "interview": true, "interviews": true, "conversation": true, "query": true, "questioning": true}

// noName reports whether ws[:j], opening a sentence and read as the person sp, is one
// word that names no one: a word the article writes in lower case and capitalises only to
// open a sentence ("Preys on our fears, and calls …", "The Latest: …"), or a verb before
// its object ("Get those jokes off, adding …").
func (a *analyser) noName(ws []word, j int, sp claims.Speaker) bool {
	k := j - 1
	if k != 0 && (k != 1 || ws[0].low != "the") || !ws[k].cap || sp.Kind != claims.Person || sp.Name != ws[k].text {
		return false
	}
	return a.commonInText(ws[k]) || k == 0 && j < len(ws) && objectOpeners[ws[j].low]
}

// objectOpeners open a noun phrase that, straight after a sentence's first word, is its
// object: "Get those jokes off". Not "this" or "that": "Airbus this week announced".
var objectOpeners = map[string]bool{"the": true, "a": true, "an": true, "those": true, "these": true, "his": true, "her": true, "their": true, "our": true, "your": true, "my": true, "its": true}

// commonInText reports whether the text writes w in lower case and never capitalises it
// inside a sentence: "get", but not "Orange", which is also a colour.
func (a *analyser) commonInText(w word) bool {
	if a.lowered == nil {
		a.lowered, a.namedMid = map[string]bool{}, map[string]bool{}
		isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '-' }
		lowerEnd := -1 // where the last word in lower case ended
		for i := 0; i < len(a.text); {
			r, n := utf8.DecodeRuneInString(a.text[i:])
			if !isWord(r) {
				i += n
				continue
			}
			e := i + n
			for e < len(a.text) {
				r2, n2 := utf8.DecodeRuneInString(a.text[e:])
				if !isWord(r2) {
					break
				}
				e += n2
			}
			f := a.text[i:e]
			if unicode.IsLower(r) {
				a.lowered[f] = true
				lowerEnd = e
			} else if lowerEnd >= 0 && strings.Trim(a.text[lowerEnd:i], " ,") == "" {
				a.namedMid[strings.ToLower(f)] = true // "sue Orange", "against Orange,"
			}
			i = e
		}
	}
	return a.lowered[w.low] && !a.namedMid[w.low]
}

// resolve turns a mention into a speaker, reading pronouns against the speakers met.
func (a *analyser) resolve(m mention, ws []word, at int) (claims.Speaker, bool) {
	if m.pronoun != "" {
		var sp *claims.Speaker
		switch m.pronoun {
		case "i", "we":
			if a.interviewee != nil {
				// After an interviewer's "Q:", the first person is the one who answers.
				return *a.interviewee, true
			}
			// Outside a quotation the first person is whoever wrote the document.
			return claims.Speaker{Name: "the author", Kind: claims.Author}, true
		case "he", "she", "his", "her":
			want := byte('m')
			if m.pronoun == "she" || m.pronoun == "her" {
				want = 'f'
			}
			if at >= 2 && ws[at-1].low == "which" && ws[at-2].low == "in" {
				// "a statement issued by returning officer Siobhán Mulcahy, in which she
				// said …": the statement's maker, named just before.
				if n, pos, ok := a.people.before(ws[at-2].span.Start); ok && pos >= ws[0].span.Start && ws[at-2].span.Start-pos < 120 && strings.Contains(a.text[max(ws[0].span.Start, pos-40):pos], " by ") {
					if g := a.sex[n.name]; g == 0 || g == want {
						s := claims.Speaker{Name: n.name, Kind: claims.Person, Role: n.role, Affiliation: n.country}
						sp = &s
					}
				}
			}
			// A person named earlier in the same sentence, as its subject: "James Ford
			// pleaded guilty … had he denied the charge". Not a name inside the quotation
			// the pronoun closes: "“Everyone backs Smith,” he added" is not Smith's.
			// The nearest such subject of the pronoun's sex: "Comey recommended no charges
			// against Mrs. Clinton, but he called …" is Comey.
			for end, nearest := ws[at].span.Start, true; sp == nil; nearest = false {
				n, pos, ok := a.people.before(end)
				if !ok || pos < ws[0].span.Start {
					break
				}
				k := wordAt(ws, pos)
				if r, ok := a.ownedRole(ws, k, at, want); ok && (nearest || opensSubject(ws, k)) && !insideQuote(a.text[pos:ws[at].span.Start]) {
					sp = &r // "Fresno County's health officer walked back her statement": the officer's
				} else if g := a.sex[n.name]; subjectAt(ws, k) && !objectOfPreposition(ws, k) && (nearest || opensSubject(ws, k)) && !insideQuote(a.text[pos:ws[at].span.Start]) && (g == 0 || g == want) {
					s := claims.Speaker{Name: n.name, Kind: claims.Person, Role: n.role, Affiliation: n.country}
					sp = &s
				}
				end = pos
			}
			// A pronoun that opens a fronted clause stands for the subject of the main
			// clause after it: "In November, when he surprised MPs by announcing it, Mr
			// Johnson said …".
			if n, ok := a.cataphor(ws, at); sp == nil && ok {
				if g := a.sex[n.name]; g == 0 || g == want {
					s := claims.Speaker{Name: n.name, Kind: claims.Person, Role: n.role, Affiliation: n.country}
					sp = &s
				}
			}
			// An unnamed speaker of this sentence's last claim: "The health minister said …,
			// though she admitted …".
			if n := len(a.out); sp == nil && n > 0 {
				// Not the subject of what a tag after a comma reports: "The governor believes
				// …, she said".
				if last := a.out[n-1]; last.speaker.Kind == claims.Anonymous && last.speaker.Role != "" && last.source.Start >= ws[0].span.Start && last.source.End <= ws[at].span.Start && !(last.content.End <= ws[at].span.Start && strings.TrimSpace(a.text[last.content.End:ws[at].span.Start]) == ",") {
					if g := sexOf(last.source.In(a.text), last.speaker.Role); g == 0 || g == want {
						s := last.speaker
						sp = &s
					}
				}
			}
			// The last person met whom the text does not give the other sex: "Ms Smith
			// said …. Mr Brown said …. She said …" is Ms Smith.
			for k := len(a.persons) - 1; k >= 0 && sp == nil; k-- {
				if g := a.sex[a.persons[k].Name]; g == 0 || g == want {
					sp = &a.persons[k]
					if k < len(a.persons)-1 && g == 0 {
						a.learnSex(sp.Name, want) // chosen over someone of the other sex
					}
				}
			}
			// With no person of the pronoun's sex met, the unnamed office this sentence opens
			// with, whose claim is read after the pronoun's, outside a quotation: "The port's
			// chief engineer clarified …, a day after he told …".
			if sp == nil {
				sb, se := subjectNP(ws, subjectStart(ws))
				if sb < se && se < at && !insideQuote(a.text[ws[sb].span.Start:ws[at].span.Start]) && ws[sb].tag != "PRP" && (strings.HasPrefix(ws[se].tag, "VB") || ws[se].tag == "MD") {
					if r, src, ok := a.speakerAt(ws, sb, se); ok && roleOnly(r) {
						if g := sexOf(src.In(a.text), r.Role); g == 0 || g == want {
							sp = &r
						}
					}
				}
			}
			if sp == nil && len(a.persons) == 0 {
				// No speaker yet: the person last named before the pronoun.
				if n, _, ok := a.people.before(ws[at].span.Start); ok {
					s := claims.Speaker{Name: n.name, Kind: claims.Person, Role: n.role, Affiliation: n.country}
					sp = &s
				}
			}
		case "described":
			// "said the 46-year-old", "the Spaniard told": the last person met, of either sex.
			if len(a.persons) > 0 {
				sp = &a.persons[len(a.persons)-1]
			} else if w := m.text[strings.IndexByte(m.text, ' ')+1:]; unicode.IsUpper(rune(w[0])) {
				return claims.Speaker{Name: w, Kind: claims.Person}, true // "The Scot said", naming no one before
			}
		case "they", "their":
			sp = a.lastGroup
			if sp == nil {
				sp = a.lastOrg
			}
		case "it":
			if org, ok := a.orgBefore(ws, at); ok {
				return org, true
			}
			sp = a.lastOrg
		}
		if sp == nil {
			return claims.Speaker{}, false
		}
		return *sp, true
	}
	sp := a.people.speaker(m)
	if sp.Affiliation == "" && (sp.Kind == claims.Person || sp.Kind == claims.Anonymous || sp.Kind == claims.Organisation && !properName(sp.Name)) {
		// "the agency's spokesman", "the agency's safety committee" speak for the agency
		text := m.text
		if o := a.people.possessorOf(sp.Name); o != "" {
			text = o + "'s " + text
		}
		if b, ok := a.possessorBody(text); ok {
			sp.Affiliation = b // "the ministry's spokeswoman, Agnieszka Pawlak," speaks for the ministry
		}
	}
	if last := len(a.persons) - 1; m.epithet && sp.Kind == claims.Anonymous && last >= 0 && !a.otherBody(sp, a.persons[last]) {
		// "the British actor" no one else is: the person last met, as "the Spaniard" is.
		return withAlias(a.persons[last], m.text), true
	}
	if p, ok := a.ledePerson(m, sp); ok {
		return withAlias(p, m.text), true
	}
	if m.desc != "" && sp.Kind == claims.Organisation {
		if a.descs == nil {
			a.descs = map[string]string{}
		}
		a.descs[sp.Name] = m.desc
	}
	if b, ok := a.bodyFor(m, sp, ws, at, wordEnd(ws, m.span.End)); ok {
		return b, true
	}
	return sp, sp.Name != ""
}

// possessorBody returns the body a common noun in the possessive names in a mention's
// text ("the ministry's", "the club's"): the last body met whose name holds that noun,
// or else one of that sort a recent speaker is or works for.
func (a *analyser) possessorBody(text string) (string, bool) {
	for _, w := range strings.Fields(text) {
		n, ok := strings.CutSuffix(w, "'s")
		if !ok {
			n, ok = strings.CutSuffix(w, "’s")
		}
		if !ok || n == "" || unicode.IsUpper(rune(n[0])) {
			continue
		}
		if _, body := bodyClass(n); !body {
			continue
		}
		for k := len(a.bodies) - 1; k >= 0; k-- {
			if slices.Contains(strings.Fields(strings.ToLower(a.bodies[k].sp.Name)), n) {
				return a.bodies[k].sp.Name, true
			}
		}
		for k := len(a.out) - 1; k >= 0; k-- {
			if sp := a.out[k].speaker; sp.Kind == claims.Organisation && slices.Contains(strings.Fields(strings.ToLower(sp.Name)), n) {
				return sp.Name, true // a body that spoke, named in lower case: "Poland's education ministry"
			}
		}
		// "The club's sporting director" after "Al Sadeem chairman Khalid Al Marri": the
		// last body met in this paragraph or the one before as a speaker, or as the
		// employer of a speaker who runs it ("Acme chief"), speaks for it or has no role
		// told, if it is of that sort.
		for k := len(a.out) - 1; k >= 0 && a.out[k].unit < len(a.units) && a.units[a.out[k].unit].para >= a.para-1; k-- {
			sp := a.out[k].speaker
			name := sp.Affiliation
			if sp.Kind == claims.Organisation {
				name = sp.Name
			} else if h := roleHead(strings.ToLower(sp.Role)); sp.Role != "" && !runsBody(sp.Role) && !spokesRoles[h] && h != "chief" && h != "boss" {
				continue // "Unite official Jo Bell": a critic's body is not "the company"
			}
			if name == "" || !properName(name) {
				continue
			}
			b := focusBody{sp: claims.Speaker{Name: name, Kind: claims.Organisation}}
			b.class = a.classOf(b.sp, a.descs[name])
			if fits(n, b) {
				return name, true
			}
			break
		}
		return "", false
	}
	return "", false
}

// insideQuote reports whether the text s, which runs from a word to a later one, closes
// a quotation the first word stands in: it holds an odd number of double quote marks.
func insideQuote(s string) bool {
	n := 0
	for _, r := range s {
		if r == '"' || r == '“' || r == '”' {
			n++
		}
	}
	return n%2 == 1
}

// ledePerson resolves a title that the document gives no one, read as the unnamed sp, to
// the person its lede named without a title: "Jane Roe has apologised to MPs … The home
// secretary confirmed the review …". Only in the two paragraphs after, where news gives
// the title of the person it has just named; a source noun ("the official") stays a
// source.
func (a *analyser) ledePerson(m mention, sp claims.Speaker) (claims.Speaker, bool) {
	if !m.def || m.indef || m.roleKey == "" || m.name != "" || sp.Kind != claims.Anonymous || a.lede == nil || a.para > a.ledePara+2 {
		return claims.Speaker{}, false
	}
	if _, title := a.lx.roles[m.roleKey]; !title || formerRole(m.role) || shadow(m.role) {
		return claims.Speaker{}, false // "the donor", "the former chancellor"
	}
	if _, source := a.lx.speakers[roleHead(m.roleKey)]; source || pressRoles[roleHead(m.roleKey)] {
		return claims.Speaker{}, false // "the editor of the Gazette" reports on the lede's person
	}
	p := *a.lede
	if p.Kind != claims.Person || p.Role != "" || !strings.Contains(p.Name, " ") || knownPlural(strings.ToLower(lastField(p.Name))) || strings.ToUpper(p.Name) == p.Name {
		return claims.Speaker{}, false
	}
	if strings.HasSuffix(p.Name, "s") && (strings.Contains(a.text, "the "+p.Name) || strings.Contains(a.text, "The "+p.Name)) {
		return claims.Speaker{}, false // "Lib Dems stress …" in a headline, "say the Lib Dems" below: no person
	}
	if g, want := a.sex[p.Name], sexOf(m.text, m.role); g != 0 && want != 0 && g != want {
		return claims.Speaker{}, false
	}
	if a.otherBody(sp, p) {
		return claims.Speaker{}, false // "the Vermont senator" is not a Democrat the lede named
	}
	if a.ledeTitle != "" && a.ledeTitle != roleHead(m.roleKey) {
		return claims.Speaker{}, false // "the Tory leader" is not also "the prime minister"
	}
	a.ledeTitle = roleHead(m.roleKey)
	return p, true
}

// pressRoles are the offices of those who report the news, not those it is about.
var pressRoles = map[string]bool{"editor": true, "correspondent": true, "columnist": true, "reporter": true, "journalist": true}

// otherBody reports whether the description read as d says whom it serves, and the person
// p is known to serve another: "the French president" is not an American, "the Vermont
// senator" not a Democrat. Two parties may be one under two names ("Tory", "Conservative").
func (a *analyser) otherBody(d, p claims.Speaker) bool {
	x, y := strings.ToLower(d.Affiliation), strings.ToLower(p.Affiliation)
	return x != "" && y != "" && x != y && !(a.lx.parties[x] && a.lx.parties[y])
}

// opensSubject reports whether the name whose last word is ws[k] opens the sentence, an
// apposition or follows its title: "James Comey, …", "the director, James Comey, …",
// "former president Nelson Mandela", not "at Belmarsh Prison," or "believes Mourinho".
func opensSubject(ws []word, k int) bool {
	for k > 0 && ws[k-1].cap && !ws[k-1].punc {
		k-- // to the name's first word
	}
	return k == 0 || ws[k-1].text == "," || determiners[ws[k-1].low] || ws[k-1].poss || !ws[k-1].cap && strings.HasPrefix(ws[k-1].tag, "NN")
}

// describedPersonFirst names the person a lede describes before naming them: "Ebbers
// was involved in the fraud, his closest associate has told a court. Giving evidence,
// ex-finance chief Scott Sullivan implicated …". A speaker of the lede that is an unnamed
// person ("a former aide", "his closest associate"), not a source ("an official"),
// becomes the first person named in full in the next paragraph, as a speaker or a
// subject, whom the title and the lede do not name.
func (a *analyser) describedPersonFirst(units []unit) {
	lede := ledeParagraph(units)
	if lede < 0 {
		return
	}
	a.headOfBodyFirst(units, lede)
	a.possessedRoleFirst(units, lede)
	var head claims.Span // the title and the lede
	for _, u := range units {
		if u.para <= lede {
			head.End = u.span.End
		}
	}
	named := func(sp claims.Speaker) bool {
		last := strings.ToLower(surname(sp.Name))
		return strings.Contains(strings.ToLower(head.In(a.text)), last) || knownPlural(last) // "Qwest Communications" is no person
	}
	var next *claims.Speaker
	var nextAt claims.Span // where next is named
	at := -1
	var quoted *claims.Speaker // the next person who speaks, and the sentence they speak in
	var nextUnit claims.Span
	for i := range a.out {
		if sp := a.out[i].speaker; units[a.out[i].unit].para == lede+1 && sp.Kind == claims.Person && strings.Contains(sp.Name, " ") && !named(sp) {
			next, at, nextUnit, nextAt = &a.out[i].speaker, a.out[i].source.Start, units[a.out[i].unit].span, a.out[i].source
			quoted = next
			break
		}
	}
	for i, s := range a.subjects {
		if s.para == lede+1 && strings.Contains(s.sp.Name, " ") && !named(s.sp) && (at < 0 || s.src.Start < at) {
			next, nextAt = &a.subjects[i].sp, a.subjects[i].src
			break
		}
	}
	if next == nil {
		return
	}
	role := a.roleOf(*next, nextAt)
	held := heldRole(role)
	for i := range a.out {
		at := &a.out[i]
		if units[at.unit].para != lede {
			continue
		}
		d, src := at.speaker, strings.ToLower(at.source.In(a.text))
		r := roleHead(strings.ToLower(d.Name)) // the head noun: "associate" in "closest associate", "leader" in "leader of one of …"
		f, _, _ := strings.Cut(src, " ")
		if d.Kind == claims.Anonymous && d.Role != "" && !spokesRoles[r] && !documentNouns[r] {
			// "the Bank of Korea's second-highest official": an office of a body named in
			// the description, held by the next person named, of that body or of none said.
			owner := ""
			if o, _, ok := strings.Cut(d.Name, "’s "); ok && f == "the" {
				owner = o // the name joins a possessive as "’s"
			}
			if owner != "" && !strings.Contains(owner, " of the ") && (next.Affiliation == "" || sameBodyWords(owner, next.Affiliation)) && properName(owner) {
				a.aliasAnonymous(units, d.Name, *next, lede, lede) // and the lede's "he" that stands for it
				continue
			}
		}
		head := r
		if d.Role != "" {
			head = roleHead(strings.ToLower(d.Role))
		}
		if _, source := a.lx.speakers[head]; source && quoted != nil && d.Kind == claims.Anonymous && (f == "a" || f == "an") && !spokesRoles[head] && at.cue.Start > at.source.Start && sharesBodyName(a.text[at.source.Start:at.cue.Start], nextUnit.In(a.text)) {
			// "A top official of the Directorate General of Health Services (DGHS)
			// backtracked … “…,” Dr Jane Roe, director of the DGHS, told reporters": an
			// official of the body whose named officer speaks next. So are the lede's other
			// words of that official ("his claim that …").
			a.aliasAnonymous(units, d.Name, *quoted, lede, lede)
			continue
		}
		if _, source := a.lx.speakers[r]; d.Kind != claims.Anonymous || d.Role == "" || source || spokesRoles[r] || documentNouns[r] {
			continue
		}
		if k, ok := speakerNoun(r); (!a.lx.roleWord(r) || roleModifiers[r]) && (!ok || k != claims.Person) {
			continue // "a new poll", "a new MPs' report": no person
		}
		if _, body := bodyClass(r); body {
			continue // "a fish sauce producer": a business, not the official named next
		}
		if voiceNouns[head] && held != "" && !voiceNouns[held] {
			continue // "a lawyer for the family" is not "Police Chief Raymond Hollis", named next
		}
		switch {
		case f == "a" || f == "an" || f == "his" || f == "her" || f == "their",
			f == "the" && (strings.Contains(src, " of one of ") || strings.Contains(src, " of a ") || strings.Contains(src, " of an ")) && bodyOfKind(next.Affiliation, src),
			f == "its" && role != "" && held == head,
			f == "the" && sameOwner(src, role) && held == head,
			f == "the" && role == "" && next.Affiliation == "" && next == quoted && capitalsIn(d.Name, nextUnit.In(a.text)):
			// "The leader of one of England's largest unions": of a body the lede leaves
			// unnamed. "its athletic director" of the body in the lede, whose athletic
			// director is named next; so "the airport's director" of "Denise Okafor, the
			// airport's executive director". "The Electoral Commissioner has walked back …"
			// is the one the next paragraph names as speaking with no other role, in a
			// sentence that names the office ("the Office of the Electoral Commissioner").
			a.aliasAnonymous(units, d.Name, *next, lede, lede)
		}
	}
}

// roleOf returns the role of the person sp, named at src: sp's own, or the apposition
// after the name, which a response's speaker does not carry yet: "Ken Ambler, the athletic
// director at Harlow College, backtracked …".
func (a *analyser) roleOf(sp claims.Speaker, src claims.Span) string {
	if sp.Role != "" || src.Len() == 0 {
		return sp.Role
	}
	rest := a.text[src.End:min(len(a.text), src.End+120)]
	for _, det := range []string{", the ", ", a ", ", an "} {
		if strings.HasPrefix(rest, det) {
			r := rest[2:] // with its determiner: "the airport's executive director"
			if i := strings.IndexAny(r, ",.\n"); i > 0 {
				return r[:i]
			}
		}
	}
	return ""
}

// bodyOfKind reports whether the body named aff is of the kind the description d ends
// with, or shares a word of it: "Nursing Staff Union" of "… nursing unions",
// "Association of Classroom Teachers" of "… teachers' unions".
func bodyOfKind(aff, d string) bool {
	aff = strings.ToLower(aff)
	words := strings.Fields(strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(d)))
	if aff == "" || len(words) == 0 {
		return false
	}
	if strings.HasSuffix(aff, " "+strings.TrimSuffix(words[len(words)-1], "s")) {
		return true
	}
	for _, w := range words[:len(words)-1] {
		if len(w) > 3 && !functionWords[w] && slices.Contains(strings.Fields(aff), w) {
			return true
		}
	}
	return false
}

// sameOwner reports whether the description d and the role r are owned by one common
// noun: "the airport's director" and "the airport's executive director".
func sameOwner(d, r string) bool {
	flat := strings.NewReplacer("’", "'")
	d, r = flat.Replace(strings.ToLower(d)), flat.Replace(strings.ToLower(r))
	o, _, ok := strings.Cut(d, "'s ")
	return ok && len(strings.Fields(o)) == 2 && strings.HasPrefix(r, o+"'s ")
}

// heldRole returns the head of a person's role, without the body it is held at or
// for: "director" of "the athletic director at Harlow College".
func heldRole(role string) string {
	role = strings.ToLower(role)
	for _, sep := range []string{" at ", " for ", " with "} {
		role, _, _ = strings.Cut(role, sep)
	}
	return roleHead(role)
}

// possessedRoleFirst names the person the lede gives by a role owned by a pronoun, "her
// lawyer", "his agent", when the text later names someone under that role or a synonym
// of it with the same owner: "an account her lawyer rejected … Her attorney, Mitchell
// Oduya, told Newsweek …".
func (a *analyser) possessedRoleFirst(units []unit, lede int) {
	for i := range a.out {
		at := &a.out[i]
		if units[at.unit].para > lede {
			return
		}
		d := at.speaker
		if d.Kind != claims.Anonymous {
			continue
		}
		f := strings.Fields(strings.ToLower(at.source.In(a.text)))
		if len(f) >= 3 && len(f) <= 4 && f[0] == "the" && possessiveNoun(f[1]) && d.Role != "" {
			a.ownedRoleFirst(units, lede, i, f[1], strings.Join(f[2:], " "))
			continue
		}
		if len(f) != 2 || !possessives[f[0]] || !a.lx.roleWord(f[1]) {
			continue
		}
		for j := i + 1; j < len(a.out); j++ {
			o := a.out[j]
			if units[o.unit].para > lede+5 {
				continue // far below, another's lawyer may be meant (the list is not in text order)
			}
			if units[o.unit].para <= lede || o.speaker.Kind != claims.Person || !strings.Contains(o.speaker.Name, " ") {
				continue
			}
			u := units[o.unit].span
			if o.source.Start < u.Start || o.source.Start > u.End {
				continue // a speaker met in another sentence
			}
			g := strings.Fields(strings.ToLower(strings.TrimRight(a.text[u.Start:o.source.Start], ", ")))
			if n := len(g); n >= 2 && g[n-2] == f[0] && (g[n-1] == f[1] || wordnet.Synonyms(g[n-1], f[1], wordnet.Noun)) {
				a.aliasAnonymous(units, d.Name, o.speaker, 0, lede)
				break
			}
		}
	}
}

// ownedRoleFirst names the person the lede's i-th attribution gives by a role its
// owner's noun holds, "the port's top executive", when a person named in the next five
// paragraphs holds that role or one its head, synonym or, for a "top" or "chief"
// description, the office that runs the body, at the same owner: "said Marisol
// Etxeberria, the port's executive director".
func (a *analyser) ownedRoleFirst(units []unit, lede, i int, owner, role string) {
	head := roleHead(role)
	top := strings.HasPrefix(role, "top ") || strings.HasPrefix(role, "chief ") || role == "boss" || role == "head"
	at := "the " + strings.ReplaceAll(owner, "’", "'") + " "
	for j := i + 1; j < len(a.out); j++ {
		o := a.out[j]
		if units[o.unit].para > lede+5 {
			continue
		}
		if units[o.unit].para <= lede || o.speaker.Kind != claims.Person || !strings.Contains(o.speaker.Name, " ") {
			continue
		}
		r, ok := strings.CutPrefix(strings.ReplaceAll(strings.ToLower(o.speaker.Role), "’", "'"), at)
		if !ok {
			continue
		}
		if h := roleHead(r); h == head || wordnet.Synonyms(h, head, wordnet.Noun) || top && runsBody(r) {
			a.aliasAnonymous(units, a.out[i].speaker.Name, o.speaker, 0, lede)
			return
		}
	}
	// Else the one person of the next paragraphs who holds that office at a body the text
	// names, which the owner's noun may stand for: "The hospital's chief executive pushed
	// back … Daniel Hoversten, president and CEO of North Ridge Health, said …"; not
	// "the union's chief executive".
	noun := strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s")
	holder := -1
	for j := i + 1; j < len(a.out); j++ {
		o := a.out[j]
		if units[o.unit].para <= lede || units[o.unit].para > lede+5 || o.speaker.Kind != claims.Person || !strings.Contains(o.speaker.Name, " ") || o.speaker.Affiliation == "" || !a.lx.sameRoleHead(o.speaker.Role, role) {
			continue
		}
		if body := (claims.Speaker{Name: o.speaker.Affiliation}); !fits(noun, focusBody{sp: body, class: a.classOf(body, "")}) {
			continue
		}
		if holder >= 0 && a.out[holder].speaker.Name != o.speaker.Name {
			holder = -2
			break
		}
		holder = j
	}
	if holder >= 0 {
		a.aliasAnonymous(units, a.out[i].speaker.Name, a.out[holder].speaker, 0, lede)
		return
	}
	// Else the first speaker the next paragraph names in full, with no role or body of
	// their own: "… the regulator's executive director has told a committee. Niamh Ó
	// Broin told the committee on Wednesday that …".
	first := -1
	for j := range a.out {
		if units[a.out[j].unit].para == lede+1 && (first < 0 || a.out[j].source.Start < a.out[first].source.Start) {
			first = j
		}
	}
	if first < 0 {
		return
	}
	if o := a.out[first]; o.speaker.Kind == claims.Person && strings.Contains(o.speaker.Name, " ") && o.speaker.Role == "" && o.speaker.Affiliation == "" {
		a.aliasAnonymous(units, a.out[i].speaker.Name, o.speaker, 0, lede)
	}
}

// possessiveNoun reports whether w is a noun in the possessive: "port's", "club’s".
func possessiveNoun(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// sharesBodyName reports whether desc, "an official of <body>" or "a <body>
// official", names its body by a capitalised word or initials that the sentence sent
// also writes capitalised.
func sharesBodyName(desc, sent string) bool {
	in := letterWords(sent)
	return slices.ContainsFunc(nameWords(desc), func(w string) bool { return slices.Contains(in, w) })
}

// capitalsIn reports whether desc has capitalised words and sent holds them all, as
// words: "Commissioner" is not in "Commissioners".
func capitalsIn(desc, sent string) bool {
	in := letterWords(sent)
	ws := nameWords(desc)
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(in, w) })
}

// nameWords returns the capitalised words of s that may name a body: not function
// words, times or words of fewer than three letters.
func nameWords(s string) []string {
	var out []string
	for _, w := range letterWords(s) {
		l := strings.ToLower(w)
		if len(w) >= 3 && unicode.IsUpper([]rune(w)[0]) && !functionWords[l] && !timeNouns[l] && !months[l] {
			out = append(out, w)
		}
	}
	return out
}

// letterWords splits s into its runs of letters and digits.
func letterWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// headOfBodyFirst names the holder of an office whom the lede gives by that office
// alone: "The chief executive of Harlow Water has apologised … Dr Simon Ashdown appeared
// before the committee …", "hours after the president of the union said … Gary Pell,
// president of Local 44, told …". The holder is, in the two paragraphs after, the first
// person named in full whom the document gives the same office; or else, for an office of
// a body the lede names, the first person named in full whom the lede neither names nor
// describes by another office ("the president of the union" is not the company's head).
func (a *analyser) headOfBodyFirst(units []unit, lede int) {
	taken := map[string]bool{}
	for _, at := range a.out {
		p := units[at.unit].para
		if p > lede {
			return
		}
		d, src := at.speaker, at.source.In(a.text)
		if d.Kind != claims.Anonymous || d.Role == "" || taken[d.Name] {
			continue
		}
		key := strings.ToLower(d.Role)
		for _, p := range []string{" of ", " in ", " at ", " for "} {
			if k, _, ok := strings.Cut(key, p); ok {
				key = k // "deputy minister in the same government"
			}
		}
		if _, title := a.lx.roles[key]; !title {
			key = roleHead(key)
		}
		if _, title := a.lx.roles[key]; !title || spokesRoles[roleHead(key)] {
			continue // "the spokesman for …" is a source
		}
		aliased := false
		if c := a.lx.roles[key]; c != "" && c != key {
			key, aliased = c, true // "the finance chief" holds the office of chief financial officer
		}
		var para claims.Span // the description's paragraph, and the end of the two after
		end := 0
		for _, u := range units {
			if u.para == p {
				if para.End == 0 {
					para.Start = u.span.Start
				}
				para.End = u.span.End
			}
			if u.para <= p+2 {
				end = u.span.End
			}
		}
		paraLow := strings.ToLower(para.In(a.text))
		var same, other *person
		for i := range a.people.list {
			n := &a.people.list[i]
			last := strings.ToLower(surname(n.name))
			if n.at < para.End || n.at >= end || !strings.Contains(n.name, " ") || strings.Contains(paraLow, last) || knownPlural(last) || taken[n.name] {
				continue
			}
			if otherPortfolio(d.Role, n.role) {
				continue // "the finance commissioner" is not "Transport commissioner Magnus Ekdahl"
			}
			if n.role != "" && deputyOf(strings.ToLower(d.Role)) != deputyOf(strings.ToLower(n.role)) {
				continue // "a deputy governor" is not Governor Lena Holm
			}
			switch r := a.officeOf(n); {
			case aliased && n.roleKey == key || !aliased && r == roleHead(key):
				if same == nil || n.at < same.at {
					same = n
				}
			case r != "" && (strings.Contains(paraLow, " "+r+" ") || strings.Contains(paraLow, " "+r+"'s ") || strings.Contains(paraLow, " "+r+"’s ")):
				// the lede gave this person another office
			default:
				if other == nil || n.at < other.at {
					other = n
				}
			}
		}
		holder := same
		if holder == nil && strings.HasPrefix(src, "The ") && a.ofNamedBody(at.source) {
			holder = other
		}
		if holder == nil {
			continue
		}
		taken[d.Name], taken[holder.name] = true, true
		a.aliasAnonymous(units, d.Name, claims.Speaker{Name: holder.name, Kind: claims.Person, Role: d.Role, Affiliation: holder.country}, p, p)
	}
}

// officeOf returns the head of the office the document gives person n, before the name or
// in an apposition after it: "president" for "Gary Pell, president of Local 44".
func (a *analyser) officeOf(n *person) string {
	if n.roleKey != "" {
		return roleHead(n.roleKey)
	}
	i := strings.Index(a.text[n.at:min(len(a.text), n.at+len(n.name)+80)], n.name)
	if i < 0 {
		return ""
	}
	rest, ok := strings.CutPrefix(a.text[n.at+i+len(n.name):min(len(a.text), n.at+i+len(n.name)+60)], ", ")
	if !ok {
		return ""
	}
	rest = strings.ToLower(rest)
	for _, d := range []string{"the ", "a ", "an "} {
		rest = strings.TrimPrefix(rest, d)
	}
	f := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' })
	for k := min(3, len(f)); k >= 1; k-- {
		if _, ok := a.lx.roles[strings.Join(f[:k], " ")]; ok {
			return roleHead(strings.Join(f[:k], " "))
		}
	}
	if len(f) > 1 && (f[1] == "for" || f[1] == "of" || f[1] == "at" || f[1] == "with") && strings.IndexFunc(f[0], func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
		return f[0] // "an organiser for the union"
	}
	return ""
}

// ofNamedBody reports whether the mention at src names a body: "The head of Brixham
// Motors", "The chief executive of NHS Clydeside", "Harlow Water's chairman".
// otherPortfolio reports whether two offices of one head name different portfolios:
// "finance commissioner" and "Transport commissioner", not "commissioner" and "Transport
// commissioner".
func otherPortfolio(key, role string) bool {
	qual := func(r string) []string {
		f := strings.Fields(strings.ToLower(r))
		var out []string
		for i, w := range f {
			if w = strings.TrimRight(w, ",;"); i < len(f)-1 && !roleModifiers[w] && !determiners[w] && !functionWords[w] && !connectors[w] {
				out = append(out, w)
			}
		}
		return out
	}
	a, b := qual(key), qual(role)
	if len(a) == 0 || len(b) == 0 || roleHead(strings.ToLower(key)) != roleHead(strings.ToLower(strings.TrimSpace(role))) {
		return false
	}
	return !slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
}

func (a *analyser) ofNamedBody(src claims.Span) bool {
	t := src.In(a.text)
	if i := strings.Index(t, " of "); i >= 0 && namedAfterOf(t[i+4:]) {
		return true
	}
	rest := a.text[src.End:min(len(a.text), src.End+40)]
	return strings.HasPrefix(rest, " of ") && namedAfterOf(rest[4:])
}

// namedAfterOf reports whether s, what follows "of", opens with a name: "Sahel
// Properties", "the Public Service Commission", "the state Public Service Commission".
func namedAfterOf(s string) bool {
	s = strings.TrimPrefix(s, "the ")
	if f := strings.Fields(s); len(f) > 1 && f[0] != "" && f[0][0] >= 'a' && f[0][0] <= 'z' && !functionWords[f[0]] {
		s = strings.TrimPrefix(s, f[0]+" ") // one modifier: "state", "national", "city"
	}
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// wordEnd returns the index of the first word of ws that ends after pos.
func wordEnd(ws []word, pos int) int {
	k := 0
	for k < len(ws) && ws[k].span.End <= pos {
		k++
	}
	return k
}

// ownedRole returns the holder of an office, of sex want or none given, when the name at
// ws[k] is its possessor in a subject that ends before ws[at]: "Fresno County's interim
// health officer". Not in an apposition: "David Axelrod, Barack Obama's adviser".
func (a *analyser) ownedRole(ws []word, k, at int, want byte) (claims.Speaker, bool) {
	for k > 0 && ws[k-1].tag == "NNP" && !ws[k-1].poss {
		k-- // "Marlow Borough's": the whole name, where only its last word is known
	}
	if k > 0 && ws[k-1].text == "," {
		return claims.Speaker{}, false
	}
	j := k
	for j < at && ws[j].cap && !ws[j].poss {
		j++
	}
	if j >= at || !ws[j].poss || !ws[j].cap {
		return claims.Speaker{}, false
	}
	e := j + 1 // over modifiers the tagger may read as verbs: "chief planning officer"
	for e < at && !ws[e].cap && (strings.HasPrefix(ws[e].tag, "NN") || ws[e].tag == "JJ" || ws[e].tag == "VBG" && e+1 < at && strings.HasPrefix(ws[e+1].tag, "NN")) {
		e++
	}
	if e == j+1 || !a.lx.roleWord(ws[e-1].low) || !subjectAt(ws, e-1) {
		return claims.Speaker{}, false
	}
	sp, _, ok := a.speakerAt(ws, k, e)
	g := sexOf("", sp.Role)
	return sp, ok && sp.Kind == claims.Anonymous && (g == 0 || g == want)
}

// cataphor returns the person named as the subject of the main clause when ws[at], a
// pronoun, is the subject of a clause that opens the sentence with a subordinator, alone
// or after a phrase and a comma: "When he took office, Mr Johnson said", "In November,
// after she had resigned, Ms Lane told". The pronoun points ahead to that subject.
func (a *analyser) cataphor(ws []word, at int) (person, bool) {
	s := at - 1
	if s < 0 || !subordinators[ws[s].low] && ws[s].low != "once" && ws[s].low != "if" {
		return person{}, false
	}
	if s > 0 && (ws[s-1].text != "," || finiteVerb(ws[:s-1]) || slices.ContainsFunc(ws[:s-1], func(w word) bool { return w.punc })) {
		return person{}, false
	}
	k := nextComma(ws, at)
	if k+1 >= len(ws) || ws[k].text != "," {
		return person{}, false
	}
	e := npEnd(ws, k+1)
	if e <= k+1 || e >= len(ws) || !subjectAt(ws, e-1) {
		return person{}, false
	}
	return a.people.within(ws[k+1].span.Start, ws[e-1].span.End)
}

// subjectAt reports whether the name ending at ws[k] is followed by its verb or by the
// comma of an apposition: a subject, not an object ("told Jones he would").
func subjectAt(ws []word, k int) bool {
	for k+1 < len(ws) && ws[k+1].cap && !ws[k+1].punc {
		k++ // to the name's last word
	}
	k = skipParenAfter(ws, k+1) - 1 // "Sen. Claire McCaskill (D-Mo.) scolded"
	name := k
	for k+1 < len(ws) && !ws[k+1].cap && (ws[k+1].tag == "RB" && !auxWords[ws[k+1].low] || timeNouns[ws[k+1].low] || ws[k+1].low == "on" && k+2 < len(ws) && timeNouns[ws[k+2].low]) {
		k++ // "Everton Marshall yesterday clarified", "Smith on Monday said"
		if ws[k].low == "on" {
			k++
		}
	}
	if k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	// An apposition's comma follows the name itself: not "who met Ian Bishop yesterday, said"
	return n.text == "," && k == name || strings.HasPrefix(n.tag, "VB") || n.tag == "MD" || auxWords[n.low]
}

// objectOfPreposition reports whether the name ending at ws[k] follows a preposition,
// over a determiner: "the independent member for the Loch Ness West, said" names a place, no
// subject a pronoun may stand for.
func objectOfPreposition(ws []word, k int) bool {
	e := k
	for e+1 < len(ws) && ws[e+1].cap && !ws[e+1].punc {
		e++ // to the name's last word
	}
	for k > 0 && ws[k-1].cap && !ws[k-1].punc {
		k-- // to the name's first word
	}
	if k > 0 && determiners[ws[k-1].low] {
		k--
	}
	// "After Koehler spoke, …" opens a clause: its name, with a verb after it, is that
	// clause's subject. Not "spoke after Kerr, and he said": there "after" is a preposition.
	clause := e+1 < len(ws) && (strings.HasPrefix(ws[e+1].tag, "VB") || ws[e+1].tag == "MD" || auxWords[ws[e+1].low])
	return k > 0 && (ws[k-1].tag == "IN" || ws[k-1].tag == "TO") && !ws[k-1].cap && !(clause && subordinators[ws[k-1].low])
}

// orgBefore finds the first organisation or place of the sentence before at, for "it":
// the subject, more often than the nearest place.
func (a *analyser) orgBefore(ws []word, at int) (claims.Speaker, bool) {
	// A body the sentence names as the subject of a verb, the nearest first: "… that the
	// Commission did not intend to …, as it had supported …".
	for e := at - 1; e > 0; e-- {
		if !ws[e].cap || ws[e].punc || e+1 < len(ws) && ws[e+1].cap && !ws[e+1].punc || !subjectAt(ws, e) || ws[e+1].text == "," {
			continue
		}
		s := e
		for s > 0 && (ws[s-1].cap && !ws[s-1].punc || connectors[ws[s-1].low] && s > 1 && ws[s-2].cap) {
			s--
		}
		if s == 0 || !determiners[ws[s-1].low] && !ws[s-1].punc || insideQuote(a.text[ws[s].span.Start:ws[at].span.Start]) {
			continue // "the Commission", not "told Barroso"; nor a body inside the quotation "it" closes
		}
		if m, ok := a.lx.readMention(ws[s : e+1]); ok && m.kind == claims.Organisation && m.pronoun == "" {
			return a.people.speaker(m), true
		}
	}
	for i := 0; i < at; i++ {
		if n, country, ok := a.lx.matchPlace(ws[i:]); ok && i+n <= at && !insideQuote(a.text[ws[i].span.Start:ws[at].span.Start]) { // not "“… working in Iraq,” it said"
			name := joinText(ws[i : i+n])
			return claims.Speaker{Name: name, Kind: claims.Organisation, Affiliation: country}, true
		}
	}
	return claims.Speaker{}, false
}

func (a *analyser) remember(sp claims.Speaker) {
	s := sp
	switch sp.Kind {
	case claims.Person:
		a.persons = append(a.persons, s)
		if a.lede == nil && !a.inTitle {
			a.lede, a.ledePara = &s, a.para
		}
	case claims.Group:
		a.lastGroup = &s
	case claims.Organisation:
		a.lastOrg = &s
	case claims.Anonymous:
		if _, body := bodyClass(sp.Role); (body || documentNouns[sp.Role]) && sp.Affiliation == "" {
			a.lastOrg = &s // "the firm", unresolved, is still what a later "it" stands for
		}
	}
	a.noteBody(sp, a.descs[sp.Name])
	if aff := sp.Affiliation; sp.Kind == claims.Person && aff != "" && runsBody(sp.Role) && a.lx.places[strings.ToLower(aff)] == "" && !a.lx.parties[strings.ToLower(aff)] && !a.personNamed(aff) {
		// "Ballyhale Minerals managing director Declan Furlong said …": the company he runs
		// is in focus, and "the company" next is it. Not so an analyst's employer.
		a.noteBody(claims.Speaker{Name: aff, Kind: claims.Organisation}, "")
	}
}

// runsBody reports whether a role is one that runs a company: "managing director",
// "chief executive", "chairman".
func runsBody(role string) bool {
	r := " " + strings.ToLower(role) + " "
	for _, o := range []string{"managing director", "executive director", "general manager", "chief executive", "chairman", "chairwoman", "ceo", "founder", "owner", "proprietor"} {
		if strings.Contains(r, " "+o+" ") {
			return !strings.Contains(r, "former") && !strings.Contains(r, "ex-")
		}
	}
	return false
}

// personNamed reports whether name is a person of the document, named in full.
func (a *analyser) personNamed(name string) bool {
	_, ok := a.people.byFullName(name)
	return ok
}

// noteSex learns a person's sex from the mention at src that names them. An unnamed
// person ("A BBC spokeswoman said …. She said") joins the people a pronoun may stand for.
func (a *analyser) noteSex(sp claims.Speaker, src claims.Span) {
	first, _, _ := strings.Cut(strings.ToLower(src.In(a.text)), " ")
	if sp.Kind == claims.Anonymous && (first == "a" || first == "an") && sp.Role != "" && !knownPlural(strings.ToLower(lastField(sp.Role))) {
		a.persons = append(a.persons, sp)
	} else if sp.Kind != claims.Person {
		return
	}
	if g := sexOf(src.In(a.text), sp.Role); g != 0 {
		a.learnSex(sp.Name, g)
	}
}

// learnSex records that the person called name is a man ('m') or a woman ('f').
func (a *analyser) learnSex(name string, g byte) {
	if a.sex == nil {
		a.sex = map[string]byte{}
	}
	if _, ok := a.sex[name]; !ok {
		a.sex[name] = g
	}
}

// sexOf reads a person's sex from the words that name them: a title ("Mrs", "Sir") or
// a role ("spokeswoman", "chairman"). It returns 0 when they do not tell.
func sexOf(mention, role string) byte {
	first, _, _ := strings.Cut(strings.TrimSpace(mention), " ")
	switch strings.TrimSuffix(strings.ToLower(first), ".") {
	case "mr", "sir", "lord", "king", "prince", "duke", "baron", "earl":
		return 'm'
	case "mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "duchess", "countess":
		return 'f'
	}
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch {
		case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
			return 'f'
		case w == "spokesman" || w == "chairman" || w == "congressman" || w == "businessman":
			return 'm'
		}
	}
	return 0
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// noteSubject remembers the subject of a sentence that holds no claim, so a pronoun in a
// later claim can refer to it: "A few days ago, the Russian Foreign Minister drew attention
// to … In his opinion, …". tagged holds the unit's words when analyse read it.
func (a *analyser) noteSubject(ui int, u unit, tagged []word, analysed bool) {
	sp := u.span
	if m := datelineRE.FindStringIndex(sp.In(a.text)); m != nil {
		sp.Start += m[1] // "WASHINGTON ― ": a dateline names no subject
	}
	ws := a.scanned(sp)
	if questionLine(ws) {
		return // "Q: …" names no subject
	}
	if analysed && a.notePlural(tagged, true) || !analysed && a.notePlural(ws, false) {
		return
	}
	i := 0
	if len(ws) > 0 && !ws[0].cap || len(ws) > 0 && (subordinators[ws[0].low] || a.openingParticiple(ws)) || len(ws) > 0 && (ws[0].low == "in" || ws[0].low == "on" || ws[0].low == "a" || ws[0].low == "after" || ws[0].low == "during" || ws[0].low == "earlier" || ws[0].low == "last" || ws[0].low == "despite" || ws[0].low == "for") || timeOpening(ws) {
		for j := 0; j < len(ws) && j < 15; j++ {
			if ws[j].text == "," {
				i = j + 1
				break
			}
		}
		if i > 0 && i < len(ws) && subordinators[ws[i].low] {
			// "On Tuesday, as speculation grew, Hollaway …": a second opening clause
			if k := nextComma(ws, i); k < len(ws) && k < i+15 && ws[k].text == "," {
				i = k + 1
			}
		}
	}
	j := i
	for j < len(ws) && (!ws[j].punc || ws[j].text == "." && j > i && honorifics[ws[j-1].low+"."]) && (ws[j].cap || ws[j].punc || determiners[ws[j].low] || a.lx.roleWord(ws[j].low) ||
		j+1 < len(ws) && (a.lx.roleWord(ws[j+1].low) || ws[j+1].cap && !ws[j+1].punc)) && !(j > i && ws[j-1].cap && !ws[j].cap && (strings.HasSuffix(ws[j].low, "ed") || auxWords[ws[j].low])) &&
		!(j > i && (ws[j].low == "on" || ws[j].low == "last" || ws[j].low == "this") && j+1 < len(ws) && timeNouns[ws[j+1].low]) {
		// not over a verb after the name: "Mr Campbell then e-mailed Mr McFadyen"; nor
		// over the time after it: "Clinton on Tuesday became …" (not "BBC Radio 4's Today
		// programme")
		// "Mr. Smith": the scanner parts a title from its stop
		j++
		if ws[j-1].poss && j < len(ws) && !ws[j].cap && !a.lx.roleWord(ws[j].low) {
			break
		}
	}
	m, ok := a.lx.readMention(ws[i:j])
	if i == 0 && (j == i || !ok) || i < len(ws) && (ws[i].low == "he" || ws[i].low == "she") {
		// "When President Jane Roe took office she …", "On Monday's programme Mr Hale
		// was asked …": with no comma, or "he" or "she" after it, the opening clause's
		// subject.
		tws, s, e, found := a.openingSubject(sp, tagged)
		if !found {
			return
		}
		ws, i, j = tws, s, e
		m, ok = a.lx.readMention(ws[i:j])
	}
	if j == i || !ok || m.pronoun != "" {
		return
	}
	who := a.people.speaker(m)
	if b, ok := a.bodyFor(m, who, ws, i, j); ok {
		who = b
	}
	if who.Kind == claims.Person && who.Role == "" && !strings.Contains(who.Name, " ") && commonWord(who.Name) && !honorifics[ws[i].low] {
		return // "Currently, …", "Telephone polls …": a word, not someone a pronoun may stand for; "Mr. Smith" is someone
	}
	if who.Name != "" && (who.Kind == claims.Person || who.Kind == claims.Organisation) {
		a.noteSex(who, m.span)
		a.remember(who)
	}
	if who.Kind == claims.Person && who.Name != "" {
		a.subjects = append(a.subjects, subjectNote{sp: who, src: m.span, unit: ui, para: u.para})
	}
	if _, known := a.people.bySurname[strings.ToLower(who.Name)]; who.Kind == claims.Person && who.Role == "" && !strings.Contains(who.Name, " ") && !known && !honorifics[ws[i].low] && m.text == m.name {
		// "Barclays cut 500 jobs. It said …": a one-word name no one bears in full may be
		// a body, and "it" can stand for nothing else.
		org := who
		org.Kind = claims.Organisation
		a.lastOrg = &org
	}
}

// timeOpening reports whether ws opens with a time phrase before a comma: "The next
// morning, government spokesman Julien Rocard was asked …", "That evening, …".
func timeOpening(ws []word) bool {
	for j := 1; j < len(ws) && j <= 5; j++ {
		if ws[j].text == "," {
			return slices.ContainsFunc(ws[:j], func(w word) bool { return timeNouns[w.low] || months[w.low] }) && !finiteVerb(ws[:j])
		}
		if ws[j].punc {
			return false
		}
	}
	return false
}

// openingParticiple reports whether ws opens with a participle phrase before its subject:
// "Giving evidence at the trial, Sam Kerr …" (but not "Beijing has …").
func (a *analyser) openingParticiple(ws []word) bool {
	if _, _, place := a.lx.matchPlace(ws); place || len(ws) < 3 || len(ws[0].low) < 6 || !strings.HasSuffix(ws[0].low, "ing") {
		return false
	}
	return !ws[1].cap && !ws[1].punc
}

// openers open a sentence with a phrase or clause before its subject: "In", "When".
var openers = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "when": true, "while": true, "as": true, "since": true, "until": true, "although": true, "though": true, "because": true, "despite": true, "following": true, "under": true, "once": true}

// openingSubject finds, in a sentence at sp that opens with a preposition or a
// subordinator, the subject before the first finite verb: "President Jane Roe" in "When
// President Jane Roe took office …", "Mr Hale" in "On Monday's programme Mr Hale was
// asked …". tagged holds the sentence's words when they were tagged. It returns the words
// and the subject's bounds among them.
func (a *analyser) openingSubject(sp claims.Span, tagged []word) ([]word, int, int, bool) {
	ws := a.scanned(sp)
	if len(ws) < 3 || !ws[0].cap || !openers[ws[0].low] {
		return nil, 0, 0, false
	}
	ws = tagged
	if ws == nil {
		ws = taggedWords(a.text, sp)
	}
	if len(ws) < 3 || !openers[ws[0].low] {
		return nil, 0, 0, false // a dateline or a heading went before it
	}
	for k := 2; k < len(ws) && k < 25 && !ws[k].punc; k++ {
		if !finiteVerb(ws[k : k+1]) {
			continue
		}
		s := npStart(ws, k)
		if s == 0 || s >= k {
			return nil, 0, 0, false
		}
		// "that day's programme Mr Hale": a name after a common noun opens the subject.
		r := k
		for r > s && ws[r-1].cap && !ws[r-1].punc {
			r--
		}
		if r > s && r < k && (strings.HasPrefix(ws[r-1].tag, "NN") && !ws[r-1].cap || timeNouns[ws[r-1].low]) {
			s = r
		}
		return ws, s, k, true
	}
	return nil, 0, 0, false
}

// notePlural remembers a plural noun that can speak and is the subject of a sentence,
// for a later "they": "Twenty-seven states are suing the agency. They argue that …".
// Untagged, it takes a phrase of at most four words whose last ends in "s", before an
// auxiliary: "The unions have".
func (a *analyser) notePlural(ws []word, tagged bool) bool {
	i := subjectStart(ws)
	var e int
	if tagged {
		e = npEnd(ws, i)
		if e == i || e >= len(ws) || ws[e-1].tag != "NNS" || !(isVerb(ws, e) || auxWords[ws[e].low] || ws[e].tag == "MD") {
			return false
		}
	} else {
		e = i
		for e < len(ws) && e < i+4 && !ws[e].punc && !pluralAux[ws[e].low] {
			e++
		}
		if e == i || e >= len(ws) || !pluralAux[ws[e].low] || !pluralNoun(ws[e-1].low) {
			return false
		}
	}
	if _, ok := a.lx.speakers[ws[e-1].low]; !ok {
		if _, ok := speakerNoun(ws[e-1].low); !ok {
			return false // "The talks ended": nothing that can speak
		}
	}
	k := i
	for k < e-1 && determiners[ws[k].low] {
		k++
	}
	a.remember(claims.Speaker{Name: joinText(ws[k:e]), Kind: claims.Group})
	return true
}

var pluralAux = map[string]bool{"are": true, "were": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true}

// pluralNoun reports whether a lower-case word looks like a plural noun.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w == strings.ToLower(w) && !auxWords[w]
}

// ledeNames gives the claims of a person the text names first by role the name it gives
// next: "Brightwell's chief executive said … Neil Cartwright said". It holds only where
// the document has one such unnamed person, named before any person, and the next person
// named, in the same paragraph or the next, comes with no role or body of their own other than
// theirs; "the economics minister" after a minister was named is that minister. ats are
// one document's claims in text order.
func ledeNames(ats []attribution, units []unit, text string, lx *lexicon) {
	role := -1
	keys := map[string]bool{}
	lede := ledeParagraph(units)
	for i := range ats {
		sp := ats[i].speaker
		// Or an office with no body, told with "a" or "an" in the lede: "A junior minister has
		// poured cold water on …", named paragraphs on.
		f, _, _ := strings.Cut(strings.ToLower(ats[i].source.In(text)), " ")
		bare := sp.Affiliation == "" && units[ats[i].unit].para == lede && (f == "a" || f == "an")
		if roleOnly(sp) || bare && personRole(sp) {
			keys[ats[i].speaker.Key()] = true
			if role < 0 {
				role = i
			}
		}
	}
	if role < 0 || len(keys) != 1 {
		return
	}
	before := map[string]bool{}
	between := map[string]bool{} // officers of other bodies named between
	named := -1
	bodies := 0 // paragraphs between that a body other than the role's speaks in
	lastBody := -1
	for i := range ats {
		sp := ats[i].speaker
		if p := units[ats[i].unit].para; (sp.Kind == claims.Organisation || sp.Kind == claims.Anonymous && !keys[sp.Key()]) && p != lastBody && p > units[ats[role].unit].para && !strings.EqualFold(sp.Name, ats[role].speaker.Affiliation) {
			bodies, lastBody = bodies+1, p // "Nema last Friday ordered …", between the lede's minister and his name
		}
		if sp.Kind != claims.Person || !strings.Contains(sp.Name, " ") {
			continue
		}
		if i < role {
			before[sp.Key()] = true
			continue
		}
		if principal(ats[role].speaker, sp) {
			break // "the agent of Callum Dreghorn … Dreghorn said": whom the role serves, not its holder
		}
		r := ats[role].speaker
		same := lx.sameRoleHead(sp.Role, r.Role)
		if len(before) == 0 && !between[sp.Name] && (noRole(sp.Role) && r.Affiliation != "" || same && !underOffice(r.Role, sp.Role) && !otherPortfolio(r.Role, sp.Role)) && (sp.Affiliation == "" || strings.EqualFold(sp.Affiliation, r.Affiliation) || r.Affiliation == "" && same) && units[ats[i].unit].para <= units[ats[role].unit].para+1+len(between)+bodies {
			named = i
		}
		if named < 0 && len(before) == 0 && (between[sp.Name] || sp.Affiliation != "" && !strings.EqualFold(sp.Affiliation, r.Affiliation) && !same) {
			// "The chief executive of Falcon Wings has dismissed … Saif Al Mansoori,
			// director general of the aviation authority, said … Falcon Wings chief
			// executive Richard Hollis said": the other body's officer comes between.
			between[sp.Name] = true
			continue
		}
		break
	}
	if named < 0 {
		return
	}
	person := ats[named].speaker
	for i := range ats {
		if sp := ats[i].speaker; keys[sp.Key()] {
			aliases := slices.Clone(person.Aliases)
			if !slices.Contains(aliases, sp.Name) {
				aliases = append(aliases, sp.Name)
				slices.Sort(aliases)
			}
			ats[i].speaker = claims.Speaker{Name: person.Name, Aliases: aliases, Kind: claims.Person, Role: sp.Role, Affiliation: person.Affiliation}
		}
	}
}

// principal reports whether person p is whom the role speaker r works for: named after
// "of", "for" or "to" in its role ("agent of Callum Dreghorn", "a spokesman for Tony
// Blair"), or taken as its body.
func principal(r, p claims.Speaker) bool {
	last := strings.ToLower(surname(p.Name))
	if last == "" {
		return false
	}
	if a := strings.ToLower(r.Affiliation); a != "" && (a == strings.ToLower(p.Name) || a == last) {
		return true
	}
	for _, s := range []string{r.Name, r.Role} {
		ws := strings.Fields(s)
		for i, w := range ws {
			if w = strings.TrimSuffix(w, ","); strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) != last {
				continue
			}
			// the preposition, then only the name's capitalised words: not "head of
			// research Peter Kim", the holder's own name after his title
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if l := strings.ToLower(ws[k]); l == "of" || l == "for" || l == "to" {
					return true
				}
				if !opensUpper(ws[k]) {
					break
				}
			}
		}
	}
	return false
}

// sameRoleHead reports whether two roles have one head, in the lexicon's canonical form:
// "Councillor" and "Wexbury councillor", "junior minister" and "Minister of State for
// Mineral Development", "CEO" and "chief executive".
func (lx *lexicon) sameRoleHead(a, b string) bool {
	head := func(r string) string {
		h := roleHead(strings.ToLower(strings.TrimSpace(r)))
		if c, ok := lx.roles[h]; ok && c != "" {
			return roleHead(c)
		}
		return h
	}
	ha := head(a)
	return ha != "" && ha == head(b)
}

// underOffice reports whether role a is a lower office under b's title: "deputy governor"
// under "Governor".
func underOffice(a, b string) bool {
	return deputyOf(strings.ToLower(a)) && !deputyOf(strings.ToLower(b))
}

// noRole reports whether role gives no office, at most a courtesy title ("Dr", "Mr").
func noRole(role string) bool {
	r := strings.ToLower(strings.TrimSpace(role))
	return r == "" || honorifics[r] || honorifics[r+"."]
}

// ledeReach is how far, in bytes after a phrase that gives a person by role, the name it
// gives next may stand: about the next paragraph.
const ledeReach = 400

// roleOnly reports whether sp is one person the text gives by role and body alone, not a
// voice of another: "the chief executive of Vollmer", "Brightwell's chief executive".
func roleOnly(sp claims.Speaker) bool {
	return sp.Affiliation != "" && personRole(sp)
}

// personRole reports whether the unnamed sp is a person's office, whatever body it is of.
func personRole(sp claims.Speaker) bool {
	if sp.Kind != claims.Anonymous || sp.Role == "" {
		return false
	}
	head := roleHead(strings.TrimSpace(strings.ToLower(sp.Role)))
	if head == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(sp.Name)) {
		if w == "biggest" || w == "largest" || w == "leading" || w == "second-biggest" || w == "second-largest" {
			return false // "the UK's biggest coal producer" is a company
		}
	}
	return !voiceNouns[head] && !strings.HasSuffix(head, "s") && wordnet.IsA(head, "person", wordnet.Noun)
}

// voiceNouns speak for a body or a person, not as themselves.
var voiceNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true, "official": true, "source": true, "aide": true, "adviser": true, "advisor": true, "lawyer": true, "attorney": true}

// sameBodyWords reports whether two names of a body share a word, or the second is the
// first's initials: "Eskom" and "Eskom Holdings", "Bank of Korea" and "BOK".
func sameBodyWords(a, b string) bool {
	every := strings.Fields(a) // "BOK": the initials of every word, "of" too
	for i, w := range every {
		r, n := utf8.DecodeRuneInString(w)
		every[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	if acronymOf(b, a) || acronymOf(b, strings.Join(every, " ")) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if len(w) > 2 && !functionWords[w] && slices.Contains(strings.Fields(strings.ToLower(b)), w) {
			return true
		}
	}
	return false
}

// aliasAnonymous gives the unnamed speaker name, in paragraphs from through to, as to.
func (a *analyser) aliasAnonymous(units []unit, name string, to claims.Speaker, from, through int) {
	for i := range a.out {
		if sp := a.out[i].speaker; sp.Kind == claims.Anonymous && sp.Name == name {
			if p := units[a.out[i].unit].para; p >= from && p <= through {
				a.out[i].speaker = withAlias(to, name)
			}
		}
	}
}
