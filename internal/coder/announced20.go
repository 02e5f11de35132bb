package coder

// A measure a government says it will take is taken the day it says so
// (announced15.go makes it occurred when the page is finished). News dates
// the saying: "Russia's foreign ministry said on Thursday it would expel
// two Polish diplomats", "China announced Saturday that it will impose
// tariffs". The clause's own words give the measure no day, and the day
// of the saying was lent only to acts already told as done, so the measure
// took the publication day: a day late on a page of the day after. Now the
// day of the saying dates the announced measure too, read in the past
// (the saying's tense, not the measure's "will"). The flag is set in
// codeSentence for the clause whose report is built next
// (articleCoder.announcing) and read in dateReport.
