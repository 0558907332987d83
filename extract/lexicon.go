package extract

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/contradict/contradict/claims"
)

//go:embed data/*.txt
var dataFS embed.FS

// cueClass says how a reporting cue takes its speaker and content.
type cueClass uint8

const (
	cueSpeech   cueClass = iota // X said (that) ...
	cueTell                     // X told Y (that) ...
	cueAccuse                   // X accused Y of ...
	cueDeny                     // X denied Z
	cueBelief                   // X believes ...
	cueCall                     // X called Y "Z"
	cueWeak                     // a cue only beside a that-clause, a colon or a quotation
	cueIntent                   // X wants to …, X called for …
	cueEvaluate                 // X criticised Y
	cueBroad                    // a verb the cue model reads as a cue: X backed Y
	cueEvidence                 // a weak cue whose subject may be a record: "the figures show that"
)

var cueClassNames = map[string]cueClass{
	"speech": cueSpeech, "tell": cueTell, "accuse": cueAccuse, "deny": cueDeny,
	"belief": cueBelief, "call": cueCall, "weak": cueWeak, "evidence": cueEvidence, "intent": cueIntent, "evaluate": cueEvaluate,
}

type cueEntry struct {
	lemma string
	class cueClass
	words []string // the form split into words: "pointed out" → [pointed out]
	state bool     // an adjective after a copula: "was adamant that"
	// takesBack: a phrase of taking back one's own words that needs no object ("climbed
	// down", "performed a U-turn"); with nothing after it, it is its own content.
	takesBack bool
	// answering: a verb of answering words read as a cue (see answeringVerb); only a
	// speaker the text names makes it a claim, others are left to the narration's reading.
	answering bool
	// phrase says that a state's complement is the phrase after its last word, not a
	// that-clause: "was critical of the plan", "is eager to run".
	phrase bool
}

// lexicon is the parsed, immutable form of the embedded data files.
type lexicon struct {
	cues         map[string][]cueEntry // by first word of the form, lower case
	boilerplate  []lowerRE
	readerBoiler []lowerRE                     // furniture only where the line speaks to its reader
	roles        map[string]string             // role → canonical role
	maxRole      int                           // words in the longest role
	roleFirst    map[string]bool               // first words of roles, lower case
	placeFirst   map[string]bool               // first words of place names, lower case
	places       map[string]string             // demonym, capital or seat, lower case → country
	demonyms     map[string]string             // demonym, lower case → country
	speakers     map[string]claims.SpeakerKind // head nouns that can speak without a name
	stance       stanceLex
	model        *cueModel
	nominals     map[string]nominalEntry // reporting nouns, lower case
	parties      map[string]bool         // allegiances that stand before a name, lower case
	responses    respLex
	occasions    map[string][]occasionNoun // occasion nouns by their last word, singular and plural
}

// nominalEntry is a reporting noun: "claim", "warning". Its content is a that-clause.
type nominalEntry struct {
	class cueClass
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon parses the embedded data once. An error means the binary was built with
// corrupt data; the extractor then finds nothing rather than panicking.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = parseLexicon() })
	return lex, lexErr
}

