package coder

import "testing"

// Seventeenth pass (stop 35, the ay family), vocabulary: "March" before a
// day number opening a sentence is the month (a dateline cut off by its
// period), a memorandum of protest is a diplomatic charge, and police who
// search a newsroom's offices coerce it as a raid does. The sentences are
// written for this test.
func TestWireFormsSeventeenthPassAyVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"March before a day number opening a sentence is the month",
			"ASTANA. March 4 (Interfax) - Kazakhstan and Uzbekistan have signed a water treaty.",
			"PROTEST", []string{"KAZ", "UZB"}, false},
		{"the month opening the sentence leaves the signing coded",
			"ASTANA. March 4 (Interfax) - Kazakhstan and Uzbekistan have signed a water treaty.",
			"AGREE", []string{"KAZ", "UZB"}, true},
		{"students who march on an embassy still protest",
			"Serbian students march on the Croatian embassy in Belgrade on Sunday.",
			"PROTEST", []string{"HRV", "SRB"}, true},
		{"a memorandum of protest handed over is a charge",
			"Greece handed Turkey a memorandum of protest over the drilling on Monday.",
			"ACCUSE", []string{"GRC", "TUR"}, true},
		{"a protest memorandum sent is a charge",
			"Vietnam handed China a protest memorandum on Friday.",
			"ACCUSE", []string{"CHN", "VNM"}, true},
		{"police searching the offices of a foreign outlet coerce it",
			"Georgian police searched the offices of Russia's state broadcaster in Tbilisi on Tuesday.",
			"COERCE", []string{"GEO", "RUS"}, true},
		{"police searching the homes of foreign nationals coerce them",
			"Belarusian police searched the homes of Lithuanian citizens in Grodno on Friday.",
			"COERCE", []string{"BLR", "LTU"}, true},
		{"a search for missing sailors is no coercion",
			"Chilean divers searched for the missing Argentine sailors on Monday.",
			"COERCE", []string{"ARG", "CHL"}, false},
	})
}
