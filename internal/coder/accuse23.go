package coder

import "storyline/internal/nlp"

// Rules of the twenty-fifth pass (stop 43) on charges and their denials,
// read from news sentences written by hand. Wire copy tells a charge and
// its denial in one sentence, the denial in a clause after the charge
// that points back to it: "Ghana accused Togo of harbouring the plotters,
// a charge Lome denied", "Kyiv accuses Moscow of the strike, an
// accusation Russia rejects", "... which Moscow denies". The denier
// answers the charge the lead tells, as "rejected the accusations" does
// (denial20.go).

// trailingChargeGap is how many words may stand between the charge that
// is pointed back to and the verb of denial: the denier's name and an
// auxiliary or an adverb ("a charge the Kremlin has repeatedly denied").
const trailingChargeGap = 5

// trailingDenial reports the verb of denial at toks[i] closing a clause
// that points back to a charge told before: after a comma, "a" or "an"
// and a charge noun ("a charge Lome denied"), or "which" ("which Moscow
// denies"), then the denier and no more punctuation.
func trailingDenial(toks []token, i int) bool {
	for k := i - 2; k >= 1 && k >= i-1-trailingChargeGap; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].lower == "which" && toks[k-1].text == "," {
			return true
		}
		if deniedCharges[toks[k].lower] && chargeClauseOpens(toks, k-1) {
			return true
		}
	}
	return false
}

// chargeClauseOpens reports the words ending at j that open a clause
// pointing back to a charge: ", a" or ", an" ("..., a charge Lome
// denied"), or the comma alone ("..., accusations Moscow denies").
func chargeClauseOpens(toks []token, j int) bool {
	if j < 0 {
		return false
	}
	if toks[j].text == "," {
		return true
	}
	return j >= 1 && (toks[j].lower == "a" || toks[j].lower == "an") && toks[j-1].text == ","
}

// trailingChargeClause reports the comma at toks[i] opening a clause that
// points back to the charge before it and denies it: ", a charge Lome
// denied", ", allegations Islamabad denies". The clause is cut there, for
// its denial is an act of its own, not a word of the charge's clause.
func trailingChargeClause(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an") {
		j++
	}
	if j >= len(toks) || !deniedCharges[toks[j].lower] {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+1+trailingChargeGap; k++ {
		if toks[k].punct {
			return false
		}
		if denialVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// An expulsion, a sanction or a seizure is often told with the charge that
// moved it in a relative clause after its object: "expelled a Russian
// diplomat it accused of espionage", "sanctioned officers it blamed for the
// cyberattacks". The one who acts charges the one acted against: a charge
// of its own beside the act, as "following accusations that" is
// (chargeBehind, inneracts.go).

// relativeChargeCue stands for the charge told beside an act in the report it
// gives.
var relativeChargeCue = &cue{Type: "ACCUSE", text: "it accused of"}

// chargedActs are the acts whose reason a charge beside them gives.
var chargedActs = map[string]bool{"SANCTION": true, "COERCE": true}

// relativeCharges are the verbs of a relative clause in which the actor
// charges the object ("a diplomat it accused of espionage").
var relativeCharges = map[string]bool{
	"accused": true, "accuses": true, "blamed": true, "blames": true, "suspected": true, "suspects": true,
}

// chargeReasonAt reports toks[i] opening the charge told beside an act:
// "it|they" right after the object and a verb of charging ("a diplomat it
// accused of espionage"). "Over its alleged involvement" was tried and
// cost a check extra (docs/coding.md, twenty-fifth pass).
func chargeReasonAt(toks []token, i int) bool {
	w := toks[i].lower
	return (w == "it" || w == "they") && i > 0 && !toks[i-1].punct && i+1 < len(toks) && relativeCharges[toks[i+1].lower]
}

// chargeRelative returns the charge a clause tells beside its own act m
// (a sanction or a coercion), or nil: the subject (the parties before m)
// charges the country acted against, named after the act's verb and
// before the charge.
func (c *articleCoder) chargeRelative(s nlp.Sentence, toks []token, cl clause, m match, spans []span, speech []clause, main *report) *report {
	if main == nil || !chargedActs[main.ev.Type] {
		return nil
	}
	for i := m.end; i+1 < cl.end; i++ {
		if !chargeReasonAt(toks, i) {
			continue
		}
		var subject, accused []span
		for _, sp := range spans {
			switch {
			case sp.start >= cl.start && sp.start < m.start:
				subject = append(subject, sp)
			case sp.start > m.start && sp.start < i && sp.m.Country != "" && len(accused) == 0:
				accused = append(accused, sp)
			}
		}
		if len(subject) == 0 || len(accused) == 0 {
			return nil
		}
		n := match{cue: relativeChargeCue, start: m.start, end: m.end, head: m.head, noun: true}
		return c.buildReport(s, toks, clause{cl.start, accused[0].end}, n, "ACCUSE", main.ev.Status, append(subject, accused...), speech)
	}
	return nil
}
