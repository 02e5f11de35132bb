package merge

import (
	"slices"

	"storyline/internal/event"
)

// statementTypes are the acts done by saying them: an accusation, a
// demand, a refusal, a threat, a declaration of support. An article tells
// such a statement in its lead and again when it quotes the official who
// made it ("Rwanda on Tuesday accused Uganda of backing rebels" and
// "Foreign Minister Sezibera accused Uganda of offering support"), and the
// two sentences name other persons, so the coder gives two reports.
var statementTypes = []string{"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}

// oneStatement says whether two reports of one article, already in one
// event with other outlets' reports, are one statement told twice: both of
// a statement type, both told done, with the same countries as sources and
// the same as targets (a reply, told the other way round, stays apart), on
// the same day the text gives, or both with no date of their own. Two
// strikes, two deals or two sanctions on a day stay two (oneTelling): a
// government can do two things in a day, but what it says against another
// in one day is one statement however many of its officials say it.
func oneStatement(a, b item) bool {
	ea, eb := &a.r.Event, &b.r.Event
	if ea.Type != eb.Type || !slices.Contains(statementTypes, ea.Type) ||
		ea.Status != event.Occurred || eb.Status != event.Occurred {
		return false
	}
	sa, sb := sidesOf(ea), sidesOf(eb)
	if len(sa.sources) == 0 || len(sa.targets) == 0 || !sameCountries(sa.sources, sb.sources) || !sameCountries(sa.targets, sb.targets) {
		return false
	}
	if a.precise || b.precise {
		return a.precise && b.precise && a.start == b.start && a.end == b.end
	}
	if pa, ok := publicationDay(a); ok {
		pb, ok := publicationDay(b)
		return ok && pa == pb
	}
	return a.undated && b.undated
}

// sameCountries says whether two lists hold the same countries.
func sameCountries(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}
