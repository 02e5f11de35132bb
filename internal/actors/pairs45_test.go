package actors

import (
	"strings"
	"testing"
	"time"
)

// Countries named together by a shared head, by a plural head, and by the
// short form "the North" / "the South" after a divided pair was named.
// Sentences written for this test; a want lists the country codes of the
// body's country mentions, in order, non-adjective ones only when noted.
func TestPairedCountries(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ body, want string }{
		// Two names sharing one head noun.
		{"The leaders of North and South Korea met at the border village on Friday.", "PRK KOR"},
		{"South and North Korea agreed on Tuesday to reopen a military hotline.", "KOR PRK"},
		{"North and South Korean officials held talks in Panmunjom.", "PRK KOR"},
		// Negative: no country "North Sudan"; "Saudi Korea" is nothing.
		{"South and North Sudan agreed to demilitarise their border.", ""},
		{"Saudi and South Korean officials signed the deal.", "SAU KOR"},
		// The pair by its plural head.
		{"The two Koreas signed a declaration pledging to end hostilities.", "PRK KOR"},
		{"China urged both Koreas to show restraint.", "CHN PRK KOR"},
		{"The two Sudans signed an oil transit agreement in Addis Ababa.", "SDN SSD"},
		// Negative: a plural head no pair shares.
		{"The two Americas trade more than ever.", ""},
		// The short form after the pair was named.
		{"North Korea fired shells across the border. The South responded with artillery.", "PRK KOR"},
		{"South Korea warned on Monday that the North would pay for the attack.", "KOR PRK"},
		{"North Korea threatened to strike the South's loudspeakers.", "PRK KOR"},
		{"Sudan and South Sudan signed a pact. The South accused Khartoum of bombing oil fields.", "SDN SSD SSD SDN"},
		// Negatives: no divided pair named before, or a region.
		{"The strike hit factories across the North of England on Tuesday.", "GBR"},
		{"Voters in the South rejected the governor's plan, the senator said.", ""},
		{"The president flew to the North to meet flood victims, Nigerian officials said.", "NGA"},
		{"Japan protested after the launch. The North said the test was routine.", "JPN"},
		{"North Korea tested a missile over the North Atlantic.", "PRK"},
	} {
		var got []string
		for _, m := range Default().Mentions(c.body, ref) {
			if m.Country != "" && m.Kind != Place {
				got = append(got, m.Country)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: countries %q, want %q", c.body, g, c.want)
		}
	}
}

// A republic is the state: "the Czech and Slovak republics" names two
// parties, not two descriptions; "Czech beer" stays a description.
func TestRepublicNoun(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for body, want := range map[string]bool{
		"The Czech and Slovak republics signed a customs union treaty.": false,
		"The French republic recalled its ambassador.":                  false,
		"Czech beer exports rose last year.":                            true,
	} {
		ms := Default().Mentions(body, ref)
		if len(ms) == 0 {
			t.Errorf("%q: no mention", body)
			continue
		}
		if ms[0].Adjective != want {
			t.Errorf("%q: adjective %v, want %v", body, ms[0].Adjective, want)
		}
	}
}

// The rival pair and the divided pair are the pair too.
func TestPairWords(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for body, want := range map[string]string{
		"Kim crossed the line separating the rival Koreas on Friday.": "PRK KOR",
		"Talks between the divided Koreas resumed in Panmunjom.":      "PRK KOR",
		"The rival Americans met at the stadium.":                     "USA",
	} {
		var got []string
		for _, m := range Default().Mentions(body, ref) {
			if m.Country != "" && m.Kind != Place && m.Kind != Person {
				got = append(got, m.Country)
			}
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("%q: countries %q, want %q", body, g, want)
		}
	}
}
