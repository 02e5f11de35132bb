package coder

import "testing"

// Twenty-sixth pass (stop 44): accusations lodged, filed or raised against
// a state are made against it (cues.tsv), and a capital after a phrasal
// verb of censure is the government rebuked (actors/censure44.go). The
// sentences are written for this test.
func TestWireFormsTwentySixthPassLodgedCharges(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"accusations lodged against a state are a charge",
			"Latvia has lodged formal accusations against Belarus, claiming that Minsk pushed migrants across the border.",
			"ACCUSE", []string{"BLR", "LVA"}, true},
		{"allegations filed against a state are a charge",
			"Guatemala filed allegations against Belize at the regional court over the fishing dispute.",
			"ACCUSE", []string{"BLZ", "GTM"}, true},
		{"charges raised against a state are a charge",
			"Djibouti raised charges against Eritrea over the border incursion.",
			"ACCUSE", []string{"DJI", "ERI"}, true},
		{"a report filed about a state is no charge",
			"Guatemala filed a report on Belize's fisheries with the regional body.",
			"ACCUSE", []string{"BLZ", "GTM"}, false},
	})
}

func TestWireFormsTwentySixthPassCensuredCapital(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a capital called out for an act is the state charged",
			"The Dutch foreign ministry called out Moscow for spreading disinformation about the crash.",
			"ACCUSE", []string{"NLD", "RUS"}, true},
		{"a capital lashed out at is the state charged, not the topic",
			"Beijing lashed out at Tokyo over remarks on Taiwan.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
		{"the topic of the rebuke is no party",
			"Beijing lashed out at Tokyo over remarks on Taiwan.",
			"ACCUSE", []string{"CHN", "TWN"}, false},
		{"a capital singled out over an act is the state charged",
			"Japan singled out Beijing over its coercion of fishermen.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
	})
}

// Twenty-sixth pass (stop 44): a state's charge told as a noun with "'s"
// and "that" is its charge against the party after "that"; a charge noun
// without an owner stays the cause of the act it is told with
// (accuse44.go). The sentences are written for this test.
func TestWireFormsTwentySixthPassOwnedChargeNoun(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state's dated accusation that another acted is a charge",
			"Croatia's accusation on Monday that Serbia had funded the protests angered Belgrade.",
			"ACCUSE", []string{"HRV", "SRB"}, true},
		{"a state's allegations that another acted, repeated, are a charge",
			"Kenya's allegations that Somalia harboured militants were repeated at the summit.",
			"ACCUSE", []string{"KEN", "SOM"}, true},
		{"an act told with unowned accusations keeps the act",
			"Australia announced the expulsion of Iran's ambassador, following accusations that Iran directed attacks on its soil.",
			"SANCTION", []string{"AUS", "IRN"}, true},
		{"a person's accusation against a body at home is no charge between states",
			"The minister's accusation that the central bank had misled parliament caused a storm.",
			"ACCUSE", []string{"KEN"}, false},
	})
}
