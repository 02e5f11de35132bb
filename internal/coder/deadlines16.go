package coder

import "strings"

// A time given to leave is a demand, not a departure. "Iraq has given
// Turkey 48 hours to withdraw its troops", "gave the ambassador 72 hours to
// leave the country": the one who gives the time asks the other to go, and
// when those told to go are a state's envoys the demand is their expulsion.
// The leaving itself has not happened, and the side held to the time does
// not withdraw by being told to: "the ambassador and two diplomats have 72
// hours to leave" tells the deadline of an act decided by someone else, no
// withdrawal of theirs (sixteenth pass, stop 34). A withdrawal a government
// plans on its own timetable ("will withdraw all troops within 14 months")
// has no time given before the verb and stays a RETREAT.

// deadlineRequest and deadlineExpulsion code the giving of the time: a
// demand to leave, or the expulsion of envoys.
var (
	deadlineRequest   = &cue{Type: "REQUEST", text: "(give time to leave)"}
	deadlineExpulsion = &cue{Type: "SANCTION", text: "(give envoys time to leave)"}
)

// timeNouns measure the time given.
var timeNouns = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true}

// giveWords are the forms of "give" that hand over a time.
var giveWords = map[string]bool{"give": true, "gives": true, "gave": true, "given": true, "giving": true}

// deadlines replaces each leaving cue told as the infinitive of a time
// given by the giving ("gave Turkey 48 hours to withdraw"), and drops it
// when the sentence names no giver ("have 72 hours to leave") or gives the
// time in the passive ("were given 72 hours to leave": the expelling state
// is elsewhere, and the expulsion is told by its own words).
func (lx *lexicon) deadlines(toks []token, matches []match) []match {
	out := matches[:0]
	for _, m := range matches {
		t := timeGivenAt(toks, m)
		if t < 0 {
			out = append(out, m)
			continue
		}
		g := giverVerb(toks, t)
		if g < 0 || passiveGive(toks, g) {
			continue
		}
		c := deadlineRequest
		if envoyBetween(toks, g, t) {
			c = deadlineExpulsion
		}
		out = append(out, match{cue: c, start: g, end: g + 1, head: g, form: lx.forms[toks[g].lower]})
	}
	return out
}

// timeGivenAt returns the token of the time noun when the leaving cue m is
// the infinitive of a time ("48 hours to withdraw", "48 hours Sunday to
// Turkey to withdraw"), or -1. Only names, "to" and "on" may stand between
// the time and the verb.
func timeGivenAt(toks []token, m match) int {
	if m.cue.Type != "RETREAT" || m.noun || m.start < 2 || toks[m.start-1].lower != "to" || !leavingVerb(toks[m.start].lower) && !disarmingVerb(toks[m.start].lower) {
		return -1
	}
	for i := m.start - 2; i >= 0 && i >= m.start-6; i-- {
		if timeNouns[toks[i].lower] {
			return i
		}
		if w := toks[i].text; toks[i].punct || w != "to" && w != "on" && !toks[i].capital() {
			return -1 // "a day after his decision to pull out": the time is of something else
		}
	}
	return -1
}

// leavingVerb reports a verb of going away: leave, withdraw, pull (out),
// exit, depart, vacate, quit.
func leavingVerb(w string) bool {
	for _, p := range []string{"leav", "withdr", "pull", "exit", "depart", "vacat", "quit"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// giverVerb returns the "give" before the time noun at t, within the
// object a giving names ("gave the Mexican ambassador and the Spanish
// consul 72 hours"), or -1.
func giverVerb(toks []token, t int) int {
	for i := t - 1; i >= 0 && i >= t-14; i-- {
		w := toks[i].lower
		if giveWords[w] {
			return i
		}
		if sentenceStop(w) {
			return -1
		}
	}
	return -1
}

// passiveGive reports "were given", "have been given".
func passiveGive(toks []token, g int) bool {
	for i := g - 1; i >= 0 && i >= g-2; i-- {
		switch toks[i].lower {
		case "was", "were", "been", "being", "is", "are", "be", "get", "got":
			return true
		}
	}
	return false
}

// envoyWord reports a word that names a state's envoys or its mission:
// "ambassador", "embassy", "consul", "chargé d'affaires", "diplomatic
// staff".
func envoyWord(w string) bool {
	return envoyNouns[w] || missionNouns[w] || w == "consul" || w == "consuls" || w == "chargé" || w == "charge" || w == "diplomatic"
}

// sentenceStop reports a mark that ends the stretch an order or a giving
// reaches over: a full stop, a semicolon, a colon or a quotation mark.
func sentenceStop(w string) bool {
	return w == "." || w == ";" || w == ":" || isQuoteMark(w)
}

// envoyBetween reports an envoy or a mission among the words between the
// giving and the time: those given the time are a state's envoys.
func envoyBetween(toks []token, g, t int) bool {
	for i := g + 1; i < t; i++ {
		w := toks[i].lower
		if envoyWord(w) {
			return true
		}
	}
	return false
}
