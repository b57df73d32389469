package io.roundup.ops;

import io.roundup.job.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "dry-run", description = {
        "Checks the input and shows what a run would load; writes nothing.",
        "Parses, validates and extracts everything in the input folder with the job's readers and prints",
        "what a run would load: rows per file, every reject (file, line, reason), the events per document.",
        "Writes nothing: no database, no output file, no lock; nothing is fetched, the URLs a run would",
        "fetch are listed (price templates filled with the input folder's tickers). Runs without Spring.",
        "Exit: 0 nothing would be rejected, 3 some rows would be rejected, 2 bad arguments (no input folder)."})
class DryRunCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "the run date rows must not be after (default: today)")
    LocalDate runDate;

    @Option(names = "--limit", paramLabel = "N", description = "list at most N rejects (default: ${DEFAULT-VALUE})")
    int limit = 200;

    @Override
    public Integer call() throws Exception {
        Path input = Ops.inputFolder(cli.springArgs);
        if (!Files.isDirectory(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input folder " + input.toAbsolutePath()
                    + " (set it with --roundup.input=DIR)");
        }
        DryRun dry = new DryRun(input, runDate == null ? LocalDate.now() : runDate).read();
        dry.print(cli.out, limit, cli.springArgs.contains(Cli.OFFLINE));
        return dry.rejects.isEmpty() ? ExitCodes.COMPLETED : ExitCodes.COMPLETED_WITH_REJECTS;
    }
}
