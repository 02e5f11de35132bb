package coder

import "testing"

// Twenty-ninth pass (stop 47): a request received is asked of the
// receiver by the country after "from" (request47.go). The sentences are
// written for this test; the rules alone are run.
func TestReceivedRequestSides(t *testing.T) {
	cases := []struct{ body, source, target string }{
		{"Brazil has received a formal extradition request from Italy for the former activist.", "ITA", "BRA"},
		{"Argentina received the formal request from Paraguay to extradite the banker on March 1.", "PRY", "ARG"},
		{"Kenya received an appeal from Somalia for food aid on Monday.", "SOM", "KEN"},
		// must not change: a request sent, and one approved, keep their sides.
		{"Italy sent a formal request to Brazil for the former activist's return.", "ITA", "BRA"},
		{"Britain approved an extradition request from the United States on Friday.", "USA", "GBR"},
	}
	for _, c := range cases {
		checkRoles45(t, c.body, "REQUEST", c.source, c.target)
	}
}
