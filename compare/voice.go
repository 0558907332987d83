// This file tells when two speakers are one voice: a body and those who speak for it, a
// government and its ministers, a group and the names it lists.

package compare

import (
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/internal/wordnet"
)

// officeOnly reports whether sp is a person the text names only by an office or a
// relation, of a body or of none: "the minister", "Edinburgh's housing convener", "a
// close ally". A
// spokesman speaks for someone else and is not one. isPerson answers for a role's head.
func officeOnly(sp claims.Speaker, isPerson func(string) bool) bool {
	if sp.Kind != claims.Anonymous {
		return false
	}
	f := strings.Fields(strings.ToLower(sp.Role))
	if len(f) == 0 || voiceWords[f[len(f)-1]] {
		return false
	}
	if len(f) == 1 && wordnet.IsA(f[0], "organization", wordnet.Noun) {
		return false // "the company", "the party": WordNet's guest and litigant, but a body here
	}
	return isPerson(f[len(f)-1])
}

// voiceWords speak for a body or a person, not as themselves.
var voiceWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true, "representative": true, "official": true, "officials": true, "source": true, "sources": true}

// seatVoice reports whether x is a seat of government standing for its country ("Downing
// Street", "the Kremlin") and y the spokesman of a head of government, unnamed: the seat
// speaks through that spokesman.
func seatVoice(x, y *node) bool {
	a := x.c.Speaker.Affiliation
	if x.kind != claims.Organisation || a == "" || sameBodyName(a, x.name, x.kind) || y.kind != claims.Anonymous {
		return false
	}
	f := strings.Fields(strings.ToLower(possessiveS.Replace(y.name)))
	if len(f) < 2 || !voiceWords[f[len(f)-1]] {
		return false
	}
	l := strings.Join(f, " ")
	return strings.Contains(l, "prime minister") || strings.Contains(l, "president") || strings.Contains(l, "premier")
}

var possessiveS = strings.NewReplacer("’s", "", "'s", "")

// aliased reports whether body is one of the names n's speaker is also called, when n
// is a body: the acronym the text gave it in brackets.
func aliased(body string, n *node) bool {
	if n.kind != claims.Organisation {
		return false
	}
	return slices.ContainsFunc(n.aliases, func(al string) bool { return sameBodyName(body, al, n.kind) })
}

// acronymIn reports whether the name of y holds, as a word, an acronym x is also called.
func acronymIn(x, y *node) bool {
	for _, al := range x.c.Speaker.Aliases {
		al = strings.TrimPrefix(al, "the ")
		if len(al) < 2 || strings.ToUpper(al) != al || strings.ContainsAny(al, " .") {
			continue
		}
		if slices.Contains(strings.Fields(y.name), al) {
			return true
		}
	}
	return false
}

// oneVoice reports whether x and y speak for one body as one: the body itself and anyone
// who speaks for it (its spokesman, its chief), or two unnamed voices of it.
func oneVoice(x, y *node) bool {
	if x.body != "" && sameBodyName(x.body, y.name, y.kind) || y.body != "" && sameBodyName(y.body, x.name, x.kind) {
		return true // "Sky" and a Sky spokesperson, whatever kind of speaker "Sky" was read as
	}
	if x.doc == y.doc && (seatVoice(x, y) || seatVoice(y, x)) {
		return true // "Downing Street" and "the prime minister's official spokesman"
	}
	if x.body != "" && aliased(x.body, y) || y.body != "" && aliased(y.body, x) {
		return true // "PT Semen Nusantara Raya (SNR)" and its finance director at "SNR"
	}
	lx, ly := strings.ToLower(x.name), strings.ToLower(y.name)
	if strings.HasPrefix(lx, ly+" ") || strings.HasPrefix(ly, lx+" ") {
		return true // "the World Bank" and "the World Bank report", "Halifax" and "Halifax survey"
	}
	for _, pos := range [...]string{"'s ", "’s "} {
		if strings.HasPrefix(lx, ly+pos) || strings.HasPrefix(ly, lx+pos) {
			return true // "the Bank of Mexico" and "the Bank of Mexico's figures"
		}
	}
	if acronymIn(x, y) || acronymIn(y, x) {
		return true // the American Film Institute (the AFI) and "the 13-strong AFI jury"
	}
	if x.kind != claims.Person && y.kind != claims.Person && x.doc == y.doc && sameName(lx, ly) {
		return true // "the AFI jury" and "the 13-strong AFI jury"
	}
	if bx, by := strings.ToLower(x.body), strings.ToLower(y.body); by != "" && strings.HasPrefix(lx, by+" ") || bx != "" && strings.HasPrefix(ly, bx+" ") {
		return true // the "Halifax survey" and Halifax's chief economist
	}
	if x.body == "" || x.body != y.body {
		return false
	}
	isBody := func(n *node) bool {
		return n.kind == claims.Organisation && (strings.EqualFold(n.name, n.body) || strings.Contains(strings.ToLower(n.body), strings.ToLower(n.name)))
	}
	unnamed := func(n *node) bool {
		return n.kind == claims.Anonymous || n.kind == claims.Group && !capitalised(n.name)
	}
	return isBody(x) || isBody(y) || unnamed(x) && unnamed(y)
}

