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
	"github.com/contradict/contradict/internal/wordnet"
)

// respEntry is one form of the response vocabulary.
type respEntry struct {
	rel    claims.Relation
	self   bool     // answers its own speaker's words: "walked back"
	false  bool     // calls a statement untrue: "nonsense", "lying"
	remark bool     // answers only a remark, not a party: "in contrast to what X said"
	of     bool     // said of its subject's words: "the president had meant that …"
	words  []string // the form split into words, lower case
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
		name, of := strings.CutSuffix(strings.TrimSpace(kind), " of")
		name, remark := strings.CutSuffix(strings.TrimSpace(name), " remark")
		name, self := strings.CutSuffix(strings.TrimSpace(name), " self")
		name = strings.TrimSpace(name)
		rel, ok := relationByName[name]
		if !ok {
			return fmt.Errorf("unknown relation %q", name)
		}
		if ws := strings.Fields(strings.ToLower(phrase)); len(ws) > 0 {
			add(respEntry{rel: rel, self: self || selfRelations[rel], false: name == "false", remark: remark, of: of, words: ws})
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
	day   claims.Date
}

// asker is who a response is said of, where: the claim that carries it, or for a response
// in narration ("His comments contradicted those of …") the speaker it names there.
type asker struct {
	i    int         // the claim that carries the response, or -1
	key  string      // the responder's identity
	body string      // the body the responder speaks for, or its own name when it is one
	unit int         // the unit the response stands in
	pos  int         // where it stands
	own  claims.Span // the carrier's content, which no answer may be part of
}

// responses reads the responses of each claim of a document; ats are in text order and ids
// their claim IDs.
func (a *analyser) responses(ats []attribution, units []unit, ids []string, whens []claims.When) [][]claims.Response {
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
		if whens[i].Precision == claims.Day {
			rs[i].day = whens[i].Date
		}
	}
	add := func(i int, resp claims.Response) {
		if !slices.ContainsFunc(out[i], func(o claims.Response) bool { return o.Phrase.Span == resp.Phrase.Span }) {
			out[i] = append(out[i], resp)
		}
	}
	owned := map[claims.Span]bool{} // phrases a claim of their unit has taken
	for i := range rs {
		r := &rs[i]
		at := r.at
		ws := r.words
		for _, h := range rl.hits(ws) {
			if passiveBy(ws, h) && !at.cue.Contains(ws[h.start].span) {
				continue // "Questioned by the prosecution, she said": she is the one questioned
			}
			span := claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End}
			inCue := at.cue.Contains(ws[h.start].span)
			aside := asideAt(ws, h.start) && (at.content.Contains(span) || span.Start >= at.content.End)
			inContent := at.content.Contains(span) && !aside
			if !inCue && !inContent && !aside && !a.ownsPhrase(rs, i, h, ws) {
				continue
			}
			own := inContent && !h.false && a.speakerSubject(ws, h.start, at)
			if h.of && !inContent {
				continue // "meant" is a reading of someone's words only inside what is said
			}
			if inContent && !h.false && !(h.self && h.rel == claims.Corrects) && !own && !h.of {
				continue // a response inside what is said is the content's own subject's
			}
			owned[span] = true
			resp := claims.Response{Relation: h.rel, Self: h.self, Phrase: claims.ExcerptOf(a.text, span)}
			resp.Negated = inCue && at.negated || negatedBefore(ws, h.start)
			var obj objectNP
			switch {
			case h.of:
				// "the president had meant that …": the president's words are answered.
				var sp string
				if o, name, ok := a.subjectBefore(rs, ws, h.start, span.Start); ok && name != at.speaker.Name {
					obj, sp = o, name
					obj.other, obj.anaphor = sp, false
				}
				if sp == "" {
					continue
				}
			case own:
				// "she withdraws those words", "I take it back": the speaker's own response.
				obj = a.readObject(within(ws, at.content), h.end, rl)
				if obj.anaphor || obj.pronoun != "" || obj.span.Len() == 0 {
					obj.self = obj.self || selfRelations[h.rel]
				}
			case inContent && h.false:
				obj = a.evaluated(ws, h, at.content)
			case inContent:
				// "he said his words had been taken out of context"; "… misquoted by the
				// Sunday Lantern": the paper's report is what he answers.
				obj = objectNP{self: true}
				if h.end+1 < len(ws) && ws[h.end].low == "by" {
					if o := a.readObject(within(ws, at.content), h.end+1, rl); o.other != "" {
						obj = o
					}
				}
			case inCue:
				obj = a.cueObject(at, ws, rl)
			default:
				obj = a.readObject(ws, h.end, rl)
			}
			if obj.other != "" && sameSpeakerName(at.speaker, obj.other) && !inCue {
				obj.other = "" // the speaker named in the cue after the quotation is no one it answers
			}
			ask := asker{i: i, key: r.key, body: bodyOf(at.speaker), unit: at.unit, pos: at.content.Start, own: at.content}
			if !h.fits(obj) {
				continue
			}
			if resp, ok := a.complete(rs, ask, resp, obj, inCue && h.rel != claims.Maintains); ok {
				add(i, resp)
			}
		}
		// "But the prime minister said …": set against the last thing someone else said.
		if c, ok := opensWithContrast(ws, units[at.unit].span, a.text); ok && a.firstInUnit(rs, i) {
			resp := claims.Response{Relation: claims.Contrasts, Phrase: claims.ExcerptOf(a.text, c)}
			ask := asker{i: i, key: r.key, unit: at.unit, pos: at.content.Start, own: at.content}
			resp.Answers, _ = a.answers(rs, ask, resp, objectNP{anaphor: true}, false)
			resp.Found = claims.Nearest
			if len(resp.Answers) > 0 {
				add(i, resp)
			}
		}
	}
	a.narrationResponses(rs, units, unitWords, owned, add)
	return out
}

