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

// A day written with no year on a page with no date: the first such day
// after the latest date of background the page writes, in the span of the
// office holders' joint tenure that holds it or is the only one after it.
func TestWireFormsSeventhPassYearlessDays(t *testing.T) {
	tests := []ruleCase{
		{rule: "'on August 8', after talks 'that began in 2023': the one later span of the three leaders",
			body: "Talks between the two neighbours began in 2023. " +
				"Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a peace declaration with U.S. President Donald Trump at the White House on August 8.",
			undated: true,
			want:    []expect{{typ: "AGREE", countries: []string{"ARM", "AZE", "USA"}, status: event.Occurred, start: "2025-08-08"}}, anyOf: true},
		{rule: "'on February 3', months after 'the disputed July 2024 election'",
			body:    "Venezuelan President Nicolas Maduro met U.S. President Donald Trump's envoy in Caracas on February 3, months after the disputed July 2024 election.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"USA", "VEN"}, status: event.Occurred, start: "2025-02-03"}}, anyOf: true},
		{rule: "'on August 30', after a crisis 'that began in early 2022': the span holding that year",
			body:    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on August 30 to discuss the energy crisis that began in early 2022.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2022-08-30"}}, anyOf: true},
	}
	runRuleCases(t, "", tests)
}

// Background older than two spans of the leaders' joint tenure leaves the
// year of a day written without one open: the page stays undated.
func TestYearlessDayOverTwoSpansLeavesUndated(t *testing.T) {
	body := "Indian Prime Minister Narendra Modi met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on July 5. Modi had visited Israel in 2006."
	evs := Code(art(body, ""), Options{KeepOneSided: true})
	if len(evs) == 0 {
		t.Fatalf("no event coded from %q", body)
	}
	for _, e := range evs {
		if e.Date != nil && e.Type == "CONSULT" && e.Date.Start != "2006-01-01" {
			t.Errorf("%s %v dated %s, want no date: two spans of the two leaders' tenures follow 2006", e.Type, e.Countries(), e.Date.Start)
		}
	}
}
