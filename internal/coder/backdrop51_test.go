package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 51: a noun told in the past perfect ("had been there for the summit
// in 2016") is the story's backdrop, and its year does not date the news
// told beside it with no date (nounPluperfect in plandates.go, laterDate in
// merge.go). The sentences are written for this test.
func TestYearBackdropIsNotTheNews(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a summit the visitor had attended years before",
			body:  "It was the first visit to Peru by a Chilean president in 40 years, although the Chilean president had been in Lima for the APEC summit in 2016.\n\nPeru's president welcomed the Chilean president to discuss trade and energy.",
			anyOf: true, want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2025-03-04"}}},
		{rule: "a regional summit named in a concession",
			body:  "It was the first trip to Kenya by an Ethiopian prime minister in a decade, although the Ethiopian leader had been in Nairobi for a regional summit in 2019.\n\nThe Kenyan president received the Ethiopian prime minister at State House to discuss the port deal.",
			anyOf: true, want: []expect{{typ: "CONSULT", countries: []string{"ETH", "KEN"}, status: event.Occurred, start: "2025-03-04"}}},
		{rule: "left alone: a backshifted arrival dated by its day",
			body: "Peru's president said the Chilean president had arrived in Lima on Monday.\n\nPeru's president welcomed the Chilean president to discuss trade and energy.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2025-03-03"}}},
	})
}
