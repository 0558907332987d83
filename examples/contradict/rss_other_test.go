//go:build !linux

package main

import "os"

// maxRSS returns 0: the peak resident set size is read on Linux only, where the system's
// unit is known.
func maxRSS(*os.ProcessState) int64 { return 0 }
