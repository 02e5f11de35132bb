package coder

import "strings"

// Twenty-ninth pass (stop 47): "prevent" tells coercion when a side
// stops another ("Chinese ships prevented Philippine vessels from
// reaching the shoal"). When what prevents is a state of affairs ("a
// territorial dispute that has prevented their countries from formally
// ending the war", "strains between Tokyo and Seoul have prevented the two
// countries from signing an agreement") no side acts on the other: the
// sentence tells why something has not happened.

// hindrances are states of affairs that prevent, with no side acting.
var hindrances = map[string]bool{
	"dispute": true, "disputes": true, "row": true, "rift": true, "feud": true, "strains": true,
	"tensions": true, "differences": true, "disagreement": true, "disagreements": true,
	"crisis": true, "pandemic": true, "weather": true, "mistrust": true, "distrust": true,
	"animosity": true, "hostility": true, "rivalry": true, "deadlock": true, "impasse": true,
}

// preventAux may stand between a hindrance and "prevent": auxiliaries,
// adverbs of time and a relative pronoun ("a dispute that has long
// prevented").
var preventAux = map[string]bool{
	"that": true, "which": true, "has": true, "have": true, "had": true, "long": true, "also": true,
	"so": true, "far": true, "still": true, "effectively": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "could": true, "may": true, "might": true,
}

// hindranceSubject reports a COERCE cue of "prevent" whose subject is a
// state of affairs; the words between the two are found in preventAux, and
// a phrase "between A and B" after the noun is skipped back over.
func hindranceSubject(toks []token, m match) bool {
	if m.cue.Type != "COERCE" || m.noun || !strings.HasPrefix(toks[m.head].lower, "prevent") {
		return false
	}
	i := m.head - 1
	for i >= 0 && preventAux[toks[i].lower] {
		i--
	}
	// "strains between Tokyo and Seoul have prevented": back over the
	// phrase to the noun it qualifies, within eight words. A noun of those
	// who act right before the verb is its subject, whatever phrase stands
	// before it ("amid tensions with Manila Chinese vessels prevented").
	for k := i; k >= 0 && k > i-8 && !actorNouns[toks[i].lower]; k-- {
		if toks[k].punct {
			break
		}
		if toks[k].lower == "between" || toks[k].lower == "over" || toks[k].lower == "with" {
			i = k - 1
			break
		}
	}
	return i >= 0 && hindrances[toks[i].lower]
}
