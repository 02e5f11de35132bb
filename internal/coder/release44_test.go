package coder

import "testing"

// Twenty-sixth pass (stop 44, concessions and retreat, own wire sentences):
// one held named by a reduced relative and then released (release44.go);
// a measure dropped outright (cues.tsv). The sentences are written for
// this test.
func TestWireFormsTwentySixthPassHeldReduced(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a reduced relative of detention, then the release",
			"A Japanese academic detained in China has been released.",
			"CONCEDE", []string{"CHN", "JPN"}, true},
		{"a reduced relative with a capital and a time after since",
			"A Japanese academic detained in Beijing since September has been released.",
			"CONCEDE", []string{"CHN", "JPN"}, true},
		{"plural captives held, then freed",
			"Two Canadian engineers detained in Iran since 2023 were freed on Monday.",
			"CONCEDE", []string{"CAN", "IRN"}, true},
		{"the one held is not the one holding",
			"A Japanese academic detained in China has been released.",
			"COERCE", []string{"JPN"}, false},
		{"a subject and a past verb, the release after and, stays the detention",
			"China detained a Japanese academic in March and has released him.",
			"COERCE", []string{"CHN", "JPN"}, true},
	})
}

func TestWireFormsTwentySixthPassDroppedMeasures(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"sanctions dropped",
			"Beijing dropped its sanctions on the Lithuanian lawmaker.",
			"CONCEDE", []string{"CHN", "LTU"}, true},
		{"a ban dropped",
			"Brussels dropped its ban on Ukrainian grain imports.",
			"CONCEDE", []string{"BEL", "UKR"}, true},
		{"sanctions dropped is no sanction",
			"Beijing dropped its sanctions on the Lithuanian lawmaker.",
			"SANCTION", []string{"CHN", "LTU"}, false},
		{"a currency dropped on sanctions news is no concession",
			"The rouble dropped on sanctions news from Washington.",
			"CONCEDE", []string{"RUS", "USA"}, false},
	})
}

func TestWireFormsTwentySixthPassListsLeft(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a list named by what it lists",
			"The United States removed Cuba from its list of state sponsors of terrorism.",
			"CONCEDE", []string{"CUB", "USA"}, true},
		{"taken off a blacklist",
			"Washington took Sudan off its terrorism blacklist.",
			"CONCEDE", []string{"SDN", "USA"}, true},
		{"taken off a blacklist is no sanction",
			"Washington took Sudan off its terrorism blacklist.",
			"SANCTION", []string{"SDN", "USA"}, false},
		{"put back on the list stays the sanction",
			"The United States put Cuba back on its list of state sponsors of terrorism.",
			"CONCEDE", []string{"CUB", "USA"}, false},
	})
}
