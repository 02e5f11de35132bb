package coder

import (
	"slices"
	"strings"

	"storyline/internal/event"
)

// Words that make a clause hypothetical, negated or merely considered: such
// a clause reports no event.
var (
	negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "without": true, "nor": true, "neither": true,
		// "Nobody from Uruguay has sought a meeting with him": the subject
		// that names no one denies the act as "no one" does (twenty-seventh
		// pass).
		"nobody": true}
	modals = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true, "must": true, "can": true, "ought": true}
	// conditionals anywhere before the cue in the clause.
	conditionals = map[string]bool{"if": true, "unless": true, "whether": true, "lest": true,
		// "Imagine that China blockades Taiwan", "Suppose Iran closes the
		// strait": a case put to the reader (twenty-first pass).
		"imagine": true, "imagines": true, "imagining": true, "suppose": true, "supposing": true}
	// considering verbs right before the cue ("had considered visiting").
	considering = map[string]bool{
		"consider": true, "considered": true, "considering": true, "considers": true,
		"mull": true, "mulled": true, "mulling": true, "weigh": true, "weighed": true, "weighing": true,
		// The headline present of the same verbs: "Brazil mulls Argentina
		// visit", "Japan weighs sanctions on Russia" (twenty-second pass).
		"mulls": true, "weighs": true,
		"explore": true, "explored": true, "exploring": true, "possible": true, "possibility": true, "potential": true,
		"hope": true, "hopes": true, "hoped": true, "hoping": true, "want": true, "wants": true, "wanted": true,
		"proposed": true, "propose": true, "proposes": true, "suggested": true, "suggest": true, "idea": true,
		// "suggesting a follow-up meeting": a meeting proposed (seventh pass).
		"suggesting": true, "suggests": true,
		"rumoured": true, "rumored": true, "speculation": true, "unlikely": true, "refused": true, "failed": true,
		// Reluctance: "Washington was cautious about welcoming him".
		"cautious": true, "reluctant": true, "hesitant": true, "wary": true, "loath": true, "unwilling": true,
	}
	// planned markers right before the cue.
	plannedBefore = map[string]bool{
		"will": true, "'ll": true, "shall": true, "scheduled": true, "slated": true, "due": true,
		"set": true, "planned": true, "plans": true, "planning": true, "plan": true, "upcoming": true,
		"next": true, "expected": true, "expects": true, "going": true, "intends": true, "aims": true,
		"prepares": true, "preparing": true, "forthcoming": true, "proposed": true, "agreed": true, "agree": true,
		"decided": true, "arranged": true, "ahead": true, "announced": true,
		// An arrangement being made and an act awaited are still to come:
		// "was arranging a visit to Seoul", "awaits a formal request"
		// (eighteenth pass).
		"arranging": true, "arranges": true, "awaits": true, "awaiting": true, "await": true,
	}
	cancelWords = map[string]bool{
		"cancelled": true, "canceled": true, "cancels": true, "cancel": true, "postponed": true, "postpones": true,
		"postpone": true, "scrapped": true, "scraps": true, "shelved": true, "called": true, "calls": true, "put": true,
		"delayed": true, "delays": true, "axed": true,
	}
	beVerbs  = map[string]bool{"is": true, "are": true, "am": true, "'s": true, "'re": true, "be": true, "being": true}
	wasVerbs = map[string]bool{"was": true, "were": true, "been": true, "had": true, "has": true, "have": true, "did": true}
)

// isModal reports a modal verb. A capitalised "May" inside a sentence is
// a name ("Theresa May condemned") or the month, never the verb.
func isModal(t token) bool {
	return modals[t.lower] && t.text != "May"
}

// progressive reads "was severing", "is severing" and "are meeting" on their
// own, before the words further back ("announced it was severing" is no
// announcement of a plan): the act is going on. Only a meeting told in the
// present progressive may be an arrangement ("is meeting X next week"),
// which the date settles later.
func progressive(toks []token, cl clause, m match) (event.Status, bool) {
	if m.form != formIng || m.start-1 < cl.start {
		return "", false
	}
	be := toks[m.start-1].lower
	if m.start-2 >= cl.start {
		switch toks[m.start-2].lower {
		case "will", "'ll", "to", "would", "could", "might", "may", "not", "n't", "never":
			return "", false // "will be meeting", "is not severing"
		}
	}
	switch {
	case be == "was" || be == "were":
		return event.Occurred, true
	case beVerbs[be] && be != "be" && be != "being" && m.cue.Type != "CONSULT":
		return event.Occurred, true
	}
	return "", false
}

