package coder

import (
	"testing"

	"storyline/internal/event"
)

// Thirty-third pass (stop 51, contact): calls and visits told in other
// words (data/cues.tsv, contact51.go). The sentences are written for these
// tests.

func TestWireFormsThirtyThirdPassTalkAdverb(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"spoken directly with a leader",
			"The Kenyan president has spoken directly with the Ethiopian prime minister about the border dispute, his office said.",
			"CONSULT", []string{"ETH", "KEN"}, true},
		{"spoke briefly with a counterpart",
			"The Chilean foreign minister spoke briefly with her Bolivian counterpart on Monday.",
			"CONSULT", []string{"BOL", "CHL"}, true},
		{"spoke directly to the people stays no talk with a state",
			"The Kenyan president spoke directly to the nation about the floods in Ethiopia.",
			"CONSULT", []string{"ETH", "KEN"}, false},
	})
}

func TestWireFormsThirtyThirdPassCallTaken(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a call answered",
			"The Mexican president answered a call from the Cuban president on Monday.",
			"CONSULT", []string{"CUB", "MEX"}, true},
		{"a call returned",
			"The Malaysian prime minister returned a call from the Thai prime minister on Sunday.",
			"CONSULT", []string{"MYS", "THA"}, true},
		{"an appeal answered stays no call",
			"The Mexican president answered calls from Cuba to lift the embargo.",
			"CONSULT", []string{"CUB", "MEX"}, false},
	})
}

func TestWireFormsThirtyThirdPassOwnedCall(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"his first call with a new leader",
			"The Dutch prime minister said on Friday that his first call with the new Belgian prime minister was very productive.",
			"CONSULT", []string{"BEL", "NLD"}, true},
		{"a leader's first call with another",
			"The Irish prime minister's first call with the British prime minister lasted an hour.",
			"CONSULT", []string{"GBR", "IRL"}, true},
		{"a call judged in testimony stays no new call",
			"Lawmakers described the Peruvian president's call with the Chilean president as improper.",
			"CONSULT", []string{"CHL", "PER"}, false},
	})
}

func TestWireFormsThirtyThirdPassLeadDelegation(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"led a delegation from one capital to another",
			"The Turkish foreign minister led a delegation from Ankara to Baghdad on Tuesday.",
			"CONSULT", []string{"IRQ", "TUR"}, true},
		{"led a delegation to a capital",
			"The Polish foreign minister led a delegation to Vilnius on Tuesday.",
			"CONSULT", []string{"LTU", "POL"}, true},
		{"a team led to victory is no visit",
			"The Polish coach led his team to victory over Lithuania on Tuesday.",
			"CONSULT", []string{"LTU", "POL"}, false},
	})
	checkStatusAmong(t, []statusCase{
		{"one leading a delegation on a visit is on it now",
			"The Chinese president, who is leading a delegation on a state visit to Vietnam, met the Vietnamese president on Monday.",
			"CONSULT", []string{"CHN", "VNM"}, event.Occurred},
	})
}

func TestWireFormsThirtyThirdPassEnvoySent(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"an envoy and officials dispatched",
			"A Swedish envoy and officials were dispatched to Tehran.",
			"CONSULT", []string{"IRN", "SWE"}, true},
		{"officials sent",
			"Several Japanese officials were sent to Manila on Monday.",
			"CONSULT", []string{"JPN", "PHL"}, true},
		{"a rescue team sent stays no visit",
			"A team of Indian rescuers was sent to Port Vila after the earthquake.",
			"CONSULT", []string{"IND", "VUT"}, false},
	})
	checkStatusAmong(t, []statusCase{
		{"sent on Friday, with an aim after it",
			"An Indian envoy was sent to Port Vila on Friday to ease tensions.",
			"CONSULT", []string{"IND", "VUT"}, event.Occurred},
		{"to be sent",
			"An Indian envoy will be sent to Port Vila on Friday.",
			"CONSULT", []string{"IND", "VUT"}, event.Planned},
	})
}

