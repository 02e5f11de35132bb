package coder

// Rules of the twelfth pass (stop 30) on reactions and the polarity of an
// act: how news names a reaction to another's act.

// articleAndModifier reports a bare verb form after "a" or "an" and one
// lower-case word ("in a sharp rebuke to Washington", "a fresh attack"):
// a singular article cannot be the subject of a verb in its base form, so
// the cue is the noun the word before it modifies.
func articleAndModifier(toks []token, i int) bool {
	if i < 2 || toks[i-1].punct || !isLowerWord(toks[i-1].text) {
		return false
	}
	a := toks[i-2].lower
	return a == "a" || a == "an"
}
