package coder

// News tells of private people (a detained student, a freed pastor, two
// hostages) by their nationality. This file keeps such people apart from
// the countries a story is about.

// peopleNouns name people, not states: "both men", "the two women".
var peopleNouns = map[string]bool{"men": true, "women": true}

// peopleAnaphorMisfits reports "both men" or "the two women" at token a
// (as pluralAnaphor found it) when the sides event holds a country or an
// organisation with no person named: the people told before are meant
// ("King and Weeks were abducted ... Both men claimed"), not the two
// states of the story's last act.
func peopleAnaphorMisfits(toks []token, a int, sides *report) bool {
	j := a + 1
	if j < len(toks) && (toks[j].lower == "two" || toks[j].lower == "three") {
		j++
	}
	if j >= len(toks) || !peopleNouns[toks[j].lower] || sides == nil {
		return false
	}
	for _, act := range sides.ev.Actors {
		if sides.standIns[act.Name] {
			return true
		}
	}
	return false
}
