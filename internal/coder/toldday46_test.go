package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-eighth pass (stop 46, the day of a telling). A day right after
// "told" and the name of the one told ("told Reuters on Monday that", "told
// the Globe and Mail Monday that") is the telling's, not the day of the
// plan told: the plan is no longer put on the Monday after the story
// (toldday46.go). The sentences are written for this test; the page is
// dated Tuesday 2025-03-04.
func TestWireFormsTwentyEighthPassToldDays(t *testing.T) {
	planned := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Planned, start: start}
	}
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "an outlet told on Monday: the expulsion planned is not next Monday's",
			body: "The Kenyan envoy told Reuters on Monday that Nairobi would expel two Ugandan diplomats.",
			want: []expect{planned("SANCTION", []string{"KEN", "UGA"}, "2025-03-04")}, anyOf: true},
		{rule: "a newspaper of three words told Monday: the recall planned is not next Monday's",
			body: "Chile's ambassador told the Globe and Mail Monday that Santiago would recall its envoy from Peru.",
			want: []expect{planned("SANCTION", []string{"CHL", "PER"}, "2025-03-04")}, anyOf: true},
		{rule: "left alone: an act told done on the telling's day",
			body: "The Kenyan envoy told Reuters on Monday that Nairobi had expelled two Ugandan diplomats.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-03-03"}}, anyOf: true},
		{rule: "left alone: the plan's own day after the words told",
			body: "The Kenyan envoy told Reuters that Nairobi would expel two Ugandan diplomats on Friday.",
			want: []expect{planned("SANCTION", []string{"KEN", "UGA"}, "2025-03-07")}, anyOf: true},
	})
}
