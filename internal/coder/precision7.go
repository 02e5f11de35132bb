package coder

import "strings"

// Rules of the seventh pass (stop 25) on precision: events the coder
// built from words that tell no act between two states.

// oneStateWithBodies reports a meeting whose sides are one state at most
// and international bodies: "Turkey called an extraordinary meeting of
// NATO", "will confer with its EU and NATO partners", "ordered
// consultations with NATO, the United Nations". News tells so how a state
// takes a matter to the bodies it sits in; the meeting between states is
// told apart, with the other state named.
func oneStateWithBodies(parties []*party) bool {
	states, bodies := 0, 0
	for _, p := range parties {
		switch {
		case p.country != "":
			states++
		case p.igo:
			bodies++
		default:
			return false // a group or a company the catalog knows: not told this way
		}
	}
	return states < 2 && bodies > 0
}

// attendedNouns are the meetings a story tells once and then says who was
// present at: "the meeting was attended by", "attending the talks".
var attendedNouns = map[string]bool{
	"meeting": true, "talks": true, "session": true, "discussions": true, "negotiations": true, "consultations": true,
}

// attendsToldMeeting reports a meeting cue that tells who attended the
// meeting the story has told ("The meeting was attended by the US and
// Chinese ambassadors", "with their ambassadors attending the talks"):
// those named were present at it, as observers or hosts; they do not meet
// each other. The noun is definite; a summit, which news says leaders
// "attended" as its parties, is left alone.
func attendsToldMeeting(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.end < 2 {
		return false
	}
	if !m.noun && strings.HasPrefix(toks[m.start].lower, "attend") {
		return attendedNouns[toks[m.end-1].lower] && definite[toks[m.end-2].lower] && m.end-2 > m.start
	}
	if m.noun && m.start > 0 && definite[toks[m.start-1].lower] && attendedNouns[toks[m.end-1].lower] {
		k := m.end
		for k < len(toks) && k <= m.end+2 && beForms[toks[k].lower] {
			k++
		}
		return k > m.end && k < len(toks) && strings.HasPrefix(toks[k].lower, "attend")
	}
	return false
}

// beForms are the forms of "be" (and "will") of a passive: "was attended".
var beForms = map[string]bool{"is": true, "was": true, "were": true, "be": true, "been": true, "being": true, "will": true}

// tellsAttendance reports a sentence that tells who attended the meeting
// told before (attendsToldMeeting): its other meeting words ("in response
// to an invitation to discuss peace") are that meeting's too.
func tellsAttendance(toks []token, matches []match) bool {
	for _, m := range matches {
		if attendsToldMeeting(toks, m) {
			return true
		}
	}
	return false
}

// receivingWords take a reaction as what their subject met with:
// "following widespread criticism", "drew much criticism", "faced
// condemnation".
var receivingWords = map[string]bool{
	"following": true, "amid": true, "faced": true, "faces": true, "facing": true, "received": true,
	"attracted": true, "drew": true, "draws": true, "drawn": true, "sparked": true, "sparks": true,
	"prompted": true, "triggered": true, "provoked": true, "provokes": true,
}

