package coder

import "strings"

// Rules of the twenty-ninth pass (stop 47) on threats, read from
// sentences written by hand. A vow "to hit back at" or "to strike back
// at" a country aims the threatened blow at it, as "hit back at" aims a
// charge (accuse17.go): "China vowed to hit back at Washington" names
// the one threatened, not where the threat was made. (A war declared on a
// country names its enemy in a threat: warBegun, warwaged47.go.)

// threatAimedAt reports a party named right after the "at" that follows
// a threat's cue ending in "back" ("vow+ ~2 hit|strike back"), with at
// most "the" between.
func threatAimedAt(toks []token, m match, sp span) bool {
	if m.cue.Type != "THREATEN" || m.noun || m.end < 1 || m.end >= len(toks) {
		return false
	}
	if toks[m.end-1].lower != "back" || toks[m.end].lower != "at" {
		return false
	}
	return rightAfter(toks, m.end, sp.start)
}

// A warning told after what was warned closes the sentence as "said"
// does: "Taiwan will pay a heavy price, a Chinese military spokesman
// warned", "Israel will pay a heavy price, Iran warned on Monday". The
// words before the comma are the threat and the one who warned is its
// speaker; read as its own act, "warned" made the threatened country the
// one who warns.
var closingWarnCue = &cue{Type: "", flags: cueFlags{speech: true}, text: "warn+ (closing an attribution)"}

// closingWarnings turns into a verb of saying a "warn" cue that ends the
// sentence (perhaps with "on" and a day, or "in a statement") after a
// comma and at most six words with no other punctuation, when a cue of
// another act stands before that comma; with none, the warning only tags
// a remark ("..., mutually shared by both countries, he warned") and is
// dropped, as a "warned" after a quotation is (notACue, context.go).
func closingWarnings(toks []token, matches []match) []match {
	for k, m := range matches {
		if m.noun || m.end-m.start != 1 || !strings.HasPrefix(toks[m.start].lower, "warn") {
			continue
		}
		if !closingTail(toks, m.end) {
			continue
		}
		comma := -1
		for j := m.start - 1; j >= 0 && j >= m.start-7; j-- {
			if toks[j].lower == "," {
				comma = j
				break
			}
			if toks[j].punct {
				break
			}
		}
		if comma < 1 {
			continue
		}
		matches[k].cue = nil
		for _, n := range matches {
			if n.cue != nil && n.end <= comma && !n.cue.flags.speech {
				matches[k].cue = closingWarnCue
				break
			}
		}
	}
	kept := matches[:0]
	for _, m := range matches {
		if m.cue != nil {
			kept = append(kept, m)
		}
	}
	return kept
}

// closingTail reports the words after a closing verb of saying as the end
// of the sentence: nothing, a full stop, "on" and one or two words ("on
// Monday", "on Friday night") or "in a statement".
func closingTail(toks []token, i int) bool {
	rest := toks[i:]
	if len(rest) > 0 && rest[len(rest)-1].lower == "." {
		rest = rest[:len(rest)-1]
	}
	switch {
	case len(rest) == 0:
		return true
	case rest[0].lower == "on" && len(rest) <= 3:
		return true
	case len(rest) == 3 && rest[0].lower == "in" && rest[2].lower == "statement":
		return true
	}
	return false
}

// facedConsequences reports a threat cue told by what its target "will
// face" (data/cues.tsv, twenty-ninth pass): like a heavy price paid
// (paidPrice, threats20.go), the subject of "face" is the one threatened
// and the speaker makes the threat.
func facedConsequences(toks []token, m match) bool {
	if m.cue.Type != "THREATEN" || m.end-1 <= m.start {
		return false
	}
	switch toks[m.end-1].lower {
	case "consequences", "retaliation", "reprisals", "punishment", "countermeasures":
	default:
		return false
	}
	for i := m.start; i < m.end; i++ {
		if toks[i].lower == "face" {
			return true
		}
	}
	return false
}
