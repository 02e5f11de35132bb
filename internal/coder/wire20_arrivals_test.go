package coder

import "testing"

// TestWireFormsTwentySecondPassTravellers: a craft named by its kind, a
// craft's course after its head, and private people are no officials on a
// visit (arrivals.go). Sentences written for this test.
func TestWireFormsTwentySecondPassTravellers(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"jet flying from", "A Ryanair jet flying from Greece to Lithuania was forced to land in Minsk on Sunday.",
			"CONSULT", []string{"BLR", "GRC", "LTU"}, false},
		{"navy ship", "An Australian navy ship arrived in Fiji on Tuesday.",
			"CONSULT", []string{"AUS", "FJI"}, false},
		{"officials still visit", "Russian officials travelled to Georgia on Monday for talks on trade.",
			"CONSULT", []string{"GEO", "RUS"}, true},
	})
}

// TestWireFormsTwentySecondPassCountedPerson: a person told by a
// nationality used as a noun, counted or with "a", makes no visit
// (arrivals20.go). Sentences written for this test.
func TestWireFormsTwentySecondPassCountedPerson(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a Russian who", "A Russian who arrived in Prague on Monday was carrying ricin, Czech police said.",
			"CONSULT", []string{"CZE", "RUS"}, false},
		{"counted Saudis who", "Fifteen Saudis who travelled to Istanbul on Tuesday were involved in the killing, Turkey said.",
			"CONSULT", []string{"SAU", "TUR"}, false},
		{"a delegation still visits", "A Russian delegation arrived in Istanbul on Thursday for talks with Turkey.",
			"CONSULT", []string{"RUS", "TUR"}, true},
	})
}
