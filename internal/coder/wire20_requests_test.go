package coder

import "testing"

// Twenty-second pass (stop 40), requests written by hand: pressure put on
// a government with "push", calls from a country to act, a country that
// came under pressure from another, a turn to another for help, an
// abbreviation after a verb of demand, a capital after "from" in a
// request (actors/askedfrom20.go). The sentences are written for this
// test.
func TestRequestsTwentySecondPass(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{rule: "pushed X to act is a request",
			body: "Sweden pushed Hungary on Tuesday to approve the accession protocol.",
			typ:  "REQUEST", cs: []string{"HUN", "SWE"}, want: true},
		{rule: "pushing X to act is a request",
			body: "Norway is pushing Denmark to reopen the border crossings.",
			typ:  "REQUEST", cs: []string{"DNK", "NOR"}, want: true},
		{rule: "calls from a country to act are its request",
			body: "Serbia faced calls from Croatia to hand over the wartime files.",
			typ:  "REQUEST", cs: []string{"HRV", "SRB"}, want: true},
		{rule: "a country that came under pressure from another is asked by it",
			body: "Georgia came under pressure from Armenia to reopen the road.",
			typ:  "REQUEST", cs: []string{"ARM", "GEO"}, want: true},
		{rule: "a turn to another country for weapons is a request",
			body: "Serbia has turned to Belarus for weapons and spare parts.",
			typ:  "REQUEST", cs: []string{"BLR", "SRB"}, want: true},
		{rule: "begging a country for arms is a request",
			body: "Estonia begged Finland for more artillery shells.",
			typ:  "REQUEST", cs: []string{"EST", "FIN"}, want: true},
		{rule: "imploring a country to act is a request",
			body: "Jordan implored Syria to stop the drug smuggling.",
			typ:  "REQUEST", cs: []string{"JOR", "SYR"}, want: true},
		{rule: "lobbying a country to act is a request",
			body: "Lithuania is lobbying Poland to send more air defence.",
			typ:  "REQUEST", cs: []string{"LTU", "POL"}, want: true},
		{rule: "leave alone: troops pushed to a border are no request",
			body: "Sweden pushed its troops to the border with Norway.",
			typ:  "REQUEST", cs: []string{"NOR", "SWE"}, want: false},
		{rule: "leave alone: a fronted 'under pressure from' tells the act after it",
			body: "Under pressure from Mali, Denmark withdrew its soldiers.",
			typ:  "REQUEST", cs: []string{"DNK", "MLI"}, want: false},
		{rule: "an abbreviation after 'demanded the' is the one asked",
			body: "Iran demanded the UK release the seized oil tanker.",
			typ:  "REQUEST", cs: []string{"GBR", "IRN"}, want: true},
		{rule: "a headline abbreviation after 'demands' is the one asked",
			body: "Venezuela demands US free detained fishermen",
			typ:  "REQUEST", cs: []string{"USA", "VEN"}, want: true},
		{rule: "an abbreviation after 'asked that the' is the one asked",
			body: "Argentina asked that the UK return the islands.",
			typ:  "REQUEST", cs: []string{"ARG", "GBR"}, want: true},
		{rule: "a capital after 'from' in an extradition request is the government asked",
			body: "Ankara sought the extradition of the preacher from Washington.",
			typ:  "REQUEST", cs: []string{"TUR", "USA"}, want: true},
		{rule: "a capital after 'from' in a request for aid is the government asked",
			body: "Nairobi requested military assistance from Kampala.",
			typ:  "REQUEST", cs: []string{"KEN", "UGA"}, want: true},
		{rule: "leave alone: requests from two capitals are theirs, not asked of them",
			body: "Malaysia hosted the talks following requests from Bangkok and Phnom Penh.",
			typ:  "REQUEST", cs: []string{"KHM", "THA"}, want: false},
	})
}

// The reduced passive of a verb of asking ("Israel urged by US to ...")
// makes the one after "by" the asker. Sentences written for this test.
func TestRequestedByTwentySecondPass(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Chile urged by Peru to reopen border", "PER", "CHL"},
		{"Greece, urged by Cyprus to veto the deal, held out on Tuesday.", "CYP", "GRC"},
		{"Peru urged Chile to reopen the border.", "PER", "CHL"}, // the active stays as it was
	} {
		evs := Code(art(tt.body, "2025-06-01"), Options{})
		if !codedFromTo(evs, "REQUEST", tt.source, tt.target) {
			t.Errorf("%q: want a REQUEST by %s to %s, got %s", tt.body, tt.source, tt.target, summary(evs))
		}
	}
}
