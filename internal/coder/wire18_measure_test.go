package coder

import (
	"testing"

	"storyline/internal/event"
)

// Nineteenth pass (stop 37): a measure a government is told it "will"
// take, with no verb of saying before it, is taken when told
// (measure18.go); a day to come, a condition, another round of the
// measure, a verb about the measure rather than one that enacts it, or a
// speaker naming himself keep it planned. The sentences are
// written for this test.
func TestWireFormsNineteenthPassMeasure(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"a government will impose a tariff",
			"Japan will impose a 20% tariff on imports of steel from South Korea.",
			"SANCTION", []string{"JPN", "KOR"}, event.Occurred},
		{"a government will expel diplomats",
			"The Czech Republic will expel three Hungarian diplomats.",
			"SANCTION", []string{"CZE", "HUN"}, event.Occurred},
		{"will apply a duty, the ministry said after it",
			"Japan will apply a 30 per cent duty on South Korean pork, the ministry said in a statement.",
			"SANCTION", []string{"JPN", "KOR"}, event.Occurred},
		{"a day to come keeps it planned",
			"Japan will impose a 20% tariff on imports of steel from South Korea from March 1.",
			"SANCTION", []string{"JPN", "KOR"}, event.Planned},
		{"a span to come keeps it planned",
			"Japan will impose a 20% tariff on imports of steel from South Korea in six months.",
			"SANCTION", []string{"JPN", "KOR"}, event.Planned},
		// Stop 42 (protest22.go, conditionalMeasure): a measure held out
		// on a condition is a threat made when it is said.
		{"a condition makes it a threat",
			"Japan will impose a 20% tariff on imports of steel from South Korea if Seoul raises its own duties.",
			"THREATEN", []string{"JPN", "KOR"}, event.Occurred},
		{"a verb about the measure is no decision",
			"Kenya will vote on new sanctions against Uganda.",
			"SANCTION", []string{"KEN", "UGA"}, event.Planned},
		{"another round keeps it planned",
			"Japan will further raise its tariffs on imports of steel from South Korea.",
			"SANCTION", []string{"JPN", "KOR"}, event.Planned},
	})
}
