package coder

// Twenty-ninth pass (stop 47, own wire sentences): aid sent "to the
// Lebanese capital", "to the Turkish city of Antakya", "to the Moroccan
// port of Agadir" goes to the country the adjective names, as aid sent to
// a city named alone does (aidReceiverPlace, aid20.go). The adjective
// before a place noun was taken as a mere modifier and the receiver was
// lost, leaving the giver alone.

// aidDestNouns are the place nouns an adjective of a country names the
// receiver of aid before.
var aidDestNouns = map[string]bool{
	"capital": true, "city": true, "port": true, "town": true, "province": true, "region": true,
	"island": true, "islands": true, "village": true, "villages": true, "coast": true,
	"state": true, "border": true,
}

// aidToPlaceAdjective reports an adjective of a country after a cue of
// aid, right after "to" or "into" (with "the"), before a place noun.
func aidToPlaceAdjective(toks []token, m match, sp span, typ string) bool {
	if typ != "AID" || sp.start <= m.end || sp.start > m.end+8 {
		return false
	}
	k := sp.start - 1
	if toks[k].lower == "the" && k > m.end {
		k--
	}
	if toks[k].lower != "to" && toks[k].lower != "into" {
		return false
	}
	return nounWithin(toks, sp.end, 1, aidDestNouns)
}
