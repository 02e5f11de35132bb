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

// forcesOwner reports the country whose forces a cue that opens on a noun
// of forces moves ("troops ~3 enter+", "tanks ~3 head+ towards"): named
// inside the cue after "from" or "of" ("Troops from Senegal entered
// Gambia", "units of the Kenyan army moved towards Somalia"). The forces
// are the subject, and their country the one that moves them, not the
// one faced (roleOf takes every name after the cue's first word for the
// target).
func forcesOwner(toks []token, m match, sp span) bool {
	if m.noun || !movedForces[toks[m.start].lower] && toks[m.start].lower != "convoy" {
		return false
	}
	if sp.start <= m.start || sp.end >= m.end {
		return false
	}
	for k := sp.start - 1; k > m.start && k >= sp.start-2; k-- {
		if toks[k].lower == "from" || toks[k].lower == "of" {
			return true
		}
	}
	return false
}
