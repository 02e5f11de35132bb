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

// raisedOtherThing reports a raising verb whose object is not the tax
// itself but something said about it ("raised concerns about tariffs"):
// no act of sanction.
func raisedOtherThing(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" || !raiseVerbs[toks[m.start].lower] || !tradeMeasures[toks[m.end-1].lower] {
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
	"cars": true, "autos": true, "vehicles": true,
}

// goodsOrigin reports a country adjective of a sanction clause that names
// the origin of the goods a tax falls on: "on $200 billion of Chinese
// goods", "a 50% tariff on Brazilian imports", "on US farm products". The
// goods noun follows within two modifiers, and "on" or "against" comes
// before within the measure's words, so that goods named for another
// reason ("citing its import of Russian oil") stay out.
func goodsOrigin(toks []token, sp span, typ string) bool {
	if typ != "SANCTION" {
		return false
	}
	found := false
	for k := sp.end; k < len(toks) && k <= sp.end+2; k++ {
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
	for k := sp.start - 1; k >= 0 && k >= sp.start-8; k-- {
		w := toks[k].lower
		if w == "on" || w == "against" {
			return true
		}
		if toks[k].punct && !isCurrency(w) {
			return false
		}
	}
	return false
}

// announcedPlan reports a sanction cue that announces a plan for it
// ("announcing plans for tariffs on $60 billion of U.S. imports"): the
// measure is still to come, whatever the tense of the announcing.
func announcedPlan(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" {
		return false
	}
	for i := m.start + 1; i < m.end; i++ {
		if w := toks[i].lower; w == "plan" || w == "plans" {
			return true
		}
	}
	return false
}
