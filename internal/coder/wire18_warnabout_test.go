package coder

import "testing"

// Twentieth pass (stop 38), vocabulary: a warning "about" something names a
// concern, no threat of the warner's own act, and a "press release" is a
// statement, no release; a warning that the warner would act stays a
// threat. The sentences are written for this test.
func TestWireFormsTwentiethPassWarnAbout(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"warned about a plot is no threat",
			"Moscow on Monday warned Ankara about a plot by foreign agents against the Turkish government.",
			"THREATEN", []string{"RUS", "TUR"}, false},
		{"warned officials about attempts is no threat",
			"Iran's foreign ministry on Sunday warned Iraqi officials about attempts to harm relations between the two nations.",
			"THREATEN", []string{"IRN", "IRQ"}, false},
		{"a press release is no release",
			"The Kremlin on Friday posted a press release on the visit of the Afghan envoy to Russia.",
			"CONCEDE", []string{"AFG", "RUS"}, false},
		{"a warning that the warner would act stays a threat",
			"Russia on Monday warned Turkey that it would respond to any attack on its troops.",
			"THREATEN", []string{"RUS", "TUR"}, true},
		{"a ship released stays a release",
			"Iran on Tuesday released the British tanker seized in July.",
			"CONCEDE", []string{"GBR", "IRN"}, true},
	})
}
