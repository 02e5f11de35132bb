package coder

// Twenty-fifth pass (stop 43): aid told by the craft that carries it.
// News of relief after a disaster often names the planes first and the
// load after the place they fly to: "France is sending two military planes
// to Lebanon today with six tons of medical equipment", "Russia sent
// eleven planes with 87 officers including military medical personnel to
// Serbia". The planes carry the aid; the same words with no load ("sent a
// plane to bring its citizens home") tell no act between the two states.

// aidCraftSent are the craft a cue "send ... planes" ends on.
var aidCraftSent = map[string]bool{
	"plane": true, "planes": true, "aircraft": true, "airplanes": true, "flight": true, "flights": true,
}

// craftSentBare reports an AID cue that ends on a craft ("sent two planes")
// with no aid good or aid team after "with", "carrying" or "bringing" in
// the ten words that follow: a plane alone may carry anyone. A craft named
// for its work ("two firefighting planes", "relief flights") is aid as it
// stands.
func craftSentBare(toks []token, m match) bool {
	if m.cue.Type != "AID" || m.noun || !aidCraftSent[toks[m.end-1].lower] {
		return false
	}
	if k := m.end - 2; k > m.start && (aidWorkKinds[toks[k].lower] || firefightingWords[toks[k].lower]) {
		return false
	}
	return !aidLoadAfter(toks, m.end)
}

// firefightingWords name planes that fight fires ("firefighting planes",
// "water-bombing aircraft"), sent abroad as aid (data/cues.tsv).
var firefightingWords = map[string]bool{
	"firefighting": true, "fire-fighting": true, "water-bombing": true, "canadair": true,
}

// aidLoadAfter reports "with", "carrying" or "bringing" within ten words
// of from, before the sentence ends, followed by an aid good or an aid
// team: "to Lebanon today with six tons of medical equipment".
func aidLoadAfter(toks []token, from int) bool { return loadWithin(toks, from, loadWords) }
