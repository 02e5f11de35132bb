package coder

import "storyline/internal/actors"

// Twenty-ninth pass (stop 47): an insurgency is no party for the country
// it rises against. News English names where an armed group comes from
// before its name ("Nigeria's dreaded Boko Haram insurgents", "the
// Nigerian jihadist group Boko Haram"), as it names a firm's home; a state
// that fights the group ("Chad sent tanks to help fight Nigeria's Boko
// Haram") fights the group, not the state the group is at war with. The
// catalog gives such groups no country (organisations.tsv), as it gives
// none to al-Qaeda and Islamic State; this keeps the country that only
// says where the group is from out of the parties too. Groups that stand
// for a side of a war between states (the Houthis, Hamas, Hezbollah)
// keep their country in the catalog and are not touched.

// homeWordsMax is how many words of armed groups ("dreaded", "jihadist
// group") may stand between the country and the group's name.
const homeWordsMax = 3

// groupWords describe an armed group between its home and its name; any
// other word ("Egyptian fighter jets struck Islamic State targets") means
// the country is named for something else.
var groupWords = map[string]bool{
	"dreaded": true, "notorious": true, "feared": true, "jihadist": true, "jihadi": true,
	"islamist": true, "militant": true, "insurgent": true, "terrorist": true, "extremist": true,
	"rebel": true, "armed": true, "group": true, "sect": true, "movement": true, "outfit": true,
}

// homeOfInsurgency reports a country named right before an armed group
// with no country of its own: the group's home, not a party.
func homeOfInsurgency(toks []token, sp span, spans []span) bool {
	k := sp.end
	if k < len(toks) && toks[k].lower == "'s" {
		k++
	}
	for n := 0; k < len(toks) && n <= homeWordsMax; n++ {
		for _, o := range spans {
			if o.start == k {
				return o.m.Kind == actors.Organisation && o.m.Sector == "REB" && o.m.Country == ""
			}
		}
		if !groupWords[toks[k].lower] {
			return false
		}
		k++
	}
	return false
}
