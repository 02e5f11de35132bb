package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27), precision: promises of good relations, breaches of
// airspace, and cue words in another sense. The sentences are written for
// this test; each rule has two it must code right and one it must leave
// alone.
func TestPrecisionNinthPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "a promise of better ties is no agreement",
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni on Tuesday promised to revive ties after a year of border disputes.",
			notTypes: []string{"AGREE", "COOPERATE"}},
		{rule: "a pledge of a peaceful settlement is no agreement",
			body:     "Kenya's foreign minister pledged to seek a peaceful resolution of the fishing dispute with Uganda over Lake Victoria.",
			notTypes: []string{"AGREE"}},
		{rule: "a hope expressed for relations, in quotes, is no agreement",
			body:     "Ugandan President Yoweri Museveni on Tuesday expressed hope for a \"fresh start in relations\" with Kenya, promising friendship and cooperation.",
			notTypes: []string{"AGREE", "COOPERATE"}},
		{rule: "a promise of an act is still an agreement",
			body: "Uganda on Tuesday promised to return the seized fishing boats to Kenya and to restore ties.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a vow to cut ties is a hostile act, not goodwill",
			body: "Kenya vowed on Tuesday to cut ties with Uganda over the seizure of the boats.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "drones that breached a country's airspace are no rejection",
			body:     "Kenyan jets on Tuesday intercepted two Ugandan drones that breached Kenya's airspace near the border town of Busia.",
			notTypes: []string{"REJECT"}},
		{rule: "a plane that violated airspace is no rejection",
			body:     "Kenya said the Ugandan helicopter was forced to land after it violated Kenyan airspace three times on Tuesday.",
			notTypes: []string{"REJECT"}},
		{rule: "a treaty violated is still a rejection",
			body: "Kenya accused Uganda on Tuesday of having violated the 2019 fisheries treaty.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "hands shaken over a line are not handed over",
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni opened their summit on Tuesday after shaking hands over the border line at Busia.",
			notTypes: []string{"CONCEDE"}},
		{rule: "demonstrates in the sense of shows is no protest",
			body:     "Ruto's trip to Uganda, his first since the election, demonstrates his resolve to mend ties with Kampala, analysts said.",
			notTypes: []string{"PROTEST"}},
		{rule: "to deal with in the sense of to handle is no agreement",
			body:     "Kenyan President William Ruto said on Tuesday he would act to deal with recent policies of the Ugandan government.",
			notTypes: []string{"AGREE"}},
		{rule: "drones that posed a threat made no threat",
			body:     "Kenyan Defence Minister Aden Duale confirmed the incursion, saying that the Ugandan drones posed a direct threat to Kenya before they were intercepted.",
			notTypes: []string{"THREATEN"}},
		{rule: "protesters who demonstrated outside an embassy still protest",
			body: "Hundreds of Kenyans demonstrated outside the Ugandan embassy in Nairobi on Tuesday against the seizure of the boats.",
			want: []expect{{typ: "PROTEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a deal with a country is still a deal",
			body: "Kenya signed a deal with Uganda on Tuesday to share the waters of Lake Victoria.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
