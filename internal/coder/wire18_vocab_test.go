package coder

import "testing"

// Eighteenth pass (stop 36), vocabulary. Iran's Ports and Maritime
// Organization, the port authority that holds and frees ships, is Iran
// when it acts; the acronym PMO is no Iranian body (in Indian news it is
// the Prime Minister's Office). The US Department of Homeland Security is
// a body of the US government, as the State and Defense Departments are
// (actors/data/institutions.tsv). The sentences are written for this test.
func TestWireFormsEighteenthPassVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the port authority frees a ship",
			"The Iranian Ports and Maritime Organization released the British-flagged tanker on Monday.",
			"CONCEDE", []string{"GBR", "IRN"}, true},
		{"the port authority, spelt the British way, holds a ship",
			"The Ports and Maritime Organisation seized a Greek-flagged tanker in the Gulf on Monday.",
			"COERCE", []string{"GRC", "IRN"}, true},
		{"the acronym is no Iranian body",
			"The PMO released a statement on Monday welcoming the Greek-flagged tanker.",
			"CONCEDE", []string{"GRC", "IRN"}, false},
		{"the department's secretary signs for the United States",
			"The Secretary of the Department of Homeland Security and the Honduran security minister signed a border agreement on Friday.",
			"AGREE", []string{"HND", "USA"}, true},
		{"the department named by its short form is the United States",
			"The Homeland Security Department signed a deportation agreement with Honduras on Tuesday.",
			"AGREE", []string{"HND", "USA"}, true},
		{"another country's department of that name is that country's",
			"Ukraine's homeland security department signed a cooperation agreement with Poland on Friday.",
			"AGREE", []string{"POL", "USA"}, false},
	})
}
