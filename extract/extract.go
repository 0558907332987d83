package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/nlp"
	"github.com/contradict/contradict/internal/wordnet"
)

// Extractor finds the attributed statements in documents. Its zero value is ready to use and
// it is safe for concurrent use.
type Extractor struct{}

// Extract returns the claims of doc in order of their position in the text. Each claim's ID
// is "<doc.ID>#<n>". Text that is not valid UTF-8 yields no claims; see
// claims.Document.Validate to report why.
func (e *Extractor) Extract(doc claims.Document) []claims.Claim {
	lx, err := loadLexicon()
	if err != nil || !utf8.ValidString(doc.Text) || strings.IndexByte(doc.Text, 0) >= 0 {
		return nil
	}
	text := doc.Text
	blocks := layout(text, lx)
	a := &analyser{lx: lx, text: text, people: lx.indexPeople(text, blocks)}
	units := makeUnits(text, blocks)
	a.units = units
	for i, u := range units {
		n := len(a.out)
		a.para = u.para
		a.inTitle = u.kind == headline || u.span.Start == 0
		var tagged []word
		// A question with no cue may be an interviewer's, and the unit after it the answer.
		analysed := worthTagging(a.scanned(u.span), u, lx) || asks(text, u) || i > 0 && asks(text, units[i-1])
		if analysed {
			a.next, a.prev = claims.Span{}, claims.Span{}
			if i+1 < len(units) {
				a.next = units[i+1].span
			}
			if i > 0 {
				a.prev = units[i-1].span
			}
			tagged = a.analyse(i, u)
		}
		if !a.lexiconClaims(n) {
			a.noteSubject(i, u, tagged, analysed)
		}
	}
	a.describedFirst(units)
	a.describedPersonFirst(units)
	a.documentSpeakers(units)
	a.groupVoicedNext(units)
	a.acronymSpeakers()
	a.roleAcronymBodies()
	a.bodyNounAffiliations()
	a.openingBodies()
	a.keepNamed()
	a.splitRevisions()
	ats := a.out
	// Hosts are indices into a.out: keep them true through the sort.
	order := make([]int, len(ats))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return ats[order[i]].content.Start < ats[order[j]].content.Start })
	newIndex := make([]int, len(ats))
	sorted := make([]attribution, len(ats))
	for to, from := range order {
		newIndex[from] = to
		sorted[to] = ats[from]
	}
	for i := range sorted {
		if sorted[i].host >= 0 {
			sorted[i].host = newIndex[sorted[i].host]
		}
		if sorted[i].revisedBy > 0 {
			sorted[i].revisedBy = newIndex[sorted[i].revisedBy-1] + 1
		}
	}
	ats = sorted
	selfAsIt(text, ats)
	ownedDocuments(text, ats, units)
	shortBodyNames(ats, a.lx)
	businessRoles(ats)
	ownedRoles(ats)
	ledeNames(ats, units, text, a.lx)
	stances := a.stances(ats, units)
	pub := publication(doc) // reads the document's dateline when it has no date
	whens := a.dates(pub, ats, units)
	out := make([]claims.Claim, 0, len(ats))
	ids := make([]string, len(ats))
	for i := range ats {
		ids[i] = fmt.Sprintf("%s#%d", doc.ID, i+1)
	}
	responses := a.responses(ats, units, ids, whens)
	undateAnswered(ats, ids, whens, responses, text)
	revisionResponses(text, ats, ids, whens, responses)
	for i, at := range ats {
		u := units[at.unit]
		ev := u.span
		if !ev.Contains(at.content) {
			ev = claims.Span{Start: min(ev.Start, at.content.Start), End: max(ev.End, at.content.End)}
		}
		src := at.source
		if at.referent.Len() > 0 && at.referent.End <= src.Start {
			src.Start = at.referent.Start
		}
		var via claims.Channel
		if at.via.Name != "" {
			via = claims.Channel{Name: at.via.Name, Kind: at.via.Kind, Mention: claims.ExcerptOf(text, at.viaSource)}
		}
		prop := stances[i].prop
		a.quotedPerson(at, &prop)
		ref := pub
		if whens[i].Precision == claims.Day {
			ref = whens[i].Date
		}
		prop.Time = eventTime(at.content.In(text), &prop.Clause, ref)
		for k, sp := range stances[i].more {
			prop.More[k].Time = eventTime(sp.In(text), &prop.More[k], ref)
		}
		out = append(out, claims.Claim{
			ID:          ids[i],
			Doc:         doc.ID,
			Speaker:     at.speaker,
			Via:         via,
			Source:      claims.ExcerptOf(text, src),
			Cue:         claims.ExcerptOf(text, at.cue),
			Content:     claims.ExcerptOf(text, at.content),
			Evidence:    claims.ExcerptOf(text, ev),
			Quoted:      at.quoted,
			Denies:      at.class == cueDeny && !at.negated, // "did not deny the report" denies nothing
			When:        whens[i],
			Target:      stances[i].target,
			Holder:      stances[i].holder,
			Polarity:    stances[i].polarity,
			Asserted:    stances[i].asserted,
			Proposition: prop,
			Responses:   responses[i],
		})
	}
	return out
}

