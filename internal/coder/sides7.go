package coder

import "storyline/internal/actors"

// Rules of the seventh pass (stop 25) on which countries are the sides.

// describedBy reports an apposition opened by "the" and a lower-case word
// at the comma k, before the span sp: "warned Iran, the main backer of the
// Houthis, that ...", "Qatar, the host of the talks, said". What it names
// says who the country before the comma is. The apposition closes with a
// comma right after the span or its noun ("the Syrian rebels,"); a list goes on with a name ("Iran, the US
// and China"), and a clause after the comma ("at the direction of Trump,
// the country's military carried out an airstrike targeting Iranian
// general ...") is no apposition.
func describedBy(toks []token, k int, sp span) bool {
	return toks[k+1].lower == "the" && k+2 < sp.start && isLowerWord(toks[k+2].text) &&
		(sp.end < len(toks) && toks[sp.end].lower == "," || sp.end+1 < len(toks) && toks[sp.end+1].lower == "," && isLowerWord(toks[sp.end].text))
}

// inRoleApposition reports a mention inside an apposition that gives the
// role of the country named just before it: "warned Iran, the main backer
// of the Houthis, that ...", "Qatar, the chief mediator between Israel and
// Hamas". The apposition opens with "the" and a lower-case word after a
// comma and names the mention after "of" or "between"; a list ("Iran, the
// Houthis and Hezbollah") opens with a name and is left alone.
func inRoleApposition(toks []token, spans []span, sp span) bool {
	if sp.inherited {
		return false
	}
	linked := false // "of" or "between" seen before the mention
	for k := sp.start - 1; k > 1 && k >= sp.start-12; k-- {
		t := toks[k]
		switch {
		case t.lower == "of" || t.lower == "between":
			linked = true
		case t.lower == "the" && toks[k-1].lower == ",":
			if !linked || k+1 >= sp.start || !isLowerWord(toks[k+1].text) || toks[k+1].punct {
				return false
			}
			for _, o := range spans {
				if o.end == k-1 && o.m.Kind == actors.Country && !o.m.Adjective {
					return true
				}
			}
			return false
		case t.punct && t.lower != "'s" && t.lower != "-":
			return false
		}
	}
	return false
}

// demandThatStart returns where the content of a demand or warning opens
// when the named target is followed by "that" ("Putin urged Trump that a
// complete cessation of aid to Kyiv must become the condition", "warned
// Iran that Israel would answer"): whoever the content names is what is
// asked or foretold, not a side of the demand. It returns 0 otherwise.
func demandThatStart(toks []token, m match, spans []span) int {
	if !demandTypes[m.cue.Type] || m.noun {
		return 0
	}
	for _, sp := range spans {
		if sp.start < m.end || sp.start > m.end+1 || sp.m.Group || sp.inherited {
			continue
		}
		if sp.end < len(toks) && toks[sp.end].lower == "that" {
			return sp.end
		}
	}
	return 0
}

// tellVerbs address words to someone named after them.
var tellVerbs = map[string]bool{
	"told": true, "tells": true, "tell": true, "telling": true, "informed": true, "informs": true, "assured": true, "assures": true,
}

// addresseeEnd returns the end of "told X that" after the speech verb m
// whose head ends at end, when the words after "that" open with a name of
// their own ("Putin also told Trump that Russia and Ukraine are set to
// exchange prisoners"): the one told is part of the telling, no side of
// what is told. It returns end when the words open with a pronoun or a
// condition ("told Turkey that if they ..."), which may be aimed at the
// one told.
func addresseeEnd(toks []token, m match, end int) int {
	if !tellVerbs[toks[m.start].lower] || end != m.end {
		return end
	}
	for k := m.end; k < len(toks) && k <= m.end+5; k++ {
		t := toks[k]
		if t.lower == "that" {
			if k == m.end || k+1 >= len(toks) || toks[k+1].punct || isLowerWord(toks[k+1].text) {
				return end
			}
			return k + 1
		}
		if t.punct || isLowerWord(t.text) {
			return end // "told reporters", "told him": not a name
		}
	}
	return end
}
