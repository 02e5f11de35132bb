package coder

import "testing"

// Seventeenth pass (stop 35, the at family): a protest one government
// hands another is a diplomatic note, a charge (ACCUSE), not a protest in
// the street. A protest note, a note of protest, a formal or strong
// protest, or "strongly protested" by a government are charges; a rally
// staged in protest stays PROTEST. The sentences are written for this
// test.
func TestWireFormsSeventeenthPassProtestNote(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a protest note handed over is a charge",
			"Poland handed Belarus a formal protest note over the border incident on Monday.",
			"ACCUSE", []string{"BLR", "POL"}, true},
		{"a note of protest delivered is a charge",
			"Lithuania sent Moscow a note of protest on Friday.",
			"ACCUSE", []string{"LTU", "RUS"}, true},
		{"a government that strongly protested makes a charge",
			"The Japanese government strongly protested the Chinese court ruling on Tuesday.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
		{"a protest staged by farmers is no charge",
			"French farmers staged a protest against Spanish imports on Monday.",
			"ACCUSE", []string{"ESP", "FRA"}, false},
	})
}
