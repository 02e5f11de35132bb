package coder

import "testing"

// Sixteenth pass (stop 34): an act named in a phrase of cause ("in the
// wake of", "in retaliation for") or one counting years or many months
// from it ("years after") is a reminder, not the news; the act the
// sentence tells beside it, and an act a short span back, stay. The
// sentences are written for this test.
func TestWireFormsSixteenthPassCause(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an invasion in the wake of which influence grew",
			"Iran's influence in Iraq has grown in the wake of the US' invasion in 2003.",
			"ASSAULT", []string{"IRN", "IRQ", "USA"}, false},
		{"an arrest answered in retaliation",
			"China raised tariffs on canola in retaliation for Canada's detention of a Chinese executive.",
			"COERCE", []string{"CAN", "CHN"}, false},
		{"the act told beside a retaliation phrase stays",
			"China raised tariffs on canola in retaliation for Canada's detention of a Chinese executive.",
			"SANCTION", []string{"CAN", "CHN"}, true},
		{"an attack years back",
			"The two countries opened a consulate in Lviv, years after Russia attacked Ukraine.",
			"ASSAULT", []string{"RUS", "UKR"}, false},
		{"an expulsion several months back",
			"Portugal and Angola restored ties on Monday, several months after Angola expelled Portuguese diplomats.",
			"SANCTION", []string{"AGO", "PRT"}, false},
		{"talks two months back stay",
			"The envoys were named on Friday, two months after Canada and India held talks in Ottawa.",
			"CONSULT", []string{"CAN", "IND"}, true},
		{"a strike in retaliation stays",
			"Iran fired missiles at Israel on Saturday in retaliation for the strike on its consulate.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
	})
}
