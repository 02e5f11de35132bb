package merge

import (
	"testing"

	"storyline/internal/event"
)

// Aid is where it arrives: a report that puts a relief flight in the
// donor's city it left from is of the flight the other outlets put in the
// stricken country, dated or not; a place in a third country, and a
// protest's place in either party's country, still tell events apart
// (stop 49).
func TestAidSentFromTheDonorsCountryIsWhereItArrives(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	// aid is typ from the first country to the second, at place, told on day.
	aid := func(id, typ string, date [4]string, place, placeCountry, text, from, to string) Report {
		r := withText(rep(id, id, id, date, event.Occurred, place, placeCountry, from, to), text)
		r.Event.Type, r.Event.Mode = typ, ""
		r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
		return r
	}
	undated := func(r Report) Report { r.Event.Date, r.Published = nil, ""; return r }
	arrived := []Report{
		// "Chinese rescuers arrived in Kathmandu on Sunday."
		aid("a1", "AID", relDay("2015-04-26"), "Kathmandu", "NPL", "Chinese rescuers arrived in Kathmandu on Sunday.", "CHN", "NPL"),
		aid("a2", "AID", relDay("2015-04-26"), "", "NPL", "A Chinese search team landed in Nepal on Sunday morning.", "CHN", "NPL"),
	}
	tests := []struct {
		name  string
		more  []Report
		joins bool
	}{
		{"must join: the rescuers assembled in the donor's city and flew out that day",
			[]Report{aid("r1", "AID", relDay("2015-04-26"), "Guangzhou", "CHN", "The rescuers assembled in Guangzhou and flew to Nepal on Sunday.", "CHN", "NPL")}, true},
		{"must join: supplies from a warehouse at home, with no date",
			[]Report{undated(aid("r1", "AID", relDay("2015-04-26"), "Beijing", "CHN", "From a warehouse in Beijing, tents were delivered to Nepal.", "CHN", "NPL"))}, true},
		{"stay apart: relief landing in a third country",
			[]Report{aid("r1", "AID", relDay("2015-04-26"), "Dhaka", "BGD", "Chinese relief landed in Dhaka on Sunday.", "CHN", "NPL")}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joinedWithA1(t, opts, arrived, tc.more, tc.joins)
		})
	}
	// Protesters storm an embassy in their own capital one day and rally in
	// the other country's the next: two protests.
	t.Run("stay apart: protests in either party's country", func(t *testing.T) {
		protests := []Report{
			aid("a1", "PROTEST", relDay("2019-06-27"), "Baghdad", "IRQ", "Protesters stormed the embassy in Baghdad on Thursday.", "IRQ", "BHR"),
		}
		more := []Report{aid("r1", "PROTEST", relDay("2019-06-27"), "Manama", "BHR", "Iraqis rallied in Manama on Thursday.", "IRQ", "BHR")}
		joinedWithA1(t, opts, protests, more, false)
	})
}
