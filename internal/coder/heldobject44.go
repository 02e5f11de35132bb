package coder

// A headline drops the article before the person a state holds as it
// drops it before the person held (heldnoun43.go): "China jails Canadian
// for spying", "Iran arrests Frenchman", "Russia frees American in swap".
// The body writes "a Canadian"; the bare demonym right after a verb of
// holding, with nothing of a noun after it ("Canadian journalist" keeps
// the adjective), is the person, a national of that country, and so the
// act's other side.

// holdingVerbs take the person held as their direct object.
var holdingVerbs = map[string]bool{
	"jails": true, "jailed": true, "arrests": true, "arrested": true, "detains": true, "detained": true,
	"sentences": true, "sentenced": true, "imprisons": true, "imprisoned": true, "deports": true,
	"deported": true, "expels": true, "expelled": true, "frees": true, "freed": true, "releases": true,
	"released": true, "pardons": true, "pardoned": true, "convicts": true, "convicted": true,
	"abducts": true, "abducted": true, "kidnaps": true, "kidnapped": true, "executes": true, "executed": true,
}

// heldObjectDemonym reports a one-word demonym right after a verb of
// holding.
func heldObjectDemonym(toks []token, sp span) bool {
	return sp.start > 0 && sp.end == sp.start+1 && holdingVerbs[toks[sp.start-1].lower]
}
