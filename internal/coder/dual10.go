package coder

import "storyline/internal/actors"

// dualSide gives the country a dual national stands for in a clause (stop
// 28; actors.Mention.Dual): the one of the two that nothing else in the
// clause names. "Iran detained a British-Iranian aid worker", "an
// Iranian-British woman held in Tehran": the person is the British side
// of the act, Iran the other. When the clause names neither, or both, the
// person keeps the country of the second demonym. A dateline names
// where the story was filed, no side.
func dualSide(toks []token, mm actors.Mention, spans []span, cl clause, self span) string {
	if mm.Dual == "" {
		return mm.Country
	}
	first, second := false, false
	for _, sp := range spans {
		if sp.start < cl.start || sp.start >= cl.end || sp.start == self.start || sp.m.Dual != "" || isDateline(toks, sp) {
			continue
		}
		first = first || sp.m.Country == mm.Dual
		second = second || sp.m.Country == mm.Country
	}
	if second && !first {
		return mm.Dual
	}
	return mm.Country
}
