package coder

import "testing"

// Twenty-second pass (stop 40), denials: a denial of "the accusations"
// that names only the denier answers the country whose charge the page
// leads with, whether the denial is a verb ("rejected", "refuted") or a
// judgement of the charge ("said the accusations were false"). The
// sentences are written for this test (the first four after stop 35's
// wire17_denialside_test.go, left on branch s35-denial).
func TestWireFormsTwentySecondPassDenialAnswersLead(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a denial of the accusations answers the lead accuser",
			"Sweden on Monday accused Iran of plotting attacks on dissidents in Stockholm.\n\n" +
				"Tehran rejected the accusations on Tuesday.",
			"REJECT", []string{"IRN", "SWE"}, true},
		{"a denial of the claim answers the lead accuser",
			"Finland blamed Russia on Friday for jamming GPS signals over its eastern border.\n\n" +
				"Moscow has denied the claim.",
			"REJECT", []string{"FIN", "RUS"}, true},
		{"a charge refuted answers the lead accuser",
			"Rwanda on Tuesday accused Uganda of backing rebels on its northern border.\n\n" +
				"Uganda refuted the allegations on Wednesday.",
			"REJECT", []string{"RWA", "UGA"}, true},
		{"a charge judged false answers the lead accuser",
			"Rwanda on Tuesday accused Uganda of backing rebels on its northern border.\n\n" +
				"Uganda's foreign minister said the accusations were false.",
			"REJECT", []string{"RWA", "UGA"}, true},
		{"a charge told only further down is background, not the one denied",
			"Ministers met in Brussels on Monday to discuss energy prices.\n\n" +
				"Sweden last year accused Iran of plotting attacks on dissidents.\n\n" +
				"Tehran rejected the accusations on Tuesday.",
			"REJECT", []string{"IRN", "SWE"}, false},
		{"a denial of accusations in general answers no one",
			"Sweden on Monday accused Iran of plotting attacks on dissidents in Stockholm.\n\n" +
				"Tehran has always rejected accusations of that kind.",
			"REJECT", []string{"IRN", "SWE"}, false},
		{"a lead charge by several accusers does not say whom the denial answers",
			"Sweden and Denmark on Monday accused Iran of plotting attacks on dissidents.\n\n" +
				"Tehran rejected the accusations on Tuesday.",
			"REJECT", []string{"IRN", "SWE"}, false},
	})
}
