package coder

import "testing"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck, own wire
// sentences): the cause after "in protest at|over" names no side of the
// act (cause46.go).
func TestWireFormsTwentyEighthPassProtestCause(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the victim of the protested attack is no side",
			"Ghana has decided to expel the Togolese ambassador in protest at an attack on Nigeria's embassy in Lome.",
			"SANCTION", []string{"GHA", "TGO"}, true},
		{"the victim of the protested attack is not joined",
			"Ghana has decided to expel the Togolese ambassador in protest at an attack on Nigeria's embassy in Lome.",
			"SANCTION", []string{"GHA", "NGA", "TGO"}, false},
		{"a protested killing's victim is no side",
			"Ghana recalled its ambassador from Togo in protest over the killing of a Nigerian trader.",
			"SANCTION", []string{"GHA", "TGO"}, true},
		{"the one reacted to, right after the preposition, stays",
			"Ghana recalled its ambassador in protest at Togo's decision to close the border.",
			"SANCTION", []string{"GHA", "TGO"}, true},
	})
}

func TestWireFormsTwentyEighthPassNounPhraseQuote(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a quoted noun phrase going on with of",
			"Bolivia's president ordered the “immediate suspension” of a deal to provide natural gas to Peru, state television reported on Monday.",
			"SANCTION", []string{"BOL", "PER"}, true},
		{"the deal's content is no aid",
			"Bolivia's president ordered the “immediate suspension” of a deal to provide natural gas to Peru, state television reported on Monday.",
			"AID", []string{"BOL", "PER"}, false},
		{"a quoted phrase with a determiner before of, predicated",
			"Peru's foreign minister called the move “a violation” of international law by Bolivia.",
			"SANCTION", []string{"BOL", "PER"}, false},
	})
}
