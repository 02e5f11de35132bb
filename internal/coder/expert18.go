package coder

// News quotes experts, analysts and observers for what an act means, and
// they often tell it as an act of their own reading: "a political expert
// stated that Ukraine was forced to participate ..., compelling them to
// accept the Kremlin's terms", "some experts believe the limited reply is
// an attempt to engage the U.S. president in talks", "what experts said was
// a key goal". The words after their verb of saying or believing are an
// interpretation, not an act the page reports; an act told before them
// (", analysts said") is the reporter's and stays.

// expertNouns name a speaker who reads events rather than takes part in
// them.
var expertNouns = map[string]bool{
	"expert": true, "experts": true, "analyst": true, "analysts": true, "observer": true, "observers": true,
	"commentator": true, "commentators": true, "pundit": true, "pundits": true, "scholar": true, "scholars": true,
	"researcher": true, "researchers": true,
}

// readingVerbs are the verbs an expert's reading follows.
var readingVerbs = map[string]bool{
	"said": true, "say": true, "says": true, "stated": true, "states": true, "noted": true, "notes": true,
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true,
	"argue": true, "argues": true, "argued": true, "suggest": true, "suggests": true, "suggested": true,
	"contend": true, "contends": true, "contended": true, "wrote": true, "writes": true, "told": true,
}

// expertReading reports a cue after the verb of an expert speaker in its
// sentence: the expert noun at most five words before the verb, past the
// expert's name ("political expert Valeriy Dymov stated", "an expert, Ana
// Rojas, said").
func expertReading(toks []token, m match) bool {
	for i := m.start - 1; i > 0; i-- {
		w := toks[i].lower
		if w == ";" || w == "." {
			return false
		}
		if !readingVerbs[w] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			if expertNouns[toks[j].lower] {
				return true
			}
			if toks[j].punct && toks[j].lower != "," {
				break // "an expert, Ana Rojas, said": the name set off by commas
			}
		}
	}
	return false
}
