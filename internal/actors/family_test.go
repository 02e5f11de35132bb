package actors

import (
	"strings"
	"testing"
)

// TestBareFamilyNames checks when one capitalised word is read as the
// family name of a person of the tables, and the country words before
// nouns for private people.
func TestBareFamilyNames(t *testing.T) {
	c := testCatalog(t)
	if err := c.LoadFile("testdata/regnal.tsv"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"no support in the article", "Hale said more talks would follow.", nil},
		{"country named elsewhere", "Hale said more talks with America would follow.",
			[]string{"Hale|person|Robert Hale|USA|Secretary of State", "America|country|United States|USA|"}},
		{"full name later", "Hale spoke first. Later Robert Hale left.",
			[]string{"Hale|person|Robert Hale|USA|Secretary of State", "Robert Hale|person|Robert Hale|USA|Secretary of State"}},
		{"after the it is a thing", "America said the Hale was full.", []string{"America|country|United States|USA|"}},
		{"possessive of another country before it", "Norway's Hale rose.", []string{"Norway|country|Norway|NOR|"}},
		// Twenty-third pass (stop 41): his own country's possessive names
		// the office holder ("Turkey's Erdogan"; possessor21.go).
		{"his own country's possessive before it", "America's Hale rose.",
			[]string{"America|country|United States|USA|", "Hale|person|Robert Hale|USA|Secretary of State"}},
		{"the family name before a leader's noun", "America praised the Hale administration.",
			[]string{"America|country|United States|USA|", "Hale|person|Robert Hale|USA|Secretary of State"}},
		{"hyphenated word", "America ordered Hale-class ships.", []string{"America|country|United States|USA|"}},
		{"regnal numeral in a hyphenated word", "Norway bought an X-ray scanner.", []string{"Norway|country|Norway|NOR|"}},
		{"regnal numeral alone", "Norway said Article X applies.", []string{"Norway|country|Norway|NOR|"}},
		{"regnal name in full", "Norway's King Harald X spoke.", []string{"Norway's King Harald X|person|Harald X|NOR|King"}},
		{"another given name of the family", "Tim Hale, a teacher in America, spoke. Hale said the school would reopen.",
			[]string{"Tim Hale|person|Tim Hale||", "America|country|United States|USA|", "Hale|person|Tim Hale|||ref=0"}},
		{"namesake named after the bare word", "Hale spoke to America. Tim Hale is a teacher.",
			[]string{"America|country|United States|USA|", "Tim Hale|person|Tim Hale||"}},
		{"family-first name needs the office", "China said Li would visit.", []string{"China|country|China|CHN|"}},
		{"family-first name with the office", "China wants a premier soon. Li will visit.",
			[]string{"China|country|China|CHN|", "Li|person|Li Wenqiang|CHN|Premier"}},
		{"title before one word needs no support", "Premier Li will visit.", []string{"Premier Li|person|Li Wenqiang|CHN|Premier"}},
		{"family name spelt as an alias has it", "Oleksiy Marchenko spoke first, and then Marchenko left.",
			[]string{"Oleksiy Marchenko|person|Oleksiy Marchenkov|UKR|Foreign Minister", "Marchenko|person|Oleksiy Marchenkov|UKR|Foreign Minister|ref=0"}},
		{"family name spelt as the name", "Oleksiy Marchenko spoke first, and then Marchenkov left.",
			[]string{"Oleksiy Marchenko|person|Oleksiy Marchenkov|UKR|Foreign Minister", "Marchenkov|person|Oleksiy Marchenkov|UKR|Foreign Minister|ref=0"}},
		{"an alias's family name needs support too", "Marchenko said more talks would follow.", nil},

		{"country before a journalist", "Police held a U.S. journalist on Monday.",
			[]string{"U.S. journalist|person||USA|journalist"}},
		{"country before prisoners", "Iran freed French prisoners.",
			[]string{"Iran|country|Iran|IRN|", "French prisoners|person||FRA|prisoners"}},
		{"country before a student with a name", "An American student Anna Kowalski was released.",
			[]string{"American student Anna Kowalski|person|Anna Kowalski|USA|student"}},
		{"country before nationals", "Japanese nationals left.", []string{"Japanese nationals|person||JPN|nationals"}},
		{"country before aid workers", "Two British aid workers were freed.", []string{"British aid workers|person||GBR|aid workers"}},
		{"country name before a noun is its topic", "A China scholar spoke.", []string{"China|country|China|CHN|"}},
		{"acronym before a noun", "A UK man was held.", []string{"UK man|person||GBR|man"}},
		{"people noun modifying a noun", "A French prisoner exchange is planned.", []string{"French|country|France|FRA|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gs []string
			for _, m := range c.Mentions(tt.text, day("2030-06-01")) {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d give %q, text %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
				gs = append(gs, show(m))
			}
			if strings.Join(gs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Mentions(%q)\n got:\n  %s\nwant:\n  %s", tt.text, strings.Join(gs, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
