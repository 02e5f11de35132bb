package coder

import "strings"

// Twenty-fifth pass (stop 43), the support family read from sentences
// written for it. Four English constructions carry a SUPPORT cue word
// ("stand by", "recognise", "welcome") and a second country, yet tell no
// support of one state for the other.

// notSupportBetween reports a SUPPORT cue that is one of the constructions
// below.
func notSupportBetween(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" {
		return false
	}
	return stoodByWords(toks, m) || recognisedAsPart(toks, m) || welcomedEnding(toks, m) || welcomeAsCourtesy(toks, m)
}

// standingWords are what a government "stands by" when it keeps to its
// own words or findings: "stands by its statement", "stood by its
// account of the incident", "stands by the charges against him". News
// English uses "stand by" for both; with one of these nouns as its object
// it means "maintain", and the country named later in the phrase is the
// topic of the words, not a side backed.
var standingWords = map[string]bool{
	"statement": true, "statements": true, "account": true, "accounts": true, "remarks": true,
	"comments": true, "comment": true, "claim": true, "claims": true, "report": true, "reporting": true,
	"charges": true, "charge": true, "findings": true, "assessment": true, "version": true, "words": true,
	"verdict": true, "story": true, "allegations": true, "allegation": true, "figures": true,
	"decision": true, "decisions": true, "conclusion": true, "conclusions": true,
}

// stoodByWords reports "stand by" whose object, within three words after
// a determiner, is a word of saying or finding.
func stoodByWords(toks []token, m match) bool {
	if m.noun || !strings.HasPrefix(toks[m.head].lower, "st") || m.end < 1 || toks[m.end-1].lower != "by" {
		return false
	}
	return wordAhead(toks, m.end, 4, standingWords)
}

// recognisedAsPart reports "recognise X as (an inalienable) part of Y":
// the wording of a switch of ties to Beijing ("recognises Taiwan as an
// inalienable part of China's territory") and of territorial claims. X is
// recognised as belonging to another, which is the opposite of
// recognising X; the recognition, if any, is of Y and is told elsewhere.
func recognisedAsPart(toks []token, m match) bool {
	if !strings.HasPrefix(toks[m.head].lower, "recogni") {
		return false
	}
	for k := m.end; k+1 < len(toks) && k < m.end+6; k++ {
		if toks[k].punct {
			return false
		}
		if toks[k].lower != "as" {
			continue
		}
		for j := k + 1; j+1 < len(toks) && j <= k+4; j++ {
			if toks[j].lower == "part" && toks[j+1].lower == "of" {
				return true
			}
		}
		return false
	}
	return false
}

// welcomedEndNouns name a presence or a tie coming to an end, or people coming
// home.
var welcomedEndNouns = map[string]bool{
	"end": true, "withdrawal": true, "departure": true, "exit": true, "pullout": true, "pull-out": true,
	"termination": true, "expulsion": true, "closure": true, "return": true, "repatriation": true,
}

// welcomedEnding reports a verb of welcome or praise whose object is "the
// end of", "the withdrawal of", "the departure of", "the return of": a
// junta "welcomed the departure of French troops", a leader "hailed the
// end of defence ties with Paris", a president "welcomed the return of
// fishermen released by Libya". What is welcomed is an ending or a
// homecoming, not an act or a stance of the other country; praise of the
// other's act keeps its possessive ("welcomed Russia's withdrawal") and is
// left alone.
func welcomedEnding(toks []token, m match) bool {
	head := toks[m.head].lower
	if m.noun || !(strings.HasPrefix(head, "welcom") || isPraise(head)) {
		return false
	}
	k := m.end
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	return k+1 < len(toks) && welcomedEndNouns[toks[k].lower] && toks[k+1].lower == "of"
}

// courtesyWelcomeWords come before the noun "welcome" when it is the
// reception given to a visitor: "a warm welcome", "a special welcome",
// "a red-carpet welcome".
var courtesyWelcomeWords = map[string]bool{
	"warm": true, "special": true, "grand": true, "rousing": true, "red-carpet": true, "lavish": true,
	"ceremonial": true, "royal": true, "hearty": true, "traditional": true, "formal": true, "official": true,
}

// welcomeAsCourtesy reports the noun "welcome" after an adjective of
// reception: "thanked his counterpart for the warm welcome", "trip to
// kick off with special welcome". It is the host's courtesy at a visit,
// told with the visit; no support of one side for the other.
func welcomeAsCourtesy(toks []token, m match) bool {
	return toks[m.head].lower == "welcome" && m.head > 0 && courtesyWelcomeWords[toks[m.head-1].lower]
}
