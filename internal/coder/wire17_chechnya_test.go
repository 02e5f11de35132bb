package coder

import "testing"

// Seventeenth pass (stop 35), table facts read from the Chechnya rally
// story: English news spells Chechnya's capital "Grozny" (the gazetteer
// only held "Groznyy"), and names the head of the Chechen Republic,
// Ramzan Kadyrov, as "Chechen leader". The city places an act in Russia;
// its head acts for Russia. The sentences are written for this test.
func TestWireFormsSeventeenthPassChechnya(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a crowd in Grozny is of Russia",
			"Hundreds of protesters rallied outside the French consulate in Grozny on Friday.",
			"PROTEST", []string{"FRA", "RUS"}, true},
		{"Kadyrov acts for Russia",
			"Chechen leader Ramzan Kadyrov accused Georgia of sheltering militants on Monday.",
			"ACCUSE", []string{"GEO", "RUS"}, true},
		{"Kadyrov meets for Russia",
			"Ramzan Kadyrov met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.",
			"CONSULT", []string{"RUS", "TUR"}, true},
		{"a city named as a topic is no party",
			"A film about Grozny won a prize at a festival in Paris on Friday.",
			"PROTEST", []string{"FRA", "RUS"}, false},
	})
}
