package coder

import (
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/timex"
)

// Seventeenth pass (stop 35): the dated past of a column.
//
// A column argues, but it first sets out what happened, and it tells
// that in the reporter's narrative past, opened by the time of the act:
// "On Christmas Day, the president authorised a strike on camps in
// Nigeria", "In March, China retaliated by imposing tariffs on canola",
// "Last week, Japan tightened controls on exports to Korea". The column's
// own reasoning is written otherwise: in the present, in what should or
// must be done, in plans and questions. So an act of an opinion piece
// that its sentence dates at its very opening, and tells as done, is a
// reported act even when its cue is not among the firmest.

// opinionDatedKeep is the least confidence a dated act of an opinion
// piece needs (a verb or noun cue with two sides, or one side and a
// setting, reaches 0.7).
const opinionDatedKeep = 0.70

// opensDated reports an act told as done in a sentence that opens with
// the time of the act, set off by a comma: "On Christmas Day, …", "In
// March, …", "Then, in August, …", "Last week, …".
func opensDated(e event.Event) bool {
	if e.Status != event.Occurred || len(e.Evidence) == 0 || e.Confidence < opinionDatedKeep {
		return false
	}
	text := e.Evidence[0].Text
	for _, x := range timex.Find(text, time.Time{}, timex.TenseUnknown) {
		if x.Start > len("Then, in ") {
			break
		}
		if strings.HasPrefix(strings.TrimLeft(text[x.End:], " "), ",") {
			return true
		}
	}
	return false
}