// complete fills in what a response answers from the object read after it, and reports
// whether it answers something the text lets us find. A cue's own response ("denied the
// report") is kept even when what it answers is not among the claims.
func (a *analyser) complete(rs []responder, ask asker, resp claims.Response, obj objectNP, keep bool) (claims.Response, bool) {
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
	if !obj.answerable() && !resp.Self && !keep {
		return resp, false // "withdrew troops", "agreed a contract": no statement answered
	}
	resp.Answers, resp.Found = a.answers(rs, ask, resp, obj, true)
	if len(resp.Answers) == 0 && resp.Other == "" && !resp.Self && !keep {
		return resp, false // answers nothing the text lets us find
	}
	return resp, true
}

// cueObject reads what a response cue's content answers: a remark ("denied a report that
// …", "dismissed the claims"), a person or a plan; or, for a content that is a clause of
// its own ("denied that any such meeting took place"), the clause, whose words find the
// claim it answers, or the last remark of someone else when it speaks of "such" a thing.
func (a *analyser) cueObject(at *attribution, ws []word, rl *respLex) objectNP {
	start := wordAt(ws, at.content.Start)
	if cw := within(ws, at.content); start < len(cw) && !at.quoted {
		// Within the content: "the claim was denied by the union" answers the claim, not
		// the union.
		if o := a.readObject(cw, start, rl); o.anaphor || o.other != "" || o.self || !a.clausalContent(at) {
			return o
		}
	}
	o := objectNP{span: at.content, clause: at.content}
	if t := strings.ToLower(at.content.In(a.text)); strings.HasPrefix(t, "whether ") || strings.HasPrefix(t, "if ") || strings.HasPrefix(t, "how ") || strings.HasPrefix(t, "why ") {
		o.doubt = true
	}
	for _, w := range scanWords(a.text, at.content) {
		if w.low == "such" {
			// "any such meeting", "no such conversation": the last remark, whatever its
			// words.
			o.anaphor, o.clause = true, claims.Span{}
		}
	}
	return o
}

// narrationResponses reads the responses that stand in a sentence of their own, not in a
// claim's: "His comments contradicted those of the chief medical officer, who …", "Her
// assessment is at odds with that of the board", "His account was contradicted by the
// accountant, who said …". The responder is the subject (or, in the passive, the agent
// after "by"), or the speaker of the remark the subject names; the response goes on the
// responder's claim nearest to it.
func (a *analyser) narrationResponses(rs []responder, units []unit, unitWords map[int][]word, owned map[claims.Span]bool, add func(int, claims.Response)) {
	rl := &a.lx.responses
	for ui := range units {
		ws, ok := unitWords[ui]
		if !ok {
			ws = scanWords(a.text, units[ui].span)
		}
		for _, h := range rl.hits(ws) {
			span := claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End}
			if owned[span] || h.false || h.rel == claims.Agrees && !h.self || inAnyContent(rs, ui, span) {
				continue
			}
			passive := h.start > 0 && beForms[ws[h.start-1].low] && strings.HasSuffix(ws[h.start].low, "ed")
			subj, sp, ok := a.subjectBefore(rs, ws, h.start, span.Start)
			if !ok {
				continue
			}
			obj := a.readObject(ws, h.end, rl)
			if passive {
				// "His account was contradicted by the accountant": the agent responds.
				agent := obj
				if agent.other == "" {
					continue
				}
				obj, subj = subj, agent
				sp = agent.other
			}
			carrier := a.carrier(rs, sp, ui, obj.span, h.self && !passive)
			if carrier < 0 || !h.fits(obj) {
				continue
			}
			resp := claims.Response{Relation: h.rel, Self: h.self, Phrase: claims.ExcerptOf(a.text, span)}
			resp.Negated = negatedBefore(ws, h.start)
			ask := asker{i: carrier, key: rs[carrier].key, body: bodyOf(rs[carrier].at.speaker), unit: ui, pos: span.Start, own: rs[carrier].at.content}
			if resp, ok := a.complete(rs, ask, resp, obj, false); ok && !slices.Contains(resp.Answers, rs[carrier].id) {
				add(carrier, resp)
			}
			_ = subj
		}
	}
}

// inAnyContent reports whether s lies in the content of a claim of unit ui.
func inAnyContent(rs []responder, ui int, s claims.Span) bool {
	for _, r := range rs {
		if r.at.unit == ui && r.at.content.Contains(s) {
			return true
		}
	}
	return false
}

