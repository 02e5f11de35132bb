package coder

import "testing"

// Twenty-first pass (stop 39): official statements as governments publish
// them — readouts, ministry releases, the host's "received", a summons in
// the Foreign Office's words, the Indian honorific. The sentences are
// written for this test, in the forms ministries use.
func TestWireFormsTwentyFirstPassOfficial(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a readout's day between the verb and its partner",
			"President Joe Biden spoke today with Prime Minister Fumio Kishida of Japan.",
			"CONSULT", []string{"JPN", "USA"}, true},
		{"a readout's day between the verb and its partner, a minister",
			"Foreign Minister Wang Yi spoke yesterday with Turkish Foreign Minister Hakan Fidan.",
			"CONSULT", []string{"CHN", "TUR"}, true},
		{"a host receives a foreign minister",
			"President Xi Jinping received Foreign Minister Penny Wong of Australia in Beijing.",
			"CONSULT", []string{"AUS", "CHN"}, true},
		{"a host receives a secretary",
			"President Emmanuel Macron received the US Secretary of State Antony Blinken at the Elysee.",
			"CONSULT", []string{"FRA", "USA"}, true},
		{"the guest named after visiting",
			"Chinese Premier Li Qiang met with visiting Pakistani Prime Minister Shehbaz Sharif on Friday.",
			"CONSULT", []string{"CHN", "PAK"}, true},
		{"the guest named after visiting, no with",
			"President Cyril Ramaphosa met visiting Kenyan President William Ruto on Monday.",
			"CONSULT", []string{"KEN", "ZAF"}, true},
		{"an envoy called in is summoned",
			"Britain called in the Russian ambassador on Monday over the cyber attacks.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"an envoy called in by a minister is summoned",
			"The Dutch foreign minister called in the Iranian ambassador to protest the executions.",
			"ACCUSE", []string{"IRN", "NLD"}, true},
		{"the severance of relations is a sanction",
			"The Kingdom of Saudi Arabia announces the severance of diplomatic relations with the Islamic Republic of Iran.",
			"SANCTION", []string{"IRN", "SAU"}, true},
		{"the severance of ties, a second form",
			"Nicaragua announced the severance of ties with the Netherlands on Sunday.",
			"SANCTION", []string{"NIC", "NLD"}, true},
		{"the Indian honorific before a name",
			"Prime Minister Shri Narendra Modi spoke with President Emmanuel Macron of France.",
			"CONSULT", []string{"FRA", "IND"}, true},
		{"the Indian honorific before a minister's name",
			"External Affairs Minister Shri Subrahmanyam Jaishankar held talks with Foreign Minister Penny Wong of Australia.",
			"CONSULT", []string{"AUS", "IND"}, true},
		{"a call received from a minister is no visit",
			"Iran received a letter from the Saudi foreign minister on Monday.",
			"CONSULT", []string{"IRN", "SAU"}, false},
		{"called in a place is no summons",
			"Putin called in Moscow for an end to the fighting in Sudan.",
			"ACCUSE", []string{"RUS", "SDN"}, false},
		{"a severance payment is no sanction",
			"Brazil paid severance to workers laid off by the Chinese firm.",
			"SANCTION", []string{"BRA", "CHN"}, false},
	})
}
