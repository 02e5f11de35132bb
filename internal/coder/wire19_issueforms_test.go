package coder

import "testing"

// Sentences written for stop 39 in the forms issue 11 names: the sides of
// a meeting going on as "They" or "The ministers", "engaged ... in a
// firefight", a country's border guards, and a joint committee held with a
// partner.
func TestWire19IssueForms(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"they after a call", "The foreign ministers of Japan and South Korea spoke by phone on Monday. They called on Pyongyang to abide by United Nations resolutions.",
			"REQUEST", []string{"JPN", "KOR", "PRK"}, true},
		{"they after a meeting", "Brazilian Foreign Minister Mauro Vieira met his Chinese counterpart Wang Yi in Beijing on Monday. They agreed to expand trade.",
			"AGREE", []string{"BRA", "CHN"}, true},
		{"the ministers after a meeting", "Indian and Japanese ministers met in Tokyo on Tuesday. The ministers condemned North Korea's missile launches.",
			"ACCUSE", []string{"IND", "JPN", "PRK"}, true},
		{"they two sentences on", "The foreign ministers of Japan and South Korea spoke by phone on Monday. The call lasted an hour. They called on Pyongyang to abide by United Nations resolutions.",
			"REQUEST", []string{"JPN", "KOR", "PRK"}, false},
		// Stop 41 (discourse21.go): the signers of an accord are "they" as
		// the parties of a meeting are; this row wanted none before.
		{"they after an accord", "Japan and South Korea signed a fisheries accord on Monday. They called on Pyongyang to abide by United Nations resolutions.",
			"REQUEST", []string{"JPN", "KOR", "PRK"}, true},
		{"engaged in a firefight", "Indian soldiers engaged Chinese troops in a gunbattle on Monday.",
			"ASSAULT", []string{"CHN", "IND"}, true},
		{"engaged border guards", "Afghan forces engaged Pakistani border guards in a firefight on Friday.",
			"ASSAULT", []string{"AFG", "PAK"}, true},
		{"border guards act", "Iranian border guards killed two Afghan migrants on Monday.",
			"ASSAULT", []string{"AFG", "IRN"}, true},
		{"engaged in talks", "Indian diplomats engaged Chinese officials in talks on Monday.",
			"ASSAULT", []string{"CHN", "IND"}, false},
		{"the border still a place", "Indian troops crossed the Chinese border on Monday.",
			"ASSAULT", []string{"CHN", "IND"}, false},
		// A joint body's session held with a partner, as official
		// statements write it.
		{"held the committee with", "South Korean Foreign Minister Chung Eui-yong held the Joint Committee with his Indian counterpart in Seoul on Tuesday.",
			"CONSULT", []string{"IND", "KOR"}, true},
		{"co-chaired the commission with", "India's Defence Minister co-chaired the Joint Commission with his Vietnamese counterpart in Hanoi on Monday.",
			"CONSULT", []string{"IND", "VNM"}, true},
		{"holds the committee, no partner", "Britain's ruling party holds the committee majority, French officials said on Monday.",
			"CONSULT", []string{"FRA", "GBR"}, false},
	})
}
