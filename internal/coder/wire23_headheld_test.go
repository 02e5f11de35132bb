package coder

import "testing"

// TestWire23HeldDemonym: a headline drops the article and the "was"
// alike ("Briton detained in Iran" for "A Briton was detained in Iran"),
// so the one-word demonym that opens it before a held participle is the
// person held (heldDemonym, heldnoun43.go), as "an American" and
// "Britons" already were. The sentences are written for this test.
func TestWire23HeldDemonym(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"detained in", "Briton detained in Iran", neutralBody, "2025-11-14", "COERCE", []string{"GBR", "IRN"}, true},
		{"jailed in, undated", "American jailed in Russia for spying", neutralBody, "", "COERCE", []string{"RUS", "USA"}, true},
		{"sentenced in", "Australian sentenced to death in China", neutralBody, "2025-11-14", "COERCE", []string{"AUS", "CHN"}, true},
		{"freed by", "Canadian freed by China", neutralBody, "2025-11-14", "CONCEDE", []string{"CAN", "CHN"}, true},
		// Must not: a reduced relative before the headline's own verb
		// tells no detention done (headlineHeld, coerce23.go).
		{"reduced relative", "Canadian detained in China may be freed", neutralBody, "2025-11-14", "COERCE", []string{"CAN", "CHN"}, false},
	})
}

// TestWire23DemonymNouns: "Frenchman", "Dutchman", "Irishwoman" are people
// of their country as "Briton" is (countries.tsv, a vocabulary fact).
func TestWire23DemonymNouns(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"headline held", "Frenchman detained in Iran", neutralBody, "2025-11-14", "COERCE", []string{"FRA", "IRN"}, true},
		{"freed", "Iran frees Frenchman", neutralBody, "2025-11-14", "CONCEDE", []string{"FRA", "IRN"}, true},
		{"lead", "Prisoner release", "Iran on Monday released an Irishwoman held since June.", "2025-11-14", "CONCEDE", []string{"IRL", "IRN"}, true},
		// Must not: the freed man's country is not the United Kingdom.
		{"other country", "Iran frees Frenchman", neutralBody, "2025-11-14", "CONCEDE", []string{"GBR", "IRN"}, false},
	})
}

// TestWire23CallsPremier: a call to a premier or chancellor is a phone call
// as a call to a president is (cues.tsv).
func TestWire23CallsPremier(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"calls premier", "German chancellor calls Chinese premier", neutralBody, "2025-11-14", "CONSULT", []string{"CHN", "DEU"}, true},
		{"calls chancellor, undated", "French president calls German chancellor", neutralBody, "", "CONSULT", []string{"DEU", "FRA"}, true},
		// Must not: calling a premier names is a charge, not a call.
		{"calls a liar", "US president calls Chinese premier a liar", neutralBody, "2025-11-14", "CONSULT", []string{"CHN", "USA"}, false},
	})
}

// TestWire23EndsPact: a headline ends an accord named by its kind, the
// article dropped: the party leaves it (cues.tsv).
func TestWire23EndsPact(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"ends defence pact", "Chad ends defence pact with France", neutralBody, "2025-11-14", "RETREAT", []string{"FRA", "TCD"}, true},
		{"ended military agreement", "Sahel and France", "Senegal ended its military agreement with France on Thursday.", "2025-11-14", "RETREAT", []string{"FRA", "SEN"}, true},
		{"ends security deal, undated", "Bolivia ends security cooperation deal with Peru", neutralBody, "", "RETREAT", []string{"BOL", "PER"}, true},
		// Must not: talks ended are no accord left.
		{"talks ended", "Mali ended talks on a defence deal with Russia", neutralBody, "2025-11-14", "RETREAT", []string{"MLI", "RUS"}, false},
	})
}
