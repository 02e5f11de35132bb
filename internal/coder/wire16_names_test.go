package coder

import "testing"

// Sixteenth pass (stop 34): names the actor tables did not read. English
// news names a state by the seat of its government or parliament ("the
// Knesset", "South Block", "Palazzo Chigi"), by a state body named alone
// ("the Bundeswehr", "Scotland Yard") and by demonyms the tables lacked
// ("Uzbek", "Nepali"). A common word written in lower case ("the commons")
// is no seat. The sentences are written for this test.
func TestWireFormsSixteenthPassNames(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a parliament named alone is its state's legislature",
			"The Knesset condemned Peru on Monday over the vote.",
			"ACCUSE", []string{"ISR", "PER"}, true},
		{"a ministry's building stands for the ministry",
			"South Block criticised Nepal on Monday for the border map.",
			"ACCUSE", []string{"IND", "NPL"}, true},
		{"a prime minister's palace stands for the government",
			"Palazzo Chigi condemned Libya on Monday over the detentions.",
			"ACCUSE", []string{"ITA", "LBY"}, true},
		{"an army named alone is its state's",
			"The Bundeswehr accused Russia on Monday of jamming its aircraft.",
			"ACCUSE", []string{"DEU", "RUS"}, true},
		{"a demonym the tables lacked",
			"Uzbek officials condemned Kyrgyzstan on Monday over the border shooting.",
			"ACCUSE", []string{"KGZ", "UZB"}, true},
		{"a parliament's short name in capitals is its legislature",
			"The Commons condemned Peru on Monday over the grazing ban.",
			"ACCUSE", []string{"GBR", "PER"}, true},
		{"a common word in lower case is no seat",
			"The commons condemned Peru on Monday over the grazing ban.",
			"ACCUSE", []string{"GBR", "PER"}, false},
	})
}
