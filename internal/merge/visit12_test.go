package merge

import (
	"testing"

	"storyline/internal/event"
)

// TestVisitDaysAreOneVisit: a visit lasts days, and its reports date its
// arrival, its talks and its departure, with a day between that none
// reports; meetings and calls two days apart stay two (stop 30).
func TestVisitDaysAreOneVisit(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"the president arrived on Tuesday, the talks were on Thursday: one visit", []Report{
			withMode(rep("1", "a", "a", relDay("2024-10-15"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "visit"),
			withMode(rep("2", "b", "b", dayOf("2024-10-17"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "meet"),
			withMode(rep("3", "c", "c", relDay("2024-10-17"), event.Occurred, "", "", "KOR", "VNM"), "meet"),
		}, 1},
		{"talks on Monday, then the guest's state banquet on Wednesday: one visit", []Report{
			withMode(rep("1", "a", "a", dayOf("2024-10-14"), event.Occurred, "", "VNM", "KOR", "VNM"), "meet"),
			withMode(rep("2", "b", "b", dayOf("2024-10-16"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "visit"),
		}, 1},
		{"two meetings two days apart, neither a visit, stay two", []Report{
			withMode(rep("1", "a", "a", dayOf("2024-10-15"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "meet"),
			withMode(rep("2", "b", "b", dayOf("2024-10-17"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "meet"),
		}, 2},
		{"a visit and a call two days after it stay two", []Report{
			withMode(rep("1", "a", "a", dayOf("2024-10-15"), event.Occurred, "", "", "KOR", "VNM"), "visit"),
			withMode(rep("2", "b", "b", dayOf("2024-10-17"), event.Occurred, "", "", "KOR", "VNM"), "phone"),
		}, 2},
		{"a visit and talks three days later, two empty days between, stay two", []Report{
			withMode(rep("1", "a", "a", dayOf("2024-10-15"), event.Occurred, "", "", "KOR", "VNM"), "visit"),
			withMode(rep("2", "b", "b", dayOf("2024-10-18"), event.Occurred, "", "", "KOR", "VNM"), "meet"),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Merge(tc.reports, testOptions()); len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %s", len(got), tc.events, groups(got))
			}
		})
	}
}
