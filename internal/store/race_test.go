//go:build race

package store_test

func init() { raceBuild = true }
