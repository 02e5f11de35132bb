package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-second pass (stop 40): threats and protests, read from sentences
// written for these tests (threats20.go, protests20.go, data/cues.tsv).

// A strike a threat holds out falls on the country after it: the attack
// word is the threatener's own act, not a deed done to a victim.
func TestWireFormsTwentySecondPassThreatenedStrike(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"threatened to attack",
			"Iran threatened to attack Israel on Tuesday.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"warned it would strike",
			"Russia warned on Monday that it would strike Poland.",
			"THREATEN", []string{"POL", "RUS"}, true},
		{"threatened to launch an attack on",
			"North Korea threatened to launch an attack on Japan on Sunday.",
			"THREATEN", []string{"JPN", "PRK"}, true},
		{"threatened a strike on",
			"North Korea threatened a merciless strike on South Korea on Monday.",
			"THREATEN", []string{"KOR", "PRK"}, true},
		{"threatened military strikes against",
			"Iran threatened military strikes against Israel on Monday.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"the place struck is no side of a threat made to another",
			"Iran threatened Israel with strikes on Gaza on Tuesday.",
			"THREATEN", []string{"IRN", "ISR", "PSE"}, false},
		{"an attack feared is no threat to its victim",
			"Iran warned of an attack on Israel on Tuesday.",
			"THREATEN", []string{"IRN", "ISR"}, false},
	})
}

// The idioms of a threat: "make X pay", "will pay a heavy price", "all
// options are on the table", "would take countermeasures".
func TestWireFormsTwentySecondPassThreatIdioms(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"vowed to make X pay",
			"Israel vowed to make Iran pay for the missile attack on Tuesday.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"make X pay is no pledge",
			"Israel vowed to make Iran pay for the missile attack on Tuesday.",
			"AGREE", []string{"IRN", "ISR"}, false},
		{"would pay a big price",
			"The US president said Iran would pay a big price if it attacked US troops.",
			"THREATEN", []string{"IRN", "USA"}, true},
		{"all options on the table",
			"Israel said all options were on the table against Iran.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"would take retaliatory measures",
			"Moscow said it would take retaliatory measures against Helsinki.",
			"THREATEN", []string{"FIN", "RUS"}, true},
		{"a higher price paid for goods is no threat",
			"Shoppers in Canada will pay a higher price for Chinese goods.",
			"THREATEN", []string{"CAN", "CHN"}, false},
	})
}

// The speaker threatens the one who "will pay a heavy price".
func TestWireFormsTwentySecondPassPriceSides(t *testing.T) {
	evs := Code(art("The US president said Iran would pay a big price if it attacked US troops.", "2025-05-20"), Options{})
	for _, e := range evs {
		if e.Type != "THREATEN" {
			continue
		}
		for _, a := range e.Actors {
			if a.Country != nil && *a.Country == "USA" && a.Role != "source" {
				t.Errorf("the speaker should make the threat: %s", summary(evs))
			}
		}
		return
	}
	t.Errorf("no threat coded: %s", summary(evs))
}

// A crowd placed before its verb did the act on the day named.
func TestWireFormsTwentySecondPassCrowdPlaced(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"protesters in a city burned a flag",
			"Protesters in Manila burned a Chinese flag on Friday.",
			"PROTEST", []string{"CHN", "PHL"}, event.Occurred},
		{"demonstrators outside an embassy chanted",
			"Demonstrators outside the US embassy in Baghdad chanted slogans on Friday.",
			"PROTEST", []string{"IRQ", "USA"}, event.Occurred},
		{"a rally still to come",
			"Protesters in Manila will rally against China on Friday.",
			"PROTEST", []string{"CHN", "PHL"}, event.Planned},
	})
}

// The protesters' country told by a demonym: people by trade, "anti-X"
// protests, the goods boycotted; and the acts of a protest with no word
// of protesting.
func TestWireFormsTwentySecondPassProtestSides(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"lawyers by demonym",
			"Pakistani lawyers protested against India on Tuesday.",
			"PROTEST", []string{"IND", "PAK"}, true},
		{"traders by demonym",
			"Kenyan traders protested outside the Chinese embassy in Nairobi on Monday.",
			"PROTEST", []string{"CHN", "KEN"}, true},
		{"lawyers who only speak protest nothing",
			"Pakistani lawyers said India's decision was illegal.",
			"PROTEST", []string{"IND", "PAK"}, false},
		{"anti-American protests",
			"Iraqis staged anti-American protests in Baghdad on Sunday.",
			"PROTEST", []string{"IRQ", "USA"}, true},
		{"anti-US protests",
			"Iraqis held anti-US protests in Baghdad on Sunday.",
			"PROTEST", []string{"IRQ", "USA"}, true},
		{"anti-X at a third state's mission names a mood",
			"Turkish anti-Chinese demonstrators stormed the Thai consulate in Istanbul.",
			"PROTEST", []string{"CHN", "TUR"}, false},
		{"a country's decision protested",
			"Indonesians rallied against the US decision on Sunday.",
			"PROTEST", []string{"IDN", "USA"}, true},
		{"a country's plan protested",
			"Thousands protested against the Japanese plan in Seoul on Sunday.",
			"PROTEST", []string{"JPN", "KOR"}, true},
		{"a demonym before no decision names no side",
			"Indonesians rallied against the war with Japanese flags on Sunday.",
			"PROTEST", []string{"IDN", "JPN"}, false},
		{"goods boycotted",
			"Chinese consumers boycotted Japanese goods on Monday.",
			"PROTEST", []string{"CHN", "JPN"}, true},
		{"products boycotted",
			"Shoppers in Jordan boycotted Danish products on Monday.",
			"PROTEST", []string{"DNK", "JOR"}, true},
		{"a boycott held out is no protest",
			"China said it may encourage boycotts of Australian goods if Australia kept calling for an inquiry.",
			"PROTEST", []string{"AUS", "CHN"}, false},
		{"a consulate picketed",
			"Dozens of activists picketed the Russian consulate in Tbilisi on Monday.",
			"PROTEST", []string{"GEO", "RUS"}, true},
		{"effigies burned",
			"Crowds in Dhaka burned effigies of the Indian prime minister on Friday.",
			"PROTEST", []string{"BGD", "IND"}, true},
		{"an effigy burned",
			"Students in Manila burned an effigy of the Chinese president on Friday.",
			"PROTEST", []string{"CHN", "PHL"}, true},
	})
}

// A protest's place told as "the streets of X" or "across X" is its venue.
func TestWireFormsTwentySecondPassCrowdVenue(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the streets of a city",
			"Thousands took to the streets of Athens to protest against Turkey on Sunday.",
			"PROTEST", []string{"GRC", "TUR"}, true},
		{"protests across a country",
			"Protests erupted across Iraq against the United States on Sunday.",
			"PROTEST", []string{"IRQ", "USA"}, true},
		{"across is a venue only for a protest",
			"Iran condemned the US strikes across Iraq on Sunday.",
			"ACCUSE", []string{"IRN", "IRQ", "USA"}, false},
	})
}
