package coder

// Rules of the twenty-seventh pass (stop 45) on mobilisation, from news
// sentences written for it.

// withoutForcesNoun drops the cue "force ... to" read on the noun
// "forces" (forcesNoun, seize8.go) before matches overlap: "Egyptian
// forces were deployed to Libya" holds "forces were deployed to", four
// words that look like "force+ ~3 to" and would hide the one-word
// "deployed" inside them, though the noun of troops is never the verb of
// compulsion. Dropped only at the gate, the false match had already won.
func withoutForcesNoun(toks []token, ms []match) []match {
	out := ms[:0]
	for _, m := range ms {
		if !forcesNoun(toks, m) {
			out = append(out, m)
		}
	}
	return out
}
