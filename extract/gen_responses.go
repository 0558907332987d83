//go:build ignore

// Gen_responses writes data/responses.txt, the words by which news says that one statement
// answers another: contradicts, denies, rejects, corrects, retracts, reverses, maintains or
// agrees with it. It reads WordNet 3.0 as installed by Debian's wordnet-base package and
// starts from the senses listed in seeds below: each seed's synset gives its synonyms and
// the nouns derived from its words in that sense ("denial" from "deny"). Troponyms are
// left out: under "agree" they run to "settle" and "arrange", under "reverse" to "turn". Words that news does not use in that sense are left
// out by a count over real news: a form must occur in the BBC corpus or the PolNeAR train
// split at ../shared/corpora, when they are present.
//
// Usage:
//
//	go run gen_responses.go [-dict /usr/share/wordnet] [-corpora ../../shared/corpora] [-o data/responses.txt]
//
// The output is sorted and deterministic for the same WordNet and corpora.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var (
	dict    = flag.String("dict", "/usr/share/wordnet", "directory of the WordNet 3.0 database files")
	corpora = flag.String("corpora", "../../shared/corpora", "folder of the BBC and PolNeAR corpora, for the usage count")
	out     = flag.String("o", "data/responses.txt", "output file")
)

// seeds are WordNet senses, "lemma.pos.n" with n the sense number in WordNet's index
// order, chosen for their glosses: the sense in which a statement answers another.
var seeds = map[string][]string{
	"contradicts": {
		"contradict.v.1", // be in contradiction with
		"contradict.v.2", // deny the truth of
		"contradict.v.3", // be resistant to
		"challenge.v.1",  // take exception to ("she challenged his claims")
		"question.v.1",   // challenge the accuracy, probity, or propriety of
		"counter.v.1",    // speak in response
		"disagree.v.1",   // be of different opinions
		"contradiction.n.3",
		"rejoinder.n.1", // a quick reply to a remark
	},
	"denies": {
		"deny.v.1",      // declare untrue; contradict
		"deny.v.7",      // refuse to recognize or acknowledge
		"refute.v.1",    // overthrow by argument, evidence, or proof
		"refute.v.2",    // prove to be false or incorrect
		"repudiate.v.4", // reject as untrue, unfounded, or unjust
		"disavow.v.1",
		"denial.n.2", // the act of asserting that something alleged is not true
		"rebut.v.1",  // overthrow by argument ("refute, rebut")
	},
	"rejects": {
		"reject.v.1",  // refuse to accept or acknowledge
		"reject.v.3",  // disapprove, reject
		"reject.v.4",  // reject with contempt
		"reject.v.7",  // rule out, eliminate
		"dismiss.v.1", // bar from attention or consideration
		"rebuff.v.1",
		"rule_out.v.1", // dismiss from consideration
		"brush_off.v.1",
		"shrug_off.v.1", // minimize the importance of
		"spurn.v.1",
	},
	"corrects": {
		"correct.v.1",       // make right or correct
		"clarify.v.1",       // make clear and (more) comprehensible
		"misquote.v.1",      // quote incorrectly
		"misinterpret.v.2",  // interpret wrongly
		"misinterpret.v.3",  // misconstrue, misunderstand
		"misrepresent.v.1",  // represent falsely
		"mistranslate.v.1",  // translate incorrectly
		"misquotation.n.1",  // an incorrect quotation
		"clarification.n.1", // an interpretation that removes obstacles to understanding
	},
	"retracts": {
		"retract.v.1",   // formally reject or disavow a formerly held belief
		"withdraw.v.5",  // take back what one has said
		"backpedal.v.3", // modify one's opinion, make it less strong
		"withdrawal.n.2",
		"backdown.n.1", // a retraction of a previously held position
	},
	"reverses": {
		"reverse.v.1",    // change to the contrary
		"about-face.v.2", // change one's mind and assume the opposite viewpoint
		"reversal.n.4",   // a decision to reverse an earlier decision
		"reversal.n.8",   // a major change in attitude or principle or point of view
		"u-turn.n.1",
		"backtrack.v.1",
		"back_down.v.2", // remove oneself from an obligation
		"flip-flop.n.1", // a decision to reverse an earlier decision
		"climb-down.n.1",
	},
	"maintains": {
		"reaffirm.v.1",
		"maintain.v.4", // state categorically
		"maintain.v.8", // state or assert ("he maintained his innocence")
		"insist.v.1",   // be emphatic or resolute and refuse to budge
		"insist.v.3",   // assert to be true
		"reiterate.v.1",
	},
	// false: words that call a statement untrue; said of a remark, they deny it ("the
	// report is untrue", "dismissed the claims as nonsense", "he is lying").
	"false": {
		"false.a.1",      // not in accordance with the fact or reality
		"false.a.2",      // arising from error
		"untrue.a.1",     // not according with the facts
		"incorrect.a.1",  // not in conformity with fact or truth
		"inaccurate.a.1", // not exact
		"baseless.a.1",   // without a basis in reason or fact
		"misleading.a.1", // designed to deceive or mislead
		"absurd.a.2",     // incongruous; inviting ridicule
		"nonsense.n.1",   // a message that seems to convey no meaning
		"rubbish.n.2",    // nonsensical talk or writing
		"lie.n.1",        // a statement that deviates from or perverts the truth
		"lie.v.5",        // tell an untruth
		"falsehood.n.1",  // a false statement
		"fabrication.n.1",
		"fabrication.n.5", // the deliberate act of deviating from the truth
		"smear.n.1",       // slanderous defamation
	},
	"agrees": {
		"agree.v.1", // be in accord
		"echo.v.1",  // to say again or imitate
		"echo.v.3",  // call to mind
		"endorse.v.1",
		"endorse.v.2",
	},
}

