package store_test

import (
	"context"
	"slices"
	"testing"

	"storyline/internal/event"
	"storyline/internal/merge"
	"storyline/internal/store"
)

// TestNewReportsJoinEventsOfEarlierRounds ingests in rounds: two meetings of
// one pair four days apart in March, and one in June (round 1); rounds of
// other months and another pair (2 and 3); then, in round 4, a report of the
// first March meeting, which joins the event stored three rounds ago, and a
// report dated from the first meeting's day to the second's, which bridges
// the two stored events into one. Merged island by island or month by
// month, after every round the store equals one rebuild of everything so
// far and a full rebuild of itself, and a round merges again only the
// islands or months it touched.
func TestNewReportsJoinEventsOfEarlierRounds(t *testing.T) {
	article := numberedArticles("rounds")
	meeting := func(start, end string, grain event.Grain, countries ...string) event.Event {
		return report("CONSULT", event.Occurred, start, end, grain, "Tokyo", "JPN", "Officials of both countries met in Tokyo.", countries...)
	}
	var rounds [4][]store.Batch
	for range 3 {
		rounds[0] = append(rounds[0],
			article("2024-03-11", meeting("2024-03-10", "2024-03-10", event.GrainDay, "JPN", "USA")),
			article("2024-03-15", meeting("2024-03-14", "2024-03-14", event.GrainDay, "JPN", "USA")),
			article("2024-06-03", meeting("2024-06-02", "2024-06-02", event.GrainDay, "JPN", "USA")))
		rounds[1] = append(rounds[1],
			article("2024-05-08", meeting("2024-05-07", "2024-05-07", event.GrainDay, "JPN", "USA")),
			article("2024-03-11", meeting("2024-03-10", "2024-03-10", event.GrainDay, "CHN", "USA")))
		rounds[2] = append(rounds[2],
			article("2024-09-20", meeting("2024-09-19", "2024-09-19", event.GrainDay, "JPN", "USA")))
	}
	rounds[3] = append(rounds[3],
		article("2024-04-01", meeting("2024-03-10", "2024-03-10", event.GrainDay, "JPN", "USA")),
		article("2024-04-02", meeting("2024-03-10", "2024-03-14", event.GrainRange, "JPN", "USA")))

	for _, tt := range []struct {
		name        string
		monthlyFrom int
		merged      [4]int // reports each round merges again
	}{
		// Island by island (merge.Islands): round 2 merges May with
		// June's island (26 days on) and the other pair's group, round 3
		// September, round 4 March's island (6 stored reports, 2 new).
		{"islands", 0, [4]int{9, 9, 3, 8}},
		// Month by month: round 2 merges May and the other pair's group,
		// round 3 September, round 4 March alone (6 stored reports, 2 new).
		{"monthly", 5, [4]int{9, 6, 3, 8}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := merge.DefaultOptions()
			opts.MonthlyFrom = tt.monthlyFrom
			eachEngine(t, func(t *testing.T, s *store.Store) {
				ctx := context.Background()
				checkRounds(t, s, rounds[:], tt.merged[:], opts)
				march, err := s.Events(ctx, store.Filter{Type: "CONSULT", Pair: []string{"JPN", "USA"}, From: "2024-03-01", To: "2024-03-31"})
				if err != nil {
					t.Fatal(err)
				}
				var sizes []int
				for _, e := range march {
					sizes = append(sizes, len(e.Evidence))
				}
				// 3 + 1 reports of the 10th, 3 of the 14th and the one
				// dated from the 10th to the 14th: one event.
				if !slices.Equal(sizes, []int{8}) {
					t.Errorf("March meetings of Japan and the US: events of %v reports, want one of 8", sizes)
				}
			})
		})
	}
}
