package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// A report names the office holders of its time: one that names a prime
// minister not yet in office is no report of an earlier call, and one with
// no date joins an event only when the people it names say it can.
func TestTenuresVetoMerges(t *testing.T) {
	person := func(name, title, country string) event.Actor {
		return event.Actor{Name: name, Title: ptr(title), Country: ptr(country), Role: event.RoleParticipant}
	}
	call := rep("call", "a1", "a1", [4]string{"2021-01-27", "2021-01-28", "range", "explicit"}, event.Occurred, "", "", "JPN", "USA")
	call.Event.Actors = []event.Actor{person("Yoshihide Suga", "Prime Minister", "JPN"), person("Joe Biden", "President", "USA")}
	undated := func(id string, actors ...event.Actor) Report {
		r := rep(id, "a-"+id, "a-"+id, [4]string{}, event.Occurred, "", "", "JPN", "USA")
		r.Event.Date, r.Published = nil, ""
		if actors != nil {
			r.Event.Actors = actors
		}
		return r
	}
	tests := []struct {
		name string
		r    Report
		want int // merged events
	}{
		{"a prime minister in office then joins", undated("suga", person("Yoshihide Suga", "Prime Minister", "JPN"), person("Joe Biden", "President", "USA")), 1},
		{"a prime minister not yet in office stays apart", undated("kishida", person("Fumio Kishida", "Prime Minister", "JPN"), person("Joe Biden", "President", "USA")), 2},
		{"countries alone say nothing of when", undated("countries"), 2},
	}
	// Held in a city, the call's reports place it; an undated report of the
	// same city joins, one of another city does not.
	call.Event.Location = &event.Location{Name: "Tokyo", Country: ptr("JPN")}
	inTokyo, inOsaka := undated("tokyo"), undated("osaka")
	inTokyo.Event.Location = &event.Location{Name: "Tokyo", Country: ptr("JPN")}
	inOsaka.Event.Location = &event.Location{Name: "Osaka", Country: ptr("JPN")}
	tests = append(tests, struct {
		name string
		r    Report
		want int
	}{"the same city places it", inTokyo, 1}, struct {
		name string
		r    Report
		want int
	}{"another city does not", inOsaka, 2})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Merge([]Report{call, tt.r}, DefaultOptions())
			if len(got) != tt.want {
				t.Errorf("%d merged events, want %d", len(got), tt.want)
			}
		})
	}
}

// Of several events a report could be part of, the one in the city it names.
func TestUndatedReportJoinsEventOfItsCity(t *testing.T) {
	person := func(name, title, country string) event.Actor {
		return event.Actor{Name: name, Title: ptr(title), Country: ptr(country), Role: event.RoleParticipant}
	}
	leaders := []event.Actor{person("Yoshihide Suga", "Prime Minister", "JPN"), person("Joe Biden", "President", "USA")}
	tokyo := rep("tokyo", "a1", "a1", dayOf("2021-04-16"), event.Occurred, "Tokyo", "JPN", "JPN", "USA")
	tokyo.Event.Actors = leaders
	other := rep("other", "a2", "a2", dayOf("2021-06-12"), event.Occurred, "", "", "JPN", "USA")
	other.Event.Actors = leaders
	undated := rep("undated", "a3", "a3", [4]string{}, event.Occurred, "Tokyo", "JPN", "JPN", "USA")
	undated.Event.Date, undated.Published, undated.Event.Actors = nil, "", leaders
	got := Merge([]Report{tokyo, other, undated}, DefaultOptions())
	if len(got) != 2 {
		t.Fatalf("%d merged events, want 2", len(got))
	}
	for _, m := range got {
		if slices.Contains(m.Reports, "undated") && !slices.Contains(m.Reports, "tokyo") {
			t.Errorf("the undated Tokyo report joined %v, not the Tokyo event", m.Reports)
		}
	}
}

// Undated reports of one group that name an office holder, the same place
// and the same outcome are one event; another outcome is another.
func TestUndatedTwins(t *testing.T) {
	mk := func(id string, st event.Status) Report {
		r := rep(id, "a-"+id, "a-"+id, [4]string{}, st, "Copenhagen", "DNK", "DNK", "USA")
		r.Event.Date, r.Published = nil, ""
		r.Event.Actors[1] = event.Actor{Name: "Joe Biden", Title: ptr("President"), Country: ptr("USA"), Role: event.RoleParticipant}
		return r
	}
	if got := Merge([]Report{mk("a", event.Cancelled), mk("b", event.Cancelled)}, DefaultOptions()); len(got) != 1 {
		t.Errorf("two undated reports of one cancelled visit: %d events, want 1", len(got))
	}
	if got := Merge([]Report{mk("a", event.Cancelled), mk("b", event.Occurred)}, DefaultOptions()); len(got) != 2 {
		t.Errorf("a cancelled and a held visit: %d events, want 2", len(got))
	}
	plain := mk("c", event.Cancelled)
	plain.Event.Actors[1] = event.Actor{Name: "United States", Country: ptr("USA"), Role: event.RoleParticipant}
	if got := Merge([]Report{mk("a", event.Cancelled), plain}, DefaultOptions()); len(got) != 2 {
		t.Errorf("a report naming no office holder joined an undated one: %d events, want 2", len(got))
	}
}
