package coder

import "strings"

// Twenty-fifth pass (stop 43, the mobilize family, own wire sentences).

// withdrawnForceNouns name the forces a withdrawal or a cut takes away
// from where they are kept: "withdrew some of its troops in Yemen",
// "reduced its military presence in Iraq".
var withdrawnForceNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "personnel": true, "contingent": true,
	"presence": true, "peacekeepers": true, "garrison": true, "units": true,
	// The posts they hold: "withdrew from its positions in Syria",
	// "evacuated an observation post in Syria". Bases are left out: a
	// base closed "in Chad" keeps Chad as the venue too (first measured,
	// dev lost two gold locations).
	"post": true, "posts": true, "outpost": true, "outposts": true, "positions": true,
}

// withdrawnFromIn reports a country named after "in" that a withdrawal's
// forces are kept in: wire copy tells a drawdown by where the forces stand
// ("withdrew some of its troops in Yemen", "reduced the number of its
// soldiers in Iraq"), and the state they leave is the other side, as the
// state after "from" is. A country after "in" is otherwise the venue.
func withdrawnFromIn(toks []token, m match, sp span, typ string) bool {
	if typ != "RETREAT" {
		return false
	}
	k, ok := inBeforeSpan(toks, m, sp)
	return ok && withdrawnForceNouns[toks[k-1].lower]
}

// armedGroupWords name an armed group a state may guard its own border
// against; with "group" itself, since copy that tells an insurgency
// spreading often names it so before the cue ("The group has expanded
// into the north, prompting Yaounde to deploy troops to its border with
// Nigeria").
var armedGroupWords = map[string]bool{"group": true, "groups": true, "militia": true, "militias": true}

// neighbourFaced reports a mobilization to a state's own border ("its
// border with X") that faces the neighbour X. Wire copy that sends troops
// to, along or on "its border with Belarus" tells a stand-off with that
// neighbour ("massed troops on its border with Eritrea", "moved troops to
// its border with Guyana"); when the sentence names an armed group or a
// non-state foe anywhere, before or after the cue, the border is guarded
// against that foe and the neighbour is no side.
func neighbourFaced(toks []token) bool {
	for _, t := range toks {
		if nonStateFoes[t.lower] || armedGroupWords[t.lower] {
			return false
		}
	}
	return true
}

// leftPlaceNouns are the places a withdrawal leaves that wire copy names
// by their country's adjective: "left the Yemeni port of Aden", "pulled
// out of the Syrian town of Manbij".
var leftPlaceNouns = map[string]bool{
	"port": true, "town": true, "city": true, "province": true, "region": true, "capital": true,
	"village": true, "villages": true, "base": true, "island": true, "islands": true,
}

// leftPlace reports a country adjective before a place a withdrawal
// leaves, right after the cue or after "from" or "out of" (with "the"
// between at most): forces that leave a country's port or town step back
// from that country, as forces leaving its border do
// (withdrawnFromBorder).
func leftPlace(toks []token, m match, sp span, typ string) bool {
	if typ != "RETREAT" || sp.start < m.end || sp.start > m.end+6 {
		return false
	}
	k := sp.start - 1
	if k >= m.end && toks[k].lower == "the" {
		k--
	}
	if k >= m.end && toks[k].lower != "from" && toks[k].lower != "of" {
		return false
	}
	return nounAfter(toks, sp.end, leftPlaceNouns)
}

// orderedToVerb reports the troops-ordered cue ("ordered 3,000 troops
// to") followed by a verb, not a place: "ordered troops to withdraw" and
// "ordered the soldiers to open fire" tell an order, not a move. Only a
// capitalised name after "to" makes the troops go somewhere; in a
// headline set in title case ("Putin Orders Russian Forces to Withdraw
// From Syria") every word is capitalised, so the capital tells nothing
// and the cue is dropped.
func orderedToVerb(toks []token, m match) bool {
	if m.end-m.start < 3 || !strings.HasPrefix(toks[m.start].lower, "order") || toks[m.end-1].lower != "to" || !troopOrderNouns[toks[m.end-2].lower] {
		return false
	}
	titleCase := m.start > 0 && toks[m.start].capital()
	return titleCase || m.end >= len(toks) || !toks[m.end].capital()
}

// troopOrderNouns are the forces the troops-ordered cue names.
var troopOrderNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "reinforcements": true, "warships": true, "jets": true,
	"bombers": true, "warplanes": true, "paratroopers": true, "marines": true,
}
