package merge

import (
	"slices"
	"time"

	"storyline/internal/event"
)

// tenuresFit reports whether report it can be part of event c as far as the
// offices of the people it names go: every named person the catalog knows as
// an office holder held an office on a day of c's span. A report with no
// date of its own must name at least one such person, or the city the event
// took place in, for only they can say which event it belongs to.
func tenuresFit(it item, c *cluster, opts Options) bool {
	undated := it.start == -unbounded
	if opts.Offices == nil {
		return !undated
	}
	from, to := dayTime(c.start), dayTime(c.end)
	known := 0
	for _, a := range it.r.Event.Actors {
		if a.Title == nil || *a.Title == "" {
			continue // a country or a person named without an office
		}
		hs := opts.Offices(a.Name)
		if len(hs) == 0 {
			continue
		}
		known++
		held := false
		for _, h := range hs {
			if (a.Country == nil || h.Country == *a.Country) && !h.From.After(to) && (h.To.IsZero() || !h.To.Before(from)) {
				held = true
				break
			}
		}
		if !held {
			return false
		}
	}
	// An undated report may also be placed by its venue: the same city
	// as the event's ("talks in Anchorage").
	return !undated || known > 0 || it.place.name != "" && it.place == c.place()
}

// dayTime is the time of a day counted since 1970-01-01.
func dayTime(d int) time.Time { return epoch.AddDate(0, 0, d) }

// undatedKey is what makes two undated reports of one group (same type and
// parties) one event: the same place and the same status, told by reports
// that name an office holder ("Trump cancelled his visit to Denmark"); ""
// when the report names no office holder or no place.
func undatedKey(it item) string {
	if it.place.specificity() == 0 {
		return ""
	}
	named := slices.ContainsFunc(it.r.Event.Actors, func(a event.Actor) bool { return a.Title != nil && *a.Title != "" && a.Name != "" })
	if !named {
		return ""
	}
	return it.place.country + "|" + it.place.name + "|" + string(it.r.Event.Status)
}
