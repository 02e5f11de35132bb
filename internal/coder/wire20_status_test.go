package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-second pass (stop 40): an infinitive after a causative told as
// done ("prompted Norway to expel", "leading Germany to demand") is done,
// and so is "was forced to halt"; a participle after "will" is planned
// with it; "was to have met" is a meeting that did not come about; a trip
// told in the present takes the tense of the day written; a meeting told
// before ", agreeing to hold a new round" is held; an act ruled out,
// stopped short of, mulled or weighed, or a plan denied, is no act
// (status22.go). The sentences are written for this test.
func TestWireFormsTwentySecondPassStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"prompted X to expel is an expulsion done",
			"The incident prompted Norway to expel a Russian diplomat.",
			"SANCTION", []string{"NOR", "RUS"}, event.Occurred},
		{"led X to demand is a demand made",
			"The report led Germany to demand answers from Russia.",
			"ACCUSE", []string{"DEU", "RUS"}, event.Occurred},
		{"had been forced to halt is done",
			"Russia had been forced to halt flights to Georgia to protect its citizens.",
			"SANCTION", []string{"GEO", "RUS"}, event.Occurred},
		{"was forced to withdraw is done",
			"Canada was forced to withdraw its diplomats from Iran.",
			"SANCTION", []string{"CAN", "IRN"}, event.Occurred},
		{"will be forced to withdraw stays planned",
			"Canada will be forced to withdraw its diplomats from Iran.",
			"SANCTION", []string{"CAN", "IRN"}, event.Planned},
		{"a participle after will is planned",
			"Greece will soon send a note to Germany demanding reparations.",
			"REQUEST", []string{"DEU", "GRC"}, event.Planned},
		{"a participle clause after will is planned",
			"The United States will send envoys to Venezuela, demanding the release of prisoners.",
			"REQUEST", []string{"USA", "VEN"}, event.Planned},
		{"a participle after a past verb stays done",
			"Greece sent a note to Germany on Monday demanding reparations.",
			"REQUEST", []string{"DEU", "GRC"}, event.Occurred},
		{"was to have met did not come about",
			"The Kenyan president was to have met the Ugandan president on Monday.",
			"CONSULT", []string{"KEN", "UGA"}, event.Cancelled},
		{"is to meet stays planned",
			"The Kenyan president is to meet the Ugandan president on Monday.",
			"CONSULT", []string{"KEN", "UGA"}, event.Planned},
		{"heads to on a day ahead is planned",
			"The French president heads to Algeria on Thursday.",
			"CONSULT", []string{"DZA", "FRA"}, event.Planned},
		{"flies to on a day ahead is planned",
			"The Japanese prime minister flies to Washington on Monday for talks with the U.S. president.",
			"CONSULT", []string{"JPN", "USA"}, event.Planned},
		{"flies to on the day told is under way",
			"The Japanese prime minister flies to Washington on Tuesday for talks with the U.S. president.",
			"CONSULT", []string{"JPN", "USA"}, event.Occurred},
		{"talks concluded, agreeing to hold another round",
			"Delegations of Russia and Ukraine concluded their talks in Istanbul on Monday, agreeing to hold a new round of negotiations.",
			"CONSULT", []string{"RUS", "UKR"}, event.Occurred},
		{"talks wrapped up, agreeing to meet again",
			"The foreign ministers of India and China wrapped up their talks in Moscow on Monday, agreeing to meet again next month.",
			"CONSULT", []string{"CHN", "IND"}, event.Occurred},
		{"agreed to hold talks stays planned",
			"The leaders of Kenya and Uganda agreed to hold talks next month.",
			"CONSULT", []string{"KEN", "UGA"}, event.Planned},
		{"heads to with no day is the news of the day",
			"The French president heads to Algeria for talks with President Tebboune.",
			"CONSULT", []string{"DZA", "FRA"}, event.Occurred},
	})
	checkCodedCases(t, []codedCase{
		{"could prompt X to expel is no expulsion", "The incident could prompt Norway to expel a Russian diplomat.", "SANCTION", []string{"NOR", "RUS"}, false},
		{"a visit ruled out", "Spain's foreign minister ruled out a visit to Morocco this year.", "CONSULT", []string{"ESP", "MAR"}, false},
		{"sanctions ruled out in a headline", "Britain rules out sanctions on Israel", "SANCTION", []string{"GBR", "ISR"}, false},
		{"talks ruled out stay a rejection", "The Kremlin ruled out talks with Ukraine.", "REJECT", []string{"RUS", "UKR"}, true},
		{"a plan to host talks denied", "Egypt denies plan to host talks between Israel and Iran.", "CONSULT", []string{"EGY", "IRN", "ISR"}, false},
		{"plans to host talks denied", "Egypt denied plans to host talks between Israel and Iran.", "CONSULT", []string{"EGY", "IRN", "ISR"}, false},
		{"stopped short of expelling", "Argentina stopped short of expelling Brazil's ambassador.", "SANCTION", []string{"ARG", "BRA"}, false},
		{"stopped short of imposing", "Japan stopped short of imposing sanctions on Russia.", "SANCTION", []string{"JPN", "RUS"}, false},
		{"expelled shortly after is done", "Argentina expelled Brazil's ambassador shortly after the vote.", "SANCTION", []string{"ARG", "BRA"}, true},
		{"a visit mulled in a headline", "Brazil's president mulls Argentina visit", "CONSULT", []string{"ARG", "BRA"}, false},
		{"sanctions weighed in a headline", "Japan weighs sanctions on Russia", "SANCTION", []string{"JPN", "RUS"}, false},
		{"a visit planned in a headline", "Brazil's president plans Argentina visit", "CONSULT", []string{"ARG", "BRA"}, true},
		{"a plan to host talks told", "Egypt plans to host talks between Israel and Iran.", "CONSULT", []string{"EGY", "IRN", "ISR"}, true},
	})
}
