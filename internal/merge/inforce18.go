package merge

import (
	"regexp"
	"slices"

	"storyline/internal/event"
)

// A measure is announced on one day and comes into force on a later one:
// "China said on Monday it will impose tariffs of 25% on US goods from June
// 1", "Deby announced the withdrawal of French troops by January 31", "the
// additional duties take effect on August 27". An outlet that tells the
// measure after its announcement often dates it by the day it takes
// effect, as a plan ("will impose ... from June 1"), so its report is a
// precise plan some days after the act the others date to the
// announcement, and the two were two events. Such a plan is the coming
// into force of the act (stop 36). So is a report of that later day that
// tells the measure done with the words of its coming into force ("the ban
// on direct flights went into force on Monday", "the 39% tariffs came
// into force on Thursday"), with the reports its day chained to it.
// Meetings are not: "they met on Monday and will meet again on Friday"
// tells two meetings.

// forceDays is how long after a measure is announced it may come into
// force and a plan dated to that day still be told of it: about a month
// ("from the first of next month", "by the end of the month").
const forceDays = 31

// joinComingIntoForce moves each event whose reports dated to a day by
// their text are all plans (plan-only chains), or one of which tells a
// measure coming into force (toldInForce), into the act told done that it
// tells the coming into force of: of the other events holding a report of
// an act told done dated to a day, ending before the plans' first day and
// at most forceDays before it, such that every plan was published on or
// after the act's first day (told after the announcement, not before it as
// a threat or a forecast) and fits it (place, mode, office holders,
// sides), the one whose days end last. Two such acts ending the same day
// leave the plans where they are. The plans' day is when the measure
// takes effect, not the event's: it does not date the event (pickDate).
func joinComingIntoForce(clusters []*cluster, slack int) []*cluster {
	var plans []*cluster
	for _, c := range clusters {
		if c.items[0].r.Event.Type == "CONSULT" {
			continue
		}
		if _, ok := preciseSpan(c, event.Planned); ok && planOnly(c) || toldInForce(c) || startTold(c) {
			plans = append(plans, c)
		}
	}
	if len(plans) == 0 {
		return clusters // most groups: nothing to join, nothing allocated
	}
	mover := map[*cluster]bool{}
	for _, p := range plans {
		mover[p] = true
	}
	type span struct{ start, end int }
	acts := map[*cluster]span{}
	for _, c := range clusters {
		if s, ok := preciseSpan(c, event.Occurred); ok && !mover[c] {
			acts[c] = span{s[0], s[1]}
		}
	}
	gone := map[*cluster]bool{}
	for _, p := range plans {
		ps, _ := preciseSpan(p, "")
		var home *cluster
		tie := false
		for c, s := range acts {
			if s.end >= ps[0] || ps[0]-s.end > forceDays {
				continue
			}
			// An act announced after an outlet told the plan, or one the
			// plan cannot be of (another place, sides the other way
			// round), is not its announcement: a later retelling of the
			// measure ("he said Russia had been forced to halt flights")
			// does not hide the act the plan tells (stop 45).
			if !toldAfter(p, s.start-slack) || !fitsAll(p, c) {
				continue
			}
			switch {
			case home == nil || s.end > acts[home].end:
				home, tie = c, false
			case s.end == acts[home].end:
				tie = true
			}
		}
		if home == nil || tie {
			continue
		}
		home.join(p, joinedInForce)
		gone[p] = true
	}
	return slices.DeleteFunc(clusters, func(c *cluster) bool { return gone[c] })
}

// fitsAll says whether every report of p may join c.
func fitsAll(p, c *cluster) bool {
	return !slices.ContainsFunc(p.items, func(it item) bool { return !fits(it, c) })
}

// preciseSpan is the first and last day of c's reports of the status that
// their text dates to a day or a short range; false when it has none.
func preciseSpan(c *cluster, status event.Status) ([2]int, bool) {
	s, ok := [2]int{unbounded, -unbounded}, false
	for _, it := range c.items {
		if it.precise && (status == "" || it.r.Event.Status == status) {
			s, ok = [2]int{min(s[0], it.start), max(s[1], it.end)}, true
		}
	}
	return s, ok
}

// planOnly says whether every report of c dated to a day by its text is a
// plan.
func planOnly(c *cluster) bool {
	return !slices.ContainsFunc(c.items, func(it item) bool { return it.precise && it.r.Event.Status != event.Planned })
}

// toldAfter says whether every plan of p dated to a day was published on
// or after the day from.
func toldAfter(p *cluster, from int) bool {
	for _, it := range p.items {
		if !it.precise || it.r.Event.Status != event.Planned {
			continue
		}
		pub, ok := day(it.r.Published)
		if !ok || pub < from {
			return false
		}
	}
	return true
}

// inForce finds a measure told as coming into force: "the ban went into
// force on Monday", "the duties took effect at midnight", "the tariffs
// kicked in".
var inForce = regexp.MustCompile(`(?i)\b(?:(?:came|comes|come|went|goes|go|entered|enters|enter)\s+into\s+(?:force|effect)|(?:took|takes|take)\s+effect|kick(?:ed|s)?\s+in)\b`)

// takesEffect are the types of act that take effect some days after they
// are decided: measures against a country, their lifting, deals and
// withdrawals. A threat, a charge or a strike does not.
var takesEffect = map[string]bool{"SANCTION": true, "CONCEDE": true, "AGREE": true, "RETREAT": true}

// toldInForce says whether some report of c dated to a day tells the
// measure done as coming into force.
func toldInForce(c *cluster) bool {
	if !takesEffect[c.items[0].r.Event.Type] {
		return false
	}
	return slices.ContainsFunc(c.items, func(it item) bool {
		return it.precise && it.r.Event.Status == event.Occurred && slices.ContainsFunc(it.r.Event.Evidence, func(e event.Evidence) bool { return inForce.MatchString(e.Text) })
	})
}
