package coder

// Twenty-sixth pass (stop 44), the precision of meetings, support and
// agreements read from sentences written for it. Three English
// constructions carry a cue word of the family and two countries, yet tell
// no act of one state toward the other on the page's day.

// namedNotDone44 reports a cue that is one of the constructions below.
func namedNotDone44(toks []token, m match) bool {
	return anniversaryOf(toks, m) || teamBacked(toks, m) || warnedAgainst(toks, m)
}

// anniversaryWords name a day kept in memory of a past event.
var anniversaryWords = map[string]bool{
	"anniversary": true, "anniversaries": true, "centenary": true, "centennial": true, "jubilee": true,
}

// anniversaryOf reports a noun cue of a meeting, a visit or an accord
// within six words after "anniversary of": "marked the 30th anniversary of
// their peace treaty", "the anniversary of the 1994 treaty between Jordan
// and Israel passed quietly", "the anniversary of the president's 2015
// visit to Pakistan". The accord or the visit is the one remembered, made
// years before; the day kept is a ceremony, not the act. A verb cue
// ("signed a deal on the anniversary of the war's end") tells its own act
// and is left alone, as is a cue beyond punctuation.
func anniversaryOf(toks []token, m match) bool {
	if !m.noun || m.cue.Type != "AGREE" && m.cue.Type != "CONSULT" {
		return false
	}
	for i := m.start - 1; i >= 1 && i >= m.start-7; i-- {
		if toks[i].punct {
			return false
		}
		if toks[i].lower == "of" && anniversaryWords[toks[i-1].lower] {
			return true
		}
	}
	return false
}

// teamNouns name a sports side.
var teamNouns = map[string]bool{
	"team": true, "teams": true, "squad": true, "squads": true, "players": true, "athletes": true, "club": true,
}

// sportMarks tell that a team is a sports side: its kind, its contest, or
// the opponent after "against".
var sportMarks = map[string]bool{
	"national": true, "football": true, "soccer": true, "cricket": true, "rugby": true, "hockey": true,
	"basketball": true, "olympic": true, "olympics": true, "final": true, "semifinal": true, "semi-final": true,
	"match": true, "game": true, "tournament": true, "cup": true, "championship": true, "against": true,
}

// teamBacked reports a SUPPORT verb whose object, within four words, is a
// sports side, with a mark of sport in the rest of the sentence: "millions
// of Argentines supported the national team against France in the final",
// "fans backed their team against Spain". The support is a crowd's for its
// own players; the country after "against" is the opponent in a game, not
// a side backed. "backed Ukraine against Russia" names no team and stays.
func teamBacked(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun {
		return false
	}
	for k := m.end; k < len(toks) && k < m.end+4; k++ {
		if toks[k].punct {
			return false
		}
		if !teamNouns[toks[k].lower] {
			continue
		}
		for j := m.end; j < len(toks) && j < k+12; j++ {
			if j != k && sportMarks[toks[j].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// warnedAgainst reports a meeting, support or accord told as a gerund
// right after "against": "China cautioned the Solomon Islands against
// signing any security pact with Australia", "Brussels advised Serbia
// against meeting the Russian president". The act is the one a third
// party warns or advises against; it has not happened, and the sentence
// tells the warning (coded, where it is one, from its own verb).
func warnedAgainst(toks []token, m match) bool {
	if m.noun || m.cue.Type != "AGREE" && m.cue.Type != "CONSULT" && m.cue.Type != "SUPPORT" {
		return false
	}
	h := toks[m.head].lower
	if len(h) < 5 || h[len(h)-3:] != "ing" {
		return false
	}
	return wordBehind(toks, m.head, 2, "against")
}
