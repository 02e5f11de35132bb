package coder

// Rules of the twenty-first pass (stop 39) on who the parties of an act
// are, read from news sentences written by hand in the forms English news
// gives its sides (docs/coding.md, "Twenty-first pass (stop 39): roles").

// inNamedMention reports a one-word cue that is one word of a longer name
// the tables know: "Downing Street urged Tehran" names the British
// government's seat, not a downing; a word of a name is no act, whatever
// it spells.
func inNamedMention(toks []token, m match, spans []span) bool {
	if m.end-m.start != 1 || !toks[m.start].capital() {
		return false
	}
	for _, sp := range spans {
		if sp.end-sp.start > 1 && m.start >= sp.start && m.end <= sp.end {
			return true
		}
	}
	return false
}

// apposRelationNouns close an apposition that says whose friend or foe the
// party before the comma is: "China, North Korea's main ally, accused".
var apposRelationNouns = map[string]bool{
	"ally": true, "allies": true, "partner": true, "partners": true, "neighbour": true, "neighbor": true,
	"neighbours": true, "neighbors": true, "backer": true, "backers": true, "rival": true, "rivals": true,
	"foe": true, "foes": true, "patron": true, "supporter": true, "supporters": true, "enemy": true,
	"adversary": true, "friend": true, "creditor": true, "lender": true, "sponsor": true,
}

// possessiveApposition reports a mention that opens, with its possessive,
// an apposition after the comma k describing the country before it:
// "China, North Korea's main ally, accused the United States". The
// country owned names whose ally the subject is; it is not a side of the
// act. The apposition is the possessive, up to three lower-case words
// ending in a noun of relation, and a closing comma.
func possessiveApposition(toks []token, k int, sp span) bool {
	if sp.start != k+1 || sp.end >= len(toks) || toks[sp.end].lower != "'s" && toks[sp.end].lower != "’s" {
		return false
	}
	for j := sp.end + 1; j < len(toks) && j <= sp.end+4; j++ {
		t := toks[j]
		if t.lower == "," {
			return j > sp.end+1 && apposRelationNouns[toks[j-1].lower]
		}
		if t.punct || !isLowerWord(t.text) {
			return false
		}
	}
	return false
}
