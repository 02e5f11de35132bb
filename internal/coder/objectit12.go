package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/nlp"
)

// News takes a country up again as "it" in the object of an act aimed at
// it: "The United States ordered China to close its consulate and accused
// it of spying", "Trump threatened to impose measures against it". After a
// verb that needs an actor for its object ("accused it of", "urged it to",
// "punish it for") or after "against", "it" is the latest country the
// sentence names before it by name.

// itObjectVerbs are the words after which "it" is the object of an act.
var itObjectVerbs = map[string]string{
	"accused": "of", "accuses": "of", "accusing": "of", "accuse": "of",
	"urged": "to", "urges": "to", "urging": "to", "urge": "to",
	"asked": "to", "asks": "to", "asking": "to", "ask": "to",
	"ordered": "to", "orders": "to", "ordering": "to", "order": "to",
	"pressed": "to", "pressing": "to", "press": "to",
	"punish": "for", "punished": "for", "punishing": "for", "punishes": "for",
	"against": ",",
}

func withItObjects(sents []nlp.Sentence, ms []actors.Mention) []actors.Mention {
	var add []actors.Mention
	for _, s := range sents {
		text := s.Text
		for off := 0; ; {
			i := strings.Index(text[off:], " it")
			if i < 0 {
				break
			}
			i += off + 1 // at "it"
			off = i + 2
			if i+2 >= len(text) || text[i+2] != ' ' && text[i+2] != ',' {
				continue
			}
			w := strings.ToLower(lastWord(text[:i]))
			next, ok := itObjectVerbs[w]
			if !ok {
				continue
			}
			rest := text[i+2:]
			if next == "," {
				if !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, " including") {
					continue
				}
			} else if !strings.HasPrefix(rest, " "+next+" ") {
				continue
			}
			at := s.Start + i
			ante := -1
			for k, m := range ms {
				if m.Start >= at {
					break
				}
				if m.Start < s.Start || m.Kind == actors.Place || m.Kind == actors.Person || m.Country == "" || m.Group || m.Adjective {
					continue
				}
				ante = k
			}
			if ante < 0 {
				continue
			}
			m := ms[ante]
			m.Text, m.Start, m.End, m.Ref = text[i:i+2], at, at+2, -1
			add = append(add, m)
		}
	}
	return withMentions(ms, add)
}
