package coder

import "testing"

// Twenty-third pass (stop 41, the bp–bs family read): troops told going
// into another country by a verb of entering are moved there, and to
// point the finger at a state is to blame it; a government that rules out
// a person's extradition to a country rejects it; a spy network a
// security service uncovers charges the state that runs it. The sentences
// are written for this test.
func TestWireFormsTwentyThirdPassRead(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops that enter a country are moved there",
			"Kenyan troops entered Somalia on Sunday to pursue the militants.",
			"MOBILIZE", []string{"KEN", "SOM"}, true},
		{"troops that have entered a country are moved there",
			"A Rwandan army spokesman said troops have entered Burundi.",
			"MOBILIZE", []string{"BDI", "RWA"}, true},
		{"troops that marched into a country are moved there",
			"Ugandan soldiers marched into South Sudan on Tuesday.",
			"MOBILIZE", []string{"SSD", "UGA"}, true},
		{"forces that crossed into a country are moved there",
			"Ethiopian forces crossed into Somalia on Monday.",
			"MOBILIZE", []string{"ETH", "SOM"}, true},
		{"an accord that enters into force moves no troops",
			"The trade pact between Kenya and Uganda entered into force on Monday.",
			"MOBILIZE", []string{"KEN", "UGA"}, false},
		{"protesters who marched into a square are no troops",
			"Kenyan protesters marched into the square outside the Ugandan embassy on Friday.",
			"MOBILIZE", []string{"KEN", "UGA"}, false},

		{"pointing the finger at a state blames it",
			"Sudan's information minister pointed the finger at Chad on Monday.",
			"ACCUSE", []string{"SDN", "TCD"}, true},
		{"a headline that points the finger blames too",
			"Kenya points finger at Somalia over border raid",
			"ACCUSE", []string{"KEN", "SOM"}, true},
		{"a finger pointed to a map blames nobody",
			"The Kenyan minister pointed to Somalia on the map during his briefing.",
			"ACCUSE", []string{"KEN", "SOM"}, false},

		{"an extradition ruled out is rejected",
			"Turkey ruled out the extradition of the cleric to Egypt on Monday.",
			"REJECT", []string{"EGY", "TUR"}, true},
		{"a deportation ruled out is rejected",
			"Brazil has ruled out the deportation of the businessman to Italy.",
			"REJECT", []string{"BRA", "ITA"}, true},
		{"an extradition not ruled out is no rejection",
			"Turkey did not rule out the extradition of the cleric to Egypt.",
			"REJECT", []string{"EGY", "TUR"}, false},

		{"a spy ring a state dismantles charges the state behind it",
			"Estonia said on Monday it had dismantled a Russian spy ring.",
			"ACCUSE", []string{"EST", "RUS"}, true},
		{"a spy network uncovered, run by another state, charges it",
			"Lithuania's security service said it uncovered a Belarusian-run espionage network.",
			"ACCUSE", []string{"BLR", "LTU"}, true},
		{"a network of roads uncovered charges no one",
			"Estonian archaeologists uncovered a Russian road network from the 12th century.",
			"ACCUSE", []string{"EST", "RUS"}, false},

		{"aid received on planes from a country is its aid",
			"Nepal received six planes with medical equipment from India on Sunday.",
			"AID", []string{"IND", "NPL"}, true},
		{"supplies received by trucks from a country are its aid",
			"Kenya received 20 trucks carrying relief supplies from Uganda.",
			"AID", []string{"KEN", "UGA"}, true},
		{"a delegation received from a country is no aid",
			"Nepal received a trade delegation from India on Sunday.",
			"AID", []string{"IND", "NPL"}, false},
	})
}
