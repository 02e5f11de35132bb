package coder

import "testing"

// Seventeenth pass (stop 35), the au family: "the Federal Government",
// capitalised with no country before it, is the government of the
// federation the page names first (Nigeria, Germany, Australia ...); a
// page that names no such federation, or writes the words in lower case
// as US copy does, gets no actor from them. The sentences are written for
// this test.
func TestWireFormsSeventeenthPassFederalGovernment(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the Federal Government of a Nigerian story rejects",
			"Nigeria faces new pressure. The Federal Government on Sunday rejected the demand of the United States.",
			"REJECT", []string{"NGA", "USA"}, true},
		{"the Federal Government of a German statement asks",
			"The German findings are clear. The Federal Government has asked Russia to explain the poisoning.",
			"REQUEST", []string{"DEU", "RUS"}, true},
		{"the Federal Government of an Australian story accuses",
			"Australia's trade with China is at stake. The Federal Government has accused China of economic coercion.",
			"ACCUSE", []string{"AUS", "CHN"}, true},
		{"a page with no such federation gives the words no side",
			"France and Spain met in Paris. The Federal Government rejected the plan of Spain on Monday.",
			"REJECT", []string{"ESP", "FRA"}, false},
		{"a lower-case federal government is no federation's",
			"Canada was named. The federal government rejected the demand from Nigeria on Monday.",
			"REJECT", []string{"NGA", "AUS"}, false},
	})
}
