package coder

import (
	"sort"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/nlp"
)

// News names a party once and then points back to it: "the country", "the
// nation", or "He" opening the next sentence. This file adds those
// pointers to the mentions as mentions of what they point to.

// withCountryAnaphors adds a mention for each "the country", "the nation"
// or "the kingdom" that points back to the country named last before it in
// the sentence or the one before ("expelled Iran's ambassador, accusing
// the country of the attacks"). A phrase of place ("across the country")
// points nowhere.
func withCountryAnaphors(body string, cat *actors.Catalog, ms []actors.Mention) []actors.Mention {
	// Byte for byte, so its offsets are body's: "İstanbul" lower-cased
	// whole is a byte longer.
	lower := nlp.LowerASCII(body)
	ms = withChargedDescriptions(body, lower, cat, ms) // "accusing the Islamic republic of" (charged45.go)
	if !strings.Contains(body, "he country") && !strings.Contains(body, "he nation") && !strings.Contains(body, "he kingdom") {
		return ms
	}
	var add []actors.Mention
	for _, noun := range []string{"the country", "the nation", "the kingdom"} {
		for off := 0; ; {
			i := strings.Index(lower[off:], noun)
			if i < 0 {
				break
			}
			i += off
			end := i + len(noun)
			off = end
			if i > 0 && isWordByte(lower[i-1]) || end < len(lower) && isWordByte(lower[end]) {
				continue
			}
			if w := lastWord(lower[:i]); placePrepositions[w] {
				continue
			}
			ante := -1
			for k, m := range ms {
				if m.Start >= i {
					break
				}
				if m.Kind != actors.Place && m.Country != "" && !m.Group && i-m.End < 300 && !alliedText(lower[:m.Start]) {
					ante = k
				}
			}
			if ante < 0 {
				continue
			}
			add = append(add, standIn(cat, body, i, end, ms[ante].Country))
		}
	}
	return withMentions(ms, add)
}

// standIn is a country mention for the words body[i:end] that stand for
// the country named before them ("the country", "the Islamic republic"),
// named as the catalog names it.
func standIn(cat *actors.Catalog, body string, i, end int, country string) actors.Mention {
	m := actors.Mention{Text: body[i:end], Start: i, End: end, Kind: actors.Country, Country: country, Name: country, Ref: -1}
	if info, ok := cat.Country(country); ok && info.Name != "" {
		m.Name = info.Name
	}
	return m
}

// withPronouns adds a mention for "He" or "She" opening a sentence: the
// person named first in the sentence before, or the one before that when
// it names nobody ("Zelensky met Trump on Friday. He asked for missiles.").
// A fronted phrase ("During his talks with Trump, Zelensky said ...") is
// passed over: the subject after it is the one the pronoun carries on.
// News writes the subject of the last sentence as a pronoun; a person
// with no known country gives nothing.
func withPronouns(sents []nlp.Sentence, ms []actors.Mention) []actors.Mention {
	var add []actors.Mention
	for si := 1; si < len(sents); si++ {
		s := sents[si]
		word := s.Text
		if i := strings.IndexAny(word, " ,"); i > 0 {
			word = word[:i]
		}
		if word != "He" && word != "She" {
			continue
		}
		var ante *actors.Mention
		for back := si - 1; back >= 0 && back >= si-2 && ante == nil; back-- {
			from := sents[back].Start + frontedEnd(sents[back].Text)
			for pass := 0; pass < 2 && ante == nil; pass++ {
				for k := range ms {
					m := &ms[k]
					if m.Start >= from && m.End <= sents[back].End && m.Kind == actors.Person && m.Name != "" {
						ante = m
						break
					}
				}
				from = sents[back].Start // the fronted phrase's person, when it is the only one
			}
		}
		if ante == nil || ante.Country == "" {
			continue
		}
		m := *ante
		m.Text, m.Start, m.End, m.Ref = word, s.Start, s.Start+len(word), -1
		add = append(add, m)
	}
	return withItObjects(sents, withMentions(ms, add))
}

// frontedEnd returns the byte offset after the comma that closes a fronted
// phrase opening text ("During his conversation with Trump, "), or 0.
func frontedEnd(text string) int {
	first := text
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	if !frontWords[strings.ToLower(first)] {
		return 0
	}
	if i := strings.Index(text, ", "); i > 0 {
		return i + 2
	}
	return 0
}

// frontWords open a phrase set before a sentence's subject.
var frontWords = map[string]bool{"during": true, "after": true, "before": true, "following": true, "in": true,
	"at": true, "on": true, "amid": true, "despite": true, "speaking": true, "like": true, "unlike": true, "upon": true}

// placePrepositions before "the country" make it a place, not an actor.
var placePrepositions = map[string]bool{
	"across": true, "throughout": true, "around": true, "in": true, "inside": true, "within": true,
	"into": true, "from": true, "of": true, "over": true, "left": true, "leave": true, "enter": true, "entered": true,
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-'
}

// lastWord is the last word of s, lower case as s is.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexAny(s, " \n\t(\"“")
	return s[i+1:]
}

// withMentions returns ms with add put in body order; ms is not changed.
func withMentions(ms, add []actors.Mention) []actors.Mention {
	if len(add) == 0 {
		return ms
	}
	out := append(append([]actors.Mention(nil), ms...), add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
