package coder

// Rules of the ninth pass (stop 27) on event types. A diplomatic mission
// and a country's military attachés are envoys as much as its diplomats:
// asked to leave, they are expelled, a SANCTION by the country they leave
// (PLOVER: expel or withdraw; sides.go, expelledEnvoys). Headlines and
// summary lines drop the auxiliary: "Iranian diplomatic mission asked to
// leave the kingdom within 48 hours" is "was asked".

func init() {
	for _, w := range []string{"mission", "missions", "attache", "attaches", "attaché", "attachés"} {
		envoyNouns[w] = true
	}
}

// headlineToldToLeave reports "asked", "told" or "ordered" right after an
// envoy noun with no auxiliary, followed by "to leave": the passive of a
// headline ("diplomatic mission asked to leave", "attachés told to
// leave").
func headlineToldToLeave(toks []token, m match) bool {
	if m.start == 0 || !envoyNouns[toks[m.start-1].lower] {
		return false
	}
	switch toks[m.start].lower {
	case "asked", "told", "ordered":
	default:
		return false
	}
	return m.end+1 < len(toks) && toks[m.end].lower == "to" && toks[m.end+1].lower == "leave"
}
