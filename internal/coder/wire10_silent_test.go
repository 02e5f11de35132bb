package coder

import (
	"testing"

	"storyline/internal/event"
)

// Tenth pass (stop 28), pages that coded nothing: a dual national named by
// two demonyms is the side that is not the other one ("Iran detained a
// British-Iranian woman"), a lead's unnamed private person gives its
// country to the name the next sentences give it (and to a hyphenated
// family name after), and a named private person is no side of a visit.
// The sentences are written for this test.
func TestWireFormsTenthPassSilent(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'detained a French-Russian academic': the academic is France's side, Russia detains",
			body: "Russia has detained a French-Russian academic on spying charges, state media said on Monday.",
			want: []expect{{typ: "COERCE", countries: []string{"FRA", "RUS"}, status: event.Occurred}}},
		{rule: "'an Australian-Chinese businessman' held by Chinese police: Australia's side, in either order",
			body: "Chinese police detained an Australian-Chinese businessman in Beijing on Tuesday.",
			want: []expect{{typ: "COERCE", countries: []string{"AUS", "CHN"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "the lead's 'American aid worker' named a sentence later, with an age: the arrest has two sides",
			body: "An American aid worker has gone missing in Venezuela, his family said. Mark Delano, 29, was detained at the airport in Caracas on Monday, officials said.",
			want: []expect{{typ: "COERCE", countries: []string{"USA", "VEN"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "a hyphenated family name read back whole: 'Hartley-Brooke was detained' is the British teacher",
			body: "A British teacher has gone missing in Iran, her family said on Monday. Anna Hartley-Brooke, 41, works for a school in Leeds. Hartley-Brooke was detained at the airport in Tehran on Saturday, officials said.",
			want: []expect{{typ: "COERCE", countries: []string{"GBR", "IRN"}, status: event.Occurred, start: "2025-06-07"}}},
		{rule: "leave alone: a named private person's trip is no visit of her country",
			body:     "A French student has spent a month in China, her family said. Claire Dubois, 22, visited Beijing on Monday with a tour group.",
			notTypes: []string{"CONSULT"}},
		{rule: "leave alone: a dual national the clause sets beside neither country keeps no second side",
			body:     "A British-Iranian novelist won a literary prize in Paris on Monday.",
			notTypes: []string{"COERCE", "ACCUSE", "CONSULT"}},
	}
	runRuleCases(t, pub, tests)
}
