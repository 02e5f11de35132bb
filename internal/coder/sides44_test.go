package coder

import "testing"

// Twenty-sixth pass (stop 44): a refusal that names only the side
// refusing answers the request, demand, invitation or warning told just
// before it, whose asker is the side refused (sides44.go). The sentences
// are written for this test.
func TestWireFormsTwentySixthPassAnswerSide(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"the request refused is the asker's",
			"Turkey asked Sweden to hand over 30 suspects. Sweden refused the request on Wednesday.",
			"REJECT", []string{"SWE", "TUR"}, true},
		{"a request turned down by a government named by its adjective",
			"Turkey has asked Sweden to hand over 30 suspects, officials said. The Swedish government turned down the request.",
			"REJECT", []string{"SWE", "TUR"}, true},
		{"a demand refused by a capital",
			"Algeria demanded an apology from France. Paris refused the demand.",
			"REJECT", []string{"DZA", "FRA"}, true},
		{"an invitation declined",
			"China invited Vietnam to join the talks. Hanoi declined the invitation.",
			"REJECT", []string{"CHN", "VNM"}, true},
		{"a refusal with no object answers the request",
			"The United States asked Israel to delay the operation. Israel refused.",
			"REJECT", []string{"ISR", "USA"}, true},
		{"a warning rejected",
			"Israel warned Lebanon on Monday. Beirut rejected the warning.",
			"REJECT", []string{"ISR", "LBN"}, true},
		{"an offer declined is the offerer's",
			"The Spanish government offered to send firefighters to Portugal. Lisbon declined the offer.",
			"REJECT", []string{"ESP", "PRT"}, true},
		{"compensation offered and rejected",
			"Australia offered France compensation for the cancelled submarine deal. France rejected the offer on Friday.",
			"REJECT", []string{"AUS", "FRA"}, true},
		{"a third country between the request and the answer leaves the side open",
			"Egypt asked Israel to open the crossing. Qatar also urged Israel to open it. Israel rejected the request.",
			"REJECT", []string{"EGY", "ISR"}, false},
		{"two askers of the one refusing side leave the side open",
			"Egypt asked Israel to open the crossing. Qatar also urged Israel to open it. Israel rejected the request.",
			"REJECT", []string{"ISR", "QAT"}, false},
		{"a thing of its own refused is no answer",
			"Turkey asked Sweden to hand over 30 suspects. Sweden rejected the plan on Wednesday.",
			"REJECT", []string{"SWE", "TUR"}, false},
		{"an offer of a country to no one is no act on the refusing side",
			"India and Pakistan exchanged fire. France offered to mediate. Pakistan rejected the offer.",
			"REJECT", []string{"FRA", "PAK"}, false},
	})
}

// answeredTypes reads the object of the refusal.
func TestAnsweredTypes(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string
	}{
		{"Sweden refused the request on Wednesday.", "REQUEST"},
		{"Israel declined on Tuesday.", "REQUEST"},
		{"Beirut rejected the warning.", "THREATEN"},
		{"Israel declined to comment.", ""},
		{"Mexico rejected the plan.", ""},
	} {
		got := ""
		if ts := answeredTypes(tt.text); len(ts) > 0 {
			got = ts[0]
		}
		if got != tt.want {
			t.Errorf("answeredTypes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