// polysemous are words of the seed synsets that news uses mostly in another sense: "hold"
// a meeting, "recall" an ambassador, "turn" a corner, "return" home. They are left out.
var polysemous = map[string]bool{
	"hold": true, "recall": true, "second": true, "concord": true, "plump for": true, "return": true,
	"comeback": true, "illumination": true, "right": true, "clear up": true, "eliminate": true,
	"preclude": true, "repel": true, "close out": true, "ignore": true, "swallow": true, "turn": true,
	"turn back": true, "pull out": true, "bow out": true, "denier": true, "endorser": true, "retell": true,
	"disregard": true, "policy change": true, "counter.n": true, "question.n": true, "reverse.n": true,
	"reject.n": true, "idle": true, "wild": true, "unwarranted": true, "bunk": true, "trash": true,
	"scrap": true, "tripe": true, "fable": true, "fiction": true, "off": true, "sour": true,
	"away": true, "outside": true, "wide": true, "unfaithful": true, "faulty": true, "foolish": true,
}

// regularVerbs keep the regular past in the sense the seeds take: "lie", to tell an
// untruth, is "lied", not "lay".
var regularVerbs = map[string]bool{"lie": true}

// pastOnly lists verbs whose base and third-person forms news uses mostly in another
// sense: "the answer lies in", but "he lied", "she is lying".
var pastOnly = map[string]bool{"lie": true}

type synset struct {
	words []string
	ptrs  []pointer
}

type pointer struct {
	sym    string
	offset string
	pos    byte
	src    int // 1-based word number in the source synset, 0 for the whole synset
	dst    int
}

