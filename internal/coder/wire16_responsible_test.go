package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixteenth pass (stop 34): a government that says another country was
// responsible for a harm, or names it as the one responsible, accuses it;
// the same words in the reporter's voice, or said of a person or an armed
// group, are no charge between states. The sentences are written for this
// test.
func TestWireFormsSixteenthPassResponsible(t *testing.T) {
	fires := []struct {
		rule, body string
		cs         []string
	}{
		{"said X was responsible for",
			"Estonia said on Tuesday that Russia was responsible for the hacking of its election commission.",
			[]string{"EST", "RUS"}},
		{"quoted: X is solely responsible for",
			"“North Korea is solely responsible for the collapse of the talks,” South Korea's unification minister said on Friday.",
			[]string{"KOR", "PRK"}},
		{"identified X as being responsible",
			"The Dutch government has identified Iran as being responsible for the sabotage of a gas pipeline, officials said on Monday.",
			[]string{"IRN", "NLD"}},
	}
	for _, tt := range fires {
		t.Run(tt.rule, func(t *testing.T) {
			codedOne(t, art(tt.body, "2025-05-20"), "ACCUSE", tt.cs)
		})
	}
	quiet := []struct{ rule, body string }{
		{"the reporter's own words accuse no one",
			"Russia was responsible for most of the grain exported through the port last year."},
		{"an armed group said responsible is no state charged",
			"Israel's military said the Hamas commanders were directly responsible for the rocket fire on its towns."},
		{"a country before the clause is no subject of it",
			"Britain said Estonia and its allies had shown that the Sandstorm unit was responsible for the attacks."},
	}
	for _, tt := range quiet {
		t.Run(tt.rule, func(t *testing.T) {
			for _, e := range Code(art(tt.body, "2025-05-20"), Options{}) {
				if e.Type == "ACCUSE" {
					t.Errorf("got %s, want no ACCUSE", summary([]event.Event{e}))
				}
			}
		})
	}
}
