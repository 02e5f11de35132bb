package merge

import (
	"cmp"
	"slices"

	"storyline/internal/event"
)

// Aid after a disaster or in an epidemic comes in waves: a donor announces
// an initial package, a first plane lands, a team of doctors follows days
// later, a navy ship docks with supplies the week after ("Australia is
// providing an initial package of assistance", "HMAS Canberra returned to
// Suva on March 10 to conduct a resupply"; "China's first batch of medical
// aid arrives in Belgrade", "Vucic greeted Chinese doctors who arrived on
// Saturday"). News tells each wave on its own day, and outlets name the
// whole as one operation ("Operation Fiji Assist"), so the waves of one
// donor to one country within weeks are one event; with the week that
// bounds a chain (DefaultSpanDays) they stood as two or three, and the
// undated reports that could be either stood alone (stop 38).

// aidDays is how long after its first wave a wave of aid from one donor to
// one country is still of the same operation: three weeks, the relief
// phase after a cyclone or an earthquake, or the first weeks of an
// epidemic's emergency help.
const aidDays = 21

// joinAidWaves joins, in date order, the events of a group of aid that
// their reports date to two weeks or less (a day, a short range, or the
// week before a publication) into the first one that starts at most
// aidDays before them, when every report fits it (place, mode, office
// holders, sides) and it holds none of their articles (what one article
// keeps apart is apart).
func joinAidWaves(clusters []*cluster) []*cluster {
	var waves []*cluster
	for _, c := range clusters {
		if c.items[0].r.Event.Type == "AID" && c.end-c.start <= maxPrecise {
			waves = append(waves, c)
		}
	}
	if len(waves) < 2 {
		return clusters // most groups: nothing to join, nothing allocated
	}
	slices.SortFunc(waves, func(a, b *cluster) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(firstID(a), firstID(b)))
	})
	gone := map[*cluster]bool{}
	var op *cluster
	for _, w := range waves {
		if op != nil && w.start-op.start <= aidDays && waveFits(w, op) {
			op.items = append(op.items, w.items...)
			op.end = max(op.end, w.end)
			gone[w] = true
			continue
		}
		op = w
	}
	return slices.DeleteFunc(clusters, func(c *cluster) bool { return gone[c] })
}

// waveFits says whether every report of w may join op.
func waveFits(w, op *cluster) bool {
	return !slices.ContainsFunc(w.items, func(it item) bool { return !fits(it, op) || holdsArticle(op, it.r.ArticleID) })
}

// firstID is the smallest report id of c: a fixed tie-break, so the result
// does not depend on input order.
func firstID(c *cluster) string {
	return slices.MinFunc(c.items, func(a, b item) int { return cmp.Compare(a.r.Event.ID, b.r.Event.ID) }).r.Event.ID
}

// aidWaves says whether two reports of one article tell two waves of one
// aid operation: both aid told done, each dated to a day or a short range
// by the text, at most aidDays apart ("the first plane landed on Friday";
// "a navy ship docked in Colombo on Saturday").
func aidWaves(a, b item) bool {
	wave := func(it item) bool {
		return it.r.Event.Type == "AID" && it.precise && it.r.Event.Status == event.Occurred
	}
	return wave(a) && wave(b) && max(a.start, b.start)-min(a.start, b.start) <= aidDays
}
