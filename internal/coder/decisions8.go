package coder

import "storyline/internal/event"

// A withdrawal or a sanction a government has decided is told in the
// future of the troops' movement or the diplomats' departure: "President
// Trump will announce that the U.S. will withdraw troops from Syria", "The
// British government is to expel 23 Russian diplomats". In PLOVER the
// decision is the event (sentence.go keeps its type, decidedActs), and it
// is the day's news: told with no day of its own, it is dated by the day
// the page tells it, as an act already done is, and stays planned. A
// meeting or a promise told in the future with no day is still to be
// dated, and stays undated.

// toldDecision reports a planned decided act with no date of its own.
func toldDecision(e *event.Event) bool {
	return e.Status == event.Planned && decidedActs[e.Type]
}
