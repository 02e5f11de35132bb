package actors

// Twenty-sixth pass (stop 44), accusations written by hand: a capital
// after a phrasal verb of censure. News writes a public rebuke as "called
// out Moscow for", "singled out Beijing over", "lashed out at Tokyo",
// "hit out at Washington": the capital is the government rebuked, as
// after "accused" ("accused Moscow"). The particle ("out") and the
// preposition ("at") read as no verb or as a place ("at Tokyo"), so the
// capital stayed a city and the charge lost its target (or took a country
// named later in the sentence, "over remarks on Taiwan").

// censureOut are the verbs of "called out" and "singled out".
var censureOut = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true,
	"single": true, "singles": true, "singled": true, "singling": true,
}

// censureOutAt are the verbs of "lashed out at" and "hit out at".
var censureOutAt = map[string]bool{
	"lash": true, "lashes": true, "lashed": true, "lashing": true,
	"hit": true, "hits": true, "hitting": true,
}

// censured reports a capital at token i right after "called out" or
// "singled out", or after "lashed out at" or "hit out at".
func (s *scan) censured(i int) bool {
	if i > 1 && s.key(i-1) == "out" && censureOut[s.key(i-2)] {
		return true
	}
	return i > 2 && s.key(i-1) == "at" && s.key(i-2) == "out" && censureOutAt[s.key(i-3)] || s.fingeredAt(i) // censure45.go
}
