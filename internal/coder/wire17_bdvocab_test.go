package coder

import "testing"

// Seventeenth pass (stop 35, the bd family): a news conference held
// "jointly" with another leader is a meeting with them, as one held "with"
// them is; a "cooperation deal" is a deal (AGREE), "cooperation" only
// saying what it is about; "pulling out all the stops" is an idiom, no
// withdrawal. The sentences are written for this test.
func TestWireFormsSeventeenthPassBd(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a joint news conference with a leader is a meeting",
			"Chilean President Gabriel Boric told a joint news conference with Argentine President Javier Milei on Monday that trade would grow.",
			"CONSULT", []string{"ARG", "CHL"}, true},
		{"a joint press conference with a minister is a meeting",
			"Peru's Foreign Minister spoke at a joint press conference with his Bolivian counterpart in Lima on Monday.",
			"CONSULT", []string{"BOL", "PER"}, true},
		{"a joint news conference told by the speaker is a meeting",
			"Brazilian President Luiz Inacio Lula da Silva told a joint news conference with Uruguay's President on Sunday that the bloc would grow.",
			"CONSULT", []string{"BRA", "URY"}, true},
		{"a news conference alone is no meeting",
			"Chilean President Gabriel Boric told a news conference on Monday that Argentina must pay its debts.",
			"CONSULT", []string{"ARG", "CHL"}, false},
		{"a cooperation deal signed is an agreement",
			"Chile signed a historic civil nuclear cooperation deal with Argentina on Monday.",
			"AGREE", []string{"ARG", "CHL"}, true},
		{"a cooperation pact signed by two capitals is an agreement",
			"The defence cooperation pact signed by Santiago and Buenos Aires on Monday opens the way for arms sales.",
			"AGREE", []string{"ARG", "CHL"}, true},
		{"a cooperation deal is not coded as cooperation",
			"Chile signed a historic civil nuclear cooperation deal with Argentina on Monday.",
			"COOPERATE", []string{"ARG", "CHL"}, false},
		{"cooperation with no pact noun after it stays cooperation",
			"Chile and Argentina deepened their cooperation on border security on Monday.",
			"COOPERATE", []string{"ARG", "CHL"}, true},
		{"pulling out all the stops is no withdrawal",
			"Chile is pulling out all the stops for the Argentine president's state visit on Monday.",
			"RETREAT", []string{"ARG", "CHL"}, false},
		{"pulling out troops is a withdrawal",
			"Chile pulled out its troops from Argentina on Monday.",
			"RETREAT", []string{"ARG", "CHL"}, true},
	})
}
