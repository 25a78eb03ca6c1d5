using BenchmarkDotNet.Running;
using Marquee.Bench;

// `gen-imdb OUT [--titles N] [--seed S]` writes synthetic IMDb dataset files; `gen-search-db DATA_DIR [--titles N]` fills a
// migrated SQLite database for the search benchmark; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "gen-imdb") return ImdbGenerator.Run(args[1..]);
if (args.Length > 0 && args[0] == "gen-search-db") return SearchCatalogGenerator.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(SearchKeyBenchmarks).Assembly).Run(args);
return 0;