// attempts before "to" tell an act tried, which PLOVER codes as the act.
var attempts = map[string]bool{"attempted": true, "tried": true, "attempts": true, "tries": true}

// arrangedFor reports a word of time to come in the clause ("is meeting X
// next week", "are visiting on Friday"), which makes a meeting told in the
// present progressive an arrangement rather than one going on.
func arrangedFor(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end; i++ {
		switch toks[i].lower {
		case "next", "tomorrow", "later", "upcoming", "monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "weekend", "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december":
			return true
		}
	}
	return false
}

// pastLikeBase are verbs whose past is written as their base.
var pastLikeBase = map[string]bool{
	"cut": true, "put": true, "hit": true, "set": true, "beat": true, "shut": true, "quit": true,
	"let": true, "cast": true, "spread": true, "hurt": true, "shed": true, "bid": true, "upset": true,
}

// notPastBefore are words after which such a base is no past: "to cut",
// "did not cut", "will cut", "they cut" (a habit as much as a past).
var notPastBefore = map[string]bool{
	"to": true, "not": true, "n't": true, "did": true, "do": true, "does": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "must": true, "should": true, "shall": true,
	"i": true, "we": true, "you": true, "they": true, "and": true, "or": true,
}

// verdict is what the words around a cue make of it.
type verdict uint8

const (
	asEvent verdict = iota // an event with the status found
	noEvent                // conditional, hypothetical or merely considered
	negated                // "did not", "refused to", "failed to": not this event
	obliged                // "must", "should" in reported speech: a demand
)

// continuing verbs before "to" tell an act going on, not one announced.
var continuing = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true}

// refusals before a cue negate it like "not" does.
var refusals = map[string]bool{"failed": true, "fails": true, "refused": true, "refuses": true, "declined": true, "declines": true}

