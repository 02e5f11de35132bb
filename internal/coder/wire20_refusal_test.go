package coder

import "testing"

// Twenty-second pass (stop 40), refusals: the thing refused named by its
// owner's adjective names the side refused ("dismissed the Philippine
// protest", "turned down French aid"); "has since denied" is the adverb,
// not a phrase of a starting point; refuting a charge and brushing it off
// deny it. The sentences are written for this test.
func TestWireFormsTwentySecondPassRefusal(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a protest refused names the country that made it",
			"China dismissed the Philippine protest on Monday.",
			"REJECT", []string{"CHN", "PHL"}, true},
		{"aid turned down names the country that offered it",
			"Brazil turned down French aid on Monday.",
			"REJECT", []string{"BRA", "FRA"}, true},
		{"a call rebuffed names the country that made it",
			"Israel rebuffed a French call for a ceasefire.",
			"REJECT", []string{"FRA", "ISR"}, true},
		{"threats rejected in a headline name the country that made them",
			"Venezuela rejects US threats",
			"REJECT", []string{"USA", "VEN"}, true},
		{"a demand rejected names the side that made it",
			"Israel rejected the Palestinian demand on Monday.",
			"REJECT", []string{"ISR", "PSE"}, true},
		{"has since denied: the adverb opens no phrase",
			"Moscow has since denied the British accusations.",
			"REJECT", []string{"GBR", "RUS"}, true},
		{"refuting a charge denies it",
			"Uganda on Wednesday refuted the Rwandan allegations.",
			"REJECT", []string{"RWA", "UGA"}, true},
		{"brushing off criticism dismisses it",
			"Beijing brushed off Indian criticism on Tuesday.",
			"REJECT", []string{"CHN", "IND"}, true},
		{"a complaint rejected names the country that made it",
			"Ankara rejected the Greek complaint on Wednesday.",
			"REJECT", []string{"GRC", "TUR"}, true},
		{"concerns brushed aside name the country that raised them",
			"China brushed aside Australian concerns.",
			"REJECT", []string{"AUS", "CHN"}, true},
		{"aid named further from the refusal is no thing refused",
			"Austria rejected the plan on Monday, welcoming French aid instead.",
			"REJECT", []string{"AUT", "FRA"}, false},
		{"an act inside a since phrase stays background",
			"Ties between the two have been frozen since Russia invaded Ukraine.",
			"ASSAULT", []string{"RUS", "UKR"}, false},
	})
}
