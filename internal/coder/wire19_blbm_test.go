package coder

import "testing"

// Twenty-first pass (stop 39), the bl/bm family read: vocabulary and table
// facts. The sentences are written for this test.

// Allies recall their envoys in the plural; the capital they are called
// back from names the host. A memory of meeting envoys is no recall.
func TestWireFormsTwentyFirstPassEnvoysRecalled(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"three states recall their ambassadors",
			"Chad, Sudan and Niger recalled their ambassadors from Libya on Monday.",
			"SANCTION", []string{"LBY", "NER", "SDN", "TCD"}, true},
		{"the capital they are recalled from is the host",
			"Chad and Niger said on Monday they were recalling their ambassadors from Tripoli for consultations.",
			"SANCTION", []string{"LBY", "NER", "TCD"}, true},
		{"a memory of meeting envoys is no recall",
			"The Chadian president recalled meeting the ambassadors of Libya and Sudan last year.",
			"SANCTION", []string{"LBY", "SDN", "TCD"}, false},
	})
}

// An embassy taken back where it was undoes the move: a RETREAT, whose
// host is the country the embassy stays in. A move forward is none.
func TestWireFormsTwentyFirstPassEmbassyMovedBack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an embassy moved back",
			"Chile said on Tuesday it will move its embassy in Israel back to Tel Aviv.",
			"RETREAT", []string{"CHL", "ISR"}, true},
		{"a mission moved back to a city of the host",
			"Guatemala announced on Monday that it was moving its embassy back to Tel Aviv from Jerusalem.",
			"RETREAT", []string{"GTM", "ISR"}, true},
		{"an embassy moved forward is no retreat",
			"Chile moved its embassy in Israel to Jerusalem in May.",
			"RETREAT", []string{"CHL", "ISR"}, false},
	})
}

// Working "to secure the release" of a detainee asks the holder; the
// release done stays a CONCEDE.
func TestWireFormsTwentyFirstPassReleaseSought(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an envoy sent to secure a release is a request",
			"Spain has sent an envoy to Chad to secure the release of a Spanish aid worker held there.",
			"REQUEST", []string{"ESP", "TCD"}, true},
		{"working to obtain a release is a request",
			"The Spanish government is working with Chad to obtain the immediate release of its citizen.",
			"REQUEST", []string{"ESP", "TCD"}, true},
		{"working to obtain a release is no release",
			"The Spanish government is working with Chad to obtain the immediate release of its citizen.",
			"CONCEDE", []string{"ESP", "TCD"}, false},
		{"a release done stays a concession",
			"Chad released a Spanish aid worker on Monday.",
			"CONCEDE", []string{"ESP", "TCD"}, true},
	})
}

// Armed services named by their own names are their state's (table).
func TestWireFormsTwentyFirstPassArmedServices(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the RAAF is Australia's",
			"Two RAAF transport aircraft delivered food and medicine to Tonga on Monday.",
			"AID", []string{"AUS", "TON"}, true},
		{"the RCAF is Canada's",
			"An RCAF plane carrying tents and water purifiers landed in Haiti on Monday.",
			"AID", []string{"CAN", "HTI"}, true},
		{"an air force of no named state is no side",
			"Two air force transport aircraft delivered food and medicine to Tonga on Monday.",
			"AID", []string{"AUS", "TON"}, false},
	})
}
