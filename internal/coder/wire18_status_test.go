package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighteenth pass (stop 36): the verb of a noun subject read past the
// parties' names and a parenthesis, and "is expected to be signed", "was
// yet to be signed" read as a plan (status18.go), and "aim to", "was
// arranging" and "awaits" as a plan (status.go); a sanction's end decided
// and a measure told as "the announcement by X to CUE" are taken
// (announced15.go); a meeting that is the purpose of a move made ("walked
// across the border to meet") is held. Due in a country to meet, a reduced
// relative of what the act brings, a noun that is a topic and a verb past
// a common noun are left alone. The sentences are written for this test.
func TestWireFormsEighteenthPassStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"will past a long name of the parties",
			"The one-day meeting between Kenyan Foreign Minister Alfred Mutua and his Ugandan counterpart, Jeje Odongo, will be held in Nairobi.",
			"CONSULT", []string{"KEN", "UGA"}, event.Planned},
		{"is expected to be signed past a parenthesis",
			"A defence cooperation pact (DCP) between Chile and Peru is expected to be signed soon.",
			"AGREE", []string{"CHL", "PER"}, event.Planned},
		{"aim to is a plan, not a purpose",
			"Kenya and Uganda aim to clinch a trade deal by the end of the year.",
			"AGREE", []string{"KEN", "UGA"}, event.Planned},
		{"was arranging a visit",
			"Kenya's foreign minister said on Friday he was arranging a visit to Uganda.",
			"CONSULT", []string{"KEN", "UGA"}, event.Planned},
		{"awaits a formal request",
			"Uganda awaits a formal request from Kenya for the extradition of the businessman.",
			"REQUEST", []string{"KEN", "UGA"}, event.Planned},
		{"a request received after awaiting it stays done",
			"Uganda received a formal request from Kenya for the extradition of the businessman after awaiting it for weeks.",
			"REQUEST", []string{"KEN", "UGA"}, event.Occurred},
		{"decided to revoke sanctions",
			"Australia has decided to revoke its travel sanctions on Fiji.",
			"CONCEDE", []string{"AUS", "FJI"}, event.Occurred},
		{"the announcement by a government to raise tariffs",
			"Following the announcement by Japan to raise the tariffs on steel from South Korea, steel prices fell.",
			"SANCTION", []string{"JPN", "KOR"}, event.Occurred},
		{"walked across the border to meet",
			"The Ethiopian prime minister has walked across the border to meet the Eritrean president.",
			"CONSULT", []string{"ERI", "ETH"}, event.Occurred},
		{"was in a country to meet its officials",
			"The Kenyan interior minister was in Uganda to meet President Museveni.",
			"CONSULT", []string{"KEN", "UGA"}, event.Occurred},
		{"due in a country to meet stays a plan",
			"The Kenyan president was due in Uganda to meet President Museveni.",
			"CONSULT", []string{"KEN", "UGA"}, event.Planned},
		{"was yet to be signed",
			"The final accord between Chile and Peru was yet to be signed.",
			"AGREE", []string{"CHL", "PER"}, event.Planned},
	})
	t.Run("an announcement of plans stays a plan", func(t *testing.T) {
		for _, e := range Code(art("Japan published an announcement of plans to raise the tariffs on steel from South Korea.", "2025-05-20"), Options{}) {
			if e.Type == "SANCTION" && e.Status == event.Occurred {
				t.Errorf("got %s, want no occurred sanction", summary([]event.Event{e}))
			}
		}
	})
	// Must not fire: what the act brings, a topic, and a verb past the
	// parties' names and a common noun are no plan of the act.
	notPlanned := []struct{ rule, body, typ string }{
		{"a reduced relative of what the act brings",
			"Egypt and Sudan signed a water-sharing agreement, expected to bring relief to farmers.", "AGREE"},
		{"a noun that is a topic",
			"The meeting between Ghana and Togo is expected to be a major topic in parliament.", "CONSULT"},
		{"a verb past a common noun",
			"The meeting between Ghana and Togo on fishing rights in the waters off the coast, officials said, will help fishermen.", "CONSULT"},
	}
	for _, tt := range notPlanned {
		t.Run(tt.rule, func(t *testing.T) {
			for _, e := range Code(art(tt.body, "2025-05-20"), Options{}) {
				if e.Type == tt.typ && e.Status == event.Planned {
					t.Errorf("got %s, want no planned %s", summary([]event.Event{e}), tt.typ)
				}
			}
		})
	}
}
