package coder

import (
	"storyline/internal/event"
)

// Twenty-sixth pass (stop 44), blows told by the side hit: when a
// government, ministry or army tells that another state struck it
// ("Armenia's Defense Ministry said a Turkish F-16 shot down an Armenian
// Su-25", "Three Russian jets violated Estonian airspace, Tallinn said",
// "Mali said Algeria shot down its drone"), wire copy reports two acts:
// the blow, and the struck state's charge that the other state dealt it.
// The charge is what the attacker answers when it denies ("Turkey denied
// an Armenian claim that ..."), and it stands whether or not the blow is
// later confirmed. A neutral teller ("the monitor said") has no side, the
// attacker's own statement is no charge, and a denial tells none.

// denialWords name a speech act that refutes what it tells.
var denialWords = map[string]bool{
	"denied": true, "denies": true, "deny": true, "denying": true, "rejected": true, "rejects": true,
	"dismissed": true, "dismisses": true, "refuted": true, "refutes": true, "disputed": true, "disputes": true,
}

// sideHitCharge returns the charge (ACCUSE) the struck state makes when it
// is the teller of the attack report main: the speaker's words hold the
// attack cue m, every state named among the speaker's words is one state,
// that state is a target of the attack and not its doer, and a state other
// than it is the doer. Source: the teller's state; target: the doers.
func (c *articleCoder) sideHitCharge(toks []token, m match, spans []span, speech []clause, main *report) *report {
	if main == nil || main.ev.Type != "ASSAULT" || main.ev.Status != event.Occurred || inRanges(m.start, speech) {
		return nil
	}
	teller := ""
	for _, r := range speech {
		if r.end > m.start && r.start < m.end {
			continue
		}
		if !tellerRange(toks, r, m) || r.end <= m.start && subordinateBetween(toks, r.start, m.start) {
			if r.end <= m.start && stateIn(spans, r) {
				return nil // "after Tehran said it had shot down a jet, the office said": the inner teller tells the act
			}
			continue // "airstrikes, which Kabul said killed civilians": words inside the act's own clause
		}
		for k := r.start; k < r.end && k < len(toks); k++ {
			if denialWords[toks[k].lower] {
				return nil
			}
		}
		for _, sp := range spans {
			if sp.start < r.start || sp.end > r.end || sp.m.Country == "" {
				continue
			}
			if !stateSector(sp.m.Sector) || pressTeller(toks, sp.end) {
				return nil // "according to the Houthis": no state's words
			}
			if teller != "" && teller != sp.m.Country {
				return nil // "Armenia's ambassador to Moscow said": whose words is unclear
			}
			teller = sp.m.Country
		}
	}
	if teller == "" {
		return nil
	}
	if l := main.ev.Location; l != nil && l.Country != nil && *l.Country != teller {
		return nil // "missiles at bases in Iraq that house US forces, the Pentagon said": forces abroad, not the teller's soil
	}
	var accuser, accused []event.Actor
	for _, a := range main.ev.Actors {
		if a.Country == nil {
			continue
		}
		switch {
		case *a.Country == teller && a.Role == event.RoleSource:
			return nil // the doer tells its own act
		case *a.Country == teller && a.Role == event.RoleTarget:
			a.Role = event.RoleSource
			accuser = append(accuser, a)
		case *a.Country != teller && a.Role == event.RoleSource && stateSector(a.Sector) && !armedGroupOf(spans, *a.Country):
			a.Role = event.RoleTarget
			accused = append(accused, a)
		}
	}
	if len(accuser) == 0 || len(accused) == 0 {
		return nil
	}
	ch := *main
	ch.ev.Type = "ACCUSE"
	ch.ev.Mode = ""
	ch.ev.Actors = append(accuser, accused...)
	ch.ev.Evidence = append([]event.Evidence(nil), main.ev.Evidence...)
	ch.ev.Topics = append([]string(nil), main.ev.Topics...)
	ch.ev.Location = nil
	ch.parties = 2
	return &ch
}

// stateSector reports a sector of a state's own bodies: a government, an
// army, or a country named as such. Rebels and militants ("Boko Haram
// fighters", "the Houthis") are no state that charges or is charged.
func stateSector(sector string) bool {
	return sector == "" || sector == "GOV" || sector == "MIL"
}

// tellerRange reports a speech range that is the teller of the whole
// sentence: a head opening it ("Armenia's Defense Ministry said") or a
// tail after a comma following the act (", Tallinn said").
func tellerRange(toks []token, r clause, m match) bool {
	if r.end <= m.start {
		return r.start == 0 || toks[r.start-1].lower == ";" || toks[r.start-1].lower == ":"
	}
	return r.start >= m.end && r.start > 0 && toks[r.start-1].lower == ","
}

// pressNouns head a teller that is the press, not the state: "U.S. media
// reported", "Iranian state television said".
var pressNouns = map[string]bool{
	"media": true, "press": true, "television": true, "tv": true, "newspaper": true, "newspapers": true,
	"outlet": true, "outlets": true, "agency": true, "broadcaster": true, "daily": true, "reports": true,
}

// subordinateBetween reports a subordinating conjunction in tokens
// [from, to): the attack is then the scene of what the teller says
// ("said talks intensified after Boko Haram fighters attacked villages").
func subordinateBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if subordinators[toks[k].lower] {
			return true
		}
	}
	return false
}

// stateIn reports a mention of a country inside the range r.
func stateIn(spans []span, r clause) bool {
	for _, sp := range spans {
		if sp.start >= r.start && sp.end <= r.end && sp.m.Country != "" {
			return true
		}
	}
	return false
}

// pressTeller reports a press noun within two words after a teller's
// country word: "U.S. media reported", "Syrian state media said".
func pressTeller(toks []token, i int) bool {
	for k := i; k < i+2 && k < len(toks); k++ {
		if pressNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// armedGroupOf reports a mention of an armed group of the country in the
// sentence ("Hezbollah fired rockets"): the group acts, not its state.
func armedGroupOf(spans []span, country string) bool {
	for _, sp := range spans {
		if sp.m.Country == country && !stateSector(sp.m.Sector) {
			return true
		}
	}
	return false
}
