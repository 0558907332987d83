package extract

// timelede.go finds the lede of an article, past its title, subtitle and labels, and the
// entries of a live blog, whose present or present-perfect news ("X says", "X has
// denied") is of the publication day; and reads the tense of a cue, by which a perfect
// or a habit out of the lede ("has long argued") is background, not news.

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/contradict/contradict/claims"
	"github.com/contradict/contradict/extract/internal/timex"
)

// clockRE matches a live blog's entry time alone on its line: "3:25 p.m.", "11 a.m.".
var clockRE = regexp.MustCompile(`(?i)^\d{1,2}(:\d{2})?\s*[ap]\.?m\.?$`)

// liveBlog reports whether the text is a live blog: two or more lines that are an
// entry's time alone.
func (a *analyser) liveBlog() bool {
	if a.blogLayout == 0 {
		a.blogLayout = -1
		n := 0
		for line := range strings.SplitSeq(a.text, "\n") {
			if clockRE.MatchString(strings.TrimSpace(line)) {
				if n++; n == 2 {
					a.blogLayout = 1
					break
				}
			}
		}
	}
	return a.blogLayout > 0
}

// entries marks the units of a live blog ("The Latest": entries under "3:25 p.m.", "12:50
// p.m."), each entry news of the publication day. An article needs two such times to be
// one.
func (d *dater) entries() {
	d.entry = make([]int, len(d.units))
	open, n := -1, 0
	for k, u := range d.units {
		if clockRE.MatchString(strings.TrimSpace(u.span.In(d.a.text))) {
			open = k
			n++
		}
		d.entry[k] = open
	}
	if n < 2 {
		for k := range d.entry {
			d.entry[k] = -1
		}
	}
}

// entryDay dates statement i by its live-blog entry: the publication day, when it has one.
func (d *dater) entryDay(i int) bool {
	e := d.entry[d.ats[i].unit]
	if e < 0 || d.pub.IsZero() {
		return false
	}
	desc := "the entry of " + strings.TrimSpace(d.units[e].span.In(d.a.text)) + ", publication day"
	d.set(i, claims.When{Date: d.pub, Precision: claims.Day, Text: desc}, byOccasion, desc)
	return true
}

// background reports whether statement i is told as outside the news: a present perfect
// or past perfect out of the lede ("has said", "had argued"), a habit ("has long
// argued", "often says"), or what is yet to be said ("will announce").
func (d *dater) background(i int) bool {
	t := d.tense(i)
	return t.habit || t.future || t.perfect && !d.inLede(i) || d.vaguelyPlaced(i)
}

// vaguelyPlaced reports whether statement i's sentence places it at a time it does not
// tell, outside what is said: "Trump said at one point during the campaign", "as she
// put it on the campaign trail". Such a statement is not of the scene around it.
func (d *dater) vaguelyPlaced(i int) bool {
	at := d.ats[i]
	u := d.units[at.unit]
	low := strings.ToLower(u.span.In(d.a.text))
	for _, p := range vaguePlaces {
		for off := 0; ; {
			k := strings.Index(low[off:], p)
			if k < 0 {
				break
			}
			sp := claims.Span{Start: u.span.Start + off + k, End: u.span.Start + off + k + len(p)}
			if !d.elsewhere(i, sp) && !d.momentOf(i, sp) {
				return true
			}
			off += k + len(p)
		}
	}
	return false
}

// momentOf reports whether "at one point" at sp is a moment of the occasion the article
// has just placed statement i's speaker at, in its paragraph or the one before: "On
// Thursday night, Trump told the audience at his fundraiser …. At one point, Trump said
// …". Followed by a period ("at one point during the campaign"), it tells no occasion.
func (d *dater) momentOf(i int, sp claims.Span) bool {
	low := strings.ToLower(sp.In(d.a.text))
	if low != "at one point" && low != "at some point" {
		return false
	}
	if next := scanWords(d.a.text, claims.Span{Start: sp.End, End: min(sp.End+12, d.units[d.ats[i].unit].span.End)}); len(next) > 0 && (placePreps[next[0].low] || next[0].low == "of") {
		return false
	}
	ev, ok := d.lastPlacing(i)
	return ok && ev.when.Precision == claims.Day && d.rank[d.units[ev.unit].para] >= d.rank[d.units[d.ats[i].unit].para]-1
}

// vaguePlaces are phrases that place a statement at some time of the past left untold.
var vaguePlaces = []string{"at one point", "at some point", "in the past", "over the years", "during the campaign", "on the campaign trail", "on one occasion", "on another occasion", "on several occasions"}

// cueTense is what the words of a cue say of its time.
type cueTense struct {
	present bool // "says", "is calling", "has denied": news of now
	perfect bool // "has said", "had argued"
	habit   bool // "has long argued", "often says", "repeatedly said"
	future  bool // "will announce": not said yet
	read    bool // set once tense has read the others
}

