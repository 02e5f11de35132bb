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

// A state that petitions another or a body to act asks it (cues.tsv,
// stop-47 block); a petition to a court over a ruling is no request of a
// state.
func TestPetitionedToActIsRequest(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"petitioned a state for a return",
			"Cuba has petitioned Spain for the return of the archives, the Cuban foreign ministry said.",
			"REQUEST", []string{"CUB", "ESP"}, true},
		{"petitioned a state to reopen a border",
			"The Ghanaian government petitioned Nigeria on Tuesday to reopen the border.",
			"REQUEST", []string{"GHA", "NGA"}, true},
		{"petitioned a state to reopen a border is no retreat",
			"The Ghanaian government petitioned Nigeria on Tuesday to reopen the border.",
			"RETREAT", []string{"GHA", "NGA"}, false},
		// must not change: a petition to a court names no asker and asked.
		{"petitioned a court over a ruling",
			"Lawyers for the Kenyan family petitioned the Supreme Court on Monday over the ruling.",
			"REQUEST", []string{"KEN"}, false},
	})
}
