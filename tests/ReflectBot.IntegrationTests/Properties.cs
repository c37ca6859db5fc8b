// The integration tests run the real host against a local Discord with real deadlines; running
// them one at a time keeps a two-core machine from turning load into false failures.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
