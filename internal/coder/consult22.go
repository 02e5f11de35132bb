package coder

import "strings"

// Twenty-fourth pass (stop 42, CONSULT precision): states that attend a
// gathering of many.
//
// News names the states at a summit of a bloc by their leaders' going
// there: "Leaders of India and China attended the BRICS summit in Kazan",
// "Turkey and Greece will both take part in the NATO summit", "Aliyev and
// Pashinyan attend a plenary session at the BRICS summit". Two states that
// sit in the same hall of a bloc's meeting have not met each other: the
// gathering is no meeting between them, and a reader takes no talks between
// the pair from it. A meeting the clause names "with" a partner, "between"
// two sides, as "bilateral" or on the "sidelines" of the summit stays a
// meeting of those it names ("met Xi on the sidelines of the BRICS summit").

// attendVerbs open a clause's attendance of a gathering.
var attendVerbs = map[string]bool{
	"attend": true, "attends": true, "attended": true, "attending": true,
	"participate": true, "participates": true, "participated": true, "participating": true,
}

// partVerbs stand before "part in": "took part in", "will take part in".
var partVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// gatheringHeads are the nouns of a meeting of many a state attends.
var gatheringHeads = map[string]bool{
	"summit": true, "meeting": true, "meetings": true, "conference": true, "session": true,
	"forum": true, "assembly": true, "gathering": true,
}

// blocWords, between the verb of attending and the gathering, name the
// gathering as a bloc's or a body's: "the African Union summit", "the Arab
// League meeting", "a plenary session", "a regional conference".
var blocWords = map[string]bool{
	"plenary": true, "union": true, "league": true, "nations": true, "commonwealth": true,
	"alliance": true, "bloc": true, "community": true, "organization": true, "organisation": true,
	"regional": true, "international": true, "global": true, "world": true, "general": true,
	"ministerial": true, "group": true,
}

// pairWords name the meeting of the clause as one between the sides it
// names, not a gathering they both attend.
var pairWords = map[string]bool{
	"with": true, "between": true, "bilateral": true, "sidelines": true, "sideline": true,
	"margins": true, "trilateral": true, "together": true,
}

// attendsGathering reports a CONSULT cue that is a joined subject's
// attendance of a bloc's gathering: a verb of attending ("attended", "took
// part in", "participated in") within six words before a gathering noun,
// a bloc's name or word between them (an acronym such as NATO, BRICS, G20,
// or a blocWords word), "and" or "both" before the verb in the clause, and
// no pairWords word in the clause.
func attendsGathering(toks []token, cl clause, m match) bool {
	if m.cue.Type != "CONSULT" {
		return false
	}
	v, n := attendanceSpan(toks, cl, m)
	if v < 0 || !blocBetween(toks, v, n) {
		return false
	}
	joined := false
	for i := cl.start; i < v; i++ {
		if w := toks[i].lower; w == "and" || w == "both" {
			joined = true
		}
	}
	for i := cl.start; i < cl.end; i++ {
		if pairWords[toks[i].lower] {
			return false
		}
	}
	return joined
}

// attendanceSpan gives the index of the verb of attending and of the
// gathering noun the cue holds or ends on; -1, -1 when the cue tells no
// attendance.
func attendanceSpan(toks []token, cl clause, m match) (int, int) {
	n := m.end - 1
	if attendVerbs[toks[m.start].lower] && gatheringHeads[toks[n].lower] {
		return m.start, n
	}
	n = m.start
	if !gatheringHeads[toks[n].lower] {
		return -1, -1
	}
	for i := n - 1; i >= cl.start && i >= n-6; i-- {
		if toks[i].punct {
			break
		}
		w := toks[i].lower
		if attendVerbs[w] || w == "part" && i > cl.start && partVerbs[toks[i-1].lower] {
			return i, n
		}
	}
	return -1, -1
}

// blocBetween reports a bloc's name or word strictly between v and n: a
// word written in capitals of two letters or more, with digits allowed
// ("NATO", "G20", "BRICS"), or a blocWords word.
func blocBetween(toks []token, v, n int) bool {
	for i := v + 1; i < n; i++ {
		if blocWords[toks[i].lower] || acronym(toks[i].text) {
			return true
		}
	}
	return false
}

// acronym reports a word of two or more letters or digits, all capital
// letters but for digits, with one capital at least: "NATO", "G7".
func acronym(w string) bool {
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// A call received is a phone call ("received a call from the French
// president"), but a call "from" someone "to" do a thing is an appeal:
// "Sudan received a call from the Egyptian foreign minister to open aid
// corridors". The cue "receive+|take+ a call from" is dropped when a "to"
// before a word in lower case (a verb, not a place) follows the caller
// before any punctuation.

// callToAct reports a "call from" cue followed by "to" and a word in lower
// case within ten words, no punctuation between.
func callToAct(toks []token, cl clause, m match) bool {
	if m.cue.Type != "CONSULT" || m.end-1 <= m.start || toks[m.end-1].lower != "from" || toks[m.end-2].lower != "call" {
		return false
	}
	for i := m.end; i+1 < cl.end && i < m.end+10; i++ {
		if toks[i].punct {
			return false // "a call from the King of Bahrain, ... who thanked Iraq for its response to": the call's own clause ends
		}
		if toks[i].lower == "to" && toks[i+1].lower != "the" && noPlaceAfterTo(toks, i+1) {
			return true
		}
	}
	return false
}

// The perfect's "have" is no meeting held. The cue "have+ ~4 talks|
// meeting|summit" reads "had talks with" and "have a meeting", but its
// gap can hold the perfect's own verb: "South Korea has repeatedly called
// for talks with North Korea", "Japan has repeatedly proposed a summit
// with North Korea", "has long sought a meeting with". There "has" is the
// auxiliary of another verb (a call, a bid, a proposal), and the talks are
// its object, not talks had. A participle of holding a meeting in the gap
// ("has held talks", "have resumed talks") keeps the meeting.

// heldParticiples are the participles whose object is a meeting held.
var heldParticiples = map[string]bool{
	"held": true, "hosted": true, "conducted": true, "opened": true, "started": true, "resumed": true,
	"attended": true, "joined": true, "begun": true, "had": true, "convened": true, "concluded": true,
	"wrapped": true, "ended": true, "completed": true, "finished": true, "staged": true, "organised": true,
	"organized": true, "arranged": true, "continued": true, "launched": true,
}

// auxiliaryHave reports a CONSULT cue opened by "has", "have" or "had"
// whose gap holds a participle in lower case ("-ed" or irregular) that is
// no verb of holding a meeting.
func auxiliaryHave(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" {
		return false
	}
	switch toks[m.start].lower {
	case "has", "have", "had":
	default:
		return false
	}
	for k := m.start + 1; k < m.end-1; k++ {
		w := toks[k].lower
		if !isLowerWord(toks[k].text) || heldParticiples[w] {
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w] || w == "sought" {
			return true
		}
	}
	return false
}
