package coder

import "testing"

// Sixteenth pass (stop 34, lexicon2): the lines of the wide lexicon kept
// after pruning it on all readable dev pages (data/cues.tsv). Each sentence
// is written for this test: the line codes its type between the two
// countries, and the same words said of no two countries code nothing.
func TestWireFormsSixteenthPassLexicon2(t *testing.T) {
	tests := []struct {
		rule string
		body string
		typ  string
		cs   []string // nil: no event of typ at all
	}{
		{"curbed exports", "China curbed exports of gallium to the United States.",
			"SANCTION", []string{"CHN", "USA"}},
		{"restricted imports", "India restricted imports of Malaysian palm oil.",
			"SANCTION", []string{"IND", "MYS"}},
		{"a bakery limits sales", "The bakery limited sales of bread to two loaves a customer.",
			"SANCTION", nil},
		{"eased curbs is no sanction", "China eased curbs on exports of graphite to Japan.",
			"SANCTION", nil},
		{"eased curbs is a concession", "China eased curbs on exports of graphite to Japan.",
			"CONCEDE", []string{"CHN", "JPN"}},
		{"tightened controls", "The Netherlands tightened controls on chip machines bound for China.",
			"SANCTION", []string{"CHN", "NLD"}},
		{"tightened curbs", "Indonesia tightened curbs on nickel shipments to Japan.",
			"SANCTION", []string{"IDN", "JPN"}},
		{"a club tightens controls", "The club tightened controls at the stadium gates.",
			"SANCTION", nil},
		{"kicked out diplomats", "Russia kicked out two Estonian diplomats.",
			"SANCTION", []string{"EST", "RUS"}},
		{"kicked out the ambassador", "Niger kicked out the French ambassador.",
			"SANCTION", []string{"FRA", "NER"}},
		{"a team kicks out a player", "The club kicked out its captain after the brawl.",
			"SANCTION", nil},
		{"annexed", "Russia annexed Crimea from Ukraine on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}},
		{"annexed land", "Iraq annexed Kuwait on Monday.",
			"ASSAULT", []string{"IRQ", "KWT"}},
		{"a town annexes farmland", "The town annexed the farmland next to the school.",
			"ASSAULT", nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTypeCoded(t, tt.body, tt.typ, tt.cs)
		})
	}
}
