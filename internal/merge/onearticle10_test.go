package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Tenth pass (stop 28): when one article's two reports fall in one event,
// the one that fits what the other outlets tell stays with it: the one
// whose days their dated reports give, then the one naming the people they
// name; the other is split off. An undated report may choose the event its
// article's other report already joined: the split at the end decides
// which of the two stays.

// person is an actor with a title, as the coder gives a named office holder.
func person(name, title, country string, role event.Role) event.Actor {
	return event.Actor{Name: name, Title: ptr(title), Country: ptr(country), Role: role}
}

func airStrike(id, art, day, text string) Report {
	r := rep(id, art, art, [4]string{day, day, "day", "relative"}, event.Occurred, "", "", "ISR", "YEM")
	r.Event.Type, r.Event.Mode = "ASSAULT", ""
	r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
	return withText(r, text)
}

func TestOneArticleKeepsTheReportOthersDate(t *testing.T) {
	port := airStrike("0", "a", "2025-05-05", "Israeli jets struck the port of Hudaydah on Monday, the army said.")
	airport := airStrike("a2", "a", "2025-05-06", "A day later the jets returned and bombed the airport in Sanaa.")
	other := airStrike("b1", "b", "2025-05-06", "Warplanes hit Sanaa's airport on Tuesday, leaving its runway unusable.")
	ms := Merge([]Report{port, airport, other}, testOptions())
	for _, m := range ms {
		if slices.Contains(m.Reports, "b1") && !slices.Contains(m.Reports, "a2") {
			t.Errorf("the other outlet's Tuesday strike did not keep the article's Tuesday report: %s", groups(ms))
		}
	}
	if len(ms) != 2 {
		t.Errorf("got %d events, want the Monday strike apart: %s", len(ms), groups(ms))
	}
}

func talks(id, art, day, text string, actors ...event.Actor) Report {
	r := rep(id, art, art, dayOf(cmpOr(day, "2016-08-09")), event.Occurred, "", "", "RUS", "TUR")
	r.Event.Actors = actors
	if day == "" {
		r = undated(r, "")
	}
	return withText(r, text)
}

func TestOneArticleKeepsTheReportNamingTheirPeople(t *testing.T) {
	putin := person("Vladimir Putin", "President", "RUS", event.RoleParticipant)
	erdogan := person("Recep Tayyip Erdogan", "President", "TUR", event.RoleParticipant)
	turkey := event.Actor{Name: "Turkey", Country: ptr("TUR"), Role: event.RoleParticipant}
	reports := []Report{
		talks("b1", "b", "2016-08-09", "Vladimir Putin hosted Recep Tayyip Erdogan at the Konstantin Palace in Strelna on the Baltic shore, outside St Petersburg, on Tuesday.", putin, erdogan),
		talks("c1", "c", "2016-08-09", "The Turkish leader flew to St Petersburg for his first talks with Putin in months, held at the Konstantin Palace in Strelna on the Baltic shore.", putin, erdogan),
		talks("d1", "d", "2016-12-02", "Putin and Erdogan met again in Ankara, their aides said.", putin, erdogan),
		talks("e1", "e", "2016-12-02", "In Ankara the two presidents spoke for three hours.", putin, erdogan),
		// Nothing dates the article's two reports; the one naming only
		// one of the two presidents is placed first.
		talks("p2", "a", "", "At the Konstantin Palace in Strelna on the Baltic shore, Erdogan told Putin that ties had entered a new phase.", erdogan, putin),
		talks("p1", "a", "", "Putin offered Turkey help in restoring trade during the talks at the Konstantin Palace in Strelna on the Baltic shore.", putin, turkey),
	}
	ms := Merge(reports, testOptions())
	for _, m := range ms {
		if slices.Contains(m.Reports, "b1") && !slices.Contains(m.Reports, "p2") {
			t.Errorf("the report naming both presidents left the St Petersburg talks: %s", groups(ms))
		}
		if slices.Contains(m.Reports, "p1") && slices.Contains(m.Reports, "p2") {
			t.Errorf("one article's two reports ended in one event: %s", groups(ms))
		}
	}
}

// Negative: the rule only orders; what one article keeps apart stays
// apart even when nothing tells which of its reports fits better.
func TestOneArticleStillKeepsItsReportsApart(t *testing.T) {
	putin := person("Vladimir Putin", "President", "RUS", event.RoleParticipant)
	erdogan := person("Recep Tayyip Erdogan", "President", "TUR", event.RoleParticipant)
	reports := []Report{
		talks("a1", "a", "2016-08-09", "Erdogan and Putin shook hands before the cameras in St Petersburg.", putin, erdogan),
		talks("a2", "a", "2016-08-09", "Later the two presidents sat down for a working dinner.", putin, erdogan),
		talks("b1", "b", "2016-08-09", "Putin received Erdogan in St Petersburg on Tuesday.", putin, erdogan),
	}
	ms := Merge(reports, testOptions())
	if len(ms) != 2 {
		t.Fatalf("got %d events, want the article's two reports in two: %s", len(ms), groups(ms))
	}
}
