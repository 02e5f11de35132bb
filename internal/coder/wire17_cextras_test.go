package coder

import "testing"

// Seventeenth pass (stop 35, CONSULT extras): the meetings and visits news
// tells that are none between two states. A private traveller or a load
// arriving (arrivals.go), a meeting of one government's own body, and the
// years of talks behind a deal (cues.tsv) give no CONSULT; a visit by an
// official, a meeting of two leaders and a round of talks held still do.
// The sentences are written for this test.
func TestWireFormsSeventeenthPassConsultExtras(t *testing.T) {
	checkCodedCases(t, []codedCase{
		// Travellers that are no officials.
		{"a national with a participle modifier", "Police said a Chinese national holding a forged passport arrived in Berlin on Monday.",
			"CONSULT", []string{"CHN", "DEU"}, false},
		{"a craft named by its maker and model", "A Turkish Airbus A321 landed in Athens on Tuesday with 150 people aboard.",
			"CONSULT", []string{"GRC", "TUR"}, false},
		{"a load of aid", "Japan's second batch of medical aid arrives in Manila.",
			"CONSULT", []string{"JPN", "PHL"}, false},
		{"freed prisoners", "Two hours later the Iranian prisoners headed to Oman.",
			"CONSULT", []string{"IRN", "OMN"}, false},
		{"an official still visits", "Japan's foreign minister arrived in Manila on Friday for talks with President Ferdinand Marcos.",
			"CONSULT", []string{"JPN", "PHL"}, true},
		// A government's own body meeting.
		{"a party group meeting", "Greek Prime Minister Kyriakos Mitsotakis said on Monday that he will make a statement about the detained Turkish reporter during his party's parliamentary group meeting on Wednesday.",
			"CONSULT", []string{"GRC", "TUR"}, false},
		{"a meeting of a military commission", "Kim Jong Un spoke of South Korea at an enlarged meeting of the central military commission on Friday.",
			"CONSULT", []string{"KOR", "PRK"}, false},
		{"a meeting of two leaders still", "Japanese Prime Minister Fumio Kishida held a meeting with South Korean President Yoon Suk Yeol in Seoul on Sunday.",
			"CONSULT", []string{"JPN", "KOR"}, true},
		// Years of talks behind a deal.
		{"years of negotiations before a deal", "Chile and Vietnam signed a trade pact in March after four years of negotiations.",
			"CONSULT", []string{"CHL", "VNM"}, false},
		{"a round of talks held", "Chile and Vietnam held a new round of negotiations in Hanoi on Monday.",
			"CONSULT", []string{"CHL", "VNM"}, true},
	})
}

// The tense of a noun cue is not read from the hope a relative clause
// tells after it (consult17.go): "an agreement that officials hope will
// double trade" was signed. A relative clause with no hope of its own is
// left as it was ("which will take effect next year" after a signing
// witnessed).
func TestWireFormsSeventeenthPassHopedEffect(t *testing.T) {
	evs := Code(art("Japanese Prime Minister Shigeru Ishiba and his Australian counterpart Anthony Albanese on Monday witnessed the signing of a free trade agreement that officials hope will double trade within five years.", "2025-07-25"), Options{})
	found := false
	for _, e := range evs {
		if e.Type == "AGREE" {
			found = true
			if e.Status != "occurred" {
				t.Errorf("AGREE status %s, want occurred: %s", e.Status, summary(evs))
			}
		}
	}
	if !found {
		t.Errorf("no AGREE: %s", summary(evs))
	}
	evs = Code(art("Japanese Prime Minister Shigeru Ishiba and his Australian counterpart Anthony Albanese witnessed the signing of a free trade agreement, which will take effect next year.", "2025-07-25"), Options{})
	for _, e := range evs {
		if e.Type == "AGREE" && e.Status != "occurred" {
			t.Errorf("AGREE status %s, want occurred: %s", e.Status, summary(evs))
		}
	}
}
