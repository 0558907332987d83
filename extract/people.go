// This file resolves a mention in its document: the people the document names in full,
// found by surname, given name or office wherever else they are mentioned.

package extract

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// person is someone the document names in full, with the title it gives them.
type person struct {
	name    string
	role    string
	roleKey string
	country string
	at      int
	title   bool // read from a title in title case, where any capital can join the name
	// titleName is the longer name a title gave this person: "Benghazi Widow Dorothy Woods".
	titleName string
	// relative: the role was given relative to someone else ("Its president, Joe Ajuba,",
	// "the union's president, Joe Ajuba,"); it names no one before that anchor.
	relative bool
	// possessor is the common noun that owns the role, when one does: "ministry" in "the
	// ministry's spokeswoman, Agnieszka Pawlak,".
	possessor string
}

// people indexes the people a document names, so a surname or a title can be resolved to
// the full name wherever in the document it stands.
type people struct {
	list      []person
	bySurname map[string]int
	mentions  []mentionAt     // every mention of a person by full name or known surname, in order
	employers map[string]bool // names read as a person's that are another person's body
	text      string
	lx        *lexicon
}

// byGivenName finds the one person of the document whose first name is name, in a name
// of two or three words whose last looks like a surname: "Ozzy Osbourne", not "Nintendo
// DS", "Uefa Cup" or "Lycos Europe".
func (p *people) byGivenName(name string) (int, bool) {
	found := -1
	for i, n := range p.list {
		words := strings.Fields(n.name)
		if len(words) < 2 || len(words) > 3 || !strings.EqualFold(words[0], name) {
			continue
		}
		if last := words[len(words)-1]; len(last) < 3 || strings.ToUpper(last) == last || commonWord(last) {
			continue
		}
		if found >= 0 && p.list[found].name != n.name {
			return 0, false
		}
		found = i
	}
	return found, found >= 0
}

// mentionAt is a person named at a byte offset.
type mentionAt struct {
	at     int
	person int // index into list
}

// before returns the person named last before offset at, and where.
func (p *people) before(at int) (person, int, bool) {
	i, _ := slices.BinarySearchFunc(p.mentions, at, func(m mentionAt, at int) int { return m.at - at })
	if i == 0 {
		return person{}, 0, false
	}
	return p.list[p.mentions[i-1].person], p.mentions[i-1].at, true
}

// within returns the person named first at an offset in [start, end).
func (p *people) within(start, end int) (person, bool) {
	i, _ := slices.BinarySearchFunc(p.mentions, start, func(m mentionAt, at int) int { return m.at - at })
	if i == len(p.mentions) || p.mentions[i].at >= end {
		return person{}, false
	}
	return p.list[p.mentions[i].person], true
}