// subjectBefore reads the subject of the response verb at ws[i]: the words back to the
// sentence's start or a comma, over auxiliaries and adverbs. It returns the subject as an
// object phrase and the name of the speaker it stands for: a name or role the document
// knows, a pronoun (the speaker of the nearest claim before), or a remark with its
// possessor ("His comments", "the minister's remarks").
func (a *analyser) subjectBefore(rs []responder, ws []word, i, pos int) (objectNP, string, bool) {
	end := i
	for end > 0 && (auxWords[ws[end-1].low] || ws[end-1].low == "has" || ws[end-1].low == "have" || strings.HasSuffix(ws[end-1].low, "ly")) {
		end--
	}
	if end > 0 && ws[end-1].text == "," {
		end-- // "The head of the authority, Alice Tennant, has rowed back": the apposition
	}
	start := end
	for start > 0 && !ws[start-1].punc && end-start < 8 && !subordinators[ws[start-1].low] && ws[start-1].low != "and" && ws[start-1].low != "but" && ws[start-1].low != "that" && !trailingSay[ws[start-1].low] {
		start--
	}
	if start == end {
		return objectNP{}, "", false
	}
	phrase := ws[start:end]
	o := objectNP{span: claims.Span{Start: phrase[0].span.Start, End: phrase[len(phrase)-1].span.End}}
	// A remark and its possessor: the possessor responds.
	for k, w := range phrase {
		if a.lx.responses.remark[w.low] || w.low == "position" {
			o.anaphor, o.remark = true, strings.TrimSuffix(w.low, "s")
			owner := phrase[:k]
			if len(owner) == 1 && (owner[0].low == "his" || owner[0].low == "her" || owner[0].low == "their" || owner[0].low == "its") {
				if sp := a.lastSpeaker(rs, pos); sp != "" {
					o.other = sp
					return o, sp, true
				}
				return objectNP{}, "", false
			}
			for j, ow := range owner {
				if ow.poss {
					if sp, ok := a.knownSpeaker(owner[:j+1]); ok {
						o.other = sp
						return o, sp, true
					}
				}
			}
			return objectNP{}, "", false
		}
	}
	if len(phrase) == 1 && subjectPronouns[phrase[0].low] {
		if sp := a.lastSpeaker(rs, pos); sp != "" {
			return o, sp, true
		}
		return objectNP{}, "", false
	}
	if sp, ok := a.nameOf(phrase, phrase); ok {
		return o, sp, true
	}
	return objectNP{}, "", false
}

// lastSpeaker returns the name of the speaker of the last claim before pos.
func (a *analyser) lastSpeaker(rs []responder, pos int) string {
	for j := len(rs) - 1; j >= 0; j-- {
		if rs[j].at.content.Start < pos {
			return rs[j].at.speaker.Name
		}
	}
	return ""
}

// carrier returns the claim of the speaker called name nearest to unit ui: in it, else the
// next within three units, else the last before it; -1 when the speaker says nothing.
func (a *analyser) carrier(rs []responder, name string, ui int, answered claims.Span, self bool) int {
	best, dist := -1, 1<<30
	if self {
		// A retraction or a reversal is carried by the speaker's latest words nearby:
		// "… rowed back on her prediction. In January she said …. On Thursday she said …".
		var latest *responder
		for j := range rs {
			r := &rs[j]
			if !sameSpeakerName(r.at.speaker, name) || answered.Contains(r.at.content) || r.at.unit < ui-1 || r.at.unit > ui+3 {
				continue
			}
			if latest == nil || laterSaid(a, r, latest) {
				latest, best = r, j
			}
		}
		if best >= 0 {
			return best
		}
	}
	for j, r := range rs {
		if !sameSpeakerName(r.at.speaker, name) || answered.Contains(r.at.content) {
			continue
		}
		d := r.at.unit - ui
		switch {
		case d == 0:
			return j
		case d > 0 && d <= 3:
			d = d * 2 // after it, as "… hit back at claims by X. '…,' he said."
		case d < 0:
			d = -d*2 + 1
		default:
			continue
		}
		if d < dist {
			best, dist = j, d
		}
	}
	return best
}

// bodyOf returns the body a speaker speaks for: its affiliation, or its own name when it
// is an organisation. One's own earlier words include the body's.
func bodyOf(sp claims.Speaker) string {
	if sp.Affiliation != "" {
		return sp.Affiliation
	}
	if sp.Kind == claims.Organisation {
		return sp.Name
	}
	return ""
}

