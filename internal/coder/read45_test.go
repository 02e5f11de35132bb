package coder

import "testing"

// Stop 45 (read45, a reader's pass on groups cf–ci): vocabulary and the
// readings fixed in lexicon.go, mobilize44.go, force20.go and
// data/cues.tsv. Sentences written for these tests.
func TestWireFormsStop45Read(t *testing.T) {
	checkRuleCases(t, []codedCase{
		// The noun "forces" read as compulsion hides no deployment.
		{"special forces deployed in the passive",
			"Ugandan special forces have been deployed to South Sudan, the army chief said on Tuesday.",
			"MOBILIZE", []string{"SSD", "UGA"}, true},
		{"ground troops sent in the passive",
			"Turkish ground troops were sent to northern Syria on Monday.",
			"MOBILIZE", []string{"SYR", "TUR"}, true},
		{"the verb forces still compels",
			"Russia forces Ukraine to accept the terms.",
			"COERCE", []string{"RUS", "UKR"}, true},
		// Crew members and seafarers stand for their country.
		{"crewmembers sentenced",
			"An Ecuadorean judge has sentenced 20 Chinese crewmembers to jail.",
			"COERCE", []string{"CHN", "ECU"}, true},
		{"seafarers detained",
			"Indonesia detained 12 Vietnamese seafarers on Friday.",
			"COERCE", []string{"IDN", "VNM"}, true},
		// A navy intercepting a ship coerces it.
		{"navy intercepts a vessel",
			"The Ecuadorian navy intercepted a Chinese vessel near the islands.",
			"COERCE", []string{"CHN", "ECU"}, true},
		{"coast guard intercepts boats",
			"The Malaysian coast guard intercepted two Vietnamese fishing boats on Sunday.",
			"COERCE", []string{"MYS", "VNM"}, true},
		// must not: the intercepting vessel after "by" is not the object
		{"intercepted by a vessel",
			"The tanker was intercepted by Iranian vessel but did not belong to US.",
			"COERCE", []string{"IRN", "USA"}, false},
		// Measures announced against a state are a sanction.
		{"measures announced against a state",
			"Turkey announced new measures against Israel on Thursday.",
			"SANCTION", []string{"ISR", "TUR"}, true},
		{"a package adopted against a state",
			"Colombia adopted a package of measures against Nicaragua on Friday.",
			"SANCTION", []string{"COL", "NIC"}, true},
		{"an embargo announced with its kind",
			"Spain has announced a full arms embargo on Israel.",
			"SANCTION", []string{"ESP", "ISR"}, true},
		// must not: measures against a disease name no side
		{"measures against a virus",
			"Peru announced new measures against the virus on Monday.",
			"SANCTION", []string{"PER"}, false},
	})
}
