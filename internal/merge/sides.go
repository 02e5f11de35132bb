package merge

import (
	"slices"

	"storyline/internal/event"
)

// sides are the countries a report has acting (sources) and acted on
// (targets).
type sides struct{ sources, targets []string }

func sidesOf(e *event.Event) sides {
	var s sides
	if e.Type == "CONSULT" {
		// Meetings, visits and calls are held together: who came to whom
		// is told by where they met, and a sentence's host "receiving" a
		// guest reverses the roles of one with the guest arriving.
		return s
	}
	for _, a := range e.Actors {
		if a.Country == nil || *a.Country == "" {
			continue
		}
		switch a.Role {
		case event.RoleSource:
			s.sources = append(s.sources, *a.Country)
		case event.RoleTarget:
			s.targets = append(s.targets, *a.Country)
		}
	}
	return s
}

// reversed says whether two reports have the same countries on opposite
// sides, and none on the same: "Iran fired missiles at US bases" and "the
// United States struck Iran" are two events, one the answer to the other.
func reversed(a, b sides) bool {
	shares := func(x, y []string) bool {
		return slices.ContainsFunc(x, func(c string) bool { return slices.Contains(y, c) })
	}
	return shares(a.sources, b.targets) && shares(a.targets, b.sources) && !shares(a.sources, b.sources) && !shares(a.targets, b.targets)
}
