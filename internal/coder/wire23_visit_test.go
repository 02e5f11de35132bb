package coder

import "testing"

// TestWireFormsTwentyFifthPassTripToMeet: a meeting told as the purpose of
// a trip ("travelled to Nairobi to meet the Eritrean president") is a
// meeting with the one met, beside the visit to the place; a meeting only
// hoped for on the trip is none (visit23.go meetsObject). Sentences
// written for this test.
func TestWireFormsTwentyFifthPassTripToMeet(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"travelled to a third country to meet", "The Ethiopian prime minister travelled to Nairobi on Sunday to meet the Eritrean president.",
			"CONSULT", []string{"ERI", "ETH"}, true},
		{"the visit to the place stays", "The Ethiopian prime minister travelled to Nairobi on Sunday to meet the Eritrean president.",
			"CONSULT", []string{"ETH", "KEN"}, true},
		{"will travel to meet", "The Indian prime minister will travel to Johannesburg next week to meet the Chinese president.",
			"CONSULT", []string{"CHN", "IND"}, true},
		{"flew to meet officials", "The Turkish foreign minister travelled to Doha on Tuesday to meet Hamas officials.",
			"CONSULT", []string{"PSE", "TUR"}, true},
		{"hoping to meet", "The Ukrainian president flew to Paris on Monday, hoping to meet the Russian president.",
			"CONSULT", []string{"RUS", "UKR"}, false},
		{"failed to meet", "The Ukrainian president flew to Paris on Monday but failed to meet the Russian president.",
			"CONSULT", []string{"RUS", "UKR"}, false},
	})
}

// TestWireFormsTwentyFifthPassSeatHosts: a guest received, welcomed or
// hosted at a government's seat, with no host named after "by", is that
// government's guest (visit23.go seatHostsPassive, cues.tsv "receive+ at").
// Sentences written for this test.
func TestWireFormsTwentyFifthPassSeatHosts(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"received at the Kremlin", "The Hungarian prime minister was received at the Kremlin on Friday.",
			"CONSULT", []string{"HUN", "RUS"}, true},
		{"received at Downing Street", "The German chancellor was received at Downing Street on Monday.",
			"CONSULT", []string{"DEU", "GBR"}, true},
		{"hosted at the White House", "The Kenyan president was hosted at the White House on Monday.",
			"CONSULT", []string{"KEN", "USA"}, true},
		{"welcomed to the White House", "The Kenyan president was welcomed to the White House on Monday.",
			"CONSULT", []string{"KEN", "USA"}, true},
		{"the host named after by", "The Kenyan president was welcomed at the White House by the Canadian prime minister on Monday.",
			"CONSULT", []string{"CAN", "KEN", "USA"}, false},
		{"an airport is no seat", "The Kenyan president was received at the airport on Monday.",
			"CONSULT", []string{"KEN"}, false},
	})
}

// TestWireFormsTwentyFifthPassCalledCounterpart: "called his Irish
// counterpart on Friday" is a call; "called on the president to" a
// request and "called the president a dictator" a charge (cues.tsv).
// Sentences written for this test.
func TestWireFormsTwentyFifthPassCalledCounterpart(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"called his counterpart", "The British prime minister called his Irish counterpart on Friday.",
			"CONSULT", []string{"GBR", "IRL"}, true},
		{"called the prime minister", "The British prime minister called the Irish prime minister on Friday.",
			"CONSULT", []string{"GBR", "IRL"}, true},
		{"two-word adjective, speaker after", "The Indian prime minister called his Sri Lankan counterpart, the foreign ministry said.",
			"CONSULT", []string{"IND", "LKA"}, true},
		{"called a dictator", "The Turkish president called the Iranian president a dictator.",
			"CONSULT", []string{"IRN", "TUR"}, false},
		{"called the remarks", "The Turkish president called the Iranian president's remarks unacceptable.",
			"CONSULT", []string{"IRN", "TUR"}, false},
		{"called on", "The Turkish president called on the Iranian president to show restraint.",
			"CONSULT", []string{"IRN", "TUR"}, false},
	})
}

// TestWireFormsTwentyFifthPassFrontedCall: a fronted "In a call (with X)
// on Monday," sets what follows in a call between the sides the sentence
// names up to what is said (visit23.go frontedCall). Sentences written for
// this test.
func TestWireFormsTwentyFifthPassFrontedCall(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"told in a call", "In a phone call on Wednesday, the Turkish president told the Russian president that the war must end.",
			"CONSULT", []string{"RUS", "TUR"}, true},
		{"a call with one side", "In a call with the Russian president on Wednesday, the Turkish president urged a ceasefire.",
			"CONSULT", []string{"RUS", "TUR"}, true},
		{"during a conversation", "During a telephone conversation on Monday, the Saudi crown prince assured the Pakistani prime minister of support.",
			"CONSULT", []string{"PAK", "SAU"}, true},
		{"a call with reporters", "In a call with reporters on Monday, the US envoy said Russia had agreed to talks.",
			"CONSULT", []string{"RUS", "USA"}, false},
		{"a call that is an appeal", "In a formal call, the Polish foreign ministry urged Belarus to release the journalist.",
			"CONSULT", []string{"BLR", "POL"}, false},
		{"an interview", "In an interview on Sunday, the Turkish president told reporters that Russia must withdraw from Ukraine.",
			"CONSULT", []string{"RUS", "TUR"}, false},
	})
}
