package main

import (
	"context"
	"errors"
)

// runBench is not written yet; the issue that adds it replaces this file.
func runBench(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
