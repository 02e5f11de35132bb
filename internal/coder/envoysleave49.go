package coder

// Stop 49: a government that asks or demands that another's envoys leave
// expels them ("demanded that the Syrian diplomats leave the country
// within three days", "is asking the Libyan mission to leave", "asked
// that all diplomats from Eritrea leave"): the request is
// the expulsion, a SANCTION, as "ordered the envoy to leave" is
// (cues.tsv) and as the passive "diplomats have been asked to leave" is
// (expelledEnvoys).

// envoysToLeave reports a request cue followed, within its clause's next
// ten words, by an envoy noun and then "leave" within four words of it.
func envoysToLeave(toks []token, m match) bool {
	if m.cue.Type != "REQUEST" {
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+10; i++ {
		if toks[i].punct {
			return false
		}
		if !envoyNouns[toks[i].lower] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if toks[k].punct {
				return false
			}
			if toks[k].lower == "leave" {
				return true
			}
		}
		return false
	}
	return false
}
