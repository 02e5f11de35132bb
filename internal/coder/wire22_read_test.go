package coder

import "testing"

// Twenty-fourth pass (stop 42, the groups bt–bw read): the day between the
// verb of arriving and the place, and the emergency team as an aid team.
// Sentences written for the test, not taken from the corpus.
func TestWire22ArrivalDayBeforePlace(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"weekday between arrived and in",
			"Japanese Foreign Minister Taro Kono arrived Tuesday in Canberra on a two-day trip.",
			"CONSULT", []string{"AUS", "JPN"}, true},
		{"weekday and part of day between landed and in",
			"Brazilian President Lula landed on Sunday evening in Lisbon for a three-day state visit.",
			"CONSULT", []string{"BRA", "PRT"}, true},
		{"month and day between arrived and at",
			"A Turkish medical team arrived this March 22 at Skopje airport to help fight the outbreak in North Macedonia.",
			"AID", []string{"MKD", "TUR"}, true},
		{"emergency team told with its day",
			"An Indonesian emergency team arrived Friday in Manila after the typhoon.",
			"AID", []string{"IDN", "PHL"}, true},
		{"emergency team is aid, not a visit",
			"An Indonesian emergency team arrived Friday in Manila after the typhoon.",
			"CONSULT", []string{"IDN", "PHL"}, false},
		{"a runner who arrived on a day is no visitor",
			"The Kenyan runner arrived Tuesday in Tokyo with his coach.",
			"CONSULT", []string{"JPN", "KEN"}, false},
	})
}

// A switch of recognition, ties or allegiance backs the government it
// goes to; the one it leaves, after "from", is no party to that act.
func TestWire22SwitchedRecognition(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"switched recognition to",
			"Tuvalu has switched diplomatic recognition to China, its foreign ministry said on Monday.",
			"SUPPORT", []string{"CHN", "TUV"}, true},
		{"switch allegiance from one to the other",
			"Vanuatu switched its allegiance from Taiwan to China on Tuesday, the prime minister announced.",
			"SUPPORT", []string{"CHN", "VUT"}, true},
		{"the government left is no party",
			"Vanuatu switched its allegiance from Taiwan to China on Tuesday, the prime minister announced.",
			"SUPPORT", []string{"TWN", "VUT"}, false},
		{"switching sides in a game is no recognition",
			"Canada switched goalkeepers against Sweden in the second period.",
			"SUPPORT", []string{"CAN", "SWE"}, false},
	})
}
