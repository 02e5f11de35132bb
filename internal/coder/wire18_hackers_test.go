package coder

import "testing"

// Twentieth pass (stop 38), vocabulary: the hackers a state is said to act
// through stand for it ("Chinese hackers attacked"), as its agents and
// operatives did (build.go and actors/adjective.go actorNouns). "Actors"
// was tried beside it and left out: film actors who visit a country would
// make a visit. The sentences are written for this test.
func TestWireFormsTwentiethPassHackers(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state's hackers attacked",
			"Chinese hackers attacked the websites of the Indian government on Monday.",
			"ASSAULT", []string{"CHN", "IND"}, true},
		{"a state's hackers attacked banks",
			"North Korean hackers attacked South Korean banks on Sunday.",
			"ASSAULT", []string{"KOR", "PRK"}, true},
		{"film actors are no side",
			"Indian actors visited Pakistan on Monday to film a movie.",
			"CONSULT", []string{"IND", "PAK"}, false},
	})
}