func main() {
	flag.Parse()
	data := map[byte]map[string]*synset{}
	index := map[byte]map[string][]string{}
	for _, p := range []struct {
		c    byte
		name string
	}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}} {
		data[p.c] = readData(filepath.Join(*dict, "data."+p.name))
		index[p.c] = readIndex(filepath.Join(*dict, "index."+p.name))
	}
	exc := readExceptions(filepath.Join(*dict, "verb.exc"))

	type entry struct {
		relation, lemma string
		pos             byte
	}
	var entries []entry
	seen := map[[2]string]string{}
	add := func(rel, lemma string, pos byte) {
		k := [2]string{lemma, string(pos)}
		if old, ok := seen[k]; ok {
			if old != rel {
				log.Printf("%s (%c) is in both %s and %s: kept in %s", lemma, pos, old, rel, old)
			}
			return
		}
		seen[k] = rel
		entries = append(entries, entry{rel, lemma, pos})
	}
	rels := make([]string, 0, len(seeds))
	for r := range seeds {
		rels = append(rels, r)
	}
	slices.Sort(rels)
	for _, rel := range rels {
		for _, seed := range seeds[rel] {
			parts := strings.Split(seed, ".")
			lemma, pos := parts[0], parts[1][0]
			n, err := strconv.Atoi(parts[2])
			if err != nil {
				log.Fatalf("seed %s: %v", seed, err)
			}
			offs := index[pos][lemma]
			if n < 1 || n > len(offs) {
				log.Fatalf("seed %s: %s has %d senses", seed, lemma, len(offs))
			}
			ss := data[pos][offs[n-1]]
			wordNo := slices.Index(ss.words, lemma) + 1
			for _, w := range ss.words {
				add(rel, w, pos)
			}
			for _, p := range ss.ptrs {
				switch {
				case p.sym == "&" && pos == 'a': // adjectives one similar-to step away
					for _, w := range data['a'][p.offset].words {
						add(rel, w, 'a')
					}
				case p.sym == "+" && p.pos == 'n' && (p.src == 0 || p.src == wordNo): // derived nouns
					t := data['n'][p.offset]
					if p.dst > 0 && p.dst <= len(t.words) {
						add(rel, t.words[p.dst-1], 'n')
					}
				}
			}
		}
	}

	counts := countForms(*corpora)
	w, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `# Code generated by gen_responses.go; DO NOT EDIT.
# Response words: how news says that one statement answers another.
# Provenance: WordNet 3.0 (Princeton University; licence in internal/wordnet/LICENSE-WordNet),
# from the senses listed in gen_responses.go with their synonyms, troponyms and derived
# nouns, kept when a form occurs in the BBC News corpus (Greene and Cunningham 2006) or the
# PolNeAR train split (Newell, Margolin and Ruths 2018); no text of either is kept.
#
# Format: relation | lemma | pos (v, n or a) | forms
`)
	slices.SortFunc(entries, func(a, b entry) int {
		return strings.Compare(a.relation+"\x00"+a.lemma+"\x00"+string(a.pos), b.relation+"\x00"+b.lemma+"\x00"+string(b.pos))
	})
	kept := 0
	for _, e := range entries {
		lemma := strings.ReplaceAll(e.lemma, "_", " ")
		var forms []string
		switch e.pos {
		case 'v':
			forms = verbForms(lemma, exc)
			if pastOnly[lemma] {
				forms = slices.DeleteFunc(forms, func(f string) bool { return f == lemma || f == lemma+"s" })
			}
		case 'n':
			forms = nounForms(lemma)
		default:
			forms = []string{lemma}
		}
		if polysemous[lemma] || polysemous[lemma+"."+string(e.pos)] {
			continue
		}
		if counts != nil {
			used := false
			for _, f := range forms {
				if counts[f] > 0 {
					used = true
				}
			}
			if !used {
				continue
			}
		}
		kept++
		fmt.Fprintf(bw, "%s | %s | %c | %s\n", e.relation, lemma, e.pos, strings.Join(forms, ", "))
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d of %d words written to %s", kept, len(entries), *out)
}

// eachLine calls fn with each line of the file at path, and stops the program on an error.
func eachLine(path string, fn func(line string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

func readData(path string) map[string]*synset {
	out := map[string]*synset{}
	eachLine(path, func(line string) {
		if strings.HasPrefix(line, "  ") {
			return // the licence
		}
		fields := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		nw, _ := strconv.ParseInt(fields[3], 16, 32)
		ss := &synset{}
		i := 4
		for range nw {
			w := strings.ToLower(fields[i])
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k] // adjective markers
			}
			ss.words = append(ss.words, w)
			i += 2
		}
		np, _ := strconv.Atoi(fields[i])
		i++
		for range np {
			st, _ := strconv.ParseInt(fields[i+3], 16, 32)
			ss.ptrs = append(ss.ptrs, pointer{sym: fields[i], offset: fields[i+1], pos: fields[i+2][0], src: int(st >> 8), dst: int(st & 0xff)})
			i += 4
		}
		out[fields[0]] = ss
	})
	return out
}

func readIndex(path string) map[string][]string {
	out := map[string][]string{}
	eachLine(path, func(line string) {
		if strings.HasPrefix(line, "  ") {
			return // the licence
		}
		fields := strings.Fields(line)
		nSyn, _ := strconv.Atoi(fields[2])
		nPtr, _ := strconv.Atoi(fields[3])
		offs := fields[4+nPtr+2:]
		out[fields[0]] = offs[:nSyn]
	})
	return out
}

// readExceptions maps a verb's base form to its irregular forms.
func readExceptions(path string) map[string][]string {
	out := map[string][]string{}
	eachLine(path, func(line string) {
		fields := strings.Fields(line)
		for _, base := range fields[1:] {
			out[base] = append(out[base], fields[0])
		}
	})
	return out
}

