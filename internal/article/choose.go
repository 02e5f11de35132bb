package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The chooser between trafilatura's and readability's bodies. Trafilatura
// is the better extractor on most pages; readability wins in two shapes
// that the bodies themselves show:
//
//   - readability's body is (nearly) contained in trafilatura's, which has
//     clearly more: the extra is page furniture (related links, captions,
//     bylines) that trafilatura kept and readability's density scoring cut;
//   - trafilatura's body is contained in readability's, which is clearly
//     longer, and what readability adds is mostly prose paragraphs (long,
//     ending in sentence punctuation): trafilatura stopped early inside the
//     article.
//
// Measured on the 181-page benchmark: trafilatura alone F1 0.963,
// readability alone 0.952, this chooser 0.970 (docs/extraction.md).
const (
	subsetShare      = 0.97 // share of the smaller body's shingles found in the larger
	furnitureAtMost  = 0.5  // readability's body at least this share of trafilatura's: the rest is furniture
	furnitureShare   = 0.90 // trafilatura's shingles found in readability's, at most
	longerFactor     = 1.3  // readability this many times longer...
	proseExtraShare  = 0.5  // ...with at least this share of its extra paragraphs prose
	proseParagraphLn = 15   // words in a prose paragraph, at least

	productProseShare = 0.05 // share of prose in what readability adds on a product's page, at least
)

func chooseBody(traf, read string, signs kindSigns) string {
	product := signs.product && !signs.article
	switch {
	case strings.TrimSpace(traf) == "":
		return read
	case strings.TrimSpace(read) == "":
		return traf
	}
	st, sr := shingleSet(traf), shingleSet(read)
	shared := 0
	for s, n := range st {
		shared += min(n, sr[s])
	}
	nt, nr := total(st), total(sr)
	tInR := float64(shared) / float64(max(nt, 1))
	rInT := float64(shared) / float64(max(nr, 1))
	if signs.article && rInT >= subsetShare && tInR <= furnitureShare && float64(nr) >= furnitureAtMost*float64(nt) {
		return read
	}
	if tInR >= 0.95 && float64(nr) >= longerFactor*float64(nt) && proseShare(read, traf) >= proseExtraShare {
		return read
	}
	// More than twice the words: trafilatura kept one block of a page
	// whose main content readability found whole (a thread of posts, a
	// grid of items, a page of sections). go-trafilatura's own fallback
	// takes the longer body on the same test.
	//
	// On a shop's page of one product the longer body is often the whole
	// column around the description — prices in every currency, options,
	// related items — and is taken only when some of what it adds is prose.
	if countWords(read) > 2*countWords(traf) && (!product || proseShare(read, traf) >= productProseShare) {
		return read
	}
	return traf
}

// proseShare is the share of body's paragraphs absent from other that read
// as prose.
func proseShare(body, other string) float64 {
	otherWords := " " + strings.Join(words(other), " ") + " "
	extra, prose := 0, 0
	for _, p := range strings.Split(body, "\n") {
		w := words(p)
		if len(w) == 0 || strings.Contains(otherWords, " "+strings.Join(w, " ")+" ") {
			continue
		}
		extra++
		if len(w) >= proseParagraphLn && endsSentence(p) {
			prose++
		}
	}
	if extra == 0 {
		return 0
	}
	return float64(prose) / float64(extra)
}

func endsSentence(p string) bool {
	p = strings.TrimRight(p, " \t")
	if p == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune(".!?\"”’)", r)
}

// words gives the lowercase word tokens of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingleSet counts the 4-word shingles of s.
func shingleSet(s string) map[string]int {
	w := words(s)
	out := make(map[string]int, len(w))
	for i := 0; i+4 <= len(w); i++ {
		out[w[i]+" "+w[i+1]+" "+w[i+2]+" "+w[i+3]]++
	}
	return out
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// When trafilatura's body shows neither shape the chooser prefers
// readability in, readability is not run: it costs a fifth of a page's
// extraction and changes the choice on few pages (10 of the 181 benchmark
// pages). The shapes, looser than the chooser's own tests so that a body it
// would replace is always checked:
const (
	shortBodyWords      = 150 // a short body: one furniture line is a large share of it
	nonProseWordShare   = 0.2 // words in paragraphs that are not prose: likely furniture
	paragraphTextFactor = 1.3 // the page's <p> text this many times the body: stopped early
)

// needsReadability reports whether readability's body could be chosen over
// traf: traf is short, carries many words outside prose paragraphs
// (furniture readability may have cut), or holds clearly fewer words than
// the page's paragraphs (trafilatura may have stopped early).
func needsReadability(traf string, paragraphWords int) bool {
	total, nonProse := 0, 0
	for p := range strings.SplitSeq(traf, "\n\n") {
		w := countWords(p)
		total += w
		if w < proseParagraphLn || !endsSentence(p) {
			nonProse += w
		}
	}
	return total < shortBodyWords ||
		float64(nonProse) >= nonProseWordShare*float64(total) ||
		float64(paragraphWords) >= paragraphTextFactor*float64(total)
}
