package dev.migrator.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a run measures and how often. Defaults are the full run (5 rounds after 1 warm-up,
 * N = 100, 1000, 5000); {@code --quick} is for iterating on the benchmark itself.
 *
 * @param warmups rounds run and thrown away before the first table of each kind of scenario,
 * so every contender is JIT-warm
 * @param rounds measured rounds; contenders are interleaved within each round
 * @param counts the migration set sizes for cold apply and no-op runs
 * @param scenarios the scenarios to run
 */
record BenchmarkOptions(int warmups, int rounds, List<Integer> counts, Set<Scenario> scenarios) {

	static final String USAGE = """
			usage: java -jar migrator-benchmarks.jar [--quick] [--rounds R] [--warmups W] [--counts N,N,...]
			                                        [--only apply,noop,boot,split]
			  --quick    N = 100,1000 and 3 rounds after 1 warm-up (for iterating)
			  --rounds   measured rounds per scenario (default 5)
			  --warmups  warm-up rounds per kind of scenario, not recorded (default 1)
			  --counts   migration set sizes (default 100,1000,5000)
			  --only     run only these scenarios (default all)""";

	static BenchmarkOptions parse(String... args) {
		int warmups = 1;
		int rounds = 5;
		List<Integer> counts = List.of(100, 1000, 5000);
		Set<Scenario> scenarios = EnumSet.allOf(Scenario.class);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> {
					rounds = 3;
					counts = List.of(100, 1000);
				}
				case "--rounds" -> rounds = Integer.parseInt(value(args, i++));
				case "--warmups" -> warmups = Integer.parseInt(value(args, i++));
				case "--counts" -> counts = Arrays.stream(value(args, i++).split(",")).map(Integer::valueOf).toList();
				case "--only" -> scenarios = scenarios(value(args, i++));
				default -> throw new IllegalArgumentException("Unknown argument " + args[i] + "\n" + USAGE);
			}
		}
		if (rounds < 1 || warmups < 0 || counts.isEmpty() || counts.stream().anyMatch((count) -> count < 1)) {
			throw new IllegalArgumentException("Rounds and counts must be positive, warm-ups 0 or more\n" + USAGE);
		}
		return new BenchmarkOptions(warmups, rounds, List.copyOf(counts), scenarios);
	}

	private static String value(String[] args, int optionIndex) {
		if (optionIndex + 1 >= args.length) {
			throw new IllegalArgumentException(args[optionIndex] + " needs a value\n" + USAGE);
		}
		return args[optionIndex + 1];
	}

	private static Set<Scenario> scenarios(String names) {
		List<Scenario> scenarios = new ArrayList<>();
		for (String name : names.split(",")) {
			scenarios.add(Scenario.named(name));
		}
		return EnumSet.copyOf(scenarios);
	}

	/** The scenarios of issue 7, by the name {@code --only} takes. */
	enum Scenario {

		APPLY("apply"), NOOP("noop"), BOOT("boot"), SPLIT("split");

		private final String argument;

		Scenario(String argument) {
			this.argument = argument;
		}

		static Scenario named(String argument) {
			return Arrays.stream(values())
				.filter((scenario) -> scenario.argument.equals(argument))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown scenario " + argument + "\n" + USAGE));
		}

	}

}
