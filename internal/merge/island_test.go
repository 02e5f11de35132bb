package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// TestIslands: a group's reports are cut where one starts more than
// islandGap days after every earlier one ends; a report whose window
// reaches across the gap joins two islands; a report nothing dates, or
// whose year is guessed, holds the group in one.
func TestIslands(t *testing.T) {
	march := rep("1", "a", "a", dayOf("2024-03-10"), event.Occurred, "Tokyo", "JPN", "JPN", "USA")
	april := rep("2", "b", "b", dayOf("2024-04-11"), event.Occurred, "Tokyo", "JPN", "JPN", "USA") // 32 days on
	june := rep("3", "c", "c", dayOf("2024-06-02"), event.Occurred, "Tokyo", "JPN", "JPN", "USA")  // 52 days on
	plan := rep("4", "d", "d", dayOf("2024-04-20"), event.Planned, "Tokyo", "JPN", "JPN", "USA")
	plan.Event.Date = nil // its publication dates it: 20 April to 19 July
	undated := rep("5", "e", "e", dayOf("2024-05-01"), event.Occurred, "Tokyo", "JPN", "JPN", "USA")
	undated.Event.Date, undated.Published = nil, ""
	guessed := rep("6", "f", "f", [4]string{"2024-09-01", "2024-09-01", "day", "relative"}, event.Occurred, "Tokyo", "JPN", "JPN", "USA")
	guessed.Event.Date.Reference = event.RefDateline
	ids := func(islands [][]*Report) [][]string {
		var out [][]string
		for _, is := range islands {
			var s []string
			for _, r := range is {
				s = append(s, r.Event.ID)
			}
			slices.Sort(s)
			out = append(out, s)
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		reports []Report
		want    [][]string
	}{
		{"cut after 32 days", []Report{june, april, march}, [][]string{{"1", "2"}, {"3"}}},
		{"a plan's window bridges", []Report{june, april, march, plan}, [][]string{{"1", "2", "3", "4"}}},
		{"an undated report holds the group", []Report{june, march, undated}, [][]string{{"1", "3", "5"}}},
		{"a guessed year holds the group", []Report{june, march, guessed}, [][]string{{"1", "3", "6"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []*Report
			for i := range tc.reports {
				rs = append(rs, &tc.reports[i])
			}
			if got := ids(Islands(rs)); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("Islands = %v, want %v", got, tc.want)
			}
		})
	}
}
