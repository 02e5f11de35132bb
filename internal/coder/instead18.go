package coder

// News names the act that was not chosen beside the one that was: "Instead
// of refusing the request or providing her shelter, New Delhi could ...",
// "proposed direct negotiations in lieu of an unconditional ceasefire",
// "chose to negotiate rather than strike". The act after "instead of",
// "rather than" or "in lieu of" is the one left undone, up to the end of
// its phrase; the act the sentence reports stands outside it.

// insteadOf reports a cue at most twelve words after "instead of", "rather
// than" or "in lieu of", with no phrase break between.
func insteadOf(toks []token, m match) bool {
	for i := m.start - 1; i > 0 && i >= m.start-12; i-- {
		w := toks[i].lower
		if phraseBreaks[w] {
			return false
		}
		switch prev := toks[i-1].lower; {
		case w == "of" && prev == "instead":
			return true
		case w == "than" && prev == "rather":
			return true
		case w == "of" && prev == "lieu" && i >= 2 && toks[i-2].lower == "in":
			return true
		}
	}
	return false
}
