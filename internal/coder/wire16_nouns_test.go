package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Sixteenth pass (stop 34): "mercenaries" and a state's "services"
// ("security services", "intelligence services") are people of the
// country a word before them names, as "fighters" and "police" are. The
// sentences are written for this test.
func TestWireFormsSixteenthPassNouns(t *testing.T) {
	tests := []struct {
		rule string
		body string
		typ  string
		cs   []string
		want bool
	}{
		{"mercenaries arrested",
			"Mali has arrested a group of Russian mercenaries near the border.",
			"COERCE", []string{"MLI", "RUS"}, true},
		{"security services as the side that arrests",
			"Georgian security services on Tuesday detained two Turkish nationals.",
			"COERCE", []string{"GEO", "TUR"}, true},
		{"a financial services firm is no arm of a state",
			"A Swiss financial services firm hired two Italian bankers on Tuesday.",
			"COERCE", []string{"CHE", "ITA"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, "2025-06-01"), Options{})
			got := slices.ContainsFunc(evs, func(e event.Event) bool {
				return e.Type == tt.typ && slices.Equal(e.Countries(), tt.cs)
			})
			if got != tt.want {
				t.Errorf("got %s, want %s %v coded: %v", summary(evs), tt.typ, tt.cs, tt.want)
			}
		})
	}
}
