package actors

// Twenty-seventh pass (stop 45), accusations written by hand: a capital
// after "pointed the finger at". To point the finger at a state is to
// blame it (a cue since stop 41), and news writes the state as its capital
// as often as by name ("pointed the finger at Cairo", "points the finger
// at Moscow over the sabotage"). "At" is a locative, so the capital stayed
// a city and the charge lost its target. One blames a government there,
// never a city.

// fingerVerbs are the forms of "point" before "the finger at".
var fingerVerbs = map[string]bool{
	"point": true, "points": true, "pointed": true, "pointing": true,
}

// fingeredAt reports a capital at token i right after "pointed the finger
// at" or "pointing fingers at" (with or without "the").
func (s *scan) fingeredAt(i int) bool {
	if s.key(i-1) != "at" {
		return false
	}
	j := i - 2
	if k := s.key(j); k != "finger" && k != "fingers" {
		return false
	}
	j--
	if s.key(j) == "the" || s.key(j) == "a" {
		j--
	}
	return fingerVerbs[s.key(j)]
}
