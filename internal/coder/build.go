package coder

import (
	"strings"
	"time"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// symmetric types have no direction: every party is a participant.
var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// venueWords before a place make it the venue, not a party.
var venueWords = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "visiting": true}

// party is one side of an event as found in a clause.
type party struct {
	key     string // country code, or organisation name
	country string
	name    string // country name or organisation name
	title   string
	people  []actors.Mention
	role    event.Role
	igo     bool // an international body (NATO, the UN), no state
	at      int  // the token where the clause first names it
	private bool // every mention of it is a private person (visitors10.go)
}

// buildReport turns a coded clause into a report, or nil when it names no
// party the catalog knows (unless KeepActorless).
func (c *articleCoder) buildReport(s nlp.Sentence, toks []token, cl clause, m match, typ string, st event.Status, spans []span, speech []clause) *report {
	c.later = nil
	mode := m.cue.Mode
	if typ != m.cue.Type {
		mode = ""
	}
	var location *event.Location
	var parties []*party
	byKey := map[string]*party{}
	group := m.cue.flags.group
	passive := isPassive(toks, m) || aidGivenBy(toks, m) || requestedBy(toks, m)
	adjunctEnd := frontedAdjunct(toks, cl, m)
	venueEnd := -1
	namesMeeting := false                 // the location is a country before a noun of meeting
	threatVenue := false                  // the location is where a threatened act would land (threats8.go)
	gathering := false                    // the destination hosts a gathering of many states (gatherings8.go)
	toldFrom := toldActStart(toks, cl, m) // "the announcement of a Turkish offensive" (toldacts8.go)

	// "appeal against China's decision to slap tariffs": the decider on (decisions9.go).
	toldFrom = max(toldFrom, decidedActStart(toks, cl, m))
	toldFrom = max(toldFrom, reportedActStart(toks, cl, m)) // "described reports that Russian vessels rammed": the describer tells (reported15.go)
	// third holds the parties named only as witnesses or mediators (sides5.go).
	var third map[string]bool
	// cause holds the parties named only in the cause of the act (causes13.go).
	var cause map[string]bool
	// charged holds the parties named only in a private person's charge (suspect50.go).
	var charged map[string]bool
	for _, sp := range spans {
		if sp.start < cl.start || sp.start >= cl.end {
			continue
		}
		mm := sp.m
		mm.Country = dualSide(toks, mm, spans, cl, sp) // "Iran detained a British-Iranian woman" (dual10.go)
		if sp.start < toldFrom {
			continue // the teller of the act, no side of it
		}
		if sp.start < adjunctEnd && !venueWords[prevWord(toks, sp.start, cl.start)] {
			continue // "Faced with China's buildup, Japan ...": the scene
		}
		if mm.Group {
			group = true
			continue
		}
		if mm.Kind == actors.Organisation && mm.Country == "" && orgBeforeNoun(toks, sp) {
			continue // "a NATO member", "World Trade Organization rules": no party (orgnouns13.go)
		}
		if airlineOffDuty(toks, m, sp, typ) {
			continue // "a leaked Qatar Airways memo showed": the airline flies for its state only in a measure on flights (measures50.go)
		}
		inSpeech := inRanges(sp.start, speech)
		announcer := inSpeech && passive && announcedAgentless(toks, cl, m, sp, typ) // "announced that Brazilian goods will be subject to tariffs" (trade9.go)
		ownHarm := inSpeech && ownHarmSpeaker(toks, speech, m, sp, spans, typ)       // "Ukraine said Russia attacked its grid" (assault21.go)
		if inSpeech && !pronounSubject(toks, speech, m) && !subjectAfterFronted(toks, cl, m, sp) && !c.speakerActs && !c.speakerSetting && !meetingOfSpeech(toks, cl, m, sp) && !announcer && !ownHarm {
			continue // the speaker, not a party
		}
		if mm.Kind == actors.Country && !sp.inherited && c.isAdjective(mm) && !c.namedAsNoun(toks, sp) && !headsActor(toks, sp.end, spans) &&
			!namedPeople(toks, sp, m) && // "described the Swiss as hypocrites": the people named (summons50.go)
			!(responses[typ] && attackNouns[nextWord(toks, sp.end)]) && // "condemned the Iranian attack": Iran is accused
			!(responses[typ] && sp.start >= m.end && sp.start <= m.end+2 && decisionNouns[nextWord(toks, sp.end)]) && // "criticised the US policy shift" (reactions.go)
			!refusedThing(toks, sp, m, typ) && // "rejected the Indian claims": India's claims are refused (refused20.go)
			!ownedProposal(toks, sp, m, typ) && // "welcomed the American decision": the US decided (cooperate21.go)
			!boycottedHost(toks, sp, m, typ) && // "boycotted the US-led conference": the US holds it (cooperate21.go)
			!refusedInsideCue(toks, sp, m, typ) && // "declined French offers": France offered (reject22.go)
			!authoredDraft(toks, sp, m, typ) && // "vetoed a British-drafted resolution": Britain drafted it (reject22.go)
			!refusedDespite(toks, sp, m, typ) && // "refused despite Chinese pressure": China pressed (reject43.go)
			!(typ == "ACCUSE" && predicateCue(toks, m) && sp.end < m.start && decisionNouns[nextWord(toks, sp.end)]) && // "said the Russian action was unacceptable" (judged8.go)
			!(typ == "ASSAULT" && firedBy(toks, sp)) && // "in an Israeli air strike": Israel attacked (assault21.go)
			!harmedEconomy(toks, sp, typ) && // "threatened to obliterate the Turkish economy" (sides5.go)
			!goodsOrigin(toks, sp, m, typ) && // "raised tariffs on Chinese goods": China is sanctioned (trade8.go)
			!aidGiverAdjective(toks, sp, typ) && // "the Chinese medical team arrived": China gives (aid20.go)
			!aidGiverAcrossAnd(toks, sp, typ) && // "a Turkish search and rescue team arrived" (aid45.go)
			!aidToPlaceAdjective(toks, m, sp, typ) && // "sent aid to the Lebanese capital": Lebanon receives (aid47b.go)
			!visitToPlaceAdjective(toks, m, sp, typ) && // "arrived in the Malian capital": Mali hosts (contact51.go)
			!protestingCrowd(toks, sp, m, typ) && // "Pakistani lawyers protested": Pakistan protests (protests20.go)
			!antiDemonym(toks, sp, typ) && // "anti-American protests": the US is protested against (protests20.go)
			!boycottedGoods(toks, sp, m, typ) && // "boycotted Japanese goods": Japan is protested against (protests20.go)
			!protestedDecision(toks, sp, m, typ) && // "rallied against the US decision" (protests20.go)
			!protestedAct(toks, sp, m, typ) && // "protested against Russian interference" (protest22.go)
			!protestedReach(toks, sp, m, typ) && // "protesting against Chinese investments" (protest47.go)
			!threatenedGoods(toks, sp, m, typ) && // "threatened to boycott Australian wine" (protest22.go)
			!protestedProperty(toks, sp, m, typ) && // "rioters torched Chinese factories" (protest22.go)
			!hitPlace(toks, m, sp, typ) && // "shelled Ukrainian villages": Ukraine is hit (force20.go)
			!struckBorderPlace(toks, m, sp, typ) && // "shelled Indian border posts": India is hit (assault21.go)
			!coercedPerson(toks, sp, typ) && // "arrested 20 Kenyan traders": Kenya's people are held (force20.go)
			!jailAdjective(toks, sp, m, typ) && // "freed from a Russian prison": Russia held him (coerce23.go)
			!mobilizedToward(toks, m, sp, typ) && // "massed troops on the Ukrainian border": Ukraine is faced (force20.go)
			!withdrawnFromBorder(toks, m, sp, typ) && // "pulled troops back from the Ukrainian border" (mobilize22.go)
			!leftPlace(toks, m, sp, typ) && // "left the Yemeni port of Aden": Yemen is left (mobilize23.go)
			!(m.noun && sp.end == m.start) { // "announced the US withdrawal": the US withdraws
			continue // "Russian aggression", "Japanese citizens": not a party
		}
		if isDateline(toks, sp) && !(c.speakerActs && colonSpeakerEnd(toks, spans) == sp.end+1) { // "Poland: Belarus is responsible": the speaker (colonspeaker45.go)
			c.noteFiledFrom(mm)
			continue // "TOKYO (Reuters) –": where the story was filed
		}
		if symmetric[typ] && sp.start >= m.end && (inTopic(toks, m, sp.start) || isPossessiveTopic(toks, sp, m) || agreeThat(toks, m) || discussedTopic(toks, m, spans)) {
			continue // what they talk or agree about, not who does
		}
		if responses[typ] && (sp.start >= m.end && (afterAttackNoun(toks, m, sp.start) && !ownStrikeThreatened(toks, m, sp.start, typ) || victimPhrase(toks, sp)) || victimInsideCue(toks, m, sp.start) || typ == "ACCUSE" && (judgedVictim(toks, m, sp) || judgedSufferer(toks, m, sp) || relationsPair(toks, sp) || spiedOn(toks, sp))) { // judged46.go
			continue // "condemned the attack on Hamas leaders": the victims, not the accused
		}
		if sp.start >= m.end && (aboutTopic(toks, m, sp.start) || amidScene(toks, m, sp.start)) {
			continue // "files about the wars in Iraq": a topic, not a party
		}
		if conflictTopic(toks, sp, m, typ) && !ownedProposal(toks, sp, m, typ) && !refusedThing(toks, sp, m, typ) && !threatenedConflict(toks, sp, m, typ) || backedBy(toks, sp) && !boycottedHost(toks, sp, m, typ) && !authoredDraft(toks, sp, m, typ) {
			continue // "discussed the war in Ukraine", "Iran-backed militias"
		}
		if homeOfInsurgency(toks, sp, spans) {
			continue // "to help fight Nigeria's Boko Haram insurgents": the group's home (insurgents47.go)
		}
		if switchedFrom(toks, m, sp, typ) {
			continue // "switched recognition from Taipei to Beijing": Taiwan is left (read22.go)
		}
		if inApposition(toks, spans, sp) || inRoleApposition(toks, spans, sp) {
			continue // "from Qatar, a mediator that hosts Hamas's bureau": who Qatar is
		}
		toward := mobilizedToward(toks, m, sp, typ)              // "massed troops on the border with Ukraine" (force20.go)
		toward = toward || reopenedBorderWith(toks, m, sp, typ)  // "reopened its border with Armenia" (concede20.go)
		toward = toward || withdrawnFromBorder(toks, m, sp, typ) // "pulled its troops from the border of Djibouti" (mobilize22.go)
		toward = toward || stationedIn(toks, m, sp, typ)         // "stationed a brigade in Lithuania" (mobilize22.go)
		toward = toward || withdrawnFromIn(toks, m, sp, typ)     // "withdrew some of its troops in Yemen" (mobilize23.go)
		toward = toward || leftPlace(toks, m, sp, typ)           // "left the Yemeni port of Aden" (mobilize23.go)
		if placeModifier(toks, sp) && !toward && !struckBorderPlace(toks, m, sp, typ) {
			continue // "visited the U.S.-Mexico border": a place, not a country
		}
		before := wordBeforePlace(toks, sp.start, cl.start)
		if before == "of" && placeNounBefore(toks, sp.start, cl.start) {
			before = "in" // "in the port city of Tianjin": the venue
		}
		if before == "," && placeNounBefore(toks, sp.start, cl.start) {
			before = "in" // "in the Kyrgyz capital, Bishkek": the venue named in apposition (places45.go)
		}
		if crowdVenue(toks, sp, before, typ) {
			before = "in" // "took to the streets of Athens", "protests erupted across Iraq" (protests20.go)
		}
		if struckPlace(toks, m, sp, typ, passive) {
			before = "in" // "shelled Gaza", "struck the port of Odesa": where the attack lands (assault21.go)
		}
		isVenue := venueWords[before] && !mm.Metonym && nextWord(toks, sp.end) != "time" && // not "in Washington time"
			!(mm.Kind == actors.Country && c.isAdjective(mm) && headsActor(toks, sp.end, spans)) // "at the U.S. Al Udeid Air Base": the base's owner
		if isVenue && guestNotVenue(toks, sp, cl.start, before, mm) {
			isVenue = false // "met with visiting Pakistani Prime Minister Shehbaz Sharif": the guest (official19.go)
		}
		if isVenue && before == "at" && (aimedAt(toks, m, sp) || threatAimedAt(toks, m, sp)) {
			isVenue = false // "lashed out at China": the one charged (accuse17.go); "vowed to hit back at Washington" (threat47.go)
		}
		if isVenue && before == "at" && refusedAt(toks, m, sp) {
			isVenue = false // "balked at Ukraine's request": the one refused (reject22.go)
		}
		if isVenue && before == "at" && protestedAt(toks, sp, mm.Kind == actors.Country) {
			isVenue = false // "walked out in protest at Qatar's speech": what is protested (protest22.go)
		}
		if isVenue && toward {
			isVenue = false // "sent warships near the Philippines": the side faced
		}
		if isVenue && mm.Kind == actors.Country && protestedPlace(toks, m, sp, typ, mm.Country, crowdCountry(location, parties)) {
			isVenue = false // "rallied in Kuala Lumpur against the persecution of Rohingya in Myanmar" (protest45.go)
		}
		if isVenue && typ == "PROTEST" && isMission(mm) {
			isVenue = false // "rallied outside the Russian embassy": the embassy stands for its country
		}
		if (before == "and" || before == ",") && venueEnd > 0 && sp.start-1 == venueEnd && !mm.Metonym && !closesFronted(sp, adjunctEnd, mm, location) { // status21.go
			isVenue = true // "bases in Qatar and Iraq": the list goes on naming places
		}
		if isVenue {
			venueEnd = sp.end
		}
		isDest := m.cue.flags.dest && sp.start >= m.end && sp.start <= m.end+2 && !inVisitorOf(toks, m, sp.start)
		isDest = isDest || visitedAfterOf(toks, m, sp.start)          // "the visit of X to Y": X visits, Y is where (visitof18.go)
		isDest = isDest || seatHostsPassive(toks, cl, m, sp, passive) // "was received at the Kremlin": Russia hosts (visit23.go)
		hostsGathering := typ == "CONSULT" && gatheringHost(toks, cl, sp)
		if hostsGathering {
			gathering = true // "his visit to Canada to attend a G7 summit": where, not whom (gatherings8.go)
			isDest = true
		}
		if (isVenue || isDest && location == nil) && !placeOfOtherAct(toks, cl, m, sp) { // otherplace13.go
			// The venue, or a visit's destination; a place named for
			// another reason ("for Indo-Pacific affairs") is neither.
			if location == nil {
				// "signed at North Korea summit": a country before a noun
				// of meeting names who meets (checked below), not where.
				namesMeeting = mm.Kind == actors.Country && meetingNouns[nextWord(toks, sp.end)]
				threatVenue = isVenue && threatenedPlace(toks, m, sp, typ)
				location = &event.Location{Name: mm.Name, Country: strPtr(mm.Country)}
				if w, ok := c.cat.Locate(mm.Name, mm.Country); ok {
					location.Lat, location.Lon = &w.Lat, &w.Lon
					if w.GeoNamesID != 0 {
						location.GeoNamesID = &w.GeoNamesID
					}
				}
			}
		}
		if hostsGathering {
			continue
		}
		if (mm.Kind == actors.Place && !mm.Metonym || isVenue) && !addressedPlace(toks, m, sp) && !aidReceiverPlace(toks, m, sp, typ) && !aidToAffectedIn(toks, m, sp, typ) && !aidWorkPlace(toks, m, sp, typ) {
			if !isDest || mm.Country == "" {
				continue
			}
		}
		key := mm.Country
		if key == "" {
			if mm.Kind != actors.Organisation || mm.Name == "" {
				continue
			}
			key = mm.Name
		}
		cause = namedOnly(cause, key, sp.start >= m.end && (overCause(toks, m, sp.start, typ) || protestCause(toks, m, sp.start)), byKey[key] != nil)
		charged = namedOnly(charged, key, inSuspectCharge(toks, m, sp.start), byKey[key] != nil)
		third = namedOnly(third, key, inThirdPartyPhrase(toks, sp.start, cl.start), byKey[key] != nil)
		p := byKey[key]
		if p == nil {
			p = &party{key: key, country: mm.Country, role: roleOf(typ, m, sp.start, passive, toks), igo: mm.Country == "" && mm.Sector == "IGO", at: sp.start}
			if announcer {
				p.role = event.RoleSource
			}
			if c.speakerActs {
				p.role = event.RoleTarget
				if inSpeech && (sp.start < speechVerbAt(toks, cl, m) || sp.start >= m.end) {
					// The speaker charges or asks, named before the words
					// or after them ("..., the minister said").
					p.role = event.RoleSource
				}
				if harmVictim(toks, m, sp, inSpeech) {
					p.role = event.RoleSource // "was behind a cyber attack against the Danish parliament": the one harmed charges (behind17.go)
				}
			}
			if ownHarm {
				p.role = event.RoleTarget // the teller of an attack on its own (assault21.go)
			}
			if typ == "ASSAULT" && c.isAdjective(mm) && firedBy(toks, sp) || m.noun && sp.end == m.start && c.isAdjective(mm) {
				p.role = event.RoleSource // "killed in a US drone strike", "the US withdrawal": the adjective's country acts
			}
			if typ == "MOBILIZE" && passive && sp.end <= m.start && namesMovedForces(toks, sp, c.isAdjective(mm)) {
				p.role = event.RoleSource // "Moroccan troops were deployed to the Algerian border": the adjective's country moves them (mobilize44.go)
			}
			if typ == "MOBILIZE" && forcesOwner(toks, m, sp) {
				p.role = event.RoleSource // "Troops from Senegal entered Gambia" (mobilize45.go)
			}
			if antiDemonym(toks, sp, typ) {
				p.role = event.RoleTarget // "an anti-Chinese rally in Bishkek": China is protested against (protest22.go)
			}
			if mm.Country != "" {
				p.name = c.countryName(mm.Country)
			} else {
				p.name = mm.Name
			}
			byKey[key] = p
			parties = append(parties, p)
		}
		p.private = (privatePerson(mm) || c.formerHolder(toks, sp)) && (p.private || len(p.people) == 0 && p.title == "" && p.at == sp.start) // consult23.go
		if mm.Kind == actors.Person && mm.Name != "" {
			p.people = append(p.people, mm)
		} else if mm.Title != "" && p.title == "" {
			p.title = mm.Title
		}
	}
	if location == nil {
		location, parties = c.hereAtDateline(typ, toks, m, parties) // "who arrived here Sunday night" (here12.go)
	}
	if here := c.protestHere(typ, toks, cl); here != nil {
		location = here // "a rally in front of the embassy of Myanmar, here, ... the minority in Myanmar" (here43.go)
	}
	if namesMeeting && location.Country != nil && byKey[*location.Country] != nil {
		location = nil // the country is a party the clause names: "the North Korea summit" is the summit with it
	}
	parties = dropThirdParties(typ, parties, third)
	parties = dropNamed(parties, cause)                          // the cause's parties, when two sides remain: "expelled two Russian diplomats over the killing of a Georgian" (causes13.go)
	parties = dropCharged(parties, charged)                      // "a Peruvian woman accused of killing a Chilean tourist was freed" (suspect50.go)
	parties = oneObject(typ, toks, m, spans, parties)            // "a warning to Putin: sign a ceasefire with Ukraine" (targets11.go)
	parties = doerNamedAfter(typ, toks, m, parties)              // "approved a request from the US": the US asks (doer12.go)
	parties = c.hostSummons(toks, m, spans, cl, parties)         // "China's ambassador to the Czech Republic was summoned": the Czechs summon (summons17.go)
	parties, later := c.oneMeeting(typ, toks, m, spans, parties) // "is to meet Moon in April and hold a summit with Trump" (meetings12.go)
	if typ == "CONSULT" {
		parties = dropPrivateVisitors(parties) // "Warmbier had entered Pyongyang" (visitors10.go)
	}
	parties = c.sideFromPlace(typ, parties, location)
	parties = c.struckMissionHost(typ, toks, m, parties, location)     // "Thai consulate attacked in Istanbul": a crowd in Turkey (headline47.go)
	parties = c.releasedFromCaptivity(typ, toks, m, parties, location) // "released from detention in North Korea" (coerce23.go)
	parties = c.releasedWhereHeld(typ, toks, m, parties, location)     // "a tourist held in Iran was freed" (release47.go)
	parties = c.targetFromPlace(typ, parties, location)
	parties = c.missionHostTarget(typ, toks, m, parties, location)  // "closed its embassy in Tehran": Iran (sanction21.go)
	parties = c.expellerFromPlace(typ, toks, m, spans, parties)     // "diplomats were expelled from Moscow": Russia expels (sanction21.go)
	parties = c.summonsHostPlace(toks, m, spans, parties, location) // "was summoned to the Foreign Ministry in Warsaw": Poland summons (sanction21.go)
	parties = c.summonerMinistry(toks, m, spans, parties)           // "was summoned to the Argentine foreign ministry": Argentina summons (summons50.go)
	noteRecipients(toks, m, parties)                                // "handed the Russian envoy a protest note": Russia is protested to (summons50.go)
	parties = c.activeSummonsHost(toks, m, spans, parties)          // "the foreign ministry summoned Peru's ambassador to Chile": Chile summons (summons50.go)
	parties = c.noteSender(toks, m, spans, parties, location)       // "was handed a protest note in Riga": Latvia protests (summons50.go)
	parties = c.recalledFromPost(toks, m, spans, cl, parties)       // "Brazil's ambassador to Israel was recalled": Israel (sanction21.go)
	parties = c.hostExpels(typ, toks, m, spans, cl, parties)        // "diplomats of the Russian Embassy to Moldova were expelled": Moldova (sanction45.go)
	parties = c.speakerExpels(typ, toks, m, spans, parties)         // "They were declared persona non grata, the Latvian ministry said" (expelspeaker51.go)
	parties = c.treatyLeftParties(typ, toks, cl, m, parties)        // "withdrew from the INF Treaty": Russia is left (treaty43.go)
	if threatVenue {
		// "threatened a military intervention in Venezuela": where the
		// threatened act would land is the one threatened (threats8.go).
		parties = c.placeAsTarget(parties, location)
	}
	if !gathering {
		parties = c.hostOfTrip(typ, toks, cl, m, parties, location)
	}
	if stopsOnly(typ, m, parties) && !c.keepActorless {
		return nil // "to visit Uganda and South Africa": the stops of a traveller not named (itinerary16.go)
	}
	if typ == "CONSULT" {
		if m2 := modeInCue(toks, m); m2 != "" {
			mode = m2 // "have a phone meeting", "hold video talks"
		}
		if group && (mode == "meet" || mode == "") && !sidelines(toks, cl) && !hasWord(toks, cl, "bilateral") {
			// A meeting of a group; one held on its sidelines is
			// between the parties named.
			mode = "multilateral"
		}
		if len(parties) >= 3 && (mode == "" || mode == "meet" && multilateralWord(toks, cl)) {
			mode = "multilateral" // "met ... for their first trilateral meeting"
		}
		if len(parties) < 2 && !c.keepActorless {
			return nil // a meeting needs two sides the text names
		}
		if oneStateWithBodies(parties) && !c.keepActorless {
			return nil // "called an extraordinary meeting of NATO": a member in its own bodies (precision7.go)
		}
	}
	if len(parties) == 0 && !c.keepActorless {
		return nil
	}
	if (typ == "AGREE" || typ == "COOPERATE") && len(parties) < 2 && !c.keepActorless {
		return nil // agreeing and cooperating take two sides
	}
	c.nameOfficeHolders(toks, cl, spans, parties)
	c.nameOfficeHolders(toks, cl, spans, later)
	if typ == "CONSULT" {
		parties = twoLeaders(mode, m, parties) // meetings8.go
	}
	acts, standIns := actorsOf(parties)
	ev := event.Event{
		Type:     typ,
		Mode:     mode,
		Status:   st,
		Location: location,
		Actors:   acts,
		Topics:   topicsOf(s.Text, toks, cl, m), // topics20.go
		Evidence: []event.Evidence{{
			Source: c.a.Source,
			Text:   s.Text,
			Start:  s.Start,
			End:    s.End,
		}},
	}
	r := &report{ev: ev, noun: m.noun, parties: len(parties), sent: s.Start, sentIdx: c.curSent, standIns: standIns,
		anaphor: pointsBack(toks, cl, m), inPerson: inPerson(toks, m, mode, location), earlier: pluperfect(toks, m)}
	if !m.noun {
		r.verb = toks[m.head].lower
	}
	r.repeat = repeatedAct(toks, cl)     // plans15.go
	r.cameAfter = cameDaysAfter(toks, m) // discourse21.go
	c.dateReport(r, s, toks, cl, m, speech)
	if r.ev.Date == nil && c.hasRef && r.ev.Status == event.Occurred && (underWay(toks, cl) || onTripNow(toks, cl, m)) {
		// "The meeting has begun", "talks are under way": today.
		r.ev.Date = dateOf(timex.Value{Start: c.ref, End: c.ref, Grain: timex.GrainDay}, false)
		r.dated = true
	}
	if r.noun && r.ev.Status == event.Unknown && !r.dated {
		return nil // a bare noun with no tense and no date reports nothing datable
	}
	c.later = laterMeetings(r, toks, m, parties, later)
	return r
}

