package coder

import "testing"

// Twenty-first pass (stop 39), acts weighed as the subject of a modal
// (hypothetical19.go): a gerund opening the subject of "would", "could",
// "might", "may" or "will", or a noun after "any" or "such", names an act
// nobody has done. The sentences are written for this test.
func TestWireFormsTwentyFirstPassHypotheticalSubject(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"caving to ... would undermine",
			"Caving to Turkey's demands would undermine Sweden's credibility.",
			"CONCEDE", []string{"SWE", "TUR"}, false},
		{"that sending troops ... would be illegal",
			"German officials said that sending troops to Syria would almost certainly be illegal.",
			"MOBILIZE", []string{"DEU", "SYR"}, false},
		{"strengthening cooperation will be a theme",
			"Strengthening defence cooperation will be a major theme of the summit between India and Australia.",
			"AGREE", []string{"AUS", "IND"}, false},
		{"imposing tariffs would hurt",
			"Imposing tariffs on Mexico would hurt American consumers, the senator said.",
			"SANCTION", []string{"MEX", "USA"}, false},
		{"any strike would be illegal",
			"Any US strike on Venezuela would be illegal under international law.",
			"ASSAULT", []string{"USA", "VEN"}, false},
		// Positive twins: the same words telling the act.
		{"sending troops, with a verb of its own",
			"Germany sent troops to Syria on Tuesday, German officials said.",
			"MOBILIZE", []string{"DEU", "SYR"}, true},
		{"a deal that would ... was signed",
			"A deal that would end the war was signed by Russia and Ukraine on Tuesday.",
			"AGREE", []string{"RUS", "UKR"}, true},
		{"a dated strike that could set it back",
			"A US strike on Venezuela on Friday could set its navy back by years.",
			"ASSAULT", []string{"USA", "VEN"}, true},
		{"caved to",
			"Sweden caved to Turkey's demands on Tuesday.",
			"CONCEDE", []string{"SWE", "TUR"}, true},
	})
}
