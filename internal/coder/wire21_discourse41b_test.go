package coder

import "testing"

// Stop 41, second round (discourse21b.go): one event told over several
// sentences. The articles are written for these tests in wire style
// (dateline, lead, a follow-up that points back); none comes from a
// corpus page.

// "The neighbours", "the two rivals", "the two partners": the lead's pair.
func TestWire21bPairRelationNouns(t *testing.T) {
	lead := "KABUL, Oct 12 (AFP) - Afghanistan and Pakistan agreed to hold talks on Sunday. "
	checkCodedCases(t, []codedCase{
		{"the neighbours", lead + "The neighbours accused India of meddling in the region.",
			"ACCUSE", []string{"AFG", "IND", "PAK"}, true},
		{"the two rivals", lead + "The two rivals accused India of meddling in the region.",
			"ACCUSE", []string{"AFG", "IND", "PAK"}, true},
		{"both partners", "HANOI, Sept 10 (Reuters) - Vietnam and Indonesia signed a maritime accord on Wednesday. Both partners urged China to respect the ruling.",
			"REQUEST", []string{"CHN", "IDN", "VNM"}, true},
		// Must not: a bare "the rivals" may be anyone's rivals.
		{"the rivals bare", lead + "The rivals accused India of meddling in the region.",
			"ACCUSE", []string{"AFG", "IND", "PAK"}, false},
	})
}

// A bare title names the person last named with that very office, before
// another holder of the same ministry named since.
func TestWire21bOfficeAsWritten(t *testing.T) {
	lead := "LONDON, Jan 9 (Reuters) - British Foreign Secretary David Lammy met Chinese Foreign Minister Wang Yi in Beijing on Friday. "
	checkCodedCases(t, []codedCase{
		{"the foreign secretary urged Iran", lead + "The foreign secretary urged Iran to stop supplying Russia with drones.",
			"REQUEST", []string{"GBR", "IRN"}, true},
		{"the foreign secretary urged China", lead + "The foreign secretary urged China to stop supplying Russia.",
			"REQUEST", []string{"CHN", "GBR"}, true},
		// Must not: the foreign secretary is not the Chinese minister.
		{"not the last foreign minister", lead + "The foreign secretary urged Iran to stop supplying Russia with drones.",
			"REQUEST", []string{"CHN", "IRN"}, false},
		// The last foreign minister named, when the bare title is his office.
		{"the foreign minister", lead + "The foreign minister urged Britain to stop arming Taiwan.",
			"REQUEST", []string{"CHN", "GBR"}, true},
	})
}

// A threat aimed at "the decision" or "the move" answers the act told
// before and is aimed at whoever took it; a passive judgment of it
// ("The decision was condemned by …") is a charge against its taker.
func TestWire21bAnsweredDecision(t *testing.T) {
	tariffs := "OTTAWA, March 4 (Reuters) - The United States imposed 25% tariffs on Canadian goods on Tuesday. "
	deport := "KABUL, Sept 1 (AP) - Pakistan deported thousands of Afghans on Monday. "
	checkCodedCases(t, []codedCase{
		{"would retaliate against the decision", tariffs + "Canada said it would retaliate against the decision.",
			"THREATEN", []string{"CAN", "USA"}, true},
		{"vowed to retaliate against the move", "BEIJING, Dec 3 (Reuters) - The United States banned exports of advanced chips to China on Tuesday. Beijing vowed to retaliate against the move.",
			"THREATEN", []string{"CHN", "USA"}, true},
		{"the decision was condemned by", deport + "The decision was condemned by Afghanistan.",
			"ACCUSE", []string{"AFG", "PAK"}, true},
		{"the move was denounced by", "VILNIUS, Jan 12 (Reuters) - Lithuania closed its border crossings with Belarus on Sunday. The move was denounced by Minsk.",
			"ACCUSE", []string{"BLR", "LTU"}, true},
		// Must not: a threat naming no decision, after a measure.
		{"retaliate with no decision", tariffs + "Canada said it would retaliate.",
			"THREATEN", []string{"CAN", "USA"}, false},
		// Must not: praise is no charge.
		{"welcomed by", deport + "The decision was welcomed by Afghanistan.",
			"ACCUSE", []string{"AFG", "PAK"}, false},
	})
}
