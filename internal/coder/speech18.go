package coder

// Rules of the eighteenth pass (stop 36, wrong type) on how far back the
// speaker's part of a sentence reaches when an act is told before it.
// News puts the speech verb after the act in two more ways than ", X
// said": set apart by dashes ("Conte spoke to Russia's president Vladimir
// Putin - the Kremlin said - ..."; wire copy often types the dash as a
// hyphen between spaces), and as the act's purpose ("phoned his Bahraini
// counterpart to say Baghdad condemns the attack"). In both the one the
// act is done with stands before the speech, not inside it: a dash ends
// the act's clause as a comma does, and a speech verb in the infinitive
// says what the act's own subject meant to say, so the speaker is that
// subject and nobody named between.

// purposeSpeech reports a speech verb in the infinitive: "to say", "to
// tell", "to express".
func purposeSpeech(toks []token, m match) bool {
	return m.start > 0 && toks[m.start-1].lower == "to"
}

// spacedDash reports a hyphen set apart by a space on either side: a dash
// typed as a hyphen ("Putin - the Kremlin said -"), not the joiner of
// "U.S.-backed".
func spacedDash(toks []token, k int) bool {
	if toks[k].lower != "-" {
		return false
	}
	return k == 0 || toks[k-1].end < toks[k].start || k+1 < len(toks) && toks[k].end < toks[k+1].start
}
