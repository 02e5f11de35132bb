package coder

import "testing"

// Twenty-ninth pass (stop 47, sentences written for this test): a
// country's adjective on a noun of its reach in the object of a protest
// names the state protested against (protest47.go).
func TestProtestedReach(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Thousands of Egyptians took to the streets on Friday to protest against the Egyptian-Israeli gas deal.", "EGY", "ISR"},
		{"Demonstrators in Nairobi protested against Chinese investments on Saturday.", "KEN", "CHN"},
		{"Hundreds of Serbs rallied in Belgrade against the growing Turkish influence in the Balkans.", "SRB", "TUR"},
		{"Dozens of activists have rallied in Kazakhstan's southwestern town of Zhanaozen for the seventh day, protesting against Chinese investments.", "KAZ", "CHN"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "PROTEST", tt.source, tt.target)
	}
}

// A country's goods or firms in trade, with no noun of reach, stay out.
func TestProtestedReachNegative(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"firms a crowd blames are no state's reach",
			"Kenyan traders protested in Nairobi against Chinese shops on Saturday.",
			"PROTEST", []string{"CHN", "KEN"}, false},
	})
}

// Twenty-ninth pass (stop 47, headlines written for this test): a crowd
// that burns a flag in a headline's present has protested (protest47.go).
func TestCrowdHeadlineBurn(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Protesters burn Israeli flag outside embassy in Rabat", "MAR", "ISR"},
		{"Demonstrators torch French flags in Bamako", "MLI", "FRA"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "PROTEST", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"tyres burned are no flag: no foreign side is named",
			"Protesters burn tyres in Niamey over French troops",
			"PROTEST", []string{"FRA", "NER"}, false},
	})
}
