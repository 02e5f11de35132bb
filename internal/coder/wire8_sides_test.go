package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26), second round: the parties of an act. The
// sentences are written for this test.
func TestWireFormsEighthPassSides(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		// A trip to a gathering of many states: the country it meets in
		// is where, not a side the traveller meets.
		{rule: "'his trip to Brazil to attend a BRICS summit': Brazil is no side",
			body:     "The Egyptian president will make his second trip abroad next month, following his trip to Brazil to attend a BRICS summit in July.",
			notTypes: []string{"CONSULT"}},
		{rule: "'arrived in Brussels on Tuesday ahead of the summit': Belgium is no side",
			body:     "The Turkish president arrived in Brussels on Tuesday ahead of the summit.",
			notTypes: []string{"CONSULT"}},
		{rule: "'flew to Jakarta for the ASEAN conference': Indonesia is no side",
			body:     "Japan's foreign minister flew to Jakarta for the annual ASEAN foreign ministers' conference on Tuesday.",
			notTypes: []string{"CONSULT"}},
		{rule: "'arrived in Tokyo ahead of his summit with the Japanese prime minister': the host is a side",
			body: "The Australian prime minister arrived in Tokyo on Tuesday ahead of his summit with the Japanese prime minister.",
			want: []expect{{typ: "CONSULT", countries: []string{"AUS", "JPN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'arrived in Seoul for a state visit': the host is a side",
			body: "The Vietnamese president arrived in Seoul on Tuesday for a three-day state visit.",
			want: []expect{{typ: "CONSULT", countries: []string{"KOR", "VNM"}, status: event.Occurred}}, anyOf: true},
		// An act told as the object of a telling: the teller is no side.
		{rule: "'made the announcement of a Syrian offensive in Lebanon': the announcer is no side",
			body: "The Pentagon made the announcement of a Syrian offensive in Lebanon on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"LBN", "SYR"}, status: event.Occurred}}},
		{rule: "'aired footage of the meeting between India and Pakistan': the broadcaster is no side",
			body: "Chinese state television on Tuesday aired footage of the meeting between India and Pakistan.",
			want: []expect{{typ: "CONSULT", countries: []string{"IND", "PAK"}, status: event.Occurred}}},
		{rule: "'began the second phase of an offensive in Ukraine': the one who begins it attacks",
			body: "Russian troops began the second phase of a military offensive in Ukraine on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}},
		// Words that say whose side a group is on name no side.
		{rule: "'struck the Iran backed Houthis': Iran, written without the hyphen, is no side",
			body: "The United States struck the Iran backed Houthis in Yemen on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"USA", "YEM"}, status: event.Occurred}}},
		{rule: "'bombed the Iran sponsored militia': Iran is no side",
			body: "The Saudi coalition bombed the Iran sponsored militia in Yemen on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"SAU", "YEM"}, status: event.Occurred}}},
		{rule: "'a pro-Ukraine rally in Warsaw': Ukraine does not protest",
			body:     "Thousands joined a pro-Ukraine rally in Warsaw on Sunday.",
			notTypes: []string{"PROTEST"}},
		{rule: "'the United States backed the Ukrainian proposal': an act of support",
			body: "The United States backed the Ukrainian proposal on Tuesday.",
			want: []expect{{typ: "SUPPORT", countries: []string{"UKR", "USA"}, status: event.Occurred}}},
	})
}
