package coder

import (
	"testing"

	"storyline/internal/event"
)

// Nineteenth pass (stop 37, the day): a lead that tells its act in the
// present perfect with no day takes the day its second sentence writes
// (leadsecond18.go). The sentences are written for this test; the page is
// dated Friday 2025-05-23.
func TestWireFormsNineteenthPassLeadSecondDay(t *testing.T) {
	sanction := func(start string) []expect {
		return []expect{{typ: "SANCTION", countries: []string{"CHL", "PER"}, status: event.Occurred, start: start}}
	}
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "the speaker named again with a weekday",
			body: "Chile has expelled two Peruvian diplomats, Foreign Minister Ana Soto confirmed at a news conference. " +
				"Soto said on Wednesday that the diplomats had been given three days to leave.",
			want: sanction("2025-05-21"), anyOf: true},
		{rule: "yesterday in the second sentence",
			body: "Norway has recalled its ambassador to Hungary, the government announced. " +
				"Norway's foreign ministry told reporters yesterday that the envoy would return to Oslo.",
			want: []expect{{typ: "SANCTION", countries: []string{"HUN", "NOR"}, status: event.Occurred, start: "2025-05-22"}}, anyOf: true},
		{rule: "left alone: a second sentence's plan is no day of the news",
			body: "Chile has expelled two Peruvian diplomats, the foreign minister confirmed at a news conference. " +
				"The minister will meet reporters again on Monday.",
			want: sanction("2025-05-23"), anyOf: true},
		{rule: "left alone: another actor's day",
			body: "Chile has expelled two Peruvian diplomats, the foreign minister confirmed at a news conference. " +
				"Lima said on Wednesday that it would answer in kind.",
			want: sanction("2025-05-23"), anyOf: true},
		{rule: "left alone: a day inside a relative clause is another act's",
			body: "Chile has expelled two Peruvian diplomats, the foreign minister confirmed at a news conference. " +
				"Chile gave them, unlike the envoy of Bolivia, who was summoned on Tuesday, three days to leave.",
			want: sanction("2025-05-23"), anyOf: true},
		{rule: "left alone: a lead that dates its own act",
			body: "Chile expelled two Peruvian diplomats on Thursday, the foreign minister confirmed. " +
				"The minister said on Tuesday that talks had failed.",
			want: sanction("2025-05-22"), anyOf: true},
	})
	t.Run("left alone: an undated page", func(t *testing.T) {
		body := "Chile has expelled two Peruvian diplomats, the foreign minister confirmed at a news conference. " +
			"The minister said on Wednesday that the diplomats had been given three days to leave."
		for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
			if e.Type == "SANCTION" && e.Date != nil {
				t.Errorf("undated page gave %s a day: %+v", e.Type, *e.Date)
			}
		}
	})
}
