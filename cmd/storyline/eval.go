package main

import (
	"context"
	"errors"
)

// runEval is not written yet; the issue that adds it replaces this file.
func runEval(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