// undateAnswered leaves undated a remark stated as a noun inside what a response answers,
// where the response's day was given it: "on Wednesday retracted his statement that the
// pier would be shut" dates the retraction, not the statement, which came before.
func undateAnswered(ats []attribution, ids []string, whens []claims.When, responses [][]claims.Response, text string) {
	for i := range responses {
		for _, r := range responses[i] {
			if r.Negated || r.Answered.Len() == 0 {
				continue
			}
			for _, id := range r.Answers {
				j := slices.Index(ids, id)
				if j < 0 || j == i || !r.Answered.Span.Contains(ats[j].content) && !r.Answered.Span.Contains(claims.Span{Start: ats[j].cue.Start, End: ats[j].cue.Start + 1}) || !strings.HasSuffix(strings.ToLower(ats[j].cue.In(text)), " that") && ats[j].namedFor.Len() == 0 {
					continue
				}
				if whens[j].Known() && whens[j].Date == whens[i].Date && whens[j].Precision == whens[i].Precision {
					whens[j] = claims.When{}
				}
			}
		}
	}
}

// asks reports whether unit u ends in a question mark.
func asks(text string, u unit) bool {
	return strings.HasSuffix(strings.TrimSpace(u.span.In(text)), "?")
}

// selfAsIt makes an organisation of a one-word "person" whose statement speaks of itself
// as "it": "Microsoft said it plans to cut 500 jobs", "Yukos said its assets were seized".
// So does one the text follows with ", which": "PayNest, which says it has 3 million
// users, said …". WordNet does not know most companies' names, and news names a person in full
// first.
func selfAsIt(text string, ats []attribution) {
	bodies, tried := map[string]bool{}, map[string]bool{} // tried: names subjectWhich has searched the text for
	for _, at := range ats {
		sp, src := at.speaker, at.source.In(text)
		if bodies[sp.Name] || sp.Kind != claims.Person || sp.Role != "" {
			continue
		}
		if first, _, _ := strings.Cut(sp.Name, " "); strings.Contains(src, " ") || src != first {
			// Not named bare ("Novartis", though the document also says "Novartis Sandoz"):
			// a name in full is a person's, unless ", which" follows it as the subject of
			// its cue ("Al Shabaka Sport, which said …"); not "…, said Jan Roe, which
			// surprised the staff", where "which" takes up the clause.
			if !tried[sp.Name] && (src == "which" || src == sp.Name && at.source.End <= at.cue.Start && strings.HasPrefix(text[at.source.End:], ", which ")) {
				bodies[sp.Name], tried[sp.Name] = subjectWhich(text, sp.Name), true
			}
			continue
		}
		c := at.content.In(text)
		ws := strings.Fields(strings.ToLower(c[:min(len(c), 40)])) // the first words will do
		if len(ws) >= 3 && (ws[0] == "its" || ws[0] == "it" && itVerbs[ws[1]] && !placeholderVerbs[ws[2]]) || !tried[sp.Name] && subjectWhich(text, sp.Name) {
			bodies[sp.Name] = true
		}
		tried[sp.Name] = true
	}
	for i, at := range ats {
		if bodies[at.speaker.Name] && at.speaker.Kind == claims.Person {
			ats[i].speaker.Kind = claims.Organisation
		}
	}
}

