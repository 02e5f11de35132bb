package coder

import "testing"

// Twenty-first pass (stop 39), acts told at no time of the news
// (past19.go): "in the past" with no span after it, a vague "decades ago";
// and a case put to the reader with "imagine" or "suppose" (status.go).
// The sentences are written for this test.
func TestWireFormsTwentyFirstPassNoTime(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"has praised ... in the past",
			"Brazil's president has praised China in the past.",
			"SUPPORT", []string{"BRA", "CHN"}, false},
		{"have in the past accused",
			"Indian officials have in the past accused Pakistan of harbouring militants.",
			"ACCUSE", []string{"IND", "PAK"}, false},
		{"decades ago, ... offered",
			"Decades ago, Moscow offered to give two islands back to Japan.",
			"AGREE", []string{"JPN", "RUS"}, false},
		{"imagine that",
			"Imagine that China blockades Taiwan.",
			"COERCE", []string{"CHN", "TWN"}, false},
		{"hard to imagine",
			"It is hard to imagine India and Pakistan holding talks soon.",
			"CONSULT", []string{"IND", "PAK"}, false},
		// Positive twins: a span after "in the past" is news.
		{"in the past week",
			"Indian officials accused Pakistan of harbouring militants in the past week.",
			"ACCUSE", []string{"IND", "PAK"}, true},
		{"offered on Monday",
			"Russia offered to return two islands to Japan on Monday.",
			"AGREE", []string{"JPN", "RUS"}, true},
	})
}
