package coder

// Rules of the seventh pass (stop 25) on precision: events the coder
// built from words that tell no act between two states.

// oneStateWithBodies reports a meeting whose sides are one state at most
// and international bodies: "Turkey called an extraordinary meeting of
// NATO", "will confer with its EU and NATO partners", "ordered
// consultations with NATO, the United Nations". News tells so how a state
// takes a matter to the bodies it sits in; the meeting between states is
// told apart, with the other state named.
func oneStateWithBodies(parties []*party) bool {
	states, bodies := 0, 0
	for _, p := range parties {
		switch {
		case p.country != "":
			states++
		case p.igo:
			bodies++
		default:
			return false // a group or a company the catalog knows: not told this way
		}
	}
	return states < 2 && bodies > 0
}