// ownedDocuments gives a document or story called "its" ("According to its transcript,
// …") to the body whose claim comes nearest before it, in its paragraph or the one
// before, and makes that body the channel of what the document reports.
func ownedDocuments(text string, ats []attribution, units []unit) {
	for i := range ats {
		at := &ats[i]
		noun, ok := strings.CutPrefix(strings.ToLower(at.source.In(text)), "its ")
		if !ok || !documentNouns[noun] && !storyNouns[noun] || at.speaker.Kind == claims.Person {
			continue
		}
		p := units[at.unit].para
		for j := i - 1; j >= 0 && units[ats[j].unit].para >= p-1; j-- {
			o := ats[j].speaker
			if _, body := bodyClass(o.Role); o.Kind == claims.Organisation && o.Name != strings.ToLower(o.Name) || o.Kind == claims.Anonymous && body {
				old := at.speaker
				at.speaker = withAlias(o, at.source.In(text))
				for k := range ats {
					if ats[k].via.Name == old.Name && ats[k].viaSource == at.source {
						ats[k].via = o
					}
				}
				break
			}
		}
	}
}

// shortBodyNames gives a body called by the end of its name the full name, a place and
// that name, an earlier claim gave it: "the Daily News claims …" after "the New York
// Daily News suggested …". Of two bodies whose names end alike, neither.
func shortBodyNames(ats []attribution, lx *lexicon) {
	for i := range ats {
		sp := &ats[i].speaker
		if sp.Kind != claims.Organisation || !properName(sp.Name) || !strings.Contains(sp.Name, " ") {
			continue
		}
		full, names := -1, map[string]bool{}
		for k, o := range ats {
			n := o.speaker.Name
			if o.speaker.Kind != claims.Organisation || !strings.HasSuffix(n, " "+sp.Name) || !properName(n) || strings.Contains(n, " and ") {
				continue // not "Sunday Times and The Sunday Telegraph", two bodies
			}
			names[n] = true
			if place := strings.TrimSuffix(n, " "+sp.Name); full < 0 && k < i && placeOnly(lx, place) {
				full = k // "New York" before "Daily News"; not "Royal" or "German" before a bank
			}
		}
		if full >= 0 && len(names) == 1 { // not "the Daily News" of two papers whose names end so
			short := *sp
			*sp = withAlias(ats[full].speaker, short.Name)
			for _, a := range short.Aliases {
				*sp = withAlias(*sp, a)
			}
		}
	}
}

// placeOnly reports whether s is the name of a place and nothing more: "New York".
func placeOnly(lx *lexicon, s string) bool {
	ws := scanWords(s, claims.Span{End: len(s)})
	if lx.isDemonym(ws) {
		return false // "German" before a bank
	}
	if n, _, ok := lx.matchPlace(ws); ok && n == len(ws) {
		return true
	}
	return len(ws) <= 3 && wordnet.IsA(strings.ReplaceAll(strings.ToLower(s), " ", "_"), "location", wordnet.Noun)
}

// quotedPerson reads "he" or "she" opening a quotation's clause as the person last named
// before it, other than the speaker, in its paragraph or the one before: "Whitfield had
// sailed through his physical. “He's cleared,” Kessler said" speaks of Whitfield.
func (a *analyser) quotedPerson(at attribution, p *claims.Proposition) {
	he := func(c claims.Clause) bool { return c.Subject == "he" || c.Subject == "she" }
	if !at.quoted || at.speaker.Kind != claims.Person || !he(p.Clause) && !slices.ContainsFunc(p.More, he) {
		return
	}
	var who string
	for from := at.content.Start; who == ""; {
		n, pos, ok := a.people.before(from)
		if !ok || strings.Count(a.text[pos:at.content.Start], "\n\n") > 1 {
			return
		}
		if n.name != at.speaker.Name && !slices.Contains(at.speaker.Aliases, n.name) {
			who = n.name
		}
		from = pos
	}
	name, last := strings.ToLower(who), strings.ToLower(surname(who))
	set := func(c *claims.Clause) {
		if he(*c) {
			c.Subject = last
			if !slices.Contains(p.Names, name) {
				p.Names = append(p.Names, name)
				slices.Sort(p.Names)
			}
		}
	}
	set(&p.Clause)
	for k := range p.More {
		set(&p.More[k])
	}
}

