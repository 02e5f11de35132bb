package coder

// Twenty-eighth pass (stop 46), the reader's pass on groups cl and cm: a
// legislature that asks its own government to act against another
// country tells the act as one to come. "Pakistan's parliament passed a
// resolution urging the government to recall its envoy from Paris", "the
// Senate asked the government to expel the ambassador". The call on a
// bare home institution is no request between states
// (asksHomeInstitution, request22.go), and the clause gave nothing; the
// act in its infinitive is the news, planned, by the legislature's
// country. A call by others on their government ("protesters urged the
// authorities to deport migrants") stays out: a crowd's wish is no step
// of its state.

// homeAskedAct returns the act cue in the infinitive a legislature named
// before the request asks its own government to take: the first
// non-request verb cue after "to" within the clause, up to eight words
// after the request cue.
func homeAskedAct(toks []token, cl clause, m match, matches []match) (match, bool) {
	if m.cue.Type != "REQUEST" || m.noun || !asksHomeInstitution(toks, m) {
		return match{}, false
	}
	body := false
	for i := cl.start; i < m.start; i++ {
		if houseWords[toks[i].lower] {
			body = true
			break
		}
	}
	if !body {
		return match{}, false
	}
	for _, am := range matches {
		if am.start <= m.end || am.start >= cl.end || am.start > m.end+8 || am.noun || am.cue.flags.speech ||
			am.cue.Type == "REQUEST" || am.cue.Type == "" || toks[am.start-1].lower != "to" {
			continue
		}
		return am, true
	}
	return match{}, false
}
