package merge

import (
	"testing"

	"storyline/internal/event"
)

// How a report's day was found does not split the vote on its date: three
// reports read "Tuesday" as June 10, each against a day found its own way,
// outvote two that read June 11; the event says how most of the three
// found theirs.
func TestDateReferenceDoesNotSplitTheVote(t *testing.T) {
	tenth := [4]string{"2025-06-10", "2025-06-10", "day", "relative"}
	eleventh := [4]string{"2025-06-11", "2025-06-11", "day", "relative"}
	var rs []Report
	for i, ref := range []event.Reference{event.RefAddress, event.RefPublished, event.RefPublished, event.RefCaption} {
		r := rep(string(rune('a'+i)), string(rune('a'+i))+".txt", string(rune('a'+i))+".txt", tenth, event.Occurred, "", "", "DEU", "FRA")
		r.Event.Date.Reference = ref
		rs = append(rs, r)
	}
	for i := range 3 {
		r := rep(string(rune('x'+i)), string(rune('x'+i))+".txt", string(rune('x'+i))+".txt", eleventh, event.Occurred, "", "", "DEU", "FRA")
		r.Event.Date.Reference = event.RefPublished
		rs = append(rs, r)
	}
	got := Merge(rs, Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays})
	if len(got) != 1 {
		t.Fatalf("%d events, want one", len(got))
	}
	if dt := got[0].Event.Date; dt == nil || dt.Start != "2025-06-10" || dt.Reference != event.RefPublished {
		t.Errorf("date %+v, want 2025-06-10 found from the publication date", dt)
	}
}
