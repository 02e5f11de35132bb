package coder

import "testing"

// Twenty-fourth pass (stop 42): "a visit by X to Y" names its visitor
// after "by", as "the visit of X to Y" does after "of" (visitof18.go); a
// minister's title takes no country after "to" (only an envoy's does), so
// the place visited stays a party. The sentences are written for this test.
func TestWireFormsTwentyFourthPassVisitBy(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a visit by a foreign minister to a country",
			"A visit by the Kenyan foreign minister to Uganda ended on Tuesday with a pledge of closer ties.",
			"CONSULT", []string{"KEN", "UGA"}, true},
		{"the two-day trip by a president to a country",
			"The two-day trip by Indonesian President Joko Widodo to Australia began on Sunday.",
			"CONSULT", []string{"AUS", "IDN"}, true},
		{"a state visit by a country's leader, planned",
			"A state visit by the French president to Morocco is planned for next month.",
			"CONSULT", []string{"FRA", "MAR"}, true},
		{"a trip by road is no visit",
			"The trip by road from Nairobi to Kampala takes ten hours.",
			"CONSULT", []string{"KEN", "UGA"}, false},
	})
}
