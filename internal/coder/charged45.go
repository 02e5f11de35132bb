package coder

import (
	"regexp"
	"slices"
	"strings"

	"storyline/internal/actors"
)

// Twenty-seventh pass (stop 45), accusations written by hand: a state
// charged under a description. Wire copy names the state once and then,
// in the charge that follows, describes it rather than repeat the name:
// "cut ties with Iran, accusing the Islamic republic of arming the
// rebels", "recalled its envoy from Doha, accusing the Gulf state of
// backing militias", "blamed the neighbouring country for the raid". The
// plain "the country" has been read as the country named before it since
// the first passes (referents.go); with a word or two of description
// between "the" and the noun the charge lost its target. Only the object
// of a verb of charge is read so: elsewhere "the Indian state of Kerala"
// or "the island nation's economy" describe something else.

// chargedDescription is "accusing|blamed|held the <one to three words>
// country|nation|kingdom|republic|state|emirate of|for|responsible",
// matched where one of chargeStems starts a word (chargedMatches).
var chargedDescription = regexp.MustCompile(`^(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|held|holds|holding)\s+the\s+((?:[a-z][a-z'-]*\s+){1,3}?)(country|nation|kingdom|republic|state|emirate)\s+(?:of|for|responsible)\b`)

// chargeStems open the verbs of chargedDescription.
var chargeStems = []string{"accus", "blam", "held", "hold"}

// chargedMatches gives the submatch indices of chargedDescription in
// lower, as FindAllStringSubmatchIndex would, trying the pattern only
// where a word starts with one of chargeStems: scanning the whole of
// every article for it cost a twentieth of the coder's time.
func chargedMatches(lower string) [][]int {
	var starts []int
	for _, stem := range chargeStems {
		for off := 0; ; {
			i := strings.Index(lower[off:], stem)
			if i < 0 {
				break
			}
			i += off
			if i == 0 || !regexpWordByte(lower[i-1]) {
				starts = append(starts, i)
			}
			off = i + len(stem)
		}
	}
	slices.Sort(starts)
	var out [][]int
	next := 0
	for _, i := range starts {
		if i < next {
			continue // inside the match before, as FindAll would skip it
		}
		loc := chargedDescription.FindStringSubmatchIndex(lower[i:])
		if loc == nil {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		out = append(out, loc)
		next = loc[1]
	}
	return out
}

// regexpWordByte reports an ASCII letter, digit or underscore, the bytes
// regexp's \b counts as a word's.
func regexpWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// withChargedDescriptions adds a mention for each described state after a
// verb of charge (lower is body with its ASCII capitals lower-cased, byte
// for byte), pointing to the last country its sentence names before
// it, other than the first (the subject making the charge), as
// withCountryAnaphors does for "the country".
// A description holding a country's own name or adjective ("the Iranian
// republic") is that country's mention already and is left alone.
func withChargedDescriptions(body, lower string, cat *actors.Catalog, ms []actors.Mention) []actors.Mention {
	var add []actors.Mention
	for _, loc := range chargedMatches(lower) {
		i, end := loc[2]-len("the "), loc[5] // "the ... country"
		covered := false
		ante := -1
		for k, m := range ms {
			if m.End > i && m.Start < end {
				covered = true
			}
			if m.Start >= i {
				continue
			}
			if m.Kind != actors.Place && m.Country != "" && !m.Group && i-m.End < 300 && !alliedText(lower[:m.Start]) {
				ante = k
			}
		}
		if covered || ante < 0 {
			continue
		}
		// The state described is the one the sentence's subject acts
		// against, named after it: "Morocco cut ties with Iran, accusing
		// the Islamic republic"; with only the subject named before ("Iran
		// blamed the Gulf kingdom") the description is someone else.
		from := strings.LastIndexAny(lower[:i], ".!?\n") + 1
		first := ""
		for _, m := range ms {
			if m.Start >= from && m.Start < i && m.Kind != actors.Place && m.Country != "" {
				first = m.Country
				break
			}
		}
		if ms[ante].Start < from || first == ms[ante].Country {
			continue
		}
		add = append(add, standIn(cat, body, i, end, ms[ante].Country))
	}
	return withMentions(ms, add)
}
