package coder

// Rules of the twenty-ninth pass (stop 47) on mobilisation, from the news
// of Chad's troops for Cameroon and Turkey's for Libya.

// agreedDeployment reports a deployment in the infinitive of a verb of
// consent ("Chad has agreed to send troops to Cameroon", "Colombia
// consented to deploy soldiers to Ecuador"). To agree to send forces is
// to take part in a plan another party asked for or accepted: the sending
// is planned, a MOBILIZE still to come, not a threat, as "vowed to send
// troops" may be. A deployment promised with an aim of help ("pledged to
// send troops to help Mali fight the rebels") is the same: force offered
// to a party is not force held over it.
func agreedDeployment(toks []token, intent, act match) bool {
	if act.noun || act.cue.Type != "MOBILIZE" && !troopsSent(toks, act) {
		return false
	}
	w := toks[intent.start].lower
	if consentWords[w] {
		return true
	}
	return pledgeWords[w] && helpAfter(toks, act.end)
}

// consentWords agree to an act another party takes part in.
var consentWords = map[string]bool{
	"agree": true, "agrees": true, "agreed": true, "agreeing": true,
	"consent": true, "consents": true, "consented": true, "consenting": true,
}

// helpAfter reports an infinitive of help within a few words after end:
// "to help", "to assist", "to support", "to aid", "to back".
func helpAfter(toks []token, end int) bool {
	for i := end; i < len(toks)-1 && i < end+8; i++ {
		if toks[i].lower == "." || toks[i].lower == ";" {
			return false
		}
		if toks[i].lower == "to" && helpVerbs[toks[i+1].lower] {
			return true
		}
	}
	return false
}

var helpVerbs = map[string]bool{"help": true, "assist": true, "support": true, "aid": true, "back": true, "bolster": true, "reinforce": true}

// troopsJoined reports a body of troops joined by "and" to the goods an
// aid cue ends on ("send weapons and soldiers to Cameroon", "sent arms
// and military advisers"): what is sent includes armed forces, and a
// sending of forces is a deployment whatever goes with it.
func troopsJoined(toks []token, end int) bool {
	if end >= len(toks) || toks[end].lower != "and" {
		return false
	}
	for i := end + 1; i < len(toks) && i <= end+2; i++ {
		if sentTroops[toks[i].lower] {
			return true
		}
	}
	return false
}