// businessRoles gives the one body of a document to the people whose role a company owns
// by a common noun, "Folake Adeyemi, the company's chief operating officer", where the
// body was known as one only once the document was read (see selfAsIt).
func businessRoles(ats []attribution) {
	var firm string
	for _, at := range ats {
		if sp := at.speaker; sp.Kind == claims.Organisation && properName(sp.Name) {
			if firm != "" && firm != sp.Name {
				return // two bodies: which the role's is, the text must say
			}
			firm = sp.Name
		}
	}
	if firm == "" {
		return
	}
	for i := range ats {
		sp := &ats[i].speaker
		if sp.Kind != claims.Person || sp.Affiliation != "" {
			continue
		}
		r := strings.ReplaceAll(strings.ToLower(sp.Role), "’", "'")
		if strings.HasPrefix(r, "the company's ") || strings.HasPrefix(r, "the firm's ") {
			sp.Affiliation = firm
		}
	}
}

// ownedRoles gives a person whose role a common noun owns, "Tom Lee, the council's
// director" or "head of the council's festivals team", the last body before them whose
// name holds that noun: the Korean Film Council.
func ownedRoles(ats []attribution) {
	for i := range ats {
		sp := &ats[i].speaker
		if sp.Kind != claims.Person || sp.Affiliation != "" {
			continue
		}
		noun := ""
		for _, w := range strings.Fields(strings.ReplaceAll(strings.ToLower(sp.Role), "’", "'")) {
			if n, ok := strings.CutSuffix(w, "'s"); ok {
				if _, body := bodyClass(n); body {
					noun = n
				}
				break
			}
		}
		if noun == "" {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			o := ats[k].speaker
			name := o.Affiliation
			if o.Kind == claims.Organisation {
				name = o.Name
			}
			if properName(name) && slices.Contains(strings.Fields(strings.ToLower(name)), noun) {
				sp.Affiliation = name
				break
			}
		}
	}
}

// subjectWhich reports whether text has name followed by ", which", other than as the
// object of a verb in the past, where "which" may stand for the whole clause: not "Fans
// cheered Ronaldinho, which pleased the coach".
func subjectWhich(text, name string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], name+", which ")
		if k < 0 {
			return false
		}
		k += from
		before := strings.TrimRight(text[:k], " ")
		if the := strings.TrimSuffix(before, "the"); the != before && (the == "" || strings.HasSuffix(the, " ")) {
			before = strings.TrimRight(the, " ")
		}
		prev := before[strings.LastIndexAny(before, " \n")+1:]
		if before == "" || !strings.HasSuffix(prev, "ed") || prev != strings.ToLower(prev) {
			return true // "gas monopoly Gazprom, which", "run by EduVision, which"
		}
		from = k + len(name)
	}
}

// itVerbs follow "it" when "it" is a speaker speaking of itself rather than a placeholder
// ("it would be hard"): "it would cut", "it has agreed", "it plans".
var itVerbs = map[string]bool{"would": true, "will": true, "had": true, "has": true, "could": true, "plans": true, "planned": true, "expects": true, "expected": true, "intends": true, "intended": true, "aims": true, "wants": true, "hopes": true, "hoped": true}

// placeholderVerbs follow "it would", "it will" when "it" stands for no one: "it would be
// a mistake", "it will take time".
var placeholderVerbs = map[string]bool{"be": true, "been": true, "take": true, "make": true, "mean": true, "need": true, "cost": true, "help": true, "depend": true, "happen": true, "seem": true, "look": true, "feel": true, "get": true, "become": true, "come": true, "go": true, "not": true}

// speakerHead holds plural speaker nouns that often stand right before a cue: "officials
// said", "analysts expect".
var speakerHead = map[string]bool{"officials": true, "analysts": true, "experts": true, "economists": true, "sources": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "critics": true, "police": true, "government": true, "ministry": true, "company": true, "firm": true, "bank": true, "group": true, "minister": true, "president": true, "chief": true, "executive": true, "union": true, "report": true, "study": true, "survey": true, "statement": true}

// maxUnit bounds a unit that joins sentences across a quotation, so that an unclosed
// quote mark cannot turn a long paragraph into one unit.
const maxUnit = 4 << 10

