package coder

// An agreement and the talks it came out of sit on the border between
// AGREE and CONSULT. English news ties the two in a few set ways, and
// each says which acts were done:
//
//   - the talks as the agreement's setting: "agreed to exchange 1,000
//     prisoners at talks in Istanbul", "agreed to a truce after talks in
//     Doha". The talks after "at", "during", "after" or "following" are
//     where the agreement was made, not what was agreed to, so an intent
//     verb ("agreed to") before them keeps its agreement; read as "agreed
//     to meet" it was a planned meeting, and the agreement was lost.
//   - talks opened by the agreement: "agreed to start negotiations on a
//     trade deal", "agreed to resume dialogue". The news is the
//     agreement (PLOVER's "express intent to meet or negotiate" is an
//     AGREE); negotiations started are a process with no day or place
//     of their own, unlike "agreed to meet" or "agreed to hold a summit",
//     which tell a meeting planned.

// talksSetting are the prepositions that place an agreement at talks.
var talksSetting = map[string]bool{"at": true, "during": true, "after": true, "following": true}

// talksOpening are the verbs that open negotiations as a process.
var talksOpening = map[string]bool{
	"start": true, "begin": true, "resume": true, "launch": true, "open": true,
	"restart": true, "relaunch": true, "commence": true, "reopen": true,
}

// agreementKeptBeforeTalks reports a meeting cue n inside the words after
// an intent verb m that does not make m a planned meeting: the talks are
// the agreement's setting ("agreed to exchange prisoners at talks in
// Istanbul") or are opened by it ("agreed to start negotiations").
func agreementKeptBeforeTalks(toks []token, m, n match) bool {
	if m.cue.Type != "AGREE" {
		return false
	}
	for i := m.end; i <= n.start && i < len(toks); i++ {
		if i < n.start && talksSetting[toks[i].lower] {
			return true
		}
		if talksOpening[toks[i].lower] {
			return true
		}
	}
	return false
}
