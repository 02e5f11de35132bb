package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Rules of the seventh pass (stop 25) on the country an attack lands in
// when its sentence names only the attacker.

// sceneDirections may stand between "in" and the country it places a
// story in: "in northern Yemen", "in eastern Ukraine".
var sceneDirections = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "northwest": true, "northeast": true,
	"southwest": true, "southeast": true, "north-west": true, "north-east": true, "south-west": true,
	"south-east": true, "war-torn": true, "neighbouring": true, "neighboring": true,
}

// sceneTargets gives an attack whose sentence names its attacker and no
// one attacked ("a Saudi-led coalition airstrike hit their school bus",
// "Smoke rises over the capital after U.S. strikes") the country the story
// is set in: the country its dateline names or, failing one, the country
// it most often places things in ("in northern Yemen", "the Red Cross in
// Yemen"), named so at least twice and more often than any other. An act
// of the attacker in its own country gets no target this way.
func (c *articleCoder) sceneTargets(reports []*report, toks [][]token, ms []actors.Mention) {
	scene := ""
	done := false
	for _, r := range reports {
		if r.ev.Type != "ASSAULT" || r.parties != 1 || r.ev.Location != nil {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" || !allSources(r.ev.Actors) {
			continue
		}
		hits := hitsThing(toks[r.sentIdx])
		if !hits && len(r.ev.Evidence) == 0 {
			continue
		}
		if !done {
			scene, done = c.sceneCountry(ms), true
		}
		if scene == "" || scene == self || !hits && !namesPlaceIn(ms, r.ev.Evidence[0].Start, r.ev.Evidence[0].End, scene) {
			continue
		}
		code := scene
		r.ev.Actors = append(r.ev.Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget})
		r.parties++
	}
}

// hitVerbs tell an attack landing on what follows: "hit their school
// bus", "struck a convoy", "targeted a market".
var hitVerbs = map[string]bool{
	"hit": true, "hits": true, "struck": true, "strikes": true, "targeted": true, "targets": true,
	"bombed": true, "bombs": true, "shelled": true, "shells": true, "destroyed": true, "destroys": true,
}

// harmedThings are what an attack lands on that belongs to no side by
// its name: a vehicle, a building, a gathering, a place people live in.
var harmedThings = map[string]bool{
	"bus": true, "buses": true, "school": true, "schools": true, "hospital": true, "hospitals": true,
	"market": true, "marketplace": true, "convoy": true, "vessel": true, "boat": true, "ship": true,
	"wedding": true, "funeral": true, "home": true, "homes": true, "house": true, "houses": true,
	"village": true, "camp": true, "mosque": true, "car": true, "vehicle": true, "truck": true,
	"building": true, "clinic": true, "shelter": true, "tanker": true, "neighbourhood": true,
	"neighborhood": true, "refugee": true, "residential": true, "displacement": true,
}

// hitsThing reports a sentence that tells an attack landing on a thing
// that names no side: "an airstrike hit their school bus", "a strike on a
// vessel", "struck a crowded market".
func hitsThing(toks []token) bool {
	for i, t := range toks {
		if !hitVerbs[t.lower] && !(attackNouns[t.lower] && i+1 < len(toks) && (toks[i+1].lower == "on" || toks[i+1].lower == "against")) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if harmedThings[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// namesPlaceIn reports a place of the country code (a city, a region,
// not the country itself) named between the body offsets start and end:
// "Smoke rises over Sanaa after U.S. strikes".
func namesPlaceIn(ms []actors.Mention, start, end int, code string) bool {
	for _, m := range ms {
		if m.Start >= start && m.End <= end && m.Kind == actors.Place && m.Country == code {
			return true
		}
	}
	return false
}

// allSources reports actors that are all the source of their act.
func allSources(as []event.Actor) bool {
	for _, a := range as {
		if a.Role != event.RoleSource {
			return false
		}
	}
	return len(as) > 0
}

// sceneCountry is the country a story is set in: its dateline's ("SANAA,
// Yemen —"), else the one it places things in most often, at least twice
// and more than any other; "" when the story shows none.
func (c *articleCoder) sceneCountry(ms []actors.Mention) string {
	body := c.a.Body
	counts := map[string]int{}
	for _, m := range ms {
		if m.Country == "" || m.Adjective || m.Group || m.Kind != actors.Country && m.Kind != actors.Place {
			continue
		}
		if c.isAdjective(m) {
			continue // "the Yemeni province of Saada": "of Saada" places it
		}
		if dateline(body, m) {
			return m.Country
		}
		before := strings.Fields(body[max(0, m.Start-40):m.Start])
		if len(before) > 0 && sceneDirections[strings.ToLower(before[len(before)-1])] {
			before = before[:len(before)-1]
		}
		if len(before) > 0 && strings.ToLower(before[len(before)-1]) == "in" {
			counts[m.Country]++
		}
	}
	best, n, second := "", 0, 0
	for code, k := range counts {
		switch {
		case k > n:
			best, n, second = code, k, n
		case k > second:
			second = k
		}
	}
	if n < 2 || n == second {
		return ""
	}
	return best
}

// dateline reports a place that ends a dateline: "SANAA, Yemen —",
// "KABUL (Reuters) -" at the start of a line.
func dateline(body string, m actors.Mention) bool {
	ls := strings.LastIndexByte(body[:m.Start], '\n') + 1
	head := strings.TrimSpace(body[ls:m.Start])
	if len(head) > 30 || head != "" && (!strings.HasSuffix(head, ",") || strings.Count(head, " ") > 3) {
		return false
	}
	rest := strings.TrimLeft(body[m.End:min(len(body), m.End+6)], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(")
}
