package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// headCase is one row of a headline table test: a page of title and body,
// published on pub, gives (want) or does not give an event of typ between
// exactly the countries cs (sorted).
type headCase struct {
	rule, title, body, pub string
	typ                    string
	cs                     []string
	want                   bool
}

// neutralBody is a body that codes no act: the headline is the page's
// report (headline8.go).
const neutralBody = "The report could not be independently verified. Officials gave no further details."

func checkHeadCases(t *testing.T, cases []headCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			pub := c.pub
			evs := Code(article.Article{Source: "test.txt", Title: c.title, Body: c.body, Language: "en", Published: &pub}, Options{})
			got := slices.ContainsFunc(evs, func(e event.Event) bool { return e.Type == c.typ && slices.Equal(e.Countries(), c.cs) })
			if got != c.want {
				t.Errorf("got %s, want %s %v coded: %v", summary(evs), c.typ, c.cs, c.want)
			}
		})
	}
}

// TestWire21MutualCharge: charges two subjects make against each other, or
// trade, are accusations between them, not a joint statement aimed at no
// one (mutualCharge, headline21.go; cues.tsv "trade+ ~2 barbs|..."). The
// sentences are written for this test.
func TestWire21MutualCharge(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"accused each other", "Border flare-up", "Armenia and Azerbaijan accused each other of shelling border villages on Monday.", "2025-06-04", "ACCUSE", []string{"ARM", "AZE"}, true},
		{"traded accusations", "Drone row", "India and Pakistan traded accusations on Monday over the downing of a drone.", "2025-06-04", "ACCUSE", []string{"IND", "PAK"}, true},
		{"headline trades barbs", "China, Philippines trade barbs over shoal", neutralBody, "2025-06-04", "ACCUSE", []string{"CHN", "PHL"}, true},
		// Must not: two sides condemning a third act together are no
		// charge against each other.
		{"joint condemnation", "Attack condemned", "Both Washington and Beijing condemned the attack.", "2025-06-04", "ACCUSE", []string{"CHN", "USA"}, false},
	})
}

// TestWire21Frees: the headline's present "frees" is a release, as the past
// "freed" is; money "freed up" is none (cues.tsv).
func TestWire21Frees(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"frees Americans", "Venezuela frees six Americans", neutralBody, "2025-06-04", "CONCEDE", []string{"USA", "VEN"}, true},
		{"frees nationals", "Iran frees two French nationals", neutralBody, "2025-06-04", "CONCEDE", []string{"FRA", "IRN"}, true},
		{"frees up money", "Germany frees up 10 billion euros for Ukraine", neutralBody, "2025-06-04", "CONCEDE", []string{"DEU", "UKR"}, false},
	})
}

// TestWire21SettleRow: a row, spat or feud settled or ended is an agreement
// (cues.tsv).
func TestWire21SettleRow(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"headline settles row", "Indonesia, Malaysia settle sea border row", neutralBody, "2025-06-04", "AGREE", []string{"IDN", "MYS"}, true},
		{"feud ended", "Accord in Abuja", "The two leaders ended the feud between Ghana and Nigeria on Tuesday.", "2025-06-04", "AGREE", []string{"GHA", "NGA"}, true},
		{"talks to settle collapsed", "Talks collapse", "Talks to settle the row between Indonesia and Malaysia collapsed on Tuesday.", "2025-06-04", "AGREE", []string{"IDN", "MYS"}, false},
	})
}

// TestWire21ArmsProvided: arms "provided", and a named weapons system sent,
// are aid (cues.tsv); missiles sent into a country are no aid.
func TestWire21ArmsProvided(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"headline sends Patriots", "US to send Patriot missiles to Ukraine", neutralBody, "2025-06-04", "AID", []string{"UKR", "USA"}, true},
		{"lead sends Patriots", "More air defence for Kyiv", "The United States will send more Patriot air defence missiles to Ukraine, the Pentagon said on Tuesday.", "2025-06-04", "AID", []string{"UKR", "USA"}, true},
		{"tanks provided", "Berlin's help", "Germany provided tanks to Ukraine last year.", "2025-06-04", "AID", []string{"DEU", "UKR"}, true},
		{"missiles sent into", "Overnight attack", "Russia sent missiles into Ukraine overnight.", "2025-06-04", "AID", []string{"RUS", "UKR"}, false},
	})
}

// TestWire21PossessedLeader: a leader named by family name after his own
// country's possessive is that leader, and the present verb after him his
// act (possessedLeaders, headline21.go; actors/possessor21.go).
func TestWire21PossessedLeader(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"headline meets", "Turkey's Erdogan meets Azerbaijan's Aliyev", neutralBody, "2025-06-04", "CONSULT", []string{"AZE", "TUR"}, true},
		{"headline hosts", "Brazil's Lula hosts China's Xi in Brasilia", neutralBody, "2025-06-04", "CONSULT", []string{"BRA", "CHN"}, true},
		{"lead met", "Talks in Ankara", "Turkey's Erdogan met Azerbaijan's Aliyev in Ankara on Tuesday.", "2025-06-04", "CONSULT", []string{"AZE", "TUR"}, true},
		// Must not: a place's name after the possessive leaves the act a
		// noun ("Israel's Gaza strikes"): no strike on Turkey.
		{"place after possessive", "Erdogan condemns Israel's Gaza strikes", neutralBody, "2025-06-04", "ASSAULT", []string{"ISR", "TUR"}, false},
	})
}

// TestWire21ReceivedChief: a host receives an army chief, a speaker or an
// envoy as a visitor (cues.tsv, host lines); a bare "chief" is no visitor.
func TestWire21ReceivedChief(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"army chief received", "Talks in Cairo", "Egyptian President Abdel Fattah al-Sisi received Sudan's army chief Abdel Fattah al-Burhan in Cairo on Tuesday.", "2025-06-04", "CONSULT", []string{"EGY", "SDN"}, true},
		{"envoy received", "Talks in Doha", "Qatar's emir received the US special envoy in Doha on Tuesday.", "2025-06-04", "CONSULT", []string{"QAT", "USA"}, true},
		{"speaker received", "Talks in Tehran", "The Iranian president received the speaker of Iraq's parliament on Tuesday.", "2025-06-04", "CONSULT", []string{"IRN", "IRQ"}, true},
		{"a chief's share", "Aid shares", "Ukraine received a chief's share of the aid from Germany.", "2025-06-04", "CONSULT", []string{"DEU", "UKR"}, false},
	})
}
