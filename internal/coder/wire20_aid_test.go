package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-second pass (stop 40): aid told by the people and goods a country
// sends. The adjective before a team or goods of aid names the giver; an
// arrival followed by "with" or "carrying" aid goods is the aid; a team
// named for aid work inside a longer subject makes the arrival aid. The
// sentences are written for this test.
func TestWireFormsTwentySecondPassAidTeams(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an adjective before a medical team names the giver",
			"The Japanese medical team arrived in Turkey on Tuesday.",
			"AID", []string{"JPN", "TUR"}, true},
		{"an adjective before rescuers names the giver",
			"Greek rescuers landed in Turkey on Tuesday night.",
			"AID", []string{"GRC", "TUR"}, true},
		{"a brigade made up of doctors is a team of aid",
			"A Cuban medical brigade made up of 40 doctors arrived in Peru on Monday.",
			"AID", []string{"CUB", "PER"}, true},
		{"a craft arriving with relief supplies brings aid",
			"A French navy ship arrived in Haiti on Friday with 50 tonnes of relief supplies.",
			"AID", []string{"FRA", "HTI"}, true},
		{"planes landing with a rescue team bring aid",
			"Two Indian Air Force planes landed in Nepal with a rescue team and emergency supplies.",
			"AID", []string{"IND", "NPL"}, true},
		{"a minister arriving with his delegation brings no aid",
			"The Japanese foreign minister arrived in Turkey with his delegation on Tuesday.",
			"AID", []string{"JPN", "TUR"}, false},
		{"one who landed in from a country came from it, no visit to it",
			"The Turkish president landed in from Japan on Tuesday.",
			"CONSULT", []string{"JPN", "TUR"}, false},
	})
}

// Twenty-second pass (stop 40): aid told in the passive names its giver
// after "by", before or after the receiver; aid sent to a city or region
// goes to its country. The sentences are written for this test.
func TestWireFormsTwentySecondPassAidPassiveAndPlaces(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the giver after by, the receiver before it",
			"Food aid was sent to Yemen by Oman on Thursday.",
			"AID", []string{"OMN", "YEM"}, true},
		{"the giver after by, the receiver after it",
			"Medical supplies were delivered by Qatar to Lebanon last week.",
			"AID", []string{"LBN", "QAT"}, true},
		{"aid flown to a capital goes to its country",
			"Pakistan flew relief supplies to Kabul after the earthquake.",
			"AID", []string{"AFG", "PAK"}, true},
		{"aid dropped over a region goes to its country",
			"Jordan airdropped aid over Gaza on Tuesday.",
			"AID", []string{"JOR", "PSE"}, true},
		{"a place where aid was announced is no receiver",
			"Japan announced emergency aid for Nepal in Tokyo on Friday.",
			"AID", []string{"JPN", "NPL"}, true},
	})
}

// Twenty-second pass (stop 40): aid told by money lent, paid out or
// placed, by a sum announced, by a currency swap line set up with another
// country, by relief goods and by supplies in the passive. The sentences
// are written for this test.
func TestWireFormsTwentySecondPassAidMoneyAndGoods(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a currency swap line finalized with another country is aid",
			"The United States finalized a $20 billion currency swap line with Argentina on Thursday.",
			"AID", []string{"ARG", "USA"}, true},
		{"a swap extended to a country's central bank is aid to it",
			"China extended a 35 billion yuan currency swap to Pakistan's central bank.",
			"AID", []string{"CHN", "PAK"}, true},
		{"a sum of military aid announced is aid",
			"Germany announced $500 million in military aid for Ukraine on Monday.",
			"AID", []string{"DEU", "UKR"}, true},
		{"money deposited with a central bank is aid",
			"Saudi Arabia deposited $3 billion with Egypt's central bank.",
			"AID", []string{"EGY", "SAU"}, true},
		{"rice sent is aid",
			"Japan sent 10,000 tonnes of rice to the Philippines.",
			"AID", []string{"JPN", "PHL"}, true},
		{"a field hospital sent is aid",
			"Britain is sending a field hospital to Jordan.",
			"AID", []string{"GBR", "JOR"}, true},
		{"medical supplies delivered by a country in the passive",
			"Medical supplies were delivered by Qatar to Lebanon last week.",
			"AID", []string{"LBN", "QAT"}, true},
		{"a swap agreement signed stays an agreement",
			"Argentina's central bank signed a currency swap agreement with China.",
			"AID", []string{"ARG", "CHN"}, false},
		{"support lent to a proposal is no money lent",
			"France lent its support to the German proposal.",
			"AID", []string{"DEU", "FRA"}, false},
	})
	// The retrained filter of stop 41 (threshold 0.318) scores this
	// one-sentence article below its threshold; the row tests the rule.
	checkRuleCases(t, []codedCase{
		{"money paid out to a country is aid",
			"The European Union disbursed 4 billion euros to Ukraine on Thursday.",
			"AID", []string{"UKR"}, true},
	})
}

