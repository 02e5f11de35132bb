package merge

import (
	"slices"
	"testing"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// An article that tells two events of the group (a retelling of the week's
// news: "after Monday's threat ... on Wednesday he threatened again") does
// not say which of them is the news of the day: when an undated report is
// placed by the articles that tell each event, it counts for neither (stop
// 24).
func TestUndatedToldIgnoresArticlesTellingSeveral(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays, Tenures: CatalogTenures(actors.Default())}
	threat := func(id, art, day string) Report {
		return rep(id, art, art, [4]string{day, day, "day", "explicit"}, event.Occurred, "", "", "USA", "TUR")
	}
	loose := undated(threat("u", "u", "2019-10-07"), "")
	tests := []struct {
		name    string
		reports []Report
		events  int
		with    string // the report u must share its event with; "" = alone
	}{
		{"must merge: two articles against one once the retelling counts for neither", []Report{
			threat("a1", "a1", "2019-10-07"), threat("a2", "a2", "2019-10-07"), threat("w1", "w", "2019-10-07"),
			threat("b1", "b1", "2019-10-09"), threat("w2", "w", "2019-10-09"),
			loose,
		}, 2, "a1"},
		{"must merge: three articles against one, two of them retellings", []Report{
			threat("a1", "a1", "2019-10-07"), threat("a2", "a2", "2019-10-07"), threat("a3", "a3", "2019-10-07"),
			threat("v1", "v", "2019-10-07"), threat("w1", "w", "2019-10-07"),
			threat("b1", "b1", "2019-10-09"), threat("v2", "v", "2019-10-09"), threat("w2", "w", "2019-10-09"),
			loose,
		}, 2, "a1"},
		{"stay apart: one article against one once the retelling counts for neither", []Report{
			threat("a1", "a1", "2019-10-07"), threat("w1", "w", "2019-10-07"),
			threat("b1", "b1", "2019-10-09"), threat("w2", "w", "2019-10-09"),
			loose,
		}, 3, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, in := range [][]Report{tc.reports, backwards(tc.reports)} {
				got := Merge(in, opts)
				if len(got) != tc.events {
					t.Fatalf("got %d events, want %d: %+v", len(got), tc.events, got)
				}
				for _, m := range got {
					if !slices.Contains(m.Reports, "u") {
						continue
					}
					if tc.with == "" && len(m.Reports) != 1 {
						t.Errorf("u joined %v, want it alone", m.Reports)
					}
					if tc.with != "" && !slices.Contains(m.Reports, tc.with) {
						t.Errorf("u is in %v, want it with %s", m.Reports, tc.with)
					}
				}
			}
		})
	}
}

func backwards(r []Report) []Report {
	r = slices.Clone(r)
	slices.Reverse(r)
	return r
}