// tense returns readTense(i), read once: the rules ask it of one statement several times.
func (d *dater) tense(i int) cueTense {
	if d.tenses == nil {
		d.tenses = make([]cueTense, len(d.ats))
	}
	if t := d.tenses[i]; t.read {
		return t
	}
	t := d.readTense(i)
	t.read = true
	d.tenses[i] = t
	return t
}

// readTense reads the tense of statement i's cue from the cue and the words before it.
func (d *dater) readTense(i int) cueTense {
	at := d.ats[i]
	var t cueTense
	if at.cue.IsZero() {
		return t
	}
	u := d.units[at.unit]
	cue := scanWords(d.a.text, at.cue)
	if len(cue) == 0 {
		return t
	}
	first := cue[0].low
	before := scanWords(d.a.text, claims.Span{Start: max(u.span.Start, at.cue.Start-60), End: at.cue.Start})
	aux := ""
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		w := before[k].low
		if habitWords[w] {
			t.habit = true
			continue
		}
		if w == "also" || w == "not" || w == "never" || w == "ever" || w == "again" || w == "publicly" || w == "privately" || w == "already" || w == "since" || w == "just" || w == "now" || w == "still" || strings.HasSuffix(w, "ly") && !before[k].cap {
			continue // "didn't officially respond"
		}
		aux = w
		if before[k].poss && (subjectPronouns[w] || w == "it" || w == "who" || w == "that") {
			aux = "'s" // "he's said": the word reader takes the clitic for a possessive
		}
		break
	}
	if stem, ok := strings.CutSuffix(strings.ReplaceAll(aux, "’", "'"), "n't"); ok {
		// "didn't respond" is told in the past, "hasn't said" in the perfect
		aux = stem
		if full, ok := negatedStems[stem]; ok {
			aux = full
		}
	}
	if aux == "," && strings.HasSuffix(first, "ing") {
		// "Warren has been a powerful surrogate, attacking Trump": a participle after its
		// comma is told in the tense of the clause it hangs on.
		// The clause's first verb tells it: "Putin veered close to an admission that
		// soldiers had fought, saying …" is told in the past, not the perfect of the
		// clause after "that".
		clause := scanWords(d.a.text, claims.Span{Start: u.span.Start, End: at.cue.Start})
		open := len(clause) - 1
		for open > 0 && clause[open-1].text != "," && clause[open-1].text != ";" {
			open--
		}
		for _, cw := range clause[open : len(clause)-1] {
			if w := cw.low; w == "has" || w == "have" || w == "had" {
				t.perfect, t.present = true, w != "had"
				return t
			} else if !cw.cap && pastForm(w) || w == "that" || w == "which" || w == "who" || w == "was" || w == "were" {
				break
			}
		}
	}
	switch aux {
	case "has", "have", "had", "’ve", "'ve", "’s", "'s":
		t.perfect = true
		t.present = aux != "had"
		return t
	case "is", "are", "am", "’re", "'re":
		t.present = true
		return t
	case "to": // "has continued to push for"
		for k := len(before) - 2; k >= 0 && k >= len(before)-4; k-- {
			if w := before[k].low; w == "has" || w == "have" || w == "had" {
				t.perfect, t.present = true, w != "had"
			}
		}
		return t
	case "will", "’ll", "'ll", "shall":
		t.future = true // "will formally announce the result Thursday": not said yet
		return t
	case "would", "could", "may", "might", "can", "did", "does", "do":
		return t
	}
	t.present = !pastForm(first) && !strings.HasSuffix(first, "ing") && first != "according"
	return t
}

// negatedStems are the auxiliaries whose stem before "n't" is not their own form: "won't",
// "can't", "shan't".
var negatedStems = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// habitWords before a cue say a statement is a habit, not an event: "has long argued".
var habitWords = map[string]bool{"long": true, "repeatedly": true, "often": true, "frequently": true, "consistently": true, "always": true, "regularly": true, "routinely": true, "previously": true, "once": true, "sometimes": true}

// pastForm reports whether a cue word is in the past tense.
func pastForm(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "said", "told", "wrote", "thought", "felt", "spoke", "gave", "made", "took", "knew", "saw", "found", "held", "put", "sent", "led", "meant", "brought", "fought", "sought", "stood", "won", "lost", "set", "let", "kept", "left", "got", "came", "went", "became", "began", "drew", "threw", "swore", "forbade", "foresaw", "bade", "laid", "paid", "hit", "cut", "shot", "struck",
		"rode", "met", "ran", "sat", "wore", "drove", "flew", "fell", "rose", "broke", "chose", "shook", "woke", "ate", "beat", "sang", "sold", "bought", "taught", "caught", "heard", "read", "spent", "built", "dealt", "fled", "hid", "bit", "slid":
		return true
	}
	return false
}

