package coder

import (
	"fmt"
	"os"
	"strings"

	"storyline/internal/actors"
)

// News names a country once and then describes it: "the South American
// country", "the communist country", "the Gulf state", "the reclusive
// nation", "the NATO member state". The description is the country's own
// kind or region; it refers back to the latest country of the article that
// fits it. This file adds such descriptions to the mentions as mentions of
// that country (withCountryAnaphors reads the bare "the country").

// epithetHeads are the nouns a description of a country ends with.
var epithetHeads = []string{"country", "nation", "state", "kingdom"}

// epithetRegions are the region adjectives news writes before a country
// noun, with the countries each takes.
var epithetRegions = map[string][]string{
	"south american":     {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN"},
	"latin american":     {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "HTI"},
	"central american":   {"GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"},
	"caribbean":          {"CUB", "DOM", "HTI", "JAM", "BHS", "BRB", "TTO", "GRD", "LCA", "VCT", "KNA", "ATG"},
	"west african":       {"BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA", "SEN", "SLE", "TGO"},
	"east african":       {"KEN", "TZA", "UGA", "RWA", "BDI", "ETH", "ERI", "DJI", "SOM", "SSD"},
	"north african":      {"DZA", "EGY", "LBY", "MAR", "TUN", "SDN"},
	"central african":    {"CMR", "CAF", "TCD", "COG", "COD", "GNQ", "GAB"},
	"southern african":   {"ZAF", "NAM", "BWA", "ZWE", "ZMB", "MOZ", "MWI", "LSO", "SWZ", "AGO"},
	"african":            {"DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CMR", "CPV", "CAF", "TCD", "COM", "COG", "COD", "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN", "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE"},
	"gulf":               {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"},
	"middle eastern":     {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "IRQ", "IRN", "SYR", "JOR", "LBN", "ISR", "PSE", "EGY"},
	"arab":               {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "IRQ", "SYR", "JOR", "LBN", "PSE", "EGY", "LBY", "TUN", "DZA", "MAR", "SDN"},
	"asian":              {"CHN", "JPN", "KOR", "PRK", "IND", "PAK", "BGD", "VNM", "THA", "MYS", "IDN", "PHL", "SGP", "MMR", "KHM", "LAO", "NPL", "LKA", "MNG", "TWN"},
	"east asian":         {"CHN", "JPN", "KOR", "PRK", "MNG", "TWN"},
	"southeast asian":    {"VNM", "THA", "MYS", "IDN", "PHL", "SGP", "MMR", "KHM", "LAO", "BRN", "TLS"},
	"south-east asian":   {"VNM", "THA", "MYS", "IDN", "PHL", "SGP", "MMR", "KHM", "LAO", "BRN", "TLS"},
	"south asian":        {"IND", "PAK", "BGD", "NPL", "LKA", "BTN", "MDV", "AFG"},
	"central asian":      {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
	"himalayan":          {"NPL", "BTN"},
	"nordic":             {"DNK", "NOR", "SWE", "FIN", "ISL"},
	"scandinavian":       {"DNK", "NOR", "SWE"},
	"baltic":             {"EST", "LVA", "LTU"},
	"balkan":             {"ALB", "BIH", "BGR", "HRV", "XKX", "MNE", "MKD", "SRB", "SVN", "ROU", "GRC"},
	"european":           {"ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "XKX", "LVA", "LIE", "LTU", "LUX", "MLT", "MDA", "MCO", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "UKR", "GBR", "VAT"},
	"eastern european":   {"BLR", "BGR", "CZE", "HUN", "MDA", "POL", "ROU", "RUS", "SVK", "UKR"},
	"pacific":            {"FJI", "KIR", "MHL", "FSM", "NRU", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT"},
	"communist":          {"CHN", "VNM", "CUB", "LAO", "PRK"},
	"nato member":        {"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA"},
	"fellow nato member": {"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA"},
	"nato":               {"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA"},
}

// epithetKinds are the descriptive adjectives news writes before a country
// noun that name no region: the latest country of the article takes them.
var epithetKinds = map[string]bool{
	"reclusive": true, "isolated": true, "secretive": true, "hermit": true, "authoritarian": true,
	"one-party": true, "war-torn": true, "strife-ridden": true, "strife-torn": true, "crisis-hit": true,
	"impoverished": true, "embattled": true, "oil-rich": true, "landlocked": true, "nuclear-armed": true,
	"neighbouring": true, "neighboring": true, "island": true, "tiny": true, "small": true,
	"muslim-majority": true, "cash-strapped": true, "sanctions-hit": true,
}

var epithetSets = func() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(epithetRegions))
	for k, codes := range epithetRegions {
		set := make(map[string]bool, len(codes))
		for _, c := range codes {
			set[c] = true
		}
		out[k] = set
	}
	return out
}()

var frontedPronouns = os.Getenv("SL_NO_FRONTED") == ""

var epithetFrom = os.Getenv("SL_EPITHET_FROM") != ""

var noEpithets = os.Getenv("SL_NO_EPITHETS") != ""

var noKinds = os.Getenv("SL_NO_KINDS") != ""

var debugEpithets = os.Getenv("SL_DEBUG_EPITHETS") != ""

// withEpithets adds a mention for each description of a country ("the
// South American country") that refers back to the latest country before
// it (within a few paragraphs) that fits the description. A description
// after a preposition of place ("in the West African country") names a
// place, not an actor.
func withEpithets(body string, cat *actors.Catalog, ms []actors.Mention) []actors.Mention {
	if noEpithets {
		return ms
	}
	lower := strings.ToLower(body)
	var add []actors.Mention
	for _, head := range epithetHeads {
		for off := 0; ; {
			i := strings.Index(lower[off:], head)
			if i < 0 {
				break
			}
			i += off
			end := i + len(head)
			off = end
			if i == 0 || lower[i-1] != ' ' || body[i] != lower[i] {
				continue // a word of its own, lower case ("the Islamic State" is a name)
			}
			if end < len(lower) && (isWordByte(lower[end]) || lower[end] == '-') {
				continue
			}
			if head == "state" && end+1 < len(lower) && lower[end] == ' ' && stateCompound(lower[end+1:]) {
				continue // "the Russian state media"
			}
			mods, start := epithetModifiers(lower, i)
			if start < 0 {
				continue
			}
			set, region := epithetSets[mods]
			if !region && !epithetKinds[mods] {
				continue
			}
			possessive := strings.HasPrefix(lower[end:], "'s ") || strings.HasPrefix(lower[end:], "’s ")
			if w := lastWord(lower[:start]); placePrepositions[w] && !possessive && !(w == "from" && epithetFrom) {
				continue
			}
			if strings.HasPrefix(lower[end:], " of ") {
				continue // "the one-party state of Vietnam" names it
			}
			ante := -1
			for k, m := range ms {
				if m.Start >= start {
					break
				}
				if m.Kind == actors.Place || m.Country == "" || m.Group || start-m.End > 1500 {
					continue
				}
				if region && !set[m.Country] || !region && (m.Adjective || noKinds) {
					continue
				}
				if alliedText(lower[:m.Start]) {
					continue
				}
				ante = k
			}
			if ante < 0 {
				continue
			}
			if debugEpithets {
				lo := start - 150
				if lo < 0 {
					lo = 0
				}
				fmt.Fprintf(os.Stderr, "EPITHET %s -> %s | %s\n", body[start:end], ms[ante].Country, strings.ReplaceAll(body[lo:minInt(len(body), end+60)], "\n", " "))
			}
			m := actors.Mention{Text: body[start:end], Start: start, End: end, Kind: actors.Country, Country: ms[ante].Country, Name: ms[ante].Country, Ref: -1}
			if info, ok := cat.Country(m.Country); ok && info.Name != "" {
				m.Name = info.Name
			}
			add = append(add, m)
		}
	}
	return withMentions(ms, add)
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// epithetModifiers reads back from the head at i over one to three words
// to "the": it returns the words between, lower case, and the offset of
// "the", or -1 when no "the" opens the phrase.
func epithetModifiers(lower string, i int) (string, int) {
	j := i - 1 // the space before the head
	var words []string
	for n := 0; n < 4; n++ {
		k := j
		for k > 0 && lower[k-1] != ' ' && lower[k-1] != '\n' {
			k--
		}
		w := lower[k:j]
		if w == "the" {
			if len(words) == 0 {
				return "", -1
			}
			for a, b := 0, len(words)-1; a < b; a, b = a+1, b-1 {
				words[a], words[b] = words[b], words[a]
			}
			return strings.Join(words, " "), k
		}
		if w == "" || !isWordByte(w[0]) || !isWordByte(w[len(w)-1]) {
			return "", -1
		}
		words = append(words, w)
		if k == 0 || lower[k-1] != ' ' {
			return "", -1
		}
		j = k - 1
	}
	return "", -1
}

// stateCompound reports whether the words after "state" make it a
// modifier of a noun ("state media", "state visit").
func stateCompound(rest string) bool {
	w := rest
	if k := strings.IndexAny(w, " ,.;:\"'’\n"); k >= 0 {
		w = w[:k]
	}
	switch w {
	case "media", "television", "tv", "news", "visit", "visits", "banquet", "dinner", "department", "secretary",
		"broadcaster", "agency", "radio", "newspaper", "councillor", "council", "duma", "funeral", "affairs", "security":
		return true
	}
	return false
}
