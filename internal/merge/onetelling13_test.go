package merge

import (
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31): one article's two reports of one event stay in
// it when they are the days of one visit (the arrival and the talks, or the
// visit told from either side), or an act told both as done and as to
// come, dated only by the article's publication. Two deals of one day, two
// strikes on two days, an article's two acts told done stay two.

func pubDay(s string) [4]string { return [4]string{s, s, "day", "publication"} }

// sanction is a report of Chinese duties on American goods, dated by date.
func sanction(id, art string, date [4]string, status event.Status, text string) Report {
	r := rep(id, art, art, date, status, "", "", "CHN", "USA")
	r.Event.Type, r.Event.Mode = "SANCTION", ""
	r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
	return withText(r, text)
}

func TestOneArticleTellsOneEventTwice(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"an article's arrival on Saturday and talks on Sunday, with another outlet's talks: one visit", []Report{
			withMode(withText(rep("a1", "a", "a", relDay("2024-06-08"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "The South Korean president landed in Hanoi on Saturday for a three-day state visit."), "visit"),
			withMode(withText(rep("a2", "a", "a", relDay("2024-06-09"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "On Sunday he held talks with his Vietnamese counterpart at the presidential palace."), "meet"),
			withMode(withText(rep("b1", "b", "b", relDay("2024-06-09"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "The two presidents met in Hanoi on Sunday and pledged closer ties."), "meet"),
		}, 1},
		{"a visit told from the host's side and the guest's, the same day: one visit", []Report{
			withMode(withText(rep("a1", "a", "a", relDay("2024-06-12"), event.Occurred, "", "", "KOR", "VNM"), "Hanoi confirmed on Wednesday that it was hosting the South Korean leader."), "visit"),
			withMode(withText(rep("a2", "a", "a", relDay("2024-06-12"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "The South Korean leader paid a two-day visit to Hanoi, state media said."), "visit"),
			withMode(withText(rep("b1", "b", "b", relDay("2024-06-12"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "South Korea's president arrived in Hanoi on Wednesday."), "visit"),
		}, 1},
		{"tariffs told as imposed and as to come, on the day of publication: one act", []Report{
			sanction("a1", "a", pubDay("2024-06-04"), event.Occurred, "Beijing has hit back at Washington with duties on farm goods."),
			sanction("a2", "a", pubDay("2024-06-04"), event.Planned, "It will also levy a 10 percent duty on machinery from next week."),
			sanction("b1", "b", dayOf("2024-06-04"), event.Occurred, "China announced retaliatory duties on American goods on June 4."),
		}, 1},
		{"two deals of one article, signed the same day, stay two", []Report{
			withMode(withText(rep("a1", "a", "a", dayOf("2024-06-04"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "The two ministers signed a fisheries pact on June 4."), ""),
			withMode(withText(rep("a2", "a", "a", dayOf("2024-06-04"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "They also signed a separate accord on shipping on June 4."), ""),
			withMode(withText(rep("b1", "b", "b", dayOf("2024-06-04"), event.Occurred, "Hanoi", "VNM", "KOR", "VNM"), "Seoul and Hanoi signed an agreement on fishing rights on June 4."), ""),
		}, 2},
		{"an article's two tariff acts, both told done, stay two", []Report{
			sanction("a1", "a", pubDay("2024-06-04"), event.Occurred, "Beijing has hit back at Washington with duties on farm goods."),
			sanction("a2", "a", pubDay("2024-06-04"), event.Occurred, "Beijing also placed two American firms on its export blacklist."),
			sanction("b1", "b", dayOf("2024-06-04"), event.Occurred, "China announced retaliatory duties on American goods on June 4."),
		}, 2},
		{"an article's visit and a call two days later stay two", []Report{
			withMode(withText(rep("a1", "a", "a", dayOf("2024-06-08"), event.Occurred, "", "", "KOR", "VNM"), "The South Korean president visited Vietnam on June 8."), "visit"),
			withMode(withText(rep("a2", "a", "a", dayOf("2024-06-10"), event.Occurred, "", "", "KOR", "VNM"), "Back home, he spoke with his counterpart by telephone on June 10."), "phone"),
			withMode(withText(rep("b1", "b", "b", dayOf("2024-06-09"), event.Occurred, "", "", "KOR", "VNM"), "The two leaders met in Vietnam on June 9."), "visit"),
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
