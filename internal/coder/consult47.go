package coder

// Twenty-ninth pass (stop 47), meetings, visits and calls read from
// sentences written for it. Each construction below carries a cue word of
// a meeting and two countries, yet tells no meeting.

// notMeeting47 reports a meeting cue that is one of the constructions
// below.
func notMeeting47(toks []token, m match) bool {
	return (m.cue.Type == "CONSULT" && (metWithReception(toks, m) || talkAsRumour(toks, m))) || afterRumourTalk(toks, m)
}

// receptionNouns name how a plan, a proposal or a person was received:
// "met with criticism", "met with stiff resistance from Tanzania", "met
// with a cool response from France".
var receptionNouns = map[string]bool{
	"criticism": true, "criticisms": true, "resistance": true, "opposition": true, "objection": true, "objections": true,
	"skepticism": true, "scepticism": true, "hostility": true, "derision": true, "ridicule": true, "scorn": true,
	"disapproval": true, "approval": true, "applause": true, "anger": true, "outrage": true, "dismay": true,
	"suspicion": true, "protest": true, "protests": true, "condemnation": true, "backlash": true, "silence": true,
	"indifference": true, "disbelief": true, "alarm": true, "concern": true, "concerns": true, "reluctance": true,
	"response": true, "reaction": true, "reception": true, "success": true, "failure": true, "praise": true,
	"acclaim": true, "enthusiasm": true, "refusal": true, "rejection": true, "rebuff": true, "fury": true,
	"hesitation": true, "caution": true, "mistrust": true, "distrust": true, "support": true,
}

// afterReception may follow the reception noun: the phrase ends, or goes on
// with who received or what it was about ("from Tanzania", "over the
// border", "in Paris"). A noun of people there makes "opposition" a
// meeting's other side ("met with opposition leaders").
var afterReception = map[string]bool{
	"from": true, "by": true, "in": true, "over": true, "at": true, "among": true, "on": true, "for": true,
	"and": true, "as": true, "after": true, "when": true, "to": true, "within": true, "across": true,
	"abroad": true, "both": true, "there": true, "here": true, "so": true, "but": true, "even": true,
}

// metWithReception reports "meet with" whose object is a reception, not a
// person: "The Polish defence minister met with criticism over the
// purchase", "The Kenyan minister met with resistance from Tanzania", "the
// proposal met with a cool response from France". English lends "meet
// with" to what an act or a person encounters; the country named after
// "from" is the one that received it, not a side of a meeting. Up to three
// words may stand between "with" and the noun ("stiff", "a cool", "little
// but"), none a name; the noun must end the phrase, so "met with
// opposition leaders" stays a meeting.
func metWithReception(toks []token, m match) bool {
	switch toks[m.head].lower {
	case "meet", "meets", "met", "meeting":
	default:
		return false
	}
	w := m.head + 1
	if w >= len(toks) || toks[w].lower != "with" {
		return false
	}
	for i := w + 1; i < len(toks) && i <= w+4; i++ {
		t := toks[i]
		if t.punct || t.capital() {
			return false
		}
		if !receptionNouns[t.lower] {
			continue
		}
		return i+1 >= len(toks) || toks[i+1].punct || afterReception[toks[i+1].lower]
	}
	return false
}

// rumourTalkBefore are words before "talk" that make it loose or boastful
// speech, not talks held: "tough talk", "war talk", "idle talk".
var rumourTalkBefore = map[string]bool{
	"tough": true, "loose": true, "idle": true, "big": true, "war": true, "careless": true, "empty": true,
	"trash": true, "bellicose": true, "belligerent": true, "heated": true, "angry": true, "fiery": true,
}

// hostileTalkTopics after "talks of" make the plural the speech about a
// danger, not talks held: "talks of war".
var hostileTalkTopics = map[string]bool{
	"war": true, "wars": true, "conflict": true, "invasion": true, "escalation": true, "retaliation": true,
	"annexation": true, "intervention": true, "attack": true, "attacks": true, "strikes": true, "secession": true,
}

// talkAsRumour reports the noun "talk" used of what people say, not of
// talks held: "There was talk of war between India and Pakistan", "talk of
// a summit", "the president's tough talk on Iran". The singular noun
// followed by "of" is hearsay or speculation; after a word of bluster it
// is rhetoric. The plural "talks" followed by "of" stays a meeting ("the
// talks of May 2") unless what follows is a word of war ("talks of war").
func talkAsRumour(toks []token, m match) bool {
	if !m.noun {
		return false
	}
	h := toks[m.head].lower
	if h != "talk" && h != "talks" {
		return false
	}
	if m.head > 0 && h == "talk" && rumourTalkBefore[toks[m.head-1].lower] {
		return true
	}
	if m.head+1 >= len(toks) || toks[m.head+1].lower != "of" {
		return false
	}
	if h == "talk" {
		return true
	}
	for i := m.head + 2; i < len(toks) && i <= m.head+3; i++ {
		if hostileTalkTopics[toks[i].lower] {
			return true
		}
	}
	return false
}

// afterRumourTalk reports a cue that is what a rumour's "talk of" is about:
// "There was talk of war between India and Pakistan", "amid talk of an
// invasion". Only determiners and lower-case words may stand between "of"
// and the cue; the war is spoken of, not waged.
func afterRumourTalk(toks []token, m match) bool {
	for i := m.start - 1; i >= 1 && i >= m.start-3; i-- {
		t := toks[i]
		if t.punct || t.capital() {
			return false
		}
		if t.lower != "of" {
			continue
		}
		talk := match{cue: m.cue, start: i - 1, end: i, head: i - 1, noun: true}
		return (toks[i-1].lower == "talk" || toks[i-1].lower == "talks") && talkAsRumour(toks, talk)
	}
	return false
}

// appositiveAt reports a stretch opened by "including" or "such as" right
// after a comma: "the second batch of medical aid, including 50,000 test
// kits from China, is expected to arrive in Tehran". It lists what the
// noun before the comma holds; the subject's head is before it, and its
// own closing comma may be missing, as in wire copy.
func appositiveAt(toks []token, start int) bool {
	if start < 1 || start >= len(toks) || toks[start-1].text != "," {
		return false
	}
	w := toks[start].lower
	return w == "including" || w == "such" && start+1 < len(toks) && toks[start+1].lower == "as"
}

// subjectBeforeAppositive moves a subject's start back over an appositive
// list: when the words from start open with "including", or follow the
// comma that closes such a list, the subject begins before the list.
func subjectBeforeAppositive(toks []token, cl clause, start int) int {
	if appositiveAt(toks, start) {
		return subjectStart(toks, cl, start-1)
	}
	if start >= 2 && toks[start-1].text == "," {
		if ps := subjectStart(toks, cl, start-1); ps < start-1 && appositiveAt(toks, ps) {
			return subjectStart(toks, cl, ps-1)
		}
	}
	return start
}
