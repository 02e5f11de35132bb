package coder

import "testing"

// Thirty-second pass (stop 50, C: measures lifted, tightened and
// withdrawn, own wire sentences). The sentences are written for these
// tests.

// People a state sent to work abroad pulled out of the country are
// withdrawn (cues.tsv, "Thirty-second pass").
func TestWireFormsThirtySecondPassPeoplePulledOut(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"engineers pulled out, planned",
			"Ethiopia will pull its engineers out of Djibouti by the end of the year.",
			"RETREAT", []string{"DJI", "ETH"}, true},
		{"instructors pulled out, reported",
			"Russia has pulled most of its military instructors out of Mali, a security source said.",
			"RETREAT", []string{"MLI", "RUS"}, true},
		{"workers pulled from a country",
			"Vietnam pulled 300 workers from Libya as fighting spread.",
			"RETREAT", []string{"LBY", "VNM"}, true},
		{"a medical mission pulled out",
			"Pakistan pulled its medical mission out of Yemen on Friday.",
			"RETREAT", []string{"PAK", "YEM"}, true},
		{"nationals taken out of a war are an evacuation",
			"India pulled its nationals out of Ukraine last month.",
			"RETREAT", []string{"IND", "UKR"}, false},
	})
}

// Checks tightened at a border or customs against a neighbour are a
// measure against it (cues.tsv, "Thirty-second pass"); checks tightened
// with no border word are not, and border checks whose sentence names no
// other country take no partner from the page (measures50.go).
func TestWireFormsThirtySecondPassBorderChecks(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"customs checks tightened on a border",
			"Uzbekistan tightened customs checks on its border with Tajikistan on Monday.",
			"SANCTION", []string{"TJK", "UZB"}, true},
		{"border inspections stepped up",
			"Kenya stepped up border inspections of goods from Tanzania.",
			"SANCTION", []string{"KEN", "TZA"}, true},
		{"stricter customs checks imposed",
			"Lithuania imposed stricter customs checks on freight from Russia on Wednesday.",
			"SANCTION", []string{"LTU", "RUS"}, true},
		{"control along the border, reported by the neighbour",
			"Armenia said Azerbaijan had tightened control along the border since Monday.",
			"SANCTION", []string{"ARM", "AZE"}, true},
		{"checks on trucks from a neighbour",
			"Azerbaijan tightened checks on trucks entering from Iran.",
			"SANCTION", []string{"AZE", "IRN"}, true},
		{"checks at an airport are no border measure",
			"Azerbaijan tightened checks at the airport in Baku after a bomb threat against Iran's embassy.",
			"SANCTION", []string{"AZE", "IRN"}, false},
		{"border checks after an escape aim at no neighbour on the page",
			"A fugitive banker escaped from Singapore to Portugal on Sunday. Singapore asked Portugal to return him. " +
				"Portugal has no extradition treaty with Singapore. Singapore said it would strengthen border checks after the escape.",
			"SANCTION", []string{"PRT", "SGP"}, false},
	})
}
