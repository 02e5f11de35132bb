module storyline

go 1.26.8
