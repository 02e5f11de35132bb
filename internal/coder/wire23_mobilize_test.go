package coder

import "testing"

// Twenty-fifth pass (stop 43, the mobilize family, own wire sentences):
// forces sent to, along or on a state's own border with a neighbour face
// that neighbour unless the sentence names an armed group; forces
// withdrawn or cut where they are kept ("its troops in Yemen") leave that
// country; a drawdown told by the forces' number, a base closed and
// troops recalled are withdrawals. The sentences are written for this test.
func TestWireFormsTwentyFifthPassMobilize(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops along a state's own border with a neighbour face it",
			"Poland deployed 30,000 soldiers along its border with Belarus on Tuesday.",
			"MOBILIZE", []string{"BLR", "POL"}, true},
		{"troops moved to a state's own border face the neighbour",
			"Venezuela moved troops to its border with Guyana on Monday.",
			"MOBILIZE", []string{"GUY", "VEN"}, true},
		{"troops massed on a state's own border face the neighbour",
			"Ethiopia massed troops on its border with Eritrea.",
			"MOBILIZE", []string{"ERI", "ETH"}, true},
		{"a headline's troops to a state's own border are planned against the neighbour",
			"Poland to deploy 40,000 troops to its border with Belarus.",
			"MOBILIZE", []string{"BLR", "POL"}, true},
		{"troops sent to a state's own border against militants do not face the neighbour",
			"Niger sent troops to its border with Mali to fight jihadist militants on Sunday.",
			"MOBILIZE", []string{"MLI", "NER"}, false},
		{"troops sent to a state's own border after an armed group spread do not face the neighbour",
			"The group has spread into the north, prompting Benin to send troops to its border with Burkina Faso.",
			"MOBILIZE", []string{"BEN", "BFA"}, false},

		{"troops withdrawn where they are kept leave that country",
			"The UAE has withdrawn some of its troops in Yemen, an official said on Monday.",
			"RETREAT", []string{"ARE", "YEM"}, true},
		{"forces reduced where they are kept leave that country",
			"Russia reduced its forces in Armenia, the ministry said.",
			"RETREAT", []string{"ARM", "RUS"}, true},
		{"the number of troops reduced is a withdrawal",
			"Sudan will reduce the number of its troops in Yemen, the ministry said on Monday.",
			"RETREAT", []string{"SDN", "YEM"}, true},
		{"officials in a country are no forces withdrawn",
			"Saudi Arabia withdrew its offer, officials in Yemen said on Monday.",
			"RETREAT", []string{"SAU", "YEM"}, false},
		{"prices reduced in a country are no withdrawal",
			"Egypt reduced prices in Sudan on Monday.",
			"RETREAT", []string{"EGY", "SDN"}, false},

		{"a base closed in a country is a withdrawal",
			"France closed its base in Chad on Friday.",
			"RETREAT", []string{"FRA", "TCD"}, true},
		{"a base closed in a country in a month is a withdrawal",
			"The United States closed its base in Niger in August.",
			"RETREAT", []string{"NER", "USA"}, true},
		{"peacekeepers recalled are a withdrawal",
			"Kenya recalled its peacekeepers from Somalia on Tuesday.",
			"RETREAT", []string{"KEN", "SOM"}, true},
		{"a base closed to the press is no withdrawal",
			"Turkey closed the base to reporters from Germany on Monday.",
			"RETREAT", []string{"DEU", "TUR"}, false},
	})
}

