package actors

// Twenty-second pass (stop 40), requests written by hand: a capital after
// "from" in a request. News writes what one government asks of another as
// "sought the extradition of the cleric from Washington", "requested
// military assistance from Kampala", "sought more weapons from Berlin":
// the capital is the government asked, as after "urged" ("urged Tokyo").
// "from" reads as no verb, so the capital stayed a city and the request
// lost the side it is made of. Without a word of asking before it ("flew
// home from Moscow", "the cleric from Washington") it stays the place.

// askedFromWords are words of asking or of what is asked that a capital
// after "from" a few words later stands for the government asked by.
var askedFromWords = map[string]bool{
	"seek": true, "seeks": true, "sought": true, "seeking": true,
	"request": true, "requests": true, "requested": true, "requesting": true,
	"demand": true, "demands": true, "demanded": true, "demanding": true,
	"extradition": true,
}

// askingNouns are the forms that are also nouns: right before "from"
// they name the asker, not the one asked ("following requests from
// Bangkok and Phnom Penh").
var askingNouns = map[string]bool{"request": true, "requests": true, "demand": true, "demands": true}

// askedFrom reports a capital at token i after "from" that follows a word
// of asking within five words, with no punctuation between: the
// government asked. A noun of asking right before "from" is the asker's.
func (s *scan) askedFrom(i int) bool {
	if i < 2 || s.key(i-1) != "from" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if !s.toks[k].word {
			return false
		}
		if askedFromWords[s.key(k)] {
			return k < i-2 || !askingNouns[s.key(k)]
		}
	}
	return false
}
