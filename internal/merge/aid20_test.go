package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// The waves of one donor's aid to one country within three weeks are one
// operation: an initial package and a ship's resupply eighteen days on, a
// first batch, a team of doctors and a follow-up dated by its publication,
// and the undated report that could be any of them; aid more than three
// weeks on, a strike some days after the aid, and aid sent back the other
// way stay apart (stop 38).
func TestAidWavesAreOneOperation(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	// aid is "Australia sends relief to Fiji" told done on day.
	aid := func(id, day string) Report {
		r := rep(id, id, id, relDay(day), event.Occurred, "", "", "AUS", "FJI")
		r.Event.Type, r.Event.Mode = "AID", ""
		r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
		return r
	}
	typed := func(r Report, typ string) Report { r.Event.Type = typ; return r }
	back := func(r Report) Report {
		r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleTarget, event.RoleSource
		return r
	}
	undated := func(r Report) Report { r.Event.Date, r.Published = nil, ""; return r }
	first := []Report{aid("a1", "2016-02-20"), aid("a2", "2016-02-20")}
	tests := []struct {
		name  string
		more  []Report
		joins bool
	}{
		// "Australia is providing an initial package of assistance", then
		// "HMAS Canberra returned to Suva on March 10 to conduct a resupply".
		{"must join: a ship's resupply eighteen days after the initial package", []Report{aid("r1", "2016-03-09")}, true},
		// "The first batch of medical aid arrives", "the doctors who
		// arrived on Saturday", and a piece published the week after.
		{"must join: a team of doctors, then a follow-up dated by its publication", []Report{aid("r1", "2016-02-26"), byPublication(aid("r2", "2016-03-06"), "2016-03-06")}, true},
		// "Previously, China sent a first batch of medical aid" fits both
		// waves, which are now one.
		{"must join: an undated report once the waves are one", []Report{aid("r1", "2016-02-26"), undated(aid("r2", "2016-02-26"))}, true},
		{"stay apart: aid more than three weeks after the first", []Report{aid("r1", "2016-03-14")}, false},
		{"stay apart: a strike days after the aid", []Report{typed(aid("r1", "2016-02-26"), "ASSAULT")}, false},
		{"stay apart: aid sent back the other way", []Report{back(aid("r1", "2016-02-26"))}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joinedWithA1(t, opts, first, tc.more, tc.joins)
		})
	}
	// One article tells two waves ("the first plane landed on Friday; a
	// navy ship docked on Saturday"): they stay one telling of the
	// operation, not split again as one article's two events.
	t.Run("must join: one article's two waves", func(t *testing.T) {
		ship := aid("r1", "2016-02-21")
		ship.ArticleID, ship.Root = "a1", "a1"
		joinedWithA1(t, opts, first, []Report{ship}, true)
	})
	t.Run("stay apart: one article's two strikes", func(t *testing.T) {
		strikes := []Report{typed(aid("a1", "2016-02-20"), "ASSAULT"), typed(aid("a2", "2016-02-20"), "ASSAULT")}
		second := typed(aid("r1", "2016-02-21"), "ASSAULT")
		second.ArticleID, second.Root = "a1", "a1"
		joinedWithA1(t, opts, strikes, []Report{second}, false)
	})
}

// The operation is one event whatever order its waves come in.
func TestAidWavesIgnoreInputOrder(t *testing.T) {
	opts := DefaultOptions()
	var rs []Report
	for i, day := range []string{"2020-03-15", "2020-03-21", "2020-03-21", "2020-03-30"} {
		r := rep(string(rune('a'+i)), string(rune('a'+i)), string(rune('a'+i)), relDay(day), event.Occurred, "", "", "CHN", "SRB")
		r.Event.Type, r.Event.Mode = "AID", ""
		rs = append(rs, r)
	}
	for _, order := range [][]Report{rs, {rs[3], rs[1], rs[0], rs[2]}} {
		if got := Merge(slices.Clone(order), opts); len(got) != 1 {
			t.Errorf("%d events, want 1: %+v", len(got), got)
		}
	}
}
