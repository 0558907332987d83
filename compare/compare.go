// Package compare finds where claims conflict: two officials of one body, one speaker over
// time, two parties disputing a fact, two outlets reporting one remark differently.
//
// Compare first resolves speakers across documents (a surname to the full name met
// elsewhere). It then pairs claims that can meet: claims of one document, of one speaker,
// of one body within a window of days, or linked by a response. Pairs are never made all
// against all, but within blocks keyed by document, speaker, body and the WordNet senses of
// what the claims speak of.
//
// A pair conflicts on one of three grounds, strongest first:
//
//   - the text says so: a response of one claim answers the other and opposes it
//     ("contradicting earlier comments by", "denied the report", "walked back his remarks");
//   - their propositions cannot both stand: they align on what they speak of and one
//     negates what the other asserts, or their predicates are antonyms ("rise"/"fall"), or
//     one denies what the other says, or one speaker's figures differ;
//   - their stances oppose: one is for and one against one target, held by one party.
//
// A response the text gives must be able to answer what it is linked to: a denial of a
// stated proposition answers a claim that speaks of it, "the claims" answers someone's
// words and not "the plans", and turning down an offer or a move is an act, not a word
// against its maker.
//
// Who speaks then decides the kind and whether the pair is reported at all: two parties
// who merely differ in two texts are not a dispute; a body and its own spokesman are one
// voice, as are an article's unnamed government and its ministers; the outlet's
// correspondent is no party; the text's agreement ("echoing") rules a pair out. Pairs that set the same voices
// against each other on one matter are merged, so that each dispute is reported once with
// all its claims, and conflicts are ranked by score: those the text names first.
package compare

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// Comparer finds conflicts among claims. Its zero value uses the defaults; it is safe for
// concurrent use once configured.
type Comparer struct {
	// Window is how many days apart two statements by different speakers may be and still
	// conflict; 0 means 14. Statements by one speaker, and statements the text links by a
	// response, conflict however far apart.
	Window int
	// MinScore drops conflicts scored below it; 0 keeps all. Conflicts the text itself
	// names score 0.85 or more, clear propositional opposites 0.6 to 0.8, opposite stances
	// alone 0.5 to 0.6.
	MinScore float64
}

func (c *Comparer) window() int {
	if c.Window > 0 {
		return c.Window
	}
	return 14
}

// node is one claim as Compare reads it.
type node struct {
	i    int // index into the input
	id   string
	who  string // identity key
	name string
	body string // the government or organisation the speaker speaks for
	kind claims.SpeakerKind
	day  claims.Date // zero when not known to the day
	doc  string
	c    *claims.Claim

	occasion string // see dayKey
	office   bool   // named only by an office: see officeOnly
	holds    bool   // an office of government, or a ministry: see holdsOffice
	exec     bool   // a person in an executive office of a company: see executive
	role     string // the speaker's role here, or as another claim of theirs gives it
	// correspondent: some claim of the speaker names them the outlet's correspondent.
	correspondent bool
	// copy is the key under which an unnamed voice ("the new book"), only itself in its
	// document, meets itself in a copy of the article: its words. Empty for a named one.
	copy string

	refuses bool     // see refusal, read once
	members []string // the names a group lists, see member, read once
	aliases []string // a body's other names in its document, from all its claims
	periods []string // the periods its content names, see claimPeriods
}

// dayKey names the occasion of a node: its day, or its document when undated.
func (n *node) dayKey() string { return n.occasion }

