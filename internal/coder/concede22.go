package coder

// Twenty-fourth pass (stop 42, the concede, retreat and aid family, read
// from sentences written by hand). Wire copy tells a withdrawal with the
// troops as the subject of "left" ("The last French soldiers left Niger",
// "French forces have left Mali"); the cue that reads it (cues.tsv "troops
// ~2 left|leave") must keep out every other sense of the verb: soldiers
// "on leave", troops that "will not leave", forces that "left mines
// behind" or "left a trail of destruction".

// troopNouns open the cue of troops that leave.
var troopNouns = map[string]bool{
	"troops": true, "soldiers": true, "soldier": true, "forces": true, "peacekeepers": true, "contingent": true,
	"personnel": true, "guards": true,
}

// leaveForms close it.
var leaveForms = map[string]bool{
	"left": true, "leave": true, "leaves": true, "leaving": true,
	// "The last French troops departed Mali" (stop 43, concede43); the
	// name must follow the verb, so "departed for Mali" is no withdrawal.
	"departed": true, "depart": true, "departs": true, "departing": true,
}

// leaveAuxiliaries may stand between the troops and "left": tense and
// phase words ("have left", "began leaving"). Any other word is another
// reading ("on leave", "will not leave", "must leave"), and "will leave"
// is left out too: the cue is led by its noun, so a plan would be coded
// as done.
var leaveAuxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "began": true, "begin": true, "begins": true,
	"started": true, "start": true, "to": true, "all": true, "finally": true,
	// "will leave", "are leaving", "are set to leave": a plan or an act
	// going on, read before the verb (forcesverb45.go, stop 45).
	"will": true, "'ll": true, "are": true, "is": true, "set": true, "due": true,
}

// troopsLeftNoPlace reports the troops-leaving cue when it tells no
// troops leaving a named place: a word that is no auxiliary between the
// troops and the verb, or an object that is not a name ("left mines
// behind", "left the base"). A withdrawal is news when the place left is
// named right after the verb.
func troopsLeftNoPlace(toks []token, m match) bool {
	if m.end-m.start < 2 || !troopNouns[toks[m.start].lower] || !leaveForms[toks[m.end-1].lower] {
		return false
	}
	for k := m.start + 1; k < m.end-1; k++ {
		if !leaveAuxiliaries[toks[k].lower] {
			return true
		}
	}
	next := m.end // "began leaving northern Syria" (compassWords, sides5.go)
	if next < len(toks) && compassWords[toks[next].lower] {
		next++
	}
	if next+1 < len(toks) && toks[next].lower == "the" { // "left the Maldives"
		next++
	}
	return next >= len(toks) || !toks[next].capital()
}
