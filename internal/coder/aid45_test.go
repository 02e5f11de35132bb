package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-seventh pass (stop 45): relief sent to the victims or the areas
// of a disaster in a country goes to that country (aid45.go). The
// sentences are written for this test.
func TestWireFormsTwentySeventhPassAidToAffected(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"food sent to flood victims in a country is aid to it",
			"Qatar sent food and medicine to flood victims in Sudan.",
			"AID", []string{"QAT", "SDN"}, true},
		{"relief airlifted to cyclone-hit areas in a country is aid to it",
			"The Indian government airlifted relief material to cyclone-hit areas in Myanmar.",
			"AID", []string{"IND", "MMR"}, true},
		{"tents airlifted to earthquake victims in a country are aid to it",
			"The United Arab Emirates airlifted tents and blankets to earthquake victims in Afghanistan.",
			"AID", []string{"AFG", "ARE"}, true},
		{"a place where the news was told receives nothing",
			"Japan sent aid to Nepal, the minister told victims in India.",
			"AID", []string{"IND", "JPN"}, false},
	})
}

// The country of the people struck receives; the one sending gives.
func TestWireFormsTwentySeventhPassAidToAffectedRoles(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Qatar sent food and medicine to flood victims in Sudan.", "QAT", "SDN"},
		{"Norway sent a grant of 10 million dollars for earthquake survivors in Syria.", "NOR", "SYR"},
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true}), "AID", tt.source, tt.target)
	}
}

// A team named by two kinds of work joined by "and" is one team, and the
// adjective before the pair gives (aid45.go aidGiverAcrossAnd).
func TestWireFormsTwentySeventhPassTeamOfTwoKinds(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"A Turkish search and rescue team arrived in Nepal on Sunday.", "TUR", "NPL"},
		{"Chinese medical and relief experts landed in Mozambique on Friday.", "CHN", "MOZ"},
		{"An Indian search-and-rescue team arrived in Myanmar on Saturday.", "IND", "MMR"},
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true}), "AID", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"a team arriving for talks and trade gives no aid",
			"A Turkish trade and investment delegation arrived in Nepal on Sunday.",
			"AID", []string{"NPL", "TUR"}, false},
	})
}

// An effort promised ("will do its best to provide") leaves the aid to
// come; a sending with a purpose ("sent ships to provide") is done.
func TestWireFormsTwentySeventhPassBestEffortPlanned(t *testing.T) {
	for _, tt := range []struct {
		body string
		want event.Status
	}{
		{"China stands ready to do its best to provide emergency assistance to Myanmar.", event.Planned},
		{"Japan will do its utmost to provide relief to Nepal.", event.Planned},
		{"Italy sent two ships to Libya to provide relief.", event.Occurred},
	} {
		evs := Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true})
		found := false
		for _, e := range evs {
			if e.Type == "AID" {
				found = true
				if e.Status != tt.want {
					t.Errorf("%q: status %s, want %s", tt.body, e.Status, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no AID", tt.body)
		}
	}
}
