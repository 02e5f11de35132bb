package coder

// Twenty-second pass (stop 40, the concede and retreat family): the sides
// of a concession or a retreat told as wire copy tells them, written by
// hand. A ban is lifted on a country's goods ("lifted its ban on
// Australian wine"), and a border is reopened with a neighbour
// ("reopened its border with Armenia"); in both the country names only a
// thing or a place, yet it is the side the concession is made to.

// liftedBanNouns are the measures a CONCEDE cue lifts whose object names
// goods: "lifted the ban on Turkish steel imports", "eased restrictions
// on Australian wine". The goods' country adjective is the side that
// gains, as it is the side hit when the same ban is imposed (goodsOrigin).
var liftedBanNouns = map[string]bool{
	"ban": true, "bans": true, "embargo": true, "embargoes": true, "restrictions": true,
	"curbs": true, "sanctions": true, "controls": true,
	// Taxes taken off and purchases resumed (stop 42, concede22.go cues):
	// "removed tariffs on Australian barley", "resumed imports of Japanese
	// seafood".
	"tariffs": true, "tariff": true, "duties": true, "levies": true, "imports": true, "purchases": true,
}

// liftedBan reports a CONCEDE cue that ends on a lifted ban or curb, so
// that the goods it falls on name their country as the side conceded to.
func liftedBan(toks []token, m match, typ string) bool {
	return typ == "CONCEDE" && liftedBanNouns[toks[m.end-1].lower]
}

// openedBorderNouns end a reopening cue (cues.tsv "open+|reopen+ ~3
// border").
var openedBorderNouns = map[string]bool{
	"border": true, "borders": true, "crossing": true, "crossings": true,
}

// reopenedBorderWith reports the country after "with" that closes a
// border reopened: "reopened its border with Armenia". The neighbour is
// the side the border is opened to, though a border named with a country
// is only a place elsewhere (placeModifier: "visited the border with
// Mexico").
func reopenedBorderWith(toks []token, m match, sp span, typ string) bool {
	return typ == "RETREAT" && openedBorderNouns[toks[m.end-1].lower] &&
		sp.start == m.end+1 && toks[m.end].lower == "with"
}
