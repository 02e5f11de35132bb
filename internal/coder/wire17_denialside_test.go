package coder

import "testing"

// Seventeenth pass (stop 35), denials: a denial of "the accusations" that
// names only the denier answers the country whose charge the page leads
// with. The sentences are written for this test.
func TestWireFormsSeventeenthPassDenialAnswersLead(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a denial of the accusations answers the lead accuser",
			"Sweden on Monday accused Iran of plotting attacks on dissidents in Stockholm.\n\n" +
				"Tehran rejected the accusations on Tuesday.",
			"REJECT", []string{"IRN", "SWE"}, true},
		{"a denial of the claim answers the lead accuser",
			"Finland blamed Russia on Friday for jamming GPS signals over its eastern border.\n\n" +
				"Moscow has denied the claim.",
			"REJECT", []string{"FIN", "RUS"}, true},
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
