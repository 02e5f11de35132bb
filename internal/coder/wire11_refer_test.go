package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eleventh pass (stop 29), an act told again by a definite noun: "The
// agreement is due to be signed on Saturday" takes the pair the story
// named last, when it writes a day of its own. The sentences are written
// for this test.
func TestReferEleventhPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "the agreement dated by its own sentence",
			body: "Kenyan President William Ruto said on Wednesday that his foreign minister would attend the signing of a Kenya-Uganda fisheries agreement. The agreement is due to be signed in Kampala on Friday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Planned, start: "2024-06-14"}}, anyOf: true},
		{rule: "the deal formally signed on a day",
			body: "Ugandan President Yoweri Museveni began a visit to Kenya on Wednesday. The Kenya-Uganda border trade deal is expected to be the main outcome of the trip. The deal will be formally signed on June 14.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Planned, start: "2024-06-14"}}, anyOf: true},
		{rule: "a witness in a second predicate is no side",
			body: "Kenyan and Ugandan officials agreed on Tuesday on the text of a fisheries accord. The formal signing of the accord is scheduled for June 20, and will be witnessed by Tanzanian President Samia Suluhu Hassan.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Planned, start: "2024-06-20", notActor: "TZA"}}, anyOf: true},
		{rule: "a meeting noun's own course dates it",
			body: "Kenyan President William Ruto said his foreign minister would hold talks with Uganda on fishing rights. The talks opened in Entebbe on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "the agreement with no day of its own stays unread",
			body:     "Kenyan and Ugandan officials held talks on fishing rights in Nairobi on Tuesday. The agreement is due to be signed in Kampala.",
			notTypes: []string{"AGREE"}},
		{rule: "a meeting that comes after another act takes none of its day",
			body:     "Kenya accused Uganda on Tuesday of harassing its fishermen on Lake Victoria. The meeting comes after a clash between fishing crews on Monday.",
			notTypes: []string{"CONSULT"}},
		{rule: "another act's verb after the noun is not the noun's",
			body:     "Kenyan and Ugandan officials held talks on fishing rights in Nairobi on Tuesday. The agreement builds on a memorandum signed on Monday.",
			notTypes: []string{"AGREE"}},
	}
	runRuleCases(t, pub, tests)
}
