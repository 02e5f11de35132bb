package coder

import "testing"

// Fifteenth pass (stop 33): sport names its teams by their countries. A
// meeting of bare country names in a sentence of sport is a game, and a
// sports story's title is a game's title. The sentences are written for
// this test.
func TestWireFormsFifteenthPassGames(t *testing.T) {
	none := []struct {
		rule string
		body string
	}{
		{"a team hosts another in a qualifier",
			"Brazil will host Argentina in a World Cup qualifier in Sao Paulo on Tuesday, with both sides already sure of a place in the finals."},
		{"two teams meet in a semifinal",
			"Italy meet Spain in the semifinal at Wembley on Wednesday after both won their quarterfinals on penalties."},
	}
	for _, tt := range none {
		t.Run(tt.rule, func(t *testing.T) {
			if evs := Code(art(tt.body, "2025-06-30"), Options{}); len(evs) != 0 {
				t.Errorf("got %s, want nothing", summary(evs))
			}
		})
	}
	t.Run("officials who meet at a game stay a meeting", func(t *testing.T) {
		codedOne(t, art("Brazil's foreign minister met Argentina's foreign minister at the World Cup qualifier in Sao Paulo on Tuesday.", "2025-06-30"), "CONSULT", []string{"ARG", "BRA"})
	})
	sports := art("Shaheen Afridi took four wickets as the hosts were bowled out for 266 in 48.5 overs. Rain then stopped play for good, and the two sides shared a point. Pakistan go through to the Super Four stage of the tournament, while India play Nepal on Monday in their last group match.", "2023-09-03")
	sports.Title = "Pakistan-India clash in Asia Cup ends in a washout"
	t.Run("a sports story's title is a game", func(t *testing.T) {
		if evs := Code(sports, Options{}); len(evs) != 0 {
			t.Errorf("got %s, want nothing", summary(evs))
		}
	})
	border := art("Villagers near the line of control said they heard heavy firing through the night. Schools in the district were closed on Sunday.", "2023-09-03")
	border.Title = "Pakistan-India clash on the border leaves two soldiers dead"
	t.Run("a political story's title is still read", func(t *testing.T) {
		codedOne(t, border, "ASSAULT", []string{"IND", "PAK"})
	})
}
