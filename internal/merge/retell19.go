package merge

import (
	"slices"

	"storyline/internal/event"
)

// News retells an act for weeks after it: a background piece, an
// analysis or a follow-up published a month later writes "Panama has
// withdrawn from the Belt and Road Initiative" or "the decision made
// Panama the first Latin American country to withdraw" with no date of
// its own, and the coder dates it by its publication. Its window (the
// week before publication, publicationWindow) then meets no event, and it
// stood alone. Such reports tell, in the past tense, the act most outlets
// told in the weeks before; a new act is told by the outlets of its own
// days, so an event that only its publication dates and that more
// articles do not tell is the retelling of the most told act of its group
// in the month before it (stop 37).

// retellDays is how many days before a retelling's window opens the act
// it retells may have ended: about a month, the weeks in which follow-ups
// and background pieces name it as the latest news of the pair.
const retellDays = 31

// joinRetellings moves each event made only of acts told done that their
// articles' publication alone dates (retelling) into the event of its
// group that ended before every one of their windows opened, at most
// retellDays before, when that event fits every report (place, mode,
// office holders, sides), holds no report of their articles, and is told
// by clearly more articles (clearLead) than both any other such event and
// the retelling itself. The retelling's publication does not date the
// event while anything else does (pickDate).
func joinRetellings(clusters []*cluster, slack int) []*cluster {
	told := articleCounter{}
	gone := map[*cluster]bool{}
	for _, r := range clusters {
		if !retelling(r) {
			continue
		}
		opens := slices.MinFunc(r.items, func(a, b item) int { return a.start - b.start }).start
		var cands []*cluster
		for _, c := range clusters {
			if c == r || gone[c] || c.end+slack >= opens || opens-c.end > retellDays {
				continue
			}
			if slices.ContainsFunc(r.items, func(it item) bool { return !fits(it, c) || holdsArticle(c, it.r.ArticleID) }) {
				continue
			}
			cands = append(cands, c)
		}
		if len(cands) == 0 {
			continue
		}
		home := told.mostTold(r.items[0], cands)
		if home == nil || !clearLead(r.items[0], len(told.set(home).roots), len(told.set(r).roots)) {
			continue
		}
		home.join(r, joinedRetold)
		gone[r] = true
	}
	return slices.DeleteFunc(clusters, func(c *cluster) bool { return gone[c] })
}

// joinKind is how a report came into an event of another day (item.joined).
type joinKind int8

const (
	placed        joinKind = iota // by its own days
	joinedInForce                 // the day the act comes into force (joinComingIntoForce)
	joinedRetold                  // a retelling weeks on (joinRetellings)
)

// join moves the reports of from into c, marked as joined by how; the
// caller drops from.
func (c *cluster) join(from *cluster, how joinKind) {
	for _, it := range from.items {
		it.joined = how
		c.items = append(c.items, it)
	}
}

// later says whether the report tells the coming into force of the act it
// joined.
func (it item) later() bool { return it.joined == joinedInForce }

// dateAside says whether the report's date leaves the event's date to
// the other reports (pickDate): the day a measure comes into force
// (joinComingIntoForce), and the publication of a retelling weeks after
// the act, which is not the day of the act.
func (it item) dateAside() bool { return it.joined != placed }

// retellable says whether an act of the type is retold in the weeks after
// it rather than done again: the leaders of a pair meet and call each other
// every few weeks, and a call named in passing ("the prime minister also
// spoke to the president before the summit") is as often a new one that
// no other outlet told, so meetings, visits and calls are never taken for
// retellings.
func retellable(typ string) bool { return typ != "CONSULT" }

// retelling says whether every report of c is an act told done that only
// its article's publication dates.
func retelling(c *cluster) bool {
	if len(c.items) == 0 || !retellable(c.items[0].r.Event.Type) {
		return false
	}
	return !slices.ContainsFunc(c.items, func(it item) bool {
		_, ok := publicationDay(it)
		return !ok || it.r.Event.Status != event.Occurred
	})
}