// indexPeople finds "Title First Last" names in the text blocks of a document.
func (lx *lexicon) indexPeople(text string, blocks []block) *people {
	p := &people{bySurname: map[string]int{}, lx: lx, text: text}
	employers := map[string]bool{}
	// Each block's words, scanned once for the three passes below; nil for a block they
	// skip.
	scans := make([][]word, len(blocks))
	for bi, b := range blocks {
		if b.kind == boilerplate || b.kind == header {
			continue
		}
		scans[bi] = scanWords(text, b.span)
		ws := scans[bi][runInHeading(scans[bi]):]
		title := titleCase(ws)
		for i := 0; i < len(ws); i++ {
			// "Jeb Bush Super PAC Chief Praises Marco Rubio": in a title, the verb parts two names.
			verb := func(k int) bool { return title && k > 0 && lx.titleCue(ws[k].low) }
			if !ws[i].cap || ws[i].punc || verb(i) {
				continue
			}
			if functionWords[ws[i].low] || weekdays[ws[i].low] && i+1 < len(ws) && ws[i+1].cap {
				continue // "On Friday Dr Niamh Brady said": a sentence's first words, before the name
			}
			j := i
			ofRun := i > 0 && (ws[i-1].low == "of" || ws[i-1].low == "for")
			for j < len(ws) && (ws[j].cap && !ws[j].punc && !ws[j].poss && !verb(j) && !titleOpens(ws, j, i, lx) || initialStop(ws, j) || roleInitial(ws, i, j, lx) ||
				j > i && nameParticles[ws[j].low] && j+1 < len(ws) && ws[j+1].cap && !ws[j+1].punc || // "Anneke de Vries"

				ofRun && ws[j].low == "and" && j > i && j+1 < len(ws) && ws[j+1].cap && !ws[j+1].punc) { // "Minister for Food Security and Research Aftab Laghari"
				j++
			}
			if j < len(ws) && ws[j].poss && ws[j].cap {
				j++
			}
			if j < len(ws) && ws[j].text == "." && honorifics[ws[j-1].low] {
				i = j // "… Rural Electrification Hon.": a title, for the name after its stop
				continue
			}
			// Take in lower-case title words before the run: "spokesman Dmitry Peskov".
			k := i
			stop := -1 // "Minister of Mines Hon. Moses Tagaturu": the title's stop, left out of the run
			if k >= 3 && ws[k-1].text == "." && honorifics[ws[k-2].low] && (ws[k-3].cap || lx.roleWord(ws[k-3].low)) && !ws[k-3].punc && !functionWords[ws[k-3].low] {
				k, stop = k-2, k-1
			}
			k = lx.portfolioStart(ws, k, j-k)
			for k > 0 && i-k < 8 && !titleOpens(ws, k, k-1, lx) && !ws[k-1].punc && !ws[k-1].poss && !verb(k-1) && (lx.roleWord(ws[k-1].low) || ws[k-1].cap && !functionWords[ws[k-1].low] && !weekdays[ws[k-1].low] || k >= 2 && lx.roles[ws[k-2].low+" "+ws[k-1].low] != "" || strings.HasPrefix(ws[k-1].low, "ex-") || (ws[k-1].low == "of" || ws[k-1].low == "for") && k >= 2 && ws[k-2].cap && (i-k > 0 || lx.roleWord(ws[k-2].low)) ||
				k < i && portfolioRoles[ws[k].low] && !functionWords[ws[k-1].low] && !determiners[ws[k-1].low]) {
				// "shadow culture secretary John Roe": what a minister oversees is in the title
				k-- // "Bank of England governor Andrew Bailey": a name with "of" may own the title
			}
			if k < i && (ws[k].low == "of" || ws[k].low == "for") {
				k++ // the limit fell between a name and its "of"
			}
			for k > 0 && ws[k-1].poss && k-1 >= 0 {
				k-- // "the Kremlin’s spokesman": the possessor is the affiliation
				break
			}
			run := ws[k:j]
			if stop >= k {
				run = append(slices.Clip(ws[k:stop]), ws[stop+1:j]...)
			}
			initials := false
			if k >= 4 && ws[k-1].text == ")" && initialsBefore(ws, k-3) {
				// "Barbados Cricket Association (BCA) President Everton Marshall": the body
				// its initials follow owns the title
				run, initials = ws[initialsStart(ws, k-3, ws[k-2].text):j], true // readMention passes over the initials
			}
			if r, _ := lx.matchRole(ws[j:]); r > 0 && j+r < len(ws) && ws[j+r].cap && !ws[j+r].punc && j > i && !lx.roleWord(ws[i].low) {
				employers[joinPlain(ws[i:j])] = true // "Lintas Metro chief executive Raymond Teo"
			}
			if j-i >= 3 && companyEnds[ws[j-1].low] && !lx.roleWord(ws[i].low) && !honorifics[ws[i].low] {
				if short := joinPlain(ws[i : j-1]); !aloneInText(text, ws[j-2].text, short) {
					// "Kowloon Meridian Holdings", later "Kowloon Meridian"; not "Stan Lee Media",
					// whose "Lee" the text also writes alone, as a person's surname.
					employers[short] = true
				}
			}
			if k == i && i > 0 && ws[i-1].low == "the" && j < len(ws) && attributiveNoun(ws[j]) {
				i = j // "the Gulf Property Outlook forum", "the Jane Doe case": a name that describes a noun
				continue
			}
			m, ok := lx.readMention(run)
			if stop >= 0 && !(ok && m.kind == claims.Person) {
				m, ok = lx.readMention(ws[i:j]) // "Retired Army Col. Lawrence Wilkerson": the name alone, if the title is no office
			}
			if initials && (m.org == "" || m.org == m.country) {
				initials = false // the body is not read whole: "Athletics Federation of India" is no "India"
				m, ok = lx.readMention(ws[k:j])
			}
			relative, possessor := false, ""
			if ok && m.kind == claims.Person && strings.Contains(m.name, " ") {
				comma := i - 1
				if k == i && i >= 3 && ws[i-1].text == "." && honorifics[ws[i-2].low] && ws[i-3].text == "," {
					comma = i - 3 // "the Minister of Health, Dr. Olumide Adeyemo,"
				}
				if m.roleKey == "" && k == i && comma >= 0 && ws[comma].text == "," {
					lx.appositiveRole(ws, comma, &m) // "The governor of the Central Bank, Maria Keller,"
					if comma != i-1 && spokesRoles[m.roleKey] && m.org == "" {
						m.roleKey, m.role = "", "" // "Rangers spokesman, Mr. Femi Adeyemo,": the spokesman's body is read with the claim
					}
					for b := comma - 1; m.roleKey != "" && b >= 0 && !ws[b].punc; b-- {
						if ws[b].poss || possessives[ws[b].low] {
							relative = true
							if ws[b].poss && !ws[b].cap {
								possessor = ws[b].low
							}
						}
					}
				}
				body := m.country // the government a seat stands for: Kremlin → Russia
				if body == "" || initials {
					body = m.org // else the organisation: "Central Bank of Norland"; one named with its initials is itself the body
				}
				body = strings.ReplaceAll(body, " , ", ", ") // a portfolio's list: "Mines, Energy and Rural Electrification"
				p.add(person{name: m.name, role: m.role, roleKey: m.roleKey, country: body, at: ws[i].span.Start, title: title, relative: relative, possessor: possessor})
			}
			i = j
		}
	}
	p.dropEmployers(employers)
	p.learnCountries(lx, scans)
	p.shareBodies()
	p.innerSurnames()
	// Every later mention by surname, for pronouns with no speaker before them.
	for _, ws := range scans {
		for _, w := range ws {
			if i, ok := p.bySurname[w.low]; ok && w.cap {
				p.mentions = append(p.mentions, mentionAt{w.span.Start, i})
			}
		}
	}
	return p
}

