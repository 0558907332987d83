module github.com/contradict/contradict

go 1.26

require (
	github.com/google/go-cmp v0.7.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/mingrammer/commonregex v1.0.1
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
)
