package coder

import "testing"

// Nineteenth pass (stop 37), extras: an offer put as a willingness or a
// readiness, and a condition put as "as long as", leave the act only
// offered; a willingness with no condition stays an agreement. The
// sentences are written for this test.
func TestWireFormsNineteenthPassConditionalOffer(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a willingness on a condition is no agreement",
			"Peru's president expressed a willingness to work with Chile, provided such work respects Peru's sovereignty.",
			"AGREE", []string{"CHL", "PER"}, false},
		{"a readiness on a condition is no agreement",
			"Bolivia expressed its readiness to sign a deal with Chile, provided the border is reopened.",
			"AGREE", []string{"BOL", "CHL"}, false},
		{"ready, as long as, is only an offer",
			"Chile said it was ready to send its own plane to Bolivia to fly the migrants home, as long as they were not treated as criminals.",
			"AGREE", []string{"BOL", "CHL"}, false},
		{"willing to talk, as long as, is only an offer",
			"Chile is willing to hold talks with Peru as long as Lima drops its claim.",
			"CONSULT", []string{"CHL", "PER"}, false},
		{"a willingness with no condition stays",
			"Chile expressed a willingness to cooperate with Peru on fisheries.",
			"AGREE", []string{"CHL", "PER"}, true},
	})
}
