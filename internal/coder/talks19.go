package coder

import "strings"

// An agreement and the talks it came out of sit on the border between
// AGREE and CONSULT. English news ties the two in a few set ways, and
// each says which acts were done:
//
//   - the talks as the agreement's setting: "agreed to exchange 1,000
//     prisoners at talks in Istanbul", "reached a ceasefire following
//     negotiations held in Doha", "formalised a trade deal during talks
//     at Chequers". The sides agreed, and they met: both acts are news.
//     The talks after "at", "during", "after" or "following" are where
//     the agreement was made, not what was agreed to, so an intent verb
//     ("agreed to") before them keeps its agreement.
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

// agreementMade reports an AGREE cue m that tells an agreement made by
// its sides, read off its verb: "agreed to a ceasefire during talks",
// "signed a deal after talks". A pledge or a promise is one side's
// ("pledged $4.5 billion at a meeting in Tokyo" may be a donors'
// conference), and an intent verb other than "agree" ("offered to",
// "vowed to") tells what one side means to do.
func agreementMade(toks []token, m match) bool {
	h := toks[m.head].lower
	if m.cue.Type != "AGREE" || strings.HasPrefix(h, "pledg") || strings.HasPrefix(h, "promis") {
		return false
	}
	return !m.cue.flags.intent || strings.HasPrefix(h, "agree")
}

// talksOfAgreement reports a meeting noun n that places the agreement
// main at talks its own sides held: "during talks in Doha", "following
// negotiations held in Doha", "at their first direct talks". Talks held
// "with" a third country are another meeting.
func talksOfAgreement(toks []token, m, n match, spans []span, main *report) bool {
	if main.ev.Type != "AGREE" || !agreementMade(toks, m) || n.cue.Type != "CONSULT" || !n.noun || n.start <= m.end || n.start-m.end > 12 {
		return false
	}
	i := n.start - 1
	for k := 0; k < 4 && i > m.end && isLowerWord(toks[i].text) && !talksSetting[toks[i].lower]; k++ {
		i-- // past "the", "their", "first direct", "two days of"
	}
	if !talksSetting[toks[i].lower] {
		return false
	}
	if n.end < len(toks) && toks[n.end].lower == "with" {
		return betweenSides(toks, n, spans, main)
	}
	return true
}
