package coder

import "testing"

// Seventeenth pass (stop 35, the CONSULT family): an act told with the
// visit it was done on as its setting ("during his visit to", "On a visit
// to X,") is coded with the visit beside it, between the act's two sides;
// a visit to a third country is another trip. The sentences are written
// for this test.
func TestWireFormsSeventeenthPassVisitSetting(t *testing.T) {
	fires := []struct {
		rule string
		body string
		typ  string
		cs   []string
	}{
		{"the act, then the visit to the other side",
			"Canadian Prime Minister Mark Carney signed a trade pact with Mexico during his first official visit to Mexico City on Thursday.",
			"AGREE", []string{"CAN", "MEX"}},
		{"the visit fronted, to a place left unnamed",
			"On a three-day visit to the country, Japanese Prime Minister Fumio Kishida pledged $2 billion in loans to Kenya.",
			"AID", []string{"JPN", "KEN"}}, // aid pledged is aid, planned (stop 43, aid43.go)
	}
	for _, tt := range fires {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, tt.typ, tt.cs, true, Options{})
			checkCoded(t, tt.body, "CONSULT", tt.cs, true, Options{})
		})
	}
	none := []struct {
		rule string
		body string
	}{
		{"a visit to a third country is another trip",
			"Canadian Prime Minister Mark Carney signed a trade pact with Mexico during his visit to the Brazilian capital on Thursday."},
		{"a visit told as an earlier act, not the setting",
			"Canadian Prime Minister Mark Carney signed a trade pact with Mexico on Thursday, days after his visit to Mexico City."},
	}
	for _, tt := range none {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, "AGREE", []string{"CAN", "MEX"}, true, Options{})
			checkCoded(t, tt.body, "CONSULT", []string{"CAN", "MEX"}, false, Options{})
		})
	}
}
