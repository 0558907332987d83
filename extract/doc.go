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
//   - attribution.go: reporting cues from an embedded lexicon with every inflection, and
//     the constructions around them (speaker first, quotation first, "according to X",
//     "X accused Y of", denials, passives with their agent, headlines ending "– Kremlin",
//     opening "X on Y:" or set in title case ("Klopp Warns Players Against …"), statements
//     nested in another, continuations);
//   - nominal.go: reporting nouns after their possessor ("Trump's claim that …");
//   - cuemodel.go: a logistic model over verb stems, learned from the train split of the
//     PolNeAR attribution corpus, that reads a verb in context as a cue the lexicon lacks
//     ("railed against", "expects them to") or a lexicon verb as a cue where its
//     construction fails;
//   - speaker.go: speakers read from tags, capitalised runs, titles and gazetteers, resolved
//     to one identity in the document (a surname to the full name, "Moscow's top diplomat"
//     to the foreign minister, a pronoun to the last speaker, "I" outside a quotation to
//     the document's author);
//   - time.go: the day each statement was made, from its own time words, its host's, or the
//     report's main event, against the publication date when there is one;
//   - stance.go: what each claim is about (a WordNet noun) and its polarity toward it, under
//     negation and modality, with what it predicates of it.
//
// prose is reached only through extract/internal/nlp, and only for sentences that may hold a
// claim. Word lists and the cue model's weights are embedded text files in data/, each
// saying where it comes from.
package extract
