package coder

// Rules of the twenty-second pass (stop 40) on charges, read from news
// sentences written by hand. A condemnation names what it condemns by the
// doer's adjective and the act: "Iran condemned the US killing of its
// general", "Cuba denounced the American embargo", "Poland slammed the
// Russian invasion". The adjective there is the one charged, as it is
// before "air strikes" (build.go actorNouns); elsewhere ("aid sent after
// the Russian invasion") the act is only the story's background.

// condemnedActs are the hostile acts a condemnation names with the doer's
// adjective before them.
var condemnedActs = map[string]bool{
	"killing": true, "killings": true, "embargo": true, "blockade": true, "invasion": true,
	"occupation": true, "annexation": true, "aggression": true, "bombing": true, "bombings": true,
	"raid": true, "raids": true, "shelling": true, "crackdown": true, "interference": true,
	"intervention": true, "violation": true, "violations": true, "release": true,
}

// condemningVerbs are the verbs of a charge whose object is the act.
var condemningVerbs = map[string]bool{
	"condemned": true, "condemns": true, "condemn": true, "denounced": true, "denounces": true,
	"criticised": true, "criticises": true, "criticized": true, "criticizes": true,
	"slammed": true, "slams": true, "deplored": true, "deplores": true, "decried": true, "decries": true,
}

// condemnedDoer reports a country adjective ending before token i that
// names the doer of the act a condemnation aims at: "condemned the US
// killing", "denounced the American embargo". Up to two words of the
// adjective ("the South Korean raid") stand between "the" and the act.
func condemnedDoer(toks []token, i int) bool {
	if i >= len(toks) || !condemnedActs[toks[i].lower] {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-3; k-- {
		if toks[k].lower == "the" {
			return condemningVerbs[toks[k-1].lower]
		}
	}
	return false
}
