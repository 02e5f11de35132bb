package coder

import (
	"slices"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// Twenty-fifth pass (stop 43, the coerce and concede family, read from
// sentences written by hand): wire copy tells a foreigner's release by the
// captivity left and the state it was in: "an Australian student has been
// released from detention in North Korea", "was freed from prison in
// Iran". The state of that captivity is the one that held and now
// releases, as the state a foreigner is "detained in" is the one that
// detains (sideFromPlace). Without the captivity noun the place is only
// where ("released from hospital in Iran": no concession by Iran).
//
// The jail is also named by its state's adjective: "freed from a Russian
// prison", "sentenced to nine years in a Russian penal colony", "sent to
// an Iranian jail". Such an adjective ("a Russian prison") is no party in
// general, but a prison's state is the one that holds its prisoners.

// captivityNouns name the captivity a person is held in or released from.
var captivityNouns = map[string]bool{
	"detention": true, "custody": true, "prison": true, "jail": true, "captivity": true,
	"penal": true, // "a Russian penal colony"
}

// releasedFromCaptivity adds the country of the place as the releasing
// side of a CONCEDE told as a release "from detention|prison|... in"
// that place, when no party is of that country.
func (c *articleCoder) releasedFromCaptivity(typ string, toks []token, m match, parties []*party, loc *event.Location) []*party {
	if typ != "CONCEDE" || loc == nil || loc.Country == nil || *loc.Country == "" || len(parties) == 0 || !captivityLeftIn(toks, m) {
		return parties
	}
	place := *loc.Country
	for _, p := range parties {
		if p.country == place {
			return parties
		}
	}
	return append(parties, &party{key: place, country: place, name: c.countryName(place), role: event.RoleSource})
}

// captivityLeftIn reports "from" (an article allowed) and a captivity
// noun followed by "in", within three words after the release cue:
// "released from detention in", "freed from prison in".
func captivityLeftIn(toks []token, m match) bool {
	for i := m.end; i < len(toks) && i <= m.end+2; i++ {
		if toks[i].lower != "from" {
			continue
		}
		k := i + 1
		if k < len(toks) && articles[toks[k].lower] {
			k++
		}
		return k+1 < len(toks) && captivityNouns[toks[k].lower] && toks[k+1].lower == "in"
	}
	return false
}

// jailWords are the words before a jail's name that tell the person went
// into it (COERCE: "in", "to") or came out of it (CONCEDE: "from").
var jailWords = map[string]string{"in": "COERCE", "to": "COERCE", "into": "COERCE", "from": "CONCEDE"}

// jailAdjective reports a country adjective after the cue before a
// captivity noun, led by an article and the word of going in or coming
// out that fits the type: "freed from a Russian prison", "in a Russian
// penal colony".
func jailAdjective(toks []token, sp span, m match, typ string) bool {
	if sp.start < m.end || sp.end >= len(toks) || !captivityNouns[toks[sp.end].lower] {
		return false
	}
	i := sp.start - 1
	if i >= 0 && articles[toks[i].lower] {
		i--
	}
	return i >= m.end-1 && i >= 0 && jailWords[toks[i].lower] == typ
}

// A release is often told of a person introduced by the detention that
// came before it: "The British academic who was jailed in the United Arab
// Emirates was pardoned on Monday", "Tom Reid, an Australian student who
// was detained in North Korea last week, has been released". The
// relative clause gives the parties (the jailer and the person's country)
// and the main verb the act of the day: the same state releases the same
// person. The release is a second event, dated by the words after the
// relative clause; the detention keeps its own report.

// heldVerbs are the detentions a relative clause tells before a release.
var heldVerbs = map[string]bool{
	"arrested": true, "detained": true, "jailed": true, "imprisoned": true,
	"sentenced": true, "convicted": true, "held": true, "abducted": true, "kidnapped": true,
}

// releasedVerbs are the main verbs of a release told in the passive.
var releasedVerbs = map[string]bool{"pardoned": true, "released": true, "freed": true}

// pardonNouns end "received a presidential pardon", "was granted clemency".
var pardonNouns = map[string]bool{"pardon": true, "clemency": true, "amnesty": true}

// releaseStoppers between the relative clause and the release hand the
// release to another subject or another telling: "who was jailed in Iran
// said his wife was released".
var releaseStoppers = map[string]bool{
	"said": true, "says": true, "told": true, "and": true, "but": true, "after": true, "before": true,
	"when": true, "while": true, "who": true, "that": true, "until": true, "since": true,
}

// heldInRelative reports a detention verb at m.start inside a relative
// clause opened by "who" and an auxiliary within a few words before it
// ("who was jailed", "who was last week jailed").
func heldInRelative(toks []token, m match) bool {
	if !heldVerbs[toks[m.start].lower] {
		return false
	}
	if heldReduced(toks, m) {
		return true // "academic detained in Beijing has been released" (release44.go)
	}
	for p := m.start - 2; p >= 0 && p >= m.start-5; p-- {
		if toks[p].lower == "who" {
			a := toks[p+1].lower
			return a == "was" || a == "were" || a == "had" || a == "has" || a == "have"
		}
	}
	return false
}

// releaseAfterRelative returns the token span [from, at] of the main
// clause's release after the relative clause of m: a passive "was
// pardoned", "has been released", or "received|was granted ... pardon".
// from is where the main clause's words begin (its auxiliary); at is -1
// when there is none.
func releaseAfterRelative(toks []token, m match) (from, at int) {
	for k := m.end; k < len(toks); k++ {
		w := toks[k].lower
		if (w == "since" || w == "until") && k+1 < len(toks) && sinceWhen(toks[k+1]) {
			continue // "detained in Beijing since September" (release44.go)
		}
		if releaseStoppers[w] {
			return -1, -1
		}
		if releasedVerbs[w] && doneBefore(toks, k) {
			from = k - 1
			if toks[from].lower == "been" {
				from--
			}
			return from, k
		}
		if w == "received" || w == "granted" {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if pardonNouns[toks[j].lower] {
					return k, j
				}
			}
		}
	}
	return -1, -1
}

