package coder

import (
	"slices"
	"time"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Eighteenth pass (stop 36), the headline and the lead: the side a lead
// leaves out, taken from the headline.
//
// A wire story names both sides of its main act in the headline ("Sweden
// demands release of citizen held in China") and retells the act in the
// lead, where the other side often stands as a person or a thing of it
// ("the release of a Swedish citizen detained by Chinese authorities") or
// is not named at all ("Belarus freed 52 prisoners on Thursday"). The
// rules keep one side there and drop the act. A reader takes the other
// side from the headline: the only other country it names. The act's
// type must be one the headline itself tells (its verb, read on its
// own): completing every one-sided act of the lead gives the right pair
// to acts of the wrong type far more often (docs/coding.md, tenth and
// eighteenth passes).

// headlineSides gives a one-sided act of the lead (inLead) the other
// country its headline names, when the headline's parties are exactly two
// countries, one of them the act's side, and the headline, read on its
// own with its one-sided acts kept (headAll), tells an act of the same
// type. An act whose type and pair the body or the headline already tell
// with two sides is left as it is: the pair is on the page. The side
// added is marked as found on the page (event.ActorBasisPage).
func (c *articleCoder) headlineSides(events []event.Event, ref time.Time, headAll func() []event.Event) {
	if c.a.Title == "" || !slices.ContainsFunc(events, leadOneSided) {
		return
	}
	sides := headlineCountries(c.cat.Mentions(c.a.Title, ref))
	if len(sides) != 2 {
		return
	}
	told := map[string]bool{} // type and pair of the acts told with two sides
	var types []string        // the types of the headline's acts
	for _, h := range headAll() {
		types = append(types, h.Type)
		if !oneSided(h) {
			told[typePair(h.Type, h.Countries())] = true
		}
	}
	for _, e := range events {
		if !oneSided(e) {
			told[typePair(e.Type, e.Countries())] = true
		}
	}
	for i, e := range events {
		self := onlyCountry(e.Actors)
		if !leadOneSided(e) || !slices.Contains(types, e.Type) || !slices.Contains(sides, self) {
			continue
		}
		other := sides[0]
		if other == self {
			other = sides[1]
		}
		key := typePair(e.Type, []string{self, other})
		if told[key] {
			continue
		}
		events[i].Actors = append(events[i].Actors, event.Actor{Name: c.countryName(other), Country: &other, Role: otherRole(e.Actors[0].Role), Basis: event.ActorBasisPage})
		told[key] = true
	}
}

// leadOneSided reports an act of the lead that names one country as its
// only side.
func leadOneSided(e event.Event) bool {
	return inLead(e) && oneSided(e) && onlyCountry(e.Actors) != ""
}

// otherRole is the role of the side an act leaves out: the target of a
// named source, the source of a named target (pageSides and headlineSides).
func otherRole(r event.Role) event.Role {
	switch r {
	case event.RoleSource:
		return event.RoleTarget
	case event.RoleTarget:
		return event.RoleSource
	}
	return event.RoleParticipant
}

// headlineCountries lists the countries of the parties a headline names
// (countries, people, organisations; places are settings), once each.
func headlineCountries(ms []actors.Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Country == "" || m.Kind == actors.Place || m.Group || slices.Contains(out, m.Country) {
			continue
		}
		out = append(out, m.Country)
	}
	return out
}
