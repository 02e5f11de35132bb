package coder

import "storyline/internal/event"

// A wire story tells a meeting or a call in its lead and then goes on with
// what the parties did there, naming them by a pronoun or a plural noun
// alone: "Kono and Kang spoke by phone on Monday. They called on Pyongyang
// to abide by ...", "A met B in Beijing. The ministers condemned ...". The
// sentence right after the meeting opening with "They" or "The ministers"
// has the meeting's parties as its subject. So has the sentence right
// after two countries acted together ("Japan and the Philippines expressed
// concern about ... They called on Beijing to ..."), or after a meeting at
// which they did ("met in Manila and expressed concern ..."): the plural
// pronoun takes the plural subject. Only the sentence right after, and only
// at its very start: further on "they" is as often the protesters, the
// rebels or the officials the story turned to.

// afterMeetingPronoun gives the token index of a sentence-opening "They",
// "The ministers" or "The leaders" that stands for the parties of the
// meeting or joint act told in the sentence before, and that report; or -1.
func (c *articleCoder) afterMeetingPronoun(toks []token, cl clause, m match) (int, *report) {
	if cl.start != 0 || len(toks) < 3 || m.start > 4 {
		return -1, nil
	}
	r := c.sides
	if r == nil || r.sentIdx != c.curSent-1 || countriesOf(r) < 2 {
		return -1, nil
	}
	if r.ev.Type != "CONSULT" && !jointSources(r) {
		if mt := c.meeting; mt != nil && mt.sentIdx == r.sentIdx && countriesOf(mt) >= 2 {
			r = mt // "met in Manila and expressed concern about ..."
		} else {
			return -1, nil
		}
	}
	if c.pair.set && c.pair.sent > r.sentIdx {
		return -1, nil // another pair named since
	}
	switch {
	case toks[0].lower == "they":
		if m.start < 1 {
			return -1, nil
		}
	case toks[0].lower == "the" && meetingPlurals[toks[1].lower]:
		if m.start < 2 {
			return -1, nil
		}
	default:
		return -1, nil
	}
	return 0, r
}

// jointSources reports a report whose country parties all act: two
// countries as one subject ("Japan and the Philippines expressed concern"),
// or the parties of a two-sided act ("The ministers signed an agreement on
// joint patrols. They also accused Russia of ..."; discourse21.go).
func jointSources(r *report) bool {
	for _, act := range r.ev.Actors {
		if act.Country != nil && *act.Country != "" && act.Role != event.RoleSource && act.Role != event.RoleParticipant {
			return false
		}
	}
	return true
}

// meetingPlurals are the plural nouns a story names the sides of a meeting
// by after telling it.
var meetingPlurals = map[string]bool{"ministers": true, "leaders": true, "presidents": true, "delegations": true}
