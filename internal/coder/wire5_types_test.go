package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifth pass over wire forms (stop 23), event types: ways news English
// tells an act whose type the lexicon missed or got wrong. The sentences
// are written for this test; each rule has two that it must code and one
// it must leave alone.
func TestWireFormsFifthPassTypes(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "ordering a country to close its consulate is a sanction against that country",
			body: "Canada on Tuesday ordered Russia to close its consulate in Montreal within a week.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "RUS"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"REQUEST"}},
		{rule: "'demanding that X close its embassy' is the sanction, not a request",
			body: "Poland escalated the row by demanding that Belarus close its embassy in Warsaw.",
			want: []expect{{typ: "SANCTION", countries: []string{"BLR", "POL"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"REQUEST"}},
		{rule: "'ordered the closure of the Turkish consulate' names the mission's country as the target",
			body: "Greece on Monday ordered the closure of the Turkish consulate in Thessaloniki.",
			want: []expect{{typ: "SANCTION", countries: []string{"GRC", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "protesters gathering close to an embassy close nothing",
			body:     "Hundreds of protesters gathered close to the Russian embassy in Vilnius on Monday.",
			notTypes: []string{"SANCTION"}},

		{rule: "'said he would devastate X's economy' is a threat against X; the condition's places are no party",
			body: "Russian President Vladimir Putin said on Monday he would devastate Ukraine's economy if Kyiv's troops in Poland crossed the border.",
			want: []expect{{typ: "THREATEN", countries: []string{"RUS", "UKR"}, status: event.Occurred, notActor: "POL"}}, anyOf: true},
		{rule: "a scare-quoted verb of the reporter's sentence: 'will “obliterate” the Iranian economy'",
			body: "US President Donald Trump said on Tuesday that he will “obliterate” the Iranian economy if Tehran attacks Iraq.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "USA"}, status: event.Occurred, notActor: "IRQ"}}, anyOf: true},
		{rule: "an economy already ruined by a war is no threat",
			body:     "Years of war devastated Syria's economy, the World Bank said in a report on Monday.",
			notTypes: []string{"THREATEN"}},
		{rule: "a fronted participle is an act of its own: the main clause's threat keeps its type",
			body: "Announcing the withdrawal of French troops from Mali, President Emmanuel Macron warned Russia on Monday against sending mercenaries.",
			want: []expect{{typ: "THREATEN", countries: []string{"FRA", "RUS"}, status: event.Occurred, notActor: "MLI"}}, anyOf: true},
		{rule: "'Speaking in Ankara, Erdogan accused Sweden': the place of the participle is no party",
			body: "Speaking to reporters in Baku on Friday, Turkish President Recep Tayyip Erdogan accused Sweden of harbouring militants.",
			want: []expect{{typ: "ACCUSE", countries: []string{"SWE", "TUR"}, status: event.Occurred, notActor: "AZE"}}, anyOf: true},
		{rule: "a quoted statement after a colon stays the speaker's words",
			body:     "Iran's foreign minister told reporters in Tehran: “We will destroy Israel's economy”.",
			notTypes: []string{"THREATEN", "COERCE"}},

		{rule: "'captured a British tanker' is a seizure against the flag's country",
			body: "Russia's coastguard said on Monday it had captured a Ukrainian cargo ship in the Sea of Azov.",
			want: []expect{{typ: "COERCE", countries: []string{"RUS", "UKR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'the Iranian Revolutionary Guard detained ... a British ship': the guard stands for its state",
			body: "On Monday the Iranian Revolutionary Guard detained a British ship with a crew of 23.",
			want: []expect{{typ: "COERCE", countries: []string{"GBR", "IRN"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "the country a seizure's suspicion names is no party",
			body: "The Spanish navy seized a Venezuelan tanker on Monday on suspicion that it was carrying oil to Cuba.",
			want: []expect{{typ: "COERCE", countries: []string{"ESP", "VEN"}, status: event.Occurred, notActor: "CUB"}}, anyOf: true},
		{rule: "troops capturing a town is fighting, not a seizure",
			body:     "Israeli troops captured the Lebanese town of Khiam on Monday after heavy fighting.",
			notTypes: []string{"COERCE"}},

		{rule: "'threatened to demolish and obliterate X's economy' is one threat, not a threat and a seizure",
			body: "China's president threatened on Monday to bankrupt and destroy the Taiwanese economy if Taipei declared independence.",
			want: []expect{{typ: "THREATEN", countries: []string{"CHN", "TWN"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"COERCE"}},
		{rule: "two finite acts joined by 'and' stay two",
			body: "Russia expelled two Polish diplomats and closed the Polish consulate in Kaliningrad on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"POL", "RUS"}, status: event.Occurred}}, anyOf: true},

		{rule: "a court releasing a foreigner: the court acts for its state, the freed man stands for his",
			body: "An Iranian court on Monday released a French journalist after two years in detention.",
			want: []expect{{typ: "CONCEDE", countries: []string{"FRA", "IRN"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "'released American pastor' names the freed man's country",
			body: "Egypt on Monday released an American pastor held since 2023.",
			want: []expect{{typ: "CONCEDE", countries: []string{"EGY", "USA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a court that jails its own citizen frees no one",
			body:     "A Russian court on Monday jailed a Russian journalist for six years.",
			notTypes: []string{"CONCEDE"}},

		{rule: "a harm said to come is a threat made when it is said",
			body: "US President Donald Trump said on Monday that he will ruin the Turkish economy if Ankara attacks the Kurds.",
			want: []expect{{typ: "THREATEN", countries: []string{"TUR", "USA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a strike promised is a threat that was made",
			body: "Iran's foreign minister said on Tuesday that Iran will strike Israel again.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "ISR"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: a sanction a government has decided stays the planned act",
			body: "Turkey will impose sanctions on Israel next week, the trade minister said on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"ISR", "TUR"}, status: event.Planned}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
