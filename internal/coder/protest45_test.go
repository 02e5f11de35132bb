package coder

import "testing"

// Twenty-seventh pass (stop 45, sentences written for this test): the
// force of a state's police on a crowd at a foreign mission is the crowd's
// protest at the mission's country, the police on the protesting side
// (protest45.go).
func TestPolicedMissionCrowdProtest(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Lebanese security forces fired tear gas at protesters near the U.S. embassy in Beirut on Sunday.", "LBN", "USA"},
		{"Clashes broke out between hundreds of protesters and Pakistani police outside the Swedish embassy in Islamabad on Monday.", "PAK", "SWE"},
		{"Police in Amman fired tear gas at demonstrators outside the Israeli embassy on Friday.", "JOR", "ISR"},
	}
	for _, tt := range tests {
		evs := Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true})
		checkRoles(t, tt.body, evs, "PROTEST", tt.source, tt.target)
		for _, e := range evs {
			if e.Type == "ASSAULT" {
				t.Errorf("%q: police force at a mission coded as an attack", tt.body)
			}
		}
	}
}

// Force on a crowd with no foreign mission named, or by troops, keeps its
// reading.
func TestPolicedCrowdWithoutMission(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"troops are no police: an attack on a foreign embassy's crowd stays force",
			"Israeli troops fired on Palestinian demonstrators near the Gaza border fence on Friday.",
			"ASSAULT", []string{"ISR", "PSE"}, true},
		{"a crowd fought by police with no mission named is no protest at a foreign state",
			"Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
			"PROTEST", []string{"KEN", "USA"}, false},
	})
}
