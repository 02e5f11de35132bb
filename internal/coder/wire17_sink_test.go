package coder

import "testing"

// Seventeenth pass (stop 35, the bb family), vocabulary: a navy or coast
// guard that sinks a country's ship or trawler attacks it, and a trawler
// named with its country's adjective stands for that country as its ships
// and boats do. A thing that "sank" on its own is no act. The sentences
// are written for this test.
func TestWireFormsSeventeenthPassSink(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a navy that sinks a boat attacks",
			"The Chilean navy sank a Peruvian fishing boat off Arica on Monday.",
			"ASSAULT", []string{"CHL", "PER"}, true},
		{"a ship that has sunk a trawler attacks",
			"A Brazilian patrol ship has sunk a Uruguayan trawler caught fishing in its waters, the navy said on Monday.",
			"ASSAULT", []string{"BRA", "URY"}, true},
		{"a trawler fired on stands for its country",
			"The Chilean navy fired on a Peruvian trawler on Monday.",
			"ASSAULT", []string{"CHL", "PER"}, true},
		{"a sinking told after a call for an inquiry",
			"Quito called for an inquiry after the Peruvian navy sank an Ecuadorean trawler on Monday.",
			"ASSAULT", []string{"ECU", "PER"}, true},
		{"hopes that sank are no attack",
			"Hopes of a deal between Chile and Peru sank on Monday.",
			"ASSAULT", []string{"CHL", "PER"}, false},
		{"a boat that sank on its own is no attack",
			"The Peruvian boat sank on Monday after Chile's navy towed it.",
			"ASSAULT", []string{"CHL", "PER"}, false},
	})
}