// Compare returns the conflicts among cs, each reported once, in a deterministic order.
// Conflict IDs are "k1", "k2", … in that order.
func (c *Comparer) Compare(cs []claims.Claim) []claims.Conflict {
	ids := resolveIdentities(cs)
	persons := map[string]bool{}
	isPerson := func(w string) bool {
		v, ok := persons[w]
		if !ok {
			v = wordnet.IsA(w, "person", wordnet.Noun)
			persons[w] = v
		}
		return v
	}
	roles := map[string]string{} // identity → the first role met for it
	reporters := map[string]bool{}
	for i := range cs {
		if r := cs[i].Speaker.Role; r != "" && roles[ids[i].key] == "" {
			roles[ids[i].key] = r
		}
		if correspondent(&cs[i]) {
			reporters[ids[i].key] = true
		}
	}
	nodes := make([]*node, len(cs))
	byID := make(map[string]*node, len(cs))
	for i := range cs {
		n := &node{i: i, id: cs[i].ID, who: ids[i].key, name: ids[i].name, body: ids[i].body, kind: cs[i].Speaker.Kind, doc: cs[i].Doc, c: &cs[i]}
		n.occasion = "doc:" + n.doc
		if cs[i].When.Precision == claims.Day {
			n.day = cs[i].When.Date
			n.occasion = n.day.String()
		}
		if n.body == "" && n.kind == claims.Organisation && capitalised(n.name) {
			n.body = n.name // a company or body speaks for itself
		}
		n.office = officeOnly(cs[i].Speaker, isPerson)
		if n.role = cs[i].Speaker.Role; n.role == "" {
			n.role = roles[n.who]
		}
		n.correspondent = reporters[n.who]
		n.holds = holdsOffice(n)
		n.exec = n.kind == claims.Person && executive(n.role)
		n.refuses = refusal(n.c)
		n.periods = claimPeriods(n.c)
		if n.kind == claims.Group {
			n.members = groupMembers(n.name)
		}
		if strings.HasPrefix(n.who, n.doc) && len(n.who) > len(n.doc) && n.who[len(n.doc)] == 0 {
			n.copy = "copy\x00" + strings.ToLower(n.name) + "\x00" + cs[i].Content.Text
		}
		nodes[i] = n
		byID[n.id] = n
	}
	// A body's other names in a document, from all its claims there: "PT Semen Nusantara
	// Raya (SNR)" is "SNR" in one claim's aliases, not in another's.
	names := map[[2]string][]string{}
	for _, n := range nodes {
		if n.kind == claims.Organisation {
			k := [2]string{n.doc, n.who}
			for _, al := range n.c.Speaker.Aliases {
				names[k] = append(names[k], strings.TrimPrefix(al, "the "))
			}
		}
	}
	for k, ns := range names {
		slices.Sort(ns)
		names[k] = slices.Compact(ns) // each claim of the body brings the same aliases
	}
	for _, n := range nodes {
		n.aliases = names[[2]string{n.doc, n.who}]
	}
	j := newJudge(c.window(), nodes, byID)
	merged := merge(j.judgeAll(j.candidates()))
	byDocWho := map[[2]string][]*node{}
	for _, n := range nodes {
		k := [2]string{n.doc, n.who}
		byDocWho[k] = append(byDocWho[k], n)
		if !n.day.IsZero() {
			// One speaker's words of one day, reported by other outlets, are one statement.
			d := [2]string{"day:" + n.occasion, n.who}
			byDocWho[d] = append(byDocWho[d], n)
		}
	}
	for _, k := range merged {
		k.extend(byDocWho, j.byDoc, j.lex)
	}
	merged = dedupe(fold(merged))
	out := make([]claims.Conflict, 0, len(merged))
	for _, k := range merged {
		if k.score < c.MinScore {
			continue
		}
		out = append(out, k.result(cs))
	}
	first := func(ids []string) *claims.Claim { return byID[ids[0]].c }
	slices.SortStableFunc(out, func(a, b claims.Conflict) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := claimOrder(first(a.A), first(b.A)); c != 0 {
			return c
		}
		return claimOrder(first(a.B), first(b.B))
	})
	for i := range out {
		out[i].ID = "k" + strconv.Itoa(i+1)
	}
	return out
}

// identity is who a claim's speaker is across documents.
type identity struct {
	key, name, body string
}

