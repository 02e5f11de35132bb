package coder

import (
	"testing"

	"storyline/internal/event"
)

// Nineteenth pass (stop 37), status second pass: an act that is the
// object of "to proceed with" under a word of planning, and an act that
// "preparations for" are made for, is still to come (planwords18.go); a
// proceeding told in the past, or a refusal before the plan word, is not.
// The sentences are written for this test.
func TestWireFormsNineteenthPassPlanWords(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"plans to proceed with a request",
			"The United States has informed the Kenyan government that it plans to proceed with a formal request to extradite the banker.",
			"REQUEST", []string{"KEN", "USA"}, event.Planned},
		{"preparations for a day's protests",
			"Activists in Nairobi make final preparations for Monday's mass protests against Uganda over the border closure.",
			"PROTEST", []string{"KEN", "UGA"}, event.Planned},
		{"the protest held is done",
			"Activists in Nairobi staged mass protests against Uganda over the border closure on Monday.",
			"PROTEST", []string{"KEN", "UGA"}, event.Occurred},
		{"proceeded with is done",
			"Japan proceeded with sanctions against North Korea over the missile launches on Monday.",
			"SANCTION", []string{"JPN", "PRK"}, event.Occurred},
	})
}
