package coder

import "strings"

// Twenty-fourth pass (stop 42, the mobilize family, own wire sentences).

// timeAdjunctWords may make up a short time adjunct that wire copy puts
// between a verb and its infinitive: "voted on Thursday to send troops",
// "decided last week to withdraw", "approved a plan on Tuesday to deploy".
var timeAdjunctWords = map[string]bool{
	"on": true, "last": true, "this": true, "earlier": true, "late": true, "week": true, "month": true,
	"year": true, "weekend": true, "morning": true, "evening": true, "night": true, "today": true,
	"yesterday": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// beforeTimeAdjunct returns the index of the word before the time adjunct
// that ends right before index to ("voted on Thursday to"), or to-1 when
// no time adjunct stands there. A time adjunct is one to four words of
// weekdays, month names, numbers and "on", "last", "this"; it must hold a
// word that names a time, so "on" alone is no adjunct.
func beforeTimeAdjunct(toks []token, cl clause, to int) int {
	k, timed := to-1, false
	for k >= cl.start && to-1-k < 4 {
		w := toks[k].lower
		if !timeAdjunctWords[w] && !monthNames[w] && !isDigits(w) {
			break
		}
		if w != "on" && w != "last" && w != "this" {
			timed = true
		}
		k--
	}
	if !timed || k < cl.start || k == to-1 {
		return to - 1
	}
	return k
}

// mandateNouns name a decision of a body whose infinitive is the act it
// authorises: "approved a motion to send troops to Libya", "passed a bill
// to deploy forces", "a mandate to station soldiers". The act is planned,
// no aim of something else. A proposal is left out: it offers or asks for
// the act ("his proposal to deploy troops to Mexico" is a request).
var mandateNouns = map[string]bool{
	"motion": true, "motions": true, "bill": true, "bills": true, "mandate": true, "resolution": true,
	"authorisation": true, "authorization": true, "approval": true, "permission": true,
}

// baseNouns are the posts a state keeps its forces at abroad.
var baseNouns = map[string]bool{"base": true, "bases": true, "garrison": true, "garrisons": true}

// stationedIn reports a country named after "in" that receives a
// mobilization's forces: forces stationed in a country are kept there
// ("will station a combat brigade in Lithuania", "stationed nuclear
// weapons in Belarus"), and forces sent to a base in a country go to that
// country ("deployed troops to a Turkish base in Qatar"). A country after
// "in" is otherwise the venue, as it is for most acts.
func stationedIn(toks []token, m match, sp span, typ string) bool {
	if typ != "MOBILIZE" {
		return false
	}
	k, ok := inBeforeSpan(toks, m, sp)
	return ok && (strings.HasPrefix(toks[m.start].lower, "station") || baseNouns[toks[k-1].lower])
}

// inBeforeSpan reports "in" right before span sp, past a "the", after the
// cue m's first word, and its index: the place a force stands in ("a
// brigade in Lithuania", "some of its troops in Yemen").
func inBeforeSpan(toks []token, m match, sp span) (int, bool) {
	if sp.start < m.end {
		return 0, false
	}
	k := sp.start - 1
	for k > m.start && toks[k].lower == "the" {
		k--
	}
	return k, k > m.start && toks[k].lower == "in"
}

// borderNouns name a border itself, not the region or waters around it.
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true}

// withdrawnFromBorder reports a country that names the border a
// withdrawal leaves: forces pulled back from a country's border, or from
// "the border of Djibouti and Eritrea", step back from that country as
// forces sent there face it (mobilizedToward). A state's own side of a
// border ("its border with X") names no side, as for the mobilization.
func withdrawnFromBorder(toks []token, m match, sp span, typ string) bool {
	if typ != "RETREAT" || sp.start < m.end || ownBorder(toks, sp) || !placeModifier(toks, sp) {
		return false
	}
	if sp.end < len(toks) && borderNouns[toks[sp.end].lower] {
		return true // "from the Ukrainian border"
	}
	return sp.start >= 2 && borderNouns[toks[sp.start-2].lower] // "from the border of Djibouti"
}

// announcedBeforeTime reports an infinitive at index to whose announcing
// word stands before a time adjunct ("voted on Thursday to send troops",
// "decided last week to expel"): the act decided, still to come, and no
// aim of something else. Only hostile acts are read so: an infinitive of
// purpose drops them (status.go), while other acts keep their reading.
func announcedBeforeTime(toks []token, cl clause, to int) bool {
	k := beforeTimeAdjunct(toks, cl, to)
	if k == to-1 {
		return false
	}
	q := toks[k].lower
	return decidingWords[q] || plannedBefore[q] || mandateNouns[q]
}

// decidingWords decide or promise the act in their infinitive. Refusals
// and requests ("declined on Monday to rule out", "urged on Friday to
// withdraw") are left out: the act is not the teller's to come.
var decidingWords = map[string]bool{
	"voted": true, "votes": true, "decided": true, "decides": true, "agreed": true, "agrees": true,
	"pledged": true, "pledges": true, "vowed": true, "vows": true, "promised": true, "promises": true,
	"resolved": true, "moved": true, "moves": true, "committed": true,
}

// headlineCompletion are the present forms a headline uses for a noun act
// it reports done or begun ("US completes withdrawal from Afghanistan",
// "Russia begins pullout from Syria"): the headline present tells the
// news, as "completed" and "began" do in the body.
var headlineCompletion = map[string]bool{
	"completes": true, "begins": true, "starts": true, "finishes": true, "launches": true,
}

// readyWords tell a state ready to do an act. Ready to deploy or send
// forces is a deployment planned, told of allies and hosts as often as of
// foes ("Britain is ready to deploy troops to Ukraine as part of a
// peacekeeping force", "ready to send troops to support the government"),
// not the threat "ready to strike" is.
var readyWords = map[string]bool{"ready": true, "willing": true, "prepared": true}
