package coder

// Nineteenth pass (stop 37, the bh/bi family): an accord a government
// will not renew or extend is one it leaves when it lapses. English news
// tells a withdrawal from a pact as often by the renewal refused ("his
// country will not renew its memorandum of understanding with China",
// "its decision not to extend the agreement") as by "withdraw" or
// "terminate"; the act is the party's retreat from the accord, not the
// rejection of someone's proposal, and never the agreement itself.

// renewalVerbs are the words of keeping an accord in force.
var renewalVerbs = map[string]bool{
	"renew": true, "renews": true, "renewed": true, "renewing": true,
	"extend": true, "extends": true, "extended": true, "extending": true,
}

// lapsedAccord reports whether the negated agreement cue m is an accord
// not renewed: a renewal verb within the five words before the agreement
// noun, with no punctuation between.
func lapsedAccord(toks []token, m match) bool {
	return m.cue.Type == "AGREE" && m.noun && wordShortlyBefore(toks, clause{}, m, 5, renewalVerbs)
}
