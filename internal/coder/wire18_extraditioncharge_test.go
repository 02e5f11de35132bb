package coder

import "testing"

// Nineteenth pass (stop 37), vocabulary: the person an extradition is
// asked for, described as "charged with" a crime, is sought on that
// charge; the charge is no accusation between the two states. A charge
// that comes before any word of extradition is still read. The sentences
// are written for this test.
func TestWireFormsNineteenthPassExtraditionCharged(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a request for a person charged with a crime",
			"Marta Fuentes, the Chilean interior minister, has sent a request to Peru for the extradition of Juan Perez, the Peruvian consul's son charged with killing a cyclist.",
			"REQUEST", []string{"CHL", "PER"}, true},
		{"a request with the minister named after her office",
			"Chile's interior minister, Marta Fuentes, has sent a request to Peru for the extradition of Juan Perez, the consul's son charged with killing a cyclist.",
			"REQUEST", []string{"CHL", "PER"}, true},
		{"the charge is no accusation between the states",
			"Marta Fuentes, the Chilean interior minister, has sent a request to Peru for the extradition of Juan Perez, the Peruvian consul's son charged with killing a cyclist.",
			"ACCUSE", []string{"CHL", "PER"}, false},
		{"a charge before any extradition word stays an accusation",
			"Peru charged Chile with violating its airspace on Monday, days before the extradition hearing.",
			"ACCUSE", []string{"CHL", "PER"}, true},
	})
}
