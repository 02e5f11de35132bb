package coder

import "testing"

// Twenty-fifth pass (stop 43, the concede and retreat family, own wire
// sentences): a named accord names its other party (treaty43.go); an
// accord or initiative quit; captives of war freed or returned; mercy
// shown; bases handed over; troops that departed; forces scaled back;
// tariffs and curbs to be lifted. The sentences are written for this test.
func TestWireFormsTwentyFifthPassTreaties(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a treaty named by its acronym names its other party",
			"The United States withdrew from the INF Treaty on Friday.",
			"RETREAT", []string{"RUS", "USA"}, true},
		{"a treaty named in full, capital as the state",
			"Washington formally withdrew from the Intermediate-Range Nuclear Forces Treaty.",
			"RETREAT", []string{"RUS", "USA"}, true},
		{"participation suspended in a named treaty",
			"Russia suspended its participation in the New START treaty.",
			"RETREAT", []string{"RUS", "USA"}, true},
		{"a treaty quit, headline",
			"US to quit ABM Treaty.",
			"RETREAT", []string{"RUS", "USA"}, true},
		{"the JCPOA quit",
			"Washington quit the JCPOA on Tuesday.",
			"RETREAT", []string{"IRN", "USA"}, true},
		{"an initiative left",
			"Italy quit China's Belt and Road Initiative.",
			"RETREAT", []string{"CHN", "ITA"}, true},
		{"an initiative left without its owner's name",
			"Panama formally left the Belt and Road Initiative on Wednesday.",
			"RETREAT", []string{"CHN", "PAN"}, true},
		{"a treaty named as a subject is no withdrawal",
			"Germany said the INF Treaty was vital for Europe.",
			"RETREAT", []string{"RUS", "USA"}, false},
		{"a new start in lower case is no treaty",
			"The United States withdrew from the talks, calling for a new start.",
			"RETREAT", []string{"RUS", "USA"}, false},
		{"a treaty of many states names no one side",
			"Russia pulled out of the Open Skies Treaty.",
			"RETREAT", []string{"RUS", "USA"}, false},
	})
}

func TestWireFormsTwentyFifthPassCaptives(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a captured pilot freed stands for his country",
			"Pakistan freed the captured Indian pilot on Friday.",
			"CONCEDE", []string{"IND", "PAK"}, true},
		{"a pilot returned with no word of capture",
			"Pakistan returned the Indian pilot to India.",
			"CONCEDE", []string{"IND", "PAK"}, true},
		{"servicemen freed in a swap",
			"Ukraine freed 40 Russian servicemen in a swap.",
			"CONCEDE", []string{"RUS", "UKR"}, true},
		{"POWs handed over",
			"Russia handed over 50 Ukrainian POWs on Wednesday.",
			"CONCEDE", []string{"RUS", "UKR"}, true},
		{"a pilot captured is no concession",
			"Pakistan captured an Indian pilot on Wednesday.",
			"CONCEDE", []string{"IND", "PAK"}, false},
		{"clemency granted to a foreigner",
			"Iran granted clemency to an Australian academic on Monday.",
			"CONCEDE", []string{"AUS", "IRN"}, true},
		{"an amnesty granted",
			"Myanmar granted an amnesty to a Japanese journalist.",
			"CONCEDE", []string{"JPN", "MMR"}, true},
		{"a death sentence commuted",
			"A Chinese court commuted the death sentence of a Canadian citizen.",
			"CONCEDE", []string{"CAN", "CHN"}, true},
		{"a death sentence upheld is no mercy",
			"A Chinese court upheld the death sentence of a Canadian citizen.",
			"CONCEDE", []string{"CAN", "CHN"}, false},
	})
}

func TestWireFormsTwentyFifthPassRetreatForms(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a base handed with the particle after it",
			"The US handed the Bagram airbase over to the Afghan army.",
			"RETREAT", []string{"AFG", "USA"}, true},
		{"a base handed to a country's authorities",
			"The French army handed the base to Chadian authorities.",
			"RETREAT", []string{"FRA", "TCD"}, true},
		{"a camp handed over to a country's army",
			"French troops handed the Timbuktu camp over to the Malian army.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"a letter handed to a base commander is no retreat",
			"The minister handed a letter to the base commander in Chad.",
			"RETREAT", []string{"FRA", "TCD"}, false},
		{"troops that departed a country",
			"The last French troops departed Mali on Monday.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"forces that have departed, reported",
			"American forces have departed Niger, the Pentagon said.",
			"RETREAT", []string{"NER", "USA"}, true},
		{"troops that departed for a country go to it",
			"French troops departed for Mali on Monday.",
			"RETREAT", []string{"FRA", "MLI"}, false},
		{"a force scaled back where it stands",
			"Germany is scaling back its force in Lithuania.",
			"RETREAT", []string{"DEU", "LTU"}, true},
		{"the number of troops cut",
			"The US will cut the number of its troops in South Korea.",
			"RETREAT", []string{"KOR", "USA"}, true},
		{"the size of forces reduced",
			"The Pentagon will reduce the size of its forces in Afghanistan.",
			"RETREAT", []string{"AFG", "USA"}, true},
		{"plans scaled back are no retreat",
			"Germany scaled back its plans for a new airport in Lithuania.",
			"RETREAT", []string{"DEU", "LTU"}, false},
		{"a number of visas cut is no retreat",
			"The US will cut the number of visas for South Koreans.",
			"RETREAT", []string{"KOR", "USA"}, false},
	})
}

func TestWireFormsTwentyFifthPassPlannedLifts(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"tariffs to be lifted, headline",
			"China to lift tariffs on Australian wine.",
			"CONCEDE", []string{"AUS", "CHN"}, true},
		{"tariffs to be removed",
			"China will remove tariffs on Australian barley.",
			"CONCEDE", []string{"AUS", "CHN"}, true},
		{"duties to be dropped next month",
			"Washington will drop its duties on Canadian lumber next month.",
			"CONCEDE", []string{"CAN", "USA"}, true},
		{"export controls to be lifted",
			"Tokyo is to lift export controls on South Korea.",
			"CONCEDE", []string{"JPN", "KOR"}, true},
		{"tariffs that will not be lifted",
			"China will not lift tariffs on Australian wine.",
			"CONCEDE", []string{"AUS", "CHN"}, false},
	})
}
