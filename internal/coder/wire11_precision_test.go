package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eleventh pass (stop 29), precision: a view two sides agree on is no
// agreement. The sentences are written for this test; the rule has three it
// must code right and two it must leave alone.
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
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed the border dispute needs to end, their offices said on Tuesday.",
			notTypes: []string{"AGREE"}},
		{rule: "an act agreed with that is still an agreement",
			body: "Kenya and Uganda agreed on Tuesday that Uganda would return the seized fishing boats by Friday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a deal agreed is still an agreement",
			body: "Kenya and Uganda agreed a deal on Tuesday that is expected to end the fishing dispute on Lake Victoria.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
