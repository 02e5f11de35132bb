package coder

import "testing"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck, own wire
// sentences): aid for a list of countries is one act per recipient
// (recipients46.go); money allocated to a country is aid (cues.tsv); a
// promise to cut aid is a threat (aidcut46.go).
func TestWireFormsTwentyEighthPassRecipients(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a recipient after one with no country",
			"Japan has allocated $2 million to UNICEF and Nepal, $1.5 million to Bhutan.",
			"AID", []string{"BTN", "JPN"}, true},
		{"sanctions on two, aid named elsewhere: one act",
			"The United States imposed sanctions on Russia and Belarus on Monday, freezing the funds of 20 officials.",
			"SANCTION", []string{"BLR", "RUS", "USA"}, true},
		{"aid for a list, the first recipient",
			"Canada is providing an initial $10 million in emergency assistance for Fiji, Tonga and Samoa.",
			"AID", []string{"CAN", "FJI"}, true},
		{"aid for a list, the last recipient",
			"Canada is providing an initial $10 million in emergency assistance for Fiji, Tonga and Samoa.",
			"AID", []string{"CAN", "WSM"}, true},
		{"aid for a list is no one act on all",
			"Canada is providing an initial $10 million in emergency assistance for Fiji, Tonga and Samoa.",
			"AID", []string{"CAN", "FJI", "TON", "WSM"}, false},
		{"a list of amounts names each recipient",
			"Japan has allocated $2 million to Nepal, $1.5 million to Bhutan and $800,000 to the Maldives.",
			"AID", []string{"BTN", "JPN"}, true},
		{"a list of amounts, the last",
			"Japan has allocated $2 million to Nepal, $1.5 million to Bhutan and $800,000 to the Maldives.",
			"AID", []string{"JPN", "MDV"}, true},
		{"a threat to cut aid to a list",
			"Mexico's president threatened on Thursday to cut aid to Peru, Chile and Ecuador.",
			"THREATEN", []string{"CHL", "MEX"}, true},
		{"a joint expulsion stays whole",
			"Brazil expelled Peruvian and Chilean diplomats on Monday.",
			"SANCTION", []string{"BRA", "CHL", "PER"}, true},
		{"a request to a list stays whole",
			"Canada's foreign minister urged Peru, Chile and Ecuador to stop the migrants.",
			"REQUEST", []string{"CAN", "CHL", "ECU", "PER"}, true},
	})
}

func TestWireFormsTwentyEighthPassAidCut(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"promising to cut aid",
			"Mexico's president reiterated his threat on Thursday, promising to cut aid to Peru for failure to take action.",
			"THREATEN", []string{"MEX", "PER"}, true},
		{"pledged to halt funding",
			"Japan pledged to halt funding for Cambodia's military on Monday.",
			"THREATEN", []string{"JPN", "KHM"}, true},
		{"promising to cut aid is no aid",
			"Mexico's president promised on Thursday to cut aid to Peru.",
			"AID", []string{"MEX", "PER"}, false},
		{"aid pledged stays aid",
			"Japan pledged $5 million in aid to Cambodia on Monday.",
			"AID", []string{"JPN", "KHM"}, true},
		{"money earmarked for a country",
			"Canada earmarked $5 million in relief for Tonga on Friday.",
			"AID", []string{"CAN", "TON"}, true},
	})
}

func TestWireFormsTwentyEighthPassReliefTeams(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a response team deployed",
			"Canada deployed a disaster assistance response team to Fiji on Monday.",
			"AID", []string{"CAN", "FJI"}, true},
		{"relief experts deployed to a list, each",
			"A team of Canadian disaster response experts was deployed to Tonga and Samoa on Monday.",
			"AID", []string{"CAN", "WSM"}, true},
		{"relief experts deployed are no mobilisation",
			"Canada deployed a disaster assistance response team to Fiji on Monday.",
			"MOBILIZE", []string{"CAN", "FJI"}, false},
		{"riot police deployed stay a mobilisation",
			"Canada deployed riot police to the border with the United States.",
			"MOBILIZE", []string{"CAN", "USA"}, true},
	})
}
