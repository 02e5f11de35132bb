package coder

import "testing"

// Twenty-sixth pass (stop 44): a blow told by a state body of the side hit
// is also that state's charge against the doer (blame44.go). The sentences
// are written for this test.
func TestSideHitCharge(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a ministry of the side hit tells a foreign jet's blow",
			"Armenia's Defense Ministry said a Turkish F-16 shot down an Armenian Su-25 on Tuesday.",
			"ACCUSE", []string{"ARM", "TUR"}, true},
		{"the side hit's words in a tail",
			"Three Russian fighter jets violated Estonian airspace on Friday, Tallinn said.",
			"ACCUSE", []string{"EST", "RUS"}, true},
		{"a state says another shot down its drone",
			"Mali said on Sunday that Algeria shot down its surveillance drone.",
			"ACCUSE", []string{"DZA", "MLI"}, true},
		{"the blow stays coded beside the charge",
			"Mali said on Sunday that Algeria shot down its surveillance drone.",
			"ASSAULT", []string{"DZA", "MLI"}, true},
		{"a neutral teller makes no charge",
			"Turkish jets struck Kurdish positions in northern Syria on Monday, the monitor said.",
			"ACCUSE", []string{"SYR", "TUR"}, false},
		{"the doer's own statement is no charge",
			"The Turkish defence ministry said its jets struck militant targets in northern Iraq on Monday.",
			"ACCUSE", []string{"IRQ", "TUR"}, false},
		{"a denial tells no charge by the teller",
			"Turkey denied that its jets had shot down an Armenian plane.",
			"ACCUSE", []string{"ARM", "TUR"}, false},
		{"forces hit abroad are not the teller's soil",
			"Iran fired missiles at bases in Iraq that house American troops, the Pentagon said on Tuesday.",
			"ACCUSE", []string{"IRN", "USA"}, false},
		{"the doer told inside the sentence tells its own act",
			"The Ukrainian president spoke with his Iranian counterpart after Tehran said it had mistakenly shot down a Ukrainian airliner, his office said.",
			"ACCUSE", []string{"IRN", "UKR"}, false},
		{"a state's press is no state teller",
			"Syrian state media said Israeli warplanes struck an air base near Homs on Wednesday.",
			"ACCUSE", []string{"ISR", "SYR"}, false},
		{"an armed group's blow is no charge against its country",
			"The Israeli military said Hezbollah fired rockets at northern Israel on Sunday.",
			"ACCUSE", []string{"ISR", "LBN"}, false},
		{"a defence ministry of the side hit, its border positions",
			"Cambodia's defence ministry said Thai jets bombed Cambodian border positions on Thursday.",
			"ACCUSE", []string{"KHM", "THA"}, true},
	})
}