// portfolioStart returns where an office with a portfolio of several words opens before
// ws[k], its list run together by commas and "and": "Minister of Mines, Energy and Rural
// Electrification Moses Tagaturu". Else k. The run from k, n words long, may hold the
// list's last item before the name.
func (lx *lexicon) portfolioStart(ws []word, k, n int) int {
	list, caps := false, 0
	for b := k - 1; b >= 1 && k-b <= 10; b-- {
		w := ws[b]
		switch {
		case (w.low == "of" || w.low == "for") && lx.roleWord(ws[b-1].low):
			if list {
				return b - 1
			}
			return k
		case w.low == "and" && (caps > 0 || n >= 3) && !list:
			list = true // the last item, then the name: not "the mayor of Westvale and Rita Omole"
		case w.text == "," && list:
		case w.cap && !w.poss && !w.punc:
			caps++
		default:
			return k // not "the mayor of Westvale, Rita Omole", an apposition
		}
	}
	return k
}

// titleOpens reports whether a courtesy title at ws[j], inside a run of capitalised words
// from i, opens a name of its own: "in Harrogate Mr Kennedy said"; not after an office,
// "Chief Minister Mr Naidu".
func titleOpens(ws []word, j, i int, lx *lexicon) bool {
	return j > i && courtesyTitles[strings.TrimSuffix(ws[j].low, ".")] && !lx.roleWord(ws[j-1].low)
}

// attributiveNoun reports whether w, after a capitalised name, is a common noun the name
// describes: lower case, a noun and no verb ("forum", "case"; not "said").
func attributiveNoun(w word) bool {
	return !w.cap && !w.punc && len(wordnet.Lemmas(w.low, wordnet.Noun)) > 0 && len(wordnet.Lemmas(w.low, wordnet.Verb)) == 0
}

// aloneInText reports whether text writes last other than as the end of name (counting
// substrings, so that a doubt keeps the name a person's).
func aloneInText(text, last, name string) bool {
	return strings.Count(text, last) > strings.Count(text, name)
}

// dropEmployers removes the names the document gives as another person's body: "Lintas
// Metro chief executive Raymond Teo" makes Lintas Metro a company, not a person. A
// person's surname stays theirs ("Blair aide John Smith").
func (p *people) dropEmployers(bodies map[string]bool) {
	for _, n := range p.list {
		if f := strings.Fields(n.name); len(f) > 1 {
			delete(bodies, f[len(f)-1]) // "Blair aide John Smith": Blair is Tony Blair
		}
	}
	p.employers = bodies
	kept := p.list[:0]
	for _, n := range p.list {
		if !bodies[n.name] {
			kept = append(kept, n)
		}
	}
	if len(kept) == len(p.list) {
		return
	}
	p.list = kept
	clear(p.bySurname)
	for i, n := range p.list {
		p.bySurname[strings.ToLower(surname(n.name))] = i
	}
}

// shareBodies gives a person whose body is unknown the body of the one other person the
// document gives the same office: a deputy governor works where the governor does.
func (p *people) shareBodies() {
	for i := range p.list {
		if p.list[i].country != "" || p.list[i].roleKey == "" || ownerBefore(p.list[i].role, p.list[i].roleKey) {
			continue
		}
		body := ""
		for j, o := range p.list {
			// A shadow minister speaks for the opposition, not for the government whose
			// minister bears the same title.
			// One office, not one head noun: a party's health spokesman and another's
			// education spokesman speak for two parties.
			// One body has one president: two presidents head two.
			if j != i && sameOffice(o.roleKey, p.list[i].roleKey) && o.country != "" && shadow(o.role) == shadow(p.list[i].role) && !(o.roleKey == p.list[i].roleKey && soleOffices[o.roleKey]) {
				if body != "" && body != o.country {
					body = ""
					break
				}
				body = o.country
			}
		}
		p.list[i].country = body
	}
}

// soleOffices are held by one person in a body at a time.
var soleOffices = map[string]bool{"president": true, "prime minister": true, "premier": true, "chancellor": true, "king": true, "queen": true, "mayor": true,
	"governor": true, "chief executive": true, "ceo": true}

// ownerBefore reports whether a role names its body before the office, in capitals the
// lexicon need not know: "Hillcrest Secretary" is the club's, whoever else is a secretary.
func ownerBefore(role, key string) bool {
	f := strings.Fields(role)
	if len(f) <= len(strings.Fields(key)) {
		return false
	}
	w := f[0]
	return w != strings.ToLower(w) && !roleModifiers[strings.ToLower(w)] && !honorifics[strings.ToLower(w)]
}

// sameOffice reports whether two role keys name one office, a deputy's or not:
// "governor" and "deputy governor", not "health spokesman" and "education spokesman".
func sameOffice(a, b string) bool {
	trim := func(k string) string {
		for _, p := range []string{"deputy ", "vice ", "assistant ", "acting "} {
			k = strings.TrimPrefix(k, p)
		}
		return k
	}
	return trim(a) == trim(b) && !partyOffices[trim(a)]
}

