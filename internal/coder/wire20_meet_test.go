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

// TestWireFormsTwentySecondPassForConsultations: an envoy recalled "for
// consultations" consults his own government; the recall stands, no
// meeting is told (cues.tsv). Sentences written for this test.
func TestWireFormsTwentySecondPassForConsultations(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"fronted phrase, no meeting", "Following the protests, Bahrain recalled its ambassador to Iraq for consultations.",
			"CONSULT", []string{"BHR", "IRQ"}, false},
		{"fronted after, no meeting", "After the row over the submarines, France recalled its ambassador to Australia for consultations.",
			"CONSULT", []string{"AUS", "FRA"}, false},
		{"the recall stands", "Following the protests, Bahrain recalled its ambassador to Iraq for consultations.",
			"SANCTION", []string{"BHR", "IRQ"}, true},
		{"a visit for consultations", "The Iranian foreign minister arrived in Moscow on Monday for consultations with Russian officials.",
			"CONSULT", []string{"IRN", "RUS"}, true},
	})
}

// TestWireFormsTwentySecondPassToursSold: tours sold or suspended and
// visits suspended are no visit made (cues.tsv). Sentences written for
// this test.
func TestWireFormsTwentySecondPassToursSold(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"suspend tours", "The Kremlin said it was also recommending travel agencies suspend tours to Georgia from Russia.",
			"CONSULT", []string{"GEO", "RUS"}, false},
		{"visits suspended", "Pakistan later suspended official visits between Pakistan and the United States.",
			"CONSULT", []string{"PAK", "USA"}, false},
		{"a leader tours", "Indian Prime Minister Narendra Modi toured Japan on Monday.",
			"CONSULT", []string{"IND", "JPN"}, true},
	})
}
