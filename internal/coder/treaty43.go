package coder

import "storyline/internal/event"

// Twenty-fifth pass (stop 43, the concede and retreat family, own wire
// sentences): a treaty named by its own name names its other party. Wire
// copy writes "the United States withdrew from the INF Treaty" or "quit
// the JCPOA" without "with Russia" or "with Iran": the reader knows
// whose treaty it is. A short table of the accords news names this way
// gives the side left.

// namedTreaty is one accord named by its own words and the states it
// binds (the side left, besides the one that leaves).
type namedTreaty struct {
	words   []string // lower-case tokens, in order
	capital bool     // the last word must be written in capitals ("New START", not "a new start")
	states  []string
}

// namedTreaties are the accords news names without their parties. Only
// accords with one or two states on the other side are listed; the
// Paris agreement or Open Skies bind too many states to name one.
var namedTreaties = []namedTreaty{
	{words: []string{"inf"}, states: []string{"USA", "RUS"}},
	{words: []string{"intermediate-range", "nuclear", "forces"}, states: []string{"USA", "RUS"}},
	{words: []string{"intermediate", "nuclear", "forces"}, states: []string{"USA", "RUS"}},
	{words: []string{"intermediate", "range", "nuclear", "forces"}, states: []string{"USA", "RUS"}},
	{words: []string{"new", "start"}, capital: true, states: []string{"USA", "RUS"}},
	{words: []string{"anti-ballistic", "missile"}, states: []string{"USA", "RUS"}},
	{words: []string{"abm"}, states: []string{"USA", "RUS"}},
	{words: []string{"jcpoa"}, states: []string{"IRN"}},
	{words: []string{"joint", "comprehensive", "plan", "of", "action"}, states: []string{"IRN"}},
	{words: []string{"belt", "and", "road"}, states: []string{"CHN"}},
}

// treatyReach is how many words after a retreat's cue may name the
// accord left: "withdrew from the Intermediate-Range Nuclear Forces".
const treatyReach = 8

// treatyLeftParties adds the other party of a named accord a RETREAT
// leaves when the clause names only the state that leaves: "the United
// States withdrew from the INF Treaty" is a retreat from Russia.
func (c *articleCoder) treatyLeftParties(typ string, toks []token, cl clause, m match, parties []*party) []*party {
	if typ != "RETREAT" || len(parties) != 1 || parties[0].country == "" {
		return parties
	}
	t := treatyAfterCue(toks, cl, m)
	if t == nil {
		return parties
	}
	for _, st := range t.states {
		if st == parties[0].country {
			continue
		}
		parties = append(parties, &party{key: st, country: st, name: c.countryName(st), role: event.RoleTarget})
	}
	return parties
}

// treatyAfterCue returns the named accord in the cue or in the few words
// after it, before a comma ends the object; nil when none is named.
func treatyAfterCue(toks []token, cl clause, m match) *namedTreaty {
	end := min(cl.end, m.end+treatyReach, len(toks))
	for i := m.start; i < end; i++ {
		if toks[i].lower == "," || toks[i].lower == ";" {
			return nil
		}
		for k := range namedTreaties {
			if treatyAt(toks, i, end, &namedTreaties[k]) {
				return &namedTreaties[k]
			}
		}
	}
	return nil
}

// treatyAt reports the words of t at token i.
func treatyAt(toks []token, i, end int, t *namedTreaty) bool {
	if i+len(t.words) > end {
		return false
	}
	for j, w := range t.words {
		if toks[i+j].lower != w {
			return false
		}
	}
	last := toks[i+len(t.words)-1].text
	return !t.capital || last == "START"
}