// deputyOf reports whether a role key names a second to an office: "deputy governor",
// "vice president", "assistant commissioner".
func deputyOf(key string) bool {
	if strings.Contains(key, "assistant professor") {
		return false // a professor's rank, no second to one: "the professor" may be she
	}
	for _, p := range []string{"deputy ", "vice ", "vice-", "assistant "} {
		if strings.HasPrefix(key, p) || strings.Contains(key, " "+p) {
			return true
		}
	}
	return false
}

// partyOffices are held in every party and body at once: two spokesmen in one article
// seldom speak for the same one.
var partyOffices = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "mp": true, "chairman": true, "chairwoman": true, "chair": true, "candidate": true, "member": true,
	"lawyer": true, "attorney": true, "solicitor": true, "barrister": true, // every side has its lawyers
	"senator": true, "councillor": true, "councilor": true, "congressman": true, "congresswoman": true, "representative": true, "assemblyman": true, "assemblywoman": true, "legislator": true, "lawmaker": true, "alderman": true, // every party its seats
	"manager": true, "coach": true, "captain": true, "boss": true} // and every team its manager

func shadow(role string) bool { return strings.Contains(strings.ToLower(role), "shadow") }

// learnCountries reads descriptions such as "Moscow’s top diplomat" or "the Russian foreign
// minister" that name an office with its country: when the document gives that office to
// one person whose country is not yet known, the person's country is learnt. scans holds
// the words of each text block.
func (p *people) learnCountries(lx *lexicon, scans [][]word) {
	for _, ws := range scans {
		for i := 1; i < len(ws); i++ {
			n, key := lx.matchRole(ws[i:])
			if n == 0 {
				continue
			}
			j := i - 1
			for j > 0 && roleModifiers[ws[j].low] {
				j--
			}
			_, country, ok := lx.matchPlace(ws[j:])
			if !ok {
				continue
			}
			if h, unique := p.byRole(key, ""); unique && !otherHolder(ws, i+n, h.name) {
				for k := range p.list {
					if p.list[k].name == h.name && p.list[k].country == "" {
						p.list[k].country = country // not a shadow minister's, whom byRole passes over
					}
				}
			}
		}
	}
}

// otherHolder reports whether the office ending before ws[i] is followed by the name of
// someone other than name: "US President George W Bush" is no country of the document's
// other president; "Russian President Putin", by surname, is of Vladimir Putin.
func otherHolder(ws []word, i int, name string) bool {
	if i >= len(ws) || !ws[i].cap || ws[i].punc {
		return false
	}
	return ws[i].text != surname(name) && !strings.HasPrefix(joinPlain(ws[i:min(i+len(strings.Fields(name)), len(ws))]), name)
}

func (p *people) add(n person) {
	sur := strings.ToLower(surname(n.name))
	if i, ok := p.bySurname[sur]; ok {
		old := &p.list[i]
		if old.title && !n.title && strings.Count(old.name, " ") > strings.Count(n.name, " ") || particleSurname(old.name, n.name) {
			n.titleName = old.name
			*old = n // "Benghazi Widow Dorothy Woods" in the title is Dorothy Woods of the text; "De Blasio" met first is Bill de Blasio
			return
		}
		if old.name == n.name {
			if old.roleKey == "" {
				old.role, old.roleKey = n.role, n.roleKey
			}
			if old.country == "" {
				old.country = n.country
			}
		}
		return
	}
	p.bySurname[sur] = len(p.list)
	p.list = append(p.list, n)
}

// innerSurnames indexes a three-word name by its first word too, the family name of
// names written family name first ("Lee" of "Lee Kim Hock"), and by its second, the
// first of two surnames ("Echeverría" of "Ximena Echeverría Lagos"), where no other
// person of the document has the word in their name.
func (p *people) innerSurnames() {
	seen := map[string]int{}
	for i, n := range p.list {
		for _, w := range strings.Fields(strings.ToLower(n.name)) {
			if j, ok := seen[w]; ok && j != i {
				seen[w] = -1
			} else if !ok {
				seen[w] = i
			}
		}
	}
	short := func(w string, n int) bool { return utf8.RuneCountInString(w) <= n }
	for i, n := range p.list {
		f := strings.Fields(n.name)
		if len(f) != 3 || slices.ContainsFunc(f, func(w string) bool { return p.lx.places[strings.ToLower(w)] != "" || strings.HasSuffix(w, ".") }) {
			continue
		}
		var keys []string
		if short(f[0], 4) && short(f[1], 5) && short(f[2], 5) && !isAcronymText(f[0]) {
			keys = append(keys, f[0]) // the syllables of "Lee Kim Hock", "Lim Boon Keat"
		}
		if !commonWord(f[1]) && !commonWord(f[2]) || koreanGiven.MatchString(f[2]) {
			keys = append(keys, f[1]) // "Echeverría Lagos", "Yip Wing-sze"; not "Kraft Sensible Solution"
		}
		for _, w := range keys {
			low := strings.ToLower(w)
			if _, taken := p.bySurname[low]; !taken && seen[low] == i && len(w) > 1 && !nameParticles[low] {
				p.bySurname[low] = i
			}
		}
	}
}

// roleInitial reports whether ws[j] is the full stop of an initial that opens the run at
// ws[i] after a title in lower case: "Perak coach K. Ramachandran".
func roleInitial(ws []word, i, j int, lx *lexicon) bool {
	return j == i+1 && i >= 1 && j+1 < len(ws) && ws[j].text == "." && isInitial(ws[i]) && lx.roleWord(ws[i-1].low) && ws[j+1].cap && !ws[j+1].punc
}

