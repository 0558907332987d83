// Package ingest reads documents from text files, web pages, folders, JSON Lines files and
// standard input, and turns them into [claims.Document] values.
//
// A [Reader] streams one [Item] per document: either the document or an [*Error] naming it
// (the file path, or path:line for JSON Lines). A bad document never stops the others. A
// document read twice with the same ID and text is skipped the second time; the same ID with
// another text is an error.
//
// Inputs:
//
//   - A folder is walked recursively in lexical order, first for its *.jsonl files, then for
//     its *.txt, *.html and *.htm files; other files are ignored, as are files and folders
//     whose names start with ".". JSON Lines come first so that a document found in both
//     forms keeps the metadata of its JSON record; the text file is then a repeat, skipped.
//   - A file named *.jsonl holds one JSON object a line: "id" and "text" are required;
//     "published" (YYYY-MM-DD), "source", "title" and "url" are optional. Blank lines are
//     skipped.
//   - A file named *.html or *.htm is one web page, read by [ParseHTML]: its article text
//     without the page's furniture, and its title, site name, canonical URL and publication
//     date from its metadata. A file not named *.txt is a web page too when it opens with
//     "<!DOCTYPE html" or "<html".
//   - Any other file is one text document. A page's or a text's ID is the file's base name,
//     or, for a file found by walking a folder, its path below that folder
//     ("sport/001.txt"). A text may open with header lines: "date YYYY-MM-DD", "source NAME", "title TITLE", "url URL" (keys in any
//     case, optionally followed by ":"). A date header may also share its line with the first
//     sentence (" date 2022-04-12 Russian Foreign Minister ...").
//   - "-" is standard input, read as JSON Lines when its first non-space byte is "{", as a
//     web page when it opens like one, and as one text document otherwise; a page or text
//     has ID "stdin", and errors name it "stdin".
//
// A text document's Text is the whole file as read, header lines included, so every byte
// offset into Text is an offset into the file on disk. The header only sets Published,
// Source, Title and URL. A web page's Text is the text extracted from it, so offsets index
// into that text, which ParseHTML gives again from the same page.
package ingest
