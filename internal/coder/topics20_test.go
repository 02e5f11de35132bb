package coder

import (
	"slices"
	"testing"
)

// Sentences written for stop 40: what the sides discussed or are concerned
// about is the event's topic, and a country named in it is no party
// (topics20.go).
func TestTopics(t *testing.T) {
	cases := []struct {
		rule, body, typ string
		cs              []string
		topic           string // "" for none
	}{
		{"concern about a third country's acts", "The foreign ministers of Japan and the Philippines expressed concern about China's coercive actions in the South China Sea on Tuesday.",
			"ACCUSE", []string{"JPN", "PHL"}, "China's coercive actions in the South China Sea"},
		{"discussed by phone", "The leaders of Egypt and Jordan discussed the reconstruction of Gaza by phone on Sunday.",
			"CONSULT", []string{"EGY", "JOR"}, "reconstruction of Gaza"},
		{"met to discuss", "The defence ministers of Australia and India met virtually on Tuesday to discuss China's military posture in the Indo-Pacific.",
			"CONSULT", []string{"AUS", "IND"}, "China's military posture in the Indo-Pacific"},
		{"talks on, cut at the day", "Kenya and Uganda held talks on cross-border trade and fuel pipelines on Friday.",
			"CONSULT", []string{"KEN", "UGA"}, "cross-border trade and fuel pipelines"},
		{"a place after the topic", "Chile's president discussed lithium exports with his Argentine counterpart in Santiago on Monday.",
			"CONSULT", []string{"ARG", "CHL"}, "lithium exports"},
		{"the matter points back", "The Dutch prime minister discussed the matter with the Belgian prime minister on Monday.",
			"CONSULT", []string{"BEL", "NLD"}, ""},
	}
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			e := codedOne(t, art(tt.body, "2025-05-20"), tt.typ, tt.cs)
			var want []string
			if tt.topic != "" {
				want = []string{tt.topic}
			}
			if !slices.Equal(e.Topics, want) && !(len(e.Topics) == 0 && len(want) == 0) {
				t.Errorf("topics %q, want %q", e.Topics, want)
			}
		})
	}
}
