package coder

import "strings"

// Seventeenth pass (stop 35): the charge an extradition is sought on.
//
// News of an extradition request names the person sought and the charge
// she is wanted on in one sentence: "has sent an extradition request to the
// United States for Anne Sacoolas on charges of causing death by dangerous
// driving", "will proceed with a formal request to extradite Meng Wanzhou on
// allegations of violating US sanctions against Iran". The charge is the
// crime a court will try; its words ("charges", "sanctions", "violating")
// are no act of one state against another, and the countries it names
// (Iran, whose sanctions were broken) are no side of the request.

// soughtOnNouns are the nouns that open the charge a person is sought on.
var soughtOnNouns = map[string]bool{"charge": true, "charges": true, "allegation": true, "allegations": true, "accusation": true, "accusations": true, "suspicion": true}

// extraditionChargeStart returns the token where the charge of an
// extradition begins ("on charges of", "on allegations"), when a word of
// extradition stands before it in the sentence; else -1.
func extraditionChargeStart(toks []token) int {
	sought := false
	for k := range toks {
		if isExtraditionWord(toks[k].lower) {
			sought = true
			continue
		}
		if sought && toks[k].lower == "on" && k+1 < len(toks) && soughtOnNouns[toks[k+1].lower] {
			return k
		}
		if sought && k+1 < len(toks) && toks[k+1].lower == "with" && toks[k].lower == "charged" {
			// "the extradition of Anne Sacoolas, the officer's wife charged
			// with killing ..." (stop 37): the charge opens at "charged",
			// and the cue "charged with" is itself inside it
			// (inExtraditionCharge reads cues after the start).
			return k - 1
		}
	}
	return -1
}

// isExtraditionWord reports "extradite", "extradition" and their forms.
func isExtraditionWord(w string) bool {
	return strings.HasPrefix(w, "extradit")
}

// inExtraditionCharge reports a cue inside the charge of an extradition
// that starts at token charge (extraditionChargeStart, -1 for none): "on
// allegations of violating US sanctions" tells no sanction.
func inExtraditionCharge(charge int, m match) bool {
	return charge >= 0 && m.start > charge
}
