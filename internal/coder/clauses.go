package coder

// This file holds how a sentence is cut into clauses beyond commas and
// conjunctions of time: a second verb after "and", a label before a colon,
// and the nouns of a fronted phrase that set the scene.

// kickerEnd is the token after a label that opens a sentence: up to four
// capitalised words and a colon ("India-China Meeting: Modi held talks",
// "WATCH: ..."), or 0. The label names a topic; it tells no act.
func kickerEnd(toks []token) int {
	for i := 0; i < len(toks) && i <= 4; i++ {
		if toks[i].lower == ":" {
			if i == 0 || i+1 >= len(toks) {
				return 0
			}
			return i + 1
		}
		if toks[i].punct && toks[i].lower != "-" || isLowerWord(toks[i].text) {
			return 0
		}
	}
	return 0
}

// splitCoordinated cuts a clause before "and" when a second verb of an act
// follows it in the tense of the first: "accused Iran of the attack and
// called on Iraq to protect the embassy" tells two acts of one subject.
func splitCoordinated(toks []token, matches []match, cls []clause) []clause {
	var out []clause
	for _, cl := range cls {
		var first *match // the verb of the clause so far
		for k := range matches {
			m := &matches[k]
			if m.start < cl.start || m.start >= cl.end || m.noun || m.cue.flags.speech && first == nil {
				continue
			}
			if first == nil {
				first = m
				continue
			}
			and := m.start - 1
			for and > cl.start && coordinateFillers[toks[and].lower] {
				and-- // "and also", "and has vowed"
			}
			if and <= first.end || toks[and].lower != "and" || !finiteForm(first.form) || !finiteForm(m.form) && m.form != formBase {
				continue
			}
			if m.form == formBase && infinitiveBetween(toks, first.end-1, and) {
				continue // "threatened to demolish and obliterate the economy": one infinitive goes on
			}
			out = append(out, clause{cl.start, and})
			cl.start, first = and, m
		}
		out = append(out, cl)
	}
	return out
}

// coordinateFillers stand between "and" and the second verb.
var coordinateFillers = map[string]bool{"also": true, "then": true, "has": true, "have": true, "had": true, "will": true, "would": true, "later": true}

// speechHeads are the verbs of saying a second clause opens with.
var speechHeads = map[string]bool{"said": true, "says": true, "announced": true, "announces": true, "added": true, "told": true, "stated": true}

// finiteForm reports a verb form that can head a clause of its own.
func finiteForm(f form) bool { return f == formPast || f == formParticiple || f == formThird }

// opensCoordinate reports a clause cut off by splitCoordinated: "and"
// (perhaps "and also") right before its verb, whose subject is the one
// before.
func opensCoordinate(toks []token, cl clause, m match) bool {
	if toks[cl.start].lower != "and" || m.noun {
		return false
	}
	for i := cl.start + 1; i < m.start; i++ {
		if coordinateFillers[toks[i].lower] {
			continue
		}
		// "and said his government is expelling ...": the speaker's act.
		return speechHeads[toks[i].lower]
	}
	return true
}

// objectOfPreposition reports a noun cue right after a preposition and
// perhaps an article ("following the ending of a siege", "after talks"):
// the scene of a sentence, not the act its speech verb reports.
func objectOfPreposition(toks []token, n match) bool {
	i := n.start - 1
	if i >= 0 && (toks[i].lower == "the" || toks[i].lower == "a" || toks[i].lower == "an") {
		i--
	}
	return i >= 0 && prepositions[toks[i].lower]
}
