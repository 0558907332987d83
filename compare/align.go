package compare

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// lexicon answers and remembers the WordNet questions Compare asks of pairs of words.
type lexicon struct {
	syn, al map[[2]string]bool
	sets    map[string][]int32  // a word's synsets, every part of speech
	opp     map[string]opposite // see antonyms
	dirs    map[string]direction
	terms   []term             // shared's scratch
	orgs    map[string]bool    // whether a noun names a kind of organisation
	cuts    map[string]bool    // whether a clause speaks of cutting staff, by its words
	course  map[string][2]bool // whether a verb halts or goes on: see halts and goesOn
}

// direction is which way a verb moves a quantity, in some sense of it: up ("raise",
// "add", "expand"), down ("lower", "slash"), or both ("cut" is also to increase, as a
// record's length).
type direction struct{ up, down bool }

// term is a content word with its synsets.
type term struct {
	w    string
	sets []int32
}

// opposite is what antonymy asks of one word: see [wordnet.AntonymSets].
type opposite struct{ widened, opposites []int32 }

func newLexicon() *lexicon {
	return &lexicon{syn: map[[2]string]bool{}, al: map[[2]string]bool{}, sets: map[string][]int32{}, opp: map[string]opposite{}, dirs: map[string]direction{}, orgs: map[string]bool{}, cuts: map[string]bool{}, course: map[string][2]bool{}}
}

// directionOf returns the way verb v moves a quantity, by WordNet's hypernyms: a kind of
// "increase", of "decrease", or of neither.
func (l *lexicon) directionOf(v string) direction {
	d, ok := l.dirs[v]
	if !ok {
		d = direction{up: wordnet.IsA(v, "increase", wordnet.Verb), down: wordnet.IsA(v, "decrease", wordnet.Verb)}
		l.dirs[v] = d
	}
	return d
}

// counter reports whether verbs a and b move a quantity opposite ways: one only up and
// the other down in some sense, or the reverse: "add" and "cut", "raise" and "slash".
func (l *lexicon) counter(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	da, db := l.directionOf(a), l.directionOf(b)
	only := func(x, y direction) bool { return x.up && !x.down && y.down || x.down && !x.up && y.up }
	return only(da, db) || only(db, da)
}

// synsets returns the synsets of w, looked up once.
func (l *lexicon) synsets(w string) []int32 {
	s, ok := l.sets[w]
	if !ok {
		s = wordnet.Synsets(w, wordnet.AnyPOS)
		l.sets[w] = s
	}
	return s
}

