package merge

import (
	"slices"
	"strings"
	"testing"

	"storyline/internal/event"
)

// A meeting or an accord told done that a report puts in the whole country
// of one of its parties ("cows, considered sacred in India", "ties between
// the UK and India") joins the event its other reports put at a city
// elsewhere; of several it could be, it joins the one in that country. A
// plan of a visit to a party's country, a state of a party's country, and
// a strike placed in a party's country keep their place (stop 39).
func TestPartysCountryIsASoftPlace(t *testing.T) {
	located := map[string]bool{"Kigali": true, "Chequers": true, "the White House": true, "Beijing": true, "Pyongyang": true, "Doha": true}
	names := map[string]string{"IND": "India", "RWA": "Rwanda", "GBR": "United Kingdom", "USA": "United States",
		"CHN": "China", "PRK": "North Korea", "ISR": "Israel", "QAT": "Qatar"}
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays,
		IsCountry: func(name, code string) bool { return strings.EqualFold(names[code], name) },
		Locates:   func(name, _ string) bool { return located[name] }}
	typed := func(r Report, typ, mode string) Report { r.Event.Type, r.Event.Mode = typ, mode; return r }
	planned := func(r Report) Report { r.Event.Status = event.Planned; return r }
	tests := []struct {
		name    string
		reports []Report
		want    string // the events' reports, as groups prints them
	}{
		// "Modi held talks with Kagame in Kigali" (two outlets), and "during
		// a visit to Rwanda on Tuesday, Modi donated 200 cows, considered
		// sacred in India", placed in India, the next day.
		{"must join: a visit's next day placed in the guest's country", []Report{
			rep("1", "a", "a", dayOf("2018-07-23"), event.Occurred, "Kigali", "RWA", "IND", "RWA"),
			rep("2", "b", "b", dayOf("2018-07-23"), event.Occurred, "Kigali", "RWA", "IND", "RWA"),
			rep("3", "c", "c", relDay("2018-07-24"), event.Occurred, "India", "IND", "IND", "RWA"),
		}, "[1 2 3]"},
		// "Starmer and Modi signed the deal at Chequers", and a piece the
		// next day that only its publication dates: "a landmark moment for
		// ties between the UK and India", placed in India.
		{"must join: an accord dated by its publication, placed in a party's country", []Report{
			typed(rep("1", "a", "a", dayOf("2025-07-24"), event.Occurred, "Chequers", "GBR", "GBR", "IND"), "AGREE", ""),
			typed(rep("2", "b", "b", dayOf("2025-07-24"), event.Occurred, "Chequers", "GBR", "GBR", "IND"), "AGREE", ""),
			typed(byPublication(rep("3", "c", "c", dayOf("2025-07-25"), event.Occurred, "India", "IND", "GBR", "IND"), "2025-07-25"), "AGREE", ""),
		}, "[1 2 3]"},
		// "Xi held talks with Kim in North Korea", undated, with a meeting
		// in Beijing in March and one in Pyongyang in June.
		{"must join the one in that country: an undated meeting of two it could be", []Report{
			rep("1", "a", "a", dayOf("2019-03-01"), event.Occurred, "Beijing", "CHN", "CHN", "PRK"),
			rep("2", "b", "b", dayOf("2019-06-20"), event.Occurred, "Pyongyang", "PRK", "CHN", "PRK"),
			undated(rep("3", "c", "c", dayOf("2019-06-20"), event.Occurred, "North Korea", "PRK", "CHN", "PRK"), ""),
		}, "[1] [2 3]"},
		// "Starmer met Trump at the White House", and "Trump said he would
		// visit Britain", a plan told the same day.
		{"stay apart: a plan of a visit to a party's country", []Report{
			rep("1", "a", "a", dayOf("2025-02-27"), event.Occurred, "the White House", "USA", "GBR", "USA"),
			planned(typed(rep("2", "b", "b", dayOf("2025-02-27"), event.Occurred, "United Kingdom", "GBR", "GBR", "USA"), "CONSULT", "visit")),
		}, "[1] [2]"},
		{"stay apart: a strike in Doha and one placed in Israel the same day", []Report{
			strike("1", "a", "2025-09-09", "Doha", "QAT", "ISR", "QAT"),
			strike("2", "b", "2025-09-09", "Israel", "ISR", "ISR", "QAT"),
		}, "[1] [2]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][]Report{tc.reports, reversedReports(tc.reports)} {
				got := Merge(slices.Clone(order), opts)
				slices.SortFunc(got, func(a, b Merged) int { return strings.Compare(a.Reports[0], b.Reports[0]) })
				if g := groups(got); g != tc.want {
					t.Errorf("got %s, want %s", g, tc.want)
				}
			}
		})
	}
}

func reversedReports(rs []Report) []Report {
	out := slices.Clone(rs)
	slices.Reverse(out)
	return out
}
