package coder

// Twenty-sixth pass (stop 44): refusals written by hand.

// negativeModals are the modals that news writes as one word with their
// negation ("cannot accept", "can't support", "couldn't agree"). They are
// "can not" and "could not": a modal in the auxiliary chain, so the act
// after them is not done (readStatus), and a refusal only where a stance
// cue says so ("cannot accept the proposal", cues.tsv).
var negativeModals = map[string]bool{
	"cannot": true, "can't": true, "can’t": true, "couldn't": true, "couldn’t": true,
}
