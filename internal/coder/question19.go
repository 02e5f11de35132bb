package coder

// News asks in a headline or a paragraph what it does not know: "Will
// China invade Taiwan?", "Can Europe defend itself without the United
// States?", "Does Germany support sending Taurus missiles to Ukraine?".
// A question opened by an auxiliary asks whether the act happens; it
// tells none. A question opened by a question word keeps its act, which it
// takes as known ("Why did Russia invade Ukraine?" asks about an invasion
// that took place), and so does a question inside quotation marks, which
// the rules of quotes read.

// questionAuxiliaries open a yes-no question.
var questionAuxiliaries = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "should": true, "shall": true,
	"may": true, "might": true, "must": true, "does": true, "do": true, "did": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
}

// yesNoQuestion reports a cue in a sentence that opens with an auxiliary
// and ends with a question mark.
func yesNoQuestion(toks []token, m match) bool {
	if len(toks) < 3 || toks[len(toks)-1].lower != "?" {
		return false
	}
	first := toks[0]
	return questionAuxiliaries[first.lower] && first.text != "May" && m.start > 0 // "May" opening a sentence is the month
}
