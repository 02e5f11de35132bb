package coder

import "strings"

// Twenty-second pass (stop 40, the bn/bo family): a flag burned.
//
// Protesters burn, tear down or trample the flag of the country they
// protest against: "protesters burned French flags", "set fire to the
// American flag". The flag stands for its country there, as a country's
// embassy or warship does (actorNouns), so the demonym before it names a
// side of the protest the sentence tells ("the protesters, who also set
// fire to French flags"). A flag waved or raised is support or a claim,
// not a protest, and names no side here. No verb of burning is a cue of
// its own: with "burn+ ~3 flag|flags" as a PROTEST cue, a page that tells
// flags torched outside another country's embassy gained an extra.

// flagWords name a flag.
var flagWords = map[string]bool{"flag": true, "flags": true}

// burnedFlag reports a flag at i, or one word after it ("French national
// flag"), with a verb of burning or tearing within five words before it.
func burnedFlag(toks []token, i int) bool {
	at := flagAt(toks, i)
	if at < 0 {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-6; k-- {
		if flagBurnVerb(toks[k].lower) {
			return true
		}
	}
	return false
}

// flagAt gives the index of a flag word at i or one word after it ("the
// French national flag"), or -1.
func flagAt(toks []token, i int) int {
	for k := i; k < len(toks) && k <= i+1; k++ {
		if flagWords[toks[k].lower] {
			return k
		}
	}
	return -1
}

// flagBurnVerb reports a form of a verb that destroys a flag.
func flagBurnVerb(w string) bool {
	for _, stem := range []string{"burn", "torch", "trampl", "desecrat"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return w == "fire" // "set fire to"
}

// flownFlag reports a flag at i, or one word after it, that a ship flies
// or sails under: "a trawler flying the Chinese flag", "a tanker sailing
// under the Panamanian flag". The flag gives the ship's country as
// "Chinese-flagged" does, so the demonym names the side the ship stands
// for (stop 40, nopred40).
func flownFlag(toks []token, i int) bool {
	at := flagAt(toks, i)
	for k := at - 2; at > 0 && k >= 0 && k >= at-5; k-- {
		if flyWords[toks[k].lower] && (toks[k+1].lower == "the" || toks[k+1].lower == "a") {
			return true
		}
	}
	return false
}

// flyWords carry a flag: "flying", "under".
var flyWords = map[string]bool{"flying": true, "flies": true, "flew": true, "fly": true, "under": true}
