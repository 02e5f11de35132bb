package coder

import "testing"

// Twenty-first pass (stop 39), the border between two PLOVER types, read
// from sentences written by hand in wire style: an agreement made at talks
// or opening them (talks19.go), penalties not proceeded with or dropped, a
// lifting announced after a meeting, an appeal to an arbiter over
// another's act (cues.tsv), a demand with "or face" tied on
// (ultimatum19.go), a country's charges and strikes (build.go,
// strikes19.go). The sentences are written for this test.
func TestWireFormsTwentyFirstPassTypeBorder(t *testing.T) {
	checkCodedCases(t, []codedCase{
		// Talks as the agreement's setting, or opened by it.
		{"agreed to swap prisoners at talks",
			"Russia and Ukraine agreed to exchange 1,000 prisoners each at talks in Istanbul on Friday.",
			"AGREE", []string{"RUS", "UKR"}, true},
		{"agreed to start negotiations",
			"Japan and Britain agreed to start negotiations on a trade agreement.",
			"AGREE", []string{"GBR", "JPN"}, true},
		{"agreed to resume dialogue",
			"China and the Philippines agreed to resume dialogue on their territorial dispute.",
			"AGREE", []string{"CHN", "PHL"}, true},
		{"agreed to meet stays a meeting planned",
			"Brazil and the United States agreed to meet in person soon.",
			"AGREE", []string{"BRA", "USA"}, false},
		{"agreed to hold a summit is a meeting planned",
			"Japan and Russia agreed to hold a summit in Nagato in December.",
			"CONSULT", []string{"JPN", "RUS"}, true},
		// Penalties held back or dropped.
		{"decided not to proceed with tariffs",
			"The United States decided not to proceed with planned tariffs and sanctions against Colombia.",
			"CONCEDE", []string{"COL", "USA"}, true},
		{"decided not to proceed is no sanction",
			"The United States decided not to proceed with planned tariffs and sanctions against Colombia.",
			"SANCTION", []string{"COL", "USA"}, false},
		{"dropped its threatened sanctions",
			"The United States dropped its threatened sanctions on Colombia on Sunday.",
			"CONCEDE", []string{"COL", "USA"}, true},
		{"called off the tariffs",
			"The United States called off the tariffs on Colombia after Bogota relented.",
			"CONCEDE", []string{"COL", "USA"}, true},
		{"imposed tariffs is no concession",
			"The United States imposed 25 percent tariffs on Canada on Tuesday.",
			"CONCEDE", []string{"CAN", "USA"}, false},
		// A lifting announced after a meeting.
		{"met ... and announced the lifting of sanctions",
			"The U.S. envoy met Alexander Lukashenko in Minsk and announced the lifting of sanctions on Belarus.",
			"CONCEDE", []string{"BLR", "USA"}, true},
		{"visited ... and announced the lifting of the ban",
			"Barack Obama visited Vietnam — the third U.S. president to do so — and announced the lifting of the ban on arms sales to Vietnam.",
			"CONCEDE", []string{"USA", "VNM"}, true},
		{"a lifting called for is no concession",
			"Sudan called for the lifting of U.S. sanctions on Monday.",
			"CONCEDE", []string{"SDN", "USA"}, false},
		// An appeal to an arbiter over another's act.
		{"appeal to the WTO over",
			"Australia will appeal to the WTO over China's decision to impose tariffs.",
			"ACCUSE", []string{"AUS", "CHN"}, true},
		{"appeal to the World Trade Organization (WTO) over",
			"Australia will appeal to the World Trade Organization (WTO) over China's decision to impose tariffs on barley.",
			"ACCUSE", []string{"AUS", "CHN"}, true},
		{"an appeal to a country stays a request",
			"Ukraine appealed to the United States for more air defence systems.",
			"ACCUSE", []string{"UKR", "USA"}, false},
		// A demand with "or face" tied on.
		{"demanded ... or face tariffs",
			"Donald Trump demanded that Russia end the war within 50 days or face severe tariffs.",
			"THREATEN", []string{"RUS", "USA"}, true},
		{"gave 48 hours ... or face military action",
			"Iraq gave Turkey 48 hours to withdraw its troops or face military action.",
			"THREATEN", []string{"IRQ", "TUR"}, true},
		{"a demand alone stays a request",
			"Australia urged China to lift the barley tariffs.",
			"THREATEN", []string{"AUS", "CHN"}, false},
		// A country's charges and strikes.
		{"dismissed the British charges",
			"Russia dismissed the British charges as absurd.",
			"REJECT", []string{"GBR", "RUS"}, true},
		{"condemned the Turkish air strikes",
			"Iraq condemned the Turkish air strikes in the Kurdistan Region.",
			"ACCUSE", []string{"IRQ", "TUR"}, true},
		{"a state's strikes against an armed group",
			"These are the first U.S. strikes against the Houthis since January.",
			"ASSAULT", []string{"USA", "YEM"}, true},
		{"a state's strikes against an armed group are no walkout",
			"These are the first U.S. strikes against the Houthis since January.",
			"PROTEST", []string{"USA", "YEM"}, false},
		{"strikes against a reform stay a walkout",
			"French strikes against the pension reform spread to Germany.",
			"ASSAULT", []string{"DEU", "FRA"}, false},
	})
}
