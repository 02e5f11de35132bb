package coder

import "testing"

// Eighteenth pass (stop 36, wrong type): the speaker's words after an act
// reach back to a dash, and a speech verb in the infinitive is the act's
// purpose; the one the act is done with stays a side. The sentences are
// written for this test.
func TestWireFormsEighteenthPassSpeechAfterAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a call whose purpose is to say something keeps its partner",
			"The Greek foreign minister on Monday phoned his Turkish counterpart to say Athens wanted calm in the Aegean.",
			"CONSULT", []string{"GRC", "TUR"}, true},
		{"a speaker set apart by hyphens leaves the partner of the call a side",
			"Spanish Prime Minister Pedro Sanchez spoke to France's president Emmanuel Macron - his office said - about the border on Monday.",
			"CONSULT", []string{"ESP", "FRA"}, true},
		{"the speaker after a comma stays no side of the talks",
			"Japan and South Korea held talks in Seoul on Monday, China's state media said.",
			"CONSULT", []string{"CHN", "JPN", "KOR"}, false},
		{"the speaker between dashes stays no side of the talks",
			"Japan and South Korea held talks in Seoul on Monday - China's state media said - on fishing rights.",
			"CONSULT", []string{"CHN", "JPN", "KOR"}, false},
	})
}