// resolveIdentities gives every claim one identity per person: a surname alone ("Putin")
// joins the one full name that ends with it ("Vladimir Putin"), and a person's affiliation
// learnt in one document holds in all.
func resolveIdentities(cs []claims.Claim) []identity {
	full := map[string][]string{} // lower surname → full names
	for _, c := range cs {
		n := c.Speaker.Name
		if c.Speaker.Kind == claims.Person && strings.Contains(n, " ") {
			sur := strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:])
			if !slices.Contains(full[sur], n) {
				full[sur] = append(full[sur], n)
			}
		}
	}
	// "De Blasio" or "de Blasio", a surname with its particle, is Bill de Blasio, the one
	// longer name that ends in it with the particle in lower case.
	particled := map[string]string{}
	for sur, fs := range full {
		fs = slices.Clone(fs) // full[sur] loses names below
		for _, n := range fs {
			if strings.Count(n, " ") != 1 {
				continue
			}
			sp := strings.IndexByte(n, ' ')
			tail := " " + strings.ToLower(n[:sp]) + n[sp:]
			var longer []string
			for _, f := range fs {
				if strings.HasSuffix(f, tail) {
					longer = append(longer, f)
				}
			}
			if len(longer) == 1 {
				particled[n] = longer[0]
				full[sur] = slices.DeleteFunc(full[sur], func(f string) bool { return f == n })
			}
		}
	}
	out := make([]identity, len(cs))
	bodies := map[string]string{}
	for i, c := range cs {
		n := c.Speaker.Name
		if c.Speaker.Kind == claims.Person && !strings.Contains(n, " ") {
			if fs := full[strings.ToLower(n)]; len(fs) == 1 {
				n = fs[0]
			}
		} else if l, ok := particled[n]; ok && c.Speaker.Kind == claims.Person {
			n = l
		}
		key := strings.ToLower(n)
		if c.Speaker.Kind == claims.Anonymous || c.Speaker.Kind == claims.UnknownSpeaker || c.Speaker.Kind == claims.Author || !capitalised(n) {
			// An unnamed source, the author, or a common noun ("the company", "analysts")
			// is only itself within its document.
			key = c.Doc + "\x00" + key
		}
		out[i] = identity{key: key, name: n, body: c.Speaker.Affiliation}
		if out[i].body != "" && bodies[key] == "" {
			bodies[key] = out[i].body
		}
	}
	// "Merrill" in an article about Merrill Lynch is Merrill Lynch: a one-word name that
	// opens the one longer name of the document's speakers.
	oneWord := map[string]bool{} // the documents with a one-word name to join
	for i, c := range cs {
		if !strings.Contains(out[i].name, " ") && capitalised(out[i].name) {
			oneWord[c.Doc] = true
		}
	}
	heads := map[[2]string][]int{} // document and lower first word → claims of longer names
	for i, c := range cs {
		if !oneWord[c.Doc] {
			continue
		}
		name := strings.TrimSpace(out[i].name)
		if sp := strings.IndexByte(name, ' '); sp > 0 && capitalised(name) && c.Speaker.Kind != claims.Group && c.Speaker.Kind != claims.Anonymous {
			k := [2]string{c.Doc, strings.ToLower(name[:sp])}
			if idx := heads[k]; len(idx) == 0 || out[idx[0]].key != out[i].key {
				heads[k] = append(heads[k], i)
			}
		}
	}
	for i, c := range cs {
		if strings.Contains(out[i].name, " ") || !capitalised(out[i].name) || surnamed(c.Speaker) {
			continue
		}
		if idx := heads[[2]string{c.Doc, strings.ToLower(out[i].name)}]; len(idx) == 1 {
			out[i] = out[idx[0]]
		}
	}
	// "Mohd Faizal" beside Deputy Finance Minister Datuk Mohd Faizal Ismail: a person's
	// name of two words that runs inside the one longer person's name of the document,
	// short of its last word (a surname alone is joined above), when the text gives that
	// person a title ("Robbie Williams Angels" is no one's name).
	longer := map[string][]int{} // document → claims of person names of three words or more
	for i, c := range cs {
		if c.Speaker.Kind == claims.Person && strings.Count(strings.TrimSpace(out[i].name), " ") >= 2 {
			longer[c.Doc] = append(longer[c.Doc], i)
		}
	}
	for i, c := range cs {
		name := strings.TrimSpace(out[i].name)
		if c.Speaker.Kind != claims.Person || strings.Count(name, " ") != 1 || len(longer[c.Doc]) == 0 {
			continue
		}
		match, titled := -1, false
		for _, j := range longer[c.Doc] {
			if !strings.Contains(" "+strings.TrimSpace(out[j].name), " "+name+" ") || out[j].key == out[i].key {
				continue
			}
			if match >= 0 && out[match].key != out[j].key {
				match = -2 // two such people: neither
				break
			}
			match, titled = j, titled || cs[j].Speaker.Role != ""
		}
		if match >= 0 && titled {
			out[i] = out[match]
		}
	}
	// "the Gazette" beside the Wexbury Gazette, "the office" beside Marwick's office, "the
	// council" beside Lochmore Council: a one-word name or common noun, no voice of
	// another, that ends the one longer name of the document's bodies.
	tails := map[[2]string][]int{} // document and lower last word → claims of longer names
	for i, c := range cs {
		name := strings.TrimSpace(out[i].name)
		if sp := strings.LastIndexByte(name, ' '); sp > 0 && capitalised(name) && c.Speaker.Kind != claims.Person && c.Speaker.Kind != claims.Group {
			k := [2]string{c.Doc, strings.ToLower(name[sp+1:])}
			if idx := tails[k]; len(idx) == 0 || out[idx[0]].key != out[i].key {
				tails[k] = append(tails[k], i)
			}
		}
	}
	for i, c := range cs {
		if len(tails) == 0 {
			break
		}
		if c.Speaker.Kind == claims.Person || c.Speaker.Kind == claims.Group {
			continue
		}
		word := strings.TrimSpace(out[i].name)
		if len(word) > 4 && strings.EqualFold(word[:4], "the ") {
			word = word[4:]
		}
		if strings.IndexByte(word, ' ') >= 0 || word == "" {
			continue
		}
		if word = strings.ToLower(word); voiceWords[word] {
			continue
		}
		if idx := tails[[2]string{c.Doc, word}]; len(idx) == 1 && idx[0] != i {
			out[i] = out[idx[0]]
		}
	}
	// "the chancellor" in an article that names its chancellor, Gordon Brown, is him.
	roles := map[[2]string][]int{} // document and lower role → claims of named persons with it
	for i, c := range cs {
		if c.Speaker.Kind == claims.Person && c.Speaker.Role != "" && capitalised(out[i].name) {
			k := [2]string{c.Doc, strings.ToLower(c.Speaker.Role)}
			if idx := roles[k]; len(idx) == 0 || out[idx[0]].key != out[i].key {
				roles[k] = append(roles[k], i)
			}
		}
	}
	for i, c := range cs {
		if capitalised(out[i].name) || c.Speaker.Kind == claims.Group {
			continue
		}
		role := strings.TrimPrefix(strings.ToLower(out[i].name), "the ")
		if idx := roles[[2]string{c.Doc, role}]; len(idx) == 1 {
			out[i] = out[idx[0]]
		}
	}
	for i := range out {
		if out[i].body == "" {
			out[i].body = bodies[out[i].key]
		}
	}
	// A body's initials and its name are one body in a document that gives both: "SLC
	// Secretary" and "Sri Lanka Cricket President" serve one board.
	byInitials := map[[2]string]string{} // document and initials → the one body name they open, or "" for two
	for i, c := range cs {
		if b := out[i].body; strings.Contains(b, " ") {
			if abbr := initials(b); len(abbr) >= 2 {
				k := [2]string{c.Doc, abbr}
				if f, seen := byInitials[k]; seen && f != b {
					b = "" // "SLC" for Sri Lanka Cricket and Sri Lanka Customs: neither
				}
				byInitials[k] = b
			}
		}
	}
	for i, c := range cs {
		if b := byInitials[[2]string{c.Doc, out[i].body}]; b != "" {
			out[i].body = b
		}
	}
	return out
}