// Twenty-second pass (stop 40): "rescue" before a team names the team,
// not an act of rescuing; aid rushed or mobilized is aid sent; aid that
// arrived in a country is received by it; the one who "received" aid
// "from" a country is its receiver. The sentences are written for this
// test.
func TestWireFormsTwentySecondPassAidReceived(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"rescue teams from a country arriving are its aid",
			"Rescue teams from Greece arrived in Turkey on Tuesday.",
			"AID", []string{"GRC", "TUR"}, true},
		{"aid rushed to a country is aid sent",
			"India rushes aid to Bangladesh after floods",
			"AID", []string{"BGD", "IND"}, true},
		{"aid that arrived in a country is received by it",
			"Australian emergency aid arrived in Tonga on Monday.",
			"AID", []string{"AUS", "TON"}, true},
		{"money received from a country is aid from it",
			"Sri Lanka received $1 billion from India last month.",
			"AID", []string{"IND", "LKA"}, true},
		{"a visitor received is no aid",
			"Sri Lanka received the Indian foreign minister on Monday.",
			"AID", []string{"IND", "LKA"}, false},
	})
}

// TestReceivedAidRoles checks that the receiver of aid told with
// "received" is the target and the giver after "from" the source.
func TestReceivedAidRoles(t *testing.T) {
	evs := Code(art("Sri Lanka received $1 billion from India last month.", "2025-06-01"), Options{})
	for _, e := range evs {
		if e.Type != "AID" {
			continue
		}
		for _, p := range e.Actors {
			if p.Country != nil && *p.Country == "IND" && p.Role != event.RoleSource {
				t.Errorf("India is %s, want source", p.Role)
			}
		}
		return
	}
	t.Errorf("no AID coded: %s", summary(evs))
}

// Twenty-second pass (stop 40): support counted in money is aid; aid goods
// "donated by" a country were given by it; equipment handed over is aid,
// not a concession. The sentences are written for this test.
func TestWireFormsTwentySecondPassAidBorders(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"support raised by a sum is aid",
			"Australia has increased its support to Tonga by another A$2 million.",
			"AID", []string{"AUS", "TON"}, true},
		{"support without a sum stays support",
			"Australia has increased its support to Tonga after the eruption.",
			"AID", []string{"AUS", "TON"}, false},
		{"doses donated by a country are its aid",
			"Vietnam received 400,000 vaccine doses donated by Japan.",
			"AID", []string{"JPN", "VNM"}, true},
		{"a photo provided by an office is no aid",
			"This photo provided by the South Korean presidential office shows North Korean leader Kim Jong Un.",
			"AID", []string{"KOR", "PRK"}, false},
		{"boats handed over are aid",
			"Japan handed over two patrol boats to Vietnam on Tuesday.",
			"AID", []string{"JPN", "VNM"}, true},
	})
}

// Twenty-second pass (stop 40): a craft named by its model that carries
// aid brings aid; forces deployed with aid goods bring aid; firefighting
// planes sent abroad are aid. The sentences are written for this test.
func TestWireFormsTwentySecondPassAidCraft(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a craft named by its model carrying relief brings aid",
			"A Pakistan Air Force C-130 carrying relief goods landed in Kathmandu on Monday.",
			"AID", []string{"NPL", "PAK"}, true},
		{"a ship deployed with aid supplies brings aid",
			"New Zealand deployed HMNZS Canterbury to Tonga with aid supplies.",
			"AID", []string{"NZL", "TON"}, true},
		{"a ship deployed with marines is a deployment",
			"The United States deployed a warship to the Philippines with 2,000 marines.",
			"AID", []string{"PHL", "USA"}, false},
		{"firefighting planes sent abroad are aid",
			"Spain sent two firefighting planes to Portugal on Sunday.",
			"AID", []string{"ESP", "PRT"}, true},
	})
}

// Twenty-second pass (stop 40, vocabulary): news translated from other
// languages writes "arrived to Serbia" for "arrived in Serbia"; "arrived
// to" before a verb or a lower-case noun tells a purpose or a reception.
// The sentences are written for this test.
func TestWireFormsTwentySecondPassArrivedTo(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"doctors arrived to a country bring aid",
			"Chinese doctors arrived to Serbia on Saturday.",
			"AID", []string{"CHN", "SRB"}, true},
		{"a minister arrived to a capital visits",
			"Russian Foreign Minister Sergei Lavrov arrived to Minsk on Monday.",
			"CONSULT", []string{"BLR", "RUS"}, true},
		{"arrived to greet tells a purpose, no place",
			"Russian Foreign Minister Sergei Lavrov arrived to greet the Belarusian delegation.",
			"CONSULT", []string{"BLR", "RUS"}, false},
	})
}

// Twenty-second pass (stop 40): a craft sent "to" a country "to deliver
// aid" takes that country as the receiver, and a deployment "to deliver"
// relief supplies is aid. The sentences are written for this test.
func TestWireFormsTwentySecondPassAidPurpose(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the country a craft is sent to receives the aid it delivers",
			"Australia sent a C-17 Globemaster to Vanuatu to deliver aid.",
			"AID", []string{"AUS", "VUT"}, true},
		{"a ship deployed to deliver relief supplies brings aid",
			"India deployed a navy ship to the Maldives to deliver relief supplies.",
			"AID", []string{"IND", "MDV"}, true},
		{"warships sent to a strait are no aid",
			"The United States sent two warships to the Philippines to patrol the South China Sea.",
			"AID", []string{"PHL", "USA"}, false},
	})
}
