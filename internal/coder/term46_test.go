package coder

import "testing"

// Stop 46 (readlm): "jailed for six years" is the term imposed, not a
// habit (term46.go), a passive chain goes on across "and", and a
// reduced relative in a phrase is who a person is (passive46.go). Sentences written for these tests.
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
		{"a headline's held person stays an event",
			"British woman jailed in Iran",
			"COERCE", []string{"GBR", "IRN"}, true},
		// must not: a reduced relative in a phrase recalls who a person is
		{"the release of a man jailed",
			"The Australian filmmaker has campaigned in Cambodia for the release of a British man jailed over fraud who he says is innocent.",
			"COERCE", nil, false},
		{"a man convicted and jailed",
			"The Irish priest has campaigned for the release of a British man convicted and jailed over fraud.",
			"COERCE", nil, false},
		// must not: an active second verb after a passive one
		{"elected and visited",
			"The Swedish minister was elected and visited Paris on Friday.",
			"CONSULT", []string{"FRA", "SWE"}, true},
	})
}
