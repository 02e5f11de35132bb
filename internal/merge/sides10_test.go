package merge

import (
	"testing"

	"storyline/internal/event"
)

// A side one report took from its page (event.ActorBasisPage) is named by
// another report's sentence: the merged event's side is no longer only
// the page's. A side every report took from its page stays marked.
func TestMergeActorBasis(t *testing.T) {
	fromPage := func(r Report) Report {
		r.Event.Actors[1].Basis = event.ActorBasisPage
		return r
	}
	basis := func(ms []Merged) event.ActorBasis {
		for _, a := range ms[0].Event.Actors {
			if a.Country != nil && *a.Country == "USA" {
				return a.Basis
			}
		}
		return "missing"
	}
	one := Merge([]Report{
		fromPage(rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA")),
		rep("2", "b", "b", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
	}, DefaultOptions())
	if len(one) != 1 || basis(one) != "" {
		t.Errorf("named by a second report: got %d events, basis %q; want one, unmarked", len(one), basis(one))
	}
	both := Merge([]Report{
		fromPage(rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA")),
		fromPage(rep("2", "b", "b", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA")),
	}, DefaultOptions())
	if len(both) != 1 || basis(both) != event.ActorBasisPage {
		t.Errorf("taken from both pages: got %d events, basis %q; want one, %q", len(both), basis(both), event.ActorBasisPage)
	}
}
