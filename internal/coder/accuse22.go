package coder

// Rules of the twenty-fourth pass (stop 42) on charges, read from news
// sentences written by hand. Statements and headlines condemn a blow by
// its doer's adjective without the article condemned20.go expects, or with
// a word of judgement or of weapon around the adjective: "Iraq condemns
// Turkish air strike on Sinjar", "Qatar condemned the cowardly Israeli
// attack", "the United States condemns Russian cyber attack". The
// adjective there names the one charged, as it does before "killing".

// condemnedBlows are the blows (beyond condemnedActs) a condemnation names
// with the doer's adjective before them.
var condemnedBlows = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "incursion": true, "incursions": true, "offensive": true, "assault": true,
}

// blowDeterminers may stand between the verb of condemning and the doer's
// adjective, with one word of judgement after them ("the cowardly").
var blowDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "latest": true, "recent": true}

// condemnedBlowDoer reports a country adjective ending before token i that
// names the doer of a blow condemned: the act at i, or after one word of
// weapon ("air strike", "missile attack", "cyber attack"); before the
// adjective of one or two words, the verb itself, a determiner, or a
// determiner and one word of judgement ("the cowardly", "the brutal").
func condemnedBlowDoer(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if !condemnedBlow(toks[i].lower) {
		if toks[i].punct || i+1 >= len(toks) || !condemnedBlow(toks[i+1].lower) {
			return false
		}
	}
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		if condemnedBefore(toks, k) {
			return true
		}
	}
	return false
}

// condemnedBlow reports an act noun a condemnation names with its doer's
// adjective.
func condemnedBlow(w string) bool {
	return condemnedBlows[w] || condemnedActs[w] || moreCondemnedActs[w]
}

// condemnedBefore reports the words ending at k that lead a condemned
// act's adjective: the verb ("condemns Turkish"), a determiner after it
// ("condemned the Turkish"), or a determiner and a word of judgement
// ("condemned the cowardly Israeli").
func condemnedBefore(toks []token, k int) bool {
	if condemnsAct(toks[k].lower) {
		return true
	}
	if k >= 1 && blowDeterminers[toks[k].lower] && condemnsAct(toks[k-1].lower) {
		return true
	}
	return k >= 2 && !toks[k].punct && isLowerWord(toks[k].text) && blowDeterminers[toks[k-1].lower] && condemnsAct(toks[k-2].lower)
}

// namingVerbs judge an act by naming it ("called the British seizure of
// its tanker piracy", "branded the Israeli strike a war crime").
var namingVerbs = map[string]bool{
	"called": true, "calls": true, "branded": true, "brands": true, "labelled": true, "labeled": true,
	"labels": true, "described": true, "describes": true,
}

// condemnsAct reports a verb whose object is an act condemned or judged.
func condemnsAct(w string) bool {
	return condemningVerbs[w] || namingVerbs[w]
}

// perfectCharge reports a charge cue told in the perfect ("had violated the
// ceasefire", cues.tsv): like "was responsible for", a predicate the
// speaker says of the subject, a charge only when someone says it.
func perfectCharge(toks []token, m match) bool {
	if m.cue.Type != "ACCUSE" {
		return false
	}
	switch toks[m.start].lower {
	case "had", "has", "have":
		return true
	}
	return false
}

// perfectChargeAt matches at the auxiliary toks[i] only the charge cues
// that open with it ("had violated the ceasefire"); the auxiliary opens
// no other cue ("has threatened to stop talks" is not "have talks").
func (lx *lexicon) perfectChargeAt(toks []token, ids []int32, i int) (match, bool) {
	for _, c := range lx.byFirstID[ids[i]] {
		if c.Type != "ACCUSE" {
			continue
		}
		if end, ok := matchIDs(c.elems, toks, ids, i); ok {
			return match{cue: c, start: i, end: end, head: i, form: c.elems[0].words[toks[i].lower]}, true
		}
	}
	return match{}, false
}

// moreCondemnedActs are the measures against people a condemnation names
// with the doer's adjective ("condemned the Chinese sentencing of a
// Canadian", "denounced the Iranian execution of a German national",
// "called the British seizure of its tanker piracy").
var moreCondemnedActs = map[string]bool{
	"sentencing": true, "detention": true, "detentions": true, "arrest": true, "arrests": true,
	"execution": true, "executions": true, "seizure": true, "expulsion": true, "expulsions": true,
	"jailing": true, "imprisonment": true, "deportation": true, "deportations": true,
}

// deniedClaimant reports a country adjective ending before token i that
// names the maker of a charge denied: "rejected British claims that it was
// behind the poisoning", "Rwanda rejects Congolese claims", "called the
// Philippine claims groundless". "accusations" and "allegations" name
// their maker everywhere (actorNouns); "claims" does only after a denial,
// for "Chinese claims in the sea" are a territory claimed.
func deniedClaimant(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "claims", "claim", "charges", "charge":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		if deniesCharge(toks[k].lower) {
			return true
		}
		if k >= 1 && (toks[k].lower == "the" || toks[k].lower == "these" || toks[k].lower == "those") && deniesCharge(toks[k-1].lower) {
			return true
		}
	}
	return false
}

// doerAct reports a country adjective ending before token i that names the
// doer of an act judged: "called the incident a Saudi act of aggression",
// "an American act of piracy". The adjective before "act of" is whose act
// it is.
func doerAct(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i].lower == "act" || toks[i].lower == "acts") && toks[i+1].lower == "of"
}

// deniesCharge reports a verb that denies or judges a charge.
func deniesCharge(w string) bool {
	return denialVerbs[w] || namingVerbs[w] // "called the Philippine claims groundless"
}
