package coder

import "testing"

// Eighteenth pass (stop 36), sides: a crowd's act at a foreign mission
// is aimed at the mission's state; the countries of its purpose phrase
// ("in protest at", "to protest against") and of an "anti-X" crowd are
// no sides. Without a mission the grievance stays the target. The
// sentences are written for this test.
func TestWireFormsEighteenthPassMissionProtest(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the purpose phrase of a storming names no side",
			"Students stormed the Danish embassy in Tehran on Friday in protest at a Swedish court ruling.",
			"PROTEST", []string{"DNK", "IRN"}, true},
		{"a purpose phrase after to protest names no side",
			"Crowds broke into the Kenyan consulate in Kampala on Monday to protest against a Tanzanian court ruling.",
			"PROTEST", []string{"KEN", "UGA"}, true},
		{"an anti-X crowd at a third state's mission names its mood",
			"Anti-Chinese demonstrators attacked the Vietnamese embassy in Manila on Sunday.",
			"PROTEST", []string{"PHL", "VNM"}, true},
		{"without a mission the protested country stays the target",
			"Kenyan protesters marched in Nairobi on Monday to protest against China.",
			"PROTEST", []string{"CHN", "KEN"}, true},
	})
}
