package coder

import "testing"

// Twenty-ninth pass (stop 47, threats written by hand): a vow to hit or
// strike back at a country threatens it; a threat to declare war on a
// country names it as the enemy. The sentences are written for this test.
func TestThreatAimedAtTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "The Iranian president vowed to hit back at Israel at the right time.", "THREATEN", "IRN", "ISR")
	checkRoles45(t, "Pakistan's army chief vowed on Sunday to strike back at India.", "THREATEN", "PAK", "IND")
	checkCodedCases(t, []codedCase{
		{"a venue after the vow stays a place",
			"China vowed to hit back at a news conference in Japan.",
			"THREATEN", []string{"CHN", "JPN"}, false},
	})
}

func TestWarDeclaredOnTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "The Philippine president has threatened to declare war on Canada.", "THREATEN", "PHL", "CAN")
	checkRoles45(t, "The Bolivian president threatened to declare war with Chile over the dispute.", "THREATEN", "BOL", "CHL")
	checkCodedCases(t, []codedCase{
		{"a war discussed keeps its place a topic",
			"The Turkish and Iranian ministers discussed the war on Syria.",
			"CONSULT", []string{"IRN", "SYR", "TUR"}, false},
	})
	if !warBegun(tokenize("threatened to declare war on Canada"), 3) {
		t.Error("declare war on: want the war's object kept as a side")
	}
}

// A war declared on a group in a clause of another act stays its scene.
func TestWarDeclaredOnGroupTwentyNinthPass(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a war on a group is the scene of a deployment",
			"Since May, when the Cameroonian president declared war on Boko Haram, thousands of Cameroonian troops have been deployed to the north.",
			"MOBILIZE", []string{"CMR", "NGA"}, false},
	})
}

// A "warned" that closes the sentence after the threat is its verb of
// saying: the country before the comma is threatened, the one after
// warns. A warning with its own object stays the act.
func TestClosingWarningTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "Taiwan will pay a heavy price, a Chinese military spokesman warned.", "THREATEN", "CHN", "TWN")
	checkRoles45(t, "Israel will pay a heavy price, Iran warned on Monday.", "THREATEN", "IRN", "ISR")
	checkRoles45(t, "After the vote in Baku, Russia warned Azerbaijan of consequences.", "THREATEN", "RUS", "AZE")
}

// A country that "will face consequences" is threatened by the one who
// says so; a people facing the consequences of a war is no threat.
func TestFacedConsequencesTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "Georgia will face consequences, the Russian foreign ministry said.", "THREATEN", "RUS", "GEO")
	checkRoles45(t, "Seoul will face retaliation, the North Korean army said on Monday.", "THREATEN", "PRK", "KOR")
	checkCodedCases(t, []codedCase{
		{"consequences of a war suffered are no threat",
			"Sudanese refugees face the consequences of the war in Sudan, the Kenyan minister said.",
			"THREATEN", []string{"KEN", "SDN"}, false},
	})
}