func TestWireFormsThirtyThirdPassJourneyVerbs(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"jetted to a capital",
			"The Moroccan foreign minister jetted to Madrid on Tuesday for talks.",
			"CONSULT", []string{"ESP", "MAR"}, true},
		{"jetted off to a capital",
			"The Peruvian foreign minister jetted off to Quito on Friday.",
			"CONSULT", []string{"ECU", "PER"}, true},
		{"flew into a capital",
			"The Georgian prime minister flew into Baku on Monday for talks.",
			"CONSULT", []string{"AZE", "GEO"}, true},
		{"a delegation to take off for a capital",
			"The Brazilian delegation will take off from Brasilia to Buenos Aires on Thursday.",
			"CONSULT", []string{"ARG", "BRA"}, true},
		{"a drone into airspace is no visit",
			"A Russian drone flew into Polish airspace on Monday.",
			"CONSULT", []string{"POL", "RUS"}, false},
		{"fighter jets scrambled to respond are no visit",
			"Poland scrambled fighter jets to respond to a Russian drone over Lithuania.",
			"CONSULT", []string{"LTU", "POL"}, false},
	})
}

func TestWireFormsThirtyThirdPassLoneTraveller(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a reporter's trip is no state visit",
			"A Canadian reporter visited Kabul last week.",
			"CONSULT", []string{"AFG", "CAN"}, false},
		{"a student's arrival is no state visit",
			"An American student arrived in Pyongyang on Monday.",
			"CONSULT", []string{"PRK", "USA"}, false},
		{"a minister's trip stays a visit",
			"The Canadian foreign minister visited Kabul last week.",
			"CONSULT", []string{"AFG", "CAN"}, true},
	})
}

func TestWireFormsThirtyThirdPassCallSubjectPast(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a call that angered a third party",
			"The Egyptian president's telephone call with the Sudanese army chief angered the rebels.",
			"CONSULT", []string{"EGY", "SDN"}, true},
		{"a call that broke a silence",
			"The Peruvian president's phone call with the Chilean president broke a long silence.",
			"CONSULT", []string{"CHL", "PER"}, true},
		{"a call that followed reports tells no call of its own",
			"The Peruvian president's phone call with the Chilean president followed reports of a border clash.",
			"CONSULT", []string{"CHL", "PER"}, false},
	})
	checkStatusAmong(t, []statusCase{
		{"a call still expected stays planned",
			"The Peruvian president's phone call with the Chilean president expected on Friday worried Bolivia.",
			"CONSULT", []string{"CHL", "PER"}, event.Planned},
	})
}

func TestWireFormsThirtyThirdPassReproachedMeans(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a talk protested as the means of another's act",
			"The Chinese foreign ministry protested the Kenyan president's decision of breaking a long tradition by speaking directly with the president of Somaliland.",
			"CONSULT", []string{"CHN", "KEN"}, false},
		{"a meeting protested as the means of another's act",
			"The Serbian foreign ministry protested the Montenegrin president's move of breaking with the past by meeting directly with the Croatian president.",
			"CONSULT", []string{"HRV", "SRB"}, false},
		{"a meeting charged as the means of another's act",
			"The Ethiopian government accused the Egyptian foreign minister of stoking tensions by meeting the Sudanese army chief.",
			"CONSULT", []string{"EGY", "ETH"}, false},
		{"a talk as the means of one's own act stays",
			"Malawi eased tensions by speaking with the Mozambican president.",
			"CONSULT", []string{"MOZ", "MWI"}, true},
		{"talks as an answer to a measure stay",
			"Iran responded to the sanctions by holding talks with China.",
			"CONSULT", []string{"CHN", "IRN"}, true},
	})
}

func TestWireFormsThirtyThirdPassVisitPlaceAdjective(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"arrived in a capital named by its adjective",
			"The Senegalese president arrived in the Malian capital on Friday.",
			"CONSULT", []string{"MLI", "SEN"}, true},
		{"flew to a capital named by its adjective",
			"The Kenyan foreign minister flew to the Ugandan capital on Monday for talks.",
			"CONSULT", []string{"KEN", "UGA"}, true},
		{"visited a town named with its state's adjective",
			"The Senegalese president visited the Malian town of Kayes on Friday.",
			"CONSULT", []string{"MLI", "SEN"}, true},
		{"an adjective before people met stays a side as before",
			"The Senegalese president met Malian officials on Friday.",
			"CONSULT", []string{"MLI", "SEN"}, true},
		{"the visitor's adjective before the cue stays the visitor's",
			"Malian officials arrived in Dakar on Friday.",
			"CONSULT", []string{"MLI", "SEN"}, true},
	})
}
