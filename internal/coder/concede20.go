package coder

// liftedBanNouns are the measures a CONCEDE cue lifts whose object names
// goods: "lifted the ban on Turkish steel imports", "eased restrictions
// on Australian wine". The goods' country adjective is the side that
// gains, as it is the side hit when the same ban is imposed (goodsOrigin).
var liftedBanNouns = map[string]bool{
	"ban": true, "bans": true, "embargo": true, "embargoes": true, "restrictions": true,
	"curbs": true, "sanctions": true, "controls": true,
}

// liftedBan reports a CONCEDE cue that ends on a lifted ban or curb, so
// that the goods it falls on name their country as the side conceded to.
func liftedBan(toks []token, m match, typ string) bool {
	return typ == "CONCEDE" && liftedBanNouns[toks[m.end-1].lower]
}
