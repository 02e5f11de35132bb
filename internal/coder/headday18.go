package coder

import (
	"slices"

	"storyline/internal/event"
)

// Twentieth pass (stop 38), the day of a headline's act.
//
// A headline tells the story's news with no day ("Taliban say they freed
// US, Australian hostages", "US, UK blame Russia for cyber attacks"); the
// lead gives the day ("were released Tuesday", "on Thursday accused").
// The headline's act is that news, so it takes the day the lead gives the
// news, not a day the lead writes for something else:
//
//   - a lead act of the headline's type that writes no day of its own
//     ("were handed over to US forces") takes one from the sentence before
//     it (dateFromContext), which may be a background year ("held by the
//     Taliban since 2016"); that day is no day of the headline's act, so
//     the headline keeps the day it had (leadOwnDays);
//   - a headline act dated only by the page takes the lead's day of the
//     news when the lead dates it the day or days before the page
//     (headlineLeadDay), as the body's undated acts do (leadday11.go).

// leadOwnDays returns the lead's acts (leadOneCountry) with the date taken
// away from those whose day no report read from their own sentences:
// datedByBody then leaves the headline's act its own day.
func leadOwnDays(lead []event.Event, reports []*report) []event.Event {
	own := map[int]bool{} // body offsets of the sentences whose reports carry a day of their own
	for _, r := range reports {
		if r.dated && !r.inherited && len(r.ev.Evidence) > 0 {
			own[r.ev.Evidence[0].Start] = true
		}
	}
	out := slices.Clone(lead)
	for i, e := range out {
		if !slices.ContainsFunc(e.Evidence, func(ev event.Evidence) bool { return own[ev.Start] }) {
			out[i].Date = nil
		}
	}
	return out
}

// headlineLeadDay gives the headline's acts done and dated only by the
// page the lead's day of the news (c.leadDay), as finish gives it to the
// body's acts with no day of their own.
func (c *articleCoder) headlineLeadDay(events []event.Event) {
	if c.leadDay == "" {
		return
	}
	for i, e := range events {
		if len(e.Evidence) == 0 || !e.Evidence[0].Headline || e.Status != event.Occurred || e.Date == nil || e.Date.Basis != event.BasisPublication {
			continue
		}
		events[i].Date = c.leadDate(e.Date.Reference)
	}
}
