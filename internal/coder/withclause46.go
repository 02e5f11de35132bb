package coder

import "strings"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck): news
// English adds a second act with its own subject by an absolute clause
// after ", with": "Iran and Israel went to war in June, with the United
// States stepping in briefly to bomb Iranian nuclear facilities", "Spain
// protested, with Madrid recalling its ambassador". The subject after
// "with" is the doer of the -ing verb, not a party to the act before the
// comma; read as one clause, the second subject joined the first act.

// absoluteWith reports a comma at i opening ", with NAME V-ing": "with",
// then a name of up to six capitalised words ("the" may lead it), then a
// present participle.
func absoluteWith(toks []token, i int) bool {
	k := i + 1
	if k >= len(toks) || toks[k].lower != "with" {
		return false
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	name := 0
	for k < len(toks) && name < 6 && !toks[k].punct && !isLowerWord(toks[k].text) {
		k++
		name++
	}
	if name == 0 || k >= len(toks) {
		return false
	}
	w := toks[k].lower
	return isLowerWord(toks[k].text) && len(w) >= 5 && strings.HasSuffix(w, "ing") && participleClause(toks, k) || w == "saying"
}
