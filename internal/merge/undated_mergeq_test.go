package merge

import (
	"slices"
	"testing"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// An undated report that fits several events joins, once everything else is
// placed, the one clearly most articles tell; with no clear one it stands
// alone, and office tenures still veto (stop 23).
func TestUndatedJoinsTheMostToldEvent(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays, Tenures: CatalogTenures(actors.Default())}
	meeting := func(id, art, root, day string) Report {
		return rep(id, art, root, [4]string{day, day, "day", "explicit"}, event.Occurred, "", "", "USA", "JPN")
	}
	loose := func(id, art string) Report { return undated(meeting(id, art, art, "2021-01-25"), "") }
	tests := []struct {
		name    string
		reports []Report
		events  int
		with    string // the report the undated one "u" must share its event with; "" = alone
		vetoed  bool   // without tenures, u would join an event
	}{
		{"must merge: three articles against one", []Report{
			meeting("a1", "a1", "a1", "2022-03-05"), meeting("a2", "a2", "a2", "2022-03-05"), meeting("a3", "a3", "a3", "2022-03-05"),
			meeting("b1", "b1", "b1", "2022-03-20"),
			loose("u", "u"),
		}, 2, "a1", false},
		{"must merge: two articles against one, and a second undated report follows", []Report{
			meeting("a1", "a1", "a1", "2022-03-05"), meeting("a2", "a2", "a2", "2022-03-05"),
			meeting("b1", "b1", "b1", "2022-03-20"),
			loose("u", "u"), loose("v", "v"),
		}, 2, "a1", false},
		{"stay apart: four articles against three is no clear lead", []Report{
			meeting("a1", "a1", "a1", "2022-03-05"), meeting("a2", "a2", "a2", "2022-03-05"), meeting("a3", "a3", "a3", "2022-03-05"),
			meeting("a4", "a4", "a4", "2022-03-05"),
			meeting("b1", "b1", "b1", "2022-03-20"), meeting("b2", "b2", "b2", "2022-03-20"), meeting("b3", "b3", "b3", "2022-03-20"),
			loose("u", "u"),
		}, 3, "", false},
		{"stay apart: a copy is no second article", []Report{
			meeting("a1", "a1", "a1", "2022-03-05"), meeting("a2", "a2", "a1", "2022-03-05"),
			meeting("b1", "b1", "b1", "2022-03-20"),
			loose("u", "u"),
		}, 3, "", false},
		{"stay apart: the most told event is vetoed by the undated report's prime minister", []Report{
			withHolder(meeting("a1", "a1", "a1", "2021-01-25"), "Yoshihide Suga", "Prime Minister", "JPN"),
			withHolder(meeting("a2", "a2", "a2", "2021-01-25"), "Yoshihide Suga", "Prime Minister", "JPN"),
			withHolder(meeting("a3", "a3", "a3", "2021-01-25"), "Yoshihide Suga", "Prime Minister", "JPN"),
			meeting("b1", "b1", "b1", "2022-05-10"), meeting("c1", "c1", "c1", "2022-05-25"),
			withHolder(loose("u", "u"), "Fumio Kishida", "Prime Minister", "JPN"),
		}, 4, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Merge(tc.reports, opts)
			if len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %+v", len(got), tc.events, got)
			}
			for _, m := range got {
				if !slices.Contains(m.Reports, "u") {
					continue
				}
				alone := len(m.Reports) == 1
				if tc.with == "" && !alone {
					t.Errorf("u joined %v, want it alone", m.Reports)
				}
				if tc.with != "" && !slices.Contains(m.Reports, tc.with) {
					t.Errorf("u is in %v, want it with %s", m.Reports, tc.with)
				}
				checkTenures(t, m.Event, opts)
			}
			if tc.vetoed {
				noVeto := opts
				noVeto.Tenures = nil
				if n := len(Merge(tc.reports, noVeto)); n != tc.events-1 {
					t.Errorf("without tenures: %d events, want %d (the case does not test the veto)", n, tc.events-1)
				}
			}
			// The rule is what decides: placed in any order, the same events.
			rev := slices.Clone(tc.reports)
			slices.Reverse(rev)
			if n := len(Merge(rev, opts)); n != tc.events {
				t.Errorf("reversed input: %d events, want %d", n, tc.events)
			}
		})
	}
}
