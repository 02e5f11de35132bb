package coder

// Eighteenth pass (stop 36), extras: what a coalition does, told to say
// a country belongs to it. News English places a state in a war by its
// membership: "Jordan is part of a US-led coalition that has bombed IS
// targets in Iraq and Syria", "Jordan is a member of the coalition waging
// a campaign of airstrikes", "The United States has been part of a
// Saudi-led coalition that has fought the Houthis since 2014". The
// clause after the coalition describes the coalition's war, the
// background of the story; the member's own act, when it is news, is
// told of the member ("Jordanian jets struck ... on Thursday").

// coalitionNouns name a body of states that acts together.
var coalitionNouns = map[string]bool{
	"coalition": true, "coalitions": true, "alliance": true,
}

// membershipWords, right before "of", make the noun phrase after them
// the body a state belongs to: "part of", "a member of".
var membershipWords = map[string]bool{
	"part": true, "member": true, "members": true,
}

// coalitionsDoing reports a cue that tells what a coalition does, in the
// clause right after a coalition a state is said to be part or a member
// of: walking back from the cue over at most ten words with no break, a
// coalition noun, then within five words before it "part of" or "member
// of".
func coalitionsDoing(toks []token, m match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-10; i-- {
		w := toks[i].lower
		if phraseBreaks[w] {
			return false
		}
		if coalitionNouns[w] {
			return memberOfBefore(toks, i)
		}
	}
	return false
}

// memberOfBefore reports "part of" or "member of" within five words
// before the coalition noun at i ("part of a US-led military coalition").
func memberOfBefore(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if phraseBreaks[toks[k].lower] {
			return false
		}
		if toks[k].lower == "of" && membershipWords[toks[k-1].lower] {
			return true
		}
	}
	return false
}
