package coder

import "storyline/internal/timex"

// Rules of the seventeenth pass (stop 35) on charges of being behind a
// harm. News tells an attribution as a predicate the accuser says of the
// accused: "Russia was behind a cyber attack launched against the
// Norwegian parliament in August, the Norwegian foreign minister said on
// Tuesday". The harm's own words (its victim, its month) belong to the act
// charged, not to the charge: the charge is made by the speaker against
// the subject, on the day it was said.

// behindHarm reports a charge cue of the form "was behind <harm>"
// (cues.tsv): the harm's words are inside the cue.
func behindHarm(toks []token, m match) bool {
	if m.cue.Type != "ACCUSE" || !predicateCue(toks, m) {
		return false
	}
	for i := m.start + 1; i < m.end-1 && i < len(toks); i++ {
		if toks[i].lower == "behind" || toks[i].lower == "involved" { // "were involved in a coup attempt during October's election" (accuse22.go)
			return true
		}
	}
	return false
}

// harmVictim reports a party named after a "was behind <harm>" cue and
// outside the speech ("behind a cyber attack launched against the Danish
// parliament"): the one harmed. It is not the one charged: a government
// charges another with a harm done to it, so the harmed side stands with
// the speaker, and is the only accuser a page names when the speaker is a
// body without a country ("the Ministry of Foreign Affairs stated that
// they believe Russia was behind the data breach against the Storting").
func harmVictim(toks []token, m match, sp span, inSpeech bool) bool {
	return !inSpeech && sp.start >= m.end && behindHarm(toks, m)
}

// spokenDay finds the day of the speech act in a sentence whose charge is
// a "was behind <harm>" predicate: "..., the minister said on Tuesday".
// A month or day written with the harm ("in August") dates the harm, not
// the charge.
func (c *articleCoder) spokenDay(s string, toks []token, speech []clause, lo, hi int, tense timex.Tense) (timex.Expression, bool) {
	for _, x := range c.times(c.curSent, s, tense) {
		if x.Start >= lo && x.Start < hi && inSpeechBytes(toks, speech, x.Start) && (c.hasRef || x.Explicit) && x.Value.Grain == timex.GrainDay {
			return x, true
		}
	}
	return timex.Expression{}, false
}

// harmTime reports a time expression at byte off written with the harm
// of a "was behind <harm>" charge, outside the speech: "behind the August
// break-in" dates the break-in; the charge, said with no day of its own,
// takes its day from the page.
func harmTime(toks []token, m match, speech []clause, off int) bool {
	return off >= toks[m.start].start && !inSpeechBytes(toks, speech, off)
}
