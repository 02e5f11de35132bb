package coder

import "testing"

// Nineteenth pass (stop 37), the bh/bi family: a government that ends an
// accord, or will not renew it, withdraws from it (RETREAT), neither
// agreeing nor rejecting anyone's proposal. The sentences are written for
// this test.
func TestWireFormsNineteenthPassAccordEnded(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an accord terminated is a retreat",
			"Canada terminated its fisheries agreement with Chile on Tuesday.",
			"RETREAT", []string{"CAN", "CHL"}, true},
		{"the termination of a pact is a retreat",
			"Norway announced the termination of its defence pact with Peru on Friday.",
			"RETREAT", []string{"NOR", "PER"}, true},
		{"an agreement told ended in the passive is a retreat",
			"Ghana announced that a military agreement with Denmark had been ended.",
			"RETREAT", []string{"DNK", "GHA"}, true},
		{"an agreement told ended is no agreement",
			"Ghana announced that a military agreement with Denmark had been ended.",
			"AGREE", []string{"DNK", "GHA"}, false},
		{"an accord not renewed is a retreat",
			"Chile said it will not renew its memorandum of understanding with Japan.",
			"RETREAT", []string{"CHL", "JPN"}, true},
		{"an accord not extended is a retreat",
			"Peru has decided not to extend the fishing agreement with Ecuador.",
			"RETREAT", []string{"ECU", "PER"}, true},
		{"an accord not renewed is no rejection",
			"Chile said it will not renew its memorandum of understanding with Japan.",
			"REJECT", []string{"CHL", "JPN"}, false},
		{"an accord not signed stays a rejection",
			"Chile said it will not sign the memorandum of understanding with Japan.",
			"RETREAT", []string{"CHL", "JPN"}, false},
		{"an accord renewed is no retreat",
			"Chile said it will renew its memorandum of understanding with Japan.",
			"RETREAT", []string{"CHL", "JPN"}, false},
		{"the one assured is told, no party to the accord",
			"Oslo is calm. Norway's prime minister assured Britain that Norway would not renew the fishing agreement with Iceland.",
			"RETREAT", []string{"GBR", "NOR"}, false},
	})
}

// Formal state names of the "<adjective> Republic" kind name the state,
// as "the Czech Republic" does (table fact, nineteenth pass).
func TestWireFormsNineteenthPassFormalRepublics(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the French Republic",
			"Chad accused the French Republic of interference on Monday.",
			"ACCUSE", []string{"FRA", "TCD"}, true},
		{"the Kyrgyz Republic",
			"The Kyrgyz Republic accused Tajikistan of shelling border villages.",
			"ACCUSE", []string{"KGZ", "TJK"}, true},
		{"a bare republic is no state",
			"The Republic accused Tajikistan of shelling border villages.",
			"ACCUSE", []string{"KGZ", "TJK"}, false},
	})
}
