package coder

import "testing"

// Twenty-seventh pass (stop 45): relief sent to the victims or the areas
// of a disaster in a country goes to that country (aid45.go). The
// sentences are written for this test.
func TestWireFormsTwentySeventhPassAidToAffected(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"food sent to flood victims in a country is aid to it",
			"Qatar sent food and medicine to flood victims in Sudan.",
			"AID", []string{"QAT", "SDN"}, true},
		{"relief airlifted to cyclone-hit areas in a country is aid to it",
			"The Indian government airlifted relief material to cyclone-hit areas in Myanmar.",
			"AID", []string{"IND", "MMR"}, true},
		{"tents airlifted to earthquake victims in a country are aid to it",
			"The United Arab Emirates airlifted tents and blankets to earthquake victims in Afghanistan.",
			"AID", []string{"AFG", "ARE"}, true},
		{"a place where the news was told receives nothing",
			"Japan sent aid to Nepal, the minister told victims in India.",
			"AID", []string{"IND", "JPN"}, false},
	})
}

// The country of the people struck receives; the one sending gives.
func TestWireFormsTwentySeventhPassAidToAffectedRoles(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Qatar sent food and medicine to flood victims in Sudan.", "QAT", "SDN"},
		{"Norway sent a grant of 10 million dollars for earthquake survivors in Syria.", "NOR", "SYR"},
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true}), "AID", tt.source, tt.target)
	}
}
