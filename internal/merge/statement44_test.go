package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// statement is a report of a statement of type typ by the first country against
// the second, dated by date.
func statement(typ, id, art string, date [4]string, status event.Status, src, tgt, text string) Report {
	r := rep(id, art, art, date, status, "", "", src, tgt)
	r.Event.Type, r.Event.Mode = typ, ""
	r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
	return withText(r, text)
}

func TestOneStatementToldTwiceIsOneEvent(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"an accusation in the lead and again with the minister, the same day: one", []Report{
			statement("ACCUSE", "a1", "a", relDay("2024-03-05"), event.Occurred, "KEN", "TZA", "Kenya on Tuesday accused Tanzania of arming cattle raiders along the border."),
			statement("ACCUSE", "a2", "a", relDay("2024-03-05"), event.Occurred, "KEN", "TZA", "Interior Minister Otieno accused Dodoma of turning a blind eye to the raids."),
			statement("ACCUSE", "b1", "b", relDay("2024-03-05"), event.Occurred, "KEN", "TZA", "Nairobi accused its neighbour on Tuesday of backing the raiders."),
		}, 1},
		{"a refusal told by the government and by its spokesman, no date: one", []Report{
			statement("REJECT", "a1", "a", [4]string{}, event.Occurred, "NLD", "TUR", "The Netherlands has withdrawn permission for the minister's plane to land."),
			statement("REJECT", "a2", "a", [4]string{}, event.Occurred, "NLD", "TUR", "A Dutch government spokesman said the visit was not welcome."),
			statement("REJECT", "b1", "b", [4]string{}, event.Occurred, "NLD", "TUR", "The Hague refused to let the Turkish minister fly in for a rally."),
		}, 1},
		{"an accusation and the reply, told the other way round: apart", []Report{
			statement("ACCUSE", "a1", "a", relDay("2024-03-05"), event.Occurred, "KEN", "TZA", "Kenya on Tuesday accused Tanzania of arming cattle raiders."),
			statement("ACCUSE", "a2", "a", relDay("2024-03-05"), event.Occurred, "TZA", "KEN", "Tanzania accused Kenya on Tuesday of staging the raids itself."),
			statement("ACCUSE", "b1", "b", relDay("2024-03-05"), event.Occurred, "KEN", "TZA", "Nairobi accused its neighbour on Tuesday of backing the raiders."),
		}, 2},
		{"an article's accusations of two days: apart", []Report{
			statement("ACCUSE", "a1", "a", dayOf("2024-03-05"), event.Occurred, "KEN", "TZA", "Kenya accused Tanzania of arming the raiders on March 5."),
			statement("ACCUSE", "a2", "a", dayOf("2024-03-06"), event.Occurred, "KEN", "TZA", "On March 6 Nairobi repeated the charge at the United Nations."),
			statement("ACCUSE", "b1", "b", dayOf("2024-03-05"), event.Occurred, "KEN", "TZA", "Nairobi accused its neighbour of backing the raiders on March 5."),
		}, 2},
		{"an article's two sanctions on one day, not statements: apart", []Report{
			sanction("a1", "a", relDay("2024-06-04"), event.Occurred, "Beijing on Tuesday put duties on American farm goods."),
			sanction("a2", "a", relDay("2024-06-04"), event.Occurred, "On Tuesday it also blacklisted two American firms."),
			sanction("b1", "b", relDay("2024-06-04"), event.Occurred, "China announced retaliatory duties on American goods on Tuesday."),
		}, 2},
	}
	for _, tc := range tests {
		checkEventsBothOrders(t, tc.name, tc.reports, tc.events)
	}
}

// checkEventsBothOrders merges reports in the order given and reversed and
// wants the same number of events both ways: a join must not hang on which
// report the merge meets first.
func checkEventsBothOrders(t *testing.T, name string, reports []Report, events int) {
	t.Helper()
	for _, order := range []string{"given", "reversed"} {
		t.Run(name+"/"+order, func(t *testing.T) {
			in := append([]Report(nil), reports...)
			if order == "reversed" {
				slices.Reverse(in)
			}
			if got := Merge(in, testOptions()); len(got) != events {
				t.Fatalf("got %d events, want %d: %s", len(got), events, groups(got))
			}
		})
	}
}
