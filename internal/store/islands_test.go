package store_test

import (
	"testing"

	"storyline/internal/event"
	"storyline/internal/merge"
	"storyline/internal/store"
)

// TestIslandsMergedAloneMatchFullRebuild ingests one pair's meetings in
// rounds: March and June (round 1, two islands); another March report
// (round 2: March's island alone); a plan published in April that only
// its publication dates, whose window of 90 days reaches June and joins
// the two islands (round 3: all of the group); a report nothing dates,
// which holds the group together (round 4: all of it, and every later
// round); then a report of June (round 5). After every round the store
// equals one rebuild of everything so far and a full rebuild of itself.
func TestIslandsMergedAloneMatchFullRebuild(t *testing.T) {
	article := numberedArticles("islands")
	meeting := func(day string) event.Event {
		return report("CONSULT", event.Occurred, day, day, event.GrainDay, "Tokyo", "JPN", "Officials of both countries met in Tokyo.", "JPN", "USA")
	}
	plan := report("CONSULT", event.Planned, "", "", "", "Tokyo", "JPN", "Officials of both countries will meet in Tokyo.", "JPN", "USA")
	plan.Date = nil
	undated := report("CONSULT", event.Occurred, "", "", "", "Tokyo", "JPN", "Officials of both countries met in Tokyo.", "JPN", "USA")
	undated.Date = nil
	rounds := [][]store.Batch{
		{article("2024-03-11", meeting("2024-03-10")), article("2024-03-12", meeting("2024-03-10")),
			article("2024-06-03", meeting("2024-06-02")), article("2024-06-04", meeting("2024-06-02"))},
		{article("2024-03-13", meeting("2024-03-10"))},
		{article("2024-04-05", plan)},
		{article("", undated)},
		{article("2024-06-05", meeting("2024-06-02"))},
	}
	merged := []int{4, 3, 6, 7, 8} // reports each round merges again
	opts := merge.DefaultOptions()
	eachEngine(t, func(t *testing.T, s *store.Store) {
		checkRounds(t, s, rounds, merged, opts)
	})
}

// TestReportsWithoutSpanAreFilled: reports stored before reports had a
// span get it at the next rebuild, which merges everything again once and
// leaves the events as they were.
func TestReportsWithoutSpanAreFilled(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		checkFilledAtRebuild(t, s, []string{"2024-03-10", "2024-03-10", "2024-06-20"},
			`UPDATE reports SET span_start = NULL, span_end = NULL, whole = NULL`,
			`SELECT count(*) FROM reports WHERE span_start IS NULL OR span_end IS NULL OR whole IS NULL`, "span")
	})
}
