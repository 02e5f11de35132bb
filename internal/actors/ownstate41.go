package actors

// sharedOfficeStates are the states whose office titles English news of
// other states writes too: "the secretary of state" is a British minister
// in London's news and "the home secretary" is India's in Delhi's, so a
// bare "the" title of these states waits for a holder named on the page.
var sharedOfficeStates = map[string]bool{"USA": true, "GBR": true}

// ownStateTitle reports whether a bare "the" title names one state's office
// however the page is written: "the Taoiseach", "the chief cabinet
// secretary", "the IRGC commander" have one holder in the world, so when
// no holder was named before, the title alone is that state's (stop 41).
func (s *scan) ownStateTitle(tp titlePhrase) bool {
	return tp.t.country != "" && !tp.past && !sharedOfficeStates[tp.t.country]
}
