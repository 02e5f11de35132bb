package coder

import "testing"

// Twenty-fifth pass (stop 43, the coerce and concede family, written by
// hand): a foreigner released "from detention in" a state, or "from" a
// jail named by its state's adjective, is released by that state; a
// release told of a person a relative clause says was held ("X, who was
// jailed in the UAE last week, has been pardoned") is a release by the
// jailer. The sentences are written for this test.
func TestWireFormsTwentyFifthPassReleasedFromCaptivity(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"released from detention in a state: that state releases",
			"An Australian student has been released from detention in North Korea.",
			"CONCEDE", []string{"AUS", "PRK"}, true},
		{"freed from prison in a state: that state frees",
			"A British aid worker was freed from prison in Iran on Sunday.",
			"CONCEDE", []string{"GBR", "IRN"}, true},
		{"released from custody in a state: that state releases",
			"Six American oil workers were released from custody in Venezuela on Saturday.",
			"CONCEDE", []string{"USA", "VEN"}, true},
		{"freed from a jail named by its state's adjective",
			"A U.S. citizen was freed from a Russian prison on Monday.",
			"CONCEDE", []string{"RUS", "USA"}, true},
		{"released from a jail named by its state's adjective",
			"Two French citizens were released from an Iranian jail on Friday.",
			"CONCEDE", []string{"FRA", "IRN"}, true},
		{"released from hospital is no release by the state",
			"A British tourist was released from hospital in Egypt on Sunday.",
			"CONCEDE", []string{"EGY", "GBR"}, false},
		{"a citizen released in his own state is no concession between states",
			"An Iranian activist was released from prison in Iran on Sunday.",
			"CONCEDE", []string{"IRN"}, false},
	})
}

func TestWireFormsTwentyFifthPassReleaseAfterHeld(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a person held in a relative clause is pardoned by the jailer",
			"The British teacher who was jailed in the UAE was pardoned on Monday.",
			"CONCEDE", []string{"ARE", "GBR"}, true},
		{"a named person held in a relative clause is released by the jailer",
			"Tom Reid, an Australian student who was detained in North Korea last week, has been released.",
			"CONCEDE", []string{"AUS", "PRK"}, true},
		{"people held in a relative clause are freed by the jailer",
			"Two Canadians who were detained in China were freed on Friday.",
			"CONCEDE", []string{"CAN", "CHN"}, true},
		{"a pardon received after a relative detention",
			"The British teacher who was jailed for life in the United Arab Emirates received a presidential pardon on Monday.",
			"CONCEDE", []string{"ARE", "GBR"}, true},
		{"the person before ', who was jailed' is the one held",
			"British teacher Daniel Carter, who was jailed for life in the United Arab Emirates last week, has been pardoned.",
			"COERCE", []string{"ARE", "GBR"}, true},
		{"the person before ', who was jailed' is the one pardoned",
			"British teacher Daniel Carter, who was jailed for life in the United Arab Emirates last week, has been pardoned.",
			"CONCEDE", []string{"ARE", "GBR"}, true},
		{"another person's release after the relative clause is no release of the one held",
			"A British teacher who was jailed in the UAE said his wife was released on Monday.",
			"CONCEDE", []string{"ARE", "GBR"}, false},
		{"a release from hospital frees no prisoner",
			"A British teacher who was jailed in the UAE in 2018 was released from hospital on Monday.",
			"CONCEDE", []string{"ARE", "GBR"}, false},
		{"only the person before the relative clause is held, not the states before it",
			"India weighs Bangladesh's request to extradite former Prime Minister Anwar Khan, who was sentenced to death in absentia by a tribunal.",
			"COERCE", []string{"BGD", "IND"}, false},
	})
}

// A headline drops the auxiliary of the passive: "British nurse jailed in
// Qatar" tells that she was jailed there (coerce23.go headlineHeld). A
// participle followed by the headline's own verb is a reduced relative.
func TestWireFormsTwentyFifthPassHeadlineHeld(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a headline's dropped passive: jailed in a state",
			"British nurse jailed in Qatar",
			"COERCE", []string{"GBR", "QAT"}, true},
		{"a headline's dropped passive: detained in a state",
			"Japanese engineer detained in China on spying charges",
			"COERCE", []string{"CHN", "JPN"}, true},
		{"a headline's dropped passive: sentenced in a state",
			"Dutch journalist sentenced to three years in Turkey",
			"COERCE", []string{"NLD", "TUR"}, true},
		{"a reduced relative before the headline's own verb",
			"French cyclist detained in Spain may soon be freed",
			"COERCE", []string{"ESP", "FRA"}, false},
		{"a body sentence with its stop keeps the reduced relative",
			"A Japanese engineer detained in China spoke to reporters on Monday.",
			"COERCE", []string{"CHN", "JPN"}, false},
	})
}
