package coder

// Rules of the eighteenth pass (stop 36, wrong type) on scare quotes: a
// few words of a sentence put in quotation marks while the sentence runs
// on. News quotes the word a leader chose inside the phrase that tells
// the act: "had a “very good” telephone call with Lula", "rejected
// “incomprehensible” US comments", "has repudiated “economic coercion”
// after the ambassador warned ...". The marks say whose words they are;
// they do not end the phrase or the clause, and a reader reads through
// them. Set aside, the verb before still gives the act its tense, the
// country after the quoted adjective is still the one whose comments are
// rejected, and the clause after the quotation is read as a clause.
// Speech keeps its marks: a quotation that opens the sentence, holds
// punctuation or a capital, runs longer than maxScareQuote words, or is
// followed by punctuation, a word that ends the phrase ("to", "and",
// "is") or a participle ("a “political killing” planned in advance":
// the quotation is the subject of what follows).

// maxScareQuote is the most words a scare quote holds ("very good",
// "full and comprehensive"); a longer quotation is speech.
const maxScareQuote = 4

// scareQuoteEnds are the words after a quotation that show it is a quoted
// predicate or speech ("called it “unacceptable” and", "would “respond
// decisively” to"), not words the phrase runs on from.
var scareQuoteEnds = map[string]bool{
	"to": true, "of": true, "for": true, "and": true, "or": true, "but": true, "by": true, "with": true,
	"in": true, "on": true, "at": true, "from": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
}

// unquoteScareQuotes returns the tokens of a sentence without the marks
// of each scare quote.
func unquoteScareQuotes(toks []token) []token {
	var drop []int
	for i := 1; i < len(toks); i++ {
		if !isQuoteMark(toks[i].lower) || toks[i-1].punct {
			continue
		}
		if j := scareQuoteEnd(toks, i); j > 0 {
			drop = append(drop, i, j)
			i = j
		}
	}
	if len(drop) == 0 {
		return toks
	}
	out := make([]token, 0, len(toks)-len(drop))
	for i, t := range toks {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		out = append(out, t)
	}
	return out
}

// participleAfter reports a participle after the quotation: the quoted
// words are the subject of what follows ("a “political killing” planned in
// advance", "the “unusual and extraordinary threat” imposed on").
func participleAfter(w string) bool {
	return pastForm(w) || irregularParticiples[w]
}

// scareQuoteEnd returns the closing mark of the scare quote that opens at
// token i, or 0: one to maxScareQuote lower-case words, then a word the
// sentence runs on with.
func scareQuoteEnd(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+maxScareQuote+1; j++ {
		if isQuoteMark(toks[j].lower) {
			if j == i+1 || j+1 >= len(toks) || toks[j+1].punct || scareQuoteEnds[toks[j+1].lower] && !nounPhraseQuote(toks, i, j) || participleAfter(toks[j+1].lower) {
				return 0
			}
			return j
		}
		if toks[j].punct && toks[j].lower != "-" || !isLowerWord(toks[j].text) {
			return 0
		}
	}
	return 0
}
