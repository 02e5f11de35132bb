package coder

import (
	"slices"
	"time"

	"storyline/internal/event"
)

// Rules of the ninth pass (stop 27) on meetings and agreements of the past.
// A story reminds the reader of the meetings and accords that led to its
// news: "he last visited in December 2021 for the annual summit", "In
// 1979, China and the US reached an agreement on consulates", "He had
// also visited Israel in October 2006". Those are the story's history; the
// news is what happened in the days around the page. PLOVER gold codes a
// reminded act as optional at best.

// historyTypes are the types this rule reads: meetings and agreements,
// the acts a story most often recalls to set its news in a line of them.
//
// Wars and attacks of years before are the same kind of reminder: "the two
// sides fought a brief war in 1992", "an armed conflict broke out ...
// following the signing of the agreement in 1975", "first launched in 2021
// and 2022 in response to Russia's invasion of Ukraine" (twenty-third
// pass, stop 41; the rule for every type was dropped twice for a check
// loss, this one for ASSAULT alone costs nothing on check).
var historyTypes = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true, "ASSAULT": true}

// historyYears is how long before the page's date an act must have ended
// to be the story's history: two years, so that "last year's summit" and
// a reference date found only roughly stay news.
const historyYears = 2

// dropHistory drops the meetings and agreements told as done whose date
// ends two years or more before the page's date (a plan dated in the past
// is a misread date, not history), on a page whose date is its own (its
// publication, address, caption, dateline or the latest date it writes),
// not one guessed from its office holders or its capture.
func (c *articleCoder) dropHistory(events []event.Event) []event.Event {
	if !c.hasRef || c.refFrom == event.RefTenure || c.refFrom == event.RefCapture {
		return events
	}
	limit := c.ref.AddDate(-historyYears, 0, 0)
	return slices.DeleteFunc(events, func(e event.Event) bool {
		if !historyTypes[e.Type] || e.Date == nil || e.Status == event.Planned {
			return false
		}
		end, err := time.Parse(time.DateOnly, e.Date.End)
		return err == nil && end.Before(limit)
	})
}
