package coder

import "strings"

// Twenty-fourth pass (stop 42, the groups bt–bw read; vocabulary): a
// switch of recognition. News tells a country that moves its recognition,
// ties or allegiance from one government to another with "switch" ("the
// islands switched diplomatic recognition from Taipei to Beijing",
// "voted to switch allegiance from Taiwan to China"): the government
// after "to" is recognised (SUPPORT, data/cues.tsv); the one after "from"
// is left, no party to that act (the break with it is told by its own
// words: "cut ties with Taiwan").

// switchedFrom reports a country named right after "from" following a
// SUPPORT cue of switching: the government left, not the one backed.
func switchedFrom(toks []token, m match, sp span, typ string) bool {
	if typ != "SUPPORT" || !strings.HasPrefix(toks[m.start].lower, "switch") || sp.start < m.end || sp.start > m.end+3 {
		return false
	}
	k := sp.start - 1
	if toks[k].lower == "the" && k > m.end {
		k--
	}
	return toks[k].lower == "from"
}
