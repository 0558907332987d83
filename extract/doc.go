// Package extract turns a news article into the claims it attributes: who said what, about
// what, and when.
//
// [Extractor.Extract] runs these steps, one file each:
//
//   - layout.go: lines, headers ("date 2022-04-12"), headlines and page furniture
//     (newsletter and donation blocks, credits, related links), which yield no claims;
//   - quotes.go: quotations found on the raw text (curly, straight and angle quotes, and
//     two apostrophes standing for one mark), apostrophes told apart, quotations running
//     across sentences and paragraphs;
//   - attribution.go: reporting cues and the constructions around them, read unit by
//     unit by the analyser, whose analyse names the stages of a unit and whose attribute
//     hands a cue to its construction; each family of constructions has a file of its
//     own, listed below;
//   - nominal.go: reporting nouns after their possessor ("Trump's claim that …");
//   - cuemodel.go: a logistic model over verb stems, learned from the train split of the
//     PolNeAR attribution corpus, that reads a verb in context as a cue the lexicon lacks
//     ("railed against", "expects them to") or a lexicon verb as a cue where its
//     construction fails;
//   - speaker.go: speakers read from tags, capitalised runs, titles and gazetteers;
//     people.go resolves them to one identity in the document (a surname to the full
//     name, "Moscow's top diplomat" to the foreign minister); resolve.go a pronoun to the
//     last speaker, "I" outside a quotation to the document's author;
//   - time.go: the day each statement was made, as a reader places it: its own time words
//     (timeown.go), a relation to another statement or event, the occasion its sentence
//     names (occasion.go), the lede or a live blog's entry (timelede.go), or the scene
//     the article has set (timescene.go), against the publication date when there is one;
//   - stance.go: what each claim is about (a WordNet noun) and its polarity toward it, under
//     negation and modality; proposition.go: its content read as clauses (subject,
//     predicate with negation, modality and tense, objects, terms, a figure with its unit);
//   - response.go: the text's own report that a claim answers another ("denied the
//     report", "contradicting earlier remarks by", "walked back", "But …"), from the
//     WordNet-derived vocabulary of data/responses.txt and the idioms of
//     data/framing.txt, with the writer's own framing ("…, despite the union saying",
//     "…, comments at odds with", "Contrary to what X said, …"); respobject.go reads what
//     is answered as written, and whose it is when the text names its maker by a
//     description or a common noun ("claims by student organisers"); respanswer.go
//     finds the claims that carry it; respnarration.go reads the clashes the writer
//     narrates ("His comments contradicted …", "Two outlets gave conflicting versions",
//     "Police gave sharply different figures", a third party's "the prime minister's own
//     spokesman contradicted him"). A verb of answering with a named subject is also a
//     claim of its own ("Okafor walked back her forecast", "climbed down"), read by cue.go.
//
// The constructions of the attribution step live one family to a file, each with its
// table tests in the matching _test.go (cue_test.go, subject_test.go, …):
//
//   - cue.go: reporting cues from an embedded lexicon with every inflection, states of
//     mind ("was adamant that"), and the words that make a cue none ("called off");
//   - subject.go: the subject before a cue ("X said"), over asides and appositions;
//   - content.go: what was said after the cue, its hearer, dates and occasions
//     ("X accused Y of", denials);
//   - quotation.go: quotations before and after their cue, tags, signed quotations, a
//     quotation that continues the last speaker;
//   - inverted.go: inverted and closing speakers ("…, said the minister", "…, the
//     Kremlin said");
//   - according.go: "according to X", "as reported by X", "as X put it", "X's position
//     is that", "In his opinion, …", findings "in a YouGov poll";
//   - participle.go: participles of saying and "with" phrases ("…, saying", "with X
//     warning that", "footage of X saying");
//   - relative.go: relative clauses ("Smith, who said", "terms that Moscow deemed …");
//   - title.go: headlines ending "– Kremlin", titles opening "X on Y:" or set in title
//     case ("Klopp Warns Players Against …"), transcript and speaker lines, an interview's "Q:" and "A:" lines, datelines;
//   - passive.go: passives with their agent ("was criticised by");
//   - reported.go: reports of reports ("X reported that Y said", "Y was quoted by X as
//     saying", "in an interview with X, Y said"): Y speaks, X is the claim's channel;
//   - resolve.go: a phrase read as a cue's speaker, pronouns resolved against the
//     speakers met, and a person the lede gives by role and body named by the next
//     paragraph ("Brightwell's chief executive said …. Neil Cartwright said");
//   - bodies.go: common nouns for a body ("the firm", "the party") resolved to the body
//     in focus, and an unnamed spokesman or statement speaking for the body its sentence
//     or paragraph names;
//   - phrase.go: the noun-phrase and clause boundaries the families share.
//
// prose is reached only through extract/internal/nlp, and only for sentences that may hold a
// claim. Word lists and the cue model's weights are embedded text files in data/, each
// saying where it comes from.
package extract
