package coder

// A state's act is often told with the feeling that moved it, set off by
// a comma: "Ghana recalled its envoy, angered by a border deal between
// Togo and Benin", "Chile closed the crossing, furious at a ruling
// against it". The phrase after the feeling names the cause, as "over"
// does (causes13.go): the states it names are what the act is about, not
// its sides.

// causeFeelings are the adjectives of a feeling that open such a phrase,
// the participles of feeling47.go and a few plain adjectives.
var causeFeelings = map[string]bool{
	"furious": true, "angry": true, "upset": true, "irked": true, "annoyed": true,
	"alarmed": true, "irritated": true, "infuriated": true, "enraged": true,
}

// feelingCause reports an adjective of feeling at i, right after a comma,
// followed by the preposition of its cause ("angered by", "furious at",
// "upset over").
func feelingCause(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i-1].lower != "," {
		return false
	}
	if w := toks[i].lower; !feelingWords[w] && !causeFeelings[w] {
		return false
	}
	switch toks[i+1].lower {
	case "by", "at", "over", "with":
		return true
	}
	return false
}
