package coder

import "testing"

// TestWire24VerblessVisit: a headline drops the verb of a visit and keeps
// the visitor, the place and the purpose ("Indian PM in Dhaka for border
// talks"): the place's country hosts the visit (verblessVisit,
// visitless44.go). The sentences are written for this test.
func TestWire24VerblessVisit(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"for talks", "Indian PM in Dhaka for border talks", neutralBody, "2025-11-14", "CONSULT", []string{"BGD", "IND"}, true},
		{"on visit", "Turkish president in Baghdad on first visit in a decade", neutralBody, "2025-11-14", "CONSULT", []string{"IRQ", "TUR"}, true},
		{"on trip, undated", "German chancellor in Kyiv on surprise trip", neutralBody, "", "CONSULT", []string{"DEU", "UKR"}, true},
		{"possessive office", "Qatar's emir in Washington for talks on Gaza", neutralBody, "2025-11-14", "CONSULT", []string{"QAT", "USA"}, true},
		// Must not: people who are where they live or serve are not visiting.
		{"tourists", "British tourists in Spain for summer holidays", neutralBody, "2025-11-14", "CONSULT", []string{"ESP", "GBR"}, false},
		{"troops", "Russian troops in Mali for talks on training", neutralBody, "2025-11-14", "CONSULT", []string{"MLI", "RUS"}, false},
	})
}

// TestWire24HeldObjectDemonym: a headline drops the article before the
// person a state holds ("China jails Canadian for spying" for "jailed a
// Canadian"): the bare demonym after a verb of holding is the person, and
// the act's other side (heldObjectDemonym, heldobject44.go).
func TestWire24HeldObjectDemonym(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"jails", "China jails Canadian for spying", neutralBody, "2025-11-14", "COERCE", []string{"CAN", "CHN"}, true},
		{"detains, undated", "Venezuela detains American over plot claim", neutralBody, "", "COERCE", []string{"USA", "VEN"}, true},
		{"sentences", "Iran sentences Briton to prison", neutralBody, "2025-11-14", "COERCE", []string{"GBR", "IRN"}, true},
		// Must not: the demonym before a noun is its adjective; the
		// country named after "of" is no held person's.
		{"adjective", "Belarus jails Polish-born activist of Lithuania", neutralBody, "2025-11-14", "COERCE", []string{"BLR", "POL"}, false},
	})
}

// TestWire24RecallFromCapital: an envoy recalled "from" a capital is
// recalled from the state it stands for, as "from Spain" was (cues.tsv).
func TestWire24RecallFromCapital(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"headline", "Algeria recalls ambassador from Madrid", neutralBody, "2025-11-14", "SANCTION", []string{"DZA", "ESP"}, true},
		{"lead, undated", "Envoy recalled", "Morocco on Tuesday recalled its envoy from Tehran over the remarks.", "", "SANCTION", []string{"IRN", "MAR"}, true},
		// Must not: the envoy sent from his own capital is no host.
		{"own capital", "Envoy recalled", "Chile recalled the ambassador it had sent from Santiago to Caracas.", "2025-11-14", "SANCTION", []string{"CHL", "VEN"}, false},
	})
}

// TestWire24InstitutionNextLine: a headline ending on a country's word
// and a body opening on a body of state ("Officials said") are two lines:
// the body of state is not that country's, and the headline keeps its
// held person (places.go, internal/actors).
func TestWire24InstitutionNextLine(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"officials", "Iran arrests Frenchman", "Officials gave no reason.", "2025-11-14", "COERCE", []string{"FRA", "IRN"}, true},
		{"government, undated", "China detains Briton", "Government officials gave no details.", "", "COERCE", []string{"CHN", "GBR"}, true},
		// Must not: the held man is French, not British.
		{"other country", "Iran arrests Frenchman", "Officials gave no reason.", "2025-11-14", "COERCE", []string{"GBR", "IRN"}, false},
	})
}
