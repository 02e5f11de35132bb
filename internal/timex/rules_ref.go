package timex

import (
	_ "embed"
	"strings"
	"time"
)

// Ref says that an expression names the present, the past or the future
// as a whole rather than a period of the calendar: "now", "currently",
// "recently", "in the past", "soon", "in the near future" (TimeML's
// PRESENT_REF, PAST_REF and FUTURE_REF). News writes them often; they
// place what a sentence tells before, at or after the story's day, but
// they date nothing.
type Ref string

const (
	RefNone    Ref = ""
	RefPresent Ref = "present" // now, currently, these days: the reference day
	RefPast    Ref = "past"    // recently, in the past: the days before it
	RefFuture  Ref = "future"  // soon, in the near future: the days after it
)

// The open ends of the past and the future: the first and last day a
// Value can name.
var (
	openPast   = date(1, 1, 1)
	openFuture = date(9999, 12, 31)
)

// refValue is the days a reference names, seen from the reference day
// ref: that day for the present, all days before it for the past, all
// days after it for the future. The past and future have no end the text
// gives, so their values are open (grain range).
func refValue(ref time.Time, r Ref) Value {
	switch r {
	case RefPast:
		return Value{Start: openPast, End: ref.AddDate(0, 0, -1), Grain: GrainRange}
	case RefFuture:
		return Value{Start: ref.AddDate(0, 0, 1), End: openFuture, Grain: GrainRange}
	}
	return dayValue(ref)
}

//go:embed data/refs.tsv
var refsFile string

// refPhrase is one line of data/refs.tsv.
type refPhrase struct {
	words []string
	ref   Ref
	shape string // word, adj, noun or soon
}

// refPhrases holds the phrases of data/refs.tsv by their first word.
var refPhrases = loadRefs(refsFile)

func loadRefs(data string) map[string][]refPhrase {
	out := map[string][]refPhrase{}
	for _, f := range tsvRows(data, 3) {
		words := strings.Fields(strings.ToLower(f[0]))
		if len(words) == 0 {
			continue
		}
		out[words[0]] = append(out[words[0]], refPhrase{words: words, ref: Ref(f[1]), shape: f[2]})
	}
	return out
}

// functionWords may follow a noun-shaped reference that ends its phrase:
// "in the past it considered", "in the future, when".
var functionWords = setOf("it", "he", "she", "they", "we", "i", "you", "that", "and", "or", "but", "the", "a", "an",
	"to", "is", "was", "were", "are", "has", "have", "had", "will", "would", "when", "as", "with", "in", "on", "at",
	"for", "by", "this", "there", "than", "because", "if", "so")

// ruleRef reads the words of data/refs.tsv where they stand as times (see
// their shapes there). Only FindInSentence looks for them.
func ruleRef(p *parser, i int) (match, bool) {
	if !p.refs {
		return match{}, false
	}
	var best refPhrase
	n := 0
	for _, ph := range refPhrases[p.tok(i).text] {
		if len(ph.words) > n && p.words(i, ph.words) && p.refFits(i, len(ph.words), ph.shape) {
			best, n = ph, len(ph.words)
		}
	}
	if n == 0 {
		return match{}, false
	}
	return match{n: n, v: refValue(p.ref, best.ref), ref: best.ref}, true
}

// words reports whether the tokens from i are ws, one word each.
func (p *parser) words(i int, ws []string) bool {
	for k, w := range ws {
		if !p.is(i+k, w) {
			return false
		}
	}
	return true
}

// refFits reports whether the n tokens from i stand as a time of the
// given shape.
func (p *parser) refFits(i, n int, shape string) bool {
	next := p.tok(i + n)
	nextWord := next.digits == 0 && isLetterWord(next.text) && p.tok(i+n).space
	switch shape {
	case "adj":
		// "current prices", "a recent sale", "the current four flights";
		// not "the current-account deficit", "the current account".
		if next.isNum() {
			return true
		}
		return nextWord && !next.upper() && !p.is(i+n, "account", "accounts", "affairs")
	case "noun":
		if !p.is(i-1, "in", "over", "for", "into", "through") {
			return false
		}
		return !nextWord || functionWords[next.text]
	case "soon":
		return !p.is(i-1, "as", "so", "too", "how") && !p.is(i+n, "after", "before", "afterward", "afterwards", "thereafter", "as")
	}
	return true
}
