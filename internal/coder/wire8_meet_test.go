package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Eighth pass, second round (stop 26): who takes part in a meeting or a
// call. The sentences are written for this test; the rule has two that it
// must code and one it must leave alone.
func TestWireFormsEighthPassMeetings(t *testing.T) {
	const pub = "2024-03-13" // a Wednesday
	tests := []ruleCase{
		{rule: "a country named beside two leaders who meet is the trip's, not a side of the meeting",
			body: "Japanese Prime Minister Fumio Kishida is expected to meet Brazilian President Luiz Inacio Lula da Silva on Thursday, rounding out the busy agenda of his Indonesia trip.",
			want: []expect{{typ: "CONSULT", countries: []string{"BRA", "JPN"}, status: event.Planned, notActor: "IDN"}}},
		{rule: "the country a call is about is not a side of the call",
			body: "German Chancellor Olaf Scholz spoke by phone with Turkish President Recep Tayyip Erdogan about the fighting in northern Syria.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "TUR"}, status: event.Occurred, mode: "phone", notActor: "SYR"}}},
		{rule: "a dateline's country is where the meeting is, not a side of it",
			body: "Canberra [Australia], March 13 (ANI): Indian Prime Minister Narendra Modi will hold a bilateral meeting with Japanese Prime Minister Fumio Kishida on the sidelines of the summit.",
			want: []expect{{typ: "CONSULT", countries: []string{"IND", "JPN"}, status: event.Planned, notActor: "AUS"}}},
	}
	runRuleCases(t, pub, tests)

	// Leave alone: talks told as several-sided keep the country named on
	// its own among their parties.
	body := "Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi held three-way talks with Saudi Arabia in Cairo on Tuesday."
	found := false
	for _, e := range Code(art(body, pub), Options{KeepOneSided: true}) {
		if e.Type == "CONSULT" && slices.Equal(e.Countries(), []string{"EGY", "JOR", "SAU"}) {
			found = true
		}
	}
	if !found {
		t.Errorf("%q: want a three-way CONSULT of EGY, JOR and SAU", body)
	}
	// Leave alone: a country named on its own as the one who meets.
	body = "Indian officials will meet Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden in Tokyo next week."
	found = false
	for _, e := range Code(art(body, pub), Options{KeepOneSided: true}) {
		if e.Type == "CONSULT" && slices.Contains(e.Countries(), "IND") {
			found = true
		}
	}
	if !found {
		t.Errorf("%q: want India, the subject, among the parties", body)
	}
}
