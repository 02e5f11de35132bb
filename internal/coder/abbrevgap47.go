package coder

// Stop 47 (groups cp, cq): the period of an abbreviation inside a name.
//
// A cue's gap never crosses punctuation, so that "Turkey threatened. Greece
// agreed" is two acts. The sentence splitter has already cut the text at
// its sentence ends, though, so a period glued to a word and followed by
// another word of the same sentence closes an abbreviation of a name or
// title ("Foreign Affairs Sec. Teodoro Locsin Jr. for", "Gen. Smith"):
// it is part of the name, and a gap runs over it without counting it.

// abbreviationPeriod reports a period token k glued to the word before it
// with a word after it in the same sentence.
func abbreviationPeriod(toks []token, k int) bool {
	if k <= 0 || k+1 >= len(toks) || toks[k].lower != "." {
		return false
	}
	prev := toks[k-1]
	return !prev.punct && prev.end == toks[k].start && !toks[k+1].punct && prev.capital()
}
