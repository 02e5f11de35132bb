package coder

import (
	"testing"

	"storyline/internal/event"
)

// TestWireFormsTwentyThirdPassFM: headlines shorten a foreign minister to
// "FM" (titles.tsv). Sentences written for this test.
func TestWireFormsTwentyThirdPassFM(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"FM arrives", "Saudi FM arrives in Tehran",
			"CONSULT", []string{"IRN", "SAU"}, true},
		{"FM meets counterpart", "Iranian FM meets Omani counterpart in Muscat",
			"CONSULT", []string{"IRN", "OMN"}, true},
		{"FM radio is no minister", "Pakistan's army chief spoke to Afghan FM radio on Monday.",
			"CONSULT", []string{"AFG", "PAK"}, false},
	})
}

// TestWireFormsTwentyThirdPassEnvoySent: a government that sends an envoy,
// a minister or a delegation to a country visits it through them; an
// intelligence chief sent is no intelligence given (cues.tsv), and "to"
// before a verb names no place (sentOnErrand, meet21.go). Sentences written
// for this test.
func TestWireFormsTwentyThirdPassEnvoySent(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"intelligence chief sent", "Egypt sent its intelligence chief to Israel on Monday for talks on a truce.",
			"CONSULT", []string{"EGY", "ISR"}, true},
		{"intelligence chief sent is no aid", "Turkey sent its intelligence chief to Damascus on Monday.",
			"AID", []string{"SYR", "TUR"}, false},
		{"minister dispatched", "Japan dispatched its foreign minister to Seoul on Thursday.",
			"CONSULT", []string{"JPN", "KOR"}, true},
		{"delegation sent", "France sent a high-level delegation to Algiers on Tuesday.",
			"CONSULT", []string{"DZA", "FRA"}, true},
		{"adviser to be sent", "The United States will send its national security adviser to New Delhi next week.",
			"CONSULT", []string{"IND", "USA"}, true},
		{"intelligence sent stays aid", "The United States sent intelligence to Ukraine on Monday.",
			"AID", []string{"UKR", "USA"}, true},
		{"troops sent are no visit", "Russia sent troops to Mali on Monday.",
			"CONSULT", []string{"MLI", "RUS"}, false},
		{"an errand told after the place is the act", "Italy sent an envoy to Libya on Friday to demand the release of its fishermen.",
			"CONSULT", []string{"ITA", "LBY"}, false},
	})
}

// TestWireFormsTwentyThirdPassSentToMeet: an envoy sent "to meet" someone
// names no place visited (sentOnErrand, meet21.go): the meeting is still to
// come. Sentences written for this test.
func TestWireFormsTwentyThirdPassSentToMeet(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"sending an envoy to meet", "Nigeria is sending a special envoy to meet the South African president to discuss the attacks.",
			"CONSULT", []string{"NGA", "ZAF"}, event.Planned},
		{"sent an envoy to a capital", "Nigeria sent a special envoy to Pretoria on Monday.",
			"CONSULT", []string{"NGA", "ZAF"}, event.Occurred},
	})
}

// TestWireFormsTwentyThirdPassInPlaceFor: a traveller "is in PLACE for" a
// visit or talks is on a visit there, as one "in PLACE on a visit" is
// (onTrip, ongoing.go; forMeetingNouns, placedFor, meet21.go); the "be"
// gives the status. Sentences written for this test.
func TestWireFormsTwentyThirdPassInPlaceFor(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"is in a country for a state visit", "The Moroccan king is in France for a state visit.",
			"CONSULT", []string{"FRA", "MAR"}, event.Occurred},
		{"was in a capital on a day for talks", "The Ethiopian prime minister was in Asmara on Monday for talks.",
			"CONSULT", []string{"ERI", "ETH"}, event.Occurred},
		{"were in a capital for talks", "Qatari officials were in Cairo for talks on Tuesday.",
			"CONSULT", []string{"EGY", "QAT"}, event.Occurred},
		{"will be in a country for talks", "The Turkish foreign minister will be in Iraq for talks next week.",
			"CONSULT", []string{"IRQ", "TUR"}, event.Planned},
	})
	checkCodedCases(t, []codedCase{
		{"open for talks names no place", "Iraq is open for talks, the Turkish foreign minister said.",
			"CONSULT", []string{"IRQ", "TUR"}, false},
		{"in line for talks names no place", "The Turkish foreign minister said Iraq was still in line for talks.",
			"CONSULT", []string{"IRQ", "TUR"}, false},
		{"in a country for a funeral", "The Moroccan king is in France for a funeral.",
			"CONSULT", []string{"FRA", "MAR"}, false},
	})
}
