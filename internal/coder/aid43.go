package coder

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
	return act.cue.Type == "AID" && !act.noun && (pledgeWords[w] || readyWords[w] || readinessIntent(toks, intent)) && !conditionAfter(toks, act.end)
}

// conditionAfter reports "if" or "unless" after k in the sentence.
func conditionAfter(toks []token, k int) bool {
	for i := k; i < len(toks); i++ {
		if toks[i].lower == "if" || toks[i].lower == "unless" {
			return true
		}
	}
	return false
}