// placeNounBefore reports "in the (northern) (port) city of" before token
// i: the name after it is the place itself.
func placeNounBefore(toks []token, i, lo int) bool {
	if i < 2 || !settlementNouns[toks[i-2].lower] && !partNouns[toks[i-2].lower] {
		return false
	}
	for k := i - 3; k >= lo && k >= i-6; k-- {
		if venueWords[toks[k].lower] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

var settlementNouns = map[string]bool{
	"city": true, "town": true, "capital": true, "port": true, "village": true, "province": true, "region": true,
	"state": true, "island": true, "resort": true,
}

// isMission reports an embassy or consulate of a country.
func isMission(m actors.Mention) bool {
	if m.Kind != actors.Organisation || m.Country == "" {
		return false
	}
	n := strings.ToLower(m.Name)
	// A Commonwealth state's mission in another is its high commission
	// ("outside the Indian High Commission in Islamabad").
	return strings.Contains(n, "embassy") || strings.Contains(n, "consulate") || strings.Contains(n, "high commission")
}

// inPerson reports a meeting the text places in one room: a visit, the
// verb "meet", or a venue.
func inPerson(toks []token, m match, mode string, loc *event.Location) bool {
	if mode == "phone" || mode == "virtual" {
		return false
	}
	switch toks[m.start].lower {
	case "met", "meet", "meets", "meeting":
		if !m.noun {
			return true
		}
	}
	return mode == "visit" || loc != nil
}

// modeInCue reads the mode of a meeting from the words of its cue.
func modeInCue(toks []token, m match) string {
	for i := m.start; i < m.end; i++ {
		if mode := modeWord(toks[i].lower); mode != "" {
			return mode // "have a phone meeting", "hold three-way talks"
		}
	}
	return ""
}

// modeWord is the mode a word gives a meeting, or "".
func modeWord(w string) string {
	switch w {
	case "phone", "telephone", "phoned", "telephoned", "telephonic":
		return "phone"
	case "video", "virtual", "online", "videoconference":
		return "virtual"
	case "three-way", "trilateral", "multilateral", "quadrilateral", "four-way", "three-nation", "regional":
		return "multilateral"
	}
	return ""
}

// multilateralWord reports a word in the clause that makes a meeting of
// three or more sides one meeting of them all.
func multilateralWord(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end; i++ {
		if modeWord(toks[i].lower) == "multilateral" {
			return true
		}
	}
	return false
}

// sidelines reports a clause about a meeting on the sidelines or margins of
// a larger one.
func sidelines(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end; i++ {
		if toks[i].lower == "sidelines" || toks[i].lower == "margins" || toks[i].lower == "sideline" {
			return true
		}
	}
	return false
}

// actorNouns after a country adjective make it a party: "Japanese
// officials", "the Russian side".
var actorNouns = map[string]bool{
	"officials": true, "official": true, "government": true, "governments": true, "leader": true, "leaders": true, "minister": true,
	"ministers": true, "counterpart": true, "counterparts": true, "troops": true, "forces": true, "side": true,
	"sides": true, "president": true, "delegation": true, "diplomats": true, "diplomat": true, "authorities": true,
	"army": true, "navy": true, "military": true, "police": true, "services": true, "envoy": true, "ambassador": true, "negotiators": true,
	"premier": true, "foreign": true, "defence": true, "defense": true, "prime": true, "embassy": true, "ministry": true,
	"warships": true, "navies": true, "armies": true, "jets": true, "bombers": true, "soldiers": true, "rebels": true, "president's": true, "state": true, "administration": true,
	"presidents": true, "premiers": true, "leadership": true, "chiefs": true, "heads": true, "envoys": true, "delegations": true,
	"spies": true, "spy": true, "agents": true, "operatives": true, "hackers": true, "espionage": true,
	// A country's politicians stand for it as its lawmakers do: "the
	// Kremlin blamed radical Georgian politicians for the unrest"
	// (twenty-seventh pass, vocabulary; the actor table has them).
	"politicians": true, "lawmakers": true, "negotiator": true, "commanders": true, "generals": true, "spokesman": true, "spokeswoman": true,
	"secretary": true, "secretaries": true, "chancellor": true, "king": true, "emir": true, "crown": true, "national": true,
	// A state's envoys under their other ranks (twenty-second pass): the
	// consul, a Commonwealth state's high commissioner and the attaché are
	// expelled and summoned as its ambassador is ("expelled the Tajik
	// consul", "summoned the Indian high commissioner").
	"consul": true, "consuls": true, "commissioner": true, "attache": true, "attaché": true,
	// Those who talk for a state under the other names news gives them
	// (twenty-fourth pass, vocabulary): "Egyptian mediators met Israeli
	// officials", "Russian and Ukrainian delegates met", "Palestinian and
	// Israeli representatives", "Iranian emissaries", "North Korean and US
	// interlocutors".
	"mediators": true, "mediator": true, "delegates": true, "delegate": true, "representatives": true,
	"representative": true, "emissaries": true, "emissary": true, "interlocutors": true,
	// A country's proposals stand for the country: "rejected a Russian offer".
	"offer": true, "proposal": true, "proposals": true, "request": true, "bid": true, "invitation": true,
	"initiative": true, "ultimatum": true, "demands": true,
	// So do its charges: "dismissed the Czech accusations as groundless"
	// (a denial answers the country whose charge it names).
	"accusations": true, "accusation": true, "allegations": true, "allegation": true,
	// What a country owns or sends stands for it on the side acted upon or
	// acting: "sanctions on Russian banks", "Iranian missiles struck",
	// "stormed the Saudi consulate", "Iraqi protesters".
	"banks": true, "bank": true, "firms": true, "companies": true, "oligarchs": true, "ships": true,
	"vessels": true, "tankers": true, "consulate": true, "mission": true, "warplanes": true,
	"drones": true, "missiles": true, "militia": true, "militias": true, "fighters": true, "mercenaries": true,
	"protesters": true, "protestors": true, "demonstrators": true, "mourners": true, "students": true,
	"nationals": true, "hostages": true, "prisoners": true, "detainees": true, "airspace": true,
	"facility": true, "facilities": true, "base": true, "bases": true, "installations": true, "sites": true,
	"positions": true, "refinery": true, "refineries": true, "refiners": true, "entities": true, "individuals": true, "territory": true, "warplane": true, "jet": true, "plane": true, "planes": true,
	"aircraft": true, "drone": true, "ship": true, "vessel": true, "tanker": true, "boat": true, "boats": true,
	// A fishing boat named with its country is that country's, as its ships
	// are: "fired on the Chinese trawler" (seventeenth pass, vocabulary).
	"trawler": true, "trawlers": true,
	"airbase": true, "airbases": true, "outpost": true, "convoy": true, "targets": true,
	// A country's airliner is its own, as its ships are: "shot down a
	// Ukrainian jetliner" (people9.go).
	"airliner": true, "airliners": true, "jetliner": true, "jetliners": true,
	// A country's weapon or warship stands for it in the singular as its
	// drones and missiles do: "shot down by an Iranian missile", "killed by
	// a Russian helicopter", "struck by a Turkish warship" (nineteenth
	// pass, vocabulary; "shells" left out: "where the North Korean shells
	// landed" is no party to an evacuation).
	"missile": true, "rocket": true, "rockets": true,
	"warship": true, "frigate": true, "frigates": true, "destroyer": true, "destroyers": true,
	"submarine": true, "submarines": true, "helicopter": true, "helicopters": true,
	"gunboat": true, "gunboats": true, "artillery": true, "defences": true, "defenses": true,
	// A country's tanks move and fire for it as its warships do: "Chadian
	// tanks headed towards Cameroon" (twenty-ninth pass, vocabulary).
	"tanks": true, "tank": true,
	// A junta rules its country as a government does: "the Malian
	// junta expelled the head of the UN mission" (twenty-sixth pass).
	"junta": true, "juntas": true,
	// A state's regulator acts for it ("the Russian aviation watchdog
	// banned Georgian carriers") (twenty-sixth pass).
	"watchdog": true, "regulator": true, "regulators": true, "carriers": true,
	// So do its airlines and their flights, banned, suspended or let back
	// ("lifted restrictions on Ukrainian airlines", "banned Qatari
	// flights"; thirty-second pass, measures50.go).
	"carrier": true, "airline": true, "airlines": true, "flights": true,
	"gang": true, "gangs": true, "cartel": true, "cartels": true, "smugglers": true, "traffickers": true,
	// A state's court acts for it, and a foreigner it holds or frees
	// stands for his country: "a Turkish court released an American pastor".
	"court": true, "courts": true, "judge": true, "pastor": true, "missionary": true, "journalist": true,
	"journalists": true, "citizen": true, "citizens": true, "tourist": true, "tourists": true, "sailors": true,
	// Armed bodies named with the country: "the Iranian Revolutionary Guard", "Venezuelan marines".
	"guard": true, "guards": true, "corps": true, "marines": true, "commandos": true, "coastguard": true,
	// A coalition a country leads acts for it ("the Saudi-led coalition"),
	// and people an act falls on stand for their country ("a bus carrying
	// Yemeni children", "an American student") (eventnouns.go).
	"coalition": true, "children": true, "civilians": true, "student": true, "detainee": true,
	// A country's officer or soldier held or sent away stands for it as its
	// citizens do: "detained an Estonian officer", "arrested alongside two
	// Malian officers" (twenty-first pass, vocabulary).
	"officer": true, "officers": true, "soldier": true,
	// A country's policeman fires for it as its police do: "an Egyptian
	// policeman shot dead" (twenty-third pass, stop 41, vocabulary).
	"policeman": true,
	// A country's charges and strikes stand for it on the border of two
	// types, where the act named is answered: "dismissed the British
	// charges as absurd" (a rejection of Britain), "condemned the Turkish
	// air strikes" (a charge against Turkey) (twenty-first pass, stop 39).
	"charges": true, "strikes": true, "airstrikes": true, "incursion": true, "incursions": true,
	// a country's lorries stand for it ("threatened to seize Lithuanian trucks"; stop 46)
	"truck": true, "trucks": true, "lorry": true, "lorries": true,
}

// isAdjective reports a country mention written as its adjective or
// demonym ("Japanese") rather than its name.
func (c *articleCoder) isAdjective(m actors.Mention) bool {
	info, ok := c.cat.Country(m.Country)
	if !ok {
		return false
	}
	for _, a := range info.Adjectives {
		if strings.EqualFold(a, m.Text) {
			return true
		}
	}
	return false
}

// namedAsNoun reports a form that is both a country's name and its
// adjective used as the name: the country's own name ("Myanmar", "Kuwait")
// or, after "the", an alias ("the UK will expel"); not before a noun it
// qualifies ("the UK economy" — which headsActor decides).
// functionWords follow a noun phrase and start no noun of their own.
var functionWords = map[string]bool{
	"after": true, "before": true, "in": true, "on": true, "at": true, "from": true, "to": true, "and": true,
	"or": true, "who": true, "were": true, "was": true, "are": true, "had": true, "have": true, "with": true,
	"for": true, "by": true, "since": true, "during": true, "into": true,
	"against": true, "over": true, "about": true, "that": true, "not": true, "as": true,
}

func (c *articleCoder) namedAsNoun(toks []token, sp span) bool {
	info, ok := c.cat.Country(sp.m.Country)
	if !ok {
		return false
	}
	// Not before a noun it qualifies: "the UK economy", "Myanmar troops"
	// (the latter a party all the same, by headsActor).
	asName := sp.end >= len(toks) || toks[sp.end].punct || !isLowerWord(toks[sp.end].text) || isVerbLike(toks[sp.end].lower) ||
		functionWords[toks[sp.end].lower] || toks[sp.end].lower == "of" || wordsAfterName[toks[sp.end].lower] // names17.go
	if strings.EqualFold(info.Name, sp.m.Text) {
		return asName // "aid to Myanmar": the country's own name
	}
	if t := sp.m.Text; len(t) > 4 && t[len(t)-1] == 's' && t[0] >= 'A' && t[0] <= 'Z' {
		return asName || sp.end < len(toks) && timeAfterPeople[toks[sp.end].lower] // "deported Haitians last week" (sanction44.go)
	}
	if sp.start > 0 && countedOne[toks[sp.start-1].lower] && sp.end == sp.start+1 {
		return asName // "One Palestinian was shot", "an American was detained" (people9.go)
	}
	if describedOne(toks, sp) {
		return asName // "the young Australian has been released" (release46.go)
	}
	if heldDemonym(toks, sp) {
		return true // "Briton detained in Iran": a headline's held person (heldnoun43.go)
	}
	if heldObjectDemonym(toks, sp) {
		return asName // "China jails Canadian for spying" (heldobject44.go)
	}
	if listedAbbreviation(toks, sp) {
		return asName // "US, UK blame Russia", "The US, UK, and Georgia accused" (abbrev16.go)
	}
	if bareAbbreviationName(toks, sp) {
		return true // "China accuses US of spying", "urges US to cancel tariffs" (abbrev16.go)
	}
	if demandedAbbreviation(toks, sp) {
		return true // "demanded the UK release the tanker" (requests20.go)
	}
	if sp.start == 0 || toks[sp.start-1].lower != "the" {
		return false
	}
	if t := strings.ReplaceAll(sp.m.Text, ".", ""); len(t) >= 2 && t == strings.ToUpper(t) {
		return asName // "accused the UK and the US of meddling": the abbreviation as a name
	}
	for _, a := range info.Aliases {
		if strings.EqualFold(a, sp.m.Text) {
			return asName
		}
	}
	return false
}

// isVerbLike reports an auxiliary or a verb form that follows a subject.
func isVerbLike(w string) bool {
	switch w {
	case "will", "would", "has", "have", "had", "is", "was", "said", "says", "and", "to", "on", "in":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") ||
		pastIrregular[w] || irregularParticiples[w] || w == "are" || w == "were"
}

// nextNoun is the first word at or after i that is not a modifier of the
// noun to come ("drone", "military", "air"), or "".
func nextNoun(toks []token, i int) string {
	for k := i; k < len(toks) && k < i+3; k++ {
		if !strikeModifiers[toks[k].lower] {
			return toks[k].lower
		}
	}
	return ""
}

// strikeModifiers say what kind of attack a noun is.
var strikeModifiers = map[string]bool{
	"drone": true, "military": true, "air": true, "missile": true, "rocket": true, "naval": true, "artillery": true,
	"coalition": true,
}

func nextWord(toks []token, i int) string {
	if i < len(toks) {
		return toks[i].lower
	}
	return ""
}

// rightAfter reports a word at token at that follows the word at k
// directly or past "the" ("at China", "at the United States"): the noun
// phrase a preposition or a verb opens.
func rightAfter(toks []token, k, at int) bool {
	return at == k+1 || at == k+2 && toks[k+1].lower == "the"
}

// actorsOf lists the actors of the parties: each named person, or the
// country (or organisation) itself when no person is named.
func actorsOf(parties []*party) (out []event.Actor, standIns map[string]bool) {
	standIns = map[string]bool{}
	if len(parties) > 0 {
		out = make([]event.Actor, 0, len(parties)) // an actor or more for each party
	}
	for _, p := range parties {
		if len(p.people) == 0 {
			out = append(out, event.Actor{Name: p.name, Title: strPtr(p.title), Country: strPtr(p.country), Role: p.role})
			standIns[p.name] = true
			continue
		}
		seen := map[string]bool{}
		for _, pm := range p.people {
			if seen[pm.Name] {
				continue
			}
			seen[pm.Name] = true
			out = append(out, event.Actor{Name: pm.Name, Title: strPtr(pm.Title), Country: strPtr(p.country), Role: p.role, Sector: pm.Sector})
		}
	}
	return out, standIns
}

// roleOf gives the role of a party at token i: participants for symmetric
// events, except a visit where the text says who visits whom; else the
// subject before the cue is the source and what follows the target, the
// other way round in the passive.
func roleOf(typ string, m match, i int, passive bool, toks []token) event.Role {
	before := i < m.start
	if symmetric[typ] {
		if r, ok := visitorOfRole(toks, m, i); ok {
			return r // "the visit of the Russian president to Japan" (visitof18.go)
		}
		switch {
		case m.cue.flags.dest:
			if before {
				return event.RoleSource
			}
			return event.RoleTarget
		case m.cue.flags.host:
			if before {
				return event.RoleTarget
			}
			return event.RoleSource
		}
		return event.RoleParticipant
	}
	if typ == "THREATEN" && conditionSubject(toks, m, i) {
		return event.RoleTarget // "If Kyiv attacks Crimea, Moscow will respond": Kyiv is threatened (threaten44.go)
	}
	if typ == "PROTEST" && namesPolice(toks, i) {
		return event.RoleSource // "clashes between protesters and Pakistani police outside the Swedish embassy" (protest45.go)
	}
	if r, ok := cameUnderRole(typ, toks, m, i); ok {
		return r // "the French embassy came under attack" (headline47.go)
	}
	if r, ok := receivedRequestRole(toks, m, i); ok {
		return r // "Singapore received the formal request from Indonesia" (request47.go)
	}
	if r, ok := nounPhraseRole(toks, m, i); ok {
		return r // "the attack was carried out by X on Y" (eventnouns.go)
	}
	if typ == "AID" && before && !passive && i > 0 && toks[i-1].lower == "to" && i > m.start-12 {
		return event.RoleTarget // "sent a C-130 to Tonga to deliver aid": where the aid goes (aid20.go)
	}
	if interceptedWeapon(toks, m) {
		if before != passive {
			return event.RoleTarget // "Qatar intercepted the Iranian missiles" (intercept44.go)
		}
		return event.RoleSource
	}
	if receivedAid(toks, m) {
		if before {
			return event.RoleTarget // "Pakistan received $2 billion from China" (aid20.go)
		}
		return event.RoleSource
	}
	if typ == "AID" && passive && before && sentAidPassive(toks, m) {
		return event.RoleSource // "ships were deployed to Mozambique to provide aid" (aid44.go)
	}
	if c := refusedAppositive(toks, m); c > 0 && i < c {
		return event.RoleTarget // "Russia proposed a ceasefire, an offer rejected by Kyiv": Russia is refused (reject45.go)
	}
	if passive {
		if askedOfRefuser(toks, m, i) {
			return event.RoleSource // "Lebanon's request to Syria was denied": Syria refuses (reject45.go)
		}
		if typ == "SANCTION" && measureOwner(toks, m, i) {
			return event.RoleSource // "was hit with EU sanctions": the EU imposes them (sanction45.go)
		}
		if deniedEntryTo(toks, m, i) {
			return event.RoleSource // "was denied entry to Moldova": Moldova refuses (reject44.go)
		}
		if typ == "COERCE" && jailerPhrase(toks, m, i) {
			return event.RoleSource // "was sentenced by a Russian court", "in a Russian prison" (deport46.go)
		}
		if w := prevWord(toks, i, m.end); !before && (w == "by" || w == "from" && putOutFrom(toks, m, i) || w == "leave" && toldToLeave(toks, m)) {
			return event.RoleSource // "were expelled from the UK", "were asked to leave India": the UK, India expel
		}
		if !before && sentAwayFrom(toks, m, i) {
			return event.RoleSource // "was deported from Egypt", "was released from Iranian custody" (release46.go)
		}
		if before && typ == "RETREAT" && withdrawnBy(toks, m, i) {
			return event.RoleSource // "Kenyan troops were pulled out of Somalia": Kenya withdraws them (measures50.go)
		}
		if before {
			return event.RoleTarget
		}
	}
	if before {
		return event.RoleSource
	}
	if m.noun && i == m.end+1 && (toks[m.end].lower == "from" && !recallNoun(toks, m) || toks[m.end].lower == "by") {
		return event.RoleSource // "condemnation from Qatar", "criticism by Iran"
	}
	return event.RoleTarget
}

// actorNounAt reports an actor noun at k; a "think tank" is a body of
// researchers, no weapon of its country ("a Chinese think tank said").
func actorNounAt(toks []token, k int) bool {
	w := toks[k].lower
	if (w == "tank" || w == "tanks") && k > 0 && toks[k-1].lower == "think" {
		return false
	}
	return actorNouns[w]
}

// isPassive reports "was accused by", "were attacked".
func isPassive(toks []token, m match) bool {
	if feelingState(toks, m) {
		return false // "Canada is disappointed by the decision": a feeling, no passive (feeling47.go)
	}
	if subjectedTo(toks, m) {
		return true // "Brazilian goods will be subject to tariffs" (trade9.go)
	}
	if m.reduced {
		return true // "the tariff increase ordered by Trump" (passive21.go)
	}
	if askRefusedReduced(toks, m) {
		return true // "Nicaragua request for extradition rejected by Costa Rica" (reject45.go)
	}
	if heldReduced(toks, m) {
		return true // "academic detained in Beijing has been released" (release44.go)
	}
	if headlineHeld(toks, m) {
		return true // "British woman jailed in Iran": a headline drops the "was" (coerce23.go)
	}
	if headlineStruck(toks, m) {
		return true // "Thai consulate attacked in Istanbul" (headline47.go)
	}
	if coordinatedPassive(toks, m) {
		return true // "has been found guilty and jailed", "was freed and deported" (passive46.go)
	}
	if putOutFromReduced(toks, m) {
		return true // "Afghans deported from Iran arrive in Herat" (deport46.go)
	}
	if summonedReduced(toks, m) {
		return true // "Nigerian envoy summoned over trade row" (summons50.go)
	}
	if m.form != formParticiple && m.form != formPast && !irregularParticiples[toks[m.start].lower] {
		return false
	}
	if passiveAcrossDay(toks, m) {
		return true // "was on Thursday released" (release46.go)
	}
	for i := m.start - 1; i >= 0 && i >= m.start-2; i-- {
		w := toks[i].lower
		if w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" || w == "be" || w == "got" {
			return true
		}
	}
	return false
}

// pronounSubject reports whether the content after a speech head starts with
// a pronoun ("Japan said it will..."), making the speaker the subject.
func pronounSubject(toks []token, speech []clause, m match) bool {
	for _, r := range speech {
		if r.end <= m.start && r.end < len(toks) {
			switch toks[speechContentAt(toks, r.end, m.start)].lower { // past "in a statement that" (sides6.go)
			case "it", "he", "she", "they", "we", "his", "her", "its", "their", "our":
				return true // "said it had severed", "said his government is expelling"
			}
			// "announced the expulsion of", "confirmed conducting strikes":
			// the speaker does what its words announce.
			if m.start == r.end || m.start == r.end+1 && (toks[r.end].lower == "the" || toks[r.end].lower == "a" || toks[r.end].lower == "an" ||
				!m.noun && (toks[r.end].lower == "formally" || toks[r.end].lower == "officially")) { // "issued a statement formally recognising"
				return true
			}
		}
	}
	return false
}

// prevWord is the lower-cased word before token i, skipping "the", or "".
func prevWord(toks []token, i, lo int) string {
	for k := i - 1; k >= lo && k >= 0; k-- {
		w := toks[k].lower
		if w == "the" {
			continue
		}
		return w
	}
	return ""
}

// dateReport dates a report from the time expressions of its clause,
// nearest to the cue, leaving out the date of the speech act.
func (c *articleCoder) dateReport(r *report, s nlp.Sentence, toks []token, cl clause, m match, speech []clause) {
	tense := timex.TenseUnknown
	switch r.ev.Status {
	case event.Planned:
		tense = timex.TenseFuture
	case event.Occurred:
		tense = timex.TensePast
	}
	lo, hi := toks[cl.start].start, toks[cl.end-1].end
	if c.dateFrom >= 0 && c.dateFrom < cl.start {
		lo = toks[c.dateFrom].start // a time clause is dated by the clause it hangs on
	}
	head := toks[m.start].start
	var best *timex.Expression
	bestDist := 1 << 30
	xs := c.times(c.curSent, s.Text, tense)
	xs = c.decidedDayTimes(xs, s.Text, toks, cl, m, tense) // "Kenya on Wednesday decided to withdraw": the deciding's day (decidedday47.go)
	behind := c.speakerActs && behindHarm(toks, m)
	if behind {
		if x, ok := c.spokenDay(s.Text, toks, speech, lo, hi, tense); ok {
			best, xs = &x, nil // the charge was made the day it was said, not on the harm's day (behind17.go)
			r.toldDay = true
		}
	}
	for _, x := range xs {
		if x.Start < lo || x.Start >= hi || behind && harmTime(toks, m, speech, x.Start) {
			continue
		}
		if !c.hasRef && !x.Explicit {
			continue // nothing to resolve a relative date against
		}
		if inSpeechBytes(toks, speech, x.Start) || endsSpan(s.Text, x.Start) || inSincePhrase(s.Text, x.Start) || objectDated(toks, m, r.ev.Type, x.Start) || subjectDated(toks, cl, m, x.Start, x.End) || backgroundRelative(toks, m, x) || asideDated(toks, m, x.Start) ||
			x.Value.Grain == timex.GrainYear && (precededBy(s.Text, x.Start, "of") || yearModifier(s.Text, x)) { // "the Indus Waters Treaty of 1960", "the 2015 accord" name a thing
			continue
		}
		if c.laterThingDate(r, m, head, x) {
			continue // "agreed to hold joint drills next year": the drills' time (discourse21.go)
		}
		if r.ev.Status == event.Planned && inDateline(s.Text, x.Start) {
			continue // "NEW DELHI, March 28 (Reuters) - India will send relief": the filing day (dateline43.go)
		}
		d := x.Start - head
		if d < 0 {
			d = -d + 40 // prefer a date after the cue
		}
		if r.ev.Status != event.Planned && preverbalDay(toks, m, x) {
			d = 0 // "Belarus on Friday condemned ... on Thursday" (days22.go)
		}
		if d < bestDist {
			bestDist, best = d, &x
		}
	}
	if best == nil {
		if xs := c.whenClauseTimes(s, toks, cl, lo, hi, tense); len(xs) > 0 {
			best = &xs[0] // "to visit Israel when he arrives today" (ongoing.go)
		}
	}
	if best == nil && (r.ev.Status == event.Occurred || c.announcing && r.ev.Status == event.Planned) {
		// "Saudi Arabia said on Sunday it had cut ties": an act told as
		// done with no date of its own was done by the day it was told;
		// so was a measure announced ("said on Thursday it would expel
		// two diplomats", announced20.go).
		told := tense
		if c.announcing {
			told = timex.TensePast // the saying is past, whatever the measure's tense
		}
		for _, x := range c.times(c.curSent, s.Text, told) {
			if x.Start >= lo && x.Start < hi && inSpeechBytes(toks, speech, x.Start) && (c.hasRef || x.Explicit) && x.Value.Grain == timex.GrainDay {
				best = &x
				r.toldDay = true
				break
			}
		}
	}
	if best != nil {
		best = c.saidDayForQuotedToday(s.Text, toks, best) // "“Today, Chile recognises ...,” she said on Monday, May 4" (quotedact50.go)
	}
	if best == nil || !c.hasRef && !best.Explicit {
		return // no day, or a relative one with nothing to read it against ("in November last year" on a page with no date)
	}
	if tense == timex.TenseUnknown {
		best = c.aheadDay(s.Text, *best) // "will be in Muscat on Saturday for talks" (pending18.go)
	}
	r.ev.Date = dateOf(best.Value, best.Explicit)
	if v, ok := c.nextLocalDay(*best, r.ev.Location); ok && r.ev.Status != event.Planned {
		r.ev.Date = dateOf(v, false) // "SINGAPORE — ... on Tuesday" on a page dated Monday in New York
	}
	r.dated = true
	// The date settles a tense the words left open, and a headline present
	// ("Biden meets Xi on Friday") about a day still to come.
	if c.hasRef {
		switch {
		case best.Value.Start.After(c.ref) && r.ev.Status != event.Cancelled:
			// "said Wednesday it had hit" on a page dated by its text: done (days23.go)
			if r.ev.Status == event.Unknown || r.ev.Status == event.Occurred && m.form != formPast && m.form != formParticiple && !c.weekdayAfterText(*best) {
				r.ev.Status = event.Planned
			}
		case !best.Value.End.After(c.ref) && r.ev.Status == event.Unknown:
			r.ev.Status = event.Occurred
		case r.ev.Status == event.Planned && progressiveToday(toks, cl, m, best.Value, c.ref):
			r.ev.Status = event.Occurred // "are holding talks on Monday", told that Monday (ongoing.go)
		}
	}
}

func dateOf(v timex.Value, explicit bool) *event.Date {
	g := event.Grain(v.Grain)
	switch g {
	case event.GrainDay, event.GrainWeek, event.GrainMonth, event.GrainYear, event.GrainRange:
	default:
		g = event.GrainRange
	}
	basis := event.BasisRelative
	if explicit {
		basis = event.BasisExplicit
	}
	return &event.Date{Start: v.Start.Format(time.DateOnly), End: v.End.Format(time.DateOnly), Grain: g, Basis: basis}
}

// inSpeechBytes reports the byte offset off inside the words of saying
// or inside one of the speech clauses.
func inSpeechBytes(toks []token, speech []clause, off int) bool {
	if toldNamedDay(toks, off) {
		return true // "told Reuters on Monday that" (toldday46.go)
	}
	return inClauseBytes(toks, speech, off)
}

// inClauseBytes reports the byte offset off inside one of the clauses
// (token ranges) cls.
func inClauseBytes(toks []token, cls []clause, off int) bool {
	for _, r := range cls {
		if r.end > r.start && off >= toks[r.start].start && off < toks[r.end-1].end {
			return true
		}
	}
	return false
}

// precededBy reports whether one of words (lower case) ends right before
// offset off, as a word of its own. Only the text's tail is compared: the
// sentences before a date can be long.
func precededBy(text string, off int, words ...string) bool {
	before := strings.TrimRight(text[:off], " ")
	for _, w := range words {
		n := len(before) - len(w)
		if n >= 0 && strings.EqualFold(before[n:], w) && (n == 0 || before[n-1] == ' ') {
			return true
		}
	}
	return false
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// namedOnly keeps in set the keys named only in one kind of phrase (a
// cause, a mediator's): a key first named there is added, and dropped
// once it is named anywhere else.
func namedOnly(set map[string]bool, key string, there, namedBefore bool) map[string]bool {
	if !there {
		delete(set, key)
		return set
	}
	if namedBefore {
		return set
	}
	if set == nil {
		set = map[string]bool{}
	}
	set[key] = true
	return set
}