// makeUnits splits the text blocks into sentences, joining sentences that one quotation
// runs across.
func makeUnits(text string, blocks []block) []unit {
	var out []unit
	for bi, b := range blocks {
		if b.kind == header || b.kind == boilerplate {
			continue
		}
		qs := findQuotes(text, b.span)
		marked := strings.ContainsAny(text[b.span.Start:b.span.End], "\"“”«»")
		first := len(out)
		for _, s := range nlp.Sentences(text, b.span) {
			if len(out) == first {
				s.Start = afterLabel(text, s) // "What they're saying: “…,” said …"
			}
			if n := len(out); n > first && s.End-out[n-1].span.Start <= maxUnit && (crossesInto(qs, out[n-1].span, s) || startsLower(text, s) || abbreviatedUnit(text, out[n-1].span, s) || prefixSplit(text, out[n-1].span, s) || tagAfterQuote(text, out[n-1].span, s)) {
				out[n-1].span.End = s.End
				continue
			}
			out = append(out, unit{span: s, kind: b.kind, para: bi, marked: marked})
		}
		// Units and quotes are both in text order: walk them together.
		q0 := 0
		for i := first; i < len(out); i++ {
			u := &out[i]
			for q0 < len(qs) && qs[q0].outer.End <= u.span.Start {
				q0++
			}
			for k := q0; k < len(qs) && qs[k].outer.Start < u.span.End; k++ {
				if qs[k].outer.End > u.span.Start {
					u.quotes = append(u.quotes, qs[k])
				}
			}
		}
	}
	return out
}

// afterLabel returns where the sentence s starts after a label that opens its paragraph, a
// short wh-phrase and a colon ("What they're saying:", "Why it matters:", "What's next:"),
// as some outlets head their paragraphs; else s.Start. The label says nothing, and its
// verb is no cue.
func afterLabel(text string, s claims.Span) int {
	head, rest, ok := strings.Cut(text[s.Start:s.End], ":")
	f := strings.Fields(head)
	if !ok || len(f) == 0 || len(f) > 4 || strings.ContainsAny(head, "\"“”‘«»0123456789\n") || !strings.HasPrefix(rest, " ") {
		return s.Start
	}
	if w, _, _ := strings.Cut(strings.ReplaceAll(f[0], "’", "'"), "'"); !whLabels[w] {
		return s.Start
	}
	if slices.ContainsFunc(f[1:], func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsUpper(r) }) {
		return s.Start // "What Duarte told us: “…”": a clause whose named speaker said the words after it
	}
	r := strings.TrimLeft(rest, " ")
	if c, _ := utf8.DecodeRuneInString(r); !unicode.IsUpper(c) && !strings.ContainsRune("\"“‘«", c) {
		return s.Start // "What matters: the vote" reads on as one sentence
	}
	return s.End - len(r)
}

// whLabels open labels; not "When", whose "When asked:" opens the sentence's clause.
var whLabels = map[string]bool{"What": true, "Why": true, "How": true, "Where": true}

// crossesInto reports whether a quotation that opens in prev is still open where s starts.
func crossesInto(qs []quote, prev, s claims.Span) bool {
	i, _ := slices.BinarySearchFunc(qs, prev.Start, func(q quote, pos int) int { return q.outer.Start - pos })
	for ; i < len(qs) && qs[i].outer.Start < prev.End; i++ {
		if qs[i].outer.End > s.Start {
			return true
		}
	}
	return false
}

// worthTagging is the cheap test that keeps the tagger off sentences that cannot hold a
// claim. It wants a quotation with a cue or filling the sentence, a strong cue ("said"),
// another cue next to a likely subject or a that-clause, "according to", a poll, a position
// or opinion noun, or a headline or paragraph opening with a speaker and a dash or colon.
// ws holds the unit's words.
func worthTagging(ws []word, u unit, lx *lexicon) bool {
	quoted := 0
	for _, q := range u.quotes {
		quoted += min(q.outer.End, u.span.End) - max(q.outer.Start, u.span.Start)
	}
	if quoted*10 >= u.span.Len()*8 {
		return true // a paragraph that is one quotation may continue a speaker
	}
	for i, w := range ws {
		if es, ok := lx.cues[w.low]; ok && cueLikely(ws, i, es, len(u.quotes) > 0, lx) {
			return true
		}
		if _, ok := lx.nominals[w.low]; ok && i > 0 && (ws[i-1].poss || possessives[ws[i-1].low]) {
			return true // "her support for", "Trump's claim that"
		}
		if _, ok := quotedCue(ws, i, lx.responses.remark); ok {
			return true
		}
		if w.low == "according" || surveyNouns[w.low] || positionNouns[w.low] || opinionNouns[w.low] || lx.model.vocab[stem(w.low)] {
			return true
		}
		if lx.responses.answersAt(ws, i) {
			return true // "On Thursday she climbed down"
		}
		if (isDash(w.text) || w.text == ":") && (u.kind == headline || i <= 6 || len(u.quotes) > 0 && i >= len(ws)-8) {
			return true
		}
	}
	return false
}

