// Package dedup finds copies among article bodies: the same wire story
// syndicated verbatim, trimmed, re-wrapped in other page furniture, spun
// by a content farm (words swapped for synonyms, names mangled, sentences
// reordered), or reworded by hand (nearly every word swapped, sentences
// split and merged, paragraphs dropped).
//
// It takes bodies (already cleaned by package article) and gives, for each
// body added to an Index, the id of the earliest indexed body it copies.
// Four stages decide:
//
//   - exact: a hash of the normalised word sequence;
//   - near: MinHash over 5-word shingles in 14 bands of 8 rows, candidates
//     verified by estimated Jaccard similarity or, for a trimmed copy, by the
//     share of its shingles found in the longer body;
//   - reworded: MinHash over facts (ordered pairs of neighbouring content
//     words, numbers, character n-grams of names) in 21 bands of 3 rows,
//     verified the same way, so a spun copy still meets its source while
//     another story about the same meeting, sharing names and dates but not
//     wording, does not;
//   - rewritten: MinHash over ordered pairs of names and numbers (the last
//     word of each capitalised run, every number) in 12 bands of 2 rows,
//     verified together with the pairs that join two sentences, so a copy
//     whose every common word was swapped still meets its source while a
//     story sharing its event, or a sentence or two, does not.
//
// Sign is pure and can run on every core; an Index is fed in order from one
// goroutine with AddSigned. Signatures marshal to a fixed-size []byte so a
// store can keep them and rebuild an Index after a restart.
package dedup
