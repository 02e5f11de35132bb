package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Stop 41: a storming told as a protest ("protesters stormed the embassy")
// and as an attack ("the ministry condemned the attack on its embassy") is
// one event; an attack and a protest of other days, with the sides the other
// way round, or a protest still to come stay two.

// placeCountries are the countries of the places the tests name.
var placeCountries = map[string]string{"Ankara": "TUR", "Stockholm": "SWE"}

// storm is a report of a crowd of src's people acting against tgt's mission,
// of the type typ, dated by date.
func storm(id, art, typ string, date [4]string, status event.Status, place, src, tgt, text string) Report {
	r := rep(id, art, art, date, status, place, placeCountries[place], src, tgt)
	r.Event.Type, r.Event.Mode = typ, ""
	r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
	return withText(r, text)
}

func TestStormingToldAsProtestAndAttackIsOneEvent(t *testing.T) {
	protests := []Report{
		storm("p1", "a", "PROTEST", relDay("2024-03-14"), event.Occurred, "Ankara", "TUR", "SWE", "Hundreds of protesters stormed the Swedish embassy in Ankara on Thursday, tearing down its flag."),
		storm("p2", "b", "PROTEST", relDay("2024-03-14"), event.Occurred, "Ankara", "TUR", "SWE", "Demonstrators broke into the embassy compound on Thursday night in protest at the Koran burning."),
	}
	tests := []struct {
		name  string
		more  []Report
		joins bool
		typ   string // the joined event's type
	}{
		{"must join: the mission's government condemns the attack the same day", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-14"), event.Occurred, "", "TUR", "SWE", "Sweden's foreign ministry condemned Thursday's attack on its embassy in Ankara."),
		}, true, "PROTEST"},
		{"must join: the attack dated the next day by another outlet", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-15"), event.Occurred, "Ankara", "TUR", "SWE", "The Swedish embassy in Ankara was attacked by a mob early on Friday, the ministry said."),
			storm("x2", "d", "ASSAULT", relDay("2024-03-15"), event.Occurred, "", "TUR", "SWE", "Stockholm summoned Turkey's envoy over the attack on its embassy on Friday."),
		}, true, "PROTEST"},
		{"must join, as an attack: told by more articles as an attack than as a protest", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-14"), event.Occurred, "Ankara", "TUR", "SWE", "A mob attacked the Swedish embassy in Ankara on Thursday."),
			storm("x2", "d", "ASSAULT", relDay("2024-03-14"), event.Occurred, "Ankara", "TUR", "SWE", "The embassy came under attack on Thursday evening."),
			storm("x3", "e", "ASSAULT", relDay("2024-03-14"), event.Occurred, "Ankara", "TUR", "SWE", "Attackers smashed the embassy's windows on Thursday."),
		}, true, "ASSAULT"},
		{"stay apart: police fire on the protesters, the sides the other way round", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-14"), event.Occurred, "Ankara", "SWE", "TUR", "Embassy guards fired tear gas at the Turkish crowd on Thursday."),
		}, false, ""},
		{"stay apart: an attack a week later", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-21"), event.Occurred, "Ankara", "TUR", "SWE", "A second attack hit the embassy a week later."),
		}, false, ""},
		{"stay apart: an attack in another country", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-14"), event.Occurred, "Stockholm", "TUR", "SWE", "Turkish nationalists attacked a Swedish office in Stockholm on Thursday."),
		}, false, ""},
		{"stay apart: an attack only threatened", []Report{
			storm("x1", "c", "ASSAULT", relDay("2024-03-14"), event.Planned, "", "TUR", "SWE", "Groups said they would attack the embassy on Thursday."),
		}, false, ""},
	}
	for _, tc := range tests {
		for _, order := range []string{"forward", "backward"} {
			t.Run(tc.name+" ("+order+")", func(t *testing.T) {
				in := append(slices.Clone(protests), tc.more...)
				if order == "backward" {
					in = backwards(in)
				}
				ms := Merge(in, testOptions())
				var with *Merged
				for i := range ms {
					if slices.Contains(ms[i].Reports, "p1") {
						with = &ms[i]
					}
				}
				if with == nil || !slices.Contains(with.Reports, "p2") {
					t.Fatalf("the protests are not one event: %s", groups(ms))
				}
				if got := slices.Contains(with.Reports, "x1"); got != tc.joins {
					t.Fatalf("x1 with the protest: %v, want %v (%s)", got, tc.joins, groups(ms))
				}
				if tc.joins && (with.Event.Type != tc.typ || len(ms) != 1) {
					t.Fatalf("got %d events, type %s; want one PROTEST (%s)", len(ms), with.Event.Type, groups(ms))
				}
			})
		}
	}
}

func TestStormingWithTwoAttacksJoinsNeither(t *testing.T) {
	// A protest the day between two attacks, each a day from it: which one
	// it is nothing says, so all three stay apart.
	in := []Report{
		storm("p1", "a", "PROTEST", relDay("2024-03-14"), event.Occurred, "Ankara", "TUR", "SWE", "Protesters stormed the Swedish embassy on Thursday."),
		storm("x1", "b", "ASSAULT", dayOf("2024-03-13"), event.Occurred, "Ankara", "TUR", "SWE", "The embassy was attacked on March 13."),
		storm("x2", "c", "ASSAULT", dayOf("2024-03-15"), event.Occurred, "Ankara", "TUR", "SWE", "The embassy was attacked again on March 15."),
	}
	if ms := Merge(in, testOptions()); len(ms) != 3 {
		t.Fatalf("got %d events, want 3: %s", len(ms), groups(ms))
	}
}
