package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26): threats and the reactions to them. The sentences
// are written for this test.
func TestWireFormsEighthPassThreats(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		// Not ruling out force is a threat of it, made when it is said,
		// whatever modal stands before the negation.
		{rule: "'would not rule out military action against Georgia': a threat",
			body: "Russia's defence minister said on Tuesday he would not rule out military action against Georgia.",
			want: []expect{{typ: "THREATEN", countries: []string{"GEO", "RUS"}, status: event.Occurred}}, anyOf: true},
		{rule: "'wouldn't rule out airstrikes on Iran': a threat",
			body: "Israel's prime minister told reporters on Tuesday that he wouldn't rule out airstrikes on Iran.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "ISR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'is not ruling out the use of force against Taiwan'",
			body: "China is not ruling out the use of force against Taiwan, a Chinese defence ministry spokesman said on Tuesday.",
			want: []expect{{typ: "THREATEN", countries: []string{"CHN", "TWN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'ruled out military action': no threat",
			body:     "Germany's chancellor ruled out military action against Russia on Tuesday.",
			notTypes: []string{"THREATEN"}},
		{rule: "'did not rule out a terrorist attack': the cause of a crash, no threat",
			body:     "Egyptian officials did not rule out a terrorist attack on the Russian airliner on Tuesday.",
			notTypes: []string{"THREATEN"}},
		// The place a threatened act would land in is the one threatened.
		{rule: "'threatened a military intervention in Haiti': Haiti is threatened",
			body: "The Dominican Republic has threatened a military intervention in Haiti after the border clashes on Monday.",
			want: []expect{{typ: "THREATEN", countries: []string{"DOM", "HTI"}, status: event.Occurred}}, anyOf: true},
		{rule: "'the threat of military action in northern Syria': Syria is threatened",
			body: "Turkey's threat of military action in northern Syria grew on Tuesday as troops massed on the border.",
			want: []expect{{typ: "THREATEN", countries: []string{"SYR", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'threatened sanctions at a rally in Ohio': the rally is no side",
			body:     "The US president threatened new sanctions at a rally in Ohio on Tuesday.",
			notTypes: []string{"ACCUSE"},
			want:     []expect{{typ: "THREATEN", countries: []string{"USA"}, status: event.Occurred}}},
	})
}

// A charge told as "an act of" aggression or craziness, and a judgement
// of a threat that reports the threat as well.
func TestWireFormsEighthPassJudgedThreats(t *testing.T) {
	const pub = "2025-06-11"
	runRuleCases(t, pub, []ruleCase{
		{rule: "'called the blockade an act of piracy': a charge",
			body: "Iran's foreign minister on Tuesday called Britain's seizure of the tanker an act of piracy.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GBR", "IRN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'the threat of strikes was an act of madness, the minister said': a charge and the threat",
			body: "Israel's threat of military action in Lebanon was an act of madness, the Lebanese foreign minister said on Tuesday.",
			want: []expect{
				{typ: "ACCUSE", countries: []string{"ISR", "LBN"}, status: event.Occurred},
				{typ: "THREATEN", countries: []string{"ISR", "LBN"}, status: event.Occurred},
			}},
		{rule: "'the visit was an act of friendship': no charge",
			body:     "The Indian prime minister's visit to Japan was an act of friendship, the Japanese foreign minister said on Tuesday.",
			notTypes: []string{"ACCUSE"}},
	})
}

// The charge of a speaker named after the words is the speaker's: in
// "X was an act of madness, the Lebanese minister said" Lebanon charges.
func TestEighthPassTrailingSpeakerCharges(t *testing.T) {
	const body = "Israel's threat of military action in Lebanon was an act of madness, the Lebanese foreign minister said on Tuesday."
	checkRoles(t, body, Code(art(body, "2025-06-11"), Options{KeepOneSided: true}), "ACCUSE", "LBN", "ISR")
}
