package actors

import "testing"

// TestSidesNamedWithoutCountry checks the rows of stop 32: places of
// conflict news under their news spelling, armed groups and office holders
// that news names without their country. Each sentence must yield a
// mention of the country given; the last two must not.
func TestSidesNamedWithoutCountry(t *testing.T) {
	tests := []countryCase{
		// Places: news spellings of cities the city list names otherwise.
		{"Crowds gathered outside the consulate in Basra on Friday night.", "2018-09-08", "IRQ", true},
		{"Two strikes hit the port of Hodeidah before dawn on Tuesday.", "2025-05-06", "YEM", true},
		{"Residents fled Rafah as the shelling went on.", "2024-05-07", "PSE", true},
		{"Investigators reached Pahalgam a day after the shooting.", "2025-04-23", "IND", true},
		// Armed groups named alone stand for the country they fight in.
		{"The SDF said it had pulled back from the border towns.", "2019-10-10", "SYR", true},
		{"Jets struck YPG positions overnight, the ministry said.", "2019-10-10", "SYR", true},
		{"M23 fighters entered the city on Monday.", "2025-01-27", "COD", true},
		// Office holders named without their country.
		{"Cheng Jingye told a newspaper the public might stay away.", "2020-04-27", "CHN", true},
		{"Frances Adamson called the envoy to discuss his remarks.", "2020-04-27", "AUS", true},
		{"Amit Shah chaired a security meeting in New Delhi.", "2025-04-23", "IND", true},
		// Left alone: "Hamas" is not the Syrian city "Hama", and a sea
		// belongs to no country.
		{"Hamas said the talks in Cairo would resume on Sunday.", "2024-03-05", "SYR", false},
		{"Warships crossed the Sea of Azov at dawn.", "2024-03-05", "RUS", false},
	}
	checkCountryMentions(t, Default(), tests)
}

// countryCase is a sentence, the day it is read against, and whether a
// mention of the country must be found in it.
type countryCase struct {
	text, ref, country string
	want               bool
}

// checkCountryMentions reads each case's sentence with c and fails where a
// mention of the case's country is found against want or missing.
func checkCountryMentions(t *testing.T, c *Catalog, tests []countryCase) {
	t.Helper()
	for _, tt := range tests {
		found := false
		for _, m := range c.Mentions(tt.text, day(tt.ref)) {
			if m.Country == tt.country {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("Mentions(%q, %s): %s found = %v, want %v", tt.text, tt.ref, tt.country, found, tt.want)
		}
	}
}