// surnamed reports whether a person is called by "Mr", "Mrs", "Ms" or "Miss" and one
// name that WordNet knows as a surname: "Mr Howard" is not Howard Flight, though "Ms Gao"
// is Gao Junlan, whose family name comes first.
func surnamed(sp claims.Speaker) bool {
	return sp.Kind == claims.Person && wordnet.IsA(strings.ToLower(sp.Name), "person", wordnet.Noun) && slices.ContainsFunc(sp.Aliases, func(a string) bool {
		for _, t := range []string{"Mr ", "Mrs ", "Ms ", "Miss ", "Mr. ", "Mrs. ", "Ms. "} {
			if strings.HasPrefix(a, t) && a[len(t):] == sp.Name {
				return true
			}
		}
		return false
	})
}

// initials returns the capitals that open the words of a name: "SLC" for "Sri Lanka
// Cricket".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Resolve gives each claim's speaker the identity it has across all of cs: a surname met
// alone ("Putin") becomes the one full name that ends with it ("Vladimir Putin"), keeping
// the surname as an alias, and a person's affiliation learnt in one document is filled in
// wherever it is missing. It changes cs in place; Compare does the same internally.
func Resolve(cs []claims.Claim) {
	ids := resolveIdentities(cs)
	for i := range cs {
		sp := &cs[i].Speaker
		if ids[i].name != sp.Name {
			if !slices.Contains(sp.Aliases, sp.Name) {
				sp.Aliases = append(slices.Clone(sp.Aliases), sp.Name)
				slices.Sort(sp.Aliases)
			}
			sp.Name = ids[i].name
		}
		if sp.Affiliation == "" {
			sp.Affiliation = ids[i].body
		}
	}
}

// claimOrder orders claims by document, then position, then ID.
func claimOrder(x, y *claims.Claim) int {
	if c := cmp.Compare(x.Doc, y.Doc); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Content.Start, y.Content.Start); c != 0 {
		return c
	}
	return cmp.Compare(x.ID, y.ID)
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func absDays(a, b claims.Date) int {
	d := a.DaysUntil(b)
	if d < 0 {
		return -d
	}
	return d
}
