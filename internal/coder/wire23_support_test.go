package coder

import "testing"

// Twenty-fifth pass (stop 43, the support family): four constructions
// that carry a SUPPORT cue word and a second country but tell no support
// of one state for the other (support43.go). The sentences are written
// for this test.
func TestWireFormsTwentyFifthPassSupport(t *testing.T) {
	checkCodedCases(t, []codedCase{
		// stand by one's own words
		{"standing by a statement is no backing of the country it names",
			"The Indian government stands by its statement on Pakistan, a spokesman said on Tuesday.",
			"SUPPORT", []string{"IND", "PAK"}, false},
		{"standing by an account is no backing of the country it names",
			"Egypt stood by its account of the border incident with Sudan.",
			"SUPPORT", []string{"EGY", "SDN"}, false},
		{"standing by a country is support",
			"Poland stands by Lithuania in the dispute with Belarus.",
			"SUPPORT", []string{"LTU", "POL"}, true},
		// recognise X as part of Y
		{"Taiwan recognised as part of China is no recognition of Taiwan",
			"Panama recognises Taiwan as an inalienable part of China's territory, the joint statement said.",
			"SUPPORT", []string{"PAN", "TWN"}, false},
		{"a region recognised as part of another is no recognition of it",
			"Malawi recognised Taiwan as an integral part of Chinese territory on Friday.",
			"SUPPORT", []string{"MWI", "TWN"}, false},
		{"a state recognised as independent is recognised",
			"Bhutan recognised Bangladesh as an independent state in 1971.",
			"SUPPORT", []string{"BGD", "BTN"}, true},
		// welcoming an ending or a homecoming
		{"the departure of foreign troops welcomed is no support for their state",
			"Burkina Faso's leader welcomed the departure of French soldiers from the country.",
			"SUPPORT", []string{"BFA", "FRA"}, false},
		{"the end of ties hailed is no support for the other side",
			"Mali's junta hailed the end of its defence agreements with France.",
			"SUPPORT", []string{"FRA", "MLI"}, false},
		{"the return of one's own nationals welcomed is no support for the releaser",
			"Egypt's president welcomed the return of Egyptian fishermen released by Libya.",
			"SUPPORT", []string{"EGY", "LBY"}, false},
		{"the other's decision welcomed is support",
			"The Philippines welcomed Japan's decision to supply coast guard vessels.",
			"SUPPORT", []string{"JPN", "PHL"}, true},
		// the host's welcome at a visit
		{"thanks for a warm welcome are a courtesy",
			"The Vietnamese president thanked his Indonesian counterpart for the warm welcome in Jakarta.",
			"SUPPORT", []string{"IDN", "VNM"}, false},
		{"a red-carpet welcome is a courtesy",
			"Ghana's president got a red-carpet welcome from Togo's leader in Lome on Friday.",
			"SUPPORT", []string{"GHA", "TGO"}, false},
		{"a welcome of the other's pledge is support",
			"Spain welcomed Morocco's pledge to curb migration on Friday.",
			"SUPPORT", []string{"ESP", "MAR"}, true},
		// vocabulary: ties re-established (data/cues.tsv)
		{"ties re-established are ties restored",
			"Saint Lucia re-established diplomatic ties with Taiwan in 2007.",
			"SUPPORT", []string{"LCA", "TWN"}, true},
		{"relations reestablished are relations restored",
			"Malawi reestablished diplomatic relations with Morocco on Friday.",
			"SUPPORT", []string{"MAR", "MWI"}, true},
		{"dialogue re-established is no recognition",
			"Norway said on Friday it hoped to see dialogue re-established between Ethiopia and Eritrea.",
			"SUPPORT", []string{"ERI", "ETH"}, false},
	})
}