// clauseStatus reads the status of the event a cue reports from the words
// around it, and whether the clause reports the event at all.
func clauseStatus(toks []token, cl clause, m match, speech []clause) (event.Status, verdict) {
	// Conditionals anywhere before the cue in the clause.
	for i := cl.start; i < m.start; i++ {
		if conditionals[toks[i].lower] {
			return "", noEvent
		}
	}
	if counterfactualBefore(toks, cl, m) {
		return "", noEvent
	}
	if hypotheticalSubject(toks, m) {
		return "", noEvent // "A US strike on Venezuela would be illegal" (hypothetical19.go)
	}
	afterSpeech := false
	for _, r := range speech {
		if r.end <= m.start {
			afterSpeech = true
		}
	}
	// The auxiliary chain before the cue: up to 5 words, not across
	// punctuation or another clause.
	lo := max(cl.start, m.start-5)
	// A modal anywhere in the chain outweighs a negation nearer the cue:
	// "concessions they might not otherwise have agreed to" is no refusal.
	for i := m.start - 1; i >= lo && !toks[i].punct; i-- {
		if w := toks[i].lower; isModal(toks[i]) && w != "would" && w != "must" && w != "should" || negativeModals[w] {
			return "", noEvent
		}
	}
	// "would have objected", "should then have claimed": a counterfactual
	// past, which did not happen.
	for i := m.start - 1; i >= lo && !toks[i].punct; i-- {
		if isModal(toks[i]) && (i+1 < m.start && toks[i+1].lower == "have" || i+2 < m.start && toks[i+2].lower == "have") {
			return "", noEvent
		}
	}
	if st, ok := progressive(toks, cl, m); ok {
		return st, asEvent
	}
	if st, ok := plannedObject(toks, cl, m); ok {
		return st, asEvent // "plans to proceed with a formal request", "preparations for the protests" (planwords18.go)
	}
	if i := nearAct(toks, cl, m); i >= 0 {
		if pastNear(toks, cl, i) {
			return "", noEvent // "were on the verge of a deal when the talks collapsed": never reached (pending18.go)
		}
		return event.Planned, asEvent // "are close to signing a deal", "on the verge of" (pending18.go)
	}
	if toks[m.start].lower == "due" {
		return event.Planned, asEvent // "Macron due in U.K. for state visit": a trip to come (cues.tsv "due in")
	}
	status := event.Unknown
	ongoing := false
	for i := m.start - 1; i >= lo; i-- {
		w := toks[i].lower
		if isQuoteMark(w) && i > lo {
			continue // a quotation mark hides no tense: "would “totally destroy”"
		}
		if toks[i].punct || w == "that" {
			// "announced that American forces bombed": the words before
			// "that" belong to the verb that reports the act.
			break
		}
		switch {
		case negations[w] || refusals[w]:
			return event.Occurred, negated
		case stoppedShort(toks, lo, i):
			return "", noEvent // "stopped short of expelling the ambassador": not done, and no refusal either (status22.go)
		case ruledOut(toks, lo, i):
			return event.Occurred, negated // "ruled out a visit to Morocco" (status22.go)
		case unfulfilledPlan(toks, lo, i):
			if m.cue.Type == "CONSULT" {
				return event.Cancelled, asEvent // "was to have met the Ugandan president" (status22.go)
			}
			return "", noEvent
		case deniedPlan(toks, lo, i):
			return "", noEvent // "denies plan to host talks" (status22.go)
		case considering[w] || unableTo(toks, i, m):
			return "", noEvent // "was unable to send aid" (status21.go)
		case w == "forward" && i > 0 && strings.HasPrefix(toks[i-1].lower, "look"):
			return "", noEvent // "had been looking forward to the visit": a wish (seventh pass)
		case isModal(toks[i]):
			if w == "would" && (afterSpeech || trailingSpeech(toks, speech, m) || len(speech) == 0 && backshiftedWould(toks, cl, m, i)) { // ", officials said" (status21.go); "Ghana would send soldiers." (consult50.go)
				status = event.Planned // reported future: "said he would visit"
				continue
			}
			if (w == "must" || w == "should") && afterSpeech {
				return event.Occurred, obliged
			}
			return "", noEvent
		case (w == "announced" || w == "announces") && m.noun && status == event.Unknown:
			// "announced the expulsion of": announcing it is the act;
			// a date still to come makes it planned (dateReport).
			status = event.Occurred
		case plannedBefore[w] && status == event.Unknown && !tellsPast(toks, cl, m):
			status = event.Planned
		case w == "to" && i == m.start-1 && status == event.Unknown && i > lo && continuing[toks[i-1].lower]:
			// "The two sides continue to negotiate": going on now;
			// "will continue to" is still planned by the "will" before.
			ongoing = true
		case w == "to" && i == m.start-1 && status == event.Unknown && decidedSupport(toks, m, i):
			status = event.Occurred // "has decided to recognise Palestine" (support22.go)
		case w == "to" && i == m.start-1 && status == event.Unknown && (causedAct(toks, cl, i) || forcedAct(toks, cl, i)):
			status = event.Occurred // "leading Merkel to demand answers", "prompted Norway to expel" (status22.go)
		case w == "to" && i == m.start-1 && status == event.Unknown && i > lo && attempts[toks[i-1].lower]:
			status = event.Occurred // "attempted to storm the embassy": the attempt is the act
		case w == "to" && i == m.start-1 && status == event.Unknown:
			status = event.Planned // "to hold talks", "agreed to meet"
			if st, ok := firstTo(toks, cl, i); ok {
				status = st // "was the first leader to visit": it happened
			} else if m.cue.Type == "CONSULT" && purposeTo(toks, cl, i) && movedToMeet(toks, cl, i) {
				status = event.Occurred // "walked across the border to meet" (status18.go)
			} else if purposeTo(toks, cl, i) && m.cue.Type != "CONSULT" {
				// "trained the forces to fight", "needed the match to
				// beat them": an aim, not a threat announced. A
				// peaceful aim is the act itself ("stayed home on
				// Monday to protest").
				if hostile[m.cue.Type] || m.cue.Type == "THREATEN" {
					if announcedBeforeTime(toks, cl, i) {
						return event.Planned, asEvent // "voted on Thursday to send troops" (mobilize22.go)
					}
					return "", noEvent
				}
				status = event.Occurred
				if pendingAim(toks, cl, i) {
					status = event.Planned // "have yet to sign", "are working to sign" (pending18.go)
				}
			}
		}
	}
	// Cancellation anywhere in the clause around a meeting.
	for i := cl.start; i < cl.end && m.cue.Type == "CONSULT"; i++ {
		w := toks[i].lower
		if w == "ahead" && notGoingAhead(toks, cl, i) {
			return event.Cancelled, asEvent // "the visit will no longer go ahead" (sides6.go)
		}
		if notHeld(toks, cl, m, i) {
			return event.Cancelled, asEvent // "the talks did not take place" (status21.go)
		}
		if !cancelWords[w] {
			continue
		}
		if (w == "called" || w == "calls") && !(i+1 < cl.end && toks[i+1].lower == "off") {
			continue
		}
		if w == "put" && !(i+1 < cl.end && toks[i+1].lower == "off") {
			continue
		}
		return event.Cancelled, asEvent
	}
	if status != event.Unknown {
		return status, asEvent
	}
	if ongoing {
		return event.Occurred, asEvent
	}
	prev := ""
	if m.start-1 >= cl.start {
		prev = toks[m.start-1].lower
	}
	if st, _, ok := onTrip(toks, cl, m); ok {
		return st, asEvent // "is on an official visit to" (ongoing.go)
	}
	switch m.form {
	case formPast, formParticiple:
		return event.Occurred, asEvent
	case formThird:
		if prev == "for" {
			return nounStatus(toks, cl, m), asEvent // "will be in Muscat on Saturday for talks": a noun (pending18.go)
		}
		if travelPresent(toks, m) {
			return event.Unknown, asEvent // "heads to Algeria on Thursday": the day tells (status22.go)
		}
		return event.Occurred, asEvent // headline present: "Biden meets Xi"
	case formIng:
		if admitting[prev] {
			return event.Occurred, asEvent // "admitted shooting down a Ukrainian airliner" (people9.go)
		}
		if beVerbs[prev] {
			if m.cue.Type == "CONSULT" && arrangedFor(toks, cl) {
				return event.Planned, asEvent // an arrangement: "is meeting X next week"
			}
			return event.Occurred, asEvent // going on: "is denying them vaccines", "are meeting in Singapore"
		}
		if wasVerbs[prev] {
			return event.Occurred, asEvent
		}
		if m.cue.Type != "CONSULT" && futureFrame(toks, cl.start, m.start) {
			return event.Planned, asEvent // "will send a note to Germany demanding reparations" (status22.go)
		}
	case formBase:
		if supportAfterPastVerb(toks, cl, m) {
			return event.Occurred, asEvent // "voiced support for Ukraine's bid on Monday" (support22.go)
		}
		// "had cut ties", "Lula cut short talks": a perfect, or a verb
		// whose past is its base told after its subject, is past.
		if prev == "had" || prev == "has" || prev == "have" {
			return event.Occurred, asEvent
		}
		if pastLikeBase[toks[m.start].lower] && prev != "" && !notPastBefore[prev] {
			return event.Occurred, asEvent
		}
	}
	if m.noun || m.form == formNone || m.form == formIng {
		if st := nounStatus(toks, cl, m); st != event.Unknown || !underWay(toks, cl) {
			return st, asEvent
		}
	}
	if underWay(toks, cl) {
		return event.Occurred, asEvent // "as the three-day visit got underway": going on (ongoing.go)
	}
	return event.Unknown, asEvent
}

