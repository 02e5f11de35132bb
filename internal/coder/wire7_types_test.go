package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass over wire forms (stop 25), event types: acts the coder gave
// another type, or whose other side it missed. The sentences are written
// for this test; each rule has two that it must code and one it must leave
// alone.
func TestWireFormsSeventhPassTypes(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'condemned the move' is aimed at the side whose hostile act fell on the condemner",
			body: "Germany on Monday ordered Russia to close its consulate in Leipzig. Russia strongly condemned the move, calling it hostile.",
			want: []expect{{typ: "ACCUSE", countries: []string{"DEU", "RUS"}, status: event.Occurred}}, anyOf: true},
		{rule: "'denounces this unjustified and provocative decision' after an expulsion",
			body: "Poland expelled three Belarusian diplomats on Tuesday. Minsk said it denounces this unjustified and provocative decision.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BLR", "POL"}, status: event.Occurred}}, anyOf: true},
		{rule: "a third country condemning the move is no side of the act it answers",
			body: "Germany on Monday ordered Russia to close its consulate in Leipzig. Hungary condemned the move.",
			want: []expect{{typ: "ACCUSE", countries: []string{"HUN"}, status: event.Occurred, notActor: "DEU"}}, anyOf: true},

		{rule: "an envoy named with no post is a government's own staffing, no cooperation",
			body:     "The visit by Tom Baxter, whom British Prime Minister Keir Starmer appointed as an envoy for trade, surprised many Nigerians.",
			notTypes: []string{"COOPERATE"}},
		{rule: "'who the president named as a special envoy for climate' posts no one to another country",
			body:     "The trip by Celso Duarte, who Brazilian President Luiz Inacio Lula da Silva named as a special envoy for climate, may please some Argentines.",
			notTypes: []string{"COOPERATE"}},
		{rule: "leave alone: two countries naming their envoys to each other's capitals",
			body: "Japan and South Korea on Monday named veteran diplomats as their new ambassadors, ending a year-long gap.",
			want: []expect{{typ: "COOPERATE", countries: []string{"JPN", "KOR"}, status: event.Occurred}}, anyOf: true},

		{rule: "'informed X that it had to close its consulate' is the order to close it",
			body: "The Czech government on Tuesday abruptly informed Russia that it had to immediately close its consulate in Brno.",
			want: []expect{{typ: "SANCTION", countries: []string{"CZE", "RUS"}, status: event.Occurred}}, anyOf: true},
		{rule: "'notified X that it must shut its embassy' is a sanction against X",
			body: "Lithuania notified Belarus on Monday that it must shut its embassy in Vilnius within a week.",
			want: []expect{{typ: "SANCTION", countries: []string{"BLR", "LTU"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: an embassy said to close for a holiday closes no one's mission",
			body:     "The Japanese foreign ministry told reporters on Monday that the embassy in Manila would close for two days over the holiday.",
			notTypes: []string{"SANCTION"}},

		{rule: "'as Palestinians protested the opening of the US embassy' is an act of its own beside the clashes",
			body: "Deadly clashes erupted along the border fence on Monday as Palestinians protested the opening of the US embassy in Jerusalem.",
			want: []expect{{typ: "PROTEST", countries: []string{"PSE", "USA"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"ASSAULT"}},
		{rule: "'as Armenians protested the visit' keeps the protest apart from the fighting",
			body: "Heavy fighting broke out near the border on Tuesday as Armenians protested the visit of Azerbaijan's president to Moscow.",
			want: []expect{{typ: "PROTEST", countries: []string{"ARM", "AZE"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: 'as' before a role is no clause",
			body:     "Iran on Monday sent Abbas Araghchi as its envoy to talks with Oman in Muscat.",
			notTypes: []string{"PROTEST", "ASSAULT"}},

		{rule: "'money that has been spent to support Ukraine' describes the money; it reports no support",
			body:     "Donald Trump on Monday questioned the American money that has been spent to support Ukraine.",
			notTypes: []string{"SUPPORT", "AID"}},
		{rule: "'funds that were earmarked to support the Philippines' say what the funds are for",
			body:     "Japanese Prime Minister Fumio Kishida described the Japanese funds that were earmarked to support the Philippines.",
			notTypes: []string{"SUPPORT", "AID"}},
		{rule: "leave alone: a government that sends money to support a country supports it",
			body: "Japan on Monday pledged to support Ukraine with $4 billion in loans.",
			want: []expect{{typ: "AGREE", countries: []string{"JPN", "UKR"}, status: event.Occurred}}, anyOf: true},

		{rule: "cancelling a country's visas is a sanction against it",
			body: "India on Wednesday cancelled all visas issued to Pakistani nationals.",
			want: []expect{{typ: "SANCTION", countries: []string{"IND", "PAK"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"COERCE"}},
		{rule: "'revoked the visa exemption scheme for Qatari citizens', told with a ban after it",
			body: "Saudi Arabia has revoked the visa exemption scheme for Qatari citizens, effectively banning their travel to the kingdom.",
			want: []expect{{typ: "SANCTION", countries: []string{"QAT", "SAU"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: visas issued again cut nothing",
			body:     "Japan on Monday resumed issuing visas to Chinese tourists.",
			notTypes: []string{"SANCTION"}},
	}
	runRuleCases(t, pub, tests)
}
