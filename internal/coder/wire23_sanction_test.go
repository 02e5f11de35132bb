package coder

import "testing"

// Twenty-fifth pass (stop 43, sanctions written by hand, vocabulary):
// envoys recalled as "diplomats" or "diplomatic staff", a diplomat's
// accreditation revoked, a state put on the list of state sponsors of
// terrorism, visas required again, a country punished or slapped with a
// tax ("slapped ... with" already coded at the base). The sentences are
// written for this test.
func TestWireFormsTwentyFifthPassSanctionWords(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"diplomats recalled from a country",
			"Chile recalled its diplomats from Israel on Tuesday.",
			"SANCTION", []string{"CHL", "ISR"}, true},
		{"diplomatic staff recalled from a country",
			"Peru recalled all its diplomatic staff from Venezuela on Sunday.",
			"SANCTION", []string{"PER", "VEN"}, true},
		{"a diplomat's accreditation revoked",
			"Poland revoked the accreditation of a Belarusian diplomat on Monday.",
			"SANCTION", []string{"BLR", "POL"}, true},
		{"a state put back on the terrorism list",
			"The United States put Cuba back on its list of state sponsors of terrorism on Friday.",
			"SANCTION", []string{"CUB", "USA"}, true},
		{"a state designated a sponsor of terrorism",
			"Washington designated North Korea a state sponsor of terrorism on Monday.",
			"SANCTION", []string{"PRK", "USA"}, true},
		{"visa requirements reimposed",
			"Moscow reimposed visa requirements for Georgian citizens on Thursday.",
			"SANCTION", []string{"GEO", "RUS"}, true},
		{"a country punished with a tariff",
			"Washington punished Brazil with a 50 percent tariff on Wednesday.",
			"SANCTION", []string{"BRA", "USA"}, true},
		{"a country punished with levies",
			"Japan punished South Korea with higher levies on Friday.",
			"SANCTION", []string{"JPN", "KOR"}, true},
		{"a state taken off the terrorism list is no sanction",
			"The United States removed Cuba from its list of state sponsors of terrorism on Friday.",
			"SANCTION", []string{"CUB", "USA"}, false},
		{"recalling a meeting with diplomats is a memory",
			"The Chilean minister recalled meeting Israeli diplomats in 2019.",
			"SANCTION", []string{"CHL", "ISR"}, false},
	})
}

// Twenty-fifth pass (stop 43, sanctions written by hand): what a country
// "faces" anew is laid on it, the subject the target as after "subject
// to" (trade9.go facedMeasure); the threat of a measure faced, a
// measure a state "could" face or has faced since a year are no
// measure taken.
func TestWireFormsTwentyFifthPassFacedMeasure(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a country faces new sanctions",
			"Belarus faces new British sanctions over the crackdown",
			"SANCTION", []string{"BLR", "GBR"}, true},
		{"a country faces a rate of tariffs",
			"Vietnam faces 46 percent US tariffs from Wednesday",
			"SANCTION", []string{"USA", "VNM"}, true},
		{"the threat of tariffs faced is no sanction",
			"Vietnam faces the threat of new US tariffs",
			"SANCTION", []string{"USA", "VNM"}, false},
		{"sanctions faced for years are background",
			"Venezuela has faced U.S. sanctions since 2017.",
			"SANCTION", []string{"USA", "VEN"}, false},
		{"tariffs a state could face are no sanction",
			"The United States warned that Spain could face new tariffs.",
			"SANCTION", []string{"ESP", "USA"}, false},
	})
}

// Twenty-fifth pass (stop 43, coercion written by hand, vocabulary): a
// ship's seizure told as a noun, a country's citizens given days to
// leave, writers held by their trade.
func TestWireFormsTwentyFifthPassCoerceWords(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the seizure of a ship as a noun",
			"Iran announced the seizure of a Greek tanker on Friday.",
			"COERCE", []string{"GRC", "IRN"}, true},
		{"a possessive seizure of a vessel",
			"Russia's seizure of three Ukrainian vessels drew protests on Monday.",
			"COERCE", []string{"RUS", "UKR"}, true},
		{"citizens given days to leave",
			"Bahrain gave Qatari citizens 14 days to leave the country on Monday.",
			"COERCE", []string{"BHR", "QAT"}, true},
		{"citizens given days to leave, in the passive",
			"Eritrean nationals were given a week to leave Ethiopia on Friday.",
			"COERCE", []string{"ERI", "ETH"}, true},
		{"a novelist jailed",
			"Algeria jailed a French novelist on Monday.",
			"COERCE", []string{"DZA", "FRA"}, true},
		{"a publisher detained",
			"China detained a Taiwanese publisher on Tuesday.",
			"COERCE", []string{"CHN", "TWN"}, true},
		{"the seizure of power is no seizure of a ship",
			"Russia condemned the army's seizure of power in Niger on Monday.",
			"COERCE", []string{"NER", "RUS"}, false},
		{"citizens told to leave by their own state are not coerced",
			"The United States ordered its citizens to leave Iraq on Sunday.",
			"COERCE", []string{"IRQ", "USA"}, false},
	})
}
