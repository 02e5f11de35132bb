package coder

// A relative clause after a noun cue whose own subject hopes or expects
// something tells what the act is meant to bring, not when the act is:
// "witnessed the signing of a free trade agreement that officials hope
// will double trade" tells a signing done, and the "will" is the hope's.
// The tense of the noun is read elsewhere (seventeenth pass, stop 35).

// hopeVerbs are the verbs of such a relative clause's subject.
var hopeVerbs = map[string]bool{
	"hope": true, "hopes": true, "expect": true, "expects": true, "believe": true, "believes": true,
	"predict": true, "predicts": true, "say": true, "says": true, "estimate": true, "estimates": true,
}

// hopedEffect reports "that|which" at i followed, within three words of
// its subject, by a verb of hope or expectation: the forward reading of a
// noun's tense stops there.
func hopedEffect(toks []token, cl clause, i int) bool {
	if w := toks[i].lower; w != "that" && w != "which" {
		return false
	}
	for j := i + 2; j < cl.end && j <= i+4; j++ {
		if hopeVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}
