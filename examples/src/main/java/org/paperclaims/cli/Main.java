package org.paperclaims.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paperclaims} command line: {@code extract} claims from listings, JSON Lines or text, and
 * {@code evaluate} them against gold records.
 */
@Command(name = "paperclaims", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Structured claims (speedups, reductions, results, timings, datasets, code links, hardware, "
                + "model sizes, methods) from machine-learning paper abstracts.",
        subcommands = {ExtractCommand.class, EvaluateCommand.class, BenchCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code: 0 ok, 1 some records had errors, 2 usage error. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code instead of exiting. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // An unexpected failure is no usage error: report it in one line and exit 1.
            cmd.getErr().println("paperclaims: " + cmd.getCommandName() + " failed: " + ex);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("paperclaims: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract or evaluate");
    }

    /** The version from the jar's manifest, or "dev". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"paperclaims " + (v == null ? "dev" : v)};
        }
    }
}
