package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass (stop 25), dates: the day a sentence lends the act told next
// to it. The sentences are written for this test; each rule has two that
// it must date right and one it must leave alone.
func TestWireFormsSeventhPassLentDates(t *testing.T) {
	tests := []ruleCase{
		{rule: "a date in the past perfect ('had warned on May 2') is background: the next act is the day's news",
			body: "Egypt's army chief had warned on May 2 that the crossing would stay closed. " +
				"Jordan condemned the Israeli raid as a breach of international law.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ISR", "JOR"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "a date naming an event ('the October 7, 2023 attack') is that event's day, not the next act's",
			body: "Israeli officials said the men were behind the October 7, 2023 attack. " +
				"Turkey condemned the Israeli strike as a violation of Qatar's sovereignty.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ISR", "TUR"}, status: event.Occurred, start: "2024-06-11"}}, anyOf: true},
		{rule: "left alone: the day of the sentence before, told as its news, dates the act that goes on from it",
			body: "Chinese President Xi Jinping arrived in Moscow on Monday. " +
				"He held talks with Russian President Vladimir Putin at the Kremlin.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "RUS"}, status: event.Occurred, start: "2024-06-10"}}, anyOf: true},
	}
	runRuleCases(t, "2024-06-11", tests)
}

// A deadline ("by 2030") in the sentence before dates no act: the plan told
// next to it keeps no day rather than the deadline's year.
func TestDeadlineNotLent(t *testing.T) {
	for _, body := range []string{
		"Indian Prime Minister Narendra Modi met Israeli Prime Minister Benjamin Netanyahu on Tuesday. " +
			"Water ties were forged between the two countries, with an eye on doubling farm incomes by 2030, said the foreign secretary. " +
			"Stating that the two countries need to cooperate against terrorism, Netanyahu described the Mumbai attack as horrible.",
		"Egyptian President Abdel Fattah al-Sisi met Sudanese leader Abdel Fattah al-Burhan on Monday. " +
			"Rail links were agreed between the two countries, with a view to doubling trade by 2029, officials said. " +
			"Stating that the two countries need to cooperate on the Nile, Sisi called the dam a threat.",
	} {
		evs := Code(art(body, "2024-06-11"), Options{KeepOneSided: true})
		if len(evs) == 0 {
			t.Fatalf("no event coded from %q", body)
		}
		for _, e := range evs {
			if e.Date != nil && e.Date.Start >= "2029" {
				t.Errorf("%q: %s %v dated %s, the deadline's year", body, e.Type, e.Countries(), e.Date.Start)
			}
		}
	}
}