func parseLexicon() (*lexicon, error) {
	lx := &lexicon{
		cues:       map[string][]cueEntry{},
		roles:      map[string]string{},
		roleFirst:  map[string]bool{},
		placeFirst: map[string]bool{},
		places:     map[string]string{},
		demonyms:   map[string]string{},
		speakers:   map[string]claims.SpeakerKind{},
		nominals:   map[string]nominalEntry{},
		parties:    map[string]bool{},
		occasions:  map[string][]occasionNoun{},
	}
	err := eachLine("data/cues.txt", func(line string, n int) error {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			return fmt.Errorf("want lemma | class | forms")
		}
		lemma, cls := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		state, phrase := cls == "state", false
		if state {
			cls = "weak" // a state of mind is a cue only before its that-clause
		}
		if k, ok := strings.CutPrefix(cls, "state "); ok {
			// "critical of | state evaluate |": a stance toward the phrase after "of",
			// read as the class after "state" reads its object.
			state, phrase, cls = true, true, k
		}
		c, ok := cueClassNames[cls]
		if !ok {
			return fmt.Errorf("unknown cue class %q", cls)
		}
		forms := append([]string{lemma}, strings.Split(f[2], ",")...)
		for _, form := range forms {
			ws := strings.Fields(strings.ToLower(form))
			if len(ws) == 0 {
				continue
			}
			lx.cues[ws[0]] = append(lx.cues[ws[0]], cueEntry{lemma: lemma, class: c, words: ws, state: state, phrase: phrase})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, es := range lx.cues {
		sort.SliceStable(es, func(i, j int) bool {
			if len(es[i].words) != len(es[j].words) {
				return len(es[i].words) > len(es[j].words)
			}
			return es[i].state && !es[j].state // "are worried that" before "worried that"
		})
	}
	err = eachLine("data/boilerplate.txt", func(line string, n int) error {
		line, reader := strings.CutPrefix(line, "reader:")
		line = strings.TrimSpace(line)
		expr := `(?i)^(?:` + line + `)$`
		if core, ok := strings.CutPrefix(line, ".*"); ok && strings.HasSuffix(core, ".*") {
			// A pattern that may stand anywhere in the line: search for it, unanchored,
			// rather than backtrack over ".*".
			expr = `(?i)` + strings.TrimSuffix(core, ".*")
		}
		re, err := compileLower(expr)
		if err != nil {
			return err
		}
		if reader {
			lx.readerBoiler = append(lx.readerBoiler, re)
		} else {
			lx.boilerplate = append(lx.boilerplate, re)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/roles.txt", func(line string, n int) error {
		role, canon, ok := strings.Cut(line, "=")
		role = strings.TrimSpace(role)
		canon = strings.TrimSpace(canon)
		if !ok {
			canon = role
		}
		lx.roles[role] = canon
		lx.roleFirst[strings.Fields(role)[0]] = true
		if f := strings.Fields(role); len(f) > 1 {
			h := strings.Join(f, "-") // "director-general", "vice-president"
			lx.roles[h] = canon
			lx.roleFirst[h] = true
		}
		if w := len(strings.Fields(role)); w > lx.maxRole {
			lx.maxRole = w
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/places.txt", func(line string, n int) error {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			return fmt.Errorf("want country | demonyms | seats")
		}
		country := strings.TrimSpace(f[0])
		lx.places[strings.ToLower(country)] = country
		for _, d := range strings.Split(f[1], ",") {
			if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
				lx.demonyms[d] = country
				lx.places[d] = country
			}
		}
		for _, s := range strings.Split(f[2], ",") {
			if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
				lx.places[s] = country
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := parseResponses(lx); err != nil {
		return nil, err
	}
	if err := parseStance(lx); err != nil {
		return nil, err
	}
	if err := parseCueModel(lx); err != nil {
		return nil, err
	}
	for p := range lx.places {
		lx.placeFirst[strings.Fields(p)[0]] = true
	}
	err = eachLine("data/nominals.txt", func(line string, n int) error {
		f := strings.Split(line, "|")
		if len(f) != 2 {
			return fmt.Errorf("want nouns | class")
		}
		c, ok := cueClassNames[strings.TrimSpace(f[1])]
		if !ok {
			return fmt.Errorf("unknown cue class %q", strings.TrimSpace(f[1]))
		}
		e := nominalEntry{class: c}
		for _, noun := range strings.Split(f[0], ",") {
			lx.nominals[strings.ToLower(strings.TrimSpace(noun))] = e
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/parties.txt", func(line string, n int) error {
		lx.parties[strings.ToLower(line)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("data/occasions.txt", func(line string, n int) error {
		line, written := strings.CutPrefix(line, "written:")
		phrase, canon, _ := strings.Cut(line, "|")
		ws := strings.Fields(strings.ToLower(phrase))
		if len(ws) == 0 {
			return fmt.Errorf("no noun")
		}
		o := occasionNoun{words: ws, noun: strings.TrimSpace(canon), written: written}
		if o.noun == "" {
			o.noun = strings.Join(ws, " ")
		}
		head := ws[len(ws)-1]
		for _, form := range []string{head, head + "s"} {
			lx.occasions[form] = append(lx.occasions[form], o)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	kinds := map[string]claims.SpeakerKind{"group": claims.Group, "organisation": claims.Organisation, "anonymous": claims.Anonymous}
	err = eachLine("data/speakers.txt", func(line string, n int) error {
		noun, kind, _ := strings.Cut(line, "|")
		k, ok := kinds[strings.TrimSpace(kind)]
		if !ok {
			return fmt.Errorf("unknown speaker kind %q", kind)
		}
		lx.speakers[strings.TrimSpace(noun)] = k
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

func eachLine(name string, f func(line string, n int) error) error {
	file, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(line, n); err != nil {
			return fmt.Errorf("extract: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// isBoilerplate reports whether the trimmed line t is page furniture.
func (lx *lexicon) isBoilerplate(t string) bool {
	low := strings.ToLower(t)
	folded := foldsToASCII(low)
	for _, re := range lx.boilerplate {
		if re.mayMatch(low, folded) && re.MatchString(low) {
			return true
		}
	}
	reader := -1 // whether t speaks to its reader, found out when needed
	for _, re := range lx.readerBoiler {
		if !re.mayMatch(low, folded) {
			continue
		}
		for _, m := range re.FindAllStringIndex(low, -1) {
			if reader < 0 {
				reader = 0
				if addressWord.MatchString(outsideQuotes(t)) {
					reader = 1
				}
			}
			if reader == 1 || opensSentence(low, m[0]) && m[1]-m[0] < len(low) {
				return true
			}
		}
	}
	return false
}

// lowerRE is a regular expression matched against lower-case text, with the literals
// one of which each of its matches holds: text that has none of them is not searched.
type lowerRE struct {
	*regexp.Regexp
	lits []string // nil when no literal is required
}

func compileLower(expr string) (lowerRE, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return lowerRE{}, err
	}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return lowerRE{}, err
	}
	return lowerRE{re, requiredLiterals(tree.Simplify())}, nil
}

// mayMatch reports whether the lower-case text low can match: whether it holds one of
// the required literals. folded, when low has a character that a case-insensitive ASCII
// letter matches (see foldsToASCII), turns the filter off.
func (r lowerRE) mayMatch(low string, folded bool) bool {
	if r.lits == nil || folded {
		return true
	}
	for _, l := range r.lits {
		if strings.Contains(low, l) {
			return true
		}
	}
	return false
}

// foldsToASCII reports whether the lower-case text low holds a character outside ASCII
// that a case-insensitive ASCII letter matches: "ſ" (long s) is "s" to such a pattern.
func foldsToASCII(low string) bool {
	for _, r := range asciiFoldTraps {
		if strings.Contains(low, r) {
			return true
		}
	}
	return false
}

// asciiFoldTraps are the characters outside ASCII that lower-casing keeps and that fold to
// an ASCII letter.
var asciiFoldTraps = func() []string {
	var out []string
	for c := 'a'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf && unicode.ToLower(r) == r {
				out = append(out, string(r))
			}
		}
	}
	return out
}()

// requiredLiterals returns strings one of which every match of re holds, as they appear in
// lower-case text, or nil when it finds none.
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		l := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range l {
				if r >= utf8.RuneSelf {
					return nil // its case forms may not be one lower-case string
				}
			}
			l = strings.ToLower(l)
		}
		return []string{l}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		// Any part's literals will do: take those whose shortest is longest.
		var best []string
		for _, sub := range re.Sub {
			if l := requiredLiterals(sub); l != nil && (best == nil || shortest(l) > shortest(best)) {
				best = l
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			l := requiredLiterals(sub)
			if l == nil {
				return nil
			}
			all = append(all, l...)
		}
		return all
	}
	return nil
}

func shortest(ss []string) int {
	n := len(ss[0])
	for _, s := range ss[1:] {
		n = min(n, len(s))
	}
	return n
}

// opensSentence reports whether low[i:] starts the line or a sentence in it, or follows a
// short opening phrase and its comma: "Sign up …", "… here. Subscribe", "For more, sign up".
// A pattern of the whole line ("^subscribers? .*") needs a reader to speak to.
func opensSentence(low string, i int) bool {
	before := strings.TrimRightFunc(low[:i], unicode.IsSpace)
	switch {
	case before == "":
		return true
	case strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!"):
		return true
	case strings.HasSuffix(before, ",") && len(before) <= 12:
		return true
	}
	return false
}
