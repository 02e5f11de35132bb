package coder

import "storyline/internal/actors"

// Twenty-seventh pass (stop 45), accusations written by hand: a speaker
// before a headline's colon. Headlines put the one who speaks before a
// colon and its words after it: "Poland: Belarus is responsible for the
// border crisis", "Kremlin: Kyiv to blame for pipeline strike", "Pakistan:
// India must stop its provocations". The label before a colon was read as
// a topic only (clauses.go, kickerEnd: "India-China Meeting: ..."), so a
// charge or demand told as a predicate had no one saying it and was
// dropped. When the label is one country or one person named (not a
// dateline in capitals, "WASHINGTON:", and not two sides, "Venezuela-Guyana:")
// it is the speaker, as "Poland says" would be. A capital is left out:
// "Washington: Jordan increased airstrikes" is where the story was filed.
// The label stays out of the act's sides unless the act is the speaker's
// own (a charge or demand said), as a dateline is (build.go).

// colonSpeakerEnd gives the end of a label that names its speaker before a
// colon (the token after the colon), or 0.
func colonSpeakerEnd(toks []token, spans []span) int {
	k := kickerEnd(toks)
	if k < 2 {
		return 0
	}
	colon := k - 1
	for i := 0; i < colon; i++ {
		if t := toks[i].text; len(t) > 1 && t == upperASCII(t) {
			return 0 // "WASHINGTON:": a dateline
		}
		if toks[i].punct {
			return 0 // "Venezuela-Guyana:": a row of two
		}
	}
	for _, sp := range spans {
		if sp.start == 0 && sp.end == colon && sp.m.Country != "" && (sp.m.Kind == actors.Country && !sp.m.Metonym || sp.m.Kind == actors.Person) {
			return k
		}
	}
	return 0
}

// upperASCII is s with its ASCII letters in capitals.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// withColonSpeaker joins a speaker's label to the clause after its colon,
// so the speaker stands in the clause of the words it says.
func withColonSpeaker(cls []clause, end int) []clause {
	if end == 0 || len(cls) < 2 || cls[0].start != 0 || cls[0].end != end-1 {
		return cls
	}
	out := append([]clause{{0, cls[1].end}}, cls[2:]...)
	return out
}
