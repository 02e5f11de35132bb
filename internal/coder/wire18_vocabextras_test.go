package coder

import "testing"

// Nineteenth pass (stop 37), extras, vocabulary: accepting an invitation
// is no agreement (the visit it names is coded by its own cue), and
// "forced to" in the passive is no coercion (news writes it of pressure
// and history, without the state that forces); the act in the infinitive
// after it is read as any act, and the active verb with its doer stays.
// The sentences are written for this test.
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
		{"a passive forced to flee is no coercion",
			"Peru says the former minister, now living in Chile after being forced to flee the country in 2020, must be returned.",
			"COERCE", []string{"CHL", "PER"}, false},
		{"a passive forced to join is no coercion",
			"Chile was forced to join the talks from a weak position because of pressure from Argentina, an analyst said.",
			"COERCE", []string{"ARG", "CHL"}, false},
		{"the act after a passive forced to is read",
			"Chile had been forced to suspend flights to Bolivia after the riots, the minister said.",
			"SANCTION", []string{"BOL", "CHL"}, true},
		{"the active verb with its doer stays coercion",
			"China forces Canadian firms to close their offices in Beijing, the ministry said on Tuesday.",
			"COERCE", []string{"CAN", "CHN"}, true},
	})
}
