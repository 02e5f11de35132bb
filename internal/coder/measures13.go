package coder

import "strings"

// Rules of the thirteenth pass (stop 31) on coercive measures. A country
// that expels people of another state's embassy breaks diplomatic ties:
// a SANCTION (PLOVER: expel or withdraw), whatever news calls those
// people. Wire copy names them by where they work as often as by their
// rank: "expelled two Russians working at the Russian embassy",
// "expelled the Russian Embassy employees", "expelling two staff members
// of the German consulate". A bare "expel" stays COERCE (PLOVER: expel
// or deport individuals), as for migrants, troops or a crowd.

// missionNouns name a state's posts abroad and their people.
var missionNouns = map[string]bool{
	"embassy": true, "embassies": true, "consulate": true, "consulates": true, "consulate-general": true,
}

// expelledFromMission reports an active "expel" whose object, before the
// clause turns to the cause ("after", "over", "for"), names an embassy,
// a consulate or an envoy: the expulsion of a state's staff.
func expelledFromMission(toks []token, cl clause, m match) bool {
	if m.cue.Type != "COERCE" || !strings.HasPrefix(toks[m.start].lower, "expel") || isPassive(toks, m) {
		return false
	}
	for i := m.end; i < cl.end && i < m.end+8; i++ {
		w := toks[i].lower
		if missionNouns[w] || envoyNouns[w] {
			return true
		}
		if causeWords[w] || w == "," || w == ";" {
			return false
		}
	}
	return false
}

// causeWords open the reason or the sequel of an act told after its
// object: "expelled two Russians over the killing".
var causeWords = map[string]bool{
	"after": true, "over": true, "for": true, "because": true, "following": true, "amid": true,
	"as": true, "and": true, "but": true, "while": true, "since": true,
}

// A tax declared, ordered or confirmed is laid as one put or placed is
// (cues.tsv): only its measure stands between the verb and the tax, so
// "ordered a review of tariffs" or "confirmed talks on tariffs" stay
// what they are (raisedOtherThing).
func init() {
	for _, w := range []string{"declare", "declares", "declared", "declaring", "confirm", "confirms", "confirmed", "confirming", "ordered", "ordering"} {
		layVerbs[w] = true
	}
}

// easedTax reports a retreat whose cue ends on a tax ("suspended tariffs
// on Chinese steel", "paused its duties on Chinese electric cars"): the
// goods the eased tax fell on name the country eased, as they name the
// country a laid tax is laid on (goodsOrigin).
func easedTax(toks []token, m match, typ string) bool {
	return typ == "RETREAT" && tradeMeasures[toks[m.end-1].lower]
}
