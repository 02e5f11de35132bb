package coder

import "storyline/internal/event"

// An act whose status the sentence does not settle was done. News tells
// what has happened: an act still to come is marked as such ("will",
// "is to", "plans to", a date ahead), one that did not happen is negated,
// called off or hypothetical, and the rules of status.go read those. What
// is left with no mark at all is an act told in the news present ("Putin
// says the downing is a stab in the back", "Berlin categorically rejects
// payments"), in a noun phrase ("the strikes on the airport"), or in a
// participle or gerund with no tense of its own ("renews its aggression,
// targeting the airport", "resolute in demanding the release of the
// crew"): each is the news of the day, done. So a merged event still
// unknown when the page is finished is occurred, and is dated like one (by
// the day the page tells it, when nothing else dates it). The change is
// made after merging, where "unknown" still lets a report of the act join
// the report that gives its tense.
func settleUnknown(e *event.Event) {
	if e.Status == event.Unknown {
		e.Status = event.Occurred
	}
}
