package coder

import "testing"

// Twenty-sixth pass (stop 44), refusals read from wire sentences written
// by hand: a visit or a flight barred, talks or a decision blocked or
// vetoed, "cannot accept" (reject44.go, cues.tsv). The sentences are
// written for this test.
func TestWireFormsTwentySixthPassReject(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a flight barred is a visit refused",
			"The Netherlands barred Turkey's foreign minister from flying to Rotterdam on Saturday.",
			"REJECT", []string{"NLD", "TUR"}, true},
		{"a flight barred is no visit",
			"The Netherlands barred Turkey's foreign minister from flying to Rotterdam on Saturday.",
			"CONSULT", []string{"NLD", "TUR"}, false},
		{"a plane barred from landing, its passenger far from the verb",
			"Latvia barred a plane carrying Russia's foreign minister from landing in Riga.",
			"REJECT", []string{"LVA", "RUS"}, true},
		{"a ban on one's own airlines flying there is a sanction, not a refusal",
			"Russia has banned its airlines from flying to Georgia.",
			"REJECT", []string{"GEO", "RUS"}, false},
		{"talks blocked are refused",
			"Bulgaria has blocked the start of EU talks with North Macedonia.",
			"REJECT", []string{"BGR", "MKD"}, true},
		{"talks blocked are not held",
			"Bulgaria has blocked the start of EU talks with North Macedonia.",
			"CONSULT", []string{"BGR", "MKD"}, false},
		{"negotiations vetoed are refused",
			"Greece vetoed negotiations on Turkey's EU accession.",
			"REJECT", []string{"GRC", "TUR"}, true},
		{"talks held are no refusal",
			"Bulgaria held talks with North Macedonia on Tuesday.",
			"REJECT", []string{"BGR", "MKD"}, false},
		{"cannot accept refuses",
			"Israel cannot accept the Egyptian proposal.",
			"REJECT", []string{"EGY", "ISR"}, true},
		{"can't accept refuses",
			"Iran can't accept the American demands.",
			"REJECT", []string{"IRN", "USA"}, true},
		{"cannot accept is no agreement",
			"Israel cannot accept the Egyptian proposal.",
			"AGREE", []string{"EGY", "ISR"}, false},
		{"cannot support is no support",
			"Turkey cannot support the Swedish bid.",
			"SUPPORT", []string{"SWE", "TUR"}, false},
		{"an accepted proposal stays an agreement",
			"Israel accepted the Egyptian proposal.",
			"AGREE", []string{"EGY", "ISR"}, true},
		{"an offer told as a noun, refused in the passive",
			"Kenya's offer to mediate was turned down by Ethiopia.",
			"REJECT", []string{"ETH", "KEN"}, true},
		{"an offer after an adjective, refused in the passive",
			"A Kenyan offer to host talks was rejected by Ethiopia.",
			"REJECT", []string{"ETH", "KEN"}, true},
		{"an offer refused is no meeting",
			"Kenya's offer to mediate was turned down by Ethiopia.",
			"CONSULT", []string{"ETH", "KEN"}, false},
		{"an offer made as a verb keeps the mediation planned",
			"Kenya offers to mediate between Ethiopia and Eritrea.",
			"CONSULT", []string{"ERI", "ETH", "KEN"}, true},
	})
}

// A passive refusal of entry "to" a country: that country refuses
// (deniedEntryTo). The sentences are written for this test.
func TestDeniedEntryToRefuser(t *testing.T) {
	for _, tt := range []struct {
		body, source, target string
	}{
		{"A Russian delegation was denied entry to Moldova on Tuesday.", "MDA", "RUS"},
		{"Two Kenyan activists were refused entry into Tanzania.", "TZA", "KEN"},
		// The active keeps its subject as the refuser.
		{"Moldova denied entry to a Russian delegation on Tuesday.", "MDA", "RUS"},
	} {
		wantFromTo(t, tt.body, "REJECT", tt.source, tt.target)
	}
}
