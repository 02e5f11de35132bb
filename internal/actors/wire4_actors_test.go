package actors

import (
	"strings"
	"testing"
)

// Cases of the fourth pass (stop 22) on who a sentence names, each with
// sentences written for the test: forms that overlap, kings named by their
// country, and envoys.
func TestMentionsStop22(t *testing.T) {
	c := testCatalog(t)
	extra := `name	aliases	country	sector	office	from	to
Omar bin Said	King Omar;Omar bin Said Al Qasimi	OMN	GOV	King	2020-01-01	2028-12-31
Omar Haddad	King Omar Haddad	JOR	GOV	King	2027-05-01	
`
	if errs := c.load("stop22.tsv", strings.NewReader(extra), false); len(errs) > 0 {
		t.Fatal(errs)
	}
	c.idx = nil // index the added people
	tests := []struct {
		name string
		text string
		ref  string
		want []string
	}{
		// 1. The longest form at a place wins over a shorter one that
		// starts a word earlier.
		{"council after the organisation's alias", "The United Nations Security Council will vote on Friday.", "2030-06-01",
			[]string{"United Nations Security Council|organisation|UN Security Council||"}},
		{"council after the acronym alias", "Envoys at the UN Security Council walked out.", "2030-06-01",
			[]string{"UN Security Council|organisation|UN Security Council||"}},
		{"organisation alone keeps its article", "Diplomats at the United Nations said the UN would act.", "2030-06-01",
			[]string{"the United Nations|organisation|United Nations||", "the UN|organisation|United Nations||"}},
		{"equal lengths keep the leftmost", "Papua New Guinea and New Zealand signed.", "2030-06-01",
			[]string{"Papua New Guinea|country|Papua New Guinea|PNG|", "New Zealand|country|New Zealand|NZL|"}},
		// 2. A country before a title and a name picks that country's
		// office holder; a holder out of office loses to one in office.
		{"possessive country picks its king", "Jordan's King Omar received the envoy.", "2030-06-01",
			[]string{"Jordan's King Omar|person|Omar Haddad|JOR|King"}},
		{"adjective country picks its king", "Jordanian King Omar flew to Cairo.", "2030-06-01",
			[]string{"Jordanian King Omar|person|Omar Haddad|JOR|King", "Cairo|place|Cairo|EGY|"}},
		{"no holder known keeps the country", "Jordan's King Omar received the envoy.", "2026-06-01",
			[]string{"Jordan's King Omar|person|Omar|JOR|King"}},
		{"bare title and name: the holder in office", "King Omar spoke by phone.", "2030-06-01",
			[]string{"King Omar|person|Omar Haddad|JOR|King"}},
		{"bare title and name: the tables' person in office stays", "King Omar spoke by phone.", "2026-06-01",
			[]string{"King Omar|person|Omar bin Said|OMN|King"}},
		{"the person's own country stays", "Omani King Omar spoke.", "2026-06-01",
			[]string{"Omani|country|Oman|OMN|", "King Omar|person|Omar bin Said|OMN|King"}},
		{"a former king is not resolved by date", "The late Omani King Omar was buried.", "2030-06-01",
			[]string{"Omani|country|Oman|OMN|", "King Omar|person|Omar bin Said|OMN|"}},
		// 3. A dateline names where the story was filed: a place, even
		// when the city is a country of its own.
		{"city-state dateline with agency", "SINGAPORE (The Herald/ANN)- Malaysia and Indonesia agreed on patrols.", "2030-06-01",
			[]string{"SINGAPORE|place|Singapore|SGP|", "Malaysia|country|Malaysia|MYS|", "Indonesia|country|Indonesia|IDN|"}},
		{"city-state dateline with a day", "KUWAIT, June 3 (Reuters) - Iraq and Iran resumed talks.", "2030-06-01",
			[]string{"KUWAIT|place|Kuwait|KWT|", "Iraq|country|Iraq|IRQ|", "Iran|country|Iran|IRN|"}},
		{"city-state dateline with a colon", "SINGAPORE: Vietnam protested to China.", "2030-06-01",
			[]string{"SINGAPORE|place|Singapore|SGP|", "Vietnam|country|Vietnam|VNM|", "China|country|China|CHN|"}},
		{"capital dateline in ordinary case with agency", "Beijing (AFP) - Officials in Manila protested.", "2030-06-01",
			// Stop 41: "Officials in Manila" are the Philippines' (ownstate41.go).
			[]string{"Beijing|place|Beijing|CHN|", "Officials|organisation|Philippines Officials|PHL|", "Manila|place|Manila|PHL|"}},
		{"a headline in capitals is no dateline", "SINGAPORE: TALKS TO RESUME", "2030-06-01",
			[]string{"SINGAPORE|country|Singapore|SGP|"}},
		{"a country before a colon in ordinary case speaks", "Singapore: no deal without guarantees", "2030-06-01",
			[]string{"Singapore|country|Singapore|SGP|"}},
		{"the country later in the line is the country", "SINGAPORE — Singapore will host the talks.", "2030-06-01",
			[]string{"SINGAPORE|place|Singapore|SGP|", "Singapore|country|Singapore|SGP|"}},
		// 4. A chargé d'affaires, however the accent is written, is an
		// envoy of the country named with the title.
		{"accented charge d'affaires", "Ankara summoned the Swedish chargé d'affaires over the protest.", "2030-06-01",
			[]string{"Ankara|country|Turkey|TUR||metonym", "Swedish chargé d'affaires|person||SWE|Chargé d'Affaires"}},
		{"unaccented charge d'affaires with a curly apostrophe", "Khartoum expelled the Egyptian charge d’affaires. Norway's charge d'affaires, Ola Berg, left.", "2030-06-01",
			[]string{"Khartoum|country|Sudan|SDN||metonym", "Egyptian charge d’affaires|person||EGY|Chargé d'Affaires",
				"Norway's charge d'affaires, Ola Berg|person|Ola Berg|NOR|Chargé d'Affaires"}},
		{"a charge is no envoy", "Prosecutors brought a charge against the Swedish driver.", "2030-06-01",
			[]string{"Swedish|country|Sweden|SWE||adjective"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range c.Mentions(tc.text, day(tc.ref)) {
				got = append(got, show(m))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
