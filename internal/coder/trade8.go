package coder

// This file holds how news English writes trade sanctions. A tax or a
// curb on a country's trade is told with verbs of raising as much as of
// imposing ("raised tariffs on $200 billion of Chinese goods", "increased
// tariffs on US goods"), and the country acted upon is written as the
// origin of the goods: an adjective before goods, imports or steel
// ("Chinese goods", "Brazilian imports"), or "from X" after them
// ("imports from China"), which the roles already read as the object.

// tradeMeasures are the taxes of a trade cue ("raised tariffs").
var tradeMeasures = map[string]bool{"tariffs": true, "tariff": true, "duties": true, "levies": true}

// raiseVerbs open a trade cue by raising the tax; only the measure of the
// rise may stand between them ("raised the 10% tariffs").
var raiseVerbs = map[string]bool{}

func init() {
	for _, b := range []string{"raise", "increase", "hike", "double", "triple"} {
		for w := range inflect(b, nil) {
			raiseVerbs[w] = true
		}
	}
}

// gapBreakers are words that put the tax in a phrase of its own after a
// raising verb: "raised concerns about tariffs", "raised the threat of
// tariffs", "doubled down on tariffs", "increased pressure with tariffs".
var gapBreakers = map[string]bool{
	"of": true, "over": true, "about": true, "on": true, "for": true, "with": true, "to": true, "from": true,
	"in": true, "at": true, "by": true, "and": true, "or": true, "against": true, "amid": true, "down": true,
}

// raisedOtherThing reports a raising verb (or a laying one, trade9.go)
// whose object is not the tax itself but something said about it ("raised
// concerns about tariffs", "put the question of tariffs to"): no act of
// sanction.
func raisedOtherThing(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" || !raiseVerbs[toks[m.start].lower] && !layVerbs[toks[m.start].lower] || !tradeMeasures[toks[m.end-1].lower] {
		return false
	}
	for i := m.start + 1; i < m.end-1; i++ {
		if gapBreakers[toks[i].lower] {
			return true
		}
	}
	return false
}

// goodsNouns name what a country sells; a country adjective before them
// names whose trade a sanction hits ("tariffs on Chinese goods").
var goodsNouns = map[string]bool{
	"goods": true, "imports": true, "exports": true, "products": true, "produce": true, "shipments": true,
	"commodities": true, "merchandise": true, "wares": true, "steel": true, "aluminium": true, "aluminum": true,
	"cars": true, "autos": true, "vehicles": true, "seafood": true, "beef": true, "pork": true, "grain": true,
	"wheat": true, "rice": true, "soybeans": true, "fruit": true, "wine": true, "oil": true, "crude": true, "gas": true,
	"chips": true, "semiconductors": true, "textiles": true, "timber": true, "lumber": true,
	// Farm goods and wares named in bans and their lifting (stop 42): "lifted
	// its ban on Turkish tomatoes", "removed tariffs on Australian barley".
	"barley": true, "tomatoes": true, "bananas": true, "fish": true, "coal": true, "sugar": true,
	"poultry": true, "chicken": true, "meat": true, "dairy": true, "lobsters": true, "whiskey": true,
	"motorcycles": true, "cotton": true, "coffee": true, "vegetables": true, "fruits": true,
}

// goodsOrigin reports a country adjective of a sanction clause that names
// the origin of the goods a tax or a ban falls on: "on $200 billion of
// Chinese goods", "a 50% tariff on Brazilian imports", "suspended imports of
// Turkish steel". The goods noun follows within two modifiers, and the
// words before the adjective are the measure of the goods back to "on" or
// "against", or to the cue itself. Goods named for another reason stay
// out: after a comma ("citing its imports of Russian oil"), another
// preposition ("over Brazil's purchases of Iranian oil"), a possessive
// ("its imports of Turkish steel": the buyer's goods) or a name.
func goodsOrigin(toks []token, sp span, m match, typ string) bool {
	if typ != "SANCTION" && !(typ == "THREATEN" && threatOfTax(toks, m, sp.start)) && !easedTax(toks, m, typ) && !liftedBan(toks, m, typ) {
		return false
	}
	from := m.end - 1 // the cue's last word: "raised tariffs on Chinese goods"
	if sp.start < m.end {
		if !taxOpensCue(toks, m) || sp.start <= m.start {
			return false
		}
		from = m.start // "Trump's tariffs on Chinese goods took effect" (effect13.go)
	}
	// "on imports of Australian barley": the goods are named before the
	// country (decisions9.go).
	found := sp.start >= 2 && toks[sp.start-1].lower == "of" && goodsNouns[toks[sp.start-2].lower]
	for k := sp.end; !found && k < len(toks) && k <= sp.end+2; k++ {
		if goodsNouns[toks[k].lower] {
			found = true
			break
		}
		if toks[k].punct || !isLowerWord(toks[k].text) || functionWords[toks[k].lower] {
			return false
		}
	}
	if !found {
		return false
	}
	for k := sp.start - 1; k >= from && k >= sp.start-9; k-- {
		w := toks[k].lower
		switch {
		case k == from || w == "on" || w == "against":
			return true
		case w == "of" && k > 0 && boycottWords[toks[k-1].lower]:
			return true // "a consumer boycott of Australian wine" (threats13.go)
		case isCurrency(w):
		case k+1 < len(toks) && isCurrency(toks[k+1].lower):
			// "US$60 billion": the currency's country names no side
		case toks[k].punct || !isLowerWord(toks[k].text) && !isNumber(w) || determiners[w] && w != "a" && w != "an" && w != "the":
			return false
		case functionWords[w] && w != "of" && w != "in":
			return false
		}
	}
	return false
}

// isNumber reports a word of digits ("200", "1,300", "25").
func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
