package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), requests said in a quotation: a government's
// request in its own first person whose speaker is named in the sentence
// before, asked in the present progressive or with "would like to", and
// "the reported" as an adjective, not speech. The sentences are written
// for this test.
func TestRequestsTwelfthPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "a quotation with no speaker of its own is said by the speaker of the sentence before",
			body: "Estonia's prime minister said on Tuesday that her government would build new barracks near Tapa. “We call on Germany to station a full brigade in Estonia.”",
			want: []expect{{typ: "REQUEST", countries: []string{"DEU", "EST"}, status: event.Occurred}}, anyOf: true},
		{rule: "a quotation of several sentences keeps its speaker",
			body: "Lithuania's foreign minister told reporters on Tuesday: “This is a grave provocation. Our government condemns it. We urge Belarus to return the detained fishermen at once.”",
			want: []expect{{typ: "REQUEST", countries: []string{"BLR", "LTU"}, status: event.Occurred}}, anyOf: true},
		{rule: "a request in the present progressive is made as it is said",
			body: "“We are urgently seeking information from the Georgian authorities about the detained reporter,” Armenia's foreign ministry said on Tuesday.",
			want: []expect{{typ: "REQUEST", countries: []string{"ARM", "GEO"}, status: event.Occurred}}, anyOf: true},
		{rule: "'I would like to invite X to ...' is the request itself",
			body: "“I would like to invite the Japanese prime minister to send more coast guard ships to our waters,” the Philippine president said on Tuesday.",
			want: []expect{{typ: "REQUEST", countries: []string{"JPN", "PHL"}, status: event.Occurred}}, anyOf: true},
		{rule: "'the reported shelling' is no speech: the one asked stays a side",
			body: "Georgia on Tuesday sought information from Armenia on the reported shelling of its border posts.",
			want: []expect{{typ: "REQUEST", countries: []string{"ARM", "GEO"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: 'seeking to' is trying, not asking",
			body:     "“We are seeking to build a better relationship with Hungary,” the Slovak prime minister said on Tuesday.",
			notTypes: []string{"REQUEST"}},
	}
	runRuleCases(t, pub, tests)
}
