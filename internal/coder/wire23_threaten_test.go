package coder

import "testing"

// Twenty-fifth pass (stop 43): threats, read from sentences written for
// these tests (threaten23.go, threats13.go, data/cues.tsv).

// A thing that threatens (a conflict, a dispute, the sea) makes no
// threat: no state threatens the countries the sentence names.
func TestWireFormsTwentyFifthPassThingThreatens(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the sea threatens",
			"Rising seas threaten the Maldives and Fiji.",
			"THREATEN", []string{"FJI", "MDV"}, false},
		{"a conflict across a list of countries is threatening",
			"The jihadist conflict across Mali, Burkina Faso and Niger is threatening Ghana.",
			"THREATEN", []string{"BFA", "GHA", "MLI", "NER"}, false},
		{"a conflict in a region is threatening",
			"The conflict in the Sahel is threatening the stability of Ghana and Togo.",
			"THREATEN", []string{"GHA", "TGO"}, false},
		{"a state after a clause of its own still threatens",
			"Tensions rose in the region as Tehran threatened retaliation against Iraq.",
			"THREATEN", []string{"IRN", "IRQ"}, true},
		{"a state that declared a war and has threatened",
			"Washington declared a trade war on Canada and has threatened to use economic coercion against Ottawa.",
			"THREATEN", []string{"CAN", "USA"}, true},
	})
}

// A warning addressed to one's own people or to travellers is advice,
// and a warning system is a thing.
func TestWireFormsTwentyFifthPassWarningAdvice(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"warned its citizens to avoid travel",
			"Japan warned its citizens to avoid travel to Haiti on Monday.",
			"THREATEN", []string{"HTI", "JPN"}, false},
		{"warned tourists to be cautious",
			"Canada and Australia have warned tourists to be cautious in Bangladesh.",
			"THREATEN", []string{"AUS", "CAN"}, false},
		{"warned a demonym's fishermen of rough seas",
			"The Indian navy warned Sri Lankan fishermen of rough seas on Friday.",
			"THREATEN", []string{"IND", "LKA"}, false},
		{"an early warning system",
			"Kenya pledged to help Uganda improve its early warning system.",
			"THREATEN", []string{"KEN", "UGA"}, false},
		{"warning against visiting is no visit",
			"Rwanda issued a travel advisory, warning its citizens against visiting Uganda.",
			"CONSULT", []string{"RWA", "UGA"}, false},
		{"a state warned of consequences is still threatened",
			"Beijing warned Manila of serious consequences on Tuesday.",
			"THREATEN", []string{"CHN", "PHL"}, true},
	})
}

// "X said on Monday it could impose ...": the day between the saying and
// the pronoun leaves the pronoun the speaker's side, and the measure it
// holds out a threat.
func TestWireFormsTwentyFifthPassDatedHeldOut(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"said on Monday it could impose",
			"The US said on Monday it could impose tariffs on Denmark if it blocked the deal.",
			"THREATEN", []string{"DNK", "USA"}, true},
		{"said Tuesday that it may impose",
			"China said Tuesday that it may impose sanctions on Lithuania.",
			"THREATEN", []string{"CHN", "LTU"}, true},
		{"said on Friday it might launch",
			"Turkey said on Friday it might launch a military operation in Syria.",
			"THREATEN", []string{"SYR", "TUR"}, true},
		{"another country's possible measure is foreseen, not held out",
			"The US said on Monday that Mexico could impose tariffs on China.",
			"THREATEN", []string{"CHN", "MEX"}, false},
	})
}

// Vows with the day inside, force one will not hesitate to use, and a
// side one will punish are threats.
func TestWireFormsTwentyFifthPassThreatVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"vowed on a day to deliver a harsh response",
			"Jordan vowed on Wednesday to deliver a harsh response to Syria.",
			"THREATEN", []string{"JOR", "SYR"}, true},
		{"vowed on a day to hit back",
			"South Korea vowed on Monday to hit back with overwhelming strength if North Korea attacked again.",
			"THREATEN", []string{"KOR", "PRK"}, true},
		{"would not hesitate to use force",
			"Azerbaijan said on Monday it would not hesitate to use force against Armenia.",
			"THREATEN", []string{"ARM", "AZE"}, true},
		{"would punish a side",
			"China said it would punish Taiwan if it held the referendum.",
			"THREATEN", []string{"CHN", "TWN"}, true},
		{"a firm answer vowed to a request is no threat",
			"Iran vowed to keep its promise to Iraq and give a firm answer to its request.",
			"THREATEN", []string{"IRN", "IRQ"}, false},
	})
}