// initialStop reports whether ws[j] is the full stop of a middle initial inside a name:
// "Joseph R. Biden Jr.", where the scanner parts the stop from its letter.
func initialStop(ws []word, j int) bool {
	return j >= 1 && j+1 < len(ws) && ws[j].text == "." && isInitial(ws[j-1]) && (j == 1 && j+3 < len(ws) && isInitial(ws[j+1]) && ws[j+2].text == "." || j >= 2 && ws[j-2].cap && !ws[j-2].punc || j >= 3 && ws[j-2].text == "." && (isInitial(ws[j-3]) || honorifics[ws[j-3].low+"."])) && ws[j+1].cap && !ws[j+1].punc
}

// surname returns the last word of a person's name, before a suffix of generation or
// rank: "Castor" in "Bruce L Castor Jr", "Macdonald" in "Ken Macdonald QC".
func surname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	if last := f[len(f)-1]; len(f) == 2 && strings.Contains(last, "-") && koreanGiven.MatchString(last) {
		return f[0] // "Oh Jae-min", "Shin Hye-rim": the family name comes first
	}
	return f[len(f)-1]
}

// koreanGiven matches a given name romanised as Korean and Cantonese ones are, two
// syllables joined by a hyphen, the second in lower case: "Jae-min", "Wing-sze".
var koreanGiven = regexp.MustCompile(`^[A-Z][a-z]+-[a-z]+$`)

// particleSurname reports whether short is the surname of full with its particle: "Al
// Mansoori" of "Khalid Al Mansoori", "van Dijk" of "Virgil van Dijk".
func particleSurname(short, full string) bool {
	f := strings.Fields(short)
	return len(f) == 2 && nameParticles[strings.ToLower(f[0])] && strings.HasSuffix(strings.ToLower(full), " "+strings.ToLower(short))
}

// doubleSurname reports whether short is the two-word surname that ends the name full,
// one given name before it: "Attard Cassar" of "Joseph Attard Cassar", "Wasserman Schultz"
// of "Debbie Wasserman Schultz". Not a given name and a surname ("Andrew Bailey"), which
// WordNet knows as a person's; nor a name read with a word before it that is no given
// name, which the text writes in lower case ("Families Margaret Hodge").
func (p *people) doubleSurname(short, full string) bool {
	f, g := strings.Fields(short), strings.Fields(full)
	if len(f) != 2 || len(g) != 3 || !strings.HasSuffix(full, " "+short) || wordnet.IsA(strings.ToLower(f[0]), "person", wordnet.Noun) {
		return false
	}
	low := strings.ToLower(g[0])
	return !isAcronymText(g[0]) && !strings.Contains(p.text, " "+low+" ") && !strings.Contains(p.text, " "+low+",")
}

// nameSuffixes follow a surname: generations, and the ranks of British barristers.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "qc": true, "kc": true}

// holds reports whether n holds the office key (of country, when both are known): its
// head, and a deputy's only for a deputy ("a deputy governor is not the governor").
func (n person) holds(key, country string) bool {
	return roleHead(n.roleKey) == roleHead(key) && deputyOf(n.roleKey) == deputyOf(key) && (country == "" || n.country == "" || n.country == country)
}

// byRole returns the one person the document gives role key (and country, when known).
func (p *people) byRole(key, country string) (person, bool) {
	var found []person
	for _, n := range p.list {
		if formerRole(n.role) && !formerRole(key) {
			continue // "ex-Conservative chancellor Ken Clarke" is not "the chancellor"
		}
		if shadow(n.role) && !shadow(key) {
			continue // the shadow culture secretary is not "the Culture Secretary"
		}
		if n.holds(key, country) {
			found = append(found, n)
		}
	}
	if len(found) == 0 {
		return person{}, false
	}
	if len(found) > 1 {
		// "the governor" is the governor, not the deputy governor.
		var exact []person
		for _, n := range found {
			if strings.EqualFold(strings.TrimSpace(n.role), key) || strings.HasPrefix(strings.ToLower(n.role), key+" of ") {
				exact = append(exact, n)
			}
		}
		if len(exact) == 1 {
			return exact[0], true
		}
	}
	if len(found) > 1 && country != "" {
		exact := found[:0:0]
		for _, n := range found {
			if n.country == country {
				exact = append(exact, n)
			}
		}
		if len(exact) == 1 {
			return exact[0], true
		}
		return person{}, false
	}
	return found[0], len(found) == 1
}

// byQualifiers is byRole for a mention whose role has qualifiers, when several hold the
// role: the one holder named before it whose own qualifiers name the same party or office. "The Tory
// leader" of a text that names the Tory leader and the Liberal Democrat leader is the first.
func (p *people) byQualifiers(m mention) (person, bool) {
	if !strings.Contains(strings.TrimSpace(m.role), " ") {
		return person{}, false
	}
	var found []person
	for _, n := range p.list {
		if n.at > m.span.Start || roleHead(n.roleKey) != roleHead(m.roleKey) || deputyOf(n.roleKey) != deputyOf(m.roleKey) || formerRole(n.role) || shadow(n.role) != shadow(m.role) {
			continue
		}
		if p.qualifiersFit(m, n) && p.sharesQualifier(m.role, n.role) {
			found = append(found, n)
		}
	}
	if len(found) != 1 {
		return person{}, false
	}
	return found[0], true
}

