package coder

import "testing"

// Twenty-sixth pass (stop 44, sentences written for this test): robbers,
// thieves and muggers are words of crime (data/genre.txt); their attack on
// a foreigner is no act of a state, not even a one-sided one that the page
// could later give a second side.
func TestCrimeWordsRobbers(t *testing.T) {
	opts := Options{KeepOneSided: true, NoLearnedFilter: true}
	for _, tt := range []codedCase{
		{"robbers who attack a foreign businessman commit a crime",
			"Robbers attacked a Chinese businessman in Johannesburg.",
			"ASSAULT", []string{"CHN"}, false},
		{"muggers who attack a foreign student commit a crime",
			"Muggers attacked a Nigerian student in Cape Town.",
			"ASSAULT", []string{"NGA"}, false},
		{"troops who attack a post stay an attack",
			"Ethiopian troops attacked the positions near the border.",
			"ASSAULT", []string{"ETH"}, true},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, tt.typ, tt.cs, tt.want, opts)
		})
	}
}