// purposeTo reports an infinitive of purpose or result: the "to" at index
// to follows neither an announcing word ("plans to", "vowed to", "is to"),
// nor a headline subject ("Japan to impose"), nor the start of the clause.
func purposeTo(toks []token, cl clause, to int) bool {
	if to == cl.start {
		return false
	}
	p := toks[to-1]
	if p.punct {
		return true // "... – formerly the Free Syrian Army – to fight"
	}
	if announcing[p.lower] || plannedBefore[p.lower] || beVerbs[p.lower] || wasVerbs[p.lower] {
		return false
	}
	if mandateNouns[p.lower] {
		return false // "approved a motion to send troops" (mobilize22.go)
	}
	if r := []rune(p.text); len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' && to-cl.start <= 6 &&
		!isWeekdayOrTime(p.lower) && !monthNames[p.lower] {
		return false // a headline subject: "Japan to impose sanctions"
	}
	return true
}

// announcing words before "to" make the infinitive the act announced.
var announcing = map[string]bool{
	"vowed": true, "vows": true, "vow": true, "pledged": true, "pledges": true, "pledge": true, "promised": true,
	"promises": true, "threatened": true, "threatens": true, "threaten": true, "intend": true, "intended": true,
	"decide": true, "decides": true, "voted": true, "votes": true, "moved": true, "moves": true, "ready": true,
	"prepared": true, "willing": true, "poised": true, "able": true, "seeks": true, "sought": true, "seeking": true,
	"offered": true, "offers": true, "aim": true, "aimed": true, "aiming": true, "tried": true, "tries": true, "attempted": true, "attempts": true,
	"wants": true, "wanted": true, "agreed": true, "agrees": true, "committed": true, "resolved": true,
	"determined": true, "began": true, "begin": true, "begins": true, "started": true, "continued": true,
	"continues": true, "continue": true, "managed": true, "ordered": true, "authorized": true, "authorised": true,
	"allowed": true, "told": true, "urged": true, "asked": true, "forced": true, "refused": true, "declined": true,
	"failed": true, "set": true, "going": true, "about": true, "likely": true, "expected": true, "need": true,
	// A decision's infinitive is what was decided: "China's decision to
	// impose tariffs on Australian barley" (decisions9.go).
	"decision": true, "decisions": true,
}

