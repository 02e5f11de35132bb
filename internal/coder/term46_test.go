package coder

import "testing"

// Stop 46 (readlm): "jailed for six years" is the term imposed, not a
// habit (term46.go), and a passive chain goes on across "and"
// (passive46.go). Sentences written for these tests.
func TestWireFormsStop46SentenceTerms(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"jailed for a term in a capital",
			"A French journalist has been jailed for six years in Tehran.",
			"COERCE", []string{"FRA", "IRN"}, true},
		{"imprisoned for a term in a country",
			"A Canadian engineer has been imprisoned for ten years in Egypt after a closed trial.",
			"COERCE", []string{"CAN", "EGY"}, true},
		{"found guilty and jailed",
			"The French cyclist has been found guilty of espionage and jailed for six years in Iran.",
			"COERCE", []string{"FRA", "IRN"}, true},
		{"arrested and charged",
			"A Dutch aid worker was arrested and charged with espionage in Minsk on Friday.",
			"COERCE", []string{"BLR", "NLD"}, true},
		{"an Irish filmmaker detained abroad",
			"An Irish filmmaker was detained in Caracas on Saturday.",
			"COERCE", []string{"IRL", "VEN"}, true},
		// must not: a detention that has lasted months stays a state
		{"detained for months",
			"A Belgian aid worker has been detained for months in Iran.",
			"COERCE", []string{"BEL", "IRN"}, false},
		// must not: an active second verb after a passive one
		{"elected and visited",
			"The Swedish minister was elected and visited Paris on Friday.",
			"CONSULT", []string{"FRA", "SWE"}, true},
	})
}
