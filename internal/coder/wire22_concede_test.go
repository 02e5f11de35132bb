package coder

import "testing"

// Twenty-fourth pass (stop 42, the concede, retreat and aid family, own
// wire sentences): captives repatriated or handed back; tariffs removed
// and imports resumed on a country's goods; looted property returned;
// troops as the subject of "left"; an accord ended; embassy staff
// evacuated. The sentences are written for this test.
func TestWireFormsTwentyFourthPassConcede(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"fishermen repatriated stand for their country",
			"North Korea repatriated six South Korean fishermen on Tuesday.",
			"CONCEDE", []string{"KOR", "PRK"}, true},
		{"prisoners repatriated through a border crossing",
			"India repatriated 20 Pakistani prisoners through the Wagah border on Monday.",
			"CONCEDE", []string{"IND", "PAK"}, true},
		{"a state repatriating its own nationals concedes nothing",
			"India repatriated 200 Indian nationals from Kuwait on Monday.",
			"CONCEDE", []string{"IND", "KWT"}, false},
		{"soldiers handed back with the particle after the object",
			"Azerbaijan handed 15 Armenian soldiers back to Armenia on Tuesday.",
			"CONCEDE", []string{"ARM", "AZE"}, true},

		{"tariffs removed on a country's goods",
			"China removed tariffs on Australian barley on Friday.",
			"CONCEDE", []string{"AUS", "CHN"}, true},
		{"tariffs scrapped, capital as the state",
			"Beijing scrapped its tariffs on Australian barley.",
			"CONCEDE", []string{"AUS", "CHN"}, true},
		{"tariffs raised stay a sanction",
			"China raised tariffs on Australian barley on Friday.",
			"CONCEDE", []string{"AUS", "CHN"}, false},
		{"a ban lifted on a country's tomatoes",
			"Russia lifted its ban on Turkish tomatoes on Friday.",
			"CONCEDE", []string{"RUS", "TUR"}, true},
		{"a ban lifted on a country's bananas",
			"Beijing lifted a ban on Philippine bananas.",
			"CONCEDE", []string{"CHN", "PHL"}, true},
		{"imports resumed of a country's goods",
			"China resumed imports of Japanese seafood on Friday.",
			"CONCEDE", []string{"CHN", "JPN"}, true},

		{"skulls returned to their country",
			"France returned the skulls of 24 Algerian fighters to Algeria.",
			"CONCEDE", []string{"DZA", "FRA"}, true},

		{"troops as the subject of left",
			"The last French soldiers left Niger on Friday.",
			"RETREAT", []string{"FRA", "NER"}, true},
		{"forces have left a country, reported",
			"French forces have left Mali, the army said.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"troops arriving do not leave",
			"French soldiers arrived in Niger on Friday.",
			"RETREAT", []string{"FRA", "NER"}, false},

		{"defence accords ended with a country",
			"Mali ended its defence accords with France on Monday.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"talks ended with an agreement are no accord ended",
			"Talks between Mali and France ended with an agreement on Monday.",
			"RETREAT", []string{"FRA", "MLI"}, false},

		{"embassy staff evacuated are diplomats withdrawn",
			"Japan evacuated its embassy staff from Sudan on Sunday.",
			"RETREAT", []string{"JPN", "SDN"}, true},
		{"embassy staff evacuated are no aid",
			"Japan evacuated its embassy staff from Sudan on Sunday.",
			"AID", []string{"JPN", "SDN"}, false},
		{"an arrival with its weekday before the place (AP style)",
			"A Japanese rescue team arrived Tuesday in Turkey.",
			"AID", []string{"JPN", "TUR"}, true},
		{"a visit with its weekday before the place",
			"China's foreign minister arrived Tuesday in Moscow for talks with his Russian counterpart.",
			"CONSULT", []string{"CHN", "RUS"}, true},
		{"an emergency team is a team of aid work",
			"An Israeli emergency team from the army arrived in Mexico on Thursday.",
			"AID", []string{"ISR", "MEX"}, true},
		{"an emergency team's arrival is no visit",
			"An Israeli emergency team arrived Thursday in Mexico.",
			"CONSULT", []string{"ISR", "MEX"}, false},

		{"troops pulled out with a long measure before them",
			"The Pentagon was ordered to pull nearly all 700 US troops out of Somalia.",
			"RETREAT", []string{"SOM", "USA"}, true},
		{"the last of the soldiers pulled out",
			"Germany will pull the last of its soldiers out of Niger in August.",
			"RETREAT", []string{"DEU", "NER"}, true},

		{"aid ended by pulling the plug",
			"France pulled the plug on its aid to Mali.",
			"SANCTION", []string{"FRA", "MLI"}, true},
		{"a plug pulled on aid is no aid",
			"France pulled the plug on its aid to Mali.",
			"AID", []string{"FRA", "MLI"}, false},
		{"a mission ended by pulling the plug",
			"France pulled the plug on its military mission in Mali.",
			"RETREAT", []string{"FRA", "MLI"}, true},
	})
}
