// Shared by the oracle generators (not compiled by cargo).
package main

import "runtime"

var goVersion = runtime.Version()
