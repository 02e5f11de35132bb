package coder

import "testing"

// Stop 46 (readlm): a legislature asking its own government to act
// against another country tells the act, planned (homeask46.go).
// Sentences written for these tests.
func TestWireFormsStop46LegislatureAsksItsGovernment(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"a resolution urging a recall",
			"Chile's parliament on Monday passed a resolution urging the government to recall its envoy from Lima.",
			"SANCTION", []string{"CHL", "PER"}, "planned"},
		{"a senate asks for a recall",
			"In a unanimous resolution, Chile's Senate asked the government to recall its envoy to Peru.",
			"SANCTION", []string{"CHL", "PER"}, "planned"},
		{"lawmakers urge an expulsion",
			"Ghana's lawmakers urged the government to expel the Nigerian ambassador.",
			"SANCTION", []string{"GHA", "NGA"}, "planned"},
	})
	checkRuleCases(t, []codedCase{
		// must not: a crowd's call on its government is no step of its state
		{"protesters urge a deportation",
			"Protesters urged the authorities to deport Chinese migrants.",
			"COERCE", nil, false},
		// must not: a government asking its parliament names no act between states
		{"a president asks parliament to approve a deal",
			"The president asked parliament to approve the deal with Saudi Arabia.",
			"AGREE", nil, false},
	})
}
