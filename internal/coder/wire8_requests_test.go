package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass over wire forms (stop 26), requests and refusals: demands a
// government makes in its own words or by a vote, and talks refused by
// judging them worthless. The sentences are written for this test; each
// rule has two that it must code and one it must leave alone.
func TestWireFormsEighthPassRequests(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'“We call on X to ...,” the ministry said' is the speaker's request of X",
			body: "“We call on Belarus to release the detained journalists at once,” Lithuania's foreign ministry said on Tuesday.",
			want: []expect{{typ: "REQUEST", countries: []string{"BLR", "LTU"}, status: event.Occurred}}, anyOf: true},
		{rule: "'“We strongly urge Tokyo to reconsider,” China's foreign ministry said'",
			body: "“We strongly urge Tokyo to reconsider its decision,” China's foreign ministry said in a statement.",
			want: []expect{{typ: "REQUEST", countries: []string{"CHN", "JPN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'“I invite you to ...,” X said to Y': you is the one told",
			body: "“I invite you to send more troops to Estonia,” the Estonian prime minister said to the German chancellor.",
			want: []expect{{typ: "REQUEST", countries: []string{"DEU", "EST"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: the countries named in what is asked are not the ones asked",
			body: "“We call on all nations to join Norway in banning the mines,” Sweden's foreign ministry said.",
			want: []expect{{typ: "REQUEST", countries: []string{"SWE"}, status: event.Occurred, notActor: "NOR"}}, anyOf: true},

		{rule: "'demanded that X immediately free the French journalists': what is asked names no side",
			body: "Britain on Monday demanded that Iran immediately free the French journalists it detained.",
			want: []expect{{typ: "REQUEST", countries: []string{"GBR", "IRN"}, status: event.Occurred, notActor: "FRA"}}, anyOf: true},
		{rule: "a title-case headline's capitalised infinitive is what is asked",
			body: "Arab Leaders Call on Egyptians at Cairo Rally to Back Sudan",
			want: []expect{{typ: "REQUEST", countries: []string{"EGY"}, status: event.Occurred, notActor: "SDN"}}, anyOf: true}, // no tense given: done (status13.go)
		{rule: "leave alone: two named after 'that' are both asked",
			body: "Washington on Monday demanded that Russia and China stop the naval exercises.",
			want: []expect{{typ: "REQUEST", countries: []string{"CHN", "RUS", "USA"}, status: event.Occurred}}, anyOf: true},

		{rule: "a parliament's vote to expel a country's troops is a request to that country",
			body: "Lebanon's parliament voted on Tuesday to expel the Syrian troops stationed in the country.",
			want: []expect{{typ: "REQUEST", countries: []string{"LBN", "SYR"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"THREATEN", "COERCE"}},
		{rule: "'meeting in an emergency session' is the body sitting, not a meeting with the troops' country",
			body: "Somalia's parliament, meeting in an emergency session, voted on Sunday to expel the Ethiopian forces deployed in the south.",
			want: []expect{{typ: "REQUEST", countries: []string{"ETH", "SOM"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"CONSULT"}},
		{rule: "leave alone: troops driven out by force are no vote",
			body:     "Kenya expelled Somali troops from the border town on Monday.",
			notTypes: []string{"REQUEST"}},
		{rule: "leave alone: leaders meeting for talks still meet",
			body: "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing for talks on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "RUS"}, status: event.Occurred}}, anyOf: true},

		{rule: "talks deemed futile are talks refused",
			body: "Venezuela's foreign minister on Monday deemed negotiations with the United States futile.",
			want: []expect{{typ: "REJECT", countries: []string{"USA", "VEN"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"CONSULT"}},
		{rule: "an offer of talks called a ploy to deceive is refused, by the one who says so",
			body: "North Korea on Tuesday insisted the South Korean offer to hold talks was a ploy to deceive the world.",
			want: []expect{{typ: "REJECT", countries: []string{"KOR", "PRK"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"CONSULT"}},
		{rule: "leave alone: talks that are not futile are no refusal",
			body:     "Oman's foreign minister said on Monday that talks with Iran were not futile.",
			notTypes: []string{"REJECT"}},
	}
	runRuleCases(t, pub, tests)
}

// The one who asks or refuses is the source, the one asked or refused the
// target.
func TestWireFormsEighthPassRequestSides(t *testing.T) {
	const pub = "2025-06-11"
	tests := []struct {
		body, typ, source, target string
	}{
		{"“We call on Belarus to release the detained journalists at once,” Lithuania's foreign ministry said on Tuesday.", "REQUEST", "LTU", "BLR"},
		{"“I invite you to send more troops to Estonia,” the Estonian prime minister said to the German chancellor.", "REQUEST", "EST", "DEU"},
		{"Lebanon's parliament voted on Tuesday to expel the Syrian troops stationed in the country.", "REQUEST", "LBN", "SYR"},
		{"North Korea on Tuesday insisted the South Korean offer to hold talks was a ploy to deceive the world.", "REJECT", "PRK", "KOR"},
	}
	for _, tt := range tests {
		checkRoles(t, tt.body, Code(art(tt.body, pub), Options{}), tt.typ, tt.source, tt.target)
	}
}
