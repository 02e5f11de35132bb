package coder

import "testing"

// Eighteenth pass (stop 36), sides: a country written before an envoy's
// title, after the envoy's owner ("the US Syria envoy", "Washington's
// special Iran envoy"), is the envoy's portfolio, no side; with no owner
// before it ("China envoy threatens ...") it is the envoy's own country.
// The sentences are written for this test.
func TestWireFormsEighteenthPassPortfolioBefore(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a portfolio after a country's adjective is no side",
			"The US Syria envoy met Turkish Foreign Minister Hakan Fidan in Ankara on Monday.",
			"CONSULT", []string{"TUR", "USA"}, true},
		{"a portfolio after a possessive and a rank is no side",
			"Washington's special Iran envoy held talks with Omani officials in Muscat on Sunday.",
			"CONSULT", []string{"OMN", "USA"}, true},
		{"a country before the title with no owner is the envoy's own",
			"China envoy threatens Australia with a boycott over the inquiry.",
			"THREATEN", []string{"AUS", "CHN"}, true},
	})
}
