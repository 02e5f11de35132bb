package coder

import "testing"

// Seventeenth pass (stop 35), force and coercion: "the polls" an election
// is run up to are no opinion survey, so an arrest told beside them stays
// an act. The sentences are written for this test.
func TestWireFormsSeventeenthPassForce(t *testing.T) {
	tests := []struct {
		rule string
		body string
		typ  string
		cs   []string
		want bool
	}{
		{"an arrest in the run-up to the polls is coded",
			"Moldovan police on Tuesday arrested a group of Romanians, saying they planned unrest in the run-up to the March 3 polls.",
			"COERCE", []string{"MDA", "ROU"}, true},
		{"an arrest a week before parliamentary polls is coded",
			"Georgian security services detained five Armenians on Sunday, a week before the parliamentary polls.",
			"COERCE", []string{"ARM", "GEO"}, true},
		{"an opinion poll's sentence stays off the record",
			"Polls show 60 percent of Peruvians back the arrest of the Chilean fishermen.",
			"COERCE", []string{"CHL", "PER"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, tt.typ, tt.cs, tt.want, Options{})
		})
	}
}
