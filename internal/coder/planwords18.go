package coder

import "storyline/internal/event"

// Nineteenth pass (stop 37), status second pass: words of planning that
// stand before a noun act further back than the auxiliary chain reaches.
//
// English news tells an act still to be carried out through a verb of
// going on with it: "plans to proceed with a formal request", "intends to
// go ahead with the visit", "will press ahead with new tariffs". The act
// is the object of "proceed with", and "proceed" takes the plan word
// before it; the noun act has no tense of its own. Likewise "make final
// preparations for Monday's protests": what is prepared for is still to
// come. Both are vocabulary (one story each on dev); they are read only
// when no negation or refusal stands before them.

// goAheadVerbs are the verbs of going on with an act ("proceed with",
// "press ahead with").
var goAheadVerbs = map[string]bool{"proceed": true, "press": true, "push": true, "go": true, "move": true, "forge": true}

// plannedProceed reports a noun cue that is the object of "to proceed
// with" (or "to press ahead with") governed by a word of planning: "plans
// to proceed with a formal request to extradite".
func plannedProceed(toks []token, cl clause, m match) bool {
	if !m.noun {
		return false
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-5; i-- {
		if toks[i].punct {
			return false
		}
		if toks[i].lower != "with" || i-1 < cl.start {
			continue // "with" opening the clause has no verb before it
		}
		v := i - 1
		if v > cl.start && toks[v].lower == "ahead" && toks[v-1].lower != "proceed" {
			v-- // "press ahead with", "go ahead with"
		} else if toks[v].lower != "proceed" {
			return false
		}
		if v-2 < cl.start || !goAheadVerbs[toks[v].lower] || toks[v-1].lower != "to" {
			return false
		}
		plan := toks[v-2].lower
		return (plannedBefore[plan] || plan == "intends" || plan == "intend" || plan == "intended") && !refusedBefore(toks, cl, v-2)
	}
	return false
}

// preparedFor reports a cue that is what "preparations for" (or "ahead
// of") are made for, past a day or days and a possessive: "make final
// preparations for Monday and Tuesday's mass protests" (the cue may read as a verb
// there: "protests"). Only the noun: "troops prepare for the offensive"
// tells forces readied, which the first pass found read as a threat.
// prepReach is how far back from the cue "preparations for" is looked
// for: past days, a count ("two days of mass demonstrations") and a
// place, to a participle that tells what the crowd will do ("... on the
// border protesting against the embassy move").
const prepReach = 12

func preparedFor(toks []token, cl clause, m match) bool {
	for i := m.start - 1; i > cl.start && i >= m.start-prepReach; i-- {
		w := toks[i].lower
		p := i - 1 // the word before "for"
		if w == "of" && toks[i-1].lower == "ahead" && i-2 >= cl.start {
			p = i - 2 // "preparations ahead of two days of mass demonstrations"
		} else if w != "for" {
			p = -1
		}
		if p >= 0 {
			n := toks[p].lower
			return (n == "preparations" || n == "preparation") && !refusedBefore(toks, cl, p)
		}
		if toks[i].punct && w != "'s" && w != "’s" {
			return false
		}
	}
	return false
}

// refusedBefore reports a negation or refusal in the few words before
// index i: "does not plan to proceed with" keeps no plan.
func refusedBefore(toks []token, cl clause, i int) bool {
	for k := i - 1; k >= cl.start && k >= i-4; k-- {
		if negations[toks[k].lower] || refusals[toks[k].lower] {
			return true
		}
	}
	return false
}

// plannedObject reads the two forms above as a plan.
func plannedObject(toks []token, cl clause, m match) (event.Status, bool) {
	if plannedProceed(toks, cl, m) || preparedFor(toks, cl, m) {
		return event.Planned, true
	}
	return "", false
}
