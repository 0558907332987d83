package extract

// This file reads the text's own report of how a claim answers another: "denied the
// report", "contradicting earlier comments by Moscow's top diplomat", "walked back his
// remarks", "dismissed the claims as nonsense", "said the story was untrue", "But …". Each
// is a claims.Response: the relation, the words that say it, what is answered as written,
// the speaker it names and the earlier claims of the document that carry it.

//go:generate go run gen_responses.go

import (
	"fmt"
	"slices"
	"strings"

	"github.com/contradict/contradict/claims"
)

// respEntry is one form of the response vocabulary.
type respEntry struct {
	rel   claims.Relation
	self  bool     // answers its own speaker's words: "walked back"
	false bool     // calls a statement untrue: "nonsense", "lying"
	words []string // the form split into words, lower case
}

// respLex is the parsed form of data/responses.txt, data/framing.txt and data/remarks.txt.
type respLex struct {
	byFirst map[string][]respEntry // by the form's first word; longest forms first
	remark  map[string]bool
}

var relationByName = map[string]claims.Relation{
	"contradicts": claims.Contradicts, "denies": claims.Denies, "rejects": claims.Rejects,
	"corrects": claims.Corrects, "retracts": claims.Retracts, "reverses": claims.Reverses,
	"contrasts": claims.Contrasts, "maintains": claims.Maintains, "agrees": claims.Agrees,
	"false": claims.Denies,
}

// selfRelations answer their own speaker's words unless the text names another.
var selfRelations = map[claims.Relation]bool{claims.Retracts: true, claims.Reverses: true}

