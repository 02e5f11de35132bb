package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixth pass (stop 24), precision: words of courtesy and of history that
// name an act the page does not report. The sentences are written for
// this test; each rule has two it must code right and one it must leave
// alone.
func TestPrecisionSixthPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "a guest thanking his host for a dinner is no support",
			body:     "Kenyan President William Ruto thanked Ugandan President Yoweri Museveni for the state dinner he gave on Tuesday.",
			notTypes: []string{"SUPPORT"}},
		{rule: "the formula 'thank you' is no support",
			body:     "Kenyan President William Ruto answered Ugandan President Yoweri Museveni with a warm 'thank you, my brother' on Tuesday.",
			notTypes: []string{"SUPPORT"}},
		{rule: "thanks for an act are courtesy too (twelfth pass, courtesy12.go)",
			body:     "Kenya thanked Uganda on Tuesday for its mediation between the two sides.",
			notTypes: []string{"SUPPORT"}},

		{rule: "an invitation to make a visit is a visit announced, no request",
			body:     "Kenyan President William Ruto invited Ugandan President Yoweri Museveni to make a state visit to Kenya, his office said on Tuesday.",
			want:     []expect{{typ: "CONSULT", mode: "visit", countries: []string{"KEN", "UGA"}, status: event.Planned}},
			notTypes: []string{"REQUEST"}, anyOf: true},
		{rule: "an invitation to the host's seat is a visit announced",
			body:     "Kenya's president on Tuesday hinted at inviting Ugandan President Yoweri Museveni to State House in Nairobi.",
			notTypes: []string{"REQUEST"}},
		{rule: "an invitation to act stays a request",
			body: "Kenya on Tuesday invited Uganda to withdraw its troops from the border.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "a vow to bring hell upon the other side is a threat, no agreement",
			body:     "Kenyan President William Ruto vowed on Tuesday to bring hell upon Uganda over the border raids.",
			want:     []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}},
			notTypes: []string{"AGREE"}, anyOf: true},
		{rule: "a promise of confrontation is a threat, no agreement",
			body:     "Kenya on Tuesday promised \u201cconfrontation\u201d with Uganda over the seized boats.",
			notTypes: []string{"AGREE"}},
		{rule: "a vow to avoid confrontation is no threat",
			body:     "Kenya on Tuesday vowed to avoid confrontation with Uganda over the seized boats.",
			notTypes: []string{"THREATEN"}},

		{rule: "a national football team arriving to play is no visit",
			body:     "Kenya's national football team arrived in Uganda on Tuesday to play two friendlies against the hosts.",
			notTypes: []string{"CONSULT"}},
		{rule: "the first foreign team to tour a country, in a story of sport, is no visit",
			body:     "Kenya is the first foreign team to tour Uganda since the outbreak. The cricket squad will play three matches in Kampala.",
			notTypes: []string{"CONSULT"}},
		{rule: "a president arriving for a football final still visits",
			body: "Kenyan President William Ruto arrived in Uganda on Tuesday to watch the football final with Ugandan President Yoweri Museveni.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "sanctions listed among the topics of talks are a topic, no sanction",
			body:     "Talks between Kenya and Uganda covered various topics, including migration, Kenyan sanctions against Uganda and the border.",
			notTypes: []string{"SANCTION"}},
		{rule: "acts listed among the issues raised are topics, no acts",
			body:     "The Kenyan statement listed the issues raised with Uganda, including sanctions, migration and detained Kenyans.",
			notTypes: []string{"SANCTION", "COERCE"}},
		{rule: "an act after 'including' with no topic noun before it stays",
			body: "Kenya imposed new measures on Uganda on Tuesday, including sanctions on its banks.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "ceasefire talks are talks, no ceasefire agreed",
			body:     "Ceasefire talks began between Kenyan and Ugandan leaders in Arusha on Tuesday.",
			want:     []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}},
			notTypes: []string{"AGREE"}, anyOf: true},
		{rule: "ceasefire efforts are no ceasefire agreed",
			body:     "Tanzania has led several rounds of ceasefire efforts alongside Kenya and Uganda since the war began.",
			notTypes: []string{"AGREE"}},
		{rule: "a ceasefire agreed stays an agreement",
			body: "Kenya and Uganda agreed to a ceasefire on Tuesday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "a warning that a step would mark a new level of escalation is a forecast, no threat",
			body:     "Kenya warned on Tuesday that Uganda's new border law would mark a new level of escalation in the region.",
			notTypes: []string{"THREATEN"}},
		{rule: "a warning against a dangerous path is no threat",
			body:     "Kenya's foreign minister warned Uganda on Tuesday against taking a dangerous path.",
			notTypes: []string{"THREATEN"}},
		{rule: "a warning of the speaker's own retaliation stays a threat, whatever risk it names",
			body: "Kenya warned Uganda on Tuesday that it would retaliate against any attack, despite the risk of escalation.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
