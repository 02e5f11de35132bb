package coder

import "testing"

// Sixteenth pass (stop 34): "mercenaries" and a state's "services"
// ("security services", "intelligence services") are people of the
// country a word before them names, as "fighters" and "police" are; the
// Panama Canal is Panama's, as Greenland is Denmark's; a state's
// intelligence service named alone ("the GRU") is the state's. The sentences are
// written for this test.
func TestWireFormsSixteenthPassNouns(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"mercenaries arrested",
			"Mali has arrested a group of Russian mercenaries near the border.",
			"COERCE", []string{"MLI", "RUS"}, true},
		{"security services as the side that arrests",
			"Georgian security services on Tuesday detained two Turkish nationals.",
			"COERCE", []string{"GEO", "TUR"}, true},
		{"the Panama Canal is Panama's",
			"President Donald Trump threatened on Tuesday to take back the Panama Canal by force.",
			"THREATEN", []string{"PAN", "USA"}, true},
		{"a ship passing through the canal is no act",
			"A Chinese cargo ship passed through the Panama Canal on Tuesday.",
			"MOBILIZE", []string{"CHN", "PAN"}, false},
		{"a state's intelligence service named alone is the state",
			"Britain on Tuesday accused the GRU of hacking the chemical weapons watchdog in The Hague.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"a financial services firm is no arm of a state",
			"A Swiss financial services firm hired two Italian bankers on Tuesday.",
			"COERCE", []string{"CHE", "ITA"}, false},
	})
}
