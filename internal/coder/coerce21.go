package coder

// Twenty-third pass (stop 41, the coerce family, read from sentences
// written by hand): wire copy names the foreigner a state holds by trade
// ("a Swedish bookseller", "a Japanese employee") and the foreign body it
// raids or whose property it seizes by the owner's adjective ("raided the
// offices of a German foundation", "seized Russian assets"). The adjective
// is then the side coerced, as the people of force20.go are.

// coercedTrades are more people held or sentenced abroad, named by trade.
var coercedTrades = map[string]bool{
	"bookseller": true, "booksellers": true, "employee": true, "employees": true,
	"blogger": true, "bloggers": true, "photographer": true,
	"player": true, "doctor": true, "nurse": true, "reporter": true, "reporters": true,
}

// coercedBodies are a country's firms, media and property a state raids,
// closes or seizes: "raided the offices of a Chinese firm", "seized
// Russian assets". Only for COERCE: "freed a Chinese firm" tells nothing.
var coercedBodies = map[string]bool{
	"firm": true, "firms": true, "foundation": true, "broadcaster": true, "assets": true,
	// Twenty-eighth pass (stop 46): a country's media and banks are named
	// by more nouns than these ("raided the offices of the Russian news
	// agency", "of the Polish radio station"). "Company" and "newspaper"
	// were tried and left out: on dev they took a firm named in a reason
	// ("because the Danish company owed money") and a paper protested
	// against for the side held.
	"agency": true, "agencies": true, "outlet": true, "outlets": true, "station": true,
	"stations": true, "channel": true, "channels": true, "bank": true, "banks": true, "brewer": true,
}

// coercedOther reports a country adjective before a trade held (COERCE or
// CONCEDE) or a body coerced (COERCE only), one lower-case modifier
// allowed between ("a Chinese fishing company").
func coercedOther(toks []token, sp span, typ string) bool {
	if nounAfter(toks, sp.end, coercedTrades) || coercedLonger(toks, sp.end) {
		return true
	}
	return typ == "COERCE" && nounAfter(toks, sp.end, coercedBodies)
}