// sharesQualifier reports whether two roles share a word before their heads that names a
// party or an office: "Tory" in "Tory leader" and "Tory party leader".
func (p *people) sharesQualifier(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	for _, w := range fa[:len(fa)-1] {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if (p.lx.parties[w] || p.lx.roleFirst[w]) && slices.Contains(fb[:len(fb)-1], w) {
			return true
		}
	}
	return false
}

// byRoleBefore is byRole for a mention at pos: of several holders of the role, the one
// the text named before it, when one alone was and byRole's is named in a later sentence. "The statement by the minister" after
// the Coordinating Minister's words is his, not the Minister of State's named later.
func (p *people) byRoleBefore(key, country string, pos int) (person, bool) {
	if n, ok := p.byRole(key, country); ok {
		var before []person
		for _, o := range p.list {
			if o.at < pos && o.name != n.name && !formerRole(o.role) && o.holds(key, country) {
				before = append(before, o)
			}
		}
		if n.at > pos && len(before) == 1 && (strings.Contains(p.text[pos:n.at], ". ") || strings.Contains(p.text[pos:n.at], "\n")) {
			return before[0], true
		}
		return n, true
	}
	return person{}, false
}

// onlyBefore is byRole for a mention whose role several hold: the one holder named before
// it, the others after, whose role holds every word the mention's puts before its head.
// "The minister said" after Health Minister Gareth McKinstry is his, the finance minister
// named further on; "the finance commissioner" is not the transport commissioner's.
func (p *people) onlyBefore(m mention) (person, bool) {
	if m.roleKey == "" {
		return person{}, false
	}
	var quals []string
	f := strings.Fields(strings.ToLower(m.role))
	for k, w := range f {
		if k < len(f)-1 && !determiners[w] && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
			quals = append(quals, w)
		}
	}
	var before []person
	for _, o := range p.list {
		if o.at < m.span.Start && formerRole(o.role) == formerRole(m.role) && shadow(o.role) == shadow(m.role) && o.holds(m.roleKey, m.country) {
			if own := strings.Fields(strings.ToLower(o.role)); !slices.ContainsFunc(quals, func(w string) bool { return !slices.Contains(own, w) }) {
				before = append(before, o)
			}
		}
	}
	if len(before) != 1 {
		return person{}, false
	}
	return before[0], true
}

// boss returns the one person named before m who runs a body or team day to day, when
// no one holds "chief" itself: "the Rovers boss" is the club's manager, "the Acme chief"
// its chief executive. A chairman is not the boss of the staff he oversees.
func (p *people) boss(m mention) (person, bool) {
	if w := strings.Fields(m.text); len(w) > 1 && officeNoun(w[len(w)-2]) && !genericBodies[strings.ToLower(w[len(w)-2])] {
		return person{}, false // "the fire chief", "the army chief": an office of its own
	}
	var found []person
	for _, o := range p.list {
		if o.at >= m.span.Start || formerRole(o.role) || deputyOf(strings.ToLower(o.role)) || !bossRoles[o.roleKey] || m.org != "" && o.country != "" && !oneBodyName(o.country, m.org) {
			continue
		}
		f := strings.Fields(o.role)
		n := 1 // the words of the longest role that ends the title: "chief executive officer"
		for k := 2; k <= len(f); k++ {
			if _, ok := p.lx.roles[strings.ToLower(strings.Join(f[len(f)-k:], " "))]; ok {
				n = k
			}
		}
		if len(f) > n && officeNoun(f[len(f)-n-1]) {
			continue // a "regional manager" runs no body
		}
		found = append(found, o)
	}
	if len(found) != 1 {
		return person{}, false
	}
	return found[0], true
}

// officeNoun reports whether w, before a role, is a word in lower case that says which
// office it is: "fire" in "fire chief", "regional" in "regional manager"; not a
// possessive nor a word that leaves the office as it is ("the", "new", "acting").
func officeNoun(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	low := strings.ToLower(w)
	return unicode.IsLower(r) && !determiners[low] && !plainQualifiers[low] && low != "acting" && low != "interim" && !strings.HasSuffix(low, "'s") && !strings.HasSuffix(low, "’s")
}

