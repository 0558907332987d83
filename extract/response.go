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
	"strconv"
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
	framed bool     // from framing.txt, which reads the phrase more closely than responses.txt
	// back marks a rejoinder: with no object it answers the last remark of another
	// party ("hit back, saying …", "countered that …"); with a thing for its object it is
	// no answer at all ("pushed back the launch").
	back bool
}

// respLex is the parsed form of data/responses.txt, data/framing.txt and data/remarks.txt.
type respLex struct {
	byFirst map[string][]respEntry // by the form's first word; longest forms first
	remark  map[string]bool
	// ownWords are the phrases that take back one's own words when what they answer is
	// the speaker's ("disowned her forecast") and reject another's otherwise ("disowned
	// the statement", after the deputy's remark).
	ownWords map[string]bool
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
	r := respLex{byFirst: map[string][]respEntry{}, remark: map[string]bool{}, ownWords: map[string]bool{}}
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
	framed := map[string]bool{} // the phrases framing.txt reads more closely than responses.txt
	err = eachLine("data/framing.txt", func(line string, n int) error {
		kind, phrase, ok := strings.Cut(line, "|")
		if !ok {
			return fmt.Errorf("want relation | phrase")
		}
		name, back := strings.CutSuffix(strings.TrimSpace(kind), " back")
		name, of := strings.CutSuffix(strings.TrimSpace(name), " of")
		name, own := strings.CutSuffix(strings.TrimSpace(name), " own")
		name, remark := strings.CutSuffix(strings.TrimSpace(name), " remark")
		name, self := strings.CutSuffix(strings.TrimSpace(name), " self")
		name = strings.TrimSpace(name)
		rel, ok := relationByName[name]
		if !ok {
			return fmt.Errorf("unknown relation %q", name)
		}
		if ws := strings.Fields(strings.ToLower(phrase)); len(ws) > 0 {
			framed[strings.Join(ws, " ")] = true
			if own {
				r.ownWords[strings.Join(ws, " ")] = true
			}
			add(respEntry{rel: rel, self: self || selfRelations[rel], false: name == "false", remark: remark, of: of, back: back, words: ws, framed: true})
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
	for k, es := range r.byFirst {
		es = slices.DeleteFunc(es, func(e respEntry) bool { return !e.framed && framed[strings.Join(e.words, " ")] })
		slices.SortStableFunc(es, func(a, b respEntry) int { return len(b.words) - len(a.words) })
		r.byFirst[k] = es
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
			if n := cuePhraseAt(ws, i, e.words); n > 0 {
				if e.false && lieOfPlace(ws, i+n-1) {
					break // "containers lying in the yards", "the challenges that lie ahead"
				}
				out = append(out, respHit{e, i, i + n}) // "pushed back Tuesday against"
				i += n - 1
				break
			}
		}
	}
	return out
}

// lieOfPlace reports whether ws[i], a form of "lie", says where something lies, not that
// anyone lied: a place, a direction or a state follows, not "about" or "to".
func lieOfPlace(ws []word, i int) bool {
	switch ws[i].low {
	case "lie", "lies", "lying":
	default:
		return false
	}
	if i+1 >= len(ws) || lieNoun(ws, i) {
		return false
	}
	n := ws[i+1]
	return (n.tag == "IN" || prepositions[n.low]) && n.low != "about" && n.low != "to" || lieStates[n.low] // tagged or not yet
}

// lieNoun reports whether ws[i], "lie" or "lies", is the noun, an untruth whatever
// follows: "called the claim a lie on Tuesday", "the claims were lies from the start".
// Tagged, the tag tells; not yet, a determiner or a copula before it does.
func lieNoun(ws []word, i int) bool {
	if w := ws[i]; w.low != "lie" && w.low != "lies" {
		return false
	} else if w.tag != "" {
		return strings.HasPrefix(w.tag, "NN")
	}
	return i > 0 && (determiners[ws[i-1].low] || copulas[ws[i-1].low])
}

// lieStates follow "lie" of where or how a thing lies: "lie ahead", "lying idle".
var lieStates = map[string]bool{"ahead": true, "behind": true, "idle": true, "unused": true, "empty": true, "dormant": true, "around": true, "somewhere": true,
	"elsewhere": true, "there": true, "here": true, "unclaimed": true, "untouched": true, "low": true, "still": true, "flat": true, "open": true, "fallow": true, "waiting": true}

// answeringVerb returns the length of the response form that opens at ws[i] as a finite
// verb answering words ("contradicted the minister", "walked back her forecast", "poured
// cold water on those suggestions", "appeared to contradict", a copula before "at odds
// with", a light verb before "a U-turn"), or 0, and whether it takes back the speaker's
// own words with no object needed. What follows must be words or their speaker: turning
// down a bid, withdrawing from a race or contesting an election is an act.
func (a *analyser) answeringVerb(ws []word, i int) (n int, takesBack bool) {
	t := ws[i].tag
	rl := &a.lx.responses
	if beForms[ws[i].low] && i+1 < len(ws) {
		// "was at odds with the minister", "is at variance with the figures"
		for _, e := range rl.byFirst[ws[i+1].low] {
			if e.framed && e.rel == claims.Contradicts && !e.false && i+1+len(e.words) <= len(ws) && wordsMatch(ws[i+1:i+1+len(e.words)], e.words) && a.answersWords(ws, i+1+len(e.words), true) {
				return 1 + len(e.words), false
			}
		}
		return 0, false
	}
	// aside: "…, a claim the developer rubbished": the remark before is the verb's object.
	aside := func() bool { _, _, ok := a.remarkAside(ws, i); return ok }
	if !(t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && i > 0 && (perfect[ws[i-1].low] || aside()) || (t == "VB" || t == "VBP") && i > 1 && ws[i-1].low == "to" && raisingVerbs[ws[i-2].low]) {
		return 0, false // "appeared to contradict the governor" reads as "contradicted"
	}
	if lightVerbs[ws[i].low] {
		// "performed a U-turn", "did an about-face", "made a hasty climbdown"
		k := i + 1
		if k < len(ws) && (ws[k].low == "a" || ws[k].low == "an") {
			k++
		}
		if k < len(ws) && ws[k].tag == "JJ" {
			k++
		}
		if k < i+2 || k >= len(ws) {
			return 0, false
		}
		for _, e := range rl.byFirst[ws[k].low] {
			if e.framed && e.self && k+len(e.words) <= len(ws) && wordsMatch(ws[k:k+len(e.words)], e.words) {
				return k + len(e.words) - i, true
			}
		}
		return 0, false
	}
	for _, e := range rl.byFirst[ws[i].low] {
		if i+len(e.words) > len(ws) || !wordsMatch(ws[i:i+len(e.words)], e.words) {
			continue
		}
		switch e.rel {
		case claims.Contradicts, claims.Denies, claims.Rejects, claims.Corrects, claims.Retracts, claims.Reverses:
		default:
			return 0, false
		}
		if e.false || e.remark || e.of {
			return 0, false
		}
		n := len(e.words)
		if e.framed && e.self && (e.rel == claims.Retracts || e.rel == claims.Reverses) {
			return n, true // "climbed down", "changed her mind": taking back one's words needs no object
		}
		if a.answersWords(ws, i+n, e.rel == claims.Contradicts || e.rel == claims.Corrects) {
			return n, false
		}
		if aside() {
			return n, false
		}
		return 0, false
	}
	return 0, false
}

// answersAt reports whether a response form of a relation that answers words opens at
// ws[i], before tagging: a unit worth reading for answeringVerb.
func (r *respLex) answersAt(ws []word, i int) bool {
	for _, e := range r.byFirst[ws[i].low] {
		if i+len(e.words) <= len(ws) && wordsMatch(ws[i:i+len(e.words)], e.words) {
			return e.rel != claims.Agrees && e.rel != claims.Contrasts && e.rel != claims.Maintains && !e.false
		}
	}
	return false
}

// answersWords reports whether the noun phrase opening at ws[j] names words (a remark
// noun: "her forecast", "the rumours", "Campbell's injury claims") or, where person is
// set, someone who says them ("the minister", "her", "himself", "Ms Okafor").
func (a *analyser) answersWords(ws []word, j int, person bool) bool {
	if j >= len(ws) {
		return false
	}
	for j+1 < len(ws) && (ws[j].low == "on" || ws[j].low == "last" || ws[j].low == "this") && timeNouns[ws[j+1].low] {
		j += 2 // "took issue on Monday with the minister's claim"
	}
	for j < len(ws) && timeNouns[ws[j].low] {
		j++ // "contradicted yesterday the minister"
	}
	if j >= len(ws) {
		return false
	}
	if ws[j].low == "that" {
		return true
	}
	if ws[j].tag == "IN" && answeredAfter[ws[j].low] && j+1 < len(ws) {
		j++ // "backtracked on her forecast", "broke with the minister"
	}
	if person {
		switch ws[j].low {
		case "him", "her", "them", "himself", "herself", "themselves", "itself":
			return j+1 >= len(ws) || ws[j+1].low != "to"
		}
	}
	for k := j; k < len(ws) && k < j+8; k++ {
		w := ws[k]
		if w.punc || w.tag == "TO" || strings.HasPrefix(w.tag, "VB") || w.tag == "IN" && w.low != "of" || w.low == "that" && k > j {
			break
		}
		if a.lx.responses.remark[w.low] {
			return true
		}
		if person && (w.cap && !timeNouns[w.low] && !months[w.low] || a.lx.roles[w.low] != "") && !(k+1 < len(ws) && ws[k+1].low == "to") {
			return true
		}
	}
	return false
}

// lightVerbs take a noun of taking back one's words as their object: "performed a U-turn".
var lightVerbs = map[string]bool{"made": true, "makes": true, "performed": true, "performs": true, "did": true, "does": true, "executed": true, "staged": true, "stages": true}

// answeredAfter are the prepositions after which a response verb names what it answers.
var answeredAfter = map[string]bool{"on": true, "from": true, "with": true, "against": true, "at": true, "over": true}

var perfect = withClitics(map[string]bool{"has": true, "have": true, "had": true})

// connectives open a sentence that the text sets against what came before.
var connectives = [][]string{{"but"}, {"however"}, {"yet"}, {"in", "contrast"}, {"by", "contrast"}, {"on", "the", "other", "hand"}, {"nevertheless"}, {"meanwhile", ","}}

// responder is one claim of the document as the response pass reads it.
type responder struct {
	at    *attribution
	id    string
	key   string // the speaker's identity in the document
	words []word // the unit's words
	day   claims.Date
	week  claims.Date // the week's last day, when the text dates it to the week ("two weeks ago")
	month int         // year*12 + month, when the text dates it to the month or the day; else 0
	year  int         // the year the text dates it to, when only to the year; else 0
	ago   int         // in an undated document, the years before publication it was said ("last year": 1); -1 when not known
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

// remarkSubject reports whether the phrase at ws[i], inside content, follows a copula
// whose subject is a definite remark: "the figure was at variance with …", "those claims
// are inconsistent with …".
func remarkSubject(ws []word, i int, content claims.Span, rl *respLex) bool {
	k := i - 1
	for k >= 0 && (ws[k].tag == "RB" || ws[k].low == "not") {
		k--
	}
	if k < 1 || !beForms[ws[k].low] && ws[k].low != "are" && ws[k].low != "remains" && ws[k].low != "remain" {
		return false
	}
	h := k - 1
	if !rl.remark[ws[h].low] || !content.Contains(ws[h].span) {
		return false
	}
	d := ws[h-1].low
	return h >= 1 && (d == "the" || d == "this" || d == "that" || d == "these" || d == "those")
}

// mediumNouns describe an outlet by its kind.
var mediumNouns = map[string]bool{"daily": true, "newspaper": true, "paper": true, "tabloid": true, "weekly": true, "magazine": true, "broadcaster": true, "channel": true, "station": true, "website": true, "outlet": true, "agency": true}

// mediumNoun returns the noun of kind of outlet heading the noun phrase at ws[i], or "":
// "an Urdu-language daily", "a local television station".
func mediumNoun(ws []word, i int) string {
	for k := i; k < len(ws) && k < i+5 && !ws[k].punc; k++ {
		if mediumNouns[ws[k].low] && (k+1 >= len(ws) || !strings.HasPrefix(ws[k+1].tag, "NN")) {
			return ws[k].low
		}
	}
	return ""
}

// answeredBySelf reports whether another claim of rs[i]'s speaker answers one of the
// claims ids as its own words.
func answeredBySelf(rs []responder, out [][]claims.Response, i int, ids []string) bool {
	for j := range rs {
		if j == i || rs[j].key != rs[i].key {
			continue
		}
		for _, r := range out[j] {
			if r.Self && slices.ContainsFunc(r.Answers, func(id string) bool { return slices.Contains(ids, id) }) {
				return true
			}
		}
	}
	return false
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
			ws = a.scanned(units[u].span)
			unitWords[u] = ws
		}
		rs[i] = responder{at: &ats[i], id: ids[i], key: ats[i].speaker.Key(), words: ws}
		if whens[i].Precision == claims.Day {
			rs[i].day = whens[i].Date
		}
		if whens[i].Precision == claims.Week {
			rs[i].week = periodEnd(whens[i])
		}
		if whens[i].Precision == claims.Day || whens[i].Precision == claims.Month {
			rs[i].month = whens[i].Date.Year*12 + int(whens[i].Date.Month)
		}
		if whens[i].Precision == claims.Year {
			rs[i].year = whens[i].Date.Year
		}
		rs[i].ago = yearsAgo(whens[i])
	}
	add := func(i int, resp claims.Response) {
		if !slices.ContainsFunc(out[i], func(o claims.Response) bool { return o.Phrase.Span == resp.Phrase.Span }) {
			out[i] = append(out[i], resp)
		}
	}
	owned := map[claims.Span]bool{} // phrases a claim of their unit has taken
	unitHits := map[int][]respHit{} // rl.hits of a unit's words, read once for its claims and its narration
	hitsIn := func(ui int, ws []word) []respHit {
		hs, ok := unitHits[ui]
		if !ok {
			hs = rl.hits(ws)
			unitHits[ui] = hs
		}
		return hs
	}
	for i := range rs {
		r := &rs[i]
		at := r.at
		ws := r.words
		ask := asker{i: i, key: r.key, body: bodyOf(at.speaker), unit: at.unit, pos: at.content.Start, own: at.content}
		for _, h := range hitsIn(at.unit, ws) {
			if passiveBy(ws, h) && !at.cue.Contains(ws[h.start].span) {
				continue // "Questioned by the prosecution, she said": she is the one questioned
			}
			span := claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End}
			inCue := at.cue.Contains(ws[h.start].span)
			if !inCue && slices.ContainsFunc(rs, func(o responder) bool {
				return o.at.answering && o.at.unit == at.unit && o.at.cue.Contains(ws[h.start].span)
			}) {
				continue // "has taken back his criticism, saying …": the phrase is the other claim's cue
			}
			aside := asideAt(ws, h.start) && (at.content.Contains(span) || span.Start >= at.content.End)
			inContent := at.content.Contains(span) && !aside && !inCue // a phrase of taking back is its own content
			if !inCue && !inContent && !aside && !a.ownsPhrase(rs, i, h, ws) {
				continue
			}
			own := inContent && !h.false && (a.speakerSubject(ws, h.start, at) || h.self && a.defendsOwn(ws, h, at))
			if h.of && !inContent {
				continue // "meant" is a reading of someone's words only inside what is said
			}
			judged := inContent && !h.false && !h.self && h.rel == claims.Contradicts && remarkSubject(ws, h.start, at.content, rl)
			if inContent && !h.false && !(h.self && h.rel == claims.Corrects) && !own && !h.of && !judged {
				continue // a response inside what is said is the content's own subject's
			}
			if inContent && h.self && h.rel == claims.Corrects && !own && (!wordsOrSpeaker(ws, h.start, at.content, rl) || !sufferedBy(ws, h.start)) {
				continue // "the poster had been misunderstood", "he has misunderstood the term": not one's own words
			}
			if aside && h.self {
				if name, ok := a.asideName(ws, h); ok && !sameSpeakerName(at.speaker, name) {
					continue // "…, a U-turn by chief executive Rhys Madoc": the narration's, his
				}
			}
			owned[span] = true
			resp := claims.Response{Relation: h.rel, Self: h.self, Phrase: claims.ExcerptOf(a.text, span)}
			resp.Negated = inCue && at.negated || negatedBefore(ws, h.start)
			var obj objectNP
			switch {
			case h.of:
				// "the president had meant that …": the president's words are answered.
				var sp string
				before, opens := span.Start, false
				if k := wordAt(ws, at.content.Start); k+1 == h.start && subjectPronouns[ws[k].low] {
					// "he had misspoken" opening what the office said: "he" is the one who
					// spoke before, not the office.
					before, opens = at.content.Start, true
				}
				o, name, ok := a.subjectBefore(rs, ws, h.start, before)
				if k := wordAt(ws, o.span.Start); ok && (!a.personHead(ws[k:len(within(ws, o.span))]) || k > 0 && (ws[k-1].low == "as" || ws[k-1].tag == "IN" && !ws[k-1].cap)) {
					ok = false // "Her collective responsibility as a Cabinet minister meant …": a thing's meaning, not someone's words
				}
				switch {
				case ok && name != at.speaker.Name && inProgress(ws[h.start:h.end]) && !at.answering && !contrasted(within(ws, at.content)):
					// "Morquendi was describing scenes like …": a progressive told plainly,
					// without a cue of answering or a contrast, narrates what was said; it
					// reads none anew as "meant" or "misspoke" do.
					continue
				case ok && name != at.speaker.Name:
					obj, sp = o, name
					obj.other, obj.anaphor = sp, false
				case ok && opens && h.rel == claims.Corrects:
					// "Keel said she had misspoken": her own earlier words.
					obj, resp.Self = objectNP{self: true}, true
				default:
					continue
				}
			case own:
				// "she withdraws those words", "I take it back": the speaker's own response.
				obj = a.readObject(within(ws, at.content), h.end, rl)
				if obj.anaphor || obj.pronoun != "" || obj.span.Len() == 0 {
					obj.self = obj.self || selfRelations[h.rel]
				}
			case inContent && (h.false || judged):
				// "the claims were untrue"; "the figure was at variance with his group's
				// measurements": the speaker sets the remark against their own.
				obj = a.evaluated(ws, h, at.content, namingCue(a.text, at.cue))
				if h.false && obj.remark != "" && obj.other == "" && ownPronoun(obj.pronoun, at) {
					// "he said his earlier statement had been wrong": he takes back his own words
					obj = objectNP{span: obj.span, self: true}
					resp.Relation, resp.Self = claims.Retracts, true
				}
			case inContent:
				// "he said his words had been taken out of context"; "… misquoted by the
				// Sunday Lantern": the paper's report is what he answers.
				obj = objectNP{self: true}
				if h.end+1 < len(ws) && ws[h.end].low == "by" {
					if o := a.readObject(within(ws, at.content), h.end+1, rl); o.other != "" {
						obj = o
					}
				}
			case inCue && at.content.Start >= at.cue.End && h.end > wordAt(ws, at.content.Start):
				// "distanced himself from her comments": the phrase runs on into what the
				// cue's content reads; what it answers comes after the phrase.
				obj = a.readObject(ws, h.end, rl)
			case inCue:
				obj = a.cueObject(at, ws, rl)
				if h.rel == claims.Corrects && obj.remark != "" && obj.other == "" && obj.span.Start == at.content.Start && (obj.pronoun == "his" || obj.pronoun == "her") && at.speaker.Kind == claims.Person && !strings.Contains(obj.span.In(a.text), " that ") {
					// "clarified that his comments referred only to …": his own words set right,
					// unless the text gives the speaker the other sex ("Ken Rua … her
					// comments"); not "clarified his comments that …", whose clause is what they said
					if g := a.speakerSex(rs, r.key, at.speaker.Name); obj.pronoun == "his" && g != 'f' || obj.pronoun == "her" && g != 'm' {
						obj.self, resp.Self = true, true
					}
				}
			default:
				obj = a.readObject(ws, h.end, rl)
			}
			if h.self && obj.other == "" && h.end+1 < len(ws) && ws[h.end].low == "by" {
				if m := mediumNoun(ws, h.end+1); m != "" {
					// "she had been misquoted by an Urdu-language daily which reported …": the
					// report of the medium the text describes, not her own words.
					obj, resp.Self = objectNP{makers: []string{m}, anaphor: true}, false
				}
			}
			if obj.other != "" && sameSpeakerName(at.speaker, obj.other) && !inCue {
				obj.other = "" // the speaker named in the cue after the quotation is no one it answers
			}
			if !obj.answerable() && h.rel == claims.Corrects && h.framed && !h.self && !h.of && !inContent && !inCue {
				// "Rising to set the record straight, the minister said …": the words set right
				// came before; the speaker's own of an earlier day on the matter, else another's.
				self := resp
				self.Self = true
				if r, ok := a.complete(rs, ask, self, objectNP{self: true}, false); ok && a.sharesMatter(rs, i, r.Answers) {
					add(i, r)
					continue
				}
				obj = objectNP{anaphor: true, back: true}
			}
			if h.back {
				thing := obj.other == "" && obj.remark == "" && obj.pronoun == "" && !obj.self && !obj.anaphor
				if h.start > 0 && beForms[ws[h.start-1].low] || thing && (inCue && !finiteVerb(at.words) || !inCue && opensObject(ws, h.end)) {
					// "the vote was pushed back", "pushed back the launch, saying …",
					// "countered the move by cutting fares", "Rush hit back moments later":
					// put off, or met by an act, not answered; as a cue, only with a clause
					continue
				}
				if thing {
					obj = objectNP{anaphor: true, back: true, bare: true} // "hit back, saying …": at what was said last
				}
			}
			if obj.self && !obj.own && !ownFits(obj.pronoun, at.speaker) {
				// "the board is wrong about what's in its own budget", said by a person:
				// "its own" is the board's, not the speaker's
				obj.self = false
			}
			if !h.fits(obj) {
				continue
			}
			if resp, ok := a.complete(rs, ask, resp, obj, inCue && h.rel != claims.Maintains); ok {
				if h.of && resp.Self && answeredBySelf(rs, out, i, resp.Answers) {
					continue // one correction of those words is told already: this one explains it
				}
				add(i, resp)
			}
		}
		if slices.ContainsFunc(out[i], func(o claims.Response) bool {
			return o.Relation == claims.Corrects && !o.Self && o.Other != "" && at.content.Contains(o.Phrase.Span) && !subjectPronouns[strings.ToLower(o.Answered.Text)]
		}) {
			// "clarified that the prime minister had been referring to …": the clarification
			// explains the words of the one it names, not the speaker's own. ("he had meant"
			// may be the speaker himself.)
			out[i] = slices.DeleteFunc(out[i], func(o claims.Response) bool {
				return (o.Self || o.Found == claims.BySelf) && o.Relation == claims.Corrects && at.cue.Contains(o.Phrase.Span)
			})
		}
		// "…, says the deputy minister, in what opposition lawmakers have called a
		// U-turn": the writer gives another's name for this statement, a reversal of the
		// speaker's own earlier words.
		k := inWhatAfter(ws, at.content.End)
		if k > 0 && slices.ContainsFunc(rs, func(o responder) bool {
			return o.at.unit == at.unit && o.at.content.End > at.content.End && o.at.content.End <= ws[k].span.Start
		}) {
			k = 0
		}
		if k == 0 {
			// "Yesterday, in a U-turn welcomed by jockeys, Ashcombe announced …": the
			// writer's name for the statement the sentence goes on to give.
			if k = inAFrameBefore(ws, at.source.Start); k > 0 {
				c := nextComma(ws, k)
				if slices.ContainsFunc(rs, func(o responder) bool {
					return o.at.unit == at.unit && o.at.source.Start < at.source.Start && o.at.source.Start > ws[c].span.Start && o.key != r.key
				}) {
					k = 0
				}
			}
		}
		if k > 0 {
			// The statement nearest before the aside; a phrase in the aside's own clause,
			// read closely ("U-turn", "climbdown"; not "turnaround"), and not denied ("in
			// what he insisted was not a U-turn").
			c := nextComma(ws, k)
			for _, h := range hitsIn(at.unit, ws) {
				if h.start > k && h.start < c && h.framed && h.self && (h.rel == claims.Reverses || h.rel == claims.Retracts) && !negatedBefore(ws, h.start) {
					span := claims.Span{Start: ws[h.start].span.Start, End: ws[h.end-1].span.End}
					resp := claims.Response{Relation: h.rel, Self: true, Phrase: claims.ExcerptOf(a.text, span)}
					if rp, ok := a.complete(rs, ask, resp, objectNP{self: true}, false); ok && len(rp.Answers) > 0 {
						rp.Found = claims.Told // others call it a reversal in so many words
						add(i, rp)
					}
					break
				}
			}
		}
		// "I have never had any such conversation", "No such meeting took place": a
		// speaker's own words deny what was last said of them or to them.
		if span, ok := suchDenial(within(ws, at.content), at.content); ok && !at.negated {
			resp := claims.Response{Relation: claims.Denies, Phrase: claims.ExcerptOf(a.text, span)}
			resp.Answers, resp.Found = a.answers(rs, ask, resp, objectNP{anaphor: true, definite: true}, false)
			noun := strings.ToLower(lastField(span.In(a.text)))
			resp.Answers = dropAnswers(rs, resp.Answers, func(r *responder) bool {
				return onlyWithout(scanWords(a.text, r.at.content), noun)
			})
			if len(resp.Answers) > 0 {
				add(i, resp)
			}
		}
		// "insisted collections were normal, despite the union saying that …": the writer
		// sets the union's statement against this one.
		for j := range rs {
			if j == i || rs[j].at.unit != at.unit || rs[j].key == r.key {
				continue
			}
			if k := wordAt(ws, rs[j].at.source.Start); k >= 2 && k < len(ws) && (ws[k-1].low == "despite" || ws[k-1].low == "notwithstanding") && ws[k-2].text == "," && ws[k-2].span.End <= at.content.End+1 && ws[k-2].span.Start >= at.content.End-1 {
				resp := claims.Response{Relation: claims.Contradicts, Phrase: claims.ExcerptOf(a.text, ws[k-1].span), Answers: []string{rs[j].id}, Found: claims.ByName, Other: rs[j].at.speaker.Name}
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
	a.narrationResponses(rs, units, unitWords, hitsIn, owned, add)
	a.differentVersions(rs, units, unitWords, add)
	for i := range rs {
		if !rs[i].at.answering {
			continue
		}
		for _, resp := range out[i] {
			// "He corrected himself in a statement. “Nine people were arrested,” Okello
			// said": the words that set his own right are the next he says.
			if !resp.Self || len(resp.Answers) == 0 {
				continue
			}
			for j := i + 1; j < len(rs) && rs[j].at.unit <= rs[i].at.unit+1; j++ {
				if rs[j].key == rs[i].key && !slices.Contains(resp.Answers, rs[j].id) {
					add(j, resp)
					break
				}
			}
		}
	}
	return out
}

// opensObject reports whether a noun phrase that is no time opens at ws[i], as a verb's
// object would: "countered the move", "pushed back its launch"; not "pushed back within
// hours", "hit back swiftly", "fired back the next day", "hit back hours later". The
// words are untagged here: a determiner ("the", "its") or a figure opens the phrase.
func opensObject(ws []word, i int) bool {
	if i >= len(ws) || ws[i].punc {
		return false
	}
	if w := ws[i]; !determiners[w.low] && (w.text[0] < '0' || w.text[0] > '9') {
		return false
	}
	for k := i + 1; k < len(ws) && !ws[k].punc && !functionWords[ws[k].low]; k++ {
		if timeNouns[ws[k].low] || durationNouns[strings.TrimSuffix(ws[k].low, "s")] {
			return false // "the next day", "the same evening"
		}
	}
	return true
}

// inWhatAfter returns the index of "what" in ", in what" standing after end, the close
// of a statement's content, in its sentence; else 0: "…, says the minister, in what
// critics called a U-turn".
func inWhatAfter(ws []word, end int) int {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].low == "in" && ws[k+1].low == "what" && ws[k-1].text == "," && ws[k].span.Start >= end {
			return k + 1
		}
	}
	return 0
}

// inAFrameBefore returns the index of the article in a phrase "in a …" that opens the
// sentence, or follows its time words, and closes with a comma before pos: "Yesterday, in
// a U-turn welcomed by jockeys, Ashcombe announced"; else 0.
func inAFrameBefore(ws []word, pos int) int {
	for k := 0; k+2 < len(ws) && ws[k].span.Start < pos; k++ {
		if ws[k].low != "in" || ws[k+1].low != "a" && ws[k+1].low != "an" {
			continue
		}
		if k > 0 && !(ws[k-1].text == "," && !slices.ContainsFunc(ws[:k-1], func(w word) bool {
			return !timeNouns[w.low] && !months[w.low] && w.tag != "CD" && w.low != "on" && w.low != "last" && w.low != "early" && w.low != "late" && w.low != "this"
		})) {
			return 0 // only time words before it: "Yesterday, in a U-turn …"
		}
		if c := nextComma(ws, k); c < len(ws) && ws[c].text == "," && ws[c].span.End <= pos {
			return k + 1
		}
		return 0
	}
	return 0
}

// wordsOrSpeaker reports whether the clause before ws[i], within content, speaks of a
// person or their words: "his comments had been misunderstood", "he had been quoted out
// of context"; not "the poster had been misunderstood".
func wordsOrSpeaker(ws []word, i int, content claims.Span, rl *respLex) bool {
	for k := i - 1; k >= 0 && ws[k].span.Start >= content.Start && !ws[k].punc; k-- {
		switch l := ws[k].low; {
		case rl.remark[l] || l == "words" || l == "quotes" || l == "interview" || l == "position":
			return true
		case l == "i" || l == "he" || l == "she" || l == "we" || l == "they" || l == "me" || l == "him" || l == "us":
			return true
		}
	}
	return false
}

// sufferedBy reports whether the correction at ws[i] is said in the passive, of what
// was done to one's words: "had been misunderstood", "was quoted out of context".
func sufferedBy(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	p := ws[i-1].low
	return beForms[p] || p == "been" || p == "being" || p == "quoted" || p == "taken" || p == "get" || p == "got"
}

// namingCue reports whether the cue at cue names what its object is: "called", "branded",
// "labelled", "described … as".
func namingCue(text string, cue claims.Span) bool {
	f := strings.Fields(strings.ToLower(cue.In(text)))
	if len(f) == 0 {
		return false
	}
	switch stem(f[len(f)-1]) {
	case "call", "brand", "label", "labell", "dub", "dubb", "term", "describ":
		return true
	}
	return false
}

// suchDenial finds, in the words ws of a content span, a negated "such" that points back
// to what was said before: "no such meeting", "never had any such conversation", "not
// aware of any such plan". It returns the span from the negation to the noun after "such".
func suchDenial(ws []word, content claims.Span) (claims.Span, bool) {
	for i, w := range ws {
		if w.low != "such" || w.span.Start < content.Start || i+1 >= len(ws) || ws[i+1].punc {
			continue
		}
		neg := -1
		switch {
		case i > 0 && ws[i-1].low == "no":
			neg = i - 1
		case i > 0 && ws[i-1].low == "any":
			for k := i - 2; k >= 0 && k >= i-6 && ws[k].span.Start >= content.Start && !ws[k].punc; k-- {
				if l := ws[k].low; negWord(l) || l == "without" {
					neg = k
					break
				}
			}
		}
		if neg >= 0 {
			return claims.Span{Start: ws[neg].span.Start, End: ws[i+1].span.End}, true
		}
	}
	return claims.Span{}, false
}

// onlyWithout reports whether noun stands in ws only where ws says there is none of it:
// "may not strike without a minimum service agreement" asserts no agreement, so "no such
// agreement has been concluded" agrees with it.
func onlyWithout(ws []word, noun string) bool {
	seen := false
	for i, w := range ws {
		if w.low != noun {
			continue
		}
		seen = true
		none := false
		for k := i - 1; k >= 0 && k >= i-4 && !ws[k].punc; k-- {
			if l := ws[k].low; l == "without" || l == "no" || l == "not" || l == "never" || l == "lack" || l == "absence" {
				none = true
				break
			}
		}
		if !none {
			return false
		}
	}
	return seen
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
	if a.lx.responses.ownWords[strings.ToLower(resp.Phrase.Text)] && ask.i >= 0 && ownedBy(obj, rs[ask.i].at.speaker) {
		resp.Relation, resp.Self = claims.Retracts, true // "disowned her forecast"
	}
	if j := slices.IndexFunc(rs, func(r responder) bool { return r.at.namedFor == resp.Phrase.Span }); j >= 0 && !resp.Self {
		// The remark the object names, which the text gives no other way.
		resp.Answers, resp.Found = []string{rs[j].id}, claims.Named
		if resp.Other == "" {
			resp.Other = rs[j].at.speaker.Name
		}
		return resp, true
	}
	resp.Answers, resp.Found = a.answers(rs, ask, resp, obj, !obj.back)
	if len(obj.accused) > 0 {
		resp.Answers = dropAnswers(rs, resp.Answers, func(r *responder) bool { return a.accusedIs(obj.accused, r.at.speaker) })
	}
	if len(resp.Answers) == 0 && resp.Other == "" && !resp.Self && a.lx.responses.ownWords[strings.ToLower(resp.Phrase.Text)] {
		// "By Thursday she had disowned the forecast": no one else's words before it, so
		// her own.
		self := resp
		self.Relation, self.Self = claims.Retracts, true
		if self.Answers, self.Found = a.answers(rs, ask, self, obj, false); len(self.Answers) > 0 {
			resp = self
		}
	}
	if len(resp.Answers) == 0 && resp.Other == "" && !resp.Self && !keep {
		return resp, false // answers nothing the text lets us find
	}
	return resp, true
}

// personHead reports whether the noun phrase ws is headed by a person or a name: its last
// word before any preposition ("the president of the union", "the prime minister", "he",
// "Ms Keel"), not "her collective responsibility as a Cabinet minister".
func (a *analyser) personHead(ws []word) bool {
	var head *word
	for i := range ws {
		if ws[i].punc || ws[i].tag == "IN" || ws[i].low == "as" || ws[i].low == "of" {
			break
		}
		head = &ws[i]
	}
	if head == nil {
		return true
	}
	return head.cap || subjectPronouns[head.low] || a.lx.roleWord(head.low) || wordnet.IsA(head.low, "person", wordnet.Noun)
}

// ownedBy reports whether what a response answers is sp's own: "his own remarks", "our
// position", or a possessive pronoun of sp's kind ("her forecast" of a person, "its
// statement" of a body) that names no one else.
func ownedBy(o objectNP, sp claims.Speaker) bool {
	if o.other != "" {
		return false
	}
	if o.self || o.own {
		return true
	}
	switch o.pronoun {
	case "his", "her":
		return sp.Kind == claims.Person
	case "its", "their":
		return sp.Kind == claims.Organisation || sp.Kind == claims.Group
	}
	return false
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
		if o := a.readObject(cw, start, rl); o.anaphor && !(cw[start].low == "no" && a.clausalContent(at)) || o.pointing && o.noun != "" && !verbIn(at.words, at.content) || o.other != "" && !(at.class == cueDeny && a.clausalContent(at)) || o.self || !a.clausalContent(at) {
			return o // not "denied that midfielder Idrissa Sarr had agreed …": the clause, whose subject he is, is answered; nor "clarified that no decision had been taken", a statement
		}
	}
	o := objectNP{span: at.content, clause: at.content}
	if c := wordAt(ws, at.cue.End); c < start {
		// "dismissed as nonsense suggestions from the pundit Lee Darby that …": whose the
		// remark is stands between the cue and the clause.
		if r := a.readObject(ws[:start], c, rl); r.other != "" && r.remark != "" {
			o.other, o.remark, o.anaphor = r.other, r.remark, false
		} else if r.remark != "" {
			o.remark = r.remark // "dismissed as speculation a newspaper report that …"
		}
	}
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

// bodyOf returns the body a speaker speaks for: its affiliation, or its own name when it
// is an organisation. One's own earlier words include the body's.
func bodyOf(sp claims.Speaker) string {
	if sp.Kind == claims.Organisation && sp.Affiliation != "" && strings.Contains(strings.ToLower(sp.Name), strings.ToLower(sp.Affiliation)) {
		return sp.Name // the "Tanzania Food and Drugs Authority" is its own body, not Tanzania
	}
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
	if hr, hq := a.pastPerfect(r.at), a.pastPerfect(q.at); hr != hq {
		return hq // "Hours earlier, Rahal had said …" came before what is told in the past
	}
	return r.at.content.Start > q.at.content.Start
}

// pastPerfect reports whether the cue of at is in the past perfect: "had said".
func (a *analyser) pastPerfect(at *attribution) bool {
	if at.cue.Len() == 0 {
		return false
	}
	before := strings.Fields(strings.ToLower(a.text[max(0, at.cue.Start-20):at.cue.Start]))
	return len(before) > 0 && (before[len(before)-1] == "had" || len(before) > 1 && before[len(before)-2] == "had" && strings.HasSuffix(before[len(before)-1], "ly"))
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
	lead := 0 // a connective that opens the sentence: "But", "And", "However,"
	for lead < h.start && (lead == 0 && (ws[0].low == "but" || ws[0].low == "and" || ws[0].low == "however" || ws[0].low == "yet" || ws[0].low == "now") || lead > 0 && ws[lead].text == ",") {
		lead++
	}
	for j := range rs {
		if j != i && rs[j].at.unit == at.unit && rs[j].at.content.Contains(ws[h.start].span) {
			return false // inside another claim's content
		}
	}
	switch {
	case at.source.Len() > 0 && pos >= at.source.End && pos < at.content.Start && pos < at.cue.Start:
		return true
	case pos < at.source.Start && pos < at.content.Start && (h.start <= 1 && lead == 0 || h.start == lead || h.start <= lead+3 && ws[lead].low == "in") && !sequenced(ws, h):
		return true // "Contradicting Lavrov, Peskov said", "But in an about-face, the prosecutor said"
	case pos >= at.cue.End && pos < at.content.Start && h.start > 0 && ws[h.start-1].text == "," && strings.HasSuffix(ws[h.start].low, "ing"):
		return true // "told reporters on Thursday, contradicting the minister, that …"
	case pos < at.source.Start && pos < at.content.Start && frontedClause(ws, lead, h, at.source.Start):
		return true // "Rising in the House on Thursday to set the record straight, the minister said"
	case pos >= at.content.End:
		k := placedBefore(ws, h.start) - 1
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

// placingVerbs set their object at odds with another: "…, putting him at odds with the
// governor", "which set her at odds with her own finance chief".
var placingVerbs = map[string]bool{"putting": true, "put": true, "puts": true, "setting": true, "set": true, "sets": true, "placing": true, "placed": true, "places": true, "leaving": true, "left": true, "leaves": true}

// placedBefore returns where the clause of placing that carries the phrase at ws[i]
// begins: at "putting" in "putting him at odds with" and at "which" in "which put the
// minister at odds with"; else i.
func placedBefore(ws []word, i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if ws[k].punc || ws[k].tag == "IN" {
			return i
		}
		if placingVerbs[ws[k-1].low] {
			k--
			if k >= 1 && (ws[k-1].low == "which" || ws[k-1].low == "that") {
				k--
			}
			return k
		}
	}
	return i
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
	for k >= 0 && (auxWords[ws[k].low] || strings.HasSuffix(ws[k].low, "ly") && !ws[k].cap) {
		k--
	}
	if k < 0 || !at.content.Contains(ws[k].span) {
		return false
	}
	switch ws[k].low {
	case "i", "we", "my", "our":
		return true // "our position has not changed"
	case "he", "she", "they", "his", "her", "their":
		return ws[k].span.Start == at.content.Start
	}
	return false
}

// defendsOwn reports whether the phrase of taking back h heads the object of a verb by
// which one stands up for one's own act: "has defended a dramatic U-turn over …",
// "justified the reversal". Another's is named: "a U-turn by the minister", "the
// chairman's U-turn".
func (a *analyser) defendsOwn(ws []word, h respHit, at *attribution) bool {
	i := h.start
	k := wordAt(ws, at.content.Start)
	if k >= i || ws[k].low != "a" && ws[k].low != "an" && ws[k].low != "the" {
		return false
	}
	if i-k > 3 || slices.ContainsFunc(ws[k+1:i], func(w word) bool { return w.punc || w.poss || functionWords[w.low] }) {
		return false // "a dramatic U-turn", not "the plan and the U-turn"
	}
	if h.end < len(ws) && ws[h.end].low == "by" {
		return false
	}
	cue := strings.ToLower(at.cue.In(a.text))
	return strings.HasPrefix(cue, "defend") || strings.HasPrefix(cue, "justif")
}

// asideAt reports whether the phrase at ws[i] opens the writer's comment on what was
// just said: "…, a U-turn that angered unions", "…, in an apparent reversal".
func asideAt(ws []word, i int) bool {
	if describedAside(ws, i) {
		return true
	}
	if i > 1 && (ws[i-1].low == "that" || ws[i-1].low == "which") && asideNouns[ws[i-2].low] {
		i-- // "…, in remarks that contradicted what the tech chief told lawmakers"
	}
	j := i
	for j > 1 && (ws[j-1].tag == "RB" || strings.HasSuffix(ws[j-1].low, "ly")) && !ws[j-1].cap && ws[j-2].text != "," {
		j-- // "…, a view sharply at odds with"
	}
	k := j - 1
	for k >= 0 && (ws[k].low == "a" || ws[k].low == "an" || ws[k].low == "in" || ws[k].low == "apparent" || ws[k].low == "sharp" || ws[k].low == "dramatic" || ws[k].low == "complete" || ws[k].low == "major" || asideNouns[ws[k].low] && k == j-1) {
		k--
	}
	if k >= 0 && k == j-1 && j == i && ws[k].text == "," && (strings.HasSuffix(ws[i].low, "ing") || ws[i].low == "in" || ws[i].low == "at" || ws[i].low == "contrary") {
		return true // "…, contradicting earlier remarks by the governor", "…, in contrast to"
	}
	if ws[i].tag == "IN" {
		for n := 1; n <= 3 && j-n-2 >= 0; n++ {
			if v := j - n - 1; ws[v].tag == "VBG" && ws[v-1].text == "," && (ws[v+1].tag == "PRP" || determiners[ws[v+1].low]) && !slices.ContainsFunc(ws[v+1:j], func(w word) bool { return w.punc || w.tag == "VBG" }) {
				return true // "…, putting him at odds with the tournament director"
			}
		}
	}
	return k >= 0 && k < j-1 && (ws[k].text == "," || isDash(ws[k].text))
}

// describedAside reports whether the phrase at ws[i] stands in ", in what critics
// described as a rebuttal of …": others' reading of what was just said, set against
// another's words.
func describedAside(ws []word, i int) bool {
	k := i - 1
	if k >= 0 && (ws[k].low == "a" || ws[k].low == "an") {
		k--
	}
	if k < 1 || ws[k].low != "as" || !describingVerbs[ws[k-1].low] {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-8; j-- {
		if ws[j].low == "what" && ws[j-1].low == "in" {
			return j >= 2 && ws[j-2].text == ","
		}
		if ws[j].punc {
			return false
		}
	}
	return false
}

// describingVerbs name what others call something: "in what critics described as".
var describingVerbs = map[string]bool{"described": true, "called": true, "termed": true, "saw": true, "branded": true, "characterised": true, "characterized": true, "labelled": true, "labeled": true, "dubbed": true}

// asideNouns name the statement just made in the writer's comment on it: "…, comments
// at odds with the chief executive's forecast".
var asideNouns = map[string]bool{
	"comment": true, "comments": true, "remark": true, "remarks": true, "words": true, "statement": true, "statements": true,
	"view": true, "views": true, "figure": true, "figures": true, "claim": true, "claims": true, "assessment": true,
	"forecast": true, "estimate": true, "account": true, "position": true, "stance": true, "assertion": true,
	"message": true, "messages": true, "signal": true, "signals": true, "prediction": true, "promise": true, "pledge": true,
	"timeline": true, "timetable": true, "schedule": true, "version": true, "explanation": true, "description": true, "count": true, "tally": true,
}

// trimAside ends a content before the writer's comment on it that sets it against
// another's words: "margins would stay under pressure, comments at odds with the chief
// executive's forecast", "…, contradicting the minister".
func (a *analyser) trimAside(at *attribution, ws []word) {
	if at.quoted {
		return
	}
	for _, h := range a.lx.responses.hits(ws) {
		if p := ws[h.start].span.Start; p <= at.content.Start || p >= at.content.End || h.false || h.rel == claims.Agrees || h.rel == claims.Maintains || !asideAt(ws, h.start) {
			continue
		}
		k := h.start - 1
		for k > 0 && ws[k].text != "," && !isDash(ws[k].text) {
			k--
		}
		if ws[k].span.Start > at.content.Start {
			at.content.End = trimEnd(a.text, at.content.Start, ws[k].span.Start)
			return
		}
	}
}

// accusedIs reports whether the words of "against …" name sp: a person by surname, or
// anyone by the head of an office the claim or the text gives them beside their name
// ("Emilio Botin, the chairman of …", "chairman Emilio Botin"), for "the charges against
// their chairman".
func (a *analyser) accusedIs(words []string, sp claims.Speaker) bool {
	if sp.Name == "" {
		return false
	}
	last := strings.ToLower(lastField(sp.Name))
	head := roleHead(strings.ToLower(sp.Role))
	return slices.ContainsFunc(words, func(w string) bool {
		switch {
		case sp.Kind == claims.Person && w == last:
			return true
		case !a.lx.roleWord(w):
			return false
		case head != "" && head == w:
			return true
		}
		lower, name := strings.ToLower(a.text), strings.ToLower(sp.Name) // rarely reached: an office not on the claim
		return strings.Contains(lower, name+", the "+w+" ") || strings.Contains(lower, name+", "+w+" ") || strings.Contains(lower, w+" "+name)
	})
}

// ownPronoun reports whether a pronoun owning a remark in what at says is its speaker's:
// "I" or "we" in a quotation, "he" or "she" in a person's reported words.
func ownPronoun(pronoun string, at *attribution) bool {
	if at.quoted {
		return pronoun == "i" || pronoun == "we"
	}
	return (pronoun == "he" || pronoun == "she") && at.speaker.Kind == claims.Person
}

// ownFits reports whether the possessive before "own" may be the speaker's: "its own"
// is no person's, "his own" or "her own" no body's.
func ownFits(pronoun string, sp claims.Speaker) bool {
	switch pronoun {
	case "its":
		return sp.Kind != claims.Person
	case "his", "her":
		return sp.Kind == claims.Person || sp.Kind == claims.Anonymous || sp.Kind == claims.Author
	}
	return true
}

// negWord reports whether the lower-case word w negates: "not", "never", "won't",
// "won’t".
func negWord(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// inProgress reports whether the phrase ws is a past progressive of telling ("was
// describing", "was talking about"), which narrates as readily as it explains. Not "had
// been describing", which looks back on words to read them, nor "was referring to" or
// "was joking", whose verbs say what the words meant.
func inProgress(ws []word) bool {
	return len(ws) > 1 && (ws[0].low == "was" || ws[0].low == "were") && (ws[1].low == "describing" || ws[1].low == "talking")
}

// contrasted reports whether the words ws set what they say against something else:
// "not", "only", "rather than", "merely".
func contrasted(ws []word) bool {
	return slices.ContainsFunc(ws, func(w word) bool {
		switch w.low {
		case "not", "n't", "never", "only", "rather", "merely", "simply", "solely", "instead":
			return true
		}
		return false
	})
}

// negatedBefore reports whether a negation stands in the three words before ws[i]: "did
// not deny", "never contradicted", "refused to deny".
func negatedBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := ws[k].low; {
		case negWord(w):
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

// frontedClause reports whether the phrase h stands in a participle or infinitive clause
// that opens the sentence (after any connective at lead) and closes on a comma before
// the speaker at src, with no finite verb of its own: the speaker's own act.
func frontedClause(ws []word, lead int, h respHit, src int) bool {
	if lead >= len(ws) || ws[lead].tag != "VBG" && !strings.HasSuffix(ws[lead].low, "ing") && ws[lead].low != "to" {
		return false
	}
	if lead+1 < h.start && (finiteVerb(ws[lead+1:h.start]) || slices.ContainsFunc(ws[lead+1:h.start], func(w word) bool { return w.text == "," })) {
		return false
	}
	for k := h.end; k < len(ws) && ws[k].span.End <= src; k++ {
		if ws[k].text == "," {
			return true
		}
	}
	return false
}

// sharesMatter reports whether the claims ids, answered by claim i, speak of its matter:
// a content word in common.
func (a *analyser) sharesMatter(rs []responder, i int, ids []string) bool {
	mine := contentWords(a.text, rs[i].at.content)
	for j := range rs {
		if slices.Contains(ids, rs[j].id) && sharedWords(mine, contentWords(a.text, rs[j].at.content)) > 0 {
			return true
		}
	}
	return false
}

// asideName returns the speaker the text knows that a phrase of taking back names after
// "by" or "from", up to the next punctuation: "a U-turn by chief executive Rhys Madoc".
func (a *analyser) asideName(ws []word, h respHit) (string, bool) {
	if h.end+2 >= len(ws) || ws[h.end].low != "by" && ws[h.end].low != "from" {
		return "", false
	}
	return a.nameAfter(ws, h.end)
}

// nameAfter returns the speaker of the text that the words after the preposition ws[k]
// name, up to the next punctuation: "by chief executive Rhys Madoc", "for Pike".
func (a *analyser) nameAfter(ws []word, k int) (string, bool) {
	e := k + 1
	for e < len(ws) && !ws[e].punc {
		e++
	}
	return a.knownSpeaker(ws[k+1 : e])
}

// putTo reports whether ws[i] stands in a question put to someone, after "whether" or
// "asked if" in its clause: "Asked whether he had misspoken at the weekend, …".
func putTo(ws []word, i int) bool {
	for k := i - 1; k >= 0 && !ws[k].punc; k-- {
		if ws[k].low == "whether" || ws[k].low == "if" && k > 0 && (ws[k-1].low == "asked" || ws[k-1].low == "wondered") {
			return true
		}
	}
	return false
}

// yearsAgo returns how many years before publication an undated document's statement was
// made, as its relative time says: 1 for "last year", 2 for "2 years ago", 0 for this
// year's ("publication day", "yesterday", "last Tuesday", "last week"); -1 when the text
// does not tell.
func yearsAgo(w claims.When) int {
	if w.Known() {
		return -1 // a dated document's years are read from its dates
	}
	switch r := w.Relative; {
	case r == "last year":
		return 1
	case r == "publication day" || r == "today" || r == "yesterday" || r == "this week" || r == "this month" || r == "this year" || r == "last week" || weekdays[strings.ToLower(strings.TrimPrefix(r, "last "))]:
		return 0
	case strings.HasSuffix(r, " years ago"):
		if n, err := strconv.Atoi(strings.TrimSuffix(r, " years ago")); err == nil {
			return n
		}
	}
	return -1
}
