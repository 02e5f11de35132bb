package coder

import "testing"

// Sixteenth pass (stop 34, lexicon): the cue lines written from how news
// wires tell each type and admitted on dev (data/cues.tsv). Each sentence
// is written for this test: the line codes its type between the two
// countries, and the same words said of no two countries code nothing.
func TestWireFormsSixteenthPassLexicon(t *testing.T) {
	tests := []struct {
		rule string
		body string
		typ  string
		cs   []string // nil: no event of typ at all
	}{
		{"guaranteed security", "Russia guaranteed Ukraine's security under the 1994 memorandum.",
			"AGREE", []string{"RUS", "UKR"}},
		{"guaranteed safe passage", "Egypt guaranteed safe passage for Palestinian civilians leaving Gaza.",
			"AGREE", []string{"EGY", "PSE"}},
		{"a law that guarantees safety", "The new law guarantees the safety of factory workers.",
			"AGREE", nil},
		{"lambasted", "China lambasted Japan over the release of treated water.",
			"ACCUSE", []string{"CHN", "JPN"}},
		{"castigated", "Iran castigated France for the remarks of its foreign minister.",
			"ACCUSE", []string{"FRA", "IRN"}},
		{"a critic lambasts a film", "The critic lambasted the film as dull and overlong.",
			"ACCUSE", nil},
		{"implicated in sabotage", "Ukraine implicated Russia in the sabotage of the pipeline.",
			"ACCUSE", []string{"RUS", "UKR"}},
		{"implicated in a plot", "Britain implicated Iran in the plot against the dissident journalists.",
			"ACCUSE", []string{"GBR", "IRN"}},
		{"a scandal implicates bankers", "The scandal implicated several senior bankers.",
			"ACCUSE", nil},
		{"banned imports", "China banned imports of Japanese seafood.",
			"SANCTION", []string{"CHN", "JPN"}},
		{"halted imports", "Russia halted imports of Moldovan wine.",
			"SANCTION", []string{"MDA", "RUS"}},
		{"a city bans shipments of fireworks", "The city banned shipments of fireworks during the festival.",
			"SANCTION", nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTypeCoded(t, tt.body, tt.typ, tt.cs)
		})
	}
}
