package coder

// A thing given "to lawmakers", "to investigators" or "to reporters" is
// given inside the country whose officials hear it: testimony, records,
// messages handed over in an inquiry ("the files the envoy provided to
// lawmakers showed ...", "gave the records to prosecutors"). The receiver
// is named, and it is no state, so a country the sentence names elsewhere
// ("showed talks on a loan to Egypt") is not the aid's other side.

// domesticReceivers are bodies a country's officials give things to at
// home.
var domesticReceivers = map[string]bool{
	"lawmakers": true, "legislators": true, "senators": true, "congress": true, "investigators": true,
	"prosecutors": true, "reporters": true, "journalists": true, "congressmen": true, "congresswomen": true,
}

// receiverFillers may stand between "to" and the receiver: "to the House
// investigators", "to congressional investigators".
var receiverFillers = map[string]bool{
	"the": true, "house": true, "senate": true, "congressional": true, "federal": true, "state": true,
}

// givenToAddressee reports a give verb m whose "to" phrase, within a few
// words after it in clause cl, names a domestic receiver.
func givenToAddressee(toks []token, cl clause, m match) bool {
	for i := m.end; i < cl.end && i <= m.end+4; i++ {
		if toks[i].punct {
			return false
		}
		if toks[i].lower != "to" {
			continue
		}
		k := i + 1
		for k < cl.end && k <= i+3 && receiverFillers[toks[k].lower] {
			k++
		}
		return k < cl.end && domesticReceivers[toks[k].lower]
	}
	return false
}
