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
// few weeks, and "talks in March" may be either; so are plans dated only
// by their publication, whose windows reach months ahead (a plan its text
// dates to a month is weighed: toldDoneOrDatedPlan, stop 46).

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
		if t.it.end-t.it.start+1 > tiedWindow || !retellable(t.it.r.Event.Type) || !toldDoneOrDatedPlan(t.it) {
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

// toldDoneOrDatedPlan says whether a tied report is an act told done or a
// plan its own text dates to a week or a month ("France will recognise a
// Palestinian state in September"): such a plan's window is as narrow as
// an act's, and of the events in it, the one clearly most told is the one
// announced. A plan only its publication dates reaches months ahead.
func toldDoneOrDatedPlan(it item) bool {
	switch it.r.Event.Status {
	case event.Occurred:
		return true
	case event.Planned:
		_, byPublication := publicationDay(it)
		return !byPublication
	}
	return false
}
