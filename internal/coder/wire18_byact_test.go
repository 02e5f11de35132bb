package coder

import "testing"

// Nineteenth pass (stop 37): an act told as a noun with an "of" phrase
// naming what it fell on and a "by" phrase naming who did it is coded
// apart, whoever the clause's own act is between. The sentences are
// written for this test.
func TestWireFormsNineteenthPassByAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a seizure of ships by a state, watched by a third",
			"Canada voiced concern on Monday over the seizure of two Peruvian fishing boats by Chile.",
			"COERCE", []string{"CHL", "PER"}, true},
		{"the doer before the thing seized",
			"Officials in Madrid are following the seizure by Morocco of a Spanish cargo ship.",
			"COERCE", []string{"ESP", "MAR"}, true},
		{"a sinking by a navy named with its adjective",
			"Oslo demanded an inquiry into the sinking of a Norwegian trawler by the Russian navy.",
			"ASSAULT", []string{"NOR", "RUS"}, true},
		{"a participle's own agent is no doer of the act",
			"Kenya welcomed the release of the Ugandan sailors held by Somali pirates.",
			"COERCE", []string{"SOM", "UGA"}, false},
		{"an act noun with no country in its of phrase",
			"Canada voiced concern on Monday over the seizure of a cargo ship by Chile.",
			"COERCE", []string{"CAN", "CHL"}, false},
	})
}

// The release a third side credits is coded as the releasing side's
// concession; a release asked for is not. The sentences are written for
// this test.
func TestWireFormsNineteenthPassByActRelease(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a release by a state, told after another act",
			"Ecuador freed two Colombian fishermen on Friday following the release of a Peruvian journalist by Bolivia.",
			"CONCEDE", []string{"BOL", "PER"}, true},
		{"a release by a state, noted by a third",
			"Brazil welcomed the release of three Chilean sailors by Argentina on Tuesday.",
			"CONCEDE", []string{"ARG", "CHL"}, true},
		{"a release asked for is no concession",
			"Ottawa called for the release of two Canadian citizens by China on Tuesday.",
			"CONCEDE", []string{"CAN", "CHN"}, false},
	})
}

// A concern voiced over an act told with its "by" phrase is aimed at the
// doer, not at the country the act fell on; "Ukranian", a common
// misspelling in wire copy, is Ukraine's adjective (table fact). The
// sentences are written for this test.
func TestWireFormsNineteenthPassByActConcern(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the concern is aimed at the doer",
			"The United States expressed deep concerns over the seizure of two Peruvian fishing boats by Chile.",
			"ACCUSE", []string{"CHL", "USA"}, true},
		{"the concern is not aimed at the victim",
			"The United States expressed deep concerns over the seizure of two Peruvian fishing boats by Chile.",
			"ACCUSE", []string{"PER", "USA"}, false},
		{"a misspelled demonym still names its country",
			"Poland voiced concern over the detention of three Ukranian sailors by Russia.",
			"COERCE", []string{"RUS", "UKR"}, true},
	})
}

// Information released is no concession. The sentence is written for
// this test.
func TestWireFormsNineteenthPassByActInformation(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a report released is no concession",
			"Officials in Lima studied the release of a Chilean report by Argentina on Monday.",
			"CONCEDE", []string{"ARG", "CHL"}, false},
	})
}
