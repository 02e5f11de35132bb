package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-sixth pass (stop 44, read44): the constructions of the groups cb–ce,
// in wire sentences written for this test; each rule has two sentences it
// must code right and one near sentence it must leave alone.
func TestReadFortyFourthStop(t *testing.T) {
	const pub = "2025-03-04" // a Tuesday
	tests := []ruleCase{
		{rule: "demonstrate with an abstract object is to show",
			body:     "He said he expected the Greek side to demonstrate responsibility and goodwill.",
			notTypes: []string{"PROTEST"}},
		{rule: "demonstrated the friendship of a people is no protest",
			body:     "The Chinese government's decision fully demonstrated the Chinese people's friendship towards the Nepalese people, the Nepalese minister said.",
			notTypes: []string{"PROTEST"}},
		{rule: "demonstrated outside an embassy stays a protest",
			body: "Hundreds of Kenyans demonstrated outside the Ugandan high commission on Monday.",
			want: []expect{{typ: "PROTEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "blocking the start of accession talks is a veto",
			body: "Greece has blocked the start of EU accession talks with Turkey.",
			want: []expect{{typ: "REJECT", countries: []string{"GRC", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "unable to accept a framework is a refusal",
			body: "Croatia informed the European Commission that it is unable to accept the proposed negotiating framework for Bosnia.",
			want: []expect{{typ: "REJECT", countries: []string{"BIH", "HRV"}, status: event.Occurred}}, anyOf: true},
		{rule: "roads blocked ahead of talks are no veto",
			body:     "Police blocked the roads to the venue on Monday ahead of the start of talks between Serbia and Kosovo.",
			notTypes: []string{"REJECT"}},

		{rule: "a base that will be handed over is a withdrawal planned",
			body: "The French military base in Dakar will be handed over to Senegalese forces in July.",
			want: []expect{{typ: "RETREAT", countries: []string{"FRA", "SEN"}, status: event.Planned}}, anyOf: true},
		{rule: "a base that was handed over is a withdrawal done",
			body: "The British base near Basra was handed over to the Iraqi army on Monday.",
			want: []expect{{typ: "RETREAT", countries: []string{"GBR", "IRQ"}, status: event.Occurred}}, anyOf: true},

		{rule: "a crowd gathered in a demonstration called to denounce protests",
			body:     "Tens of thousands gathered in Ankara on Sunday in a demonstration called by the ruling party to denounce Greece.",
			notTypes: []string{"ACCUSE"}},
		{rule: "a crowd massed for a rally called to condemn protests",
			body: "Thousands of people massed in Dhaka for a rally called by the government to condemn Myanmar.",
			want: []expect{{typ: "PROTEST", countries: []string{"BGD", "MMR"}, status: event.Occurred}}, anyOf: true},
		{rule: "a government that condemns stays an accusation",
			body: "Bangladesh condemned Myanmar on Sunday over the killings in Rakhine.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BGD", "MMR"}, status: event.Occurred}}, anyOf: true},

		{rule: "squeezing a country to return a fugitive is a demand",
			body: "Japan is squeezing Lebanon to return the fugitive tycoon.",
			want: []expect{{typ: "REQUEST", countries: []string{"JPN", "LBN"}, status: event.Occurred}}, anyOf: true},

		{rule: "two sides that failed to agree a deal reject nothing",
			body:     "Serbia and Kosovo failed to agree a deal during talks in Brussels on Thursday.",
			notTypes: []string{"REJECT"}},
		{rule: "failing to agree a ceasefire is no rejection",
			body:     "Ethiopia and Eritrea once again failed to agree on a ceasefire at talks in Nairobi on Friday.",
			notTypes: []string{"REJECT"}},
		{rule: "refusing to agree stays a rejection",
			body: "Serbia refused to agree to the deal proposed by Kosovo on Thursday.",
			want: []expect{{typ: "REJECT", countries: []string{"SRB", "XKX"}, status: event.Occurred}}, anyOf: true},

		{rule: "willingness to provide assistance is aid",
			body: "Russia expressed its willingness to provide humanitarian assistance to Cuba on Saturday.",
			want: []expect{{typ: "AID", countries: []string{"CUB", "RUS"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"AGREE"}},
		{rule: "readiness to send aid is aid",
			body: "India expressed its readiness to send aid to Sri Lanka.",
			want: []expect{{typ: "AID", countries: []string{"IND", "LKA"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"AGREE"}},
		{rule: "willingness to hold talks stays an agreement",
			body:     "Russia expressed its willingness to hold talks with Cuba on Saturday.",
			notTypes: []string{"AID"}},
	}
	runRuleCases(t, pub, tests)
}
