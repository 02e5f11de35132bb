package coder

// Two clauses joined by "and", each with its own named subject. News
// packs two sides' acts into one sentence: "Tehran threatened retaliation
// and Iraq protested the strike", "Moscow insisted the jet had stayed in
// Syrian airspace, and Damascus denounced the incident". The second
// subject is no object of the first act; it opens an act of its own
// (eleventh pass).

// coordinatedClause reports "and" at i (after a word, or a comma) that
// opens a clause of its own: a name and a verb in the past follow it
// (namedSubjectClause, or a name and "has", "had"), and the clause before
// it, from start, already holds a verb in the past with a lower-case word
// of its object or complement after it ("threatened retaliation and",
// "denied the accusation and"). "said Iran and Iraq agreed" and "Iran and
// Iraq signed" join two subjects, and are left alone.
func coordinatedClause(toks []token, start, i int) bool {
	if toks[i].lower != "and" || i+2 >= len(toks) {
		return false
	}
	if !namedSubjectClause(toks, i+1) && !namedSubjectAux(toks, i+1) {
		return false
	}
	// The verb before, and a lower-case word after it that is not a
	// name's article.
	verb := -1
	for k := start; k < i; k++ {
		w := toks[k].lower
		if isLowerWord(toks[k].text) && (pastIrregular[w] || len(w) > 4 && w[len(w)-2:] == "ed") {
			verb = k
		}
	}
	if verb < 0 {
		return false
	}
	for k := verb + 1; k < i; k++ {
		if t := toks[k]; !t.punct && isLowerWord(t.text) && !functionWords[t.lower] && t.lower != "the" && t.lower != "a" && t.lower != "an" && t.lower != "of" {
			return true
		}
	}
	return false
}

// namedSubjectAux reports a name at i followed by "has" or "had" and a
// verb in the past ("and Washington had demanded his release").
func namedSubjectAux(toks []token, i int) bool {
	if toks[i].punct || isLowerWord(toks[i].text) {
		return false
	}
	k := i
	for k < len(toks) && k < i+4 && !toks[k].punct && !isLowerWord(toks[k].text) {
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "has" && toks[k].lower != "had" {
		return false
	}
	w := toks[k+1].lower
	return pastIrregular[w] || irregularParticiples[w] || len(w) > 4 && w[len(w)-2:] == "ed"
}
