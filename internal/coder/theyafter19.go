package coder

// A wire story tells a meeting or a call in its lead and then goes on with
// what the parties did there, naming them by a pronoun or a plural noun
// alone: "Kono and Kang spoke by phone on Monday. They called on Pyongyang
// to abide by ...", "A met B in Beijing. The ministers condemned ...". The
// sentence right after the meeting opening with "They" or "The ministers"
// has the meeting's parties as its subject. Only the sentence right after
// a meeting, and only at its very start: further on "they" is as often the
// protesters, the rebels or the officials the story turned to.

// afterMeetingPronoun gives the token index of a sentence-opening "They",
// "The ministers" or "The leaders" that stands for the parties of the
// meeting told in the sentence before, or -1.
func (c *articleCoder) afterMeetingPronoun(toks []token, cl clause, m match) int {
	if cl.start != 0 || len(toks) < 3 || m.start > 4 {
		return -1
	}
	r := c.sides
	if r == nil || r.ev.Type != "CONSULT" || r.sentIdx != c.curSent-1 || countriesOf(r) < 2 {
		return -1
	}
	if c.pair.set && c.pair.sent > r.sentIdx {
		return -1 // another pair named since
	}
	switch {
	case toks[0].lower == "they":
		if m.start < 1 {
			return -1
		}
	case toks[0].lower == "the" && meetingPlurals[toks[1].lower]:
		if m.start < 2 {
			return -1
		}
	default:
		return -1
	}
	return 0
}

// meetingPlurals are the plural nouns a story names the sides of a meeting
// by after telling it.
var meetingPlurals = map[string]bool{"ministers": true, "leaders": true, "presidents": true, "delegations": true}
