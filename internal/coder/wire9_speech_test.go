package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass over wire forms (stop 27), what governments say to each
// other. The sentences are written for this test; each rule has two that
// it must code and one it must leave alone.
func TestWireFormsNinthPassSpeech(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "a ruling refused is refused to the party that brought the case",
			body: "The court in The Hague ruled on Tuesday in an arbitration case brought by Guyana against Venezuela. Venezuela on Tuesday rejected the tribunal's ruling as null and void.",
			want: []expect{{typ: "REJECT", countries: []string{"GUY", "VEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'which filed the complaint': the claimant named before the verb",
			body: "Ukraine, which filed the complaint in 2022, welcomed the decision. Russia said on Wednesday it refused to recognise the verdict of the arbitration panel.",
			want: []expect{{typ: "REJECT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}, anyOf: true},
		// Stop 51: a story that pairs the refuser with one country gives it that side (rulings51.go);
		// this story names no other country.
		{rule: "leave alone: a refusal of a ruling in a story that names no claimant stays one-sided",
			body: "The Essequibo region has long been disputed. Venezuela on Tuesday rejected the tribunal's ruling as null and void.",
			want: []expect{{typ: "REJECT", countries: []string{"VEN"}, status: event.Occurred, notActor: "GUY"}}, anyOf: true},
		{rule: "drones that entered a country's airspace made an incursion against it, no refusal",
			body: "Russian military drones entered Romanian airspace overnight, the defence ministry in Bucharest said on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ROU", "RUS"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"REJECT"}},
		{rule: "'violated X's air space' is an incursion",
			body: "Russian drones violated Moldova's air space on Monday, the government in Chisinau said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"MDA", "RUS"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"REJECT"}},
		{rule: "leave alone: a ceasefire violated is still a refusal",
			body: "Russia violated the ceasefire agreement with Ukraine on Monday, Kyiv said.",
			want: []expect{{typ: "REJECT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"ASSAULT"}},
		{rule: "a threat that drones posed is a danger, not a threat made",
			body:     "Romania's defence minister said on Monday that the Russian drones posed a serious threat to civilian aviation.",
			notTypes: []string{"THREATEN"}},
		{rule: "'non-life threatening injuries' threaten no one",
			body:     "Two Greek sailors suffered non-life threatening injuries during the incident with the Turkish navy, the ministry said.",
			notTypes: []string{"THREATEN"}},
		{rule: "', threatening Canada's national security' puts a thing at risk",
			body:     "The report said Chinese hackers had stolen data from Canadian firms, threatening Canada's national security.",
			notTypes: []string{"THREATEN"}},
		{rule: "leave alone: a threat made in words stays a threat",
			body: "Russia's foreign ministry on Tuesday threatened Finland with a military response, calling its border closure a threat to Russia.",
			want: []expect{{typ: "THREATEN", countries: []string{"FIN", "RUS"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// The one who refuses is the source, the party refused the target.
func TestWireFormsNinthPassSpeechSides(t *testing.T) {
	const pub = "2025-06-11"
	tests := []struct {
		body, typ, source, target string
	}{
		{"The court in The Hague ruled on Tuesday in an arbitration case brought by Guyana against Venezuela. Venezuela on Tuesday rejected the tribunal's ruling as null and void.", "REJECT", "VEN", "GUY"},
		{"Russian drones violated Moldova's air space on Monday, the government in Chisinau said.", "ASSAULT", "RUS", "MDA"},
	}
	for _, tt := range tests {
		checkRoles(t, tt.body, Code(art(tt.body, pub), Options{}), tt.typ, tt.source, tt.target)
	}
}
