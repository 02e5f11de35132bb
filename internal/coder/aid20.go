package coder

import "strings"

// Twenty-second pass (stop 40): aid and its borders. News names the giver
// of aid by the adjective of the people and goods it sends ("the Chinese
// medical team arrived in Serbia", "a Cuban medical brigade", "Indian
// vaccines reached Nepal"), and tells an arrival of aid by what the craft
// brings after the verb ("HMAS Canberra arrived in Fiji with 60 tonnes of
// relief supplies", "the aircraft landed in Vanuatu with a medical team",
// "landed at Belgrade airport, carrying medical devices and experts").

// aidSent are the people and goods of aid a country's adjective may
// qualify: the adjective then names the giver.
var aidSent = map[string]bool{
	"team": true, "teams": true, "brigade": true, "brigades": true, "experts": true, "specialists": true,
	"rescuers": true, "personnel": true, "workers": true, "staff": true,
}

// aidGiverAdjective reports a country's adjective before the people or
// goods of an aid act, perhaps with up to two lower-case words between
// ("the Chinese medical team", "Cuban doctors", "Japanese relief
// supplies"): the country gives the aid, as "Chinese warships" stand for
// China in a clash.
func aidGiverAdjective(toks []token, sp span, typ string) bool {
	if typ != "AID" {
		return false
	}
	for k := sp.end; k < len(toks) && k <= sp.end+2; k++ {
		w := toks[k].lower
		if aidSent[w] || aidTravellers[w] || aidTeams[w] || aidLoads[w] {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) || functionWords[w] {
			return false
		}
	}
	return false
}

// aidArrivalWith reports an arrival verb followed, in its sentence, by
// "with", "carrying" or "bringing" and an aid good or team within a few
// words: "arrived in Fiji with 60 tonnes of relief supplies", "landed in
// Vanuatu with a medical assessment team". Whoever or whatever arrives
// so brings aid; an official who "arrived with his delegation" does not.
func aidArrivalWith(toks []token, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+12; i++ {
		switch toks[i].lower {
		case "with", "carrying", "bringing":
			return aidGoodsAfter(toks, i+1)
		case ".", ";", "who", "which", "after", "before", "but":
			return false
		}
	}
	return false
}

// aidGoodsAfter reports an aid good or an aid team within the eight words
// from i, before the sentence or a clause ends.
func aidGoodsAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+8; k++ {
		w := toks[k].lower
		if w == "." || w == ";" || w == "who" || w == "which" {
			return false
		}
		if aidLoads[w] && w != "equipment" || aidTravellers[w] || aidTeams[w] && k > 0 && aidWorkKinds[toks[k-1].lower] {
			return true
		}
		if aidWorkKinds[w] && k+1 < len(toks) && toks[k+1].lower != "of" {
			return true // "with a medical assessment team", "with relief"
		}
	}
	return false
}

// aidTeamIn reports a team named for aid work between from and to, where
// the subject's head is something else: "China's medical team of six
// experts assisting Serbia", "a Cuban medical brigade made up of 52
// professionals".
func aidTeamIn(toks []token, from, to int) bool {
	for i := from; i+1 < to; i++ {
		if aidWorkKinds[toks[i].lower] && aidTeams[toks[i+1].lower] {
			return true
		}
	}
	return false
}

// aidGivenVerbs are the participles of giving aid told in the passive:
// "aid was sent to Nepal by Japan", "relief supplies were delivered by
// Japan to Nepal".
var aidGivenVerbs = map[string]bool{
	"sent": true, "delivered": true, "provided": true, "donated": true, "given": true, "shipped": true,
	"airlifted": true, "airdropped": true, "dispatched": true, "supplied": true, "flown": true,
	"handed": true, "extended": true, "pledged": true, "offered": true,
}

// aidPassiveAgent gives the by-phrase of a noun of aid told as the subject
// of a passive verb of giving, the by-phrase perhaps after the receiver:
// "Aid was sent to Nepal by Japan", "Relief supplies were delivered by
// Japan to Nepal". The giver is named after "by"; news puts the receiver
// before or after it.
func aidPassiveAgent(toks []token, m match) (lo, hi int, ok bool) {
	if !m.noun || m.cue.Type != "AID" {
		return 0, 0, false
	}
	k := m.end
	for n := 0; n < 2 && k < len(toks) && (aidLoads[toks[k].lower] || aidSent[toks[k].lower]); n++ {
		k++ // "relief supplies were", "aid workers were"
	}
	if k >= len(toks) {
		return 0, 0, false
	}
	switch toks[k].lower {
	case "was", "were", "is", "are", "has", "have", "had":
	default:
		return 0, 0, false
	}
	k++
	if k < len(toks) && (toks[k].lower == "been" || toks[k].lower == "being") {
		k++
	}
	if k >= len(toks) || !aidGivenVerbs[toks[k].lower] {
		return 0, 0, false
	}
	by := -1
	for j := k + 1; j < len(toks) && j <= k+8 && !isBreakPunct(toks[j].lower) && toks[j].lower != "."; j++ {
		if toks[j].lower == "by" {
			by = j
			break
		}
	}
	return agentPhrase(toks, by)
}

