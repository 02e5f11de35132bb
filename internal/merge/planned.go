package merge

import (
	"cmp"
	"slices"
)

// News announces an act before it happens ("Trump will announce the
// withdrawal", published on the day) and tells it done a day or a few
// later ("has ordered the withdrawal", dated by its publication). When
// neither dates the act, the plan's window (its publication and the 90 days
// after) holds the done report's week only at its start: the plan of an act
// the news told done within the week after the announcement is that act
// (stop 24). A plan that names a date, or an act with a precise date, is
// handled before; a plan that fits no such act, or several that neither
// place nor particulars tell apart, stays apart as before.

// planWeek is how many days after its publication a plan is taken to be of
// an act reported done.
const planWeek = 7

// plansLast orders the pool so that the plans dated by their publication
// come after every other coarse report: the acts told done are grouped
// first, whatever their publication dates.
func plansLast(pool []item) []item {
	slices.SortStableFunc(pool, func(a, b item) int { return cmp.Compare(b2i(a.plan), b2i(b.plan)) })
	return pool
}

// planHome returns the short-window cluster (acts told done around their
// publication) that a plan dated by its publication is of: the cluster's
// shared days meet the plan's first week. Nil for any other report, or when
// none or several fit and neither place nor particulars choose.
func planHome(it item, near []*cluster, tell func(item, []*cluster) *cluster) *cluster {
	if !it.plan {
		return nil
	}
	var cands []*cluster
	for _, c := range near {
		if it.start <= c.end && c.start <= it.start+planWeek && fits(it, c) {
			cands = append(cands, c)
		}
	}
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	return cmp.Or(atNamedPlace(it, cands), tell(it, cands))
}
