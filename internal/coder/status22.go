package coder

// Twenty-second pass (stop 40): English constructions whose status the
// coder misread in news sentences written for the pass.

// ruleOutForms are the forms of "rule" that take "out" as a refusal.
var ruleOutForms = map[string]bool{"rule": true, "rules": true, "ruled": true, "ruling": true}

// ruledOut reports "ruled out" ending at index i ("out"), no earlier than
// lo. An act ruled out is refused, not done: "Spain ruled out a visit to
// Morocco", "Britain rules out sanctions on Israel", "ruling out sending
// troops". Not ruling it out ("would not rule out military action") is
// read before this by the stance cues of cues.tsv; here the negation in
// front makes the act no more done than the refusal does.
func ruledOut(toks []token, lo, i int) bool {
	return toks[i].lower == "out" && i-1 >= lo && ruleOutForms[toks[i-1].lower]
}

// unfulfilledPlan reports "was|were to have" ending at index i ("have")
// right before a participle: "The president was to have met his Ugandan
// counterpart on Monday", "the ministers were to have signed the accord".
// English tells with it a plan that did not come about; the act was not
// done. "is to have talks" (present) is a plan still to come, read as
// "is to" is.
func unfulfilledPlan(toks []token, lo, i int) bool {
	if toks[i].lower != "have" || i-2 < lo || toks[i-1].lower != "to" {
		return false
	}
	w := toks[i-2].lower
	return w == "was" || w == "were"
}

// futureFrame reports a finite verb of time to come ("will", "'ll",
// "shall") in toks[lo:hi] that a participle after it hangs on: "Greece
// will soon send a note to Germany demanding reparations", "will send
// envoys to Caracas, demanding the release of prisoners". A gerund or
// participle has no tense of its own; it takes that of the verb it
// follows, here a future, so the demand is planned as the sending is. A
// word that opens another clause between them ("that", "which", "after")
// ends the frame: "will say that Iran is demanding" tells a demand made;
// so does a past verb or a quotation mark nearer the participle ("“We will
// prosper,” Milei wrote, praising Bessent's support": the praise hangs on
// "wrote"). A meeting is left out (callers): "Xi will dine at Chequers,
// before visiting Manchester to end his four-day trip" names the next stop
// of a trip under way, whose status the trip's own reports settle
// (ongoing.go).
func futureFrame(toks []token, lo, hi int) bool {
	for i := hi - 1; i >= lo && i >= 0; i-- {
		if isQuoteMark(toks[i].lower) || pastForm(toks[i].lower) && isLowerWord(toks[i].text) {
			return false // a quotation's end or a past verb nearer the participle is what it hangs on
		}
		switch toks[i].lower {
		case "that", "which", "who", "after", "because", "since", "while", "as", "when":
			return false
		case "will", "'ll", "shall":
			return i+1 < hi && isLowerWord(toks[i+1].text) && (i == 0 || !willNoun[toks[i-1].lower])
		}
	}
	return false
}

// willNoun are the words before "will" that make it the noun: "the will
// of the people", "political will to sign".
var willNoun = map[string]bool{"the": true, "a": true, "political": true, "good": true, "his": true, "her": true, "its": true, "their": true, "free": true}

// presentTravel verbs tell a journey by its timetable.
var presentTravel = map[string]bool{"heads": true, "travels": true, "flies": true, "goes": true}

// travelPresent reports a trip told in the simple present ("The French
// president heads to Algeria on Thursday", "Blinken travels to Beijing on
// Sunday for talks"). English tells a journey on the timetable in the
// present, past or to come alike, so the tense is left open and the day
// written settles it (a day ahead: planned; a day gone: occurred; none:
// the news of the day, as any present is).
func travelPresent(toks []token, m match) bool {
	return m.cue.Type == "CONSULT" && m.form == formThird && presentTravel[toks[m.start].lower]
}

// reportDenials deny what their object reports.
var reportDenials = map[string]bool{"deny": true, "denies": true, "denied": true, "denying": true, "dismissed": true, "dismisses": true}

