package coder

import "testing"

// Twenty-fifth pass (stop 43): aid told by the craft that carries it and
// aid released, read from sentences written for these tests (aidcraft43.go,
// data/cues.tsv).

// Planes sent somewhere with a load of aid named after them bring aid;
// planes sent with no load named tell no act.
func TestWireFormsTwentyFifthPassAidCraft(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"sending planes to a country with the load after the day",
			"Spain is sending two military planes to Morocco today with eight tons of medical equipment.",
			"AID", []string{"ESP", "MAR"}, true},
		{"sent planes to a capital with rescuers",
			"Greece sent three planes to Ankara on Monday with rescuers and a field hospital.",
			"AID", []string{"GRC", "TUR"}, true},
		{"sent planes with the load before the place",
			"China sent four planes with 60 military medical personnel to Pakistan.",
			"AID", []string{"CHN", "PAK"}, true},
		{"planes sent to bring citizens home carry no aid",
			"Italy sent two planes to Tunisia to bring its citizens home.",
			"AID", []string{"ITA", "TUN"}, false},
	})
}

// Aid is released as funds are; an aid worker released is still a release.
func TestWireFormsTwentyFifthPassAidReleased(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"released its first tranche of aid",
			"Australia has released its first tranche of aid to Vanuatu after the storm.",
			"AID", []string{"AUS", "VUT"}, true},
		{"released emergency relief",
			"Japan released emergency relief to Nepal on Sunday.",
			"AID", []string{"JPN", "NPL"}, true},
		{"released aid is no release of anyone held",
			"Japan released emergency relief to Nepal on Sunday.",
			"CONCEDE", []string{"JPN", "NPL"}, false},
		{"a released aid worker stays a release",
			"Iran released two French aid workers on Friday.",
			"CONCEDE", []string{"FRA", "IRN"}, true},
	})
}

// A permission or landing rights withdrawn refuse the visit they allowed;
// a permission for a mission's operation revoked is no such refusal, and
// troops withdrawn stay a retreat.
func TestWireFormsTwentyFifthPassPermissionWithdrawn(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"withdrew permission for a minister to fly in",
			"Austria withdrew permission for Serbian Foreign Minister Ivica Dacic to fly to Vienna on Sunday.",
			"REJECT", []string{"AUT", "SRB"}, true},
		{"revoked the landing rights of a minister's plane",
			"Belgium revoked the landing rights of the Russian foreign minister's plane on Friday.",
			"REJECT", []string{"BEL", "RUS"}, true},
		{"a withdrawn permission is no retreat",
			"Austria withdrew permission for Serbian Foreign Minister Ivica Dacic to fly to Vienna on Sunday.",
			"RETREAT", []string{"AUT", "SRB"}, false},
		{"a permission for a consulate's operation revoked is no refusal of a visit",
			"China decided to revoke the permission for the operation of the Canadian consulate in Wuhan.",
			"REJECT", []string{"CAN", "CHN"}, false},
		{"troops withdrawn stay a retreat",
			"Austria withdrew its troops from Serbia on Sunday.",
			"RETREAT", []string{"AUT", "SRB"}, true},
	})
}
