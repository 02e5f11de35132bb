package coder

import "testing"

// TestWireFormsTwentySecondPassHouseDiscusses: a parliament, its members or
// a cabinet that discuss a matter naming two countries hold no meeting
// between them (consult20.go). Sentences written for this test.
func TestWireFormsTwentySecondPassHouseDiscusses(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"lawmakers will discuss", "Greek lawmakers will discuss the name deal between Greece and North Macedonia on Wednesday.",
			"CONSULT", []string{"GRC", "MKD"}, false},
		{"the cabinet discussed", "The Serbian cabinet discussed the trade deal between Serbia and Kosovo on Tuesday.",
			"CONSULT", []string{"SRB", "XKX"}, false},
		{"a house discusses with a visitor", "Members of the Japanese parliament discussed the comfort women deal with South Korean lawmakers on Friday.",
			"CONSULT", []string{"JPN", "KOR"}, true},
		{"officials discuss", "Greek and Macedonian officials discussed the name deal in Athens on Wednesday.",
			"CONSULT", []string{"GRC", "MKD"}, true},
	})
}

// TestWireFormsTwentySecondPassOnlookers: the agent of a passive of looking
// on or judging after a meeting is no party to it; the agent of hosting
// or requesting it stays one (consult20.go, inTopic). Sentences written
// for this test.
func TestWireFormsTwentySecondPassOnlookers(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"watched by", "Chinese President Xi Jinping's tour of the Pacific will be closely watched by Australian diplomats.",
			"CONSULT", []string{"AUS", "CHN"}, false},
		{"overshadowed by", "The talks in Istanbul were overshadowed by a ceasefire plan proposed by the United States and Ukraine.",
			"CONSULT", []string{"UKR", "USA"}, false},
		{"praised by", "The summit in Alaska was praised by Britain and France on Sunday.",
			"CONSULT", []string{"FRA", "GBR"}, false},
		{"requested by", "The meeting in Geneva was requested by France and Germany on Monday.",
			"CONSULT", []string{"DEU", "FRA"}, true},
	})
}

// TestWireFormsTwentySecondPassVenueCity: a city named before a summit, a
// meeting or an accord is the venue, no party (actors/places.go
// cityNouns). Sentences written for this test.
func TestWireFormsTwentySecondPassVenueCity(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"his Hanoi summit", "North Korean leader Kim Jong Un returned from his Hanoi summit with US President Donald Trump on Friday.",
			"CONSULT", []string{"PRK", "USA", "VNM"}, false},
		{"the Hanoi summit, the two parties", "North Korean leader Kim Jong Un returned from his Hanoi summit with US President Donald Trump on Friday.",
			"CONSULT", []string{"PRK", "USA"}, true},
		{"the Helsinki meeting", "The Helsinki meeting between Russian President Vladimir Putin and US President Donald Trump ended on Monday.",
			"CONSULT", []string{"FIN", "RUS", "USA"}, false},
		{"capitals as parties", "Tokyo and Seoul held talks on Monday.",
			"CONSULT", []string{"JPN", "KOR"}, true},
	})
}

// TestWireFormsTwentySecondPassTalksTally: calls or meetings told as a
// count in the perfect, or as a habit in the present, are no one event
// (consult20.go). Sentences written for this test.
func TestWireFormsTwentySecondPassTalksTally(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"six times this year", "French President Emmanuel Macron has spoken with Russian President Vladimir Putin at least six times this year.",
			"CONSULT", []string{"FRA", "RUS"}, false},
		{"many times", "US President Donald Trump said on Monday he had spoken to Russian President Vladimir Putin many times.",
			"CONSULT", []string{"RUS", "USA"}, false},
		{"a lot", "US President Donald Trump told reporters on Monday that he speaks to Russian President Vladimir Putin a lot.",
			"CONSULT", []string{"RUS", "USA"}, false},
		{"one call for two hours", "French President Emmanuel Macron spoke with Russian President Vladimir Putin for two hours on Monday.",
			"CONSULT", []string{"FRA", "RUS"}, true},
	})
}
