package coder

import "strings"

// A visit, in PLOVER, is made by officials: leaders, ministers, envoys,
// delegations. News English writes the arrival of anyone or anything with
// the same verbs ("the pastor arrived at his home in Turkey", "a team of
// Chinese doctors landed in Rome", "the flight carrying the embassy staff
// landed in Dubai"); such an arrival is no visit between the countries
// its words name (fifth pass, precision).

// travellers are heads of a subject that is no official: people who
// travel on their own account, and the craft that carry them.
var travellers = map[string]bool{
	"pastor": true, "priest": true, "missionary": true, "doctors": true, "doctor": true, "medics": true,
	"nurses": true, "experts": true, "scientists": true, "flight": true, "flights": true, "plane": true,
	"planes": true, "aircraft": true, "airliner": true, "vessel": true, "tanker": true, "boat": true,
	"staff": true, "crew": true, "passengers": true, "tourists": true, "pilgrims": true, "fans": true,
	"students": true, "workers": true, "refugees": true, "migrants": true, "evacuees": true,
	"citizens": true, "nationals": true, "journalists": true, "reporters": true, "athletes": true,
	"supplies": true, "shipment": true, "cargo": true,
	// Seventeenth pass (stop 35): the singular of "nationals" ("a Russian
	// national ... arrived in Prague"), a craft's maker ("a Chinese Airbus
	// A330 landed"), a load of aid ("a batch of medical aid arrives") and
	// freed prisoners ("the prisoners headed to Lithuania").
	"national": true, "airbus": true, "aid": true, "prisoners": true,
	// Twenty-second pass (stop 40): rescuers sent abroad are aid (aid8.go).
	"rescuers": true,
	// Twenty-third pass (stop 41): firefighters sent abroad are aid.
	"firefighters": true,
	// Things that "head to" a court or a market (crowds15.go).
	"suits": true, "lawsuits": true, "goods": true, "exports": true,
	// Twenty-second pass (stop 40, CONSULT extras): a craft named by its
	// kind ("a Ryanair jet ... was forced to land in Minsk", "an Australian
	// navy ship arrived in Fiji") and people who travel on their own
	// account ("a Russian man who arrived in Prague", "human rights
	// organizations that went to Uruguay").
	"jet": true, "ship": true, "man": true, "woman": true, "men": true, "women": true,
	"suspect": true, "suspects": true, "businessman": true, "businesswoman": true,
	"organizations": true, "organisations": true, "activists": true, "campaigners": true,
	// Twenty-fifth pass (stop 43, CONSULT extras): volunteers and
	// engineers sent abroad are no delegation ("volunteers from Israel's
	// search-and-rescue group arrived in Mexico").
	"volunteers": true, "engineers": true,
	// Weapons sent to a state travel as loads, not as its guests ("American
	// Javelin missiles arrived in Kyiv", "authorizing Patriot missiles to
	// go to Ukraine"): their delivery is aid or a sale, told by its own words.
	"missiles": true, "missile": true, "drones": true, "tanks": true, "weapons": true,
	"howitzers": true, "munitions": true, "shells": true, "rockets": true,
	// Twenty-seventh pass (stop 45, CONSULT extras): a load named by its
	// kind or its lot ("a second batch of vaccines ... is expected to
	// arrive in Kathmandu", "the consignment arrived in Kabul") and agents
	// sent on a secret errand ("four Russian agents arrived in the
	// Netherlands"): no visit of a state's officials to the host.
	"vaccines": true, "vaccine": true, "doses": true, "assistance": true, "equipment": true,
	"batch": true, "batches": true, "consignment": true, "consignments": true, "shipments": true,
	"agents": true, "spies": true, "operatives": true,
	// Thirty-third pass (stop 51, contact): one reporter, tourist or
	// student on a journey of his own is no state's visit, as the plural
	// was not ("a Canadian reporter visited Kabul", "an American student
	// arrived in Pyongyang").
	"journalist": true, "reporter": true, "correspondent": true, "correspondents": true,
	"photographer": true, "photographers": true, "tourist": true, "student": true,
}

// collectives take their head from the noun after "of": "a team of
// doctors" is doctors; "a team" alone may be a delegation.
var collectives = map[string]bool{"team": true, "group": true, "party": true, "batch": true, "contingent": true,
	"dozens": true, "hundreds": true, "thousands": true, "scores": true, // "dozens of fans" (crowds15.go)
	// Twenty-third pass (stop 41): a weight is its load ("fifty tonnes of
	// medical supplies were flown to Libya"; aid21.go).
	"tonnes": true, "tons": true, "tonne": true, "ton": true}

