package coder

import "testing"

// Eighteenth pass (stop 36), extras: what a coalition does, told in the
// clause after "part of" or "a member of" the coalition, says a state
// belongs to it; the member's own act of the day stays. The sentences
// are written for this test.
func TestWireFormsEighteenthPassCoalition(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a coalition's bombing told of a member is background",
			"Denmark is part of a French-led coalition that has bombed militant camps in Mali.",
			"ASSAULT", []string{"DNK", "FRA", "MLI"}, false},
		{"a coalition waging strikes told of a member is background",
			"Belgium is a member of the French-led coalition waging a campaign of airstrikes against militants in Mali.",
			"ASSAULT", []string{"BEL", "FRA", "MLI"}, false},
		{"the member's own strike stays",
			"Danish jets bombed militant camps in Mali on Tuesday.",
			"ASSAULT", []string{"DNK", "MLI"}, true},
		{"a coalition's strike told as news stays",
			"A French-led coalition bombed militant camps in Mali on Tuesday.",
			"ASSAULT", []string{"FRA", "MLI"}, true},
	})
}
