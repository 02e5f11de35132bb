package coder

// Twenty-seventh pass (stop 45): an attack remembered. News names an old
// attack as what a day keeps in memory: "marked the anniversary of the
// 2004 school attack in Beslan", "after attending the commemoration of the
// U.S. atomic bombing of Hiroshima", "a memorial to the victims of the
// 1983 bombing". The attack is the one remembered, done years before; the
// day kept is a ceremony, not an act of force between the states it
// names. As for meetings and accords (anniversaryOf, precision44.go), only
// a cue within six words after "anniversary of", "commemoration of"
// or "memorial to|for" is left out, with no punctuation between; a verb
// ("Russia struck Kyiv on the anniversary of the invasion") tells its own
// act.

// rememberedWords name a day or a monument kept in memory of a past event.
var rememberedWords = map[string]bool{
	"anniversary": true, "anniversaries": true, "centenary": true, "centennial": true,
	"commemoration": true, "commemorations": true, "memorial": true, "remembrance": true,
}

// clauseOpeners start a clause inside a noun phrase, whose verb is its own
// act: "the anniversary of the day when troops attacked".
var clauseOpeners = map[string]bool{"when": true, "that": true, "which": true, "as": true, "while": true, "where": true}

// rememberedAttack reports an ASSAULT cue inside the "of" (or "to",
// "for") phrase of a word of remembrance.
func rememberedAttack(toks []token, m match) bool {
	if m.cue.Type != "ASSAULT" {
		return false
	}
	for i := m.start - 1; i >= 1 && i >= m.start-7; i-- {
		if possessiveMark(toks[i].lower) {
			continue // "the commemoration of the U.S.' atomic bombing"
		}
		if toks[i].punct || clauseOpeners[toks[i].lower] {
			return false
		}
		if w := toks[i].lower; (w == "of" || w == "to" || w == "for") && rememberedWords[toks[i-1].lower] {
			return true
		}
	}
	return false
}

// possessiveMark reports the possessive ending split off a name: "'s", or
// an apostrophe alone ("the U.S.' bombing").
func possessiveMark(w string) bool {
	return isPossessive(w) || w == "'" || w == "’"
}
