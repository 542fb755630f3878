package sqlite

import "context"

// ctx is the context the tests run the store's methods under.
var ctx = context.Background()
