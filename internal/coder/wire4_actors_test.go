package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fourth pass (stop 22), who a sentence names: the same sentences as the
// actors package's cases, coded whole. Written for this test.
func TestWireFormsFourthPassActors(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "the United Nations Security Council is one body: its own session is no meeting of two",
			body:     "The United Nations Security Council will convene an emergency meeting on Thursday.",
			notTypes: []string{"CONSULT"}},
		{rule: "the UN Security Council after 'the' is one body too",
			body:     "The UN Security Council held a closed meeting on Monday.",
			notTypes: []string{"CONSULT"}},
		{rule: "the United Nations Security Council is one body, no party of a bilateral meeting",
			body: "Ghana and Togo met on Monday ahead of a vote at the United Nations Security Council.",
			want: []expect{{typ: "CONSULT", countries: []string{"GHA", "TGO"}, status: event.Occurred}}, anyOf: true},
		{rule: "a possessive country before a title and name is the person's",
			body: "Egyptian President Abdel Fattah el-Sisi met Jordan's King Abdullah in Cairo on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, notActor: "SAU"}}, anyOf: true},
		{rule: "an adjective country before a title and name is the person's",
			body: "Jordanian King Abdullah called Emirati President Mohamed bin Zayed on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"ARE", "JOR"}, status: event.Occurred, notActor: "SAU"}}, anyOf: true},
		{rule: "a city-state's dateline is no party",
			body: "SINGAPORE (Reuters) - Malaysia and Indonesia signed a maritime border treaty on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"IDN", "MYS"}, status: event.Occurred, notActor: "SGP"}}, anyOf: true},
		{rule: "a city-state's dateline with a day is no party, not even of a participle's meeting",
			body: "KUWAIT, June 9 (AFP) - Iraqi Prime Minister Mohammed Shia al-Sudani and Iranian President Masoud Pezeshkian signed a security pact, capping a long meeting.",
			want: []expect{{typ: "AGREE", countries: []string{"IRN", "IRQ"}, status: event.Occurred, notActor: "KWT"}}, anyOf: true},
		{rule: "the country named after the dateline acts",
			body: "SINGAPORE: Singapore protested to Malaysia on Monday over the airspace dispute.",
			want: []expect{{typ: "ACCUSE", countries: []string{"MYS", "SGP"}, status: event.Occurred}}, anyOf: true},
		{rule: "a chargé d'affaires stands for the country named with it",
			body: "Iran summoned the Dutch chargé d'affaires on Tuesday over the remarks.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "NLD"}, status: event.Occurred}}, anyOf: true},
		{rule: "a charge d'affaires without the accent too",
			body: "Algeria summoned the French charge d'affaires on Monday to protest against the ruling.",
			want: []expect{{typ: "ACCUSE", countries: []string{"DZA", "FRA"}, status: event.Occurred}}, anyOf: true},
		{rule: "expelling a chargé d'affaires is a sanction on the country",
			body: "Lithuania expelled the Belarusian chargé d’affaires on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"BLR", "LTU"}, status: event.Occurred}}, anyOf: true},
		{rule: "recalling a charge d'affaires",
			body: "Bahrain recalled its charge d'affaires from Lebanon on Monday, the foreign ministry said.",
			want: []expect{{typ: "SANCTION", countries: []string{"BHR", "LBN"}, status: event.Occurred}}, anyOf: true},
		{rule: "an expulsion on a charge is no envoy",
			body:     "Police expelled the protesters from the square on Monday and brought a charge of rioting.",
			notTypes: []string{"SANCTION"}},
	}
	runRuleCases(t, pub, tests)
}
