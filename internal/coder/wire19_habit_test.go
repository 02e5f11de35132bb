package coder

import "testing"

// Twenty-first pass (stop 39), habits in the present and states measured
// from a year (habit19.go). The sentences are written for this test.
func TestWireFormsTwentyFirstPassPresentHabit(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"routinely accuses",
			"Beijing routinely accuses Washington of meddling in its internal affairs.",
			"ACCUSE", []string{"CHN", "USA"}, false},
		{"usually blames",
			"Venezuela usually blames the United States for its economic woes.",
			"ACCUSE", []string{"USA", "VEN"}, false},
		{"regularly threatens",
			"North Korea regularly threatens South Korea with nuclear annihilation.",
			"THREATEN", []string{"KOR", "PRK"}, false},
		// Positive twins: the act of a day, and a habit announced.
		{"accused on Monday",
			"Beijing accused Washington on Monday of meddling in its internal affairs.",
			"ACCUSE", []string{"CHN", "USA"}, true},
		{"will regularly hold talks",
			"Japan and China will regularly hold talks on maritime issues.",
			"CONSULT", []string{"CHN", "JPN"}, true},
	})
}

func TestWireFormsTwentyFirstPassStateSinceYear(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"has maintained an embargo since 1962",
			"The United States has maintained an embargo on Cuba since 1962.",
			"SANCTION", []string{"CUB", "USA"}, false},
		{"has supported ... since 1999",
			"Russia has supported Venezuela militarily, economically and diplomatically since 1999.",
			"SUPPORT", []string{"RUS", "VEN"}, false},
		// Positive twins: records measured against a year are news.
		{"the largest attack since 2022",
			"Russia has launched its largest attack on Ukraine since 2022.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"for the first time since 2021",
			"China has imposed sanctions on Lithuania for the first time since 2021.",
			"SANCTION", []string{"CHN", "LTU"}, true},
	})
}
