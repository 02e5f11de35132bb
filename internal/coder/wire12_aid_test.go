package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), aid: a country named in ordinary case right
// before "$" is the country the sentence tells of, not the currency's
// prefix ("gave Cambodia $600 million"); a prefix written against the sign
// or in capitals ("US$", "A$", "US $") stays money. The sentences are
// written for this test.
func TestAidTwelfthPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "country before a dollar sign is the recipient",
			body: "China gave Cambodia $600 million in aid on Tuesday to rebuild roads damaged by the floods.",
			want: []expect{{typ: "AID", countries: []string{"CHN", "KHM"}, status: event.Occurred}}},
		{rule: "granted a country dollars",
			body: "Japan on Tuesday granted Laos $40 million in emergency aid after the dam collapse.",
			want: []expect{{typ: "AID", countries: []string{"JPN", "LAO"}, status: event.Occurred}}},
		{rule: "a glued prefix is the currency",
			body: "Australia gave Fiji A$20 million in aid on Tuesday after the cyclone.",
			want: []expect{{typ: "AID", countries: []string{"AUS", "FJI"}, status: event.Occurred}}},
		{rule: "a prefix in capitals is the currency",
			body: "Japan sent US $5 million in aid to Nepal on Tuesday after the earthquake.",
			want: []expect{{typ: "AID", countries: []string{"JPN", "NPL"}, status: event.Occurred}}},
	}
	runRuleCases(t, pub, tests)
}
