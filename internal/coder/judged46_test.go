package coder

import "testing"

// Stop 46 (readlm): a verdict charges the doer named by the adjective
// before the act judged (judged46.go; the verdict words are the ACCUSE
// line "call+|brand+|label+|describe+ ~8 ..." of cues.tsv). Sentences
// written for these tests.
func TestWireFormsStop46JudgedVerdicts(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a spokesman calls the neighbour's threat a provocation",
			"Seoul's top spokesman called the North Korean threat a dangerous provocation.",
			"ACCUSE", []string{"KOR", "PRK"}, true},
		{"a statement described as unacceptable",
			"A Chilean government spokesman described the Bolivian statement as unacceptable.",
			"ACCUSE", []string{"BOL", "CHL"}, true},
		{"a decision called illegal",
			"The Brazilian minister called the Argentine decision illegal on Friday.",
			"ACCUSE", []string{"ARG", "BRA"}, true},
		// must not: whose people an act fell on are not the ones charged
		{"the expelled diplomats' country is not charged",
			"Moldova's president described the expulsion of Russian diplomats as unacceptable.",
			"ACCUSE", []string{"MDA", "RUS"}, false},
		{"the arrested citizens' country is not charged",
			"The Lebanese president called the arrest of two Syrian citizens illegal.",
			"ACCUSE", []string{"LBN", "SYR"}, false},
		{"a pair before relations is no one charged",
			"Kenya's president described the expulsion of the envoys as unacceptable and a blow to Kenya-Uganda relations.",
			"ACCUSE", []string{"KEN", "UGA"}, false},
		{"the state spied on is not charged",
			"Charged with spying on Cambodia, Irish filmmaker wants out of prison",
			"ACCUSE", []string{"IRL", "KHM"}, false},
		// must not: an adjective before no act judged is no party
		{"praise of a people",
			"Officials called the Japanese people brave, not criminal.",
			"ACCUSE", []string{"JPN"}, false},
	})
}
