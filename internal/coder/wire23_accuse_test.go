package coder

import "testing"

// Twenty-fifth pass (stop 43): a denial told in a clause after the charge
// it answers, pointing back to it ("..., a charge Lome denied", "..., an
// accusation Russia rejects", "..., which Yerevan denied"), answers the
// accuser of that charge (accuse23.go). The sentences are written for this
// test.
func TestWireFormsTwentyFifthPassTrailingDenial(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a charge the accused denied in a trailing clause is rejected",
			"Ghana accused Togo of harbouring coup plotters, a charge Lome denied.",
			"REJECT", []string{"GHA", "TGO"}, true},
		{"an accusation the accused rejects in a trailing clause is rejected",
			"Kyiv accused Moscow of shelling the plant, an accusation Russia rejects.",
			"REJECT", []string{"RUS", "UKR"}, true},
		{"allegations the accused denies after a comma are rejected",
			"India accuses Pakistan of sheltering militants, allegations Islamabad denies.",
			"REJECT", []string{"IND", "PAK"}, true},
		{"the charge itself is still coded",
			"Ghana accused Togo of harbouring coup plotters, a charge Lome denied.",
			"ACCUSE", []string{"GHA", "TGO"}, true},
		{"a trailing clause that denies nothing is no rejection",
			"Russia accused Ukraine of attacking the bridge, which was damaged in October.",
			"REJECT", []string{"RUS", "UKR"}, false},
		{"a charge noun with no denial after it is no rejection",
			"Serbia accused Kosovo of provocations, a charge repeated by its president.",
			"REJECT", []string{"SRB", "XKX"}, false},
	})
}

// Twenty-fifth pass (stop 43): a sanction told with the charge that moved
// it in a relative clause after its object ("expelled a Russian diplomat
// it accused of espionage") is also a charge of the one who acts against
// the one acted against (chargeRelative, accuse23.go). The sentences are
// written for this test.
func TestWireFormsTwentyFifthPassRelativeCharge(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a diplomat expelled whom the expeller accused is charged",
			"Estonia expelled a Russian diplomat it accused of espionage.",
			"ACCUSE", []string{"EST", "RUS"}, true},
		{"officers sanctioned whom the sanctioner blamed are charged",
			"Britain sanctioned Russian officers it blamed for the cyberattacks.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"diplomats expelled whom the expeller suspected are charged",
			"The Czech Republic expelled two Russian diplomats it suspected of spying.",
			"ACCUSE", []string{"CZE", "RUS"}, true},
		{"the sanction itself is still coded",
			"Estonia expelled a Russian diplomat it accused of espionage.",
			"SANCTION", []string{"EST", "RUS"}, true},
		{"traders expelled over unpaid taxes are charged with nothing",
			"Kenya expelled two Ugandan traders over unpaid taxes.",
			"ACCUSE", []string{"KEN", "UGA"}, false},
		{"an alleged act of someone else charges no one",
			"Algeria recalled its envoy to Mali over the alleged downing of a drone.",
			"ACCUSE", []string{"DZA", "MLI"}, false},
	})
}

// Twenty-fifth pass (stop 43), charges read from news sentences written by
// hand: cue words the coder missed (cues.tsv). The sentences are written
// for this test.
func TestWireFormsTwentyFifthPassAccuseCues(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state blasted for an act is charged",
			"Japan blasted China for the radar lock-on incident.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
		{"a state blasted over an act is charged",
			"Ankara blasted Athens over the treatment of Turkish fishermen.",
			"ACCUSE", []string{"GRC", "TUR"}, true},
		{"a storm that blasted coasts charges no one",
			"A storm blasted the coasts of Cuba and Haiti for two days.",
			"ACCUSE", []string{"CUB", "HTI"}, false},
		{"a state crying foul over another's project charges it",
			"Pakistan cried foul over India's dam project.",
			"ACCUSE", []string{"IND", "PAK"}, true},
		{"a state chided for its measures is charged",
			"Australia chided China for its trade restrictions.",
			"ACCUSE", []string{"AUS", "CHN"}, true},
		{"fans crying foul at a match charge no state",
			"Fans cried foul over the referee's call in the match between Brazil and Argentina.",
			"ACCUSE", []string{"ARG", "BRA"}, false},
		{"accusations levelled against a state are a charge",
			"Lithuania levelled accusations against Belarus over the balloons.",
			"ACCUSE", []string{"BLR", "LTU"}, true},
		{"accusations made against a state are a charge",
			"Israel made accusations against Iran at the United Nations.",
			"ACCUSE", []string{"IRN", "ISR"}, true},
		{"a state taken to the world court is charged",
			"Nicaragua took Germany to the world court over arms sales.",
			"ACCUSE", []string{"DEU", "NIC"}, true},
		{"a state taken to an international court is charged",
			"Ukraine has taken Russia to the International Court of Justice.",
			"ACCUSE", []string{"RUS", "UKR"}, true},
		{"a harm blamed on a state charges it",
			"Saudi Arabia blamed the attack on Iran.",
			"ACCUSE", []string{"IRN", "SAU"}, true},
		{"a harm pinned on a state charges it",
			"Ukraine pinned the bombing on Russia.",
			"ACCUSE", []string{"RUS", "UKR"}, true},
		{"a state blamed for attacks on a third names no third accused",
			"Britain blamed Russia for cyberattacks on Georgia.",
			"ACCUSE", []string{"GBR", "GEO", "RUS"}, false},
	})
}

// Twenty-fifth pass (stop 43): a harm a state says another has done, told
// in the perfect, is the speaker's charge as "had violated the ceasefire"
// is (cues.tsv; perfectCharge, accuse22.go). The sentences are written for
// this test.
func TestWireFormsTwentyFifthPassPerfectHarms(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a campaign a state said another had orchestrated is charged",
			"France said Russia had orchestrated the disinformation campaign.",
			"ACCUSE", []string{"FRA", "RUS"}, true},
		{"a poisoning a state said another had done is charged",
			"Britain said Russia had poisoned the former spy.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"a hack told by the reporter is no one's charge",
			"Russia had hacked the Ukrainian grid before the war began.",
			"ACCUSE", []string{"RUS", "UKR"}, false},
	})
}