func key2(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// same reports whether two base forms name one thing: equal, or WordNet synonyms, or
// derivations of one another ("resign"/"resignation").
func (l *lexicon) same(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	return l.related(a, b, l.synsets(a), l.synsets(b))
}

// related is same for two different words, neither empty, whose synsets are sa and sb.
func (l *lexicon) related(a, b string, sa, sb []int32) bool {
	if wordnet.Overlap(sa, sb) {
		return true
	}
	if n := min(len(a), len(b), 4); a[:n] != b[:n] {
		return false // no derivation, by derived's rule
	}
	k := key2(a, b)
	v, ok := l.syn[k]
	if !ok {
		v = derived(a, b)
		l.syn[k] = v
	}
	return v
}

// derived reports whether a and b are linked by a WordNet derivational pointer across
// parts of speech, and share their first four letters: "decide"/"decision", not
// "court"/"tribunal".
func derived(a, b string) bool {
	n := min(len(a), len(b), 4)
	return a[:n] == b[:n] && wordnet.Related(a, b, wordnet.AnyPOS)
}

// antonyms reports whether WordNet calls a and b opposites, as [wordnet.Antonyms] does,
// from the sets of each word looked up once.
func (l *lexicon) antonyms(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	return wordnet.Overlap(l.opposite(a).opposites, l.opposite(b).widened) || negativePrefix(a, b) || negativePrefix(b, a)
}

// negativePrefix reports whether b is the adjective a with the prefix "un" or "non",
// both listed as adjectives: "justified"/"unjustified", which WordNet files apart.
func negativePrefix(a, b string) bool {
	r, ok := strings.CutPrefix(b, "un")
	if !ok {
		r, ok = strings.CutPrefix(b, "non")
	}
	if !ok || len(wordnet.Senses(b, wordnet.Adj)) == 0 {
		return false
	}
	// Or the participle of verb a: "unfilled" against "filled", "unpaid" against "paid".
	return r == a && len(wordnet.Senses(a, wordnet.Adj)) > 0 || r != a && slices.Contains(wordnet.Lemmas(r, wordnet.Verb), a)
}

func (l *lexicon) opposite(w string) opposite {
	o, ok := l.opp[w]
	if !ok {
		o.widened, o.opposites = wordnet.AntonymSets(w, wordnet.AnyPOS)
		l.opp[w] = o
	}
	return o
}

// shared returns the terms of x that name a term of y, by [lexicon.same].
func (l *lexicon) shared(x, y []string) []string {
	var out []string
	// y's terms, weak ones left out, with their synsets: looked up once, not once for
	// each term of x.
	ys := l.terms[:0]
	for _, b := range y {
		if !weakTerms[b] {
			ys = append(ys, term{w: b, sets: l.synsets(b)})
		}
	}
	l.terms = ys[:0]
	for _, a := range x {
		if weakTerms[a] {
			continue
		}
		var sa []int32
		if a != "" {
			sa = l.synsets(a)
		}
		for _, b := range ys {
			if a == b.w || a != "" && b.w != "" && l.related(a, b.w, sa, b.sets) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// months name the periods a statement may be about.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// periodsOf returns the months and years a proposition names.
func periodsOf(p *claims.Proposition) []string {
	var out []string
	for _, n := range p.Names {
		if months[n] {
			out = append(out, n)
		}
	}
	for _, t := range p.Terms {
		if len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) && strings.Trim(t, "0123456789") == "" {
			out = append(out, t)
		}
		if reportingPeriods[t] {
			out = append(out, t) // "fourth-quarter sales fell" and "full-year sales rose"
		}
	}
	return out
}

// reportingPeriods are the spans of time a company's or a government's figures are given
// for, written as one word: two claims about different ones speak of different figures.
var reportingPeriods = map[string]bool{
	"first-quarter": true, "second-quarter": true, "third-quarter": true, "fourth-quarter": true,
	"full-year": true, "half-year": true, "first-half": true, "second-half": true,
	"quarterly": true, "annual": true, "monthly": true, "year-to-date": true,
}

// spanPeriods returns the reporting periods a content names in words: "in the third
// quarter" (third-quarter), "the first nine months" (9-months), "for the full year".
func spanPeriods(text string) []string {
	text = strings.ToLower(text) // headlines write "Fourth Quarter"
	if !strings.Contains(text, "quarter") && !strings.Contains(text, "half") && !strings.Contains(text, "months") && !strings.Contains(text, "year") {
		return nil // the regular expression is dear, and most contents name no span
	}
	var out []string
	for _, m := range spanRE.FindAllStringSubmatch(text, -1) {
		switch {
		case m[1] != "":
			out = append(out, m[1]+"-"+m[3])
		case m[4] != "":
			n := m[4]
			if v, ok := smallNumbers[n]; ok {
				n = v
			}
			out = append(out, n+"-months")
		default:
			out = append(out, "full-year")
		}
	}
	return out
}

var spanRE = regexp.MustCompile(`\b(?:(first|second|third|fourth)[ -](fiscal |financial )?(quarter|half)|(?:first|past|last|next|coming) (two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) months|(?:full|whole)[ -]year)\b`)

var smallNumbers = map[string]string{"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11"}

// claimPeriods returns the periods a claim's content names, as terms and in words: read
// once per claim, as pairing compares each with many.
func claimPeriods(c *claims.Claim) []string {
	ps := slices.DeleteFunc(periodsOf(&c.Proposition), func(p string) bool { return (months[p] || year(p)) && bound(c.Content.Text, p) })
	return append(ps, spanPeriods(c.Content.Text)...)
}

// year reports whether a period term is a year: "2014".
func year(p string) bool { return len(p) == 4 && strings.Trim(p, "0123456789") == "" }

// bound reports whether every mention of month (or year) in text bounds a time rather
// than names the period something is told of: "the squad I'll have until May", "the plan
// from the start of January", "keep the service going through 2014"; not "prices fell in
// May".
func bound(text, month string) bool {
	f := strings.Fields(text)
	seen := false
	for i, w := range f {
		if t := strings.Trim(w, ".,;:\"'“”"); t == month && !year(month) || strings.ToLower(t) != month {
			continue // in lower case, "may" and "march" are verbs
		}
		seen = true
		k := i - 1
		if k > 0 && (f[k] == "of" || dayOfMonth(f[k])) {
			k-- // "the start of January", "until 31 May"
		}
		prev := ""
		if k >= 0 {
			prev = strings.ToLower(f[k])
		}
		switch prev {
		case "until", "till", "through":
		case "since", "from", "by", "before", "after", "start", "end", "beginning", "middle":
			if year(month) {
				return false // "could fall by 2027": a year is the span of what is told
			}
		default:
			return false
		}
	}
	return seen
}

// dayOfMonth reports whether w is a day of the month written before it: "31", "1st".
func dayOfMonth(w string) bool {
	n, err := strconv.Atoi(strings.TrimRight(w, "stndrh"))
	return err == nil && n >= 1 && n <= 31
}

// periodsApart reports whether two claims both name periods, and none in common: "revenue
// fell 12% in the third quarter" and "for the first nine months revenue rose 3%" are
// figures for two spans.
func periodsApart(px, py []string) bool {
	if len(px) == 0 || len(py) == 0 {
		return false
	}
	for _, a := range px {
		if slices.Contains(py, a) {
			return false
		}
	}
	return true
}

// sharedNames returns the names of x also in y, a name matching its last word in the other
// ("blair" and "tony blair").
func sharedNames(x, y []string) []string {
	var out []string
	for _, a := range x {
		for _, b := range y {
			if a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a) || acronymOf(a, b) || acronymOf(b, a) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// weakTerms are content words too common in news to tie two statements to one matter.
var weakTerms = map[string]bool{
	"people": true, "year": true, "time": true, "new": true, "good": true, "bad": true, "big": true, "last": true,
	"first": true, "next": true, "many": true, "more": true, "much": true, "other": true, "own": true, "way": true,
	"take": true, "give": true, "come": true, "see": true, "know": true, "put": true, "look": true, "want": true,
	"need": true, "use": true, "work": true, "keep": true, "let": true, "mean": true, "become": true, "show": true,
	"try": true, "leave": true, "call": true, "feel": true, "find": true, "include": true, "like": true, "able": true,
	"thing": true, "lot": true, "part": true, "number": true, "day": true, "week": true, "month": true, "great": true,
	"mr": true, "mrs": true, "ms": true, "one": true, "two": true, "three": true, "some": true, "any": true,
}

// acronymOf reports whether short, one word, is the initials of long's words, less the
// little ones: "nfa" of "national food authority".
func acronymOf(long, short string) bool {
	if len(short) < 2 || strings.Contains(short, " ") || !strings.Contains(long, " ") {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(long) {
		if w != "of" && w != "and" && w != "the" && w != "for" {
			b.WriteByte(w[0])
		}
	}
	return b.String() == short
}

// onlyMonths reports whether every period of ps is a month.
func onlyMonths(ps []string) bool {
	return !slices.ContainsFunc(ps, func(p string) bool { return !months[p] })
}

// startsApart reports whether p and q open on different days and neither ends: "from
// January 1" against "not before April 1" are two starts of one thing, though the days
// after both overlap.
func startsApart(p, q claims.Period) bool {
	return p.To.IsZero() && q.To.IsZero() && !p.From.IsZero() && !q.From.IsZero() && p.From != q.From
}

// agent reports whether a subject is one who acts, not what is done: "we", "the
// government", "the president", not "the levy".
func (l *lexicon) agent(s string) bool {
	if pronoun(s) {
		return true
	}
	if f := strings.Fields(s); len(f) > 1 {
		s = f[len(f)-1]
	}
	return l.org(s) || wordnet.IsA(s, "person", wordnet.Noun)
}

// org reports whether noun w names a kind of organisation, looked up once.
func (l *lexicon) org(w string) bool {
	org, ok := l.orgs[w]
	if !ok {
		org = wordnet.IsA(w, "organization", wordnet.Noun)
		l.orgs[w] = org
	}
	return org
}

// sharesBeyond reports whether a term of sh is neither clause's subject nor predicate.
func (l *lexicon) sharesBeyond(sh []string, cx, cy claims.Clause) bool {
	return l.besides(sh, cx.Subject, cy.Subject, cx.Predicate, cy.Predicate) > 0
}

// besides counts the terms of sh that are none of words: the shared words of a matter
// beyond its subjects, verbs or units.
func (l *lexicon) besides(sh []string, words ...string) int {
	n := 0
	for _, t := range sh {
		if !slices.ContainsFunc(words, func(w string) bool { return l.same(t, w) }) {
			n++
		}
	}
	return n
}

// asserts reports whether a claim puts its proposition forward as true: a denial of a
// negated content asserts it ("denied it had not paid"), a plain negation denies it.
func asserts(c *claims.Claim) bool { return c.Proposition.Negated == c.Denies }

// opposition is how two propositions oppose.
type opposition struct {
	how      string    // "negation", "antonyms", "denial", "figures", "timing"
	counts   bool      // figures: two parties' counts of one thing of one day, far apart
	words    [2]string // the predicates or figures set against each other
	shared   []string  // the content terms the two share
	strength float64   // in [0,1]: how surely they speak of one matter
	weight   int       // weak or strong evidence
}

// opposed reads whether the propositions of x and y cannot both stand. figures says
// whether different figures for one quantity count: they do for one speaker or one body,
// not between parties, whose measures may differ.
func (l *lexicon) opposed(x, y *claims.Claim, sameDoc, figures, sameVoice, apart bool) (opposition, bool) {
	px, py := &x.Proposition, &y.Proposition
	// The terms the two share, dearer than the rest, are found when a reading asks for them.
	var sh []string
	found := false
	share := func() []string {
		if !found {
			sh, found = append(l.shared(px.Terms, py.Terms), sharedNames(px.Names, py.Names)...), true
		}
		return sh
	}
	var o opposition
	// One event, set at times that cannot both hold, by one voice or two of one body or
	// article: "the bill goes to Congress in the first week of March" against "the bill
	// will go to Congress in the second half of the year". Periods apart are the point
	// here, not a sign of two matters.
	// Each clause has its own time: "repairs are on schedule and the branch will carry
	// riders again before Christmas". Beyond the main clauses, the predicate must be one:
	// "voting will be held on February 21" and "votes would be counted on February 23"
	// are two events. But two voices of one body or government who time one subject
	// apart speak of one plan: "the levy would start on July 1" against "the levy would
	// not be collected until January 1".
	if (sameDoc || figures) && !x.Denies && !y.Denies {
		cys := py.Clauses()
		for i, cx := range px.Clauses() {
			for j, cy := range cys {
				if cx.Time.IsZero() || cy.Time.IsZero() || cx.Time.Overlaps(cy.Time) && !startsApart(cx.Time, cy.Time) || cx.Negated || cy.Negated || cx.Modality == claims.Asked || cy.Modality == claims.Asked {
					continue
				}
				subj := l.oneSubject(x, cx, y, cy, figures && !sameVoice)
				obj := l.sharedObject(cx, cy)
				// "pensions would be credited … on November 10" and "payments would not reach
				// accounts before November 20": a pension is a payment.
				subj = subj || obj && l.kindOf(cx.Subject, cy.Subject)
				// Where the subject is who acts, not what is timed, the two must share more
				// than it: "the government will present the budget in March" and "will hold
				// the referendum in June" are two events; "we will be a 15% margin business
				// by 2016" and "won't reach a 15% margin before 2018" one target.
				if (l.sameEvent(cx.Predicate, cy.Predicate) && (subj || obj) || subj && obj && i == 0 && j == 0 || subj && figures && !sameVoice && (!l.agent(cx.Subject) && !l.agent(cy.Subject) || l.sharesBeyond(share(), cx, cy))) && !timedApart(x, cx, y, cy) {
					o.how, o.words, o.shared = "timing", [2]string{cx.Time.String(), cy.Time.String()}, share()
					o.strength, o.weight = strength(len(sh)+1, px.Terms, py.Terms), weak
					if subj {
						o.weight = strong
					}
					return o, true
				}
			}
		}
	}
	if apart {
		// "prices rose 15.1% over 2004" and "prices fell 0.2% in December": figures for
		// two periods do not contradict each other.
		return opposition{}, false
	}
	// A question ("whether the bank would cut rates") asserts nothing to oppose.
	asked := func(c claims.Clause) bool { return c.Modality == claims.Asked }
	cxs, cys := slices.DeleteFunc(px.Clauses(), asked), slices.DeleteFunc(py.Clauses(), asked)
	// One predicate, negated on one side only; or antonyms, negated alike: in any clause
	// of either, as long as the two speak of one matter.
	for _, cx := range cxs {
		for _, cy := range cys {
			how := l.clausesOpposed(cx, cy, x.Denies, y.Denies)
			if how == "" || !sameVoice && otherTimes(cx, cy) && !timesMeet(cx, cy) || doneAndAhead(cx, cy) {
				continue
			}
			others := l.besides(share(), cx.Predicate, cy.Predicate)
			subj := l.oneSubject(x, cx, y, cy, figures && !sameVoice) || how == "negation" && (cx.Subject == "nobody") != (cy.Subject == "nobody") && cx.Modality == cy.Modality ||
				sameVoice && x.Quoted && y.Quoted && (cx.Subject == "we" || cx.Subject == "i") && cx.Subject == cy.Subject // one speaker's own "we", in their words
			if subj && !figures && (qualifiedApart(x.Content.Text, cx.Subject, y.Content.Text) || qualifiedApart(y.Content.Text, cy.Subject, x.Content.Text)) {
				continue // "the review is finished" and "the review of plans for four courts has not concluded": two reviews
			}
			if subj && otherMeasure(x.Content.Text, cx.Subject, y.Content.Text, cy.Subject) {
				continue // "gross lending fell" and "underlying lending rose": two measures
			}
			negation := how == "negation" && l.same(cx.Predicate, cy.Predicate)
			person := sameDoc && negation && samePerson(x, cx, y, cy)
			// What one acts on and the other's subject, said alike: "the city will close the
			// station" and "the station will remain open"; "has not been cleared by the
			// medical staff" and "the medical staff cleared her".
			// Only asked for where neither one subject nor one person makes it one matter.
			acted := !subj && !person && cx.Modality == cy.Modality && (l.actedOn(cx, cy) || l.actedOn(cy, cx))
			// One voice negating of one subject what it says of a kind of it is one matter:
			// "no increase in charges this year or next", then "the fee will rise".
			kinds := sameVoice && how == "negation" && l.kindOf(cx.Subject, cy.Subject)
			if !person && !subj && !acted && !kinds && l.otherSubjects(cx, cy) && !l.sharedObject(cx, cy) {
				continue
			}
			if how == "antonyms" && !subj && !acted && !l.sharedObject(cx, cy) {
				continue // "enjoy growth" and "suffer losses": opposites said of different things
			}
			if how == "negation" && cx.Predicate != cy.Predicate && (phrasal(x.Content.Text, cx.Predicate) || phrasal(y.Content.Text, cy.Predicate)) {
				continue // "no money was printed" and "the money has been set aside": a verb and its particle are a verb of their own
			}
			if (how == "antonyms" || how == "negation" && cx.Predicate != cy.Predicate) && (gauges(px, cx) || gauges(py, cy)) {
				// "the list stood at 1080" gives a level, no standing against a fall; "the
				// yards were holding 38,000 containers" no holding against "not blocked":
				// figures speak for it.
				continue
			}
			if others >= 1 || sameDoc && (subj || len(px.Terms) <= 3 || len(py.Terms) <= 3) {
				o.how, o.words, o.shared = how, [2]string{cx.Predicate, cy.Predicate}, sh
				o.strength = strength(others+1, px.Terms, py.Terms)
				o.weight = weak
				patient := figures && negation && len(cx.Objects) > 0 && len(cy.Objects) > 0 && l.same(cx.Objects[0], cy.Objects[0])
				// "these products are not safe to eat" against "its frozen mango is safe to
				// eat": in one article, a subject that points back may well be the other's.
				refers := sameDoc && negation && (cx.Refers || cy.Refers)
				// One transfer told from its two ends, of one thing: "had received their June
				// salaries" against "June salaries had not been paid".
				converse := how == "negation" && (converses[[2]string{cx.Predicate, cy.Predicate}] || l.handedOver(cx, cy)) // asserted alike, "sold" and "bought" agree
				if (subj || refers || acted) && others >= 1 || others >= 3 || person || patient && others >= 1 || converse && others >= 1 {
					// One subject, one predicate and more in common: plainly one matter. Or
					// one person said to do what they themselves say they will not: "Brand
					// should apologise" against Brand's "I will not apologise". Or two voices
					// of one body, one saying a thing will be done to what the other says it
					// will not: "there will be no job cuts" against "we will cut 650 jobs".
					o.weight = strong
				}
				return o, true
			}
		}
	}
	// A cut in staff that one side says will come and the other says will not, in other
	// words: "there will be no layoffs" against "we will eliminate 650 positions" or
	// "headcount will fall by 800". Between two parties, of one body or place both name.
	for _, cx := range cxs {
		for _, cy := range cys {
			// Tense says little here: "we are not cutting jobs" speaks of plans, and "was not
			// planning any layoffs" is reported speech; only a quoted past is a cut done.
			done := cx.Tense == claims.Past && x.Quoted || cy.Tense == claims.Past && y.Quoted
			if (cx.Negated == x.Denies) == (cy.Negated == y.Denies) || done || !l.staffCut(cx, x.Content.Text) || !l.staffCut(cy, y.Content.Text) {
				continue
			}
			// Or of one kind of worker both name, with a body both speak of: "no teacher in
			// this division will lose their job" against "the division will issue layoff
			// notices to six teachers".
			if !figures && !(sameDoc && len(sharedNames(px.Names, py.Names)) > 0 && !l.otherSubjects(cx, cy)) &&
				!(sameDoc && l.sameWorkers(cx, cy) && slices.ContainsFunc(share(), l.org)) {
				continue
			}
			o.how, o.words, o.shared = "negation", [2]string{cx.Predicate, cy.Predicate}, share()
			o.strength, o.weight = max(strength(len(sh), px.Terms, py.Terms), 0.5), strong
			return o, true
		}
	}
	// A quantity one side says will be held and the other says will move, both looking
	// ahead: "will keep its benchmark rate unchanged for the rest of the year" against "I
	// expect us to lower the rate by 25 basis points this year".
	if (figures || sameDoc) && (px.Time.IsZero() || py.Time.IsZero() || px.Time.Overlaps(py.Time)) {
		for _, cx := range cxs {
			for _, cy := range cys {
				if l.heldAgainstMoved(x, cx, y, cy) {
					o.how, o.words, o.shared = "antonyms", [2]string{cx.Predicate, cy.Predicate}, share()
					o.strength, o.weight = max(strength(len(sh), px.Terms, py.Terms), 0.5), weak
					if figures || (l.oneSubject(x, cx, y, cy, false) || plan(cx.Subject) && plan(cy.Subject)) && !ownEach(x, cx.Subject, y, cy.Subject) {
						o.weight = strong
					}
					return o, true
				}
			}
		}
	}
	// One side says a thing does not exist and the other speaks of it as there: "there
	// was no offer for the striker" against "the club accepted an offer for the striker",
	// "there is no fuel subsidy in the budget" against "the budget includes a fuel
	// subsidy". Between parties the two must share what the thing is for or in.
	for _, cx := range cxs {
		for _, cy := range cys {
			if l.exists(cx, x.Denies, cy, y.Denies, figures) && boundAlike(px, py) && !newOnly(x, cx, y) || l.exists(cy, y.Denies, cx, x.Denies, figures) && boundAlike(py, px) && !newOnly(y, cy, x) {
				o.how, o.words, o.shared = "negation", [2]string{cx.Predicate, cy.Predicate}, share()
				o.strength, o.weight = max(strength(len(sh), px.Terms, py.Terms), 0.5), strong
				return o, true
			}
		}
	}
	// One side denies what the other says: "Sky denied the programme breached the code".
	if x.Denies != y.Denies && asserts(x) != asserts(y) && len(share()) >= 2 && float64(len(sh)) >= 0.4*float64(min(len(px.Terms), len(py.Terms))) {
		o.how, o.strength, o.weight, o.shared = "denial", strength(len(sh), px.Terms, py.Terms), weak, sh
		if len(sh) >= 3 && (x.Denies && taken(y) >= 0 || y.Denies && taken(x) >= 0) {
			o.weight = strong // what one side denies, in the other's words, and not against it
		}
		return o, true
	}
	if figures {
		a, b, ok := l.figurePair(px, py)
		ca, cb := clauseOf(px, a), clauseOf(py, b)
		if ok && (counted(a, b) || percentUnit(a.Unit)) && apartFigures(a, b) && !admitted(a, b) && len(share()) >= 1 &&
			!otherTimes(ca, cb) && forecast(x, ca) == forecast(y, cb) { // a figure told and a figure forecast are of two times
			o.how, o.shared = "figures", sh
			o.words = [2]string{formatAmount(a), formatAmount(b)}
			o.strength, o.weight = strength(len(sh), px.Terms, py.Terms), strong
			return o, true
		}
	}
	if !figures && sameDoc {
		// Two parties in one article counting one thing of one place or body on one day,
		// apart by a factor of two or more: "satellite images showed 312 hotspots in
		// Sumatra on Monday" against "satellites had detected only 12 hotspots in Sumatra
		// that day". Not shares, nor counts of different places ("80 million users in
		// India", "178 million in China"). Or, nearer, one count told by two parties with
		// one verb, of one place and period: "46 people were arrested" against "112
		// people were arrested".
		a, b, ok := l.figurePair(px, py)
		others := 0
		if ok && a.Value > 0 && b.Value > 0 {
			others = l.besides(share(), a.Unit, b.Unit)
		}
		ca, cb := clauseOf(px, a), clauseOf(py, b)
		plain := ok && !otherTimes(ca, cb) && !forecast(x, ca) && !forecast(y, cb) && !ca.Negated && !cb.Negated // of one time, asserted
		counts := plain && a.Value > 0 && b.Value > 0 && !percentUnit(a.Unit) && counted(a, b) && !admitted(a, b)
		// Or two parties' shares of one named whole at one named time: "covered 91 per
		// cent of the UK's landmass at the end of 2020" against "reached 67 per cent of
		// the UK's landmass at the end of 2020". Shares of different wholes, or untimed,
		// are too often two matters, and so are two parties' own ("its network covered
		// 91 per cent").
		shares := plain && percentUnit(a.Unit) && a.Of != "" && b.Of != "" && l.same(a.Of, b.Of) && math.Abs(a.Value-b.Value) >= 5 &&
			!ownSubject(x.Content.Text, ca.Subject) && !ownSubject(y.Content.Text, cb.Subject)
		// Or two parties' rates of one measure for one month both name: "hotel occupancy
		// had been 68% in August" against "hotel occupancy in August was 81%".
		levels := plain && percentUnit(a.Unit) && a.Of == "" && b.Of == "" && math.Abs(a.Value-b.Value) >= 5 && ca.Subject != "" && !pronounSubject[ca.Subject] && !weakTerms[ca.Subject] &&
			l.same(ca.Subject, cb.Subject) && slices.ContainsFunc(sharedNames(px.Names, py.Names), func(n string) bool { return months[n] }) && nearDays(x, y) &&
			!ownSubject(x.Content.Text, ca.Subject) && !ownSubject(y.Content.Text, cb.Subject)
		// Or a limit one side sets under a negation that the other's count of one subject
		// passes: "no nurse was assigned more than five patients on any shift in February"
		// against "nurses were taking seven patients on a shift, sometimes eight".
		capped := ok && counted(a, b) && !otherTimes(ca, cb) && !forecast(x, ca) && !forecast(y, cb) && ca.Subject != "" && l.same(ca.Subject, cb.Subject) &&
			(passes(ca, a, cb, b) || passes(cb, b, ca, a)) && nearDays(x, y) && slices.Equal(timeTerms(px), timeTerms(py))
		// Or two parties' counts of what one plan does, told in one article: "the
		// consultation paper proposed cutting 11 posts" against "the proposals involved
		// the loss of four posts".
		planned := counts && apartFigures(a, b) && l.planNoun(ca.Subject) && l.planNoun(cb.Subject) && nearDays(x, y)
		var tx []string
		var oneTime, sameTimes, named bool
		if counts || shares {
			// A count set at one named period ("at the end of March") is of one time
			// whenever each side told it.
			tx = timeTerms(px)
			sameTimes = slices.Equal(tx, timeTerms(py))
			oneTime = sameDay(x, y) || len(tx) > 0 && sameTimes
			named = len(sharedNames(px.Names, py.Names)) > 0
		}
		if counts && math.Max(a.Value, b.Value) >= 2*math.Min(a.Value, b.Value) && others >= 2 && (named && oneTime || standing(ca, a) && standing(cb, b) && nearDays(x, y) && !bygone(x.Content.Text) && !bygone(y.Content.Text)) ||
			counts && apartFigures(a, b) && others >= 1 && (px.Predicate != "" && l.same(px.Predicate, py.Predicate) || thereAre(ca, a) && thereAre(cb, b)) && oneTime &&
				(len(px.Names) == 0 || len(py.Names) == 0 || named) && sameTimes ||
			shares && others >= 2 && sameTimes && len(tx) > 0 && sameWhole(px.Names, py.Names) || levels && others >= 1 || capped && others >= 2 || planned && others >= 1 {
			o.how, o.counts, o.shared = "figures", true, sh
			o.words = [2]string{formatAmount(a), formatAmount(b)}
			o.strength, o.weight = strength(others, px.Terms, py.Terms), strong
			return o, true
		}
	}
	// In one article, one side negates its main clause and the other asserts its own, on
	// a matter they share at least two words of: "Indonesia no longer needs the Paris
	// Club's freeze" against "Indonesia is still considering the Paris Club's offer". It
	// weighs nothing alone, nor added to its like: on the BBC corpus two such readings
	// between two talkative parties were mostly false ("I don't think he will" against
	// "he would meet his golden rule"). It adds to a sign the text gives. Said of one
	// subject, with two more words of the matter in common, it weighs as a negation on a
	// shared matter: "the closure was imposed on the strength of a single sample" against
	// "this closure was not based on a single sample".
	if sameDoc && px.Predicate != "" && py.Predicate != "" && asserts(x) != asserts(y) && len(share()) >= 2 {
		o.how, o.words, o.shared = "negation", [2]string{px.Predicate, py.Predicate}, sh
		o.strength, o.weight = strength(len(sh), px.Terms, py.Terms)/2, 0
		cx, cy := px.Clause, py.Clause
		// Where the two verbs oppose, the reading of clauses above has judged them: "gross
		// lending did not rise" and "underlying lending rose" are two measures.
		if cx.Subject != "" && !pronoun(cx.Subject) && cx.Modality == cy.Modality && l.same(cx.Subject, cy.Subject) &&
			l.besides(sh, cx.Subject, cy.Subject, cx.Predicate, cy.Predicate) >= 2 && l.clausesOpposed(cx, cy, x.Denies, y.Denies) == "" {
			o.weight = weak
		}
		return o, true
	}
	return opposition{}, false
}

// thereAre reports whether clause c says only that there are figure a's things:
// "there were 26 patients on trolleys", "41 patients were on trolleys".
func thereAre(c claims.Clause, a claims.Amount) bool {
	return a.Unit != "" && (c.Subject == "there" && c.Predicate == a.Unit || c.Predicate == "be" && c.Subject == a.Unit)
}

// planNoun reports whether n names a plan or the paper that sets one out: "plan",
// "proposal", "scheme", "paper". Not every writing: a report or a letter is no plan.
func (l *lexicon) planNoun(n string) bool {
	return n == "paper" || n != "" && (wordnet.IsA(n, "plan", wordnet.Noun) || wordnet.IsA(n, "proposal", wordnet.Noun))
}

// admitted reports whether two figures of one quantity can both hold because one is a
// limit the other keeps within: "more than 500" and "650", "up to 40" and "12", "at least
// 30" and "more than 45". Two exact figures say nothing here.
func admitted(a, b claims.Amount) bool {
	switch {
	case a.Bound == claims.Exact && b.Bound == claims.Exact:
		return false
	case a.Bound == claims.Exact:
		return b.Admits(a.Value)
	case b.Bound == claims.Exact:
		return a.Admits(b.Value)
	case a.Bound == b.Bound:
		return true
	case a.Bound == claims.AtLeast:
		return a.Value <= b.Value
	}
	return b.Value <= a.Value
}

// passes reports whether figure p, asserted in clause cp, passes the limit a negation in
// clause cn sets with figure n: "no nurse had more than five patients" and "nurses had
// seven patients".
func passes(cn claims.Clause, n claims.Amount, cp claims.Clause, p claims.Amount) bool {
	return cn.Negated && n.Bound == claims.AtLeast && !cp.Negated && p.Bound != claims.AtMost && p.Value > n.Value
}

// standing reports whether clause c tells how many there are now of figure a, at no time
// of its own: "there were 38 vacant posts" (the count its predicate), "the board
// currently has 96 vacant posts", "1,900 patients are overdue" (a state the copula
// gives). Two parties' counts of one thing so told are of one time, the days they spoke.
func standing(c claims.Clause, a claims.Amount) bool {
	return c.Time.IsZero() && (c.Predicate == "be" || c.Predicate == "have" || c.Subject == "there" || c.Predicate == a.Unit || adjectiveOnly(c.Predicate)) && (c.Tense == claims.Present || c.Tense == claims.Past) &&
		c.Modality == claims.Asserted && !c.Negated
}

// adjectiveOnly reports whether a predicate is an adjective the copula gave, and no verb:
// "overdue", "vacant".
func adjectiveOnly(p string) bool {
	return len(wordnet.Lemmas(p, wordnet.Adj)) > 0 && len(wordnet.Lemmas(p, wordnet.Verb)) == 0
}

// bygoneRE finds a time gone by: "last year", "the previous month", "two years ago", "in
// 2012".
var bygoneRE = regexp.MustCompile(`(?i)\b(?:(?:last|previous|past) (?:year|month|week|decade|quarter|spring|summer|autumn|fall|winter)|\w+ (?:years?|months?|weeks?|days?) ago|in (?:19|20)\d\d)\b`)

// bygone reports whether text sets what it says at a time gone by.
func bygone(text string) bool { return bygoneRE.MatchString(text) }

// nearDays reports whether x and y were said within a week of each other, or either
// undated.
func nearDays(x, y *claims.Claim) bool {
	if x.When.Precision != claims.Day || y.When.Precision != claims.Day {
		return true
	}
	d := x.When.Date.DaysUntil(y.When.Date)
	return d < 7 && d > -7
}

// sameWhole reports whether two shares name one and the same place or body, and nothing
// the other lacks: "91 per cent of the UK's landmass" by Veritel's figure and by Ofcom's,
// not the board's "95.2 per cent of patients" and "across Scotland, 89.1 per cent".
func sameWhole(x, y []string) bool {
	keep := func(ns []string) []string {
		var out []string
		for _, n := range ns {
			if !timeWord(n) {
				out = append(out, n)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	kx, ky := keep(x), keep(y)
	return len(kx) > 0 && slices.Equal(kx, ky)
}

// ownSubject reports whether text gives subject as its speaker's own: "its 4G network",
// "our network".
func ownSubject(text, subject string) bool {
	f := wordsBefore(text, subject)
	return slices.ContainsFunc(f[max(0, len(f)-4):], func(d string) bool {
		return d == "its" || d == "our" || d == "their" || d == "my"
	})
}

// figurePair returns the first figures of x and y that give one quantity: of one unit,
// and of one measure where both name theirs ("a margin of 14%" and "a margin of 12%",
// not "inflation of 3%" and "growth of 2%"). The first such pair speaks for the two:
// "12%, down from 14% last year" against "14%" is read at 12%.
func (l *lexicon) figurePair(px, py *claims.Proposition) (claims.Amount, claims.Amount, bool) {
	bs := amounts(py)
	ub := make([]string, len(bs))
	for k, b := range bs {
		ub[k] = deathUnit(py, b)
	}
	for _, a := range amounts(px) {
		ua := deathUnit(px, a)
		for k, b := range bs {
			if ua != "" && l.same(ua, ub[k]) && a.Change == b.Change && a.Per == b.Per && (a.Of == "" || b.Of == "" || l.same(a.Of, b.Of)) {
				return a, b, true
			}
		}
	}
	return claims.Amount{}, claims.Amount{}, false
}

// deathUnit returns the unit of figure a of p, with a count of people who died or were
// killed counted as deaths: "12 persons had died" is a count of "39 deaths".
func deathUnit(p *claims.Proposition, a claims.Amount) string {
	switch clauseOf(p, a).Predicate {
	case "die", "kill", "perish":
		if wordnet.IsA(a.Unit, "person", wordnet.Noun) || a.Unit == "people" {
			return "death"
		}
	}
	return a.Unit
}

// clauseOf returns the clause of p that a is given in.
func clauseOf(p *claims.Proposition, a claims.Amount) claims.Clause {
	if a.Clause > 0 && a.Clause <= len(p.More) {
		return p.More[a.Clause-1]
	}
	return p.Clause
}

// counted reports whether two figures of one quantity say which: a noun counted ("312
// hotspots") or a measure named by both ("a deficit of £2bn"). Two parties' bare sums,
// "worth $8bn" and "$1.50 in cash", may be of anything.
func counted(a, b claims.Amount) bool {
	if a.Of != "" && b.Of != "" {
		return true
	}
	return a.Of == "" && b.Of == "" && nounUnit(a.Unit)
}

// nounUnit reports whether a figure's unit is a noun it counts, no sign or measure.
func nounUnit(u string) bool {
	return len(u) > 2 && !percentUnit(u) && strings.IndexFunc(u, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// amounts returns the figures of p; a proposition read before figures were listed has
// its first alone.
func amounts(p *claims.Proposition) []claims.Amount {
	if len(p.Amounts) == 0 && !p.Amount.IsZero() {
		return []claims.Amount{p.Amount}
	}
	return p.Amounts
}

// staffCut reports whether a clause speaks of cutting staff: a verb of dismissal
// ("lay off", "furlough", "downsize") with staff or nothing for its object; a verb that
// reduces or removes, with staff for its object or subject ("eliminate 650 positions",
// "headcount will fall", "jobs will go"); or a noun of such a cut ("there will be no
// layoffs", "no plans for redundancies"); or a decrease of jobs ("no job losses").
// WordNet's senses say which words these are; text is the claim's content.
func (l *lexicon) staffCut(cl claims.Clause, text string) bool {
	patient, next := "", ""
	for i, o := range cl.Objects {
		if !timeWord(o) {
			patient = o
			if i+1 < len(cl.Objects) {
				next = cl.Objects[i+1]
			}
			break
		}
	}
	key := cl.Subject + "|" + cl.Predicate + "|" + strings.Join(cl.Objects, " ")
	if v, ok := l.cuts[key]; ok {
		return v || l.jobsDecrease(patient, next, text)
	}
	staffObj := l.staff(patient)
	v := false
	switch p := cl.Predicate; {
	case p == "":
	case l.dismissal(p) && (staffObj || len(cl.Objects) == 0 || p != "dismiss" && patient == ""):
		v = true // "will lay off", "lay off 300 workers"; not "dismissed the claims", "fired shots"
	case staffObj && (wordnet.IsA(p, "decrease", wordnet.Verb) || wordnet.IsA(p, "remove", wordnet.Verb) || wordnet.IsA(p, "eliminate", wordnet.Verb) || wordnet.IsA(p, "terminate", wordnet.Verb)):
		v = true // "eliminate 650 positions", "axe 300 jobs"
	case l.staff(cl.Subject) && (wordnet.IsA(p, "decrease", wordnet.Verb) || p == "disappear"):
		v = true // "headcount will fall"
	case jobNouns[cl.Subject] && wordnet.IsA(p, "disappear", wordnet.Verb):
		v = true // "no jobs will go at the plant"; not "staff will go on strike"
	case l.cutNoun(p) && len(wordnet.Synsets(p, wordnet.Verb)) == 0 || l.cutNoun(patient):
		v = true // "no layoffs"; not the verb of "had not released the funds", though a release may be a dismissal
	case p == "lose" && (patient == "job" || jobNouns[patient] && l.staff(cl.Subject)):
		v = true // "no teacher will lose their job", "staff will lose their posts"; not "the bank will lose its position"
	}
	l.cuts[key] = v
	return v || l.jobsDecrease(patient, next, text) || patient != "" && l.cutNoun(wordBefore(text, patient))
}

// sameWorkers reports whether two clauses name one kind of worker, staff or a profession,
// as subject or object: "no teacher will lose their job" and "will issue notices to six
// teachers"; not "people", whom any cut may hit, nor a "service", which may be a body.
func (l *lexicon) sameWorkers(cx, cy claims.Clause) bool {
	workers := func(c claims.Clause) []string {
		var out []string
		for _, n := range append([]string{c.Subject}, c.Objects...) {
			if n != "" && !jobNouns[n] && !pronoun(n) && !l.org(n) && (l.staff(n) || wordnet.IsA(n, "professional", wordnet.Noun)) {
				out = append(out, n)
			}
		}
		return out
	}
	wy := workers(cy)
	return slices.ContainsFunc(workers(cx), func(a string) bool {
		return slices.ContainsFunc(wy, func(b string) bool { return l.same(a, b) })
	})
}

// jobsDecrease reports whether patient, what a clause acts on, is a decrease of jobs, with
// staff named with it, the object after it or the word of text before it: "will not result
// in job losses", "a loss of jobs", "staff reductions"; not "staff would face no pay
// cuts". The text is read only for a decrease.
func (l *lexicon) jobsDecrease(patient, next, text string) bool {
	return patient != "" && wordnet.IsA(patient, "decrease", wordnet.Noun) && (l.staff(next) || l.staff(wordBefore(text, patient)))
}

// dismissal reports whether verb v ends someone's employment in some sense: "lay off",
// "sack", "furlough", "downsize".
func (l *lexicon) dismissal(v string) bool { return wordnet.IsA(v, "dismiss", wordnet.Verb) }

// staff reports whether noun n names jobs or the people who hold them: "job",
// "position", "post", "headcount", or by WordNet a worker or a body of personnel
// ("employee", "workforce", "staff"), no military unit. Not any "force": "effect" is
// one, in the sense of a law's force.
func (l *lexicon) staff(n string) bool {
	return jobNouns[n] || n != "" && !pronoun(n) && (wordnet.IsA(n, "worker", wordnet.Noun) || wordnet.IsA(n, "personnel", wordnet.Noun) && !wordnet.IsA(n, "military unit", wordnet.Noun))
}

// jobNouns name places of employment, the senses of WordNet's "occupation" that are
// counted, and "role", as firms count them ("cut 350 roles"); the rest of "occupation"
// are trades ("law", "service").
var jobNouns = map[string]bool{"job": true, "position": true, "post": true, "headcount": true, "role": true}

// cutNoun reports whether noun n names a cut in staff: a dismissal ("sacking"), the noun
// of a verb of dismissal ("layoff" of "lay off", "retrenchment" of "retrench",
// "downsizing"), or "redundancy", whose sense WordNet lacks.
func (l *lexicon) cutNoun(n string) bool {
	if n == "" || n == "redundancy" || wordnet.IsA(n, "dismissal", wordnet.Noun) {
		return n != ""
	}
	for _, p := range []string{"off", "back"} {
		if v, ok := strings.CutSuffix(n, p); ok && v != "" && l.dismissal(v+" "+p) {
			return true
		}
	}
	for _, suf := range []string{"ment", "ing", "s"} {
		if v, ok := strings.CutSuffix(n, suf); ok && len(v) > 2 && (l.dismissal(v) || l.dismissal(v+"e")) {
			return true
		}
	}
	return false
}

// apartFigures reports whether two figures of one unit differ by more than rounding: 5%
// of the larger, or for percentages a tenth of a point ("a deficit of 6.4% of GDP"
// against "6.2%" is two figures, though they are within 5% of each other).
func apartFigures(a, b claims.Amount) bool {
	d := math.Abs(a.Value - b.Value)
	if percentUnit(a.Unit) {
		return d >= 0.1-1e-9
	}
	if exact(a.Value) && exact(b.Value) {
		return d >= 1 // "46 movements an hour" and "48": neither rounds the other
	}
	return d > 0.05*math.Max(math.Abs(a.Value), math.Abs(b.Value))
}

// measureWords name which measure of a quantity a figure is: "core inflation", "gross
// lending", "net profit", "underlying sales".
var measureWords = map[string]bool{"core": true, "headline": true, "underlying": true, "gross": true, "net": true, "real": true, "nominal": true,
	"annual": true, "monthly": true, "quarterly": true, "weekly": true, "average": true, "median": true, "total": true, "adjusted": true, "operating": true, "pre-tax": true, "pretax": true}

// otherMeasure reports whether two contents name their common subject as two measures
// of it: "core inflation" and "headline inflation", or "gross lending" and "lending".
func otherMeasure(tx, sx, ty, sy string) bool {
	mx, my := measureOf(tx, sx), measureOf(ty, sy)
	return mx != my
}

// measureOf returns the measure word before the first mention of subject in text, next
// to it or before one noun that qualifies it ("underlying mortgage lending"), or "".
func measureOf(text, subject string) string {
	f := wordsBefore(text, subject)
	for k := len(f) - 1; k >= 0 && k >= len(f)-2; k-- {
		m := strings.Trim(f[k], ".,;:\"'“”")
		if measureWords[m] {
			return m
		}
		if m != f[k] {
			break // "at its monthly meeting, lending rose": the phrase ends at the comma
		}
	}
	return ""
}

// wordBefore returns the word of text, lower-cased and without its punctuation, just
// before the first mention of subject (see wordsBefore), or "".
func wordBefore(text, subject string) string {
	if f := wordsBefore(text, subject); len(f) > 0 {
		return strings.Trim(f[len(f)-1], ".,;:\"'“”")
	}
	return ""
}

// wordsBefore returns the words of text, lower-cased, before the first one that begins
// with the last word of subject; nil if no word does.
func wordsBefore(text, subject string) []string {
	if i := strings.LastIndexByte(subject, ' '); i >= 0 {
		subject = subject[i+1:]
	}
	plural := subject // "salary" of "salaries"
	if strings.HasSuffix(subject, "y") {
		plural = strings.TrimSuffix(subject, "y") + "ies"
	}
	f := strings.Fields(strings.ToLower(text))
	for i, w := range f {
		if w = strings.Trim(w, ".,;:\"'“”"); strings.HasPrefix(w, subject) || strings.HasPrefix(w, plural) {
			return f[:i]
		}
	}
	return nil
}

// qualifiedApart reports whether text names its subject with a phrase of its own ("the
// review of plans to add four courts") none of whose words the other text, which names
// it bare, has: of two parties, each may speak of a different one.
func qualifiedApart(text, subject, other string) bool {
	q := qualifierOf(text, subject)
	if len(q) == 0 || len(qualifierOf(other, subject)) > 0 {
		return false
	}
	lower := strings.ToLower(other)
	return !slices.ContainsFunc(q, func(w string) bool { return strings.Contains(lower, w[:min(len(w), 5)]) })
}

// qualifierOf returns the words of the phrase after the first mention of subject in text
// that says which one it is ("of plans to add four courts", "into the crash"), up to an
// auxiliary, a punctuation mark or its eighth word; none if no such phrase follows or
// the text does not hold the subject.
func qualifierOf(text, subject string) []string {
	w := wordsBefore(text, subject)
	if subject == "" || w == nil {
		return nil // "woman" of "most of the women": "of" is not after it
	}
	before := len(w)
	f := strings.Fields(strings.ToLower(text))
	if before+1 >= len(f) || f[before+1] != "of" && f[before+1] != "into" {
		return nil
	}
	var q []string
	for _, w := range f[before+2 : min(len(f), before+10)] {
		t := strings.Trim(w, ".,;:\"'“”")
		if qualifierEnds[t] || t != w {
			if t != w && len(t) > 3 {
				q = append(q, t)
			}
			break
		}
		if len(t) > 3 && !qualifierEnds[t] {
			q = append(q, t)
		}
	}
	return q
}

// qualifierEnds end the phrase that qualifies a subject: the auxiliary or copula of its
// clause's verb.
var qualifierEnds = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true, "would": true, "could": true, "can": true, "should": true, "may": true, "might": true, "must": true}

// exact reports whether v is a whole number no one rounds to: not a multiple of five.
func exact(v float64) bool {
	return v == math.Trunc(v) && math.Mod(v, 5) != 0
}

// percentUnit reports whether a figure is a share: two parties' shares of different
// wholes are too often two matters.
func percentUnit(u string) bool { return u == "%" || u == "percent" || u == "per cent" }

// sameDay reports whether x and y are told of one day: both dated to it, or neither dated.
func sameDay(x, y *claims.Claim) bool {
	dx, dy := x.When.Precision == claims.Day, y.When.Precision == claims.Day
	return dx == dy && (!dx || x.When.Date == y.When.Date)
}

// otherTimes reports whether one clause tells what happened, or what is, and the other
// forecasts what will or may be: "prices rose last month" and "prices will fall by 2009",
// "prices have risen 0.9% this year" and "they could fall by 2009", speak of two times.
func otherTimes(cx, cy claims.Clause) bool {
	past := func(c claims.Clause) bool {
		return (c.Tense == claims.Past || c.Tense == claims.Present) && c.Modality == claims.Asserted
	}
	ahead := func(c claims.Clause) bool {
		return c.Tense == claims.Future || c.Modality == claims.Predicted || c.Modality == claims.Possible && !c.Negated
	}
	return past(cx) && ahead(cy) || past(cy) && ahead(cx)
}

// timesMeet reports whether both clauses are set in periods that overlap: "is not hiring
// for the rest of the year" and "will hire 900 pilots this year" speak of one time, whatever
// their tenses.
func timesMeet(cx, cy claims.Clause) bool {
	return !cx.Time.IsZero() && !cy.Time.IsZero() && cx.Time.Overlaps(cy.Time)
}

// doneAndAhead reports whether one clause tells what was done and the other what is to
// come, which even one voice may say of one act: "the ministry had not released the
// funds" and "once the ministry releases them".
func doneAndAhead(cx, cy claims.Clause) bool {
	done := func(c claims.Clause) bool { return c.Tense == claims.Past && c.Modality == claims.Asserted }
	ahead := func(c claims.Clause) bool { return c.Tense == claims.Future && c.Modality == claims.Predicted }
	return done(cx) && ahead(cy) || done(cy) && ahead(cx)
}

// forecast reports whether a claim's content is a forecast: its clause cl (the one a
// figure is given in) looks ahead, or its cue or content says so ("forecasts growth of 4% for 2005").
func forecast(c *claims.Claim, cl claims.Clause) bool {
	if cl.Tense == claims.Future || cl.Modality == claims.Predicted {
		return true
	}
	for _, t := range [2]string{c.Cue.Text, c.Content.Text} {
		if strings.Contains(t, "forecast") || strings.Contains(t, "predict") || strings.Contains(t, "expect") {
			return true
		}
	}
	return false
}

// sameSubject reports whether two clauses speak of one thing: the same subject, or
// synonyms, not a pronoun whose referent we do not know.
func (l *lexicon) sameSubject(cx, cy claims.Clause) bool {
	if cx.Subject == "" || cy.Subject == "" || pronoun(cx.Subject) || pronoun(cy.Subject) {
		return false
	}
	return l.same(cx.Subject, cy.Subject) || strings.HasSuffix(cx.Subject, " "+cy.Subject) || strings.HasSuffix(cy.Subject, " "+cx.Subject)
}

// kindOf reports whether one of two subjects is a kind of the other: "pension" and
// "payment".
func (l *lexicon) kindOf(a, b string) bool {
	if a == "" || b == "" || pronoun(a) || pronoun(b) || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	return wordnet.IsA(a, b, wordnet.Noun) || wordnet.IsA(b, a, wordnet.Noun)
}

// oneSubject reports whether clauses cx of x and cy of y speak of one subject: the same
// one, or, between two voices of one body (bodies), their body named by one and "we" in
// the other.
func (l *lexicon) oneSubject(x *claims.Claim, cx claims.Clause, y *claims.Claim, cy claims.Clause, bodies bool) bool {
	return l.sameSubject(cx, cy) || bodies && (l.ownBody(x, cx, cy) || l.ownBody(y, cy, cx))
}

// ownBody reports whether clause cl of c has the speaker's body for its subject, "we",
// where the other clause names that body or a body of its kind: "we will not cut jobs"
// from a chief executive, and "the company will cut 600 jobs" from her finance chief.
func (l *lexicon) ownBody(c *claims.Claim, cl, other claims.Clause) bool {
	if cl.Subject != "we" || other.Subject == "" || pronoun(other.Subject) {
		return false
	}
	for _, n := range []string{c.Speaker.Affiliation, c.Speaker.Name} {
		if n := strings.ToLower(n); n != "" && (other.Subject == n || strings.HasSuffix(n, " "+other.Subject) || strings.HasPrefix(n, other.Subject+" ")) {
			return true
		}
	}
	return l.org(other.Subject)
}

// sharedObject reports whether two clauses share an object: "cut rates" and "raise rates".
func (l *lexicon) sharedObject(cx, cy claims.Clause) bool {
	for _, a := range cx.Objects {
		if timeWord(a) || weakTerms[a] {
			continue
		}
		for _, b := range cy.Objects {
			if !timeWord(b) && !weakTerms[b] && l.same(a, b) {
				return true
			}
		}
	}
	return false
}

// actedOn reports whether the thing clause cx acts on is clause cy's subject: "the city
// will close the station" and "the station will remain open". Not where each acts on the
// other's subject, both active: "the union did not attack the government" and "the
// government attacked the union" are two acts.
func (l *lexicon) actedOn(cx, cy claims.Clause) bool {
	if cy.Subject == "" || pronoun(cy.Subject) || timeWord(cy.Subject) || weakTerms[cy.Subject] {
		return false
	}
	if !passive(cx) && !passive(cy) && slices.ContainsFunc(cy.Objects, func(o string) bool { return l.same(o, cx.Subject) }) {
		return false
	}
	return slices.ContainsFunc(cx.Objects, func(o string) bool { return !timeWord(o) && !weakTerms[o] && l.same(o, cy.Subject) })
}

// passive reports whether c is a passive clause, whose objects open with its subject, what
// it undergoes: "position" in "650 positions will be eliminated".
func passive(c claims.Clause) bool {
	return c.Subject != "" && len(c.Objects) > 0 && c.Objects[0] == c.Subject
}

// heldAgainstMoved reports whether one clause says a quantity will be held where it is
// ("keep rates unchanged", "hold rates steady", "rates will stay on hold") and the other
// that it will move ("cut the rate", "rates will rise"). Both look ahead and are
// asserted: "has held the rate since April" and "expects a cut" do not clash, nor "will
// not cut" with "will hold".
func (l *lexicon) heldAgainstMoved(x *claims.Claim, cx claims.Clause, y *claims.Claim, cy claims.Clause) bool {
	px, py, dx, dy := &x.Proposition, &y.Proposition, x.Denies, y.Denies
	ahead := func(c claims.Clause) bool {
		return c.Tense == claims.Future || c.Modality == claims.Predicted || c.Modality == claims.Wished || c.Tense == claims.Present && plan(c.Subject)
	}
	if !ahead(cx) || !ahead(cy) || cx.Negated != dx || cy.Negated != dy {
		return false
	}
	return l.moves(held(px, cx, x.Content.Text), cy) || l.moves(held(py, cy, y.Content.Text), cx)
}

// plan reports whether noun n names what a party puts forward or agrees to, whose
// present tense tells what will be: "the offer freezes wages", "the budget adds posts".
func plan(n string) bool {
	return proposals[n] || n != "" && (wordnet.IsA(n, "plan", wordnet.Noun) || wordnet.IsA(n, "proposal", wordnet.Noun) || wordnet.IsA(n, "agreement", wordnet.Noun))
}

// ownEach reports whether claims x and y, of two voices, each name their subject as the
// speaker's own, or as two named owners': "our plan" against "our plan", "Labour's plan"
// against "the government's plan"; not "the bank's rate" twice, nor "our offer" against
// "their offer" or "the company's offer", which may be the speaker's.
func ownEach(x *claims.Claim, sx string, y *claims.Claim, sy string) bool {
	owner := func(c *claims.Claim, subject string) string {
		w := wordBefore(c.Content.Text, subject)
		if w == "our" || w == "my" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return w
		}
		return ""
	}
	a, b := owner(x, sx), owner(y, sy)
	own := func(w string) bool { return w == "our" || w == "my" }
	return a != "" && b != "" && own(a) == own(b) && (a != b || own(a))
}

// levelAt finds a level given with "at": "at 6%", "at about 2.5%".
var levelAt = regexp.MustCompile(`(?i)\bat (?:about |around |roughly )?[$£€¥]?[0-9]`)

// stayAt finds a level a quantity stays at: "will stay at $2.65", "remained at about 6%".
var stayAt = regexp.MustCompile(`(?i)\b(?:stay|remain)(?:s|ed|ing)? at (?:about |around |roughly )?[$£€¥]?[0-9]`)

// held returns the quantity clause c of p, told in text, holds where it is, or "".
func held(p *claims.Proposition, c claims.Clause, text string) string {
	if stasisTerms[c.Predicate] && !stasisVerbs[c.Predicate] {
		return c.Subject // "fares will stay unchanged"
	}
	if !stasisVerbs[c.Predicate] {
		return ""
	}
	stasis := slices.ContainsFunc(p.Terms, func(t string) bool { return stasisTerms[t] })
	if c.Predicate == "stay" || c.Predicate == "remain" {
		if !stasis && !stayAt.MatchString(text) {
			return "" // "fares will stay the main complaint, with a ticket at $4.20"
		}
		return c.Subject // "rates will stay on hold"
	}
	if !stasis && c.Predicate != "freeze" && c.Predicate != "hold" {
		// "keep its benchmark rate at 6%": a level held, where the figure is of an object
		// and given "at"; not "keep its promise", nor "keep its pledge to bring the rate
		// to 5%".
		if !levelAt.MatchString(text) {
			return ""
		}
		for _, a := range amounts(p) {
			if !a.Change && a.Of != "" && slices.Contains(c.Objects, a.Of) {
				return a.Of
			}
		}
		return ""
	}
	for _, o := range c.Objects {
		if !timeWord(o) && !weakTerms[o] {
			return o
		}
	}
	return ""
}

// moves reports whether clause c moves quantity q up or down: as subject ("rates will
// rise") or object ("cut the rate").
func (l *lexicon) moves(q string, c claims.Clause) bool {
	if q == "" || stasisVerbs[c.Predicate] {
		return false
	}
	if d := l.directionOf(c.Predicate); !d.up && !d.down {
		return false
	}
	return l.same(q, c.Subject) || slices.ContainsFunc(c.Objects, func(m string) bool { return l.same(q, m) })
}

// stasisVerbs hold a quantity where it is, with a word of stasis or on their own
// ("freeze", "hold rates").
var stasisVerbs = map[string]bool{"hold": true, "keep": true, "leave": true, "maintain": true, "freeze": true, "stay": true, "remain": true, "pause": true}

// stasisTerms say that a quantity does not move: "unchanged", "steady", "on hold".
var stasisTerms = map[string]bool{"unchanged": true, "steady": true, "stable": true, "flat": true, "hold": true, "pause": true, "level": true}

// sameEvent reports whether two predicates name one event to be timed: the same, or a
// verb and its form with "re" that WordNet relates to it ("open" and "reopen": the track
// opens again; not "sign" and "resign").
func (l *lexicon) sameEvent(a, b string) bool {
	return l.same(a, b) || a != "" && (strings.TrimPrefix(b, "re") == a || strings.TrimPrefix(a, "re") == b) && wordnet.Related(a, b, wordnet.Verb)
}

// timedApart reports whether one clause names its subject by a time the other's words
// lack: "March salaries would be paid by Friday" is not of the salaries to be "reduced
// from May"; "November payments" are the "pensions for November".
func timedApart(x *claims.Claim, cx claims.Clause, y *claims.Claim, cy claims.Clause) bool {
	tx, ty := strings.ToLower(x.Content.Text), strings.ToLower(y.Content.Text)
	a, b := timeModifier(tx, cx.Subject), timeModifier(ty, cy.Subject)
	return a != "" && !strings.Contains(ty, a) || b != "" && !strings.Contains(tx, b)
}

// timeModifier returns the time word just before the subject in text when it names which
// one it is ("March salaries"), or "": not when it ends a phrase of time of its own ("From
// May, salaries", "in May salaries").
func timeModifier(text, subject string) string {
	f := wordsBefore(text, subject)
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimLeft(f[len(f)-1], "\"'“")
	if !timeWord(w) || len(f) > 1 && timePhrase[strings.Trim(f[len(f)-2], "\"'“”")] {
		return "" // a comma ends the word's phrase: "may," is no time word
	}
	return w
}

// timePhrase are the words that open a phrase of time: "from May", "last year".
var timePhrase = map[string]bool{"in": true, "on": true, "from": true, "since": true, "until": true, "till": true, "by": true, "before": true, "after": true, "during": true, "through": true, "last": true, "next": true, "this": true}

// timeWord reports whether w names a time, no object: "spending rose in January" and
// "prices fell in January" share no object.
func timeWord(w string) bool { return months[w] || weekdays[w] || timeWords[w] }

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

var timeWords = map[string]bool{"year": true, "month": true, "week": true, "day": true, "quarter": true, "today": true, "yesterday": true, "tomorrow": true, "time": true}

// samePerson reports whether two clauses speak of one person, whom one names and the
// other's speaker is: "Brand should resign" said by another, against Brand's own "I will
// not resign" or, reported, "he would not resign".
func samePerson(x *claims.Claim, cx claims.Clause, y *claims.Claim, cy claims.Clause) bool {
	return namesSpeaker(x, cx, y) && selfSubject(y, cy) || namesSpeaker(y, cy, x) && selfSubject(x, cx)
}

// namesSpeaker reports whether the subject of clause cl of c is the name of other's speaker.
func namesSpeaker(c *claims.Claim, cl claims.Clause, other *claims.Claim) bool {
	if cl.Subject == "" || pronoun(cl.Subject) || other.Speaker.Kind != claims.Person {
		return false
	}
	for _, n := range c.Proposition.Names {
		if (n == cl.Subject || strings.HasSuffix(n, " "+cl.Subject)) && (sameName(n, other.Speaker.Name) || slices.ContainsFunc(other.Speaker.Aliases, func(a string) bool { return sameName(n, a) })) {
			return true // "Mr Livingstone" is Ken Livingstone, alias Livingstone
		}
	}
	return false
}

// selfSubject reports whether clause cl of c speaks of c's speaker: "I" in their own
// quoted words, "he" or "she" in words reported of them.
func selfSubject(c *claims.Claim, cl claims.Clause) bool {
	if c.Quoted {
		return cl.Subject == "i"
	}
	return cl.Subject == "he" || cl.Subject == "she"
}

// otherSubjects reports whether two clauses name two different subjects, neither a
// pronoun nor one that points back ("these products"): "Mr Howard will host a news conference" and "Mr Blair will not hold one" say
// nothing against each other.
func (l *lexicon) otherSubjects(cx, cy claims.Clause) bool {
	if cx.Subject == "" || cy.Subject == "" || pronoun(cx.Subject) || pronoun(cy.Subject) || cx.Refers || cy.Refers {
		return false
	}
	return !l.sameSubject(cx, cy)
}

// pronoun reports whether a subject is a pronoun, contracted or not: "i've" is "i".
func pronoun(s string) bool {
	if i := strings.IndexAny(s, "'’"); i > 0 {
		s = s[:i]
	}
	return pronounSubjects[s]
}

var pronounSubjects = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "there": true, "this": true, "that": true, "which": true, "who": true}

// clausesOpposed reports how two clauses oppose: "negation" when one negates the
// predicate the other asserts, "antonyms" when their predicates are opposites asserted
// alike; "" when they do not. A denial cue turns its content's assertion around.
func (l *lexicon) clausesOpposed(cx, cy claims.Clause, dx, dy bool) string {
	if cx.Negated == dx != (cy.Negated == dy) && l.handedOver(cx, cy) {
		// "They did not give me any notice" and "we issued notices last year": the thing
		// handed over is the event, whichever verb hands it.
		return "negation"
	}
	if cx.Predicate == "" || cy.Predicate == "" || weakTerms[cx.Predicate] || weakTerms[cy.Predicate] || lightPredicates[cx.Predicate] || lightPredicates[cy.Predicate] {
		return ""
	}
	ax, ay := cx.Negated == dx, cy.Negated == dy
	switch {
	case ax != ay && l.same(cx.Predicate, cy.Predicate):
		return "negation"
	case ax != ay && cx.Subject != "" && (cx.Subject == cy.Subject || l.kindOf(cx.Subject, cy.Subject)) && !pronounSubject[cx.Subject] && wordnet.Related(cx.Predicate, cy.Predicate, wordnet.Verb):
		// "there will be no increase in fares" and "fares will rise": one subject, or one
		// and its kind ("charges" and "the fee"), and a predicate one step from the other's.
		return "negation"
	case ax != ay && converses[[2]string{cx.Predicate, cy.Predicate}] && l.sharedObject(cx, cy):
		// "the employees had received their June salaries" and "June salaries had not
		// been paid": one transfer told from either end, of one thing.
		return "negation"
	case ax == ay && l.antonyms(cx.Predicate, cy.Predicate):
		return "antonyms"
	case ax == ay && cx.Subject != "" && cx.Subject == cy.Subject && !pronounSubject[cx.Subject] && told(cx) && told(cy) &&
		(l.halts(cx.Predicate) && l.persists(cy.Predicate, cx.Predicate) || l.halts(cy.Predicate) && l.persists(cx.Predicate, cy.Predicate)):
		// "the talks have collapsed" and "the talks are continuing": one thing said to
		// have stopped and to go on; not "should continue", a hope. "The plant will close"
		// and "the plant will remain part of the network" likewise.
		return "antonyms"
	}
	return ""
}

// particles after a verb make a verb of their own: "set aside", "turn down".
var particles = map[string]bool{"aside": true, "up": true, "down": true, "off": true, "out": true, "away": true, "back": true, "over": true}

// phrasal reports whether text uses the verb whose base form is v with a particle after
// it. A v with its particle already ("shut down") is read as one verb.
func phrasal(text, v string) bool {
	if strings.Contains(v, " ") {
		return false // its first letters would find it again: "shut down down"
	}
	f := strings.Fields(strings.ToLower(text))
	n := min(len(v), 4)
	for i := 0; i+1 < len(f); i++ {
		if len(f[i]) >= n && f[i][:n] == v[:n] && particles[strings.Trim(f[i+1], ".,;:\"'“”")] {
			return true
		}
	}
	return false
}

// levelVerbs only set a quantity at its figure: "the list stood at 1080 patients",
// "sales totalled £4m", "the yards held 38,000 containers".
var levelVerbs = map[string]bool{"stand": true, "total": true, "average": true, "amount": true, "top": true, "hit": true, "reach": true, "hold": true, "contain": true}

// gauges reports whether clause c of p sets its subject at a figure given in it, of its
// subject or counting its object, by a level verb.
func gauges(p *claims.Proposition, c claims.Clause) bool {
	if !levelVerbs[c.Predicate] {
		return false
	}
	for i, k := range p.Clauses() {
		if k.Predicate == c.Predicate && k.Subject == c.Subject {
			return slices.ContainsFunc(p.Amounts, func(a claims.Amount) bool {
				return a.Clause == i && !a.Change && (a.Of == c.Subject || a.Unit != "" && (slices.Contains(c.Objects, a.Unit) || slices.Contains(c.Objects, a.Unit+"s")))
			})
		}
	}
	return false
}

// exists reports whether clause cx says there is no such thing as clause cy speaks of as
// there: cx is "there is no N" (negated, with its content not denied), and cy tells of N
// as its subject or object. Unless one voice says both, they share what N is for or in
// ("no offer for the striker", "accepted an offer for the striker").
func (l *lexicon) exists(cx claims.Clause, dx bool, cy claims.Clause, dy bool, oneVoice bool) bool {
	if cx.Subject != "there" || !cx.Negated || dx || cy.Negated || dy || !told(cy) || cx.Predicate == "" || weakTerms[cx.Predicate] || lightPredicates[cx.Predicate] {
		return false
	}
	if !l.same(cx.Predicate, cy.Subject) && !slices.ContainsFunc(cy.Objects, func(o string) bool { return l.same(o, cx.Predicate) }) {
		return false
	}
	if oneVoice {
		return true
	}
	// Every word of what N is for or in, not one: "no attacks involving gigabytes of data"
	// is not denied by "attacks on data centres".
	shared := false
	for _, a := range cx.Objects {
		if timeWord(a) || weakTerms[a] || l.same(a, cx.Predicate) {
			continue
		}
		if !l.same(a, cy.Subject) && !slices.ContainsFunc(cy.Objects, func(b string) bool { return l.same(a, b) }) {
			return false
		}
		shared = true
	}
	return shared
}

// newOnly reports whether x's "there is no" clause cx denies only new ones of its thing,
// which y calls old: "there are no new taxes in the budget" is not denied by "collecting
// taxes already on the books", though "income tax would rise" is a new tax.
func newOnly(x *claims.Claim, cx claims.Clause, y *claims.Claim) bool {
	if wordBefore(x.Content.Text, cx.Predicate) != "new" {
		return false
	}
	before := wordsBefore(y.Content.Text, cx.Predicate)
	if before == nil {
		return false // y does not name it; an empty before is a mention that opens y
	}
	after := strings.Fields(strings.ToLower(y.Content.Text))[len(before):]
	return len(before) > 0 && existingWords[strings.Trim(before[len(before)-1], ".,;:\"'“”")] || len(after) > 1 && after[1] == "already"
}

// existingWords call a thing one that is there already: "existing taxes".
var existingWords = map[string]bool{"existing": true, "current": true, "old": true}

// boundAlike reports whether every year, month or season that p names, q names too: "no
// GST in 2011" is not denied by "GST will come when the time is right".
func boundAlike(p, q *claims.Proposition) bool {
	tq := timeTerms(q)
	for _, t := range timeTerms(p) {
		if !slices.Contains(tq, t) {
			return false
		}
	}
	return true
}

// told reports whether a clause tells what is or will be, not what may or should be.
func told(c claims.Clause) bool {
	return c.Modality == claims.Asserted || c.Modality == claims.Predicted
}

// halts reports whether verb v says that something stops or breaks down, and never that
// it goes on: "stop", "cease", "collapse", "break down".
func (l *lexicon) halts(v string) bool { return l.courseOf(v)[0] }

// goesOn reports whether verb v says that something goes on, and never that it stops:
// "continue", "resume", "proceed"; not "remain", said of a level as much as of a process.
func (l *lexicon) goesOn(v string) bool { return l.courseOf(v)[1] }

// persists reports whether v says that something goes on, as goesOn does, or stays
// where it is against the halting verb h: "remain" and "stay" with no adjective after
// them (which would be the predicate: "stay open"). Not against a verb that moves a
// quantity: "the index fell" and "the index remained at a high level" are both true.
func (l *lexicon) persists(v, h string) bool {
	if d := l.directionOf(h); d.up || d.down {
		return l.goesOn(v)
	}
	return l.goesOn(v) || v == "remain" || v == "stay"
}

// courseOf reads halts and goesOn of v from WordNet once.
func (l *lexicon) courseOf(v string) [2]bool {
	c, ok := l.course[v]
	if !ok {
		cont := wordnet.IsA(v, "continue", wordnet.Verb)
		stop := wordnet.IsA(v, "stop", wordnet.Verb)
		c[0] = (stop || wordnet.IsA(v, "discontinue", wordnet.Verb) || wordnet.IsA(v, "break down", wordnet.Verb) || wordnet.IsA(v, "fail", wordnet.Verb)) && !cont
		c[1] = cont && !stop && !wordnet.IsA(v, "end", wordnet.Verb) && v != "remain" && v != "stay" && v != "keep"
		l.course[v] = c
	}
	return c
}

// converses tell one transfer from its two ends: what is paid is received, what is sold
// is bought. WordNet relates only some, and as opposites, which asserted alike they are not.
var converses = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range [][2]string{{"pay", "receive"}, {"give", "receive"}, {"send", "receive"}, {"sell", "buy"}, {"lend", "borrow"}, {"deliver", "receive"}, {"transfer", "receive"}, {"disburse", "receive"}} {
		m[p], m[[2]string{p[1], p[0]}] = true, true
	}
	return m
}()

// pronounSubject name no matter of their own.
var pronounSubject = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "this": true, "that": true, "there": true}

// handing verbs hand a thing over and say little else: what they hand is the event.
var handing = map[string]bool{"give": true, "issue": true, "serve": true, "send": true, "hand": true, "grant": true, "deliver": true}

// handedOver reports whether cx and cy both hand a thing over and share what they hand,
// not only whom it goes to: "gave me no notice" and "served notices on her", not "gave
// the tenants no warning" and "gave the tenants permits".
func (l *lexicon) handedOver(cx, cy claims.Clause) bool {
	return handing[cx.Predicate] && handing[cy.Predicate] && slices.ContainsFunc(cx.Objects, func(a string) bool {
		return !timeWord(a) && !weakTerms[a] && !l.agent(a) && slices.ContainsFunc(cy.Objects, func(b string) bool { return l.same(a, b) })
	})
}

// lightPredicates say too little to oppose anything: "is", "has", "said".
var lightPredicates = map[string]bool{"be": true, "have": true, "do": true, "say": true, "get": true, "go": true, "make": true, "tell": true, "think": true, "add": true}

// strength grows with the shared terms, against the size of the smaller content.
func strength(shared int, x, y []string) float64 {
	n := min(len(x), len(y))
	if n == 0 {
		return 0
	}
	return math.Min(1, float64(shared)/math.Min(float64(n), 4))
}

func formatAmount(a claims.Amount) string { return fmt.Sprintf("%g %s", a.Value, a.Unit) }
