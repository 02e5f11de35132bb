package actors

import "strings"

// addressedThrough reports a "to" at k that follows a verb or noun of
// address (addressedTo), also with one adverb between: "protested
// strongly to Tokyo", "complained bitterly to Beijing". The capital after
// it is the government addressed, not the place of the act (twenty-fourth
// pass, stop 42: "protested to Tokyo" kept Japan while "protested strongly
// to Tokyo" lost it).
func (s *scan) addressedThrough(k int) bool {
	if s.key(k) != "to" {
		return false
	}
	if addressedTo[s.key(k-1)] {
		return true
	}
	return strings.HasSuffix(s.key(k-1), "ly") && addressedTo[s.key(k-2)]
}
