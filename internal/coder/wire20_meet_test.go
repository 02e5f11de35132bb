package coder

import "testing"

// TestWireFormsTwentySecondPassMeetSatisfy: meeting a commitment, a
// deadline or a demand, or meeting another halfway, is no meeting
// (cues.tsv). Sentences written for this test.
func TestWireFormsTwentySecondPassMeetSatisfy(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"every commitment", "Germany said on Monday it would meet every commitment it made to Ukraine.",
			"CONSULT", []string{"DEU", "UKR"}, false},
		{"halfway", "Japan said on Monday it would meet South Korea halfway on the dispute.",
			"CONSULT", []string{"JPN", "KOR"}, false},
		{"a meeting to discuss terms", "Chinese President Xi Jinping will meet the Brazilian president on Monday to discuss terms of the trade deal.",
			"CONSULT", []string{"BRA", "CHN"}, true},
	})
}
