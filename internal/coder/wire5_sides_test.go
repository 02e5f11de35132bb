package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifth pass (stop 23), the parties of events: who is a side and who is
// only named beside it. The sentences are written for this test; each
// rule has at least two that it must code and one it must leave alone.
func TestWireFormsFifthPassSides(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		// A judging verb that wraps its object ("called X barbaric"): the
		// side an attack inside the object hit is no party of the charge.
		{rule: "'called the X strikes against Y barbaric': Y was hit, X is accused",
			body: "Egypt on Monday called the Israeli strikes against Lebanon “barbaric”.",
			want: []expect{{typ: "ACCUSE", countries: []string{"EGY", "ISR"}, status: event.Occurred, notActor: "LBN"}}, anyOf: true},
		{rule: "'described the X attack on Y as a war crime'",
			body: "Poland's president on Monday described the Russian attack on Ukraine as a war crime.",
			want: []expect{{typ: "ACCUSE", countries: []string{"POL", "RUS"}, status: event.Occurred, notActor: "UKR"}}, anyOf: true},
		{rule: "'called the strikes by Y criminal': the attacker after 'by' stays accused",
			body: "Kenya on Monday called the strikes by Somalia “criminal”.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},

		// A reaction to "the attack" answers the attack the story is
		// about, not an older one told in passing nearer to it.
		{rule: "a condemnation answers the story's attack, not a background raid told after it",
			body: "Ethiopian jets bombed Eritrean army positions on Monday. Ethiopian artillery also shelled Eritrean border posts. In 1998 Eritrea invaded the Badme region. Sudan condemned the attack.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ETH", "SDN"}, status: event.Occurred}}, anyOf: true},
		{rule: "with one report each, the attack told first is the story's",
			body: "Israeli jets struck a Hamas compound in Doha on Tuesday. Hamas led the October 2023 attack on Israel. Turkey condemned the strike.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ISR", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "a reaction by the only attacker gets no target",
			body: "Pakistani troops shelled Indian posts on Monday. Pakistan condemned the attack.",
			want: []expect{{typ: "ACCUSE", countries: []string{"PAK"}, status: event.Occurred}}, anyOf: true},

		// "warned X to ..." and "urged X to ...": the infinitive says what
		// the target must do; whoever it names is no side of the demand.
		{rule: "'warned X to stop arming Y': Y is what the warning is about",
			body: "The United States on Monday warned Iran to stop arming the Houthis in Yemen.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "USA"}, status: event.Occurred, notActor: "YEM"}}, anyOf: true},
		{rule: "'urged X to pull its troops out of Y'",
			body: "Germany on Monday urged Russia to pull its troops out of Moldova.",
			want: []expect{{typ: "REQUEST", countries: []string{"DEU", "RUS"}, status: event.Occurred, notActor: "MDA"}}, anyOf: true},
		{rule: "'urged X and Y to ...': both named before the infinitive stay targets",
			body: "Egypt on Monday urged Israel and Lebanon to respect the truce.",
			want: []expect{{typ: "REQUEST", countries: []string{"EGY", "ISR", "LBN"}, status: event.Occurred}}, anyOf: true},

		// Witnesses, mediators and the owner of the venue frame an
		// agreement or a meeting; they are no side of it while two sides
		// are left.
		{rule: "'witnessed by the X foreign minister': X is no side of the accord",
			body: "Ethiopia and Eritrea signed a border accord on Monday, witnessed by the Saudi foreign minister.",
			want: []expect{{typ: "AGREE", countries: []string{"ERI", "ETH"}, status: event.Occurred, notActor: "SAU"}}, anyOf: true},
		{rule: "'a deal brokered by X'",
			body: "Sudan and South Sudan signed an oil deal brokered by Ethiopia on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"SDN", "SSD"}, status: event.Occurred, notActor: "ETH"}}, anyOf: true},
		{rule: "'held talks at the official residence of X': the host of the venue is no side",
			body: "The Thai and Cambodian foreign ministers held talks on Monday at the official residence of the Malaysian prime minister.",
			want: []expect{{typ: "CONSULT", countries: []string{"KHM", "THA"}, status: event.Occurred, notActor: "MYS"}}, anyOf: true},
		{rule: "a witness stays when no two sides would be left",
			body: "Rwanda signed the accord on Monday, witnessed by Kenya.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "RWA"}, status: event.Occurred}}, anyOf: true},

		// A country's economy and its armed bodies stand for it, as its
		// banks and troops do.
		{rule: "'threatened to cripple the X economy': X is threatened",
			body: "Washington threatened on Monday to cripple the Venezuelan economy.",
			want: []expect{{typ: "THREATEN", countries: []string{"USA", "VEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'the X Revolutionary Guard detained ...': X detained",
			body: "On the 4th of June, the Iranian Revolutionary Guard detained a Panamanian tanker.",
			want: []expect{{typ: "COERCE", countries: []string{"IRN", "PAN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'X marines seized ...'",
			body: "After a long chase, Venezuelan marines seized a Guyanese fishing boat on Monday.",
			want: []expect{{typ: "COERCE", countries: []string{"GUY", "VEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "judging an economy names no party",
			body: "Japan criticised the Chinese economy on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"JPN"}, status: event.Occurred, notActor: "CHN"}}, anyOf: true},

		// "in northern Syria" names a place inside the country, as "in
		// Syria" does: the venue, not a side.
		{rule: "'an offensive in northern X': X is where, not who",
			body: "Russia warned Turkey on Monday against an offensive in northern Syria.",
			want: []expect{{typ: "THREATEN", countries: []string{"RUS", "TUR"}, status: event.Occurred, notActor: "SYR"}}, anyOf: true},
		{rule: "'held talks in eastern X'",
			body: "Egypt and Sudan held talks on Monday in eastern Chad.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Occurred, location: "Chad"}}, anyOf: true},
		// The place attacked is no venue of the warning; since the
		// eleventh pass it is no side of it either: what the warned side
		// must not do names its own sides (targets11.go).
		{rule: "a compass word after a verb of force leaves no venue",
			body: "Russia warned Turkey on Monday against attacking northern Syria.",
			want: []expect{{typ: "THREATEN", countries: []string{"RUS", "TUR"}, status: event.Occurred, location: "-"}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