// oneBodyName reports whether two names of bodies are one, the shorter opening the longer
// word by word: "Acme" and "Acme Corp".
func oneBodyName(a, b string) bool {
	a, b = strings.ToLower(a)+" ", strings.ToLower(b)+" "
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

var bossRoles = map[string]bool{"chief executive": true, "managing director": true, "manager": true, "general manager": true, "head coach": true, "director-general": true, "director general": true, "executive director": true}

// possessorOf returns the common noun that owns the role of the person called name, or "".
func (p *people) possessorOf(name string) string {
	if n, ok := p.byFullName(name); ok {
		return n.possessor
	}
	return ""
}

// byFullName returns the person of the document named name in full.
func (p *people) byFullName(name string) (person, bool) {
	if i, ok := p.bySurname[strings.ToLower(surname(name))]; ok && p.list[i].name == name {
		return p.list[i], true
	}
	return person{}, false
}

// anchoredAhead reports whether n's role is relative to someone and n is named in a later
// sentence than mention m, before whom m cannot know the anchor.
func (p *people) anchoredAhead(m mention, n person) bool {
	if !n.relative || n.at <= m.span.End {
		return false
	}
	between := p.text[m.span.End:n.at]
	return strings.Contains(between, "\n") || strings.Contains(between, ". ")
}

// qualifiersFit reports whether the words m puts before its role ("the Tory leader", "the
// prime minister's official spokesman") fit person n's role: they do unless both name a
// party, or both an office, and not the same one. The Tory leader is not the Liberal
// Democrat leader of the paragraph before, nor the attorney general the solicitor
// general; "the Ealing North MP" may well be the Labour MP named once.
func (p *people) qualifiersFit(m mention, n person) bool {
	kinds := func(role string) (parties, offices []string) {
		orig := strings.Fields(role)
		ws := strings.Fields(strings.ToLower(role))
		portfolio := len(ws) > 0 && (ws[len(ws)-1] == "minister" || ws[len(ws)-1] == "secretary")
		if len(ws) > 0 {
			ws = ws[:len(ws)-1] // the head, which byRole has matched ("top diplomat" is the foreign minister)
		}
		for i, w := range ws {
			w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w, ",;"), "’s"), "'s")
			switch {
			case plainQualifiers[w] || determiners[w] || honorifics[w] || p.lx.places[w] != "":
			case p.lx.parties[w] || i+1 < len(ws) && p.lx.parties[w+" "+ws[i+1]]:
				parties = append(parties, w)
			case p.lx.roleFirst[w] || portfolio && (unicode.IsUpper([]rune(orig[i])[0]) || !connectors[w]) && !rankWords[w] && !deputyOf(w+" "):
				// The words before "Minister" or "Secretary" name the portfolio:
				// "Transport Minister Alan Gerber" is not "the finance minister", nor "Culture,
				// Media and Sport Secretary Tessa Jowell" "the trade and industry secretary".
				offices = append(offices, w)
			}
		}
		return parties, offices
	}
	if b := cmp.Or(m.country, m.org); m.indef && b != "" && !strings.EqualFold(b, n.country) {
		return false // "a spokesman for UKIP" is not the spokesman of another body named before
	}
	if md, nd := deputyOf(strings.ToLower(m.role)), deputyOf(strings.ToLower(n.role)); nd && !md || md && !nd && !formerRole(m.role) {
		// "the former manager" is not assistant manager Lee Duckworth; "the former
		// assistant coach" may well be the coach now
		return false
	}
	if m.org != "" && n.country != "" && n.at >= m.span.End && strings.ContainsAny(p.text[m.span.End:n.at], ".\n") && (strings.Contains(m.text, "'s ") || strings.Contains(m.text, "’s ")) {
		if !oneBodyName(n.country, m.org) {
			return false // "Wanadoo's chief executive" is not AOL chief executive Jonathan Miller, named further on
		}
	}
	mp, mo := kinds(m.role)
	np, no := kinds(n.role)
	differ := func(a, b []string) bool {
		return len(a) > 0 && len(b) > 0 && !slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
	}
	return !differ(mp, np) && !differ(mo, no)
}

// plainQualifiers say nothing of which office it is: "the party leader", "a senior
// minister".
var plainQualifiers = map[string]bool{"party": true, "official": true, "senior": true, "top": true, "current": true, "new": true, "his": true, "her": true, "its": true, "their": true, "country": true, "nation": true, "government": true, "then": true}

