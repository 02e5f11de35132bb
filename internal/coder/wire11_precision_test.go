package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eleventh pass (stop 29), precision: a view two sides agree on is no
// agreement, and cooperation named as what an end or a restriction falls
// on is none. The sentences are written for this test; each rule has
// sentences it must code right and one or more it must leave alone.
func TestPrecisionEleventhPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "a view agreed on a call is no agreement",
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by phone on Tuesday and agreed that the fishing dispute should be settled by peaceful means.",
			notTypes: []string{"AGREE"}},
		{rule: "concerns agreed to be shared are no agreement",
			body:     "Kenya is weighing a request from Uganda for more border posts, and Kenyan President William Ruto agreed with Ugandan President Yoweri Museveni on Tuesday that the worries about the refugees were shared.",
			notTypes: []string{"AGREE"}},
		{rule: "a view agreed without that is no agreement",
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed the fishing dispute must be settled in court, their offices said on Tuesday.",
			notTypes: []string{"AGREE"}},
		{rule: "their countries should cooperate is an act agreed",
			body: "Kenyan and Ugandan ministers agreed on Tuesday that their countries should cooperate to return refugees home.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "an act agreed with that is still an agreement",
			body: "Kenya and Uganda agreed on Tuesday that Uganda would return the seized fishing boats by Friday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a deal agreed is still an agreement",
			body: "Kenya and Uganda agreed a deal on Tuesday that is expected to end the fishing dispute on Lake Victoria.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "an end to joint drills is no cooperation",
			body:     "Ugandan President Yoweri Museveni on Tuesday ordered an end to joint naval drills with Kenya on Lake Victoria.",
			notTypes: []string{"COOPERATE"}},
		{rule: "a restriction on cooperation lifted is no cooperation",
			body:     "Kenya on Tuesday lifted a restriction on security cooperation with Uganda that had been in place since 2019.",
			notTypes: []string{"COOPERATE"}},
		{rule: "joint drills held are still cooperation",
			body: "Kenya and Uganda on Tuesday held joint naval drills on Lake Victoria.",
			want: []expect{{typ: "COOPERATE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