// cueLikely guesses, before tagging, whether the cue word at ws[i] reports speech: a form
// that is only ever a verb of saying, or one next to a subject-like word (a pronoun, a
// capitalised name, a speaker noun), a that-clause, a colon or a quotation.
func cueLikely(ws []word, i int, es []cueEntry, quoted bool, lx *lexicon) bool {
	w := ws[i]
	for _, e := range es {
		if len(e.words) > 1 && (i+len(e.words) > len(ws) || !wordsMatch(ws[i:i+len(e.words)], e.words)) {
			continue
		}
		switch w.low {
		case "said", "says", "told", "tells", "added", "insisted", "stressed", "warned", "denied", "denies", "accused", "claimed", "argued", "explained", "stated",
			"announced", "confirmed", "revealed", "acknowledged", "admitted", "predicted", "promised", "pledged", "vowed", "declared", "wrote", "tweeted", "asserted", "concluded", "according":
			return true
		}
		if quoted || strings.HasSuffix(w.low, "ing") && i > 0 && ws[i-1].text == "," {
			return true // a quotation, or ", saying …"
		}
		if i+1 < len(ws) && (ws[i+1].low == "that" || ws[i+1].text == ":") || i+len(e.words) < len(ws) && ws[i+len(e.words)].low == "that" {
			return true
		}
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			p := ws[j]
			if p.punc {
				break
			}
			if isPronoun(p) || p.cap && !functionWords[p.low] || speakerHead[p.low] || lx.speakers[p.low] != 0 || lx.roleWord(p.low) {
				return true
			}
		}
	}
	return false
}

// startsLower reports whether a sentence starts with a lower-case letter: the segmenter
// broke it after an abbreviation ("Rep. Gwen Moore (D-Wis.) said …").
func startsLower(text string, s claims.Span) bool {
	r, _ := utf8.DecodeRuneInString(text[s.Start:])
	return unicode.IsLower(r)
}

