package coder

import "storyline/internal/actors"

// Talks judged worthless are talks refused: "Khamenei deemed negotiations
// with the U.S. administration futile", "insisted the US offer to hold
// nuclear talks was aimed at deceiving public opinion". The meeting cue
// names what is judged; the one who judges refuses it, and the side that
// offers the talks, named before or after the cue, is refused.

// futileWords judge talks worthless or a trick.
var futileWords = map[string]bool{
	"futile": true, "pointless": true, "useless": true, "worthless": true, "meaningless": true,
	"fruitless": true, "deceive": true, "deceiving": true, "deception": true, "deceptive": true,
	"trick": true, "ploy": true, "sham": true, "charade": true, "unwise": true,
}

// judgedTalks returns, for talks or an offer of talks that the clause
// judges futile or a deceit within a dozen words after the cue, the cue as
// a refusal that begins after the clause's first named side, so that side
// refuses and the sides named after it are refused. ok is false otherwise.
func judgedTalks(toks []token, cl clause, m match, spans []span) (match, bool) {
	if m.cue.Type != "CONSULT" {
		return m, false
	}
	judged := false
	for k := m.end; k < cl.end && k < m.end+12; k++ {
		if futileWords[toks[k].lower] {
			judged = !(k > 0 && toks[k-1].lower == "not")
			break
		}
	}
	if !judged {
		return m, false
	}
	for _, sp := range spans {
		if sp.start >= cl.start && sp.end <= m.start && !sp.m.Group && !isDateline(toks, sp) && (sp.m.Kind != actors.Place || sp.m.Metonym) {
			r := m
			r.start, r.noun = sp.end, false
			return r, true
		}
	}
	return m, false
}
