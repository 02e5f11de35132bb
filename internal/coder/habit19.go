package coder

import "strings"

// Twenty-first pass (stop 39): habits told in the present and states
// measured from a year. News sets its story against what a state does as
// a rule — "Beijing routinely accuses Washington of meddling", "North Korea
// regularly threatens the South", "The Turkish air force regularly flies
// strikes against the PKK" — and against what has held since a year long
// gone — "Russia has supported Venezuela since 1999", "the embargo the
// United States has maintained since 1962". Neither is the act of a day.
// The news itself keeps its past ("accused Washington on Monday") and its
// records ("the largest attack since 2022", "for the first time since
// 2019"), which measure the act against the year.

// presentHabitAdverbs are the adverbs of frequency before a verb in the
// simple present.
var presentHabitAdverbs = map[string]bool{
	"routinely": true, "usually": true, "typically": true, "regularly": true, "often": true,
	"frequently": true, "habitually": true, "generally": true, "normally": true, "customarily": true,
	"traditionally": true, "always": true,
}

// presentHabit reports a cue whose verb, in the simple present, follows an
// adverb of frequency: "routinely accuses", "regularly flies strikes",
// "often hold talks". A modal, "to" or a perfect before the adverb leaves
// it to the rules of plans and of habits told in the perfect.
func presentHabit(toks []token, m match) bool {
	for a := m.start - 1; a >= 1 && a >= m.start-4; a-- {
		if toks[a].punct {
			return false
		}
		if !presentHabitAdverbs[toks[a].lower] {
			continue
		}
		if a+1 >= len(toks) || !presentVerb(toks[a+1], a+1 == m.start && m.form == formBase) {
			return false
		}
		p := toks[a-1]
		return !isModal(p) && !futureModals[p.lower] && p.lower != "to" && !wasVerbs[p.lower] && !beVerbs[p.lower]
	}
	return false
}

// presentVerb reports a verb in the simple present: a third person in "-s"
// ("accuses", "flies"), or the cue's own base form after a plural subject.
func presentVerb(t token, base bool) bool {
	if !isLowerWord(t.text) {
		return false
	}
	switch t.lower {
	case "is", "has", "was", "does":
		return false
	}
	return base || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")
}

// sinceYearAt reports "since" and a year at toks[i] that measures a
// state, not a record: no superlative, "first", "ever" or "time" in the
// six words before it ("the largest drill since 1996").
func sinceYearAt(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].lower != "since" || !yearWord(toks[i+1].lower) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].lower
		if w == "first" || w == "ever" || w == "time" || w == "most" || w == "least" || len(w) > 4 && strings.HasSuffix(w, "est") {
			return false
		}
	}
	return true
}

// yearWord reports a four-digit year of the last two centuries.
func yearWord(w string) bool {
	return len(w) == 4 && isDigits(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// stateSinceYear reports a cue in a perfect clause measured from a year:
// "has supported Venezuela ... since 1999".
func stateSinceYear(toks []token, m match) bool {
	aux := perfectAux(toks, m)
	if aux < 0 {
		return false
	}
	for i := aux + 1; i < len(toks) && i < aux+24; i++ {
		if adverbListJoint(toks, i) {
			continue // "militarily, economically and diplomatically"
		}
		if phraseBreaks[toks[i].lower] || clauseStops[toks[i].lower] || toks[i].lower == "that" {
			break // "a dispute that has lasted since 2001": the relative clause's span (sincenoun50.go)
		}
		if sinceYearAt(toks, i) && !nounStateSince(toks, i) {
			return true
		}
	}
	return false
}

// adverbListJoint reports a comma or "and" between two adverbs in "-ly".
func adverbListJoint(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].lower != "," && toks[i].lower != "and" {
		return false
	}
	return strings.HasSuffix(toks[i-1].lower, "ly") && strings.HasSuffix(toks[i+1].lower, "ly")
}
