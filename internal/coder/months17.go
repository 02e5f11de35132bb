package coder

// Rules of the seventeenth pass (stop 35) on month names.
// A dateline written with a period after the city ("BISHKEK. March 13
// (Interfax) - ...") is split off as its own sentence, so the month opens
// the next one. "March" before a day number is the month, never the verb
// of a protest march: nobody writes "March 13 people".

// monthMarch reports the cue word "March" used as the month: capitalised
// inside a sentence, or opening one with a day number right after it.
func monthMarch(toks []token, m match) bool {
	if toks[m.start].text != "March" {
		return false
	}
	if m.start > 0 {
		return true
	}
	return m.start+1 < len(toks) && isDigits(toks[m.start+1].text)
}
