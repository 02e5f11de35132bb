package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26), precision: captions, quoted posts, and countries
// named as what a decision is to do. The sentences are written for this
// test; each rule has two it must code right and one it must leave alone.
func TestPrecisionEighthPass(t *testing.T) {
	const pub = "2025-03-05" // a Wednesday
	tests := []ruleCase{
		{rule: "a caption opened by its label shows a scene, no event",
			body:     "IMAGE: Kenyan President William Ruto greets Ugandan President Yoweri Museveni at State House in Nairobi, Kenya, March 3, 2025. Photograph: Staff",
			notTypes: []string{"CONSULT", "SUPPORT"}},
		{rule: "a caption closed by a place and a full date shows a scene, no event",
			body:     "Ethiopian soldiers patrol the road to the border after clashes with Eritrean troops near Badme, Ethiopia, 12 February 2024.",
			notTypes: []string{"ASSAULT", "MOBILIZE"}},
		{rule: "a quoted post with a picture link is no event",
			body:     "JUST IN: Kenyan President Ruto and Ugandan President Museveni hold talks at the Nairobi summit. pic.twitter.com/Xy12ab — News Desk (@newsdesk) March 3, 2025",
			notTypes: []string{"CONSULT"}},
		{rule: "a sentence that gives its day after 'on' is news",
			body: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on March 3, 2025.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},

		{rule: "a protest against a decision is aimed at who decided, not at what the decision names",
			body: "Thousands of people in Kenya protested on Sunday against Ugandan President Yoweri Museveni's decision to recognise the breakaway region as part of Somalia.",
			want: []expect{{typ: "PROTEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "a decision of a government named after 'of' keeps that government",
			body: "Kenya protested on Sunday against the plan of the Ugandan government to recognise Somaliland as independent of Somalia.",
			want: []expect{{typ: "PROTEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "deciders named after 'by' stay sides",
			body: "Kenya protested on Sunday against the decision by Uganda and Somalia to close the border.",
			want: []expect{{typ: "PROTEST", countries: []string{"KEN", "SOM", "UGA"}, status: event.Occurred}}},

		{rule: "a demand put as 'demanding that' is aimed at the subject of the that-clause, not at what it asks",
			body: "Kenya and its allies are firm in demanding that Uganda immediately free the two Somali fishing boats it seized on Sunday.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}}, // no tense given: done (status13.go)
		{rule: "a that-clause with no named subject leaves the demand's sides alone",
			body: "Kenya on Tuesday demanded that the talks with Uganda resume at once.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
