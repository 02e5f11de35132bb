package coder

import (
	"strings"

	"storyline/internal/event"
)

// Twenty-ninth pass (stop 47): a request told from the side of the one
// who gets it. News writes "Singapore received the formal request from
// Indonesia", "the Canadian Department of Justice has received a formal
// extradition request from the United States": the subject of "received"
// is asked, the country after "from" asks. Read as a plain subject, the
// receiver came out as the asker and the asker as the one asked.

// receivedAskNouns are the heads of a noun cue of asking that can be received.
var receivedAskNouns = map[string]bool{
	"request": true, "requests": true, "appeal": true, "appeals": true,
	"demand": true, "demands": true, "petition": true, "petitions": true,
}

// receivedRequestAt returns the index of a verb of receiving that takes the
// noun cue of asking m as its object ("received a formal extradition
// request"), with at most four words between them and no punctuation, or
// -1.
func receivedRequestAt(toks []token, m match) int {
	if m.cue.Type != "REQUEST" || !receivedAskNouns[toks[m.end-1].lower] {
		return -1
	}
	for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
		w := toks[k].lower
		if toks[k].punct {
			return -1
		}
		if strings.HasPrefix(w, "receiv") {
			return k
		}
	}
	return -1
}

// receivedRequestRole gives the roles of a received request: a party
// before the verb of receiving is asked, one named right after "from"
// behind the cue asks.
func receivedRequestRole(toks []token, m match, i int) (event.Role, bool) {
	r := receivedRequestAt(toks, m)
	if r < 0 {
		return "", false
	}
	if i < r {
		return event.RoleTarget, true
	}
	if i >= m.end && prevWord(toks, i, m.end) == "from" {
		return event.RoleSource, true
	}
	return "", false
}