// releaseAfterHeld returns the release a sentence tells of the person its
// relative clause says was held (main, a COERCE), or nil: a CONCEDE between
// the same parties, the jailer releasing, dated by the main clause.
func (c *articleCoder) releaseAfterHeld(s nlp.Sentence, toks []token, cl clause, m match, speech []clause, main *report) *report {
	if main == nil || main.ev.Type != "COERCE" || len(main.ev.Actors) < 2 || !heldInRelative(toks, m) {
		return nil
	}
	from, at := releaseAfterRelative(toks, m)
	if at < 0 || releasedFromElsewhere(toks, at) {
		return nil
	}
	if main.dated && from > cl.start {
		// The day after the relative clause is the release's: the
		// detention keeps only a day its own words give.
		main.ev.Date, main.dated = nil, false
		c.dateReport(main, s, toks, clause{cl.start, from}, m, speech)
	}
	r := *main
	r.ev.Type, r.ev.Mode, r.ev.Status, r.ev.Date = "CONCEDE", "", event.Occurred, nil
	r.ev.Actors = slices.Clone(main.ev.Actors)
	r.noun, r.dated, r.earlier, r.toldDay, r.verb = false, false, false, false, toks[at].lower
	n := match{cue: concedeCue, start: at, end: at + 1, head: at, form: formPast}
	c.dateReport(&r, s, toks, clause{from, len(toks)}, n, speech)
	if r.ev.Date == nil && c.hasRef && (toks[from].lower == "has" || toks[from].lower == "have") {
		// "has been pardoned" with no day: the news of the day it is
		// told, not the detention's day before it.
		r.ev.Date, r.dated = dateOf(timex.Value{Start: c.ref, End: c.ref, Grain: timex.GrainDay}, false), true
	}
	return &r
}