// Twenty-fifth pass (stop 43, the mobilize family, vocabulary and places
// left): a country's port, town or village left names the country left;
// an accord ended with two words of its kind before the noun, fighters
// pulled out and posts evacuated are withdrawals. Written for this test.
func TestWireFormsTwentyFifthPassRetreatPlaces(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a country's port left names the country left",
			"Emirati troops left the Yemeni port of Aden on Tuesday.",
			"RETREAT", []string{"ARE", "YEM"}, true},
		{"a country's town pulled out of names the country left",
			"Turkish forces pulled out of the Syrian town of Manbij on Friday.",
			"RETREAT", []string{"SYR", "TUR"}, true},
		{"a country's town withdrawn from after the troops names the country left",
			"France withdrew its last troops from the Malian town of Gao.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"a delegation leaving a country's capital is no withdrawal",
			"The Chinese delegation left the Indian capital on Sunday.",
			"RETREAT", []string{"CHN", "IND"}, false},

		{"an accord ended with two words of its kind is a withdrawal",
			"Chad ended its defence cooperation agreement with France.",
			"RETREAT", []string{"FRA", "TCD"}, true},
		{"a military accord ended with a state is a withdrawal",
			"Niger ended its military cooperation accord with the United States.",
			"RETREAT", []string{"NER", "USA"}, true},
		{"fighters pulled out of a country are withdrawn",
			"Moscow pulled its Wagner fighters out of Libya.",
			"RETREAT", []string{"LBY", "RUS"}, true},
		{"an observation post evacuated in a country is left",
			"Turkish forces evacuated an observation post in Syria.",
			"RETREAT", []string{"SYR", "TUR"}, true},
		{"positions withdrawn from in a country are left",
			"Turkey withdrew from its positions in Syria on Tuesday.",
			"RETREAT", []string{"SYR", "TUR"}, true},
		{"a post office evacuated is no withdrawal",
			"Police evacuated a post office in Turkey after a bomb threat.",
			"RETREAT", []string{"TUR"}, false},
	})
}

// Twenty-fifth pass (stop 43, the mobilize family, vocabulary): warships
// that sail near a country show force to it; a redeployment from a place
// is a withdrawal from it. Written for this test.
func TestWireFormsTwentyFifthPassSailAndRedeploy(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"warships sailing near a country face it",
			"Chinese warships sailed near Australia on Monday.",
			"MOBILIZE", []string{"AUS", "CHN"}, true},
		{"a carrier sailing near a country's islands faces it",
			"A Chinese aircraft carrier sailed near Japanese islands on Tuesday.",
			"MOBILIZE", []string{"CHN", "JPN"}, true},
		{"a ship sailing off a coast in a storm is no mobilization",
			"The ship sailed off Norway in a storm.",
			"MOBILIZE", []string{"NOR"}, false},
		{"a redeployment of forces from a country is a withdrawal",
			"The UAE announced a redeployment of its forces from Yemen.",
			"RETREAT", []string{"ARE", "YEM"}, true},
		{"forces redeployed from a country's border step back from it",
			"Iran redeployed its forces from the Iraqi border on Monday.",
			"RETREAT", []string{"IRN", "IRQ"}, true},
		{"a player redeployed is no withdrawal",
			"The coach redeployed the striker in the second half against Spain.",
			"RETREAT", []string{"ESP"}, false},
	})
}

// Twenty-fifth pass (stop 43, the mobilize family): troops ordered to a
// country are sent there; an order to do something is no move, and a
// title-case headline's capitals tell no place. Written for this test.
func TestWireFormsTwentyFifthPassOrderedTroops(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops ordered to a country are a mobilization",
			"The Pentagon ordered 3,000 troops to Poland on Wednesday.",
			"MOBILIZE", []string{"POL", "USA"}, true},
		{"paratroopers ordered to a country are a mobilization",
			"Washington ordered 2,000 paratroopers to Lithuania.",
			"MOBILIZE", []string{"LTU", "USA"}, true},
		{"troops ordered to withdraw are no mobilization",
			"Putin ordered troops to withdraw from Syria on Monday.",
			"MOBILIZE", []string{"RUS", "SYR"}, false},
		{"a title-case headline's order to withdraw is no mobilization",
			"Putin Orders Russian Forces to Withdraw From Syria",
			"MOBILIZE", []string{"RUS", "SYR"}, false},
	})
}
