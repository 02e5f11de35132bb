package coder

import "testing"

// Eighteenth pass (stop 36): a reaction names the act it answers by a
// noun whose own phrase names the doer; the act is coded too, done by the
// one the reaction is aimed at, to the one who reacts. A charge ("accused
// X of ..."), an act only proposed and an act named with a third country
// are left alone. The sentences are written for this test.
func TestWireFormsEighteenthPassReactedAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a possessive act noun in a protest is the other's act",
			"Ghana on Monday protested Togo's air strikes on its border villages.",
			"ASSAULT", []string{"GHA", "TGO"}, true},
		{"a possessive act noun past a modifier is the other's act",
			"Lithuania on Tuesday condemned Belarus's new sanctions on its fertiliser exports.",
			"SANCTION", []string{"BLR", "LTU"}, true},
		{"a decision to expel condemned is the decider's expulsion",
			"Peru on Friday condemned Chile's decision to expel two Peruvian diplomats.",
			"SANCTION", []string{"CHL", "PER"}, true},
		{"an attack noun with no cue of its own is read in a condemnation",
			"Estonia on Sunday condemned a Russian drone incursion into its airspace.",
			"ASSAULT", []string{"EST", "RUS"}, true},
		{"a charge is the reaction's own act, not a second one",
			"Kenya on Monday accused Uganda of shelling its border posts.",
			"ASSAULT", []string{"KEN", "UGA"}, false},
		{"an act only proposed is no act",
			"Chile on Monday rejected a proposal by Peru to send troops to the border.",
			"MOBILIZE", []string{"CHL", "PER"}, false},
		{"an act noun naming a third country is left alone",
			"Sweden on Monday condemned Russia's seizure of three Ukrainian ships.",
			"COERCE", []string{"RUS", "SWE"}, false},
	})
}