// abbreviatedUnit reports whether s opens with a figure after prev ends in a short
// abbreviation, a capital and lower-case letters: "a loss of Rs. | 420 million"; not
// "approved by the EU. | 12 countries voted against".
func abbreviatedUnit(text string, prev, s claims.Span) bool {
	r, _ := utf8.DecodeRuneInString(text[s.Start:])
	if !unicode.IsDigit(r) {
		return false
	}
	p := strings.TrimSuffix(text[prev.Start:prev.End], ".")
	if len(p) == prev.Len() {
		return false
	}
	w := p[strings.LastIndexAny(p, " (\n")+1:]
	return len(w) >= 2 && len(w) <= 3 && unicode.IsUpper(rune(w[0])) && strings.IndexFunc(w[1:], func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// prefixSplit reports whether the segmenter broke a name after an abbreviation that
// only ever stands before one, which its list lacks: "in Sta. | Cruz, Manila",
// "Health Undersecretary Ma. | Teresa Villaflor", "Mt. | Apo". A sentence that opens
// with a pronoun or a function word is a sentence: "… founder Jack Ma. | The minister".
func prefixSplit(text string, prev, s claims.Span) bool {
	r, _ := utf8.DecodeRuneInString(text[s.Start:])
	p, ok := strings.CutSuffix(text[prev.Start:prev.End], ".")
	if !ok || !unicode.IsUpper(r) || !namePrefixes[p[strings.LastIndexAny(p, " (\n")+1:]] {
		return false // most sentences: no name's abbreviation before them, no words to read
	}
	first := strings.ToLower(strings.TrimRight(strings.Fields(s.In(text))[0], ",;:"))
	_, pron := pronouns[first]
	return !pron && !functionWords[first] && !objectOpeners[first]
}

// namePrefixes are abbreviated titles and place words that open a name.
var namePrefixes = map[string]bool{
	"Sta": true, "Sto": true, "Mt": true, "Ma": true, "Mme": true, "Msgr": true, "Cong": true,
	"Sec": true, "Usec": true, "Asec": true, "Brgy": true, "Engr": true, "Dep": true,
}

// tagAfterQuote reports whether s is a short sentence right after one that ends with a
// closing quote mark: "“How many times?” | Clinton said." was split at the question mark.
func tagAfterQuote(text string, prev, s claims.Span) bool {
	r, _ := utf8.DecodeLastRuneInString(text[prev.Start:prev.End])
	if r != '”' && r != '"' && r != '’' && r != '\'' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[s.Start:])
	if isQuoteRune(first) {
		return false
	}
	if s.Len() <= 60 && strings.Count(s.In(text), " ") <= 6 {
		return true
	}
	ws := scanWords(text, s)
	if saidToWhom(ws) && !strings.ContainsAny(s.In(text), "\"“”") {
		return true
	}
	// "…?” Trump said, looking out on the crowd.": after a question or an exclamation,
	// the speaker and a verb of saying open the sentence and a comma follows them.
	q := strings.TrimRight(text[prev.Start:prev.End], "”\"’'")
	if !strings.HasSuffix(q, "?") && !strings.HasSuffix(q, "!") {
		return false
	}
	for k := 1; k+2 < len(ws) && k <= 4; k++ {
		if trailingSay[ws[k].low] && ws[k+1].text == "," {
			r, _ := utf8.DecodeRuneInString(text[ws[k+2].span.Start-1:])
			return !isQuoteRune(r) // not "He added, “…”": a quotation of its own
		}
	}
	// "…?” Miller, a retired worker from a nuclear plant, said pleasantly into the
	// phone.": a subject with an apposition, the verb and a phrase of manner or place, and
	// no quotation or further clause of its own.
	for k := 1; k < len(ws) && k <= 14; k++ {
		if trailingSay[ws[k].low] && ws[k-1].text == "," && ws[1].text == "," {
			return !strings.ContainsAny(s.In(text), "\"“”") && !slices.ContainsFunc(ws[k+1:], func(w word) bool { return trailingSay[w.low] || w.low == "that" })
		}
	}
	return false
}

// saidToWhom reports whether ws, a sentence after a closing quotation, open with a
// speaker and a verb of saying followed only by whom it was said to, of what, where or
// when: "“…?” Trump said to a crowd of about 500.", "“…!” Sessions said as he launched the
// process.", "“…?” Trump said of Apple in February, when the company balked …". Such a
// sentence has no content of its own; the quotation before it is what was said.
func saidToWhom(ws []word) bool {
	k := 1
	for k < len(ws) && k <= 5 && !plainSay[ws[k].low] {
		if ws[k].punc || strings.HasPrefix(ws[k].tag, "VB") || ws[k].tag == "MD" {
			return false
		}
		k++
	}
	if k >= len(ws)-1 || k > 5 || !tagAdjuncts[ws[k+1].low] {
		return false
	}
	for _, w := range ws[k+1:] {
		if subordinators[w.low] && w.low != ws[k+1].low || trailingSay[w.low] {
			break // "…, when the company balked": a clause of time
		}
		if w.low == "that" || finiteVerb([]word{w}) && !subordinators[ws[k+1].low] {
			return false // "said in 2012 the plan was dead": a content of its own
		}
	}
	return true
}

// plainSay are the verbs of saying whose phrase after them says to whom, where or when,
// never what: not "argued in favor of …", "insisted on …".
var plainSay = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "asked": true, "asks": true, "added": true, "adds": true, "wrote": true, "writes": true, "replied": true, "tweeted": true}

// tagAdjuncts open what may follow a quotation's speaker and verb without a content of
// their own: the hearer ("to"), the topic ("of", "about"), the place or time.
var tagAdjuncts = map[string]bool{"to": true, "of": true, "about": true, "in": true, "at": true, "during": true, "on": true, "as": true, "when": true, "after": true, "before": true, "while": true, "from": true}

// trailingSay are the verbs of saying that follow a quotation's speaker.
var trailingSay = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "asked": true, "asks": true, "told": true, "wrote": true, "writes": true, "replied": true, "continued": true, "explained": true, "insisted": true, "recalled": true, "declared": true, "tweeted": true, "argued": true, "noted": true}
