package coder

import "strings"

// Twenty-eighth pass (stop 46), the reader's pass on groups cl and cm: a
// passive goes on across "and". "has been found guilty of espionage and
// jailed for six years", "was arrested and charged", "were detained and
// deported" put one auxiliary before two participles; the second is as
// passive as the first, so its subject is the one held, and the state
// that holds is the place named (sideFromPlace), not the prisoner's
// country. Read only for the acts of a state upon people (held, charged,
// let go), where the chain is a court's or a police force's steps; "was
// elected and visited Paris" keeps its active second verb.

// coordinatedPassive reports a cue of holding, charging or letting go
// (COERCE, ACCUSE, CONCEDE) in the past or participle form right after "and" (or "and"
// with one adverb: "and later expelled"), whose chain reaches back (no
// punctuation, at most eight words) to "was|were|been|is|are|being|be"
// followed at once by a participle: "has been found guilty of spying and
// jailed", "was freed from prison and deported from Iran". A new subject
// after "and" ("was seized and Iran deported the crew") puts a word other
// than "and" before the verb.
func coordinatedPassive(toks []token, m match) bool {
	if m.cue.Type != "COERCE" && m.cue.Type != "ACCUSE" && m.cue.Type != "CONCEDE" || m.noun || m.start < 3 {
		return false
	}
	if m.form != formParticiple && m.form != formPast && !irregularParticiples[toks[m.start].lower] {
		return false
	}
	k := m.start - 1
	if toks[k].lower != "and" {
		if w := toks[k].lower; toks[k-1].lower != "and" || !strings.HasSuffix(w, "ly") && w != "later" && w != "then" {
			return false
		}
		k--
	}
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		w := toks[i].lower
		if toks[i].punct || clauseStops[w] {
			return false
		}
		switch toks[i-1].lower {
		case "was", "were", "been", "is", "are", "being", "be":
			return chainParticiple(w)
		}
	}
	return false
}

// chainFirstParticiples are participles of the first step of a chain that end
// in neither -ed nor -en: "was found guilty and jailed", "was held and
// questioned", "was caught and deported".
var chainFirstParticiples = map[string]bool{"found": true, "held": true, "caught": true, "sent": true, "brought": true, "kept": true}

// chainParticiple reports a word that can be the participle after the
// auxiliary of a passive chain.
func chainParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) || irregularParticiples[w] || chainFirstParticiples[w]
}

// heldPeople are the nouns of people a reduced relative describes as
// held: "a British man jailed over fraud".
var heldPeople = map[string]bool{
	"man": true, "men": true, "woman": true, "women": true, "national": true, "nationals": true,
	"citizen": true, "citizens": true, "journalist": true, "journalists": true, "student": true,
	"students": true, "tourist": true, "tourists": true, "activist": true, "activists": true,
	"academic": true, "businessman": true, "worker": true, "workers": true, "filmmaker": true,
	"pastor": true, "prisoner": true, "prisoners": true, "sailors": true, "fishermen": true,
}

// heldInPhrase reports a COERCE participle (alone or ending an "and"
// chain) that describes a person named in a prepositional phrase: "for
// the release of a British man jailed over fraud", "campaigned for two
// French students detained in Iran". Such a reduced relative recalls who
// the person is; the clause's subject did not jail him. A headline's
// "British woman jailed in Iran" has no preposition before it and stays
// an event (headlineHeld, coerce23.go).
func heldInPhrase(toks []token, m match) bool {
	if m.cue.Type != "COERCE" || m.noun || m.form != formParticiple && m.form != formPast {
		return false
	}
	i := m.start - 1
	if i >= 2 && toks[i].lower == "and" && chainParticiple(toks[i-1].lower) {
		i -= 2 // "convicted and jailed"
	}
	if i < 1 || !heldPeople[toks[i].lower] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].lower {
		case "of", "for", "with", "about", "to":
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
