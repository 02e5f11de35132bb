package coder

// Twenty-seventh pass (stop 45): force between the police and a crowd at
// a foreign mission. Wire copy tells a protest at an embassy by what the
// host's police did to it: "Lebanese security forces fired tear gas at
// protesters near the U.S. Embassy", "Clashes broke out between hundreds
// of protesters and Pakistani police outside the Swedish embassy",
// "police clashed with demonstrators near the Israeli embassy". The force
// is a state's police keeping order at home, no attack between states; the
// act the clause reports is the crowd's protest at the mission's country.
// A clause without a mission keeps its attack ("police fired tear gas at
// protesters in Nairobi" tells no foreign side), as does force without a
// police noun ("troops fired on demonstrators near the embassy").

// policeNouns name a state's forces of order at home.
var policeNouns = map[string]bool{
	"police": true, "policemen": true, "police officers": true, "officers": true, "gendarmes": true,
	"gendarmerie": true, "riot": true,
}

// protestNouns name the crowd's gathering where no crowd noun does:
// "tried to disperse the protest".
var protestNouns = map[string]bool{
	"protest": true, "protests": true, "demonstration": true, "demonstrations": true, "rally": true,
	"rallies": true, "sit-in": true, "protesting": true,
}

// policedMissionCrowd makes the force of a state's police on a crowd at a
// foreign mission that crowd's protest: the clause names a mission, a
// crowd or its gathering, and the police or "security forces".
func policedMissionCrowd(toks []token, cl clause, typ string) string {
	if typ != "ASSAULT" || !namesMission(toks, cl) {
		return typ
	}
	crowd, police := false, false
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		w := toks[k].lower
		crowd = crowd || crowdNouns[w] || protestNouns[w]
		police = police || policeNouns[w] || w == "forces" && k > 0 && toks[k-1].lower == "security"
	}
	if crowd && police {
		return "PROTEST"
	}
	return typ
}

// namesPolice reports a country mention at i that heads the police or the
// security forces ("Pakistani police", "Lebanese security forces"): in a
// protest the police are the host's, on the protesting side's ground, never
// the state protested against.
func namesPolice(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		w := toks[k].lower
		if policeNouns[w] && w != "officers" || w == "forces" && toks[k-1].lower == "security" {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	return false
}
