package merge

import (
	"slices"

	"storyline/internal/event"
)

// Aid is where it arrives. A report of aid that names a place in the
// donor's own country names where the aid set out from or was announced
// ("tents loaded at a warehouse in Dubai were flown to Sudan"; "the
// rescue team gathered in Ankara and flew to Morocco on Sunday"), not
// where the operation took place: the other outlets put the same relief
// flight in the stricken country ("Turkish rescuers arrived in
// Marrakesh"). Taken for the event's place, the donor's city set the
// flight apart from its own arrival (stop 49). So such a place counts as
// no place; a place in the recipient's country or in a third country
// still tells two operations apart.

// sentFrom says whether the report tells aid and puts it in the country of
// one of its donors (sources) that is none of its recipients' (targets).
func sentFrom(e *event.Event) bool {
	if e.Type != "AID" || e.Location == nil || e.Location.Country == nil || *e.Location.Country == "" {
		return false
	}
	at := *e.Location.Country
	s := sidesOf(e)
	return slices.Contains(s.sources, at) && !slices.Contains(s.targets, at) && len(s.targets) > 0
}
