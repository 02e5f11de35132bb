package coder

import "strings"

// Vows of harm (sixth pass, precision). "Vow", "pledge", "promise" and
// "swear" announce what a side will do; when what it will do is harm to
// the other ("vowed to bring hell upon", "promised confrontation with the
// United States", "pledged to retaliate", "vowed continued military
// action") the announcement is a threat, not an agreement.

// harmWords name harm a side promises the other.
var harmWords = map[string]bool{
	"hell": true, "confrontation": true, "retaliate": true, "retaliation": true, "revenge": true,
	"avenge": true, "vengeance": true, "punish": true, "punishment": true, "consequences": true,
	// Twenty-ninth pass (stop 47): the verbs and nouns of ruin a vow
	// promises ("vowed to inflict the greatest pain", "promised to turn
	// the U.S. into ash", "pledged to crush any incursion").
	"inflict": true, "crush": true, "destroy": true, "annihilate": true, "obliterate": true,
	"wipe": true, "sink": true, "ash": true, "ashes": true, "pain": true, "invade": true, "bomb": true,
}

// easingWords before the harm turn a vow into one of de-escalation
// ("vowed to avoid confrontation", "pledged to end the retaliation").
var easingWords = map[string]bool{
	"avoid": true, "end": true, "prevent": true, "stop": true, "halt": true, "ease": true, "defuse": true,
	"without": true, "not": true, "no": true, "never": true, "de-escalate": true,
}

// vowsHarm reports a verb of promise whose object, within the next words
// and before any break, is harm to another side.
func vowsHarm(toks []token, m match) bool {
	if m.noun {
		return false
	}
	switch h := toks[m.head].lower; {
	case strings.HasPrefix(h, "vow"), strings.HasPrefix(h, "pledg"), strings.HasPrefix(h, "promis"), strings.HasPrefix(h, "swear"), h == "swore", h == "sworn":
	default:
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+6; i++ {
		w := toks[i].lower
		if isQuoteMark(w) {
			continue
		}
		if toks[i].punct || easingWords[w] {
			return false
		}
		if harmWords[w] || w == "military" && i+1 < len(toks) && (toks[i+1].lower == "action" || toks[i+1].lower == "force") {
			return true
		}
	}
	return false
}
