package merge

import "cmp"

// Reports nothing dates are mostly wire copies, reworded copies and opinion
// pieces that retell the news of their day: of the events of their group,
// the one most outlets told. So an undated report that fits several events,
// and that neither a place nor its particulars tie to one, is placed last,
// when every report that could be placed is, and then joins the event told
// by clearly more articles than any other (stop 23). With no such event it
// stands alone, as before. Office tenures and sides still veto (fits).

// toldMargin is how many times the articles of the runner-up the most told
// event must have for an undated report to join it; an act told done
// needs less (clearLead).
const toldMargin = 2

// placeUndated places the reports nothing dates among clusters and returns
// clusters with any new ones appended.
func placeUndated(undated []item, clusters []*cluster, tell func(item, []*cluster) *cluster) []*cluster {
	told := articleCounter{}
	// place puts it in the one event it can be, or of several the one at
	// its named place or with its particulars (last, the most told); a
	// report no event can take starts its own. It reports false, placing
	// nothing, when several could take it and none is chosen.
	place := func(it item, last bool) bool {
		cands := candidates(it, clusters)
		var home *cluster
		switch {
		case len(cands) == 1:
			home = cands[0]
		case len(cands) > 1:
			home = cmp.Or(atNamedPlace(it, cands), tell(it, cands))
			if home == nil && last {
				home = told.mostTold(it, cands)
			}
			if home == nil && !last {
				return false
			}
		}
		if home == nil {
			home = &cluster{start: it.start, end: it.end}
			clusters = append(clusters, home)
		}
		home.items = append(home.items, it)
		return true
	}
	var unsure []item
	for _, it := range undated {
		if !place(it, false) {
			unsure = append(unsure, it)
		}
	}
	for _, it := range unsure {
		place(it, true)
	}
	return clusters
}

// candidates are the clusters it may join.
func candidates(it item, clusters []*cluster) []*cluster {
	var cands []*cluster
	for _, c := range clusters {
		if fits(it, c) {
			cands = append(cands, c)
		}
	}
	return preferPlace(it, cands)
}

// articleCounter counts the distinct articles (copies counted once, by their
// root) that tell each cluster, kept up to date as clusters grow.
type articleCounter map[*cluster]*rootSet

type rootSet struct {
	n        int // c.items[:n] are counted
	roots    map[string]bool
	articles map[string]bool
}

func (a articleCounter) set(c *cluster) *rootSet {
	s := a[c]
	if s == nil {
		s = &rootSet{roots: map[string]bool{}, articles: map[string]bool{}}
		a[c] = s
	}
	for _, it := range c.items[s.n:] {
		s.roots[cmp.Or(it.r.Root, it.r.ArticleID)] = true
		s.articles[it.r.ArticleID] = true
	}
	s.n = len(c.items)
	return s
}

// mostTold returns the one of cands told by clearly more articles than any
// other (clearLead), leaving out those that already hold a report of
// it's article (what one article keeps apart is apart); nil when none.
func (a articleCounter) mostTold(it item, cands []*cluster) *cluster {
	var best *cluster
	top, second := 0, 0
	// An article that tells several of the events (a retelling of the
	// week's news) does not say which is the news of the day: it counts
	// for none of them (stop 24).
	many := map[string]int{}
	for _, c := range cands {
		for r := range a.set(c).roots {
			many[r]++
		}
	}
	for _, c := range cands {
		s := a.set(c)
		if s.articles[it.r.ArticleID] {
			continue
		}
		n := 0
		for r := range s.roots {
			if many[r] == 1 {
				n++
			}
		}
		switch {
		case n > top:
			best, top, second = c, n, top
		case n > second:
			second = n
		}
	}
	if best == nil || !clearLead(it, top, second) {
		return nil
	}
	return best
}
