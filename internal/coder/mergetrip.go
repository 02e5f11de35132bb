package coder

import (
	"time"

	"storyline/internal/event"
)

// One article tells one visit in several sentences that news writes apart
// (stop 23):
//   - the plan and its cancellation: "a scheduled visit in September" and,
//     later, "he cancelled the visit" are one visit, which is cancelled;
//   - the days of one trip: "he will arrive on Aug. 24 and hold the summit on
//     Aug. 25" tells one visit whose summit falls on the day after arrival.

// planAndCancellation says one status is a plan and the other its
// cancellation: what an article tells as planned and as called off, of one
// type between the same parties at compatible dates, is the same plan.
func planAndCancellation(a, b event.Status) bool {
	return a == event.Planned && b == event.Cancelled || a == event.Cancelled && b == event.Planned
}

// datedPlanCancelled says one report is a plan the article names the date
// of ("due to visit on June 23", "will visit in July") and the other its
// cancellation. A plan with no date, or one only guessed at ("could meet
// in the next few weeks"), may be another meeting than the one called off.
func datedPlanCancelled(a, b *report) bool {
	named := func(r *report) bool {
		return r.ev.Status == event.Planned && r.ev.Date != nil && r.ev.Date.Basis != event.BasisPublication &&
			(r.ev.Date.Grain == event.GrainDay || r.ev.Date.Grain == event.GrainMonth)
	}
	return planAndCancellation(a.ev.Status, b.ev.Status) && (named(a) || named(b))
}

// tripGapDays is how many days may lie between the dates one article gives
// for one visit: arrival the day before the talks, departure the day after.
const tripGapDays = 1

// daysOfOneTrip says two meetings in person (or not said to be at a
// distance) of one article fall on days next to each other: a visit's
// arrival, talks and departure are one event. Calls are moments; two calls
// on two days are two calls.
func daysOfOneTrip(a, b *report) bool {
	if a.ev.Type != "CONSULT" || remoteMode(a.ev.Mode) || remoteMode(b.ev.Mode) {
		return false
	}
	as, ae, ok1 := dayRange(a.ev.Date)
	bs, be, ok2 := dayRange(b.ev.Date)
	if !ok1 || !ok2 {
		return false
	}
	gap := max(as.Sub(be), bs.Sub(ae))
	return gap > 0 && gap <= tripGapDays*24*time.Hour
}

func remoteMode(m string) bool { return m == "phone" || m == "virtual" }

// dayRange reads an event date whose grain is a day or a short range.
func dayRange(d *event.Date) (start, end time.Time, ok bool) {
	if d == nil || d.Grain != event.GrainDay && d.Grain != event.GrainRange {
		return start, end, false
	}
	start, err1 := time.Parse(time.DateOnly, d.Start)
	end, err2 := time.Parse(time.DateOnly, d.End)
	return start, end, err1 == nil && err2 == nil && !end.Before(start)
}

// undatedPlanOfDated says one report tells as planned, with no date of its
// own, what the other dates: "ahead of the bilateral meeting" beside "held
// talks on Sunday".
func undatedPlanOfDated(a, b *report) bool {
	return a.ev.Status == event.Planned && a.ev.Date == nil && datedOrToldDone(b, a) && b.ev.Status != event.Cancelled && !backdropOf(b) ||
		b.ev.Status == event.Planned && b.ev.Date == nil && datedOrToldDone(a, b) && a.ev.Status != event.Cancelled && !backdropOf(a)
}

// travelVerbs tell the journey of a trip, not its talks: when one article
// tells a trip's arrival on one day and its talks on the next ("arrived in
// Tianjin on Saturday", "held talks with Xi on Sunday"), the merged report
// keeps the day of the talks (stop 31).
var travelVerbs = map[string]bool{"arrived": true, "arrives": true, "arriving": true, "landed": true,
	"lands": true, "reached": true, "reaches": true, "departed": true, "departs": true, "left": true, "leaves": true}