// formerRole reports whether a role is held no more: "former chancellor", "ex-minister".
func formerRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if w == "former" || w == "outgoing" || w == "erstwhile" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// speaker turns a mention into the speaker it names, resolving surnames and titles
// against the people of the document.
func (p *people) speaker(m mention) claims.Speaker {
	sp := claims.Speaker{Kind: m.kind, Role: m.role, Affiliation: m.country}
	if sp.Affiliation == "" && (m.kind == claims.Person || m.kind == claims.Anonymous) {
		sp.Affiliation = m.org // "Acme chief executive Dana Roe", "an Acme spokesman" speak for Acme
	}
	if n, ok := p.byRoleInitials(m); ok {
		// "the CS" of Agriculture Cabinet Secretary Joseph Langat, "the DG"
		sp.Name, sp.Kind = n.name, claims.Person
		fillFrom(&sp, n)
		sp.Aliases = []string{m.text}
		return sp
	}
	switch {
	case m.kind == claims.Person && p.employers[m.name]:
		sp.Name, sp.Kind, sp.Affiliation = m.name, claims.Organisation, "" // "Lintas Metro said"
	case m.kind == claims.Person && m.name != "":
		sp.Name = m.name
		if !strings.Contains(m.name, " ") {
			knight := (strings.HasPrefix(m.text, "Sir ") || strings.HasPrefix(m.text, "Dame ")) && titledOnly(m.text, m.name)
			gi, given := -1, false
			if knight {
				gi, given = p.byGivenName(m.name)
			}
			if given {
				sp.Name = p.list[gi].name // "Sir Paul": a knight goes by his given name
				fillFrom(&sp, p.list[gi])
			} else if i, ok := p.bySurname[strings.ToLower(m.name)]; ok {
				sp.Name = p.list[i].name
				fillFrom(&sp, p.list[i])
			} else if i, ok := p.byGivenName(m.name); ok && (m.text == m.name || titledOnly(m.text, m.name)) && bareNameKind(m) == claims.Person && !commonWord(m.name) {
				// "Sharon said" of Sharon Osbourne, named in full before; "Dr Habibur" of
				// Prof Dr Habibur Nasir Chowdhury, as South Asian news calls him.
				sp.Name = p.list[i].name
				fillFrom(&sp, p.list[i])
			} else if m.role == "" && m.text == m.name {
				sp.Kind = bareNameKind(m)
			}
		} else if i, ok := p.bySurname[strings.ToLower(surname(m.name))]; ok && (p.list[i].name == m.name || p.list[i].titleName == m.name || particleSurname(m.name, p.list[i].name) || p.doubleSurname(m.name, p.list[i].name)) {
			sp.Name = p.list[i].name // "Local Hero Dorothy Woods" of a title is the text's Dorothy Woods
			fillFrom(&sp, p.list[i])
		}
	case m.kind == claims.Person || m.kind == claims.Anonymous && m.roleKey != "" && !m.indef:
		n, ok := p.byRoleBefore(m.roleKey, m.country, m.span.Start)
		if !ok {
			n, ok = p.byQualifiers(m)
		}
		if !ok {
			n, ok = p.onlyBefore(m)
		}
		if !ok && m.roleKey == "chief" {
			n, ok = p.boss(m)
		}
		if ok && p.qualifiersFit(m, n) && !p.anchoredAhead(m, n) {
			// "the President announced …" is not the union's president a later paragraph
			// names: "Its president, Joe Ajuba, said".
			sp.Name, sp.Kind = n.name, claims.Person
			fillFrom(&sp, n)
		} else {
			sp.Name = m.text
			sp.Kind = claims.Anonymous
		}
	default:
		sp.Name = m.name
		if sp.Name == "" {
			sp.Name = m.text
		}
	}
	aliases := map[string]bool{}
	for _, a := range []string{m.text, m.name, m.role} {
		if a != "" && a != sp.Name {
			aliases[a] = true
		}
	}
	if sp.Kind == claims.Person && strings.Contains(sp.Name, " ") {
		aliases[surname(sp.Name)] = true
	}
	for a := range aliases {
		sp.Aliases = append(sp.Aliases, a)
	}
	sort.Strings(sp.Aliases)
	return sp
}

// bareNameKind says what a one-word name, naming no one met in the document, speaks
// for. WordNet knows "Smith", "the Scot" and "the Tories" as people; "Nato", "Hamas" and
// "Liverpool" as bodies or places, which speak as organisations. A name after "the"
// that WordNet does not know is a body too: "the Fed", "the Bundesbank".
func bareNameKind(m mention) claims.SpeakerKind {
	n := strings.ToLower(m.name)
	person := wordnet.IsA(n, "person", wordnet.Noun)
	body := wordnet.IsA(n, "organization", wordnet.Noun) || wordnet.IsA(n, "social group", wordnet.Noun)
	switch {
	case (person || body) && knownPlural(n):
		return claims.Group // "the Tories", "Italians", "Firms"
	case body && (m.def || !person):
		return claims.Organisation // "the Fed", "Nato"
	case person:
		return claims.Person
	case m.def || wordnet.IsA(n, "location", wordnet.Noun):
		return claims.Organisation // "the Bundesbank", "Liverpool"
	}
	return claims.Person
}

// titledOnly reports whether text is name after honorifics alone: "Dr Habibur".
func titledOnly(text, name string) bool {
	f := strings.Fields(text)
	if len(f) < 2 || f[len(f)-1] != name {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !honorifics[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func fillFrom(sp *claims.Speaker, n person) {
	if sp.Role == "" || n.role != "" && academicTitles[strings.ToLower(sp.Role)] {
		sp.Role = n.role // "Prof" gives way to "chief medical officer"
	}
	if sp.Affiliation == "" {
		sp.Affiliation = n.country
	}
}

// byRoleInitials returns the one person whose office ends in the words a mention "the
// CS", "the DG" abbreviates by their initials: "Cabinet Secretary", "Director-General".
func (p *people) byRoleInitials(m mention) (person, bool) {
	abbr := strings.TrimPrefix(m.text, "the ")
	if len(abbr) < 2 || len(abbr) > 4 || strings.ToUpper(abbr) != abbr || strings.ToLower(abbr) == abbr || p.lx.places[strings.ToLower(abbr)] != "" {
		return person{}, false // not "the US", a country, of an under-secretary
	}
	var found []person
	for _, n := range p.list {
		f := strings.FieldsFunc(n.role, func(r rune) bool { return r == ' ' || r == '-' })
		if len(f) < len(abbr) {
			continue
		}
		ini := ""
		for _, w := range f[len(f)-len(abbr):] {
			ini += strings.ToUpper(w[:1])
		}
		if ini == abbr && !slices.ContainsFunc(found, func(o person) bool { return o.name == n.name }) {
			found = append(found, n)
		}
	}
	if len(found) != 1 {
		return person{}, false
	}
	return found[0], true
}
