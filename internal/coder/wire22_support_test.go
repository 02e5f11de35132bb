package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fourth pass (stop 42, the support family): a recognition or a
// backing told by the decision that makes it is done, not planned; the
// bare noun "support" after a past verb ("voiced support for") takes that
// verb's tense. The sentences are written for this test.
func TestWireFormsTwentyFourthPassSupportStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"a recognition decided is done",
			"Malawi has decided to recognise Kosovo, its foreign minister said on Friday.",
			"SUPPORT", []string{"MWI", "XKX"}, event.Occurred},
		{"a backing decided is done",
			"Chile decided to back Argentina's bid on Monday.",
			"SUPPORT", []string{"ARG", "CHL"}, event.Occurred},
		{"the decision noun before the recognition",
			"Peru's decision to recognise Venezuela's opposition leader angered Caracas.",
			"SUPPORT", []string{"PER", "VEN"}, event.Occurred},
		{"support voiced for a bid on a weekday is past",
			"Germany voiced support for Ukraine's bid on Friday.",
			"SUPPORT", []string{"DEU", "UKR"}, event.Occurred},
		{"support signalled for measures on a weekday is past",
			"The UAE signalled support for Egypt's measures on Thursday.",
			"SUPPORT", []string{"ARE", "EGY"}, event.Occurred},
	})
	checkCodedCases(t, []codedCase{
		{"a backing planned is no support given",
			"Chile plans to back Argentina's bid next week.",
			"SUPPORT", []string{"ARG", "CHL"}, false},
		{"support to be voiced is no support given",
			"Germany will voice support for Ukraine's bid on Monday.",
			"SUPPORT", []string{"DEU", "UKR"}, false},
		{"support sought is a request",
			"Ukraine sought support from Germany on Monday.",
			"SUPPORT", []string{"DEU", "UKR"}, false},
	})
}
