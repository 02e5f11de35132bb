package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27): a tax put, implemented or made due on another
// country's goods, the goods named by their crop, and the government that
// announces an agentless measure. The sentences are
// written for this test.
func TestWireFormsNinthPassTrade(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'signed an order that puts a tariff on goods coming from': a sanction",
			body: "Mexico's president on Tuesday signed a decree that puts a 30 percent tariff on goods coming from Canada.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "MEX"}, status: event.Occurred}}, anyOf: true},
		{rule: "'implementing a tariff on': a sanction",
			body: "Japan on Monday issued a cabinet order implementing a 20 percent tariff on Korea.",
			want: []expect{{typ: "SANCTION", countries: []string{"JPN", "KOR"}, status: event.Occurred}}, anyOf: true},
		{rule: "a crop named by its country adjective is goods",
			body: "India on Tuesday imposed anti-dumping duties of 40% on Malaysian sugar.",
			want: []expect{{typ: "SANCTION", countries: []string{"IND", "MYS"}, status: event.Occurred}}, anyOf: true},
		{rule: "'announced that goods will be subject to tariffs': the announcer lays them",
			body: "Canada's prime minister announced on Tuesday that steel imported from China will be subject to 25% tariffs from August.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "CHN"}, status: event.Planned}}, anyOf: true},
		{rule: "leave alone: 'put the question of tariffs to' lays no tax",
			body:     "Japan's trade minister on Tuesday put the question of tariffs to his Korean counterpart.",
			notTypes: []string{"SANCTION"}},
		{rule: "leave alone: tariffs put on hold are no sanction laid",
			body:     "Canada on Monday put its tariffs on American steel on hold for 30 days.",
			notTypes: []string{"SANCTION"}},
		{rule: "leave alone: the speaker's own diplomats expelled are no act of the speaker",
			body:     "Russia said on Tuesday that 12 of its diplomats would be expelled.",
			notTypes: []string{"SANCTION"}},
	})
}