// speaksFor reports whether x, an unnamed voice with no body ("a spokesman"), speaks of
// y's speaker in its own words' subject, as a spokesman speaks of the one he speaks for:
// "A spokesman later said Mr Galloway had friends in common with Ms Hassan".
func speaksFor(x, y *node) bool {
	if x.body != "" || x.kind != claims.Anonymous || y.kind != claims.Person {
		return false
	}
	f := strings.Fields(strings.ToLower(x.name))
	if len(f) == 0 || !voiceWords[f[len(f)-1]] {
		return false
	}
	for _, cl := range x.c.Proposition.Clauses() {
		if cl.Subject != "" && !pronoun(cl.Subject) && sameName(y.name, cl.Subject) {
			return true
		}
	}
	return false
}

// member reports whether x speaks as one of the group y names: "Tzekos" in "Tzekos,
// Thanou and Kenteris" is on its side, not the other.
func member(x, y *node) bool {
	if y.kind != claims.Group || x.kind != claims.Person {
		return false
	}
	for _, item := range y.members {
		if sameName(x.name, item) {
			return true
		}
	}
	return false
}

// groupMembers lists the names a group's name holds: "Tzekos, Thanou and Kenteris".
func groupMembers(name string) []string {
	var out []string
	for _, part := range strings.Split(name, ",") {
		for _, item := range strings.Split(part, " and ") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

func sameName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// inGovernment reports whether x, the unnamed "government" or "ministers" of an article,
// and y, a person who holds an office of government ("Home Office minister", "the
// chancellor"), speak for one government: a minister is of the government, and "the
// government denied the reports" beside the minister's "they are wrong" is one voice.
func inGovernment(x, y *node) bool {
	if y.kind != claims.Person {
		return false
	}
	// "the Government", capitalised as British and New Zealand papers write it, is the
	// same unnamed government.
	if n := strings.TrimPrefix(strings.ToLower(x.name), "the "); n != "government" && n != "ministers" {
		return false
	}
	// "Lord Falconer", of "Chancellor": the body identities give, so that a run and a store,
	// whose claims may carry it or not, read alike.
	return y.holds || governmentOffice(y.body)
}

// holdsOffice reports whether n speaks from an office of government: a person holding
// one, or a ministry named by its portfolio, or its officials.
func holdsOffice(n *node) bool {
	return n.kind == claims.Person && (governmentOffice(n.role) || governmentOffice(n.c.Speaker.Affiliation) || ministry(n.c.Speaker.Affiliation) || headOfState(n)) || ministry(n.name)
}

// headOfState reports whether n is a president given by the title alone, of no body or of
// a country: "President Viktor Yushchenko", not "the union's president".
func headOfState(n *node) bool {
	r := strings.ToLower(n.role)
	return (r == "president" || r == "vice-president" || r == "vice president") && capitalised(n.role) && (n.c.Speaker.Affiliation == "" || wordnet.IsA(strings.ToLower(n.c.Speaker.Affiliation), "country", wordnet.Noun))
}

// ministry reports whether a speaker is a ministry named by its portfolio, or its
// officials: "the Finance Ministry", "Ministry of Foreign Affairs officials", "Health
// Ministry sources"; not "the ministry", "Ministry of Health figures", nor a ministry
// another country's name or people qualify ("the Russian Foreign Ministry").
func ministry(name string) bool {
	f := strings.Fields(possessiveS.Replace(name))
	i := slices.IndexFunc(f, func(w string) bool { return w == "Ministry" || w == "ministry" })
	if i < 0 {
		return false
	}
	for _, w := range f[:i] {
		l := strings.ToLower(w)
		if l == "former" || wordnet.IsA(l, "person", wordnet.Noun) && !wordnet.IsA(l, "judge", wordnet.Noun) || wordnet.IsA(l, "country", wordnet.Noun) {
			return false
		}
	}
	before := i > 0 && capitalised(f[i-1]) && !strings.EqualFold(f[i-1], "the")
	end := i + 1
	if !before && end+1 < len(f) && f[end] == "of" && capitalised(f[end+1]) {
		for end++; end < len(f) && (capitalised(f[end]) || f[end] == "and"); end++ {
		}
	} else if !before {
		return false
	}
	switch rest := f[end:]; {
	case len(rest) == 0:
		return true
	case len(rest) == 1:
		l := strings.ToLower(rest[0])
		return l == "officials" || l == "official" || l == "sources" || l == "source" || strings.HasPrefix(l, "spokes")
	}
	return false
}

// otherAffiliations reports whether x and y are said to be of two bodies or countries,
// neither's name within the other's: "Russia" and "Ukraine", not "Treasury" and
// "National Treasury".
func otherAffiliations(x, y *node) bool {
	a, b := strings.ToLower(x.c.Speaker.Affiliation), strings.ToLower(y.c.Speaker.Affiliation)
	return a != "" && b != "" && !strings.Contains(a, b) && !strings.Contains(b, a)
}

// governmentOffice reports whether a role is an office of government, not of the
// opposition or of the past: "Health Minister", "chancellor", "Home Secretary", not
// "shadow chancellor", "former minister", "general secretary".
func governmentOffice(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	for i, w := range f {
		switch w {
		case "shadow", "former", "ex-minister", "opposition", "vice-chancellor":
			return false
		}
		if strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "former") {
			return false
		}
		if w == "minister" || w == "chancellor" || w == "premier" || w == "undersecretary" || w == "under-secretary" || w == "secretary" && (i == 0 || f[i-1] != "general") {
			return true
		}
	}
	return false
}

// sameBodyName reports whether a body and a speaker's name are one, in the singular or
// the plural: the "Carib" chief speaks for "the Caribs", a "Tory" MP for "the Tories";
// or by initials, "ECB" of "European Central Bank", unless the speaker (of kind kind) is
// a person: "Ursula Nkosi" is not the "UN".
func sameBodyName(body, name string, kind claims.SpeakerKind) bool {
	b, n := strings.ToLower(body), strings.TrimPrefix(strings.ToLower(name), "the ")
	if b == n || b+"s" == n || strings.HasSuffix(b, "y") && b[:len(b)-1]+"ies" == n {
		return true
	}
	return kind != claims.Person && (initialism(body, strings.TrimPrefix(name, "the ")) || initialism(name, strings.TrimPrefix(body, "the ")))
}

// initialism reports whether short is the initials of long's capitalised words: "ECB"
// of "European Central Bank", "CBV" of "Central Bank of Varda".
func initialism(long, short string) bool {
	if len(short) < 2 || len(short) > 6 || strings.ToUpper(short) != short || strings.ContainsAny(short, " .") {
		return false
	}
	return initials(long) == short
}

// executive reports whether a role is an executive office of a company: "chief
// executive", "CFO", "finance chief", "managing director"; not a former one.
func executive(role string) bool {
	r := strings.ToLower(role)
	if strings.Contains(r, "former") || strings.Contains(r, "ex-") {
		return false
	}
	for _, o := range executiveOffices {
		if strings.Contains(" "+r+" ", " "+o+" ") {
			return true
		}
	}
	return false
}

var executiveOffices = []string{"chief executive", "chief financial officer", "chief operating officer", "finance chief", "financial chief", "finance director",
	"financial director", "managing director", "ceo", "cfo", "coo"}