// releasedFromElsewhere reports a release "from" something other than
// captivity: "was released from hospital" frees no prisoner.
func releasedFromElsewhere(toks []token, at int) bool {
	k := at + 1
	if k >= len(toks) || toks[k].lower != "from" {
		return false
	}
	k++
	if k < len(toks) && articles[toks[k].lower] {
		k++
	}
	return k < len(toks) && isLowerWord(toks[k].text) && !captivityNouns[toks[k].lower]
}

// heldAntecedent returns the person a ", who was jailed" clause cl
// describes: the mention with a country that ends right before the comma
// ("British academic X, who was jailed"). Only that mention: the subject
// of the clause before may name other states ("India faces Bangladesh's
// request to extradite X, who was sentenced ...").
func heldAntecedent(toks []token, spans []span, cl clause, m match) []span {
	if cl.start+1 >= len(toks) || toks[cl.start+1].lower != "who" || !heldInRelative(toks, m) {
		return nil
	}
	for _, sp := range spans {
		if sp.end == cl.start && sp.m.Country != "" && sp.m.Kind == actors.Person {
			return []span{sp}
		}
	}
	return nil
}

// Headlines drop the auxiliary of the passive: "British woman jailed in
// Iran", "US journalist detained in Russia", "Australian writer sentenced
// to death in China" tell that the person was jailed, detained, sentenced.
// Read as a reduced relative, the person was the subject who acts and the
// state of the place no side; the headline's participle is its verb.

// headlineVerbs before the participle show a finite verb of the
// headline's own, so the participle is no dropped passive.
var headlineVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"be": true, "been": true, "says": true, "said": true, "will": true, "to": true,
}

// headlineAfterVerbs after the participle show the headline's own verb after a
// reduced relative.
var headlineAfterVerbs = map[string]bool{
	"may": true, "might": true, "could": true, "can": true, "must": true, "should": true, "would": true,
	"faces": true, "gets": true, "wins": true, "returns": true, "dies": true, "speaks": true,
}

// headlineHeldVerbs are the participles of a headline's dropped passive.
var headlineHeldVerbs = map[string]bool{
	"arrested": true, "detained": true, "jailed": true, "imprisoned": true, "sentenced": true,
	"convicted": true, "deported": true, "expelled": true, "abducted": true, "kidnapped": true,
	"pardoned": true, "released": true, "freed": true,
}

// headlineHeld reports a headline (a sentence with no closing stop) whose
// first verb is a participle of headlineHeldVerbs right after its subject
// (a capitalised word or a noun, no auxiliary), with "in", "to", "for",
// "from", "by" or "after" or nothing after it.
func headlineHeld(toks []token, m match) bool {
	if m.start < 1 || m.end > len(toks) || !headlineHeldVerbs[toks[m.start].lower] {
		return false
	}
	return headlineDroppedBe(toks, m)
}

// headlineDroppedBe reports a headline (a sentence with no closing stop)
// whose first verb is the participle at m.start, right after its subject
// (a capitalised word or a noun, no auxiliary), with "in", "to", "for",
// "from", "by" or "after" or nothing after it.
func headlineDroppedBe(toks []token, m match) bool {
	if last := toks[len(toks)-1]; last.punct && (last.text == "." || last.text == "!" || last.text == "?") {
		return false
	}
	prev := toks[m.start-1]
	if prev.punct || headlineVerbs[prev.lower] || articles[prev.lower] {
		return false
	}
	for k := 0; k < m.start; k++ {
		if toks[k].punct || headlineVerbs[toks[k].lower] {
			return false // "Iran says British woman jailed", "UAE: ..."
		}
	}
	for k := m.end; k < len(toks); k++ {
		if tellerTail(toks, k) {
			break // "Canadian detained in China, foreign ministry says" (deport46.go)
		}
		if w := toks[k].lower; w != "to" && headlineVerbs[w] || headlineAfterVerbs[w] || headlineHeldVerbs[w] || headlineStruckVerbs[w] {
			return false // "US pastor detained in Turkey may soon be released": a reduced relative
		}
	}
	if m.start+1 < len(toks) {
		switch toks[m.start+1].lower {
		case "in", "to", "for", "from", "by", "after", "over", "on":
		default:
			return false
		}
	}
	return true
}
