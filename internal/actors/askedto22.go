package actors

// Twenty-fourth pass (stop 42), requests written by hand: a capital after
// a noun of asking and "to". News writes a formal request as "made a
// formal request to Rabat for the extradition", "an appeal to Moscow for
// help": the capital is the government asked, as after "urged" ("urged
// Rabat"). "to" reads as a destination ("flew to Rabat"), so the capital
// stayed a city and the request lost the side it is made of.

// askedToNouns are nouns of asking that a capital after them and "to"
// stands for the government asked.
var askedToNouns = map[string]bool{
	"request": true, "requests": true, "appeal": true, "appeals": true,
	"plea": true, "pleas": true, "petition": true,
}

// askedTo reports a capital at token i after "to" and a noun of asking,
// or after "reached out to" (stop 43: "Manila reached out to Tokyo for
// aid": one reaches out to a government, not to a destination).
func (s *scan) askedTo(i int) bool {
	if i > 2 && s.key(i-1) == "to" && s.key(i-2) == "out" && reachForms[s.key(i-3)] {
		return true
	}
	return i > 1 && s.key(i-1) == "to" && askedToNouns[s.key(i-2)]
}

// reachForms are the forms of "reach" before "out to".
var reachForms = map[string]bool{"reach": true, "reaches": true, "reached": true, "reaching": true}
