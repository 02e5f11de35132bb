package coder

import "testing"

// Sixteenth pass (stop 34, the ar and as families): a country's
// abbreviation listed bare after a comma or "and" is the country itself;
// before a noun it qualifies it stays an adjective. The sentences are
// written for this test.
func TestWireFormsSixteenthPassListedAbbreviation(t *testing.T) {
	t.Run("after a comma", func(t *testing.T) {
		codedOne(t, art("France, UK and Germany accused Russia of the attacks.", "2025-05-20"), "ACCUSE", []string{"DEU", "FRA", "GBR", "RUS"})
	})
	t.Run("after and", func(t *testing.T) {
		codedOne(t, art("Canada and UK accused Iran of the cyberattack on Tuesday.", "2025-05-20"), "ACCUSE", []string{"CAN", "GBR", "IRN"})
	})
	t.Run("before a noun it qualifies", func(t *testing.T) {
		codedOne(t, art("Iran accused France over its tariffs on Iranian and UK steel.", "2025-05-20"), "ACCUSE", []string{"FRA", "IRN"})
	})
}
