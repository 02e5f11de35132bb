package coder

import "testing"

// Seventeenth pass (stop 35), force and coercion: "the polls" an election
// is run up to are no opinion survey, so an arrest told beside them stays
// an act; "hit" with a place struck is a strike, as "target" is. The
// sentences are written for this test.
func TestWireFormsSeventeenthPassForce(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an arrest in the run-up to the polls is coded",
			"Moldovan police on Tuesday arrested a group of Romanians, saying they planned unrest in the run-up to the March 3 polls.",
			"COERCE", []string{"MDA", "ROU"}, true},
		{"an arrest a week before parliamentary polls is coded",
			"Georgian security services detained five Armenians on Sunday, a week before the parliamentary polls.",
			"COERCE", []string{"ARM", "GEO"}, true},
		{"an opinion poll's sentence stays off the record",
			"Polls show 60 percent of Peruvians back the arrest of the Chilean fishermen.",
			"COERCE", []string{"CHL", "PER"}, false},

		{"a country said it had hit a headquarters",
			"Armenia said on Friday it had hit Azerbaijan's army headquarters near the border.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"a country's jets hit targets in another",
			"Ethiopian jets hit rebel targets in Eritrea overnight, officials said.",
			"ASSAULT", []string{"ERI", "ETH"}, true},
		{"a measure that hits a record is no strike",
			"Chilean exports to Peru hit a record in March, the ministry said.",
			"ASSAULT", []string{"CHL", "PER"}, false},
	})
}
