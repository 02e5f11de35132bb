package coder

// The one who tells of an act is no party of it, also when the act's
// words go on past "and": "He said Russia and Ukraine agreed to swap
// prisoners and reached an agreement to meet again" tells a second act of
// Russia and Ukraine, not of the one who said it (twelfth pass).

// carriedSubject is the subject a clause hands on to the clause after it
// (an "and" with no subject of its own): of a subject that names both a
// speaker (a mention inside the speech head) and the subject of the words
// reported, the latter.
func carriedSubject(subject []span, speech []clause) []span {
	n := 0 // mentions outside the speech heads
	for _, sp := range subject {
		if !inRanges(sp.start, speech) {
			n++
		}
	}
	if n == 0 || n == len(subject) {
		return subject
	}
	told := make([]span, 0, n)
	for _, sp := range subject {
		if !inRanges(sp.start, speech) {
			told = append(told, sp)
		}
	}
	return told
}
