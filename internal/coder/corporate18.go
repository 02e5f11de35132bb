package coder

// corporateDeal reports an agreement cue in a sentence about a firm buying
// another (genre list "corporate": "buyout", "takeover", "acquisition",
// "merger"). Business news writes the purchase with the words of
// diplomacy ("the deal", "concluding discussions with the government on
// conditions"), and names the buyer and the target by their countries
// ("Taiwan's Yageo", "a Japanese maker"); the deal is between firms, and a
// state's clearance of it is no agreement between states. A takeover
// threatened by a state ("Trump's canal takeover threat") is no
// agreement cue and stays.
func (g genreLists) corporateDeal(toks []token, typ string) bool {
	if typ != "AGREE" {
		return false
	}
	for i := range toks {
		if g.has("corporate", toks, i) {
			return true
		}
	}
	return false
}
