package coder

import "testing"

// Twenty-second pass (stop 40), charges read from news sentences written
// by hand: a protest made "strongly" or "formally" to a government is the
// diplomatic protest "protested to" is, and concerns raised with a
// government are a complaint put to it (cues.tsv). The sentences are
// written for this test.
func TestWireFormsTwentySecondPassAccuse(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a protest made strongly to a government is a charge",
			"Japan protested strongly to South Korea over the court ruling on Monday.",
			"ACCUSE", []string{"JPN", "KOR"}, true},
		{"a protest made formally to a government is a charge",
			"Hungary protested formally to Ukraine over the language law on Friday.",
			"ACCUSE", []string{"HUN", "UKR"}, true},
		{"concerns raised with a government are a charge",
			"Britain raised concerns with China over the treatment of detained activists on Tuesday.",
			"ACCUSE", []string{"CHN", "GBR"}, true},
		{"a concern raised with a capital is a charge against its country",
			"Australia raised serious concerns with Beijing about the detention of its citizen.",
			"ACCUSE", []string{"AUS", "CHN"}, true},
		{"crowds protesting strongly outside an embassy are no diplomatic protest",
			"Hundreds of Serbians protested strongly outside the Croatian embassy in Belgrade on Sunday.",
			"ACCUSE", []string{"HRV", "SRB"}, false},
		{"concerns raised about tariffs name no government charged",
			"Canadian farmers raised concerns about the new tariffs with their own lawmakers on Monday.",
			"ACCUSE", []string{"CAN", "USA"}, false},
	})
}

// Twenty-second pass (stop 40): a condemnation that names the act by its
// doer's adjective ("condemned the US killing", "denounced the American
// embargo") is aimed at that doer (condemned20.go). The sentences are
// written for this test.
func TestWireFormsTwentySecondPassCondemnedDoer(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the doer's adjective before a killing condemned is the one charged",
			"Iraq condemned the Turkish killing of two border guards on Wednesday.",
			"ACCUSE", []string{"IRQ", "TUR"}, true},
		{"the doer's adjective before an embargo denounced is the one charged",
			"Venezuela denounced the American embargo on its oil exports on Monday.",
			"ACCUSE", []string{"USA", "VEN"}, true},
		{"the doer's adjective before a crackdown criticised is the one charged",
			"Turkey criticised the Greek crackdown on migrants at the border on Friday.",
			"ACCUSE", []string{"GRC", "TUR"}, true},
		{"an invasion told as the time of aid names no party",
			"Germany sent aid to Ukraine after the Russian invasion.",
			"AID", []string{"DEU", "RUS", "UKR"}, false},
	})
}
