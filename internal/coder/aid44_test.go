package coder

import "testing"

// Twenty-sixth pass (stop 44): aid told by the purpose of a sending, by a
// gift, a cheque, goods counted by the tonne and staple food shipped or
// received (cues.tsv, stop-44 block). The sentences are written for this
// test.
func TestWireFormsTwentySixthPassAidSent(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"ships deployed to provide humanitarian assistance give aid",
			"Indian navy ships were deployed to Mozambique to provide humanitarian assistance.",
			"AID", []string{"IND", "MOZ"}, true},
		{"a delegation sent to offer assistance gives aid",
			"Egypt sent a delegation to Libya to offer assistance after the floods.",
			"AID", []string{"EGY", "LBY"}, true},
		{"troops dispatched for disaster relief give aid",
			"Ghana dispatched 300 soldiers to Togo for disaster relief on Friday.",
			"AID", []string{"GHA", "TGO"}, true},
		{"a delegation sent for talks gives no aid",
			"Pakistan sent a delegation to Kabul for talks on trade.",
			"AID", []string{"AFG", "PAK"}, false},
		{"troops sent to help a government stay a deployment",
			"Turkey sent troops to Libya to help the government.",
			"AID", []string{"LBY", "TUR"}, false},
		{"goods gifted to a country are aid",
			"The Indian prime minister gifted 100 buses to Sri Lanka.",
			"AID", []string{"IND", "LKA"}, true},
		{"cattle gifted as a contribution are aid",
			"The Chinese ambassador gifted 300 cows as China's contribution to Lesotho's farmers.",
			"AID", []string{"CHN", "LSO"}, true},
		{"gifts exchanged are no aid",
			"The two presidents exchanged gifts to mark the visit of the Kenyan leader to Ghana.",
			"AID", []string{"GHA", "KEN"}, false},
		{"a cheque handed over is aid, not a concession",
			"The Chinese ambassador handed over a cheque for $1 million to the Nepalese finance minister.",
			"AID", []string{"CHN", "NPL"}, true},
		{"medicines flown by the tonne are aid",
			"The Indian Air Force flew 20 tonnes of medicines to Colombo on Monday.",
			"AID", []string{"IND", "LKA"}, true},
		{"rice shipped by the tonne is aid",
			"South Korea shipped 50,000 tonnes of rice to North Korea.",
			"AID", []string{"KOR", "PRK"}, true},
		{"medicines received from a country are aid",
			"Syria received 20 tonnes of medicines from Iran.",
			"AID", []string{"IRN", "SYR"}, true},
		{"a letter received from a country is no aid",
			"Syria received a letter from Iran on Monday.",
			"AID", []string{"IRN", "SYR"}, false},
	})
}

// Twenty-sixth pass (stop 44): what is sent, told as the subject of a
// passive verb of sending, belongs to the giver (aid44.go).
func TestWireFormsTwentySixthPassAidSentPassiveRoles(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Indian navy ships were deployed to Mozambique to provide humanitarian assistance.", "IND", "MOZ"},
		{"Two French navy ships were diverted to Haiti to provide disaster relief.", "FRA", "HTI"},
		{"Japanese rescuers were dispatched to Nepal to provide relief.", "JPN", "NPL"},
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true}), "AID", tt.source, tt.target)
	}
}

// Twenty-sixth pass (stop 44): a junta named by its country's adjective
// or possessive is that country's government (actors/data/institutions.tsv);
// "regime" is not listed (it cost a check event at the merge, as at stop
// 43), so neither a regime of rules nor a regime asked names a party. The
// sentences are written for this test.
func TestWireFormsTwentySixthPassJuntaRegime(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a junta named by its adjective asks for its country",
			"The Malian junta called on France to withdraw its troops immediately.",
			"REQUEST", []string{"FRA", "MLI"}, true},
		{"a military junta demands for its country",
			"The Nigerien military junta demanded that France pull out its ambassador.",
			"REQUEST", []string{"FRA", "NER"}, true},
		{"a regime of rules named by its adjective is no government",
			"Germany criticised the Chinese visa regime.",
			"ACCUSE", []string{"CHN", "DEU"}, false},
	})
}
