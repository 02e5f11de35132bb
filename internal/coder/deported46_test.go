package coder

import "testing"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck, own wire
// sentences): a deportation told of one who was held is the release
// (deported46.go); a deportation as the measure stays a coercion.
func TestWireFormsTwentyEighthPassDeportedFromCaptivity(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"freed from prison and deported",
			"The Chinese authorities freed the Canadian teacher from prison and deported him overnight.",
			"CONCEDE", []string{"CAN", "CHN"}, true},
		{"a decision to deport one jailed, taken",
			"Russia has decided to deport the jailed French researcher to his home country, an official said.",
			"CONCEDE", []string{"FRA", "RUS"}, true},
		{"deported after holding him",
			"Myanmar deported the Japanese filmmaker to Japan on Friday after holding him for four months.",
			"CONCEDE", []string{"JPN", "MMR"}, true},
		{"the release is no coercion",
			"Myanmar deported the Japanese filmmaker to Japan on Friday after holding him for four months.",
			"COERCE", []string{"JPN", "MMR"}, false},
		{"a deportation as the measure stays a coercion",
			"Kenya deported two British activists on Tuesday for taking part in protests.",
			"COERCE", []string{"GBR", "KEN"}, true},
		{"detained and deported stays a coercion",
			"Israel detained and deported the Spanish activists aboard the flotilla on Monday.",
			"COERCE", []string{"ESP", "ISR"}, true},
	})
}
