package coder

// Rules of the thirteenth pass (stop 31) on an organisation named before a
// noun.
//
// News names an alliance or a body before a noun to say what kind of
// country or thing it speaks of: "a NATO member", "NATO airspace", "EU
// countries", "World Trade Organization rules", "the WTO's dispute
// settlement mechanism". The body does not act there: the member acts, or
// is acted on, and the rules are a thing; the body is no party, as a
// country's adjective before a noun is none ("Russian aggression").

// orgMemberNouns follow an organisation's name when it tells what a
// country or a thing belongs to.
var orgMemberNouns = map[string]bool{
	"member": true, "members": true, "member-state": true, "member-states": true, "ally": true, "allies": true,
	"country": true, "countries": true, "state": true, "states": true, "nation": true, "nations": true,
	"territory": true, "airspace": true, "soil": true, "rules": true, "regulations": true, "law": true,
	"charter": true, "dispute": true, "mechanism": true, "obligations": true,
}

// orgBeforeNoun reports an organisation's mention sp followed (past a
// possessive "'s") by a noun of orgMemberNouns.
func orgBeforeNoun(toks []token, sp span) bool {
	k := sp.end
	if k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "’s") {
		k++
	}
	return k < len(toks) && orgMemberNouns[toks[k].lower]
}
