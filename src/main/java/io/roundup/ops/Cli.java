package io.roundup.ops;

import io.roundup.job.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Every command line of {@code java -jar roundup.jar [command]}: the application's only door. Spring
 * properties ({@code --roundup.input=DIR}, {@code --roundup.output=DIR}, {@code --spring.datasource.url=…}:
 * any {@code --name=value} whose name holds a dot) may stand anywhere on the line; they are handed to
 * the Spring context of the commands that need the database, the rest is parsed here.
 * <p>
 * A line without a command word is {@code run} ({@link #runIsMeant}): nothing but Spring properties,
 * an option of {@code run}, or the run date of old, {@code runDate=YYYY-MM-DD} (deprecated, warned about).
 */
@Command(name = "roundup", mixinStandardHelpOptions = true, version = "roundup 0.1.0",
        description = {
                "Batch ETL of AI-company financing news and exchange data, and its operator commands.",
                "Without a command, `roundup [--roundup.input=DIR] [--roundup.output=DIR] [--run-date=YYYY-MM-DD]` is `run`."},
        subcommands = {RunCommand.class, BackfillCommand.class, ScheduleCommand.class, RunsCommand.class,
                RejectsCommand.class, RestartCommand.class, AbandonCommand.class, RecoverCommand.class,
                PruneCommand.class, DryRunCommand.class, CorrectCommand.class, LedgerCommand.class, ChangesCommand.class, ReextractCommand.class,
                ReportCommand.class, ArticlesCommand.class, WorkerCommand.class, CommandLine.HelpCommand.class},
        footer = {"",
                "Spring properties may stand anywhere on the line:",
                "  --roundup.input=DIR   input folder (default input)",
                "  --roundup.output=DIR  output folder, holds the H2 database and the lock (default output)",
                "  --spring.datasource.url=...  another database (PostgreSQL)",
                "  --offline             fetch nothing (news, rates, prices); read the copies held",
                "",
                "Exit codes:",
                "  0  done; a run completed and rejected nothing",
                "  1  could not start (database unreachable) or an unexpected error",
                "  2  bad arguments: unknown command or option, malformed date, no input",
                "     folder, unknown or abandoned execution; nothing was done",
                "  3  a run completed with rejected rows or events in review (dry-run: rows",
                "     would be rejected)",
                "  4  nothing to do: the run date or execution already completed (or was",
                "     abandoned)",
                "  5  a run failed; the log names the step and the cause; the same command",
                "     restarts it at the failed step",
                "  6  another run holds the lock on this output folder or database; nothing",
                "     was done"})
public final class Cli implements Callable<Integer> {

    /** What {@code --offline} stands for: nothing fetched, the copies held read. */
    public static final String OFFLINE = "--roundup.fetch.offline=true";

    @Spec
    CommandSpec spec;

    /** The {@code --name.with.dot=value} arguments, for the Spring context. */
    List<String> springArgs = List.of();
    PrintWriter out;
    PrintWriter err;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_ARGUMENTS;
    }

    /** Runs a command line on the standard streams and returns the process exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line, printing tables and usage to these writers, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        List<String> spring = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--offline")) spring.add(OFFLINE); // every command that fetches honours it
            else (isSpringProperty(a) ? spring : rest).add(a);
        }
        Cli cli = new Cli();
        cli.springArgs = List.copyOf(spring);
        cli.out = out;
        cli.err = err;
        CommandLine line = new CommandLine(cli);
        line.registerConverter(LocalDate.class, Cli::date);
        line.setOut(out);
        line.setErr(err);
        line.setUsageHelpWidth(110);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Ops.log.error("{} failed: {}", cmd.getCommandName(), e.toString(), e);
            return ExitCodes.CANNOT_START;
        });
        if (runIsMeant(line, rest)) rest.add(0, "run");
        try {
            return line.execute(rest.toArray(String[]::new));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * True when a line (Spring properties set apart) names no command but means {@code run}: it is
     * empty, starts with an option that is not the tool's own ({@code --help}, {@code --version}), or
     * with a {@code name=value} word ({@code runDate=YYYY-MM-DD}; {@code run} rejects any other).
     * A first word that is neither stays an unknown command.
     */
    static boolean runIsMeant(CommandLine line, List<String> rest) {
        if (rest.isEmpty()) return true;
        String first = rest.get(0);
        if (line.getSubcommands().containsKey(first)) return false;
        if (first.startsWith("-")) return line.getCommandSpec().findOption(first.split("=", 2)[0]) == null;
        return first.contains("=");
    }

    static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--")) return false;
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        return name.indexOf('.') > 0;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got '" + text + "'");
        }
    }
}
