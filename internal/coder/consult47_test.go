package coder

import "testing"

// Twenty-ninth pass (stop 47): "meet with" a reception and "talk of" a
// rumour are no meetings (consult47.go). The sentences are written for
// this test.
func TestWireFormsTwentyNinthPassMetWithReception(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"met with resistance from a state is no meeting",
			"The Kenyan minister met with resistance from Tanzania over the border.",
			"CONSULT", []string{"KEN", "TZA"}, false},
		{"met with stiff opposition from a state is no meeting",
			"The Kenyan minister met with stiff opposition from Tanzania over the border.",
			"CONSULT", []string{"KEN", "TZA"}, false},
		{"a proposal met with a cool response is no meeting",
			"The proposal by Germany met with a cool response from France.",
			"CONSULT", []string{"DEU", "FRA"}, false},
		{"met with criticism from a state is its criticism",
			"The Polish defence minister met with criticism from Germany over the purchase.",
			"ACCUSE", []string{"DEU", "POL"}, true},
		{"met with opposition leaders stays a meeting",
			"The Kenyan minister met with opposition leaders from Tanzania on Friday.",
			"CONSULT", []string{"KEN", "TZA"}, true},
		{"met with a counterpart stays a meeting",
			"Peru's president met with the Bolivian foreign minister on Friday in Lima.",
			"CONSULT", []string{"BOL", "PER"}, true},
	})
}

func TestWireFormsTwentyNinthPassTalkAsRumour(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"talk of war between two states is no talks",
			"There was talk of war between India and Pakistan.",
			"CONSULT", []string{"IND", "PAK"}, false},
		{"talk of war between two states is no war",
			"There was talk of war between India and Pakistan.",
			"ASSAULT", []string{"IND", "PAK"}, false},
		{"talks of war are no talks",
			"The talks of war between Ethiopia and Eritrea alarmed diplomats.",
			"CONSULT", []string{"ERI", "ETH"}, false},
		{"peace talks that opened stay talks",
			"The peace talks between Ethiopia and Eritrea opened in Nairobi on Monday.",
			"CONSULT", []string{"ERI", "ETH"}, true},
		{"talks of a day stay talks",
			"The talks of May 2 between Peru and Chile failed.",
			"CONSULT", []string{"CHL", "PER"}, true},
	})
}

// Twenty-ninth pass (stop 47): a load's subject read past its destination
// and past an "including" list (arrivals.go, consult47.go). The sentences
// are written for this test.
func TestWireFormsTwentyNinthPassLoadSubject(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a batch of relief to a state arriving is no visit",
			"China's first batch of earthquake relief assistance to Afghanistan arrives in Kabul",
			"CONSULT", []string{"AFG", "CHN"}, false},
		{"a batch of aid with an including list arriving is aid",
			"The second batch of medical aid, including test kits from China, is expected to arrive in Tehran on Saturday.",
			"AID", []string{"CHN", "IRN"}, true},
		{"an including list with a grouped number and no closing comma",
			"The second batch of medical aid, including 50,000 test kits from China is expected to arrive in Tehran on Saturday.",
			"CONSULT", []string{"CHN", "IRN"}, false},
		{"an envoy to a state arriving stays a visit",
			"Pakistan's special envoy to Afghanistan arrived in Kabul on Monday for talks with Afghan officials.",
			"CONSULT", []string{"AFG", "PAK"}, true},
		{"a delegation including ministers arriving stays a visit",
			"A Turkish delegation, including two ministers, arrived in Tripoli on Tuesday.",
			"CONSULT", []string{"LBY", "TUR"}, true},
	})
}

// Twenty-ninth pass (stop 47): a warship named by its class makes a port
// call, no state visit (context.go). The sentences are written for this
// test.
func TestWireFormsTwentyNinthPassWarshipVisit(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an aircraft carrier visiting is no state visit",
			"A US aircraft carrier visited Vietnam on Monday.",
			"CONSULT", []string{"USA", "VNM"}, false},
		{"a frigate arriving is no state visit",
			"A Russian frigate arrived in Havana on Tuesday.",
			"CONSULT", []string{"CUB", "RUS"}, false},
		{"a navy chief arriving stays a visit",
			"The Indian navy chief arrived in Colombo on Monday for talks with Sri Lankan officials.",
			"CONSULT", []string{"IND", "LKA"}, true},
	})
}
