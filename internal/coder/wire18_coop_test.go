package coder

import "testing"

// Twentieth pass (stop 38), the cooperative types read from sentences
// written by hand in wire style: a bare abbreviation as a verb's object
// ("urges US to"), a capital after "called on", "deal with" as a verb, a
// response vowed, a pact struck, sanctions lifted in the passive
// (abbrev16.go, actors/callon18.go, cues.tsv). The sentences are written
// for this test.
func TestWireFormsTwentiethPassCooperative(t *testing.T) {
	checkCodedCases(t, []codedCase{
		// A bare abbreviation as the object of a verb.
		{"urged US to",
			"China urged US to cancel all tariffs on Chinese goods.",
			"REQUEST", []string{"CHN", "USA"}, true},
		{"asked UK to",
			"Iran asked UK to release its seized oil tanker.",
			"REQUEST", []string{"GBR", "IRN"}, true},
		{"joint US and Kenyan patrols stay the adjective",
			"Somalia welcomed joint US and Kenyan patrols along the coast.",
			"SUPPORT", []string{"SOM", "USA"}, false},
		// A capital after "called on".
		{"calls on Pyongyang to",
			"Tokyo calls on Pyongyang to return the abducted citizens.",
			"REQUEST", []string{"JPN", "PRK"}, true},
		{"called on Pyongyang to",
			"Seoul called on Pyongyang to return to talks.",
			"REQUEST", []string{"KOR", "PRK"}, true},
		// "deal with" as a verb is no deal.
		{"will deal with",
			"Kenya will deal with Tanzania over the border closure.",
			"AGREE", []string{"KEN", "TZA"}, false},
		{"dealt with",
			"Kenya dealt with Tanzania firmly over the border closure.",
			"AGREE", []string{"KEN", "TZA"}, false},
		{"a deal with stays a deal",
			"Turkey signed a deal with the United States on Monday.",
			"AGREE", []string{"TUR", "USA"}, true},
		// A response vowed is a threat, no pledge.
		{"vowed a firm response",
			"Kenya vowed a firm response to Tanzania over the border closure.",
			"AGREE", []string{"KEN", "TZA"}, false},
		{"vowed a firm response is a threat",
			"Kenya vowed a firm response to Tanzania over the border closure.",
			"THREATEN", []string{"KEN", "TZA"}, true},
		// A pact struck.
		{"struck a trade pact",
			"Japan and the United States struck a trade pact on Monday.",
			"AGREE", []string{"JPN", "USA"}, true},
		{"struck a water and energy pact",
			"India and Bangladesh struck a water and energy pact on Monday.",
			"AGREE", []string{"BGD", "IND"}, true},
		{"struck a depot stays a blow",
			"Israel struck a weapons depot in Lebanon on Monday.",
			"AGREE", []string{"ISR", "LBN"}, false},
		// Sanctions lifted in the passive.
		{"sanctions were lifted by",
			"Sanctions on Syria were lifted by the United States on Friday.",
			"CONCEDE", []string{"SYR", "USA"}, true},
		{"sanctions were eased by",
			"Sanctions on Cuba were eased by the United States last week.",
			"CONCEDE", []string{"CUB", "USA"}, true},
		{"sanctions were imposed is no concession",
			"Sanctions on Russia were imposed by the United States on Friday.",
			"CONCEDE", []string{"RUS", "USA"}, false},
		{"sanctions could be lifted is no concession",
			"The sanctions on Venezuela could be lifted if the elections are free, the United States said.",
			"CONCEDE", []string{"USA", "VEN"}, false},
	})
}
