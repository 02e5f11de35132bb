package coder

// A trip to a gathering of many states. News tells a leader's journey to a
// summit or a conference by the country or city it is held in: "his visit
// to Canada to attend a Group of Seven summit", "is due to arrive in
// Tianjin ahead of the summit", "flew to Brussels for a NATO summit". The
// country is where the gathering meets, not a side the traveller meets;
// a host the clause names as a person ("to meet Xi") stays a side.

// gatheringPurposes open the purpose of a trip told after its destination.
var gatheringPurposes = map[string]bool{"attend": true, "join": true, "for": true, "ahead": true, "before": true}

// gatheringNouns name a meeting of many states.
var gatheringNouns = map[string]bool{
	"summit": true, "conference": true, "forum": true, "assembly": true, "congress": true,
	"convention": true, "games": true, "olympics": true, "ministerial": true,
}

// tripToGathering reports a trip destination, ending at token end, followed
// by its purpose of attending a gathering: "to attend" or "for", "ahead of",
// "before" and, within six words and no break, a noun of a gathering that
// no "with" or "between" turns into a meeting of two ("ahead of his summit
// with Trump" is the meeting with the host).
func tripToGathering(toks []token, cl clause, end int) bool {
	i := end
	// A short phrase of time may stand between: "arrived in Tianjin on
	// Saturday for the summit".
	for k := 0; k < 3 && i < cl.end && !gatheringPurposes[toks[i].lower]; k++ {
		if toks[i].punct || toks[i].lower == "to" {
			break
		}
		i++
	}
	if i < cl.end && toks[i].lower == "to" && i+1 < cl.end && (toks[i+1].lower == "attend" || toks[i+1].lower == "join") {
		i++
	}
	if i >= cl.end || !gatheringPurposes[toks[i].lower] {
		return false
	}
	if toks[i].lower == "ahead" {
		if i+1 >= cl.end || toks[i+1].lower != "of" {
			return false
		}
		i++
	}
	for j := i + 1; j < cl.end && j <= i+7; j++ {
		w := toks[j].lower
		if toks[j].punct && w != "'" && w != "’" {
			return false
		}
		if gatheringNouns[w] {
			if j+1 < len(toks) && (toks[j+1].lower == "with" || toks[j+1].lower == "between") {
				return false
			}
			return true
		}
	}
	return false
}

// tripWords end a trip's verb or noun right before "to", "in" or "at" and
// its destination: "his visit to Canada", "arrived in Tianjin".
var tripWords = map[string]bool{
	"visit": true, "visits": true, "visited": true, "visiting": true, "trip": true, "journey": true,
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"arrive": true, "arrives": true, "arrived": true, "arriving": true, "fly": true, "flies": true, "flew": true,
	"flying": true, "head": true, "heads": true, "headed": true, "heading": true, "land": true, "lands": true,
	"landed": true, "landing": true,
}

// gatheringHost reports a place named as the destination of a trip whose
// purpose is a gathering of many states: "his visit to Canada to attend a
// Group of Seven summit", "due to arrive in Tianjin ahead of the summit".
func gatheringHost(toks []token, cl clause, sp span) bool {
	i := sp.start - 1
	if i > cl.start && toks[i].lower == "the" {
		i--
	}
	if i <= cl.start {
		return false
	}
	switch toks[i].lower {
	case "to", "in", "at":
	default:
		return false
	}
	return tripWords[toks[i-1].lower] && tripToGathering(toks, cl, sp.end)
}