// ledeParagraph returns the rank of the lede's paragraph: the first of body text after
// any title or label, a paragraph of one short sentence that tells no past ("Sanders
// ready to take a stand.", "ABSTRACT."); -1 when there is no body text.
func (d *dater) ledeParagraph() int {
	units := d.units
	alone := func(k int) bool {
		return (k == 0 || units[k-1].para != units[k].para) && (k+1 == len(units) || units[k+1].para != units[k].para)
	}
	// A label near the top ("ABSTRACT.", "FULL TEXT.") opens a section of its own: the
	// lede follows the last one.
	start := 0
	for k, u := range units {
		if d.rank[u.para] > 6 {
			break
		}
		if alone(k) && u.span.Len() <= 24 && isLabel(u.span.In(d.a.text)) {
			start = k + 1
		}
	}
	first := -1
	for k := start; k < len(units); k++ {
		u := units[k]
		if u.kind != body {
			continue
		}
		if !alone(k) || u.span.Len() > 150 || d.tellsPast(u) {
			return d.rank[u.para]
		}
		if first < 0 {
			first = d.rank[u.para] // a title or a subtitle
		}
	}
	return first
}

// isLabel reports whether s is a label in capitals: "ABSTRACT.", "FULL TEXT:".
func isLabel(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// tellsPast reports whether a sentence tells of a day gone by, as a lede does and a title
// does not: "The Kremlin said on Wednesday that …".
func (d *dater) tellsPast(u unit) bool {
	for _, e := range findTimes(u.span.In(d.a.text)) {
		if dayExpr(e) {
			return true
		}
	}
	for _, w := range d.a.scanned(u.span) {
		if w.low == "said" || w.low == "told" {
			return true
		}
	}
	return false
}

// above reports whether unit ui stands above the lede: a headline, title or label, which
// sums the article up and places nothing after it.
func (d *dater) above(ui int) bool {
	u := d.units[ui]
	return u.kind == headline || d.lede >= 0 && d.rank[u.para] < d.lede
}

// inLede reports whether statement i stands in the lede, or in a headline or title above
// it.
func (d *dater) inLede(i int) bool {
	ui := d.ats[i].unit
	r := d.rank[d.units[ui].para]
	if e := d.entry[ui]; e >= 0 && r == d.rank[d.units[e].para]+1 {
		return true // the first paragraph of a live blog's entry
	}
	return d.lede >= 0 && r <= d.lede
}

// untimedLede reports whether statement i, with no time of its own, is told in the past
// in a lede paragraph that tells no day ("Sanders will back Clinton, predicted his old rival"): the news
// the article breaks, of its publication day.
func (d *dater) untimedLede(i int) bool {
	u := d.units[d.ats[i].unit]
	if d.ats[i].headline || d.ats[i].nested || d.rank[u.para] != d.lede || d.entry[d.ats[i].unit] >= 0 {
		return false
	}
	if d.own[i].ok {
		return false
	}
	for _, v := range d.units {
		if v.para == u.para && d.tellsOtherDay(v) {
			return false
		}
	}
	return true
}

// tellsOtherDay reports whether a sentence tells a day other than the publication day:
// "The Tennessean first reported the decision earlier Sunday", in a paper of that Sunday,
// leaves the lede's news on it.
func (d *dater) tellsOtherDay(u unit) bool {
	for _, e := range findTimes(u.span.In(d.a.text)) {
		if !dayExpr(e) {
			continue
		}
		if w := e.Resolve(d.pub); d.pub.IsZero() || w.Precision != claims.Day || w.Date != d.pub {
			return true
		}
	}
	return false
}

// ledeNews dates a statement of the lede told in the present or present perfect ("X
// says", "X has denied"): the publication day, unless the next paragraphs place its
// speaker's statement on a day of its own ("X says …. In an interview on Monday, X said
// …").
func (d *dater) ledeNews(i int) bool {
	if !d.inLede(i) || !d.tense(i).present && !(d.ats[i].headline && d.ats[i].cue.IsZero()) && !d.untimedLede(i) {
		return false // a headline with no verb ("Kremlin: talks possible") is news of now
	}
	at := d.ats[i]
	last := d.lede + 2
	for j := i + 1; j < len(d.ats); j++ {
		bt := d.ats[j]
		if d.rank[d.units[bt.unit].para] > last {
			break
		}
		o := d.own[j]
		if !o.ok || o.after || o.e.Kind == timex.Anchored || bt.nested || !sameVoice(bt.speaker, at.speaker) {
			continue
		}
		if w := o.e.Resolve(d.pub); dayOf(w) {
			desc := remarksOf(bt.speaker.Name) + " " + withPrep(o.e.Text)
			if n, ok := d.occasionOf(j); ok && n.noun != "" && n.ref != refAfter {
				desc = "the " + n.noun + " " + withPrep(o.e.Text)
			}
			d.set(i, inherit(w, desc), byOccasion, desc)
			return true
		}
	}
	w := claims.When{Text: "publication day"}
	if d.pub.IsZero() {
		w.Relative = "publication day"
	} else {
		w.Date, w.Precision = d.pub, claims.Day
	}
	d.set(i, w, byLede, "publication day")
	return true
}
