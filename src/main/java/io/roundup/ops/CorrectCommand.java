package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.ledger.Correction;
import io.roundup.ledger.CorrectionCsv;
import io.roundup.ledger.CorrectionField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "correct", description = {
        "Appends an analyst's correction to <input>/corrections.csv; every later run applies it after extraction.",
        "Name the event by --event=ID (as funding_events.csv shows it) or by --document=FILE --company=NAME,",
        "and do one thing: --set=FIELD=VALUE (amount, currency, status, date, round, valuation, leads),",
        "--not-event, --merge=OTHER (an event id or FILE#COMPANY, joined into this one) or --approve (release",
        "it from review). --by and --why are required. The file is the record: edit it by hand as well.",
        "Exit: 0 appended, 2 bad arguments (nothing written)."})
class CorrectCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--event", paramLabel = "ID", description = "the event id")
    String event;

    @Option(names = "--document", paramLabel = "FILE", description = "a document that reports the event (its name in sources)")
    String document;

    @Option(names = "--company", paramLabel = "NAME", description = "the company, with --document")
    String company;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "set a field: amount, currency, status, date, round, valuation, leads")
    String set;

    @Option(names = "--not-event", description = "the text does not report an event: drop it")
    boolean notEvent;

    @Option(names = "--merge", paramLabel = "OTHER", description = "join this other event (id or FILE#COMPANY) into the target")
    String merge;

    @Option(names = "--approve", description = "the event is right as it stands: publish it despite its review")
    boolean approve;

    @Option(names = "--by", paramLabel = "WHO", required = true, description = "who makes the correction")
    String by;

    @Option(names = "--why", paramLabel = "TEXT", required = true, description = "why (the source that says so)")
    String why;

    @Override
    public Integer call() throws Exception {
        Correction c;
        try {
            c = correction();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path file = Ops.inputFolder(cli.springArgs).resolve(CorrectionCsv.FILE_NAME);
        long line = CorrectionCsv.append(file, c);
        cli.out.printf("line %d of %s: %s on %s by %s; the next run applies it (`run --force` for a date already run)%n",
                line, file, c.what(), c.target(), c.who());
        return ExitCodes.COMPLETED;
    }

    private Correction correction() {
        List<String> actions = new ArrayList<>();
        if (set != null) actions.add("--set");
        if (notEvent) actions.add("--not-event");
        if (merge != null) actions.add("--merge");
        if (approve) actions.add("--approve");
        if (actions.size() != 1) {
            throw new IllegalArgumentException("give exactly one of --set, --not-event, --merge, --approve" +
                    (actions.isEmpty() ? "" : " (got " + String.join(", ", actions) + ")"));
        }
        CorrectionField field = null;
        String value = merge;
        Correction.Action action = notEvent ? Correction.Action.NOT_EVENT : approve ? Correction.Action.APPROVE
                : merge != null ? Correction.Action.MERGE : Correction.Action.SET;
        if (set != null) {
            int eq = set.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("--set takes FIELD=VALUE, got '" + set + "'");
            field = CorrectionField.fromCode(set.substring(0, eq));
            value = set.substring(eq + 1);
        }
        return new Correction(0, event, document, company, action, field, value, by, why);
    }
}
