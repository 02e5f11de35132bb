package merge

import "storyline/internal/event"

// A report dated only to a week, a month or by its publication ("last
// week", "in January", a follow-up with no day) whose window holds several
// events of its group, and that neither a place, its particulars, nor its
// being a plan or an act told done tie to one, stood alone (stop 23's
// rule for coarse reports: "talks in March" could be either meeting).
// But such a report is written in the days of the news it retells: of
// the events in its window, the one the news of those days told, the
// one clearly more articles tell. That is the rule stop 23 gave undated
// reports (placeUndated, mostTold), here for a report its date confines
// to the events of its window (stop 41). With no clear lead it stands
// apart as before; office tenures and sides still veto (fits), and it is
// given no day outside its own window. Meetings, visits and calls are left
// out, as retellings are (retellable): a pair's leaders meet and call every
// few weeks, and "talks in March" may be either; so are plans, whose
// windows reach months ahead.

// tiedWindow is the longest window, in days, of a report placed so: a
// month. A report dated to a span of years ("detained in 2016 and held
// since") is not of the news of one month.
const tiedWindow = 31

// tiedItem is a coarse report and the events of its window it fits.
type tiedItem struct {
	it   item
	hits []*cluster
}

// placeTied puts each tied report in the event of its window clearly most
// told, once every other report of its window is placed, and returns those
// it could not place.
func placeTied(tied []tiedItem) []item {
	told := articleCounter{}
	var left []item
	for _, t := range tied {
		if t.it.end-t.it.start+1 > tiedWindow || !retellable(t.it.r.Event.Type) || t.it.r.Event.Status != event.Occurred {
			left = append(left, t.it)
			continue
		}
		if home := told.mostTold(t.it, t.hits); home != nil {
			home.items = append(home.items, t.it)
			continue
		}
		left = append(left, t.it)
	}
	return left
}
