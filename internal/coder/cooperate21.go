package coder

import "strings"

// Rules of the twenty-third pass (stop 41) on support, cooperation and
// rejection, read from wire sentences written by hand.
//
// News tells what one government welcomes or refuses by the other's
// adjective before the thing put forward: "India welcomed the American
// decision", "Egypt praised the US move", "Moscow rejected a Ukrainian
// peace plan", "Israel rebuffed an Egyptian ceasefire proposal". The
// adjective names who decided, moved or proposed, so that country is the
// side welcomed or refused, not a topic; a word of war or trade between
// the adjective and the plan ("peace", "ceasefire", "truce") names what
// the plan is about, not whose war it is.
//
// A meeting boycotted is refused to whoever holds it, and news names the
// holder by a compound before the meeting: "boycotted the US-led
// conference", "the Algerian-hosted talks", "a Russian-organised forum".

// putForwardNouns are what one government decides, offers or proposes
// that another can welcome or refuse.
var putForwardNouns = map[string]bool{
	"decision": true, "decisions": true, "move": true, "moves": true, "announcement": true,
	"pledge": true, "pledges": true, "initiative": true, "initiatives": true, "plan": true, "plans": true,
	"proposal": true, "proposals": true, "offer": true, "offers": true, "step": true,
	"steps": true, "commitment": true, "roadmap": true, "formula": true, "blueprint": true,
}

// planTopics name what a plan is about when they stand between its
// owner's adjective and the plan noun ("a Ukrainian peace plan").
var planTopics = map[string]bool{
	"peace": true, "ceasefire": true, "cease-fire": true, "truce": true, "trade": true,
	"security": true, "aid": true, "settlement": true, "normalisation": true, "normalization": true,
	"autonomy": true,
}

// ownedProposal reports a country adjective within three words after a
// support or rejection cue, heading a thing put forward ("welcomed the
// American decision", "rejected a Ukrainian peace plan"): its owner is the
// side welcomed or refused. A weak cue ("support", "dismiss") reports an
// act only between sides named in their own right, so it is left out.
func ownedProposal(toks []token, sp span, m match, typ string) bool {
	if typ != "SUPPORT" && typ != "REJECT" || m.cue.flags.weak || sp.start < m.end || sp.start > m.end+3 {
		return false
	}
	next := nextWord(toks, sp.end)
	if putForwardNouns[next] {
		return true
	}
	return planTopics[next] && putForwardNouns[nextWord(toks, sp.end+1)]
}

// hostCompounds close a compound naming who holds a meeting.
var hostCompounds = []string{"-led", "-hosted", "-organised", "-organized", "-sponsored", "-brokered", "-convened"}

// heldMeetingNouns name a gathering one side holds and another can stay away from.
var heldMeetingNouns = map[string]bool{
	"summit": true, "conference": true, "workshop": true, "talks": true, "meeting": true, "meetings": true,
	"forum": true, "games": true, "olympics": true, "ceremony": true, "gathering": true, "session": true,
}

// boycottedHost reports a country in a host compound right after a cue
// of staying away ("boycotted the US-led conference", "skipped the
// Algerian-hosted talks"): the holder of the meeting is the side refused,
// no topic and no mere backer.
func boycottedHost(toks []token, sp span, m match, typ string) bool {
	if typ != "REJECT" || !stayAwayCue(toks, m) || sp.start <= m.start || sp.start > m.end+3 {
		return false
	}
	next, ok := compoundNoun(toks, sp, hostCompounds)
	return ok && heldMeetingNouns[next]
}

// compoundNoun reads a compound the country at sp opens ("US-led",
// "British-drafted", "the Algerian-hosted talks"), written as one token or
// as the country, a hyphen and a participle: when the compound ends in one
// of suffixes, it gives the word after it.
func compoundNoun(toks []token, sp span, suffixes []string) (next string, ok bool) {
	k := sp.end
	w := toks[sp.end-1].lower
	if k+1 < len(toks) && toks[k].lower == "-" {
		w = "-" + toks[k+1].lower
		k += 2
	}
	for _, suffix := range suffixes {
		if strings.HasSuffix(w, suffix) {
			return nextWord(toks, k), true
		}
	}
	return "", false
}

// boycottOfMeeting reports a boycott cue whose object, within five words,
// is a meeting ("will boycott the conference in Bahrain"). Staying away is
// refused when it is announced, as a threat is made when it is said; a
// boycott of goods held out ("may boycott Australian wine") stays a threat.
func boycottOfMeeting(toks []token, m match) bool {
	if !strings.HasPrefix(toks[m.start].lower, "boycott") {
		return false
	}
	return wordAhead(toks, m.end, 6, heldMeetingNouns)
}

// stayAwayPrefixes open the cues of staying away from a meeting.
var stayAwayPrefixes = []string{"boycott", "snub", "skip", "stay", "stayed", "declin"}

// stayAwayCue reports a cue of staying away: boycotted, snubbed, skipped,
// stayed away from, declined (to attend).
func stayAwayCue(toks []token, m match) bool {
	for _, p := range stayAwayPrefixes {
		if strings.HasPrefix(toks[m.start].lower, p) {
			return true
		}
	}
	return false
}
