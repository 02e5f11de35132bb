package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26): words of seizing that name troops or a state,
// not an act. The sentences are written for this test.
func TestWireFormsEighthPassSeize(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'its own forces to carry out an attack': troops, no compulsion",
			body:     "Kyiv said it was the first time Moscow had openly used its own forces to carry out an attack on Ukrainian ships.",
			notTypes: []string{"COERCE"}},
		{rule: "'U.S. forces in Iraq': troops, no compulsion",
			body:     "The ruling leaves the future of U.S. forces in Iraq to the next government in Baghdad, officials said on Tuesday.",
			notTypes: []string{"COERCE"}},
		{rule: "'the armed forces chief vowed to': troops, no compulsion",
			body:     "The strike came a week after Israel's armed forces chief vowed to hunt the group's leaders in Lebanon.",
			notTypes: []string{"COERCE"}},
		{rule: "'with three detained Americans': a state, no act",
			body:     "Rubio flew home from Pyongyang on Thursday with three detained Americans, a day before the summit.",
			notTypes: []string{"COERCE"}},
		{rule: "'the two detained Canadians': a state, no act",
			body:     "The two detained Canadians met Canadian diplomats in Beijing on Monday.",
			notTypes: []string{"COERCE"}},
		{rule: "'the military detained two British journalists' stays an act",
			body: "In Yangon the military detained two British journalists on Tuesday.",
			want: []expect{{typ: "COERCE", countries: []string{"GBR", "MMR"}, status: event.Occurred}}, anyOf: true},
		{rule: "the verb 'forces ... to' stays an act",
			body: "China forces Canadian firms to close their offices in Beijing, the ministry said on Tuesday.",
			want: []expect{{typ: "COERCE", countries: []string{"CAN", "CHN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'seized a tanker and detained its crew' stays an act",
			body: "Iranian guards seized a British tanker and detained its crew on Friday.",
			want: []expect{{typ: "COERCE", countries: []string{"GBR", "IRN"}, status: event.Occurred}}, anyOf: true},
	})
}

// Eighth pass (stop 26): a coercion voted for is the legislature's call
// for it. The sentences are written for this test.
func TestWireFormsEighthPassVotedCoercion(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'parliament voted on Monday to expel French troops': a request",
			body: "Mali's parliament voted on Monday to expel French troops from the country.",
			want: []expect{{typ: "REQUEST", countries: []string{"FRA", "MLI"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"THREATEN", "COERCE"}},
		{rule: "'before voting to expel': a request",
			body: "Libyan lawmakers heard the defence minister on Tuesday before voting to expel Turkish troops from the country.",
			want: []expect{{typ: "REQUEST", countries: []string{"LBY", "TUR"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"THREATEN"}},
		{rule: "a government that vows to expel troops still threatens",
			body: "Mali's government vowed on Monday to expel French troops from the country.",
			want: []expect{{typ: "THREATEN", countries: []string{"FRA", "MLI"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"REQUEST"}},
	})
}

// Eighth pass (stop 26): a legislature meeting in session sits as
// itself; it meets no one. The sentences are written for this test.
func TestWireFormsEighthPassBodySitting(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'parliament, meeting for an emergency session, voted to expel': no meeting",
			body: "Mali's parliament, meeting for an emergency session, voted on Monday to expel French troops from the country.",
			want: []expect{{typ: "REQUEST", countries: []string{"FRA", "MLI"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"CONSULT"}},
		{rule: "'lawmakers, meeting in a special session, urged Israel': no meeting",
			body: "Lebanese lawmakers, meeting in a special session, urged Israel on Monday to withdraw its troops.",
			want: []expect{{typ: "REQUEST", countries: []string{"ISR", "LBN"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"CONSULT"}},
		{rule: "a session with others is a meeting",
			body: "Pakistan's parliament met in a joint session with Chinese lawmakers on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "PAK"}, status: event.Occurred}}, anyOf: true},
	})
}
