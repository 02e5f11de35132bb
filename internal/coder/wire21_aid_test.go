package coder

import "testing"

// Twenty-third pass (stop 41): arms, fuel and gifts given to another state
// are aid, and so are crews flown to its disaster. The sentences are
// written for this test.
func TestWireFormsTwentyThirdPassAidGoods(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"tanks delivered to a state are military aid",
			"Germany delivered four Leopard tanks to Ukraine on Thursday.",
			"AID", []string{"DEU", "UKR"}, true},
		{"shells shipped to a state are aid, not an attack",
			"North Korea shipped artillery shells to Russia last month.",
			"AID", []string{"PRK", "RUS"}, true},
		{"shells shipped to a state are no assault on it",
			"North Korea shipped artillery shells to Russia last month.",
			"ASSAULT", []string{"PRK", "RUS"}, false},
		{"an air defence system delivered is aid",
			"Germany delivered an IRIS-T air defence system to Ukraine on Friday.",
			"AID", []string{"DEU", "UKR"}, true},
		{"tanks received from a state are aid from it",
			"Ukraine received 31 Abrams tanks from the United States on Monday.",
			"AID", []string{"UKR", "USA"}, true},
		{"goods received from a state are aid from it",
			"Italy received 15 tonnes of medical equipment from China last month.",
			"AID", []string{"CHN", "ITA"}, true},
		{"doses gifted are aid",
			"India gifted two million doses of the vaccine to Bangladesh on Thursday.",
			"AID", []string{"BGD", "IND"}, true},
		{"diesel supplied to a state in need is aid",
			"India supplied 40,000 tonnes of diesel to Sri Lanka on Saturday.",
			"AID", []string{"IND", "LKA"}, true},
		{"rescue teams flown to a disaster are aid",
			"Pakistan's army flew rescue teams to Afghanistan on Saturday.",
			"AID", []string{"AFG", "PAK"}, true},
		{"missiles sent into a country are no aid",
			"Russia sent missiles and drones into Ukraine overnight.",
			"AID", []string{"RUS", "UKR"}, false},
		{"shipping attacked with drones is no aid",
			"The Houthis attacked shipping in the Red Sea with missiles and drones near Israel.",
			"AID", []string{"ISR", "YEM"}, false},
		{"a painting gifted to a leader is no aid",
			"The president gifted a painting to the Japanese prime minister.",
			"AID", []string{"JPN"}, false},
	})
}

// Twenty-third pass (stop 41): a craft or a load named by the aid it
// carries brings aid where it lands, docks or reaches; a weight of goods
// is its load; ships sent as aid ships are no deployment. The sentences
// are written for this test.
func TestWireFormsTwentyThirdPassAidCraft(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a relief flight landing brings aid",
			"An Indian relief flight landed in Kabul on Friday.",
			"AID", []string{"AFG", "IND"}, true},
		{"an aid ship docking brings aid",
			"A Turkish aid ship docked in Egypt on Friday.",
			"AID", []string{"EGY", "TUR"}, true},
		{"ships carrying relief that reached a city bring aid to its country",
			"Indian navy ships carrying relief material reached Yangon on Friday.",
			"AID", []string{"IND", "MMR"}, true},
		{"an aid shipment that reached a city is aid to its country",
			"The first Indian aid shipment reached Colombo on Friday.",
			"AID", []string{"IND", "LKA"}, true},
		{"a weight of supplies flown in the passive names its giver after by",
			"Fifty tonnes of medical supplies were flown to Libya by Italy on Friday.",
			"AID", []string{"ITA", "LBY"}, true},
		{"aid ships dispatched are aid, not a deployment",
			"Turkey dispatched aid ships to Gaza on Thursday.",
			"AID", []string{"PSE", "TUR"}, true},
		{"firefighters arriving are aid",
			"Greek firefighters arrived in Cyprus to help battle wildfires.",
			"AID", []string{"CYP", "GRC"}, true},
		{"an ambassador's plane landing brings no aid",
			"The Chinese ambassador's plane landed in Kabul on Friday.",
			"AID", []string{"AFG", "CHN"}, false},
		{"a navy ship that reached a port brings no aid by itself",
			"The Chinese navy ship reached Colombo on Friday.",
			"AID", []string{"CHN", "LKA"}, false},
	})
}

// Twenty-third pass (stop 41): the aid agencies of states give for their
// state. The sentences are written for this test.
func TestWireFormsTwentyThirdPassAidAgencies(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"USAID gives for the United States",
			"USAID sent humanitarian aid to Sudan on Friday.",
			"AID", []string{"SDN", "USA"}, true},
		{"JICA gives for Japan",
			"JICA sent a disaster relief team to Turkey on Monday.",
			"AID", []string{"JPN", "TUR"}, true},
		{"KSrelief gives for Saudi Arabia",
			"KSrelief delivered 200 tonnes of food aid to Yemen on Thursday.",
			"AID", []string{"SAU", "YEM"}, true},
	})
}

// Twenty-third pass (stop 41): aid stopped in the passive is a sanction;
// people sent as aid who help a country give it aid; ships that arrive
// with aid goods bring aid, not a deployment. The sentences are written
// for this test.
func TestWireFormsTwentyThirdPassAidStoppedAndHelp(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"aid suspended in the passive is a sanction",
			"Norway's aid to Ethiopia was suspended on Friday.",
			"SANCTION", []string{"ETH", "NOR"}, true},
		{"aid suspended in the passive is no aid",
			"Norway's aid to Ethiopia was suspended on Friday.",
			"AID", []string{"ETH", "NOR"}, false},
		{"aid halted in the passive is a sanction",
			"Canada's development aid to Mali was halted on Friday.",
			"SANCTION", []string{"CAN", "MLI"}, true},
		{"doctors sent abroad who help a country give aid",
			"Cuban doctors helped Italy fight the virus last year.",
			"AID", []string{"CUB", "ITA"}, true},
		{"specialists helping a country give aid",
			"Russian specialists are helping Serbia disinfect hospitals.",
			"AID", []string{"RUS", "SRB"}, true},
		{"a sports team that helped a country win gives no aid",
			"The Japanese team helped Spain win the match.",
			"AID", []string{"ESP", "JPN"}, false},
		{"naval ships arriving with food and medicines bring aid",
			"Two Indian naval ships arrived in Mozambique on Monday with food and medicines.",
			"AID", []string{"IND", "MOZ"}, true},
		{"troops arriving with tanks are no aid",
			"Russian troops arrived in Belarus on Monday with tanks and artillery.",
			"AID", []string{"BLR", "RUS"}, false},
	})
}
