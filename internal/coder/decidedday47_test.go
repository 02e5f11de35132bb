package coder

import "testing"

// TestWireFormsTwentyNinthPassDecidedDay: a day before the infinitive of a
// decided measure is the deciding's, in the past (decidedDayTimes,
// decidedday47.go); a day after the infinitive is the measure's own. The
// pages are dated Sunday 2025-06-01. The sentences are written for this
// test.
func TestWireFormsTwentyNinthPassDecidedDay(t *testing.T) {
	checkCodedDays(t, []codedDay{
		{"on a weekday before the decision",
			"Kenya on Wednesday decided to withdraw its troops from South Sudan.",
			"RETREAT", "2025-05-28"},
		{"a bare weekday before the perfect",
			"The Ghanaian government Thursday has decided to expel two Togolese diplomats.",
			"SANCTION", "2025-05-29"},
		{"a weekday between the decision and the infinitive",
			"Peru has decided on Tuesday to recall its ambassador from Mexico.",
			"SANCTION", "2025-05-27"},
		// Must not: a day after the infinitive is the measure's, still
		// to come.
		{"a day after the infinitive",
			"Kenya has decided to withdraw its troops from South Sudan on Friday.",
			"RETREAT", "2025-06-06"},
	})
}
