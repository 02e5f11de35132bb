package coder

import "strings"

// An expulsion is told as an order to leave as often as with "expel":
// "Algeria ordered 12 French embassy officials to leave the country",
// "gave 48 hours to 12 employees of the French embassy to leave", "gave
// the Spaniards and Mexico's ambassador just 72 hours to leave", "issued a
// 48-hour ultimatum for twelve French diplomats to leave its territory".
// News names those sent away at length (a number, a nationality, a rank,
// the post they hold, a list joined by "and"), so the words between the
// order and "to leave" outrun a cue's window, and the leaving alone reads
// as the envoys' own departure (a RETREAT) or the ultimatum as a threat.
// When a state's envoys or the staff of its mission stand between an
// active order and "to leave", the order is their expulsion: a SANCTION by
// the one who orders (PLOVER: expel or withdraw). A government telling
// its own people to go ("ordered its embassy staff to leave Iraq") evacuates
// them: "its", "their" or "our" before the leaving keeps the rule off.

// envoyOrder codes the order that sends another state's envoys away.
var envoyOrder = &cue{Type: "SANCTION", text: "(order envoys to leave)"}

// orderWords are the verbs that tell someone to go, and the ultimatum
// given for it.
var orderWords = map[string]bool{
	"order": true, "orders": true, "ordered": true, "ordering": true,
	"tell": true, "tells": true, "told": true, "telling": true,
	"instruct": true, "instructs": true, "instructed": true, "instructing": true,
	"give": true, "gives": true, "gave": true, "giving": true,
	"ultimatum": true,
}

// envoysToLeave replaces the leaving told as the infinitive of an order
// to envoys ("ordered 12 French embassy officials to leave") by the order,
// coded as their expulsion, and drops the retreat and threat the words
// would tell alone.
func (lx *lexicon) envoysToLeave(toks []token, matches []match) []match {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "to" || !leaveInfinitive(toks[i+1].lower) {
			continue
		}
		v := envoyOrderAt(toks, i)
		if v < 0 || expulsionCovers(matches, v, i) {
			continue
		}
		kept := matches[:0]
		for _, m := range matches {
			if m.start < v || m.start > i+1 || m.cue.Type != "RETREAT" && m.cue.Type != "THREATEN" && m.cue.Type != "REQUEST" {
				kept = append(kept, m)
			}
		}
		matches = append(kept, match{cue: envoyOrder, start: v, end: v + 1, head: v, form: lx.forms[toks[v].lower]})
	}
	return matches
}

// leaveInfinitive reports the verbs of leaving a country after "to".
func leaveInfinitive(w string) bool {
	return w == "leave" || w == "depart" || w == "vacate" || w == "quit" || w == "exit"
}

// envoyOrderAt returns the active order verb before the "to" at i whose
// object names envoys or a mission, or -1. For an ultimatum it returns the
// verb that issues or gives it ("issued a 48-hour ultimatum").
func envoyOrderAt(toks []token, i int) int {
	envoys := false
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		w := toks[j].lower
		switch {
		case sentenceStop(w):
			return -1
		case w == "its" || w == "their" || w == "our":
			return -1 // "ordered its embassy staff to leave": its own people
		case envoyWord(w):
			envoys = true
		case orderWords[w]:
			if w == "ultimatum" && envoys {
				return issuerOf(toks, j)
			}
			if w != "ultimatum" && passiveGive(toks, j) {
				if envoysBefore(toks, j) {
					return j // "the Mexican ambassador and the Spanish consul were ordered to leave"
				}
				return -1 // "were given 72 hours to leave": the expulsion is told apart (deadlines16.go)
			}
			if !envoys {
				return -1
			}
			return j
		}
	}
	return -1
}

// issuerOf returns the verb that issues or gives the ultimatum at u, or -1.
func issuerOf(toks []token, u int) int {
	for j := u - 1; j >= 0 && j >= u-4; j-- {
		w := toks[j].lower
		if strings.HasPrefix(w, "issu") || giveWords[w] || strings.HasPrefix(w, "deliver") {
			if passiveGive(toks, j) {
				return -1
			}
			return j
		}
	}
	return -1
}

// expulsionCovers reports a SANCTION cue already told between the order at
// v and the leaving at i ("ordered five Moldovan diplomats to leave").
func expulsionCovers(matches []match, v, i int) bool {
	for _, m := range matches {
		if m.cue.Type == "SANCTION" && m.start <= i && m.end > v {
			return true
		}
	}
	return false
}

// envoysBefore reports envoys named before the passive order at j, in the
// same sentence: "the Mexican ambassador, the Spanish chargé d'affaires
// and the Spanish consul were all ordered to leave".
func envoysBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-14; k-- {
		w := toks[k].lower
		if sentenceStop(w) {
			return false
		}
		if envoyWord(w) {
			return true
		}
	}
	return false
}
