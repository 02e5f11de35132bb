package coder

// Rules of the thirteenth pass (stop 31) on countries named in the cause
// of an act.
//
// News gives the cause of a hostile act after "over": "Germany expelled two
// Russian diplomats over the killing of a Georgian", "Washington warned New
// Delhi over its oil trade with Russia", "sanctions over its nuclear
// programme and stalled talks with the United States". Whoever that phrase
// names is what the act is about; the act's sides are named before it.

// overCause reports a mention at token at, after cue m, inside a phrase
// of cause opened by "over": from "over" to the next comma, semicolon or
// colon. "over" that says when ("over the weekend", "over the past year"),
// how much ("over 20 diplomats") or how ("over the phone"), and "over"
// as the particle of a verb ("handed over to Russia", "took over"), open
// no cause. An attack is left alone: "over Syria" is where it flew.
//
// A reaction's cause that opens with its doer names the one reacted to:
// "will appeal to the WTO over China's decision", "protested over the US
// move". That mention is no cause.
func overCause(toks []token, m match, at int, typ string) bool {
	if typ == "ASSAULT" {
		return false
	}
	cause, opened := false, -1
	for i := m.end; i < at && i < len(toks); i++ {
		w := toks[i].lower
		switch {
		case w == "," || w == ";" || w == ":":
			cause = false
		case w == "over" && !cause:
			cause = i > 0 && !overParticle[toks[i-1].lower] && !timeOrSetting(toks, i+1) && !quantityAfter(toks, i+1) && !pastSpan(toks, i+1)
			opened = i
		case !cause && feelingCause(toks, i):
			cause, opened = true, i+1 // ", angered by a deal between ..." (feelingcause50.go)
		}
	}
	if cause && responses[typ] && rightAfter(toks, opened, at) {
		return false // "over China's decision": China is reacted to
	}
	return cause
}

// overParticle are the verbs "over" completes rather than opens a phrase
// after: "handed over", "took over", "turned over", "flew over".
var overParticle = map[string]bool{
	"hand": true, "hands": true, "handed": true, "handing": true,
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"turn": true, "turns": true, "turned": true, "turning": true,
	"pass": true, "passed": true, "passing": true, "fly": true, "flew": true, "flown": true, "flying": true,
	"flights": true, "flight": true, "airspace": true, "won": true, "win": true, "all": true, "and": true, "or": true,
}

// quantityAfter reports a number or a word of quantity at i: "over 20",
// "over two dozen", "over a hundred", "over half".
func quantityAfter(toks []token, i int) bool {
	if i < len(toks) && toks[i].lower == "a" {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := toks[i].lower
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
		"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "half", "100":
		return true
	}
	return false
}

// pastSpan reports a span of time after "over": "over the past year",
// "over the last decade", "over the years", "over the coming weeks".
func pastSpan(toks []token, i int) bool {
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	if i >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "past", "last", "next", "coming", "years", "decades", "months", "weeks", "course", "summer", "winter",
		"holiday", "holidays", "years,":
		return true
	}
	return false
}