// verbForms inflects the first word of a verb: "walk back" gives "walks back", "walked
// back", "walking back".
func verbForms(lemma string, exc map[string][]string) []string {
	head, rest, _ := strings.Cut(lemma, " ")
	if rest != "" {
		rest = " " + rest
	}
	irregular := exc[head]
	if regularVerbs[head] {
		irregular = nil
	} else if irregular == nil {
		// A prefixed irregular verb: "misunderstand" as "stand", the longest base first.
		best := ""
		for base := range exc {
			if len(base) >= 3 && len(base) > len(best) && strings.HasSuffix(head, base) && len(head)-len(base) >= 2 {
				best = base
			}
		}
		for _, p := range exc[best] {
			irregular = append(irregular, head[:len(head)-len(best)]+p)
		}
	}
	var s, ed, ing string
	switch {
	case strings.HasSuffix(head, "ee"):
		s, ed, ing = head+"s", head+"d", head+"ing"
	case strings.HasSuffix(head, "ie"):
		s, ed, ing = head+"s", head+"d", head[:len(head)-2]+"ying"
	case strings.HasSuffix(head, "o"):
		s, ed, ing = head+"es", head+"ed", head+"ing"
	case strings.HasSuffix(head, "e"):
		s, ed, ing = head+"s", head+"d", head[:len(head)-1]+"ing"
	case strings.HasSuffix(head, "y") && !strings.ContainsAny(head[len(head)-2:len(head)-1], "aeiou"):
		s, ed, ing = head[:len(head)-1]+"ies", head[:len(head)-1]+"ied", head+"ing"
	case strings.HasSuffix(head, "s") || strings.HasSuffix(head, "sh") || strings.HasSuffix(head, "ch") || strings.HasSuffix(head, "x"):
		s, ed, ing = head+"es", head+"ed", head+"ing"
	case doubles(head):
		last := head[len(head)-1:]
		s, ed, ing = head+"s", head+last+"ed", head+last+"ing"
	default:
		s, ed, ing = head+"s", head+"ed", head+"ing"
	}
	if strings.HasSuffix(head, "read") {
		ed = head // "misread", whose past is spelt as its base
	}
	forms := []string{head, s}
	for _, f := range irregular {
		switch {
		case strings.HasSuffix(f, "ing"):
			ing = ""
		default:
			ed = ""
		}
	}
	for _, f := range []string{ed, ing} {
		if f != "" {
			forms = append(forms, f)
		}
	}
	forms = append(forms, irregular...)
	for i := range forms {
		forms[i] += rest
	}
	slices.Sort(forms)
	return slices.Compact(forms)
}

// doubles reports whether a verb doubles its last consonant: one syllable ending in one
// vowel and one consonant ("rebut" too, stressed last).
func doubles(w string) bool {
	n := len(w)
	if n < 3 || strings.ContainsAny(w[n-1:], "aeiouwxy") || !strings.ContainsAny(w[n-2:n-1], "aeiou") || strings.ContainsAny(w[n-3:n-2], "aeiou") {
		return false
	}
	vowels := 0
	for _, r := range w {
		if strings.ContainsRune("aeiou", r) {
			vowels++
		}
	}
	return vowels == 1 || strings.HasSuffix(w, "but")
}

func nounForms(lemma string) []string {
	forms := []string{lemma}
	switch {
	case strings.HasSuffix(lemma, "o"):
		forms = append(forms, lemma+"es")
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "x"):
		forms = append(forms, lemma+"es")
	case strings.HasSuffix(lemma, "y") && !strings.ContainsAny(lemma[len(lemma)-2:len(lemma)-1], "aeiou"):
		forms = append(forms, lemma[:len(lemma)-1]+"ies")
	default:
		forms = append(forms, lemma+"s")
	}
	return forms
}

var wordRE = regexp.MustCompile(`[a-z]+(?:[-'][a-z]+)*`)

// countForms counts, over the corpora's texts, each word and each pair of words, in lower
// case. It returns nil when the corpora are absent.
func countForms(dir string) map[string]int {
	var roots []string
	for _, r := range []string{"bbc", "polnear/train/text"} {
		if fi, err := os.Stat(filepath.Join(dir, r)); err == nil && fi.IsDir() {
			roots = append(roots, filepath.Join(dir, r))
		}
	}
	if len(roots) == 0 {
		log.Printf("no corpora under %s: every word is kept", dir)
		return nil
	}
	counts := map[string]int{}
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			ws := wordRE.FindAllString(strings.ToLower(string(b)), -1)
			for i, w := range ws {
				counts[w]++
				if i+1 < len(ws) {
					counts[w+" "+ws[i+1]]++
				}
			}
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	return counts
}
