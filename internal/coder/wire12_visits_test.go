package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), visits and meetings told in a clause with no
// subject of its own (relatives12.go, here12.go), and a quoted word in a
// cue's gap (lexicon.go). The sentences are written for this test.
func TestWireFormsTwelfthPassVisits(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "a visit told in a relative clause is the subject's",
			body: "Kenyan President William Ruto, who flew to Kampala on Monday, was met at the airport by a military band.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-10"}}, anyOf: true},
		{rule: "a meeting told in a relative clause is the subject's",
			body: "Ugandan President Yoweri Museveni, who met Kenyan President William Ruto on Tuesday, later toured a fish market.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "a relative clause in the present describes, it tells no act",
			body:     "Djibouti, which hosts a large French naval base, condemned the piracy attacks on Tuesday.",
			notTypes: []string{"CONSULT"}},
		{rule: "a fronted participle's meeting is the main subject's",
			body: "Speaking at a joint news conference with Ugandan President Yoweri Museveni on Tuesday, Kenyan President William Ruto said the border would stay open.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "a fronted participle's visit is the main subject's",
			body: "Visiting Kampala on Tuesday, Kenyan President William Ruto promised to reopen the border.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "a fronted participle that meets no one is no meeting",
			body:     "Speaking to reporters in Nairobi on Tuesday, Kenyan President William Ruto said Uganda should reopen the border.",
			notTypes: []string{"CONSULT"}},
		{rule: "here is the dateline's city",
			body: "KAMPALA — Kenyan President William Ruto lifted the ban on Ugandan milk on Tuesday.\n\nRuto, who arrived here on Monday evening, was welcomed by dancers.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-10"}}, anyOf: true},
		{rule: "here with no dateline names no host",
			body:     "Kenyan President William Ruto said on Tuesday that he arrived here on Monday evening.",
			notTypes: []string{"CONSULT"}},
		{rule: "a quoted word is one word of a cue's gap",
			body: "Kenyan President William Ruto had a “very cordial” phone call with Ugandan President Yoweri Museveni on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "a quoted word in a meeting's gap",
			body: "Kenyan President William Ruto held a “long and useful” meeting with Ugandan President Yoweri Museveni in Nairobi on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "a verb of declaring opens reported speech with a pronoun",
			body: "Uganda declared it would retaliate against Kenya “with full force” if the border stayed closed.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
