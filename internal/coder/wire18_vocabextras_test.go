package coder

import "testing"

// Nineteenth pass (stop 37), extras, vocabulary: accepting an invitation
// is no agreement (the visit it names is coded by its own cue), and
// "forced to" is no coercion (news writes it of pressure, talks and
// history); the act in the infinitive after "forced to" is read as any
// act. The sentences are written for this test.
func TestWireFormsNineteenthPassVocabExtras(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an invitation accepted is no agreement",
			"Chile's president has accepted an invitation from Peru's president, officials said on Monday.",
			"AGREE", []string{"CHL", "PER"}, false},
		{"an invitation accepted, no agreement beside the visit",
			"The Kenyan leader said he had accepted an invitation from Uganda's president to visit Kampala next month.",
			"AGREE", []string{"KEN", "UGA"}, false},
		{"a proposal accepted stays an agreement",
			"Chile accepted Peru's proposal on the maritime border on Monday.",
			"AGREE", []string{"CHL", "PER"}, true},
		{"negotiations that forced a government to choose are no coercion",
			"Negotiations with Washington forced Bern to balance its openness against the protection of its farmers, Swiss officials said.",
			"COERCE", []string{"CHE", "USA"}, false},
		{"disputes that forced a government to choose are no coercion",
			"Years of disputes with Japan forced Seoul to balance its history against its trade, Korean officials said.",
			"COERCE", []string{"JPN", "KOR"}, false},
		{"a consulate closure forced stays a sanction",
			"China forced the United States to close its consulate in Chengdu on Monday.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"the expulsion after forced to is read as an expulsion",
			"Greece said it had been forced to expel two Turkish diplomats on Friday.",
			"SANCTION", []string{"GRC", "TUR"}, true},
	})
}
