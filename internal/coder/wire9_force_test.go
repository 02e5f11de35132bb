package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27): bringing down an aircraft or a drone is an attack
// on it. The sentences are written for this test.
func TestWireFormsNinthPassDowning(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'downed a Syrian helicopter': an attack",
			body: "Israeli jets downed a Syrian military helicopter over the Golan Heights on Tuesday, the army said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "SYR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'took down two Belarusian drones': an attack",
			body: "Lithuania took down two Belarusian drones over its border on Monday night, the defence ministry said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"BLR", "LTU"}, status: event.Occurred}}, anyOf: true},
		{rule: "'brought down an Indian fighter jet': an attack",
			body: "Pakistan said on Tuesday its air force had brought down an Indian fighter jet near the Line of Control.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IND", "PAK"}, status: event.Occurred}}, anyOf: true},
		{rule: "'brought down the government': no attack",
			body:     "The Italian senate vote brought down the government on Tuesday, a week after the budget failed.",
			notTypes: []string{"ASSAULT"}},
		{rule: "'took down the video': no attack",
			body:     "The French broadcaster took down the video on Monday after complaints from viewers.",
			notTypes: []string{"ASSAULT"}},
	})
}

// Ninth pass (stop 27): a government's displeasure with an act, told as
// concerns expressed over it or as being disappointed in it, reproaches
// whoever did it; the one displeased is no side of the act. The sentences
// are written for this test.
func TestWireFormsNinthPassDispleasure(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'expressed serious concerns over the detention ... by Chinese police': a reproach",
			body: "Japan on Tuesday expressed serious concerns over the detention of two journalists by Chinese police in Shanghai.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHN", "JPN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'was disappointed in the decision by Hungary's parliament': a reproach",
			body: "The European Commission said Germany was disappointed in the decision by Hungary's parliament on Monday to block the aid package.",
			want: []expect{{typ: "ACCUSE", countries: []string{"DEU", "HUN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'voiced concerns that sanctions would stall talks': a worry, no reproach",
			body:     "French officials voiced concerns that new sanctions on Moscow would stall the talks, diplomats said on Monday.",
			notTypes: []string{"ACCUSE"}},
	})
}

// Ninth pass (stop 27): a verb that tells what someone stresses or holds,
// followed by "that", opens reported speech as "said" does: its subject
// tells the act and takes no part in it. The sentences are written for
// this test.
func TestWireFormsNinthPassHeldThat(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'the Ukrainian president stressed that Russia continues to shell': the teller is no side",
			body: "During a call with Macron on Monday, the Ukrainian president stressed that Russia continues to shell Ukrainian towns.",
			want: []expect{{typ: "ASSAULT", countries: []string{"RUS"}, status: event.Occurred}}},
		{rule: "'Netanyahu argued that Iran keeps arming': no talks with Iran",
			body:     "In talks with the German chancellor on Tuesday, Netanyahu argued that Iran keeps arming Hezbollah.",
			notTypes: []string{"CONSULT"}},
		{rule: "leave alone: 'Iran admitted that its forces shot down' keeps the one who admits",
			body: "Iran admitted on Saturday that its forces shot down a Ukrainian plane on Wednesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "UKR"}, status: event.Occurred}}},
		{rule: "leave alone: 'declared martial law' with no 'that' stays an act",
			body: "Armenia declared martial law in the border regions on Tuesday after Azerbaijani troops shelled two villages.",
			want: []expect{{typ: "COERCE", status: event.Occurred}}, anyOf: true},
	})
}
