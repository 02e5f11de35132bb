package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifth pass (stop 23): one article tells one visit in several sentences.
// The sentences are written for this test.
func TestOneArticleOneVisit(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "a scheduled visit and its cancellation are one cancelled visit",
			body: "Brazilian President Luiz Inacio Lula da Silva was due to make a state visit to Portugal on June 23.\n" +
				"Lula has called off the visit to Portugal, citing the crisis at home.",
			want: []expect{{typ: "CONSULT", countries: []string{"BRA", "PRT"}, status: event.Cancelled, start: "2025-06-23"}}, anyOf: true},
		{rule: "a trip planned for a month, then postponed, is one cancelled trip",
			body: "Kenyan President William Ruto will visit Germany in July, his office said.\n" +
				"Later, Ruto postponed his trip to Germany.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "KEN"}, status: event.Cancelled, start: "2025-07-01"}}, anyOf: true},
		{rule: "leave alone: a cancelled visit and a new one planned for another month are two",
			body: "Kenyan President William Ruto cancelled his visit to Germany in May.\n" +
				"Ruto will visit Germany in September instead, his office said.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "KEN"}, status: event.Cancelled, start: "2025-05-01"},
				{typ: "CONSULT", countries: []string{"DEU", "KEN"}, status: event.Planned, start: "2025-09-01"}}, anyOf: true},
		{rule: "leave alone: talks going on and a summit called off, both undated, are two",
			body: "Negotiators from Brazil and Argentina will continue their talks on the trade dispute.\n" +
				"A meeting of Lula and Milei in Montevideo was cancelled because of the storms.",
			want: []expect{{typ: "CONSULT", countries: []string{"ARG", "BRA"}, status: event.Cancelled},
				{typ: "CONSULT", countries: []string{"ARG", "BRA"}, status: event.Planned}}, anyOf: true},
		{rule: "leave alone: talks that may end in the next few weeks and a summit called off are two",
			body: "Brazil and Argentina continue to negotiate and could finalise a trade deal in the next few weeks.\n" +
				"The two sides have been unable to reschedule a meeting of Lula and Milei in Montevideo that was cancelled because of the storms.",
			want: []expect{{typ: "CONSULT", countries: []string{"ARG", "BRA"}, status: event.Cancelled}}, anyOf: true},

		{rule: "arrival the day before the summit is one visit",
			body: "Chilean President Gabriel Boric will hold talks with Argentine President Javier Milei in Buenos Aires on June 20.\n" +
				"Boric is expected to arrive in Argentina on June 19 for the talks.",
			want: []expect{{typ: "CONSULT", countries: []string{"ARG", "CHL"}, status: event.Planned, start: "2025-06-20"}}},
		{rule: "talks on two days in a row are one visit",
			body: "Indonesian President Prabowo Subianto met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.\n" +
				"Prabowo met Pham Minh Chinh again on Tuesday before flying home.",
			want: []expect{{typ: "CONSULT", countries: []string{"IDN", "VNM"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "leave alone: calls on two days are two calls",
			body: "Egyptian President Abdel Fattah el-Sisi spoke by phone with Jordan's King Abdullah on Monday.\n" +
				"Sisi spoke by phone with King Abdullah again on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: "2025-06-09"},
				{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: "2025-06-10"}}, anyOf: true},
		{rule: "leave alone: meetings a week apart are two",
			body: "Indonesian President Prabowo Subianto met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on June 2.\n" +
				"Prabowo met Pham Minh Chinh again in Hanoi on June 9.",
			want: []expect{{typ: "CONSULT", countries: []string{"IDN", "VNM"}, status: event.Occurred, start: "2025-06-02"},
				{typ: "CONSULT", countries: []string{"IDN", "VNM"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},

		{rule: "a withdrawal announced as a plan, beside the withdrawal the headline dates, is that withdrawal",
			body: "Chancellor Friedrich Merz announced Monday that Germany will withdraw from the energy treaty with Russia.\n" +
				"Merz announces German withdrawal from Russia energy pact\n" +
				"Chancellor Friedrich Merz signs the order in Berlin, June 9, 2025.",
			want: []expect{{typ: "RETREAT", countries: []string{"DEU", "RUS"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "a recall said to come, beside the recall the headline dates, is that recall",
			body: "Spanish Foreign Minister Jose Manuel Albares said on Monday that Spain will recall its ambassador to Israel.\n" +
				"Spain recalls its ambassador to Israel\n" +
				"The minister speaks to reporters in Madrid, June 9, 2025.",
			want: []expect{{typ: "SANCTION", countries: []string{"ESP", "ISR"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "leave alone: an undated plan at another place is another meeting",
			body: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n" +
				"Kenyan President William Ruto will host Ugandan President Yoweri Museveni in Nairobi, his office said.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"},
				{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Planned}}},
	})
}
