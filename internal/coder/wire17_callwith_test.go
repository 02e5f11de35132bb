package coder

import "testing"

// Seventeenth pass (stop 35), a call or conversation named by what it was
// with: "his first call with the new prime minister was productive",
// "following her conversation with the Chinese president". English news
// names a leaders' phone call this way once it has been told, so the noun
// with "with" is a consultation. A call with reporters names no second
// government and stays none. The sentences are written for this test.
func TestWireFormsSeventeenthPassCallWith(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a first call with a leader is a consultation",
			"The Australian prime minister said on Tuesday that his first call with Indonesian President Prabowo Subianto was warm.",
			"CONSULT", []string{"AUS", "IDN"}, true},
		{"a conversation with a leader is a consultation",
			"The German chancellor described her conversation with French President Emmanuel Macron on Monday as friendly.",
			"CONSULT", []string{"DEU", "FRA"}, true},
		{"a conference call with reporters is no consultation",
			"On a conference call with reporters on Friday, the Brazilian minister praised Argentina's economic reforms.",
			"CONSULT", []string{"ARG", "BRA"}, false},
	})
}
