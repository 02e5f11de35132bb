package coder

// A cue that opens on the forces it moves (stop 45): "troops ~3 leave+"
// matches "Norwegian troops will start leaving Afghanistan" from "troops",
// so the auxiliary chain that tells the status ("will start", "are due
// to", "have begun") lies inside the match, not before it, and the clause
// read as untensed gave no event. English puts the subject before its
// auxiliaries; the status is read before the verb, as for the passive
// inside a held head (passive44.go).

// forceHeads are the nouns of forces a cue may open on.
var forceHeads = map[string]bool{
	"troops": true, "soldiers": true, "soldier": true, "servicemen": true, "forces": true,
	"peacekeepers": true, "contingent": true, "personnel": true, "guards": true,
}

// innerAuxiliaries are the words of an auxiliary chain between a subject
// and its verb that tell a plan, a possibility or a negation; "have left"
// and "began leaving" keep the form the match carries.
var innerAuxiliaries = map[string]bool{
	"will": true, "'ll": true, "would": true, "could": true, "may": true, "might": true, "must": true,
	"should": true, "not": true, "n't": true, "never": true, "is": true, "are": true, "be": true,
	"set": true, "due": true,
}

// forcesVerbInside returns the match m moved to its last word (the verb
// of "troops will start leaving") when the cue opens on a noun of forces
// and an auxiliary stands inside it; ok is false for every other match,
// "troops left" included, whose verb form the match already carries.
func forcesVerbInside(toks []token, m match) (match, bool) {
	if m.start >= len(toks) || !forceHeads[toks[m.start].lower] || m.end-1 <= m.start+1 {
		return m, false
	}
	for k := m.start + 1; k < m.end-1; k++ {
		if innerAuxiliaries[toks[k].lower] {
			vm := m
			vm.start, vm.head = m.end-1, m.end-1
			vm.form = laterVerbForm(m.cue, toks[m.end-1:m.end])
			return vm, true
		}
	}
	return m, false
}
