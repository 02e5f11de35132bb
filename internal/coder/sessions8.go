package coder

import "strings"

// A body that meets "in" or "for" a session is sitting as itself, not
// meeting another state: "Iraq's parliament, meeting for an emergency
// session, voted ...", "the Security Council, meeting in closed session".
// The act is what the sitting does (its vote), and the countries the
// sentence names are not the sides of a meeting.
func sitsInSession(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.noun || !strings.HasPrefix(toks[m.start].lower, "meet") {
		return false
	}
	if m.end >= len(toks) || toks[m.end].lower != "in" && toks[m.end].lower != "for" {
		return false
	}
	for k := m.end + 1; k < len(toks) && k <= m.end+4; k++ {
		switch toks[k].lower {
		case "session", "sessions", "sitting":
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
