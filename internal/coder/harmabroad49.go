package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
)

// Stop 49: a government that condemns a harm done to its own people or
// premises in another country ("condemned the demolition of the Kenyan
// embassy's staff quarters in Kampala, Uganda", "expressed its outrage at
// the execution of a Filipino worker in Saudi Arabia", "condemned the
// attack on its consulate in Herat") holds the country where it was done
// to account: that country is the charge's other side.

// premisesHarms are harms a host answers for when they fall on another
// state's premises, which it must protect ("the attack on its consulate in
// Jalalabad"); an attack elsewhere is the attackers', not the host's.
var premisesHarms = map[string]bool{
	"attack": true, "attacks": true, "storming": true, "raid": true, "ransacking": true, "torching": true,
}

// premisesNouns are a state's premises abroad besides its embassies and
// consulates (missionNouns).
var premisesNouns = map[string]bool{
	"mission": true, "commission": true, "quarters": true, "residence": true, "premises": true,
	"compound": true,
}

// stateHarmAt reports a state harm at token h: a measure of a state's own
// organs against people (moreCondemnedActs: an arrest, a detention, an
// execution ...) or a demolition, which it answers for where they are done;
// or one of premisesHarms followed within five words by premises.
func stateHarmAt(toks []token, h int) bool {
	if moreCondemnedActs[toks[h].lower] || toks[h].lower == "demolition" {
		return true
	}
	if !premisesHarms[toks[h].lower] {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+6; k++ {
		if missionNouns[toks[k].lower] || premisesNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// harmAbroadSide gives a one-sided charge whose sentence names a state harm
// followed by "in" and a place of another country that country as target.
func (c *articleCoder) harmAbroadSide(events []event.Event, ms []actors.Mention) {
	for i, e := range events {
		if e.Type != "ACCUSE" || !oneSided(e) || len(e.Evidence) == 0 || e.Evidence[0].Headline {
			continue
		}
		self := onlyCountry(e.Actors)
		if self == "" {
			continue
		}
		ev := e.Evidence[0]
		toks := tokenize(ev.Text)
		other := ""
	scan:
		for h := range toks {
			if !stateHarmAt(toks, h) {
				continue
			}
			for k := h + 1; k < len(toks) && k <= h+12; k++ {
				if toks[k].punct && toks[k].text != "," && toks[k].text != "'" && toks[k].text != "’" {
					break
				}
				if toks[k].lower != "in" {
					continue
				}
				for _, m := range ms {
					at := m.Start - ev.Start
					if at < toks[k].end || at > toks[k].end+30 || m.Country == "" || m.Group || m.Kind != actors.Place && m.Kind != actors.Country {
						continue
					}
					if m.Country != self {
						other = m.Country
					}
					break scan
				}
			}
			break
		}
		if other == "" {
			continue
		}
		code := other
		events[i].Actors = append(events[i].Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: otherRole(e.Actors[0].Role)})
	}
}