// deniedNouns name an act as told or intended, not done.
var deniedNouns = map[string]bool{"plan": true, "plans": true, "report": true, "reports": true, "claim": true, "claims": true, "rumours": true, "rumors": true}

// deniedPlan reports a denial right before the noun at index i that tells
// the act: "Egypt denies plan to host talks between Israel and Iran",
// "Moscow denied reports of troops sent to Belarus". What is denied is
// told as not so; the sentence reports no such act (nor a plan of it).
func deniedPlan(toks []token, lo, i int) bool {
	return deniedNouns[toks[i].lower] && i-1 >= lo && reportDenials[toks[i-1].lower]
}

// causatives make their object do the act of the infinitive after it.
var causatives = map[string]bool{
	"prompted": true, "prompting": true, "prompts": true, "led": true, "leading": true, "leads": true,
	"caused": true, "causing": true, "causes": true, "spurred": true, "spurring": true, "spurs": true,
	"pushed": true, "pushing": true, "pushes": true, "drove": true, "driving": true, "drives": true,
	"compelled": true, "compelling": true, "compels": true,
}

// causedAct reports the infinitive at index to ("to") as the result of a
// causative told as done: "Germany said Navalny was poisoned, leading
// Chancellor Merkel to demand answers from the Kremlin", "The incident
// prompted Norway to expel a Russian diplomat". English tells the act the
// cause brought about, in the causative's own tense; the infinitive is no
// plan. The causative's object (one to six words, no punctuation, no "by"
// as in "a delegation led by the minister to ...") stands between; a
// modal or "will" before the causative ("could prompt Norway to expel")
// leaves the reading to the rules of modals and plans.
func causedAct(toks []token, cl clause, to int) bool {
	for k := to - 2; k >= cl.start && k >= to-7; k-- {
		w := toks[k].lower
		if toks[k].punct || w == "by" || w == "to" {
			return false
		}
		if !causatives[w] {
			continue
		}
		if k-1 >= cl.start {
			p := toks[k-1].lower
			return p != "will" && p != "'ll" && p != "to" && p != "not" && p != "n't" && !isModal(toks[k-1])
		}
		return true
	}
	return false
}

// outcomeOfMeeting reports an intent told in a participle clause after a
// meeting noun of the same clause: "Delegations of Russia and Ukraine
// concluded their talks in Istanbul on Friday, agreeing to hold a new
// round of negotiations". The meeting told first is the news, held; the
// round agreed is its outcome, and does not take the first meeting's
// place (nor make it a plan dated a Friday to come).
func outcomeOfMeeting(toks []token, meeting, intent match) bool {
	return meeting.cue.Type == "CONSULT" && meeting.start < intent.start && intent.start > 0 && toks[intent.start-1].lower == "," && intent.form == formIng
}

// forcedAct reports "was|were|been forced|compelled to" before the
// infinitive at index to: "Russia had been forced to halt flights to
// Georgia", "Canada was forced to withdraw its diplomats". In the past,
// English tells with it an act done under pressure, not a plan; the
// present ("is forced to") is left to the plan rules.
func forcedAct(toks []token, cl clause, to int) bool {
	if to-2 < cl.start {
		return false
	}
	switch toks[to-1].lower {
	case "forced", "compelled":
	default:
		return false
	}
	switch toks[to-2].lower {
	case "was", "were", "been":
		return true
	}
	return false
}

// stoppedShort reports "stopped short of" ending at index i ("of"), no
// earlier than lo: "Argentina stopped short of expelling Brazil's
// ambassador", "stops short of imposing sanctions". English tells with it
// an act weighed and not taken, as "refrained from" does; it is no
// refusal either ("stopped short of promising Milei a bailout" rejects
// nothing), so the clause reports no event.
func stoppedShort(toks []token, lo, i int) bool {
	if toks[i].lower != "of" || i-2 < lo || toks[i-1].lower != "short" {
		return false
	}
	switch toks[i-2].lower {
	case "stopped", "stops", "stopping", "stop", "fell", "falls", "falling", "fall":
		return true
	}
	return false
}