// criticismByNoOne reports an accusation told as criticism that the
// subject met with from critics the text does not name as a state:
// "did a turnabout following widespread criticism over his decision",
// "has provoked widespread criticism among commentators who worry", "drew
// much criticism by those who accused Trump of leaving the Kurds". The
// countries such a sentence names are the one criticised and what the
// criticism is about; no state accuses. "drew swift condemnation from
// Qatar" names its critic and stays.
func criticismByNoOne(toks []token, m match, matches []match) bool {
	if m.cue.Type != "ACCUSE" {
		return false
	}
	if !m.noun {
		// "by those who accused Trump of ...": the unnamed critics' words.
		if m.start < 2 || toks[m.start-1].lower != "who" || !isLowerWord(toks[m.start-2].text) {
			return false
		}
		for _, n := range matches {
			if n.noun && n.end < m.start && m.start-n.end <= 5 && criticismByNoOne(toks, n, nil) {
				return true
			}
		}
		return false
	}
	w := toks[m.end-1].lower
	if w != "criticism" && w != "condemnation" {
		return false
	}
	received := false
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if receivingWords[toks[k].lower] {
			received = true
			break
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	if !received {
		return false
	}
	for k := m.end; k < len(toks) && k <= m.end+8; k++ {
		t := toks[k]
		if t.punct {
			return true
		}
		if t.lower == "from" || t.lower == "by" || t.lower == "among" {
			j := k + 1
			if j < len(toks) && toks[j].lower == "the" {
				j++
			}
			return j >= len(toks) || isLowerWord(toks[j].text) // "from critics", not "from Qatar"
		}
	}
	return true
}

// accuserUnnamed reports an accusation told in the passive whose accuser
// the text does not name as an actor: "It was accused of attacking Mr
// Assad's enemies", "in a move that was denounced by Kurdish-led forces as
// a stab in the back". The countries named after the verb are what the
// charge is about, not who makes it: only the accused before the verb is
// a side, and the event has one side. "was accused by Washington of"
// names its accuser and stays.
func accuserUnnamed(toks []token, cl clause, m match, typ string, spans []span) bool {
	if typ != "ACCUSE" || m.cue.Type != "ACCUSE" || m.noun || !isPassive(toks, m) {
		return false
	}
	for k := m.end; k < cl.end && k <= m.end+6; k++ {
		if toks[k].lower != "by" {
			if toks[k].punct {
				break
			}
			continue
		}
		for _, sp := range spans {
			if sp.start >= k+1 && sp.start <= k+3 && !sp.m.Group {
				return false // "was condemned by the United States"
			}
		}
		return true
	}
	return true
}

// strengthenVerbs open the cues of working to make ties closer: "deepen
// ties", "boost cooperation", "strengthen the alliance".
var strengthenVerbs = []string{"strengthen", "deepen", "boost", "expand", "bolster", "enhance"}

// undertakings make the aim after them a promise, told as an agreement:
// "agreed to deepen ties", "pledged to boost cooperation", "signed a
// memorandum to expand cooperation".
var undertakings = []string{"agree", "pledge", "promis", "vow", "committed", "commits", "decide", "decision", "resolv",
	"sign", "deal", "accord", "pact", "memorand", "treaty", "undert"}

// cooperationAsAim reports a cue of closer ties told as the aim of
// something else and no act of its own: "as both sides look to deepen
// strategic cooperation", "China and Russia have used the SCO to deepen
// ties", "reaffirmed their intent to boost trilateral cooperation", "their
// commitment to strengthening the alliance". After a promise ("agreed to
// deepen ties", "pledged to boost cooperation") the aim is what was
// agreed, and stays.
func cooperationAsAim(toks []token, m match) bool {
	if m.cue.Type != "COOPERATE" || m.noun || m.start < 2 {
		return false
	}
	head := toks[m.start].lower
	strengthen := false
	for _, v := range strengthenVerbs {
		if strings.HasPrefix(head, v) {
			strengthen = true
			break
		}
	}
	if !strengthen || toks[m.start-1].lower != "to" && !(m.form == formIng && toks[m.start-1].lower == "of") {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-16; k-- {
		w := toks[k].lower
		if w == "." || w == ";" {
			break
		}
		for _, u := range undertakings {
			if strings.HasPrefix(w, u) {
				return false
			}
		}
	}
	return true
}

// countWords count the acts of a tally: "have fought two wars".
var countWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "several": true, "multiple": true, "numerous": true, "many": true, "countless": true,
}

// tallyNouns count acts over years, not the people or things of one act
// ("has freed six detainees" is news).
var tallyNouns = map[string]bool{"wars": true, "times": true, "occasions": true, "rounds": true, "conflicts": true}

// toldAsTally reports an act told as a tally or a habit of the past, which
// sums up history and reports no act of the news: "Armenia and Azerbaijan
// have fought two wars over the enclave", "North Korea has a long history
// of detaining foreigners". A perfect with a count of acts, or an -ing
// form after "history of" or "record of".
func toldAsTally(toks []token, m match) bool {
	if m.start >= 2 && toks[m.start-1].lower == "of" && (toks[m.start-2].lower == "history" || toks[m.start-2].lower == "record") {
		return m.form == formIng
	}
	if m.noun || m.start == 0 {
		return false
	}
	k := m.start - 1
	if strings.HasSuffix(toks[k].lower, "ly") && k > 0 {
		k-- // "have repeatedly fought"
	}
	switch toks[k].lower {
	case "have", "has", "had":
	default:
		return false
	}
	for j := m.start + 1; j <= m.end && j+1 < len(toks); j++ {
		if countWords[toks[j].lower] && tallyNouns[toks[j+1].lower] {
			return true
		}
	}
	return false
}
