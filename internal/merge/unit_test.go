package merge

import (
	"math/rand/v2"
	"testing"

	"storyline/internal/event"
)

func TestMonth(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want string
	}{
		{"a day", rep("1", "a", "a", dayOf("2024-03-31"), event.Occurred, "", "", "JPN", "USA"), "2024-03"},
		{"a short range, by its first day", rep("1", "a", "a", [4]string{"2024-03-30", "2024-04-04", "range", "explicit"}, event.Occurred, "", "", "JPN", "USA"), "2024-03"},
		{"a month", rep("1", "a", "a", [4]string{"2024-02-01", "2024-02-29", "month", "explicit"}, event.Occurred, "", "", "JPN", "USA"), "2024-02"},
		{"a week, by its middle", rep("1", "a", "a", [4]string{"2024-04-29", "2024-05-05", "week", "explicit"}, event.Occurred, "", "", "JPN", "USA"), "2024-05"},
		{"a year, by its middle", rep("1", "a", "a", [4]string{"2023-01-01", "2023-12-31", "year", "explicit"}, event.Occurred, "", "", "JPN", "USA"), "2023-07"},
		{"held, dated by publication: the week before", undated(rep("1", "a", "a", dayOf("2024-01-01"), event.Occurred, "", "", "JPN", "USA"), "2024-05-03"), "2024-04"},
		{"planned, dated by publication: the months ahead", undated(rep("1", "a", "a", dayOf("2024-01-01"), event.Planned, "", "", "JPN", "USA"), "2024-05-03"), "2024-06"},
		{"nothing dates it", undated(rep("1", "a", "a", dayOf("2024-01-01"), event.Occurred, "", "", "JPN", "USA"), ""), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Month(&tt.r); got != tt.want {
				t.Errorf("Month = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMonthlyGroups: a group of MonthlyFrom reports or more is merged month
// by month, a smaller one whole; merging by month does not depend on the
// order of the reports either.
func TestMonthlyGroups(t *testing.T) {
	rel := func(id, d, place string) Report {
		return rep(id, "a"+id, "a"+id, [4]string{d, d, "day", "relative"}, event.Occurred, place, "JPN", "JPN", "USA")
	}
	reports := []Report{
		// One meeting dated the 31st by one outlet and the 1st by another
		// (a relative date, read in another time zone).
		rel("1", "2024-03-31", "Tokyo"), rel("2", "2024-04-01", "Tokyo"),
		// A meeting in Osaka in May, and two undated reports of it.
		rel("3", "2024-05-10", "Osaka"),
		undated(rep("4", "a4", "a4", dayOf("2024-01-01"), event.Occurred, "Osaka", "JPN", "JPN", "USA"), ""),
		undated(rep("5", "a5", "a5", dayOf("2024-01-01"), event.Occurred, "Osaka", "JPN", "JPN", "USA"), ""),
	}
	tests := []struct {
		monthlyFrom int
		want        string
	}{
		{0, "[1 2] [3 4 5]"},
		{6, "[1 2] [3 4 5]"},
		{5, "[1] [2] [3] [4 5]"},
	}
	for _, tt := range tests {
		opts := testOptions()
		opts.MonthlyFrom = tt.monthlyFrom
		got := groups(Merge(reports, opts))
		if got != tt.want {
			t.Errorf("MonthlyFrom %d: got %s, want %s", tt.monthlyFrom, got, tt.want)
		}
		rng := rand.New(rand.NewPCG(3, 4))
		shuffled := append([]Report(nil), reports...)
		for range 5 {
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if again := groups(Merge(shuffled, opts)); again != got {
				t.Fatalf("MonthlyFrom %d: shuffled reports give %s, not %s", tt.monthlyFrom, again, got)
			}
		}
	}
}