// firstTo reads "the first/last/only ... to VERB", whose infinitive takes
// the tense of the main verb: "was the first Asian leader to have a phone
// meeting" happened; "will be the first to visit" is planned. to is the
// index of "to".
func firstTo(toks []token, cl clause, to int) (event.Status, bool) {
	for i := to - 1; i >= cl.start && i >= to-6; i-- {
		switch toks[i].lower {
		case "first", "last", "only", "second", "third", "latest":
		default:
			continue
		}
		for k := i - 1; k >= cl.start && k >= i-4; k-- {
			switch toks[k].lower {
			case "was", "were", "became", "had":
				return event.Occurred, true
			case "will", "'ll":
				return event.Planned, true
			case "becomes", "is", "are":
				// "becomes the first leader to visit Israel when he
				// arrives today": the news present, happening now
				// (ongoing.go); a later date makes it planned. In a time
				// clause of a main clause to come ("will make history on
				// March 9, when she becomes the first ..."), the present
				// tells the future.
				if slices.ContainsFunc(toks[:cl.start], func(t token) bool { return t.lower == "will" || t.lower == "'ll" }) {
					return event.Planned, true
				}
				return event.Occurred, true
			}
			if toks[k].lower == "to" || plannedBefore[toks[k].lower] {
				break // "is set to become the first", "is to be the first"
			}
		}
		return event.Unknown, false
	}
	return event.Unknown, false
}

