package coder

import "testing"

// Twenty-ninth pass (stop 47): a harm blamed on a state in the passive,
// with the speaker named after it (blamedon47.go). The sentences are
// written for this test.
func TestWireFormsTwentyNinthPassBlamedOnSaid(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a bombing blamed on a state, officials said, is their charge",
			"The bombing was blamed on Pakistan, Indian officials said.",
			"ACCUSE", []string{"IND", "PAK"}, true},
		{"an attack blamed on a state, a ministry said, is its charge",
			"The attack on the pipeline was blamed on Ukraine, Hungarian officials said on Monday.",
			"ACCUSE", []string{"HUN", "UKR"}, true},
		{"a blast widely blamed on a state, the minister said",
			"The blast was widely blamed on Rwanda, the Congolese foreign minister said.",
			"ACCUSE", []string{"COD", "RWA"}, true},
		{"an outage blamed on the weather names no accused state",
			"The outage was blamed on heavy snow, Estonian officials said.",
			"ACCUSE", []string{"EST"}, false},
	})
}

// Twenty-ninth pass (stop 47): campaigns of hacking, spying or influence
// attributed to a state, and a charge called part of a propaganda
// campaign (cues.tsv). The sentences are written for this test.
func TestWireFormsTwentyNinthPassCampaigns(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a cyber campaign attributed to a state's intelligence",
			"Britain attributed the cyber campaign to Russian military intelligence.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"an espionage operation attributed to a state",
			"The Czech government attributed the espionage operation to China.",
			"ACCUSE", []string{"CHN", "CZE"}, true},
		{"interference attributed to a state",
			"Moldova attributed the interference in the election to Russia.",
			"ACCUSE", []string{"MDA", "RUS"}, true},
		{"a success attributed to investors is no charge",
			"The government attributed the campaign's success to Japanese investors.",
			"ACCUSE", []string{"JPN"}, false},
		{"a charge said to be part of a propaganda campaign is denied",
			"Moscow said the Dutch accusations were part of a propaganda campaign against Russia.",
			"REJECT", []string{"NLD", "RUS"}, true},
		{"allegations called part of a smear campaign are denied",
			"The Chinese embassy said the Czech allegations are part of a smear campaign against China.",
			"REJECT", []string{"CHN", "CZE"}, true},
		{"allegations dismissed as part of a disinformation campaign",
			"The Iranian foreign ministry dismissed the British allegations as part of a disinformation campaign.",
			"REJECT", []string{"GBR", "IRN"}, true},
		{"an election said to be part of a propaganda campaign is no denial",
			"The Georgian minister said the Russian election was part of a propaganda campaign.",
			"REJECT", []string{"GEO", "RUS"}, false},
	})
}

// Twenty-ninth pass (stop 47): the "by" phrase after a charge's "of" or
// "for" gerund is the means of the act charged, no act of the accuser
// (chargemeans47.go). The sentences are written for this test.
func TestWireFormsTwentyNinthPassChargedMeans(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"curbs told as the means of a breach charged are no act of the accuser",
			"A senior South Korean trade official blamed Japan for violating a trade accord by tightening curbs on exports to South Korea.",
			"SANCTION", []string{"JPN", "KOR"}, false},
		{"a rig deployed as the means of a breach charged is no deployment by the accuser",
			"The Vietnamese foreign ministry blamed China for violating its sovereignty by deploying an oil rig.",
			"MOBILIZE", []string{"VNM"}, false},
		{"the charge itself stays",
			"The Vietnamese foreign ministry blamed China for violating its sovereignty by deploying an oil rig.",
			"ACCUSE", []string{"CHN", "VNM"}, true},
		{"a reply by a measure stays the replier's act",
			"Ukraine responded to the charge by expelling the Hungarian consul.",
			"SANCTION", []string{"HUN", "UKR"}, true},
	})
}

// Review of stop 47: a noun of charging before "for|of" and a gerund
// leaves the "by" phrase to the clause's own verb (chargingVerb,
// chargemeans47.go): the summoning is Malaysia's act.
func TestChargeNounLeavesMeansToVerb(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a reaction to criticism by summoning an envoy",
			"Malaysia reacted to criticism for hosting the talks by summoning the Thai ambassador.",
			"ACCUSE", []string{"MYS", "THA"}, true},
		{"a reaction to criticism is no meeting of what was criticised",
			"Malaysia reacted to criticism for hosting the talks by summoning the Thai ambassador.",
			"CONSULT", []string{"MYS", "THA"}, false},
	})
}
