package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifteenth pass (stop 33): a page whose only day is a numeric stamp with
// two readings, settled by how the stamp is written
// (article/stamporder15.go), dates the acts it tells as done. The pages
// are written for these tests; none comes from a corpus page.
func TestWire15Stamps(t *testing.T) {
	checkPageCases(t, []pageCase{
		{"dots put the day first",
			"World\n06.02.18 09:15\n\nThe Dutch government expelled two Russian diplomats over a cyberattack on the chemical weapons watchdog, the foreign ministry said. The diplomats were given a week to leave the country, officials added.\n",
			expect{typ: "SANCTION", countries: []string{"NLD", "RUS"}, status: event.Occurred, start: "2018-02-06"}},
		{"the twelve-hour clock puts the month first",
			"Markets\n3/9/2022, 11:05 AM (Source: Wire)\n\nPresident Joe Biden threatened to cut off Russia's access to American technology if Moscow invades Ukraine, the White House said. Officials said the measures were ready to be put in place within days.\n",
			expect{typ: "THREATEN", countries: []string{"RUS", "USA"}, status: event.Occurred, start: "2022-03-09"}},
	})
	t.Run("left alone: a slashed stamp with neither clock nor text to settle it", func(t *testing.T) {
		text := "World\n05/03/2017\n\nThe Dutch government expelled two Russian diplomats over a cyberattack on the chemical weapons watchdog, the foreign ministry said. The diplomats were given a week to leave the country, officials added.\n"
		a := textPage(t, text)
		for _, e := range Code(a, Options{KeepOneSided: true}) {
			if e.Date != nil {
				t.Errorf("%s %v dated %s, want undated", e.Type, e.Countries(), e.Date.Start)
			}
		}
	})
}
