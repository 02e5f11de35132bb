package coder

// A commitment held is a stance, not an act. News writes the act with the
// verb ("the two sides committed to a truce", "have committed to talks")
// and the standing position with "committed" as the word after a linking
// verb: "New Delhi remained committed to the best interests of its
// neighbour", "Kyiv is still committed to making progress", "the two
// countries staying committed to peaceful development". Nothing new is
// agreed in those words: they tell where a government stands (eighteenth
// pass, stop 36).

// linkingVerbs are the verbs that make "committed" a state.
var linkingVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": true, "'re": true,
	"remain": true, "remains": true, "remained": true, "remaining": true,
	"stay": true, "stays": true, "stayed": true, "staying": true,
}

// stanceAdverbs may stand between the linking verb and "committed".
var stanceAdverbs = map[string]bool{
	"still": true, "firmly": true, "fully": true, "deeply": true, "strongly": true, "always": true,
	"also": true, "very": true, "totally": true, "wholly": true, "absolutely": true, "equally": true, "steadfastly": true, "not": true,
}

// committedState reports an AGREE cue on "committed" after a linking verb:
// "remained committed to". statedCommitment (gate.go) reads the same
// stance, after fewer verbs and one adverb, to keep what it is committed
// to from being read as acts; this drops the commitment itself.
func committedState(toks []token, m match) bool {
	if m.cue.Type != "AGREE" || toks[m.start].lower != "committed" {
		return false
	}
	for i := m.start - 1; i >= 0 && i >= m.start-3; i-- {
		w := toks[i].lower
		if linkingVerbs[w] {
			return true
		}
		if !stanceAdverbs[w] {
			return false
		}
	}
	return false
}
