package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-first pass (stop 39, the day): a lead that tells its act with no
// day takes the day a later sentence writes where it retells the act with
// the same verb, before the verb or at the end of the verb's own clause
// (retold19.go). The sentences are written for this test; the page is
// dated Friday 2025-05-23.
func TestWireFormsTwentyFirstPassRetoldDay(t *testing.T) {
	coerce := func(start string) []expect {
		return []expect{{typ: "COERCE", countries: []string{"GEO", "TUR"}, status: event.Occurred, start: start}}
	}
	request := func(start string) []expect {
		return []expect{{typ: "REQUEST", countries: []string{"ARM"}, status: event.Occurred, start: start}}
	}
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "the day between the subject and the verb",
			body: "Georgia has detained 12 Turkish citizens suspected of spying near the border. " +
				"The men were held at a farm outside Batumi, officials said. " +
				"The state security service on Wednesday detained the group and seized two radios.",
			want: coerce("2025-05-21"), anyOf: true},
		{rule: "the day after the verb's object and place",
			body: "Armenia's former defence minister has requested asylum at the French embassy after being charged with fraud. " +
				"The former minister denies every charge. " +
				"The foreign ministry confirmed he had requested asylum at the embassy in Yerevan on Tuesday, hours after the charges were filed.",
			want: request("2025-05-20"), anyOf: true},
		{rule: "left alone: a day in a relative clause after the object",
			body: "Georgia has detained 12 Turkish citizens suspected of spying near the border. " +
				"The men were held at a farm outside Batumi, officials said. " +
				"Police detained the group in a raid that began on Wednesday at dawn.",
			want: coerce("2025-05-23"), anyOf: true},
		{rule: "left alone: a day after a comma is another act's",
			body: "Armenia's former defence minister has requested asylum at the French embassy after being charged with fraud. " +
				"The former minister denies every charge. " +
				"He requested asylum in a letter, and the trial opened in Yerevan on Tuesday.",
			want: request("2025-05-23"), anyOf: true},
	})
}