func parseResponses(lx *lexicon) error {
	r := respLex{byFirst: map[string][]respEntry{}, remark: map[string]bool{}}
	add := func(e respEntry) {
		r.byFirst[e.words[0]] = append(r.byFirst[e.words[0]], e)
	}
	err := eachLine("data/responses.txt", func(line string, n int) error {
		f := strings.Split(line, "|")
		if len(f) != 4 {
			return fmt.Errorf("want relation | lemma | pos | forms")
		}
		name := strings.TrimSpace(f[0])
		rel, ok := relationByName[name]
		if !ok {
			return fmt.Errorf("unknown relation %q", name)
		}
		for _, form := range strings.Split(f[3], ",") {
			if ws := strings.Fields(strings.ToLower(form)); len(ws) > 0 {
				add(respEntry{rel: rel, self: selfRelations[rel], false: name == "false", words: ws})
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = eachLine("data/framing.txt", func(line string, n int) error {
		kind, phrase, ok := strings.Cut(line, "|")
		if !ok {
			return fmt.Errorf("want relation | phrase")
		}
		name, self := strings.CutSuffix(strings.TrimSpace(kind), " self")
		rel, ok := relationByName[strings.TrimSpace(name)]
		if !ok {
			return fmt.Errorf("unknown relation %q", name)
		}
		if ws := strings.Fields(strings.ToLower(phrase)); len(ws) > 0 {
			add(respEntry{rel: rel, self: self || selfRelations[rel], words: ws})
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = eachLine("data/remarks.txt", func(line string, n int) error {
		r.remark[strings.ToLower(line)] = true
		return nil
	})
	for _, es := range r.byFirst {
		slices.SortStableFunc(es, func(a, b respEntry) int { return len(b.words) - len(a.words) })
	}
	lx.responses = r
	return err
}

// respHit is a response form found in a unit's words.
type respHit struct {
	respEntry
	start, end int // word indices
}

// hits returns the response forms among ws, longest first where they overlap.
func (r *respLex) hits(ws []word) []respHit {
	var out []respHit
	for i := 0; i < len(ws); i++ {
		for _, e := range r.byFirst[ws[i].low] {
			if i+len(e.words) <= len(ws) && wordsMatch(ws[i:i+len(e.words)], e.words) {
				out = append(out, respHit{e, i, i + len(e.words)})
				i += len(e.words) - 1
				break
			}
		}
	}
	return out
}

// connectives open a sentence that the text sets against what came before.
var connectives = [][]string{{"but"}, {"however"}, {"yet"}, {"in", "contrast"}, {"by", "contrast"}, {"on", "the", "other", "hand"}, {"nevertheless"}, {"meanwhile", ","}}

// responder is one claim of the document as the response pass reads it.
type responder struct {
	at    *attribution
	id    string
	key   string // the speaker's identity in the document
	words []word // the unit's words
}

// responses reads the responses of each claim of a document; ats are in text order and ids
// their claim IDs.
func (a *analyser) responses(ats []attribution, units []unit, ids []string) [][]claims.Response {
	rl := &a.lx.responses
	out := make([][]claims.Response, len(ats))
	unitWords := map[int][]word{}
	rs := make([]responder, len(ats))
	for i := range ats {
		u := ats[i].unit
		ws, ok := unitWords[u]
		if !ok {
			ws = scanWords(a.text, units[u].span)
			unitWords[u] = ws
		}
		rs[i] = responder{at: &ats[i], id: ids[i], key: ats[i].speaker.Key(), words: ws}
	}
	for i := range rs {
		r := &rs[i]
		at := r.at
		ws := r.words
		for _, h := range rl.hits(ws) {
			span := claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End}
			inCue := at.cue.Contains(ws[h.start].span)
			inContent := at.content.Contains(span)
			if !inCue && !inContent && !a.ownsPhrase(rs, i, h, ws) {
				continue
			}
			if inContent && !h.false && !(h.self && h.rel == claims.Corrects) {
				continue // a response inside what is said is someone else's: the content's own subject's
			}
			resp := claims.Response{Relation: h.rel, Self: h.self, Phrase: claims.ExcerptOf(a.text, span)}
			resp.Negated = inCue && at.negated || negatedBefore(ws, h.start)
			var obj objectNP
			switch {
			case inContent && h.false:
				obj = a.evaluated(ws, h, at.content)
			case inContent:
				obj = objectNP{self: true} // "he said his words had been taken out of context"
			case inCue && (at.quoted || a.clausalContent(at)):
				// "denied that the programme breached the code": what is answered is the
				// content itself, whose proposition compare aligns with the other's.
				obj = objectNP{span: at.content}
			case inCue:
				obj = a.readObject(ws, wordAt(ws, at.content.Start), rl)
			default:
				obj = a.readObject(ws, h.end, rl)
			}
			if obj.span.Len() > 0 {
				resp.Answered = claims.ExcerptOf(a.text, obj.span)
			}
			resp.Other = obj.other
			if obj.self {
				resp.Self = true
			}
			if resp.Other != "" {
				resp.Self = false
			}
			if !obj.answerable() && !(inCue && obj.span == at.content) {
				continue // "withdrew troops", "agreed a contract": no statement answered
			}
			resp.Answers = a.answers(rs, i, resp, obj)
			if len(resp.Answers) == 0 && resp.Other == "" && !resp.Self && !(inCue && h.rel != claims.Maintains) {
				continue // answers nothing the text lets us find
			}
			if !slices.ContainsFunc(out[i], func(o claims.Response) bool { return o.Phrase.Span == resp.Phrase.Span }) {
				out[i] = append(out[i], resp)
			}
		}
		// "But the prime minister said …": set against the last thing someone else said.
		if c, ok := opensWithContrast(ws, units[at.unit].span, a.text); ok && a.firstInUnit(rs, i) {
			resp := claims.Response{Relation: claims.Contrasts, Phrase: claims.ExcerptOf(a.text, c)}
			resp.Answers = a.answers(rs, i, resp, objectNP{anaphor: true})
			if len(resp.Answers) > 0 {
				out[i] = append(out[i], resp)
			}
		}
	}
	return out
}

// firstInUnit reports whether rs[i] is the first claim of its unit.
func (a *analyser) firstInUnit(rs []responder, i int) bool {
	return i == 0 || rs[i-1].at.unit != rs[i].at.unit
}

// opensWithContrast returns the connective that opens a unit: "But", "However,".
func opensWithContrast(ws []word, u claims.Span, text string) (claims.Span, bool) {
	for _, c := range connectives {
		if len(ws) > len(c) && wordsMatch(ws[:len(c)], c) && ws[0].span.Start-u.Start < 3 {
			return claims.Span{Start: ws[0].span.Start, End: ws[len(c)-1].span.End}, true
		}
	}
	return claims.Span{}, false
}

// ownsPhrase reports whether the response phrase h, outside rs[i]'s cue and content, is
// said of rs[i]'s speaker: it stands between the speaker and the content ("The ministry
// later corrected her remarks, saying …"), opens the sentence before the speaker
// ("Contradicting Lavrov, Peskov said …"), or follows the content after a comma as a
// participle or an aside ("…, contradicting earlier comments by", "…, a U-turn").
func (a *analyser) ownsPhrase(rs []responder, i int, h respHit, ws []word) bool {
	at := rs[i].at
	pos := ws[h.start].span.Start
	for j := range rs {
		if j != i && rs[j].at.unit == at.unit && rs[j].at.content.Contains(ws[h.start].span) {
			return false // inside another claim's content
		}
	}
	switch {
	case at.source.Len() > 0 && pos >= at.source.End && pos < at.content.Start && pos < at.cue.Start:
		return true
	case pos < at.source.Start && pos < at.content.Start && h.start <= 1:
		return true
	case pos >= at.content.End:
		k := h.start - 1
		for k >= 0 && (ws[k].low == "a" || ws[k].low == "an" || ws[k].low == "in" || ws[k].low == "apparently" || ws[k].low == "effectively" || ws[k].low == "thereby" || ws[k].low == "seemingly") {
			k--
		}
		if k >= 0 && ws[k].text == "," {
			// Nothing but the content and the speaker before the comma.
			return ws[k].span.Start >= at.content.End || ws[k].span.Start >= at.source.End && ws[k].span.Start >= at.cue.End
		}
	}
	return false
}

// negatedBefore reports whether a negation stands in the three words before ws[i]: "did
// not deny", "never contradicted", "refused to deny".
func negatedBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := ws[k].low; {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			return true
		case w == "to" && k > 0 && (ws[k-1].low == "refused" || ws[k-1].low == "declined" || ws[k-1].low == "refuses" || ws[k-1].low == "declines"):
			return true
		case ws[k].punc:
			return false
		}
	}
	return false
}

// clausalContent reports whether a claim's content is a clause: what was said, not the
// thing answered ("denied that the programme breached the code").
func (a *analyser) clausalContent(at *attribution) bool {
	for _, w := range at.words {
		if isVerbTag(w.tag) || w.tag == "MD" {
			return true
		}
	}
	t := strings.ToLower(at.content.In(a.text))
	return strings.HasPrefix(t, "that ") || strings.HasPrefix(t, "whether ")
}

// objectNP is what a response answers, as written after it.
type objectNP struct {
	span    claims.Span
	other   string // the speaker it names
	pronoun string // "him", "her", "them", "his", "her", "their"
	self    bool   // "his own words", "himself"
	anaphor bool   // "the claims", "it", "such suggestions": a remark met before
	noun    string // the head noun, lower case, when it is no remark noun: "rise"
	clause  claims.Span
}

var objectSkip = map[string]bool{"the": true, "a": true, "an": true, "such": true, "these": true, "those": true, "this": true, "any": true, "all": true, "earlier": true, "previous": true, "recent": true, "latest": true, "some": true, "both": true, "initial": true, "original": true, "widespread": true, "repeated": true, "newspaper": true, "media": true, "press": true}

var objectStop = map[string]bool{"that": true, "as": true, "which": true, "who": true, "whom": true, "because": true, "when": true, "while": true, "after": true, "before": true, "since": true, "saying": true, "insisting": true, "adding": true, "and": true, "but": true, "on": true, "in": true, "at": true, "for": true, "over": true, "with": true, "to": true, "if": true, "amid": true, "despite": true}

// readObject reads the noun phrase that a response at ws[from] answers.
func (a *analyser) readObject(ws []word, from int, rl *respLex) objectNP {
	var o objectNP
	if from < 0 || from >= len(ws) {
		return o
	}
	i := from
	for i < len(ws) && (ws[i].low == "at" || ws[i].low == "with" || ws[i].low == "from" || ws[i].low == "to" || ws[i].low == "of" || ws[i].low == "on") {
		i++ // "hit back at", "at odds with", "contrary to", "a reversal of"
	}
	start := i
	for i < len(ws) && objectSkip[ws[i].low] {
		i++
	}
	if i < len(ws) && ws[i].low == "that" && i == start {
		o.clause = clauseAfter(ws, i)
		o.span = o.clause
		return o
	}
	end := i
	var names []word
	for end < len(ws) && end-i < 8 {
		w := ws[end]
		if w.punc && !(w.text == "." && end+1 < len(ws) && ws[end+1].cap) || objectStop[w.low] && !(w.low == "and" && len(names) > 0 && end+1 < len(ws) && ws[end+1].cap) {
			break
		}
		switch {
		case w.low == "by" || w.low == "from" || w.low == "of":
			// "comments by Moscow's top diplomat", "calls from the Tories"
			j := end + 1
			for j < len(ws) && objectSkip[ws[j].low] {
				j++
			}
			k := j
			for k < len(ws) && !ws[k].punc && (ws[k].cap || a.lx.roleWord(ws[k].low) || ws[k].poss) && k-j < 6 {
				k++
			}
			if k > j && o.other == "" {
				if sp, ok := a.nameOf(ws[start:k], ws[j:k]); ok {
					o.other = sp
				}
			}
			end = k
			continue
		case w.low == "himself" || w.low == "herself" || w.low == "itself" || w.low == "themselves" || w.low == "own":
			o.self = true
		case w.low == "him" || w.low == "her" && (end+1 >= len(ws) || ws[end+1].punc || ws[end+1].cap) || w.low == "them":
			o.pronoun = w.low
		case w.low == "his" || w.low == "her" || w.low == "their" || w.low == "its":
			if o.pronoun == "" {
				o.pronoun = w.low
			}
		case w.low == "it" || w.low == "this":
			o.anaphor = true
		case rl.remark[w.low]:
			o.anaphor = true
			o.noun = ""
		case w.cap || w.poss:
			names = append(names, w)
		default:
			if !o.anaphor {
				o.noun = w.low
			}
		}
		end++
		if w.poss {
			if sp, ok := a.nameOf(ws[start:end], ws[start:end]); ok && o.other == "" {
				o.other = sp
			}
			names = nil
		}
	}
	if end > start {
		o.span = claims.Span{Start: ws[start].span.Start, End: ws[end-1].span.End}
	}
	if o.other == "" && len(names) > 0 && !o.anaphor {
		if sp, ok := a.nameOf(names, names); ok {
			o.other = sp
			o.noun = ""
		}
	}
	if end < len(ws) && ws[end].low == "that" && (o.anaphor || end == start) {
		o.clause = clauseAfter(ws, end)
		if o.span.Len() == 0 {
			o.span = o.clause
		} else if o.clause.Len() > 0 {
			o.span.End = o.clause.End
		}
	}
	if o.other != "" && o.pronoun == "his" || o.other != "" && o.pronoun == "her" {
		o.pronoun = ""
	}
	return o
}

// answerable reports whether o is something a statement can answer: a person or body, a
// remark, one's own words, a clause, or a noun that may name what another said.
func (o objectNP) answerable() bool {
	return o.other != "" || o.pronoun != "" || o.self || o.anaphor || o.clause.Len() > 0 || o.noun != ""
}

// clauseAfter returns the span of the clause that "that" at ws[i] opens, to the next
// comma or the end.
func clauseAfter(ws []word, i int) claims.Span {
	j := i + 1
	k := j
	for k < len(ws) && !(ws[k].punc && ws[k].text != "'" && ws[k].text != "’" && ws[k].text != "-") {
		k++
	}
	if k <= j {
		return claims.Span{}
	}
	return claims.Span{Start: ws[j].span.Start, End: ws[k-1].span.End}
}

// nameOf reads ws as a mention and resolves it to a speaker's name, keeping only names
// and roles the document knows (not "Tuesday" or "London").
func (a *analyser) nameOf(phrase, ws []word) (string, bool) {
	var plain []word
	for _, w := range ws {
		if !w.punc {
			plain = append(plain, w)
		}
	}
	if len(plain) == 0 {
		return "", false
	}
	m, ok := a.lx.readMention(plain)
	if !ok || m.pronoun != "" {
		return "", false
	}
	sp := a.people.speaker(m)
	if sp.Name == "" || sp.Kind == claims.UnknownSpeaker {
		return "", false
	}
	return sp.Name, true
}

// evaluated reads what a word calling something untrue, inside a claim's content, is said
// of: the content's subject before its copula ("the report was untrue", "these claims are
// nonsense", "he is lying"), or what follows "no truth in".
func (a *analyser) evaluated(ws []word, h respHit, content claims.Span) objectNP {
	first := wordAt(ws, content.Start)
	if first < 0 || first >= h.start {
		return objectNP{}
	}
	// "there was not one iota of truth in the report", "no truth in the claims"
	for k := first; k < h.start; k++ {
		if ws[k].low == "there" || ws[k].low == "in" {
			break
		}
	}
	var subj []word
	for k := first; k < h.start; k++ {
		w := ws[k]
		if beForms[w.low] || w.low == "are" || w.low == "'s" || w.low == "’s" || w.low == "has" || w.low == "had" || w.low == "have" || w.low == "was" || w.low == "were" || w.low == "is" || w.low == "been" {
			break
		}
		subj = append(subj, w)
	}
	o := objectNP{}
	if len(subj) == 0 {
		return o
	}
	o.span = claims.Span{Start: subj[0].span.Start, End: subj[len(subj)-1].span.End}
	head := subj[len(subj)-1].low
	switch {
	case head == "he" || head == "she" || head == "they":
		o.pronoun = head
	case head == "it" || head == "this" || head == "that" || a.lx.responses.remark[head]:
		o.anaphor = true
		for _, w := range subj {
			if w.poss {
				if sp, ok := a.nameOf(subj, subj[:slices.Index(subj, w)+1]); ok {
					o.other = sp
				}
			}
		}
	case subj[0].cap:
		if sp, ok := a.nameOf(subj, subj); ok {
			o.other = sp
		}
	}
	if o.other == "" && o.pronoun == "" && !o.anaphor {
		return objectNP{}
	}
	return o
}

// answers finds the claims of the document that carry what a response of rs[i] answers:
// the named speaker's, the responder's own earlier ones, the last one of someone else for
// an anaphor, or those whose content shares words with the answered clause or noun.
func (a *analyser) answers(rs []responder, i int, resp claims.Response, o objectNP) []string {
	at := rs[i].at
	var out []string
	prev := func(yield func(j int) bool) {
		for j := i - 1; j >= 0; j-- {
			if rs[j].at.content.Start < at.content.Start && !yield(j) {
				return
			}
		}
	}
	unitsBack := func(j int) int { return at.unit - rs[j].at.unit }
	switch {
	case resp.Other != "":
		// The named speaker's claims, before this one first: "contradicting earlier
		// comments by Moscow's top diplomat" may quote them only later.
		for j := range prev {
			if sameSpeakerName(rs[j].at.speaker, resp.Other) {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
		for j := i + 1; j < len(rs) && len(out) == 0; j++ {
			if sameSpeakerName(rs[j].at.speaker, resp.Other) && !at.content.Contains(rs[j].at.content) {
				out = append(out, rs[j].id)
			}
		}
	case resp.Self:
		for j := range prev {
			if rs[j].key == rs[i].key && !at.content.Contains(rs[j].at.content) {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case o.clause.Len() > 0 || o.noun != "":
		words := contentWords(a.text, o.clause)
		if o.noun != "" {
			words = append(words, o.noun)
		}
		for j := range prev {
			if rs[j].key == rs[i].key {
				continue
			}
			if shared := sharedWords(words, contentWords(a.text, rs[j].at.content)); shared >= 2 || o.noun != "" && shared >= 1 {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case o.anaphor || o.pronoun != "":
		// The last claim of someone else, within the last few sentences, and the claims of
		// that speaker in its sentence.
		other := ""
		for j := range prev {
			if unitsBack(j) > 4 {
				break
			}
			if rs[j].key == rs[i].key || at.content.Contains(rs[j].at.content) || rs[j].at.content.Contains(at.content) {
				continue
			}
			if other == "" {
				other = rs[j].key
			}
			if rs[j].key == other && rs[j].at.unit == rs[i].at.unit || rs[j].key == other && len(out) == 0 {
				out = append(out, rs[j].id)
			}
		}
	}
	return out
}

// sameSpeakerName reports whether sp is the speaker called name.
func sameSpeakerName(sp claims.Speaker, name string) bool {
	if strings.EqualFold(sp.Name, name) {
		return true
	}
	for _, al := range sp.Aliases {
		if strings.EqualFold(al, name) {
			return true
		}
	}
	l, n := strings.ToLower(sp.Name), strings.ToLower(name)
	return strings.HasSuffix(l, " "+n) || strings.HasSuffix(n, " "+l)
}

// contentWords returns the lower-case words of text[s] that carry meaning: no function
// words, pronouns or numbers.
func contentWords(text string, s claims.Span) []string {
	var out []string
	for _, w := range scanWords(text, s) {
		if w.punc || len(w.low) < 3 || functionWords[w.low] || determiners[w.low] || isPronoun(w) {
			continue
		}
		out = append(out, w.low)
	}
	return out
}

// sharedWords counts the distinct words of a found in b, by their first five letters so
// that "breached" meets "breaches".
func sharedWords(a, b []string) int {
	stem := func(s string) string { return s[:min(len(s), 5)] }
	seen := map[string]bool{}
	for _, w := range b {
		seen[stem(w)] = true
	}
	n := 0
	done := map[string]bool{}
	for _, w := range a {
		if s := stem(w); seen[s] && !done[s] {
			done[s] = true
			n++
		}
	}
	return n
}