// laterSaid reports whether r was said after q: on a later known day, or, with no days to
// go by, later in the text.
func laterSaid(a *analyser, r, q *responder) bool {
	dr, dq := r.day, q.day
	if !dr.IsZero() && !dq.IsZero() && dr != dq {
		return dq.Before(dr)
	}
	return r.at.content.Start > q.at.content.Start
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
	case pos < at.source.Start && pos < at.content.Start && (h.start <= 1 || h.start <= 3 && ws[0].low == "in"):
		return true // "Contradicting Lavrov, Peskov said", "In an about-face, the prosecutor said"
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

// passiveBy reports whether the response h is a passive participle before its agent
// with no auxiliary: "Questioned by the prosecution, …", "rejected by voters".
func passiveBy(ws []word, h respHit) bool {
	return h.end < len(ws) && ws[h.end].low == "by" && strings.HasSuffix(ws[h.end-1].low, "ed") && (h.start == 0 || !beForms[ws[h.start-1].low] && ws[h.start-1].low != "been")
}

// speakerSubject reports whether the response verb at ws[i], inside at's content, has the
// speaker for its subject: "I", "we", or the pronoun that opens reported speech ("she
// said she withdraws those words").
func (a *analyser) speakerSubject(ws []word, i int, at *attribution) bool {
	k := i - 1
	for k >= 0 && (auxWords[ws[k].low] || strings.HasSuffix(ws[k].low, "ly")) {
		k--
	}
	if k < 0 || !at.content.Contains(ws[k].span) {
		return false
	}
	switch ws[k].low {
	case "i", "we":
		return true
	case "he", "she", "they":
		return ws[k].span.Start == at.content.Start
	}
	return false
}

// asideAt reports whether the phrase at ws[i] opens the writer's comment on what was
// just said: "…, a U-turn that angered unions", "…, in an apparent reversal".
func asideAt(ws []word, i int) bool {
	k := i - 1
	for k >= 0 && (ws[k].low == "a" || ws[k].low == "an" || ws[k].low == "in" || ws[k].low == "apparent" || ws[k].low == "sharp" || ws[k].low == "dramatic" || ws[k].low == "complete" || ws[k].low == "major") {
		k--
	}
	if k >= 0 && k == i-1 && ws[k].text == "," && (strings.HasSuffix(ws[i].low, "ing") || ws[i].low == "in" || ws[i].low == "at" || ws[i].low == "contrary") {
		return true // "…, contradicting earlier remarks by the governor", "…, in contrast to"
	}
	return k >= 0 && k < i-1 && (ws[k].text == "," || isDash(ws[k].text))
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
// thing answered ("denied that the programme breached the code"). A noun phrase with a
// participle after a comma is no clause ("disputed the figure, putting the crowd at …").
func (a *analyser) clausalContent(at *attribution) bool {
	t := strings.ToLower(at.content.In(a.text))
	if strings.HasPrefix(t, "that ") || strings.HasPrefix(t, "whether ") {
		return true
	}
	for _, w := range at.words {
		if w.text == "," {
			return false
		}
		if isVerbTag(w.tag) || w.tag == "MD" {
			return true
		}
	}
	return false
}

// objectNP is what a response answers, as written after it.
type objectNP struct {
	span    claims.Span
	other   string // the speaker it names
	pronoun string // "him", "her", "them", "his", "her", "their"
	self    bool   // "his own words", "himself"
	anaphor bool   // "the claims", "it", "such suggestions": a remark met before
	remark  string // the remark noun, singular, when there is one: "report", "claim"
	noun    string // the head noun, lower case, when it is no remark noun: "rise"
	clause  claims.Span
	doubt   bool // a question put, not a statement answered: "questioned whether …"
	// definite: the remark noun follows a definite article or demonstrative, no name
	// or possessive before it: "the claim", "these allegations".
	definite bool
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
	if i < len(ws) && (ws[i].low == "whether" || ws[i].low == "if" || ws[i].low == "how" || ws[i].low == "why" || ws[i].low == "when") {
		o.doubt = true // "questioned whether he should come": a doubt, not an answer
		return o
	}
	if i+1 < len(ws) && (ws[i].low == "that" || ws[i].low == "those") && ws[i+1].low == "of" {
		// "contradicted those of the chief medical officer", "at odds with that of the
		// board": the remarks of whom the phrase names.
		o = a.readObject(ws, i+1, rl)
		if o.other == "" {
			o.anaphor, o.noun = true, ""
		}
		return o
	}
	if i+1 < len(ws) && ws[i].low == "what" {
		// "in contrast to what the trade minister, Sunita Varma, said last week"
		k := i + 1
		for k < len(ws) && k-i < 10 && !trailingSay[ws[k].low] && ws[k].low != "told" {
			k++
		}
		if k < len(ws) && k > i+1 {
			if sp, ok := a.knownSpeaker(ws[i+1 : k]); ok {
				o.other, o.remark = sp, "what" // what they said is a remark of theirs
				o.span = claims.Span{Start: ws[i].span.Start, End: ws[k].span.End}
				return o
			}
		}
	}
	if i < len(ws) && ws[i].low == "as" {
		// "dismissed as baseless nonsense accusations by Tarsia that …": the judgement
		// comes first, then what is judged.
		for k := i + 1; k < len(ws) && k-i < 6; k++ {
			if rl.remark[ws[k].low] {
				i, start = k, k
				break
			}
		}
	}
	det := ""
	if i < len(ws) {
		det = ws[i].low
	}
	for i < len(ws) && objectSkip[ws[i].low] {
		i++
	}
	o.definite = i < len(ws) && rl.remark[ws[i].low] && (det == "the" || det == "this" || det == "these" || det == "those" || det == "such")
	if i < len(ws) && ws[i].low == "that" && i == start {
		o.clause = clauseAfter(ws, i)
		o.span = o.clause
		return o
	}
	end := i
	var names, makers []word
	for end < len(ws) && end-i < 8 {
		w := ws[end]
		if w.punc && !(w.text == "." && end+1 < len(ws) && ws[end+1].cap) && !currencySign(w.text) || objectStop[w.low] && !(w.low == "and" && len(names) > 0 && end+1 < len(ws) && ws[end+1].cap) {
			break
		}
		switch {
		case w.low == "of" && (o.pronoun != "" || possessed(ws[i:end]) || aboutNouns[strings.TrimSuffix(ws[max(i, end-1)].low, "s")]):
			// "his criticism of the manager", "an attack on …": whom it is about, not
			// whose it is.
			end++
			continue
		case w.low == "by" || w.low == "from" || w.low == "of":
			// "comments by Moscow's top diplomat", "calls from the Tories"
			j := end + 1
			for j < len(ws) && objectSkip[ws[j].low] {
				j++
			}
			k := j
			for k < len(ws) && !ws[k].punc && (ws[k].cap || a.lx.roleWord(ws[k].low) || ws[k].poss || !ws[k].cap && k+1 < len(ws) && a.lx.roleWord(ws[k+1].low)) && k-j < 6 {
				k++
			}
			if k > j && o.other == "" {
				if sp, ok := a.knownSpeaker(ws[j:k]); ok {
					o.other = sp
				} else if k+1 < len(ws) && ws[k].text == "," && ws[k+1].cap {
					// "the governor, Paul Henley": the name in apposition
					m := k + 1
					for m < len(ws) && !ws[m].punc && ws[m].cap && m-k < 5 {
						m++
					}
					if sp, ok := a.knownSpeaker(ws[k+1 : m]); ok {
						o.other = sp
						k = m
					}
				}
			}
			end = k
			continue
		case w.low == "himself" || w.low == "herself" || w.low == "itself" || w.low == "themselves" || w.low == "own":
			o.self = true
		case w.low == "him" || w.low == "her" && (end+1 >= len(ws) || ws[end+1].punc || ws[end+1].cap) || w.low == "them":
			o.pronoun = w.low
		case w.low == "our" || w.low == "my":
			o.self = true // "clarifying our position": the speaker's own
		case w.low == "his" || w.low == "her" || w.low == "their" || w.low == "its":
			if o.pronoun == "" {
				o.pronoun = w.low
			}
		case w.low == "it" || w.low == "this":
			o.anaphor = true
		case rl.remark[w.low]:
			o.anaphor = true
			o.noun = ""
			o.remark = strings.TrimSuffix(w.low, "s")
			makers = names // "a European Commission ruling": the names before the remark
		case w.cap || w.poss:
			names = append(names, w)
		default:
			if !o.anaphor {
				o.noun = w.low
			}
		}
		end++
		if w.poss {
			if sp, ok := a.knownSpeaker(ws[start:end]); ok && o.other == "" {
				o.other = sp
			}
			names = nil
		}
	}
	if end > start {
		o.span = claims.Span{Start: ws[start].span.Start, End: ws[end-1].span.End}
	}
	if o.other == "" && end+1 < len(ws) && ws[end].text == "," && ws[end+1].cap {
		// "the country's chief medical officer, Dr Helen Ostrow, who …": the name in
		// apposition says who.
		m := end + 1
		for m < len(ws) && !ws[m].punc && ws[m].cap && m-end < 5 {
			m++
		}
		if sp, ok := a.knownSpeaker(ws[end+1 : m]); ok {
			o.other, o.noun = sp, ""
		}
	}
	if o.other == "" && len(makers) > 0 && o.anaphor && o.remark != "" {
		// "a European Commission ruling", "a BBC report": the remark's maker.
		if sp, ok := a.knownSpeaker(makers); ok {
			o.other = sp
		}
	}
	if o.other == "" && len(names) > 0 && !o.anaphor {
		if sp, ok := a.knownSpeaker(names); ok {
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

// fits reports whether the response h can answer o. A party alone is answered only by a
// verb of contradiction ("contradicted the minister", "hit back at the club"): "dismissed
// the manager" or "rejected the striker" speak of a person, not of what they said, and "in
// contrast to its rival" compares two parties' fortunes, not their words.
func (h respHit) fits(o objectNP) bool {
	if o.doubt {
		return false
	}
	party := o.other != "" && !o.anaphor && o.clause.Len() == 0 && o.remark == ""
	if party && (h.remark || h.rel != claims.Contradicts && h.rel != claims.Corrects && h.rel != claims.Agrees && !h.false) {
		return false
	}
	return true
}

// answerable reports whether o is something a statement can answer: a person or body, a
// remark, one's own words, a clause, or a noun that may name what another said.
func (o objectNP) answerable() bool {
	return o.other != "" || o.pronoun != "" || o.self || o.anaphor || o.clause.Len() > 0 || o.noun != ""
}

// aboutNouns are remarks about someone rather than by them after "of": "criticism of the
// manager".
var aboutNouns = map[string]bool{"criticism": true, "praise": true, "attack": true, "support": true, "defence": true, "defense": true, "condemnation": true, "description": true, "portrayal": true}

// possessed reports whether a possessive stands among ws: "the minister's remarks".
func possessed(ws []word) bool {
	return slices.ContainsFunc(ws, func(w word) bool { return w.poss })
}

// currencySign reports whether s is a sign that stands inside a noun phrase: "a £4.2bn
// offer", "a 5% rise".
func currencySign(s string) bool {
	return s == "£" || s == "$" || s == "€" || s == "¥" || s == "%"
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

// knownSpeaker reads ws as a mention of a speaker the document knows: one of its claims'
// speakers, or a person or body it names ("the governor" for Paul Henley). It does not
// take a place, a date or a common noun for a speaker.
func (a *analyser) knownSpeaker(ws []word) (string, bool) {
	for k := 0; k < len(ws) && k < 2; k++ {
		// "the Sunday Lantern": a day's name before a paper's is no speaker of its own.
		sp, ok := a.nameOf(nil, ws[k:])
		if !ok {
			continue
		}
		for _, at := range a.out {
			if sameSpeakerName(at.speaker, sp) {
				return sp, true
			}
		}
	}
	return "", false
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
// of: what follows it after "in", "to" or "behind" ("no truth whatsoever in the story"),
// else the subject of the copula before it ("the report was untrue", "claims that he had
// quit were completely untrue", "he is lying"). The word must be said of the subject: "gave
// false figures" judges no one's words, and "it was wrong to impose the embargo" judges
// an act.
func (a *analyser) evaluated(ws []word, h respHit, content claims.Span) objectNP {
	for k := h.end; k < len(ws) && k <= h.end+2; k++ {
		if ws[k].low == "in" || ws[k].low == "behind" || ws[k].low == "to" && h.words[0] == "no" {
			return a.readObject(ws, k+1, &a.lx.responses) // "no truth whatsoever in the story"
		}
		if ws[k].punc || ws[k].cap {
			break
		}
	}
	if h.end+1 < len(ws) && ws[h.end].low == "to" {
		return objectNP{} // "it was wrong to …": an act, not a remark
	}
	// Back over degree words and quote marks to the copula, or to "is lying", "lied".
	k := h.start - 1
	for k >= 0 && (degreeWords[ws[k].low] || ws[k].low == "a" || ws[k].low == "an") {
		k--
	}
	verb := strings.HasSuffix(h.words[0], "ing") || strings.HasSuffix(h.words[0], "ed")
	if !verb && (k < 0 || !beForms[ws[k].low] && ws[k].low != "are" && ws[k].low != "remain" && ws[k].low != "remains") {
		return objectNP{} // not said of a subject: "providing false figures"
	}
	if !verb || beForms[ws[k].low] {
		k--
	}
	for k >= 0 && (ws[k].low == "had" || ws[k].low == "has" || ws[k].low == "have" || ws[k].low == "been" || ws[k].low == "not" || ws[k].low == "never") {
		k--
	}
	// The subject: back to a verb of saying, a comma or the content's start.
	first := wordAt(ws, content.Start)
	j := k
	for j >= first && j > k-10 && !ws[j].punc && !(j < k && (trailingSay[ws[j].low] || ws[j].low == "proved" || ws[j].low == "shows" || ws[j].low == "showed")) {
		j--
	}
	subj := ws[j+1 : k+1]
	for len(subj) > 0 && subj[0].low == "that" {
		subj = subj[1:]
	}
	o := objectNP{}
	if len(subj) == 0 {
		return o
	}
	o.span = claims.Span{Start: subj[0].span.Start, End: subj[len(subj)-1].span.End}
	for i, w := range subj {
		if a.lx.responses.remark[w.low] || i == 0 && (w.low == "it" || w.low == "this" || w.low == "that") {
			o.anaphor = true
			o.remark = strings.TrimSuffix(w.low, "s")
			for j, p := range subj[:i] {
				if p.poss {
					if sp, ok := a.knownSpeaker(subj[:j+1]); ok {
						o.other = sp
					}
				}
			}
			if i+1 < len(subj) {
				// "claims that he had quit", "reports of a split": what they said.
				o.clause = claims.Span{Start: subj[i+1].span.Start, End: subj[len(subj)-1].span.End}
			}
			return o
		}
	}
	head := subj[len(subj)-1].low
	switch {
	case head == "he" || head == "she" || head == "they":
		o.pronoun = head
	case subj[0].cap:
		if sp, ok := a.knownSpeaker(subj); ok {
			o.other = sp
		}
	}
	if o.other == "" && o.pronoun == "" {
		return objectNP{}
	}
	return o
}

// degreeWords stand between a copula and a word of judgement: "is simply untrue", "was
// completely false", "are total nonsense".
var degreeWords = map[string]bool{"simply": true, "completely": true, "totally": true, "entirely": true, "utterly": true, "wholly": true, "absolutely": true, "just": true, "plainly": true, "clearly": true, "quite": true, "utter": true, "total": true, "complete": true, "pure": true, "absolute": true, "frankly": true, "also": true, "still": true}

// answers finds the claims of the document that carry what a response answers: the named
// speaker's, the responder's own earlier ones, the last one of someone else for an
// anaphor, or those whose content shares words with the answered clause or noun. A remark
// noun prefers claims whose cue is its verb ("the report" and "reported", "the claims" and
// "claimed"). Claims before the response come first; when there are none, the text may
// give the answered remark just after it ("… denied a report …. The Courier reported …").
func (a *analyser) answers(rs []responder, ask asker, resp claims.Response, o objectNP, after bool) ([]string, claims.Basis) {
	var out []string
	basis := claims.NoBasis
	// A claim stated inside the thing answered is the best answer: "challenging a European
	// Commission ruling which said Greece should have sole rights …".
	if o.span.Len() > 0 && !resp.Self && resp.Other == "" {
		for j := range rs {
			if j != ask.i && o.span.Contains(rs[j].at.content) && rs[j].key != ask.key {
				out = append(out, rs[j].id)
			}
		}
		if len(out) > 0 {
			return out, claims.Nested
		}
	}
	ownBody := func(j int) bool {
		return ask.body != "" && sameSpeakerName(rs[j].at.speaker, ask.body) || rs[j].key == ask.key
	}
	others := func(yield func(j int) bool) {
		for j := len(rs) - 1; j >= 0; j-- {
			if rs[j].at.content.Start < ask.pos && j != ask.i && !ask.own.Contains(rs[j].at.content) && !rs[j].at.content.Contains(ask.own) && !yield(j) {
				return
			}
		}
		if !after {
			return
		}
		for j := range rs {
			if rs[j].at.content.Start > ask.pos && j != ask.i && rs[j].at.unit-ask.unit <= 4 && !ask.own.Contains(rs[j].at.content) && !yield(j) {
				return
			}
		}
	}
	near := func(j int) bool { d := ask.unit - rs[j].at.unit; return d <= 4 && d >= -4 }
	switch {
	case resp.Other != "":
		basis = claims.ByName
		for j := range others {
			if sameSpeakerName(rs[j].at.speaker, resp.Other) {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case resp.Self:
		basis = claims.BySelf
		// One's own earlier words: before in the text, else reported just after ("… had
		// been mistranslated. Lindahl was quoted on Wednesday as saying …").
		for j := range others {
			if (rs[j].key == ask.key || ask.body != "" && sameSpeakerName(rs[j].at.speaker, ask.body)) && (rs[j].at.content.Start < ask.pos || len(out) == 0 && near(j)) {
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case resp.Relation == claims.Corrects && o.clause.Len() > 0 && !o.anaphor:
		// "later clarified that a cut was possible, not promised": a correction of one's
		// own earlier words on the matter, else of someone else's.
		words := contentWords(a.text, o.clause)
		for _, self := range []bool{true, false} {
			need := 1
			basis = claims.BySelf
			if !self {
				need, basis = 2, claims.ByWords
			}
			for j := range others {
				if (rs[j].key == ask.key) == self && sharedWords(words, contentWords(a.text, rs[j].at.content)) >= need && near(j) {
					out = append(out, rs[j].id)
				}
			}
			if len(out) > 0 {
				break
			}
		}
		if len(out) == 0 {
			basis = claims.BySelf
		}
		for j := range others {
			if len(out) == 0 && rs[j].key == ask.key && rs[j].at.content.Start < ask.pos && near(j) {
				out = append(out, rs[j].id) // nothing shared: the speaker's last words before
			}
		}
	case o.clause.Len() > 0 && !o.anaphor || o.noun != "":
		words := contentWords(a.text, o.clause)
		if o.noun != "" {
			words = append(words, o.noun)
		}
		for j := range others {
			if ownBody(j) {
				continue
			}
			// Two words in common tie a clause to a claim anywhere in the document; one
			// noun only nearby ("rejected the results" after the commission's count).
			if shared := sharedWords(words, contentWords(a.text, rs[j].at.content)); shared >= 2 || o.noun != "" && shared >= 1 && near(j) {
				if shared >= 2 {
					basis = max(basis, claims.ByWords)
				} else if basis == claims.NoBasis {
					basis = claims.Nearest
				}
				out = append(out, rs[j].id)
				if len(out) == 3 {
					break
				}
			}
		}
	case o.anaphor || o.pronoun != "":
		// The claim of someone else nearest before (or, failing that, after), preferring
		// one whose cue is the remark's verb, and the claims of that speaker in its unit.
		first, cued := -1, -1
		firstBasis := claims.Nearest
		what := contentWords(a.text, o.clause) // "claims of a clash between …": of what
		if len(what) == 0 && ask.i >= 0 {
			// A bare "the claims", "it": the answered claim shares a word with what answers
			// it, speaks of the responder, or is what the remark's verb reports.
			what = contentWords(a.text, rs[ask.i].at.content)
		}
		for j := range others {
			if ownBody(j) || !near(j) {
				continue
			}
			shared := sharedWords(what, contentWords(a.text, rs[j].at.content))
			named := a.mentions(rs[j].at.content, ask)
			verb := o.remark != "" && (a.cueIs(rs[j].at, o.remark) || a.namesRemark(rs[j], o.remark))
			if shared == 0 && !named && !verb {
				continue // "claims of a clash …" that this claim does not make
			}
			if first < 0 {
				first = j
				switch {
				case verb:
					firstBasis = claims.ByVerb
				case named:
					firstBasis = claims.ByName // a charge that names the responder
				case shared >= 2:
					firstBasis = claims.ByWords
				}
			}
			if o.remark != "" && cued < 0 && a.cueIs(rs[j].at, o.remark) {
				cued = j
			}
		}
		pick := cued
		basis = claims.ByVerb
		if pick < 0 && o.definite {
			// "The mayor said …. But the claim was denied by …": a definite remark with
			// nothing else to go by is the last one of someone else, in this sentence or
			// the one before.
			for j := range others {
				if d := ask.unit - rs[j].at.unit; !ownBody(j) && d >= 0 && d <= 1 && rs[j].at.content.Start < ask.pos {
					pick, basis = j, claims.Definite
					if j == first && firstBasis != claims.Nearest {
						basis = firstBasis // named or worded as well
					}
				}
				break
			}
		}
		if pick < 0 {
			pick, basis = first, firstBasis
		}
		if pick >= 0 {
			out = append(out, rs[pick].id)
			for j := range rs {
				if j != pick && rs[j].key == rs[pick].key && rs[j].at.unit == rs[pick].at.unit && j != ask.i {
					out = append(out, rs[j].id)
				}
			}
		}
	}
	if len(out) == 0 {
		basis = claims.NoBasis
	}
	return out, basis
}

// sentenceWords returns the content words of the sentence of unit ui, from a claim of it.
func (a *analyser) sentenceWords(ui int, rs []responder) []string {
	for _, r := range rs {
		if r.at.unit == ui {
			var out []string
			for _, w := range r.words {
				if !w.punc && len(w.low) >= 3 && !functionWords[w.low] && !determiners[w.low] && !prepositions[w.low] && !isPronoun(w) && !a.lx.responses.remark[w.low] {
					out = append(out, w.low)
				}
			}
			return out
		}
	}
	return nil
}

// namesRemark reports whether the sentence of r speaks of the remark by its noun: "The
// allegations were made on Wednesday by a city councillor, Nadia Brooks, who said …".
func (a *analyser) namesRemark(r responder, remark string) bool {
	for _, w := range r.words {
		if strings.TrimSuffix(w.low, "s") == remark {
			return true
		}
	}
	return false
}

// mentions reports whether the text of s names the responder: their last name, or the
// body they speak for ("Russia committed war crimes" is what Moscow denies).
func (a *analyser) mentions(s claims.Span, ask asker) bool {
	var names []string
	for _, n := range []string{ask.key, strings.ToLower(ask.body)} {
		if f := strings.Fields(n); len(f) > 0 {
			names = append(names, f[len(f)-1])
		}
		for _, w := range strings.Fields(n) {
			// "Hale's office" speaks for Hale.
			if p, ok := strings.CutSuffix(strings.TrimSuffix(w, "’s"), "'s"); ok || p != w {
				names = append(names, p)
			}
		}
	}
	for _, w := range scanWords(a.text, s) {
		if w.cap && slices.Contains(names, w.low) {
			return true
		}
	}
	return false
}

// cueIs reports whether the cue of at is the verb of the remark noun: "reported" for "the
// report", "claimed" for "the claims", "alleged" for "the allegations".
func (a *analyser) cueIs(at *attribution, remark string) bool {
	cue := strings.ToLower(strings.Fields(at.cue.In(a.text) + " x")[0])
	if cue == "x" {
		return false
	}
	for _, l := range wordnet.Lemmas(cue, wordnet.Verb) {
		n := min(len(l), len(remark), 4)
		if l == remark || l[:n] == remark[:n] && wordnet.Related(l, remark, wordnet.AnyPOS) {
			return true // the same word, or its derivation: "allege" and "allegation"
		}
	}
	return false
}

// within returns the words of ws up to the end of span s: what is read inside a quotation
// stays inside it.
func within(ws []word, s claims.Span) []word {
	k := len(ws)
	for k > 0 && ws[k-1].span.End > s.End {
		k--
	}
	return ws[:k]
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
	if strings.HasSuffix(l, " "+n) || strings.HasSuffix(n, " "+l) {
		return true
	}
	// A body named for its chief's words: "an offer from Sentinel Networks" is answered by
	// Sentinel's chief executive.
	f := strings.ToLower(sp.Affiliation)
	return f != "" && (f == n || strings.HasPrefix(n, f+" ") || strings.HasPrefix(f, n+" "))
}

// contentWords returns the lower-case words of text[s] that carry meaning: no function
// words, pronouns or numbers.
func contentWords(text string, s claims.Span) []string {
	var out []string
	for _, w := range scanWords(text, s) {
		if w.punc || len(w.low) < 3 || functionWords[w.low] || determiners[w.low] || prepositions[w.low] || isPronoun(w) {
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