// aidReceiverPlace reports a place named right after "to", "into" or
// "over" following a cue of aid, or after "arrived in": "sent aid to
// Gaza", "airlifted medical supplies to Kabul", "airdropped food over
// Gaza", "Japanese emergency aid arrived in Tonga". Aid sent to a city or
// a region goes to the people of its country, which receives it.
func aidReceiverPlace(toks []token, m match, sp span, typ string) bool {
	if typ != "AID" || sp.m.Country == "" || sp.start <= m.end || sp.start > m.end+6 {
		return false
	}
	k := sp.start - 1
	if toks[k].lower == "the" && k > m.end {
		k--
	}
	switch toks[k].lower {
	case "to", "into", "over":
		return true
	case "in", "at":
		return k > 0 && arrivedWords[toks[k-1].lower] || aidPlaceReached(toks, k) // "Japanese emergency aid arrived in Tonga"
	}
	return aidPlaceReached(toks, k) // "relief material reached Yangon" (aid21.go)
}

// arrivedWords tell goods or people reaching a place: aid that "arrived
// in" or "landed in" a country is received by it.
var arrivedWords = map[string]bool{
	"arrived": true, "arrives": true, "arriving": true, "arrive": true,
	"landed": true, "lands": true, "landing": true, "land": true,
}

// receivedAid reports a cue of aid told from the side of the one who
// receives it: "Pakistan received $2 billion from China", "Italy received
// a shipment of ventilators from Russia". The subject is the receiver and
// the country after "from" the giver.
func receivedAid(toks []token, m match) bool {
	return m.cue.Type == "AID" && !m.noun && strings.HasPrefix(toks[m.start].lower, "receiv")
}

// aidGivenBy reports a participle of giving aid followed by "by" with no
// auxiliary before it, a reduced passive: "500,000 vaccine doses donated
// by Japan", "supplies provided by the Chinese government". The noun
// before the participle was given, the one after "by" gave it.
func aidGivenBy(toks []token, m match) bool {
	if m.cue.Type != "AID" || m.noun || m.end-m.start != 1 || m.end >= len(toks) || toks[m.end].lower != "by" || m.start < 1 {
		return false
	}
	w := toks[m.start-1].lower
	return aidGivenVerbs[toks[m.start].lower] && (aidLoads[w] || aidGoods[w])
}

// aidGoods are goods and money of aid besides the loads a craft carries
// (aidLoads): what "donated by", "provided by" follows when it tells aid
// given. "a photo provided by the presidential office" tells none.
var aidGoods = map[string]bool{
	"doses": true, "food": true, "rice": true, "wheat": true, "funds": true, "funding": true, "loans": true,
	"loan": true, "grants": true, "weapons": true, "arms": true, "assistance": true, "blankets": true,
	"ventilators": true, "donations": true, "items": true, "goods": true, "kits": true,
}

// supportInMoney reports a noun of support whose clause names a sum of
// money: "has boosted its support to Fiji by another US$1 million",
// "support worth 20 million euros". Support counted in money is aid
// given; support without a sum stays a stance.
func supportInMoney(toks []token, cl clause, m match) bool {
	if m.cue.Type != "SUPPORT" || !m.noun {
		return false
	}
	if w := toks[m.head].lower; w != "support" && w != "backing" {
		return false
	}
	for i := m.end; i < cl.end && i < len(toks); i++ {
		if w := toks[i].lower; w == "million" || w == "billion" {
			return true
		}
	}
	return false
}

// forceSentWithAid reports a deployment of a ship, a plane or a unit
// followed by "with" or "carrying" aid goods: "deployed HMAS Adelaide to
// Tonga with aid supplies", "sent two navy ships to Fiji carrying relief
// supplies". Forces sent with aid bring aid, not a show of force.
func forceSentWithAid(toks []token, m match) bool {
	if m.cue.Type != "MOBILIZE" || m.noun {
		return false
	}
	if aidCraftIn(toks, m.start, m.end) {
		return true // "dispatched aid ships to Gaza" (aid21.go)
	}
	return loadWithin(toks, m.end, deliveryWords)
}

// loadWords open the load a craft carries ("with six tons of medical
// equipment", "carrying relief supplies"); deliveryWords add the verbs of
// its purpose ("to deliver aid").
var (
	loadWords     = map[string]bool{"with": true, "carrying": true, "bringing": true}
	deliveryWords = map[string]bool{"with": true, "carrying": true, "bringing": true, "deliver": true, "carry": true, "bring": true, "distribute": true}
)

// loadWithin reports a word of openers within ten words of from, before
// the sentence ends, followed by aid goods or an aid team.
func loadWithin(toks []token, from int, openers map[string]bool) bool {
	for i := from; i < len(toks) && i < from+10; i++ {
		switch w := toks[i].lower; {
		case openers[w]:
			return aidGoodsAfter(toks, i+1)
		case w == "." || w == ";":
			return false
		}
	}
	return false
}

// arrivedToDo reports "arrived to" before a word in lower case: "arrived
// to greet the delegation", "arrived to a warm welcome" tell a purpose or
// a reception, not the place reached ("arrived to Serbia", the form of
// news translated from other languages, names the place with a capital).
func arrivedToDo(toks []token, m match) bool {
	if m.end-m.start != 2 || toks[m.end-1].lower != "to" || !strings.HasPrefix(toks[m.start].lower, "arriv") || m.end >= len(toks) {
		return false
	}
	return noPlaceAfterTo(toks, m.end)
}

// noPlaceAfterTo reports that the words at toks[k], just after a "to",
// name no place: a word in lower case ("to greet", "to a warm welcome") or
// punctuation. A place is written with a capital, after "the" at most
// ("to the Netherlands").
func noPlaceAfterTo(toks []token, k int) bool {
	if toks[k].lower == "the" && k+1 < len(toks) {
		k++
	}
	return toks[k].punct || isLowerWord(toks[k].text)
}
