package coder

import "testing"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck, own wire
// sentences): a measure held out after a condition put first is a threat
// (ifthreat46.go); a threat offered or renewed, war gone to, and aid
// pulled or ceased are read by their cues (cues.tsv).
func TestWireFormsTwentyEighthPassFrontedMeasure(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a condition first, then aid cut",
			"If Bolivia closes the border, Chile will cut all aid to Bolivia.",
			"THREATEN", []string{"BOL", "CHL"}, true},
		{"a condition first, then aid no more given",
			"If the talks fail, Chile will not give any more aid to Bolivia, the minister said.",
			"THREATEN", []string{"BOL", "CHL"}, true},
		{"a condition reported, then aid ceased",
			"Chile's president said that if the migrants are not returned to Bolivia, Chile will cease all aid to Bolivia.",
			"THREATEN", []string{"BOL", "CHL"}, true},
		{"the threatened cut is no sanction",
			"If Bolivia closes the border, Chile will cut all aid to Bolivia.",
			"SANCTION", []string{"BOL", "CHL"}, false},
		{"a condition that agrees offers aid, no threat",
			"If Bolivia agrees, Chile will provide aid to Bolivia.",
			"THREATEN", []string{"BOL", "CHL"}, false},
		{"if so opens no condition",
			"If so, this would be the first time Chile has announced carrying out strikes against Bolivia.",
			"THREATEN", []string{"BOL", "CHL"}, false},
	})
}

func TestWireFormsTwentyEighthPassThreatWarAid(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a threat offered",
			"Chile's president on Tuesday offered a fresh threat to cut off aid to Bolivia.",
			"THREATEN", []string{"BOL", "CHL"}, true},
		{"a threat renewed",
			"Chile renewed its threat to impose tariffs on Bolivian copper on Monday.",
			"THREATEN", []string{"BOL", "CHL"}, true},
		{"war gone to is no visit",
			"Armenia and Azerbaijan went to war in September.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"war gone to, not the visit",
			"Armenia and Azerbaijan went to war in September.",
			"CONSULT", []string{"ARM", "AZE"}, false},
		{"a trip gone on stays a visit",
			"Peru's president went to Warsaw on Monday.",
			"CONSULT", []string{"PER", "POL"}, true},
		{"aid pulled under a condition",
			"Chile will pull all aid to Bolivia if the convoy is not stopped, the president said.",
			"THREATEN", []string{"BOL", "CHL"}, true},
	})
}

func TestWireFormsTwentyEighthPassChargeJudgedSaying(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a charge judged after saying",
			"Peru's prime minister pushed back, saying Chile's accusations were baseless.",
			"REJECT", []string{"CHL", "PER"}, true},
		{"a charge judged after said stays",
			"Peru's prime minister said Chile's accusations were baseless.",
			"REJECT", []string{"CHL", "PER"}, true},
		{"talks judged after saying are no rejection",
			"Peru's prime minister pushed back, saying the talks with Chile were useful.",
			"REJECT", []string{"CHL", "PER"}, false},
	})
}
