package coder

import "testing"

// Twenty-third pass (stop 41, the coerce family, written by hand): a
// foreigner held named by trade ("a Swedish bookseller") and a foreign
// body raided or whose property is seized ("a German foundation",
// "Russian assets") stand for their country; an arrest told as a person
// "taken into custody", a detention as people "held hostage" or "held in
// prison", and an entry ban as a person "barred from entering" are
// coercion. The sentences are written for this test.
func TestWireFormsTwentyThirdPassCoerce(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a bookseller sentenced abroad stands for his country",
			"A Swedish bookseller was sentenced to ten years in prison in China on Tuesday.",
			"COERCE", []string{"CHN", "SWE"}, true},
		{"an employee detained abroad stands for his country",
			"A Japanese employee of a drug maker was detained in Beijing on Tuesday.",
			"COERCE", []string{"CHN", "JPN"}, true},
		{"a foundation's offices raided stand for its country",
			"Russian authorities raided the offices of a German foundation in Moscow on Monday.",
			"COERCE", []string{"DEU", "RUS"}, true},
		{"assets seized stand for their owner's country",
			"France seized Russian assets worth 1 billion euros on Friday.",
			"COERCE", []string{"FRA", "RUS"}, true},
		{"a firm freed is no side of a concession",
			"Kenya freed a Chinese firm from a tax probe on Friday.",
			"CONCEDE", []string{"CHN", "KEN"}, false},
		{"a bookseller who protests is not coerced",
			"A Swedish bookseller protested outside the Chinese embassy on Tuesday.",
			"COERCE", []string{"CHN", "SWE"}, false},

		{"a person taken into custody is arrested",
			"Turkish police took a German journalist into custody on Thursday.",
			"COERCE", []string{"DEU", "TUR"}, true},
		{"a person taken into custody in the passive is arrested",
			"A German journalist was taken into custody by Turkish police on Thursday.",
			"COERCE", []string{"DEU", "TUR"}, true},
		{"people held hostage are detained",
			"Two French citizens are being held hostage in Iran.",
			"COERCE", []string{"FRA", "IRN"}, true},
		{"people held in prison are detained",
			"Iran held two French citizens in prison on Friday.",
			"COERCE", []string{"FRA", "IRN"}, true},
		{"talks held are no detention",
			"Russian police held talks with Chinese officials in Moscow on Friday.",
			"COERCE", []string{"CHN", "RUS"}, false},

		// Stop 45: a state's lawmakers or ministers barred from a
		// country are a travel ban on their state, a SANCTION (as the
		// dev gold codes "banning two Spanish ministers from the
		// country"); other people barred stay COERCE (wire45_sanction_test.go).
		{"a lawmaker barred from entering is banned",
			"Israel barred two U.S. congresswomen from entering the country on Thursday.",
			"SANCTION", []string{"ISR", "USA"}, true},
		{"a lawmaker barred from visiting is banned",
			"China barred a British lawmaker from visiting Hong Kong on Friday.",
			"SANCTION", []string{"CHN", "GBR"}, true},
		{"trucks barred from entering stay a sanction",
			"Uganda barred Kenyan trucks from entering the country on Friday.",
			"COERCE", []string{"KEN", "UGA"}, false},
	})
}
