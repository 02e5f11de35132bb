package coder

// Rules of the eighth pass (stop 26) on seizures, captures and arrests:
// the words of seizing that name troops or a state, not an act.

// forcesNoun reports the cue "force ... to" read on the noun "forces"
// ("their own forces to carry out an attack", "U.S. forces in Iraq",
// "the armed forces chief vowed to"): troops, not compulsion. A verb
// "forces" takes an object before its "to" ("Russia forces Kyiv to");
// the noun is followed at once by "to", a preposition or a noun of
// command, or comes after a determiner or "own"/"armed".
func forcesNoun(toks []token, m match) bool {
	if m.cue.Type != "COERCE" {
		return false
	}
	w := toks[m.start].lower
	if w != "forces" && w != "force" {
		return false
	}
	if m.start > 0 {
		switch p := toks[m.start-1].lower; {
		case determiners[p], p == "own", p == "armed", p == "security", p == "special", p == "allied", p == "coalition":
			return true
		}
	}
	return m.start+1 < len(toks) && forcesFollowers[toks[m.start+1].lower]
}

// forcesFollowers come right after the noun "forces", never after the
// verb: a preposition, the "to" of what they are for, a word of command.
var forcesFollowers = map[string]bool{
	"to": true, "in": true, "on": true, "at": true, "from": true, "near": true, "along": true,
	"into": true, "across": true, "of": true, "chief": true, "commander": true, "commanders": true,
	"based": true, "stationed": true, "deployed": true, "have": true, "had": true, "were": true, "are": true,
}

// heldState reports a past participle of seizing used as an adjective
// between a determiner, number or possessive and its noun ("with three
// detained Americans", "the detained crewmembers", "its seized
// tanker"): the state the people or things are in, not an act the story
// tells.
func heldState(toks []token, m match) bool {
	if m.cue.Type != "COERCE" || m.noun || m.form != formPast && m.form != formParticiple || m.start == 0 || m.end != m.start+1 || m.end >= len(toks) {
		return false
	}
	p := toks[m.start-1]
	if !determiners[p.lower] && !(quantifiers[p.lower] && !subjectQuantifiers[p.lower]) && !(p.text[0] >= '0' && p.text[0] <= '9') {
		return false
	}
	next := toks[m.end]
	return !next.punct && next.lower != "by" && !adjectivePrepositions[next.lower] && !phraseEnders[next.lower] && !determiners[next.lower]
}

// subjectQuantifiers are words of the quantifier list that also stand as
// a subject: "the military seized power" is an act.
var subjectQuantifiers = map[string]bool{"military": true, "paramilitary": true}
