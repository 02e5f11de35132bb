package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass (stop 25): an attack whose sentence names its attacker and
// a thing or a place it hit, but no side hit, lands on the country the
// story is set in. The sentences are written for this test.
func TestWireFormsSeventhPassScene(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "dateline country: 'a Kenyan airstrike hit a crowded market'",
			body: "MOGADISHU, Somalia — A Kenyan airstrike hit a crowded market on Monday, killing nine people, officials said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},
		{rule: "the country the story places things in: 'an Ethiopian air strike hit a school'",
			body: "An Ethiopian air strike hit a school on Tuesday, killing six pupils. Aid workers in Sudan said the toll could rise. The Red Crescent in Sudan sent more doctors.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ETH", "SDN"}, status: event.Occurred}}, anyOf: true},
		{rule: "a city of the scene in the sentence: 'smoke rose over Aden after Eritrean strikes'",
			body: "Smoke rose over Aden after Eritrean strikes on Saturday. Hospitals in Yemen were full and power was cut in northern Yemen.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ERI", "YEM"}, status: event.Occurred}}, anyOf: true},
		{rule: "no thing or place hit: the attack stays one-sided",
			body: "Eritrean forces launched strikes on Saturday. Hospitals in Yemen were full and power was cut in northern Yemen.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ERI"}, status: event.Occurred}}, anyOf: true},
		{rule: "an attacker in its own country gets no target",
			body: "NAIROBI, Kenya — A Kenyan airstrike hit a bus depot on Monday, officials said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"KEN"}, status: event.Occurred}}, anyOf: true},
	})
}
