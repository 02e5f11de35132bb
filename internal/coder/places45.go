package coder

// Twenty-seventh pass (stop 45): a venue named in apposition. Wire copy
// places an act in "the capital" or "the port city" and then names it
// after a comma: "dispersed an anti-Chinese rally in the capital,
// Bishkek", "gathered in the Kyrgyz capital, Bishkek", "struck a depot
// in the port city, Odesa". The name after the comma is the place the
// preposition governs, as it is in "the port city of Tianjin"
// (placeNounBefore, build.go); read without it, the crowd had no venue
// and so no country of its own (sideFromPlace, sides.go). The check is
// the one "of" uses: a settlement noun just before the comma and a
// venue word ("in", "at", "near") before it within the phrase.