// subjectEnders end the head noun phrase of a subject.
var subjectEnders = map[string]bool{
	"of": true, "at": true, "in": true, "from": true, "with": true, "on": true, "for": true, "who": true,
	"which": true, "that": true, "carrying": true, "bringing": true, "including": true,
	// A participle after the head opens its modifier ("a Russian national
	// using a diplomatic passport", "a team of six experts assisting
	// Serbia"): the noun before it is the head (seventeenth pass).
	"using": true, "holding": true, "assisting": true,
	// A craft's course after its head ("a Ryanair jet flying from Greece
	// to Lithuania", "aircraft traveling to or from Mali") is a modifier
	// too (twenty-second pass).
	"flying": true, "traveling": true, "travelling": true, "bound": true, "heading": true, "sailing": true,
	// A load's giver after its head ("a batch of vaccines donated by
	// India", "aid supplies dispatched by the Chinese government") is a
	// modifier too (twenty-seventh pass).
	"donated": true, "dispatched": true, "gifted": true, "shipped": true, "provided": true,
	// A load's destination after its head ("China's first batch of
	// earthquake relief assistance to Afghanistan arrives in Kabul") is a
	// modifier too (twenty-ninth pass, consult47.go).
	"to": true,
}

// verbChain are auxiliaries that end a subject before its verb.
var verbChain = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "also": true, "then": true, "just": true,
}

// isTravellerArrival reports a visit cue whose subject, before it in the
// clause, has a traveller as its head noun.
func isTravellerArrival(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	head, at := arrivalHeadAt(toks, cl, m)
	return travellers[head] || modelOfCraft(toks, head, at) || countedPerson(toks, at) || namedCraftArrival(toks, cl, m)
}

// arrivalVerb reports a visit cue told as a verb of the one who travels
// ("arrived in", "landed in"), not of a host or by a noun.
func arrivalVerb(m match) bool {
	return m.cue.Mode == "visit" && !m.cue.flags.host && !m.noun
}

// modelOfCraft reports a head that is a craft's model number after its
// maker's name ("an Airbus A330", "an Airbus A321"): the maker tells the
// craft (seventeenth pass).
func modelOfCraft(toks []token, head string, at int) bool {
	if at < 1 || !strings.ContainsAny(head, "0123456789") {
		return false
	}
	return travellers[toks[at-1].lower]
}

// arrivalHead is the head noun of the subject before a visit cue, after a
// collective ("a team of doctors": doctors).
func arrivalHead(toks []token, cl clause, m match) string {
	head, _ := arrivalHeadAt(toks, cl, m)
	return head
}

// arrivalHeadAt is arrivalHead with the token the head stands at (-1 when
// there is none).
func arrivalHeadAt(toks []token, cl clause, m match) (string, int) {
	start := subjectBeforeAppositive(toks, cl, subjectStart(toks, cl, m.start))
	head, at := "", -1
	for i := start; i < m.start; i++ {
		w := toks[i].lower
		if toks[i].punct && !digitComma(toks, i) || subjectEnders[w] || verbChain[w] || len(w) > 4 && w[len(w)-2:] == "ly" {
			if w == "of" && collectives[head] {
				head, at = "", -1
				continue
			}
			break
		}
		head, at = w, i
	}
	return head, at
}

// subjectStart is where the subject before token end begins: after the
// last punctuation, "said" or "that" of the clause before it.
func subjectStart(toks []token, cl clause, end int) int {
	for i := end - 1; i >= cl.start; i-- {
		if w := toks[i].lower; toks[i].punct && !digitComma(toks, i) || w == "said" || w == "says" || w == "that" {
			return i + 1
		}
	}
	return cl.start
}

// digitComma reports a comma that groups the digits of a number ("50,000").
func digitComma(toks []token, i int) bool {
	if toks[i].text != "," || i < 1 || i+1 >= len(toks) || toks[i-1].end != toks[i].start || toks[i+1].start != toks[i].end {
		return false
	}
	a, b := toks[i-1].text, toks[i+1].text
	return a != "" && b != "" && a[len(a)-1] >= '0' && a[len(a)-1] <= '9' && b[0] >= '0' && b[0] <= '9'
}
