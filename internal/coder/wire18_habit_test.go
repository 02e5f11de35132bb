package coder

import "testing"

// Eighteenth pass (stop 36), extras: a perfect clause measured with a
// span of weeks or more tells a habit, the story's background, with what
// its verb governs; an act of a day, or one measured in days, stays. The
// sentences are written for this test.
func TestWireFormsEighteenthPassHabitOverSpan(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"charges laid for years are a habit",
			"Kenya and Uganda have been accusing Somalia of harbouring armed groups for years, officials said.",
			"ACCUSE", []string{"KEN", "SOM", "UGA"}, false},
		{"a fronted span makes the perfect clause a habit",
			"For months, Chadian military intelligence has been cooperating with Sudanese army intelligence.",
			"COOPERATE", []string{"SDN", "TCD"}, false},
		{"complaints for weeks are a habit, with their content",
			"Chilean officials have complained for weeks that Argentina was trying to broker talks between Peru and Bolivia.",
			"ACCUSE", []string{"ARG", "CHL"}, false},
		{"a charge of one day stays",
			"Kenya accused Somalia on Monday of harbouring armed groups, officials said.",
			"ACCUSE", []string{"KEN", "SOM"}, true},
		{"cooperation of one day stays",
			"Chadian military intelligence cooperated with Sudanese army intelligence on Monday to free the hostages.",
			"COOPERATE", []string{"SDN", "TCD"}, true},
		{"a perfect act measured in days stays",
			"Kenya has accused Somalia of shelling the border town for three days.",
			"ACCUSE", []string{"KEN", "SOM"}, true},
	})
}
