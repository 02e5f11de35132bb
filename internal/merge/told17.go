package merge

import "storyline/internal/event"

// How clear a lead an undated report needs (stop 35). An act told done
// with no date of its own ("France has recognised the State of
// Palestine", "the United States has begun withdrawing its troops") is
// a retelling of the act, and outlets tell an act done in the days it
// happens: of the events it could be, the one told by half as many
// articles again as any other (three against two) is the one the news
// was about. A plan retold with no date ("Modi is expected to meet
// Putin") may be of any occasion it was planned or re-planned for, and
// an earlier meeting of the pair may be told by more outlets than the
// one planned; so a plan, and a report of another status, keeps the
// lead of twice (toldMargin, stop 23).

// clearLead says whether the most told of an undated report's events,
// told by top articles against second for the runner-up, leads clearly
// enough for the report to join it.
func clearLead(it item, top, second int) bool {
	if it.r.Event.Status == event.Occurred {
		return 2*top >= 3*second
	}
	return top >= toldMargin*second
}
