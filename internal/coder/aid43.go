package coder

<<<<<<< HEAD
// Twenty-fifth pass (stop 43): aid pledged, read from sentences written by
// hand. News tells the giving of aid most often before it happens: a
// donor "pledged $500 million in aid to Lebanon", "promised a $2 billion
// loan", "has pledged to send wheat to Egypt", "stands ready to provide
// emergency assistance to Myanmar". What is promised is the aid itself,
// still to come, as "will send aid" already is (stop 41, decidedActs):
// the goods go whether or not the receiver agrees to anything, so the
// pledge is no agreement between the two.

// pledgeWords promise an act of the speaker's own: pledged aid is planned
// aid, whatever the tense of the verb of promising.
var pledgeWords = map[string]bool{
	"pledge": true, "pledges": true, "pledged": true, "pledging": true,
	"promise": true, "promises": true, "promised": true, "promising": true,
	"vow": true, "vows": true, "vowed": true, "vowing": true,
}

// pledgedAid reports an AID cue led by a verb of promising ("pledged $50
// million in aid", "promised a loan"): the aid is still to be given.
func pledgedAid(toks []token, m match, typ string) bool {
	return typ == "AID" && m.start < len(toks) && pledgeWords[toks[m.start].lower]
}

// pledgesAid reports an intent verb of promising or readiness whose
// infinitive is an act of aid: "pledged to send wheat to Egypt", "stands
// ready to provide assistance to Myanmar". The aid, planned, is the act
// told, not an agreement. Help offered on a condition ("willing to send
// equipment to help Uganda if it is attacked") is a commitment to the
// other side, and stays AGREE.
func pledgesAid(toks []token, intent, act match) bool {
	w := toks[intent.start].lower
	return act.cue.Type == "AID" && !act.noun && (pledgeWords[w] || readyWords[w]) && !conditionAfter(toks, act.end)
}

// conditionAfter reports "if" or "unless" after k in the sentence.
func conditionAfter(toks []token, k int) bool {
	for i := k; i < len(toks); i++ {
		if toks[i].lower == "if" || toks[i].lower == "unless" {
			return true
=======
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
func aidLoadAfter(toks []token, from int) bool {
	for i := from; i < len(toks) && i < from+10; i++ {
		switch toks[i].lower {
		case "with", "carrying", "bringing":
			return aidGoodsAfter(toks, i+1)
		case ".", ";":
			return false
>>>>>>> s43-read43
		}
	}
	return false
}
