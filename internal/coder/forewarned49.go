package coder

// Stop 49: an attack told as what someone was warned of ("gave Kuwait a
// warning about the coming attack", "advance notice of the strike", "had
// no intelligence about the planned strike") is the topic of the warning,
// not an attack of its own: the attack itself is told where it is
// reported.

// warningNouns name word given of something to come.
var warningNouns = map[string]bool{
	"warning": true, "warnings": true, "notice": true, "intelligence": true, "heads-up": true,
	"tip-off": true, "alert": true,
}

// attackTopicWords may stand, with determiners (context.go), between
// "about", "of" or "on" and an attack noun.
var attackTopicWords = map[string]bool{
	"impending": true, "imminent": true, "planned": true, "coming": true, "upcoming": true,
	"possible": true, "expected": true, "retaliatory": true,
}

// forewarnedAttack reports an attack cue that is what a warning noun before
// it is about.
func forewarnedAttack(toks []token, m match) bool {
	if m.cue.Type != "ASSAULT" {
		return false
	}
	i := m.start - 1
	for n := 0; i >= 0 && n < 3 && (determiners[toks[i].lower] || attackTopicWords[toks[i].lower]); n++ {
		i--
	}
	if i < 1 || toks[i].lower != "about" && toks[i].lower != "of" && toks[i].lower != "on" {
		return false
	}
	return warningNouns[toks[i-1].lower]
}
