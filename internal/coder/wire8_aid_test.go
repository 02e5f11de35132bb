package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26), second round: a medical team sent or arriving is
// aid from the country it comes from to the country it reaches. The
// sentences are written for this test.
func TestWireFormsEighthPassMedicalAid(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'sent a medical team to': aid",
			body: "Cuba on Tuesday sent a medical team to Peru to help fight the cholera outbreak.",
			want: []expect{{typ: "AID", countries: []string{"CUB", "PER"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"ASSAULT"}},
		{rule: "'dispatched a team of experts to': aid",
			body: "Japan dispatched a team of experts to Turkey on Monday after the earthquake.",
			want: []expect{{typ: "AID", countries: []string{"JPN", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'a team of doctors landed in': aid, no visit",
			body: "A team of Russian doctors landed in Belgrade on Monday night.",
			want: []expect{{typ: "AID", countries: []string{"RUS", "SRB"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"CONSULT"}},
		{rule: "'medical supplies arrived in': aid, no visit",
			body: "A shipment of medical supplies from Germany arrived in Kyiv on Tuesday.",
			want: []expect{{typ: "AID", countries: []string{"DEU", "UKR"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"CONSULT"}},
		{rule: "leave alone: a team of journalists arriving gives nothing",
			body:     "A team of British journalists landed in Tehran on Monday.",
			notTypes: []string{"AID", "CONSULT"}},
		{rule: "leave alone: a minister arriving still visits",
			body: "Japan's foreign minister landed in Ankara on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"JPN", "TUR"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"AID"}},
	})
}

// Eighth pass (stop 26), second round: a noun of support after a
// preposition is the purpose or means of another act. The sentences are
// written for this test.
func TestWireFormsEighthPassSupportPhrase(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'in support of': the purpose of another act, no support",
			body:     "Turkey's decision to send drones in support of Azerbaijan's offensive drew protests on Tuesday.",
			notTypes: []string{"SUPPORT"}},
		{rule: "'with the support of': a means, no support",
			body:     "Officials in Minsk said on Tuesday the activists had worked with the support of the Polish government.",
			notTypes: []string{"SUPPORT"}},
		{rule: "leave alone: 'came out in support of' supports",
			body: "Brazil on Tuesday came out in support of Argentina's bid to host the summit.",
			want: []expect{{typ: "SUPPORT", countries: []string{"ARG", "BRA"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: the verb 'supported' supports",
			body: "Brazil on Tuesday supported Argentina's bid to host the summit.",
			want: []expect{{typ: "SUPPORT", countries: []string{"ARG", "BRA"}, status: event.Occurred}}, anyOf: true},
	})
}

// Eighth pass (stop 26), second round: "the opening of the embassy" names
// a ceremony, not an act of support. The sentences are written for this
// test.
func TestWireFormsEighthPassSupportOccasion(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'during the opening of the embassy': a ceremony",
			body:     "Hungary's prime minister spoke on Tuesday during the opening of the Hungarian embassy in Jerusalem.",
			notTypes: []string{"SUPPORT"}},
		{rule: "'celebrating the opening of the embassy': a ceremony",
			body:     "Israeli officials were joined by Guatemalan ministers on Tuesday in celebrating the opening of the embassy.",
			notTypes: []string{"SUPPORT"}},
		{rule: "leave alone: a verb of restoring relations is the act",
			body: "Guatemala restored diplomatic relations with Israel on Tuesday.",
			want: []expect{{typ: "SUPPORT", countries: []string{"GTM", "ISR"}, status: event.Occurred}}, anyOf: true},
	})
}
