package coder

// News names relief missions with the words of military operations
// ("launched Operation Sagar Bandhu, a humanitarian assistance and
// disaster relief initiative", "military mobilised for humanitarian
// relief"): armed forces carry the aid in, and an attack or mobilization
// cue is read where aid is brought. The country helped is no target of
// them.

// forceSenders are the words of the war list a relief mission shares:
// the armed forces that fly the aid in. Any other word of war (a strike,
// a missile, fighting) keeps the act hostile.
var forceSenders = map[string]bool{"military": true, "army": true, "troops": true, "soldiers": true}

// reliefNouns name what a relief word opens: "humanitarian assistance",
// "disaster relief", "relief operation". "Humanitarian convoys waited"
// names no mission.
var reliefNouns = map[string]bool{
	"relief": true, "assistance": true, "aid": true, "mission": true, "missions": true,
	"operation": true, "operations": true, "effort": true, "efforts": true, "initiative": true,
}

// reliefMission reports an attack or a mobilization cue in a sentence that
// names a relief mission (a word of the genre list "relief" before a
// relief noun, past quotation marks: "for 'humanitarian' relief"), with no
// verb of force and no word of war besides the forces that carry the aid.
func (g genreLists) reliefMission(toks []token, m match, typ string) bool {
	if typ != "ASSAULT" && typ != "MOBILIZE" || namesForce(toks, m) {
		return false
	}
	relief := false
	for i := range toks {
		w := toks[i].lower
		if g["war"][w] && !forceSenders[w] {
			return false
		}
		relief = relief || g.has("relief", toks, i) && reliefNounAfter(toks, i)
	}
	return relief
}

// reliefNounAfter reports a relief noun right after token i, past
// quotation marks.
func reliefNounAfter(toks []token, i int) bool {
	j := i + 1
	for j < len(toks) && isQuoteMark(toks[j].text) {
		j++
	}
	return j < len(toks) && reliefNouns[toks[j].lower]
}
