package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-third pass (stop 41): status forms read from wire sentences
// written for the pass (status21.go). A meeting that "did not take place",
// "never materialised" or "fell through" is cancelled; "would" before a
// trailing ", officials said" is the reported future; an act its doer
// was "unable to" do is none; the names after the comma of a fronted
// place phrase ("In Geneva, ...") are the subject, not more places; a
// fronted "After meeting X," is the meeting of the subject after the
// comma. The sentences are written for this test.
func TestWireFormsTwentyThirdPassStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"planned talks that did not take place are cancelled",
			"The planned talks between Armenia and Azerbaijan did not take place.",
			"CONSULT", []string{"ARM", "AZE"}, event.Cancelled},
		{"talks that did not take place are cancelled",
			"The talks between Greece and Turkey did not take place.",
			"CONSULT", []string{"GRC", "TUR"}, event.Cancelled},
		{"a visit that never materialised is cancelled",
			"The Kenyan president's visit to Somalia never materialised.",
			"CONSULT", []string{"KEN", "SOM"}, event.Cancelled},
		{"a summit that failed to take place is cancelled",
			"The summit between Kenya and Somalia failed to take place.",
			"CONSULT", []string{"KEN", "SOM"}, event.Cancelled},
		{"a meeting that took place is held",
			"The meeting between the Kenyan and Somali presidents took place in Nairobi on Monday.",
			"CONSULT", []string{"KEN", "SOM"}, event.Occurred},
		{"would before a trailing attribution is planned",
			"Peru's foreign minister would visit Ecuador next month, officials said.",
			"CONSULT", []string{"ECU", "PER"}, event.Planned},
		{"would before a trailing attribution, a meeting",
			"The Thai prime minister would meet the Cambodian prime minister on Friday, the government said.",
			"CONSULT", []string{"KHM", "THA"}, event.Planned},
		{"after meeting X, the subject after the comma met X",
			"After meeting the Turkish president in Ankara on Monday, the Greek prime minister said ties were improving.",
			"CONSULT", []string{"GRC", "TUR"}, event.Occurred},
		{"after visiting, the visit of the subject after the comma",
			"After visiting Kenya on Monday, the Ugandan president said the border would reopen.",
			"CONSULT", []string{"KEN", "UGA"}, event.Occurred},
	})
	checkCodedCases(t, []codedCase{
		{"a call whose words say something will not happen was held", "The U.S. president assured the emir of Qatar in a phone call on Monday that such a thing will not happen again.", "CONSULT", []string{"QAT", "USA"}, true},
		{"talks that did not produce a deal are not cancelled", "The talks between Kenya and Somalia did not produce an agreement.", "CONSULT", []string{"KEN", "SOM"}, false},
		{"unable to send aid", "Egypt was unable to send aid to Gaza.", "AID", []string{"EGY", "PSE"}, false},
		{"unable to meet", "The Kenyan president was unable to meet the Somali president because of the weather.", "CONSULT", []string{"KEN", "SOM"}, false},
		{"able to send aid is aid", "Egypt sent aid to Gaza on Monday.", "AID", []string{"EGY", "PSE"}, true},
		{"a hypothetical with a trailing attribution stays none", "Israel would have struck Iran without U.S. pressure, officials said.", "ASSAULT", []string{"IRN", "ISR"}, false},
		{"in Geneva, A and B agreed", "In Geneva, Saudi Arabia and Iran agreed to restore ties.", "AGREE", []string{"IRN", "SAU"}, true},
		{"at a summit in Brussels, A and B signed", "At a summit in Brussels, France and Germany signed a defence pact.", "AGREE", []string{"DEU", "FRA"}, true},
		{"following talks in Riyadh, A and B agreed", "Following talks in Geneva, Saudi Arabia and Iran agreed to restore diplomatic ties.", "AGREE", []string{"IRN", "SAU"}, true},
		{"the fronted visit's host is no side of the words said", "After visiting Kenya on Monday, the Ugandan president said Uganda would expel a Sudanese envoy.", "SANCTION", []string{"KEN", "UGA"}, false},
		{"a list of places goes on", "China has opened military bases in Djibouti, Cambodia and Pakistan.", "MOBILIZE", []string{"CHN", "KHM"}, false},
		{"a fronted place's own country is its address", "In Cairo, Egypt, the Sudanese and Chadian leaders met on Monday.", "CONSULT", []string{"EGY", "SDN", "TCD"}, false},
	})
}
