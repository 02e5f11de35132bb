package coder

import "testing"

// Twenty-first pass (stop 39), yes-no questions (question19.go): a
// sentence that opens with an auxiliary and ends with a question mark asks
// whether an act happens and tells none; a question opened by a question
// word takes its act as known. The sentences are written for this test.
func TestWireFormsTwentyFirstPassYesNoQuestion(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"will ... invade ...?",
			"Will China invade Taiwan?",
			"THREATEN", []string{"CHN", "TWN"}, false},
		{"does ... support ...?",
			"Does Germany support sending Taurus missiles to Ukraine?",
			"SUPPORT", []string{"DEU", "UKR"}, false},
		{"does he imagine that ... will ...?",
			"Does anyone really believe that Turkey sending troops to aid Libya will end the war?",
			"AID", []string{"LBY", "TUR"}, false},
		// Positive twins.
		{"why did ... invade ...? takes the invasion as known",
			"Why did Russia invade Ukraine?",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"the statement",
			"Germany supports sending Taurus missiles to Ukraine.",
			"SUPPORT", []string{"DEU", "UKR"}, true},
	})
}
