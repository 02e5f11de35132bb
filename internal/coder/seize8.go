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

// voteWords are the forms of "vote" before the "to" of what a body
// resolves.
var voteWords = map[string]bool{"voted": true, "votes": true, "vote": true, "voting": true}

// votedCoercion reports a coercion voted for ("Iraq's parliament voted on
// Sunday to expel U.S. troops", "before voting to expel"): a legislature's
// vote asks its government to act, and news tells the resolution as the
// act voted. The vote is the call for it, made when the vote was held.
func votedCoercion(toks []token, m match) bool {
	if m.cue.Type != "COERCE" || m.noun || m.start < 2 || toks[m.start-1].lower != "to" {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-6; k-- {
		w := toks[k]
		if voteWords[w.lower] {
			return true
		}
		if w.punct || !(isWeekdayOrTime(w.lower) || w.lower == "on" || w.lower == "unanimously" || w.lower == "overwhelmingly") {
			return false
		}
	}
	return false
}

// legislatures are the bodies whose meeting is a sitting of their own.
var legislatures = map[string]bool{
	"parliament": true, "lawmakers": true, "legislators": true, "legislature": true, "assembly": true,
	"congress": true, "senate": true, "cabinet": true, "knesset": true, "duma": true, "majlis": true,
}

// bodySitting reports a meeting cue that tells a legislature sitting
// ("Iraq's parliament, meeting for an emergency session, voted ..."): the
// body met as itself, with no one else, and the countries the clause
// names are what it votes on. A session "with" others is a meeting.
func bodySitting(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" {
		return false
	}
	session := false
	for k := m.end; k < len(toks) && toks[k].lower != "," && toks[k].lower != "."; k++ {
		switch toks[k].lower {
		case "session", "sitting":
			session = k <= m.end+4
		case "with":
			return false // "met in a joint session with Chinese lawmakers": a meeting of two
		}
	}
	if !session {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-6; k-- {
		if legislatures[toks[k].lower] {
			return true
		}
	}
	return false
}
