package merge

import (
	"testing"

	"storyline/internal/event"
)

// rally is a report of an Indonesian protest against Myanmar at place,
// with the gazetteer id geo (0: none found).
func rally(id, art, place string, geo int64, text string) Report {
	r := rep(id, art, art, relDay("2017-09-06"), event.Occurred, place, "IDN", "IDN", "MMR")
	r.Event.Type, r.Event.Mode = "PROTEST", ""
	r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
	if geo != 0 {
		r.Event.Location.GeoNamesID = &geo
	}
	return withText(r, text)
}

func TestCityNamedWithAndWithoutItsGazetteerEntryIsOnePlace(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"Jakarta found in the gazetteer by two outlets and not by a third: one rally", []Report{
			rally("a1", "a", "Jakarta", 1642911, "Thousands rallied outside Myanmar's embassy in Jakarta on Wednesday."),
			rally("b1", "b", "Jakarta", 1642911, "Islamist groups marched in Jakarta on Wednesday against the crackdown."),
			rally("c1", "c", "Jakarta", 0, "JAKARTA -- More than 5,000 people protested at the Myanmar embassy today."),
			rally("d1", "d", "Jakarta", 0, "Protesters gathered in front of the embassy in Jakarta on Wednesday."),
		}, 1},
		{"another city the gazetteer did not find, the same day: two rallies", []Report{
			rally("a1", "a", "Jakarta", 1642911, "Thousands rallied outside Myanmar's embassy in Jakarta on Wednesday."),
			rally("b1", "b", "Jakarta", 1642911, "Islamist groups marched in Jakarta on Wednesday against the crackdown."),
			rally("c1", "c", "Surabaya", 0, "Hundreds protested in Surabaya on Wednesday against the crackdown."),
			rally("d1", "d", "Surabaya", 0, "Students marched through Surabaya on Wednesday."),
		}, 2},
	}
	for _, tc := range tests {
		checkEventsBothOrders(t, tc.name, tc.reports, tc.events)
	}
}