// nounStatus reads the tense of the verbs around a noun cue: "talks were
// held", "the summit will", "held talks", "after the meeting".
func nounStatus(toks []token, cl clause, m match) event.Status {
	if st, _, ok := onTrip(toks, cl, m); ok {
		return st // "is on a three-day visit to Israel" (ongoing.go)
	}
	if st, ok := progressiveLight(toks, cl, m); ok {
		return st // "is paying his first visit to Vietnam" (progressive18.go)
	}
	if crowdPlacedVerb(toks, cl, m) {
		return event.Occurred // "Protesters in Manila burned a flag on Friday" (protests20.go)
	}
	if crowdHeadlineBurn(toks, cl, m) {
		return event.Occurred // "Protesters burn Israeli flag outside embassy in Rabat" (protest47.go)
	}
	if st, ok := ownedAskingStatus(toks, m); ok {
		return st // "Cambodia's call for Thailand to withdraw troops went unanswered" (request43.go)
	}
	// The verb of a noun subject may come after a parenthesis: "The online
	// meeting between A and B, scheduled for Friday, will build on...".
	for i := m.end; i < cl.end && i < m.end+subjectPlanReach; i++ {
		i = skipParenthesis(toks, cl, i) // "A free trade agreement (FTA) between ..." (status18.go)
		if i >= m.end+14 && !namesOnly(toks, m.end, i) {
			break // past the usual reach only across the parties' names (status18.go)
		}
		w := toks[i].lower
		if toks[i].punct && w != "," && w != ")" && !gluedMark(toks, i) {
			break
		}
		if stillToCome(toks, cl, i) {
			return event.Planned // "is expected to be signed", "was yet to be signed" (status18.go)
		}
		if hopedEffect(toks, cl, i) {
			break // "an agreement that officials hope will double trade" (consult17.go)
		}
		if (w == "will" || w == "'ll") && accordEffect(toks, cl, m, i) {
			return event.Occurred // "the treaty will take ties to the next level" (effect19.go)
		}
		switch {
		case w == "will" || w == "'ll" || w == "scheduled" || w == "slated" || w == "planned" || w == "due":
			return event.Planned
		case w == "set" && i+1 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "for"):
			return event.Planned // "set to begin", not "set fire to"
		case i == m.end && isLowerWord(toks[i].text) && pastForm(w) && w != "had" && w != "was" && w != "were":
			return event.Occurred // "protesters gathered outside", "the talks ended"
		case w == "was" || w == "were" || w == "took" || w == "ended" || w == "concluded" || w == "began":
			return event.Occurred
		case (w == "has" || w == "have") && i+1 < cl.end && (irregularParticiples[toks[i+1].lower] || len(toks[i+1].lower) > 4 && strings.HasSuffix(toks[i+1].lower, "ed")):
			return event.Occurred // "the meeting has begun", "talks have ended"
		case (w == "is" || w == "are") && i+1 < cl.end && (toks[i+1].lower == "underway" || toks[i+1].lower == "under" && i+2 < cl.end && toks[i+2].lower == "way"):
			return event.Occurred // "talks are under way"
		}
	}
	lo := m.start - 6
	for i := m.start - 1; i >= cl.start && i >= lo; i-- {
		w := toks[i].lower
		if (w == "in" || w == "at") && i >= m.start-3 && m.cue.Type == "CONSULT" {
			lo = m.start - 12 // "assured the emir of Qatar in a phone call", "stressed the need for dialogue at a meeting": the meeting is when the verb was (consult50.go)
		}
		if i < m.start-6 && (w == "to" || plannedBefore[w] || isModal(toks[i])) {
			break // "is expected to brief X in a phone call": still to come
		}
		if w == "that" && i < m.start-1 {
			break // "announced that his summit with Kim will ...": the reporting verb's tense (ongoing.go)
		}
		if w == "," && i > cl.start && isLowerWord(toks[i-1].text) && isLowerWord(toks[i+1].text) && i+1 < m.start {
			continue // "ordered a full, rapid withdrawal": adjectives in a row
		}
		if toks[i].punct {
			break
		}
		if pastForm(w) {
			return event.Occurred
		}
		if irregularParticiples[w] && i > cl.start && (toks[i-1].lower == "was" || toks[i-1].lower == "were") {
			return event.Occurred // "was hit by airstrikes"
		}
		if w == "during" || w == "after" || w == "following" || followsAct(toks, i) {
			return event.Occurred // "The move follows Poland's expulsion" (days22.go)
		}
		if headlineCompletion[w] {
			return event.Occurred // "US completes withdrawal from Afghanistan" (mobilize22.go)
		}
	}
	if meetingSubjectPast(toks, cl, m) {
		return event.Occurred // "X's call with Y angered the rebels" (contact51.go)
	}
	return event.Unknown
}

// counterfactualBefore reports a counterfactual past anywhere before the
// cue in the clause: what follows "would have claimed that ..." or "would
// have \"objected\" to ..." is told as what did not happen, even when a
// quotation mark or a reported clause stands between.
func counterfactualBefore(toks []token, cl clause, m match) bool {
	for i := cl.start; i+1 < m.start; i++ {
		if !isModal(toks[i]) {
			continue
		}
		j := i + 1
		if w := toks[j].lower; j+1 < m.start && (isAdverb(w) || w == "then" || w == "also" || w == "not" || w == "never") {
			j++ // "would then have"
		}
		if toks[j].lower == "have" {
			return true
		}
	}
	return false
}

// tellsPast reports a cue in the past tense after its own subject: in
// "announced they appointed envoys" and "announced they have named
// envoys" the act is done, whatever the reporting verb before it plans.
// After a form of "be" the form is a passive ("will be appointed").
func tellsPast(toks []token, cl clause, m match) bool {
	if m.noun || m.start == cl.start {
		return false
	}
	prev := toks[m.start-1].lower
	switch prev {
	case "be", "been", "being", "is", "are", "was", "were", "am", "to":
		return false
	}
	return m.form == formPast || m.form == formParticiple && (prev == "have" || prev == "has" || prev == "had")
}
