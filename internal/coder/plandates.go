package coder

import "storyline/internal/event"

// Rules of the day of a plan (sixth pass, dates): what a page that tells
// an act still to come says of its day, and what it says of other days.

// hasWords reports a clause with a token that is not punctuation: a lone
// comma cut off between two clauses is no clause a time clause can hang on.
func hasWords(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end && i < len(toks); i++ {
		if !toks[i].punct {
			return true
		}
	}
	return false
}

// pluperfect reports a verb cue in the past perfect ("had visited Israel in
// 2006", "had earlier met"): news uses it for an act before the time of the
// story, background to what the story tells.
func pluperfect(toks []token, m match) bool {
	if m.noun || m.form != formParticiple && m.form != formPast {
		return false
	}
	for i := m.start - 1; i >= 0 && i >= m.start-3; i-- {
		switch w := toks[i].lower; {
		case w == "had" || w == "'d":
			return true
		case recallAdverbs[w]:
			continue
		default:
			return false
		}
	}
	return false
}

// recallAdverbs stand between "had" and its participle.
var recallAdverbs = map[string]bool{"also": true, "earlier": true, "already": true, "previously": true, "once": true, "last": true, "first": true, "never": true, "twice": true}

// backdropOf reports a dated report that cannot be the act a plan with no
// date of its own looks forward to: one told in the past perfect.
func backdropOf(r *report) bool {
	return r.ev.Date != nil && r.ev.Status != event.Planned && r.earlier
}
