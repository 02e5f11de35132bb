package coder

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck): a scare
// quote inside a noun phrase that goes on with "of".

// nounPhraseQuote reports a quotation (marks at i and j) inside a noun
// phrase that goes on with "of": a determiner before the opening mark and
// "of" after the closing one ("ordered the “immediate suspension” of a
// deal"). The marks say whose words these are; the phrase, and the clause,
// run on through them (quoted18.go).
func nounPhraseQuote(toks []token, i, j int) bool {
	return i > 0 && determiners[toks[i-1].lower] && j+1 < len(toks) && toks[j+1].lower == "of"
}
