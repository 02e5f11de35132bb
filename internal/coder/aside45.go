package coder

import "slices"

// Twenty-seventh pass (stop 45): the day of an aside.
//
// News describes a noun in an aside set off by commas, with a participle
// and a day of its own: "she had rejected an offer from Washington, a
// proposal first made in January", "the Ugandan troops, first deployed
// in 2013, ...", "the curbs, imposed in July 2019". The day is the
// described thing's (when the proposal was made, the troops first sent),
// background to the act the clause tells; it is not that act's day. With
// no other day the act is dated as one told with no date of its own is.
// An aside that schedules ("the withdrawal of French troops, scheduled for
// January 31", "talks, set for Monday") dates the act itself: a plan's
// day.

// asideAdverbs may stand before the participle of an aside: "first made",
// "originally imposed".
var asideAdverbs = map[string]bool{"first": true, "originally": true, "initially": true, "previously": true, "already": true, "once": true, "earlier": true, "last": true}

// asideDeterminers open the noun of an appositive aside: "a proposal first
// made in January".
var asideDeterminers = map[string]bool{"a": true, "an": true, "the": true}

// asideDated reports a day at byte offset off that lies in an aside of
// toks: a stretch after a comma, up to the next comma or the end, that
// opens with a past participle followed by a preposition ("deployed to
// Juba in 2013"), an adverb and one ("first sent to Mozambique in July
// 2021"), or a determiner, at most two words of a noun and one ("a
// proposal first made in January"), and that does not hold the cue's
// head, a verb's (a noun cue's verb may follow: "Clashes in Karabakh, over
// which ..., began on September 27").
func asideDated(toks []token, m match, off int) bool {
	open := -1
	for i := range toks {
		if toks[i].start >= off {
			break
		}
		if toks[i].lower == "," {
			open = i
		}
	}
	if open < 0 || m.noun || m.head > open && !slices.ContainsFunc(toks[open+1:], func(t token) bool { return t.lower == "," && t.start < toks[m.head].start }) {
		return false // no comma before the day, or the cue is in the same stretch
	}
	k := open + 1
	if k < len(toks) && asideDeterminers[toks[k].lower] {
		k++
		for n := 0; n < 2 && k < len(toks) && !participle(toks[k]) && isLowerWord(toks[k].text) && !relativeOpeners[toks[k].lower]; n++ {
			k++
		}
	}
	if k < len(toks) && asideAdverbs[toks[k].lower] {
		k++
	}
	// The participle hangs a place or a time on the noun ("made in",
	// "deployed to", "detained since"); one before a noun is an adjective
	// of the clause's own subject ("exiled former president Nasheed on
	// Tuesday reached out").
	return k+1 < len(toks) && participle(toks[k]) && !scheduling[toks[k].lower] && asidePrepositions[toks[k+1].lower] && toks[k].start < off
}

// asidePrepositions follow the participle of an aside.
var asidePrepositions = map[string]bool{"in": true, "on": true, "to": true, "at": true, "by": true, "from": true, "since": true, "during": true, "into": true, "last": true, "earlier": true}

// relativeOpeners end the noun of an appositive: "the group that led the
// attack" is a relative clause, not an aside with a participle.
var relativeOpeners = map[string]bool{"that": true, "which": true, "who": true, "whose": true, "whom": true}

// simplePastOnly are past forms that are no participle: "began", "came".
var simplePastOnly = map[string]bool{"began": true, "came": true, "went": true, "took": true, "gave": true, "saw": true, "knew": true, "wrote": true, "spoke": true, "broke": true, "chose": true, "drove": true, "flew": true, "rose": true, "fell": true, "grew": true, "threw": true, "drew": true, "ran": true, "forgot": true, "hid": true, "rode": true, "stole": true, "swore": true, "tore": true, "woke": true, "was": true, "were": true}

// scheduling participles put the act an aside describes on its day.
var scheduling = map[string]bool{"scheduled": true, "planned": true, "set": true, "slated": true, "expected": true, "timed": true, "fixed": true, "due": true, "rescheduled": true, "postponed": true, "delayed": true, "moved": true}

// participle reports a lower-case past participle: "made", "deployed",
// "imposed", "sent".
func participle(t token) bool {
	return isLowerWord(t.text) && !simplePastOnly[t.lower] && (pastForm(t.lower) || irregularParticiples[t.lower])
}
