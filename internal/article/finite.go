package article

import "regexp/syntax"

// Many line patterns describe a handful of whole lines ("home", "share this
// article", "related stories:"). Their lines are listed once at start-up
// and a line is looked up in a set, which costs one hash where the gates
// and the regexp cost a scan per pattern.

// maxLineStrings bounds the lines a pattern is listed as.
const maxLineStrings = 4096

// lineStrings lists every line re can match, given that the lines it is
// matched against are trimmed with their white space folded to single
// spaces (so \s* is "" or " "), or reports false when they are many or
// unbounded.
func lineStrings(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpCapture:
		return lineStrings(re.Sub[0])
	case syntax.OpQuest:
		ss, ok := lineStrings(re.Sub[0])
		if !ok {
			return nil, false
		}
		return append(ss, ""), true
	case syntax.OpStar, syntax.OpPlus:
		// Only a run of white space is bounded: one space at most.
		if !onlySpace(re.Sub[0]) {
			return nil, false
		}
		if re.Op == syntax.OpStar {
			return []string{"", " "}, true
		}
		return []string{" "}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if isFoldedAway(r) {
					continue
				}
				if len(out) >= 32 {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ss, ok := lineStrings(sub)
			if !ok || len(out)+len(ss) > maxLineStrings {
				return nil, false
			}
			out = append(out, ss...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ss, ok := lineStrings(sub)
			if !ok || len(out)*len(ss) > maxLineStrings {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(ss))
			for _, a := range out {
				for _, b := range ss {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	// Word boundaries depend on context, repeats of anything but space are
	// unbounded: left to the regexp.
	return nil, false
}

// onlySpace reports a pattern that matches only white space.
func onlySpace(re *syntax.Regexp) bool {
	if re.Op != syntax.OpCharClass {
		return false
	}
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if r != ' ' && !isFoldedAway(r) {
				return false
			}
		}
	}
	return true
}

// isFoldedAway reports white space other than the space, which no folded
// line holds.
func isFoldedAway(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0:
		return true
	}
	return false
}

// suffixRunes gives, for a pattern ".*R" whose R matches at most n runes
// of a folded line, n: whether a line matches depends on its last n+1
// runes only (one more for a word boundary at R's start), which is all
// that long lines need to be searched in. It gives 0 for other patterns.
func suffixRunes(re *syntax.Regexp) int {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return 0
	}
	if lead := re.Sub[0]; lead.Op != syntax.OpStar ||
		(lead.Sub[0].Op != syntax.OpAnyCharNotNL && lead.Sub[0].Op != syntax.OpAnyChar) {
		return 0
	}
	n := 0
	for _, sub := range re.Sub[1:] {
		m, ok := maxRunes(sub)
		if !ok {
			return 0
		}
		n += m
	}
	return n
}

// maxRunes gives the most runes re matches in a folded line, or false when
// that is unbounded.
func maxRunes(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune), true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if onlySpace(re.Sub[0]) {
			return 1, true
		}
		return 0, false
	case syntax.OpRepeat:
		if onlySpace(re.Sub[0]) {
			return 1, true
		}
		m, ok := maxRunes(re.Sub[0])
		if !ok || re.Max < 0 {
			return 0, false
		}
		return m * re.Max, true
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			m, ok := maxRunes(sub)
			if !ok {
				return 0, false
			}
			n += m
		}
		return n, true
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			m, ok := maxRunes(sub)
			if !ok {
				return 0, false
			}
			n = max(n, m)
		}
		return n, true
	}
	return 0, false
}
